/* test-window-sources.c — several sources in one window, and what changed
 * in the picks when a source changes on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <adwaita.h>

#include "lineup-window-private.h"
#include "lineup-test-files.h"
#include "lineup-test-window.h"

#define OFFICIAL TEST_DATA_DIR "/sources/colocated-official.ics"

typedef struct
{
  gchar        *dir;
  gchar        *agenda_path;
  gchar        *post_path;
  LineupAgenda *agenda;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/posts/cilium-kubecon-na-2023.md",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  fixture->dir = lineup_test_make_temp_dir (NULL);
  fixture->agenda_path = g_build_filename (fixture->dir, "agenda.yaml", NULL);
  fixture->post_path = g_build_filename (fixture->dir, "cilium-kubecon-na-2023.md", NULL);
  g_assert_nonnull (bytes);
  g_assert_true (g_file_set_contents (fixture->post_path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  fixture->agenda = lineup_agenda_new (fixture->agenda_path);
  lineup_agenda_set_autosave_delay (fixture->agenda, 0);
  g_settings_set_strv (settings, "sources", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->agenda);
  lineup_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->agenda_path);
  g_free (fixture->post_path);
}

static gboolean
shows_n_talks (gpointer data)
{
  LineupWindow *window = data;
  guint wanted = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (window), "lineup-test-n"));

  return window->n_reading == 0 && window->schedule != NULL &&
         lineup_schedule_get_n_sessions (window->schedule) == wanted &&
         lineup_test_filter_done (window);
}

static void
wait_for_n_talks (LineupWindow *window,
                  guint         n,
                  const gchar  *what)
{
  g_object_set_data (G_OBJECT (window), "lineup-test-n", GUINT_TO_POINTER (n));
  lineup_test_wait_until (shows_n_talks, window, what);
  lineup_test_settle (window);
}

static void
open_path (LineupWindow *window,
           const gchar  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  lineup_window_open_file (window, file);
}

static LineupSession *
find_talk (LineupWindow *window,
           const gchar  *id)
{
  LineupSession *session = lineup_schedule_find (lineup_window_get_schedule (window), id);

  g_assert_nonnull (session);
  return session;
}

static guint
count_titled (GListModel  *model,
              const gchar *title)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LineupSession) session = g_list_model_get_item (model, i);

      n += g_strcmp0 (lineup_session_get_title (session), title) == 0;
    }
  return n;
}

static guint
n_source_rows (LineupWindow *window)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (window->sources_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* The built-in post (a copy on disk) and the official calendar of the same
 * days: one list, the same talk once, a conflict across the two; removing
 * the calendar removes its talks and keeps its picks for when it comes
 * back. */
static void
test_two_sources (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LineupSchedule) builtin = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (fixture->agenda, builtin);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) remembered = NULL;
  g_autofree gchar *official_uri = NULL;
  GListModel *model = lineup_window_get_model (window);
  LineupSession *tetragon, *bof;
  const gchar *official_key;

  g_assert_false (gtk_widget_get_visible (window->sources_button));
  open_path (window, fixture->post_path);
  wait_for_n_talks (window, 25, "the copy of the post to replace the built-in one");
  open_path (window, OFFICIAL);
  wait_for_n_talks (window, 25 + 5 - 2, "the official calendar to join the post");

  /* Listed by both: shown once. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 28);
  g_assert_cmpuint (count_titled (model, "Come BGP with Me"), ==, 1);
  g_assert_cmpuint (count_titled (model, "Badge Pick-Up"), ==, 2);
  g_assert_null (lineup_schedule_find (lineup_window_get_schedule (window), "official-tetragon"));

  /* The sources list, and what is remembered for the next start. */
  g_assert_true (gtk_widget_get_visible (window->sources_button));
  g_assert_cmpuint (n_source_rows (window), ==, 2);
  remembered = g_settings_get_strv (settings, "sources");
  g_assert_cmpuint (g_strv_length (remembered), ==, 2);
  g_assert_true (g_str_has_suffix (remembered[0], "/cilium-kubecon-na-2023.md"));
  g_assert_true (g_str_has_suffix (remembered[1], "/sources/colocated-official.ics"));
  official_uri = g_strdup (remembered[1]);

  /* A conflict across the two sources. */
  tetragon = find_talk (window, "1Rj3S");
  bof = find_talk (window, "official-bof");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)",
                                             "1Rj3S", TRUE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)",
                                             "official-bof", TRUE));
  lineup_test_settle (window);
  g_assert_true (lineup_session_get_starred (tetragon));
  g_assert_cmpuint (lineup_session_get_n_conflicts (tetragon), ==, 1);
  g_assert_cmpstr (lineup_session_get_conflicts (tetragon)[0], ==, "official-bof");
  g_assert_cmpstr (lineup_session_get_conflicts (bof)[0], ==, "1Rj3S");
  official_key = lineup_session_get_source_key (bof);
  g_assert_nonnull (official_key);
  /* The Tetragon talk is starred in both sources. */
  g_assert_true (lineup_agenda_is_starred (fixture->agenda, official_key, "official-tetragon"));

  /* Removed: its talks go, its picks stay in the agenda. */
  lineup_window_remove_source (window, official_uri);
  wait_for_n_talks (window, 25, "the calendar's talks to go");
  g_assert_cmpuint (n_source_rows (window), ==, 1);
  g_assert_true (lineup_agenda_is_starred (fixture->agenda, "Co-located Events NA 2023 (official)",
                                           "official-bof"));
  g_assert_cmpuint (lineup_session_get_n_conflicts (find_talk (window, "1Rj3S")), ==, 0);

  /* Back: the pick with it. */
  open_path (window, OFFICIAL);
  wait_for_n_talks (window, 28, "the calendar to come back");
  g_assert_true (lineup_session_get_starred (find_talk (window, "official-bof")));
  g_assert_cmpuint (lineup_session_get_n_conflicts (find_talk (window, "1Rj3S")), ==, 1);
  lineup_test_destroy_window (window);

  /* The next start opens both again, with their picks; a remembered file
   * that has gone since is left out without a word. */
  {
    g_auto(GStrv) both = g_settings_get_strv (settings, "sources");
    g_autofree gchar *gone = g_strconcat (both[0], ".gone.md", NULL);
    const gchar *three[] = { gone, both[0], both[1], NULL };

    g_settings_set_strv (settings, "sources", three);
  }
  window = lineup_test_show_window (fixture->agenda, NULL);
  lineup_window_restore_sources (window);
  wait_for_n_talks (window, 28, "the remembered sources to open at start");
  g_assert_cmpuint (n_source_rows (window), ==, 2);
  g_assert_null (lineup_window_get_last_toast (window));
  g_assert_true (lineup_session_get_starred (find_talk (window, "official-bof")));
  g_assert_cmpuint (lineup_session_get_n_conflicts (find_talk (window, "1Rj3S")), ==, 1);
  lineup_test_destroy_window (window);
}

