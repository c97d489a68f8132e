/* test-search-index.c — LineupSearchIndex answers as lineup_session_matches()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lineup-core.h"

/* Helpers ---------------------------------------------------------------- */

/* Checks that @index keeps exactly the talks of @schedule that
 * lineup_session_matches() keeps for @words; returns how many. */
static guint
assert_agrees (LineupSchedule      *schedule,
               LineupSearchIndex   *index,
               const gchar * const *words)
{
  guint n = lineup_schedule_get_n_sessions (schedule);
  g_autofree guint8 *hits = g_malloc (MAX (n, 1));
  guint expected = 0;
  guint count;

  g_assert_cmpuint (lineup_search_index_get_n_talks (index), ==, n);
  /* Not 0 or 1: every byte must be written. */
  memset (hits, 0xAA, MAX (n, 1));
  count = lineup_search_index_match (index, words, hits);
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      gboolean want = lineup_session_matches (session, words);

      if (hits[i] != want)
        {
          g_autofree gchar *joined = words ? g_strjoinv ("|", (gchar **) words) : NULL;

          g_error ("talk %u (%s) for words “%s”: index says %u, lineup_session_matches %d",
                   i, lineup_session_get_id (session), joined ? joined : "(none)", hits[i],
                   want);
        }
      expected += want;
    }
  g_assert_cmpuint (count, ==, expected);
  return count;
}

static LineupSession *
make_session (const gchar *id,
              const gchar *title,
              const gchar *speaker,
              const gchar *description)
{
  LineupSession *session = lineup_session_new (id, title);

  if (speaker != NULL)
    {
      g_autoptr(GPtrArray) speakers = NULL;

      speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);

      g_ptr_array_add (speakers, lineup_speaker_new (speaker, NULL));
      lineup_session_set_speakers (session, speakers);
    }
  if (description != NULL)
    lineup_session_set_description (session, description);
  return session;
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const gchar * const *) a, *(const gchar * const *) b);
}

static LineupSchedule *
hand_made_schedule (void)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (sessions, make_session ("a", "Alpha foo", "Zoë Müller", "Ends with bar"));
  g_ptr_array_add (sessions, make_session ("b", "Baz qux", NULL, NULL));
  g_ptr_array_add (sessions, make_session ("c", "BGP at scale", "Ana Ramírez", "BGP and bgp"));
  g_ptr_array_add (sessions, make_session ("d", "Delta", NULL, "qux"));
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  return schedule;
}

static const gchar *
talk_id (LineupSchedule *schedule,
         guint           position)
{
  return lineup_session_get_id (lineup_schedule_get_session (schedule, position));
}

static const gchar *
talk_text (LineupSchedule *schedule,
           guint           position)
{
  return lineup_session_get_search_text (lineup_schedule_get_session (schedule, position));
}

/* The data posts ----------------------------------------------------------- */

static GPtrArray *
data_posts (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const gchar *dirs[] = { TEST_DATA_DIR, TEST_DATA_DIR "/layouts" };

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autoptr(GDir) dir = g_dir_open (dirs[d], 0, NULL);
      const gchar *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".md"))
          g_ptr_array_add (paths, g_build_filename (dirs[d], name, NULL));
    }
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);
  return paths;
}

/* The data post with the most talks. */
static LineupSchedule *
largest_post (void)
{
  g_autoptr(GPtrArray) paths = data_posts ();
  LineupSchedule *largest = NULL;

  for (guint p = 0; p < paths->len; p++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, p));
      g_autoptr(LineupSchedule) schedule = lineup_post_reader_read_file (file, NULL, NULL, NULL);

      if (schedule != NULL && (largest == NULL || lineup_schedule_get_n_sessions (schedule) >
                                                  lineup_schedule_get_n_sessions (largest)))
        g_set_object (&largest, schedule);
    }
  g_assert_nonnull (largest);
  return largest;
}

