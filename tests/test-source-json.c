/* test-source-json.c — the reader of lineup-source-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "lineup-core.h"
#include "lineup-test-growth.h"
#include "lineup-source-reader-private.h"
#include "lineup-test-run.h"

/* Helpers */

static LineupSchedule *
read_text (const gchar  *text,
           const gchar  *zone_override,
           GError      **error)
{
  LineupSourceInput input = { "test.json", "test.json", zone_override };

  return lineup_source_read_frab_json (text, strlen (text), &input, error);
}

static LineupSchedule *
read_data_file (const gchar *name)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", name, NULL);
  g_autofree gchar *text = NULL;
  g_autoptr(GError) error = NULL;
  LineupSourceInput input = { name, name, NULL };
  LineupSchedule *schedule;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  schedule = lineup_source_read_frab_json (text, length, &input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

static gchar *
speaker_names (LineupSession *session)
{
  GPtrArray *speakers = lineup_session_get_speakers (session);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < speakers->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      g_string_append_printf (names, "%s%s", i ? "; " : "", speaker->name);
    }
  return g_string_free (names, FALSE);
}

typedef struct
{
  guint        line;     /* the line of the event's "{" */
  const gchar *id;
  const gchar *title;
  const gchar *start;
  const gchar *end;
  const gchar *room;
  const gchar *speakers; /* "; " between names */
} Expected;

static void
assert_talk (LineupSchedule *schedule,
             const Expected *expected)
{
  LineupSession *session = lineup_schedule_find (schedule, expected->id);
  g_autofree gchar *start = NULL;
  g_autofree gchar *end = NULL;
  g_autofree gchar *names = NULL;

  g_assert_nonnull (session);
  start = lineup_format_iso8601 (lineup_session_get_start (session),
                                 lineup_session_get_floating (session));
  end = lineup_format_iso8601 (lineup_session_get_end (session),
                               lineup_session_get_floating (session));
  names = speaker_names (session);
  g_assert_cmpstr (lineup_session_get_title (session), ==, expected->title);
  g_assert_cmpstr (start, ==, expected->start);
  g_assert_cmpstr (end, ==, expected->end);
  g_assert_cmpstr (lineup_session_get_room (session), ==, expected->room);
  g_assert_cmpstr (names, ==, expected->speakers);
  g_assert_cmpuint (lineup_session_get_line (session), ==, expected->line);
  g_assert_false (lineup_session_get_floating (session));
}

/* A schedule of one day whose "rooms" member is @rooms, in @zone_member
 * (a ",\"time_zone_name\": …" or ""). */
static gchar *
small_schedule (const gchar *zone_member,
                const gchar *rooms)
{
  return g_strdup_printf ("{\"schedule\": {\"version\": \"1\", \"conference\": {\n"
                          "\"acronym\": \"t\", \"title\": \"Test\"%s,\n"
                          "\"days\": [{\"index\": 1, \"date\": \"2019-08-21\",\n"
                          "\"day_start\": \"2019-08-21T10:00:00+02:00\",\n"
                          "\"rooms\": %s}]}}}\n",
                          zone_member, rooms);
}

