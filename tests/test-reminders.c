/* test-reminders.c — reminders before the going talks, on a fake clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clock is advanced by hand: it jumps to a time, then fires the
 * timeouts due by then (as a machine that wakes up late does).  Every
 * reminder is logged with the clock's time in Chicago, so each test says
 * exactly what was sent and when.
 */

#define G_LOG_DOMAIN "test-reminders"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "lineup-reminders.h"
#include "lineup-test-clock.h"

/* Fixture */

typedef struct
{
  LineupTestClock  fake;
  gchar           *dir;
  gchar           *path;
  GString         *log;
  GTimeZone       *chicago;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Monday 2023-11-06, 11:00 in Chicago (CST) */
  lineup_test_clock_init (&fx->fake, lineup_test_usec_of ("2023-11-06T17:00:00Z"));
  fx->dir = g_dir_make_tmp ("lineup-reminders-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder not there yet: the first write makes it. */
  fx->path = g_build_filename (fx->dir, "lineup", "reminders.ini", NULL);
  fx->log = g_string_new (NULL);
  fx->chicago = g_time_zone_new_identifier ("America/Chicago");
  g_assert_nonnull (fx->chicago);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_autofree gchar *folder = g_path_get_dirname (fx->path);

  /* Every object was finalized: none left a timeout behind. */
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);
  lineup_test_clock_clear (&fx->fake);
  g_unlink (fx->path);
  g_rmdir (folder);
  g_assert_cmpint (g_rmdir (fx->dir), ==, 0);
  g_free (fx->dir);
  g_free (fx->path);
  g_string_free (fx->log, TRUE);
  g_time_zone_unref (fx->chicago);
}

static void
on_remind_cb (LineupReminders *reminders,
              LineupSession   *session,
              const gchar     *title,
              const gchar     *body,
              Fixture         *fx)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (fx->fake.now / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, fx->chicago);
  g_autofree gchar *when = g_date_time_format (local, "%H:%M:%S %Z");

  g_string_append_printf (fx->log, "%s %s: %s | %s\n", when, lineup_session_get_id (session),
                          title, body);
}

static LineupReminders *
new_reminders (Fixture *fx,
               guint    lead)
{
  LineupReminders *reminders = lineup_reminders_new (&fx->fake.clock, fx->path);

  g_signal_connect (reminders, "remind", G_CALLBACK (on_remind_cb), fx);
  lineup_reminders_set_lead_minutes (reminders, lead);
  return reminders;
}

/* A talk of the post at @iso8601 (its zone as written), in Chicago time as
 * the readers give it. */
static LineupSession *
make_talk (Fixture     *fx,
           const gchar *id,
           const gchar *title,
           const gchar *room,
           const gchar *iso8601)
{
  LineupSession *session = lineup_session_new (id, title);
  g_autoptr(GDateTime) written = g_date_time_new_from_iso8601 (iso8601, NULL);
  g_autoptr(GDateTime) start = g_date_time_to_timezone (written, fx->chicago);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 25);

  lineup_session_set_times (session, start, end);
  lineup_session_set_room (session, room);
  lineup_session_set_source (session, "cilium-kubecon-na-2023.md", "KubeCon");
  return session;
}

static void
set_talks (LineupReminders *reminders,
           LineupSession   *first,
           ...)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (LineupSession *s = first; s != NULL; s = va_arg (args, LineupSession *))
    g_ptr_array_add (sessions, s);
  va_end (args);
  lineup_reminders_set_sessions (reminders, sessions);
}

static void
assert_log (Fixture     *fx,
            const gchar *expected)
{
  g_assert_cmpstr (fx->log->str, ==, expected);
  g_string_truncate (fx->log, 0);
}

/* Tests */

/* Lead 10: nothing before T − 10 min, one reminder at T − 10 min, nothing
 * more; one timer whatever the number of talks. */
static void
test_lead (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", "Room W375",
                                          "2023-11-06T12:15:00-06:00");
  g_autoptr(LineupSession) b = make_talk (fx, "b", "eBPF", NULL, "2023-11-06T15:00:00-06:00");

  set_talks (reminders, b, a, NULL);
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 1);

  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:04:59-06:00"));
  assert_log (fx, "");
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 1);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:05:00-06:00"));
  assert_log (fx, "12:05:00 CST a: Starts in 10 min | Tetragon · Room W375\n");

  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:14:59-06:00"));
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:20:00-06:00"));
  assert_log (fx, "");
  /* The room left out when unknown. */
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T14:50:00-06:00"));
  assert_log (fx, "14:50:00 CST b: Starts in 10 min | eBPF\n");
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-07T12:00:00-06:00"));
  assert_log (fx, "");
}

