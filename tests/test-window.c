/* test-window.c — the main window: list, day headers, detail pane, search,
 * filters, opening files, stars, agenda view, export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"


#include <adwaita.h>
#include <glib/gstdio.h>

#include "lineup-application.h"
#include "lineup-post-reader.h"
#include "lineup-session-row.h"
#include "lineup-session-view.h"
#include "lineup-window-private.h"
#include "lineup-test-files.h"
#include "lineup-test-window.h"

#define TETRAGON     "1Rj3S"
#define BGP_SMOOTHER "1Rj2I"
#define BGP_COME     "1Rj5D"
#define RAMIREZ      "1Rj1R"
#define ADOBE        "1Rj0z"
#define TUTORIAL     "1R2on"   /* Tuesday 4:30 pm – 6:00 pm */
#define BATTLE_SCARS "1R2ts"   /* Tuesday 5:25 pm – 6:00 pm: overlaps TUTORIAL */

/* Helpers ---------------------------------------------------------------- */

static void
close_window (LineupWindow *window)
{
  lineup_test_destroy_window (window);
}

/* Every visible text under @widget (labels and text views), one per line. */
static gchar *
visible_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = lineup_test_find_all (widget, GTK_TYPE_LABEL);
  g_autoptr(GPtrArray) views = lineup_test_find_all (widget, GTK_TYPE_TEXT_VIEW);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_visible (label))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }
  for (guint i = 0; i < views->len; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, i));
      GtkTextIter start, end;
      g_autofree gchar *slice = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      slice = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append_printf (text, "%s\n", slice);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
session_view (LineupWindow *window)
{
  GtkWidget *view = lineup_test_find_first (window, LINEUP_TYPE_SESSION_VIEW);

  g_assert_nonnull (view);
  return view;
}

static LineupSessionRow *
find_row (LineupWindow  *window,
          LineupSession *session)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (window, LINEUP_TYPE_SESSION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      LineupSessionRow *row = g_ptr_array_index (rows, i);

      if (lineup_session_row_get_session (row) == session && gtk_widget_get_mapped (GTK_WIDGET (row)))
        return row;
    }
  return NULL;
}

/* The row's labels, by style class. */
static GtkLabel *
row_label (LineupSessionRow *row,
           const gchar      *css_class)
{
  g_autoptr(GPtrArray) labels = lineup_test_find_all (row, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, css_class))
        return GTK_LABEL (label);
    }
  return NULL;
}

static GtkWidget *
row_conflict_box (LineupSessionRow *row)
{
  g_autoptr(GPtrArray) boxes = lineup_test_find_all (row, GTK_TYPE_BOX);

  for (guint i = 0; i < boxes->len; i++)
    {
      if (gtk_widget_has_css_class (g_ptr_array_index (boxes, i), "lineup-conflict"))
        return g_ptr_array_index (boxes, i);
    }
  return NULL;
}

static LineupSession *
shown (LineupWindow *window,
       guint         position)
{
  g_autoptr(LineupSession) session = g_list_model_get_item (lineup_window_get_model (window),
                                                            position);
  return session;   /* the schedule keeps it alive */
}

static void
search (LineupWindow *window,
        const gchar  *text)
{
  lineup_test_search (window, text);
}

/* Tests ------------------------------------------------------------------ */

static void
test_window_lists_every_talk (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  g_autoptr(GPtrArray) titles = lineup_test_find_all (window, ADW_TYPE_WINDOW_TITLE);
  GtkWidget *title = NULL;

  /* The sidebar's title names the post (the content pane's is empty). */
  for (guint i = 0; i < titles->len; i++)
    {
      const gchar *text = adw_window_title_get_title (g_ptr_array_index (titles, i));

      if (text != NULL && *text != '\0')
        {
          g_assert_null (title);
          title = g_ptr_array_index (titles, i);
        }
    }
  g_assert_nonnull (title);

  g_assert_true (lineup_window_get_schedule (window) == schedule);
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==, 25);
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), ==,
                   "Cilium Talks at KubeCon NA 2023");
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==,
                   "November 6 – 9, 2023");

  close_window (window);
}

/* An event over the new year names both years in the header's subtitle. */
static void
test_window_dates_span_years (void)
{
  static const gchar post[] =
    "---\ntitle: \"Heron at NewYearConf\"\n---\n\n"
    "## December 30, 2025\n\n- 10:00: [Heron for Analysts](https://example.org/1)\n\n"
    "## January 2, 2026\n\n- 11:00: [Backpressure Explained](https://example.org/2)\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (post, sizeof post - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = lineup_post_reader_read_bytes (bytes, "post.md", "post",
                                                                      "Europe/Berlin", &error);
  LineupWindow *window;
  g_autoptr(GPtrArray) titles = NULL;
  const gchar *subtitle = NULL;

  g_assert_no_error (error);
  window = lineup_test_show_window (NULL, schedule);
  titles = lineup_test_find_all (window, ADW_TYPE_WINDOW_TITLE);
  for (guint i = 0; i < titles->len; i++)
    if (g_strcmp0 (adw_window_title_get_title (g_ptr_array_index (titles, i)),
                   "Heron at NewYearConf") == 0)
      subtitle = adw_window_title_get_subtitle (g_ptr_array_index (titles, i));
  g_assert_cmpstr (subtitle, ==, "December 30, 2025 – January 2, 2026");

  close_window (window);
}

/* Orders day headers by the day number in them ("Monday, November 6"). */
static gint
compare_days (gconstpointer a,
              gconstpointer b)
{
  const gchar *da = strrchr (*(const gchar **) a, ' ');
  const gchar *db = strrchr (*(const gchar **) b, ' ');

  return atoi (da) - atoi (db);
}

