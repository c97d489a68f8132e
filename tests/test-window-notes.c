/* test-window-notes.c — a post the reader could not read fully: the window
 * says how many entries, lists them with their lines, and forgets them when
 * another post is opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window-notes"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lineup-window-private.h"
#include "lineup-test-window.h"

#define UNTIMED "window/notes-untimed.md"   /* two talks without a time, one with */
#define NO_YEAR "layouts/no-year.md"        /* one note, about the post: the year is assumed */
#define UNTIMED_NO_YEAR "window/notes-untimed-no-year.md" /* one of each */
#define MIXED   "window/notes-mixed.md"     /* a talk that ends before it starts, one without a time */
#define NO_DAY  "window/notes-no-day.md"    /* two talks with times and no day */
#define CLEAN   "pixie-io_blog.px.dev__content_blog_kubecon-na-2022_index.md"

static gboolean
schedule_replaced (gpointer data)
{
  LineupWindow *window = data;

  return lineup_window_get_schedule (window) != g_object_get_data (G_OBJECT (window), "old");
}

/* Opens TEST_DATA_DIR/@name and waits for the window to show it. */
static void
open_post (LineupWindow *window,
           const gchar  *name)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree gchar *what = g_strdup_printf ("the window to show %s", name);
  LineupSchedule *old = lineup_window_get_schedule (window);

  g_object_set_data_full (G_OBJECT (window), "old", old != NULL ? g_object_ref (old) : NULL,
                          old != NULL ? g_object_unref : NULL);
  /* One post at a time: opening another adds to the sources shown, the
   * example post (from the main menu) clears them; the same one is read
   * again. */
  if (g_strcmp0 (g_object_get_data (G_OBJECT (window), "lineup-test-post"), name) != 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL);
  g_object_set_data_full (G_OBJECT (window), "lineup-test-post", g_strdup (name), g_free);
  lineup_window_open_file (window, file);
  lineup_test_wait_until (schedule_replaced, window, what);
  lineup_test_settle (window);
}

