/* test-conflicts.c — the overlap sweep and the sessions' conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-conflicts"

#include "config.h"

#include "lineup-core.h"

/* The obvious O(n²) definition the sweep must agree with. */
static GArray *
brute_force (const LineupInterval *intervals,
             guint                 n)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (LineupConflictPair));

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        gint64 sa = intervals[a].start, ea = intervals[a].end;
        gint64 sb = intervals[b].start, eb = intervals[b].end;

        /* the instant [start, start + 1), saturating as the sweep does */
        if (ea <= sa)
          ea = sa == G_MAXINT64 ? G_MAXINT64 : sa + 1;
        if (eb <= sb)
          eb = sb == G_MAXINT64 ? G_MAXINT64 : sb + 1;
        if (sa < eb && sb < ea)
          {
            LineupConflictPair pair = { a, b };

            g_array_append_val (pairs, pair);
          }
      }
  return pairs;
}

static void
assert_pairs_equal (GArray *got,
                    GArray *expected)
{
  g_assert_cmpuint (got->len, ==, expected->len);
  for (guint i = 0; i < got->len; i++)
    {
      LineupConflictPair *g = &g_array_index (got, LineupConflictPair, i);
      LineupConflictPair *e = &g_array_index (expected, LineupConflictPair, i);

      g_assert_cmpuint (g->a, ==, e->a);
      g_assert_cmpuint (g->b, ==, e->b);
    }
}

typedef struct
{
  guint32 seed;
  guint   n;
  gint64  range;      /* starts in [0, range) */
  gint64  max_len;    /* lengths in [-max_len / 10, max_len]: some are instants */
  gint64  grid;       /* starts and lengths rounded to this: ties and touching ends */
  guint   min_pairs;  /* the case is not vacuous */
} RandomCase;

static const RandomCase random_cases[] = {
  { 1, 0, 100, 10, 1, 0 },
  { 2, 1, 100, 10, 1, 0 },
  { 3, 2, 10, 10, 1, 0 },
  { 7, 50, 200, 30, 5, 10 },
  { 42, 1000, 100000, 300, 1, 1 },
  { 1234, 2000, 5000, 120, 5, 5000 },
  { 31337, 3000, 1000000, 2000, 15, 10 },
  { 99999, 4000, 20000, 60, 15, 1000 },
  { 5, 5000, 500, 5, 5, 1000 },
};

static void
test_random_vs_brute_force (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (random_cases); c++)
    {
      const RandomCase *rc = &random_cases[c];
      g_autoptr(GRand) rand = g_rand_new_with_seed (rc->seed);
      g_autofree LineupInterval *intervals = g_new0 (LineupInterval, MAX (rc->n, 1));
      g_autoptr(GArray) got = NULL;
      g_autoptr(GArray) expected = NULL;

      for (guint i = 0; i < rc->n; i++)
        {
          gint64 start = g_rand_int_range (rand, 0, (gint32) rc->range);
          gint64 len = g_rand_int_range (rand, (gint32) (-rc->max_len / 10),
                                         (gint32) rc->max_len + 1);

          start -= start % rc->grid;
          len -= len % rc->grid;
          intervals[i].start = start;
          intervals[i].end = start + len;
        }

      got = lineup_conflicts_find (intervals, rc->n);
      expected = brute_force (intervals, rc->n);
      g_test_message ("seed %u: %u intervals, %u pairs", rc->seed, rc->n, expected->len);
      g_assert_cmpuint (expected->len, >=, rc->min_pairs);
      assert_pairs_equal (got, expected);
    }
}

typedef struct
{
  const gchar  *name;
  LineupInterval intervals[4];
  guint          n;
  const gchar  *expected;   /* "a-b a-b …" */
} EdgeCase;

#define MIN_(h, m) ((gint64) (h) * 60 + (m))