static void
test_window_day_headers (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  GListModel *model = lineup_window_get_model (window);
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  static const gchar *days[] = {
    "Monday, November 6", "Tuesday, November 7", "Wednesday, November 8", "Thursday, November 9",
  };
  g_autoptr(GHashTable) checked = NULL;
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;
  guint n_rows = 0;

  /* The list's rows: a header exactly above the first talk of each day.
   * The list only makes rows for what is on screen: scroll through it. */
  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (lineup_test_find_first (window, LINEUP_TYPE_SESSION_ROW),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  checked = g_hash_table_new (NULL, NULL);
  for (gdouble y = 0;; y += gtk_adjustment_get_page_size (adjustment) / 2)
    {
      gtk_adjustment_set_value (adjustment, y);
      lineup_test_settle (window);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          LineupSession *session = shown (window, i);
          LineupSessionRow *row = find_row (window, session);
          GtkLabel *header;
          gboolean first_of_day;

          if (row == NULL || g_hash_table_contains (checked, session))
            continue;
          g_hash_table_add (checked, session);
          n_rows++;
          header = row_label (row, "lineup-day-header");
          first_of_day = i == 0 || lineup_session_get_day_key (shown (window, i - 1)) !=
                                   lineup_session_get_day_key (session);
          g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (header)), ==, first_of_day);
          if (first_of_day)
            g_ptr_array_add (headers, g_strdup (gtk_label_get_text (header)));
        }
      if (y >= gtk_adjustment_get_upper (adjustment))
        break;
    }
  g_ptr_array_sort (headers, compare_days);
  gtk_adjustment_set_value (adjustment, 0);
  g_assert_cmpuint (n_rows, ==, 25);
  g_assert_cmpuint (headers->len, ==, G_N_ELEMENTS (days));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_assert_cmpstr (g_ptr_array_index (headers, i), ==, days[i]);

  /* Filtering moves the headers: Liz Rice speaks on Tuesday and Thursday. */
  search (window, "liz rice");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      LineupSessionRow *row = find_row (window, shown (window, i));

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row_label (row, "lineup-day-header"))));
    }
  g_assert_cmpstr (gtk_label_get_text (row_label (find_row (window, shown (window, 1)),
                                                   "lineup-day-header")),
                   ==, "Thursday, November 9");

  close_window (window);
}

static void
test_window_header_function (void)
{
  g_autoptr(GListStore) store = g_list_store_new (LINEUP_TYPE_SESSION);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/Chicago");
  struct { const gchar *id; gint day; gint hour; const gchar *header; guint free; } table[] = {
    { "a", 6, 9, "Monday, November 6", 0 },
    { "b", 6, 10, NULL, 30 },          /* a ends 9:30, b starts 10:00 */
    { "c", 7, 9, "Tuesday, November 7", 0 },
    { "d", 0, 0, "Time not announced", 0 },
    { "e", 0, 0, NULL, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(LineupSession) session = lineup_session_new (table[i].id, table[i].id);

      if (table[i].day != 0)
        {
          g_autoptr(GDateTime) start = g_date_time_new (zone, 2023, 11, table[i].day,
                                                        table[i].hour, 0, 0);
          g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 30);

          lineup_session_set_times (session, start, end);
        }
      g_list_store_append (store, session);
    }

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autofree gchar *header = lineup_session_row_dup_day_header (G_LIST_MODEL (store), i);

      g_assert_cmpstr (header, ==, table[i].header);
      g_assert_cmpuint (lineup_session_row_free_minutes (G_LIST_MODEL (store), i), ==,
                        table[i].free);
    }
}

/* An archive of meetups over several years: its day headings name their
 * year (talks without a day still come last, under their own heading). */
static void
test_window_header_years (void)
{
  g_autoptr(GListStore) store = g_list_store_new (LINEUP_TYPE_SESSION);
  static const struct { gint year; gint month; gint day; const gchar *header; } table[] = {
    { 2015, 11, 24, "Tuesday, November 24, 2015" },
    { 2016, 11, 22, "Tuesday, November 22, 2016" },
    { 0, 0, 0, "Time not announced" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(LineupSession) session = lineup_session_new ("t", "t");

      if (table[i].year != 0)
        lineup_session_set_day (session, table[i].year, table[i].month, table[i].day);
      g_list_store_append (store, session);
    }
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autofree gchar *header = lineup_session_row_dup_day_header (G_LIST_MODEL (store), i);

      g_assert_cmpstr (header, ==, table[i].header);
    }
}

/* A meetup archive of two years: the talk's day in the detail pane names
 * its year ("Tue, Nov 24, 2015"), as its day heading does. */
static void
test_window_detail_years (void)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", "layouts",
                                                  "meetup-archive-bold-title-by.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = lineup_post_reader_read_file (file, NULL, NULL, &error);
  LineupWindow *window;
  LineupSession *builders = NULL;
  g_autofree gchar *detail = NULL;

  g_assert_no_error (error);
  g_assert_true (lineup_schedule_spans_years (schedule));
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule) && builders == NULL; i++)
    if (g_str_equal (lineup_session_get_title (lineup_schedule_get_session (schedule, i)),
                     "Static Site Builders of the Year"))
      builders = lineup_schedule_get_session (schedule, i);
  g_assert_nonnull (builders);
  window = lineup_test_show_window (NULL, schedule);
  g_assert_true (lineup_window_select_session (window, builders));
  lineup_test_settle (window);
  detail = visible_text (session_view (window));
  g_assert_nonnull (strstr (detail, "Tue, Nov 24, 2015 · Time not announced"));

  close_window (window);
}

static void
test_window_detail_pane (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  LineupSession *tetragon = lineup_schedule_find (schedule, TETRAGON);
  g_autofree gchar *text = NULL;

  g_assert_nonnull (tetragon);
  g_assert_true (lineup_window_select_session (window, tetragon));
  lineup_test_settle (window);
  g_assert_true (gtk_single_selection_get_selected_item (lineup_window_get_selection (window)) ==
                 tetragon);

  text = visible_text (session_view (window));
  g_assert_nonnull (strstr (text, lineup_session_get_title (tetragon)));
  g_assert_nonnull (strstr (text, "Natalia Reka Ivanko"));
  g_assert_nonnull (strstr (text, "John Fastabend"));
  g_assert_nonnull (strstr (text, "12:15"));

  close_window (window);
}

