/* lineup-test-server.c — an HTTP server on 127.0.0.1 in the test's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include <string.h>

#include "lineup-test-server.h"

#define CHUNK       (64 * 1024)
#define STALL_BYTES 100

typedef struct
{
  gchar *content_type;
  gchar *body;
  gchar *etag;
  gchar *last_modified;
  gchar *location;        /* a redirect: the rest is NULL */
} Document;

static gchar filler[CHUNK];

static void
document_free (gpointer data)
{
  Document *document = data;

  g_free (document->content_type);
  g_free (document->body);
  g_free (document->etag);
  g_free (document->last_modified);
  g_free (document->location);
  g_free (document);
}

/* Answers ---------------------------------------------------------------- */

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
  soup_message_body_append (body, SOUP_MEMORY_STATIC, filler,
                            endless ? sizeof filler : STALL_BYTES);
  if (endless)
    g_signal_connect (msg, "wrote-chunk", G_CALLBACK (on_wrote_chunk_cb), NULL);
}

/* Takes the connection from libsoup and writes @raw to it; closes it, or
 * holds it open until the server stops. */
static void
answer_raw (LineupTestServer  *self,
            SoupServerMessage *msg,
            const gchar       *raw,
            gboolean           close)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (g_io_stream_get_output_stream (stream), raw, strlen (raw), NULL,
                             NULL, &error);
  g_assert_no_error (error);
  if (!close)
    {
      g_ptr_array_add (self->held, g_steal_pointer (&stream));
      return;
    }
  g_io_stream_close (stream, NULL, &error);
  g_assert_no_error (error);
}

static void
answer_document (SoupServerMessage *msg,
                 Document          *document,
                 const gchar       *match)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (document->etag != NULL)
    soup_message_headers_replace (headers, "ETag", document->etag);
  if (document->last_modified != NULL)
    soup_message_headers_replace (headers, "Last-Modified", document->last_modified);
  if (document->etag != NULL && g_strcmp0 (match, document->etag) == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, document->content_type, SOUP_MEMORY_COPY,
                                    document->body, strlen (document->body));
}

static void
answer_compressed (SoupServerMessage *msg,
                   Document          *document)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP,
                                                                 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory,
                                                                G_CONVERTER (compressor));
  g_autoptr(GBytes) compressed = NULL;
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (out, document->body, strlen (document->body), NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  compressed = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                "Content-Encoding", "gzip");
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, document->content_type, SOUP_MEMORY_COPY,
                                    g_bytes_get_data (compressed, NULL),
                                    g_bytes_get_size (compressed));
}

static void
answer (LineupTestServer  *self,
        SoupServerMessage *msg,
        Document          *document,
        const gchar       *match)
{
  g_autofree gchar *raw = NULL;

  switch (self->mode)
    {
    case LINEUP_TEST_SERVE_DOCUMENT:
      answer_document (msg, document, match);
      break;
    case LINEUP_TEST_SERVE_ERROR:
      soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      break;
    case LINEUP_TEST_SERVE_DROP:
      raw = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: 1000\r\n"
                             "\r\n%.10s", document->content_type, document->body);
      answer_raw (self, msg, raw, TRUE);
      break;
    case LINEUP_TEST_SERVE_HUGE:
      raw = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
                             document->content_type, LINEUP_TEST_SERVER_HUGE_LENGTH);
      answer_raw (self, msg, raw, FALSE);
      break;
    case LINEUP_TEST_SERVE_ENDLESS:
    case LINEUP_TEST_SERVE_STALL:
      answer_chunked (msg, self->mode == LINEUP_TEST_SERVE_ENDLESS);
      break;
    case LINEUP_TEST_SERVE_SILENT:
      soup_server_message_pause (msg);
      break;
    case LINEUP_TEST_SERVE_GZIP:
      answer_compressed (msg, document);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  LineupTestServer *self = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  const gchar *match = soup_message_headers_get_one (request, "If-None-Match");
  Document *document = g_hash_table_lookup (self->documents, path);

  self->requests++;
  self->conditional += match != NULL;
  g_free (self->if_none_match);
  self->if_none_match = g_strdup (match);
  g_free (self->user_agent);
  self->user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));

  if (document == NULL)
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
  else if (document->location != NULL)
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, document->location);
  else
    answer (self, msg, document, match);
}

/* The server ------------------------------------------------------------- */

LineupTestServer *
lineup_test_server_new (void)
{
  LineupTestServer *self = g_new0 (LineupTestServer, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  memset (filler, 'x', sizeof filler);
  self->documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, document_free);
  self->held = g_ptr_array_new_with_free_func (g_object_unref);
  self->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (self->server, NULL, on_request_cb, self, NULL);
  soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (self->server);
  g_assert_nonnull (uris);
  self->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return self;
}

void
lineup_test_server_stop (LineupTestServer *self)
{
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  for (guint i = 0; i < self->held->len; i++)
    g_io_stream_close (g_ptr_array_index (self->held, i), NULL, NULL);
  g_ptr_array_set_size (self->held, 0);
}

void
lineup_test_server_free (LineupTestServer *self)
{
  lineup_test_server_stop (self);
  g_ptr_array_unref (self->held);
  g_hash_table_unref (self->documents);
  g_free (self->base);
  g_free (self->if_none_match);
  g_free (self->user_agent);
  g_free (self);
}

void
lineup_test_server_serve (LineupTestServer *self,
                          const gchar      *path,
                          const gchar      *content_type,
                          const gchar      *body,
                          const gchar      *etag,
                          const gchar      *last_modified)
{
  Document *document = g_new0 (Document, 1);

  document->content_type = g_strdup (content_type);
  document->body = g_strdup (body);
  document->etag = g_strdup (etag);
  document->last_modified = g_strdup (last_modified);
  g_hash_table_replace (self->documents, g_strdup (path), document);
}

void
lineup_test_server_redirect (LineupTestServer *self,
                             const gchar      *path,
                             const gchar      *location)
{
  Document *document = g_new0 (Document, 1);

  document->location = g_strdup (location);
  g_hash_table_replace (self->documents, g_strdup (path), document);
}

const gchar *
lineup_test_server_get_body (LineupTestServer *self,
                             const gchar      *path)
{
  Document *document = g_hash_table_lookup (self->documents, path);

  g_assert_nonnull (document);
  g_assert_nonnull (document->body);
  return document->body;
}

gchar *
lineup_test_server_uri (LineupTestServer *self,
                        const gchar      *path)
{
  g_assert_true (g_str_has_prefix (path, "/"));
  return g_strconcat (self->base, path, NULL);
}

void
lineup_test_no_proxy (void)
{
  static const gchar * const proxies[] = {
    "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
  };

  for (guint i = 0; i < G_N_ELEMENTS (proxies); i++)
    g_unsetenv (proxies[i]);
  g_setenv ("no_proxy", "127.0.0.1", TRUE);
}