static LineupWindow *
show_window (void)
{
  LineupWindow *window = lineup_window_new (NULL, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
dialog_shown (gpointer window)
{
  GtkWidget *dialog = lineup_window_get_notes_dialog (window);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
dialog_gone (gpointer window)
{
  return lineup_window_get_notes_dialog (window) == NULL;
}

/* The titles of the dialog's rows, "\n" after each. */
static gchar *
dialog_rows (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (dialog, ADW_TYPE_ACTION_ROW);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);

      g_assert_true (adw_preferences_row_get_title_selectable (row));
      g_string_append_printf (text, "%s\n", adw_preferences_row_get_title (row));
    }
  return g_string_free (text, FALSE);
}

/* Clicks the dialog's button labelled @label, as a user does (a response
 * alone does not close the dialog). */
static void
click_response (GtkWidget   *dialog,
                const gchar *label)
{
  g_autoptr(GPtrArray) buttons = lineup_test_find_all (dialog, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        {
          gtk_widget_activate (button);
          return;
        }
    }
  g_error ("no button “%s” in the dialog", label);
}

static const gchar *
first_button_action (GtkWidget   *banner,
                     const gchar *action)
{
  g_autoptr(GPtrArray) buttons = lineup_test_find_all (banner, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return gtk_widget_get_mapped (button) ? action : NULL;
    }
  return NULL;
}

/* Two talks the post gives no time for: the banner says so, its Details
 * list them with their lines; an entry not read fully is counted with them;
 * a clean post hides it. */
static void
test_notes_banner_and_dialog (void)
{
  LineupWindow *window = show_window ();
  g_autofree gchar *rows = NULL;
  GtkWidget *dialog;
  GtkWidget *label;

  open_post (window, UNTIMED);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (lineup_window_get_schedule (window)), ==, 3);
  g_assert_cmpstr (lineup_window_get_notes_text (window), ==,
                   "The post gives no time for 2 talks");
  label = GTK_WIDGET (window->notes_label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_nonnull (first_button_action (GTK_WIDGET (window->notes_revealer),
                                         "win.show-read-notes"));
  g_assert_nonnull (first_button_action (GTK_WIDGET (window->notes_revealer),
                                         "win.dismiss-read-notes"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-read-notes", NULL));
  lineup_test_wait_until (dialog_shown, window, "the dialog that lists the entries");
  dialog = lineup_window_get_notes_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The post gives no time for 2 talks");
  rows = dialog_rows (dialog);
  g_assert_cmpstr (rows, ==,
                   "Line 11 — No time is given for “Wren Internals: the Scheduler”; "
                   "it is listed under its day\n"
                   "Line 12 — No time is given for “Fuzzing a Small Language”; "
                   "it is listed under its day\n");

  click_response (dialog, "_Close");
  lineup_test_wait_until (dialog_gone, window, "the dialog to close");

  /* A note about the whole post is no entry: it is said as it is. */
  open_post (window, NO_YEAR);
  g_assert_true (g_str_has_prefix (lineup_window_get_notes_text (window),
                                   "The post gives no year; assuming "));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-read-notes", NULL));
  lineup_test_wait_until (dialog_shown, window, "the dialog that lists the notes");
  g_free (rows);
  rows = dialog_rows (lineup_window_get_notes_dialog (window));
  g_assert_true (g_str_has_prefix (rows, "The post gives no year; assuming "));
  g_assert_null (strstr (rows, "Line "));
  click_response (lineup_window_get_notes_dialog (window), "_Close");
  lineup_test_wait_until (dialog_gone, window, "the dialog to close");

  /* One entry and one note about the post: the singular, for the entry. */
  open_post (window, UNTIMED_NO_YEAR);
  g_assert_cmpstr (lineup_window_get_notes_text (window), ==, "The post gives no time for 1 talk");

  /* An entry not read fully, and one the post gives no time for: both. */
  open_post (window, MIXED);
  g_assert_cmpstr (lineup_window_get_notes_text (window), ==, "2 entries could not be read fully");

  /* Times but no day. */
  open_post (window, NO_DAY);
  g_assert_cmpstr (lineup_window_get_notes_text (window), ==, "The post gives no day for 2 talks");

  /* A clean post: no banner, no list to show. */
  open_post (window, CLEAN);
  g_assert_null (lineup_window_get_notes_text (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->notes_revealer)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-read-notes", NULL);
  g_assert_null (lineup_window_get_notes_dialog (window));

  lineup_test_destroy_window (window);
}

/* Copy All: the notes as the command line prints them, file and line. */
static void
test_notes_copy (void)
{
  LineupWindow *window = show_window ();
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  const gchar *copied;
  GtkWidget *dialog;

  open_post (window, UNTIMED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-read-notes", NULL));
  lineup_test_wait_until (dialog_shown, window, "the dialog that lists the entries");
  dialog = lineup_window_get_notes_dialog (window);
  click_response (dialog, "C_opy All");
  lineup_test_wait_until (dialog_gone, window, "the dialog to close after Copy All");

  g_assert_true (gdk_clipboard_is_local (clipboard));
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  copied = g_value_get_string (&value);
  g_assert_nonnull (strstr (copied, "notes-untimed.md:11: no time is given for “Wren Internals"));
  g_assert_nonnull (strstr (copied, "notes-untimed.md:12: no time is given for “Fuzzing"));
  g_assert_cmpstr (lineup_window_get_last_toast (window), ==, "Copied");

  lineup_test_destroy_window (window);
}

/* Whether an item of the main menu, or of one of its sections, activates
 * @action. */
static gboolean
menu_has_action (LineupWindow *window,
                 const gchar  *action)
{
  GMenuModel *menu = lineup_test_main_menu (window);

  for (gint i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (gint j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree gchar *name = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
              g_str_equal (name, action))
            return TRUE;
        }
    }
  return FALSE;
}

/* Dismissed, the banner stays away for this post, read again or not, and
 * comes back for another post that has notes. */
static void
test_notes_dismiss (void)
{
  LineupWindow *window = show_window ();

  open_post (window, UNTIMED);
  g_assert_nonnull (lineup_window_get_notes_text (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-read-notes",
                                             NULL));
  g_assert_null (lineup_window_get_notes_text (window));

  open_post (window, UNTIMED);
  g_assert_null (lineup_window_get_notes_text (window));

  /* Dismissed, the notes are still in the main menu. */
  g_assert_true (menu_has_action (window, "win.show-read-notes"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-read-notes", NULL));
  lineup_test_wait_until (dialog_shown, window, "the dialog that lists the entries, from the menu");
  open_post (window, CLEAN);
  lineup_test_wait_until (dialog_gone, window, "the dialog to close with its post");

  open_post (window, NO_YEAR);
  g_assert_nonnull (lineup_window_get_notes_text (window));

  /* The dialog of a post does not outlive it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-read-notes", NULL));
  lineup_test_wait_until (dialog_shown, window, "the dialog that lists the entries");
  open_post (window, CLEAN);
  lineup_test_wait_until (dialog_gone, window, "the dialog to close with its post");

  /* Left open, it goes with the window. */
  open_post (window, UNTIMED);
  g_assert_nonnull (lineup_window_get_notes_text (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-read-notes", NULL));
  lineup_test_wait_until (dialog_shown, window, "the dialog that lists the entries");
  lineup_test_destroy_window (window);
}

static void
test_notes_format (void)
{
  const struct {
    const gchar *file;
    guint line;
    LineupReadNoteScope scope;
    const gchar *message;
    const gchar *shown;
  } cases[] = {
    { "post.md", 42, LINEUP_READ_NOTE_ENTRY, "no time found for “Keynote”",
      "Line 42 — No time found for “Keynote”" },
    { "a:b.md", 3, LINEUP_READ_NOTE_ENTRY, "“Lunch” ends before it starts",
      "Line 3 — “Lunch” ends before it starts" },
    { "post.md", 7, LINEUP_READ_NOTE_DOCUMENT, "the post gives no year; assuming 2023",
      "The post gives no year; assuming 2023" },
    { "post.md", 1, LINEUP_READ_NOTE_DOCUMENT, "écrit sans ligne", "Écrit sans ligne" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LineupReadNote) note = lineup_read_note_new (cases[i].file, cases[i].line,
                                                             cases[i].scope, cases[i].message);
      g_autofree gchar *shown = _lineup_window_format_note (note);
      g_autofree gchar *printed = lineup_read_note_to_string (note);
      g_autofree gchar *expected = g_strdup_printf ("%s:%u: %s", cases[i].file, cases[i].line,
                                                    cases[i].message);

      g_assert_cmpstr (shown, ==, cases[i].shown);
      /* The command line prints it with its file and line, whatever its scope. */
      g_assert_cmpstr (printed, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window-notes/format", test_notes_format);
  g_test_add_func ("/window-notes/banner-and-dialog", test_notes_banner_and_dialog);
  g_test_add_func ("/window-notes/copy", test_notes_copy);
  g_test_add_func ("/window-notes/dismiss", test_notes_dismiss);

  return g_test_run ();
}
