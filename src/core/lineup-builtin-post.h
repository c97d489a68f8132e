/* lineup-builtin-post.h — the post Lineup ships as its default document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lineup-schedule.h"

G_BEGIN_DECLS

/* Reads the built-in post ("Cilium Talks at KubeCon NA 2023", compiled into
 * the core library as a GResource).  @zone_override as for
 * lineup_post_reader_read_bytes. */
LineupSchedule *lineup_builtin_post_read (const gchar  *zone_override,
                                          GError      **error);

G_END_DECLS
