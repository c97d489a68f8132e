/* test-agenda.c — the agenda file: format, coalesced saves, merging, failures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-agenda"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "lineup-agenda-private.h"   /* lineup_agenda_get_n_writes */
#include "lineup-core.h"
#include "lineup-test-files.h"
#include "lineup-test-growth.h"

#define POST "cilium-kubecon-na-2023.md"

/* Helpers */

/* A temporary folder, and agenda.yaml in it (not written yet). */
typedef LineupTestAgendaDir Fixture;

static GTimeZone *
chicago (void)
{
  return g_time_zone_new_identifier ("America/Chicago");
}

/* A talk on 2023-11-06 (Chicago) from h:m for @len minutes; h < 0: untimed. */
static LineupSession *
make_session (const gchar *id,
              const gchar *title,
              gint         h,
              gint         m,
              gint         len)
{
  LineupSession *session = lineup_session_new (id, title);

  if (h >= 0)
    {
      g_autoptr(GTimeZone) tz = chicago ();
      g_autoptr(GDateTime) start = g_date_time_new (tz, 2023, 11, 6, h, m, 0);
      g_autoptr(GDateTime) end = len > 0 ? g_date_time_add_minutes (start, len) : NULL;

      lineup_session_set_times (session, start, end);
    }
  return session;
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const gchar **) a, *(const gchar **) b);
}

/* The ids starred for @post_key, space-separated in entry order (by start),
 * as a fresh reader of the file sees them. */
static gchar *
ids_on_disk (const gchar *path,
             const gchar *post_key)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);
  entries = lineup_agenda_dup_entries (agenda, post_key);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (ids, ((LineupAgendaEntry *) g_ptr_array_index (entries, i))->id);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (gchar **) ids->pdata);
}

static gchar *
sorted_ids_on_disk (const gchar *path,
                    const gchar *post_key)
{
  g_autofree gchar *ids = ids_on_disk (path, post_key);
  g_auto(GStrv) parts = g_strsplit (ids, " ", -1);
  guint n = g_strv_length (parts);

  qsort (parts, n, sizeof (gchar *), compare_strings);
  return g_strjoinv (" ", parts);
}

/* Files in @dir whose name starts with "agenda.yaml.broken-". */
static GPtrArray *
broken_files (const gchar *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  const gchar *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "agenda.yaml.broken-"))
      g_ptr_array_add (found, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (found, compare_strings);
  return found;
}

static guint
count_broken (const gchar *dir)
{
  g_autoptr(GPtrArray) found = broken_files (dir);

  return found->len;
}

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the default main context for @ms or until *@flag is set. */
static void
run_loop_until (gboolean *flag,
                guint     ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, on_timeout_cb, &timed_out);

  while (!timed_out && (flag == NULL || !*flag))
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
}

static void
count_cb (gpointer  instance,
          gpointer  data)
{
  guint *count = data;

  (*count)++;
}

/* Tests */

static void
test_default_path (void)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (NULL);
  g_autofree gchar *expected = g_build_filename (g_get_user_data_dir (), "lineup",
                                                 "agenda.yaml", NULL);

  g_assert_cmpstr (lineup_agenda_get_path (agenda), ==, expected);
}

static void
test_missing_file (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);
  entries = lineup_agenda_dup_entries (agenda, POST);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_false (lineup_agenda_has_pending (agenda));
  g_assert_false (g_file_test (fx->path, G_FILE_TEST_EXISTS));
}

