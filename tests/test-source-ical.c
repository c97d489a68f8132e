/* test-source-ical.c — the reader of lineup-source-ical.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "lineup-core.h"
#include "lineup-source-reader-private.h"
#include "lineup-test-run.h"

/* Helpers ------------------------------------------------------------------ */

static LineupSchedule *
read_text_full (const gchar  *text,
                const gchar  *zone_override,
                GError      **error)
{
  LineupSourceInput input = { "test.ics", "test.ics", zone_override };

  return lineup_source_read_icalendar (text, strlen (text), &input, error);
}

static LineupSchedule *
read_text (const gchar *text)
{
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = read_text_full (text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

/* The error message reading @text gives (the reader must fail). */
static gchar *
read_error (const gchar *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_text_full (text, NULL, &error);

  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
  return g_strdup (error->message);
}

static LineupSchedule *
read_data_file (const gchar *name)
{
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "schedules", name, NULL);
  g_autofree gchar *contents = NULL;
  g_autoptr(GError) error = NULL;
  LineupSourceInput input = { name, name, NULL };
  LineupSchedule *schedule;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  schedule = lineup_source_read_icalendar (contents, length, &input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

static gchar *
iso (GDateTime *dt)
{
  return dt ? g_date_time_format_iso8601 (dt) : g_strdup ("(none)");
}

/* "Name (Org); Name" */
static gchar *
speakers_of (LineupSession *session)
{
  GPtrArray *speakers = lineup_session_get_speakers (session);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < speakers->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, speaker->name);
      if (speaker->affiliation != NULL)
        g_string_append_printf (text, " (%s)", speaker->affiliation);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  const gchar *id;
  guint        line;
  const gchar *title;
  const gchar *start;   /* ISO 8601 with the offset */
  const gchar *end;
  const gchar *room;
  const gchar *speakers;
} Expected;

static void
check_talk (LineupSchedule *schedule,
            const Expected *expected)
{
  LineupSession *session = lineup_schedule_find (schedule, expected->id);
  g_autofree gchar *start = NULL;
  g_autofree gchar *end = NULL;
  g_autofree gchar *speakers = NULL;

  g_assert_nonnull (session);
  start = iso (lineup_session_get_start (session));
  end = iso (lineup_session_get_end (session));
  speakers = speakers_of (session);
  g_assert_cmpuint (lineup_session_get_line (session), ==, expected->line);
  g_assert_cmpstr (lineup_session_get_title (session), ==, expected->title);
  g_assert_cmpstr (start, ==, expected->start);
  g_assert_cmpstr (end, ==, expected->end);
  g_assert_cmpstr (lineup_session_get_room (session), ==, expected->room);
  g_assert_cmpstr (speakers, ==, expected->speakers);
  g_assert_false (lineup_session_get_floating (session));
}

static LineupSession *
only_session (LineupSchedule *schedule)
{
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
  return lineup_schedule_get_session (schedule, 0);
}

static gchar *
start_of (LineupSession *session)
{
  return iso (lineup_session_get_start (session));
}

static gchar *
end_of (LineupSession *session)
{
  return iso (lineup_session_get_end (session));
}

/* Whether some warning of @schedule starts with @prefix and holds @part. */
static gboolean
has_warning (LineupSchedule *schedule,
             const gchar    *prefix,
             const gchar    *part)
{
  g_autoptr(GPtrArray) warnings = lineup_schedule_dup_warnings (schedule);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const gchar *warning = g_ptr_array_index (warnings, i);

      if (g_str_has_prefix (warning, prefix) && strstr (warning, part) != NULL)
        return TRUE;
    }
  return FALSE;
}

#define CALENDAR_HEAD "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n"

/* The files ---------------------------------------------------------------- */

/* Sched: times in UTC, X-WR-TIMEZONE:UTC, LOCATION "Room, Amsterdam,
 * Netherlands": the times come out on Amsterdam wall clock (26 March 2026
 * is CET, +01:00), the room without the city.  Values read from the file;
 * the line is the BEGIN:VEVENT's. */
static void
test_kubecon (void)
{
  g_autoptr(LineupSchedule) schedule = read_data_file ("kubecon-eu-2026-03-26.ics");
  static const Expected talks[] = {
    /* lines 57-67: DTSTART:20260326T080000Z DTEND:20260326T080300Z */
    { "49219e62f1864ed8e07558e50c46dee7", 57, "Keynote: Welcome Back + Opening Remarks",
      "2026-03-26T09:00:00+01", "2026-03-26T09:03:00+01", "Hall 12",
      "Jorge Castro (Cloud Native Computing Foundation)" },
    /* lines 225-235: 100000Z-103000Z, "… - Wei-Cheng Lai\, Bloomberg & Han-Ju Chen\, Anyscale" */
    { "02c14b8750ea0c44d46fc02a0a19487d", 225,
      "Achieving Resilient Multi-Cluster AI Inference on Kubernetes With Karmada and KubeRay",
      "2026-03-26T11:00:00+01", "2026-03-26T11:30:00+01", "Auditorium",
      "Wei-Cheng Lai (Bloomberg); Han-Ju Chen (Anyscale)" },
    /* lines 405-415: "Yoshiyuki Tabata\, Hitachi\, Ltd.",
     * "Hall 8 | Room F\, Amsterdam\, Netherlands" */
    { "cd6ce0e9458fb5cf10c9924965dc589f", 405,
      "SPIFFE Meets OAuth: Federated Identity for Cloud Native Workloads",
      "2026-03-26T11:00:00+01", "2026-03-26T11:30:00+01", "Hall 8 | Room F",
      "Yoshiyuki Tabata (Hitachi, Ltd.)" },
    /* lines 429-439: "🚨 Contribfest: kcp: …", 100000Z-111500Z, G106 */
    { "d097f938018e7637119f9e5ebc4b3189", 429,
      "Contribfest: kcp: From Zero To Your First Pull Request",
      "2026-03-26T11:00:00+01", "2026-03-26T12:15:00+01", "G106",
      "Karol Szwaj (Kubermatic); Nelo-T. Wallus (SAP)" },
    /* lines 693-703: "Lunch 🍲", 111500Z-124500Z, no speakers */
    { "0a4a0bea85431f98f71545fbe5ef4a34", 693, "Lunch 🍲",
      "2026-03-26T12:15:00+01", "2026-03-26T13:45:00+01", "Hall 1-5 | Solutions Showcase", "" },
    /* lines 309-319: a byline the general rules do not read (names
     * without their own organisation before "&"): Sched's " - " decides */
    { "2d49580647a7aa4756063576d456d901", 309,
      "A Bug’s-Eye View: Kubernetes SIG Security Explains It All",
      "2026-03-26T11:00:00+01", "2026-03-26T11:30:00+01", "E106-108",
      "Ian Coldwater (Independent); Tabitha Sable (Datadog); Rory McCune (Datadog); "
      "Iain Smart (AmberWolf); Mahé Tardy (Isovalent at Cisco)" },
    /* lines 1269-1279: a one-word name, "Flynn\, Buoyant" */
    { "eea5dfbb55f5e475d81be03122c432c5", 1269, "Emissary-ingress: Version 4 and What Comes Next",
      "2026-03-26T15:15:00+01", "2026-03-26T15:45:00+01", "G102-103", "Flynn (Buoyant)" },
    /* lines 1377-1387: the last talk, 141500Z-144500Z */
    { "94877c6f4acc8bb9f06f5a43499a6fe2", 1377,
      "Platform Engineering 2.0: Just-Enough Kubernetes and AI-Native DevOps",
      "2026-03-26T15:15:00+01", "2026-03-26T15:45:00+01", "Hall 8 | Room G",
      "Shweta Vohra (Booking.com)" },
  };
  LineupSession *keynote;
  LineupSession *contribfest;
  LineupSession *slam;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 115);
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "Europe/Amsterdam");
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "kccnceu2026");
  for (guint i = 0; i < G_N_ELEMENTS (talks); i++)
    check_talk (schedule, &talks[i]);

  /* CATEGORIES: the track; a keynote's is also its kind; URL kept. */
  keynote = lineup_schedule_find (schedule, "49219e62f1864ed8e07558e50c46dee7");
  g_assert_cmpstr (lineup_session_get_track (keynote), ==, "KEYNOTE SESSIONS");
  g_assert_cmpstr (lineup_session_get_kind (keynote), ==, "Keynote");
  g_assert_cmpstr (lineup_session_get_url (keynote), ==,
                   "http://kccnceu2026.sched.com/event/49219e62f1864ed8e07558e50c46dee7");
  contribfest = lineup_schedule_find (schedule, "d097f938018e7637119f9e5ebc4b3189");
  g_assert_cmpstr (lineup_session_get_track (contribfest), ==, "CONTRIBFEST");
  g_assert_cmpstr (lineup_session_get_kind (contribfest), ==, "Contribfest");
  /* Line 206: "the&nbsp\;2026 Security Slam": the entity is decoded. */
  slam = lineup_schedule_find (schedule, "d593543090003f422a6324a2a30a2f2f");
  g_assert_nonnull (slam);
  g_assert_null (strstr (lineup_session_get_description (slam), "&nbsp"));
  g_assert_nonnull (strstr (lineup_session_get_description (slam), "the\u00a02026 Security Slam"));
}

