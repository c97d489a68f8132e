/* lineup-window-plan.c — "Suggested Plan": from the going and maybe picks,
 * the largest set without conflicts that keeps as many going talks as
 * possible (lineup_plan_suggest); shown as the changes it asks for, which
 * the user accepts talk by talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

static void
plan_step_free (LineupPlanStep *step)
{
  g_object_unref (step->session);
  g_free (step);
}

/* The plan, as steps from the picks now: going talks it leaves out become
 * maybe, maybe talks it takes become going. */
GPtrArray *
_lineup_window_plan_steps (LineupWindow *self)
{
  g_autoptr(GPtrArray) going = g_ptr_array_new ();
  g_autoptr(GPtrArray) maybe = g_ptr_array_new ();
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GHashTable) planned = g_hash_table_new (NULL, NULL);
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_step_free);
  guint n = self->schedule != NULL ? lineup_schedule_get_n_sessions (self->schedule) : 0;

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (self->schedule, i);

      if (lineup_session_get_starred (session))
        g_ptr_array_add (going, session);
      else if (lineup_session_get_maybe (session))
        g_ptr_array_add (maybe, session);
    }
  plan = lineup_plan_suggest (going, maybe);
  for (guint i = 0; i < plan->len; i++)
    g_hash_table_add (planned, g_ptr_array_index (plan, i));

  /* In time order: the schedule's. */
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (self->schedule, i);
      gboolean in_plan = g_hash_table_contains (planned, session);
      LineupPlanStep *step;

      if (lineup_session_get_starred (session) == in_plan ||
          (!lineup_session_get_starred (session) && !lineup_session_get_maybe (session)))
        continue;
      step = g_new0 (LineupPlanStep, 1);
      step->session = g_object_ref (session);
      step->pick = in_plan ? LINEUP_PICK_GOING : LINEUP_PICK_MAYBE;
      g_ptr_array_add (steps, step);
    }
  return steps;
}

static void rebuild (LineupWindow *self);

static void
on_accept_clicked_cb (GtkButton    *button,
                      LineupWindow *self)
{
  LineupSession *session = g_object_get_data (G_OBJECT (button), "lineup-session");
  LineupPick pick = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "lineup-pick"));

  /* The agenda's "changed" rebuilds the list (see _lineup_window_update_plan). */
  _lineup_window_set_pick (self, session, pick);
}

static GtkWidget *
step_row_new (LineupWindow   *self,
              LineupPlanStep *step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  const gchar *title = lineup_session_get_title (step->session);
  g_autofree gchar *when = lineup_session_format_time (step->session, self->schedule);
  g_autofree gchar *subtitle = NULL;
  g_autofree gchar *label = NULL;

  if (step->pick == LINEUP_PICK_GOING)
    {
      /* Translators: a step of the suggested plan; %s is when the talk is */
      subtitle = g_strdup_printf (_("%s · Go: it fits now"), when);
      button = gtk_button_new_with_mnemonic (_("_Go"));
      /* Translators: accessible name; %s is the talk's title */
      label = g_strdup_printf (_("Go to %s"), title);
    }
  else
    {
      /* Translators: a step of the suggested plan; %s is when the talk is */
      subtitle = g_strdup_printf (_("%s · Make it a backup: it overlaps talks you keep"), when);
      button = gtk_button_new_with_mnemonic (_("_Make Maybe"));
      /* Translators: accessible name; %s is the talk's title */
      label = g_strdup_printf (_("Make %s a maybe pick"), title);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "lineup-session", g_object_ref (step->session),
                          g_object_unref);
  g_object_set_data (G_OBJECT (button), "lineup-pick", GINT_TO_POINTER (step->pick));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_accept_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
rebuild (LineupWindow *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  GtkWidget *child;

  if (self->plan_list == NULL)
    return;
  steps = _lineup_window_plan_steps (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_list))) != NULL)
    gtk_list_box_remove (self->plan_list, child);
  for (guint i = 0; i < steps->len; i++)
    gtk_list_box_append (self->plan_list, step_row_new (self, g_ptr_array_index (steps, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->plan_list), steps->len > 0);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self->plan_dialog),
                               steps->len > 0
                               ? _("The most talks you are going to, without overlaps, and as "
                                   "many backups as fit: accept each change, or all of them.")
                               : _("Your picks already make a plan without overlaps."));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self->plan_dialog), "all",
                                           steps->len > 0);
}

/* After the stars changed. */
void
_lineup_window_update_plan (LineupWindow *self)
{
  rebuild (self);
}

static void
on_plan_response_cb (LineupWindow *self,
                     const gchar  *response)
{
  g_autoptr(GPtrArray) steps = NULL;

  if (g_strcmp0 (response, "all") != 0)
    return;
  steps = _lineup_window_plan_steps (self);
  for (guint i = 0; i < steps->len; i++)
    {
      LineupPlanStep *step = g_ptr_array_index (steps, i);

      _lineup_window_set_pick (self, step->session, step->pick);
    }
}

static void
on_plan_destroyed_cb (LineupWindow *self)
{
  self->plan_dialog = NULL;
  self->plan_list = NULL;
}

/* win.suggest-plan */
void
_lineup_window_show_plan (LineupWindow *self)
{
  GtkWidget *dialog, *scroller;

  if (self->plan_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->plan_dialog));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Suggested Plan"), NULL);
  self->plan_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->plan_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->plan_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Suggested Plan"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->plan_list));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "all", _("_Accept All"),
                                    "close", _("_Close"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_plan_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_plan_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  self->plan_dialog = dialog;
  rebuild (self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_lineup_window_dispose_plan (LineupWindow *self)
{
  if (self->plan_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->plan_dialog));
}
