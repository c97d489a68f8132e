/* test-window-schedule.c — a published schedule in the window: rows that say
 * where a talk is, the Room filter beside the Track one, both searchable, and
 * FOSDEM 2024 opened as a user opens it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window-schedule"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include <adwaita.h>

#include "lineup-window-private.h"
#include "lineup-test-window.h"

/* Helpers ---------------------------------------------------------------- */

/* The window's dropdowns, in the order of the template: Track, Day, Room. */
enum { TRACKS, DAYS, ROOMS };

static GtkDropDown *
dropdown (LineupWindow *window,
          guint         which)
{
  g_autoptr(GPtrArray) dropdowns = lineup_test_find_all (window, GTK_TYPE_DROP_DOWN);

  g_assert_cmpuint (dropdowns->len, ==, 3);
  return g_ptr_array_index (dropdowns, which);
}

static guint
n_choices (GtkDropDown *dropdown)
{
  return g_list_model_get_n_items (gtk_drop_down_get_model (dropdown));
}

static const gchar *
choice (GtkDropDown *dropdown,
        guint        position)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)),
                                     position);
}

/* Picks @label in @dropdown, as a click in its popover does. */
static void
select_choice (LineupWindow *window,
               GtkDropDown  *dropdown,
               const gchar  *label)
{
  for (guint i = 0; i < n_choices (dropdown); i++)
    if (g_strcmp0 (choice (dropdown, i), label) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        lineup_test_settle (window);
        return;
      }
  g_error ("no “%s” in the dropdown", label);
}

static guint
n_listed (LineupWindow *window)
{
  return g_list_model_get_n_items (lineup_window_get_model (window));
}

/* The talk listed at @position (the schedule holds it). */
static LineupSession *
listed (LineupWindow *window,
        guint         position)
{
  LineupSession *session = g_list_model_get_item (lineup_window_get_model (window), position);

  g_assert_nonnull (session);
  g_object_unref (session);
  return session;
}

/* Shown = visible, and every container up to @top shows it. */
static gboolean
is_shown (GtkWidget *widget,
          GtkWidget *top)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (!gtk_widget_get_visible (w) || !gtk_widget_get_child_visible (w))
        return FALSE;
      if (w == top)
        break;
    }
  return TRUE;
}

/* The shown label under @widget that reads @text. */
static GtkWidget *
find_label (GtkWidget   *widget,
            const gchar *text)
{
  g_autoptr(GPtrArray) labels = lineup_test_find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (is_shown (label, widget) &&
          g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0)
        return label;
    }
  return NULL;
}

/* Whether a label under @widget, shown, reads @text. */
static gboolean
shows_label (GtkWidget   *widget,
             const gchar *text)
{
  return find_label (widget, text) != NULL;
}

/* Whether a shown label under @widget contains @text. */
static gboolean
shows_label_with (GtkWidget   *widget,
                  const gchar *text)
{
  g_autoptr(GPtrArray) labels = lineup_test_find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (is_shown (label, widget) && strstr (gtk_label_get_label (GTK_LABEL (label)), text))
        return TRUE;
    }
  return FALSE;
}

/* Whether @label has the width its whole text needs (it is not ellipsized). */
static gboolean
shown_whole (GtkWidget *label)
{
  gint natural = 0;

  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return gtk_widget_get_width (label) >= natural;
}

/* Checks that every row on screen shows its talk's room and track (and no
 * room when the talk has none), the room whole when it is not long;
 * returns how many rows it looked at. */
static guint
check_rows_show_room_and_track (LineupWindow *window)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (window, LINEUP_TYPE_SESSION_ROW);
  guint n_checked = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      LineupSession *session = lineup_session_row_get_session (LINEUP_SESSION_ROW (row));
      const gchar *room;
      const gchar *track;

      if (session == NULL || !gtk_widget_get_mapped (row))
        continue;
      room = lineup_session_get_room (session);
      track = lineup_session_get_track (session);
      g_assert_true (shows_label (row, lineup_session_get_title (session)));
      if (room != NULL)
        {
          GtkWidget *label = find_label (row, room);

          g_assert_nonnull (label);
          if (g_utf8_strlen (room, -1) <= 20)
            g_assert_true (shown_whole (label));
        }
      if (track != NULL && *track != '\0')
        g_assert_true (shows_label (row, track));
      n_checked++;
    }
  return n_checked;
}

/* A schedule made in code ------------------------------------------------ */

#define N_TALKS 60

static const gchar * const rooms[] = { "UB5.230", "K.1.105 (La Fontaine)", "H.1302 (Depage)",
                                       "H.1301 (Cornil)", "Janson" };
