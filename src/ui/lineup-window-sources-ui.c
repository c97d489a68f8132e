/* lineup-window-sources-ui.c — the sources popover, the download bar and
 * the Open Address dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-download.h"
#include "lineup-time-format.h"
#include "lineup-window-private.h"

/* The download bar ---------------------------------------------------------- */

static void
update_download_bar (LineupWindow *self)
{
  guint n = g_hash_table_size (self->downloads);
  g_autofree gchar *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-download", n > 0);
  gtk_revealer_set_reveal_child (self->download_revealer, n > 0);
  if (n == 0)
    return;
  if (n == 1)
    {
      GHashTableIter iter;
      const gchar *location;

      g_hash_table_iter_init (&iter, self->downloads);
      g_hash_table_iter_next (&iter, (gpointer *) &location, NULL);
      /* Translators: %s is a web address */
      text = g_strdup_printf (_("Downloading %s…"), location);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Downloading %u schedule…",
                                         "Downloading %u schedules…", n), n);
  gtk_label_set_text (self->download_label, text);
}

GCancellable *
_lineup_window_download_started (LineupWindow *self,
                                 const gchar  *location)
{
  GCancellable *cancellable = g_hash_table_lookup (self->downloads, location);

  /* Asked again while under way: a fresh one replaces it. */
  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  cancellable = g_cancellable_new ();
  g_hash_table_replace (self->downloads, g_strdup (location), cancellable);
  gtk_progress_bar_set_fraction (self->download_progress, 0);
  update_download_bar (self);
  return cancellable;
}

void
_lineup_window_download_progress (LineupWindow *self,
                                  goffset       received,
                                  goffset       total)
{
  if (self->download_progress == NULL)   /* disposed */
    return;
  if (total > 0)
    gtk_progress_bar_set_fraction (self->download_progress,
                                   MIN (1.0, (gdouble) received / (gdouble) total));
  else
    gtk_progress_bar_pulse (self->download_progress);
}

void
_lineup_window_download_finished (LineupWindow *self,
                                  const gchar  *location,
                                  GCancellable *cancellable)
{
  if (self->downloads == NULL || self->download_revealer == NULL)   /* disposed */
    return;
  /* Not when a newer request for the address replaced this one. */
  if (g_hash_table_lookup (self->downloads, location) == cancellable)
    g_hash_table_remove (self->downloads, location);
  update_download_bar (self);
}

void
_lineup_window_cancel_downloads (LineupWindow *self)
{
  GHashTableIter iter;
  GCancellable *cancellable;

  if (self->downloads == NULL)
    return;
  g_hash_table_iter_init (&iter, self->downloads);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cancellable))
    g_cancellable_cancel (cancellable);
}

static void
cancel_download_action (GtkWidget   *widget,
                        const gchar *action_name,
                        GVariant    *parameter)
{
  _lineup_window_cancel_downloads (LINEUP_WINDOW (widget));
}

/* The sources popover ------------------------------------------------------- */

static gchar *
describe_source (LineupWindowSource *source)
{
  guint n = source->schedule != NULL ? lineup_schedule_get_n_sessions (source->schedule) : 0;
  g_autofree gchar *talks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u talk", "%u talks",
                                                          n), n);
  g_autofree gchar *when = NULL;

  if (source->updated == NULL)
    return g_steal_pointer (&talks);
  when = g_date_time_format (source->updated, "%x %R");
  /* Translators: "25 talks · updated 12/03/2026 14:05" */
  return g_strdup_printf (_("%s · updated %s"), talks, when);
}

static void
on_remove_source_cb (GtkButton    *button,
                     LineupWindow *self)
{
  const gchar *location = g_object_get_data (G_OBJECT (button), "lineup-location");

  lineup_window_remove_source (self, location);
}

static GtkWidget *
source_row_new (LineupWindow       *self,
                LineupWindowSource *source)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const gchar *title = source->schedule != NULL ? lineup_schedule_get_title (source->schedule)
                                                : NULL;
  g_autofree gchar *name = NULL;
  g_autofree gchar *subtitle = describe_source (source);
  g_autofree gchar *label = NULL;

  if (title == NULL || *title == '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (source->location);

      name = g_file_get_basename (file);
      title = name;
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, source->location);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Source"));
  /* Translators: accessible name of the button removing a source; %s is its title */
  label = g_strdup_printf (_("Remove %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "lineup-location", g_strdup (source->location),
                          g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_source_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
_lineup_window_update_sources_list (LineupWindow *self)
{
  GtkWidget *child;
  guint n = self->sources != NULL ? self->sources->len : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources_list))) != NULL)
    gtk_list_box_remove (self->sources_list, child);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->sources_list,
                         source_row_new (self, g_ptr_array_index (self->sources, i)));
  gtk_widget_set_visible (self->sources_button, n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh", n > 0);
}

/* Open Address ------------------------------------------------------------- */

static void
on_address_response_cb (AdwMessageDialog *dialog,
                        const gchar      *response,
                        LineupWindow     *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "lineup-entry");
  g_autofree gchar *text = NULL;

  if (!g_str_equal (response, "open"))
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  lineup_window_open_address (self, text);
}

static void
on_address_changed_cb (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  g_autofree gchar *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "open", lineup_download_is_address (text));
}

static void
on_address_activate_cb (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  if (!adw_message_dialog_get_response_enabled (dialog, "open"))
    return;
  adw_message_dialog_response (dialog, "open");
  gtk_window_close (GTK_WINDOW (dialog));
}

/* The dialog, shown (for tests). */
GtkWidget *
_lineup_window_show_address_dialog (LineupWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Open Address"),
                                              _("The web address of a conference post or of a "
                                                "published schedule (Pentabarf/frab XML, JSON, "
                                                "iCalendar)"));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://");
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Web address"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open", FALSE);
  g_object_set_data (G_OBJECT (dialog), "lineup-entry", entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_address_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_address_activate_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_address_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}

static void
open_address_action (GtkWidget   *widget,
                     const gchar *action_name,
                     GVariant    *parameter)
{
  _lineup_window_show_address_dialog (LINEUP_WINDOW (widget));
}

static void
refresh_action (GtkWidget   *widget,
                const gchar *action_name,
                GVariant    *parameter)
{
  _lineup_window_reread_sources (LINEUP_WINDOW (widget), TRUE);
}

void
_lineup_window_class_init_sources (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-address", NULL, open_address_action);
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-download", NULL,
                                   cancel_download_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.open-address", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "win.refresh", NULL);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, sources_button);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, sources_list);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, download_revealer);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, download_label);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, download_progress);
}

void
_lineup_window_init_sources_ui (LineupWindow *self)
{
  self->downloads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-download", FALSE);
}
