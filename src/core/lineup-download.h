/* STUB: replaced by the download branch */
#pragma once
#include <gio/gio.h>
G_BEGIN_DECLS
gboolean   lineup_download_is_address     (const gchar *text);
GFile     *lineup_download_cached_file    (const gchar *uri, const gchar *dir);
GDateTime *lineup_download_last_fetched   (const gchar *uri, const gchar *dir);
typedef void (*LineupDownloadProgress) (goffset received, goffset total, gpointer user_data);
void       lineup_download_fetch_async    (const gchar *uri, const gchar *dir, goffset max_bytes,
                                           LineupDownloadProgress progress, gpointer progress_data,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback, gpointer user_data);
GFile     *lineup_download_fetch_finish   (GAsyncResult *result, gboolean *changed, GError **error);
GFile     *lineup_download_fetch_sync     (const gchar *uri, const gchar *dir, goffset max_bytes,
                                           GCancellable *cancellable, gboolean *changed, GError **error);
G_END_DECLS
