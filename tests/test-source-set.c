/* test-source-set.c — several sources shown as one: the same talk once,
 * stars per source, conflicts across sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lineup-core.h"
#include "lineup-test-run.h"

static LineupSchedule *
read_official (void)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", "sources",
                                                  "colocated-official.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = lineup_source_read_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return schedule;
}

static LineupSchedule *
read_builtin (void)
{
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = lineup_builtin_post_read (NULL, &error);

  g_assert_no_error (error);
  return schedule;
}

static GPtrArray *
both_sources (void)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (sources, read_builtin ());
  g_ptr_array_add (sources, read_official ());
  return sources;
}

static guint
count_titled (LineupSchedule *schedule,
              const gchar    *title)
{
  guint n = 0;

  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    n += g_strcmp0 (lineup_session_get_title (lineup_schedule_get_session (schedule, i)),
                    title) == 0;
  return n;
}

/* The built-in post (25 talks) and the official calendar (5 entries): the
 * Tetragon talk (same Sched code) and "Come BGP with Me" (same title and
 * start, the post names no room) are shown once; the two badge desks at
 * the same time, both of the calendar, stay two. */
static void
test_merge_same_talk_once (void)
{
  g_autoptr(GPtrArray) sources = both_sources ();
  g_autoptr(LineupSchedule) merged = lineup_source_set_merge (sources);
  LineupSession *tetragon = lineup_schedule_find (merged, "1Rj3S");
  LineupSession *bgp = lineup_schedule_find (merged, "1Rj5D");
  GPtrArray *twins;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (merged), ==, 25 + 5 - 2);
  g_assert_null (lineup_schedule_find (merged, "official-tetragon"));
  g_assert_null (lineup_schedule_find (merged, "official-bgp"));
  g_assert_nonnull (lineup_schedule_find (merged, "official-badge-a"));
  g_assert_nonnull (lineup_schedule_find (merged, "official-badge-b"));
  g_assert_cmpuint (count_titled (merged, "Badge Pick-Up"), ==, 2);

  g_assert_nonnull (tetragon);
  g_assert_cmpstr (lineup_session_get_source_key (tetragon), ==,
                   lineup_schedule_get_key (g_ptr_array_index (sources, 0)));
  twins = lineup_session_get_twins (tetragon);
  g_assert_nonnull (twins);
  g_assert_cmpuint (twins->len, ==, 1);
  g_assert_cmpstr (lineup_session_get_id (g_ptr_array_index (twins, 0)), ==, "official-tetragon");
  g_assert_cmpstr (lineup_session_get_source_title (g_ptr_array_index (twins, 0)), ==,
                   "Co-located Events NA 2023 (official)");
  g_assert_nonnull (bgp);
  g_assert_cmpuint (lineup_session_get_twins (bgp)->len, ==, 1);
  /* A talk only one source lists has no twin. */
  g_assert_null (lineup_session_get_twins (lineup_schedule_find (merged, "official-bof")));

  g_assert_cmpstr (lineup_schedule_get_title (merged), ==,
                   "Cilium Talks at KubeCon NA 2023 + Co-located Events NA 2023 (official)");
  g_assert_cmpstr (lineup_schedule_get_zone_id (merged), ==, "America/Chicago");
}

/* One source: the schedule itself, its talks labelled. */
static void
test_merge_one (void)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LineupSchedule) merged = NULL;
  LineupSchedule *official;

  official = read_official ();
  g_ptr_array_add (sources, official);
  merged = lineup_source_set_merge (sources);
  g_assert_true (merged == official);
  g_assert_cmpstr (lineup_session_get_source_key (lineup_schedule_get_session (merged, 0)), ==,
                   lineup_schedule_get_key (official));
}