static void
test_round_trip (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) reader = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(LineupSession) tetragon = make_session ("1Rj0z", "Tetragon… “eBPF” \\ \"quoted\"\n"
                                                    "second line", 12, 15, 25);
  g_autoptr(LineupSession) early = make_session ("null", "true", 9, 15, 25);
  g_autoptr(LineupSession) untimed = make_session ("abc123", "No time given", -1, 0, 0);
  g_autoptr(LineupSession) numeric = make_session ("2024", "Numeric id", -1, 0, 0);
  g_autoptr(LineupSession) floating = lineup_session_new ("flo", "Floating");
  g_autoptr(LineupSession) other = make_session ("x", "Other post", 10, 0, 30);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) fstart = g_date_time_new (utc, 2023, 4, 18, 9, 25, 0);
  g_autofree gchar *text = NULL;
  GStatBuf st;

  lineup_session_set_times (floating, fstart, NULL);
  lineup_session_set_floating (floating, TRUE);

  lineup_agenda_set_starred (agenda, POST, tetragon, TRUE);
  lineup_agenda_set_starred (agenda, POST, untimed, TRUE);
  lineup_agenda_set_starred (agenda, POST, early, TRUE);
  lineup_agenda_set_starred (agenda, POST, numeric, TRUE);
  lineup_agenda_set_starred (agenda, "other: post.md", other, TRUE);
  lineup_agenda_set_starred (agenda, "floating.md", floating, TRUE);
  g_assert_true (lineup_session_get_starred (tetragon));
  g_assert_true (lineup_agenda_has_pending (agenda));
  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);
  g_assert_false (lineup_agenda_has_pending (agenda));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 1);

  g_assert_cmpint (g_stat (fx->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  text = lineup_test_read_text (fx->path);
  g_test_message ("%s", text);
  /* Human-readable: the layout the header documents. */
  g_assert_true (g_str_has_prefix (text, "version: 1\nposts:\n"));
  g_assert_nonnull (strstr (text, "  " POST ":\n"));
  g_assert_nonnull (strstr (text, "- id: 1Rj0z\n"));
  /* Ids other YAML readers would take for null, a number… are quoted. */
  g_assert_nonnull (strstr (text, "- id: 'null'\n"));
  g_assert_nonnull (strstr (text, "- id: '2024'\n"));
  g_assert_nonnull (strstr (text, "start: 2023-11-06T12:15:00-06:00\n"));
  g_assert_nonnull (strstr (text, "start: 2023-04-18T09:25:00\n"));
  g_assert_nonnull (strstr (text, "title: \"Tetragon… "));   /* UTF-8 kept as is */

  g_assert_true (lineup_agenda_load (reader, &error));
  g_assert_no_error (error);
  g_assert_true (lineup_agenda_is_starred (reader, POST, "1Rj0z"));
  g_assert_true (lineup_agenda_is_starred (reader, POST, "null"));
  g_assert_true (lineup_agenda_is_starred (reader, POST, "2024"));
  g_assert_true (lineup_agenda_is_starred (reader, "other: post.md", "x"));
  g_assert_false (lineup_agenda_is_starred (reader, POST, "x"));
  g_assert_false (lineup_agenda_is_starred (reader, "nope.md", "1Rj0z"));

  /* Sorted by start, untimed last; every field survives. */
  entries = lineup_agenda_dup_entries (reader, POST);
  g_assert_cmpuint (entries->len, ==, 4);
  {
    LineupAgendaEntry *e0 = g_ptr_array_index (entries, 0);
    LineupAgendaEntry *e1 = g_ptr_array_index (entries, 1);
    LineupAgendaEntry *e2 = g_ptr_array_index (entries, 2);

    g_assert_cmpstr (e0->id, ==, "null");
    g_assert_cmpstr (e0->title, ==, "true");
    g_assert_cmpstr (e0->start, ==, "2023-11-06T09:15:00-06:00");
    g_assert_cmpstr (e1->id, ==, "1Rj0z");
    g_assert_cmpstr (e1->title, ==, lineup_session_get_title (tetragon));
    g_assert_cmpstr (e1->start, ==, "2023-11-06T12:15:00-06:00");
    LineupAgendaEntry *e3 = g_ptr_array_index (entries, 3);

    /* Untimed: last, by id. */
    g_assert_cmpstr (e2->id, ==, "2024");
    g_assert_null (e2->start);
    g_assert_cmpstr (e3->id, ==, "abc123");
    g_assert_cmpstr (e3->title, ==, "No time given");
    g_assert_null (e3->start);
  }
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = lineup_agenda_dup_entries (reader, "floating.md");
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->start, ==, "2023-04-18T09:25:00");

  /* Unstarring the last talk of a post drops the post. */
  lineup_agenda_set_starred (agenda, "other: post.md", other, FALSE);
  g_assert_false (lineup_session_get_starred (other));
  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = lineup_test_read_text (fx->path);
  g_assert_null (strstr (text, "other: post.md"));
  g_assert_true (lineup_agenda_load (reader, &error));
  g_assert_no_error (error);
  g_assert_false (lineup_agenda_is_starred (reader, "other: post.md", "x"));
}

static void
test_empty_file_format (Fixture       *fx,
                        gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) reader = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  g_autofree gchar *text = NULL;

  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);
  text = lineup_test_read_text (fx->path);
  g_assert_cmpstr (text, ==, "version: 1\nposts: {}\n");
  g_assert_true (lineup_agenda_load (reader, &error));
  g_assert_no_error (error);

  /* Files a person might write by hand are fine too. */
  lineup_test_write_text (fx->path, "", 0);
  g_assert_true (lineup_agenda_load (reader, &error));
  g_assert_no_error (error);
  lineup_test_write_text (fx->path, "version: 1\n", -1);
  g_assert_true (lineup_agenda_load (reader, &error));
  g_assert_no_error (error);
  lineup_test_write_text (fx->path,
                          "# mine\nversion: 1\nposts:\n  a.md:\n    - {id: q1, title: Q}\n"
                          "    - id: q2\n      note: ignored\n  b.md:\n", -1);
  g_assert_true (lineup_agenda_load (reader, &error));
  g_assert_no_error (error);
  g_assert_true (lineup_agenda_is_starred (reader, "a.md", "q1"));
  g_assert_true (lineup_agenda_is_starred (reader, "a.md", "q2"));
  g_assert_cmpuint (count_broken (fx->dir), ==, 0);
}

static void
test_kept_when_talk_gone (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  LineupAgendaEntry *gone;

  lineup_test_write_text (fx->path,
                          "version: 1\nposts:\n  " POST ":\n"
                          "  - id: gone1\n    title: \"Removed talk\"\n"
                          "    start: 2023-11-07T10:00:00-06:00\n", -1);
  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);

  g_ptr_array_add (sessions, make_session ("here1", "Still here", 11, 0, 30));
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  lineup_schedule_set_key (schedule, POST);
  lineup_agenda_apply (agenda, schedule);
  lineup_agenda_set_starred (agenda, POST, lineup_schedule_find (schedule, "here1"), TRUE);
  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);

  entries = lineup_agenda_dup_entries (agenda, POST);
  g_assert_cmpuint (entries->len, ==, 2);
  gone = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (gone->id, ==, "gone1");
  g_assert_cmpstr (gone->title, ==, "Removed talk");
  g_assert_cmpstr (gone->start, ==, "2023-11-07T10:00:00-06:00");
  g_autofree gchar *ids = sorted_ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "gone1 here1");
}

