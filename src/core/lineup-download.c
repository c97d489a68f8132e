/* STUB */
#include "config.h"
#include "lineup-download.h"
gboolean lineup_download_is_address (const gchar *text) { return g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://"); }
GFile *lineup_download_cached_file (const gchar *uri, const gchar *dir) { (void) uri; (void) dir; return NULL; }
GDateTime *lineup_download_last_fetched (const gchar *uri, const gchar *dir) { (void) uri; (void) dir; return NULL; }
void lineup_download_fetch_async (const gchar *uri, const gchar *dir, goffset max_bytes, LineupDownloadProgress progress, gpointer progress_data, GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{ GTask *task = g_task_new (NULL, cancellable, callback, user_data); (void) uri; (void) dir; (void) max_bytes; (void) progress; (void) progress_data; g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "stub"); g_object_unref (task); }
GFile *lineup_download_fetch_finish (GAsyncResult *result, gboolean *changed, GError **error) { (void) changed; return g_task_propagate_pointer (G_TASK (result), error); }
GFile *lineup_download_fetch_sync (const gchar *uri, const gchar *dir, goffset max_bytes, GCancellable *cancellable, gboolean *changed, GError **error) { (void) uri; (void) dir; (void) max_bytes; (void) cancellable; (void) changed; g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "stub"); return NULL; }