static LineupSchedule *
read_small (const gchar *zone_member,
            const gchar *rooms)
{
  g_autofree gchar *text = small_schedule (zone_member, rooms);
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = read_text (text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

static gchar *
start_of (LineupSchedule *schedule,
          const gchar    *id)
{
  LineupSession *session = lineup_schedule_find (schedule, id);

  g_assert_nonnull (session);
  return lineup_format_iso8601 (lineup_session_get_start (session),
                                lineup_session_get_floating (session));
}

static gchar *
end_of (LineupSchedule *schedule,
        const gchar    *id)
{
  LineupSession *session = lineup_schedule_find (schedule, id);

  g_assert_nonnull (session);
  return lineup_format_iso8601 (lineup_session_get_end (session),
                                lineup_session_get_floating (session));
}

static gboolean
has_warning (LineupSchedule *schedule,
             const gchar    *prefix,
             const gchar    *part)
{
  g_autoptr(GPtrArray) warnings = lineup_schedule_dup_warnings (schedule);

  for (guint i = 0; i < warnings->len; i++)
    {
      const gchar *warning = g_ptr_array_index (warnings, i);

      if (g_str_has_prefix (warning, prefix) && strstr (warning, part) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
assert_error (const gchar *text,
              const gchar *prefix,
              const gchar *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_text (text, NULL, &error);

  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, part) == NULL)
    g_error ("“%s” is not “%s…%s…”", error->message, prefix, part);
}

/* The published files */

/* Values read by hand from tests/data/schedules/camp2019.json (frab,
 * Europe/Berlin, persons {id, public_name}). */
static void
test_camp2019 (void)
{
  static const Expected talks[] = {
    /* line 22; guid line 25, date 2019-08-21T11:00:00+02:00, duration 00:30 */
    { 22, "a0a0fcfe-b7fb-46e3-84b6-97a5406016b4", "Opening Ceremony",
      "2019-08-21T11:00:00+02:00", "2019-08-21T11:30:00+02:00", "Curie", "jinxx; smtw" },
    /* line 254: 22:00, 01:30, three persons */
    { 254, "d8db148c-39e4-4f1e-af23-a26a477c82ee", "20 Jahre Camp",
      "2019-08-21T22:00:00+02:00", "2019-08-21T23:30:00+02:00", "Curie",
      "Markus Ossevorth; Marc-André Janizewski; Tim Pritlove" },
    /* line 283: room Meitner, a quoted nickname */
    { 283, "977957d7-ef42-4ea0-8380-b9a48bd583f0", "Knoten 101",
      "2019-08-21T12:00:00+02:00", "2019-08-21T12:45:00+02:00", "Meitner",
      "Lukas \"cube\" Hannen" },
    /* line 768: duration 03:00 */
    { 768, "117f530f-a20b-4071-b208-39e989a42408", "Lightning Talks",
      "2019-08-22T12:00:00+02:00", "2019-08-22T15:00:00+02:00", "Meitner", "bigalex; honky" },
    /* line 2131: the last day */
    { 2131, "f5ef88a8-0fb3-4310-bb04-358db302a13b", "Closing ceremony",
      "2019-08-25T18:00:00+02:00", "2019-08-25T18:30:00+02:00", "Curie", "jinxx; smtw" },
  };
  g_autoptr(LineupSchedule) schedule = read_data_file ("camp2019.json");
  LineupSession *first;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 79);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "Chaos Communication Camp 2019");
  g_assert_cmpstr (lineup_schedule_get_key (schedule), ==, "Camp2019");
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "Europe/Berlin");
  g_assert_cmpuint (lineup_schedule_get_notes (schedule)->len, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (talks); i++)
    assert_talk (schedule, &talks[i]);

  first = lineup_schedule_find (schedule, talks[0].id);
  g_assert_cmpstr (lineup_session_get_track (first), ==, "CCC");
  g_assert_cmpstr (lineup_session_get_kind (first), ==, "lecture");
  g_assert_cmpstr (lineup_session_get_language (first), ==, "en");
  g_assert_cmpstr (lineup_session_get_url (first), ==,
                   "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html");
  g_assert_cmpstr (lineup_session_get_description (first), ==,
                   "A hearty welcome me lasses and lads!");
}

/* Values read by hand from tests/data/schedules/rc3-2020.json (pretalx, no
 * time_zone_name, every date at +01:00, persons {code, public_name}). */
