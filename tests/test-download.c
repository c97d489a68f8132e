/* test-download.c — tests for lineup-download
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SoupServer on 127.0.0.1 in this process, on the test's main context
 * (or, for the blocking fetch, on a thread of its own): what it answers is
 * set per test with a mode.  Nothing leaves 127.0.0.1.
 */
#define G_LOG_DOMAIN "test-download"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "lineup-core.h"

#define WAIT_CAP_SECONDS 120
#define SMALL_LIMIT      (64 * 1024)

typedef enum
{
  MODE_SCHEDULE,   /* 200 with ETag and Last-Modified; 304 when If-None-Match matches */
  MODE_ERROR,      /* 500 */
  MODE_DROP,       /* Content-Length 1000, then 10 bytes and the connection closed */
  MODE_ENDLESS,    /* chunks for as long as the client reads */
  MODE_STALL,      /* one chunk, then nothing */
  MODE_SILENT,     /* never answers */
  MODE_GZIP,       /* the schedule, compressed: Content-Length is the compressed length */
} Mode;

typedef struct
{
  SoupServer *server;
  gchar      *base;            /* http://127.0.0.1:PORT */
  gchar      *dir;             /* the download folder */
  Mode        mode;
  gchar      *body;
  gchar      *etag;
  guint       requests;
  guint       conditional;     /* requests with If-None-Match */
  gchar      *if_none_match;   /* of the last request */
  gchar      *user_agent;      /* of the last request */
} Fixture;

static const gchar first_body[] = "<schedule><talk>First</talk></schedule>\n";
static const gchar first_etag[] = "\"v1\"";
static const gchar last_modified[] = "Wed, 02 Dec 2026 10:00:00 GMT";

static gchar filler[16 * 1024];

/* ---- the server ---- */

static void
on_wrote_chunk_cb (SoupServerMessage *msg,
                   gpointer           user_data)
{
  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC,
                            filler, sizeof filler);
}

static void
answer_chunked (SoupServerMessage *msg,
                gboolean           endless)
{
  SoupMessageBody *body = soup_server_message_get_response_body (msg);

  soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg),
                                     SOUP_ENCODING_CHUNKED);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_body_set_accumulate (body, FALSE);
  soup_message_body_append (body, SOUP_MEMORY_STATIC, filler, sizeof filler);
  if (endless)
    g_signal_connect (msg, "wrote-chunk", G_CALLBACK (on_wrote_chunk_cb), NULL);
}

/* Takes the socket from libsoup and writes a response cut short. */
static void
answer_dropped (SoupServerMessage *msg)
{
  static const gchar raw[] = "HTTP/1.1 200 OK\r\n"
                             "Content-Type: text/xml\r\n"
                             "Content-Length: 1000\r\n"
                             "\r\n"
                             "0123456789";
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (g_io_stream_get_output_stream (stream), raw, strlen (raw), NULL,
                             NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (stream, NULL, &error);
  g_assert_no_error (error);
}

static void
answer_schedule (Fixture           *fx,
                 SoupServerMessage *msg,
                 const gchar       *match)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "ETag", fx->etag);
  soup_message_headers_replace (headers, "Last-Modified", last_modified);
  if (g_strcmp0 (match, fx->etag) == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_COPY, fx->body,
                                    strlen (fx->body));
}

static GBytes *
gzip (const gchar *text)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP,
                                                                 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory,
                                                                G_CONVERTER (compressor));
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (out, text, strlen (text), NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static void
answer_compressed (Fixture           *fx,
                   SoupServerMessage *msg)
{
  g_autoptr(GBytes) compressed = gzip (fx->body);

  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Content-Encoding", "gzip");
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (compressed, NULL),
                                    g_bytes_get_size (compressed));
}

