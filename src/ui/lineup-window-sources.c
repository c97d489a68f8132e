/* lineup-window-sources.c — the sources the window shows at once: files and
 * web addresses, read (and downloaded) in the background, watched, refreshed,
 * remembered across restarts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With no source the window shows whatever it was given (the built-in post
 * at start): the first source opened replaces it, later ones are added.
 * Each source is read on its own (own key, own stars); the window shows
 * lineup_source_set_merge() of them.
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-download.h"
#include "lineup-window-private.h"

/* A web address's copy older than this is refreshed when Lineup starts. */
#define REFRESH_AFTER (G_TIME_SPAN_HOUR)

void
_lineup_window_source_free (LineupWindowSource *source)
{
  if (source->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (source->monitor, source);
      g_file_monitor_cancel (source->monitor);
    }
  g_clear_object (&source->monitor);
  g_clear_object (&source->file);
  g_clear_object (&source->schedule);
  g_clear_pointer (&source->updated, g_date_time_unref);
  g_clear_pointer (&source->location, g_free);
  g_free (source);
}

static LineupWindowSource *
find_source (LineupWindow *self,
             const gchar  *location)
{
  for (guint i = 0; i < self->sources->len; i++)
    {
      LineupWindowSource *source = g_ptr_array_index (self->sources, i);

      if (g_str_equal (source->location, location))
        return source;
    }
  return NULL;
}

static void
remember_sources (LineupWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) locations = NULL;

  if (self->settings == NULL)
    return;
  for (guint i = 0; i < self->sources->len; i++)
    g_strv_builder_add (builder, ((LineupWindowSource *) g_ptr_array_index (self->sources, i))->location);
  locations = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "sources", (const gchar * const *) locations);
}

/* Shows the merge of the sources read so far.  @keep_view: the same
 * sources read again (or one fewer): the selection, search and filters stay. */
static void
show_sources (LineupWindow *self,
              const gchar  *zone,
              gboolean      keep_view)
{
  g_autoptr(GPtrArray) schedules = g_ptr_array_new ();
  g_autoptr(LineupSchedule) merged = NULL;

  for (guint i = 0; i < self->sources->len; i++)
    {
      LineupWindowSource *source = g_ptr_array_index (self->sources, i);

      if (source->schedule != NULL)
        g_ptr_array_add (schedules, source->schedule);
    }
  if (schedules->len == 0)
    {
      _lineup_window_open_builtin (self);
      return;
    }

  merged = lineup_source_set_merge (schedules);
  if (keep_view && self->schedule != NULL)
    _lineup_window_replace_schedule (self, merged, zone);
  else
    _lineup_window_show_other_post (self, merged, zone);
  _lineup_window_update_sources_list (self);
}

/* Reading ----------------------------------------------------------------- */

typedef struct
{
  gchar          *location;
  GFile          *file;
  gboolean        known;      /* a source already shown (not to be added again if removed) */
  gboolean        remembered; /* from last time: left out without a word if it has gone */
  gboolean        gone;       /* out: remembered, and no longer there */
  gchar          *download_dir; /* a remembered address: its copy is looked up here */
  gboolean        stale;      /* out: the address's copy is older than REFRESH_AFTER */
  GDateTime      *modified;   /* out: the file's modification time, if known */
  LineupSchedule *schedule;   /* out */
  GError         *error;      /* out */
} ReadItem;

