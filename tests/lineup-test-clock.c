/* lineup-test-clock.c — a LineupClock advanced by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include "lineup-test-clock.h"

static gint64
fake_now_usec (LineupClock *clock)
{
  return ((LineupTestClock *) clock)->now;
}

static guint
fake_add_timeout (LineupClock *clock,
                  guint        delay_ms,
                  GSourceFunc  func,
                  gpointer     data)
{
  LineupTestClock *fake = (LineupTestClock *) clock;
  LineupTestTimeout timeout = { ++fake->last_id, fake->now + delay_ms * (gint64) 1000, func,
                                data };

  g_array_append_val (fake->timeouts, timeout);
  return timeout.id;
}

static void
fake_remove_timeout (LineupClock *clock,
                     guint        id)
{
  LineupTestClock *fake = (LineupTestClock *) clock;

  for (guint i = 0; i < fake->timeouts->len; i++)
    if (g_array_index (fake->timeouts, LineupTestTimeout, i).id == id)
      {
        g_array_remove_index (fake->timeouts, i);
        return;
      }
  g_error ("timeout %u removed, but it is not pending (fired or removed already)", id);
}

void
lineup_test_clock_init (LineupTestClock *fake,
                        gint64           now_usec)
{
  fake->clock.now_usec = fake_now_usec;
  fake->clock.add_timeout = fake_add_timeout;
  fake->clock.remove_timeout = fake_remove_timeout;
  fake->now = now_usec;
  fake->timeouts = g_array_new (FALSE, FALSE, sizeof (LineupTestTimeout));
  fake->last_id = 0;
}

void
lineup_test_clock_clear (LineupTestClock *fake)
{
  g_clear_pointer (&fake->timeouts, g_array_unref);
}

/* Fires the earliest timeout due by now, if any. */
static gboolean
fire_one (LineupTestClock *fake)
{
  guint best = G_MAXUINT;
  LineupTestTimeout timeout;

  for (guint i = 0; i < fake->timeouts->len; i++)
    {
      LineupTestTimeout *t = &g_array_index (fake->timeouts, LineupTestTimeout, i);

      if (t->due <= fake->now
          && (best == G_MAXUINT
              || t->due < g_array_index (fake->timeouts, LineupTestTimeout, best).due))
        best = i;
    }
  if (best == G_MAXUINT)
    return FALSE;
  timeout = g_array_index (fake->timeouts, LineupTestTimeout, best);
  g_array_remove_index (fake->timeouts, best);
  g_assert_false (timeout.func (timeout.data));
  return TRUE;
}

void
lineup_test_clock_advance_to (LineupTestClock *fake,
                              gint64           usec)
{
  guint fired = 0;

  g_assert_cmpint (usec, >=, fake->now);
  fake->now = usec;
  while (fire_one (fake))
    if (++fired > 1000)
      g_error ("the timeouts due at %" G_GINT64_FORMAT " never stopped being added", usec);
}

gint64
lineup_test_usec_of (const gchar *iso8601)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}
