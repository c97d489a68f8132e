/* lineup-test-growth.c — "no quadratic blow-up", checked on any machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include <errno.h>
#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "lineup-test-growth.h"

#define GROWTH     4      /* the large input is GROWTH times the small one */
#define MAX_RATIO  12.0   /* 3 × linear; quadratic work grows 16 times */
#define N_SAMPLES  3      /* a round of samples of each size */
#define MAX_ROUNDS 3      /* rounds taken while the ratio is too high */
/* A sample times a batch of runs of the work, doubling the batch until it
 * takes this much processor time, and gives the time of one run.  Reading
 * the clock costs about a microsecond on some virtual machines: timing each
 * run of a work that takes a few microseconds would measure the clock (an
 * alias bomb of 2 levels once "took" 0.00 ms, then 12 times as long at 8).
 * The least sample of several is kept: a batch slowed down by something
 * else (another process, a sanitizer's allocator recycling memory in bulk)
 * does not count. */
#define MIN_SAMPLE 0.01
/* Work so quick that this many runs stay under MIN_SAMPLE is timed as is. */
#define MAX_RUNS   16384

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

/* The time one run of @work on @input takes, from a batch of runs that
 * together take MIN_SAMPLE at least. */
static gdouble
sample (LineupTestWork work,
        gpointer       input,
        gpointer       user_data)
{
  for (guint runs = 1; ; runs *= 2)
    {
      gdouble start = cpu_seconds ();
      gdouble seconds;

      for (guint i = 0; i < runs; i++)
        work (input, user_data);
      seconds = cpu_seconds () - start;
      if (seconds >= MIN_SAMPLE || runs >= MAX_RUNS)
        return seconds / runs;
    }
}

/* Freed memory stays in the process.  Otherwise glibc gives the memory of a
 * large input's run back to the system after it (above the trim threshold,
 * or above the mmap threshold allocated apart), and each next run pays the
 * page faults of getting it again, which a small input served from the heap
 * does not: 4 times a byline took 13 times as long, and 4 times again just
 * as much more, until the thresholds were fixed (MALLOC_PERTURB_, which
 * meson sets, writes every page it gets). */
static void
keep_freed_memory (void)
{
#ifdef __GLIBC__
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

/* The ratio of the time @work takes on GROWTH × @n units to that on @n
 * units, each the quickest of its samples; the two times in @small and
 * @large. */
static gdouble
measure_ratio (const gchar    *what,
               gsize           n,
               LineupTestMake  make,
               LineupTestWork  work,
               GDestroyNotify  free_input,
               gpointer        user_data,
               gdouble        *small,
               gdouble        *large)
{
  gpointer small_input = make (n, user_data);
  gpointer large_input = make (GROWTH * n, user_data);
  gdouble ratio = G_MAXDOUBLE;

  *small = *large = G_MAXDOUBLE;
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

          *small = MIN (*small, seconds);
          seconds = sample (work, large_input, user_data);
          *large = MIN (*large, seconds);
        }
      ratio = *large / MAX (*small, 1e-9);
    }
  free_input (small_input);
  free_input (large_input);
  return ratio;
}

gdouble
lineup_test_assert_linear (const gchar    *what,
                           gsize           n,
                           LineupTestMake  make,
                           LineupTestWork  work,
                           GDestroyNotify  free_input,
                           gpointer        user_data)
{
  gdouble small, large, ratio;
  g_autofree gchar *report = NULL;

  g_return_val_if_fail (n > 0, 0);

  /* Once a check of this test case failed, the next ones would only add
   * minutes of quadratic work before the same verdict. */
  if (g_test_failed ())
    {
      g_test_message ("%s: not measured, the test case already failed", what);
      return 0;
    }

  keep_freed_memory ();
  ratio = measure_ratio (what, n, make, work, free_input, user_data, &small, &large);
  /* Too steep: the larger input may just have left a cache the smaller one
   * fits in (a step a machine with smaller caches shows at smaller sizes).
   * Such a step is taken once; quadratic work grows as steeply again from
   * GROWTH × n to GROWTH² × n. */
  if (ratio >= MAX_RATIO)
    {
      g_test_message ("%s: %" G_GSIZE_FORMAT " in %.2f ms, %" G_GSIZE_FORMAT " in %.2f ms: "
                      "%.2f times; once more from %" G_GSIZE_FORMAT, what, n, small * 1e3,
                      GROWTH * n, large * 1e3, ratio, GROWTH * n);
      n *= GROWTH;
      ratio = measure_ratio (what, n, make, work, free_input, user_data, &small, &large);
    }

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