/* Lead 0 is off: no timer, nothing sent; turned on, the timer is armed. */
static void
test_off (Fixture       *fx,
          gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 0);
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", "Room W375",
                                          "2023-11-06T12:15:00-06:00");

  set_talks (reminders, a, NULL);
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:10:00-06:00"));
  assert_log (fx, "");
  g_assert_false (g_file_test (fx->path, G_FILE_TEST_EXISTS));

  /* Turned on 5 minutes before: at once, with the minutes left. */
  g_object_set (reminders, "lead-minutes", 15, NULL);
  g_assert_cmpuint (lineup_reminders_get_lead_minutes (reminders), ==, 15);
  lineup_test_clock_advance_to (&fx->fake, fx->fake.now);
  assert_log (fx, "12:10:00 CST a: Starts in 5 min | Tetragon · Room W375\n");

  lineup_reminders_set_lead_minutes (reminders, 0);
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);
}

/* The clock jumps over two reminders' times: both are sent, once, in start
 * order (whatever order the talks were given in), with the minutes left
 * then. */
static void
test_jump (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", "Room W375",
                                          "2023-11-06T12:15:00-06:00");
  g_autoptr(LineupSession) b = make_talk (fx, "b", "Hubble", "Room W180",
                                          "2023-11-06T12:20:00-06:00");
  g_autoptr(LineupSession) c = make_talk (fx, "c", "Cilium Mesh", "Room W375",
                                          "2023-11-06T13:00:00-06:00");

  set_talks (reminders, c, b, a, NULL);
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 1);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:14:00-06:00"));
  assert_log (fx,
              "12:14:00 CST a: Starts in 1 min | Tetragon · Room W375\n"
              "12:14:00 CST b: Starts in 6 min | Hubble · Room W180\n");
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:49:59-06:00"));
  assert_log (fx, "");
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:50:00-06:00"));
  assert_log (fx, "12:50:00 CST c: Starts in 10 min | Cilium Mesh · Room W375\n");
}

/* Started late: 3 minutes before, "Starts in 3 min" (2 min 30 s rounded
 * up); once the talk has started, nothing.  Sent from the timer, never
 * from inside set_sessions. */
static void
test_late (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", "Room W375",
                                          "2023-11-06T12:15:00-06:00");
  g_autoptr(LineupSession) b = make_talk (fx, "b", "Hubble", "Room W180",
                                          "2023-11-06T12:14:30-06:00");
  g_autoptr(LineupSession) started = make_talk (fx, "s", "Keynote", "Hall",
                                                "2023-11-06T12:11:59-06:00");

  fx->fake.now = lineup_test_usec_of ("2023-11-06T12:12:00-06:00");
  set_talks (reminders, started, a, b, NULL);
  assert_log (fx, "");
  lineup_test_clock_advance_to (&fx->fake, fx->fake.now);
  assert_log (fx,
              "12:12:00 CST b: Starts in 3 min | Hubble · Room W180\n"
              "12:12:00 CST a: Starts in 3 min | Tetragon · Room W375\n");
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);

  /* At its start exactly, a talk is not reminded of. */
  g_clear_object (&reminders);
  g_unlink (fx->path);
  reminders = new_reminders (fx, 10);
  fx->fake.now = lineup_test_usec_of ("2023-11-06T12:15:00-06:00");
  set_talks (reminders, a, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T13:00:00-06:00"));
  assert_log (fx, "");
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);
}

