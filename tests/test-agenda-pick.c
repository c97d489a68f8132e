/* test-agenda-pick.c — two kinds of pick in the agenda: going (the star)
 * and maybe (a backup)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-agenda-pick"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "lineup-agenda-private.h"   /* LineupAgendaEntry.maybe as read */
#include "lineup-core.h"
#include "lineup-test-files.h"

#define POST "cilium-kubecon-na-2023.md"

/* A temporary folder, and agenda.yaml in it (not written yet). */
typedef LineupTestAgendaDir Fixture;

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  /* Nothing left but the agenda and its lock. */
  lineup_test_agenda_dir_assert_tidy (fx);
  lineup_test_agenda_dir_clear (fx);
}

/* A talk on 2023-11-06 (Chicago) from h:m for @len minutes. */
static LineupSession *
make_session (const gchar *id,
              const gchar *title,
              gint         h,
              gint         m,
              gint         len)
{
  LineupSession *session = lineup_session_new (id, title);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Chicago");
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2023, 11, 6, h, m, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, len);

  lineup_session_set_times (session, start, end);
  return session;
}

/* x 10:00–10:30, y 10:15–10:45 (overlaps x), z 11:00–11:30. */
static LineupSchedule *
make_schedule (void)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  GPtrArray *sessions = g_ptr_array_new ();

  g_ptr_array_add (sessions, make_session ("x", "X", 10, 0, 30));
  g_ptr_array_add (sessions, make_session ("y", "Y", 10, 15, 30));
  g_ptr_array_add (sessions, make_session ("z", "Z", 11, 0, 30));
  lineup_schedule_take_sessions (schedule, sessions);
  lineup_schedule_set_key (schedule, POST);
  return schedule;
}

/* The session: its two flags, never both, and the kinds as text. */
static void
test_session_flags (void)
{
  g_autoptr(LineupSession) session = lineup_session_new ("a", "A");
  LineupPick pick;

  g_assert_cmpint (lineup_session_get_pick (session), ==, LINEUP_PICK_NONE);
  lineup_session_set_maybe (session, TRUE);
  g_assert_cmpint (lineup_session_get_pick (session), ==, LINEUP_PICK_MAYBE);
  g_assert_false (lineup_session_get_starred (session));
  lineup_session_set_starred (session, TRUE);
  g_assert_cmpint (lineup_session_get_pick (session), ==, LINEUP_PICK_GOING);
  g_assert_false (lineup_session_get_maybe (session));
  lineup_session_set_pick (session, LINEUP_PICK_MAYBE);
  g_assert_false (lineup_session_get_starred (session));
  g_assert_true (lineup_session_get_maybe (session));
  lineup_session_set_pick (session, LINEUP_PICK_NONE);
  g_assert_false (lineup_session_get_starred (session));
  g_assert_false (lineup_session_get_maybe (session));

  g_assert_cmpint (lineup_pick_next (LINEUP_PICK_NONE), ==, LINEUP_PICK_GOING);
  g_assert_cmpint (lineup_pick_next (LINEUP_PICK_GOING), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_pick_next (LINEUP_PICK_MAYBE), ==, LINEUP_PICK_NONE);
  for (LineupPick p = LINEUP_PICK_NONE; p <= LINEUP_PICK_MAYBE; p++)
    {
      g_assert_true (lineup_pick_from_string (lineup_pick_to_string (p), &pick));
      g_assert_cmpint (pick, ==, p);
    }
  g_assert_false (lineup_pick_from_string ("yes", &pick));
  g_assert_false (lineup_pick_from_string (NULL, &pick));
}

/* "pick: maybe" is written for a maybe pick and nothing for a going one;
 * both read back as they were. */
