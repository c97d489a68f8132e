/* lineup-window-open.c — the window opens posts: a file, the built-in post,
 * the same post in another zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

static gint
find_string (GPtrArray   *strings,
             const gchar *string)
{
  for (guint i = 0; i < strings->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (strings, i), string) == 0)
        return (gint) i;
    }
  return -1;
}

static gint
find_day (GArray *day_keys,
          guint   day_key)
{
  for (guint i = 0; i < day_keys->len; i++)
    {
      if (g_array_index (day_keys, guint, i) == day_key)
        return (gint) i;
    }
  return -1;
}

/* The same post read again in another zone: the stars, the selected talk,
 * the search and the filters stay. */
void
_lineup_window_replace_schedule (LineupWindow   *self,
                                LineupSchedule *schedule,
                                const gchar    *zone)
{
  LineupSession *selected = gtk_single_selection_get_selected_item (self->selection);
  g_autofree gchar *selected_id = selected ? g_strdup (lineup_session_get_id (selected)) : NULL;
  g_autofree gchar *track = g_strdup (lineup_session_filter_get_track (self->filter));
  g_autofree gchar *room = g_strdup (lineup_session_filter_get_room (self->filter));
  guint day_key = lineup_session_filter_get_day_key (self->filter);
  gboolean day_filter = day_key != LINEUP_SESSION_FILTER_ANY_DAY;
  guint moved_day_key = day_key;
  guint n = lineup_schedule_get_n_sessions (schedule);
  gint index;

  /* A day is a date in the zone shown: the same date if it is still there,
   * else the date its first talk now falls on. */
  if (day_filter && self->schedule != NULL)
    {
      guint old_n = lineup_schedule_get_n_sessions (self->schedule);

      for (guint i = 0; i < old_n; i++)
        {
          LineupSession *old = lineup_schedule_get_session (self->schedule, i);
          LineupSession *now;

          if (lineup_session_get_day_key (old) != day_key)
            continue;
          now = lineup_schedule_find (schedule, lineup_session_get_id (old));
          if (now != NULL)
            moved_day_key = lineup_session_get_day_key (now);
          break;
        }
    }

  /* Without an agenda the stars live in the talks only. */
  if (self->schedule != NULL)
    {
      for (guint i = 0; i < n; i++)
        {
          LineupSession *session = lineup_schedule_get_session (schedule, i);
          LineupSession *old = lineup_schedule_find (self->schedule, lineup_session_get_id (session));

          if (old != NULL)
            lineup_session_set_pick (session, lineup_session_get_pick (old));
        }
    }

  /* Filter at once: the talk's place is needed below. */
  _lineup_window_filter_now_begin (self);
  _lineup_window_set_schedule_in_zone (self, schedule, zone);

  if (track != NULL && (index = find_string (self->tracks, track)) >= 0)
    gtk_drop_down_set_selected (self->track_dropdown, (guint) index + 1);
  if (room != NULL && (index = find_string (self->rooms, room)) >= 0)
    gtk_drop_down_set_selected (self->room_dropdown, (guint) index + 1);
  if (day_filter && ((index = find_day (self->day_keys, day_key)) >= 0 ||
                     (index = find_day (self->day_keys, moved_day_key)) >= 0))
    gtk_drop_down_set_selected (self->day_dropdown, (guint) index + 1);

  if (selected_id != NULL)
    {
      LineupSession *session = lineup_schedule_find (schedule, selected_id);
      guint position;

      position = session != NULL
                 ? _lineup_window_find_position (G_LIST_MODEL (self->filter_model), session)
                 : GTK_INVALID_LIST_POSITION;
      if (position != GTK_INVALID_LIST_POSITION)
        {
          gtk_single_selection_set_selected (self->selection, position);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                      position);
        }
    }
  _lineup_window_filter_now_end (self);
}