static const EdgeCase edge_cases[] = {
  { "touching", { { MIN_ (12, 10), MIN_ (12, 15) }, { MIN_ (12, 15), MIN_ (12, 40) } }, 2, "" },
  { "touching reversed input",
    { { MIN_ (12, 15), MIN_ (12, 40) }, { MIN_ (12, 10), MIN_ (12, 15) } }, 2, "" },
  { "identical", { { 10, 20 }, { 10, 20 } }, 2, "0-1" },
  { "nested", { { 0, 100 }, { 10, 20 } }, 2, "0-1" },
  { "nested, inner first", { { 10, 20 }, { 0, 100 } }, 2, "0-1" },
  { "overlap by one", { { 0, 11 }, { 10, 20 } }, 2, "0-1" },
  { "disjoint", { { 0, 5 }, { 10, 20 } }, 2, "" },
  { "instant inside", { { 10, 20 }, { 15, 15 } }, 2, "0-1" },
  { "instant at the start", { { 10, 20 }, { 10, 10 } }, 2, "0-1" },
  { "instant at the end", { { 10, 20 }, { 20, 20 } }, 2, "" },
  { "two instants together", { { 7, 7 }, { 7, 7 } }, 2, "0-1" },
  { "two instants apart", { { 7, 7 }, { 8, 8 } }, 2, "" },
  { "reversed is an instant", { { 10, 5 }, { 10, 20 } }, 2, "0-1" },
  { "chain", { { 0, 10 }, { 5, 15 }, { 10, 20 } }, 3, "0-1 1-2" },
  { "all at once", { { 0, 10 }, { 0, 10 }, { 5, 6 }, { 9, 30 } }, 4, "0-1 0-2 0-3 1-2 1-3" },
  { "sorted by a then b", { { 50, 60 }, { 0, 100 }, { 55, 56 }, { 10, 20 } }, 4,
    "0-1 0-2 1-2 1-3" },
  { "extreme instant", { { G_MAXINT64, G_MAXINT64 }, { G_MAXINT64 - 1, G_MAXINT64 } }, 2, "" },
  { "single", { { 0, 10 } }, 1, "" },
};

static void
test_edge_cases (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (edge_cases); c++)
    {
      const EdgeCase *ec = &edge_cases[c];
      g_autoptr(GArray) pairs = lineup_conflicts_find (ec->intervals, ec->n);
      g_autoptr(GArray) brute = brute_force (ec->intervals, ec->n);
      g_autoptr(GString) got = g_string_new (NULL);

      for (guint i = 0; i < pairs->len; i++)
        {
          LineupConflictPair *p = &g_array_index (pairs, LineupConflictPair, i);

          g_string_append_printf (got, "%s%u-%u", i ? " " : "", p->a, p->b);
        }
      g_test_message ("%s", ec->name);
      g_assert_cmpstr (got->str, ==, ec->expected);
      /* The table agrees with the definition too (except where the
       * brute force itself would overflow). */
      if (ec->intervals[0].start != G_MAXINT64)
        assert_pairs_equal (pairs, brute);
    }
}

static void
test_empty_input (void)
{
  g_autoptr(GArray) pairs = lineup_conflicts_find (NULL, 0);

  g_assert_nonnull (pairs);
  g_assert_cmpuint (pairs->len, ==, 0);
}

/* Sessions */

static GTimeZone *
chicago (void)
{
  return g_time_zone_new_identifier ("America/Chicago");
}

static LineupSession *
make_session (const gchar *id,
              GTimeZone   *tz,
              gint         h1,
              gint         m1,
              gint         h2,
              gint         m2)
{
  LineupSession *session = lineup_session_new (id, id);

  if (h1 >= 0)
    {
      g_autoptr(GDateTime) start = g_date_time_new (tz, 2023, 11, 6, h1, m1, 0);
      g_autoptr(GDateTime) end = h2 >= 0 ? g_date_time_new (tz, 2023, 11, 6, h2, m2, 0) : NULL;

      lineup_session_set_times (session, start, end);
    }
  return session;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    data)
{
  GHashTable *counts = data;
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, object));

  g_hash_table_insert (counts, object, GUINT_TO_POINTER (n + 1));
}