static void
read_item_free (ReadItem *item)
{
  g_free (item->location);
  g_free (item->download_dir);
  g_clear_object (&item->file);
  g_clear_object (&item->schedule);
  g_clear_error (&item->error);
  g_clear_pointer (&item->modified, g_date_time_unref);
  g_free (item);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GPtrArray *items = task_data;
  const gchar *zone = g_object_get_data (G_OBJECT (task), "zone");

  for (guint i = 0; i < items->len; i++)
    {
      ReadItem *item = g_ptr_array_index (items, i);

      g_autoptr(GFileInfo) info = NULL;

      /* A remembered address: its copy, and whether to fetch it again
       * (when read: a read of the old copy must not end after the new
       * one's).  Looked up here, not at start-up on the main thread. */
      if (item->download_dir != NULL)
        {
          g_autoptr(GDateTime) fetched = lineup_download_last_fetched (item->location,
                                                                       item->download_dir);
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

          item->stale = fetched == NULL || g_date_time_difference (now, fetched) > REFRESH_AFTER;
          item->file = lineup_download_cached_file (item->location, item->download_dir);
          if (item->file == NULL)
            {
              item->gone = TRUE;
              continue;
            }
        }
      /* Checked here, not at start-up on the main thread: a remembered
       * file on a slow or gone network mount must not hold the window. */
      else if (item->remembered && !g_file_query_exists (item->file, cancellable))
        {
          item->gone = TRUE;
          continue;
        }
      item->schedule = lineup_source_read_file (item->file, zone, cancellable, &item->error);
      info = g_file_query_info (item->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                G_FILE_QUERY_INFO_NONE, cancellable, NULL);
      if (info != NULL)
        item->modified = g_file_info_get_modification_date_time (info);
    }
  g_task_return_boolean (task, TRUE);
}

static void on_file_changed_cb (GFileMonitor      *monitor,
                                GFile             *file,
                                GFile             *other,
                                GFileMonitorEvent  event,
                                LineupWindowSource *source);

static void
watch_source (LineupWindow       *self,
              LineupWindowSource *source)
{
  if (source->monitor != NULL || source->address || !g_file_is_native (source->file))
    return;
  source->monitor = g_file_monitor_file (source->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (source->monitor == NULL)
    return;
  source->window = self;
  g_file_monitor_set_rate_limit (source->monitor, 200);
  g_signal_connect (source->monitor, "changed", G_CALLBACK (on_file_changed_cb), source);
}

static void download (LineupWindow *self,
                      const gchar  *uri);

/* A read finished: the sources that were read take their new schedule
 * (their picks are compared to it: see lineup-window-changes.c); a new
 * source is added; a source that cannot be read keeps what it showed. */
static void
read_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LineupWindow *self = LINEUP_WINDOW (object);
  GPtrArray *items = g_task_get_task_data (G_TASK (result));
  const gchar *zone = g_object_get_data (G_OBJECT (result), "zone");
  gboolean added = FALSE, changed = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), NULL) || self->sources == NULL)
    return;
  self->n_reading--;

  for (guint i = 0; i < items->len; i++)
    {
      ReadItem *item = g_ptr_array_index (items, i);
      LineupWindowSource *source = find_source (self, item->location);

      if (item->stale)
        download (self, item->location);
      if (item->gone)
        continue;
      if (item->schedule == NULL)
        {
          if (g_error_matches (item->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            continue;
          if (self->schedule == NULL)
            {
              g_free (self->open_error);
              self->open_error = g_markup_escape_text (item->error->message, -1);
              _lineup_window_update_empty_state (self);
            }
          _lineup_window_toast_message (self, item->error->message);
          continue;
        }

      /* Removed while it was read again. */
      if (source == NULL && item->known)
        continue;
      if (source == NULL)
        {
          source = g_new0 (LineupWindowSource, 1);
          source->location = g_strdup (item->location);
          source->address = lineup_download_is_address (item->location);
          source->file = g_object_ref (item->file);
          g_ptr_array_add (self->sources, source);
          added = TRUE;
        }
      g_set_object (&source->schedule, item->schedule);
      /* A file: when it was last changed; an address: when it was downloaded. */
      if (!source->address || source->updated == NULL)
        {
          g_clear_pointer (&source->updated, g_date_time_unref);
          source->updated = item->modified != NULL ? g_date_time_to_local (item->modified)
                                                   : g_date_time_new_now_local ();
        }
      watch_source (self, source);
      changed = TRUE;
      if (self->settings != NULL && added)
        g_settings_set_string (self->settings, "last-post", item->location);
    }

  if (!changed)
    return;
  if (added)
    remember_sources (self);
  g_clear_pointer (&self->open_error, g_free);
  show_sources (self, zone, !added || self->sources->len > 1);
}

/* Reads @locations (with their files) in a thread. */
static void
read_sources (LineupWindow *self,
              GPtrArray    *items)
{
  g_autoptr(GTask) task = NULL;

  if (self->open_cancellable == NULL)
    self->open_cancellable = g_cancellable_new ();
  self->n_reading++;
  task = g_task_new (self, self->open_cancellable, read_done, NULL);
  g_task_set_source_tag (task, read_sources);
  g_task_set_task_data (task, items, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (task), "zone",
                          g_strdup (_lineup_window_get_zone_override (self)), g_free);
  g_task_run_in_thread (task, read_thread);
}

static void
read_one (LineupWindow *self,
          const gchar  *location,
          GFile        *file)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) read_item_free);
  ReadItem *item = g_new0 (ReadItem, 1);

  item->location = g_strdup (location);
  item->file = g_object_ref (file);
  item->known = find_source (self, location) != NULL;
  g_ptr_array_add (items, item);
  read_sources (self, items);
}

