/* fuzz-agenda.c — lineup_agenda_load () on any file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to agenda.yaml in a private folder (on /dev/shm when
 * there is one, so the durable writes stay cheap), loaded, saved, and loaded
 * again; the folder is emptied after each run (a corrupt file is moved aside
 * to agenda.yaml.broken-<time>).
 */
#define G_LOG_DOMAIN "lineup-fuzz"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lineup-agenda.h"
#include "fuzz-common.h"

static gchar *fuzz_dir;
static gchar *fuzz_path;

static void
remove_fuzz_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const gchar *name;

  if (fuzz_dir == NULL)
    return;
  dir = g_dir_open (fuzz_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree gchar *path = g_build_filename (fuzz_dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fuzz_dir);
}

static void
empty_fuzz_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (fuzz_dir, 0, NULL);
  const gchar *name;

  FUZZ_CHECK (dir != NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree gchar *path = g_build_filename (fuzz_dir, name, NULL);

      FUZZ_CHECK (g_remove (path) == 0);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree gchar *tmpl = NULL;

  fuzz_common_init ();
  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR)
      && g_access ("/dev/shm", W_OK) == 0)
    tmpl = g_build_filename ("/dev/shm", "lineup-fuzz-agenda-XXXXXX", NULL);
  else
    tmpl = g_build_filename (g_get_tmp_dir (), "lineup-fuzz-agenda-XXXXXX", NULL);
  fuzz_dir = g_mkdtemp (g_steal_pointer (&tmpl));
  FUZZ_CHECK (fuzz_dir != NULL);
  fuzz_path = g_build_filename (fuzz_dir, "agenda.yaml", NULL);
  atexit (remove_fuzz_dir);
  return 0;
}

static gboolean
has_broken_copy (void)
{
  g_autoptr(GDir) dir = g_dir_open (fuzz_dir, 0, NULL);
  const gchar *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "agenda.yaml.broken-"))
      return TRUE;
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LineupAgenda) agenda = NULL;
  g_autoptr(LineupAgenda) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gchar *saved = NULL;
  g_autofree gchar *resaved = NULL;
  gsize saved_len = 0, resaved_len = 0;
  gboolean loaded;

  if (fuzz_dir == NULL)
    LLVMFuzzerInitialize (NULL, NULL);
  FUZZ_CHECK (g_file_set_contents (fuzz_path, (const gchar *) data, (gssize) size, NULL));

  agenda = lineup_agenda_new (fuzz_path);
  lineup_agenda_set_autosave_delay (agenda, 0);
  loaded = lineup_agenda_load (agenda, &error);
  if (!loaded)
    {
      /* Only a corrupt file can fail to load here: it is kept aside, never lost. */
      FUZZ_CHECK (g_error_matches (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (has_broken_copy ());
      FUZZ_CHECK (!g_file_test (fuzz_path, G_FILE_TEST_EXISTS));
      g_clear_error (&error);
    }
  g_ptr_array_unref (lineup_agenda_dup_entries (agenda, "fuzz.md"));

  /* What the agenda writes, it reads back, and writing that again changes
   * nothing: the file is a fixed point after one save. */
  FUZZ_CHECK (lineup_agenda_save (agenda, &error));
  FUZZ_CHECK (g_file_get_contents (fuzz_path, &saved, &saved_len, NULL));

  again = lineup_agenda_new (fuzz_path);
  FUZZ_CHECK (lineup_agenda_load (again, &error));
  FUZZ_CHECK (lineup_agenda_save (again, &error));
  FUZZ_CHECK (g_file_get_contents (fuzz_path, &resaved, &resaved_len, NULL));
  FUZZ_CHECK (saved_len == resaved_len);
  FUZZ_CHECK (memcmp (saved, resaved, saved_len) == 0);

  g_clear_object (&agenda);
  g_clear_object (&again);
  empty_fuzz_dir ();
  return 0;
}
