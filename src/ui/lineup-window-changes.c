/* lineup-window-changes.c — "Changes to Your Agenda": picks that moved, were
 * renamed, changed room or track, or left their source since the user last
 * saw them; marked in the list until acknowledged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The agenda keeps each pick as last seen (lineup-agenda-changes.h): the
 * changes are the difference from the talk as read now, so they survive a
 * restart until the user marks them as seen.
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

static void
clear_notes (LineupWindow *self)
{
  for (guint i = 0; self->changes != NULL && i < self->changes->len; i++)
    {
      LineupPickChange *change = g_ptr_array_index (self->changes, i);

      if (change->session != NULL)
        lineup_session_set_change_note (change->session, NULL);
    }
}

static void
add_changes_of (LineupWindow   *self,
                LineupSchedule *source)
{
  g_autoptr(GPtrArray) some = NULL;

  if (lineup_schedule_get_key (source) == NULL)
    return;
  some = lineup_agenda_dup_changes (self->agenda, source, self->schedule);
  g_ptr_array_set_free_func (some, NULL);
  g_ptr_array_extend_and_steal (self->changes, g_steal_pointer (&some));
}

static void rebuild_dialog_list (LineupWindow *self);

/* Compares every shown source's picks with the talks as read now: marks the
 * rows, shows the banner, and the dialog's list when it is open. */
void
_lineup_window_update_changes (LineupWindow *self)
{
  guint n;

  if (self->changes_revealer == NULL)   /* disposed */
    return;
  clear_notes (self);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_pick_change_free);

  if (self->agenda != NULL && self->schedule != NULL)
    {
      if (_lineup_window_has_sources (self))
        {
          for (guint i = 0; i < self->sources->len; i++)
            {
              LineupWindowSource *source = g_ptr_array_index (self->sources, i);

              if (source->schedule != NULL)
                add_changes_of (self, source->schedule);
            }
        }
      else
        add_changes_of (self, self->schedule);
    }

  n = self->changes->len;
  for (guint i = 0; i < n; i++)
    {
      LineupPickChange *change = g_ptr_array_index (self->changes, i);
      g_autofree gchar *note = lineup_pick_change_describe (change);

      if (change->session != NULL)
        lineup_session_set_change_note (change->session, note);
    }

  if (n > 0)
    {
      g_autofree gchar *text = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u of your picks changed", "%u of your picks changed", n),
        n);

      gtk_label_set_text (self->changes_label, text);
    }
  gtk_revealer_set_reveal_child (self->changes_revealer, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_revealer), n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-changes", n > 0);
  rebuild_dialog_list (self);
}

/* The dialog ---------------------------------------------------------------- */

static LineupPickChange *
change_of_button (LineupWindow *self,
                  GtkWidget    *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "lineup-change"));

  return index >= 1 && index <= self->changes->len ? g_ptr_array_index (self->changes, index - 1)
                                                   : NULL;
}

static void
on_seen_clicked_cb (GtkButton    *button,
                    LineupWindow *self)
{
  LineupPickChange *change = change_of_button (self, GTK_WIDGET (button));

  /* The agenda's "changed" brings the list up to date. */
  if (change != NULL)
    lineup_agenda_acknowledge (self->agenda, change);
}

static void
on_show_clicked_cb (GtkButton    *button,
                    LineupWindow *self)
{
  LineupPickChange *change = change_of_button (self, GTK_WIDGET (button));

  if (change == NULL || change->session == NULL)
    return;
  if (!lineup_window_select_session (self, change->session))
    {
      _lineup_window_clear_filter_choices (self);
      lineup_window_select_session (self, change->session);
    }
  if (self->changes_dialog != NULL)
    gtk_window_close (GTK_WINDOW (self->changes_dialog));
}