/* Queries taken from the texts themselves: words of titles (found), single
 * letters (found almost everywhere), pairs of words from two talks, and
 * pieces that straddle two neighbouring talks' texts, which must match
 * only where a text holds the whole piece. */
static GPtrArray *
queries_for (LineupSchedule *schedule)
{
  GPtrArray *queries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n = lineup_schedule_get_n_sessions (schedule);
  const gchar *letters[] = { "a", "c", "z", "é", "\n", "cilium", "kubecon", "no such word" };

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      const gchar *word[] = { letters[i], NULL };

      g_ptr_array_add (queries, g_strdupv ((gchar **) word));
    }

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      LineupSession *next = lineup_schedule_get_session (schedule, (i + 1) % n);
      const gchar *text = lineup_session_get_search_text (session);
      const gchar *next_text = lineup_session_get_search_text (next);
      g_auto(GStrv) title_words = lineup_search_words (lineup_session_get_title (session));
      g_auto(GStrv) next_words = lineup_search_words (lineup_session_get_title (next));
      gsize length = strlen (text);

      if (title_words != NULL)
        {
          g_ptr_array_add (queries, g_strdupv (title_words));
          if (next_words != NULL)
            {
              const gchar *pair[] = { title_words[0], next_words[0], NULL };

              g_ptr_array_add (queries, g_strdupv ((gchar **) pair));
            }
        }

      /* The end of this text and the start of the next. */
      {
        gsize tail = MIN (length, 4);
        g_autofree gchar *across = g_strdup_printf ("%s%.4s", text + length - tail, next_text);
        const gchar *word[] = { across, NULL };

        g_ptr_array_add (queries, g_strdupv ((gchar **) word));
      }
    }
  return queries;
}

static void
test_search_index_data_posts (void)
{
  g_autoptr(GPtrArray) paths = data_posts ();
  guint n_posts = 0;

  for (guint p = 0; p < paths->len; p++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, p));
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = lineup_post_reader_read_file (file, NULL, NULL,
                                                                         &error);
      g_autoptr(LineupSearchIndex) index = NULL;
      g_autoptr(GPtrArray) queries = NULL;
      guint n_found = 0;

      g_test_message ("post %s", (const gchar *) g_ptr_array_index (paths, p));
      /* A post that lists no talks is an error, not an empty schedule. */
      if (g_error_matches (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NO_TALKS))
        {
          g_assert_true (strstr (error->message, "no talks found") != NULL);
          continue;
        }
      g_assert_no_error (error);
      n_posts++;
      index = lineup_search_index_new (schedule);
      g_assert_true (lineup_search_index_is_complete (index));
      queries = queries_for (schedule);
      assert_agrees (schedule, index, NULL);
      for (guint q = 0; q < queries->len; q++)
        n_found += assert_agrees (schedule, index, g_ptr_array_index (queries, q));
      /* The queries do find talks (unless the post lists none). */
      if (lineup_schedule_get_n_sessions (schedule) > 0)
        g_assert_cmpuint (n_found, >, 0);
    }
  g_assert_cmpuint (n_posts, >, 4);
}

/* Tricky cases --------------------------------------------------------------- */

