/* lineup-session.h — one talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "lineup-byline.h"

G_BEGIN_DECLS

/* What the user picked a talk as: going (the star, the only kind that
 * counts in conflicts) or maybe (a backup). */
typedef enum
{
  LINEUP_PICK_NONE,
  LINEUP_PICK_GOING,
  LINEUP_PICK_MAYBE,
} LineupPick;

#define LINEUP_TYPE_SESSION (lineup_session_get_type ())

G_DECLARE_FINAL_TYPE (LineupSession, lineup_session, LINEUP, SESSION, GObject)

LineupSession *lineup_session_new              (const gchar   *id,
                                                const gchar   *title);

const gchar   *lineup_session_get_id           (LineupSession *self);
void           lineup_session_set_id           (LineupSession *self,
                                                const gchar   *id);
const gchar   *lineup_session_get_title        (LineupSession *self);
void           lineup_session_set_title        (LineupSession *self,
                                                const gchar   *title);
/* A title written with its speakers ("Title - Name & Name, Org"): split with
 * lineup_byline_split() into the title and the speakers when either is first
 * asked for. */
void           lineup_session_set_title_with_byline (LineupSession *self,
                                                     const gchar   *text);
/* Array of LineupSpeaker; never NULL (empty when no speakers). */
GPtrArray     *lineup_session_get_speakers     (LineupSession *self);
void           lineup_session_set_speakers     (LineupSession *self,
                                                GPtrArray     *speakers);
/* The speakers as written ("Name & Name, Org"): parsed with
 * lineup_byline_parse() when first asked for. */
void           lineup_session_set_byline       (LineupSession *self,
                                                const gchar   *byline);
/* Takes @speakers (LineupSpeaker, or NULL) instead of copying them. */
void           lineup_session_take_speakers    (LineupSession *self,
                                                GPtrArray     *speakers);
/* "Name, Name (Org)" for display, "" when none. */
const gchar   *lineup_session_get_speakers_text (LineupSession *self);
const gchar   *lineup_session_get_track        (LineupSession *self);
void           lineup_session_set_track        (LineupSession *self,
                                                const gchar   *track);
/* Where the talk takes place ("Room W375, Level 3"), or NULL when the
 * source does not say ("" is NULL). */
const gchar   *lineup_session_get_room         (LineupSession *self);
void           lineup_session_set_room         (LineupSession *self,
                                                const gchar   *room);
/* What kind of session the source calls it ("Lecture", "Workshop",
 * "Lightning Talk"), or NULL when it does not say. */
const gchar   *lineup_session_get_kind         (LineupSession *self);
void           lineup_session_set_kind         (LineupSession *self,
                                                const gchar   *kind);
/* The language the talk is given in, as the source writes it ("en",
 * "German"), or NULL. */
const gchar   *lineup_session_get_language     (LineupSession *self);
void           lineup_session_set_language     (LineupSession *self,
                                                const gchar   *language);
/* NULL when the post gives no time. */
GDateTime     *lineup_session_get_start        (LineupSession *self);
GDateTime     *lineup_session_get_end          (LineupSession *self);
void           lineup_session_set_times        (LineupSession *self,
                                                GDateTime     *start,
                                                GDateTime     *end);
/* The time of day the source gives for a talk whose day it does not give
 * (a meetup's programme that names no date: "18:15 Rust in the kernel"), in
 * minutes from midnight, -1 for none.  lineup_session_get_clock() is FALSE
 * when there is none or when the talk has a start. */
void           lineup_session_set_clock        (LineupSession *self,
                                                gint           start_minute,
                                                gint           end_minute);
gboolean       lineup_session_get_clock        (LineupSession *self,
                                                gint          *start_minute,
                                                gint          *end_minute);
/* The day the source gives for a talk whose time it does not give (a
 * liveblog's "Thursday 7/13" over its talks); 0, 0, 0 clears it.
 * lineup_session_get_day() is FALSE when there is none or when the talk has
 * a start. */
void           lineup_session_set_day          (LineupSession *self,
                                                gint           year,
                                                gint           month,
                                                gint           day);
gboolean       lineup_session_get_day          (LineupSession *self,
                                                gint          *year,
                                                gint          *month,
                                                gint          *day);
/* "2017-07-13" for a day without a time, "T18:15" for a time of day
 * without a day, the start in ISO 8601 without its offset, or "" when the
 * talk has none: what tells two talks of one title apart. */
gchar         *lineup_session_dup_when_key     (LineupSession *self);
/* The times as microseconds since the epoch, without GDateTime (for sorting
 * many sessions); FALSE when untimed.  Without an end, *end is the start
 * and *has_end FALSE. */
gboolean       lineup_session_get_times_usec   (LineupSession *self,
                                                gint64        *start,
                                                gint64        *end,
                                                gboolean      *has_end);