static gchar *
conflicts_text (LineupSchedule *schedule,
                const gchar    *id)
{
  LineupSession *session = lineup_schedule_find (schedule, id);

  g_assert_nonnull (session);
  g_assert_cmpuint (lineup_session_get_n_conflicts (session), ==,
                    g_strv_length ((gchar **) lineup_session_get_conflicts (session)));
  return g_strjoinv (" ", (gchar **) lineup_session_get_conflicts (session));
}

typedef struct
{
  const gchar *id;
  const gchar *conflicts;
} Expect;

static void
assert_conflicts (LineupSchedule *schedule,
                  const Expect   *expect,
                  guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree gchar *got = conflicts_text (schedule, expect[i].id);

      g_test_message ("%s: %s", expect[i].id, got);
      g_assert_cmpstr (got, ==, expect[i].conflicts);
    }
}

static guint
notifications (GHashTable     *counts,
               LineupSchedule *schedule,
               const gchar    *id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, lineup_schedule_find (schedule, id)));
}

static void
test_update (void)
{
  g_autoptr(GTimeZone) tz = chicago ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  static const gchar *starred[] = { "A", "B", "C", "D", "E", "G" };
  static const Expect first[] = {
    { "A", "C" },        /* 12:10–12:15 */
    { "B", "C E" },      /* 12:15–12:40: touches A, does not conflict */
    { "C", "A B E" },    /* 12:00–12:30 */
    { "D", "" },         /* untimed */
    { "E", "C B" },      /* 12:20, no end: an instant */
    { "F", "" },         /* 12:00–13:00, not starred */
    { "G", "" },         /* 19:00 UTC = 13:00 CST, touches F only */
  };
  static const Expect second[] = {
    { "A", "" }, { "B", "E" }, { "C", "" }, { "D", "" }, { "E", "B" }, { "F", "" }, { "G", "" },
  };
  static const Expect third[] = {
    /* C and F both start at 12:00; C ends first, so comes first. */
    { "A", "C F" }, { "B", "C F E" }, { "C", "F A B E" }, { "D", "" }, { "E", "C F B" },
    { "F", "C A B E" }, { "G", "" },
  };

  g_ptr_array_add (sessions, make_session ("B", tz, 12, 15, 12, 40));
  g_ptr_array_add (sessions, make_session ("A", tz, 12, 10, 12, 15));
  g_ptr_array_add (sessions, make_session ("D", tz, -1, 0, -1, 0));
  g_ptr_array_add (sessions, make_session ("C", tz, 12, 0, 12, 30));
  g_ptr_array_add (sessions, make_session ("E", tz, 12, 20, -1, 0));
  g_ptr_array_add (sessions, make_session ("F", tz, 12, 0, 13, 0));
  g_ptr_array_add (sessions, make_session ("G", utc, 19, 0, 19, 30));
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));

  for (guint i = 0; i < G_N_ELEMENTS (starred); i++)
    lineup_session_set_starred (lineup_schedule_find (schedule, starred[i]), TRUE);
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    g_signal_connect (lineup_schedule_get_session (schedule, i), "notify::conflicts",
                      G_CALLBACK (count_notify_cb), counts);

  lineup_conflicts_update (schedule);
  assert_conflicts (schedule, first, G_N_ELEMENTS (first));
  g_assert_cmpuint (notifications (counts, schedule, "A"), ==, 1);
  g_assert_cmpuint (notifications (counts, schedule, "D"), ==, 0);
  g_assert_cmpuint (notifications (counts, schedule, "F"), ==, 0);

  /* Nothing changed: nobody is notified. */
  lineup_conflicts_update (schedule);
  assert_conflicts (schedule, first, G_N_ELEMENTS (first));
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    g_assert_cmpuint (notifications (counts, schedule, first[i].id), <=, 1);

  /* Unstarring C drops it from every list and empties its own. */
  g_hash_table_remove_all (counts);
  lineup_session_set_starred (lineup_schedule_find (schedule, "C"), FALSE);
  lineup_conflicts_update (schedule);
  assert_conflicts (schedule, second, G_N_ELEMENTS (second));
  g_assert_cmpuint (notifications (counts, schedule, "C"), ==, 1);
  g_assert_cmpuint (notifications (counts, schedule, "B"), ==, 1);
  g_assert_cmpuint (notifications (counts, schedule, "D"), ==, 0);
  g_assert_cmpuint (notifications (counts, schedule, "G"), ==, 0);

  /* Starring F (12:00–13:00) and C again; G starts as F ends. */
  lineup_session_set_starred (lineup_schedule_find (schedule, "C"), TRUE);
  lineup_session_set_starred (lineup_schedule_find (schedule, "F"), TRUE);
  lineup_conflicts_update (schedule);
  assert_conflicts (schedule, third, G_N_ELEMENTS (third));
}

