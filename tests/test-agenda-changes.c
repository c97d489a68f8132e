/* test-agenda-changes.c — what changed in the picks: snapshots, changes,
 * acknowledging, picks that follow their talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-agenda-changes"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "lineup-agenda-private.h"   /* lineup_agenda_get_n_writes */
#include "lineup-core.h"
#include "lineup-test-files.h"

/* Helpers ------------------------------------------------------------------ */

/* A temporary folder, and agenda.yaml in it (not written yet). */
typedef LineupTestAgendaDir Fixture;

/* A source as the window reads it (Markdown post or iCalendar), times in
 * Chicago. */
static LineupSchedule *
read_source (const gchar *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule =
    lineup_source_read_bytes (bytes, "post.md", "post.md", "America/Chicago", &error);

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

static gchar *
replace (const gchar *text,
         const gchar *old,
         const gchar *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);   /* exactly one place */
  return g_strjoinv (new, parts);
}

static LineupAgenda *
new_agenda (Fixture *fx)
{
  LineupAgenda *agenda = lineup_agenda_new (fx->path);
  g_autoptr(GError) error = NULL;

  lineup_agenda_set_autosave_delay (agenda, 0);
  g_assert_true (lineup_agenda_load (agenda, &error));
  g_assert_no_error (error);
  return agenda;
}

static void
star (LineupAgenda   *agenda,
      LineupSchedule *schedule,
      const gchar    *id)
{
  LineupSession *session = lineup_schedule_find (schedule, id);

  g_assert_nonnull (session);
  lineup_agenda_set_starred (agenda, lineup_schedule_get_key (schedule), session, TRUE);
}

/* The id of the talk titled @title. */
static const gchar *
id_of (LineupSchedule *schedule,
       const gchar    *title)
{
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      if (g_str_equal (lineup_session_get_title (session), title))
        return lineup_session_get_id (session);
    }
  g_error ("no talk titled “%s”", title);
  return NULL;
}

/* The changes as the window would get them: the agenda applied first. */
static GPtrArray *
changes_of (LineupAgenda   *agenda,
            LineupSchedule *schedule)
{
  lineup_agenda_apply (agenda, schedule);
  return lineup_agenda_dup_changes (agenda, schedule, schedule);
}

static gchar *
describe (GPtrArray *changes,
          guint      i)
{
  return lineup_pick_change_describe (g_ptr_array_index (changes, i));
}

static gchar *
iso (GDateTime *time)
{
  return lineup_format_iso8601 (time, FALSE);
}

static void
count_cb (gpointer  instance,
          gpointer  data)
{
  (*(guint *) data)++;
}

/* The posts ---------------------------------------------------------------- */

#define FRONT "---\npath: /small\ntitle: \"Small Conf\"\ndate: 2023-10-30\n---\n\n" \
              "## Monday, November 6, 2023\n\n"
#define EVENT(code, slug) "(https://small.sched.com/event/" code "/" slug ")"

/* Talks with Sched links: their ids stay whatever changes. */
static const gchar linked_post[] =
  FRONT
  "- 9:00 - 9:30 [Alpha Talk – Ada Lovelace, Example]" EVENT ("A1", "alpha") "\n"
  "- 10:00 - 10:30 [Beta Talk – Bob Jones, Example]" EVENT ("B2", "beta") "\n"
  "- 11:00 - 11:30 [Gone Talk – Carol King, Example]" EVENT ("C3", "gone") "\n"
  "- 12:00 - 12:30 [Steady Talk – Dan Brown, Example]" EVENT ("D4", "steady") "\n";

/* Rooms and tracks come from published schedules. */
#define CALENDAR_HEAD "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n"
#define VEVENT(uid, title, from, to, room, track) \
  "BEGIN:VEVENT\nUID:" uid "\nSUMMARY:" title "\n" \
  "DTSTART;TZID=America/Chicago:20231106T" from "00\n" \
  "DTEND;TZID=America/Chicago:20231106T" to "00\n" \
  "LOCATION:" room "\nCATEGORIES:" track "\nEND:VEVENT\n"

/* Tests -------------------------------------------------------------------- */

/* Starring keeps the talk as it is (end, room, track beside id, title,
 * start), written only when known, and read back. */
