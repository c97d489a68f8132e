/* test-session-filter.c — which talks the list shows (search, track, room,
 * day, My Agenda), without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-session-filter"

#include "config.h"

#include "lineup-session-filter.h"

#define TUTORIAL     "1R2on"
#define BATTLE_SCARS "1R2ts"

static LineupSchedule *
read_post (void)
{
  g_autofree gchar *path = g_build_filename (g_getenv ("LINEUP_SOURCE_ROOT"), "data", "posts",
                                             "cilium-kubecon-na-2023.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = lineup_post_reader_read_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 25);
  return schedule;
}

/* The talks @filter keeps, checked against the same rule written out. */
static guint
count_kept (LineupSessionFilter *filter)
{
  LineupSchedule *schedule = lineup_session_filter_get_schedule (filter);
  const gchar *track = lineup_session_filter_get_track (filter);
  const gchar *room = lineup_session_filter_get_room (filter);
  guint day_key = lineup_session_filter_get_day_key (filter);
  g_auto(GStrv) words = lineup_search_words (lineup_session_filter_get_query (filter));
  guint n = lineup_schedule_get_n_sessions (schedule);
  guint kept = 0;

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      gboolean expected = (!lineup_session_filter_get_agenda_mode (filter) ||
                           lineup_session_get_starred (session)) &&
                          (track == NULL ||
                           g_strcmp0 (track, lineup_session_get_track (session)) == 0) &&
                          (room == NULL ||
                           g_strcmp0 (room, lineup_session_get_room (session)) == 0) &&
                          (day_key == LINEUP_SESSION_FILTER_ANY_DAY ||
                           day_key == lineup_session_get_day_key (session)) &&
                          lineup_session_matches (session, (const gchar * const *) words);
      gboolean matched = gtk_filter_match (GTK_FILTER (filter), session);

      g_assert_cmpint (matched, ==, expected);
      kept += matched;
    }
  return kept;
}

static void
on_changed_cb (GtkFilter       *filter,
               GtkFilterChange  change,
               gint            *last)
{
  *last = (gint) change;
}

static void
test_filter_keeps_all (void)
{
  g_autoptr(LineupSchedule) schedule = read_post ();
  g_autoptr(LineupSessionFilter) filter = lineup_session_filter_new ();
  g_autoptr(GtkFilterListModel) model = NULL;

  lineup_session_filter_set_schedule (filter, schedule);
  g_assert_false (lineup_session_filter_is_narrowed (filter));
  g_assert_cmpstr (lineup_session_filter_get_query (filter), ==, "");
  g_assert_cmpuint (count_kept (filter), ==, 25);

  /* A filter list model over it, filtered at once. */
  model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (schedule)),
                                     g_object_ref (GTK_FILTER (filter)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 25);
  lineup_session_filter_set_query (filter, "tetragon");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, count_kept (filter));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, 25);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
}

static void
test_filter_query_strictness (void)
{
  g_autoptr(LineupSchedule) schedule = read_post ();
  g_autoptr(LineupSessionFilter) filter = lineup_session_filter_new ();
  gint last = -1;
  guint tetra;

  lineup_session_filter_set_schedule (filter, schedule);
  g_signal_connect (filter, "changed", G_CALLBACK (on_changed_cb), &last);

  /* Folded and stripped: case and outer spaces do not count. */
  lineup_session_filter_set_query (filter, "  TeTra ");
  g_assert_cmpstr (lineup_session_filter_get_query (filter), ==, "tetra");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_true (lineup_session_filter_is_narrowed (filter));
  tetra = count_kept (filter);
  g_assert_cmpuint (tetra, >, 0);

  /* The same query again changes nothing. */
  last = -1;
  lineup_session_filter_set_query (filter, "tetra");
  g_assert_cmpint (last, ==, -1);

  lineup_session_filter_set_query (filter, "tetragon");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (count_kept (filter), <=, tetra);

  lineup_session_filter_set_query (filter, "tetr");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (count_kept (filter), >=, tetra);

  lineup_session_filter_set_query (filter, "argo");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (count_kept (filter), >, 0);

  /* Every word must appear. */
  lineup_session_filter_set_query (filter, "argo zzzzqx");
  g_assert_cmpuint (count_kept (filter), ==, 0);

  lineup_session_filter_set_query (filter, NULL);
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_false (lineup_session_filter_is_narrowed (filter));
  g_assert_cmpuint (count_kept (filter), ==, 25);
}