static GtkWidget *
suffix_button (const gchar *icon,
               const gchar *tooltip,
               const gchar *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static GtkWidget *
change_row_new (LineupWindow     *self,
                LineupPickChange *change,
                guint             index)
{
  GtkWidget *row = adw_action_row_new ();
  const gchar *title = change->session != NULL ? lineup_session_get_title (change->session)
                                               : change->before->title;
  g_autofree gchar *description = lineup_pick_change_describe (change);
  g_autofree gchar *seen_label = NULL;
  GtkWidget *button;

  if (title == NULL || *title == '\0')
    title = _("Untitled Talk");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);

  if (change->session != NULL)
    {
      g_autofree gchar *show_label = NULL;

      /* Translators: accessible name of the button that shows a changed talk */
      show_label = g_strdup_printf (_("Show %s"), title);
      button = suffix_button ("go-next-symbolic", _("Show the Talk"), show_label);
      g_object_set_data (G_OBJECT (button), "lineup-change", GUINT_TO_POINTER (index + 1));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  /* Translators: accessible name of the button that marks a change as seen */
  seen_label = g_strdup_printf (_("Mark the change to %s as seen"), title);
  button = suffix_button ("object-select-symbolic", _("Mark as Seen"), seen_label);
  g_object_set_data (G_OBJECT (button), "lineup-change", GUINT_TO_POINTER (index + 1));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_seen_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
rebuild_dialog_list (LineupWindow *self)
{
  GtkWidget *child;

  if (self->changes_list == NULL)
    return;
  if (self->changes->len == 0 && self->changes_dialog != NULL)
    {
      gtk_window_close (GTK_WINDOW (self->changes_dialog));
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);
  for (guint i = 0; i < self->changes->len; i++)
    gtk_list_box_append (self->changes_list,
                         change_row_new (self, g_ptr_array_index (self->changes, i), i));
  /* A message dialog sizes its extra child to its smallest: room for a few. */
  gtk_scrolled_window_set_min_content_height (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->changes_list),
                                                  GTK_TYPE_SCROLLED_WINDOW)),
    MIN (self->changes->len, 3) * 96);
}

/* "Mark All as Seen". */
void
_lineup_window_acknowledge_changes (LineupWindow *self)
{
  g_autoptr(GPtrArray) changes = NULL;

  if (self->agenda == NULL || self->changes == NULL)
    return;
  /* Each acknowledgement updates self->changes (through "changed"). */
  changes = g_steal_pointer (&self->changes);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_pick_change_free);
  for (guint i = 0; i < changes->len; i++)
    lineup_agenda_acknowledge (self->agenda, g_ptr_array_index (changes, i));
  for (guint i = 0; i < changes->len; i++)
    {
      LineupPickChange *change = g_ptr_array_index (changes, i);

      if (change->session != NULL)
        lineup_session_set_change_note (change->session, NULL);
    }
  _lineup_window_update_changes (self);
}

static void
on_changes_response_cb (LineupWindow *self,
                        const gchar  *response)
{
  if (g_strcmp0 (response, "seen") == 0)
    _lineup_window_acknowledge_changes (self);
}

static void
on_changes_destroyed_cb (LineupWindow *self)
{
  self->changes_dialog = NULL;
  self->changes_list = NULL;
}

/* win.show-changes */
void
_lineup_window_show_changes (LineupWindow *self)
{
  GtkWidget *dialog, *scroller;

  if (self->changes == NULL || self->changes->len == 0)
    return;
  if (self->changes_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->changes_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Changes to Your Agenda"),
                                   _("These talks you picked have changed since you last looked: "
                                     "they moved, were renamed, changed room or track, or are no "
                                     "longer in the schedule."));
  self->changes_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->changes_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->changes_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->changes_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Changes to Your Agenda"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->changes_list));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "seen", _("_Mark All as Seen"),
                                    "close", _("_Close"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changes_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_changes_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  self->changes_dialog = dialog;
  rebuild_dialog_list (self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_lineup_window_class_init_changes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, changes_revealer);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, changes_label);
}

void
_lineup_window_dispose_changes (LineupWindow *self)
{
  if (self->changes_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->changes_dialog));
  clear_notes (self);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
}