static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Fixture *fx = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  const gchar *match = soup_message_headers_get_one (request, "If-None-Match");

  fx->requests++;
  if (match != NULL)
    fx->conditional++;
  g_free (fx->if_none_match);
  fx->if_none_match = g_strdup (match);
  g_free (fx->user_agent);
  fx->user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));

  if (g_str_equal (path, "/old"))
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/schedule.xml");
      return;
    }
  switch (fx->mode)
    {
    case MODE_SCHEDULE:
      answer_schedule (fx, msg, match);
      break;
    case MODE_ERROR:
      soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      break;
    case MODE_DROP:
      answer_dropped (msg);
      break;
    case MODE_ENDLESS:
    case MODE_STALL:
      answer_chunked (msg, fx->mode == MODE_ENDLESS);
      break;
    case MODE_SILENT:
      soup_server_message_pause (msg);
      break;
    case MODE_GZIP:
      answer_compressed (fx, msg);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Listens on 127.0.0.1 in the thread-default main context. */
static void
server_start (Fixture *fx)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fx->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fx->server, NULL, on_request_cb, fx, NULL);
  soup_server_listen_local (fx->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fx->server);
  g_assert_nonnull (uris);
  fx->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
server_stop (Fixture *fx)
{
  soup_server_disconnect (fx->server);
  g_clear_object (&fx->server);
  g_clear_pointer (&fx->base, g_free);
}

/* ---- the fixture ---- */

static void
rm_rf (const gchar *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const gchar *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree gchar *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("lineup-download-XXXXXX", &error);
  g_assert_no_error (error);
  fx->body = g_strdup (first_body);
  fx->etag = g_strdup (first_etag);
  if (data == NULL)
    server_start (fx);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  if (fx->server != NULL)
    server_stop (fx);
  rm_rf (fx->dir);
  g_free (fx->dir);
  g_free (fx->body);
  g_free (fx->etag);
  g_free (fx->if_none_match);
  g_free (fx->user_agent);
}

static gchar *
address (Fixture     *fx,
         const gchar *path)
{
  return g_strconcat (fx->base, path, NULL);
}

/* ---- fetching ---- */

typedef struct
{
  GCancellable *cancel_on_data;   /* cancelled at the first bytes of the body */
  guint         calls;
  goffset       received;
  goffset       total;
} Progress;

static void
on_progress_cb (goffset  received,
                goffset  total,
                gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpint (received, >=, progress->received);
  progress->calls++;
  progress->received = received;
  progress->total = total;
  if (progress->cancel_on_data != NULL && received > 0)
    g_cancellable_cancel (progress->cancel_on_data);
}

static gboolean
on_cap_reached_cb (gpointer user_data)
{
  gboolean *reached = user_data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_fetched_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Fetches @uri into the fixture's folder, iterating the main context (and
 * so the server) until the download is over. */
