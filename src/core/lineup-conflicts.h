/* lineup-conflicts.h — overlaps among starred talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "lineup-schedule.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 start;   /* any unit; half-open [start, end) */
  gint64 end;
} LineupInterval;

typedef struct
{
  guint a;        /* indices into the input, a < b */
  guint b;
} LineupConflictPair;

/* Every overlapping pair among @intervals (half-open; an interval with
 * end <= start is treated as the instant [start, start+1)).  Sweep over
 * intervals sorted by start: O(n log n + k).  Returns a GArray of
 * LineupConflictPair sorted by (a, b). */
GArray *lineup_conflicts_find   (const LineupInterval *intervals,
                                 guint                 n_intervals);

/* Recomputes every session's conflicts among the starred, timed ones; an
 * unstarred session has none.  Notifies only where the list changed. */
void    lineup_conflicts_update (LineupSchedule       *schedule);

/* The time both @a and @b take (half-open), as @a shows it: sets *start
 * and *end (new references; may be NULL) and returns its length in whole
 * minutes, or returns 0 and sets nothing when they do not overlap or
 * either is untimed.  A talk without an end is the instant of its start. */
guint   lineup_conflicts_overlap (LineupSession        *a,
                                  LineupSession        *b,
                                  GDateTime           **start,
                                  GDateTime           **end);

G_END_DECLS