static gchar *
edit_text (const gchar *text,
           const gchar *from,
           const gchar *to)
{
  const gchar *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* Removes from @start up to (not including) @end. */
static gchar *
cut_text (const gchar *text,
          const gchar *start,
          const gchar *end)
{
  const gchar *from = strstr (text, start);
  const gchar *to = from != NULL ? strstr (from, end) : NULL;

  g_assert_nonnull (to);
  return g_strdup_printf ("%.*s%s", (int) (from - text), text, to);
}

static gboolean
has_n_changes (gpointer data)
{
  LineupWindow *window = data;
  guint wanted = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (window), "lineup-test-n"));

  return window->changes != NULL && window->changes->len == wanted && window->n_reading == 0;
}

static const gchar *
note_of (LineupWindow *window,
         const gchar  *id)
{
  return lineup_session_get_change_note (find_talk (window, id));
}

/* The post edited on disk while it is open: the Tetragon talk moved to
 * 12:50, another starred talk renamed, a third deleted.  The changes are
 * reported exactly, the picks follow, the selection stays; marked as seen,
 * they are gone and the agenda keeps the talks as they are now. */
static void
test_edit_on_disk (Fixture       *fixture,
                   gconstpointer  data)
{
  LineupWindow *window = lineup_test_show_window (fixture->agenda, NULL);
  g_autofree gchar *text = NULL;
  g_autofree gchar *moved = NULL;
  g_autofree gchar *renamed = NULL;
  g_autofree gchar *cut = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  LineupSession *selected;
  const gchar *key;

  open_path (window, fixture->post_path);
  wait_for_n_talks (window, 25, "the post to open");
  for (guint i = 0; i < 3; i++)
    {
      const gchar *ids[] = { "1Rj3S", "1Rj4B", "1Rj5D" };

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)",
                                                 ids[i], TRUE));
    }
  g_assert_true (lineup_window_select_session (window, find_talk (window, "1Rj4B")));
  lineup_test_settle (window);
  g_assert_cmpuint (window->changes->len, ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (window->changes_revealer));

  g_assert_true (g_file_get_contents (fixture->post_path, &text, NULL, NULL));
  moved = edit_text (text, "12:15pm - 12:40pm", "12:50pm - 1:15pm");
  renamed = edit_text (moved, "[Secure Infrastructure with Combined Runtime and Network Security - ",
                       "[Secure Infrastructure, Runtime and Network - ");
  cut = cut_text (renamed, "[Come BGP with Me", "[Day 2 with Cilium");
  g_assert_true (g_file_set_contents (fixture->post_path, cut, -1, NULL));

  g_object_set_data (G_OBJECT (window), "lineup-test-n", GUINT_TO_POINTER (3));
  lineup_test_wait_until (has_n_changes, window, "three changes after the post was edited");
  lineup_test_settle (window);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (lineup_window_get_schedule (window)), ==, 24);

  /* Exactly what changed, on the rows. */
  g_assert_cmpstr (note_of (window, "1Rj3S"), ==, "Moved from Mon, Nov 6 · 12:15 to 12:50");
  g_assert_cmpstr (note_of (window, "1Rj4B"), ==,
                   "Renamed from “Secure Infrastructure with Combined Runtime and Network Security”");
  for (guint i = 0; i < window->changes->len; i++)
    {
      LineupPickChange *change = g_ptr_array_index (window->changes, i);

      if (g_str_equal (change->id, "1Rj5D"))
        g_assert_cmpint (change->flags, ==, LINEUP_PICK_GONE);
      else if (g_str_equal (change->id, "1Rj3S"))
        g_assert_cmpint (change->flags, ==, LINEUP_PICK_MOVED);
      else
        g_assert_cmpint (change->flags, ==, LINEUP_PICK_RENAMED);
    }
  g_assert_cmpstr (gtk_label_get_text (window->changes_label), ==, "3 of your picks changed");
  g_assert_true (gtk_revealer_get_reveal_child (window->changes_revealer));

  /* The picks follow the moved and renamed talks; the selection stays. */
  g_assert_true (lineup_session_get_starred (find_talk (window, "1Rj3S")));
  g_assert_true (lineup_session_get_starred (find_talk (window, "1Rj4B")));
  selected = gtk_single_selection_get_selected_item (lineup_window_get_selection (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (lineup_session_get_id (selected), ==, "1Rj4B");

  /* The view lists them; "Mark All as Seen" clears them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", NULL));
  g_assert_nonnull (window->changes_dialog);
  {
    guint n = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (window->changes_list));
         row != NULL; row = gtk_widget_get_next_sibling (row))
      n++;
    g_assert_cmpuint (n, ==, 3);
  }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (window->changes_dialog), "seen");
  g_object_set_data (G_OBJECT (window), "lineup-test-n", GUINT_TO_POINTER (0));
  lineup_test_wait_until (has_n_changes, window, "the changes to be marked as seen");
  g_assert_null (note_of (window, "1Rj3S"));
  g_assert_false (gtk_revealer_get_reveal_child (window->changes_revealer));

  /* The agenda keeps the talks as they are now; the deleted one is gone. */
  key = lineup_schedule_get_key (lineup_window_get_schedule (window));
  entries = lineup_agenda_dup_entries (fixture->agenda, key);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (((LineupAgendaEntry *) g_ptr_array_index (entries, 0))->start, ==,
                   "2023-11-06T12:50:00-06:00");
  g_assert_cmpstr (((LineupAgendaEntry *) g_ptr_array_index (entries, 1))->title, ==,
                   "Secure Infrastructure, Runtime and Network");

  lineup_test_destroy_window (window);
}

static gboolean
toast_says (gpointer data)
{
  LineupWindow *window = data;
  const gchar *wanted = g_object_get_data (G_OBJECT (window), "lineup-test-toast");
  const gchar *toast = lineup_window_get_last_toast (window);

  return toast != NULL && strstr (toast, wanted) != NULL;
}

/* Ctrl+L: the Open Address dialog takes only a web address; what cannot be
 * downloaded (nothing listens on 127.0.0.1:1) is a toast naming it, and the
 * talks shown stay. */
static void
test_open_address_dialog (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(LineupSchedule) builtin = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (fixture->agenda, builtin);
  GtkWidget *dialog;
  GtkEditable *entry;

  window->download_dir = g_strdup (fixture->dir);
  dialog = _lineup_window_show_address_dialog (window);
  entry = GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "lineup-entry"));
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (dialog));

    /* The entry (its text widget) takes the typing at once. */
    g_assert_nonnull (focus);
    g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
  }
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open"));
  gtk_editable_set_text (entry, "schedule.ics");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open"));
  gtk_editable_set_text (entry, " http://127.0.0.1:1/schedule.ics ");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open"));

  /* Enter in the entry opens it. */
  g_signal_emit_by_name (entry, "activate");
  g_object_set_data (G_OBJECT (window), "lineup-test-toast", "http://127.0.0.1:1/schedule.ics");
  lineup_test_wait_until (toast_says, window, "a toast naming the address that failed");
  g_assert_true (g_str_has_prefix (lineup_window_get_last_toast (window), "Could not download"));
  g_assert_cmpuint (lineup_schedule_get_n_sessions (lineup_window_get_schedule (window)), ==, 25);
  g_assert_false (gtk_widget_get_visible (window->sources_button));
  g_assert_false (gtk_revealer_get_reveal_child (window->download_revealer));

  lineup_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add ("/window-sources/two-sources", Fixture, NULL, fixture_set_up, test_two_sources,
              fixture_tear_down);
  g_test_add ("/window-sources/open-address-dialog", Fixture, NULL, fixture_set_up,
              test_open_address_dialog, fixture_tear_down);
  g_test_add ("/window-sources/edit-on-disk", Fixture, NULL, fixture_set_up, test_edit_on_disk,
              fixture_tear_down);

  return g_test_run ();
}