static GFile *
fetch (Fixture       *fx,
       const gchar   *uri,
       goffset        max_bytes,
       Progress      *progress,
       GCancellable  *cancellable,
       gboolean      *changed,
       GError       **error)
{
  GAsyncResult *result = NULL;
  gboolean reached = FALSE;
  guint cap;
  GFile *copy;

  lineup_download_fetch_async (uri, fx->dir, max_bytes, progress != NULL ? on_progress_cb : NULL,
                               progress, cancellable, on_fetched_cb, &result);
  cap = g_timeout_add_seconds (WAIT_CAP_SECONDS, on_cap_reached_cb, &reached);
  while (result == NULL)
    {
      if (reached)
        g_error ("timed out after %u s waiting for the download of %s to end",
                 WAIT_CAP_SECONDS, uri);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (cap);
  copy = lineup_download_fetch_finish (result, changed, error);
  g_object_unref (result);
  return copy;
}

static gchar *
read_copy (const gchar *uri,
           const gchar *dir)
{
  g_autoptr(GFile) copy = lineup_download_cached_file (uri, dir);
  g_autoptr(GError) error = NULL;
  gchar *contents = NULL;

  g_file_get_contents (g_file_peek_path (copy), &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static GKeyFile *
read_meta (const gchar *uri,
           const gchar *dir)
{
  g_autoptr(GFile) copy = lineup_download_cached_file (uri, dir);
  g_autofree gchar *base = g_strdup (g_file_peek_path (copy));
  g_autofree gchar *path = NULL;
  g_autoptr(GKeyFile) meta = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  gchar *dot = strrchr (base, '.');

  if (dot != NULL && strchr (dot, '/') == NULL)
    *dot = '\0';
  path = g_strconcat (base, ".meta", NULL);
  g_key_file_load_from_file (meta, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&meta);
}

static void
assert_meta (GKeyFile    *meta,
             const gchar *key,
             const gchar *expected)
{
  g_autofree gchar *value = g_key_file_get_string (meta, "download", key, NULL);

  g_assert_cmpstr (value, ==, expected);
}

/* The folder holds the copy of @uri and its metadata, nothing else (no
 * temporary file left behind). */
static void
assert_only_copy (Fixture     *fx,
                  const gchar *uri)
{
  g_autoptr(GFile) copy = lineup_download_cached_file (uri, fx->dir);
  g_autofree gchar *name = g_file_get_basename (copy);
  g_autoptr(GDir) dir = g_dir_open (fx->dir, 0, NULL);
  const gchar *entry;
  guint count = 0;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("in the folder: %s", entry);
      g_assert_true (g_str_equal (entry, name)
                     || (g_str_has_suffix (entry, ".meta")
                         && strncmp (entry, name, 16) == 0));
      count++;
    }
  g_assert_cmpuint (count, ==, 2);
}

/* A first good copy, for the tests of what a failed refresh leaves. */
static gchar *
fetch_first_copy (Fixture *fx)
{
  g_autofree gchar *uri = address (fx, "/schedule.xml");
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  copy = fetch (fx, uri, 0, NULL, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_true (changed);
  return g_steal_pointer (&uri);
}

static void
assert_copy_intact (Fixture     *fx,
                    const gchar *uri)
{
  g_autofree gchar *contents = read_copy (uri, fx->dir);

  g_assert_cmpstr (contents, ==, first_body);
  assert_only_copy (fx, uri);
}

/* ---- the tests ---- */

static void
test_first_download (Fixture       *fx,
                     gconstpointer  data)
{
  g_autofree gchar *uri = address (fx, "/schedule.xml");
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) expected = lineup_download_cached_file (uri, fx->dir);
  g_autoptr(GFile) folder = g_file_new_for_path (fx->dir);
  g_autofree gchar *name = g_file_get_basename (expected);
  g_autofree gchar *contents = NULL;
  g_autoptr(GKeyFile) meta = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) fetched = NULL;
  Progress progress = { 0 };
  gboolean changed = FALSE;

  g_assert_null (lineup_download_last_fetched (uri, fx->dir));
  copy = fetch (fx, uri, 0, &progress, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_true (g_file_equal (copy, expected));
  g_assert_true (g_file_has_parent (copy, folder));
  g_assert_cmpuint (strlen (name), ==, 16 + strlen (".xml"));
  g_assert_true (g_str_has_suffix (name, ".xml"));

  contents = read_copy (uri, fx->dir);
  g_assert_cmpstr (contents, ==, first_body);
  g_assert_cmpuint (progress.calls, >=, 2);
  g_assert_cmpint (progress.total, ==, strlen (first_body));
  g_assert_cmpint (progress.received, ==, strlen (first_body));

  meta = read_meta (uri, fx->dir);
  assert_meta (meta, "uri", uri);
  assert_meta (meta, "etag", first_etag);
  assert_meta (meta, "last-modified", last_modified);
  assert_meta (meta, "content-type", "text/xml");
  assert_meta (meta, "final-uri", uri);
  fetched = lineup_download_last_fetched (uri, fx->dir);
  g_assert_nonnull (fetched);
  g_assert_cmpint (g_date_time_get_utc_offset (fetched), ==, 0);

  g_assert_cmpuint (fx->requests, ==, 1);
  g_assert_null (fx->if_none_match);
  g_assert_true (g_str_has_prefix (fx->user_agent, "Lineup/" PACKAGE_VERSION));
  assert_only_copy (fx, uri);
}

static void
test_not_modified (Fixture       *fx,
                   gconstpointer  data)
{
  g_autofree gchar *uri = fetch_first_copy (fx);
  g_autoptr(GDateTime) before = lineup_download_last_fetched (uri, fx->dir);
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GKeyFile) meta = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = TRUE;

  g_assert_nonnull (before);
  copy = fetch (fx, uri, 0, NULL, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_false (changed);
  g_assert_cmpuint (fx->requests, ==, 2);
  g_assert_cmpuint (fx->conditional, ==, 1);
  g_assert_cmpstr (fx->if_none_match, ==, first_etag);

  assert_copy_intact (fx, uri);
  meta = read_meta (uri, fx->dir);
  assert_meta (meta, "etag", first_etag);
  after = lineup_download_last_fetched (uri, fx->dir);
  g_assert_nonnull (after);
  g_assert_cmpint (g_date_time_compare (after, before), >=, 0);
}

static void
test_changed (Fixture       *fx,
              gconstpointer  data)
{
  static const gchar second_body[] = "<schedule><talk>Second</talk></schedule>\n";
  g_autofree gchar *uri = fetch_first_copy (fx);
  g_autofree gchar *contents = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GKeyFile) meta = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  g_free (fx->body);
  fx->body = g_strdup (second_body);
  g_free (fx->etag);
  fx->etag = g_strdup ("\"v2\"");
  copy = fetch (fx, uri, 0, NULL, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_cmpstr (fx->if_none_match, ==, first_etag);

  contents = read_copy (uri, fx->dir);
  g_assert_cmpstr (contents, ==, second_body);
  meta = read_meta (uri, fx->dir);
  assert_meta (meta, "etag", "\"v2\"");
  assert_only_copy (fx, uri);
}

static void
test_server_error (Fixture       *fx,
                   gconstpointer  data)
{
  g_autofree gchar *uri = fetch_first_copy (fx);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = TRUE;

  fx->mode = MODE_ERROR;
  copy = fetch (fx, uri, 0, NULL, NULL, &changed, &error);
  g_assert_error (error, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_HTTP);
  g_assert_null (copy);
  g_assert_false (changed);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "500"));
  g_assert_nonnull (strstr (error->message, uri));
  assert_copy_intact (fx, uri);
}