static void
test_update_time_zones (void)
{
  g_autoptr(GTimeZone) tz = chicago ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  static const Expect expect[] = { { "local", "utc" }, { "utc", "local" }, { "later", "" } };

  /* 12:15 CST is 18:15 UTC. */
  g_ptr_array_add (sessions, make_session ("local", tz, 12, 0, 12, 30));
  g_ptr_array_add (sessions, make_session ("utc", utc, 18, 15, 18, 45));
  g_ptr_array_add (sessions, make_session ("later", utc, 18, 45, 19, 0));
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    lineup_session_set_starred (lineup_schedule_get_session (schedule, i), TRUE);

  lineup_conflicts_update (schedule);
  assert_conflicts (schedule, expect, G_N_ELEMENTS (expect));
}

/* How long two talks overlap, and when, in the first one's zone. */
static void
test_overlap (void)
{
  g_autoptr(GTimeZone) tz = chicago ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(LineupSession) tutorial = make_session ("tutorial", tz, 16, 30, 18, 0);
  g_autoptr(LineupSession) scars = make_session ("scars", tz, 17, 25, 18, 0);
  g_autoptr(LineupSession) after = make_session ("after", tz, 18, 0, 18, 30);
  g_autoptr(LineupSession) start_only = make_session ("start-only", tz, 17, 0, -1, 0);
  g_autoptr(LineupSession) untimed = make_session ("untimed", tz, -1, 0, -1, 0);
  /* 23:40 UTC is 17:40 CST. */
  g_autoptr(LineupSession) in_utc = make_session ("utc", utc, 23, 40, 23, 55);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_assert_cmpuint (lineup_conflicts_overlap (tutorial, scars, &start, &end), ==, 35);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 17);
  g_assert_cmpint (g_date_time_get_minute (start), ==, 25);
  g_assert_cmpint (g_date_time_get_hour (end), ==, 18);
  g_assert_cmpint (g_date_time_get_minute (end), ==, 0);
  g_clear_pointer (&start, g_date_time_unref);
  g_clear_pointer (&end, g_date_time_unref);

  /* The same either way round, and in the first talk's zone. */
  g_assert_cmpuint (lineup_conflicts_overlap (scars, tutorial, NULL, NULL), ==, 35);
  g_assert_cmpuint (lineup_conflicts_overlap (tutorial, in_utc, &start, &end), ==, 15);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 17);
  g_assert_cmpint (g_date_time_get_minute (start), ==, 40);
  g_assert_cmpint (g_date_time_get_utc_offset (start) / G_TIME_SPAN_HOUR, ==, -6);
  g_clear_pointer (&start, g_date_time_unref);
  g_clear_pointer (&end, g_date_time_unref);

  /* Half-open: ending at 18:00 does not overlap starting at 18:00. */
  g_assert_cmpuint (lineup_conflicts_overlap (tutorial, after, &start, &end), ==, 0);
  g_assert_null (start);
  g_assert_null (end);
  /* An instant and the untimed take no time together with anything. */
  g_assert_cmpuint (lineup_conflicts_overlap (tutorial, start_only, NULL, NULL), ==, 0);
  g_assert_cmpuint (lineup_conflicts_overlap (tutorial, untimed, NULL, NULL), ==, 0);
}