/* Shows @schedule, another post than the one shown. */
void
_lineup_window_show_other_post (LineupWindow   *self,
                               LineupSchedule *schedule,
                               const gchar    *zone)
{
  g_clear_pointer (&self->open_error, g_free);
  _lineup_window_reset_filters (self);
  _lineup_window_set_schedule_in_zone (self, schedule, zone);
}

/* Reads the post shown (or the one being opened) again in the zone now in
 * use. */
void
_lineup_window_reread (LineupWindow *self)
{
  const gchar *zone = _lineup_window_get_zone_override (self);
  g_autoptr(LineupSchedule) builtin = NULL;
  g_autoptr(GError) error = NULL;

  if (_lineup_window_has_sources (self))
    {
      _lineup_window_reread_sources (self, FALSE);
      return;
    }
  if (self->schedule == NULL)
    return;

  /* No source: the built-in post, unless the schedule came from elsewhere. */
  builtin = lineup_builtin_post_read (zone, &error);
  if (builtin == NULL)
    {
      _lineup_window_toast_message (self, error->message);
      return;
    }
  if (g_strcmp0 (lineup_schedule_get_key (builtin), lineup_schedule_get_key (self->schedule)) != 0)
    return;

  _lineup_window_replace_schedule (self, builtin, zone);
}

/* Back to the post Lineup comes with, which it then opens at start again. */
void
_lineup_window_open_builtin (LineupWindow *self)
{
  const gchar *zone = _lineup_window_get_zone_override (self);
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;

  /* Sources still being read would come back when done. */
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  _lineup_window_clear_sources (self);

  schedule = lineup_builtin_post_read (zone, &error);
  if (schedule == NULL)
    {
      _lineup_window_toast_message (self, error->message);
      return;
    }
  _lineup_window_show_other_post (self, schedule, zone);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-post", "");
}

/* What Lineup reads: posts, and the schedules conferences publish.  The
 * reader tells them apart by their content, so a filter only helps the
 * user find the files. */
static const struct
{
  const gchar *patterns;     /* space-separated */
  const gchar *mime_types;
} kinds[] = {
  { "*.md *.markdown", "text/markdown" },
  { "*.xml *.json *.ics *.ical *.ifb", "application/xml text/xml application/json text/calendar" },
};

static void
add_kind (GtkFileFilter *filter,
          guint          kind)
{
  g_auto(GStrv) patterns = g_strsplit (kinds[kind].patterns, " ", -1);
  g_auto(GStrv) mime_types = g_strsplit (kinds[kind].mime_types, " ", -1);

  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
}

static GListModel *
open_filters_new (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  const gchar *names[] = {
    N_("Posts and Schedules"),
    N_("Conference Posts (Markdown)"),
    N_("Published Schedules (XML, JSON, iCalendar)"),
    N_("All Files"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(names[i]));
      if (i == 0 || i == 1)
        add_kind (filter, 0);
      if (i == 0 || i == 2)
        add_kind (filter, 1);
      if (i == 3)
        gtk_file_filter_add_pattern (filter, "*");
      g_list_store_append (filters, filter);
    }
  return G_LIST_MODEL (filters);
}

static void
on_open_chosen_cb (GObject       *owner,
                   GFile         *file,
                   GtkFileFilter *filter)
{
  lineup_window_open_file (LINEUP_WINDOW (owner), file);
}

void
_lineup_window_show_open_dialog (LineupWindow *self)
{
  g_autoptr(GListModel) filters = open_filters_new ();

  lineup_file_dialog_show (GTK_WINDOW (self), LINEUP_FILE_DIALOG_OPEN,
                           _("Open a Post or Schedule"), _("_Open"), filters,
                           NULL, NULL, on_open_chosen_cb, G_OBJECT (self));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            gdouble        x,
            gdouble        y,
            LineupWindow  *self)
{
  GFile *file;

  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;
  file = g_value_get_object (value);
  if (file == NULL)
    return FALSE;

  lineup_window_open_file (self, file);
  return TRUE;
}

void
_lineup_window_init_open (LineupWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