static void
test_dropped (Fixture       *fx,
              gconstpointer  data)
{
  g_autofree gchar *uri = fetch_first_copy (fx);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;

  fx->mode = MODE_DROP;
  copy = fetch (fx, uri, 0, NULL, NULL, NULL, &error);
  g_assert_error (error, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, uri));
  g_assert_null (copy);
  assert_copy_intact (fx, uri);
}

static void
test_too_large (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree gchar *uri = fetch_first_copy (fx);
  g_autofree gchar *limit = g_format_size (SMALL_LIMIT);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  fx->mode = MODE_ENDLESS;
  copy = fetch (fx, uri, SMALL_LIMIT, &progress, NULL, NULL, &error);
  g_assert_error (error, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, uri));
  g_assert_nonnull (strstr (error->message, limit));
  g_assert_null (copy);
  g_assert_cmpint (progress.total, ==, -1);
  g_assert_cmpint (progress.received, <=, SMALL_LIMIT);
  assert_copy_intact (fx, uri);

  /* A Content-Length over the limit: stopped before reading. */
  g_clear_error (&error);
  fx->mode = MODE_SCHEDULE;
  g_free (fx->etag);
  fx->etag = g_strdup ("\"v2\"");
  copy = fetch (fx, uri, strlen (first_body) - 1, NULL, NULL, NULL, &error);
  g_assert_error (error, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_TOO_LARGE);
  assert_copy_intact (fx, uri);
}

static void
test_not_an_address (Fixture       *fx,
                     gconstpointer  data)
{
  static const gchar * const refused[] = {
    "ftp://x", "file.md", "file:///tmp/file.md", "http://", "https:///path", "", " http://x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GFile) copy = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("refused: “%s”", refused[i]);
      copy = fetch (fx, refused[i], 0, NULL, NULL, NULL, &error);
      g_assert_error (error, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_ADDRESS);
      g_assert_nonnull (strstr (error->message, refused[i]));
      g_assert_null (copy);
    }

  g_assert_true (lineup_download_is_address ("https://example.com/schedule.xml"));
  g_assert_true (lineup_download_is_address ("http://127.0.0.1:8080/"));
  g_assert_true (lineup_download_is_address ("HTTPS://EXAMPLE.COM/"));
  g_assert_false (lineup_download_is_address ("ftp://x"));
  g_assert_false (lineup_download_is_address ("file.md"));
  g_assert_false (lineup_download_is_address ("file:///tmp/file.md"));
  g_assert_false (lineup_download_is_address (""));
  g_assert_false (lineup_download_is_address (NULL));
  g_assert_cmpuint (fx->requests, ==, 0);
}

