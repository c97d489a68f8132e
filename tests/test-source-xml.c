/* test-source-xml.c — the reader of lineup-source-xml.c
 *
 * The expected values were read by hand from the files in
 * tests/data/schedules/ (the line of each is in a comment).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "lineup-core.h"
#include "lineup-post-document.h"
#include "lineup-source-reader-private.h"
#include "lineup-test-run.h"

static gchar *
schedule_path (const gchar *name)
{
  return g_build_filename (TEST_DATA_DIR, "schedules", name, NULL);
}

static gchar *
load (const gchar *name,
      gsize       *length)
{
  g_autofree gchar *path = schedule_path (name);
  g_autoptr(GError) error = NULL;
  gchar *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static LineupSchedule *
read_text (const gchar  *name,
           const gchar  *text,
           gsize         length,
           GError      **error)
{
  LineupSourceInput input = { name, name, NULL };

  return lineup_source_read_frab_xml (text, length, &input, error);
}

static LineupSchedule *
read_file (const gchar *name)
{
  gsize length = 0;
  g_autofree gchar *text = load (name, &length);
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = read_text (name, text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

static LineupSchedule *
read_string (const gchar  *text,
             GError      **error)
{
  return read_text ("test.xml", text, strlen (text), error);
}

typedef struct
{
  const gchar *id;
  guint        line;
  const gchar *title;
  const gchar *start;     /* ISO 8601, floating when without offset */
  const gchar *end;
  const gchar *room;
  const gchar *speakers;  /* "A|B", "" for none */
} Expected;

static void
assert_session (LineupSchedule *schedule,
                const Expected *expected)
{
  LineupSession *session = lineup_schedule_find (schedule, expected->id);
  g_autofree gchar *start = NULL;
  g_autofree gchar *end = NULL;
  g_autoptr(GString) speakers = g_string_new (NULL);
  GPtrArray *list;

  g_assert_nonnull (session);
  g_assert_cmpuint (lineup_session_get_line (session), ==, expected->line);
  g_assert_cmpstr (lineup_session_get_title (session), ==, expected->title);
  start = lineup_format_iso8601 (lineup_session_get_start (session),
                                 lineup_session_get_floating (session));
  end = lineup_format_iso8601 (lineup_session_get_end (session),
                               lineup_session_get_floating (session));
  g_assert_cmpstr (start, ==, expected->start);
  g_assert_cmpstr (end, ==, expected->end);
  g_assert_cmpstr (lineup_session_get_room (session), ==, expected->room);
  list = lineup_session_get_speakers (session);
  for (guint i = 0; i < list->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (list, i);

      g_string_append_printf (speakers, "%s%s", i ? "|" : "", speaker->name);
      g_assert_null (speaker->affiliation);
    }
  g_assert_cmpstr (speakers->str, ==, expected->speakers);
}

/* ---- the published files ------------------------------------------------ */

static void
test_fosdem_2024 (void)
{
  g_autoptr(LineupSchedule) schedule = read_file ("fosdem-2024.xml");
  /* <city>Brussels</city> (line 7) gives the zone; no <date> in the events. */
  const Expected expected[] = {
    /* lines 86-99 */
    { "10528", 86, "Creative Coding with TurtleStitch", "2024-02-03T10:30:00+01:00",
      "2024-02-03T11:30:00+01:00", "J.1.106", "Pauline Maas" },
    /* lines 106-122: four persons */
    { "10566", 106, "MicroBlocks", "2024-02-03T11:40:00+01:00", "2024-02-03T12:40:00+01:00",
      "J.1.106", "Bernat Romagosa|Kathy Giori|John Maloney|Turgut Guneysu" },
    /* lines 8751-8765: day 2 at 09:00, the day_change (not the next date) */
    { "10893", 8751, "MicroBlocks Workshop", "2024-02-04T09:00:00+01:00",
      "2024-02-04T10:00:00+01:00", "J.1.106", "Kathy Giori" },
    /* lines 8857-8871: two hours */
    { "11134", 8857, "Raspberry Pi workshop", "2024-02-04T14:50:00+01:00",
      "2024-02-04T16:50:00+01:00", "J.1.106", "Stephen Chin" },
    /* lines 16535-16557: the last event, on day 2 (line 8747), its room
     * only in its own <room> */
    { "11200", 16535, "Are Project Tests Enough for Automated Dependency Updates? A Case Study "
      "of 262 Java Projects on Github", "2024-02-04T16:30:00+01:00",
      "2024-02-04T17:00:00+01:00", "UD2.208 (Decroly)", "Joseph Hejderup" },
  };
  LineupSession *session;

  /* 674 <event>s, each a talk (README: 674). */
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 674);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "FOSDEM 2024");
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "Europe/Brussels");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_session (schedule, &expected[i]);

  /* lines 16535-16540 (the last event): its room only from <room>, the
   * track, type and language as written; the escaped HTML abstract is
   * Markdown now. */
  session = lineup_schedule_find (schedule, "11200");
  g_assert_nonnull (session);
  g_assert_cmpstr (lineup_session_get_room (session), ==, "UD2.208 (Decroly)");
  g_assert_cmpstr (lineup_session_get_track (session), ==,
                   "Testing and Continuous delivery devroom");
  g_assert_cmpstr (lineup_session_get_kind (session), ==, "devroom");
  g_assert_cmpstr (lineup_session_get_language (session), ==, "en");
  g_assert_false (lineup_session_get_floating (session));

  /* line 112: "&lt;p&gt;&lt;a href=…&gt;MicroBlocks&lt;/a&gt; is a blocks…" */
  session = lineup_schedule_find (schedule, "10566");
  g_assert_true (g_str_has_prefix (lineup_session_get_description (session),
                                   "[MicroBlocks](https://microblocks.fun) is a blocks"));
  g_assert_null (strstr (lineup_session_get_description (session), "<p>"));
}