static void
test_coalesce (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint changed = 0;
  GStatBuf st;

  lineup_agenda_set_autosave_delay (agenda, 100);
  g_signal_connect (agenda, "changed", G_CALLBACK (count_cb), &changed);

  for (guint i = 0; i < 50; i++)
    {
      g_autofree gchar *id = g_strdup_printf ("t%02u", i);

      g_ptr_array_add (sessions, make_session (id, id, 9 + i / 6, (i % 6) * 10, 10));
      lineup_agenda_set_starred (agenda, POST, g_ptr_array_index (sessions, i), TRUE);
    }
  g_assert_cmpuint (changed, ==, 50);
  /* Deferred: nothing written yet. */
  g_assert_true (lineup_agenda_has_pending (agenda));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 0);
  g_assert_false (g_file_test (fx->path, G_FILE_TEST_EXISTS));

  run_loop_until (NULL, 400);
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 1);
  g_assert_false (lineup_agenda_has_pending (agenda));
  g_assert_cmpint (g_stat (fx->path, &st), ==, 0);

  run_loop_until (NULL, 250);
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 1);

  g_autofree gchar *ids = ids_on_disk (fx->path, POST);
  g_assert_cmpuint (strlen (ids), ==, 50 * 4 - 1);

  /* A second burst (stars and unstars) is a second write. */
  for (guint i = 0; i < 50; i += 2)
    lineup_agenda_set_starred (agenda, POST, g_ptr_array_index (sessions, i), FALSE);
  run_loop_until (NULL, 400);
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 2);
  entries = lineup_agenda_dup_entries (agenda, POST);
  g_assert_cmpuint (entries->len, ==, 25);
  g_assert_no_error (error);
}

static void
test_flush (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) session = make_session ("f1", "Flush me", 10, 0, 30);
  g_autoptr(GError) error = NULL;
  g_autofree gchar *ids = NULL;

  /* Nothing pending: no write. */
  g_assert_true (lineup_agenda_flush (agenda, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 0);

  lineup_agenda_set_starred (agenda, POST, session, TRUE);
  g_assert_true (lineup_agenda_has_pending (agenda));
  g_assert_false (g_file_test (fx->path, G_FILE_TEST_EXISTS));

  g_assert_true (lineup_agenda_flush (agenda, &error));
  g_assert_no_error (error);
  g_assert_false (lineup_agenda_has_pending (agenda));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 1);
  ids = ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "f1");

  /* The timer was cancelled by the flush: no second write. */
  run_loop_until (NULL, 600);
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 1);
  g_assert_true (lineup_agenda_flush (agenda, &error));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 1);

  /* Setting what is already set changes nothing. */
  lineup_agenda_set_starred (agenda, POST, session, TRUE);
  g_assert_false (lineup_agenda_has_pending (agenda));
}

static void
test_delay_zero (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) session = make_session ("z1", "Now", 10, 0, 30);
  g_autofree gchar *ids = NULL;

  lineup_agenda_set_autosave_delay (agenda, 0);
  lineup_agenda_set_starred (agenda, POST, session, TRUE);
  g_assert_false (lineup_agenda_has_pending (agenda));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 1);
  ids = ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "z1");
}

static void
test_dispose_saves (Fixture       *fx,
                    gconstpointer  data)
{
  LineupAgenda *agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) session = make_session ("d1", "Last", 10, 0, 30);
  g_autofree gchar *ids = NULL;

  lineup_agenda_set_starred (agenda, POST, session, TRUE);
  g_assert_finalize_object (agenda);
  ids = ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "d1");
}

/* Unreadable files */

typedef struct
{
  const gchar *name;
  const gchar *bytes;
  gssize       len;
  const gchar *reason;   /* part of the message */
} CorruptCase;

static const CorruptCase corrupt_cases[] = {
  { "bad-yaml", "version: 1\nposts: [unclosed\n", -1, "line " },
  { "tab-indent", "version: 1\nposts:\n\ta.md: []\n", -1, "line " },
  { "unknown-version", "version: 2\nposts: {}\n", -1, "unknown version “2”" },
  { "no-version", "posts: {}\n", -1, "no version" },
  { "not-utf8", "version: 1\nposts:\n  a.md:\n  - id: x\n    title: \"caf\xe9\"\n", -1,
    "not UTF-8" },
  { "nul-byte", "version: 1\n\0posts: {}\n", 22, "not UTF-8" },
  { "top-level-list", "- version: 1\n", -1, "not a mapping" },
  { "posts-list", "version: 1\nposts: [a, b]\n", -1, "“posts” is not a mapping" },
  { "entry-without-id", "version: 1\nposts:\n  a.md:\n  - title: x\n", -1, "no id" },
  { "entry-not-mapping", "version: 1\nposts:\n  a.md:\n  - x\n", -1, "not a mapping" },
  { "two-documents", "version: 1\n---\nversion: 1\n", -1, "more than one" },
  { "binary", "\x7f" "ELF\x02\x01\x01\x00\x00", 9, "not UTF-8" },
};

static void
assert_fresh_agenda_works (Fixture      *fx,
                           LineupAgenda *agenda)
{
  g_autoptr(LineupSession) session = make_session ("new1", "After the crash", 10, 0, 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = lineup_agenda_dup_entries (agenda, "a.md");
  g_autofree gchar *ids = NULL;

  g_assert_cmpuint (entries->len, ==, 0);
  lineup_agenda_set_starred (agenda, POST, session, TRUE);
  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);
  ids = ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "new1");
}