/* Kieler Linux Tage: CRLF, folded lines, speakers as ATTENDEE;CN=, times in
 * UTC and no zone named anywhere: shown in UTC. */
static void
test_kielux (void)
{
  g_autoptr(LineupSchedule) schedule = read_data_file ("kielux-2020.ics");
  static const Expected talks[] = {
    /* lines 8-30: UID:460@KOLT20 DTSTART:20200918T110000Z DTEND:20200918T120000Z */
    { "460@KOLT20", 8, "OpenCelium - Der generische OpenSoure API-Hub",
      "2020-09-18T11:00:00Z", "2020-09-18T12:00:00Z", "Ravensberg", "Jakob Semere" },
    /* lines 31-56: ATTENDEE;CN="Jürgen Groß" folded over two lines */
    { "467@KOLT20", 31, "Xen - ist das nicht tot?",
      "2020-09-18T12:00:00Z", "2020-09-18T13:00:00Z", "Ravensberg", "Jürgen Groß" },
    /* lines 57-…: the ATTENDEE line folds inside ROLE= */
    { "468@KOLT20", 57, "LibreOffice Writer - Kurs für Ein- und Umsteiger",
      "2020-09-19T12:00:00Z", "2020-09-19T14:00:00Z", "Laboe", "Jean-Frederic Vogelbacher" },
    /* line 134 */
    { "471@KOLT20", 134, "OpenRA: Command & Conquer Open Source unter Linux",
      "2020-09-19T15:00:00Z", "2020-09-19T16:00:00Z", "Ravensberg", "Matthias Mailänder" },
    /* line 452 */
    { "489@KOLT20", 452, "Software-Freedom-Frühstück",
      "2020-09-19T08:00:00Z", "2020-09-19T09:00:00Z", "Linux-Lounge", "Alle" },
    /* line 478 */
    { "490@KOLT20", 478, "Sponsorenvorstellung",
      "2020-09-19T10:00:00Z", "2020-09-19T11:00:00Z", "Ravensberg", "Verschiedene Redner" },
  };
  const gchar *xen;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 24);
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "UTC");
  for (guint i = 0; i < G_N_ELEMENTS (talks); i++)
    check_talk (schedule, &talks[i]);
  /* "Xen war lange Zeit <i>die</i> Plattform": HTML → Markdown, its
   * paragraphs kept. */
  xen = lineup_session_get_description (lineup_schedule_find (schedule, "467@KOLT20"));
  g_assert_true (g_str_has_prefix (xen, "von: Jürgen Groß\n\nXen war lange Zeit *die* Plattform"));
  g_assert_null (strstr (xen, "<i>"));
}