static void
test_filter_track_day_agenda (void)
{
  g_autoptr(LineupSchedule) schedule = read_post ();
  g_autoptr(LineupSessionFilter) filter = lineup_session_filter_new ();
  LineupSession *tutorial = lineup_schedule_find (schedule, TUTORIAL);
  guint day = lineup_session_get_day_key (tutorial);
  gint last = -1;
  guint argocon;

  lineup_session_filter_set_schedule (filter, schedule);
  g_signal_connect (filter, "changed", G_CALLBACK (on_changed_cb), &last);

  lineup_session_filter_set_track (filter, "ArgoCon");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_true (lineup_session_filter_is_narrowed (filter));
  argocon = count_kept (filter);
  g_assert_cmpuint (argocon, >, 0);
  g_assert_cmpuint (argocon, <, 25);
  lineup_session_filter_set_track (filter, NULL);
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (count_kept (filter), ==, 25);

  lineup_session_filter_set_day_key (filter, day);
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_true (gtk_filter_match (GTK_FILTER (filter), tutorial));
  g_assert_cmpuint (count_kept (filter), <, 25);
  lineup_session_filter_set_day_key (filter, day + 1000);
  g_assert_cmpuint (count_kept (filter), ==, 0);
  lineup_session_filter_set_day_key (filter, LINEUP_SESSION_FILTER_ANY_DAY);
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_false (lineup_session_filter_is_narrowed (filter));

  /* My Agenda: the starred talks only; it does not narrow the search. */
  lineup_session_set_starred (tutorial, TRUE);
  lineup_session_set_starred (lineup_schedule_find (schedule, BATTLE_SCARS), TRUE);
  lineup_session_filter_set_agenda_mode (filter, TRUE);
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_false (lineup_session_filter_is_narrowed (filter));
  g_assert_cmpuint (count_kept (filter), ==, 2);
  lineup_session_filter_set_day_key (filter, day);
  g_assert_cmpuint (count_kept (filter), ==, 2);
  lineup_session_filter_set_query (filter, lineup_session_get_title (tutorial));
  g_assert_cmpuint (count_kept (filter), ==, 1);
  lineup_session_filter_set_agenda_mode (filter, FALSE);
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (count_kept (filter), >=, 1);
}

/* Rooms given in code (a post has none): three rooms in turn, every fourth
 * talk in none. */
static const gchar *
room_of (guint i)
{
  static const gchar * const rooms[] = { "K.1.105 (La Fontaine)", "UB5.230", "Janson" };

  return i % 4 == 3 ? NULL : rooms[i % 3];
}

static void
test_filter_room (void)
{
  g_autoptr(LineupSchedule) schedule = read_post ();
  g_autoptr(LineupSessionFilter) filter = lineup_session_filter_new ();
  guint n_janson = 0;
  guint n_argocon_janson = 0;
  gint last = -1;

  for (guint i = 0; i < 25; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      lineup_session_set_room (session, room_of (i));
      n_janson += g_strcmp0 (room_of (i), "Janson") == 0;
      n_argocon_janson += g_strcmp0 (room_of (i), "Janson") == 0 &&
                          g_strcmp0 (lineup_session_get_track (session), "ArgoCon") == 0;
    }
  g_assert_cmpuint (n_janson, >, 0);

  lineup_session_filter_set_schedule (filter, schedule);
  g_signal_connect (filter, "changed", G_CALLBACK (on_changed_cb), &last);

  lineup_session_filter_set_room (filter, "Janson");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpstr (lineup_session_filter_get_room (filter), ==, "Janson");
  g_assert_true (lineup_session_filter_is_narrowed (filter));
  g_assert_cmpuint (count_kept (filter), ==, n_janson);

  /* With the track: both must hold. */
  lineup_session_filter_set_track (filter, "ArgoCon");
  g_assert_cmpuint (count_kept (filter), ==, n_argocon_janson);
  lineup_session_filter_set_track (filter, NULL);

  /* Talks whose room is unknown are not in any room. */
  lineup_session_filter_set_room (filter, "Nowhere");
  g_assert_cmpuint (count_kept (filter), ==, 0);

  /* "" is no room filter, as NULL. */
  lineup_session_filter_set_room (filter, "");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_null (lineup_session_filter_get_room (filter));
  g_assert_false (lineup_session_filter_is_narrowed (filter));
  g_assert_cmpuint (count_kept (filter), ==, 25);

  /* The property is the same. */
  last = -1;
  g_object_set (filter, "room", "UB5.230", NULL);
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (count_kept (filter), >, 0);
  g_assert_cmpuint (count_kept (filter), <, 25);
  last = -1;
  lineup_session_filter_set_room (filter, "UB5.230");
  g_assert_cmpint (last, ==, -1);
}

/* Another schedule: the track, the room and the day were about the one
 * before. */
static void
test_filter_new_schedule (void)
{
  g_autoptr(LineupSchedule) schedule = read_post ();
  g_autoptr(LineupSchedule) again = read_post ();
  g_autoptr(LineupSessionFilter) filter = lineup_session_filter_new ();

  lineup_session_filter_set_schedule (filter, schedule);
  lineup_session_filter_set_query (filter, "cilium");
  lineup_session_filter_set_track (filter, "ArgoCon");
  lineup_session_filter_set_room (filter, "Janson");
  lineup_session_filter_set_day_key (filter, 20231106);
  lineup_session_filter_set_agenda_mode (filter, TRUE);

  lineup_session_filter_set_schedule (filter, again);
  g_assert_true (lineup_session_filter_get_schedule (filter) == again);
  g_assert_null (lineup_session_filter_get_track (filter));
  g_assert_null (lineup_session_filter_get_room (filter));
  g_assert_cmpuint (lineup_session_filter_get_day_key (filter), ==,
                    LINEUP_SESSION_FILTER_ANY_DAY);
  g_assert_cmpstr (lineup_session_filter_get_query (filter), ==, "cilium");
  g_assert_true (lineup_session_filter_get_agenda_mode (filter));
  g_assert_false (lineup_session_filter_get_search_indexed (filter));
}