static void
test_corrupt (Fixture       *fx,
              gconstpointer  data)
{
  for (guint c = 0; c < G_N_ELEMENTS (corrupt_cases); c++)
    {
      const CorruptCase *cc = &corrupt_cases[c];
      gsize len = cc->len < 0 ? strlen (cc->bytes) : (gsize) cc->len;
      g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) broken = NULL;
      g_autofree gchar *kept = NULL;
      gsize kept_len;
      guint changed = 0;

      g_test_message ("case %s", cc->name);
      lineup_test_remove_tree (fx->dir);
      g_assert_cmpint (g_mkdir (fx->dir, 0700), ==, 0);
      lineup_test_write_text (fx->path, cc->bytes, len);

      g_signal_connect (agenda, "changed", G_CALLBACK (count_cb), &changed);
      g_assert_false (lineup_agenda_load (agenda, &error));
      g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
      g_test_message ("%s", error->message);

      broken = broken_files (fx->dir);
      g_assert_cmpuint (broken->len, ==, 1);
      /* The message names both files and says why. */
      g_assert_nonnull (strstr (error->message, fx->path));
      g_assert_nonnull (strstr (error->message, g_ptr_array_index (broken, 0)));
      g_assert_nonnull (strstr (error->message, cc->reason));
      /* The original bytes are kept, and the file is gone from its place. */
      g_assert_true (g_file_get_contents (g_ptr_array_index (broken, 0), &kept, &kept_len,
                                          NULL));
      g_assert_cmpmem (kept, kept_len, cc->bytes, len);
      g_assert_false (g_file_test (fx->path, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (changed, ==, 0);

      assert_fresh_agenda_works (fx, agenda);
      g_assert_cmpuint (count_broken (fx->dir), ==, 1);
    }
}

static void
test_corrupt_twice_unique (Fixture       *fx,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) broken = NULL;
  g_autofree gchar *first = NULL;
  g_autofree gchar *second = NULL;

  /* Two unreadable files in the same second get two names. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
      g_autoptr(GError) error = NULL;

      lineup_test_write_text (fx->path, i == 0 ? "version: 7\n" : "version: 8\n", -1);
      g_assert_false (lineup_agenda_load (agenda, &error));
      g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
    }
  broken = broken_files (fx->dir);
  g_assert_cmpuint (broken->len, ==, 2);
  first = lineup_test_read_text (g_ptr_array_index (broken, 0));
  second = lineup_test_read_text (g_ptr_array_index (broken, 1));
  g_assert_cmpstr (first, !=, second);
}

/* An agenda nested @depth deep in flow sequences: "[[[…]]]". */
static gpointer
make_deep_agenda (gsize    depth,
                  gpointer data)
{
  GString *text = g_string_new ("version: 1\nposts:\n  a.md: ");

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  return text;
}

static void
free_deep_agenda (gpointer text)
{
  g_string_free (text, TRUE);
}

/* Writes the deep agenda @input, loads it, which turns it down, and removes
 * the broken copy it leaves. */
static void
load_deep_agenda (gpointer input,
                  gpointer data)
{
  Fixture *fx = data;
  GString *text = input;
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) broken = NULL;

  lineup_test_write_text (fx->path, text->str, text->len);
  g_assert_false (lineup_agenda_load (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);

  broken = broken_files (fx->dir);
  for (guint i = 0; i < broken->len; i++)
    g_assert_cmpint (g_unlink (g_ptr_array_index (broken, i)), ==, 0);
}

/* libyaml's loader is quadratic in flow nesting: such a file must be
 * turned down in time linear in its size, not after minutes. */
static void
test_deep_nesting (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = make_deep_agenda (200000, NULL);

  lineup_test_write_text (fx->path, text->str, text->len);
  g_assert_false (lineup_agenda_load (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "line 3: nested too deeply"));
  g_assert_cmpuint (count_broken (fx->dir), ==, 1);

  /* 800 000 deep (written and loaded) takes at most 12 times as long as
   * 200 000 deep. */
  lineup_test_assert_linear ("flow nesting", 200000, make_deep_agenda, load_deep_agenda,
                             free_deep_agenda, fx);
}

static void
test_directory_in_place (Fixture       *fx,
                         gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) broken = NULL;
  g_autofree gchar *inner = g_build_filename (fx->path, "keep.txt", NULL);
  g_autofree gchar *moved = NULL;
  g_autofree gchar *text = NULL;

  g_assert_cmpint (g_mkdir (fx->path, 0700), ==, 0);
  lineup_test_write_text (inner, "precious", -1);

  g_assert_false (lineup_agenda_load (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_assert_nonnull (strstr (error->message, fx->path));

  broken = broken_files (fx->dir);
  g_assert_cmpuint (broken->len, ==, 1);
  g_assert_true (g_file_test (g_ptr_array_index (broken, 0), G_FILE_TEST_IS_DIR));
  moved = g_build_filename (g_ptr_array_index (broken, 0), "keep.txt", NULL);
  text = lineup_test_read_text (moved);
  g_assert_cmpstr (text, ==, "precious");

  assert_fresh_agenda_works (fx, agenda);
}

/* The file turns bad between load and save: it is kept aside and the
 * stars this process knew of are written. */
static void
test_corrupt_at_save (Fixture       *fx,
                      gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) s1 = make_session ("s1", "One", 10, 0, 30);
  g_autoptr(LineupSession) s2 = make_session ("s2", "Two", 11, 0, 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) broken = NULL;
  g_autofree gchar *ids = NULL;
  g_autofree gchar *kept = NULL;

  lineup_agenda_set_starred (agenda, POST, s1, TRUE);
  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);

  lineup_test_write_text (fx->path, "version: 1\nposts: {{{\n", -1);
  lineup_agenda_set_starred (agenda, POST, s2, TRUE);
  g_assert_false (lineup_agenda_save (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, fx->path));
  g_assert_false (lineup_agenda_has_pending (agenda));

  broken = broken_files (fx->dir);
  g_assert_cmpuint (broken->len, ==, 1);
  g_assert_nonnull (strstr (error->message, g_ptr_array_index (broken, 0)));
  kept = lineup_test_read_text (g_ptr_array_index (broken, 0));
  g_assert_cmpstr (kept, ==, "version: 1\nposts: {{{\n");
  ids = sorted_ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "s1 s2");
}

/* IO failures */