/* Times -------------------------------------------------------------------- */

#define SCHED_EVENT(uid, start, end) \
  "BEGIN:VEVENT\nDTSTART:" start "\nDTEND:" end "\nSUMMARY:Talk " uid " - Jane Doe\\, Example\n" \
  "LOCATION:Room 1\\, Amsterdam\\, Netherlands\nUID:" uid "\nEND:VEVENT\n"

/* Around the change to summer time (Sunday 29 March 2026, 02:00 CET). */
static void
test_sched_dst (void)
{
  g_autoptr(LineupSchedule) schedule = read_text (
    CALENDAR_HEAD "X-WR-TIMEZONE:UTC\n"
    SCHED_EVENT ("a", "20260329T003000Z", "20260329T013000Z")
    SCHED_EVENT ("b", "20260329T080000Z", "20260329T083000Z")
    "END:VCALENDAR\n");
  LineupSession *a = lineup_schedule_find (schedule, "a");
  LineupSession *b = lineup_schedule_find (schedule, "b");
  g_autofree gchar *a_start = start_of (a);
  g_autofree gchar *a_end = end_of (a);
  g_autofree gchar *b_start = start_of (b);

  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "Europe/Amsterdam");
  g_assert_cmpstr (a_start, ==, "2026-03-29T01:30:00+01");
  g_assert_cmpstr (a_end, ==, "2026-03-29T03:30:00+02");
  g_assert_cmpstr (b_start, ==, "2026-03-29T10:00:00+02");
  g_assert_cmpstr (lineup_session_get_room (a), ==, "Room 1");
  g_assert_cmpstr (lineup_session_get_title (a), ==, "Talk a");
}

