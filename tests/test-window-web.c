/* test-window-web.c — web addresses as users reach them in the window:
 * opened, refreshed (not modified, changed, failed, cut off, too large) and
 * cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SoupServer on 127.0.0.1 in this process, on the main context the tests
 * iterate while they wait: what it answers is set per step with a mode.
 * Each window keeps its downloads in a temporary folder of the test.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include <adwaita.h>

#include "lineup-download.h"
#include "lineup-window-private.h"
#include "lineup-test-files.h"
#include "lineup-test-server.h"
#include "lineup-test-window.h"

#define OFFICIAL       TEST_DATA_DIR "/sources/colocated-official.ics"
#define KIELUX         TEST_DATA_DIR "/schedules/kielux-2020.ics"
#define OFFICIAL_TITLE "Co-located Events NA 2023 (official)"
#define N_OFFICIAL     5
/* The limit of the endless download. */
#define SMALL_LIMIT    (1024 * 1024)

#define EXTRA_EVENT \
  "BEGIN:VEVENT\r\n" \
  "UID:official-hubble\r\n" \
  "DTSTAMP:20231101T000000Z\r\n" \
  "DTSTART;TZID=America/Chicago:20231106T160000\r\n" \
  "DTEND;TZID=America/Chicago:20231106T162500\r\n" \
  "SUMMARY:Hubble Late Addition\r\n" \
  "LOCATION:Room W183\r\n" \
  "END:VEVENT\r\n"

typedef struct
{
  LineupTestServer *server;
  gchar            *uri;            /* http://127.0.0.1:PORT/official.ics */
  gchar            *dir;            /* the test's folder */
  gchar            *download_dir;   /* the window's downloads, in it */
  gchar            *agenda_path;
  LineupAgenda     *agenda;
} Fixture;

/* The fixture --------------------------------------------------------------- */

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree gchar *body = NULL;
  g_autoptr(GError) error = NULL;

  fx->dir = lineup_test_make_temp_dir (NULL);
  fx->download_dir = g_build_filename (fx->dir, "downloads", NULL);
  fx->agenda_path = g_build_filename (fx->dir, "agenda.yaml", NULL);
  fx->agenda = lineup_agenda_new (fx->agenda_path);
  lineup_agenda_set_autosave_delay (fx->agenda, 0);
  g_file_get_contents (OFFICIAL, &body, NULL, &error);
  g_assert_no_error (error);
  g_settings_set_strv (settings, "sources", NULL);
  g_settings_set_string (settings, "last-post", "");
  fx->server = lineup_test_server_new ();
  lineup_test_server_serve (fx->server, "/official.ics", "text/calendar", body, "\"v1\"", NULL);
  fx->uri = lineup_test_server_uri (fx->server, "/official.ics");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_autofree gchar *default_dir = g_build_filename (g_get_user_data_dir (), "lineup", "sources",
                                                    NULL);

  g_clear_pointer (&fx->server, lineup_test_server_free);
  g_clear_object (&fx->agenda);
  lineup_test_remove_tree (fx->dir);
  g_assert_false (g_file_test (fx->dir, G_FILE_TEST_EXISTS));
  /* The window kept its downloads where it was told. */
  g_assert_false (g_file_test (default_dir, G_FILE_TEST_EXISTS));
  g_free (fx->dir);
  g_free (fx->download_dir);
  g_free (fx->agenda_path);
  g_free (fx->uri);
}

/* The window ------------------------------------------------------------------ */

static LineupWindow *
show_window (Fixture *fx)
{
  LineupWindow *window = lineup_test_show_window (fx->agenda, NULL);

  g_free (window->download_dir);
  window->download_dir = g_strdup (fx->download_dir);
  return window;
}

/* No download and no read under way. */
static gboolean
all_done (gpointer data)
{
  LineupWindow *window = data;

  return g_hash_table_size (window->downloads) == 0 && window->n_reading == 0;
}

static void
wait_done (LineupWindow *window,
           const gchar  *what)
{
  lineup_test_wait_until (all_done, window, what);
  lineup_test_settle (window);
}

static guint
n_talks (LineupWindow *window)
{
  LineupSchedule *schedule = lineup_window_get_schedule (window);

  return schedule != NULL ? lineup_schedule_get_n_sessions (schedule) : 0;
}

