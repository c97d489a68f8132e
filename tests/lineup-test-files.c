/* lineup-test-files.c — temporary folders and agendas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "lineup-test-files.h"

gchar *
lineup_test_make_temp_dir (const gchar *name)
{
  g_autofree gchar *program = g_path_get_basename (g_get_prgname () != NULL ? g_get_prgname ()
                                                                            : "test-lineup");
  g_autofree gchar *template = NULL;
  g_autoptr(GError) error = NULL;
  gchar *dir;

  if (name == NULL)
    name = g_str_has_prefix (program, "test-") ? program + strlen ("test-") : program;
  template = g_strdup_printf ("lineup-%s-XXXXXX", name);
  dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  return dir;
}

gboolean
lineup_test_remove_tree (const gchar *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return TRUE;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const gchar *name;

      g_chmod (path, 0755);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree gchar *child = g_build_filename (path, name, NULL);

          lineup_test_remove_tree (child);
        }
      return g_rmdir (path) == 0;
    }
  return g_unlink (path) == 0;
}

gchar *
lineup_test_read_text (const gchar *path)
{
  g_autoptr(GError) error = NULL;
  gchar *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

void
lineup_test_write_text (const gchar *path,
                        const gchar *contents,
                        gssize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

void
lineup_test_agenda_dir_init (LineupTestAgendaDir *temp)
{
  temp->dir = lineup_test_make_temp_dir (NULL);
  temp->path = g_build_filename (temp->dir, "agenda.yaml", NULL);
}

void
lineup_test_agenda_dir_clear (LineupTestAgendaDir *temp)
{
  if (temp->dir != NULL)
    lineup_test_remove_tree (temp->dir);
  g_clear_pointer (&temp->dir, g_free);
  g_clear_pointer (&temp->path, g_free);
}

void
lineup_test_agenda_dir_assert_tidy (LineupTestAgendaDir *temp)
{
  g_autoptr(GDir) dir = g_dir_open (temp->dir, 0, NULL);
  const gchar *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_equal (name, "agenda.yaml") || g_str_equal (name, "agenda.yaml.lock"))
        continue;
      g_test_message ("left in %s: %s", temp->dir, name);
      g_test_fail ();
    }
}

LineupAgenda *
lineup_test_temp_agenda (LineupTestAgendaDir *temp)
{
  LineupAgenda *agenda;

  g_assert_null (temp->dir);
  lineup_test_agenda_dir_init (temp);
  agenda = lineup_agenda_new (temp->path);
  lineup_agenda_set_autosave_delay (agenda, 0);
  return agenda;
}

void
lineup_test_agenda_dir_set_up (LineupTestAgendaDir *temp,
                               gconstpointer        data)
{
  lineup_test_agenda_dir_init (temp);
}

void
lineup_test_agenda_dir_tear_down (LineupTestAgendaDir *temp,
                                  gconstpointer        data)
{
  lineup_test_agenda_dir_clear (temp);
}