/* Many starred sessions: the update agrees with the brute force too. */
static void
test_update_random (void)
{
  g_autoptr(GTimeZone) tz = chicago ();
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231106);
  guint total = 0;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree gchar *id = g_strdup_printf ("s%03u", i);
      gint start = g_rand_int_range (rand, 0, 4 * 10 * 60);   /* minutes over 4 days */
      gint len = g_rand_int_range (rand, 0, 4) * 15;           /* 0 = no end */
      g_autoptr(GDateTime) t0 = g_date_time_new (tz, 2023, 11, 6, 8, 0, 0);
      g_autoptr(GDateTime) s = g_date_time_add_minutes (t0, (start / 600) * 24 * 60
                                                        + (start % 600) / 5 * 5);
      g_autoptr(GDateTime) e = len ? g_date_time_add_minutes (s, len) : NULL;
      LineupSession *session = lineup_session_new (id, id);

      lineup_session_set_times (session, s, e);
      lineup_session_set_starred (session, g_rand_boolean (rand));
      g_ptr_array_add (sessions, session);
    }
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  lineup_conflicts_update (schedule);

  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *a = lineup_schedule_get_session (schedule, i);
      g_autoptr(GPtrArray) expected = g_ptr_array_new ();

      for (guint j = 0; j < lineup_schedule_get_n_sessions (schedule); j++)
        {
          LineupSession *b = lineup_schedule_get_session (schedule, j);
          GDateTime *sa = lineup_session_get_start (a), *sb = lineup_session_get_start (b);
          g_autoptr(GDateTime) ea = NULL;
          g_autoptr(GDateTime) eb = NULL;

          if (i == j || !lineup_session_get_starred (a) || !lineup_session_get_starred (b))
            continue;
          ea = lineup_session_get_end (a) ? g_date_time_ref (lineup_session_get_end (a))
                                          : g_date_time_add (sa, 1);
          eb = lineup_session_get_end (b) ? g_date_time_ref (lineup_session_get_end (b))
                                          : g_date_time_add (sb, 1);
          if (g_date_time_compare (sa, eb) < 0 && g_date_time_compare (sb, ea) < 0)
            g_ptr_array_add (expected, (gpointer) lineup_session_get_id (b));
        }
      g_ptr_array_add (expected, NULL);

      g_assert_true (g_strv_equal ((const gchar * const *) expected->pdata,
                                   lineup_session_get_conflicts (a)));
      total += expected->len - 1;
    }
  g_assert_cmpuint (total, >, 50);
}

static gint
compare_sessions_cb (gconstpointer a,
                     gconstpointer b)
{
  return lineup_session_compare (*(LineupSession **) a, *(LineupSession **) b);
}

/* What the update must give @a: the starred, timed sessions it overlaps,
 * in the order of lineup_session_compare (brute force). */
static GStrv
expected_conflicts (LineupSchedule *schedule,
                    LineupSession  *a)
{
  g_autoptr(GStrvBuilder) out = g_strv_builder_new ();
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  gint64 sa, ea;
  gboolean has_end;

  if (!lineup_session_get_starred (a) || !lineup_session_get_times_usec (a, &sa, &ea, &has_end))
    return g_strv_builder_end (out);
  if (ea <= sa)
    ea = sa + 1;

  for (guint j = 0; j < lineup_schedule_get_n_sessions (schedule); j++)
    {
      LineupSession *b = lineup_schedule_get_session (schedule, j);

      if (b != a && lineup_session_get_starred (b) && lineup_session_get_start (b) != NULL)
        g_ptr_array_add (others, b);
    }
  g_ptr_array_sort (others, compare_sessions_cb);

  for (guint j = 0; j < others->len; j++)
    {
      LineupSession *b = g_ptr_array_index (others, j);
      gint64 sb, eb;

      g_assert_true (lineup_session_get_times_usec (b, &sb, &eb, &has_end));
      if (eb <= sb)
        eb = sb + 1;
      if (sa < eb && sb < ea)
        g_strv_builder_add (out, lineup_session_get_id (b));
    }
  return g_strv_builder_end (out);
}

