/* lineup-test-growth.c — "no quadratic blow-up", checked on any machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include <errno.h>
#include <time.h>

#include "lineup-test-growth.h"

#define GROWTH     4      /* the large input is GROWTH times the small one */
#define MAX_RATIO  12.0   /* 3 × linear; quadratic work grows 16 times */
#define N_SAMPLES  3      /* a round of samples of each size */
#define MAX_ROUNDS 3      /* rounds taken while the ratio is too high */
/* A sample runs the work until it has taken this much processor time (once
 * at least) and keeps the quickest run: a run slowed down by something else
 * (a cache emptied by another process, a sanitizer's allocator recycling
 * memory in bulk, which can make one run in a hundred ten times as slow)
 * does not count. */
#define MIN_SAMPLE 0.01
/* Work so quick that this many runs stay under MIN_SAMPLE is timed as is. */
#define MAX_RUNS   10000

/* Processor time of the calling thread, in seconds: what another process
 * does on the other core counts as little as possible. */
static gdouble
cpu_seconds (void)
{
  struct timespec now;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now) != 0)
    g_error ("clock_gettime (CLOCK_THREAD_CPUTIME_ID): %s", g_strerror (errno));
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* The least time one run of @work on @input takes, out of as many runs as
 * make up MIN_SAMPLE. */
static gdouble
sample (LineupTestWork work,
        gpointer       input,
        gpointer       user_data)
{
  gdouble total = 0;
  gdouble least = G_MAXDOUBLE;
  guint runs = 0;

  do
    {
      gdouble start = cpu_seconds ();
      gdouble seconds;

      work (input, user_data);
      seconds = cpu_seconds () - start;
      least = MIN (least, seconds);
      total += seconds;
      runs++;
    }
  while (total < MIN_SAMPLE && runs < MAX_RUNS);
  return least;
}

gdouble
lineup_test_assert_linear (const gchar    *what,
                           gsize           n,
                           LineupTestMake  make,
                           LineupTestWork  work,
                           GDestroyNotify  free_input,
                           gpointer        user_data)
{
  gpointer small_input;
  gpointer large_input;
  gdouble small = G_MAXDOUBLE;
  gdouble large = G_MAXDOUBLE;
  gdouble ratio = G_MAXDOUBLE;
  g_autofree gchar *report = NULL;

  g_return_val_if_fail (n > 0, 0);

  /* Once a check of this test case failed, the next ones would only add
   * minutes of quadratic work before the same verdict. */
  if (g_test_failed ())
    {
      g_test_message ("%s: not measured, the test case already failed", what);
      return 0;
    }

  small_input = make (n, user_data);
  large_input = make (GROWTH * n, user_data);
  /* Samples of the two sizes in turn, so that a slow spell of the machine
   * hits both.  Another process can still slow down the large input more
   * than the small one for a while (their caches, the kernel's locks when
   * both allocate memory): while the ratio is too high, more rounds are
   * taken, keeping the quickest run of all.  Such a spell passes, a blow-up
   * stays. */
  for (guint round = 0; round < MAX_ROUNDS && ratio >= MAX_RATIO; round++)
    {
      if (round > 0)
        g_test_message ("%s: %.2f times, another round of samples", what, ratio);
      for (guint i = 0; i < N_SAMPLES; i++)
        {
          gdouble seconds = sample (work, small_input, user_data);

          small = MIN (small, seconds);
          seconds = sample (work, large_input, user_data);
          large = MIN (large, seconds);
        }
      ratio = large / MAX (small, 1e-9);
    }
  free_input (small_input);
  free_input (large_input);

  report = g_strdup_printf ("%s: %" G_GSIZE_FORMAT " in %.2f ms, %" G_GSIZE_FORMAT " in %.2f ms: "
                            "%.2f times (linear %d, limit %.0f)",
                            what, n, small * 1e3, GROWTH * n, large * 1e3, ratio, GROWTH,
                            MAX_RATIO);
  g_test_message ("%s", report);
  /* A test case run by g_test_trap_subprocess() is quiet: say it on
   * stderr, which the parent lets through, so the log keeps the numbers. */
  if (g_test_subprocess ())
    g_printerr ("# %s\n", report);
  if (ratio >= MAX_RATIO)
    g_test_fail_printf ("%s: %d times the input took %.1f times as long "
                        "(%.2f ms, then %.2f ms): more than linear", what, GROWTH, ratio,
                        small * 1e3, large * 1e3);
  return ratio;
}