/* TZID= naming an IANA zone, with no VTIMEZONE block. */
static void
test_tzid_without_vtimezone (void)
{
  g_autoptr(LineupSchedule) schedule = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Cilium\nDTSTART;TZID=America/Chicago:20231106T091500\n"
    "DTEND;TZID=America/Chicago:20231106T094000\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  LineupSession *session = only_session (schedule);
  g_autofree gchar *start = start_of (session);
  g_autofree gchar *end = end_of (session);

  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "America/Chicago");
  g_assert_cmpstr (start, ==, "2023-11-06T09:15:00-06");
  g_assert_cmpstr (end, ==, "2023-11-06T09:40:00-06");
  g_assert_false (lineup_session_get_floating (session));
}

/* A TZID names the zone even when the rooms name another city; an
 * unknown TZID is floating with a warning; a repeated UID gets "-2". */
static void
test_tzid_beats_place (void)
{
  g_autoptr(LineupSchedule) schedule = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:x\nSUMMARY:One\nLOCATION:Room 1\\, Paris\\, France\n"
    "DTSTART;TZID=Europe/Berlin:20240203T100000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Two\nLOCATION:Room 2\\, Paris\\, France\n"
    "DTSTART;TZID=Europe/Berlin:20240203T110000\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  g_autoptr(LineupSchedule) mars = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:m\nSUMMARY:Olympus\nDTSTART;TZID=Mars/Olympus:20240203T100000\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  g_autofree gchar *second = start_of (lineup_schedule_find (schedule, "x-2"));

  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "Europe/Berlin");
  g_assert_cmpstr (second, ==, "2024-02-03T11:00:00+01");
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_find (schedule, "x")), ==, "One");
  /* Paris gave no zone: the room stays whole. */
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_find (schedule, "x")), ==,
                   "Room 1, Paris, France");
  g_assert_true (lineup_session_get_floating (only_session (mars)));
  g_assert_true (has_warning (mars, "test.ics:7: ", "Mars/Olympus"));
}

/* A VTIMEZONE whose TZID is an IANA name: GLib's zone of that name; one
 * whose TZID is not (Outlook's names): its own rules, through libical. */
static void
test_vtimezone (void)
{
  g_autoptr(LineupSchedule) iana = read_text (
    CALENDAR_HEAD
    "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\nDTSTART:19701025T030000\n"
    "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
    "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19700329T020000\nTZOFFSETFROM:+0100\n"
    "TZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Talk\nDTSTART;TZID=Europe/Berlin:20200918T130000\n"
    "END:VEVENT\nEND:VCALENDAR\n");
  g_autoptr(LineupSchedule) outlook = read_text (
    CALENDAR_HEAD
    "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16011028T030000\n"
    "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
    "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010325T020000\nTZOFFSETFROM:+0100\n"
    "TZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Talk\nDTSTART;TZID=W. Europe Standard Time:20200918T130000\n"
    "DURATION:PT1H\nEND:VEVENT\nEND:VCALENDAR\n");
  g_autofree gchar *iana_start = start_of (only_session (iana));
  g_autofree gchar *outlook_start = start_of (only_session (outlook));
  g_autofree gchar *outlook_end = end_of (only_session (outlook));

  g_assert_cmpstr (lineup_schedule_get_zone_id (iana), ==, "Europe/Berlin");
  g_assert_cmpstr (iana_start, ==, "2020-09-18T13:00:00+02");
  /* No IANA name: the instant is right, shown in UTC. */
  g_assert_cmpstr (outlook_start, ==, "2020-09-18T11:00:00Z");
  g_assert_cmpstr (outlook_end, ==, "2020-09-18T12:00:00Z");
}