static void
record_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  gpointer    data)
{
  g_ptr_array_add (data, object);
}

/* 5-minute steps over two days, lasting 0 (no end), 5, 10, … 60 minutes:
 * ties and touching ends are common. */
static LineupSession *
random_session (GRand       *rand,
                GTimeZone   *tz,
                const gchar *id)
{
  LineupSession *session = lineup_session_new (id, id);

  if (g_rand_int_range (rand, 0, 20) != 0)
    {
      gint minutes = g_rand_int_range (rand, 0, 2 * 12 * 12) * 5;
      gint length = g_rand_int_range (rand, 0, 13) * 5;
      g_autoptr(GDateTime) t0 = g_date_time_new (tz, 2023, 11, 6, 8, 0, 0);
      g_autoptr(GDateTime) start = g_date_time_add_minutes (t0, minutes);
      g_autoptr(GDateTime) end = length ? g_date_time_add_minutes (start, length) : NULL;

      lineup_session_set_times (session, start, end);
    }
  lineup_session_set_line (session, g_rand_int_range (rand, 0, 4));
  lineup_session_set_starred (session, g_rand_int_range (rand, 0, 3) != 0);
  return session;
}

typedef enum
{
  MUTATE_STARS,      /* star and unstar a few */
  MUTATE_TIMES,      /* move a few: the schedule is no longer in time order */
  MUTATE_FOREIGN,    /* someone else set a session's list */
  MUTATE_REPLACE,    /* new sessions in the schedule, some of the old kept */
  MUTATE_NOTHING,
} Mutation;

static void
watch_sessions (LineupSchedule *schedule,
                GPtrArray      *order)
{
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      g_signal_handlers_disconnect_by_func (session, record_notify_cb, order);
      g_signal_connect (session, "notify::conflicts", G_CALLBACK (record_notify_cb), order);
    }
}

/* Rounds of changes between updates, each checked against the brute force:
 * every list right, a session notified once exactly when its list changed,
 * the notifications in schedule order, and none when nothing changed. */