static void
test_snapshot_round_trip (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(LineupSchedule) calendar = read_source (
    CALENDAR_HEAD VEVENT ("r1", "Roomy", "0900", "0930", "Room A", "Security")
    "END:VCALENDAR\n");
  g_autoptr(LineupSchedule) post = read_source (linked_post);
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(LineupAgenda) reader = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree gchar *text = NULL;
  LineupAgendaEntry *entry;

  star (agenda, calendar, "r1");
  star (agenda, post, "A1");
  text = lineup_test_read_text (fx->path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "  - id: r1\n"
                                  "    title: \"Roomy\"\n"
                                  "    start: 2023-11-06T09:00:00-06:00\n"
                                  "    end: 2023-11-06T09:30:00-06:00\n"
                                  "    room: \"Room A\"\n"
                                  "    track: \"Security\"\n"));
  /* A post gives no room and no track: left out. */
  g_assert_nonnull (strstr (text, "  /small:\n"
                                  "  - id: A1\n"
                                  "    title: \"Alpha Talk\"\n"
                                  "    start: 2023-11-06T09:00:00-06:00\n"
                                  "    end: 2023-11-06T09:30:00-06:00\n"
                                  "  post.md:\n"));

  reader = new_agenda (fx);
  entries = lineup_agenda_dup_entries (reader, lineup_schedule_get_key (calendar));
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->id, ==, "r1");
  g_assert_cmpstr (entry->title, ==, "Roomy");
  g_assert_cmpstr (entry->start, ==, "2023-11-06T09:00:00-06:00");
  g_assert_cmpstr (entry->end, ==, "2023-11-06T09:30:00-06:00");
  g_assert_cmpstr (entry->room, ==, "Room A");
  g_assert_cmpstr (entry->track, ==, "Security");
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = lineup_agenda_dup_entries (reader, "/small");
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->end, ==, "2023-11-06T09:30:00-06:00");
  g_assert_null (entry->room);
  g_assert_null (entry->track);

  /* The same file, written again by the reader, is the same text. */
  lineup_agenda_set_starred (reader, "/small", lineup_schedule_find (post, "B2"), TRUE);
  lineup_agenda_set_starred (reader, "/small", lineup_schedule_find (post, "B2"), FALSE);
  g_assert_cmpuint (lineup_agenda_get_n_writes (reader), ==, 2);
  {
    g_autofree gchar *again = lineup_test_read_text (fx->path);

    g_assert_cmpstr (again, ==, text);
  }
}

/* A post edited after the stars: one talk moved, one renamed, one deleted,
 * one the same; a calendar where one talk changed room and track. */