static void
test_rc3 (void)
{
  static const Expected talks[] = {
    /* line 21; date line 25, duration 00:40 */
    { 21, "c3642671-4c1f-5109-81ba-0535c1cc8428",
      "Der faule Admin automatisiert: Gluon auf echter Hardware testen",
      "2020-12-27T11:30:00+01:00", "2020-12-27T12:10:00+01:00", "r3s - Monheim/Rhein",
      "Chris Fiege; Kasa" },
    /* line 84: duration 02:00 */
    { 84, "d5691650-57d7-5787-aadc-ea515b2276da",
      "Ethical Hackers + Investigative Journos... GAME OVER?",
      "2020-12-27T13:00:00+01:00", "2020-12-27T15:00:00+01:00", "r3s - Monheim/Rhein",
      "Stefania Maurizi; John Goetz" },
    /* line 513: the second room of the first day */
    { 513, "a773d13d-f284-5829-8068-b3444a2c13bb", "Create boxes and more with a lasercutter",
      "2020-12-27T13:55:00+01:00", "2020-12-27T14:35:00+01:00",
      "backspace / franconian.net - Bamberg", "Florian Festi" },
    /* line 1969: a room with "\u00e4" in the file, duration 02:10 */
    { 1969, "9ed40696-8e66-55bb-8c24-724c0d17ae1a", "Chaostrawler test",
      "2020-12-28T11:20:00+01:00", "2020-12-28T13:30:00+01:00",
      "ChaosTrawler Stubnitz/Gängeviertel Hamburg", "omky" },
    /* line 3478: the last day */
    { 3478, "1e8baa54-4bc0-5b55-9fa9-c3a1c28b370c", "Climate Change and the Corona Pandemic",
      "2020-12-30T16:00:00+01:00", "2020-12-30T16:40:00+01:00",
      "hacc München / about:future - München", "Dr. Kira Vinke" },
  };
  g_autoptr(LineupSchedule) schedule = read_data_file ("rc3-2020.json");
  LineupSession *first;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 48);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "rC3 Channels");
  g_assert_cmpstr (lineup_schedule_get_key (schedule), ==, "rc3-channels-2020");
  /* No zone named: the one offset of its events. */
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "+01:00");
  for (guint i = 0; i < G_N_ELEMENTS (talks); i++)
    assert_talk (schedule, &talks[i]);

  first = lineup_schedule_find (schedule, talks[0].id);
  g_assert_cmpstr (lineup_session_get_language (first), ==, "de");
  g_assert_cmpstr (lineup_session_get_kind (first), ==, "Talk 30 min + 10min Q&A");
  /* The abstract, then the description; Markdown links stay. */
  g_assert_true (g_str_has_prefix (lineup_session_get_description (first),
                                   "Eine wichtige Komponente von Freifunk"));
  g_assert_nonnull (strstr (lineup_session_get_description (first),
                            "[pytest](https://docs.pytest.org/)"));
  g_assert_null (strchr (lineup_session_get_description (first), '\r'));
}

/* --timezone shows the same instants in another zone. */
static void
test_zone_override (void)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", "rc3-2020.json", NULL);
  g_autofree gchar *text = NULL;
  g_autofree gchar *start = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  gsize length;
  LineupSourceInput input = { "rc3.json", "rc3.json", "America/New_York" };

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  schedule = lineup_source_read_frab_json (text, length, &input, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "America/New_York");
  start = start_of (schedule, "c3642671-4c1f-5109-81ba-0535c1cc8428");
  g_assert_cmpstr (start, ==, "2020-12-27T05:30:00-05:00");
}

/* The small shapes */

/* pretalx persons {code, name}, a plain string, and ids that are numbers. */
static void
test_persons (void)
{
  g_autoptr(LineupSchedule) schedule = read_small (
    "", "{\"Hall\": [\n"
    "{\"id\": 7, \"date\": \"2019-08-21T11:00:00+02:00\", \"duration\": \"00:30\",\n"
    " \"title\": \"Pretalx\", \"persons\": [{\"code\": \"X1Y2\", \"name\": \"Grace Hopper\","
    " \"biography\": \"Admiral\"}, {\"id\": 3, \"public_name\": \"Ada\"}]},\n"
    "{\"id\": 8, \"date\": \"2019-08-21T12:00:00+02:00\", \"duration\": \"00:30\",\n"
    " \"title\": \"Plain\", \"persons\": \"Alan Turing & Joan Clarke\"}]}");
  g_autofree gchar *pretalx = speaker_names (lineup_schedule_find (schedule, "7"));
  g_autofree gchar *plain = speaker_names (lineup_schedule_find (schedule, "8"));

  g_assert_cmpstr (pretalx, ==, "Grace Hopper; Ada");
  g_assert_cmpstr (plain, ==, "Alan Turing; Joan Clarke");
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_find (schedule, "7")), ==, "Hall");
}

