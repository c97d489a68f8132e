/* test-plan.c — conflict groups, what fits in a window, the suggested plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-plan"

#include "config.h"

#include <math.h>

#include "lineup-core.h"
#include "lineup-plan.h"
#include "lineup-plan-private.h"

#define UNTIMED (-1)
#define NO_END  (-1)
#define AT(h, m) ((h) * 60 + (m))

/* A talk on 2023-11-06 (UTC), its times in minutes after midnight: start
 * UNTIMED for none, end NO_END for none. */
static LineupSession *
talk (const gchar *id,
      gint         start,
      gint         end,
      const gchar *room,
      const gchar *track)
{
  LineupSession *session = lineup_session_new (id, id);

  if (start != UNTIMED)
    {
      g_autoptr(GDateTime) day = g_date_time_new_utc (2023, 11, 6, 0, 0, 0);
      g_autoptr(GDateTime) s = g_date_time_add_minutes (day, start);
      g_autoptr(GDateTime) e = end != NO_END ? g_date_time_add_minutes (day, end) : NULL;

      lineup_session_set_times (session, s, e);
    }
  lineup_session_set_room (session, room);
  lineup_session_set_track (session, track);
  return session;
}

static gint64
usec_at (gint minutes)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (2023, 11, 6, 0, 0, 0);

  return (g_date_time_to_unix (day) + (gint64) minutes * 60) * G_USEC_PER_SEC;
}

/* The ids of @sessions, "a b c". */
static gchar *
ids_of (GPtrArray *sessions)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < sessions->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            lineup_session_get_id (g_ptr_array_index (sessions, i)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The groups as "a b c | d e". */
static gchar *
groups_text (GPtrArray *groups)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      g_autofree gchar *ids = ids_of (g_ptr_array_index (groups, i));

      g_string_append_printf (text, "%s%s", i > 0 ? " | " : "", ids);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
owned (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* The sweep's interval of a talk: an instant is [start, start + 1). */
static gboolean
interval_of (LineupSession *session,
             gint64        *start,
             gint64        *end)
{
  gboolean has_end;

  if (!lineup_session_get_times_usec (session, start, end, &has_end))
    return FALSE;
  if (*end <= *start)
    *end = *start + 1;
  return TRUE;
}

static gboolean
overlap (LineupSession *a,
         LineupSession *b)
{
  gint64 sa, ea, sb, eb;

  return interval_of (a, &sa, &ea) && interval_of (b, &sb, &eb) && sa < eb && sb < ea;
}

/* Conflict groups ------------------------------------------------------------ */

static void
test_groups_chain (void)
{
  g_autoptr(GPtrArray) sessions = owned ();
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree gchar *text = NULL;

  /* Given out of order: A-B and B-C overlap, A and C do not. */
  g_ptr_array_add (sessions, talk ("C", AT (11, 15), AT (12, 0), NULL, NULL));
  g_ptr_array_add (sessions, talk ("F", AT (14, 10), AT (14, 20), NULL, NULL));
  g_ptr_array_add (sessions, talk ("A", AT (10, 0), AT (11, 0), NULL, NULL));
  g_ptr_array_add (sessions, talk ("D", AT (13, 0), AT (13, 30), NULL, NULL));
  g_ptr_array_add (sessions, talk ("B", AT (10, 30), AT (11, 30), NULL, NULL));
  g_ptr_array_add (sessions, talk ("E", AT (14, 0), AT (14, 30), NULL, NULL));
  g_ptr_array_add (sessions, talk ("U", UNTIMED, NO_END, NULL, NULL));

  groups = lineup_plan_conflict_groups (sessions);
  text = groups_text (groups);
  g_assert_cmpstr (text, ==, "A B C | E F");
}

typedef struct
{
  const gchar *name;
  gint         times[4][2];   /* start, end; a start of -2 ends the list */
  const gchar *expected;
} GroupCase;

static const GroupCase group_cases[] = {
  { "touching", { { AT (12, 0), AT (12, 15) }, { AT (12, 15), AT (12, 30) }, { -2 } }, "" },
  { "touching both sides",
    { { AT (12, 15), AT (12, 30) }, { AT (12, 0), AT (12, 15) }, { AT (12, 30), AT (12, 45) },
      { -2 } }, "" },
  { "one minute over", { { AT (12, 0), AT (12, 16) }, { AT (12, 15), AT (12, 30) }, { -2 } },
    "t0 t1" },
  { "untimed ignored",
    { { UNTIMED, NO_END }, { UNTIMED, NO_END }, { AT (12, 0), AT (12, 30) }, { -2 } }, "" },
  { "instant inside", { { AT (12, 0), AT (12, 30) }, { AT (12, 15), NO_END }, { -2 } },
    "t0 t1" },
  { "instant at the end", { { AT (12, 0), AT (12, 30) }, { AT (12, 30), NO_END }, { -2 } }, "" },
  { "instant at the start", { { AT (12, 0), AT (12, 30) }, { AT (12, 0), NO_END }, { -2 } },
    "t1 t0" },
  { "same times", { { AT (9, 0), AT (9, 30) }, { AT (9, 0), AT (9, 30) }, { -2 } }, "t0 t1" },
  { "nested", { { AT (9, 0), AT (12, 0) }, { AT (9, 30), AT (10, 0) }, { AT (11, 0), AT (11, 30) },
                { AT (12, 0), AT (13, 0) } }, "t0 t1 t2" },
};

static void
test_groups_edge_cases (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (group_cases); c++)
    {
      const GroupCase *gc = &group_cases[c];
      g_autoptr(GPtrArray) sessions = owned ();
      g_autoptr(GPtrArray) groups = NULL;
      g_autofree gchar *text = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (gc->times) && gc->times[i][0] != -2; i++)
        {
          g_autofree gchar *id = g_strdup_printf ("t%u", i);

          g_ptr_array_add (sessions, talk (id, gc->times[i][0], gc->times[i][1], NULL, NULL));
        }
      groups = lineup_plan_conflict_groups (sessions);
      text = groups_text (groups);
      g_test_message ("%s: %s", gc->name, text);
      g_assert_cmpstr (text, ==, gc->expected);
    }
}

