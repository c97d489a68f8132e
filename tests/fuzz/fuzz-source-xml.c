/* fuzz-source-xml.c — the Pentabarf/frab XML reader on any bytes (see fuzz-source-common.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-fuzz"
#define FUZZ_SOURCE_READ lineup_source_read_frab_xml

#include "fuzz-source-common.h"
