/* test-agenda-faults.c — the agenda file under concurrent writers and SIGKILL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the agenda-writer helper (path in $AGENDA_WRITER).
 */

#define G_LOG_DOMAIN "test-agenda-faults"

#include "config.h"

#include <signal.h>

#include <glib/gstdio.h>

#include "lineup-core.h"

#include "agenda-faults.h"

#define N_WRITERS       12
#define WRITER_STEPS    20
#define KILL_ITERATIONS 200
#define KILL_STEPS      200

static const gchar *
writer_path (void)
{
  const gchar *path = g_getenv ("AGENDA_WRITER");

  g_assert_nonnull (path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE));
  return path;
}

static void
rm_rf (const gchar *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const gchar *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree gchar *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

/* What a fresh reader finds: the set of starred ids, or NULL (with the
 * error in *message) when the file does not load. */
static GHashTable *
load_ids (const gchar  *path,
          gchar       **message)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GHashTable *ids;

  if (!lineup_agenda_load (agenda, &error))
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  entries = lineup_agenda_dup_entries (agenda, AGENDA_FAULTS_POST);
  for (guint i = 0; i < entries->len; i++)
    g_hash_table_add (ids, g_strdup (((LineupAgendaEntry *) entries->pdata[i])->id));
  return ids;
}

/* Whether @ids holds exactly the state of @prefix's writer after @steps
 * steps (ids of other prefixes are not looked at). */
static gboolean
is_state_after (GHashTable  *ids,
                const gchar *prefix,
                guint        steps,
                guint        max_steps)
{
  for (guint n = 1; n <= max_steps; n++)
    {
      g_autofree gchar *id = g_strdup_printf ("%s-%u", prefix, n);

      if (g_hash_table_contains (ids, id) != agenda_faults_starred_after (n, steps))
        return FALSE;
    }
  return TRUE;
}

static void
test_concurrent_writers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-faults-XXXXXX", &error);
  g_autofree gchar *path = NULL;
  g_autofree gchar *message = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GPtrArray) writers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  guint expected = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "agenda.yaml", NULL);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_SILENCE);

  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autofree gchar *prefix = g_strdup_printf ("w%02u", w);
      g_autofree gchar *count = g_strdup_printf ("%u", WRITER_STEPS);
      GSubprocess *writer = g_subprocess_launcher_spawn (launcher, &error, writer_path (),
                                                         "--wait-stdin", path, count,
                                                         prefix, NULL);

      g_assert_no_error (error);
      g_ptr_array_add (writers, writer);
    }

  /* All waiting on stdin: closing it starts them at the same moment. */
  for (guint w = 0; w < N_WRITERS; w++)
    {
      GOutputStream *in = g_subprocess_get_stdin_pipe (g_ptr_array_index (writers, w));

      g_output_stream_close (in, NULL, &error);
      g_assert_no_error (error);
    }
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_subprocess_wait_check (g_ptr_array_index (writers, w), NULL, &error);
      g_assert_no_error (error);
    }

  ids = load_ids (path, &message);
  g_assert_cmpstr (message, ==, NULL);
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autofree gchar *prefix = g_strdup_printf ("w%02u", w);

      g_test_message ("writer %s", prefix);
      g_assert_true (is_state_after (ids, prefix, WRITER_STEPS, WRITER_STEPS));
    }
  for (guint n = 1; n <= WRITER_STEPS; n++)
    expected += agenda_faults_starred_after (n, WRITER_STEPS);
  g_assert_cmpuint (g_hash_table_size (ids), ==, expected * N_WRITERS);

  rm_rf (dir);
}

/* The save after step @saved completed: the next one a writer started
 * with --from=@from makes. */
static guint
next_save (guint saved,
           guint from)
{
  return saved < from ? from : saved + 1;
}

/* The last "saved N" the writer printed, 0 for none. */
static guint
last_saved (const gchar *output,
            guint        from)
{
  g_auto(GStrv) lines = g_strsplit (output ? output : "", "\n", -1);
  guint64 last = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 n;

      if (g_str_has_prefix (lines[i], "saved ")
          && g_ascii_string_to_unsigned (lines[i] + 6, 10, 1, KILL_STEPS, &n, NULL))
        {
          g_assert_cmpuint (n, ==, next_save ((guint) last, from));
          last = n;
        }
    }
  return (guint) last;
}

