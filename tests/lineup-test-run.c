/* lineup-test-run.c — running the built `lineup` as a user does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include "lineup-test-files.h"
#include "lineup-test-run.h"

#define RUN_CAP_SECONDS 120

void
lineup_test_output_clear (LineupTestOutput *output)
{
  g_clear_pointer (&output->out, g_free);
  g_clear_pointer (&output->err, g_free);
}

static void
on_communicated_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
on_cap_reached_cb (gpointer user_data)
{
  gboolean *reached = user_data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

static GSubprocess *
spawn (const gchar *home,
       const gchar *locale,
       const gchar *first_arg,
       va_list      args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, g_build_filename (g_getenv ("LINEUP_BUILD_ROOT"), "src", "lineup", NULL));
  for (const gchar *arg = first_arg; arg != NULL; arg = va_arg (args, const gchar *))
    g_ptr_array_add (argv, g_strdup (arg));
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", locale != NULL ? locale : "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, (const gchar * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

void
lineup_test_run_in_va (const gchar      *home,
                       const gchar      *locale,
                       LineupTestOutput *output,
                       const gchar      *first_arg,
                       va_list           args)
{
  g_autoptr(GSubprocess) process = spawn (home, locale, first_arg, args);
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  gboolean reached = FALSE;
  guint cap;

  lineup_test_output_clear (output);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_communicated_cb, &result);
  cap = g_timeout_add_seconds (RUN_CAP_SECONDS, on_cap_reached_cb, &reached);
  while (result == NULL)
    {
      if (reached)
        g_error ("timed out after %u s waiting for `lineup %s` to end", RUN_CAP_SECONDS,
                 first_arg != NULL ? first_arg : "");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (cap);
  g_subprocess_communicate_utf8_finish (process, result, &output->out, &output->err, &error);
  g_object_unref (result);
  g_assert_no_error (error);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  output->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process)
                                                         : -1;
}

void
lineup_test_run_in (const gchar      *home,
                    const gchar      *locale,
                    LineupTestOutput *output,
                    const gchar      *first_arg,
                    ...)
{
  va_list args;

  va_start (args, first_arg);
  lineup_test_run_in_va (home, locale, output, first_arg, args);
  va_end (args);
}

void
lineup_test_run_init (LineupTestRun *run)
{
  run->home = lineup_test_make_temp_dir ("run");
}

void
lineup_test_run_clear (LineupTestRun *run)
{
  if (run->home != NULL)
    lineup_test_remove_tree (run->home);
  g_clear_pointer (&run->home, g_free);
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
lineup_test_run_lineup (LineupTestRun *run,
                        const gchar   *first_arg,
                        ...)
{
  LineupTestOutput output = { 0 };
  va_list args;

  g_assert_nonnull (run->home);
  va_start (args, first_arg);
  lineup_test_run_in_va (run->home, NULL, &output, first_arg, args);
  va_end (args);
  g_free (run->out);
  g_free (run->err);
  run->status = output.status;
  run->out = output.out;
  run->err = output.err;
}

GPtrArray *
lineup_test_json_lines (const gchar *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      if (*lines[i] == '\0')
        continue;
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      g_ptr_array_add (objects, json_node_copy (json_parser_get_root (parser)));
    }
  return objects;
}