static void
test_same_talk_rules (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Brussels");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2024, 2, 3, 10, 30, 0);
  g_autoptr(GDateTime) later = g_date_time_new (tz, 2024, 2, 3, 11, 0, 0);
  g_autoptr(LineupSession) a = lineup_session_new ("a", "Welcome to FOSDEM");
  g_autoptr(LineupSession) b = lineup_session_new ("b", "welcome to  FOSDEM");
  g_autoptr(LineupSession) c = lineup_session_new ("c", "Welcome to FOSDEM");
  g_autoptr(LineupSession) d = lineup_session_new ("d", "Another talk");
  g_autoptr(LineupSession) e = lineup_session_new ("e", "Another talk, other title");

  lineup_session_set_times (a, start, NULL);
  lineup_session_set_times (b, start, NULL);
  lineup_session_set_times (c, later, NULL);
  g_assert_false (lineup_source_set_same_talk (a, c));          /* another start */
  lineup_session_set_room (a, "Janson");
  lineup_session_set_room (b, "K.1.105");
  g_assert_false (lineup_source_set_same_talk (a, b));          /* another room */
  lineup_session_set_room (b, "janson");
  /* Folded title (case; the reader collapses spaces), same room. */
  lineup_session_set_title (b, "welcome to fosdem");
  g_assert_true (lineup_source_set_same_talk (a, b));
  lineup_session_set_room (b, NULL);
  g_assert_true (lineup_source_set_same_talk (a, b));           /* one names no room */
  /* Talks without a time are never the same by title. */
  g_assert_false (lineup_source_set_same_talk (d, d == e ? d : e));
  /* The same Sched event code, whatever the title. */
  lineup_session_set_url (d, "https://kccncna2023.sched.com/event/1R2tD/another-talk");
  lineup_session_set_url (e, "https://sched.co/1R2tD");
  g_assert_true (lineup_source_set_same_talk (d, e));
  lineup_session_set_url (e, "https://sched.co/1R2tE");
  g_assert_false (lineup_source_set_same_talk (d, e));
}

static gchar *
make_data_dir (void)
{
  g_autoptr(GError) error = NULL;
  gchar *dir = g_dir_make_tmp ("lineup-source-set-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_data_dir (const gchar *dir)
{
  g_autofree gchar *agenda = g_build_filename (dir, "agenda.yaml", NULL);
  g_autofree gchar *lock = g_build_filename (dir, "agenda.yaml.lock", NULL);

  g_unlink (agenda);
  g_unlink (lock);
  g_rmdir (dir);
}

/* A post talk and a calendar talk at the same time conflict; starring a
 * talk both list stars it in both; removing a source keeps its stars in
 * the agenda, and they come back with it. */
static void
test_stars_across_sources (void)
{
  g_autofree gchar *dir = make_data_dir ();
  g_autofree gchar *path = g_build_filename (dir, "agenda.yaml", NULL);
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (path);
  g_autoptr(GPtrArray) sources = both_sources ();
  g_autoptr(LineupSchedule) merged = lineup_source_set_merge (sources);
  g_autoptr(LineupSchedule) official_only = NULL;
  g_autoptr(GPtrArray) alone = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  LineupSchedule *post = g_ptr_array_index (sources, 0);
  LineupSchedule *official = g_ptr_array_index (sources, 1);
  LineupSession *tetragon, *bof;
  const gchar * const *conflicts;

  lineup_agenda_set_autosave_delay (agenda, 0);
  g_assert_true (lineup_agenda_load (agenda, &error));
  lineup_source_set_apply_agenda (agenda, sources, merged);
  tetragon = lineup_schedule_find (merged, "1Rj3S");
  bof = lineup_schedule_find (merged, "official-bof");
  lineup_source_set_star (agenda, tetragon, TRUE);
  lineup_source_set_star (agenda, bof, TRUE);
  lineup_source_set_apply_agenda (agenda, sources, merged);

  conflicts = lineup_session_get_conflicts (tetragon);
  g_assert_nonnull (conflicts);
  g_assert_cmpstr (conflicts[0], ==, "official-bof");
  g_assert_null (conflicts[1]);
  g_assert_cmpstr (lineup_session_get_conflicts (bof)[0], ==, "1Rj3S");

  /* Each source keeps the pick under its own key. */
  g_assert_true (lineup_agenda_is_starred (agenda, lineup_schedule_get_key (post), "1Rj3S"));
  g_assert_true (lineup_agenda_is_starred (agenda, lineup_schedule_get_key (official),
                                           "official-tetragon"));

  /* The post removed: the calendar alone still has both picks. */
  g_ptr_array_add (alone, read_official ());
  {
    g_autoptr(LineupAgenda) reloaded = lineup_agenda_new (path);

    g_assert_true (lineup_agenda_load (reloaded, &error));
    official_only = lineup_source_set_merge (alone);
    lineup_agenda_apply (reloaded, official_only);
    g_assert_true (lineup_session_get_starred (lineup_schedule_find (official_only,
                                                                     "official-tetragon")));
    g_assert_true (lineup_session_get_starred (lineup_schedule_find (official_only,
                                                                     "official-bof")));
    /* The post's pick stays in the file for when it comes back. */
    g_assert_true (lineup_agenda_is_starred (reloaded, lineup_schedule_get_key (post), "1Rj3S"));
  }

  /* Unstarring the talk both list unstars it in both. */
  lineup_source_set_star (agenda, tetragon, FALSE);
  g_assert_false (lineup_agenda_is_starred (agenda, lineup_schedule_get_key (post), "1Rj3S"));
  g_assert_false (lineup_agenda_is_starred (agenda, lineup_schedule_get_key (official),
                                            "official-tetragon"));
  g_clear_object (&agenda);
  remove_data_dir (dir);
}

static const gchar *
member_string (JsonNode    *line,
               const gchar *name)
{
  JsonObject *object = json_node_get_object (line);

  return json_object_has_member (object, name) ? json_object_get_string_member (object, name)
                                               : NULL;
}

static JsonNode *
line_with_id (GPtrArray   *lines,
              const gchar *id)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (member_string (g_ptr_array_index (lines, i), "id"), id) == 0)
      return g_ptr_array_index (lines, i);
  g_assert_not_reached ();
  return NULL;
}