static void
on_file_changed_cb (GFileMonitor       *monitor,
                    GFile              *file,
                    GFile              *other,
                    GFileMonitorEvent   event,
                    LineupWindowSource *source)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  /* Saved by an editor (often written aside and renamed into place). */
  read_one (source->window, source->location, source->file);
}

/* Downloading ------------------------------------------------------------- */

typedef struct
{
  LineupWindow *window;
  gchar        *location;
  GCancellable *cancellable;
} Download;

static void
download_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Download *job = user_data;
  g_autoptr(LineupWindow) self = job->window;
  g_autofree gchar *location = job->location;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) copy = NULL;
  LineupWindowSource *source;
  gboolean changed = TRUE;

  g_autoptr(GCancellable) cancellable = job->cancellable;

  g_free (job);
  copy = lineup_download_fetch_finish (result, &changed, &error);
  if (self->sources == NULL)   /* disposed */
    return;
  _lineup_window_download_finished (self, location, cancellable);
  source = find_source (self, location);
  if (copy == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree gchar *message = g_strdup_printf (_("Download of %s cancelled"), location);

          _lineup_window_toast_message (self, message);
          return;
        }
      /* The last good copy stays. */
      _lineup_window_toast_message (self, error->message);
      if (source == NULL && self->schedule == NULL)
        {
          g_free (self->open_error);
          self->open_error = g_markup_escape_text (error->message, -1);
          _lineup_window_update_empty_state (self);
        }
      return;
    }

  if (source != NULL)
    {
      g_clear_pointer (&source->updated, g_date_time_unref);
      source->updated = g_date_time_new_now_local ();
      _lineup_window_update_sources_list (self);
    }
  if (!changed && source != NULL && source->schedule != NULL)
    {
      g_autofree gchar *message = NULL;
      const gchar *title = lineup_schedule_get_title (source->schedule);

      /* Translators: %s is the title of a schedule, or its web address */
      message = g_strdup_printf (_("“%s” has not changed"),
                                 title != NULL && *title != '\0' ? title : location);
      _lineup_window_toast_message (self, message);
      return;
    }
  read_one (self, location, copy);
}

static void
on_download_progress_cb (goffset  received,
                         goffset  total,
                         gpointer user_data)
{
  LineupWindow *self = user_data;

  _lineup_window_download_progress (self, received, total);
}

static void
download (LineupWindow *self,
          const gchar  *uri)
{
  GCancellable *cancellable = _lineup_window_download_started (self, uri);
  Download *job = g_new0 (Download, 1);

  job->window = g_object_ref (self);
  job->location = g_strdup (uri);
  job->cancellable = g_object_ref (cancellable);
  lineup_download_fetch_async (uri, self->download_dir, self->download_max_bytes,
                               on_download_progress_cb, self, cancellable, download_done, job);
}

/* Public and shared entry points ----------------------------------------- */

