/* lineup-download.c — a schedule at a web address, kept as a local copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One fetch: send the request (conditional when there is a copy), stream
 * the body into a hidden temporary file beside the copy, then, in a worker
 * thread, fsync it, rename it over the copy and write the metadata.  Every
 * failure before the rename removes the temporary file, so the last good
 * copy is never touched by a download that did not complete.
 *
 * A SoupSession is not thread-safe and belongs to the thread-default main
 * context it was made in: each fetch makes its own and lets it go before the
 * worker thread starts.
 */
#define G_LOG_DOMAIN "lineup-download"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "lineup-download.h"
#include "lineup-link.h"

#define DEFAULT_MAX_BYTES ((goffset) 64 * 1024 * 1024)
#define DEFAULT_TIMEOUT   30
#define CHUNK_SIZE        (64 * 1024)
#define KEY_LENGTH        16
#define META_GROUP        "download"

G_DEFINE_QUARK (lineup-download-error-quark, lineup_download_error)

typedef struct
{
  gchar                  *uri;
  gchar                  *shown;          /* @uri for messages: no password */
  gchar                  *dir;
  goffset                 max_bytes;
  LineupDownloadProgress  progress;
  gpointer                progress_data;

  SoupSession            *session;
  SoupMessage            *message;
  GInputStream           *body;
  GOutputStream          *out;
  gchar                  *tmp_path;
  GBytes                 *chunk;          /* being written */
  goffset                 received;
  goffset                 total;          /* -1: unknown */
  gboolean                conditional;    /* If-None-Match or If-Modified-Since sent */
  gboolean                changed;

  /* Copied from the response for the worker thread. */
  gchar                  *etag;
  gchar                  *last_modified;
  gchar                  *content_type;
  gchar                  *final_uri;
} Fetch;

static void
fetch_release_network (Fetch *fetch)
{
  g_clear_object (&fetch->body);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->session);
}

/* Closes and removes the temporary file, if any. */
static void
fetch_remove_temporary (Fetch *fetch)
{
  if (fetch->out != NULL)
    g_output_stream_close (fetch->out, NULL, NULL);
  g_clear_object (&fetch->out);
  if (fetch->tmp_path != NULL)
    g_unlink (fetch->tmp_path);
  g_clear_pointer (&fetch->tmp_path, g_free);
}

static void
fetch_free (gpointer data)
{
  Fetch *fetch = data;

  fetch_remove_temporary (fetch);
  fetch_release_network (fetch);
  g_clear_pointer (&fetch->chunk, g_bytes_unref);
  g_free (fetch->uri);
  g_free (fetch->shown);
  g_free (fetch->dir);
  g_free (fetch->etag);
  g_free (fetch->last_modified);
  g_free (fetch->content_type);
  g_free (fetch->final_uri);
  g_free (fetch);
}

/* Read once: tests set LINEUP_DOWNLOAD_TIMEOUT before the first fetch. */
static guint
download_timeout (void)
{
  static gsize timeout = 0;

  if (g_once_init_enter (&timeout))
    {
      const gchar *text = g_getenv ("LINEUP_DOWNLOAD_TIMEOUT");
      guint64 seconds = DEFAULT_TIMEOUT;

      if (text != NULL && !g_ascii_string_to_unsigned (text, 10, 1, 3600, &seconds, NULL))
        seconds = DEFAULT_TIMEOUT;
      g_once_init_leave (&timeout, (gsize) seconds);
    }
  return (guint) timeout;
}

static gchar *
download_dir (const gchar *dir)
{
  if (dir != NULL)
    return g_strdup (dir);
  return g_build_filename (g_get_user_data_dir (), "lineup", "sources", NULL);
}

/* The extension of the address's last path segment, lower-case, so that the
 * schedule readers can tell the format; NULL when there is none or it is not
 * plain letters and digits.  "meta" would be the metadata's own name. */
