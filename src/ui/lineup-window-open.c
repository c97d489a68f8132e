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
static void
lineup_window_replace_schedule (LineupWindow   *self,
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
            lineup_session_set_starred (session, lineup_session_get_starred (old));
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
static void
lineup_window_show_other_post (LineupWindow   *self,
                               LineupSchedule *schedule,
                               const gchar    *zone)
{
  g_clear_pointer (&self->open_error, g_free);
  _lineup_window_reset_filters (self);
  _lineup_window_set_schedule_in_zone (self, schedule, zone);
}

static void
read_post_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  const gchar *zone = g_object_get_data (G_OBJECT (task), "zone");
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule;

  schedule = lineup_source_read_file (file, zone, cancellable, &error);
  if (schedule == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, schedule, g_object_unref);
}

static void
read_post_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LineupWindow *self = LINEUP_WINDOW (object);
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = g_task_get_task_data (G_TASK (result));
  const gchar *zone = g_object_get_data (G_OBJECT (result), "zone");
  gboolean reread = g_object_get_data (G_OBJECT (result), "reread") != NULL;

  schedule = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Not cancelled: this was the last read asked for. */
  g_clear_object (&self->pending_file);
  if (schedule == NULL)
    {
      /* A window opened on this post alone says so in its page too. */
      if (self->schedule == NULL)
        {
          g_free (self->open_error);
          self->open_error = g_markup_escape_text (error->message, -1);
          _lineup_window_update_empty_state (self);
        }
      _lineup_window_toast_message (self, error->message);
      return;
    }

  if (reread && self->schedule != NULL)
    lineup_window_replace_schedule (self, schedule, zone);
  else
    lineup_window_show_other_post (self, schedule, zone);
  if (self->settings != NULL)
    {
      g_autofree gchar *uri = g_file_get_uri (file);

      g_settings_set_string (self->settings, "last-post", uri);
    }
}

/* @reread: @file is the post shown, read again in another zone. */
static void
lineup_window_read_file (LineupWindow *self,
                         GFile        *file,
                         gboolean      reread)
{
  g_autoptr(GTask) task = NULL;

  g_object_ref (file);
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  g_clear_object (&self->pending_file);
  self->pending_file = file;

  task = g_task_new (self, self->open_cancellable, read_post_done, NULL);
  g_task_set_source_tag (task, lineup_window_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "zone",
                          g_strdup (_lineup_window_get_zone_override (self)), g_free);
  if (reread)
    g_object_set_data (G_OBJECT (task), "reread", GINT_TO_POINTER (TRUE));
  g_task_run_in_thread (task, read_post_thread);
}

void
lineup_window_open_file (LineupWindow *self,
                         GFile        *file)
{
  g_return_if_fail (LINEUP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  lineup_window_read_file (self, file, FALSE);
}

/* Reads the post shown (or the one being opened) again in the zone now in
 * use. */
void
_lineup_window_reread (LineupWindow *self)
{
  const gchar *zone = _lineup_window_get_zone_override (self);
  g_autoptr(LineupSchedule) builtin = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file;

  if (self->pending_file != NULL)
    {
      /* The post being opened replaces the one shown anyway. */
      g_autoptr(GFile) pending = g_object_ref (self->pending_file);
      gboolean reread = self->schedule != NULL &&
                        (file = lineup_schedule_get_file (self->schedule)) != NULL &&
                        g_file_equal (file, pending);

      lineup_window_read_file (self, pending, reread);
      return;
    }

  if (self->schedule == NULL)
    return;

  file = lineup_schedule_get_file (self->schedule);
  if (file != NULL)
    {
      lineup_window_read_file (self, file, TRUE);
      return;
    }

  /* No file: the built-in post, unless the schedule came from elsewhere. */
  builtin = lineup_builtin_post_read (zone, &error);
  if (builtin == NULL)
    {
      _lineup_window_toast_message (self, error->message);
      return;
    }
  if (g_strcmp0 (lineup_schedule_get_key (builtin), lineup_schedule_get_key (self->schedule)) != 0)
    return;

  lineup_window_replace_schedule (self, builtin, zone);
}

/* Back to the post Lineup comes with, which it then opens at start again. */
void
_lineup_window_open_builtin (LineupWindow *self)
{
  const gchar *zone = _lineup_window_get_zone_override (self);
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;

  /* A post still being read would replace it when done. */
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->pending_file);

  schedule = lineup_builtin_post_read (zone, &error);
  if (schedule == NULL)
    {
      _lineup_window_toast_message (self, error->message);
      return;
    }
  lineup_window_show_other_post (self, schedule, zone);
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
