/* test-window-pick.c — two kinds of pick in the window: the row's star
 * cycles none → going → maybe → none, Ctrl+Shift+D marks maybe, a maybe
 * talk is in My Agenda but in no conflict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window-pick"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include <glib/gstdio.h>

#include "lineup-session-row.h"
#include "lineup-window-private.h"
#include "lineup-test-files.h"
#include "lineup-test-window.h"

#define TUTORIAL     "1R2on"   /* Tuesday 4:30 pm – 6:00 pm */
#define BATTLE_SCARS "1R2ts"   /* Tuesday 5:25 pm – 6:00 pm: the built-in post's one overlap */

/* Helpers ---------------------------------------------------------------- */

typedef struct
{
  LineupTestAgendaDir  files;
  LineupAgenda        *agenda;
} TempAgenda;

static void
temp_agenda_init (TempAgenda *temp)
{
  temp->files = (LineupTestAgendaDir) { NULL, NULL };
  temp->agenda = lineup_test_temp_agenda (&temp->files);
}

static void
temp_agenda_clear (TempAgenda *temp)
{
  g_assert_finalize_object (temp->agenda);
  /* Nothing left but the agenda and its lock. */
  lineup_test_agenda_dir_assert_tidy (&temp->files);
  lineup_test_agenda_dir_clear (&temp->files);
}

static LineupSessionRow *
find_row (LineupWindow  *window,
          LineupSession *session)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (window, LINEUP_TYPE_SESSION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      LineupSessionRow *row = g_ptr_array_index (rows, i);

      if (lineup_session_row_get_session (row) == session
          && gtk_widget_get_mapped (GTK_WIDGET (row)))
        return row;
    }
  return NULL;
}

static GtkWidget *
row_star (LineupSessionRow *row)
{
  GtkWidget *button = lineup_test_find_first (row, GTK_TYPE_TOGGLE_BUTTON);

  g_assert_nonnull (button);
  return button;
}

static GtkWidget *
row_conflict_box (LineupSessionRow *row)
{
  g_autoptr(GPtrArray) boxes = lineup_test_find_all (row, GTK_TYPE_BOX);

  for (guint i = 0; i < boxes->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (boxes, i), "lineup-conflict"))
      return g_ptr_array_index (boxes, i);
  g_assert_not_reached ();
}

/* Whether the row shows the "Maybe" caption. */
static gboolean
row_says_maybe (LineupSessionRow *row)
{
  g_autoptr(GPtrArray) labels = lineup_test_find_all (row, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "lineup-maybe"))
        {
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Maybe");
          return gtk_widget_is_visible (label);
        }
    }
  g_assert_not_reached ();
}

static void
click_star (LineupWindow  *window,
            LineupSession *session)
{
  LineupSessionRow *row = find_row (window, session);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = row_star (row);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  lineup_test_settle (window);
}

/* The row's star as the user meets it: icon, style, accessible name
 * (@before, the title, @after). */
static void
assert_row_star (LineupWindow  *window,
                 LineupSession *session,
                 const gchar   *icon,
                 gboolean       maybe,
                 const gchar   *before,
                 const gchar   *after)
{
  LineupSessionRow *row = find_row (window, session);
  GtkWidget *button;
  g_autofree gchar *label = NULL;

  g_assert_nonnull (row);
  button = row_star (row);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, icon);
  g_assert_cmpint (gtk_widget_has_css_class (button, "lineup-maybe"), ==, maybe);
  g_assert_cmpint (row_says_maybe (row), ==, maybe);
  label = g_strconcat (before, lineup_session_get_title (session), after, NULL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       label);
}

/* The action the window binds to @keyval with @modifiers (its class
 * shortcuts), to check a key without synthesizing events. */
static const gchar *
bound_action (LineupWindow    *window,
              guint            keyval,
              GdkModifierType  modifiers)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  const gchar *found = NULL;

  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; found == NULL && j < g_list_model_get_n_items (G_LIST_MODEL (controller));
           j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers
              && GTK_IS_NAMED_ACTION (action))
            found = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }
  g_object_unref (controllers);
  return found;
}

