/* lineup-session-filter.h — which talks the list shows: search, track, room,
 * day, My Agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkFilter that needs no display: it owns the query (and the schedule's
 * search index, built while the main loop is idle), the track, room and day
 * filters and the agenda mode, and says how strict each change is, so that
 * a GtkFilterListModel refilters only what it must.
 */

#pragma once

#include <gtk/gtk.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_SESSION_FILTER (lineup_session_filter_get_type ())

G_DECLARE_FINAL_TYPE (LineupSessionFilter, lineup_session_filter, LINEUP, SESSION_FILTER, GtkFilter)

/* The "day-key" that keeps every day. */
#define LINEUP_SESSION_FILTER_ANY_DAY G_MAXUINT

LineupSessionFilter *lineup_session_filter_new              (void);

/* The schedule whose talks are filtered: its search index is built when
 * idle ("search-indexed" turns TRUE).  Does not refilter: the caller gives
 * the list model the new schedule. */
LineupSchedule      *lineup_session_filter_get_schedule     (LineupSessionFilter *self);
void                 lineup_session_filter_set_schedule     (LineupSessionFilter *self,
                                                             LineupSchedule      *schedule);
gboolean             lineup_session_filter_get_search_indexed (LineupSessionFilter *self);

/* What was typed; kept folded and stripped ("" for none).  Every word of it
 * must appear. */
const gchar         *lineup_session_filter_get_query        (LineupSessionFilter *self);
void                 lineup_session_filter_set_query        (LineupSessionFilter *self,
                                                             const gchar         *typed);

/* NULL: every track. */
const gchar         *lineup_session_filter_get_track        (LineupSessionFilter *self);
void                 lineup_session_filter_set_track        (LineupSessionFilter *self,
                                                             const gchar         *track);

/* NULL: every room (and "" too).  A room keeps only the talks held there:
 * not those whose room is unknown. */
const gchar         *lineup_session_filter_get_room         (LineupSessionFilter *self);
void                 lineup_session_filter_set_room         (LineupSessionFilter *self,
                                                             const gchar         *room);

/* As lineup_session_get_day_key() (0: untimed talks), or
 * LINEUP_SESSION_FILTER_ANY_DAY. */
guint                lineup_session_filter_get_day_key      (LineupSessionFilter *self);
void                 lineup_session_filter_set_day_key      (LineupSessionFilter *self,
                                                             guint                day_key);

/* TRUE: only the starred talks ("My Agenda"). */
gboolean             lineup_session_filter_get_agenda_mode  (LineupSessionFilter *self);
void                 lineup_session_filter_set_agenda_mode  (LineupSessionFilter *self,
                                                             gboolean             agenda_mode);

/* Whether the query, the track, the room or the day narrows the list. */
gboolean             lineup_session_filter_is_narrowed      (LineupSessionFilter *self);

/* Whether a starred talk the schedule no longer lists (its title folded, its
 * day key) is kept: in agenda mode, under no track filter. */
gboolean             lineup_session_filter_keeps_unlisted   (LineupSessionFilter *self,
                                                             const gchar         *folded_title,
                                                             guint                day_key);

G_END_DECLS