static void
test_fosdem_2010 (void)
{
  g_autoptr(LineupSchedule) schedule = read_file ("fosdem-2010.xml");
  /* Old layout: <event> right under <day> (lines 14, 2294), no zone but
   * <city>Brussels</city> (line 7): the wall clock is Brussels'. */
  const Expected expected[] = {
    /* lines 15-28 */
    { "20", 15, "asterisk: An introduction to Asterisk Development",
      "2010-02-06T16:40:00+01:00", "2010-02-06T16:55:00+01:00", "Ferrer", "Mark Michelson" },
    /* lines 51-64 ("</event>  <event id="30">" on one line) */
    { "30", 51, "BSD Associate exam session", "2010-02-06T14:00:00+01:00",
      "2010-02-06T16:00:00+01:00", "UA2.114", "Philip Paeps" },
    /* lines 2295-2308: the first event of day 2, id "0" */
    { "0", 2295, "Javascript charting with YUI Flot", "2010-02-07T12:00:00+01:00",
      "2010-02-07T12:45:00+01:00", "Chavanne", "Philip Tellis" },
    /* lines 4005-4019: two persons */
    { "171", 4005, "Keysigning Party", "2010-02-07T12:00:00+01:00",
      "2010-02-07T14:00:00+01:00", "Ferrer", "Ulrich Schroeter|Philip Paeps" },
    /* lines 3570-3586: day 2 (line 2294), "</event>  <event id="100">" */
    { "100", 3570, "OPEN-MCARE: Open Heart for Elderly Care", "2010-02-07T10:00:00+01:00",
      "2010-02-07T10:30:00+01:00", "Lameere", "Kuo-Kun Tseng" },
  };
  LineupSession *session;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 301);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "FOSDEM 2010");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_session (schedule, &expected[i]);
  /* line 26: "&#xA;&lt;p&gt;Asterisk is … PBX&amp;#39;s.&#xA;&lt;/p&gt;" */
  session = lineup_schedule_find (schedule, "20");
  g_assert_nonnull (strstr (lineup_session_get_description (session),
                            "commonly used to implement PBX's."));
  g_assert_null (strstr (lineup_session_get_description (session), "&#"));
}

static void
test_fosdem_2010_override (void)
{
  gsize length = 0;
  g_autofree gchar *text = load ("fosdem-2010.xml", &length);
  LineupSourceInput input = { "fosdem-2010.xml", "fosdem-2010.xml", "UTC" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autofree gchar *start = NULL;

  /* A zone the schedule knows (Brussels) keeps its instants, shown in UTC. */
  schedule = lineup_source_read_frab_xml (text, length, &input, &error);
  g_assert_no_error (error);
  start = lineup_format_iso8601 (lineup_session_get_start (lineup_schedule_find (schedule, "20")),
                                 FALSE);
  g_assert_cmpstr (start, ==, "2010-02-06T15:40:00+00:00");

  input.zone_override = "Not/AZone";
  g_clear_object (&schedule);
  schedule = lineup_source_read_frab_xml (text, length, &input, &error);
  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_BAD_ZONE);
}