static void
test_edited_sources (Fixture       *fx,
                     gconstpointer  data)
{
  static const gchar calendar_v1[] =
    CALENDAR_HEAD VEVENT ("r1", "Roomy", "0900", "0930", "Room A", "Security")
    VEVENT ("r2", "Same", "1000", "1030", "Room C", "Security") "END:VCALENDAR\n";
  g_autoptr(LineupSchedule) before = read_source (linked_post);
  g_autoptr(LineupSchedule) cal_before = read_source (calendar_v1);
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autofree gchar *moved = replace (linked_post, "9:00 - 9:30", "9:30 - 9:55");
  g_autofree gchar *renamed = replace (moved, "[Beta Talk –", "[Beta Talk Reloaded –");
  g_autofree gchar *edited = replace (renamed, "- 11:00 - 11:30 [Gone Talk – Carol King, "
                                      "Example]" EVENT ("C3", "gone") "\n", "");
  g_autofree gchar *calendar_v2 = replace (calendar_v1, "Room A\nCATEGORIES:Security",
                                           "Room B\nCATEGORIES:Networking");
  g_autoptr(LineupSchedule) after = read_source (edited);
  g_autoptr(LineupSchedule) cal_after = read_source (calendar_v2);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree gchar *text = NULL;
  g_autofree gchar *now = NULL;
  LineupPickChange *change;

  for (guint i = 0; i < 4; i++)
    star (agenda, before, (const gchar *[]) { "A1", "B2", "C3", "D4" }[i]);
  star (agenda, cal_before, "r1");
  star (agenda, cal_before, "r2");

  /* Read again, unchanged: nothing to report. */
  changes = changes_of (agenda, before);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  changes = changes_of (agenda, after);
  g_assert_cmpuint (changes->len, ==, 3);   /* D4, the same, is not there */

  change = g_ptr_array_index (changes, 0);   /* 9:30 */
  g_assert_cmpstr (change->key, ==, "/small");
  g_assert_cmpstr (change->id, ==, "A1");
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_MOVED);
  g_assert_cmpstr (change->before->start, ==, "2023-11-06T09:00:00-06:00");
  g_assert_cmpstr (change->before->end, ==, "2023-11-06T09:30:00-06:00");
  g_assert_true (change->session == lineup_schedule_find (after, "A1"));
  now = iso (lineup_session_get_start (change->session));
  g_assert_cmpstr (now, ==, "2023-11-06T09:30:00-06:00");
  g_assert_cmpuint (change->new_conflicts->len, ==, 0);
  text = describe (changes, 0);
  g_assert_cmpstr (text, ==, "Moved from Mon, Nov 6 · 09:00 to 09:30");
  g_clear_pointer (&text, g_free);

  change = g_ptr_array_index (changes, 1);   /* 10:00 */
  g_assert_cmpstr (change->id, ==, "B2");
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_RENAMED);
  g_assert_cmpstr (change->before->title, ==, "Beta Talk");
  g_assert_cmpstr (lineup_session_get_title (change->session), ==, "Beta Talk Reloaded");
  text = describe (changes, 1);
  g_assert_cmpstr (text, ==, "Renamed from “Beta Talk”");
  g_clear_pointer (&text, g_free);

  change = g_ptr_array_index (changes, 2);   /* 11:00, gone */
  g_assert_cmpstr (change->id, ==, "C3");
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_GONE);
  g_assert_null (change->session);
  g_assert_cmpstr (change->before->title, ==, "Gone Talk");
  text = describe (changes, 2);
  g_assert_cmpstr (text, ==, "No longer in the schedule");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&changes, g_ptr_array_unref);

  changes = changes_of (agenda, cal_after);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->id, ==, "r1");
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_ROOM | LINEUP_PICK_TRACK);
  g_assert_cmpstr (change->before->room, ==, "Room A");
  g_assert_cmpstr (change->before->track, ==, "Security");
  text = describe (changes, 0);
  g_assert_cmpstr (text, ==, "Room changed from Room A to Room B. "
                             "Track changed from Security to Networking");

  /* Other sources' picks are not this source's changes. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = changes_of (agenda, before);
  g_assert_cmpuint (changes->len, ==, 0);
}

/* The other ways a change reads: the end alone moved, the room dropped,
 * the time no longer announced. */
static void
test_describe_more (Fixture       *fx,
                    gconstpointer  data)
{
  g_autoptr(LineupSchedule) before = read_source (
    CALENDAR_HEAD VEVENT ("r1", "Longer", "0900", "0930", "Room A", "Security")
    VEVENT ("r2", "Untimed", "1000", "1030", "Room A", "Security") "END:VCALENDAR\n");
  g_autoptr(LineupSchedule) after = read_source (
    CALENDAR_HEAD "BEGIN:VEVENT\nUID:r1\nSUMMARY:Longer\n"
    "DTSTART;TZID=America/Chicago:20231106T090000\n"
    "DTEND;TZID=America/Chicago:20231106T094500\nCATEGORIES:Security\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:r2\nSUMMARY:Untimed\nLOCATION:Room A\nCATEGORIES:Security\n"
    "END:VEVENT\nEND:VCALENDAR\n");
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree gchar *first = NULL;
  g_autofree gchar *second = NULL;

  star (agenda, before, "r1");
  star (agenda, before, "r2");
  changes = changes_of (agenda, after);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (((LineupPickChange *) changes->pdata[0])->id, ==, "r1");
  g_assert_cmpint (((LineupPickChange *) changes->pdata[0])->flags, ==,
                   LINEUP_PICK_MOVED | LINEUP_PICK_ROOM);
  first = describe (changes, 0);
  g_assert_cmpstr (first, ==, "Now ends at 09:45 (was 09:30). No longer has a room (was Room A)");
  g_assert_cmpstr (((LineupPickChange *) changes->pdata[1])->id, ==, "r2");   /* untimed last */
  g_assert_cmpint (((LineupPickChange *) changes->pdata[1])->flags, ==, LINEUP_PICK_MOVED);
  second = describe (changes, 1);
  g_assert_cmpstr (second, ==, "No longer has a time (was Mon, Nov 6 · 10:00)");
}