/* Rooms are the keys in the file's order; an event's own "room" wins. */
static void
test_rooms (void)
{
  g_autoptr(LineupSchedule) schedule = read_small (
    ", \"time_zone_name\": \"Europe/Berlin\"",
    "{\"Zeta\": [{\"guid\": \"z\", \"start\": \"11:00\", \"duration\": \"00:30\", \"title\": \"Z\"}],\n"
    " \"Alpha\": [{\"guid\": \"a\", \"start\": \"11:00\", \"duration\": \"00:30\", \"title\": \"A\"},\n"
    "             {\"guid\": \"b\", \"start\": \"12:00\", \"room\": \"Beta\", \"title\": \"B\"}],\n"
    " \"Empty\": []}");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree gchar *text = small_schedule ("", "{\"Zeta\": [], \"Alpha\": [], \"Mu\": []}");
  g_autoptr(GList) names = NULL;
  JsonObject *rooms;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 3);
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_find (schedule, "z")), ==, "Zeta");
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_find (schedule, "a")), ==, "Alpha");
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_find (schedule, "b")), ==, "Beta");

  /* What the reader counts on: json-glib 1.6 keeps the members in order. */
  json_parser_load_from_data (parser, text, -1, NULL);
  rooms = json_object_get_object_member (
    json_array_get_object_element (
      json_object_get_array_member (
        json_object_get_object_member (
          json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                         "schedule"), "conference"), "days"), 0), "rooms");
  names = json_object_get_members (rooms);
  g_assert_cmpuint (g_list_length (names), ==, 3);
  g_assert_cmpstr (names->data, ==, "Zeta");
  g_assert_cmpstr (names->next->data, ==, "Alpha");
  g_assert_cmpstr (names->next->next->data, ==, "Mu");
}

/* Without "date": the day's date and "start"; a start before the day's
 * start (10:00) is in the night after. */
static void
test_after_midnight (void)
{
  g_autoptr(LineupSchedule) schedule = read_small (
    ", \"time_zone_name\": \"Europe/Berlin\"",
    "{\"Hall\": [{\"guid\": \"late\", \"start\": \"23:30\", \"duration\": \"01:00\", \"title\": \"Late\"},\n"
    "  {\"guid\": \"night\", \"start\": \"01:00\", \"duration\": \"00:45\", \"title\": \"Night\"},\n"
    "  {\"guid\": \"utc\", \"date\": \"2019-08-21T23:15:00Z\", \"start\": \"01:15\","
    " \"duration\": \"00:30\", \"title\": \"UTC date\"}]}");
  g_autofree gchar *late = start_of (schedule, "late");
  g_autofree gchar *late_end = end_of (schedule, "late");
  g_autofree gchar *night = start_of (schedule, "night");
  g_autofree gchar *utc = start_of (schedule, "utc");

  g_assert_cmpstr (late, ==, "2019-08-21T23:30:00+02:00");
  g_assert_cmpstr (late_end, ==, "2019-08-22T00:30:00+02:00");
  g_assert_cmpstr (night, ==, "2019-08-22T01:00:00+02:00");
  /* A date written in UTC is the same instant, shown in the zone. */
  g_assert_cmpstr (utc, ==, "2019-08-22T01:15:00+02:00");
}

/* A file that names a zone this computer does not know: the events'
 * offsets are exact; one that names a wrong but real zone: the instants
 * still come from the offsets. */
static void
test_wrong_zone (void)
{
  const gchar *events =
    "{\"Hall\": [{\"guid\": \"x\", \"date\": \"2019-08-21T11:00:00+02:00\", \"start\": \"11:00\","
    " \"duration\": \"00:30\", \"title\": \"X\"},\n"
    "  {\"guid\": \"y\", \"start\": \"12:00\", \"duration\": \"00:30\", \"title\": \"Y\"}]}";
  g_autoptr(LineupSchedule) unknown = read_small (", \"time_zone_name\": \"Mars/Olympus_Mons\"",
                                                  events);
  g_autoptr(LineupSchedule) wrong = read_small (", \"time_zone_name\": \"America/New_York\"",
                                                events);
  g_autofree gchar *x = start_of (unknown, "x");
  g_autofree gchar *y = start_of (unknown, "y");
  g_autofree gchar *wrong_x = start_of (wrong, "x");

  g_assert_cmpstr (lineup_schedule_get_zone_id (unknown), ==, "+02:00");
  g_assert_true (has_warning (unknown, "test.json:1: ", "Mars/Olympus_Mons"));
  g_assert_cmpstr (x, ==, "2019-08-21T11:00:00+02:00");
  /* No date: the day's wall clock in the events' offset. */
  g_assert_cmpstr (y, ==, "2019-08-21T12:00:00+02:00");
  g_assert_false (lineup_session_get_floating (lineup_schedule_find (unknown, "y")));
  g_assert_cmpstr (wrong_x, ==, "2019-08-21T05:00:00-04:00");
  g_assert_true (has_warning (wrong, "test.json:5: ", "America/New_York"));
}