static void
test_window_search (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  GListModel *model = lineup_window_get_model (window);
  GtkWidget *entry = lineup_test_find_first (window, GTK_TYPE_SEARCH_ENTRY);
  struct { const gchar *query; const gchar *ids[3]; } table[] = {
    { "bgp", { BGP_SMOOTHER, BGP_COME, NULL } },
    { "BGP ", { BGP_SMOOTHER, BGP_COME, NULL } },
    { "bgp daneyon", { BGP_COME, NULL } },
    { "ramirez", { RAMIREZ, NULL } },
    { "Ramírez", { RAMIREZ, NULL } },
    { "tetragon natalia", { TETRAGON, "1R2v2", NULL } },
    { "no such talk anywhere", { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      guint n = g_strv_length ((gchar **) table[i].ids);

      search (window, table[i].query);
      g_test_message ("query “%s”", table[i].query);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
      for (guint j = 0; j < n; j++)
        g_assert_cmpstr (lineup_session_get_id (shown (window, j)), ==, table[i].ids[j]);
    }

  /* Nothing found: the status page says so. */
  {
    g_autoptr(GPtrArray) pages = lineup_test_find_all (window, ADW_TYPE_STATUS_PAGE);
    gboolean found = FALSE;

    for (guint i = 0; i < pages->len; i++)
      {
        AdwStatusPage *page = g_ptr_array_index (pages, i);

        if (gtk_widget_get_mapped (GTK_WIDGET (page)) &&
            g_strcmp0 (adw_status_page_get_title (page), "No Results Found") == 0)
          found = TRUE;
      }
    g_assert_true (found);
  }

  /* Escape clears the search (an empty entry is reported at once). */
  g_signal_emit_by_name (entry, "stop-search");
  lineup_test_settle (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 25);

  close_window (window);
}

static void
select_dropdown (GtkDropDown *dropdown,
                 const gchar *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_error ("no “%s” in the dropdown", label);
}

static void
test_window_filters (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  GListModel *model = lineup_window_get_model (window);
  g_autoptr(GPtrArray) dropdowns = lineup_test_find_all (window, GTK_TYPE_DROP_DOWN);
  GtkDropDown *tracks;
  GtkDropDown *days;

  /* Track, Day, and Room (hidden for a post). */
  g_assert_cmpuint (dropdowns->len, ==, 3);
  tracks = g_ptr_array_index (dropdowns, 0);
  days = g_ptr_array_index (dropdowns, 1);

  select_dropdown (tracks, "ArgoCon");
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (lineup_session_get_id (shown (window, 0)), ==, "1Rj31");

  select_dropdown (tracks, "All Tracks");
  select_dropdown (days, "Tuesday, November 7");
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (lineup_session_get_day_key (shown (window, i)), ==, 20231107);

  /* Filters and search combine. */
  search (window, "battle");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (lineup_session_get_id (shown (window, 0)), ==, BATTLE_SCARS);

  close_window (window);
}

static LineupSchedule *
hand_made_schedule (void)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2024, 3, 19, 14, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new (zone, 2024, 3, 19, 14, 30, 0);
  LineupSession *markup = lineup_session_new ("markup", "Tags <b>& ampersands</b> stay text");
  LineupSession *untimed = lineup_session_new ("untimed", "Hallway track");
  g_autoptr(GPtrArray) speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);

  g_ptr_array_add (speakers, lineup_speaker_new ("Ana <i>Ló</i>pez", "R&D"));
  lineup_session_set_speakers (markup, speakers);
  lineup_session_set_times (markup, start, end);
  lineup_session_set_description (markup, "A description with <b>& in it.");
  lineup_session_set_line (markup, 1);
  lineup_session_set_line (untimed, 2);
  g_ptr_array_add (sessions, markup);
  g_ptr_array_add (sessions, untimed);
  lineup_schedule_set_title (schedule, "Hand <made> & co");
  lineup_schedule_set_key (schedule, "hand-made.md");
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  return schedule;
}

static void
test_window_markup_is_literal (void)
{
  g_autoptr(LineupSchedule) schedule = hand_made_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  LineupSession *markup = lineup_schedule_find (schedule, "markup");
  LineupSessionRow *row;
  g_autofree gchar *detail = NULL;
  g_autofree gchar *list = NULL;

  g_assert_true (lineup_window_select_session (window, markup));
  lineup_test_settle (window);

  detail = visible_text (session_view (window));
  g_assert_nonnull (strstr (detail, "Tags <b>& ampersands</b> stay text"));
  g_assert_nonnull (strstr (detail, "<b>&"));
  g_assert_nonnull (strstr (detail, "Ana <i>Ló</i>pez"));

  row = find_row (window, markup);
  g_assert_nonnull (row);
  list = visible_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (list, "Tags <b>& ampersands</b> stay text"));
  g_assert_nonnull (strstr (list, "Ana <i>Ló</i>pez"));

  /* The untimed talk has its own header. */
  row = find_row (window, lineup_schedule_find (schedule, "untimed"));
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "lineup-day-header")), ==,
                   "Time not announced");

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Hand <made> & co");

  close_window (window);
}

/* A meetup's programme that names no day: each row shows its time of day,
 * under "Day not announced", and says both to a screen reader. */
static void
test_window_no_day (void)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", "layouts", "no-day-times.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = lineup_post_reader_read_file (file, NULL, NULL, &error);
  LineupWindow *window;
  LineupSession *welcome;
  LineupSessionRow *row;
  g_autofree gchar *list = NULL;
  g_autofree gchar *detail = NULL;
  GListModel *days;

  g_assert_no_error (error);
  window = lineup_test_show_window (NULL, schedule);
  welcome = lineup_schedule_get_session (schedule, 0);
  g_assert_cmpstr (lineup_session_get_title (welcome), ==, "Welcome and community news");

  row = find_row (window, welcome);
  g_assert_nonnull (row);
  list = visible_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (list, "Day not announced\n"));
  g_assert_nonnull (strstr (list, "18:30\n"));
  g_assert_nonnull (strstr (list, "18:45\n"));
  g_assert_null (strstr (list, "TBA"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Day not announced, 18:30 to 18:45, Welcome and community news");

  g_assert_true (lineup_window_select_session (window, welcome));
  lineup_test_settle (window);
  detail = visible_text (session_view (window));
  g_assert_nonnull (strstr (detail, "18:30 – 18:45 · Day not announced"));

  /* the day filter offers the talks under the same name */
  days = gtk_drop_down_get_model (window->day_dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (days), 1), ==, "Day not announced");

  /* no front matter: the heading that opens the post is its title */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Rust Meetup #14: Kernels and Compilers");

  close_window (window);
}

/* A liveblog that gives days but no times: each row sits under its day,
 * after that day's timed talks, shows "TBA" for its time and tells a
 * screen reader the day and that the time is not announced. */