static gchar *
read_state (Fixture *fx)
{
  g_autoptr(GError) error = NULL;
  gchar *text = NULL;

  g_file_get_contents (fx->path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Lineup started again: a reminder sent is not sent again; a talk that
 * moved is; the file forgets talks over a day old. */
static void
test_restart (Fixture       *fx,
              gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", "Room W375",
                                          "2023-11-06T12:15:00-06:00");
  g_autoptr(LineupSession) b = make_talk (fx, "b", "Hubble", NULL, "2023-11-06T12:30:00-06:00");
  g_autofree gchar *state = NULL;

  set_talks (reminders, a, b, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:06:00-06:00"));
  assert_log (fx, "12:06:00 CST a: Starts in 9 min | Tetragon · Room W375\n");
  state = read_state (fx);
  g_assert_cmpstr (state, ==,
                   "[reminder 1]\n"
                   "source=cilium-kubecon-na-2023.md\n"
                   "id=a\n"
                   "start=2023-11-06T18:15:00Z\n");

  /* Quit and started again a minute later: a is not sent twice. */
  g_clear_object (&reminders);
  fx->fake.now += 60 * G_USEC_PER_SEC;
  reminders = new_reminders (fx, 10);
  set_talks (reminders, a, b, NULL);
  lineup_test_clock_advance_to (&fx->fake, fx->fake.now);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:14:59-06:00"));
  assert_log (fx, "");
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:20:00-06:00"));
  assert_log (fx, "12:20:00 CST b: Starts in 10 min | Hubble\n");

  /* a moved an hour later (same id, new start): reminded of again, and
   * its earlier start is still known. */
  g_clear_object (&reminders);
  reminders = new_reminders (fx, 10);
  {
    g_autoptr(GDateTime) later = g_date_time_new_from_iso8601 ("2023-11-06T13:15:00-06:00",
                                                               NULL);

    lineup_session_set_times (a, later, NULL);
  }
  set_talks (reminders, a, b, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T13:05:00-06:00"));
  assert_log (fx, "13:05:00 CST a: Starts in 10 min | Tetragon · Room W375\n");
  g_clear_pointer (&state, g_free);
  state = read_state (fx);
  g_assert_nonnull (strstr (state, "id=b\nstart=2023-11-06T18:30:00Z\n"));
  g_assert_nonnull (strstr (state, "id=a\nstart=2023-11-06T18:15:00Z\n"));
  g_assert_nonnull (strstr (state, "id=a\nstart=2023-11-06T19:15:00Z\n"));

  /* Two days later, the next write keeps only what is less than a day old. */
  {
    g_autoptr(LineupSession) c = make_talk (fx, "c", "Cilium Mesh", NULL,
                                            "2023-11-08T12:00:00-06:00");

    set_talks (reminders, c, NULL);
    lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-08T11:50:00-06:00"));
    assert_log (fx, "11:50:00 CST c: Starts in 10 min | Cilium Mesh\n");
  }
  g_clear_pointer (&state, g_free);
  state = read_state (fx);
  g_assert_cmpstr (state, ==,
                   "[reminder 1]\n"
                   "source=cilium-kubecon-na-2023.md\n"
                   "id=c\n"
                   "start=2023-11-08T18:00:00Z\n");
}

/* Ids and source keys with the key file's special characters come back as
 * they were: not reminded of twice. */
static void
test_odd_keys (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = make_talk (fx, " a;b\n[c]=d\\", "Tetragon", NULL,
                                          "2023-11-06T12:15:00-06:00");

  lineup_session_set_source (a, "https://example.org/s.json?x=1#frag [2]", "Example");
  set_talks (reminders, a, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:05:00-06:00"));
  g_assert_cmpuint (fx->log->len, >, 0);
  g_string_truncate (fx->log, 0);

  g_clear_object (&reminders);
  reminders = new_reminders (fx, 10);
  set_talks (reminders, a, NULL);
  lineup_test_clock_advance_to (&fx->fake, fx->fake.now);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:14:59-06:00"));
  assert_log (fx, "");
}

/* A file that is not a key file counts as empty, and is replaced. */
static void
test_unreadable_state (Fixture       *fx,
                       gconstpointer  data)
{
  g_autofree gchar *folder = g_path_get_dirname (fx->path);
  g_autoptr(LineupReminders) reminders = NULL;
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", NULL,
                                          "2023-11-06T12:15:00-06:00");
  g_autoptr(GError) error = NULL;
  g_autofree gchar *state = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (fx->path, "\xff\xfe not [a key file\n", -1, &error);
  g_assert_no_error (error);
  reminders = new_reminders (fx, 10);
  set_talks (reminders, a, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:05:00-06:00"));
  assert_log (fx, "12:05:00 CST a: Starts in 10 min | Tetragon\n");
  state = read_state (fx);
  g_assert_true (g_str_has_prefix (state, "[reminder 1]\n"));
}

/* The night the clocks fall back in Chicago, 01:30 happens twice: the talk
 * at 01:30 CDT is reminded of at 01:20 CDT (06:20 UTC), the one at 01:30
 * CST at 01:20 CST (07:20 UTC), not an hour early. */
static void
test_dst (Fixture       *fx,
          gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) cdt = make_talk (fx, "cdt", "Before", "Room 1",
                                            "2023-11-05T01:30:00-05:00");
  g_autoptr(LineupSession) cst = make_talk (fx, "cst", "After", "Room 2",
                                            "2023-11-05T01:30:00-06:00");
  g_autofree gchar *cdt_text = g_date_time_format (lineup_session_get_start (cdt), "%H:%M %Z");
  g_autofree gchar *cst_text = g_date_time_format (lineup_session_get_start (cst), "%H:%M %Z");

  /* What the test stands on: the same wall-clock time, an hour apart. */
  g_assert_cmpstr (cdt_text, ==, "01:30 CDT");
  g_assert_cmpstr (cst_text, ==, "01:30 CST");

  fx->fake.now = lineup_test_usec_of ("2023-11-05T05:00:00Z");
  set_talks (reminders, cst, cdt, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-05T06:19:59Z"));
  assert_log (fx, "");
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-05T06:20:00Z"));
  assert_log (fx, "01:20:00 CDT cdt: Starts in 10 min | Before · Room 1\n");
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-05T07:19:59Z"));
  assert_log (fx, "");
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-05T07:20:00Z"));
  assert_log (fx, "01:20:00 CST cst: Starts in 10 min | After · Room 2\n");
}

/* A floating time (the source names no zone) is this computer's wall
 * clock (TZ is America/Chicago here): 12:15 floating is 12:15 CST. */
static void
test_floating (Fixture       *fx,
               gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = lineup_session_new ("a", "Tetragon");
  g_autoptr(GDateTime) written = g_date_time_new_utc (2023, 11, 6, 12, 15, 0);

  lineup_session_set_times (a, written, NULL);
  lineup_session_set_floating (a, TRUE);
  set_talks (reminders, a, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:04:59-06:00"));
  assert_log (fx, "");
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:05:00-06:00"));
  assert_log (fx, "12:05:00 CST a: Starts in 10 min | Tetragon\n");
}

/* Giving the talks again re-arms: a talk left out is not reminded of, one
 * added is. */
static void
test_rearm (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", "Room W375",
                                          "2023-11-06T12:15:00-06:00");
  g_autoptr(LineupSession) b = make_talk (fx, "b", "Hubble", NULL, "2023-11-06T12:45:00-06:00");
  g_autoptr(LineupSession) untimed = lineup_session_new ("u", "Hallway track");

  set_talks (reminders, a, b, untimed, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:00:00-06:00"));
  set_talks (reminders, untimed, b, NULL);
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 1);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:05:00-06:00"));
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:14:59-06:00"));
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:34:59-06:00"));
  assert_log (fx, "");
  set_talks (reminders, a, b, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:35:00-06:00"));
  assert_log (fx, "12:35:00 CST b: Starts in 10 min | Hubble\n");

  set_talks (reminders, untimed, NULL);
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);
  set_talks (reminders, NULL);
  lineup_reminders_set_sessions (reminders, NULL);
  g_assert_cmpuint (fx->fake.timeouts->len, ==, 0);
}

/* A handler may give the talks again, or drop the object, while the
 * reminders due are sent: each is still sent once. */
static void
on_remind_drop_cb (LineupReminders  *reminders,
                   LineupSession    *session,
                   const gchar      *title,
                   const gchar      *body,
                   LineupReminders **holder)
{
  lineup_reminders_set_sessions (reminders, NULL);
  g_clear_object (holder);
}

static void
test_reentrant (Fixture       *fx,
                gconstpointer  data)
{
  LineupReminders *reminders = new_reminders (fx, 10);
  g_autoptr(LineupSession) a = make_talk (fx, "a", "Tetragon", NULL,
                                          "2023-11-06T12:15:00-06:00");
  g_autoptr(LineupSession) b = make_talk (fx, "b", "Hubble", NULL, "2023-11-06T12:16:00-06:00");

  g_signal_connect (reminders, "remind", G_CALLBACK (on_remind_drop_cb), &reminders);
  g_object_add_weak_pointer (G_OBJECT (reminders), (gpointer *) &reminders);
  set_talks (reminders, a, b, NULL);
  lineup_test_clock_advance_to (&fx->fake, lineup_test_usec_of ("2023-11-06T12:14:00-06:00"));
  assert_log (fx,
              "12:14:00 CST a: Starts in 1 min | Tetragon\n"
              "12:14:00 CST b: Starts in 2 min | Hubble\n");
  g_assert_null (reminders);
}

static void
on_remind_count_cb (LineupReminders *reminders,
                    LineupSession   *session,
                    const gchar     *title,
                    const gchar     *body,
                    GPtrArray       *titles)
{
  g_ptr_array_add (titles, g_strdup (title));
}

static gboolean
on_cap_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The machine's clock: a talk 5 minutes away with lead 10 is reminded of
 * from the main loop (the one an hour away leaves a timer armed, removed
 * with the object). */
static void
test_real_clock (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(LineupReminders) reminders = lineup_reminders_new (NULL, fx->path);
  g_autoptr(LineupSession) soon = lineup_session_new ("soon", "Tetragon");
  g_autoptr(LineupSession) later = lineup_session_new ("later", "Hubble");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon_start = g_date_time_add_minutes (now, 5);
  g_autoptr(GDateTime) later_start = g_date_time_add_hours (now, 1);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  gboolean capped = FALSE;
  guint cap_id;

  lineup_session_set_times (soon, soon_start, NULL);
  lineup_session_set_times (later, later_start, NULL);
  g_signal_connect (reminders, "remind", G_CALLBACK (on_remind_count_cb), titles);
  lineup_reminders_set_lead_minutes (reminders, 10);
  set_talks (reminders, later, soon, NULL);

  cap_id = g_timeout_add_seconds (120, on_cap_cb, &capped);
  while (titles->len == 0 && !capped)
    g_main_context_iteration (NULL, TRUE);
  if (capped)
    g_error ("the reminder of a talk 5 minutes away never came in 120 s");
  g_source_remove (cap_id);
  g_assert_cmpuint (titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "Starts in 5 min");
}

static void
test_notification_id (void)
{
  g_autoptr(LineupSession) session = lineup_session_new ("1Rj0z", "Tetragon");
  g_autofree gchar *without = lineup_reminders_dup_notification_id (session);
  g_autofree gchar *with = NULL;

  g_assert_cmpstr (without, ==, "lineup-reminder--1Rj0z");
  lineup_session_set_source (session, "cilium-kubecon-na-2023.md", "KubeCon");
  with = lineup_reminders_dup_notification_id (session);
  g_assert_cmpstr (with, ==, "lineup-reminder-cilium-kubecon-na-2023.md-1Rj0z");
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The default file, and "lead-minutes" notifying only on a change. */
static void
test_defaults (void)
{
  g_autoptr(LineupReminders) reminders = lineup_reminders_new (NULL, NULL);
  g_autofree gchar *expected = g_build_filename (g_get_user_data_dir (), "lineup",
                                                 "reminders.ini", NULL);
  guint count = 0;

  g_assert_cmpstr (lineup_reminders_get_state_path (reminders), ==, expected);
  g_assert_cmpuint (lineup_reminders_get_lead_minutes (reminders), ==, 0);
  g_signal_connect (reminders, "notify::lead-minutes", G_CALLBACK (on_notify_cb), &count);
  lineup_reminders_set_lead_minutes (reminders, 5);
  lineup_reminders_set_lead_minutes (reminders, 5);
  g_assert_cmpuint (count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* This computer's zone, for floating times. */
  g_setenv ("TZ", "America/Chicago", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/reminders/lead", test_lead);
  ADD ("/reminders/off", test_off);
  ADD ("/reminders/jump", test_jump);
  ADD ("/reminders/late", test_late);
  ADD ("/reminders/restart", test_restart);
  ADD ("/reminders/odd-keys", test_odd_keys);
  ADD ("/reminders/unreadable-state", test_unreadable_state);
  ADD ("/reminders/dst-chicago", test_dst);
  ADD ("/reminders/floating", test_floating);
  ADD ("/reminders/rearm", test_rearm);
  ADD ("/reminders/reentrant", test_reentrant);
  ADD ("/reminders/real-clock", test_real_clock);
#undef ADD
  g_test_add_func ("/reminders/notification-id", test_notification_id);
  g_test_add_func ("/reminders/defaults", test_defaults);

  return g_test_run ();
}
