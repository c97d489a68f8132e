/* test-window-export.c — the Export Agenda dialog as a user meets it: the
 * post's name, in the user's Documents.
 *
 * Its own program because the file chooser's libraries keep memory for the
 * life of the process on purpose; the sanitizer build matches those blocks
 * against tests/lsan.supp only with full stack traces
 * (fast_unwind_on_malloc=0, set in tests/meson.build), which would make every
 * other window test several times slower.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window-export"

#include "config.h"

#include <adwaita.h>

#include "lineup-application.h"
#include "lineup-window.h"
#include "lineup-test-window.h"

#define TUTORIAL "1R2on"

/* Selects @session and stars it with the window's action (Ctrl+D). */
static void
star (LineupWindow  *window,
      LineupSession *session)
{
  g_assert_false (lineup_session_get_starred (session));
  g_assert_true (lineup_window_select_session (window, session));
  lineup_test_settle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL));
  lineup_test_settle (window);
  g_assert_true (lineup_session_get_starred (session));
}

static gboolean
file_chooser_shown (gpointer data)
{
  GtkWindow **found = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *found = window;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
chooser_has_folder (gpointer dialog)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));

  return folder != NULL;
}

/* The export dialog suggests the post's name in the user's Documents (the
 * home folder when there is none), not "agenda.ics" in the working folder. */
static void
test_use_export_dialog (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  GtkWindow *dialog = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) expected = NULL;
  g_autofree gchar *name = NULL;
  const gchar *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  star (window, lineup_schedule_find (schedule, TUTORIAL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  lineup_test_wait_until (file_chooser_shown, &dialog, "the Export Agenda dialog");

  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (name, ==, "Cilium Talks at KubeCon NA 2023 Agenda.ics");
  /* The folder is set once the chooser has loaded it. */
  lineup_test_wait_until (chooser_has_folder, dialog, "the dialog to show a folder");
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    expected = g_file_new_for_path (documents);
  else
    expected = g_file_new_for_path (g_get_home_dir ());
  g_assert_true (g_file_equal (folder, expected));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window-use/export-dialog", test_use_export_dialog);

  return g_test_run ();
}