static void
test_window_day_only (void)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", "layouts", "day-lists-untimed.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = lineup_post_reader_read_file (file, NULL, NULL, &error);
  LineupWindow *window;
  LineupSession *dropbox, *workshop, *boyer;
  LineupSessionRow *row;
  g_autofree gchar *list = NULL;
  g_autofree gchar *detail = NULL;
  GListModel *days;

  g_assert_no_error (error);
  window = lineup_test_show_window (NULL, schedule);
  dropbox = lineup_schedule_get_session (schedule, 0);
  g_assert_cmpstr (lineup_session_get_title (dropbox), ==, "Go reliability and durability at Dropbox");

  row = find_row (window, dropbox);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "lineup-day-header")), ==, "Thursday, July 13");
  list = visible_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (list, "TBA\n"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Thursday, July 13, time not announced, "
                                       "Go reliability and durability at Dropbox, Tammy Butow");

  /* Saturday: the timed workshop first, under the day's header; the
   * untimed talk after it, under the same header */
  workshop = lineup_schedule_get_session (schedule, 5);
  boyer = lineup_schedule_get_session (schedule, 6);
  g_assert_cmpstr (lineup_session_get_title (workshop), ==, "Workshop: Profiling Go services");
  g_assert_cmpstr (lineup_session_get_title (boyer), ==, "The new era of Go package management");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row_label (find_row (window, workshop), "lineup-day-header"))));
  g_assert_cmpstr (gtk_label_get_text (row_label (find_row (window, workshop), "lineup-day-header")),
                   ==, "Saturday, July 15");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row_label (find_row (window, boyer), "lineup-day-header"))));

  g_assert_true (lineup_window_select_session (window, dropbox));
  lineup_test_settle (window);
  detail = visible_text (session_view (window));
  g_assert_nonnull (strstr (detail, "Thu, Jul 13 · Time not announced"));

  /* the header names the event's days, untimed ones too */
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "July 13 – 15, 2017");

  /* the day filter names each day once */
  days = gtk_drop_down_get_model (window->day_dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (days), 1), ==, "Thursday, July 13");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (days), 3), ==, "Saturday, July 15");

  close_window (window);
}

static gboolean
schedule_changed (gpointer data)
{
  LineupWindow *window = data;

  return lineup_window_get_schedule (window) != g_object_get_data (G_OBJECT (window), "old");
}

typedef struct
{
  LineupWindow *window;
  const gchar  *text;
} ToastWait;

static gboolean
toast_mentions (gpointer data)
{
  ToastWait *wait = data;
  const gchar *toast = lineup_window_get_last_toast (wait->window);

  return toast != NULL && strstr (toast, wait->text) != NULL;
}

static void
test_window_open_files (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-open-XXXXXX", NULL);
  g_autofree gchar *broken_path = g_build_filename (dir, "broken.md", NULL);
  g_autofree gchar *empty_path = g_build_filename (dir, "empty.md", NULL);
  g_autofree gchar *missing_path = g_build_filename (dir, "missing.md", NULL);
  g_autofree gchar *good_path = g_build_filename (TEST_DATA_DIR,
                                                  "cilium_cilium.io__src_posts_2022-10-18-kubecon-talks_index.md",
                                                  NULL);
  static const gchar binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe";
  const gchar *failures[] = { broken_path, empty_path, missing_path };
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree gchar *good_uri = g_file_get_uri (good);
  g_autofree gchar *last_post = NULL;

  g_assert_true (g_file_set_contents (broken_path, binary, sizeof binary, NULL));
  g_assert_true (g_file_set_contents (empty_path, "", 0, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (failures[i]);
      g_autofree gchar *name = g_file_get_basename (file);
      g_autofree gchar *what = g_strdup_printf ("a toast naming %s", name);
      ToastWait wait = { window, name };

      g_test_message ("opening %s", name);
      lineup_window_open_file (window, file);
      /* The reader's message names the file; the talks stay. */
      lineup_test_wait_until (toast_mentions, &wait, what);
      g_assert_true (lineup_window_get_schedule (window) == schedule);
      g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==, 25);
      g_unlink (failures[i]);
    }

  /* A good post replaces the schedule and is remembered. */
  g_object_set_data (G_OBJECT (window), "old", schedule);
  lineup_window_open_file (window, good);
  lineup_test_wait_until (schedule_changed, window, "the window to show the post read");
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==,
                    lineup_schedule_get_n_sessions (lineup_window_get_schedule (window)));
  last_post = g_settings_get_string (settings, "last-post");
  g_assert_cmpstr (last_post, ==, good_uri);

  close_window (window);
  g_rmdir (dir);
}

static void
click_star (LineupWindow  *window,
            LineupSession *session)
{
  LineupSessionRow *row = find_row (window, session);
  GtkWidget *button;

  g_assert_nonnull (row);
  button = lineup_test_find_first (row, GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  lineup_test_settle (window);
}

static gboolean
export_enabled (LineupWindow *window)
{
  g_autoptr(GPtrArray) buttons = lineup_test_find_all (window, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), "win.export") == 0)
        return gtk_widget_get_sensitive (GTK_WIDGET (button));
    }
  g_assert_not_reached ();
}

static gchar *
agenda_file_text (const gchar *path)
{
  gchar *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* One star change, whichever way it comes (the row's button, Ctrl+D, the
 * action), recomputes the conflicts exactly once, with an agenda (the source
 * of the stars) or without one; the rows' star and conflict marks follow. */
static void
check_star_path (LineupAgenda *agenda)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (agenda, schedule);
  LineupSession *tutorial = lineup_schedule_find (schedule, TUTORIAL);
  LineupSession *scars = lineup_schedule_find (schedule, BATTLE_SCARS);
  guint before;

  /* The row's star button. */
  g_assert_true (lineup_window_select_session (window, tutorial));
  lineup_test_settle (window);
  before = lineup_window_get_n_conflict_updates (window);
  click_star (window, tutorial);
  g_assert_cmpuint (lineup_window_get_n_conflict_updates (window), ==, before + 1);
  g_assert_true (lineup_session_get_starred (tutorial));
  g_assert_true (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (lineup_test_find_first (find_row (window, tutorial),
                                               GTK_TYPE_TOGGLE_BUTTON))));
  g_assert_false (gtk_widget_get_visible (row_conflict_box (find_row (window, tutorial))));

  /* Ctrl+D on the overlapping talk: both rows show the conflict. */
  g_assert_true (lineup_window_select_session (window, scars));
  lineup_test_settle (window);
  before = lineup_window_get_n_conflict_updates (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL));
  lineup_test_settle (window);
  g_assert_cmpuint (lineup_window_get_n_conflict_updates (window), ==, before + 1);
  g_assert_true (gtk_widget_get_visible (row_conflict_box (find_row (window, tutorial))));
  g_assert_true (gtk_widget_get_visible (row_conflict_box (find_row (window, scars))));

  /* The action the rows use: the marks go again. */
  before = lineup_window_get_n_conflict_updates (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)",
                                             BATTLE_SCARS, FALSE));
  lineup_test_settle (window);
  g_assert_cmpuint (lineup_window_get_n_conflict_updates (window), ==, before + 1);
  g_assert_false (lineup_session_get_starred (scars));
  g_assert_false (gtk_widget_get_visible (row_conflict_box (find_row (window, tutorial))));
  g_assert_false (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (lineup_test_find_first (find_row (window, scars),
                                               GTK_TYPE_TOGGLE_BUTTON))));
  if (agenda != NULL)
    {
      g_assert_true (lineup_agenda_is_starred (agenda, lineup_schedule_get_key (schedule),
                                               TUTORIAL));
      g_assert_false (lineup_agenda_is_starred (agenda, lineup_schedule_get_key (schedule),
                                                BATTLE_SCARS));
    }

  close_window (window);
}

