/* lineup-download.h — a schedule at a web address, kept as a local copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An http(s) address is downloaded into a cached copy, DIR/<key>.<ext>, where
 * <key> is the first 16 hex digits of the SHA-256 of the address and <ext>
 * the extension of the address's last path segment (".xml", ".json", ".ics",
 * ".md"…; none when there is none).  Beside it, DIR/<key>.meta is a GKeyFile
 * (group "download": uri, etag, last-modified, fetched-at as ISO 8601 UTC,
 * content-type, final-uri after redirects).  DIR NULL means
 * g_get_user_data_dir()/lineup/sources.
 *
 * A refresh is conditional (If-None-Match / If-Modified-Since from the
 * metadata).  The cached copy is replaced only by a complete body, by rename:
 * a failed, cancelled, too large or cut-off download leaves the last good
 * copy as it was, and no temporary file behind.
 *
 * The I/O timeout (30 s) can be set in seconds with LINEUP_DOWNLOAD_TIMEOUT,
 * read once per process (for tests).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LINEUP_DOWNLOAD_ERROR (lineup_download_error_quark ())

typedef enum
{
  LINEUP_DOWNLOAD_ERROR_ADDRESS,    /* not an http(s) address / unparsable */
  LINEUP_DOWNLOAD_ERROR_NETWORK,    /* could not connect, connection dropped, timed out */
  LINEUP_DOWNLOAD_ERROR_HTTP,       /* the server answered 4xx/5xx (message has the status) */
  LINEUP_DOWNLOAD_ERROR_TOO_LARGE,  /* body over the size limit (stopped reading) */
  LINEUP_DOWNLOAD_ERROR_IO,         /* could not write the cached copy */
} LineupDownloadError;

GQuark     lineup_download_error_quark  (void);

/* Where the cached copy of @uri lives (whether or not it exists yet). */
GFile     *lineup_download_cached_file  (const gchar *uri,
                                         const gchar *dir);

/* The time of the last successful fetch or "not modified" answer for @uri,
 * or NULL when there is none. */
GDateTime *lineup_download_last_fetched (const gchar *uri,
                                         const gchar *dir);

/* TRUE when @text is an http:// or https:// address (scheme in any case). */
gboolean   lineup_download_is_address   (const gchar *text);

/* @received bytes of the body so far, of @total (-1 when the server did not
 * say). */
typedef void (*LineupDownloadProgress) (goffset  received,
                                        goffset  total,
                                        gpointer user_data);

/* Downloads @uri into its cached copy in @dir.  @max_bytes 0 means 64 MiB;
 * a longer body stops the download with LINEUP_DOWNLOAD_ERROR_TOO_LARGE.
 * @progress (may be NULL) is called on the thread-default main context of
 * the caller.  Cancelling gives G_IO_ERROR_CANCELLED. */
void       lineup_download_fetch_async  (const gchar            *uri,
                                         const gchar            *dir,
                                         goffset                 max_bytes,
                                         LineupDownloadProgress  progress,
                                         gpointer                progress_data,
                                         GCancellable           *cancellable,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data);

/* Returns the cached copy (full), or NULL with @error.  @changed (may be
 * NULL) is FALSE when the server answered "not modified". */
GFile     *lineup_download_fetch_finish (GAsyncResult  *result,
                                         gboolean      *changed,
                                         GError       **error);

/* The same, blocking: runs its own main context until done. */
GFile     *lineup_download_fetch_sync   (const gchar   *uri,
                                         const gchar   *dir,
                                         goffset        max_bytes,
                                         GCancellable  *cancellable,
                                         gboolean      *changed,
                                         GError       **error);

G_END_DECLS