/* Offsets that differ (a DST change, a producer writing UTC): no zone id,
 * but every talk keeps its exact instant, not floating. */
static void
test_mixed_offsets (void)
{
  g_autoptr(LineupSchedule) schedule = read_small (
    "", "{\"Hall\": [{\"guid\": \"a\", \"date\": \"2019-10-26T11:00:00+02:00\", \"title\": \"A\"},\n"
    "  {\"guid\": \"b\", \"date\": \"2019-10-27T11:00:00+01:00\", \"title\": \"B\"}]}");
  g_autofree gchar *a = start_of (schedule, "a");
  g_autofree gchar *b = start_of (schedule, "b");

  g_assert_null (lineup_schedule_get_zone_id (schedule));
  g_assert_cmpstr (a, ==, "2019-10-26T11:00:00+02:00");
  g_assert_cmpstr (b, ==, "2019-10-27T11:00:00+01:00");
  g_assert_false (lineup_session_get_floating (lineup_schedule_find (schedule, "b")));
}

/* No zone and no offset anywhere: floating wall-clock times. */
static void
test_floating (void)
{
  g_autofree gchar *text = g_strdup (
    "{\"schedule\": {\"conference\": {\"title\": \"F\", \"days\": [{\"date\": \"2024-02-03\",\n"
    "\"rooms\": {\"H.1302\": [{\"id\": 1, \"start\": \"09:30\", \"duration\": \"0:25:00\","
    " \"title\": \"Floating\"},\n"
    "{\"id\": 2, \"date\": \"2024-02-03T10:00:00\", \"title\": \"No offset\"}]}}]}}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_text (text, NULL, &error);
  g_autofree gchar *start = NULL;
  g_autofree gchar *end = NULL;

  g_assert_no_error (error);
  start = start_of (schedule, "1");
  end = end_of (schedule, "1");
  g_assert_cmpstr (start, ==, "2024-02-03T09:30:00");
  g_assert_cmpstr (end, ==, "2024-02-03T09:55:00");
  g_assert_true (lineup_session_get_floating (lineup_schedule_find (schedule, "1")));
  g_free (start);
  start = start_of (schedule, "2");
  g_assert_cmpstr (start, ==, "2024-02-03T10:00:00");
  g_assert_true (lineup_session_get_floating (lineup_schedule_find (schedule, "2")));
  g_assert_null (lineup_schedule_get_zone_id (schedule));
}

/* "30:00" is thirty hours; "00:00" is no end; what is not a duration or not
 * a date is a warning naming the talk and its line, and the talk stays. */
static void
test_durations_and_bad_times (void)
{
  g_autoptr(LineupSchedule) schedule = read_small (
    ", \"time_zone_name\": \"Europe/Berlin\"",
    "{\"Hall\": [\n"
    "{\"guid\": \"long\", \"date\": \"2019-08-21T11:00:00+02:00\", \"duration\": \"30:00\", \"title\": \"Long\"},\n"
    "{\"guid\": \"zero\", \"date\": \"2019-08-21T12:00:00+02:00\", \"duration\": \"00:00\", \"title\": \"Zero\"},\n"
    "{\"guid\": \"bad-duration\", \"date\": \"2019-08-21T13:00:00+02:00\", \"duration\": \"-1:30\","
    " \"title\": \"Bad duration\"},\n"
    "{\"guid\": \"feb30\", \"date\": \"2019-02-30T10:00:00+01:00\", \"duration\": \"00:30\","
    " \"title\": \"Leap\"},\n"
    "{\"guid\": \"clock\", \"start\": \"25:61\", \"duration\": \"00:30\", \"title\": \"Clock\"},\n"
    "{\"guid\": \"huge\", \"date\": \"2019-08-21T14:00:00+02:00\", \"duration\": \"9999:59\","
    " \"title\": \"Huge\"}]}");
  g_autofree gchar *long_end = end_of (schedule, "long");
  g_autofree gchar *zero_start = start_of (schedule, "zero");
  g_autofree gchar *huge_end = end_of (schedule, "huge");

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 6);
  g_assert_cmpstr (long_end, ==, "2019-08-22T17:00:00+02:00");
  g_assert_cmpstr (zero_start, ==, "2019-08-21T12:00:00+02:00");
  g_assert_null (lineup_session_get_end (lineup_schedule_find (schedule, "zero")));
  g_assert_nonnull (lineup_session_get_start (lineup_schedule_find (schedule, "bad-duration")));
  g_assert_null (lineup_session_get_end (lineup_schedule_find (schedule, "bad-duration")));
  g_assert_true (has_warning (schedule, "test.json:8: ", "“Bad duration”"));
  g_assert_null (lineup_session_get_start (lineup_schedule_find (schedule, "feb30")));
  g_assert_true (has_warning (schedule, "test.json:9: ", "“Leap”"));
  g_assert_null (lineup_session_get_start (lineup_schedule_find (schedule, "clock")));
  g_assert_true (has_warning (schedule, "test.json:10: ", "“Clock”"));
  g_assert_cmpstr (huge_end, ==, "2020-10-11T05:59:00+02:00");
}

