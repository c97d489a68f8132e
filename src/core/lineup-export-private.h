/* lineup-export-private.h — what the iCalendar and Markdown writers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-export.h"

G_BEGIN_DECLS

/* How long a talk that gives only its start is taken to last. */
#define ASSUMED_MINUTES 30

/* Drops control characters (C0 but tab and newline, DEL, C1); "" for NULL. */
gchar     *lineup_export_clean_text           (const gchar    *text);
/* A URL is written only if it could not break the file it is written to. */
gboolean   lineup_export_url_is_safe          (const gchar    *url);
/* The event zone, or NULL when times are floating or GLib does not know it. */
GTimeZone *lineup_export_schedule_time_zone   (LineupSchedule *schedule);
/* @dt as wall-clock time in the event zone, or as written when floating. */
GDateTime *lineup_export_wall_clock           (GDateTime      *dt,
                                               GTimeZone      *zone,
                                               LineupSession  *session);
/* The end, or @start plus ASSUMED_MINUTES (*@assumed set) when there is
 * none or it is not after @start. */
GDateTime *lineup_export_end_or_assumed       (GDateTime      *start,
                                               GDateTime      *end,
                                               gboolean       *assumed);
/* "End time not announced; 30 minutes assumed." */
gchar     *lineup_export_assumed_end_note     (void);
/* The sessions (refs) in time order. */
GPtrArray *lineup_export_sorted_copy          (GPtrArray      *sessions);

G_END_DECLS