/* Floating times take X-WR-TIMEZONE; with no zone anywhere they stay
 * floating, with a warning naming the line. */
static void
test_floating (void)
{
  g_autoptr(LineupSchedule) brussels = read_text (
    CALENDAR_HEAD "X-WR-TIMEZONE:Europe/Brussels\n"
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Talk\nDTSTART:20240203T103000\nDTEND:20240203T105000\n"
    "END:VEVENT\nEND:VCALENDAR\n");
  g_autoptr(LineupSchedule) nowhere = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Talk\nDTSTART:20240203T103000\nEND:VEVENT\nEND:VCALENDAR\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) overridden = read_text_full (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:x\nSUMMARY:Talk\nDTSTART:20240203T103000\nEND:VEVENT\nEND:VCALENDAR\n",
    "Asia/Tokyo", &error);
  g_autofree gchar *brussels_start = start_of (only_session (brussels));
  g_autofree gchar *brussels_end = end_of (only_session (brussels));
  g_autofree gchar *nowhere_start = NULL;
  g_autofree gchar *tokyo_start = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (lineup_schedule_get_zone_id (brussels), ==, "Europe/Brussels");
  g_assert_cmpstr (brussels_start, ==, "2024-02-03T10:30:00+01");
  g_assert_cmpstr (brussels_end, ==, "2024-02-03T10:50:00+01");
  g_assert_false (lineup_session_get_floating (only_session (brussels)));

  g_assert_null (lineup_schedule_get_zone_id (nowhere));
  g_assert_true (lineup_session_get_floating (only_session (nowhere)));
  nowhere_start = g_date_time_format (lineup_session_get_start (only_session (nowhere)), "%F %T");
  g_assert_cmpstr (nowhere_start, ==, "2024-02-03 10:30:00");
  g_assert_true (has_warning (nowhere, "test.ics:7: ", "no time zone"));

  /* --timezone places the wall clock in that zone. */
  tokyo_start = start_of (only_session (overridden));
  g_assert_cmpstr (tokyo_start, ==, "2024-02-03T10:30:00+09");
  g_assert_false (lineup_session_get_floating (only_session (overridden)));
  g_assert_false (has_warning (overridden, "test.ics:", "no time zone"));
}

/* DURATION instead of DTEND; neither: no end. */
static void
test_duration (void)
{
  g_autoptr(LineupSchedule) schedule = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:a\nSUMMARY:With duration\nDTSTART:20240203T103000Z\n"
    "DURATION:PT1H15M\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:b\nSUMMARY:Open end\nDTSTART:20240203T120000Z\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  g_autofree gchar *a_end = end_of (lineup_schedule_find (schedule, "a"));

  g_assert_cmpstr (a_end, ==, "2024-02-03T11:45:00Z");
  g_assert_null (lineup_session_get_end (lineup_schedule_find (schedule, "b")));
  g_assert_nonnull (lineup_session_get_start (lineup_schedule_find (schedule, "b")));
}

/* SUMMARY "Title - Name, Org" without ATTENDEE: the byline rules; in a
 * Sched file also what they do not read as people, when it has a comma. */