/* Random talks on a 5-minute grid over a few hours: ties, touching ends,
 * instants and untimed ones. */
static LineupSession *
random_talk (GRand *rand,
             guint  i,
             gint   hours)
{
  g_autofree gchar *id = g_strdup_printf ("t%02u", i);
  gint start = g_rand_int_range (rand, 0, hours * 12) * 5 + AT (9, 0);
  gint length = g_rand_int_range (rand, 0, 13) * 5;

  if (g_rand_int_range (rand, 0, 15) == 0)
    return talk (id, UNTIMED, NO_END, NULL, NULL);
  return talk (id, start, length == 0 ? NO_END : start + length, NULL, NULL);
}

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

static gint
compare_sessions_by_start (gconstpointer a,
                           gconstpointer b,
                           gpointer      data)
{
  GHashTable *index = data;
  LineupSession *x = *(LineupSession **) a;
  LineupSession *y = *(LineupSession **) b;
  gint64 sx, ex, sy, ey;
  guint ix = GPOINTER_TO_UINT (g_hash_table_lookup (index, x));
  guint iy = GPOINTER_TO_UINT (g_hash_table_lookup (index, y));

  interval_of (x, &sx, &ex);
  interval_of (y, &sy, &ey);
  if (sx != sy)
    return sx < sy ? -1 : 1;
  if (ex != ey)
    return ex < ey ? -1 : 1;
  return ix < iy ? -1 : ix > iy;
}

static gint
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  GPtrArray *x = *(GPtrArray **) a;
  GPtrArray *y = *(GPtrArray **) b;

  return compare_sessions_by_start (&x->pdata[0], &y->pdata[0], data);
}

/* Union-find over every overlapping pair, O(n²): the definition. */
static GPtrArray *
brute_force_groups (GPtrArray *sessions)
{
  g_autofree guint *parent = g_new (guint, MAX (sessions->len, 1));
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) by_root = g_ptr_array_new_with_free_func (
    (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < sessions->len; i++)
    {
      parent[i] = i;
      g_hash_table_insert (index, sessions->pdata[i], GUINT_TO_POINTER (i));
      g_ptr_array_add (by_root, g_ptr_array_new ());
    }
  for (guint a = 0; a < sessions->len; a++)
    for (guint b = a + 1; b < sessions->len; b++)
      if (overlap (sessions->pdata[a], sessions->pdata[b]))
        parent[find_root (parent, a)] = find_root (parent, b);
  for (guint i = 0; i < sessions->len; i++)
    g_ptr_array_add (by_root->pdata[find_root (parent, i)], sessions->pdata[i]);
  for (guint i = 0; i < sessions->len; i++)
    {
      GPtrArray *group = by_root->pdata[i];

      if (group->len < 2)
        continue;
      g_ptr_array_sort_with_data (group, compare_sessions_by_start, index);
      g_ptr_array_add (groups, g_ptr_array_ref (group));
    }
  g_ptr_array_sort_with_data (groups, compare_groups, index);
  return groups;
}