/* A move that makes a new clash with a going talk reports it; a clash the
 * talk had at its old time too is not new; a talk not going is no clash. */
static void
test_new_conflicts (Fixture       *fx,
                    gconstpointer  data)
{
  static const gchar post[] =
    FRONT
    "- 9:00 - 9:30 [Alpha Talk – Ada Lovelace, Example]" EVENT ("A1", "alpha") "\n"
    "- 9:15 - 9:45 [Early Talk – Eve Adams, Example]" EVENT ("E5", "early") "\n"
    "- 9:45 - 10:00 [Idle Talk – Ian Moss, Example]" EVENT ("I9", "idle") "\n"
    "- 10:00 - 11:00 [Beta Talk – Bob Jones, Example]" EVENT ("B2", "beta") "\n";
  g_autoptr(LineupSchedule) before = read_source (post);
  g_autofree gchar *edited = replace (post, "9:00 - 9:30", "9:20 - 10:20");
  g_autoptr(LineupSchedule) after = read_source (edited);
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree gchar *text = NULL;
  LineupPickChange *change;

  star (agenda, before, "A1");
  star (agenda, before, "E5");   /* overlaps A1 before and after */
  star (agenda, before, "B2");   /* overlaps A1 after only */

  changes = changes_of (agenda, after);
  g_assert_cmpuint (lineup_session_get_n_conflicts (lineup_schedule_find (after, "A1")), ==, 2);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_MOVED);
  g_assert_cmpuint (change->new_conflicts->len, ==, 1);
  g_assert_true (g_ptr_array_index (change->new_conflicts, 0) ==
                 lineup_schedule_find (after, "B2"));
  text = describe (changes, 0);
  g_assert_cmpstr (text, ==, "Moved from Mon, Nov 6 · 09:00 to 09:20. "
                             "Now clashes with “Beta Talk”");
}

/* Acknowledged, a change is gone at once, and for good: through the save
 * and another LineupAgenda reading the file.  A gone pick leaves. */
static void
test_acknowledge (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(LineupSchedule) before = read_source (linked_post);
  g_autofree gchar *moved = replace (linked_post, "9:00 - 9:30", "9:45 - 10:15");
  g_autofree gchar *edited = replace (moved, "- 11:00 - 11:30 [Gone Talk – Carol King, "
                                      "Example]" EVENT ("C3", "gone") "\n", "");
  g_autoptr(LineupSchedule) after = read_source (edited);
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(LineupAgenda) reader = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  star (agenda, before, "A1");
  star (agenda, before, "C3");
  star (agenda, before, "D4");
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 3);

  /* Saved as set_starred is: pending, coalesced, "changed" at once. */
  lineup_agenda_set_autosave_delay (agenda, 60 * 1000);
  g_signal_connect (agenda, "changed", G_CALLBACK (count_cb), &n_changed);
  changes = changes_of (agenda, after);
  g_assert_cmpuint (changes->len, ==, 2);
  for (guint i = 0; i < changes->len; i++)
    lineup_agenda_acknowledge (agenda, g_ptr_array_index (changes, i));
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_true (lineup_agenda_has_pending (agenda));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 3);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = changes_of (agenda, after);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_false (lineup_agenda_is_starred (agenda, "/small", "C3"));
  g_assert_true (lineup_agenda_is_starred (agenda, "/small", "A1"));

  g_assert_true (lineup_agenda_flush (agenda, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 4);

  reader = new_agenda (fx);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = changes_of (reader, after);
  g_assert_cmpuint (changes->len, ==, 0);
  entries = lineup_agenda_dup_entries (reader, "/small");
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->id, ==, "A1");
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->start, ==,
                   "2023-11-06T09:45:00-06:00");
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->end, ==,
                   "2023-11-06T10:15:00-06:00");
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[1])->id, ==, "D4");

  /* The schedule as it was is now a change, the other way. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = changes_of (reader, before);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((LineupPickChange *) changes->pdata[0])->flags, ==, LINEUP_PICK_MOVED);
}

/* Entries an older Lineup wrote (id, title, start) report no change for
 * what they do not know, and get those fields with the next save, unless
 * their talk changed (then they wait for the acknowledgement). */