static void
test_search_index_cases (void)
{
  g_autoptr(LineupSchedule) schedule = hand_made_schedule ();
  g_autoptr(LineupSearchIndex) index = lineup_search_index_new (schedule);
  struct {
    const gchar *typed;
    const gchar *ids;     /* the talks kept, by id */
  } table[] = {
    { "", "a b c d" },
    { "   ", "a b c d" },
    { "qux", "b d" },
    { "QUX", "b d" },
    { "qux qux", "b d" },
    { "qux delta", "d" },
    { "delta qux", "d" },
    { "zoe", "a" },
    { "Zoë MÜLLER", "a" },
    { "ramirez bgp", "c" },
    { "bgp bgp bgp", "c" },
    { "a", "a b c d" },
    /* "Ends with bar" ends talk a; "Baz qux" starts talk b. */
    { "barbaz", "" },
    { "bar baz", "" },
    { "foo bar", "a" },
    { "alpha foo\nzoe", "a" },
    { "nothing", "" },
  };

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_auto(GStrv) words = lineup_search_words (table[i].typed);
      g_autofree guint8 *hits = g_malloc0 (4);
      g_autoptr(GPtrArray) kept = g_ptr_array_new ();
      g_autofree gchar *joined = NULL;
      guint count;

      g_test_message ("query “%s”", table[i].typed);
      count = lineup_search_index_match (index, (const gchar * const *) words, hits);
      for (guint t = 0; t < 4; t++)
        if (hits[t])
          g_ptr_array_add (kept, (gpointer) talk_id (schedule, t));
      g_ptr_array_sort (kept, (GCompareFunc) compare_strings);
      g_ptr_array_add (kept, NULL);
      joined = g_strjoinv (" ", (gchar **) kept->pdata);
      g_assert_cmpstr (joined, ==, table[i].ids);
      g_assert_cmpuint (count, ==, assert_agrees (schedule, index, (const gchar * const *) words));
    }
}

/* Words that lineup_search_words() never makes (with newlines, empty) are
 * still answered as lineup_search_matches() answers them, and no word is
 * found across the end of one talk's text and the start of the next. */
static void
test_search_index_raw_words (void)
{
  g_autoptr(LineupSchedule) schedule = hand_made_schedule ();
  g_autoptr(LineupSearchIndex) index = lineup_search_index_new (schedule);
  guint n = lineup_schedule_get_n_sessions (schedule);
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (raw, g_strdup (""));
  for (guint i = 0; i < n; i++)
    {
      const gchar *text = talk_text (schedule, i);
      const gchar *next = talk_text (schedule, (i + 1) % n);
      gsize length = strlen (text);

      /* A word equal to a whole text, its first and last letters, and
       * every piece across the boundary with the next text. */
      g_ptr_array_add (raw, g_strdup (text));
      g_ptr_array_add (raw, g_strndup (text, 1));
      g_ptr_array_add (raw, g_strdup (text + length - 1));
      for (gsize tail = 1; tail <= MIN (length, 6); tail++)
        for (gsize head = 1; head <= MIN (strlen (next), 6); head++)
          g_ptr_array_add (raw, g_strdup_printf ("%s%.*s", text + length - tail, (gint) head,
                                                 next));
    }

  for (guint i = 0; i < raw->len; i++)
    {
      const gchar *one[] = { g_ptr_array_index (raw, i), NULL };
      const gchar *with_empty[] = { "", g_ptr_array_index (raw, i), "", NULL };

      assert_agrees (schedule, index, one);
      assert_agrees (schedule, index, with_empty);
    }

  /* A whole text is found in its own talk. */
  {
    const gchar *whole[] = { talk_text (schedule, 2), NULL };
    g_autofree guint8 *hits = g_malloc0 (n);

    g_assert_cmpuint (lineup_search_index_match (index, whole, hits), ==, 1);
    g_assert_cmpuint (hits[2], ==, 1);
  }
}

static void
test_search_index_no_talks (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(LineupSearchIndex) index = lineup_search_index_new (schedule);
  g_auto(GStrv) words = lineup_search_words ("bgp");
  g_autoptr(LineupSession) stranger = lineup_session_new ("x", "X");
  guint position = 42;

  g_assert_true (lineup_search_index_is_complete (index));
  g_assert_cmpuint (lineup_search_index_get_n_talks (index), ==, 0);
  g_assert_cmpuint (lineup_search_index_match (index, NULL, NULL), ==, 0);
  g_assert_cmpuint (lineup_search_index_match (index, (const gchar * const *) words, NULL), ==, 0);
  g_assert_false (lineup_search_index_lookup (index, stranger, &position));
  g_assert_cmpuint (position, ==, 42);
}