static const gchar * const tracks[] = { "Rust", "Go", "Main Track" };

/* Talk i: room i % 5, track i % 3, every tenth in no room (a hallway
 * session), on day i / 30. */
static const gchar *
room_of (guint i)
{
  return i % 10 == 9 ? NULL : rooms[i % G_N_ELEMENTS (rooms)];
}

static LineupSchedule *
make_schedule (void)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Brussels");

  for (guint i = 0; i < N_TALKS; i++)
    {
      g_autofree gchar *id = g_strdup_printf ("t%u", i);
      g_autofree gchar *title = i == 9 ? g_strdup ("Hallway Meetup")
                                       : g_strdup_printf ("Talk %u", i);
      LineupSession *session = lineup_session_new (id, title);
      g_autoptr(GDateTime) start = g_date_time_new (zone, 2024, 2, 3 + i / 30, 9 + (i % 30) / 3,
                                                    (i % 3) * 20, 0);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 20);

      lineup_session_set_byline (session, i == 7 ? "Tristram Gräbener" : "Sam Lee");
      lineup_session_set_track (session, tracks[i % G_N_ELEMENTS (tracks)]);
      lineup_session_set_room (session, room_of (i));
      lineup_session_set_kind (session, i % 2 == 0 ? "Lecture" : "Lightning Talk");
      lineup_session_set_language (session, "en");
      lineup_session_set_times (session, start, end);
      g_ptr_array_add (sessions, session);
    }
  lineup_schedule_set_key (schedule, "window-schedule");
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  return schedule;
}

static guint
n_in_room (const gchar *room)
{
  guint n = 0;

  for (guint i = 0; i < N_TALKS; i++)
    n += g_strcmp0 (room_of (i), room) == 0;
  return n;
}

/* Rows: the room beside the track; a talk with no room shows none. */
static void
test_schedule_rows (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  g_autoptr(GPtrArray) rows = NULL;
  gboolean saw_roomless = FALSE;

  g_assert_cmpuint (n_listed (window), ==, N_TALKS);
  g_assert_cmpuint (check_rows_show_room_and_track (window), >, 5);

  /* Talk 9 is in no room: its row has no room label, and no label left
   * empty but shown. */
  lineup_test_search (window, "Hallway");
  g_assert_cmpuint (n_listed (window), ==, 1);
  rows = lineup_test_find_all (window, LINEUP_TYPE_SESSION_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      LineupSession *session = lineup_session_row_get_session (LINEUP_SESSION_ROW (row));

      if (session == NULL || !gtk_widget_get_mapped (row) ||
          g_strcmp0 (lineup_session_get_id (session), "t9") != 0)
        continue;
      saw_roomless = TRUE;
      g_assert_null (lineup_session_get_room (session));
      g_assert_true (shows_label (row, "Rust"));
      for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
        g_assert_false (shows_label (row, rooms[r]));
      g_assert_false (shows_label (row, ""));
    }
  g_assert_true (saw_roomless);

  lineup_test_destroy_window (window);
}

/* The detail pane: room, kind and language. */
static void
test_schedule_detail (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  LineupSession *talk = lineup_schedule_find (schedule, "t1");
  GtkWidget *view = lineup_test_find_first (window, LINEUP_TYPE_SESSION_VIEW);

  g_assert_nonnull (view);
  g_assert_true (lineup_window_select_session (window, talk));
  lineup_test_settle (window);
  g_assert_true (lineup_session_view_get_session (LINEUP_SESSION_VIEW (view)) == talk);
  g_assert_true (shows_label_with (view, "K.1.105 (La Fontaine)"));
  g_assert_true (shows_label_with (view, "Lightning Talk"));
  g_assert_true (shows_label_with (view, "Language: en"));

  /* A talk in no room: kind and language still. */
  talk = lineup_schedule_find (schedule, "t9");
  g_assert_true (lineup_window_select_session (window, talk));
  lineup_test_settle (window);
  g_assert_false (shows_label_with (view, "K.1.105"));
  g_assert_false (shows_label_with (view, "UB5.230"));
  g_assert_true (shows_label_with (view, "Lightning Talk"));

  /* And it follows a change of the talk. */
  lineup_session_set_room (talk, "AW1.120");
  g_assert_true (shows_label_with (view, "AW1.120"));

  lineup_test_destroy_window (window);
}

