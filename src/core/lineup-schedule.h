/* lineup-schedule.h — the talks of one post, a GListModel of LineupSession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lineup-read-note.h"
#include "lineup-session.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_SCHEDULE (lineup_schedule_get_type ())

G_DECLARE_FINAL_TYPE (LineupSchedule, lineup_schedule, LINEUP, SCHEDULE, GObject)

LineupSchedule *lineup_schedule_new            (void);

const gchar    *lineup_schedule_get_title      (LineupSchedule *self);
void            lineup_schedule_set_title      (LineupSchedule *self,
                                                const gchar    *title);
/* The front matter date as written ("2023-10-30T17:00:00.000Z"), or NULL. */
const gchar    *lineup_schedule_get_date       (LineupSchedule *self);
void            lineup_schedule_set_date       (LineupSchedule *self,
                                                const gchar    *date);
const gchar    *lineup_schedule_get_summary    (LineupSchedule *self);
void            lineup_schedule_set_summary    (LineupSchedule *self,
                                                const gchar    *summary);
/* Post key for the agenda (and the calendar UIDs): what the front matter
 * names the post by (path, url, slug, else title and date), the file's
 * basename only when it names none of these. */
const gchar    *lineup_schedule_get_key        (LineupSchedule *self);
void            lineup_schedule_set_key        (LineupSchedule *self,
                                                const gchar    *key);
/* The key Lineup 0.1 gave the post (its file's basename) when it is not the
 * key, else NULL: stars saved under it move to the key (see
 * lineup_agenda_apply). */
const gchar    *lineup_schedule_get_old_key    (LineupSchedule *self);
void            lineup_schedule_set_old_key    (LineupSchedule *self,
                                                const gchar    *old_key);
/* IANA zone id ("America/Chicago") or NULL when times are floating. */
const gchar    *lineup_schedule_get_zone_id    (LineupSchedule *self);
/* Zone abbreviation as written in the post ("CST"), or NULL. */
const gchar    *lineup_schedule_get_zone_abbreviation (LineupSchedule *self);
void            lineup_schedule_set_zone       (LineupSchedule *self,
                                                const gchar    *zone_id,
                                                const gchar    *abbreviation);
/* The file the schedule was read from, or NULL for the built-in post. */
GFile          *lineup_schedule_get_file       (LineupSchedule *self);
void            lineup_schedule_set_file       (LineupSchedule *self,
                                                GFile          *file);
GStrv           lineup_schedule_get_tags       (LineupSchedule *self);
void            lineup_schedule_set_tags       (LineupSchedule *self,
                                                const gchar * const *tags);
GStrv           lineup_schedule_get_categories (LineupSchedule *self);
void            lineup_schedule_set_categories (LineupSchedule *self,
                                                const gchar * const *categories);
/* What the reader could not make out (LineupReadNote), in document order. */
GPtrArray      *lineup_schedule_get_notes      (LineupSchedule *self);
/* The notes as the command line prints them ("FILE:LINE: message"), made
 * anew: free with g_ptr_array_unref(). */
GPtrArray      *lineup_schedule_dup_warnings   (LineupSchedule *self);
/* The notes about one entry each (not those about the whole document). */
guint           lineup_schedule_count_entry_notes (LineupSchedule *self);
/* The notes of @scope. */
guint           lineup_schedule_count_notes    (LineupSchedule      *self,
                                                LineupReadNoteScope  scope);
void            lineup_schedule_add_note       (LineupSchedule       *self,
                                                const LineupReadNote *note);

/* Takes the sessions (sorted here, one items-changed emitted). */
void            lineup_schedule_take_sessions  (LineupSchedule *self,
                                                GPtrArray      *sessions);
LineupSession  *lineup_schedule_get_session    (LineupSchedule *self,
                                                guint           position);
LineupSession  *lineup_schedule_find           (LineupSchedule *self,
                                                const gchar    *id);
guint           lineup_schedule_get_n_sessions (LineupSchedule *self);
/* Whether the dated talks are of several years (an archive of meetups):
 * their days are then written with their year. */
gboolean        lineup_schedule_spans_years    (LineupSchedule *self);
/* Distinct tracks in order of first appearance. */
GPtrArray      *lineup_schedule_dup_tracks     (LineupSchedule *self);
/* The starred sessions, in time order (new array, refs held). */
GPtrArray      *lineup_schedule_dup_starred    (LineupSchedule *self);

G_END_DECLS