static gchar *
uri_extension (const gchar *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED, NULL);
  g_autofree gchar *extension = NULL;
  const gchar *path;
  const gchar *segment;
  const gchar *dot;
  gsize length;

  if (parsed == NULL)
    return NULL;
  path = g_uri_get_path (parsed);
  segment = strrchr (path, '/');
  segment = segment != NULL ? segment + 1 : path;
  dot = strrchr (segment, '.');
  if (dot == NULL || dot == segment)
    return NULL;
  length = strlen (dot + 1);
  if (length == 0 || length > 8)
    return NULL;
  for (const gchar *c = dot + 1; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return NULL;
  extension = g_ascii_strdown (dot + 1, -1);
  if (g_str_equal (extension, "meta"))
    return NULL;
  return g_steal_pointer (&extension);
}

/* DIR/KEY: the copy is DIR/KEY.EXT (or DIR/KEY), its metadata DIR/KEY.meta. */
static gchar *
cache_base (const gchar *uri,
            const gchar *dir)
{
  g_autofree gchar *folder = download_dir (dir);
  g_autofree gchar *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);

  sum[KEY_LENGTH] = '\0';
  return g_build_filename (folder, sum, NULL);
}

static gchar *
meta_path (const gchar *uri,
           const gchar *dir)
{
  g_autofree gchar *base = cache_base (uri, dir);

  return g_strconcat (base, ".meta", NULL);
}

GFile *
lineup_download_cached_file (const gchar *uri,
                             const gchar *dir)
{
  g_autofree gchar *base = NULL;
  g_autofree gchar *extension = NULL;
  g_autofree gchar *path = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  base = cache_base (uri, dir);
  extension = uri_extension (uri);
  if (extension == NULL)
    return g_file_new_for_path (base);
  path = g_strconcat (base, ".", extension, NULL);
  return g_file_new_for_path (path);
}

/* The metadata of @uri, or NULL when there is none, it is unreadable or it
 * belongs to another address whose key is the same. */