/* The Room filter: its choices, what it keeps, with the track, and Escape. */
static void
test_schedule_room_filter (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  GtkDropDown *room_dropdown = dropdown (window, ROOMS);
  GtkDropDown *track_dropdown = dropdown (window, TRACKS);
  guint n_janson_rust = 0;

  /* "All Rooms", then the rooms in the order a person looks for them. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (room_dropdown)));
  g_assert_cmpuint (n_choices (room_dropdown), ==, 1 + G_N_ELEMENTS (rooms));
  g_assert_cmpstr (choice (room_dropdown, 0), ==, "All Rooms");
  g_assert_cmpstr (choice (room_dropdown, 1), ==, "H.1301 (Cornil)");
  g_assert_cmpstr (choice (room_dropdown, 2), ==, "H.1302 (Depage)");
  g_assert_cmpstr (choice (room_dropdown, 3), ==, "Janson");
  g_assert_cmpstr (choice (room_dropdown, 4), ==, "K.1.105 (La Fontaine)");
  g_assert_cmpstr (choice (room_dropdown, 5), ==, "UB5.230");

  /* Both can be searched by typing, on the names they show. */
  g_assert_true (gtk_drop_down_get_enable_search (room_dropdown));
  g_assert_true (gtk_drop_down_get_enable_search (track_dropdown));
  g_assert_nonnull (gtk_drop_down_get_expression (room_dropdown));
  g_assert_nonnull (gtk_drop_down_get_expression (track_dropdown));

  select_choice (window, room_dropdown, "Janson");
  g_assert_cmpuint (n_listed (window), ==, n_in_room ("Janson"));
  for (guint i = 0; i < n_listed (window); i++)
    g_assert_cmpstr (lineup_session_get_room (listed (window, i)), ==, "Janson");
  g_assert_cmpuint (check_rows_show_room_and_track (window), >, 0);

  for (guint i = 0; i < N_TALKS; i++)
    n_janson_rust += g_strcmp0 (room_of (i), "Janson") == 0 && i % 3 == 0;
  select_choice (window, track_dropdown, "Rust");
  g_assert_cmpuint (n_listed (window), ==, n_janson_rust);

  /* Escape (nothing else to go back from) clears the filters, room too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.escape", NULL);
  lineup_test_settle (window);
  g_assert_cmpuint (gtk_drop_down_get_selected (room_dropdown), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (track_dropdown), ==, 0);
  g_assert_cmpuint (n_listed (window), ==, N_TALKS);

  /* A post has no rooms: no Room filter. */
  {
    g_autoptr(LineupSchedule) post = lineup_test_builtin_schedule ();

    select_choice (window, room_dropdown, "UB5.230");
    lineup_window_set_schedule (window, post);
    lineup_test_settle (window);
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (room_dropdown)));
    g_assert_cmpuint (n_listed (window), ==, lineup_schedule_get_n_sessions (post));
  }

  lineup_test_destroy_window (window);
}

/* FOSDEM 2024, opened as a user opens it -------------------------------- */

typedef struct
{
  GListModel  *model;
  guint        n;
} CountWait;

static gboolean
counts (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

static gboolean
mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Opens @dropdown's popover, types @text in its search entry and checks that
 * its list then offers @expected only. */
static void
check_choice_search (LineupWindow *window,
                     GtkDropDown  *dropdown,
                     const gchar  *text,
                     const gchar  *expected)
{
  GtkWidget *entry;
  GtkWidget *list;
  CountWait wait;
  g_autoptr(GObject) item = NULL;

  entry = lineup_test_find_first (dropdown, GTK_TYPE_SEARCH_ENTRY);
  list = lineup_test_find_first (dropdown, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (entry);
  g_assert_nonnull (list);
  g_signal_emit_by_name (dropdown, "activate");
  lineup_test_wait_until (mapped, entry, "the dropdown's popover to show its search entry");

  wait.model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  wait.n = 1;
  g_assert_cmpuint (g_list_model_get_n_items (wait.model), ==, n_choices (dropdown));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  lineup_test_wait_until (counts, &wait, "the popover to offer one choice");
  item = g_list_model_get_item (wait.model, 0);
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, expected);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_popover_popdown (GTK_POPOVER (lineup_test_find_first (dropdown, GTK_TYPE_POPOVER)));
  lineup_test_settle (window);
  g_assert_false (gtk_widget_get_mapped (entry));
}

static gboolean
toast_shown (gpointer data)
{
  return lineup_window_get_last_toast (data) != NULL;
}

/* A schedule cut short, opened over the one shown: a toast names the file
 * and the line, and the schedule shown stays, talks and filters alike. */
static void
check_broken_schedule_keeps (LineupWindow *window)
{
  LineupSchedule *shown = lineup_window_get_schedule (window);
  guint n = n_listed (window);
  g_autofree gchar *path = g_build_filename (g_get_tmp_dir (), "lineup-cut-XXXXXX.xml", NULL);
  g_autoptr(GFile) file = NULL;
  const gchar *cut = "<?xml version=\"1.0\"?>\n<schedule>\n  <conference>\n"
                     "    <title>Cut</title>\n  </conference>\n  <day date=\"2024-02-03\">\n";
  gint fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, cut, -1, NULL));
  file = g_file_new_for_path (path);
  lineup_window_open_file (window, file);
  lineup_test_wait_until (toast_shown, window, "a toast for the schedule cut short");
  g_test_message ("toast: %s", lineup_window_get_last_toast (window));
  g_assert_nonnull (strstr (lineup_window_get_last_toast (window), ".xml:"));
  g_assert_true (lineup_window_get_schedule (window) == shown);
  g_assert_cmpuint (n_listed (window), ==, n);
  g_unlink (path);
}