static void
test_groups_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231106);
  guint with_groups = 0, with_several = 0;

  for (guint c = 0; c < 200; c++)
    {
      g_autoptr(GPtrArray) sessions = owned ();
      g_autoptr(GPtrArray) got = NULL;
      g_autoptr(GPtrArray) expected = NULL;
      g_autofree gchar *got_text = NULL;
      g_autofree gchar *expected_text = NULL;
      guint n = g_rand_int_range (rand, 0, 31);
      gint hours = g_rand_int_range (rand, 1, 9);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (sessions, random_talk (rand, i, hours));
      got = lineup_plan_conflict_groups (sessions);
      expected = brute_force_groups (sessions);
      got_text = groups_text (got);
      expected_text = groups_text (expected);
      g_assert_cmpstr (got_text, ==, expected_text);
      /* Pointers, not only ids. */
      for (guint g = 0; g < got->len; g++)
        {
          GPtrArray *a = got->pdata[g], *b = expected->pdata[g];

          g_assert_cmpuint (a->len, ==, b->len);
          for (guint i = 0; i < a->len; i++)
            g_assert_true (a->pdata[i] == b->pdata[i]);
        }
      with_groups += expected->len > 0;
      with_several += expected->len > 1;
    }
  /* The cases are not vacuous. */
  g_assert_cmpuint (with_groups, >, 100);
  g_assert_cmpuint (with_several, >, 50);
}

static void
test_groups_empty (void)
{
  g_autoptr(GPtrArray) sessions = owned ();
  g_autoptr(GPtrArray) groups = lineup_plan_conflict_groups (sessions);

  g_assert_cmpuint (groups->len, ==, 0);
}

/* What fits ------------------------------------------------------------------ */

static gchar *
fits_text (GPtrArray *candidates,
           GPtrArray *going,
           gint       start,
           gint       end,
           guint      minutes)
{
  g_autoptr(GPtrArray) fits = lineup_plan_fits (candidates, going, usec_at (start),
                                                usec_at (end), minutes);

  return ids_of (fits);
}

static void
test_fits_room_change (void)
{
  g_autoptr(GPtrArray) going = owned ();
  g_autoptr(GPtrArray) candidates = owned ();
  g_autofree gchar *with_5 = NULL;
  g_autofree gchar *with_0 = NULL;

  /* The window 12:30–13:30, between P (Room A) and N (Room A). */
  g_ptr_array_add (going, talk ("P", AT (12, 0), AT (12, 30), "Room A", "T"));
  g_ptr_array_add (going, talk ("N", AT (13, 30), AT (14, 0), "Room A", "T"));
  /* Another room, 2 minutes after P ends. */
  g_ptr_array_add (candidates, talk ("X", AT (12, 32), AT (13, 0), "Room B", "T"));
  /* The same room, right after P. */
  g_ptr_array_add (candidates, talk ("Y", AT (12, 30), AT (13, 0), "Room A", "T"));
  /* Another room, ending 2 minutes before N starts. */
  g_ptr_array_add (candidates, talk ("Z", AT (13, 0), AT (13, 28), "Room B", "T"));
  /* Another room, 5 minutes either side. */
  g_ptr_array_add (candidates, talk ("W", AT (12, 35), AT (13, 25), "Room B", "T"));
  /* Not inside the window, without an end, untimed. */
  g_ptr_array_add (candidates, talk ("late", AT (13, 0), AT (13, 31), "Room A", "T"));
  g_ptr_array_add (candidates, talk ("early", AT (12, 29), AT (12, 50), "Room A", "T"));
  g_ptr_array_add (candidates, talk ("instant", AT (12, 40), NO_END, "Room A", "T"));
  g_ptr_array_add (candidates, talk ("untimed", UNTIMED, NO_END, "Room A", "T"));
  /* A going talk is in the plan already. */
  g_ptr_array_add (candidates, g_object_ref (going->pdata[1]));

  /* Best fit first: W leaves 10 minutes, Y 30, X and Z 32 (X starts first). */
  with_5 = fits_text (candidates, going, AT (12, 30), AT (13, 30), 5);
  g_assert_cmpstr (with_5, ==, "W Y");
  with_0 = fits_text (candidates, going, AT (12, 30), AT (13, 30), 0);
  g_assert_cmpstr (with_0, ==, "W Y X Z");
}