static void
test_update_mutations (void)
{
  static const Mutation rounds[] = {
    MUTATE_NOTHING, MUTATE_STARS, MUTATE_STARS, MUTATE_TIMES, MUTATE_NOTHING, MUTATE_FOREIGN,
    MUTATE_STARS, MUTATE_REPLACE, MUTATE_TIMES, MUTATE_TIMES, MUTATE_FOREIGN, MUTATE_STARS,
    MUTATE_REPLACE, MUTATE_FOREIGN, MUTATE_TIMES, MUTATE_STARS, MUTATE_NOTHING,
  };
  g_autoptr(GTimeZone) tz = chicago ();
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240229);
  guint next_id = 0;
  guint total_changed = 0;
  guint unsorted_rounds = 0;
  guint changed_by[MUTATE_NOTHING] = { 0, };

  for (; next_id < 150; next_id++)
    {
      g_autofree gchar *id = g_strdup_printf ("t%04u", next_id);

      g_ptr_array_add (sessions, random_session (rand, tz, id));
    }
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  watch_sessions (schedule, order);

  for (guint r = 0; r < G_N_ELEMENTS (rounds) * 2; r++)
    {
      Mutation mutation = rounds[r % G_N_ELEMENTS (rounds)];
      guint n = lineup_schedule_get_n_sessions (schedule);
      g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      g_autoptr(GHashTable) places = g_hash_table_new (NULL, NULL);
      guint changed = 0;
      gboolean in_order = TRUE;
      gint last_place = -1;

      /* The first update of all sets everyone's list. */
      if (r > 0)
        switch (mutation)
          {
          case MUTATE_STARS:
            for (guint k = 0; k < 6; k++)
              {
                LineupSession *s = lineup_schedule_get_session (schedule, g_rand_int_range (rand, 0, n));

                lineup_session_set_starred (s, !lineup_session_get_starred (s));
              }
            break;

          case MUTATE_TIMES:
            for (guint k = 0; k < 4; k++)
              {
                LineupSession *s = lineup_schedule_get_session (schedule, g_rand_int_range (rand, 0, n));
                g_autoptr(LineupSession) model = random_session (rand, tz, "model");

                lineup_session_set_times (s, lineup_session_get_start (model),
                                          lineup_session_get_end (model));
              }
            break;

          case MUTATE_FOREIGN:
            {
              static const gchar * const junk[] = { "t0000", "nobody", NULL };
              LineupSession *s = lineup_schedule_get_session (schedule, g_rand_int_range (rand, 0, n));
              LineupSession *t = lineup_schedule_get_session (schedule, g_rand_int_range (rand, 0, n));

              lineup_session_set_conflicts (s, junk);
              lineup_session_set_conflicts (t, NULL);
            }
            break;

          case MUTATE_REPLACE:
            sessions = g_ptr_array_new ();
            for (guint i = 0; i < n; i++)
              {
                if (g_rand_boolean (rand))
                  g_ptr_array_add (sessions, g_object_ref (lineup_schedule_get_session (schedule, i)));
              }
            for (guint k = 0; k < 60; k++, next_id++)
              {
                g_autofree gchar *id = g_strdup_printf ("t%04u", next_id);

                g_ptr_array_add (sessions, random_session (rand, tz, id));
              }
            lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
            watch_sessions (schedule, order);
            n = lineup_schedule_get_n_sessions (schedule);
            break;

          case MUTATE_NOTHING:
          default:
            break;
          }

      for (guint i = 0; i < n; i++)
        {
          LineupSession *s = lineup_schedule_get_session (schedule, i);

          g_ptr_array_add (before, g_strdupv ((gchar **) lineup_session_get_conflicts (s)));
          g_hash_table_insert (places, s, GUINT_TO_POINTER (i));
          if (i > 0 && lineup_session_compare (lineup_schedule_get_session (schedule, i - 1), s) > 0)
            in_order = FALSE;
        }
      unsorted_rounds += !in_order;

      g_ptr_array_set_size (order, 0);
      lineup_conflicts_update (schedule);

      for (guint i = 0; i < n; i++)
        {
          LineupSession *s = lineup_schedule_get_session (schedule, i);
          g_auto(GStrv) expected = expected_conflicts (schedule, s);
          gboolean differs = !g_strv_equal ((const gchar * const *) g_ptr_array_index (before, i),
                                            (const gchar * const *) expected);
          guint notified = 0;

          g_assert_true (g_strv_equal (lineup_session_get_conflicts (s),
                                       (const gchar * const *) expected));
          for (guint k = 0; k < order->len; k++)
            notified += g_ptr_array_index (order, k) == s;
          g_assert_cmpuint (notified, ==, differs ? 1 : 0);
          changed += differs;
        }
      g_assert_cmpuint (order->len, ==, changed);
      for (guint k = 0; k < order->len; k++)
        {
          gint place = GPOINTER_TO_INT (g_hash_table_lookup (places, g_ptr_array_index (order, k)));

          g_assert_cmpint (place, >, last_place);
          last_place = place;
        }
      if (r > 0 && mutation == MUTATE_NOTHING)
        g_assert_cmpuint (changed, ==, 0);
      else if (r > 0)
        changed_by[mutation] += changed;
      total_changed += changed;

      /* Again: nothing changed, nobody is notified. */
      g_ptr_array_set_size (order, 0);
      lineup_conflicts_update (schedule);
      g_assert_cmpuint (order->len, ==, 0);
    }
  /* Every kind of change made some list change. */
  for (guint m = 0; m < MUTATE_NOTHING; m++)
    g_assert_cmpuint (changed_by[m], >, 0);
  g_assert_cmpuint (unsorted_rounds, >, 3);
  g_assert_cmpuint (total_changed, >, 100);
}