/* HTML abstracts become Markdown; a subtitle leads; repeats go. */
static void
test_description (void)
{
  g_autoptr(LineupSchedule) schedule = read_small (
    "", "{\"Hall\": [{\"guid\": \"h\", \"date\": \"2019-08-21T11:00:00+02:00\", \"title\": \"H\",\n"
    "\"subtitle\": \"Why\", \"abstract\": \"<p>One <em>two</em></p>\","
    " \"description\": \"<p>One <em>two</em></p>\"}]}");
  LineupSession *session = lineup_schedule_find (schedule, "h");

  g_assert_cmpstr (lineup_session_get_description (session), ==, "*Why*\n\nOne *two*");
}

/* What is not a schedule is an error naming the file and a line. */
static void
test_not_a_schedule (void)
{
  const gchar *text = "{\"talks\": []}";
  LineupSourceInput input = { "bad.file", "bad.file", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = lineup_source_read_frab_json (text, strlen (text), &input, &error);
  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "bad.file:1: "));
  g_assert_nonnull (strstr (error->message, "no “schedule” object"));

  assert_error ("[1, 2]", "test.json:1: ", "schedule");
  assert_error ("{\"schedule\": []}", "test.json:1: ", "schedule");
  assert_error ("\n\n{\"schedule\": tru}", "test.json:3: ", "not valid JSON");
  assert_error ("{\"a\": \"\xff\"}\n", "test.json:1: ", "UTF-8");
}

static void
test_no_events (void)
{
  g_autofree gchar *empty_days = g_strdup (
    "{\"schedule\": {\"conference\": {\"title\": \"E\", \"days\": []}}}");
  g_autofree gchar *empty_rooms = small_schedule ("", "{\"Hall\": [], \"Other\": {}}");

  assert_error (empty_days, "test.json:1: ", "no talks");
  assert_error (empty_rooms, "test.json:1: ", "no talks");
  assert_error ("{\"schedule\": {}}", "test.json:1: ", "no talks");
}

/* A file cut short: the line where it ends. */
static void
test_truncated (void)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", "camp2019.json", NULL);
  g_autofree gchar *text = NULL;
  g_autoptr(GError) error = NULL;
  LineupSourceInput input = { "camp.json", "camp.json", NULL };
  gsize length;
  gchar *cut;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  /* Cut inside the title on line 1000 (the file has 2234). */
  cut = text;
  for (guint line = 1; line < 1000; line++)
    cut = strchr (cut, '\n') + 1;
  cut[35] = '\0';
  g_assert_null (lineup_source_read_frab_json (text, strlen (text), &input, &error));
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "camp.json:1000: "));
  g_assert_nonnull (strstr (error->message, "unterminated string"));
}

/* Deep nesting is an error, not a stack overflow. */
static void
test_deep (void)
{
  GString *text = g_string_new ("{\"schedule\": ");
  g_autofree gchar *deep = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (text, i % 2 ? "[" : "{\"a\":");
  deep = g_string_free (text, FALSE);
  assert_error (deep, "test.json:1: ", "nested");
}