void
lineup_window_open_address (LineupWindow *self,
                            const gchar  *uri)
{
  LineupWindowSource *source;
  g_autoptr(GFile) copy = NULL;

  g_return_if_fail (LINEUP_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  if (!lineup_download_is_address (uri))
    {
      g_autofree gchar *message = g_strdup_printf (
        _("“%s” is not a web address (it should start with https://)"), uri);

      _lineup_window_toast_message (self, message);
      return;
    }
  source = find_source (self, uri);
  copy = lineup_download_cached_file (uri, self->download_dir);
  /* Known and kept offline: show the copy at once, then ask the server. */
  if (source == NULL && copy != NULL && g_file_query_exists (copy, NULL))
    read_one (self, uri, copy);
  download (self, uri);
}

void
lineup_window_open_file (LineupWindow *self,
                         GFile        *file)
{
  g_autofree gchar *uri = NULL;

  g_return_if_fail (LINEUP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  if (lineup_download_is_address (uri))
    {
      lineup_window_open_address (self, uri);
      return;
    }
  read_one (self, uri, file);
}

/* Opens what the window showed last time (the remembered sources; a web
 * address from its copy, refreshed when older than an hour). */
void
lineup_window_restore_sources (LineupWindow *self)
{
  g_return_if_fail (LINEUP_IS_WINDOW (self));

  g_auto(GStrv) locations = NULL;
  GPtrArray *items;

  if (self->settings == NULL)
    return;
  locations = g_settings_get_strv (self->settings, "sources");
  if (locations[0] == NULL)
    {
      g_autofree gchar *last = g_settings_get_string (self->settings, "last-post");

      g_clear_pointer (&locations, g_strfreev);
      locations = g_new0 (gchar *, 2);
      if (*last != '\0')
        locations[0] = g_steal_pointer (&last);
    }

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) read_item_free);
  for (guint i = 0; locations[i] != NULL; i++)
    {
      ReadItem *item = g_new0 (ReadItem, 1);

      item->location = g_strdup (locations[i]);
      if (lineup_download_is_address (locations[i]))
        item->download_dir = g_strdup (self->download_dir);
      else
        item->file = g_file_new_for_uri (locations[i]);
      item->remembered = TRUE;
      g_ptr_array_add (items, item);
    }
  if (items->len > 0)
    read_sources (self, items);
  else
    g_ptr_array_unref (items);
}

/* Reads every source again (in the zone now in use); @refresh: asks the
 * servers of web addresses for a newer schedule instead of reading their
 * copies (read once downloaded, when changed). */
void
_lineup_window_reread_sources (LineupWindow *self,
                               gboolean      refresh)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) read_item_free);

  for (guint i = 0; i < self->sources->len; i++)
    {
      LineupWindowSource *source = g_ptr_array_index (self->sources, i);
      ReadItem *item;

      /* Read when downloaded (if changed): a read of the old copy now could
       * end after the new one's and show the old talks again. */
      if (refresh && source->address)
        {
          download (self, source->location);
          continue;
        }
      item = g_new0 (ReadItem, 1);
      item->location = g_strdup (source->location);
      item->file = g_object_ref (source->file);
      item->known = TRUE;
      g_ptr_array_add (items, item);
    }
  if (items->len > 0)
    read_sources (self, items);
  else
    g_ptr_array_unref (items);
}

gboolean
_lineup_window_has_sources (LineupWindow *self)
{
  return self->sources != NULL && self->sources->len > 0;
}

void
lineup_window_remove_source (LineupWindow *self,
                             const gchar  *location)
{
  LineupWindowSource *source;

  g_return_if_fail (LINEUP_IS_WINDOW (self));

  source = find_source (self, location);
  if (source == NULL)
    return;
  g_ptr_array_remove (self->sources, source);
  remember_sources (self);
  show_sources (self, self->schedule_zone, TRUE);
}

/* Back to no source (the built-in post shown). */
void
_lineup_window_clear_sources (LineupWindow *self)
{
  g_ptr_array_set_size (self->sources, 0);
  remember_sources (self);
  _lineup_window_update_sources_list (self);
}

void
_lineup_window_init_sources (LineupWindow *self)
{
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) _lineup_window_source_free);
}

void
_lineup_window_dispose_sources (LineupWindow *self)
{
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  _lineup_window_cancel_downloads (self);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->download_dir, g_free);
}