static void
test_cancel (Fixture       *fx,
             gconstpointer  data)
{
  g_autofree gchar *uri = fetch_first_copy (fx);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  fx->mode = MODE_STALL;
  progress.cancel_on_data = cancellable;
  copy = fetch (fx, uri, 0, &progress, cancellable, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (copy);
  g_assert_cmpint (progress.received, >, 0);
  assert_copy_intact (fx, uri);

  /* Cancelled before it started. */
  g_clear_error (&error);
  g_cancellable_cancel (cancelled);
  copy = fetch (fx, uri, 0, NULL, cancelled, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_copy_intact (fx, uri);
}

static void
test_timeout (Fixture       *fx,
              gconstpointer  data)
{
  g_autofree gchar *uri = fetch_first_copy (fx);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;

  fx->mode = MODE_SILENT;
  copy = fetch (fx, uri, 0, NULL, NULL, NULL, &error);
  g_assert_error (error, LINEUP_DOWNLOAD_ERROR, LINEUP_DOWNLOAD_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  assert_copy_intact (fx, uri);
}

static void
test_redirect (Fixture       *fx,
               gconstpointer  data)
{
  g_autofree gchar *uri = address (fx, "/old");
  g_autofree gchar *final = address (fx, "/schedule.xml");
  g_autofree gchar *contents = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GKeyFile) meta = NULL;
  g_autoptr(GError) error = NULL;

  copy = fetch (fx, uri, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  contents = read_copy (uri, fx->dir);
  g_assert_cmpstr (contents, ==, first_body);
  meta = read_meta (uri, fx->dir);
  assert_meta (meta, "uri", uri);
  assert_meta (meta, "final-uri", final);
  g_assert_cmpuint (fx->requests, ==, 2);
  assert_only_copy (fx, uri);
}

/* A compressed body is stored as it was before compression. */
static void
test_compressed (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree gchar *uri = address (fx, "/schedule.xml");
  g_autofree gchar *contents = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };
  gboolean changed = FALSE;

  g_free (fx->body);
  fx->body = g_strnfill (10000, 'a');
  fx->mode = MODE_GZIP;
  copy = fetch (fx, uri, 0, &progress, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_true (changed);
  contents = read_copy (uri, fx->dir);
  g_assert_cmpstr (contents, ==, fx->body);
  g_assert_cmpint (progress.total, ==, -1);
  g_assert_cmpint (progress.received, ==, 10000);
  assert_only_copy (fx, uri);
}

/* ---- the blocking fetch, against a server on a thread of its own ---- */

typedef struct
{
  Fixture      *fx;
  GMainContext *context;
  GMainLoop    *loop;
  GMutex        lock;
  GCond         ready;
  gboolean      listening;
} ServerThread;

static gpointer
server_thread (gpointer data)
{
  ServerThread *thread = data;

  g_main_context_push_thread_default (thread->context);
  server_start (thread->fx);
  g_mutex_lock (&thread->lock);
  thread->listening = TRUE;
  g_cond_signal (&thread->ready);
  g_mutex_unlock (&thread->lock);
  g_main_loop_run (thread->loop);
  server_stop (thread->fx);
  g_main_context_pop_thread_default (thread->context);
  return NULL;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
test_sync (Fixture       *fx,
           gconstpointer  data)
{
  ServerThread thread = { .fx = fx };
  g_autofree gchar *uri = NULL;
  g_autofree gchar *contents = NULL;
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;
  GThread *handle;

  thread.context = g_main_context_new ();
  thread.loop = g_main_loop_new (thread.context, FALSE);
  g_mutex_init (&thread.lock);
  g_cond_init (&thread.ready);
  handle = g_thread_new ("server", server_thread, &thread);
  g_mutex_lock (&thread.lock);
  while (!thread.listening)
    g_cond_wait (&thread.ready, &thread.lock);
  g_mutex_unlock (&thread.lock);
  uri = address (fx, "/schedule.xml");

  first = lineup_download_fetch_sync (uri, fx->dir, 0, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_true (changed);
  contents = read_copy (uri, fx->dir);
  g_assert_cmpstr (contents, ==, first_body);
  second = lineup_download_fetch_sync (uri, fx->dir, 0, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_false (changed);
  g_assert_true (g_file_equal (first, second));

  g_main_context_invoke (thread.context, quit_loop, thread.loop);
  g_thread_join (handle);
  g_assert_cmpuint (fx->requests, ==, 2);
  g_assert_cmpuint (fx->conditional, ==, 1);
  assert_copy_intact (fx, uri);
  g_main_loop_unref (thread.loop);
  g_main_context_unref (thread.context);
  g_mutex_clear (&thread.lock);
  g_cond_clear (&thread.ready);
}

/* ---- paths ---- */

static void
test_cached_file (void)
{
  g_autoptr(GFile) a = lineup_download_cached_file ("https://example.com/a/schedule.JSON?x=1",
                                                    "/tmp/d");
  g_autoptr(GFile) b = lineup_download_cached_file ("https://example.com/b/schedule.json", NULL);
  g_autoptr(GFile) c = lineup_download_cached_file ("https://example.com/feed", "/tmp/d");
  g_autoptr(GFile) d = lineup_download_cached_file ("https://example.com/x.meta", "/tmp/d");
  g_autoptr(GFile) e = lineup_download_cached_file ("https://example.com/x.j%2Fson", "/tmp/d");
  g_autofree gchar *a_name = g_file_get_basename (a);
  g_autofree gchar *c_name = g_file_get_basename (c);
  g_autofree gchar *d_name = g_file_get_basename (d);
  g_autofree gchar *e_name = g_file_get_basename (e);
  g_autofree gchar *b_folder = g_build_filename (g_get_user_data_dir (), "lineup", "sources",
                                                 NULL);
  g_autoptr(GFile) b_parent = g_file_get_parent (b);

  g_assert_true (g_str_has_prefix (g_file_peek_path (a), "/tmp/d/"));
  g_assert_true (g_str_has_suffix (a_name, ".json"));
  g_assert_cmpuint (strlen (a_name), ==, 16 + 5);
  g_assert_cmpstr (g_file_peek_path (b_parent), ==, b_folder);
  /* No extension: none, never one that would be the metadata's. */
  g_assert_cmpuint (strlen (c_name), ==, 16);
  g_assert_cmpuint (strlen (d_name), ==, 16);
  g_assert_cmpuint (strlen (e_name), ==, 16);
  g_assert_null (lineup_download_last_fetched ("https://example.com/feed", "/tmp/d"));
}

int
main (int   argc,
      char *argv[])
{
  /* Nothing goes through a proxy: the server is in this process.  A silent
   * server makes the download time out after 3 s. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");
  g_setenv ("no_proxy", "127.0.0.1", TRUE);
  g_setenv ("LINEUP_DOWNLOAD_TIMEOUT", "3", TRUE);
  memset (filler, 'x', sizeof filler);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/download/cached-file", test_cached_file);
#define ADD(path, func, data) \
  g_test_add ("/download/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("first", test_first_download, NULL);
  ADD ("not-modified", test_not_modified, NULL);
  ADD ("changed", test_changed, NULL);
  ADD ("server-error", test_server_error, NULL);
  ADD ("dropped", test_dropped, NULL);
  ADD ("too-large", test_too_large, NULL);
  ADD ("not-an-address", test_not_an_address, NULL);
  ADD ("cancel", test_cancel, NULL);
  ADD ("timeout", test_timeout, NULL);
  ADD ("redirect", test_redirect, NULL);
  ADD ("compressed", test_compressed, NULL);
  /* Its server runs on a thread: not started by the fixture. */
  ADD ("sync", test_sync, "no server");
#undef ADD

  return g_test_run ();
}