static void
test_fits_tracks (void)
{
  g_autoptr(GPtrArray) going = owned ();
  g_autoptr(GPtrArray) candidates = owned ();
  g_autofree gchar *text = NULL;
  g_autofree gchar *without_going = NULL;

  /* No rooms: the track is the place. */
  g_ptr_array_add (going, talk ("P", AT (10, 0), AT (11, 0), NULL, "Main"));
  g_ptr_array_add (candidates, talk ("same-track", AT (11, 0), AT (11, 30), NULL, "Main"));
  g_ptr_array_add (candidates, talk ("other-track", AT (11, 2), AT (11, 30), NULL, "Side"));
  g_ptr_array_add (candidates, talk ("other-later", AT (11, 5), AT (11, 30), NULL, "Side"));
  /* A room on one side only: the tracks decide. */
  g_ptr_array_add (candidates, talk ("room-one-side", AT (11, 1), AT (11, 30), "R1", "Main"));

  text = fits_text (candidates, going, AT (11, 0), AT (12, 0), 5);
  g_assert_cmpstr (text, ==, "same-track room-one-side other-later");
  /* Without going talks, nothing stands in the way. */
  without_going = fits_text (candidates, NULL, AT (11, 0), AT (12, 0), 5);
  g_assert_cmpstr (without_going, ==, "same-track room-one-side other-track other-later");
}

static void
test_fits_order_and_overlap (void)
{
  g_autoptr(GPtrArray) going = owned ();
  g_autoptr(GPtrArray) candidates = owned ();
  g_autofree gchar *text = NULL;
  g_autofree gchar *reversed = NULL;
  g_autofree gchar *empty = NULL;

  /* A going talk inside the window: what overlaps it does not fit. */
  g_ptr_array_add (going, talk ("G", AT (15, 0), AT (15, 30), "R", NULL));
  g_ptr_array_add (candidates, talk ("b", AT (14, 0), AT (14, 30), "R", NULL));
  g_ptr_array_add (candidates, talk ("a", AT (14, 0), AT (14, 30), "R", NULL));
  g_ptr_array_add (candidates, talk ("c", AT (14, 30), AT (15, 0), "R", NULL));
  g_ptr_array_add (candidates, talk ("long", AT (14, 0), AT (15, 0), "R", NULL));
  g_ptr_array_add (candidates, talk ("clash", AT (14, 45), AT (15, 15), "R", NULL));
  g_ptr_array_add (candidates, talk ("after", AT (15, 30), AT (16, 0), "R", NULL));

  /* Same unused time: the earlier start, then the id. */
  text = fits_text (candidates, going, AT (14, 0), AT (16, 0), 5);
  g_assert_cmpstr (text, ==, "long a b c after");
  reversed = fits_text (candidates, going, AT (16, 0), AT (14, 0), 5);
  g_assert_cmpstr (reversed, ==, "");
  empty = fits_text (candidates, going, AT (14, 0), AT (14, 0), 5);
  g_assert_cmpstr (empty, ==, "");
}

/* The suggested plan ------------------------------------------------------- */