static void
test_window_star_path (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);

  check_star_path (agenda);
  check_star_path (NULL);
}

static void
test_window_stars (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (agenda, schedule);
  LineupSession *tutorial = lineup_schedule_find (schedule, TUTORIAL);
  LineupSession *scars = lineup_schedule_find (schedule, BATTLE_SCARS);
  const gchar *key = lineup_schedule_get_key (schedule);
  GListModel *model = lineup_window_get_model (window);
  GtkWidget *view = session_view (window);
  g_autoptr(GPtrArray) view_buttons = NULL;
  g_autoptr(LineupAgenda) reread = NULL;
  g_autofree gchar *text = NULL;
  g_autofree gchar *file = NULL;
  LineupSessionRow *row;
  GtkWidget *view_star = NULL;

  g_assert_false (export_enabled (window));

  /* The row's star: the detail pane, the agenda and its file follow. */
  g_assert_true (lineup_window_select_session (window, tutorial));
  lineup_test_settle (window);
  click_star (window, tutorial);
  g_assert_true (lineup_session_get_starred (tutorial));
  g_assert_true (lineup_agenda_is_starred (agenda, key, TUTORIAL));
  g_assert_true (export_enabled (window));
  view_buttons = lineup_test_find_all (view, GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpuint (view_buttons->len, >, 0);
  view_star = g_ptr_array_index (view_buttons, 0);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (view_star)));
  g_assert_true (lineup_agenda_flush (agenda, NULL));
  file = agenda_file_text (temp.path);
  g_assert_nonnull (strstr (file, TUTORIAL));
  g_clear_pointer (&file, g_free);

  /* No overlap yet. */
  row = find_row (window, tutorial);
  g_assert_false (gtk_widget_get_visible (row_conflict_box (row)));

  /* Ctrl+D on the overlapping talk: both rows show the conflict. */
  g_assert_true (lineup_window_select_session (window, scars));
  lineup_test_settle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL));
  lineup_test_settle (window);
  g_assert_true (lineup_session_get_starred (scars));
  for (guint i = 0; i < 2; i++)
    {
      LineupSession *session = i == 0 ? tutorial : scars;
      GtkWidget *box;

      row = find_row (window, session);
      g_assert_nonnull (row);
      box = row_conflict_box (row);
      g_assert_true (gtk_widget_get_visible (box));
      text = visible_text (box);
      g_assert_cmpstr (g_strstrip (text), ==, "Overlaps with 1 starred talk");
      g_clear_pointer (&text, g_free);
    }

  /* The detail pane lists the other talk, and activating it jumps there. */
  g_assert_true (lineup_window_select_session (window, tutorial));
  lineup_test_settle (window);
  text = visible_text (view);
  g_assert_nonnull (strstr (text, lineup_session_get_title (scars)));
  g_clear_pointer (&text, g_free);
  {
    GtkWidget *list = lineup_test_find_first (view, GTK_TYPE_LIST_BOX);
    GtkListBoxRow *conflict;

    g_assert_nonnull (list);
    conflict = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    g_assert_nonnull (conflict);
    g_signal_emit_by_name (list, "row-activated", conflict);
    lineup_test_settle (window);
    g_assert_true (gtk_single_selection_get_selected_item (lineup_window_get_selection (window)) ==
                   scars);
  }

  /* My Agenda: only the starred talks. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "agenda"));
  lineup_test_settle (window);
  g_assert_true (lineup_window_get_agenda_view (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (shown (window, 0) == tutorial);
  g_assert_true (shown (window, 1) == scars);

  /* A click there makes it a maybe: it stays, the conflict marks go; a
   * second click removes the talk. */
  click_star (window, scars);
  g_assert_false (lineup_session_get_starred (scars));
  g_assert_true (lineup_session_get_maybe (scars));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_false (gtk_widget_get_visible (row_conflict_box (find_row (window, tutorial))));
  click_star (window, scars);
  g_assert_false (lineup_session_get_maybe (scars));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  row = find_row (window, tutorial);
  g_assert_false (gtk_widget_get_visible (row_conflict_box (row)));

  /* The file agrees, read by another agenda. */
  g_assert_true (lineup_agenda_flush (agenda, NULL));
  reread = lineup_agenda_new (temp.path);
  g_assert_true (lineup_agenda_load (reread, NULL));
  g_assert_true (lineup_agenda_is_starred (reread, key, TUTORIAL));
  g_assert_false (lineup_agenda_is_starred (reread, key, BATTLE_SCARS));

  /* Back to every talk. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "all"));
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 25);

  close_window (window);
}

static GtkWidget *
mapped_status_page (LineupWindow *window,
                    const gchar  *title)
{
  g_autoptr(GPtrArray) pages = lineup_test_find_all (window, ADW_TYPE_STATUS_PAGE);

  for (guint i = 0; i < pages->len; i++)
    {
      AdwStatusPage *page = g_ptr_array_index (pages, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (page)) &&
          g_strcmp0 (adw_status_page_get_title (page), title) == 0)
        return GTK_WIDGET (page);
    }
  return NULL;
}

static void
test_window_agenda_view (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (agenda, schedule);
  GListModel *model = lineup_window_get_model (window);
  LineupSessionRow *row;

  /* Empty agenda: the page says how to star. */
  lineup_window_set_agenda_view (window, TRUE);
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_nonnull (mapped_status_page (window, "No Starred Talks"));

  /* Stars from elsewhere (another process, merged by the agenda) show up. */
  lineup_agenda_set_starred (agenda, lineup_schedule_get_key (schedule),
                             lineup_schedule_find (schedule, ADOBE), TRUE);
  lineup_agenda_set_starred (agenda, lineup_schedule_get_key (schedule),
                             lineup_schedule_find (schedule, RAMIREZ), TRUE);
  lineup_agenda_set_starred (agenda, lineup_schedule_get_key (schedule),
                             lineup_schedule_find (schedule, TUTORIAL), TRUE);
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_null (mapped_status_page (window, "No Starred Talks"));

  /* 9:15–9:40 then 9:50: ten minutes free; a new day has a header instead. */
  row = find_row (window, lineup_schedule_find (schedule, RAMIREZ));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row_label (row, "lineup-free-time"))));
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "lineup-free-time")), ==, "10 min free");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row_label (row, "lineup-day-header"))));
  row = find_row (window, lineup_schedule_find (schedule, TUTORIAL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row_label (row, "lineup-free-time"))));
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "lineup-day-header")), ==,
                   "Tuesday, November 7");

  /* In the full list there is no free time to show. */
  lineup_window_set_agenda_view (window, FALSE);
  lineup_test_settle (window);
  row = find_row (window, lineup_schedule_find (schedule, RAMIREZ));
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row_label (row, "lineup-free-time"))));

  close_window (window);
}

