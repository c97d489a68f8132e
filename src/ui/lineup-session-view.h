/* lineup-session-view.h — the detail pane: one talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_SESSION_VIEW (lineup_session_view_get_type ())

G_DECLARE_FINAL_TYPE (LineupSessionView, lineup_session_view, LINEUP, SESSION_VIEW, GtkWidget)

/* Signals:
 *   toggle-star (LineupSession *session)       the star button was pressed; the
 *       handler changes the agenda, and the button follows the session's
 *       "starred" property (it snaps back if nothing changes it).
 *   session-activated (LineupSession *other)   a talk in the conflicts list
 *       was activated.
 */
GtkWidget      *lineup_session_view_new          (void);

LineupSession  *lineup_session_view_get_session  (LineupSessionView *self);
void            lineup_session_view_set_session  (LineupSessionView *self,
                                                  LineupSession     *session);
LineupSchedule *lineup_session_view_get_schedule (LineupSessionView *self);
void            lineup_session_view_set_schedule (LineupSessionView *self,
                                                  LineupSchedule    *schedule);

/* "Mon, Nov 6 · 9:15 – 9:40 AM CST" (24-hour clock when the locale's time
 * format has no AM/PM), "Time not announced" when untimed, no zone when
 * floating. @schedule (may be NULL) supplies the zone abbreviation when the
 * time zone database has none. */
gchar          *lineup_session_format_time       (LineupSession     *session,
                                                  LineupSchedule    *schedule);
/* The same with the clock chosen: "9:15 – 9:40 AM" or "09:15 – 09:40". */
gchar          *lineup_session_format_time_with_clock (LineupSession  *session,
                                                       LineupSchedule *schedule,
                                                       gboolean        twelve_hour);

/* The time @other takes while @session runs, in @session's zone, and its
 * length: "5:25 PM – 6:00 PM (35 min)"; NULL when they share no minute. */
gchar          *lineup_session_format_overlap_time (LineupSession *session,
                                                    LineupSession *other);
/* "Overlaps Service Mesh Battle Scars, 5:25 PM – 6:00 PM (35 min)", or
 * "Overlaps TITLE" when they share no minute (a talk without an end). */
gchar          *lineup_session_format_overlap      (LineupSession *session,
                                                    LineupSession *other);

G_END_DECLS
