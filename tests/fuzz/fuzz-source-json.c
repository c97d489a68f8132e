/* fuzz-source-json.c — the frab/pretalx JSON reader on any bytes (see fuzz-source-common.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-fuzz"
#define FUZZ_SOURCE_READ lineup_source_read_frab_json

#include "fuzz-source-common.h"