static gboolean
indexed (LineupSessionFilter *filter)
{
  return lineup_session_filter_get_search_indexed (filter);
}

static void
on_indexed_cb (gboolean *notified)
{
  *notified = TRUE;
}

/* The search index is built while the main loop is idle; the talks a query
 * keeps are the same before and after. */
static void
test_filter_search_index (void)
{
  static const gchar *queries[] = { "cilium", "ebpf", "argo", "service mesh", "tetragon",
                                    "kubecon cilium", "zzzzqx", "a" };
  g_autoptr(LineupSchedule) schedule = read_post ();
  g_autoptr(LineupSessionFilter) filter = lineup_session_filter_new ();
  guint before[G_N_ELEMENTS (queries)];
  gboolean notified = FALSE;

  lineup_session_filter_set_schedule (filter, schedule);
  g_assert_false (lineup_session_filter_get_search_indexed (filter));
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      lineup_session_filter_set_query (filter, queries[i]);
      before[i] = count_kept (filter);
    }

  g_signal_connect_swapped (filter, "notify::search-indexed", G_CALLBACK (on_indexed_cb),
                            &notified);
  /* Each iteration runs one idle slice; the index is finite. */
  while (!indexed (filter))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (notified);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      lineup_session_filter_set_query (filter, queries[i]);
      g_assert_cmpuint (count_kept (filter), ==, before[i]);
    }

  /* A talk the index does not hold is searched on its own. */
  {
    g_autoptr(LineupSession) other = lineup_session_new ("other", "Tetragon in the wild");

    lineup_session_filter_set_query (filter, "tetragon wild");
    g_assert_true (gtk_filter_match (GTK_FILTER (filter), other));
    lineup_session_filter_set_query (filter, "argo");
    g_assert_false (gtk_filter_match (GTK_FILTER (filter), other));
  }
}

/* Stars whose talks are no longer listed: shown in My Agenda only, never
 * under a track filter, by day and title. */
static void
test_filter_unlisted (void)
{
  g_autoptr(LineupSessionFilter) filter = lineup_session_filter_new ();

  g_assert_false (lineup_session_filter_keeps_unlisted (filter, "old talk", 20231106));
  lineup_session_filter_set_agenda_mode (filter, TRUE);
  g_assert_true (lineup_session_filter_keeps_unlisted (filter, "old talk", 20231106));
  g_assert_true (lineup_session_filter_keeps_unlisted (filter, "old talk", 0));

  lineup_session_filter_set_day_key (filter, 20231106);
  g_assert_true (lineup_session_filter_keeps_unlisted (filter, "old talk", 20231106));
  g_assert_false (lineup_session_filter_keeps_unlisted (filter, "old talk", 20231107));
  lineup_session_filter_set_day_key (filter, LINEUP_SESSION_FILTER_ANY_DAY);

  lineup_session_filter_set_query (filter, "Old");
  g_assert_true (lineup_session_filter_keeps_unlisted (filter, "old talk", 0));
  lineup_session_filter_set_query (filter, "new");
  g_assert_false (lineup_session_filter_keeps_unlisted (filter, "old talk", 0));
  lineup_session_filter_set_query (filter, NULL);

  lineup_session_filter_set_track (filter, "ArgoCon");
  g_assert_false (lineup_session_filter_keeps_unlisted (filter, "old talk", 0));
  lineup_session_filter_set_track (filter, NULL);

  lineup_session_filter_set_room (filter, "Janson");
  g_assert_false (lineup_session_filter_keeps_unlisted (filter, "old talk", 0));
  lineup_session_filter_set_room (filter, NULL);
  g_assert_true (lineup_session_filter_keeps_unlisted (filter, "old talk", 0));
}

int
main (int   argc,
      char *argv[])
{
  /* No display, and no GTK initialised: the filter is plain GObject. */
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session-filter/keeps-all", test_filter_keeps_all);
  g_test_add_func ("/session-filter/query-strictness", test_filter_query_strictness);
  g_test_add_func ("/session-filter/track-day-agenda", test_filter_track_day_agenda);
  g_test_add_func ("/session-filter/room", test_filter_room);
  g_test_add_func ("/session-filter/new-schedule", test_filter_new_schedule);
  g_test_add_func ("/session-filter/search-index", test_filter_search_index);
  g_test_add_func ("/session-filter/unlisted", test_filter_unlisted);

  return g_test_run ();
}