static void
test_39c3 (void)
{
  g_autoptr(LineupSchedule) schedule = read_file ("39c3.xml");
  /* <time_zone_name>Europe/Berlin</time_zone_name> (line 11); every event
   * has <date> with its offset. */
  const Expected expected[] = {
    /* lines 24-50: two persons; <links><link><title>Zügli (line 55) is not
     * the title */
    { "a2dd3dc7-ecae-50b3-82d9-266ad02f7a40", 24,
      "All my Deutschlandtickets gone: Fraud at an industrial scale",
      "2025-12-27T16:00:00+01:00", "2025-12-27T17:00:00+01:00", "One",
      "Q Misell|maya / 551724" },
    /* lines 379-404: after midnight, in day 1 (line 22) yet on the 28th */
    { "341961a3-599d-52b9-8262-34c1757c9698", 379,
      "Unnecessarily Complicated Kitchen – Die Wissenschaft des guten Geschmacks",
      "2025-12-28T00:20:00+01:00", "2025-12-28T01:20:00+01:00", "One", "LukasQ" },
    /* lines 1897-1914: five hours */
    { "b08f74e1-8873-454b-99e4-ba53be07b728", 1897, "Elektrobausteine - Tag 1",
      "2025-12-27T11:00:00+01:00", "2025-12-27T16:00:00+01:00", "Kidspace - Elektrotisch",
      "elzbeth" },
    /* lines 4008-4054: 03:30, no persons (<persons/>) */
    { "810e6683-87bb-4f68-a857-f8a601b432dd", 4008, "Arduino For Total Newbies workshop",
      "2025-12-28T13:30:00+01:00", "2025-12-28T17:00:00+01:00",
      "Hardware Hacking Area -- Right-front", "" },
    /* lines 5372-5419: <attachments><attachment><title>a crack one word
     * wide (line 5419) and link titles (5403-5411) are not the title */
    { "c31906d3-4cd5-5b05-aebe-5ce1538c70b8", 5372,
      "Hegemony Eroding: Excavating Diversity in Latent Space", "2025-12-29T21:05:00+01:00",
      "2025-12-29T21:45:00+01:00", "Fuse", "Karim Hamdi" },
  };
  LineupSession *session;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 215);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==,
                   "39th Chaos Communications Congress");
  g_assert_cmpstr (lineup_schedule_get_key (schedule), ==, "39c3");
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "Europe/Berlin");
  g_assert_cmpuint (lineup_schedule_get_notes (schedule)->len, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_session (schedule, &expected[i]);

  session = lineup_schedule_find (schedule, "a2dd3dc7-ecae-50b3-82d9-266ad02f7a40");
  g_assert_cmpstr (lineup_session_get_url (session), ==,
                   "https://events.ccc.de/congress/2025/hub/event/detail/"
                   "all-my-deutschlandtickets-gone-fraud-at-an-industrial-scale");
  g_assert_cmpstr (lineup_session_get_kind (session), ==, "Talk");
  /* Markdown as written, without the XML's indent (line 41: "German public
   * transport…" indented by 20 spaces would be a code block). */
  g_assert_nonnull (strstr (lineup_session_get_description (session),
                            "\n\nGerman public transport is famously decentralised"));
  g_assert_nonnull (strstr (lineup_session_get_description (session),
                            "[a deep-dive into the technical details of train ticketing]"));
}

/* ---- layouts and times --------------------------------------------------- */

#define HEAD "<?xml version=\"1.0\"?>\n<schedule>\n<conference><title>T</title>" \
             "<time_zone_name>Europe/Berlin</time_zone_name></conference>\n"