static void
assert_save_fails_then_recovers (Fixture      *fx,
                                 LineupAgenda *agenda,
                                 const gchar  *must_mention,
                                 const gchar  *also,
                                 void        (*repair) (Fixture *fx))
{
  g_autoptr(LineupSession) session = make_session ("io1", "Keep me", 10, 0, 30);
  g_autoptr(GError) error = NULL;
  g_autofree gchar *ids = NULL;

  lineup_agenda_set_starred (agenda, POST, session, TRUE);
  g_assert_false (lineup_agenda_save (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_IO);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, must_mention));
  if (also != NULL)
    g_assert_nonnull (strstr (error->message, also));
  /* The star stays in memory, pending. */
  g_assert_true (lineup_agenda_has_pending (agenda));
  g_assert_true (lineup_agenda_is_starred (agenda, POST, "io1"));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 0);
  g_clear_error (&error);

  /* Still failing: flush reports it too. */
  g_assert_false (lineup_agenda_flush (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_IO);
  g_clear_error (&error);

  repair (fx);
  g_assert_true (lineup_agenda_flush (agenda, &error));
  g_assert_no_error (error);
  g_assert_false (lineup_agenda_has_pending (agenda));
  ids = ids_on_disk (lineup_agenda_get_path (agenda), POST);
  g_assert_cmpstr (ids, ==, "io1");
}

static void
make_writable (Fixture *fx)
{
  g_assert_cmpint (g_chmod (fx->dir, 0755), ==, 0);
}

static void
test_read_only_folder (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autofree gchar *probe = g_build_filename (fx->dir, "probe", NULL);
  int fd;

  g_assert_cmpint (g_chmod (fx->dir, 0555), ==, 0);
  fd = g_open (probe, O_WRONLY | O_CREAT, 0644);
  if (fd >= 0)
    {
      close (fd);
      g_unlink (probe);
      make_writable (fx);
      g_test_skip ("chmod 0555 does not stop this user (root?) from writing; "
                   "see /agenda/io/parent-is-a-file");
      return;
    }

  assert_save_fails_then_recovers (fx, agenda, fx->dir, g_strerror (EACCES), make_writable);
}

static void
remove_blocking_file (Fixture *fx)
{
  g_autofree gchar *blocker = g_build_filename (fx->dir, "data", NULL);

  g_assert_cmpint (g_unlink (blocker), ==, 0);
}

/* Works as root too: nobody can create a folder where a file is. */
static void
test_parent_is_a_file (Fixture       *fx,
                       gconstpointer  data)
{
  g_autofree gchar *blocker = g_build_filename (fx->dir, "data", NULL);
  g_autofree gchar *path = g_build_filename (blocker, "lineup", "agenda.yaml", NULL);
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (path);
  g_autoptr(GError) error = NULL;

  lineup_test_write_text (blocker, "not a folder", -1);
  g_assert_false (lineup_agenda_load (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));

  assert_save_fails_then_recovers (fx, agenda, blocker, g_strerror (ENOTDIR),
                                   remove_blocking_file);
}

static void
remove_loop (Fixture *fx)
{
  g_assert_cmpint (g_unlink (fx->path), ==, 0);
}