static guint
n_source_rows (LineupWindow *window)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (window->sources_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static gboolean
lists_title (LineupWindow *window,
             const gchar  *title)
{
  GListModel *model = lineup_window_get_model (window);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LineupSession) session = g_list_model_get_item (model, i);

      if (g_strcmp0 (lineup_session_get_title (session), title) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Opens the fixture's address and waits for its talks. */
static void
open_official (Fixture      *fx,
               LineupWindow *window)
{
  lineup_window_open_address (window, fx->uri);
  wait_done (window, "the address to be downloaded and read");
  g_assert_cmpuint (n_talks (window), ==, N_OFFICIAL);
}

/* Activates win.refresh (Ctrl+R) with no toast shown yet, and waits until
 * the download and the reads are over. */
static void
refresh (LineupWindow *window)
{
  g_clear_pointer (&window->last_toast, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL));
  g_assert_cmpuint (g_hash_table_size (window->downloads), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (window->download_revealer));
  /* The copy is read once downloaded, not now as well: a read of the old
   * copy could end after the new one's and show the old talks again. */
  g_assert_cmpuint (window->n_reading, ==, 0);
  wait_done (window, "the refresh to be over");
}

static void
assert_toast_names (LineupWindow *window,
                    const gchar  *address,
                    const gchar  *part)
{
  const gchar *toast = lineup_window_get_last_toast (window);

  g_assert_nonnull (toast);
  g_test_message ("toast: %s", toast);
  g_assert_nonnull (strstr (toast, address));
  g_assert_nonnull (strstr (toast, part));
}

/* The talks as first downloaded, still shown, from one source. */
static void
assert_official_stays (Fixture      *fx,
                       LineupWindow *window)
{
  g_assert_cmpuint (n_talks (window), ==, N_OFFICIAL);
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==, N_OFFICIAL);
  g_assert_cmpuint (window->sources->len, ==, 1);
  g_assert_cmpuint (n_source_rows (window), ==, 1);
  g_assert_false (gtk_revealer_get_reveal_child (window->download_revealer));
}

/* The tests ------------------------------------------------------------------- */

/* Opened: the download bar names the address while it downloads, the talks
 * come, the bar goes, and the address is a source, listed and remembered. */
static void
test_open (Fixture       *fx,
           gconstpointer  data)
{
  LineupWindow *window = show_window (fx);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) copy = lineup_download_cached_file (fx->uri, fx->download_dir);
  g_auto(GStrv) remembered = NULL;
  GtkWidget *row;

  g_assert_false (gtk_revealer_get_reveal_child (window->download_revealer));
  lineup_window_open_address (window, fx->uri);
  g_assert_true (gtk_revealer_get_reveal_child (window->download_revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (window->download_label), fx->uri));
  wait_done (window, "the address to be downloaded and read");

  g_assert_cmpuint (fx->server->requests, ==, 1);
  g_assert_cmpuint (n_talks (window), ==, N_OFFICIAL);
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==, N_OFFICIAL);
  g_assert_true (lists_title (window, "Cilium Birds of a Feather"));
  g_assert_false (gtk_revealer_get_reveal_child (window->download_revealer));
  g_assert_null (lineup_window_get_last_toast (window));

  g_assert_cmpuint (window->sources->len, ==, 1);
  g_assert_cmpuint (n_source_rows (window), ==, 1);
  row = gtk_widget_get_first_child (GTK_WIDGET (window->sources_list));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, OFFICIAL_TITLE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, fx->uri);
  g_assert_true (gtk_widget_get_visible (window->sources_button));
  remembered = g_settings_get_strv (settings, "sources");
  g_assert_cmpuint (g_strv_length (remembered), ==, 1);
  g_assert_cmpstr (remembered[0], ==, fx->uri);
  g_assert_true (g_file_query_exists (copy, NULL));

  lineup_test_destroy_window (window);
}

/* Refreshed, the server answers "not modified" to the copy's ETag: said
 * so, the talks as they were. */
static void
test_not_modified (Fixture       *fx,
                   gconstpointer  data)
{
  LineupWindow *window = show_window (fx);

  open_official (fx, window);
  refresh (window);
  g_assert_cmpuint (fx->server->requests, ==, 2);
  g_assert_cmpuint (fx->server->conditional, ==, 1);
  g_assert_cmpstr (fx->server->if_none_match, ==, "\"v1\"");
  g_assert_cmpstr (lineup_window_get_last_toast (window), ==,
                   "“Co-located Events NA 2023 (official)” has not changed");
  assert_official_stays (fx, window);

  lineup_test_destroy_window (window);
}

/* Refreshed, the schedule has one more talk: it is shown. */
static void
test_changed (Fixture       *fx,
              gconstpointer  data)
{
  LineupWindow *window = show_window (fx);
  const gchar *body = lineup_test_server_get_body (fx->server, "/official.ics");
  g_autofree gchar *before = NULL;
  g_autofree gchar *changed = NULL;
  const gchar *end;

  open_official (fx, window);
  g_assert_false (lists_title (window, "Hubble Late Addition"));
  end = strstr (body, "END:VCALENDAR");
  g_assert_nonnull (end);
  before = g_strndup (body, (gsize) (end - body));
  changed = g_strconcat (before, EXTRA_EVENT, "END:VCALENDAR\r\n", NULL);
  lineup_test_server_serve (fx->server, "/official.ics", "text/calendar", changed, "\"v2\"",
                            NULL);

  refresh (window);
  g_assert_cmpstr (fx->server->if_none_match, ==, "\"v1\"");
  g_assert_cmpuint (n_talks (window), ==, N_OFFICIAL + 1);
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==,
                    N_OFFICIAL + 1);
  g_assert_true (lists_title (window, "Hubble Late Addition"));
  g_assert_null (lineup_window_get_last_toast (window));
  g_assert_cmpuint (window->sources->len, ==, 1);

  lineup_test_destroy_window (window);
}

