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
#include "lineup-test-files.h"
#include "lineup-test-server.h"

#define WAIT_CAP_SECONDS 120
#define SMALL_LIMIT      (64 * 1024)

typedef struct
{
  LineupTestServer *server;
  gchar            *dir;             /* the download folder */
} Fixture;

static const gchar first_body[] = "<schedule><talk>First</talk></schedule>\n";
static const gchar first_etag[] = "\"v1\"";
static const gchar last_modified[] = "Wed, 02 Dec 2026 10:00:00 GMT";

/* ---- the fixture ---- */

/* Serves the first schedule at /schedule.xml, redirected from /old. */
static void
server_start (Fixture *fx)
{
  fx->server = lineup_test_server_new ();
  lineup_test_server_serve (fx->server, "/schedule.xml", "text/xml", first_body, first_etag,
                            last_modified);
  lineup_test_server_redirect (fx->server, "/old", "/schedule.xml");
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  fx->dir = lineup_test_make_temp_dir (NULL);
  if (data == NULL)
    server_start (fx);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_clear_pointer (&fx->server, lineup_test_server_free);
  lineup_test_remove_tree (fx->dir);
  g_free (fx->dir);
}

static gchar *
address (Fixture     *fx,
         const gchar *path)
{
  return lineup_test_server_uri (fx->server, path);
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

  g_assert_cmpuint (fx->server->requests, ==, 1);
  g_assert_null (fx->server->if_none_match);
  g_assert_true (g_str_has_prefix (fx->server->user_agent, "Lineup/" PACKAGE_VERSION));
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
  g_assert_cmpuint (fx->server->requests, ==, 2);
  g_assert_cmpuint (fx->server->conditional, ==, 1);
  g_assert_cmpstr (fx->server->if_none_match, ==, first_etag);

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

  lineup_test_server_serve (fx->server, "/schedule.xml", "text/xml", second_body, "\"v2\"",
                            last_modified);
  copy = fetch (fx, uri, 0, NULL, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_cmpstr (fx->server->if_none_match, ==, first_etag);

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

  fx->server->mode = LINEUP_TEST_SERVE_ERROR;
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

  fx->server->mode = LINEUP_TEST_SERVE_DROP;
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

  fx->server->mode = LINEUP_TEST_SERVE_ENDLESS;
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
  fx->server->mode = LINEUP_TEST_SERVE_DOCUMENT;
  lineup_test_server_serve (fx->server, "/schedule.xml", "text/xml", first_body, "\"v2\"",
                            last_modified);
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
  g_assert_cmpuint (fx->server->requests, ==, 0);
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

  fx->server->mode = LINEUP_TEST_SERVE_STALL;
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

  fx->server->mode = LINEUP_TEST_SERVE_SILENT;
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
  g_assert_cmpuint (fx->server->requests, ==, 2);
  assert_only_copy (fx, uri);
}

/* A compressed body is stored as it was before compression. */
static void
test_compressed (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree gchar *uri = address (fx, "/schedule.xml");
  g_autofree gchar *body = g_strnfill (10000, 'a');
  g_autofree gchar *contents = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };
  gboolean changed = FALSE;

  lineup_test_server_serve (fx->server, "/schedule.xml", "text/xml", body, first_etag,
                            last_modified);
  fx->server->mode = LINEUP_TEST_SERVE_GZIP;
  copy = fetch (fx, uri, 0, &progress, NULL, &changed, &error);
  g_assert_no_error (error);
  g_assert_true (changed);
  contents = read_copy (uri, fx->dir);
  g_assert_cmpstr (contents, ==, body);
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
  lineup_test_server_stop (thread->fx->server);
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
  g_assert_cmpuint (fx->server->requests, ==, 2);
  g_assert_cmpuint (fx->server->conditional, ==, 1);
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
  lineup_test_no_proxy ();
  g_setenv ("LINEUP_DOWNLOAD_TIMEOUT", "3", TRUE);

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