static void
test_durations (void)
{
  const gchar *text =
    HEAD
    "<day date=\"2024-05-01\">\n"
    "<room name=\"A\">\n"
    "<event id=\"1\"><start>10:00</start><duration>25:00</duration><title>Long</title></event>\n"
    "<event id=\"2\"><start>11:00</start><duration>00:00</duration><title>Zero</title></event>\n"
    "<event id=\"3\"><start>12:00</start><duration>1:30:00</duration><title>HMS</title></event>\n"
    "<event id=\"4\"><start>13:00</start><duration>soon</duration><title>Bad</title></event>\n"
    "<event id=\"5\"><start>25:61</start><duration>00:10</duration><title>Nope</title></event>\n"
    "<event id=\"6\"/>\n"
    "</room>\n"
    "</day>\n"
    "<day date=\"2024-05-02\"/>\n"
    "<day date=\"2024-05-03\"></day>\n"
    "</schedule>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_string (text, &error);
  g_autofree gchar *end1 = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  LineupSession *zero;

  g_assert_no_error (error);
  /* Five talks and an empty <event/> (untitled, untimed); the empty days
   * add nothing. */
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 6);
  end1 = lineup_format_iso8601 (lineup_session_get_end (lineup_schedule_find (schedule, "1")),
                                FALSE);
  g_assert_cmpstr (end1, ==, "2024-05-02T11:00:00+02:00");
  zero = lineup_schedule_find (schedule, "2");
  g_assert_true (g_date_time_equal (lineup_session_get_start (zero),
                                    lineup_session_get_end (zero)));
  g_assert_cmpint (g_date_time_get_minute (lineup_session_get_end (
                     lineup_schedule_find (schedule, "3"))), ==, 30);
  /* A bad duration: the start stays, no end; a bad start: no times. */
  g_assert_nonnull (lineup_session_get_start (lineup_schedule_find (schedule, "4")));
  g_assert_null (lineup_session_get_end (lineup_schedule_find (schedule, "4")));
  g_assert_null (lineup_session_get_start (lineup_schedule_find (schedule, "5")));
  warnings = lineup_schedule_dup_warnings (schedule);
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (warnings, 2), ==,
                   "test.xml:11: no time is given for “Untitled”");
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "test.xml:9: the duration of “Bad” (soon) is not a duration");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 1), "test.xml:10: "));
}

static void
test_after_midnight (void)
{
  /* No <date>: a start before the day's start is on the next date. */
  const gchar *text =
    HEAD
    "<day date=\"2024-05-01\" start=\"10:00\" end=\"04:00\">\n"
    "<event id=\"1\"><start>23:30</start><duration>01:00</duration><room>R</room>"
    "<title>Late</title></event>\n"
    "<event id=\"2\"><start>01:15</start><duration>00:30</duration><room>R</room>"
    "<title>Later</title></event>\n"
    "</day>\n"
    "</schedule>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_string (text, &error);
  g_autofree gchar *late_end = NULL;
  g_autofree gchar *later = NULL;

  g_assert_no_error (error);
  late_end = lineup_format_iso8601 (lineup_session_get_end (lineup_schedule_find (schedule, "1")),
                                    FALSE);
  later = lineup_format_iso8601 (lineup_session_get_start (lineup_schedule_find (schedule, "2")),
                                 FALSE);
  g_assert_cmpstr (late_end, ==, "2024-05-02T00:30:00+02:00");
  g_assert_cmpstr (later, ==, "2024-05-02T01:15:00+02:00");
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_find (schedule, "1")), ==, "R");
}

static void
test_no_zone (void)
{
  const gchar *text =
    "<schedule><conference><title>Floating</title></conference>\n"
    "<day date=\"2024-05-01\"><room name=\"Main\">\n"
    "<event id=\"x\"><start>09:15</start><duration>00:45</duration><title>T</title>"
    "<persons><person id=\"1\">Ann</person><person id=\"2\"> Bob </person></persons>"
    "</event>\n"
    "</room></day></schedule>";
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_string (text, &error);
  LineupSession *session;
  g_autofree gchar *start = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  g_assert_no_error (error);
  session = lineup_schedule_find (schedule, "x");
  g_assert_true (lineup_session_get_floating (session));
  start = lineup_format_iso8601 (lineup_session_get_start (session), TRUE);
  g_assert_cmpstr (start, ==, "2024-05-01T09:15:00");
  /* The room of the new layout comes from <room name>. */
  g_assert_cmpstr (lineup_session_get_room (session), ==, "Main");
  g_assert_cmpstr (lineup_session_get_speakers_text (session), ==, "Ann, Bob");
  warnings = lineup_schedule_dup_warnings (schedule);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "test.xml:1: the schedule names no time zone; times are shown as written");
}