/* Where the talk comes from when several sources are shown at once (see
 * lineup-source-set.h): the source's key (the agenda keeps its stars under
 * it) and its title; NULL until set. */
const gchar   *lineup_session_get_source_key   (LineupSession *self);
const gchar   *lineup_session_get_source_title (LineupSession *self);
void           lineup_session_set_source       (LineupSession *self,
                                                const gchar   *key,
                                                const gchar   *title);
/* The same talk as other sources list it (LineupSession, borrowed array),
 * or NULL: a talk shown once for several sources. */
GPtrArray     *lineup_session_get_twins        (LineupSession *self);
void           lineup_session_add_twin         (LineupSession *self,
                                                LineupSession *twin);
void           lineup_session_clear_twins      (LineupSession *self);
/* What changed in a pick since the user last saw it ("Moved from …"), for
 * the list to mark it until acknowledged ("change-note", notifies); NULL
 * when nothing did.  Set by the window from lineup-agenda-changes. */
const gchar   *lineup_session_get_change_note  (LineupSession *self);
void           lineup_session_set_change_note  (LineupSession *self,
                                                const gchar   *note);
const gchar   *lineup_session_get_url          (LineupSession *self);
void           lineup_session_set_url          (LineupSession *self,
                                                const gchar   *url);
/* The description as Markdown. */
const gchar   *lineup_session_get_description  (LineupSession *self);
void           lineup_session_set_description  (LineupSession *self,
                                                const gchar   *description);
/* Takes @description instead of copying it. */
void           lineup_session_take_description (LineupSession *self,
                                                gchar         *description);
/* "starred" (going) and "maybe" (properties, notify) are never both TRUE:
 * setting one clears the other. */
gboolean       lineup_session_get_starred      (LineupSession *self);
void           lineup_session_set_starred      (LineupSession *self,
                                                gboolean       starred);
/* lineup-session-pick.c */
gboolean       lineup_session_get_maybe        (LineupSession *self);
void           lineup_session_set_maybe        (LineupSession *self,
                                                gboolean       maybe);
LineupPick     lineup_session_get_pick         (LineupSession *self);
void           lineup_session_set_pick         (LineupSession *self,
                                                LineupPick     pick);
/* "going", "maybe" or "none". */
const gchar   *lineup_pick_to_string           (LineupPick     pick);
/* What a click on a star button makes of @pick: none → going → maybe → none. */
LineupPick     lineup_pick_next                (LineupPick     pick);
/* Reads what _to_string writes; FALSE for anything else. */
gboolean       lineup_pick_from_string         (const gchar   *text,
                                                LineupPick    *out_pick);
/* Ids of the starred sessions this one overlaps (NULL-terminated, may be
 * empty, never NULL). */
const gchar * const *lineup_session_get_conflicts (LineupSession *self);
void           lineup_session_set_conflicts    (LineupSession *self,
                                                const gchar * const *ids);
guint          lineup_session_get_n_conflicts  (LineupSession *self);
/* The line of the post the talk was read from (1-based), 0 if unknown. */
guint          lineup_session_get_line         (LineupSession *self);
void           lineup_session_set_line         (LineupSession *self,
                                                guint          line);
/* Whether start/end are floating (no known time zone). */
gboolean       lineup_session_get_floating     (LineupSession *self);
void           lineup_session_set_floating     (LineupSession *self,
                                                gboolean       floating);
/* Folded text of title, speakers, affiliations, track, room, kind and description, for
 * search (computed once, on first use). */
const gchar   *lineup_session_get_search_text  (LineupSession *self);
/* The search text, given away: the session keeps no copy (it makes the
 * text again if asked).  For a search index that holds every talk's text. */
gchar         *lineup_session_steal_search_text (LineupSession *self);
/* The words of a search as typed, folded ("Ramírez  BGP" → "ramirez",
 * "bgp"), or NULL when it has none. */
GStrv          lineup_search_words             (const gchar   *typed);
/* Whether every one of @words (from lineup_search_words(); NULL matches
 * everything) appears in @folded_text (folded with lineup_text_fold()). */
gboolean       lineup_search_matches           (const gchar * const *words,
                                                const gchar         *folded_text);
/* lineup_search_matches() on the session's search text. */
gboolean       lineup_session_matches          (LineupSession       *self,
                                                const gchar * const *words);
/* Day number (yyyymmdd in the event zone), the day of a talk that has
 * a day but no time (lineup_session_get_day()), or 0 when there is none. */
guint          lineup_session_get_day_key      (LineupSession *self);

/* Orders by start (a day without a time at the end of its day, untimed
 * last), then end, then title. */
gint           lineup_session_compare          (LineupSession *a,
                                                LineupSession *b);

/* ISO 8601: "2023-11-06T09:15:00-06:00", or without offset when floating;
 * NULL for NULL. */
gchar         *lineup_format_iso8601           (GDateTime     *dt,
                                                gboolean       floating);

G_END_DECLS