/* Refreshed, the server fails: a toast names the address and the status,
 * the last good copy stays shown. */
static void
test_server_error (Fixture       *fx,
                   gconstpointer  data)
{
  LineupWindow *window = show_window (fx);

  open_official (fx, window);
  fx->server->mode = LINEUP_TEST_SERVE_ERROR;
  refresh (window);
  assert_toast_names (window, fx->uri, "500");
  assert_official_stays (fx, window);

  lineup_test_destroy_window (window);
}

/* Refreshed, the connection drops in the middle of the body. */
static void
test_dropped (Fixture       *fx,
              gconstpointer  data)
{
  LineupWindow *window = show_window (fx);

  open_official (fx, window);
  fx->server->mode = LINEUP_TEST_SERVE_DROP;
  refresh (window);
  assert_toast_names (window, fx->uri, "Could not download");
  assert_official_stays (fx, window);

  lineup_test_destroy_window (window);
}

/* Refreshed, the server announces more than the window takes (64 MiB):
 * stopped at once, said so. */
static void
test_too_large (Fixture       *fx,
                gconstpointer  data)
{
  LineupWindow *window = show_window (fx);
  g_autofree gchar *limit = g_format_size (64 * 1024 * 1024);

  open_official (fx, window);
  fx->server->mode = LINEUP_TEST_SERVE_HUGE;
  refresh (window);
  assert_toast_names (window, fx->uri, "is larger than");
  assert_toast_names (window, fx->uri, limit);
  assert_official_stays (fx, window);

  lineup_test_destroy_window (window);
}

/* Refreshed, the server sends without end (no length given): stopped at
 * the limit while reading, said so.  The window's limit lowered to 1 MiB:
 * 64 MiB through the window's download bar takes half a minute. */
static void
test_endless (Fixture       *fx,
              gconstpointer  data)
{
  LineupWindow *window = show_window (fx);
  g_autofree gchar *limit = g_format_size (SMALL_LIMIT);

  window->download_max_bytes = SMALL_LIMIT;
  open_official (fx, window);
  fx->server->mode = LINEUP_TEST_SERVE_ENDLESS;
  refresh (window);
  assert_toast_names (window, fx->uri, "is larger than");
  assert_toast_names (window, fx->uri, limit);
  g_assert_cmpuint (fx->server->requests, ==, 2);
  assert_official_stays (fx, window);

  lineup_test_destroy_window (window);
}

/* Nothing shown yet and the address fails, twice: each time a toast and
 * the empty page say why, naming the address; no source is added. */
static void
test_open_fails (Fixture       *fx,
                 gconstpointer  data)
{
  LineupWindow *window = show_window (fx);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) remembered = NULL;

  fx->server->mode = LINEUP_TEST_SERVE_ERROR;
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&window->last_toast, g_free);
      lineup_window_open_address (window, fx->uri);
      wait_done (window, "the failed download to end");
      assert_toast_names (window, fx->uri, "500");
      g_assert_null (lineup_window_get_schedule (window));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), !=, "list");
      g_assert_nonnull (strstr (adw_status_page_get_description (window->empty_page), fx->uri));
    }
  g_assert_cmpuint (fx->server->requests, ==, 2);
  g_assert_cmpuint (window->sources->len, ==, 0);
  g_assert_false (gtk_widget_get_visible (window->sources_button));
  remembered = g_settings_get_strv (settings, "sources");
  g_assert_cmpuint (g_strv_length (remembered), ==, 0);

  lineup_test_destroy_window (window);
}

/* A file and an address open; refreshed: the file is read again, the
 * address asked for (not modified). */