static void
test_date_offset (void)
{
  /* <date> is the instant even when written in UTC; with no zone name its
   * offset is the zone. */
  const gchar *text =
    "<schedule><conference><title>C</title></conference>\n"
    "<day date=\"2024-05-01\"><room name=\"A\">\n"
    "<event guid=\"g-1\" id=\"7\"><date>2024-05-01T18:00:00+02:00</date><start>18:00</start>"
    "<duration>00:30</duration><title>One</title></event>\n"
    "<event guid=\"g-1\" id=\"7\"><date>2024-05-02T10:00:00+02:00</date><start>10:00</start>"
    "<duration>00:30</duration><title>One again</title></event>\n"
    "</room></day></schedule>";
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_string (text, &error);
  g_autofree gchar *start = NULL;

  g_assert_no_error (error);
  start = lineup_format_iso8601 (lineup_session_get_start (lineup_schedule_find (schedule, "g-1")),
                                 FALSE);
  g_assert_cmpstr (start, ==, "2024-05-01T18:00:00+02:00");
  /* A repeated guid (a talk with two slots) is made unique. */
  g_assert_nonnull (lineup_schedule_find (schedule, "g-1-2"));
  g_assert_false (lineup_session_get_floating (lineup_schedule_find (schedule, "g-1")));
}

/* Escaped HTML abstracts become the Markdown lineup_post_document_html_to_markdown()
 * makes of them, whether the reader converts them itself (plain paragraphs
 * and links) or through it. */
static void
test_html_abstracts (void)
{
  static const gchar *const abstracts[] = {
    "<p>Plain words, and a <a href=\"https://example.org/x\">link to it</a>.</p>\n<p>Two</p>",
    "<p><a href=\"https://example.org\">https://example.org</a></p>",
    "<p>1. not a list</p>",
    "<p>Stars * and_underscores_ and R&amp;D!</p>",
    "<ul><li>a</li><li>b</li></ul><p>then <code>code</code></p>",
    "<p>Unclosed",
  };

  for (guint i = 0; i < G_N_ELEMENTS (abstracts); i++)
    {
      g_autofree gchar *escaped = g_markup_escape_text (abstracts[i], -1);
      g_autofree gchar *text =
        g_strdup_printf (HEAD "<day date=\"2024-05-01\"><event id=\"1\"><start>10:00</start>"
                         "<title>T</title><abstract>%s</abstract></event></day></schedule>",
                         escaped);
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_string (text, &error);
      g_autofree gchar *expected = lineup_post_document_html_to_markdown (abstracts[i]);

      g_assert_no_error (error);
      g_assert_cmpstr (lineup_session_get_description (lineup_schedule_find (schedule, "1")), ==,
                       g_strstrip (expected));
    }
}

/* ---- what is not a schedule --------------------------------------------- */

static void
assert_malformed (const gchar *text,
                  gsize        length,
                  const gchar *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_text ("bad.file", text, length, &error);

  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
}

/* What is not a schedule is an error naming the file and a line. */
static void
test_not_a_schedule (void)
{
  const gchar *html = "<html><body>no</body></html>";
  const gchar *later = "<?xml version=\"1.0\"?>\n\n<feed>\n</feed>\n";

  assert_malformed (html, strlen (html),
                    "bad.file:1: not a conference schedule (the root element is <html>)");
  assert_malformed (later, strlen (later), "bad.file:3: not a conference schedule");
  assert_malformed ("", 0, "bad.file:1: ");
  assert_malformed ("<schedule>\xff\xfe</schedule>", 22, "bad.file:1: ");
}

/* libxml2's own complaints (an encoding it cannot convert) stay out of
 * stderr: the error says it. */
static void
test_quiet (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_text ("q.xml", "<\0\0\0;", 5, &error);

      g_assert_null (schedule);
      g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

static void
test_truncated (void)
{
  gsize length = 0;
  g_autofree gchar *text = load ("fosdem-2010.xml", &length);
  gsize cut = length / 2;
  guint lines = 1;

  /* Cut in the middle of an element: the error is at (about) the end. */
  for (gsize i = 0; i < cut; i++)
    lines += text[i] == '\n';
  text[cut] = '\0';
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LineupSchedule) schedule = read_text ("cut.xml", text, cut, &error);
    guint line;

    g_assert_null (schedule);
    g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
    g_assert_true (g_str_has_prefix (error->message, "cut.xml:"));
    line = (guint) g_ascii_strtoull (error->message + strlen ("cut.xml:"), NULL, 10);
    g_assert_cmpuint (line, >=, lines - 1);
    g_assert_cmpuint (line, <=, lines + 1);
    g_assert_nonnull (strstr (error->message, "cut short"));
  }
}