static void
test_round_trip (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(LineupSchedule) schedule = make_schedule ();
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) again = lineup_agenda_new (fx->path);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gchar *text = NULL;

  g_assert_true (lineup_agenda_load (agenda, &error));
  lineup_agenda_set_autosave_delay (agenda, 0);
  lineup_agenda_set_pick (agenda, POST, lineup_schedule_find (schedule, "x"), LINEUP_PICK_GOING);
  lineup_agenda_set_pick (agenda, POST, lineup_schedule_find (schedule, "y"), LINEUP_PICK_MAYBE);
  g_assert_true (lineup_session_get_maybe (lineup_schedule_find (schedule, "y")));
  g_assert_false (lineup_agenda_has_pending (agenda));

  text = lineup_test_read_text (fx->path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "- id: 'y'\n"));
  g_assert_nonnull (strstr (text, "    pick: maybe\n"));
  /* Only y's entry has it. */
  g_assert_null (strstr (strstr (text, "pick: maybe") + 1, "pick:"));
  g_assert_true (strstr (text, "- id: 'y'") < strstr (text, "pick: maybe"));

  g_assert_true (lineup_agenda_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lineup_agenda_get_pick (again, POST, "x"), ==, LINEUP_PICK_GOING);
  g_assert_cmpint (lineup_agenda_get_pick (again, POST, "y"), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (again, POST, "z"), ==, LINEUP_PICK_NONE);
  g_assert_true (lineup_agenda_is_starred (again, POST, "y"));
  entries = lineup_agenda_dup_entries (again, POST);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_false (((LineupAgendaEntry *) entries->pdata[0])->maybe);
  g_assert_true (((LineupAgendaEntry *) entries->pdata[1])->maybe);

  /* Back to going: the key goes. */
  lineup_agenda_set_pick (agenda, POST, lineup_schedule_find (schedule, "y"), LINEUP_PICK_GOING);
  g_clear_pointer (&text, g_free);
  text = lineup_test_read_text (fx->path);
  g_assert_null (strstr (text, "pick:"));
  /* set_starred (FALSE) removes a maybe pick too. */
  lineup_agenda_set_pick (agenda, POST, lineup_schedule_find (schedule, "z"), LINEUP_PICK_MAYBE);
  lineup_agenda_set_starred (agenda, POST, lineup_schedule_find (schedule, "z"), FALSE);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "z"), ==, LINEUP_PICK_NONE);
  g_assert_false (lineup_session_get_maybe (lineup_schedule_find (schedule, "z")));
}

/* A file written before picks had kinds: every entry is going.  An unknown
 * kind a later version may write is going too, as an older reader takes it. */
static void
test_old_file_is_going (Fixture       *fx,
                        gconstpointer  data)
{
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;

  lineup_test_write_text (fx->path,
                          "version: 1\nposts:\n  " POST ":\n"
                          "  - id: x\n    title: \"X\"\n    start: 2023-11-06T10:00:00-06:00\n"
                          "  - id: y\n    title: \"Y\"\n    pick: someday\n"
                          "  - id: z\n    title: \"Z\"\n    pick: maybe\n", -1);
  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "x"), ==, LINEUP_PICK_GOING);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "y"), ==, LINEUP_PICK_GOING);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "z"), ==, LINEUP_PICK_MAYBE);
}

/* Two processes (two objects): a maybe set in one and a star in the other
 * both survive, and so does a change of kind against a star elsewhere. */