static void
test_old_format (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(LineupSchedule) calendar = read_source (
    CALENDAR_HEAD VEVENT ("r1", "Roomy", "0900", "0930", "Room A", "Security")
    VEVENT ("r2", "Moved", "1100", "1130", "Room A", "Security")
    VEVENT ("r3", "Other", "1200", "1230", "Room A", "Security") "END:VCALENDAR\n");
  const gchar *key = lineup_schedule_get_key (calendar);
  g_autofree gchar *old = g_strdup_printf (
    "version: 1\nposts:\n  %s:\n"
    "  - id: r1\n    title: \"Roomy\"\n    start: 2023-11-06T09:00:00-06:00\n"
    "  - id: r2\n    title: \"Moved\"\n    start: 2023-11-06T10:00:00-06:00\n", key);
  g_autoptr(LineupAgenda) agenda = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree gchar *text = NULL;

  g_assert_true (g_file_set_contents (fx->path, old, -1, NULL));
  agenda = new_agenda (fx);
  changes = changes_of (agenda, calendar);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((LineupPickChange *) changes->pdata[0])->id, ==, "r2");
  g_assert_cmpint (((LineupPickChange *) changes->pdata[0])->flags, ==, LINEUP_PICK_MOVED);
  {
    g_autofree gchar *line = describe (changes, 0);

    g_assert_cmpstr (line, ==, "Moved from Mon, Nov 6 · 10:00 to 11:00");
  }

  /* Reading writes nothing. */
  g_assert_false (lineup_agenda_has_pending (agenda));
  g_assert_cmpuint (lineup_agenda_get_n_writes (agenda), ==, 0);
  text = lineup_test_read_text (fx->path);
  g_assert_cmpstr (text, ==, old);

  /* The next save fills r1 in, and leaves r2 as it was. */
  star (agenda, calendar, "r3");
  g_clear_pointer (&text, g_free);
  text = lineup_test_read_text (fx->path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "  - id: r1\n    title: \"Roomy\"\n"
                                  "    start: 2023-11-06T09:00:00-06:00\n"
                                  "    end: 2023-11-06T09:30:00-06:00\n"
                                  "    room: \"Room A\"\n    track: \"Security\"\n"));
  g_assert_nonnull (strstr (text, "  - id: r2\n    title: \"Moved\"\n"
                                  "    start: 2023-11-06T10:00:00-06:00\n  - id: r3\n"));
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = changes_of (agenda, calendar);
  g_assert_cmpuint (changes->len, ==, 1);
}

/* Linkless talks have a hash of title and start for an id: moved or
 * renamed, their star follows them, and the change is reported. */