static GKeyFile *
load_meta (const gchar *uri,
           const gchar *dir)
{
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autofree gchar *path = meta_path (uri, dir);
  g_autofree gchar *stored = NULL;

  if (!g_key_file_load_from_file (meta, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  stored = g_key_file_get_string (meta, META_GROUP, "uri", NULL);
  if (g_strcmp0 (stored, uri) != 0)
    return NULL;
  return g_steal_pointer (&meta);
}

GDateTime *
lineup_download_last_fetched (const gchar *uri,
                              const gchar *dir)
{
  g_autoptr(GKeyFile) meta = NULL;
  g_autofree gchar *fetched = NULL;

  g_return_val_if_fail (uri != NULL, NULL);

  meta = load_meta (uri, dir);
  if (meta == NULL)
    return NULL;
  fetched = g_key_file_get_string (meta, META_GROUP, "fetched-at", NULL);
  if (fetched == NULL)
    return NULL;
  return g_date_time_new_from_iso8601 (fetched, NULL);
}

gboolean
lineup_download_is_address (const gchar *text)
{
  return lineup_link_is_web (text);
}

static GUri *
parse_address (const gchar  *uri,
               GError      **error)
{
  g_autoptr(GUri) parsed = NULL;
  const gchar *host = NULL;

  if (lineup_download_is_address (uri))
    parsed = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  if (parsed != NULL)
    host = g_uri_get_host (parsed);
  if (host == NULL || *host == '\0')
    {
      g_set_error (error, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_ADDRESS,
                   _("“%s” is not a web address (http:// or https://)"), uri);
      return NULL;
    }
  return g_steal_pointer (&parsed);
}

/* A failed request or read: cancelling stays G_IO_ERROR_CANCELLED. */
static GError *
network_error (Fetch  *fetch,
               GError *error)
{
  GError *translated;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return error;
  translated = g_error_new (LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_NETWORK,
                            _("Could not download “%s”: %s"), fetch->shown, error->message);
  g_error_free (error);
  return translated;
}

static GError *
io_error (Fetch       *fetch,
          const gchar *path,
          const gchar *reason)
{
  return g_error_new (LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_IO,
                      _("Could not save the download of “%s” to “%s”: %s"),
                      fetch->shown, path, reason);
}

static GError *
too_large_error (Fetch *fetch)
{
  g_autofree gchar *size = g_format_size ((guint64) fetch->max_bytes);

  return g_error_new (LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_TOO_LARGE,
                      _("“%s” is larger than %s; download stopped"), fetch->shown, size);
}

/* Removes the temporary file before the error reaches the caller. */
static void
fetch_fail (GTask  *task,
            GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  fetch_remove_temporary (fetch);
  g_task_return_error (task, error);
}

static void
report_progress (Fetch *fetch)
{
  if (fetch->progress != NULL)
    fetch->progress (fetch->received, fetch->total, fetch->progress_data);
}

static void
add_conditions (Fetch *fetch)
{
  SoupMessageHeaders *headers = soup_message_get_request_headers (fetch->message);
  g_autoptr(GKeyFile) meta = load_meta (fetch->uri, fetch->dir);
  g_autoptr(GFile) copy = NULL;
  g_autofree gchar *etag = NULL;
  g_autofree gchar *modified = NULL;

  if (meta == NULL)
    return;
  copy = lineup_download_cached_file (fetch->uri, fetch->dir);
  if (!g_file_query_exists (copy, NULL))
    return;
  etag = g_key_file_get_string (meta, META_GROUP, "etag", NULL);
  modified = g_key_file_get_string (meta, META_GROUP, "last-modified", NULL);
  if (etag != NULL && *etag != '\0')
    {
      soup_message_headers_replace (headers, "If-None-Match", etag);
      fetch->conditional = TRUE;
    }
  if (modified != NULL && *modified != '\0')
    {
      soup_message_headers_replace (headers, "If-Modified-Since", modified);
      fetch->conditional = TRUE;
    }
}

static void
record_response (Fetch *fetch)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  const gchar *coding;

  fetch->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  fetch->last_modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  fetch->content_type = g_strdup (soup_message_headers_get_content_type (headers, NULL));
  fetch->final_uri = g_uri_to_string_partial (soup_message_get_uri (fetch->message),
                                              G_URI_HIDE_PASSWORD);
  coding = soup_message_headers_get_one (headers, "Content-Encoding");
  /* libsoup decodes gzip, deflate and br: then Content-Length is not the
   * length of the body read. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH
      && (coding == NULL || g_ascii_strcasecmp (coding, "identity") == 0))
    fetch->total = soup_message_headers_get_content_length (headers);
}

static gboolean
open_temporary (Fetch   *fetch,
                GError **error)
{
  g_autofree gchar *base = cache_base (fetch->uri, fetch->dir);
  g_autofree gchar *name = g_path_get_basename (base);
  g_autofree gchar *template = g_strdup_printf ("%s/.%s.part-XXXXXX", fetch->dir, name);
  gint fd;

  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_propagate_error (error, io_error (fetch, template, g_strerror (saved_errno)));
      return FALSE;
    }
  fetch->tmp_path = g_steal_pointer (&template);
  fetch->out = g_unix_output_stream_new (fd, TRUE);
  return TRUE;
}

/* fsync, then rename over the copy: a crash leaves the old or the new copy. */
static gboolean
replace_copy (Fetch         *fetch,
              GFile         *copy,
              GCancellable  *cancellable,
              GError       **error)
{
  const gchar *path = g_file_peek_path (copy);
  g_autoptr(GError) local_error = NULL;
  gint fd = g_unix_output_stream_get_fd (G_UNIX_OUTPUT_STREAM (fetch->out));

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      g_propagate_error (error, io_error (fetch, fetch->tmp_path, g_strerror (saved_errno)));
      return FALSE;
    }
  if (!g_output_stream_close (fetch->out, NULL, &local_error))
    {
      g_propagate_error (error, io_error (fetch, fetch->tmp_path, local_error->message));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (g_rename (fetch->tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_propagate_error (error, io_error (fetch, path, g_strerror (saved_errno)));
      return FALSE;
    }
  g_clear_pointer (&fetch->tmp_path, g_free);
  return TRUE;
}

static void
set_or_remove (GKeyFile    *meta,
               const gchar *key,
               const gchar *value)
{
  if (value != NULL)
    g_key_file_set_string (meta, META_GROUP, key, value);
  else
    g_key_file_remove_key (meta, META_GROUP, key, NULL);
}

/* After a new copy: everything; after "not modified": fetched-at only. */
static gboolean
write_meta (Fetch   *fetch,
            GError **error)
{
  g_autoptr(GKeyFile) meta = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree gchar *fetched = g_date_time_format_iso8601 (now);
  g_autofree gchar *path = meta_path (fetch->uri, fetch->dir);
  g_autoptr(GError) local_error = NULL;

  if (!fetch->changed)
    meta = load_meta (fetch->uri, fetch->dir);
  if (meta == NULL)
    meta = g_key_file_new ();
  g_key_file_set_string (meta, META_GROUP, "uri", fetch->uri);
  if (fetch->changed)
    {
      set_or_remove (meta, "etag", fetch->etag);
      set_or_remove (meta, "last-modified", fetch->last_modified);
      set_or_remove (meta, "content-type", fetch->content_type);
      set_or_remove (meta, "final-uri", fetch->final_uri);
    }
  g_key_file_set_string (meta, META_GROUP, "fetched-at", fetched);
  if (!g_key_file_save_to_file (meta, path, &local_error))
    {
      g_propagate_error (error, io_error (fetch, path, local_error->message));
      return FALSE;
    }
  return TRUE;
}

/* The worker thread: the network objects are gone, @task_data is ours. */
static void
commit_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autoptr(GFile) copy = lineup_download_cached_file (fetch->uri, fetch->dir);
  GError *error = NULL;

  if ((fetch->changed && !replace_copy (fetch, copy, cancellable, &error))
      || !write_meta (fetch, &error))
    {
      fetch_fail (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&copy), g_object_unref);
}

static void
commit (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  fetch_release_network (fetch);
  g_task_run_in_thread (task, commit_thread);
}

static void read_next (GTask *task);

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&fetch->chunk, g_bytes_unref);
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fetch_fail (task, g_steal_pointer (&error));
      else
        fetch_fail (task, io_error (fetch, fetch->tmp_path, error->message));
      return;
    }
  read_next (task);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  if (bytes == NULL)
    {
      fetch_fail (task, network_error (fetch, error));
      return;
    }
  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      /* libsoup reports a short Content-Length body itself; this is in case. */
      if (fetch->total >= 0 && fetch->received != fetch->total)
        {
          fetch_fail (task, g_error_new (LINEUP_DOWNLOAD_ERROR,
                                         LINEUP_DOWNLOAD_ERROR_NETWORK,
                                         _("Could not download “%s”: the connection "
                                           "closed before the end"),
                                         fetch->shown));
          return;
        }
      commit (task);
      return;
    }
  fetch->received += (goffset) size;
  if (fetch->received > fetch->max_bytes)
    {
      fetch_fail (task, too_large_error (fetch));
      return;
    }
  report_progress (fetch);
  fetch->chunk = g_steal_pointer (&bytes);
  g_output_stream_write_all_async (fetch->out, g_bytes_get_data (fetch->chunk, NULL), size,
                                   G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                   on_written_cb, g_object_ref (task));
}

