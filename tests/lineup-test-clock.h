/* lineup-test-clock.h — a LineupClock advanced by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clock jumps to a time, then fires the timeouts due by then, earliest
 * first (as a machine that wakes up late does).  It holds its users to the
 * LineupClock contract: a timeout returns G_SOURCE_REMOVE, and only a
 * pending timeout is removed.
 */
#pragma once

#include "lineup-reminders.h"

G_BEGIN_DECLS

typedef struct
{
  guint        id;
  gint64       due;
  GSourceFunc  func;
  gpointer     data;
} LineupTestTimeout;

typedef struct
{
  LineupClock  clock;      /* first: a LineupTestClock is a LineupClock */
  gint64       now;        /* microseconds since the epoch */
  GArray      *timeouts;   /* LineupTestTimeout, the pending ones */
  guint        last_id;
} LineupTestClock;

/* Starts @fake at @now_usec, no timeout pending. */
void    lineup_test_clock_init       (LineupTestClock *fake,
                                      gint64           now_usec);
void    lineup_test_clock_clear      (LineupTestClock *fake);
/* Jumps to @usec (not before now) and fires what is due, until nothing is. */
void    lineup_test_clock_advance_to (LineupTestClock *fake,
                                      gint64           usec);

/* The time of an ISO 8601 date and time, in microseconds since the epoch. */
gint64  lineup_test_usec_of          (const gchar     *iso8601);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineupTestClock, lineup_test_clock_clear)

G_END_DECLS