static void
test_summary_byline (void)
{
  g_autoptr(LineupSchedule) any = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:a\nSUMMARY:Hello - Ada Lovelace\\, Example\n"
    "DTSTART:20240203T100000Z\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:b\nSUMMARY:Documentary Film - eBPF: Unlocking the Kernel\n"
    "DTSTART:20240203T110000Z\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:c\nSUMMARY:Emissary - Flynn\\, Buoyant\n"
    "DTSTART:20240203T120000Z\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  g_autoptr(LineupSchedule) sched = read_text (
    "BEGIN:VCALENDAR\nPRODID:-//Sched.com Test//EN\n"
    "BEGIN:VEVENT\nUID:c\nSUMMARY:Emissary - Flynn\\, Buoyant\n"
    "DTSTART:20240203T120000Z\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:d\nSUMMARY:Lunch - Hall 1\nDTSTART:20240203T130000Z\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  g_autofree gchar *ada = speakers_of (lineup_schedule_find (any, "a"));
  g_autofree gchar *flynn = speakers_of (lineup_schedule_find (sched, "c"));

  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_find (any, "a")), ==, "Hello");
  g_assert_cmpstr (ada, ==, "Ada Lovelace (Example)");
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_find (any, "b")), ==,
                   "Documentary Film - eBPF: Unlocking the Kernel");
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_find (any, "c")), ==,
                   "Emissary - Flynn, Buoyant");
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_find (sched, "c")), ==, "Emissary");
  g_assert_cmpstr (flynn, ==, "Flynn (Buoyant)");
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_find (sched, "d")), ==,
                   "Lunch - Hall 1");
  g_assert_cmpuint (lineup_session_get_speakers (lineup_schedule_find (sched, "d"))->len, ==, 0);
}

/* Lines -------------------------------------------------------------------- */

#define FOLDED_CALENDAR \
  "BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-TIMEZONE:Europe/Berlin\n" \
  "BEGIN:VEVENT\nUID:one\nSUMMARY:A title that is folded\n  over two lines\n" \
  "ATTENDEE;CN=\"Ada\n  Lovelace\";ROLE=CHAIR:mailto:ada@example.org\n" \
  "ATTENDEE;CN=Grace Hopper:mailto:grace@example.org\n" \
  "DTSTART:20240203T103000\nEND:VEVENT\n" \
  "BEGIN:VEVENT\nUID:two\nSUMMARY:Second\nDTSTART:20240203T113000\nEND:VEVENT\n" \
  "END:VCALENDAR\n"

static gchar *
crlf (const gchar *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv ("\r\n", lines);
}

static void
check_folded (LineupSchedule *schedule)
{
  LineupSession *one = lineup_schedule_find (schedule, "one");
  LineupSession *two = lineup_schedule_find (schedule, "two");
  g_autofree gchar *speakers = speakers_of (one);
  g_autofree gchar *start = start_of (one);

  g_assert_cmpstr (lineup_session_get_title (one), ==, "A title that is folded over two lines");
  g_assert_cmpstr (speakers, ==, "Ada Lovelace; Grace Hopper");
  g_assert_cmpstr (start, ==, "2024-02-03T10:30:00+01");
  g_assert_cmpuint (lineup_session_get_line (one), ==, 4);
  g_assert_cmpuint (lineup_session_get_line (two), ==, 13);
}

/* The same calendar with LF and with CRLF, with folded lines. */
static void
test_crlf_lf_folded (void)
{
  g_autofree gchar *windows = crlf (FOLDED_CALENDAR);
  g_autoptr(LineupSchedule) lf = read_text (FOLDED_CALENDAR);
  g_autoptr(LineupSchedule) crlf_schedule = read_text (windows);

  check_folded (lf);
  check_folded (crlf_schedule);
}

/* All-day events are not talks: skipped. */
static void
test_all_day (void)
{
  g_autoptr(LineupSchedule) schedule = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:day\nSUMMARY:Conference day 1\nDTSTART;VALUE=DATE:20240203\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:talk\nSUMMARY:Talk\nDTSTART:20240203T100000Z\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  g_autofree gchar *only_days = read_error (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:day\nSUMMARY:Conference day 1\nDTSTART;VALUE=DATE:20240203\nEND:VEVENT\n"
    "END:VCALENDAR\n");

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
  g_assert_nonnull (lineup_schedule_find (schedule, "talk"));
  g_assert_true (g_str_has_prefix (only_days, "test.ics:4: "));
}

/* Errors ------------------------------------------------------------------- */

/* What is not a schedule is an error naming the file and a line. */
static void
test_not_a_schedule (void)
{
  const gchar *text = "BEGIN:VCALENDAR";
  LineupSourceInput input = { "bad.file", "bad.file", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = lineup_source_read_icalendar (text, strlen (text), &input, &error);
  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "bad.file:1: "));
}