/* The "No Longer Listed" section of My Agenda, or NULL. */
static GtkWidget *
gone_group (LineupWindow *window)
{
  g_autoptr(GPtrArray) groups = lineup_test_find_all (window, ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < groups->len; i++)
    {
      AdwPreferencesGroup *group = g_ptr_array_index (groups, i);

      if (g_strcmp0 (adw_preferences_group_get_title (group), "No Longer Listed") == 0)
        return GTK_WIDGET (group);
    }
  return NULL;
}

static gboolean
gone_shown (LineupWindow *window)
{
  GtkWidget *group = gone_group (window);

  g_assert_nonnull (group);
  return gtk_widget_get_mapped (group);
}

/* The shown row of the section titled @title, or NULL. */
static GtkWidget *
gone_row (LineupWindow *window,
          const gchar  *title)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (gone_group (window), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_mapped (row) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return row;
    }
  return NULL;
}

static guint
n_gone_rows (LineupWindow *window)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (gone_group (window), ADW_TYPE_ACTION_ROW);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += gtk_widget_get_mapped (g_ptr_array_index (rows, i));
  return n;
}

static void
remove_gone_star (LineupWindow *window,
                  const gchar  *title)
{
  GtkWidget *row = gone_row (window, title);
  GtkWidget *button;
  g_autofree gchar *label = g_strdup_printf ("Remove star from %s", title);

  g_assert_nonnull (row);
  button = lineup_test_find_first (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove Star");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       label);
  g_signal_emit_by_name (button, "clicked");
  lineup_test_settle (window);
}

/* Whether a fresh read of the agenda file has the star. */
static gboolean
starred_on_disk (const gchar *path,
                 const gchar *post_key,
                 const gchar *id)
{
  g_autoptr(LineupAgenda) reread = lineup_agenda_new (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (lineup_agenda_load (reread, &error));
  g_assert_no_error (error);
  return lineup_agenda_is_starred (reread, post_key, id);
}

#define GONE_TITLE  "A Talk That Was Removed"
#define GONE_MARKUP "Q&A with <b>everyone</b>"

static void
test_window_no_longer_listed (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  const gchar *key = lineup_schedule_get_key (schedule);
  g_autofree gchar *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gchar *shown_text = NULL;
  GListModel *model;
  LineupWindow *window;
  GtkWidget *focus;

  /* One talk of the post and two it no longer lists: one with its saved
   * time, one untimed whose title looks like markup. */
  text = g_strdup_printf ("version: 1\n"
                          "posts:\n"
                          "  %s:\n"
                          "  - id: " ADOBE "\n"
                          "    title: \"Adobe\"\n"
                          "    start: 2023-11-06T09:15:00-06:00\n"
                          "  - id: GONE1\n"
                          "    title: \"" GONE_TITLE "\"\n"
                          "    start: 2023-11-08T10:00:00-06:00\n"
                          "  - id: GONE2\n"
                          "    title: \"" GONE_MARKUP "\"\n",
                          key);
  g_assert_true (g_file_set_contents (temp.path, text, -1, NULL));
  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);

  window = lineup_test_show_window (agenda, schedule);
  model = lineup_window_get_model (window);

  /* Not in All Talks. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 25);
  g_assert_false (gone_shown (window));

  /* My Agenda: the listed star in the list, the others below it, as saved. */
  lineup_window_set_agenda_view (window, TRUE);
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_true (shown (window, 0) == lineup_schedule_find (schedule, ADOBE));
  g_assert_true (gone_shown (window));
  g_assert_cmpuint (n_gone_rows (window), ==, 2);
  shown_text = visible_text (gone_group (window));
  g_assert_nonnull (strstr (shown_text, "These starred talks are not in this version of the post."));
  g_assert_nonnull (strstr (shown_text, GONE_TITLE "\nWednesday, November 8 at 10:00\n"));
  g_assert_nonnull (strstr (shown_text, GONE_MARKUP "\nTime not announced\n"));
  g_assert_null (mapped_status_page (window, "No Starred Talks"));

  /* The search keeps the ones whose title matches. */
  search (window, "removed");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (gone_shown (window));
  g_assert_nonnull (gone_row (window, GONE_TITLE));
  g_assert_null (gone_row (window, GONE_MARKUP));
  g_assert_null (mapped_status_page (window, "No Results Found"));
  search (window, "nothing like this");
  g_assert_false (gone_shown (window));
  g_assert_nonnull (mapped_status_page (window, "No Results Found"));
  search (window, "");

  /* Only stars no longer listed: the section, not "No Starred Talks". */
  lineup_agenda_set_starred (agenda, key, lineup_schedule_find (schedule, ADOBE), FALSE);
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (gone_shown (window));
  g_assert_null (mapped_status_page (window, "No Starred Talks"));
  lineup_agenda_set_starred (agenda, key, lineup_schedule_find (schedule, ADOBE), TRUE);
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Remove Star takes it out of the file; the section follows. */
  remove_gone_star (window, GONE_TITLE);
  g_assert_false (starred_on_disk (temp.path, key, "GONE1"));
  g_assert_true (starred_on_disk (temp.path, key, "GONE2"));
  g_assert_true (starred_on_disk (temp.path, key, ADOBE));
  g_assert_null (gone_row (window, GONE_TITLE));
  g_assert_cmpuint (n_gone_rows (window), ==, 1);
  /* The keyboard focus moves on to the next one. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, gone_row (window, GONE_MARKUP)));

  remove_gone_star (window, GONE_MARKUP);
  g_assert_false (starred_on_disk (temp.path, key, "GONE2"));
  g_assert_true (starred_on_disk (temp.path, key, ADOBE));
  g_assert_false (gone_shown (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  /* … and to the list when none is left. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  if (!GTK_IS_LIST_VIEW (focus))
    focus = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_has_css_class (focus, "lineup-talks"));

  /* With none left, an empty agenda says how to star again. */
  lineup_agenda_set_starred (agenda, key, lineup_schedule_find (schedule, ADOBE), FALSE);
  lineup_test_settle (window);
  g_assert_false (gone_shown (window));
  g_assert_nonnull (mapped_status_page (window, "No Starred Talks"));

  close_window (window);
}

static void
test_window_export (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (agenda, schedule);
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-export-XXXXXX", NULL);
  struct { const gchar *name; const gchar *needle; } table[] = {
    { "agenda.ics", "BEGIN:VCALENDAR" },
    { "agenda.md", "Past, Present, Future of Tetragon" },
  };
  g_autofree gchar *missing = g_build_filename (dir, "no-such-folder", "agenda.ics", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)", TETRAGON, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)", TUTORIAL, TRUE);
  lineup_test_settle (window);

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autofree gchar *target = g_build_filename (dir, table[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (target);
      g_autofree gchar *contents = NULL;
      g_autofree gchar *expected = g_strdup_printf ("Exported 2 talks to %s", table[i].name);

      g_assert_true (lineup_window_export_to (window, file, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (lineup_window_get_last_toast (window), ==, expected);
      g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, table[i].needle));
      g_unlink (target);
    }

  /* A folder that does not exist: the error is shown, nothing is written. */
  g_assert_false (lineup_window_export_to (window, missing_file, &error));
  g_assert_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_WRITE);
  g_assert_cmpstr (lineup_window_get_last_toast (window), ==, error->message);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  close_window (window);
  g_rmdir (dir);
}