static void
test_suggest_examples (void)
{
  g_autoptr(GPtrArray) going = owned ();
  g_autoptr(GPtrArray) maybe = owned ();
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) plan2 = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree gchar *text = NULL;
  g_autofree gchar *text2 = NULL;

  /* One going talk outweighs any number of maybe talks. */
  g_ptr_array_add (going, talk ("G", AT (10, 0), AT (12, 0), NULL, NULL));
  g_ptr_array_add (maybe, talk ("m1", AT (10, 0), AT (10, 30), NULL, NULL));
  g_ptr_array_add (maybe, talk ("m2", AT (10, 30), AT (11, 0), NULL, NULL));
  g_ptr_array_add (maybe, talk ("m3", AT (11, 0), AT (11, 30), NULL, NULL));
  /* Touching is not overlapping. */
  g_ptr_array_add (maybe, talk ("m4", AT (12, 0), AT (12, 30), NULL, NULL));
  g_ptr_array_add (maybe, talk ("untimed", UNTIMED, NO_END, NULL, NULL));
  plan = lineup_plan_suggest (going, maybe);
  text = ids_of (plan);
  g_assert_cmpstr (text, ==, "G m4");

  /* Two going talks that clash: one is kept, the one that lets more maybe
   * talks in; a talk both going and maybe counts as going. */
  g_ptr_array_add (going, talk ("H", AT (11, 0), AT (13, 0), NULL, NULL));
  g_ptr_array_add (maybe, g_object_ref (going->pdata[1]));
  plan2 = lineup_plan_suggest (going, maybe);
  text2 = ids_of (plan2);
  g_assert_cmpstr (text2, ==, "m1 m2 H");

  none = lineup_plan_suggest (NULL, NULL);
  g_assert_cmpuint (none->len, ==, 0);
}

typedef struct
{
  gint64   start;
  gint64   end;
  gboolean going;
} Pick;

/* The best (going, maybe) counts over every set of picks without overlaps:
 * picks sorted by start, each taken or not; taking needs it to start at or
 * after every end taken so far. */
static void
exhaustive (const Pick *picks,
            guint       n,
            guint       i,
            gint64      reach,
            guint       n_going,
            guint       n_maybe,
            guint      *best_going,
            guint      *best_maybe)
{
  if (i == n)
    {
      if (n_going > *best_going || (n_going == *best_going && n_maybe > *best_maybe))
        {
          *best_going = n_going;
          *best_maybe = n_maybe;
        }
      return;
    }
  if (picks[i].start >= reach)
    exhaustive (picks, n, i + 1, MAX (reach, picks[i].end), n_going + picks[i].going,
                n_maybe + !picks[i].going, best_going, best_maybe);
  exhaustive (picks, n, i + 1, reach, n_going, n_maybe, best_going, best_maybe);
}

static gint
compare_picks (gconstpointer a,
               gconstpointer b)
{
  const Pick *x = a;
  const Pick *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* The distinct timed picks of @going and @maybe, going when in @going. */
static GArray *
distinct_picks (GPtrArray *going,
                GPtrArray *maybe)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *picks = g_array_new (FALSE, FALSE, sizeof (Pick));

  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *array = pass == 0 ? going : maybe;

      for (guint i = 0; i < array->len; i++)
        {
          Pick pick = { 0, 0, pass == 0 };

          if (g_hash_table_add (seen, array->pdata[i])
              && interval_of (array->pdata[i], &pick.start, &pick.end))
            g_array_append_val (picks, pick);
        }
    }
  g_array_sort (picks, compare_picks);
  return picks;
}

static void
shuffle (GRand     *rand,
         GPtrArray *array)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, (gint32) i);
      gpointer swap = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = swap;
    }
}

/* Checks @plan is a set of @going and @maybe without overlaps, in start
 * order; returns its going and maybe counts. */
static void
check_plan (GPtrArray *plan,
            GPtrArray *going,
            GPtrArray *maybe,
            guint     *n_going,
            guint     *n_maybe)
{
  *n_going = *n_maybe = 0;
  for (guint i = 0; i < plan->len; i++)
    {
      gint64 start, end, previous_start, previous_end;

      g_assert_true (interval_of (plan->pdata[i], &start, &end));
      if (g_ptr_array_find (going, plan->pdata[i], NULL))
        (*n_going)++;
      else if (g_ptr_array_find (maybe, plan->pdata[i], NULL))
        (*n_maybe)++;
      else
        g_assert_not_reached ();
      if (i == 0)
        continue;
      interval_of (plan->pdata[i - 1], &previous_start, &previous_end);
      g_assert_cmpint (previous_end, <=, start);
    }
}