static void
test_no_events (void)
{
  g_autofree gchar *message = read_error (CALENDAR_HEAD "X-WR-CALNAME:Empty\nEND:VCALENDAR\n");

  g_assert_cmpstr (message, ==, "test.ics:1: no events in this calendar");
}

/* Blank lines (spaces) and a byte order mark before the calendar, text
 * after it: read. */
static void
test_around_the_calendar (void)
{
  g_autoptr(LineupSchedule) schedule = read_text (
    "\xEF\xBB\xBF\n   \r\n" CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:a\nSUMMARY:Talk\nDTSTART:20240203T100000Z\nEND:VEVENT\n"
    "END:VCALENDAR\n\nnot a calendar\n");

  g_assert_cmpuint (lineup_session_get_line (only_session (schedule)), ==, 6);
}

/* A truncated file: the error names its last line. */
static void
test_truncated (void)
{
  g_autofree gchar *no_end = read_error (
    CALENDAR_HEAD "BEGIN:VEVENT\nUID:a\nSUMMARY:Talk\nDTSTART:20240203T100000Z\nEND:VEVENT\n");
  g_autofree gchar *cut = read_error (
    CALENDAR_HEAD "BEGIN:VEVENT\nUID:a\nSUMMARY:Talk\nDTSTART:20240203T10");
  g_autofree gchar *crossed = read_error (
    CALENDAR_HEAD "BEGIN:VEVENT\nUID:a\nEND:VALARM\nEND:VCALENDAR\n");

  g_assert_cmpstr (no_end, ==, "test.ics:8: the calendar ends without “END:VCALENDAR”");
  g_assert_cmpstr (cut, ==, "test.ics:7: the calendar ends without “END:VEVENT”");
  g_assert_true (g_str_has_prefix (crossed, "test.ics:6: "));
}

/* An impossible date: the talk stays, without times, with a warning at the
 * DTSTART line. */
static void
test_impossible_date (void)
{
  g_autoptr(LineupSchedule) schedule = read_text (
    CALENDAR_HEAD
    "BEGIN:VEVENT\nUID:a\nSUMMARY:Talk\nDTSTART:20260231T100000Z\n"
    "DTEND:20260231T110000Z\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:b\nSUMMARY:Talk\nDTSTART:20260301T250000Z\nEND:VEVENT\n"
    "END:VCALENDAR\n");
  LineupSession *a = lineup_schedule_find (schedule, "a");

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 2);
  g_assert_null (lineup_session_get_start (a));
  g_assert_null (lineup_session_get_end (a));
  g_assert_null (lineup_session_get_start (lineup_schedule_find (schedule, "b")));
  g_assert_true (has_warning (schedule, "test.ics:7: ", "not a possible time"));
  g_assert_true (has_warning (schedule, "test.ics:13: ", "not a possible time"));
}

static void
test_not_utf8 (void)
{
  g_autofree gchar *message = read_error (
    CALENDAR_HEAD "BEGIN:VEVENT\nSUMMARY:\xff\nEND:VEVENT\nEND:VCALENDAR\n");

  g_assert_true (g_str_has_prefix (message, "test.ics:5: "));
}

/* Through the executable ---------------------------------------------------- */

static guint
count_lines_with (const gchar *text,
                  const gchar *part)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0' && strstr (lines[i], part) != NULL)
      n++;
  return n;
}

