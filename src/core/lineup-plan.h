/* lineup-plan.h — planning a day: clashes among the going talks, what fits
 * in a free window, the suggested plan
 *
 * Two kinds of pick: *going* (the talks one means to attend) and *maybe*
 * (backups).  Only going talks clash.  Every function takes the sets of
 * talks as arrays of LineupSession (borrowed, any order) and returns a new
 * array of borrowed sessions: this module knows nothing of the agenda.
 *
 * Times are half-open [start, end): a talk ending at 12:15 does not clash
 * with one starting at 12:15.  A talk without an end (or with an end not
 * after its start) is the instant of its start, as in lineup-conflicts.h.
 * Untimed talks are left out of every result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "lineup-session.h"

G_BEGIN_DECLS

/* The default of "minutes to change rooms". */
#define LINEUP_PLAN_ROOM_CHANGE_MINUTES 5

/* The groups of mutually overlapping talks among @sessions: the connected
 * components of the overlap graph that hold two talks or more.  Each group
 * is sorted by start (then end, then place in @sessions), the groups by
 * their first start.  O(n log n).
 * Returns a GPtrArray of GPtrArray (each of borrowed sessions; freeing the
 * outer array frees the inner ones). */
GPtrArray *lineup_plan_conflict_groups (GPtrArray *sessions);

/* The talks of @candidates that fit entirely in [@start_usec, @end_usec)
 * (microseconds since the epoch), best fit first: least time of the window
 * left unused, then the earlier start, then the id.
 *
 * A talk fits when it lies inside the window, does not overlap any of
 * @going (the going talks; may be NULL) and leaves @room_change_minutes
 * between itself and a going talk in another place: between the end of the
 * going talk before it and its start, and between its end and the start of
 * the going talk after it.  The place is the room when both talks name one,
 * else the track (two talks naming neither are in the same place).  For a
 * free window this is the brief's rule: against the going talk that ends
 * at or before the window start, the one that starts at or after its end.
 *
 * A going talk is not listed (it is already in the plan), nor a talk
 * without an end, or with an end not after its start (how long it takes
 * is not known).  An empty or reversed
 * window fits nothing.
 * Returns a new array of borrowed sessions. */
GPtrArray *lineup_plan_fits            (GPtrArray *candidates,
                                        GPtrArray *going,
                                        gint64     start_usec,
                                        gint64     end_usec,
                                        guint      room_change_minutes);

/* The suggested plan: from @going and @maybe (either may be NULL; a talk in
 * both counts as going), a set of talks of which no two overlap, keeping as
 * many going talks as possible and, among those sets, as many maybe talks
 * as possible.  Weighted interval scheduling: a going talk weighs one more
 * than all the maybe talks together, a maybe talk 1.  O(n log n).
 *
 * Among equally good plans the choice is deterministic: talks are scanned
 * by end (then start, going first, id, place in the input) and a talk is
 * left out whenever leaving it out is as good, so the plan prefers the
 * talks that end earlier.
 * Returns a new array of borrowed sessions, sorted by start. */
GPtrArray *lineup_plan_suggest         (GPtrArray *going,
                                        GPtrArray *maybe);

G_END_DECLS
