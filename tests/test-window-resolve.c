/* test-window-resolve.c — Resolve Conflicts: the groups of overlapping going
 * talks, "Keep This" and Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "lineup-window-private.h"
#include "lineup-test-files.h"
#include "lineup-test-window.h"

static GtkWidget *
keep_button_of (LineupWindow  *window,
                LineupSession *session,
                guint         *n_rows)
{
  g_autoptr(GPtrArray) buttons = lineup_test_find_all (window->resolve_box, GTK_TYPE_BUTTON);
  GtkWidget *found = NULL;

  *n_rows = 0;
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      LineupSession *of = g_object_get_data (G_OBJECT (button), "lineup-session");

      if (of == NULL)
        continue;
      (*n_rows)++;
      if (of == session)
        found = button;
    }
  return found;
}

static gboolean
mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_maybe (gpointer session)
{
  return lineup_session_get_maybe (session);
}

static gboolean
dialog_gone (gpointer data)
{
  return ((LineupWindow *) data)->resolve_dialog == NULL;
}

static void
set_pick (LineupWindow *window,
          const gchar  *id,
          const gchar  *pick)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-pick", "(ss)", id,
                                             pick));
}

/* The built-in post's only conflict: the tutorial (1R2on, 16:30–18:00) and
 * Service Mesh Battle Scars (1R2ts, 17:25–18:00), both going. */
static void
test_keep_and_undo (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) builtin = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (agenda, builtin);
  LineupSession *tutorial = lineup_schedule_find (builtin, "1R2on");
  LineupSession *scars = lineup_schedule_find (builtin, "1R2ts");
  GtkWidget *keep;
  guint n_rows;

  g_assert_false (gtk_revealer_get_reveal_child (window->conflicts_revealer));
  set_pick (window, "1R2on", "going");
  set_pick (window, "1R2ts", "going");
  set_pick (window, "1Rj3S", "going");
  lineup_test_settle (window);
  g_assert_true (gtk_revealer_get_reveal_child (window->conflicts_revealer));
  g_assert_cmpstr (gtk_label_get_text (window->conflicts_label), ==,
                   "2 talks you are going to overlap");

  /* The view: one group, the pair, on one time axis. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.resolve-conflicts", NULL));
  g_assert_nonnull (window->resolve_dialog);
  g_assert_cmpuint (window->conflict_groups->len, ==, 1);
  keep = keep_button_of (window, tutorial, &n_rows);
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_nonnull (keep);
  g_assert_nonnull (keep_button_of (window, scars, &n_rows));

  /* Keep the tutorial: Battle Scars becomes a backup, the conflict goes. */
  lineup_test_wait_until (mapped, keep, "the Keep This button on screen");
  g_assert_true (gtk_widget_activate (keep));
  /* A button activated from the keyboard clicks once its press is shown. */
  lineup_test_wait_until (is_maybe, scars, "Battle Scars to become a maybe pick");
  lineup_test_settle (window);
  g_assert_true (lineup_session_get_starred (tutorial));
  g_assert_false (lineup_session_get_starred (scars));
  g_assert_true (lineup_session_get_maybe (scars));
  g_assert_cmpuint (lineup_session_get_n_conflicts (tutorial), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (window->conflicts_revealer));
  lineup_test_wait_until (dialog_gone, window, "the view to close with no conflict left");
  g_assert_cmpstr (lineup_window_get_last_toast (window), ==,
                   "Kept “Tutorial: Demystifying Cilium: Learn How to Build an eBPF CNI Plugin "
                   "from Scratch”; the others are now maybe");
  g_assert_cmpint (lineup_agenda_get_pick (agenda, lineup_schedule_get_key (builtin), "1R2ts"), ==,
                   LINEUP_PICK_MAYBE);

  /* Undo: both going again, and the conflict with them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-resolve", NULL));
  lineup_test_settle (window);
  g_assert_true (lineup_session_get_starred (scars));
  g_assert_cmpuint (lineup_session_get_n_conflicts (tutorial), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (window->conflicts_revealer));

  lineup_test_destroy_window (window);
  g_clear_object (&agenda);
}

/* The suggested plan: of the clashing pair one goes back to maybe, a maybe
 * talk that overlaps nothing becomes going; Accept All leaves no conflict. */
static void
test_suggested_plan (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) builtin = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (agenda, builtin);
  g_autoptr(GPtrArray) steps = NULL;
  guint n_going = 0, n_maybe = 0;

  set_pick (window, "1R2on", "going");
  set_pick (window, "1R2ts", "going");
  set_pick (window, "1Rj3S", "maybe");
  lineup_test_settle (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest-plan", NULL));
  g_assert_nonnull (window->plan_dialog);
  steps = _lineup_window_plan_steps (window);
  g_assert_cmpuint (steps->len, ==, 2);
  for (guint i = 0; i < steps->len; i++)
    {
      LineupPlanStep *step = g_ptr_array_index (steps, i);
      const gchar *id = lineup_session_get_id (step->session);

      if (step->pick == LINEUP_PICK_GOING)
        {
          g_assert_cmpstr (id, ==, "1Rj3S");
          n_going++;
        }
      else
        {
          g_assert_true (g_str_equal (id, "1R2on") || g_str_equal (id, "1R2ts"));
          n_maybe++;
        }
    }
  g_assert_cmpuint (n_going, ==, 1);
  g_assert_cmpuint (n_maybe, ==, 1);
  {
    guint n_rows = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (window->plan_list));
         row != NULL; row = gtk_widget_get_next_sibling (row))
      n_rows++;
    g_assert_cmpuint (n_rows, ==, 2);
  }

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (window->plan_dialog), "all");
  lineup_test_settle (window);
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (builtin, "1Rj3S")));
  g_assert_cmpuint (lineup_session_get_n_conflicts (lineup_schedule_find (builtin, "1R2on")), ==, 0);
  g_assert_cmpuint (lineup_session_get_n_conflicts (lineup_schedule_find (builtin, "1R2ts")), ==, 0);
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = _lineup_window_plan_steps (window);
  g_assert_cmpuint (steps->len, ==, 0);

  lineup_test_destroy_window (window);
  g_clear_object (&agenda);
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window-resolve/keep-and-undo", test_keep_and_undo);
  g_test_add_func ("/window-resolve/suggested-plan", test_suggested_plan);

  return g_test_run ();
}