static void
test_cli (void)
{
  g_autofree gchar *file = g_build_filename (TEST_DATA_DIR, "schedules",
                                             "kubecon-eu-2026-03-26.ics", NULL);
  g_autofree gchar *ics = NULL;
  g_autofree gchar *md = NULL;
  g_autofree gchar *contents = NULL;
  g_auto(LineupTestRun) run = { 0 };

  lineup_test_run_init (&run);
  lineup_test_run_lineup (&run, "--list", "--json", file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines_with (run.out, "{"), ==, 115);
  g_assert_cmpuint (count_lines_with (run.out, "\"room\":"), ==, 115);
  g_assert_nonnull (strstr (run.out, "\"start\":\"2026-03-26T09:00:00+01:00\""));

  /* Two talks at 11:00-11:30 (Auditorium, Hall 8 | Room F) overlap. */
  lineup_test_run_lineup (&run, "--star=02c14b8750ea0c44d46fc02a0a19487d",
              "--star=cd6ce0e9458fb5cf10c9924965dc589f", file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lineup_test_run_lineup (&run, "--agenda", "--json", file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines_with (run.out, "{"), ==, 2);
  g_assert_nonnull (strstr (run.out, "\"conflicts\":[\"cd6ce0e9458fb5cf10c9924965dc589f\"]"));
  g_assert_nonnull (strstr (run.out, "\"conflicts\":[\"02c14b8750ea0c44d46fc02a0a19487d\"]"));
  g_assert_nonnull (strstr (run.out, "\"room\":\"Auditorium\""));

  ics = g_build_filename (run.home, "out.ics", NULL);
  md = g_build_filename (run.home, "out.md", NULL);
  {
    g_autofree gchar *ics_arg = g_strconcat ("--export=", ics, NULL);
    g_autofree gchar *md_arg = g_strconcat ("--export=", md, NULL);

    lineup_test_run_lineup (&run, ics_arg, file, NULL);
    g_assert_cmpint (run.status, ==, 0);
    lineup_test_run_lineup (&run, md_arg, file, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (ics, &contents, NULL, NULL));
  g_assert_cmpuint (count_lines_with (contents, "BEGIN:VEVENT"), ==, 2);
  g_assert_nonnull (strstr (contents, "SUMMARY:SPIFFE Meets OAuth"));
  g_assert_nonnull (strstr (contents, "DTSTART;TZID=Europe/Amsterdam:20260326T110000"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (md, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Times in Europe/Amsterdam."));
  g_assert_nonnull (strstr (contents, "- 11:00 – 11:30 CET · Achieving Resilient Multi-Cluster"));
  g_assert_nonnull (strstr (contents, "- 11:00 – 11:30 CET · SPIFFE Meets OAuth"));

}

/* A bad file: exit 1, "lineup: NAME:LINE: …" on stderr. */
static void
test_cli_bad_file (void)
{
  g_auto(LineupTestRun) run = { 0 };
  g_autofree gchar *path = NULL;
  g_autofree gchar *expected = NULL;

  lineup_test_run_init (&run);
  path = g_build_filename (run.home, "cut.ics", NULL);
  g_assert_true (g_file_set_contents (path, CALENDAR_HEAD "BEGIN:VEVENT\nUID:a\n", -1, NULL));
  lineup_test_run_lineup (&run, "--list", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("lineup: %s:5: ", path);
  g_assert_true (g_str_has_prefix (run.err, expected));
  g_assert_nonnull (strstr (run.err, "END:VEVENT"));

}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-ical/kubecon", test_kubecon);
  g_test_add_func ("/source-ical/kielux", test_kielux);
  g_test_add_func ("/source-ical/sched-dst", test_sched_dst);
  g_test_add_func ("/source-ical/tzid-without-vtimezone", test_tzid_without_vtimezone);
  g_test_add_func ("/source-ical/tzid-beats-place", test_tzid_beats_place);
  g_test_add_func ("/source-ical/vtimezone", test_vtimezone);
  g_test_add_func ("/source-ical/floating", test_floating);
  g_test_add_func ("/source-ical/duration", test_duration);
  g_test_add_func ("/source-ical/summary-byline", test_summary_byline);
  g_test_add_func ("/source-ical/crlf-lf-folded", test_crlf_lf_folded);
  g_test_add_func ("/source-ical/all-day", test_all_day);
  g_test_add_func ("/source-ical/not-a-schedule", test_not_a_schedule);
  g_test_add_func ("/source-ical/no-events", test_no_events);
  g_test_add_func ("/source-ical/around-the-calendar", test_around_the_calendar);
  g_test_add_func ("/source-ical/truncated", test_truncated);
  g_test_add_func ("/source-ical/impossible-date", test_impossible_date);
  g_test_add_func ("/source-ical/not-utf8", test_not_utf8);
  g_test_add_func ("/source-ical/cli", test_cli);
  g_test_add_func ("/source-ical/cli-bad-file", test_cli_bad_file);

  return g_test_run ();
}