/* `lineup --list POST CALENDAR` as a user types it: one list, the same talk
 * once with the other source named; stars and a conflict across the two;
 * without the calendar, its picks stay for when it comes back. */
static void
test_command_line (void)
{
  g_auto(LineupTestRun) run = { 0 };
  g_autofree gchar *post = g_test_build_filename (G_TEST_DIST, "..", "data", "posts",
                                                  "cilium-kubecon-na-2023.md", NULL);
  g_autofree gchar *official = g_test_build_filename (G_TEST_DIST, "data", "sources",
                                                      "colocated-official.ics", NULL);
  g_autoptr(GPtrArray) lines = NULL;
  JsonNode *tetragon, *bof;
  JsonArray *also;

  lineup_test_run_init (&run);
  lineup_test_run_lineup (&run, "--list", "--json", post, official, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 28);
  tetragon = line_with_id (lines, "1Rj3S");
  g_assert_cmpstr (member_string (tetragon, "source"), ==, "/blog/2023/10/30/cilium-kubecon-na-talks");
  also = json_object_get_array_member (json_node_get_object (tetragon), "also_in");
  g_assert_cmpuint (json_array_get_length (also), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (also, 0), ==,
                   "Co-located Events NA 2023 (official)");
  bof = line_with_id (lines, "official-bof");
  g_assert_cmpstr (member_string (bof, "source"), ==, "Co-located Events NA 2023 (official)");
  g_assert_cmpstr (member_string (bof, "room"), ==, "Room W196");
  g_clear_pointer (&lines, g_ptr_array_unref);

  lineup_test_run_lineup (&run, "--star=1Rj3S", "--star=official-bof", post, official, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lineup_test_run_lineup (&run, "--agenda", "--json", post, official, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 2);
  {
    JsonArray *conflicts = json_object_get_array_member (
      json_node_get_object (line_with_id (lines, "1Rj3S")), "conflicts");

    g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (conflicts, 0), ==, "official-bof");
  }
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* The export keeps each talk's own source in its UID: the same UID as
   * when its source is exported alone (a re-import makes no duplicate). */
  {
    g_autofree gchar *both = g_build_filename (run.home, "both.ics", NULL);
    g_autofree gchar *alone = g_build_filename (run.home, "alone.ics", NULL);
    g_autofree gchar *export_both = g_strconcat ("--export=", both, NULL);
    g_autofree gchar *export_alone = g_strconcat ("--export=", alone, NULL);
    g_autofree gchar *text = NULL;

    lineup_test_run_lineup (&run, export_both, post, official, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (both, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "UID:1Rj3S@lineup.cilium-kubecon-na-talks\r\n"));
    g_assert_nonnull (strstr (text, "UID:official-bof@lineup.co-located-events-na-2023-official\r\n"));
    g_clear_pointer (&text, g_free);
    lineup_test_run_lineup (&run, export_alone, post, NULL);
    g_assert_true (g_file_get_contents (alone, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "UID:1Rj3S@lineup.cilium-kubecon-na-talks\r\n"));
    g_unlink (both);
    g_unlink (alone);
  }

  /* The calendar alone keeps both picks (the Tetragon talk under its own id). */
  lineup_test_run_lineup (&run, "--agenda", "--json", official, NULL);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 2);
  line_with_id (lines, "official-tetragon");
  line_with_id (lines, "official-bof");
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* A source that cannot be read: exit 1, named. */
  lineup_test_run_lineup (&run, "--list", post, "missing.ics", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "missing.ics"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-set/merge/same-talk-once", test_merge_same_talk_once);
  g_test_add_func ("/source-set/merge/one", test_merge_one);
  g_test_add_func ("/source-set/same-talk-rules", test_same_talk_rules);
  g_test_add_func ("/source-set/stars-across-sources", test_stars_across_sources);
  g_test_add_func ("/source-set/command-line", test_command_line);

  return g_test_run ();
}
