/* lineup-test-growth.h — "no quadratic blow-up", checked on any machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A test cannot say how many seconds some work may take: a slow, busy or
 * sanitized machine takes as long as it takes.  It can say how the time grows
 * with the input: the same work on an input four times as large, timed in the
 * same process, must take less than 3 × 4 = 12 times as long.  Linear work
 * takes about 4 times (a little more once the input leaves the caches),
 * quadratic work 16 times.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes the input of about @size units (bytes, levels, …) for the work;
 * it is not timed. */
typedef gpointer (*LineupTestMake) (gsize    size,
                                    gpointer user_data);
/* The work that is timed, on an input @make made: it may check its result,
 * and runs as many times as it takes to time it. */
typedef void     (*LineupTestWork) (gpointer input,
                                    gpointer user_data);

/* Fails the test case (g_test_fail) when @work on an input of 4 × @n units
 * takes 12 times as long as on @n units, or more, and then again from 4 × @n
 * to 16 × @n (a step out of a cache is taken once, a blow-up goes on).  Each of the two times is
 * that of the quickest of three samples, taken in turn (up to three rounds
 * of three while the ratio is too high); a sample is a batch of runs of
 * @work that takes 10 ms of processor time at least (or one run, if it
 * takes longer), divided by its runs.  @free_input frees what @make
 * returns.
 * Returns the ratio. */
gdouble lineup_test_assert_linear (const gchar    *what,
                                   gsize           n,
                                   LineupTestMake  make,
                                   LineupTestWork  work,
                                   GDestroyNotify  free_input,
                                   gpointer        user_data);

G_END_DECLS