static void
test_entities (void)
{
  /* Billion laughs: refused before anything is expanded. */
  const gchar *laughs =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE schedule [\n"
    " <!ENTITY a \"lol\">\n"
    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
    " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
    " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
    " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
    " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
    " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
    " <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n"
    "]>\n"
    "<schedule><day date=\"2024-01-01\"><event id=\"1\"><title>&i;</title></event></day>"
    "</schedule>\n";
  /* An external entity (XXE) is not read either. */
  const gchar *xxe =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE schedule [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<schedule><day date=\"2024-01-01\"><event id=\"1\"><title>&x;</title></event></day>"
    "</schedule>\n";
  /* An entity that is not declared: not well-formed. */
  const gchar *undeclared =
    "<schedule><day date=\"2024-01-01\"><event id=\"1\"><title>&x;</title></event></day>"
    "</schedule>\n";

  assert_malformed (laughs, strlen (laughs), "bad.file:1: ");
  assert_malformed (xxe, strlen (xxe), "bad.file:1: ");
  assert_malformed (undeclared, strlen (undeclared), "bad.file:1: ");
}

static void
test_nested_fields (void)
{
  /* Only direct children of <event> are its fields. */
  const gchar *text =
    HEAD
    "<day date=\"2024-05-01\"><room name=\"A\">\n"
    "<event id=\"1\">\n"
    "  <attachments><attachment href=\"/x\"><title>Wrong</title></attachment></attachments>\n"
    "  <links><link href=\"https://example.org/slides\"><title>Slides</title></link>"
    "<link href=\"javascript:alert(1)\">Bad</link></links>\n"
    "  <title>Right</title><start>10:00</start><duration>00:30</duration>\n"
    "  <extra><start>23:00</start><room>Nowhere</room></extra>\n"
    "  <url>javascript:alert(1)</url>\n"
    "</event>\n"
    "</room></day></schedule>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_string (text, &error);
  LineupSession *session;

  g_assert_no_error (error);
  session = lineup_schedule_find (schedule, "1");
  g_assert_cmpstr (lineup_session_get_title (session), ==, "Right");
  g_assert_cmpstr (lineup_session_get_room (session), ==, "A");
  g_assert_cmpint (g_date_time_get_hour (lineup_session_get_start (session)), ==, 10);
  g_assert_null (lineup_session_get_url (session));
  g_assert_cmpuint (lineup_session_get_line (session), ==, 5);
  g_assert_nonnull (strstr (lineup_session_get_description (session),
                            "[Slides](<https://example.org/slides>)"));
  g_assert_null (strstr (lineup_session_get_description (session), "javascript"));
}

/* ---- through the executable ---------------------------------------------- */

static JsonObject *
find_id (GPtrArray   *talks,
         const gchar *id)
{
  for (guint i = 0; i < talks->len; i++)
    {
      JsonObject *talk = json_node_get_object (g_ptr_array_index (talks, i));

      if (g_strcmp0 (json_object_get_string_member (talk, "id"), id) == 0)
        return talk;
    }
  g_error ("no talk with the id %s", id);
  return NULL;
}

static gboolean
array_has (JsonObject  *talk,
           const gchar *member,
           const gchar *value)
{
  JsonArray *array = json_object_get_array_member (talk, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static void
test_cli_list (void)
{
  g_autofree gchar *path = schedule_path ("fosdem-2024.xml");
  g_auto(LineupTestRun) run = { 0 };
  g_autoptr(GPtrArray) talks = NULL;

  lineup_test_run_init (&run);
  lineup_test_run_lineup (&run, "--list", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  talks = lineup_test_json_lines (run.out);
  g_assert_cmpuint (talks->len, ==, 674);
  for (guint i = 0; i < talks->len; i++)
    {
      JsonObject *talk = json_node_get_object (g_ptr_array_index (talks, i));

      g_assert_true (json_object_has_member (talk, "room"));
      g_assert_nonnull (json_object_get_string_member (talk, "room"));
    }
}

static void
test_cli_star_agenda_export (void)
{
  g_auto(LineupTestRun) run = { 0 };
  g_autofree gchar *path = schedule_path ("fosdem-2024.xml");
  g_autofree gchar *ics = NULL;
  g_autofree gchar *md = NULL;
  g_autofree gchar *ics_arg = NULL;
  g_autofree gchar *md_arg = NULL;
  g_autofree gchar *ics_text = NULL;
  g_autofree gchar *md_text = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  JsonObject *talk;

  lineup_test_run_init (&run);
  ics = g_build_filename (run.home, "out.ics", NULL);
  md = g_build_filename (run.home, "out.md", NULL);
  /* 10528 (line 86) 10:30-11:30 and 10566 (line 106) 11:40: apart; 10510
   * (K.4.401) 10:30-10:35 overlaps 10528. */
  lineup_test_run_lineup (&run, "--star=10528", "--star=10510", "--star=10566", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lineup_test_run_lineup (&run, "--agenda", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  agenda = lineup_test_json_lines (run.out);
  g_assert_cmpuint (agenda->len, ==, 3);
  talk = find_id (agenda, "10528");
  g_assert_true (json_object_get_boolean_member (talk, "starred"));
  g_assert_true (array_has (talk, "conflicts", "10510"));
  g_assert_true (array_has (find_id (agenda, "10510"), "conflicts", "10528"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      find_id (agenda, "10566"), "conflicts")), ==, 0);

  ics_arg = g_strconcat ("--export=", ics, NULL);
  lineup_test_run_lineup (&run, ics_arg, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  md_arg = g_strconcat ("--export=", md, NULL);
  lineup_test_run_lineup (&run, md_arg, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (ics, &ics_text, NULL, NULL));
  g_assert_nonnull (strstr (ics_text, "SUMMARY:Creative Coding with TurtleStitch"));
  g_assert_nonnull (strstr (ics_text, "SUMMARY:MicroBlocks"));
  g_assert_nonnull (strstr (ics_text,
                            "DTSTART;TZID=Europe/Brussels:20240203T103000\r\n"
                            "DTEND;TZID=Europe/Brussels:20240203T113000\r\n"
                            "SUMMARY:Creative Coding with TurtleStitch"));
  g_assert_nonnull (strstr (ics_text, "DTSTART;TZID=Europe/Brussels:20240203T114000"));
  g_assert_nonnull (strstr (ics_text, "LOCATION:J.1.106"));
  g_assert_true (g_file_get_contents (md, &md_text, NULL, NULL));
  g_assert_nonnull (strstr (md_text, "10:30 – 11:30 CET · Creative Coding with TurtleStitch"));
  g_assert_nonnull (strstr (md_text, "MicroBlocks"));
}

static void
test_cli_bad_file (void)
{
  g_auto(LineupTestRun) run = { 0 };
  g_autofree gchar *path = NULL;
  g_autofree gchar *expected = NULL;

  lineup_test_run_init (&run);
  path = g_build_filename (run.home, "broken.xml", NULL);
  g_assert_true (g_file_set_contents (path,
                                      "<?xml version=\"1.0\"?>\n<schedule>\n<day>\n<event>\n"
                                      "</day>\n", -1, NULL));
  lineup_test_run_lineup (&run, "--list", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("lineup: %s:5: ", path);
  if (!g_str_has_prefix (run.err, expected))
    g_error ("“%s” does not start with “%s”", run.err, expected);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-xml/fosdem-2024", test_fosdem_2024);
  g_test_add_func ("/source-xml/fosdem-2010", test_fosdem_2010);
  g_test_add_func ("/source-xml/fosdem-2010-override", test_fosdem_2010_override);
  g_test_add_func ("/source-xml/39c3", test_39c3);
  g_test_add_func ("/source-xml/durations", test_durations);
  g_test_add_func ("/source-xml/after-midnight", test_after_midnight);
  g_test_add_func ("/source-xml/no-zone", test_no_zone);
  g_test_add_func ("/source-xml/date-offset", test_date_offset);
  g_test_add_func ("/source-xml/nested-fields", test_nested_fields);
  g_test_add_func ("/source-xml/html-abstracts", test_html_abstracts);
  g_test_add_func ("/source-xml/not-a-schedule", test_not_a_schedule);
  g_test_add_func ("/source-xml/truncated", test_truncated);
  g_test_add_func ("/source-xml/quiet", test_quiet);
  g_test_add_func ("/source-xml/entities", test_entities);
  g_test_add_func ("/source-xml/cli-list", test_cli_list);
  g_test_add_func ("/source-xml/cli-star-agenda-export", test_cli_star_agenda_export);
  g_test_add_func ("/source-xml/cli-bad-file", test_cli_bad_file);

  return g_test_run ();
}