static void
test_two_processes (Fixture       *fx,
                    gconstpointer  data)
{
  g_autoptr(LineupSchedule) sa = make_schedule ();
  g_autoptr(LineupSchedule) sb = make_schedule ();
  g_autoptr(LineupAgenda) a = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) b = lineup_agenda_new (fx->path);
  g_autoptr(LineupAgenda) reader = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;

  g_assert_true (lineup_agenda_load (a, &error));
  g_assert_true (lineup_agenda_load (b, &error));
  g_assert_no_error (error);

  lineup_agenda_set_pick (a, POST, lineup_schedule_find (sa, "y"), LINEUP_PICK_MAYBE);
  lineup_agenda_set_pick (b, POST, lineup_schedule_find (sb, "x"), LINEUP_PICK_GOING);
  g_assert_true (lineup_agenda_save (a, &error));
  g_assert_true (lineup_agenda_save (b, &error));
  g_assert_no_error (error);

  g_assert_true (lineup_agenda_load_read_only (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lineup_agenda_get_pick (reader, POST, "x"), ==, LINEUP_PICK_GOING);
  g_assert_cmpint (lineup_agenda_get_pick (reader, POST, "y"), ==, LINEUP_PICK_MAYBE);
  /* b learnt of a's maybe while saving. */
  g_assert_cmpint (lineup_agenda_get_pick (b, POST, "y"), ==, LINEUP_PICK_MAYBE);

  /* a makes x (b's star) a maybe; b stars z meanwhile. */
  g_assert_true (lineup_agenda_save (a, &error));
  lineup_agenda_set_pick (a, POST, lineup_schedule_find (sa, "x"), LINEUP_PICK_MAYBE);
  lineup_agenda_set_pick (b, POST, lineup_schedule_find (sb, "z"), LINEUP_PICK_GOING);
  g_assert_true (lineup_agenda_save (b, &error));
  g_assert_true (lineup_agenda_save (a, &error));
  g_assert_no_error (error);
  g_assert_true (lineup_agenda_load_read_only (reader, &error));
  g_assert_cmpint (lineup_agenda_get_pick (reader, POST, "x"), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (reader, POST, "y"), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (reader, POST, "z"), ==, LINEUP_PICK_GOING);
}

/* apply sets both flags; conflicts are among going talks only. */
static void
test_apply_and_conflicts (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(LineupSchedule) schedule = make_schedule ();
  g_autoptr(LineupSchedule) fresh = make_schedule ();
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;
  LineupSession *x, *y;

  lineup_test_write_text (fx->path,
                          "version: 1\nposts:\n  " POST ":\n"
                          "  - id: x\n    title: \"X\"\n"
                          "  - id: y\n    title: \"Y\"\n", -1);
  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);
  lineup_agenda_apply (agenda, schedule);
  x = lineup_schedule_find (schedule, "x");
  y = lineup_schedule_find (schedule, "y");
  g_assert_cmpuint (lineup_session_get_n_conflicts (x), ==, 1);
  g_assert_cmpuint (lineup_session_get_n_conflicts (y), ==, 1);

  lineup_agenda_set_pick (agenda, POST, y, LINEUP_PICK_MAYBE);
  lineup_agenda_apply (agenda, schedule);
  g_assert_true (lineup_session_get_starred (x));
  g_assert_false (lineup_session_get_maybe (x));
  g_assert_false (lineup_session_get_starred (y));
  g_assert_true (lineup_session_get_maybe (y));
  g_assert_cmpuint (lineup_session_get_n_conflicts (x), ==, 0);
  g_assert_cmpuint (lineup_session_get_n_conflicts (y), ==, 0);

  /* Another schedule of the same post gets the same flags. */
  lineup_agenda_apply (agenda, fresh);
  g_assert_cmpint (lineup_session_get_pick (lineup_schedule_find (fresh, "x")), ==,
                   LINEUP_PICK_GOING);
  g_assert_cmpint (lineup_session_get_pick (lineup_schedule_find (fresh, "y")), ==,
                   LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_session_get_pick (lineup_schedule_find (fresh, "z")), ==,
                   LINEUP_PICK_NONE);
  /* Both kinds are picks for the agenda. */
  g_assert_true (lineup_agenda_is_starred (agenda, POST, "x"));
  g_assert_true (lineup_agenda_is_starred (agenda, POST, "y"));
  lineup_agenda_flush (agenda, &error);
  g_assert_no_error (error);
}

/* A maybe pick whose talk moved is reported like a star, follows its talk
 * to a new id as a maybe, and keeps its kind when acknowledged. */