typedef struct
{
  LineupSchedule *schedule;
  GTimeZone      *tz;
  guint           calls;
} Replacer;

static void
replace_sessions_cb (GObject    *object,
                     GParamSpec *pspec,
                     gpointer    data)
{
  Replacer *replacer = data;
  GPtrArray *sessions = g_ptr_array_new ();

  if (replacer->calls++ > 0)
    return;
  /* The same talks again as new objects, every one starred. */
  for (guint i = 0; i < 4; i++)
    {
      g_autofree gchar *id = g_strdup_printf ("new%u", i);
      LineupSession *session = make_session (id, replacer->tz, 12, 0, 12, 30);

      lineup_session_set_starred (session, TRUE);
      g_ptr_array_add (sessions, session);
    }
  lineup_schedule_take_sessions (replacer->schedule, sessions);
}

/* A handler of the first notification replaces every session: the update
 * stops there (it would otherwise give the new sessions the old ones'
 * lists), and the next one sets the new sessions' lists.  The old sessions
 * are kept alive here, as whoever watches them would: dropping the last
 * reference to an object while it notifies is an error in itself. */
static void
test_update_replaced_while_notifying (void)
{
  g_autoptr(GTimeZone) tz = chicago ();
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);
  Replacer replacer = { schedule, tz, 0 };
  static const Expect expect[] = {
    { "new0", "new1 new2 new3" }, { "new1", "new0 new2 new3" },
    { "new2", "new0 new1 new3" }, { "new3", "new0 new1 new2" },
  };

  for (guint i = 0; i < 4; i++)
    {
      g_autofree gchar *id = g_strdup_printf ("old%u", i);
      LineupSession *session = make_session (id, tz, 9, 0, 10, 0);

      lineup_session_set_starred (session, TRUE);
      g_signal_connect (session, "notify::conflicts", G_CALLBACK (replace_sessions_cb), &replacer);
      g_ptr_array_add (sessions, session);
      g_ptr_array_add (old, g_object_ref (session));
    }
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));

  lineup_conflicts_update (schedule);
  g_assert_cmpuint (replacer.calls, ==, 1);
  /* The first old one was set, then nobody. */
  g_assert_cmpuint (lineup_session_get_n_conflicts (g_ptr_array_index (old, 0)), ==, 3);
  for (guint i = 1; i < old->len; i++)
    g_assert_cmpuint (lineup_session_get_n_conflicts (g_ptr_array_index (old, i)), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    g_assert_cmpuint (lineup_session_get_n_conflicts (lineup_schedule_find (schedule, expect[i].id)),
                      ==, 0);

  lineup_conflicts_update (schedule);
  assert_conflicts (schedule, expect, G_N_ELEMENTS (expect));
  g_assert_cmpuint (replacer.calls, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conflicts/find/random-vs-brute-force", test_random_vs_brute_force);
  g_test_add_func ("/conflicts/find/edge-cases", test_edge_cases);
  g_test_add_func ("/conflicts/find/empty", test_empty_input);
  g_test_add_func ("/conflicts/update/starred-timed", test_update);
  g_test_add_func ("/conflicts/update/time-zones", test_update_time_zones);
  g_test_add_func ("/conflicts/overlap", test_overlap);
  g_test_add_func ("/conflicts/update/random", test_update_random);
  g_test_add_func ("/conflicts/update/mutations", test_update_mutations);
  g_test_add_func ("/conflicts/update/replaced-while-notifying",
                   test_update_replaced_while_notifying);

  return g_test_run ();
}