/* Shown, or refused with a toast that says why. */
static gboolean
schedule_read (gpointer data)
{
  return lineup_window_get_schedule (data) != NULL || lineup_window_get_last_toast (data) != NULL;
}

/* The speaker, room and track picked by hand from the file: the talk
 * "Rust-transit: libraries to manage transit data in rust" (event 10544)
 * is Tristram Gräbener's only one, in K.4.401, which holds 38 talks. */
#define FOSDEM_TALKS        674
#define FOSDEM_SPEAKER      "Tristram Gräbener"
#define FOSDEM_TITLE        "Rust-transit: libraries to manage transit data in rust"
#define FOSDEM_ROOM         "K.4.401"
#define FOSDEM_ROOM_TALKS   38
#define FOSDEM_TRACK        "Railways and Open Transport devroom"
/* The events name 55 tracks (the file's <tracks> list has 66, some with no
 * talk) and 26 rooms. */
#define FOSDEM_TRACKS       55
#define FOSDEM_ROOMS        26

static void
test_schedule_fosdem (void)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", "fosdem-2024.xml",
                                             NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LineupWindow *window = lineup_window_new (NULL, NULL);
  GtkDropDown *track_dropdown;
  GtkDropDown *room_dropdown;
  LineupSession *found;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  lineup_window_open_file (window, file);
  lineup_test_wait_until (schedule_read, window, "the window to read fosdem-2024.xml");
  /* What the reader said, when it could not. */
  g_assert_cmpstr (lineup_window_get_last_toast (window), ==, NULL);
  g_assert_nonnull (lineup_window_get_schedule (window));
  lineup_test_settle (window);

  g_assert_cmpuint (n_listed (window), ==, FOSDEM_TALKS);
  g_assert_cmpuint (check_rows_show_room_and_track (window), >, 5);

  /* Tracks and rooms, each once, after "All …". */
  track_dropdown = dropdown (window, TRACKS);
  room_dropdown = dropdown (window, ROOMS);
  g_assert_cmpuint (n_choices (track_dropdown), ==, 1 + FOSDEM_TRACKS);
  g_assert_cmpuint (n_choices (room_dropdown), ==, 1 + FOSDEM_ROOMS);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (room_dropdown)));

  /* Too many to scroll through: typing in the popover finds one. */
  check_choice_search (window, track_dropdown, "rust", "Rust devroom");
  check_choice_search (window, room_dropdown, "k.4.4", FOSDEM_ROOM);

  /* A speaker's name finds their talk. */
  lineup_test_search (window, FOSDEM_SPEAKER);
  g_assert_cmpuint (n_listed (window), ==, 1);
  found = listed (window, 0);
  g_assert_cmpstr (lineup_session_get_title (found), ==, FOSDEM_TITLE);
  g_assert_cmpstr (lineup_session_get_room (found), ==, FOSDEM_ROOM);
  g_assert_cmpstr (lineup_session_get_track (found), ==, FOSDEM_TRACK);
  g_assert_cmpuint (check_rows_show_room_and_track (window), ==, 1);
  lineup_test_search (window, "");

  /* The room keeps its talks, and only them. */
  select_choice (window, room_dropdown, FOSDEM_ROOM);
  g_assert_cmpuint (n_listed (window), ==, FOSDEM_ROOM_TALKS);
  for (guint i = 0; i < n_listed (window); i++)
    g_assert_cmpstr (lineup_session_get_room (listed (window, i)), ==, FOSDEM_ROOM);
  g_assert_cmpuint (check_rows_show_room_and_track (window), >, 0);

  check_broken_schedule_keeps (window);
  lineup_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window-schedule/rows", test_schedule_rows);
  g_test_add_func ("/window-schedule/detail", test_schedule_detail);
  g_test_add_func ("/window-schedule/room-filter", test_schedule_room_filter);
  g_test_add_func ("/window-schedule/fosdem", test_schedule_fosdem);

  return g_test_run ();
}