/* Built a slice at a time, the index answers exactly at every stage. */
static void
test_search_index_steps (void)
{
  g_autoptr(LineupSchedule) schedule = largest_post ();
  g_autoptr(LineupSearchIndex) index = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  guint n;
  guint steps = 0;
  gboolean complete = FALSE;

  n = lineup_schedule_get_n_sessions (schedule);
  g_assert_cmpuint (n, >, 7);
  index = lineup_search_index_new_empty (schedule);
  queries = queries_for (schedule);
  while (!complete)
    {
      g_assert_false (lineup_search_index_is_complete (index));
      for (guint q = 0; q < queries->len; q++)
        assert_agrees (schedule, index, g_ptr_array_index (queries, q));
      complete = lineup_search_index_build_step (index, 7);
      steps++;
    }
  g_assert_cmpuint (steps, ==, (n + 6) / 7);
  g_assert_true (lineup_search_index_is_complete (index));
  for (guint q = 0; q < queries->len; q++)
    assert_agrees (schedule, index, g_ptr_array_index (queries, q));
  g_assert_true (lineup_search_index_build_step (index, 7));
}

static void
test_search_index_lookup (void)
{
  g_autoptr(LineupSchedule) schedule = largest_post ();
  g_autoptr(LineupSearchIndex) index = NULL;
  g_autoptr(LineupSession) stranger = lineup_session_new ("x", "X");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231106);
  guint n;
  guint position;

  index = lineup_search_index_new (schedule);
  n = lineup_schedule_get_n_sessions (schedule);
  g_assert_cmpuint (n, >, 1);

  /* In order (as a filter asks), backwards, and at random. */
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (lineup_search_index_lookup (index, lineup_schedule_get_session (schedule, i),
                                                 &position));
      g_assert_cmpuint (position, ==, i);
    }
  for (guint i = n; i-- > 0;)
    {
      g_assert_true (lineup_search_index_lookup (index, lineup_schedule_get_session (schedule, i),
                                                 &position));
      g_assert_cmpuint (position, ==, i);
    }
  for (guint r = 0; r < 3 * n; r++)
    {
      guint i = g_rand_int_range (rand, 0, n);

      g_assert_true (lineup_search_index_lookup (index, lineup_schedule_get_session (schedule, i),
                                                 &position));
      g_assert_cmpuint (position, ==, i);
    }
  g_assert_false (lineup_search_index_lookup (index, stranger, &position));
}

/* The index holds its talks: they outlive the schedule while it lives. */
static void
test_search_index_refs (void)
{
  g_autoptr(LineupSchedule) schedule = hand_made_schedule ();
  LineupSearchIndex *index = lineup_search_index_new (schedule);
  LineupSearchIndex *copy = g_boxed_copy (LINEUP_TYPE_SEARCH_INDEX, index);
  g_autoptr(LineupSession) first = g_object_ref (lineup_schedule_get_session (schedule, 0));
  g_auto(GStrv) words = lineup_search_words ("qux");
  guint8 hits[4];
  guint position;

  g_assert_true (copy == index);
  g_clear_object (&schedule);
  lineup_search_index_unref (index);
  g_assert_cmpuint (lineup_search_index_match (copy, (const gchar * const *) words, hits), ==, 2);
  g_assert_true (lineup_search_index_lookup (copy, first, &position));
  g_assert_cmpuint (position, ==, 0);
  g_boxed_free (LINEUP_TYPE_SEARCH_INDEX, copy);
  /* Only this test's ref is left on the talk. */
  g_assert_finalize_object (g_steal_pointer (&first));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-index/data-posts", test_search_index_data_posts);
  g_test_add_func ("/search-index/cases", test_search_index_cases);
  g_test_add_func ("/search-index/raw-words", test_search_index_raw_words);
  g_test_add_func ("/search-index/no-talks", test_search_index_no_talks);
  g_test_add_func ("/search-index/steps", test_search_index_steps);
  g_test_add_func ("/search-index/lookup", test_search_index_lookup);
  g_test_add_func ("/search-index/refs", test_search_index_refs);

  return g_test_run ();
}