static void
test_refresh_with_file (Fixture       *fx,
                        gconstpointer  data)
{
  LineupWindow *window = show_window (fx);
  g_autoptr(GFile) file = g_file_new_for_path (KIELUX);
  guint n_both;

  open_official (fx, window);
  lineup_window_open_file (window, file);
  wait_done (window, "the file to join the address");
  n_both = n_talks (window);
  g_assert_cmpuint (n_both, >, N_OFFICIAL);
  g_assert_cmpuint (window->sources->len, ==, 2);

  g_clear_pointer (&window->last_toast, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.refresh", NULL));
  g_assert_cmpuint (g_hash_table_size (window->downloads), ==, 1);
  g_assert_cmpuint (window->n_reading, ==, 1);
  wait_done (window, "the refresh to be over");
  g_assert_cmpuint (fx->server->conditional, ==, 1);
  g_assert_cmpstr (lineup_window_get_last_toast (window), ==,
                   "“Co-located Events NA 2023 (official)” has not changed");
  g_assert_cmpuint (n_talks (window), ==, n_both);
  g_assert_cmpuint (n_source_rows (window), ==, 2);

  lineup_test_destroy_window (window);
}

/* Lineup started again within the hour: the remembered address is read
 * from its copy, the server not asked. */
static void
test_restore (Fixture       *fx,
              gconstpointer  data)
{
  LineupWindow *window = show_window (fx);

  open_official (fx, window);
  lineup_test_destroy_window (window);

  fx->server->mode = LINEUP_TEST_SERVE_ERROR;
  window = show_window (fx);
  lineup_window_restore_sources (window);
  g_assert_cmpuint (g_hash_table_size (window->downloads), ==, 0);
  wait_done (window, "the remembered address to be read from its copy");
  g_assert_cmpuint (fx->server->requests, ==, 1);
  g_assert_null (lineup_window_get_last_toast (window));
  assert_official_stays (fx, window);

  lineup_test_destroy_window (window);
}

/* The address removed, then opened again while the server fails: the copy
 * is shown, the toast says why it could not be refreshed. */
static void
test_reopen_offline (Fixture       *fx,
                     gconstpointer  data)
{
  LineupWindow *window = show_window (fx);

  open_official (fx, window);
  lineup_window_remove_source (window, fx->uri);
  wait_done (window, "the address to be removed");
  g_assert_cmpuint (window->sources->len, ==, 0);
  g_assert_false (lists_title (window, "Cilium Birds of a Feather"));

  fx->server->mode = LINEUP_TEST_SERVE_ERROR;
  g_clear_pointer (&window->last_toast, g_free);
  lineup_window_open_address (window, fx->uri);
  wait_done (window, "the copy to be read and the download to fail");
  g_assert_cmpuint (fx->server->requests, ==, 2);
  assert_toast_names (window, fx->uri, "500");
  g_assert_true (lists_title (window, "Cilium Birds of a Feather"));
  assert_official_stays (fx, window);

  lineup_test_destroy_window (window);
}

/* Something in the download folder: the download has its answer's headers
 * and writes the body aside. */
static gboolean
body_under_way (gpointer data)
{
  const gchar *dir = data;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);

  return folder != NULL && g_dir_read_name (folder) != NULL;
}

static gboolean
folder_empty (const gchar *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);

  return folder == NULL || g_dir_read_name (folder) == NULL;
}

/* The server stalls after the headers; Cancel in the download bar stops
 * the download: said so, no source added, nothing left in the folder. */
static void
test_cancel (Fixture       *fx,
             gconstpointer  data)
{
  LineupWindow *window = show_window (fx);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) remembered = NULL;

  fx->server->mode = LINEUP_TEST_SERVE_STALL;
  lineup_window_open_address (window, fx->uri);
  g_assert_true (gtk_revealer_get_reveal_child (window->download_revealer));
  lineup_test_wait_until (body_under_way, fx->download_dir,
                          "the stalled download to write its body aside");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-download", NULL));
  wait_done (window, "the cancelled download to end");

  {
    g_autofree gchar *cancelled = g_strdup_printf ("Download of %s cancelled", fx->uri);

    g_assert_cmpstr (lineup_window_get_last_toast (window), ==, cancelled);
  }
  g_assert_false (gtk_revealer_get_reveal_child (window->download_revealer));
  g_assert_cmpuint (window->sources->len, ==, 0);
  g_assert_cmpuint (n_source_rows (window), ==, 0);
  g_assert_false (gtk_widget_get_visible (window->sources_button));
  remembered = g_settings_get_strv (settings, "sources");
  g_assert_cmpuint (g_strv_length (remembered), ==, 0);
  g_assert_true (folder_empty (fx->download_dir));

  lineup_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Nothing goes through a proxy: the server is in this process. */
  lineup_test_no_proxy ();

  lineup_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/window-web/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("open", test_open);
  ADD ("refresh/not-modified", test_not_modified);
  ADD ("refresh/changed", test_changed);
  ADD ("refresh/server-error", test_server_error);
  ADD ("refresh/dropped", test_dropped);
  ADD ("refresh/too-large", test_too_large);
  ADD ("refresh/endless", test_endless);
  ADD ("open-fails", test_open_fails);
  ADD ("cancel", test_cancel);
  ADD ("restore", test_restore);
  ADD ("reopen-offline", test_reopen_offline);
  ADD ("refresh/with-file", test_refresh_with_file);
#undef ADD

  return g_test_run ();
}