/* Runs one writer to completion: how long 200 saves take here. */
static gint64
time_full_run (const gchar *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *path = g_build_filename (dir, "agenda.yaml", NULL);
  g_autofree gchar *count = g_strdup_printf ("%u", KILL_STEPS);
  g_autoptr(GSubprocess) writer = NULL;
  gint64 t0 = g_get_monotonic_time ();

  writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error, writer_path (), path,
                             count, "k", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_check (writer, NULL, &error);
  g_assert_no_error (error);
  g_unlink (path);
  return g_get_monotonic_time () - t0;
}

static void
test_sigkill (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-faults-XXXXXX", &error);
  g_autofree gchar *path = NULL;
  g_autofree gchar *count = g_strdup_printf ("%u", KILL_STEPS);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231106);
  gint64 full, window;
  guint mid_run = 0, with_saves = 0, max_saved = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "agenda.yaml", NULL);

  /* Kill somewhere in the run, but keep 200 iterations well under a
   * minute even on a slow disk. */
  full = time_full_run (dir);
  window = CLAMP (full, 2000, 150000);
  g_test_message ("200 saves take %" G_GINT64_FORMAT " µs; killing within %" G_GINT64_FORMAT
                  " µs", full, window);

  for (guint iter = 0; iter < KILL_ITERATIONS; iter++)
    {
      g_autoptr(GSubprocess) writer = NULL;
      g_autoptr(GHashTable) ids = NULL;
      g_autofree gchar *output = NULL;
      g_autofree gchar *message = NULL;
      gulong delay = (gulong) g_rand_int_range (rand, 0, (gint32) window);
      /* Start anywhere in the sequence: kills hit small and large files,
       * early and late removals, in 200 short runs. */
      guint from = (guint) g_rand_int_range (rand, 0, KILL_STEPS);
      g_autofree gchar *from_arg = g_strdup_printf ("--from=%u", from);
      guint saved;

      rm_rf (dir);
      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

      writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, writer_path (),
                                 from_arg, path, count, "k", NULL);
      g_assert_no_error (error);
      g_usleep (delay);
      g_subprocess_send_signal (writer, SIGKILL);
      /* Reads what the writer printed before it died, then reaps it. */
      g_subprocess_communicate_utf8 (writer, NULL, NULL, &output, NULL, &error);
      g_assert_no_error (error);

      saved = last_saved (output, from);
      if (g_subprocess_get_if_signaled (writer) && saved < KILL_STEPS)
        mid_run++;
      if (saved > 0)
        with_saves++;
      max_saved = MAX (max_saved, saved);

      ids = load_ids (path, &message);
      if (ids == NULL)
        {
          g_test_fail_printf ("iteration %u (killed after %lu µs, saved %u): the file does "
                              "not load: %s", iter, delay, saved, message);
          break;
        }
      /* At least as new as the last completed save; at most one newer (the
       * one the writer finished but had no time to report). */
      if (!is_state_after (ids, "k", saved, KILL_STEPS)
          && !(saved < KILL_STEPS && is_state_after (ids, "k", next_save (saved, from),
                                                     KILL_STEPS)))
        {
          g_autofree gchar *text = NULL;

          g_file_get_contents (path, &text, NULL, NULL);
          g_test_fail_printf ("iteration %u (--from=%u, killed after %lu µs): saved %u but "
                              "the file holds %u stars:\n%s", iter, from, delay, saved,
                              g_hash_table_size (ids), text);
          break;
        }
    }

  g_test_message ("%u of %u kills landed mid-run, %u after at least one save, "
                  "at most after save %u", mid_run, KILL_ITERATIONS, with_saves, max_saved);
  /* Not vacuous: most kills interrupt a run that has written something. */
  g_assert_cmpuint (mid_run, >=, KILL_ITERATIONS / 2);
  g_assert_cmpuint (with_saves, >=, KILL_ITERATIONS / 4);

  rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda-faults/concurrent-writers", test_concurrent_writers);
  g_test_add_func ("/agenda-faults/sigkill", test_sigkill);

  return g_test_run ();
}