static void
test_window_save_failed (void)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new ("/proc/lineup-nowhere/agenda.yaml");
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window;
  ToastWait wait = { NULL, "Stars cannot be saved" };

  lineup_agenda_set_autosave_delay (agenda, 10);
  window = lineup_test_show_window (agenda, schedule);
  wait.window = window;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)", TETRAGON, TRUE);
  lineup_test_wait_until (toast_mentions, &wait, "a toast saying the stars cannot be saved");
  /* The star stays, in memory. */
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (schedule, TETRAGON)));

  close_window (window);
}

/* Time zone -------------------------------------------------------------- */

/* Switches the zone and waits for the post to be read again. */
static void
switch_zone (LineupWindow *window,
             GSettings    *settings,
             const gchar  *zone,
             gboolean      by_action)
{
  g_object_set_data_full (G_OBJECT (window), "old",
                          g_object_ref (lineup_window_get_schedule (window)), g_object_unref);
  if (by_action)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.time-zone", "s", zone));
  else
    g_settings_set_string (settings, "timezone", zone);
  lineup_test_wait_until (schedule_changed, window, "the window to show the post read");
  lineup_test_settle (window);
  g_object_set_data (G_OBJECT (window), "old", NULL);
}

static void
check_zone (LineupWindow *window,
            GSettings    *settings,
            const gchar  *zone,
            const gchar  *clock,
            const gchar  *other_clock,
            const gchar  *abbreviation)
{
  LineupSchedule *schedule = lineup_window_get_schedule (window);
  LineupSession *tetragon = lineup_schedule_find (schedule, TETRAGON);
  GtkSingleSelection *selection = lineup_window_get_selection (window);
  g_autoptr(GPtrArray) dropdowns = lineup_test_find_all (window, GTK_TYPE_DROP_DOWN);
  GtkDropDown *days = g_ptr_array_index (dropdowns, 1);
  g_autoptr(GPtrArray) titles = lineup_test_find_all (window, ADW_TYPE_WINDOW_TITLE);
  AdwWindowTitle *title = NULL;
  GtkWidget *entry = lineup_test_find_first (window, GTK_TYPE_SEARCH_ENTRY);
  g_autofree gchar *state = NULL;
  g_autofree gchar *setting = g_settings_get_string (settings, "timezone");
  g_autofree gchar *text = visible_text (session_view (window));
  LineupSessionRow *row;

  g_test_message ("detail pane in “%s”:\n%s", zone, text);

  /* The setting and the property behind win.time-zone (the state of the
   * menu's radio items) agree. */
  g_object_get (window, "time-zone", &state, NULL);
  g_assert_cmpstr (setting, ==, zone);
  g_assert_cmpstr (state, ==, zone);

  /* The talk stays selected; its row and the detail pane show the zone's time. */
  g_assert_nonnull (tetragon);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == tetragon);
  g_assert_nonnull (strstr (text, lineup_session_get_title (tetragon)));
  g_assert_nonnull (strstr (text, clock));
  g_assert_null (strstr (text, other_clock));
  g_assert_nonnull (strstr (text, abbreviation));
  row = find_row (window, tetragon);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "lineup-start")), ==, clock);

  /* The stars, the search and the day filter stay. */
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (schedule, BGP_SMOOTHER)));
  g_assert_false (lineup_session_get_starred (tetragon));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "tetragon");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (days)),
                                               gtk_drop_down_get_selected (days)),
                   ==, "Monday, November 6");
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==, 2);

  /* The window's title (the list's header) names the post. */
  for (guint i = 0; i < titles->len && title == NULL; i++)
    {
      if (g_strcmp0 (adw_window_title_get_title (g_ptr_array_index (titles, i)),
                     lineup_schedule_get_title (schedule)) == 0)
        title = g_ptr_array_index (titles, i);
    }
  g_assert_nonnull (title);
  g_test_message ("subtitle: %s", adw_window_title_get_subtitle (title));
  /* The subtitle names a zone other than the event's. */
  if (*zone != '\0')
    g_assert_nonnull (strstr (adw_window_title_get_subtitle (title), zone));
  else
    g_assert_null (strstr (adw_window_title_get_subtitle (title), "times in"));
}