static void
read_next (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (fetch->body, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task),
                                   on_read_cb, g_object_ref (task));
}

static GError *
status_error (Fetch *fetch)
{
  guint status = soup_message_get_status (fetch->message);
  const gchar *reason = soup_message_get_reason_phrase (fetch->message);

  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (status);
  return g_error_new (LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_HTTP,
                      _("Could not download “%s”: the server answered %u %s"),
                      fetch->shown, status, reason != NULL ? reason : "");
}

static void
on_sent_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  guint status;

  fetch->body = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (fetch->body == NULL)
    {
      fetch_fail (task, network_error (fetch, error));
      return;
    }
  status = soup_message_get_status (fetch->message);
  if (status == SOUP_STATUS_NOT_MODIFIED && fetch->conditional)
    {
      fetch->changed = FALSE;
      commit (task);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      fetch_fail (task, status_error (fetch));
      return;
    }

  record_response (fetch);
  if (fetch->total > fetch->max_bytes)
    {
      fetch_fail (task, too_large_error (fetch));
      return;
    }
  if (!open_temporary (fetch, &error))
    {
      fetch_fail (task, error);
      return;
    }
  fetch->changed = TRUE;
  report_progress (fetch);
  read_next (task);
}

void
lineup_download_fetch_async (const gchar            *uri,
                             const gchar            *dir,
                             goffset                 max_bytes,
                             LineupDownloadProgress  progress,
                             gpointer                progress_data,
                             GCancellable           *cancellable,
                             GAsyncReadyCallback     callback,
                             gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) parsed = NULL;
  GError *error = NULL;
  Fetch *fetch;
  guint timeout;

  g_return_if_fail (uri != NULL);
  g_return_if_fail (max_bytes >= 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lineup_download_fetch_async);
  /* A copy replaced just as the caller cancels is reported as replaced. */
  g_task_set_check_cancellable (task, FALSE);

  fetch = g_new0 (Fetch, 1);
  fetch->uri = g_strdup (uri);
  fetch->dir = download_dir (dir);
  fetch->max_bytes = max_bytes > 0 ? max_bytes : DEFAULT_MAX_BYTES;
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  fetch->total = -1;
  g_task_set_task_data (task, fetch, fetch_free);

  parsed = parse_address (uri, &error);
  if (parsed == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  fetch->shown = g_uri_to_string_partial (parsed, G_URI_HIDE_PASSWORD);

  if (g_mkdir_with_parents (fetch->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_IO,
                               _("Could not create the folder “%s” for the download "
                                 "of “%s”: %s"),
                               fetch->dir, fetch->shown, g_strerror (saved_errno));
      return;
    }

  timeout = download_timeout ();
  fetch->session = soup_session_new_with_options ("user-agent", "Lineup/" PACKAGE_VERSION,
                                                  "timeout", timeout,
                                                  "idle-timeout", timeout,
                                                  NULL);
  fetch->message = soup_message_new_from_uri (SOUP_METHOD_GET, parsed);
  add_conditions (fetch);
  soup_session_send_async (fetch->session, fetch->message, G_PRIORITY_DEFAULT, cancellable,
                           on_sent_cb, g_steal_pointer (&task));
}

GFile *
lineup_download_fetch_finish (GAsyncResult  *result,
                              gboolean      *changed,
                              GError       **error)
{
  Fetch *fetch;
  GFile *copy;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lineup_download_fetch_async,
                        NULL);

  copy = g_task_propagate_pointer (G_TASK (result), error);
  fetch = g_task_get_task_data (G_TASK (result));
  if (changed != NULL)
    *changed = copy != NULL && fetch->changed;
  return copy;
}

static void
on_sync_fetched_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

GFile *
lineup_download_fetch_sync (const gchar   *uri,
                            const gchar   *dir,
                            goffset        max_bytes,
                            GCancellable  *cancellable,
                            gboolean      *changed,
                            GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  GAsyncResult *result = NULL;
  GFile *copy;

  g_return_val_if_fail (uri != NULL, NULL);

  g_main_context_push_thread_default (context);
  lineup_download_fetch_async (uri, dir, max_bytes, NULL, NULL, cancellable,
                               on_sync_fetched_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  copy = lineup_download_fetch_finish (result, changed, error);
  /* The session goes with the task: in this context, before it is popped. */
  g_object_unref (result);
  g_main_context_pop_thread_default (context);
  return copy;
}