static void
test_changes_keep_kind (Fixture       *fx,
                        gconstpointer  data)
{
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gchar *text = NULL;
  LineupPickChange *change;

  /* y was at 10:15 under the id "old-y"; it is now "y", at 10:20. */
  lineup_test_write_text (fx->path,
                          "version: 1\nposts:\n  " POST ":\n"
                          "  - id: old-y\n    title: \"Y\"\n    start: 2023-11-06T10:15:00-06:00\n"
                          "    end: 2023-11-06T10:45:00-06:00\n    pick: maybe\n", -1);
  g_ptr_array_add (sessions, make_session ("x", "X", 10, 0, 30));
  g_ptr_array_add (sessions, make_session ("y", "Y", 10, 20, 30));
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  lineup_schedule_set_key (schedule, POST);

  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);
  lineup_agenda_apply (agenda, schedule);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "y"), ==, LINEUP_PICK_MAYBE);
  g_assert_true (lineup_session_get_maybe (lineup_schedule_find (schedule, "y")));

  changes = lineup_agenda_dup_changes (agenda, schedule, schedule);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->id, ==, "y");
  g_assert_true (change->flags & LINEUP_PICK_MOVED);

  lineup_agenda_acknowledge (agenda, change);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "y"), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "old-y"), ==, LINEUP_PICK_NONE);
  g_assert_true (lineup_agenda_flush (agenda, &error));
  g_assert_no_error (error);
  text = lineup_test_read_text (fx->path);
  g_assert_nonnull (strstr (text, "- id: 'y'\n"));
  g_assert_nonnull (strstr (text, "start: 2023-11-06T10:20:00-06:00"));
  g_assert_nonnull (strstr (text, "pick: maybe"));
  g_assert_null (strstr (text, "old-y"));
}

/* Twins across sources: setting a pick sets it in each; going in one
 * source wins over maybe in another. */
static void
test_source_set (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(LineupSchedule) one = make_schedule ();
  g_autoptr(LineupSchedule) two = make_schedule ();
  g_autoptr(LineupSchedule) merged = NULL;
  g_autoptr(LineupAgenda) agenda = lineup_agenda_new (fx->path);
  g_autoptr(GPtrArray) schedules = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  LineupSession *x;

  lineup_schedule_set_key (two, "other.md");
  g_ptr_array_add (schedules, one);
  g_ptr_array_add (schedules, two);
  for (guint i = 0; i < schedules->len; i++)
    {
      LineupSchedule *schedule = g_ptr_array_index (schedules, i);

      for (guint j = 0; j < lineup_schedule_get_n_sessions (schedule); j++)
        lineup_session_set_source (lineup_schedule_get_session (schedule, j),
                                   lineup_schedule_get_key (schedule), "Source");
    }
  merged = lineup_source_set_merge (schedules);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (merged), ==, 3);
  x = lineup_schedule_find (merged, "x");
  g_assert_nonnull (lineup_session_get_twins (x));

  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);
  lineup_source_set_pick (agenda, x, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, POST, "x"), ==, LINEUP_PICK_MAYBE);
  g_assert_cmpint (lineup_agenda_get_pick (agenda, "other.md", "x"), ==, LINEUP_PICK_MAYBE);
  lineup_source_set_apply_agenda (agenda, schedules, merged);
  g_assert_cmpint (lineup_session_get_pick (x), ==, LINEUP_PICK_MAYBE);

  /* Going under the other source only: going wins. */
  lineup_agenda_set_pick (agenda, "other.md",
                          g_ptr_array_index (lineup_session_get_twins (x), 0),
                          LINEUP_PICK_GOING);
  lineup_source_set_apply_agenda (agenda, schedules, merged);
  g_assert_cmpint (lineup_session_get_pick (x), ==, LINEUP_PICK_GOING);
  lineup_agenda_flush (agenda, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda-pick/session-flags", test_session_flags);
#define ADD(path, func) \
  g_test_add ("/agenda-pick/" path, Fixture, NULL, lineup_test_agenda_dir_set_up, func, \
              fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("old-file-is-going", test_old_file_is_going);
  ADD ("two-processes", test_two_processes);
  ADD ("apply-and-conflicts", test_apply_and_conflicts);
  ADD ("changes-keep-kind", test_changes_keep_kind);
  ADD ("source-set", test_source_set);
#undef ADD

  return g_test_run ();
}
