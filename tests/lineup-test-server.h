/* lineup-test-server.h — an HTTP server on 127.0.0.1 in the test's process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It listens on the thread-default main context of the thread that makes
 * it: the test iterates that context while its client waits.  Nothing
 * leaves 127.0.0.1.
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* How the server answers a path it serves (a path it does not serve: 404;
 * a redirect: always 302). */
typedef enum
{
  LINEUP_TEST_SERVE_DOCUMENT,   /* 200 with its ETag; 304 when If-None-Match matches */
  LINEUP_TEST_SERVE_ERROR,      /* 500 */
  LINEUP_TEST_SERVE_DROP,       /* Content-Length 1000, 10 bytes, then the connection closed */
  LINEUP_TEST_SERVE_HUGE,       /* Content-Length 128 MiB, no body yet, the connection held */
  LINEUP_TEST_SERVE_ENDLESS,    /* chunks of 64 KiB for as long as the client reads */
  LINEUP_TEST_SERVE_STALL,      /* the headers and one chunk of 100 bytes, then nothing */
  LINEUP_TEST_SERVE_SILENT,     /* never answers */
  LINEUP_TEST_SERVE_GZIP,       /* the document compressed: Content-Encoding gzip */
} LineupTestServe;

/* The length LINEUP_TEST_SERVE_HUGE announces. */
#define LINEUP_TEST_SERVER_HUGE_LENGTH (128 * 1024 * 1024)

typedef struct
{
  SoupServer      *server;          /* NULL once stopped */
  gchar           *base;            /* http://127.0.0.1:PORT */
  LineupTestServe  mode;            /* for the requests to come */
  GHashTable      *documents;       /* path → its document (see the .c) */
  GPtrArray       *held;            /* connections taken from libsoup, left open */
  guint            requests;
  guint            conditional;     /* requests with If-None-Match */
  gchar           *if_none_match;   /* of the last request */
  gchar           *user_agent;      /* of the last request */
} LineupTestServer;

/* Listening on 127.0.0.1 (a free port), in the thread-default main
 * context, serving nothing yet. */
LineupTestServer *lineup_test_server_new      (void);
/* Stops listening and closes the connections held; the counts stay. */
void              lineup_test_server_stop     (LineupTestServer *self);
void              lineup_test_server_free     (LineupTestServer *self);

/* Serves @body at @path (in place of what it served there), with
 * @content_type, @etag and @last_modified (NULL: no such header). */
void              lineup_test_server_serve    (LineupTestServer *self,
                                               const gchar      *path,
                                               const gchar      *content_type,
                                               const gchar      *body,
                                               const gchar      *etag,
                                               const gchar      *last_modified);
/* Answers @path with 302 to @location (a path of this server). */
void              lineup_test_server_redirect (LineupTestServer *self,
                                               const gchar      *path,
                                               const gchar      *location);
/* What @path serves (it must serve one). */
const gchar      *lineup_test_server_get_body (LineupTestServer *self,
                                               const gchar      *path);
/* The full address of @path (starting with '/'). */
gchar            *lineup_test_server_uri      (LineupTestServer *self,
                                               const gchar      *path);

/* Nothing goes through a proxy, in this process and the programs it runs:
 * the proxy variables unset, no_proxy=127.0.0.1.  Call it first in main(). */
void              lineup_test_no_proxy        (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LineupTestServer, lineup_test_server_free)

G_END_DECLS