static void
test_window_time_zone (void)
{
  static const struct {
    const gchar *name;
    gboolean     from_file;      /* else the built-in post */
    gboolean     with_agenda;
    gboolean     by_action;      /* to Berlin; back by the other way */
  } cases[] = {
    { "built-in post, no agenda", FALSE, FALSE, TRUE },
    { "post file, agenda", TRUE, TRUE, FALSE },
  };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(LineupTestAgendaDir) temp = { 0 };
      g_autoptr(LineupAgenda) agenda = cases[i].with_agenda ? lineup_test_temp_agenda (&temp)
                                                            : NULL;
      g_autoptr(LineupSchedule) builtin = lineup_test_builtin_schedule ();
      g_autofree gchar *dir = g_dir_make_tmp ("lineup-zone-XXXXXX", NULL);
      g_autofree gchar *post_path = g_build_filename (dir, "cilium-kubecon-na-2023.md", NULL);
      g_autoptr(GPtrArray) dropdowns = NULL;
      LineupWindow *window;

      g_test_message ("%s", cases[i].name);
      g_settings_set_string (settings, "timezone", "");

      if (cases[i].from_file)
        {
          g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/posts/cilium-kubecon-na-2023.md",
                                                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (post_path);

          g_assert_nonnull (bytes);
          g_assert_true (g_file_set_contents (post_path, g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes), NULL));
          window = lineup_test_show_window (agenda, NULL);
          lineup_window_open_file (window, file);
          lineup_test_wait_until (schedule_changed, window, "the window to show the post read");
          lineup_test_settle (window);
          g_assert_nonnull (lineup_schedule_get_file (lineup_window_get_schedule (window)));
        }
      else
        window = lineup_test_show_window (agenda, builtin);

      /* A star, a selected talk, a search and a day filter. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)",
                                                 BGP_SMOOTHER, TRUE));
      dropdowns = lineup_test_find_all (window, GTK_TYPE_DROP_DOWN);
      select_dropdown (g_ptr_array_index (dropdowns, 1), "Monday, November 6");
      search (window, "tetragon");
      g_assert_true (lineup_window_select_session (window,
                                                  lineup_schedule_find (lineup_window_get_schedule (window),
                                                                        TETRAGON)));
      lineup_test_settle (window);
      check_zone (window, settings, "", "12:15", "19:15", "CST");

      /* Remote attendees in Berlin: 12:15 CST is 19:15 CET. */
      switch_zone (window, settings, "Europe/Berlin", cases[i].by_action);
      check_zone (window, settings, "Europe/Berlin", "19:15", "12:15", "CET");
      if (agenda != NULL)
        g_assert_true (lineup_agenda_is_starred (agenda,
                                                 lineup_schedule_get_key (lineup_window_get_schedule (window)),
                                                 BGP_SMOOTHER));

      /* And back to the event's zone. */
      switch_zone (window, settings, "", !cases[i].by_action);
      check_zone (window, settings, "", "12:15", "19:15", "CST");

      close_window (window);
      g_settings_set_string (settings, "last-post", "");
      g_unlink (post_path);
      g_rmdir (dir);
    }
}

/* The menu's Time Zone section: the event's zone, then the computer's. */
static void
test_window_time_zone_menu (void)
{
  LineupWindow *window = lineup_test_show_window (NULL, NULL);
  GMenuModel *menu = lineup_test_main_menu (window);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const gchar *local_id = g_time_zone_get_identifier (local);
  g_autofree gchar *local_label = NULL;
  GMenuModel *section = NULL;
  static const gchar *labels[2] = { "_Event Time Zone", NULL };
  /* "My Time Zone" stores "local": the computer's zone whenever Lineup runs. */
  const gchar *targets[2] = { "", "local" };

  for (gint i = 0; i < g_menu_model_get_n_items (menu) && section == NULL; i++)
    {
      g_autofree gchar *label = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_str_equal (label, "Time Zone"))
        section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
    }
  g_assert_nonnull (section);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 2);

  for (gint i = 0; i < 2; i++)
    {
      g_autofree gchar *label = NULL;
      g_autofree gchar *action = NULL;
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (section, i,
                                                                          G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);

      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      g_assert_cmpstr (action, ==, "win.time-zone");
      g_assert_nonnull (target);
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, targets[i]);
      if (labels[i] != NULL)
        g_assert_cmpstr (label, ==, labels[i]);
      else
        {
          /* Underscores in the id are not mnemonics. */
          g_auto(GStrv) parts = g_strsplit (local_id, "_", -1);
          g_autofree gchar *escaped = g_strjoinv ("__", parts);

          local_label = g_strdup_printf ("_My Time Zone (%s)", escaped);
          g_assert_cmpstr (label, ==, local_label);
        }
    }

  g_object_unref (section);
  close_window (window);
}

/* A schedule that is not read from a post has nothing to read again. */
static void
test_window_time_zone_own_schedule (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LineupSchedule) schedule = hand_made_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  g_autofree gchar *text = NULL;

  g_settings_set_string (settings, "timezone", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.time-zone", "s",
                                             "America/New_York"));
  lineup_test_settle (window);
  g_assert_true (lineup_window_get_schedule (window) == schedule);
  g_assert_null (lineup_window_get_last_toast (window));
  g_assert_true (lineup_window_select_session (window, lineup_schedule_find (schedule, "markup")));
  lineup_test_settle (window);
  text = visible_text (session_view (window));
  g_assert_nonnull (strstr (text, "14:00"));

  g_settings_set_string (settings, "timezone", "");
  close_window (window);
}

static void
test_window_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  LineupWindow *window;

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 650);
  window = lineup_window_new (NULL, NULL);
  {
    gint width = 0, height = 0;

    /* A new window opens at the remembered size. */
    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 1000);
    g_assert_cmpint (height, ==, 650);
  }
  gtk_window_set_default_size (GTK_WINDOW (window), 880, 610);
  gtk_window_present (GTK_WINDOW (window));
  lineup_test_settle (window);

  /* Closing it saves its size. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 880);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  lineup_test_assert_finalized (window);
}

static void
test_window_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GObject *overlay;

  /* GtkApplication shows it for Ctrl+? from the resource base path. */
  g_assert_true (gtk_builder_add_from_resource (builder, RESOURCE_BASE "/gtk/help-overlay.ui",
                                                &error));
  g_assert_no_error (error);
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window/lists-every-talk", test_window_lists_every_talk);
  g_test_add_func ("/window/dates-span-years", test_window_dates_span_years);
  g_test_add_func ("/window/day-headers", test_window_day_headers);
  g_test_add_func ("/window/header-function", test_window_header_function);
  g_test_add_func ("/window/header-years", test_window_header_years);
  g_test_add_func ("/window/detail-pane", test_window_detail_pane);
  g_test_add_func ("/window/detail-years", test_window_detail_years);
  g_test_add_func ("/window/no-day", test_window_no_day);
  g_test_add_func ("/window/day-only", test_window_day_only);
  g_test_add_func ("/window/search", test_window_search);
  g_test_add_func ("/window/filters", test_window_filters);
  g_test_add_func ("/window/markup-is-literal", test_window_markup_is_literal);
  g_test_add_func ("/window/open-files", test_window_open_files);
  g_test_add_func ("/window/stars", test_window_stars);
  g_test_add_func ("/window/star-path", test_window_star_path);
  g_test_add_func ("/window/agenda-view", test_window_agenda_view);
  g_test_add_func ("/window/no-longer-listed", test_window_no_longer_listed);
  g_test_add_func ("/window/export", test_window_export);
  g_test_add_func ("/window/save-failed", test_window_save_failed);
  g_test_add_func ("/window/time-zone", test_window_time_zone);
  g_test_add_func ("/window/time-zone-menu", test_window_time_zone_menu);
  g_test_add_func ("/window/time-zone-own-schedule", test_window_time_zone_own_schedule);
  g_test_add_func ("/window/remembers-size", test_window_remembers_size);
  g_test_add_func ("/window/shortcuts-window", test_window_shortcuts_window);

  return g_test_run ();
}