static void
test_suggest_exhaustive (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240229);
  guint n_choices = 0;

  for (guint c = 0; c < 400; c++)
    {
      g_autoptr(GPtrArray) all = owned ();
      g_autoptr(GPtrArray) going = g_ptr_array_new ();
      g_autoptr(GPtrArray) maybe = g_ptr_array_new ();
      g_autoptr(GPtrArray) plan = NULL;
      g_autoptr(GPtrArray) again = NULL;
      g_autoptr(GArray) picks = NULL;
      guint n = c < 19 ? c : (guint) g_rand_int_range (rand, 0, 19);
      gint hours = g_rand_int_range (rand, 1, 7);
      guint best_going = 0, best_maybe = 0, n_going, n_maybe;

      for (guint i = 0; i < n; i++)
        {
          LineupSession *session = random_talk (rand, i, hours);
          gint32 kind = g_rand_int_range (rand, 0, 10);

          g_ptr_array_add (all, session);
          /* Going, maybe, or (now and then) both. */
          if (kind < 4 || kind == 9)
            g_ptr_array_add (going, session);
          if (kind >= 4)
            g_ptr_array_add (maybe, session);
        }
      plan = lineup_plan_suggest (going, maybe);
      picks = distinct_picks (going, maybe);
      exhaustive ((const Pick *) (gpointer) picks->data, picks->len, 0, G_MININT64, 0, 0,
                  &best_going, &best_maybe);
      check_plan (plan, going, maybe, &n_going, &n_maybe);
      g_assert_cmpuint (n_going, ==, best_going);
      g_assert_cmpuint (n_maybe, ==, best_maybe);
      n_choices += best_going > 0 && best_maybe > 0 && plan->len < picks->len;

      /* The same plan whatever the order of the input. */
      shuffle (rand, going);
      shuffle (rand, maybe);
      again = lineup_plan_suggest (going, maybe);
      g_assert_cmpuint (again->len, ==, plan->len);
      for (guint i = 0; i < plan->len; i++)
        g_assert_true (again->pdata[i] == plan->pdata[i]);
    }
  /* Many cases had to leave talks out of both kinds. */
  g_assert_cmpuint (n_choices, >, 150);
}

static guint64
work_for (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  g_autoptr(GPtrArray) all = owned ();
  g_autoptr(GPtrArray) going = g_ptr_array_new ();
  g_autoptr(GPtrArray) maybe = g_ptr_array_new ();
  g_autoptr(GPtrArray) plan = NULL;
  guint64 work = 0;

  for (guint i = 0; i < n; i++)
    {
      /* As dense for every n: about 24 talks at a time. */
      LineupSession *session = random_talk (rand, i, MAX (1, (gint) n / 48));

      g_ptr_array_add (all, session);
      g_ptr_array_add (g_rand_boolean (rand) ? going : maybe, session);
    }
  plan = lineup_plan_suggest_counted (going, maybe, &work);
  g_assert_cmpuint (plan->len, >, 0);
  return work;
}

/* Counted work, not time: n log n grows 4 × log 4n / log n ≈ 4.7 times
 * from 2 000 talks to 8 000, n² 16 times. */
static void
test_suggest_growth (void)
{
  guint n = 2000;
  guint64 small = work_for (n);
  guint64 large = work_for (4 * n);
  gdouble ratio = (gdouble) large / (gdouble) small;

  g_test_message ("work: %" G_GUINT64_FORMAT " for %u talks, %" G_GUINT64_FORMAT
                  " for %u: %.2f times", small, n, large, 4 * n, ratio);
  g_assert_cmpfloat (ratio, <, 6.0);
  /* And a bound on each: a few steps per talk and level of the sort. */
  g_assert_cmpuint (small, <=, (guint64) (4 * n * log2 (n)));
  g_assert_cmpuint (large, <=, (guint64) (4 * 4 * n * log2 (4 * n)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/groups/chain", test_groups_chain);
  g_test_add_func ("/plan/groups/edge-cases", test_groups_edge_cases);
  g_test_add_func ("/plan/groups/random-vs-brute-force", test_groups_random);
  g_test_add_func ("/plan/groups/empty", test_groups_empty);
  g_test_add_func ("/plan/fits/room-change", test_fits_room_change);
  g_test_add_func ("/plan/fits/tracks", test_fits_tracks);
  g_test_add_func ("/plan/fits/order-and-overlap", test_fits_order_and_overlap);
  g_test_add_func ("/plan/suggest/examples", test_suggest_examples);
  g_test_add_func ("/plan/suggest/exhaustive", test_suggest_exhaustive);
  g_test_add_func ("/plan/suggest/growth", test_suggest_growth);

  return g_test_run ();
}