static void
test_follow (Fixture       *fx,
             gconstpointer  data)
{
  static const gchar post[] =
    FRONT
    "- 9:00 - 9:30 Alpha Talk – Ada Lovelace, Example\n"
    "- 10:00 - 10:30 Beta Talk – Bob Jones, Example\n"
    "- 11:00 - 11:30 Other Talk – Carol King, Example\n";
  g_autoptr(LineupSchedule) before = read_source (post);
  g_autofree gchar *moved = replace (post, "9:00 - 9:30 Alpha", "13:00 - 13:30 Alpha");
  g_autofree gchar *edited = replace (moved, "Beta Talk –", "Beta Talk, Again –");
  g_autoptr(LineupSchedule) after = read_source (edited);
  g_autofree gchar *alpha = g_strdup (id_of (before, "Alpha Talk"));
  g_autofree gchar *beta = g_strdup (id_of (before, "Beta Talk"));
  const gchar *new_alpha = id_of (after, "Alpha Talk");
  const gchar *new_beta = id_of (after, "Beta Talk, Again");
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(LineupAgenda) reader = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree gchar *text = NULL;
  LineupPickChange *change;

  g_assert_cmpstr (alpha, !=, new_alpha);
  g_assert_cmpstr (beta, !=, new_beta);
  star (agenda, before, alpha);
  star (agenda, before, beta);

  changes = changes_of (agenda, after);
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (after, new_alpha)));
  g_assert_true (lineup_session_get_starred (lineup_schedule_find (after, new_beta)));
  g_assert_false (lineup_session_get_starred (lineup_schedule_find (after,
                                                                    id_of (after, "Other Talk"))));
  g_assert_true (lineup_agenda_is_starred (agenda, "/small", new_alpha));
  g_assert_cmpuint (changes->len, ==, 2);

  change = g_ptr_array_index (changes, 0);   /* 10:00 */
  g_assert_cmpstr (change->id, ==, new_beta);
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_RENAMED);
  g_assert_cmpstr (change->before->title, ==, "Beta Talk");
  change = g_ptr_array_index (changes, 1);   /* 13:00 */
  g_assert_cmpstr (change->id, ==, new_alpha);
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_MOVED);
  g_assert_cmpstr (change->before->start, ==, "2023-11-06T09:00:00-06:00");
  text = describe (changes, 1);
  g_assert_cmpstr (text, ==, "Moved from Mon, Nov 6 · 09:00 to 13:00");

  /* The next save moves the entries to the new ids, keeping what they
   * saw: the changes last (here, in a process that never applied). */
  star (agenda, after, id_of (after, "Other Talk"));
  reader = new_agenda (fx);
  entries = lineup_agenda_dup_entries (reader, "/small");
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->id, ==, new_alpha);
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->start, ==,
                   "2023-11-06T09:00:00-06:00");
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[1])->id, ==, new_beta);
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[1])->title, ==, "Beta Talk");
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = lineup_agenda_dup_changes (reader, after, after);
  g_assert_cmpuint (changes->len, ==, 2);

  /* Acknowledged without apply: the snapshots are the talks now. */
  lineup_agenda_acknowledge (reader, g_ptr_array_index (changes, 0));
  lineup_agenda_acknowledge (reader, g_ptr_array_index (changes, 1));
  g_clear_object (&reader);
  reader = new_agenda (fx);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = changes_of (reader, after);
  g_assert_cmpuint (changes->len, ==, 0);
}

/* A process that never applied the new schedule acknowledges a followed
 * pick: the old id leaves, the new one stays. */
static void
test_follow_acknowledge_unapplied (Fixture       *fx,
                                   gconstpointer  data)
{
  static const gchar post[] = FRONT "- 9:00 - 9:30 Alpha Talk – Ada Lovelace, Example\n";
  g_autoptr(LineupSchedule) before = read_source (post);
  g_autofree gchar *edited = replace (post, "9:00 - 9:30", "9:30 - 10:00");
  g_autoptr(LineupSchedule) after = read_source (edited);
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(LineupAgenda) reader = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree gchar *old_id = g_strdup (lineup_session_get_id (
    lineup_schedule_get_session (before, 0)));

  star (agenda, before, old_id);
  changes = lineup_agenda_dup_changes (agenda, after, after);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((LineupPickChange *) changes->pdata[0])->before->id, ==, old_id);
  lineup_agenda_acknowledge (agenda, g_ptr_array_index (changes, 0));

  reader = new_agenda (fx);
  entries = lineup_agenda_dup_entries (reader, "/small");
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->id, ==,
                   lineup_session_get_id (lineup_schedule_get_session (after, 0)));
  g_assert_cmpstr (((LineupAgendaEntry *) entries->pdata[0])->start, ==,
                   "2023-11-06T09:30:00-06:00");
}

/* No guessing: two talks with the pick's title, or a talk with that title
 * in another source, match nothing. */