/* Reading grows linearly with the events (the line of each, the zone). */
static gpointer
make_events (gsize    size,
             gpointer user_data)
{
  GString *text = g_string_new ("{\"schedule\": {\"conference\": {\"days\": [{\"date\": \"2019-08-21\",\n"
                                "\"rooms\": {\"Hall\": [\n");

  for (gsize i = 0; i < size; i++)
    g_string_append_printf (text, "%s{\"guid\": \"g%" G_GSIZE_FORMAT "\", \"date\": "
                            "\"2019-08-21T11:00:00+02:00\", \"duration\": \"00:30\", "
                            "\"title\": \"T\", \"persons\": [{\"public_name\": \"P\"}]}\n",
                            i ? "," : "", i);
  g_string_append (text, "]}}]}}}\n");
  return g_string_free (text, FALSE);
}

static void
read_events (gpointer input,
             gpointer user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_text (input, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), >, 0);
}

static void
test_linear (void)
{
  lineup_test_assert_linear ("reading JSON events", 400, make_events, read_events, g_free, NULL);
}

/* Through the real executable */

static void
test_cli_list (void)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", "camp2019.json", NULL);
  g_auto(LineupTestRun) cli = { 0 };
  g_autoptr(GPtrArray) talks = NULL;
  JsonObject *first;

  lineup_test_run_init (&cli);
  lineup_test_run_lineup (&cli, "--list", "--json", path, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  talks = lineup_test_json_lines (cli.out);
  g_assert_cmpuint (talks->len, ==, 79);
  for (guint i = 0; i < talks->len; i++)
    g_assert_true (json_object_has_member (json_node_get_object (g_ptr_array_index (talks, i)),
                                           "room"));
  /* In time order: the opening at 11:00 on the first day comes first. */
  first = json_node_get_object (g_ptr_array_index (talks, 0));
  g_assert_cmpstr (json_object_get_string_member (first, "title"), ==, "Opening Ceremony");
  g_assert_cmpstr (json_object_get_string_member (first, "start"), ==,
                   "2019-08-21T11:00:00+02:00");
  g_assert_cmpstr (json_object_get_string_member (first, "room"), ==, "Curie");
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "lecture");
}

/* Two overlapping stars (Lightning Talks 12:00–15:00 in Meitner, Beyond the
 * Pile of Knobs 13:00–13:45 in Curie, 2019-08-22): conflicts, then exports. */
static void
test_cli_agenda_export (void)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", "camp2019.json", NULL);
  const gchar *lightning = "117f530f-a20b-4071-b208-39e989a42408";
  const gchar *knobs = "25ea0487-9dc1-4dc6-8df7-75b4872a164c";
  g_autofree gchar *star_lightning = g_strconcat ("--star=", lightning, NULL);
  g_autofree gchar *star_knobs = g_strconcat ("--star=", knobs, NULL);
  g_auto(LineupTestRun) cli = { 0 };
  g_autoptr(GPtrArray) agenda = NULL;
  g_autofree gchar *ics_path = NULL;
  g_autofree gchar *md_path = NULL;
  g_autofree gchar *export_ics = NULL;
  g_autofree gchar *export_md = NULL;
  g_autofree gchar *ics = NULL;
  g_autofree gchar *md = NULL;
  JsonObject *first;
  JsonArray *conflicts;

  lineup_test_run_init (&cli);
  lineup_test_run_lineup (&cli, star_lightning, star_knobs, path, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  lineup_test_run_lineup (&cli, "--agenda", "--json", path, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  agenda = lineup_test_json_lines (cli.out);
  g_assert_cmpuint (agenda->len, ==, 2);
  first = json_node_get_object (g_ptr_array_index (agenda, 0));
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, lightning);
  g_assert_true (json_object_get_boolean_member (first, "starred"));
  g_assert_cmpstr (json_object_get_string_member (first, "end"), ==, "2019-08-22T15:00:00+02:00");
  conflicts = json_object_get_array_member (first, "conflicts");
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (conflicts, 0), ==, knobs);

  ics_path = g_build_filename (cli.home, "out.ics", NULL);
  md_path = g_build_filename (cli.home, "out.md", NULL);
  export_ics = g_strconcat ("--export=", ics_path, NULL);
  export_md = g_strconcat ("--export=", md_path, NULL);
  lineup_test_run_lineup (&cli, export_ics, path, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  lineup_test_run_lineup (&cli, export_md, path, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  g_assert_true (g_file_get_contents (ics_path, &ics, NULL, NULL));
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));
  g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/Berlin:20190822T120000"));
  g_assert_nonnull (strstr (ics, "DTEND;TZID=Europe/Berlin:20190822T150000"));
  g_assert_nonnull (strstr (ics, "SUMMARY:Beyond the Pile of Knobs"));
  g_assert_nonnull (strstr (ics, "LOCATION:Meitner"));
  g_assert_nonnull (strstr (md, "# Chaos Communication Camp 2019"));
  g_assert_nonnull (strstr (md, "12:00 – 15:00 CEST · Lightning Talks — bigalex, honky"));
}