/* Tests ------------------------------------------------------------------ */

/* Clicking a row's star cycles the three states; each shows, and the
 * agenda and its file follow. */
static void
test_row_cycles (void)
{
  TempAgenda temp;
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window;
  LineupSession *tutorial = lineup_schedule_find (schedule, TUTORIAL);
  const gchar *key = lineup_schedule_get_key (schedule);
  g_autofree gchar *text = NULL;

  temp_agenda_init (&temp);
  window = lineup_test_show_window (temp.agenda, schedule);
  g_assert_true (lineup_window_select_session (window, tutorial));
  lineup_test_settle (window);

  assert_row_star (window, tutorial, "non-starred-symbolic", FALSE, "Star ", "");
  g_assert_false (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (row_star (find_row (window, tutorial)))));

  click_star (window, tutorial);
  g_assert_cmpint (lineup_session_get_pick (tutorial), ==, LINEUP_PICK_GOING);
  g_assert_cmpint (lineup_agenda_get_pick (temp.agenda, key, TUTORIAL), ==, LINEUP_PICK_GOING);
  assert_row_star (window, tutorial, "starred-symbolic", FALSE, "Mark ", " as maybe");
  g_assert_true (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (row_star (find_row (window, tutorial)))));

  click_star (window, tutorial);
  g_assert_cmpint (lineup_session_get_pick (tutorial), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (temp.agenda, key, TUTORIAL), ==, LINEUP_PICK_MAYBE);
  assert_row_star (window, tutorial, "non-starred-symbolic", TRUE, "Remove ",
                   " from your picks");
  g_assert_true (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (row_star (find_row (window, tutorial)))));
  g_assert_true (g_file_get_contents (temp.files.path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "pick: maybe"));

  click_star (window, tutorial);
  g_assert_cmpint (lineup_session_get_pick (tutorial), ==, LINEUP_PICK_NONE);
  g_assert_cmpint (lineup_agenda_get_pick (temp.agenda, key, TUTORIAL), ==, LINEUP_PICK_NONE);
  assert_row_star (window, tutorial, "non-starred-symbolic", FALSE, "Star ", "");

  lineup_test_destroy_window (window);
  temp_agenda_clear (&temp);
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
model_has (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

/* Ctrl+D stars, Ctrl+Shift+D marks maybe (each again: none); marking the
 * Battle Scars talk maybe clears the built-in post's only conflict, and My
 * Agenda lists it right after the talk it overlaps, as a maybe. */
static void
test_maybe_clears_conflict (void)
{
  TempAgenda temp;
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window;
  LineupSession *tutorial = lineup_schedule_find (schedule, TUTORIAL);
  LineupSession *scars = lineup_schedule_find (schedule, BATTLE_SCARS);
  GListModel *model;
  guint n_talks = lineup_schedule_get_n_sessions (schedule);
  guint n_conflicting = 0;

  temp_agenda_init (&temp);
  window = lineup_test_show_window (temp.agenda, schedule);
  model = lineup_window_get_model (window);
  g_assert_cmpstr (bound_action (window, GDK_KEY_d, GDK_CONTROL_MASK), ==, "win.toggle-star");
  g_assert_cmpstr (bound_action (window, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK), ==,
                   "win.toggle-maybe");

  /* Every talk going: one pair overlaps. */
  for (guint i = 0; i < n_talks; i++)
    g_assert_true (gtk_widget_activate_action (
      GTK_WIDGET (window), "win.set-pick", "(ss)",
      lineup_session_get_id (lineup_schedule_get_session (schedule, i)), "going"));
  lineup_test_settle (window);
  for (guint i = 0; i < n_talks; i++)
    n_conflicting += lineup_session_get_n_conflicts (lineup_schedule_get_session (schedule, i))
                     > 0;
  g_assert_cmpuint (n_conflicting, ==, 2);
  g_assert_cmpuint (lineup_session_get_n_conflicts (tutorial), ==, 1);
  g_assert_cmpuint (lineup_session_get_n_conflicts (scars), ==, 1);

  /* Ctrl+Shift+D on Battle Scars: a maybe, and no conflict left. */
  g_assert_true (lineup_window_select_session (window, scars));
  lineup_test_settle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-maybe", NULL));
  lineup_test_settle (window);
  g_assert_cmpint (lineup_session_get_pick (scars), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (temp.agenda, lineup_schedule_get_key (schedule),
                                           BATTLE_SCARS), ==, LINEUP_PICK_MAYBE);
  for (guint i = 0; i < n_talks; i++)
    g_assert_cmpuint (lineup_session_get_n_conflicts (lineup_schedule_get_session (schedule, i)),
                      ==, 0);
  g_assert_false (gtk_widget_get_visible (row_conflict_box (find_row (window, tutorial))));
  g_assert_false (gtk_widget_get_visible (row_conflict_box (find_row (window, scars))));

  /* My Agenda: every talk, Battle Scars right after the tutorial, "Maybe". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "agenda"));
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_talks);
  for (guint i = 0; i + 1 < n_talks; i++)
    {
      g_autoptr(LineupSession) here = g_list_model_get_item (model, i);
      g_autoptr(LineupSession) next = g_list_model_get_item (model, i + 1);

      if (here == tutorial)
        g_assert_true (next == scars);
    }
  /* Shown (the list only makes rows near what it shows). */
  g_assert_true (lineup_window_select_session (window, scars));
  lineup_test_settle (window);
  g_assert_true (lineup_window_get_agenda_view (window));
  g_assert_nonnull (find_row (window, scars));
  g_assert_true (row_says_maybe (find_row (window, scars)));
  g_assert_false (row_says_maybe (find_row (window, tutorial)));
  g_assert_false (gtk_widget_get_visible (row_conflict_box (find_row (window, scars))));

  /* Going again (the detail pane's menu uses this action): the conflict
   * is back.  Ctrl+Shift+D twice: maybe, then not picked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-pick", "(ss)",
                                             BATTLE_SCARS, "going"));
  lineup_test_settle (window);
  g_assert_true (lineup_window_select_session (window, scars));
  lineup_test_settle (window);
  g_assert_cmpuint (lineup_session_get_n_conflicts (scars), ==, 1);
  g_assert_true (gtk_widget_get_visible (row_conflict_box (find_row (window, scars))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-maybe", NULL));
  lineup_test_settle (window);
  g_assert_cmpint (lineup_session_get_pick (scars), ==, LINEUP_PICK_MAYBE);
  /* Still selected: the second Ctrl+Shift+D acts on it too. */
  g_assert_true (gtk_single_selection_get_selected_item (lineup_window_get_selection (window))
                 == scars);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-maybe", NULL));
  lineup_test_settle (window);
  g_assert_cmpint (lineup_session_get_pick (scars), ==, LINEUP_PICK_NONE);
  /* My Agenda drops it once the star's click is over (an idle refilter). */
  {
    CountWait wait = { model, n_talks - 1 };

    lineup_test_wait_until (model_has, &wait, "My Agenda to drop the talk no longer picked");
  }
  /* Ctrl+D on a maybe makes it going. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-pick", "(ss)",
                                             TUTORIAL, "maybe"));
  g_assert_true (lineup_window_select_session (window, tutorial));
  lineup_test_settle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL));
  lineup_test_settle (window);
  g_assert_cmpint (lineup_session_get_pick (tutorial), ==, LINEUP_PICK_GOING);

  lineup_test_destroy_window (window);
  temp_agenda_clear (&temp);
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window-pick/row-cycles", test_row_cycles);
  g_test_add_func ("/window-pick/maybe-clears-conflict", test_maybe_clears_conflict);

  return g_test_run ();
}