static void
test_symlink_loop (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (symlink ("agenda.yaml", fx->path), ==, 0);
  g_assert_false (lineup_agenda_load (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, fx->path));
  g_assert_nonnull (strstr (error->message, g_strerror (ELOOP)));
  g_clear_error (&error);

  /* Not "repaired" behind the user's back, nor moved aside. */
  g_assert_cmpint (g_lstat (fx->path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (count_broken (fx->dir), ==, 0);

  assert_save_fails_then_recovers (fx, agenda, fx->path, g_strerror (ELOOP), remove_loop);
}

/* Runs in a child: the limit must not reach the test runner. */
static void
file_size_limit_child (void)
{
  const gchar *path = g_getenv ("LINEUP_TEST_AGENDA_PATH");
  g_autoptr(LineupAgenda) agenda = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 512, 512 };

  g_assert_nonnull (path);
  agenda = lineup_agenda_new (path);
  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree gchar *id = g_strdup_printf ("big%02u", i);

      g_ptr_array_add (sessions, make_session (id, "A title long enough to pass the limit",
                                               10, i, 30));
      lineup_agenda_set_starred (agenda, POST, g_ptr_array_index (sessions, i), TRUE);
    }
  g_assert_false (lineup_agenda_save (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_print ("IO error: %s\n", error->message);
  g_assert_true (lineup_agenda_has_pending (agenda));
  g_assert_true (lineup_agenda_is_starred (agenda, POST, "big39"));
  g_assert_true (lineup_agenda_is_starred (agenda, POST, "old1"));
  g_clear_error (&error);

  /* Dispose would retry and fail the same way; say so explicitly. */
  g_assert_false (lineup_agenda_flush (agenda, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_IO);
}

/* RLIMIT_FSIZE: the write fails half-way; the old file must survive. */
static void
test_file_size_limit (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree gchar *before = NULL;
  g_autofree gchar *after = NULL;

  if (g_test_subprocess ())
    {
      file_size_limit_child ();
      return;
    }

  {
    g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
    g_autoptr(LineupSession) session = make_session ("old1", "Before the limit", 9, 0, 30);
    g_autoptr(GError) error = NULL;

    lineup_agenda_set_starred (agenda, POST, session, TRUE);
    g_assert_true (lineup_agenda_save (agenda, &error));
    g_assert_no_error (error);
  }
  before = lineup_test_read_text (fx->path);
  g_assert_cmpuint (strlen (before), <, 512);

  g_setenv ("LINEUP_TEST_AGENDA_PATH", fx->path, TRUE);
  g_test_trap_subprocess (NULL, 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*IO error:*File too large*");

  after = lineup_test_read_text (fx->path);
  g_assert_cmpstr (after, ==, before);
  /* No temporary file left behind either. */
  {
    g_autoptr(GDir) d = g_dir_open (fx->dir, 0, NULL);
    const gchar *name;

    while ((name = g_dir_read_name (d)) != NULL)
      g_assert_true (g_str_equal (name, "agenda.yaml") || g_str_equal (name, "agenda.yaml.lock"));
  }
}

typedef struct
{
  GError *error;
  guint   count;
} SaveFailed;

static void
on_save_failed_cb (LineupAgenda *agenda,
                   GError       *error,
                   SaveFailed   *sf)
{
  sf->count++;
  g_clear_error (&sf->error);
  sf->error = g_error_copy (error);
}

static void
test_save_failed_signal (Fixture       *fx,
                         gconstpointer  data)
{
  g_autofree gchar *blocker = g_build_filename (fx->dir, "data", NULL);
  g_autofree gchar *path = g_build_filename (blocker, "agenda.yaml", NULL);
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (path);
  g_autoptr(LineupSession) s1 = make_session ("sf1", "One", 10, 0, 30);
  g_autoptr(LineupSession) s2 = make_session ("sf2", "Two", 11, 0, 30);
  SaveFailed sf = { NULL, 0 };
  g_autofree gchar *ids = NULL;

  lineup_test_write_text (blocker, "in the way", -1);
  g_signal_connect (agenda, "save-failed", G_CALLBACK (on_save_failed_cb), &sf);
  lineup_agenda_set_autosave_delay (agenda, 30);

  lineup_agenda_set_starred (agenda, POST, s1, TRUE);
  g_assert_cmpuint (sf.count, ==, 0);
  run_loop_until (NULL, 200);
  g_assert_cmpuint (sf.count, ==, 1);
  g_assert_error (sf.error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_IO);
  g_assert_nonnull (strstr (sf.error->message, blocker));
  g_assert_true (lineup_agenda_has_pending (agenda));

  /* The next change retries, and now succeeds with both stars. */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  lineup_agenda_set_starred (agenda, POST, s2, TRUE);
  run_loop_until (NULL, 200);
  g_assert_cmpuint (sf.count, ==, 1);
  g_assert_false (lineup_agenda_has_pending (agenda));
  ids = sorted_ids_on_disk (path, POST);
  g_assert_cmpstr (ids, ==, "sf1 sf2");
  g_clear_error (&sf.error);
}

/* Two processes (here: two objects) that each knew an old file */

static void
test_stale_memory_stars (Fixture       *fx,
                         gconstpointer  data)
{
  g_autoptr(LineupAgenda) a = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) b = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) x = make_session ("x", "X", 10, 0, 30);
  g_autoptr(LineupSession) y = make_session ("y", "Y", 11, 0, 30);
  g_autoptr(GError) error = NULL;
  g_autofree gchar *ids = NULL;
  guint changed = 0;

  g_assert_true (lineup_agenda_load (a, &error));
  g_assert_true (lineup_agenda_load (b, &error));
  g_signal_connect (a, "changed", G_CALLBACK (count_cb), &changed);

  lineup_agenda_set_starred (a, POST, x, TRUE);
  lineup_agenda_set_starred (b, POST, y, TRUE);
  g_assert_true (lineup_agenda_save (a, &error));
  g_assert_true (lineup_agenda_save (b, &error));
  g_assert_no_error (error);

  ids = sorted_ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "x y");
  /* b learnt of x while saving; a learns of y on its next save. */
  g_assert_true (lineup_agenda_is_starred (b, POST, "x"));
  changed = 0;
  g_assert_true (lineup_agenda_save (a, &error));
  g_assert_true (lineup_agenda_is_starred (a, POST, "y"));
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_stale_memory_removals (Fixture       *fx,
                            gconstpointer  data)
{
  g_autoptr(LineupAgenda) a = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) b = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) x = make_session ("x", "X", 10, 0, 30);
  g_autoptr(LineupSession) y = make_session ("y", "Y", 11, 0, 30);
  g_autoptr(LineupSession) w = make_session ("w", "W", 12, 0, 30);
  g_autoptr(GError) error = NULL;
  g_autofree gchar *ids = NULL;

  lineup_test_write_text (fx->path,
                          "version: 1\nposts:\n  " POST ":\n  - id: x\n  - id: y\n  - id: z\n", -1);
  g_assert_true (lineup_agenda_load (a, &error));
  g_assert_true (lineup_agenda_load (b, &error));
  g_assert_no_error (error);

  lineup_agenda_set_starred (a, POST, x, FALSE);
  lineup_agenda_set_starred (b, POST, y, FALSE);
  lineup_agenda_set_starred (b, POST, w, TRUE);
  g_assert_true (lineup_agenda_save (a, &error));
  g_assert_true (lineup_agenda_save (b, &error));
  g_assert_no_error (error);

  ids = sorted_ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "w z");
  g_assert_false (lineup_agenda_is_starred (b, POST, "x"));
}

static void
on_changed_flag_cb (LineupAgenda *agenda,
                    gboolean     *flag)
{
  *flag = TRUE;
}

static void
test_watch (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(LineupAgenda) watcher = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) writer = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) x = make_session ("wx", "X", 10, 0, 30);
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  g_assert_true (lineup_agenda_load (watcher, &error));
  lineup_agenda_watch (watcher);
  g_signal_connect (watcher, "changed", G_CALLBACK (on_changed_flag_cb), &changed);

  lineup_agenda_set_starred (writer, POST, x, TRUE);
  g_assert_true (lineup_agenda_save (writer, &error));
  g_assert_no_error (error);
  run_loop_until (&changed, 5000);
  g_assert_true (changed);
  g_assert_true (lineup_agenda_is_starred (watcher, POST, "wx"));

  changed = FALSE;
  lineup_agenda_set_starred (writer, POST, x, FALSE);
  g_assert_true (lineup_agenda_save (writer, &error));
  run_loop_until (&changed, 5000);
  g_assert_true (changed);
  g_assert_false (lineup_agenda_is_starred (watcher, POST, "wx"));

  /* A bad file is neither merged nor moved by the watcher. */
  changed = FALSE;
  lineup_test_write_text (fx->path, "version: 9\n", -1);
  run_loop_until (NULL, 1500);
  g_assert_false (changed);
  g_assert_cmpuint (count_broken (fx->dir), ==, 0);
}