/* A file without a named zone exports its exact instants. */
static void
test_cli_export_offset (void)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", "rc3-2020.json", NULL);
  g_auto(LineupTestRun) cli = { 0 };
  g_autofree gchar *ics_path = NULL;
  g_autofree gchar *export_ics = NULL;
  g_autofree gchar *ics = NULL;

  lineup_test_run_init (&cli);
  lineup_test_run_lineup (&cli, "--star=a773d13d-f284-5829-8068-b3444a2c13bb", path, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  ics_path = g_build_filename (cli.home, "rc3.ics", NULL);
  export_ics = g_strconcat ("--export=", ics_path, NULL);
  lineup_test_run_lineup (&cli, export_ics, path, NULL);
  g_assert_cmpint (cli.status, ==, 0);
  g_assert_true (g_file_get_contents (ics_path, &ics, NULL, NULL));
  /* 13:55 at +01:00 */
  g_assert_nonnull (strstr (ics, "DTSTART:20201227T125500Z"));
  g_assert_nonnull (strstr (ics, "DTEND:20201227T133500Z"));
}

static void
test_cli_bad_file (void)
{
  g_auto(LineupTestRun) cli = { 0 };
  g_autofree gchar *path = NULL;

  lineup_test_run_init (&cli);
  path = g_build_filename (cli.home, "broken.json", NULL);
  g_assert_true (g_file_set_contents (path, "{\"schedule\": {\n  \"conference\": {\n   \"days\": [\n",
                                      -1, NULL));
  lineup_test_run_lineup (&cli, "--list", path, NULL);
  g_assert_cmpint (cli.status, ==, 1);
  g_assert_true (g_str_has_prefix (cli.err, "lineup: "));
  g_assert_nonnull (strstr (cli.err, "broken.json:"));
  g_assert_nonnull (strstr (cli.err, "not valid JSON"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-json/camp2019", test_camp2019);
  g_test_add_func ("/source-json/rc3", test_rc3);
  g_test_add_func ("/source-json/zone-override", test_zone_override);
  g_test_add_func ("/source-json/persons", test_persons);
  g_test_add_func ("/source-json/rooms", test_rooms);
  g_test_add_func ("/source-json/after-midnight", test_after_midnight);
  g_test_add_func ("/source-json/wrong-zone", test_wrong_zone);
  g_test_add_func ("/source-json/mixed-offsets", test_mixed_offsets);
  g_test_add_func ("/source-json/floating", test_floating);
  g_test_add_func ("/source-json/durations-and-bad-times", test_durations_and_bad_times);
  g_test_add_func ("/source-json/description", test_description);
  g_test_add_func ("/source-json/not-a-schedule", test_not_a_schedule);
  g_test_add_func ("/source-json/no-events", test_no_events);
  g_test_add_func ("/source-json/truncated", test_truncated);
  g_test_add_func ("/source-json/deep", test_deep);
  g_test_add_func ("/source-json/linear", test_linear);
  g_test_add_func ("/source-json/cli-list", test_cli_list);
  g_test_add_func ("/source-json/cli-agenda-export", test_cli_agenda_export);
  g_test_add_func ("/source-json/cli-export-offset", test_cli_export_offset);
  g_test_add_func ("/source-json/cli-bad-file", test_cli_bad_file);

  return g_test_run ();
}