static void
test_follow_ambiguous (Fixture       *fx,
                       gconstpointer  data)
{
  static const gchar post[] =
    FRONT "- 9:00 - 9:30 Alpha Talk – Ada Lovelace, Example\n";
  static const gchar twice[] =
    FRONT "- 10:00 - 10:30 Alpha Talk – Ada Lovelace, Example\n"
    "- 14:00 - 14:30 Alpha Talk – Ada Lovelace, Example\n";
  g_autoptr(LineupSchedule) before = read_source (post);
  g_autoptr(LineupSchedule) after = read_source (twice);
  g_autofree gchar *elsewhere_text = replace (twice, "path: /small", "path: /elsewhere");
  g_autoptr(LineupSchedule) elsewhere = read_source (elsewhere_text);
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree gchar *old_id = g_strdup (lineup_session_get_id (
    lineup_schedule_get_session (before, 0)));
  LineupPickChange *change;

  star (agenda, before, old_id);
  changes = changes_of (agenda, after);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_GONE);
  g_assert_cmpstr (change->id, ==, old_id);
  for (guint i = 0; i < lineup_schedule_get_n_sessions (after); i++)
    g_assert_false (lineup_session_get_starred (lineup_schedule_get_session (after, i)));

  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = changes_of (agenda, elsewhere);
  g_assert_cmpuint (changes->len, ==, 0);
  for (guint i = 0; i < lineup_schedule_get_n_sessions (elsewhere); i++)
    g_assert_false (lineup_session_get_starred (lineup_schedule_get_session (elsewhere, i)));
}

/* The built-in post, copied and edited: Tetragon (12:15–12:40, Mon 6 Nov
 * 2023, Chicago) moved to 12:50–13:15, when no other talk runs; then to
 * 13:20–13:45, over Thomas Graf's talk (13:30–13:55), starred. */
static void
test_builtin_post (Fixture       *fx,
                   gconstpointer  data)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "..", "data", "posts",
                                                  "cilium-kubecon-na-2023.md", NULL);
  g_autofree gchar *post = lineup_test_read_text (path);
  g_autofree gchar *later = replace (post, "12:15pm - 12:40pm", "12:50pm - 1:15pm");
  g_autofree gchar *clash = replace (post, "12:15pm - 12:40pm", "1:20pm - 1:45pm");
  g_autoptr(LineupSchedule) before = read_source (post);
  g_autoptr(LineupSchedule) after = read_source (later);
  g_autoptr(LineupSchedule) clashing = read_source (clash);
  g_autoptr(LineupAgenda) agenda = new_agenda (fx);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree gchar *text = NULL;
  g_autofree gchar *end = NULL;
  LineupPickChange *change;

  star (agenda, before, "1Rj3S");   /* Tetragon */
  star (agenda, before, "1Rj4B");   /* Thomas Graf, 13:30 */
  star (agenda, before, "1Rj2m");   /* ClickHouse, 11:40 */

  changes = changes_of (agenda, after);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->id, ==, "1Rj3S");
  g_assert_cmpint (change->flags, ==, LINEUP_PICK_MOVED);
  g_assert_cmpstr (change->before->start, ==, "2023-11-06T12:15:00-06:00");
  g_assert_cmpstr (change->before->end, ==, "2023-11-06T12:40:00-06:00");
  end = iso (lineup_session_get_end (change->session));
  g_assert_cmpstr (end, ==, "2023-11-06T13:15:00-06:00");
  g_assert_cmpuint (change->new_conflicts->len, ==, 0);
  text = describe (changes, 0);
  g_assert_cmpstr (text, ==, "Moved from Mon, Nov 6 · 12:15 to 12:50");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&changes, g_ptr_array_unref);

  changes = changes_of (agenda, clashing);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpuint (change->new_conflicts->len, ==, 1);
  g_assert_cmpstr (lineup_session_get_id (g_ptr_array_index (change->new_conflicts, 0)), ==,
                   "1Rj4B");
  text = describe (changes, 0);
  g_assert_cmpstr (text, ==, "Moved from Mon, Nov 6 · 12:15 to 13:20. Now clashes with "
                             "“Secure Infrastructure with Combined Runtime and Network "
                             "Security”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/agenda-changes/" name, Fixture, NULL, lineup_test_agenda_dir_set_up, func, \
              lineup_test_agenda_dir_tear_down)

  ADD ("snapshot-round-trip", test_snapshot_round_trip);
  ADD ("edited-sources", test_edited_sources);
  ADD ("describe-more", test_describe_more);
  ADD ("new-conflicts", test_new_conflicts);
  ADD ("acknowledge", test_acknowledge);
  ADD ("old-format", test_old_format);
  ADD ("follow", test_follow);
  ADD ("follow/acknowledge-unapplied", test_follow_acknowledge_unapplied);
  ADD ("follow/ambiguous", test_follow_ambiguous);
  ADD ("builtin-post", test_builtin_post);

  return g_test_run ();
}