static void
test_apply (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  LineupSession *a, *b, *c;

  lineup_test_write_text (fx->path,
                          "version: 1\nposts:\n  " POST ":\n  - id: a\n  - id: b\n"
                          "  other.md:\n  - id: c\n", -1);
  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);

  g_ptr_array_add (sessions, make_session ("a", "A", 12, 10, 5));
  g_ptr_array_add (sessions, make_session ("b", "B", 12, 12, 30));
  g_ptr_array_add (sessions, make_session ("c", "C", 12, 0, 60));
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  lineup_schedule_set_key (schedule, POST);
  a = lineup_schedule_find (schedule, "a");
  b = lineup_schedule_find (schedule, "b");
  c = lineup_schedule_find (schedule, "c");
  lineup_session_set_starred (c, TRUE);

  lineup_agenda_apply (agenda, schedule);
  g_assert_true (lineup_session_get_starred (a));
  g_assert_true (lineup_session_get_starred (b));
  g_assert_false (lineup_session_get_starred (c));   /* starred in another post only */
  g_assert_cmpstr (lineup_session_get_conflicts (a)[0], ==, "b");
  g_assert_cmpstr (lineup_session_get_conflicts (b)[0], ==, "a");
  g_assert_cmpuint (lineup_session_get_n_conflicts (c), ==, 0);

  /* Starring c through the agenda, then applying: three-way conflict. */
  lineup_agenda_set_starred (agenda, POST, c, TRUE);
  lineup_agenda_apply (agenda, schedule);
  g_assert_cmpuint (lineup_session_get_n_conflicts (a), ==, 2);
  g_assert_cmpstr (lineup_session_get_conflicts (a)[0], ==, "c");
  g_assert_true (lineup_agenda_flush (agenda, &error));
  g_assert_no_error (error);
}

/* A schedule keyed @key whose file was called "index.md", with talks @ids
 * (space-separated). */
static LineupSchedule *
make_renamed_schedule (const gchar *key,
                       const gchar *ids)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_auto(GStrv) parts = g_strsplit (ids, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (sessions, make_session (parts[i], parts[i], 9 + i, 0, 30));
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  lineup_schedule_set_key (schedule, key);
  lineup_schedule_set_old_key (schedule, "index.md");
  return schedule;
}

/* Stars that Lineup 0.1 kept under a file's name ("index.md", shared by
 * two posts here) move to each post's key with the next save, each post
 * taking only its own talks; reading alone writes nothing. */
static void
test_old_key_claims (Fixture       *fx,
                     gconstpointer  data)
{
  static const gchar old[] =
    "version: 1\nposts:\n  index.md:\n  - id: a\n  - id: b\n  - id: z\n";
  g_autoptr(LineupSchedule) first = make_renamed_schedule ("/p1", "a b c");
  g_autoptr(LineupSchedule) second = make_renamed_schedule ("/p2", "y z");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree gchar *text = NULL;
  g_autofree gchar *p1 = NULL;
  g_autofree gchar *p2 = NULL;
  g_autofree gchar *rest = NULL;
  LineupAgenda *reader;
  LineupAgenda *agenda;

  lineup_test_write_text (fx->path, old, -1);

  /* Read, claimed, shown, not written (not even on dispose). */
  reader = lineup_agenda_new (fx->path);
  g_assert_true (lineup_agenda_load (reader, &error));
  g_assert_no_error (error);
  lineup_agenda_apply (reader, first);
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (first, "a")));
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (first, "b")));
  g_assert_false (lineup_session_get_starred (lineup_schedule_find (first, "c")));
  g_assert_true (lineup_agenda_is_starred (reader, "/p1", "a"));
  g_assert_false (lineup_agenda_is_starred (reader, "index.md", "a"));
  g_assert_true (lineup_agenda_is_starred (reader, "index.md", "z"));
  entries = lineup_agenda_dup_entries (reader, "/p1");
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_false (lineup_agenda_has_pending (reader));
  g_assert_true (lineup_agenda_flush (reader, &error));
  g_assert_finalize_object (reader);
  text = lineup_test_read_text (fx->path);
  g_assert_cmpstr (text, ==, old);

  /* A change is saved with the move: b, unstarred, leaves both keys. */
  agenda = lineup_agenda_new (fx->path);
  g_assert_true (lineup_agenda_load (agenda, &error));
  lineup_agenda_apply (agenda, first);
  lineup_agenda_set_starred (agenda, "/p1", lineup_schedule_find (first, "b"), FALSE);
  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);
  p1 = ids_on_disk (fx->path, "/p1");
  rest = ids_on_disk (fx->path, "index.md");
  g_assert_cmpstr (p1, ==, "a");
  g_assert_cmpstr (rest, ==, "z");

  /* The other post claims what is left: the old key is gone. */
  lineup_agenda_apply (agenda, second);
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (second, "z")));
  lineup_agenda_set_starred (agenda, "/p2", lineup_schedule_find (second, "y"), TRUE);
  g_assert_true (lineup_agenda_save (agenda, &error));
  g_assert_no_error (error);
  g_clear_pointer (&p1, g_free);
  p1 = ids_on_disk (fx->path, "/p1");
  p2 = sorted_ids_on_disk (fx->path, "/p2");
  g_assert_cmpstr (p1, ==, "a");
  g_assert_cmpstr (p2, ==, "y z");
  g_clear_pointer (&text, g_free);
  text = lineup_test_read_text (fx->path);
  g_assert_null (strstr (text, "index.md"));

  /* Once a post has stars of its own, the old key is left alone. */
  lineup_test_write_text (fx->path,
                          "version: 1\nposts:\n  /p1:\n  - id: c\n  index.md:\n  - id: a\n", -1);
  g_assert_true (lineup_agenda_load (agenda, &error));
  lineup_agenda_apply (agenda, first);
  g_assert_false (lineup_session_get_starred (lineup_schedule_find (first, "a")));
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (first, "c")));
  g_assert_finalize_object (agenda);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    data)
{
  (*(guint *) data)++;
}

