/* lineup-window-actions.c — the window's actions and their keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

static void
set_starred_action (GtkWidget   *widget,
                    const gchar *action_name,
                    GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  const gchar *id = NULL;
  gboolean starred = FALSE;
  LineupSession *session;

  g_variant_get (parameter, "(&sb)", &id, &starred);
  if (self->schedule == NULL || (session = lineup_schedule_find (self->schedule, id)) == NULL)
    return;

  _lineup_window_set_starred (self, session, starred);
}

/* win.set-pick (id, "going" | "maybe" | "none") */
static void
set_pick_action (GtkWidget   *widget,
                 const gchar *action_name,
                 GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  const gchar *id = NULL;
  const gchar *kind = NULL;
  LineupPick pick;
  LineupSession *session;

  g_variant_get (parameter, "(&s&s)", &id, &kind);
  if (!lineup_pick_from_string (kind, &pick))
    {
      g_warning ("win.set-pick: unknown kind of pick “%s”", kind);
      return;
    }
  if (self->schedule == NULL || (session = lineup_schedule_find (self->schedule, id)) == NULL)
    return;

  _lineup_window_set_pick (self, session, pick);
}

/* Ctrl+D (going) and Ctrl+Shift+D (maybe) on the selected talk: that kind
 * of pick, or none when it has it already. */
static void
toggle_pick (LineupWindow *self,
             LineupPick    pick)
{
  LineupSession *session = gtk_single_selection_get_selected_item (self->selection);

  if (session != NULL)
    _lineup_window_set_pick (self, session,
                             lineup_session_get_pick (session) == pick ? LINEUP_PICK_NONE : pick);
}

static void
toggle_star_action (GtkWidget   *widget,
                    const gchar *action_name,
                    GVariant    *parameter)
{
  toggle_pick (LINEUP_WINDOW (widget), LINEUP_PICK_GOING);
}

static void
toggle_maybe_action (GtkWidget   *widget,
                     const gchar *action_name,
                     GVariant    *parameter)
{
  toggle_pick (LINEUP_WINDOW (widget), LINEUP_PICK_MAYBE);
}

static void
show_session_action (GtkWidget   *widget,
                     const gchar *action_name,
                     GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  LineupSession *session;

  if (self->schedule == NULL)
    return;
  session = lineup_schedule_find (self->schedule, g_variant_get_string (parameter, NULL));
  if (session != NULL)
    lineup_window_select_session (self, session);
}

/* "(xx)": a free time of My Agenda, its start and end (microseconds). */
static void
show_fits_action (GtkWidget   *widget,
                  const gchar *action_name,
                  GVariant    *parameter)
{
  gint64 start_usec = 0;
  gint64 end_usec = 0;

  g_variant_get (parameter, "(xx)", &start_usec, &end_usec);
  _lineup_window_show_fits (LINEUP_WINDOW (widget), start_usec, end_usec);
}

/* The preferences in the main menu: win.reminder-minutes and
 * win.room-change-minutes, the GSettings keys themselves (radio items). */
static const gchar *settings_keys[] = { "reminder-minutes", "room-change-minutes" };

void
_lineup_window_init_settings_actions (LineupWindow *self)
{
  if (self->settings == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (settings_keys); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, settings_keys[i]);

      g_action_map_add_action (G_ACTION_MAP (self), action);
    }
}

/* The actions follow the settings: removed, they stop telling the window's
 * action group (gone with it) of changes. */
void
_lineup_window_dispose_settings_actions (LineupWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (settings_keys); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), settings_keys[i]);
}

static void
open_uri_action (GtkWidget   *widget,
                 const gchar *action_name,
                 GVariant    *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* Actions that hand the window to a function of another of its files. */
typedef void (*WindowCommand) (LineupWindow *self);

static const struct
{
  const gchar   *name;
  WindowCommand  command;
} commands[] = {
  { "win.open", _lineup_window_show_open_dialog },
  { "win.open-builtin", _lineup_window_open_builtin },
  { "win.export", _lineup_window_show_export_dialog },
  { "win.show-read-notes", _lineup_window_show_read_notes },
  { "win.dismiss-read-notes", _lineup_window_dismiss_read_notes },
  { "win.show-changes", _lineup_window_show_changes },
  { "win.resolve-conflicts", _lineup_window_show_resolve },
  { "win.suggest-plan", _lineup_window_show_plan },
};

static void
command_action (GtkWidget   *widget,
                const gchar *action_name,
                GVariant    *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i].name, action_name))
        commands[i].command (LINEUP_WINDOW (widget));
    }
}

static void
search_action (GtkWidget   *widget,
               const gchar *action_name,
               GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget   *widget,
             const gchar *action_name,
             GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Escape, wherever the focus is (the search entry handles it first when it
 * has the focus): back to the list in narrow mode, else the search and the
 * filters are cleared. */
static void
escape_action (GtkWidget   *widget,
               const gchar *action_name,
               GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  const gchar *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "content") == 0)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return;
    }

  if (*text != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  _lineup_window_clear_filter_choices (self);
}

static void
show_file_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LineupWindow) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = self->agenda != NULL ? lineup_agenda_get_recovered_file (self->agenda) : NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply != NULL || file == NULL)
    return;

  /* No file manager answers ShowItems: open the folder instead. */
  {
    g_autoptr(GFile) folder = g_file_get_parent (file);
    g_autofree gchar *uri = g_file_get_uri (folder);

    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  }
}

/* Shows the kept file in the file manager, selected. */
static void
show_recovered_file_action (GtkWidget   *widget,
                            const gchar *action_name,
                            GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  GFile *file = self->agenda != NULL ? lineup_agenda_get_recovered_file (self->agenda) : NULL;
  GDBusConnection *bus = g_application_get_default () != NULL
    ? g_application_get_dbus_connection (g_application_get_default ()) : NULL;
  g_autofree gchar *uri = NULL;
  const gchar *uris[2] = { NULL, NULL };

  if (file == NULL)
    return;
  uri = g_file_get_uri (file);
  uris[0] = uri;
  if (bus == NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree gchar *folder_uri = g_file_get_uri (folder);

      gtk_show_uri (GTK_WINDOW (self), folder_uri, GDK_CURRENT_TIME);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, show_file_done_cb,
                          g_object_ref (self));
}

static void
dismiss_recovered_file_action (GtkWidget   *widget,
                               const gchar *action_name,
                               GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);

  self->recovered_dismissed = TRUE;
  _lineup_window_update_recovered_banner (self);
}

void
_lineup_window_class_init_actions (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    gtk_widget_class_install_action (widget_class, commands[i].name, NULL, command_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "win.show-recovered-file", NULL,
                                   show_recovered_file_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-recovered-file", NULL,
                                   dismiss_recovered_file_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-star", NULL, toggle_star_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-maybe", NULL, toggle_maybe_action);
  gtk_widget_class_install_action (widget_class, "win.set-starred", "(sb)", set_starred_action);
  gtk_widget_class_install_action (widget_class, "win.set-pick", "(ss)", set_pick_action);
  gtk_widget_class_install_action (widget_class, "win.show-session", "s", show_session_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.show-fits", "(xx)", show_fits_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");
  gtk_widget_class_install_property_action (widget_class, "win.time-zone", "time-zone");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.toggle-star", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.toggle-maybe", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.view", "s", "all");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.view", "s", "agenda");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.escape", NULL);
}