/* A process that only shows stars leaves an unreadable file where it is and
 * says where it is wrong; one that writes keeps it aside and says where it
 * went ("recovered-file"). */
static void
test_corrupt_read_only (Fixture       *fx,
                        gconstpointer  data)
{
  static const gchar bad[] = "version: 1\nposts:\n  a.md:\n  - id: ok\n  - id: \"open\n";
  g_autoptr(LineupAgenda) reader = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) writer = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) loader = lineup_agenda_new (fx->path);
  g_autoptr(LineupSession) session = make_session ("s1", "One", 10, 0, 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) broken = NULL;
  g_autoptr(GFile) expected = NULL;
  g_autofree gchar *where = g_strdup_printf ("%s:5: ", fx->path);
  g_autofree gchar *kept = NULL;
  g_autofree gchar *ids = NULL;
  guint notified = 0;

  lineup_test_write_text (fx->path, bad, -1);
  g_signal_connect (reader, "notify::recovered-file", G_CALLBACK (count_notify_cb), &notified);
  g_assert_false (lineup_agenda_load_read_only (reader, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_assert_false (lineup_agenda_is_starred (reader, "a.md", "ok"));
  g_assert_null (lineup_agenda_get_recovered_file (reader));
  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmpuint (count_broken (fx->dir), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&reader));
  kept = lineup_test_read_text (fx->path);
  g_assert_cmpstr (kept, ==, bad);
  g_clear_error (&error);

  /* The first save keeps it aside, and tells. */
  g_assert_false (lineup_agenda_load_read_only (writer, &error));
  g_clear_error (&error);
  g_signal_connect (writer, "notify::recovered-file", G_CALLBACK (count_notify_cb), &notified);
  lineup_agenda_set_starred (writer, POST, session, TRUE);
  g_assert_false (lineup_agenda_save (writer, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "line 5: "));
  g_assert_cmpuint (notified, ==, 1);
  broken = broken_files (fx->dir);
  g_assert_cmpuint (broken->len, ==, 1);
  expected = g_file_new_for_path (g_ptr_array_index (broken, 0));
  g_assert_true (g_file_equal (lineup_agenda_get_recovered_file (writer), expected));
  g_clear_pointer (&kept, g_free);
  kept = lineup_test_read_text (g_ptr_array_index (broken, 0));
  g_assert_cmpstr (kept, ==, bad);
  ids = ids_on_disk (fx->path, POST);
  g_assert_cmpstr (ids, ==, "s1");
  g_clear_error (&error);

  /* _load keeps it aside at once. */
  lineup_test_write_text (fx->path, bad, -1);
  notified = 0;
  g_signal_connect (loader, "notify::recovered-file", G_CALLBACK (count_notify_cb), &notified);
  g_assert_false (lineup_agenda_load (loader, &error));
  g_assert_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_nonnull (lineup_agenda_get_recovered_file (loader));
  g_assert_false (g_file_equal (lineup_agenda_get_recovered_file (loader), expected));
  g_assert_true (g_file_query_exists (lineup_agenda_get_recovered_file (loader), NULL));
  g_assert_cmpuint (count_broken (fx->dir), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/agenda/" name, Fixture, NULL, lineup_test_agenda_dir_set_up, func, \
              lineup_test_agenda_dir_tear_down)

  g_test_add_func ("/agenda/default-path", test_default_path);
  ADD ("missing-file", test_missing_file);
  ADD ("round-trip", test_round_trip);
  ADD ("empty-and-hand-written", test_empty_file_format);
  ADD ("kept-when-talk-gone", test_kept_when_talk_gone);
  ADD ("save/coalesce", test_coalesce);
  ADD ("save/flush", test_flush);
  ADD ("save/delay-zero", test_delay_zero);
  ADD ("save/on-dispose", test_dispose_saves);
  ADD ("corrupt/kept-aside", test_corrupt);
  ADD ("corrupt/unique-names", test_corrupt_twice_unique);
  ADD ("corrupt/deep-nesting", test_deep_nesting);
  ADD ("corrupt/directory", test_directory_in_place);
  ADD ("corrupt/at-save", test_corrupt_at_save);
  ADD ("io/read-only-folder", test_read_only_folder);
  ADD ("io/parent-is-a-file", test_parent_is_a_file);
  ADD ("io/symlink-loop", test_symlink_loop);
  ADD ("io/file-size-limit", test_file_size_limit);
  ADD ("io/save-failed-signal", test_save_failed_signal);
  ADD ("merge/stale-memory-stars", test_stale_memory_stars);
  ADD ("merge/stale-memory-removals", test_stale_memory_removals);
  ADD ("watch", test_watch);
  ADD ("apply", test_apply);
  ADD ("apply/old-key-claims", test_old_key_claims);
  ADD ("corrupt/read-only", test_corrupt_read_only);

  return g_test_run ();
}
