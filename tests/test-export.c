/* test-export.c — iCalendar and Markdown export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>
#include <unistd.h>

#include "lineup-core.h"

#define CHICAGO "America/Chicago"
#define BERLIN "Europe/Berlin"

typedef struct
{
  const gchar *id;
  const gchar *title;
  const gchar *speakers;   /* "Name|Org;Name|Org" */
  const gchar *track;
  const gchar *url;
  const gchar *description;
  /* Wall-clock in Chicago; month 0 = untimed, end_hour -1 = no end. */
  gint         month, day, hour, minute, end_hour, end_minute;
} SessionSpec;

static const SessionSpec specs[] = {
  { "1Rj0z", "From Imagination to Implementation",
    "Joseph Sandoval|Adobe;Tony Gosselin|Adobe", "CiliumCon",
    "https://colocatedeventsna2023.sched.com/event/1Rj0z/from-imagination",
    "**Adobe** has trusted [Cilium](https://cilium.io) for _seven_ years:\n\n- AKS\n- EKS",
    11, 6, 9, 15, 9, 40 },
  { "1Rj1R", "Controlling Access to External APIs with Cilium",
    "Luis Ramírez|SuperOrbital", "CiliumCon",
    "https://colocatedeventsna2023.sched.com/event/1Rj1R/controlling-access",
    "Use `toFQDNs` policies.",
    11, 6, 9, 30, 10, 15 },
  { "1Rj3S", "Past, Present, Future of Tetragon",
    "Natalia Reka Ivanko|Isovalent;John Fastabend|Isovalent", "CiliumCon",
    "https://colocatedeventsna2023.sched.com/event/1Rj3S/past-present-future-of-tetragon",
    "Tetragon is reaching v1.0.",
    11, 6, 12, 15, 12, 40 },
  { "1R2pQ", "Cilium’s *Mesh* 🚀 at_scale",
    "", "KubeCon", "https://kccncna2023.sched.com/event/1R2pQ/mesh",
    "",
    11, 7, 11, 50, 12, 15 },
  { "openend", "Cilium Project Pavilion",
    "", "", NULL, NULL,
    11, 8, 15, 0, -1, 0 },
  { "untimed", "Contribfest",
    "Someone|Org", "KubeCon", "https://kccncna2023.sched.com/event/contribfest", "Hands on.",
    0, 0, 0, 0, 0, 0 },
};

#define N_SPECS G_N_ELEMENTS (specs)
#define N_TIMED (N_SPECS - 1)

static GPtrArray *
parse_speakers (const gchar *text)
{
  GPtrArray *speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
  g_auto(GStrv) people = NULL;

  if (text == NULL || *text == '\0')
    return speakers;
  people = g_strsplit (text, ";", -1);
  for (guint i = 0; people[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (people[i], "|", 2);

      g_ptr_array_add (speakers, lineup_speaker_new (parts[0], parts[1]));
    }
  return speakers;
}

static LineupSession *
make_session (const SessionSpec *spec,
              GTimeZone         *zone)
{
  LineupSession *session = lineup_session_new (spec->id, spec->title);
  g_autoptr(GPtrArray) speakers = parse_speakers (spec->speakers);

  lineup_session_set_speakers (session, speakers);
  lineup_session_set_track (session, spec->track);
  lineup_session_set_url (session, spec->url);
  lineup_session_set_description (session, spec->description);
  lineup_session_set_starred (session, TRUE);
  if (spec->month != 0)
    {
      g_autoptr(GDateTime) start = g_date_time_new (zone, 2023, spec->month, spec->day,
                                                    spec->hour, spec->minute, 0);
      g_autoptr(GDateTime) end = NULL;

      if (spec->end_hour >= 0)
        end = g_date_time_new (zone, 2023, spec->month, spec->day,
                               spec->end_hour, spec->end_minute, 0);
      lineup_session_set_times (session, start, end);
    }
  return session;
}

/* The hand-made schedule: times in Chicago, or floating when @zone_id is NULL. */
static LineupSchedule *
make_schedule (const gchar *zone_id)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier (CHICAGO);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);
  static const gchar * const conflicts_a[] = { "1Rj1R", "not-exported", NULL };
  static const gchar * const conflicts_b[] = { "1Rj0z", NULL };

  lineup_schedule_set_title (schedule, "Cilium Talks at KubeCon NA 2023");
  lineup_schedule_set_key (schedule, "cilium-kubecon-na-2023.md");
  lineup_schedule_set_zone (schedule, zone_id, zone_id ? "CST" : NULL);

  for (guint i = 0; i < N_SPECS; i++)
    {
      LineupSession *session = make_session (&specs[i], zone_id ? chicago : utc);

      lineup_session_set_floating (session, zone_id == NULL);
      lineup_session_set_line (session, i + 1);
      g_ptr_array_add (sessions, session);
    }
  lineup_session_set_conflicts (g_ptr_array_index (sessions, 0), conflicts_a);
  lineup_session_set_conflicts (g_ptr_array_index (sessions, 1), conflicts_b);

  lineup_schedule_take_sessions (schedule, sessions);
  return schedule;
}

static GPtrArray *
all_sessions (LineupSchedule *schedule)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    g_ptr_array_add (sessions, g_object_ref (lineup_schedule_get_session (schedule, i)));
  return sessions;
}

static GDateTime *
fixed_stamp (gint minute)
{
  return g_date_time_new_utc (2023, 10, 30, 17, minute, 0);
}

/* ---------------------------------------------------------------------- */
/* Reading the export back with libical                                    */

static icalcomponent *
parse_calendar (const gchar *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  return calendar;
}

static guint
count_components (icalcomponent     *calendar,
                  icalcomponent_kind kind)
{
  return (guint) icalcomponent_count_components (calendar, kind);
}

static icalcomponent *
find_event (icalcomponent *calendar,
            const gchar   *uid)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;
  return NULL;
}

static gchar *
uid_for (const gchar *id)
{
  return g_strdup_printf ("%s@lineup.cilium-kubecon-na-2023", id);
}

static const gchar *
tzid_of (icalproperty *prop)
{
  icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);

  return param != NULL ? icalparameter_get_tzid (param) : NULL;
}

/* The property's wall-clock time is @expected seen in @zone (NULL: as is),
 * with TZID @tzid (NULL: none, floating). */
static void
assert_time_property (icalproperty *prop,
                      GDateTime    *expected,
                      GTimeZone    *zone,
                      const gchar  *tzid)
{
  struct icaltimetype tt;
  g_autoptr(GDateTime) local = NULL;

  g_assert_nonnull (prop);
  tt = icalproperty_isa (prop) == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart (prop)
                                                         : icalproperty_get_dtend (prop);
  local = zone != NULL ? g_date_time_to_timezone (expected, zone) : g_date_time_ref (expected);

  g_assert_false (tt.is_date);
  g_assert_false (icaltime_is_utc (tt));
  g_assert_cmpint (tt.year, ==, g_date_time_get_year (local));
  g_assert_cmpint (tt.month, ==, g_date_time_get_month (local));
  g_assert_cmpint (tt.day, ==, g_date_time_get_day_of_month (local));
  g_assert_cmpint (tt.hour, ==, g_date_time_get_hour (local));
  g_assert_cmpint (tt.minute, ==, g_date_time_get_minute (local));
  g_assert_cmpint (tt.second, ==, 0);
  g_assert_cmpstr (tzid_of (prop), ==, tzid);
}

/* Every timed session is one VEVENT whose times are the session's wall clock
 * in @zone_id, and the calendar's VTIMEZONE gives the same UTC offsets as
 * GLib does for those times. */
static void
assert_calendar_matches (icalcomponent  *calendar,
                         LineupSchedule *schedule,
                         const gchar    *zone_id)
{
  g_autoptr(GTimeZone) zone = zone_id ? g_time_zone_new_identifier (zone_id) : NULL;
  icalcomponent *vtimezone = icalcomponent_get_first_component (calendar,
                                                                ICAL_VTIMEZONE_COMPONENT);
  icaltimezone *parsed_zone = NULL;

  g_assert_cmpuint (count_components (calendar, ICAL_VEVENT_COMPONENT), ==, N_TIMED);

  if (zone_id != NULL)
    {
      g_assert_cmpuint (count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
      g_assert_cmpstr (icalproperty_get_tzid (icalcomponent_get_first_property (vtimezone,
                                                                               ICAL_TZID_PROPERTY)),
                       ==, zone_id);
      parsed_zone = icaltimezone_new ();
      icaltimezone_set_component (parsed_zone, icalcomponent_new_clone (vtimezone));
    }
  else
    g_assert_null (vtimezone);

  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      g_autofree gchar *uid = uid_for (lineup_session_get_id (session));
      icalcomponent *event = find_event (calendar, uid);
      icalproperty *dtstart, *dtend;

      if (lineup_session_get_start (session) == NULL)
        {
          g_assert_null (event);
          continue;
        }

      g_assert_nonnull (event);
      dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
      assert_time_property (dtstart, lineup_session_get_start (session), zone, zone_id);
      g_assert_null (icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY));
      if (lineup_session_get_end (session) != NULL)
        assert_time_property (dtend, lineup_session_get_end (session), zone, zone_id);
      else
        {
          /* No end given: 30 minutes, and the description says so. */
          g_autoptr(GDateTime) assumed =
            g_date_time_add_minutes (lineup_session_get_start (session), 30);

          assert_time_property (dtend, assumed, zone, zone_id);
          g_assert_nonnull (strstr (icalcomponent_get_description (event),
                                    "End time not announced; 30 minutes assumed."));
        }

      if (parsed_zone != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_timezone (lineup_session_get_start (session),
                                                                zone);
          struct icaltimetype tt = icalproperty_get_dtstart (dtstart);
          int is_daylight = 0;
          int offset = icaltimezone_get_utc_offset (parsed_zone, &tt, &is_daylight);

          g_assert_cmpint (offset, ==, g_date_time_get_utc_offset (local) / G_TIME_SPAN_SECOND);
        }

      g_assert_cmpstr (icalcomponent_get_summary (event), ==, lineup_session_get_title (session));
    }

  if (parsed_zone != NULL)
    icaltimezone_free (parsed_zone, TRUE);
}

/* ---------------------------------------------------------------------- */
/* iCalendar                                                               */

static void
test_ics_round_trip (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *text = NULL;
  icalcomponent *calendar;
  icalproperty *prodid;
  guint n_exported = 99, n_skipped = 99;

  text = lineup_export_icalendar (schedule, sessions, stamp, &n_exported, &n_skipped);
  g_assert_cmpuint (n_exported, ==, N_TIMED);
  g_assert_cmpuint (n_skipped, ==, 1);

  calendar = parse_calendar (text);
  assert_calendar_matches (calendar, schedule, CHICAGO);

  g_assert_nonnull (strstr (text, "\r\nPRODID:-//Lineup//Lineup " PACKAGE_VERSION "//EN\r\n"));
  g_assert_nonnull (strstr (text, "\r\nVERSION:2.0\r\n"));
  prodid = icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY);
  g_assert_cmpstr (icalproperty_get_prodid (prodid), ==,
                   "-//Lineup//Lineup " PACKAGE_VERSION "//EN");
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  g_assert_nonnull (strstr (text, "CALSCALE:GREGORIAN\r\n"));
  g_assert_nonnull (strstr (text, "X-WR-CALNAME:Cilium Talks at KubeCon NA 2023\r\n"));
  g_assert_null (strstr (text, "freeassociation"));
  /* Stamped with the given time, in UTC. */
  g_assert_nonnull (strstr (text, "DTSTAMP:20231030T170000Z\r\n"));

  icalcomponent_free (calendar);
}

static void
test_ics_event_fields (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *text = NULL;
  icalcomponent *calendar;
  static const gchar note[] = "End time not announced; 30 minutes assumed.";

  /* The place is the room, when the source gives one. */
  lineup_session_set_room (lineup_schedule_find (schedule, "1Rj3S"), "Room W375, Level 3");
  text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  calendar = parse_calendar (text);

  for (guint i = 0; i < N_SPECS; i++)
    {
      const SessionSpec *spec = &specs[i];
      LineupSession *session = lineup_schedule_find (schedule, spec->id);
      g_autofree gchar *uid = uid_for (spec->id);
      icalcomponent *event = find_event (calendar, uid);
      icalproperty *url, *categories;
      const gchar *description;
      g_autofree gchar *speakers_line = NULL;
      g_autofree gchar *given = NULL;

      if (spec->month == 0)
        continue;
      g_assert_nonnull (event);

      /* No mojibake, no markup. */
      g_assert_cmpstr (icalcomponent_get_summary (event), ==, spec->title);

      description = icalcomponent_get_description (event);
      /* A talk with no end says how long it is taken to last, last. */
      if (spec->end_hour < 0)
        {
          g_assert_true (g_str_has_suffix (description, note));
          given = g_strndup (description, strlen (description) - strlen (note));
          if (g_str_has_suffix (given, "\n\n"))
            given[strlen (given) - 2] = '\0';
          description = *given != '\0' ? given : NULL;
        }
      else
        g_assert_true (description == NULL || strstr (description, "assumed") == NULL);
      if (*spec->speakers != '\0')
        {
          speakers_line = g_strdup_printf ("Speakers: %s",
                                           lineup_session_get_speakers_text (session));
          g_assert_true (g_str_has_prefix (description, speakers_line));
        }
      if (description != NULL)
        {
          g_assert_null (strstr (description, "**"));
          g_assert_null (strstr (description, "`"));
          g_assert_null (strstr (description, "_seven_"));
        }
      if (spec->description != NULL && *spec->description != '\0')
        {
          g_autofree gchar *plain = lineup_markdown_to_plain (spec->description);

          g_assert_true (g_str_has_suffix (description, plain));
          if (speakers_line != NULL)
            g_assert_cmpuint (strlen (description), ==,
                              strlen (speakers_line) + 2 + strlen (plain));
        }
      else if (speakers_line == NULL)
        g_assert_null (description);

      url = icalcomponent_get_first_property (event, ICAL_URL_PROPERTY);
      if (spec->url != NULL)
        g_assert_cmpstr (icalproperty_get_url (url), ==, spec->url);
      else
        g_assert_null (url);

      /* The track is a category, not a place. */
      categories = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
      if (*spec->track != '\0')
        g_assert_cmpstr (icalproperty_get_categories (categories), ==, spec->track);
      else
        g_assert_null (categories);
      if (g_str_equal (spec->id, "1Rj3S"))
        g_assert_cmpstr (icalcomponent_get_location (event), ==, "Room W375, Level 3");
      else
        g_assert_null (icalcomponent_get_first_property (event, ICAL_LOCATION_PROPERTY));
    }

  /* The first description, exactly. */
  {
    g_autofree gchar *uid = uid_for ("1Rj0z");
    icalcomponent *event = find_event (calendar, uid);

    g_assert_cmpstr (icalcomponent_get_description (event), ==,
                     "Speakers: Joseph Sandoval, Tony Gosselin (Adobe)\n\n"
                     "Adobe has trusted Cilium <https://cilium.io> for seven years:\n\n"
                     "• AKS\n• EKS");
  }

  icalcomponent_free (calendar);
}

static void
test_ics_stable (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp_a = fixed_stamp (0);
  g_autoptr(GDateTime) stamp_b = fixed_stamp (42);
  g_autofree gchar *first = lineup_export_icalendar (schedule, sessions, stamp_a, NULL, NULL);
  g_autofree gchar *again = lineup_export_icalendar (schedule, sessions, stamp_a, NULL, NULL);
  g_autofree gchar *later = lineup_export_icalendar (schedule, sessions, stamp_b, NULL, NULL);
  g_autofree gchar *now = lineup_export_icalendar (schedule, sessions, NULL, NULL, NULL);
  g_auto(GStrv) first_lines = g_strsplit (first, "\r\n", -1);
  g_auto(GStrv) later_lines = g_strsplit (later, "\r\n", -1);
  guint n_stamps = 0;

  /* Same stamp: byte for byte. */
  g_assert_cmpstr (first, ==, again);

  /* Another stamp: only the DTSTAMP lines differ. */
  g_assert_cmpstr (first, !=, later);
  g_assert_cmpuint (g_strv_length (first_lines), ==, g_strv_length (later_lines));
  for (guint i = 0; first_lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (first_lines[i], "DTSTAMP:"))
        {
          g_assert_true (g_str_has_prefix (later_lines[i], "DTSTAMP:"));
          g_assert_cmpstr (first_lines[i], !=, later_lines[i]);
          n_stamps++;
        }
      else
        g_assert_cmpstr (first_lines[i], ==, later_lines[i]);
    }
  g_assert_cmpuint (n_stamps, ==, N_TIMED);

  /* No stamp: now, in UTC. */
  {
    const gchar *dtstamp = strstr (now, "DTSTAMP:");
    g_autoptr(GDateTime) now_utc = g_date_time_new_now_utc ();
    g_autofree gchar *year = g_date_time_format (now_utc, "DTSTAMP:%Y");

    g_assert_nonnull (dtstamp);
    g_assert_true (g_str_has_prefix (dtstamp, year));
    g_assert_cmpint (dtstamp[strlen ("DTSTAMP:20231030T170000")], ==, 'Z');
  }

  /* UIDs are <id>@lineup.<slug of the post key>. */
  for (guint i = 0; i < N_SPECS; i++)
    {
      g_autofree gchar *uid_line = g_strdup_printf ("UID:%s@lineup.cilium-kubecon-na-2023\r\n",
                                                    specs[i].id);

      if (specs[i].month != 0)
        g_assert_nonnull (strstr (first, uid_line));
      else
        g_assert_null (strstr (first, uid_line));
    }
}

static void
test_ics_uid_slug (void)
{
  static const struct { const gchar *key; const gchar *uid; } cases[] = {
    { "cilium-kubecon-na-2023.md", "UID:1Rj0z@lineup.cilium-kubecon-na-2023\r\n" },
    { "/blog/2023/10/30/cilium-kubecon-na-talks",
      "UID:1Rj0z@lineup.cilium-kubecon-na-talks\r\n" },
    { "/blog/2022/10/kubecon-2022-na/", "UID:1Rj0z@lineup.kubecon-2022-na\r\n" },
    { "Talks À Paris.markdown", "UID:1Rj0z@lineup.talks-a-paris\r\n" },
    { NULL, "UID:1Rj0z@lineup\r\n" },
  };
  g_autoptr(GDateTime) stamp = fixed_stamp (0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
      g_autoptr(GPtrArray) sessions = all_sessions (schedule);
      g_autofree gchar *text = NULL;

      lineup_schedule_set_key (schedule, cases[i].key);
      text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
      g_assert_nonnull (strstr (text, cases[i].uid));
    }
}

static void
test_ics_drop_one (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *full = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  g_autofree gchar *fewer = NULL;
  g_autofree gchar *dropped_uid = uid_for ("1Rj1R");
  icalcomponent *full_cal, *fewer_cal;
  guint n_exported;

  for (guint i = 0; i < sessions->len; i++)
    if (g_str_equal (lineup_session_get_id (g_ptr_array_index (sessions, i)), "1Rj1R"))
      g_ptr_array_remove_index (sessions, i);
  fewer = lineup_export_icalendar (schedule, sessions, stamp, &n_exported, NULL);
  g_assert_cmpuint (n_exported, ==, N_TIMED - 1);

  full_cal = parse_calendar (full);
  fewer_cal = parse_calendar (fewer);
  g_assert_cmpuint (count_components (fewer_cal, ICAL_VEVENT_COMPONENT), ==, N_TIMED - 1);
  g_assert_nonnull (find_event (full_cal, dropped_uid));
  g_assert_null (find_event (fewer_cal, dropped_uid));
  for (icalcomponent *event = icalcomponent_get_first_component (full_cal, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (full_cal, ICAL_VEVENT_COMPONENT))
    {
      const gchar *uid = icalcomponent_get_uid (event);

      if (!g_str_equal (uid, dropped_uid))
        g_assert_nonnull (find_event (fewer_cal, uid));
    }

  icalcomponent_free (full_cal);
  icalcomponent_free (fewer_cal);
}

static void
test_ics_other_zone (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *chicago_text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  g_autofree gchar *berlin_text = NULL;
  icalcomponent *calendar;

  lineup_schedule_set_zone (schedule, BERLIN, NULL);
  berlin_text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  g_assert_null (strstr (berlin_text, CHICAGO));
  g_assert_nonnull (strstr (chicago_text, "DTSTART;TZID=America/Chicago:20231106T091500\r\n"));
  /* 9:15 in Chicago (CST, UTC−6) is 16:15 in Berlin (CET, UTC+1). */
  g_assert_nonnull (strstr (berlin_text, "DTSTART;TZID=Europe/Berlin:20231106T161500\r\n"));

  calendar = parse_calendar (berlin_text);
  assert_calendar_matches (calendar, schedule, BERLIN);
  icalcomponent_free (calendar);
}

static void
test_ics_floating (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (NULL);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  icalcomponent *calendar;

  g_assert_null (strstr (text, "TZID"));
  g_assert_null (strstr (text, "VTIMEZONE"));
  g_assert_nonnull (strstr (text, "DTSTART:20231106T091500\r\n"));

  calendar = parse_calendar (text);
  assert_calendar_matches (calendar, schedule, NULL);
  icalcomponent_free (calendar);
}

/* A zone known to the schedule but floating sessions: still floating. */
static void
test_ics_floating_session (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *text = NULL;

  for (guint i = 0; i < sessions->len; i++)
    lineup_session_set_floating (g_ptr_array_index (sessions, i), TRUE);
  text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  g_assert_null (strstr (text, "TZID"));
  g_assert_null (strstr (text, "VTIMEZONE"));
  g_assert_nonnull (strstr (text, "DTSTART:20231106T091500\r\n"));
}

/* Zones with odd rules: every time must come back at GLib's offset through
 * the file's own (trimmed) VTIMEZONE. */
static void
test_ics_zones (void)
{
  static const gchar * const zones[] = {
    "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe",
    "America/Argentina/Buenos_Aires", "Etc/UTC", "Etc/GMT+5", "Europe/London",
    "America/St_Johns", "Pacific/Kiritimati",
  };
  g_autoptr(GDateTime) stamp = fixed_stamp (0);

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
      g_autoptr(GPtrArray) sessions = all_sessions (schedule);
      g_autofree gchar *text = NULL;
      g_autofree gchar *tzid = g_strdup_printf ("TZID:%s\r\n", zones[i]);
      icalcomponent *calendar;

      g_test_message ("%s", zones[i]);
      lineup_schedule_set_zone (schedule, zones[i], NULL);
      text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
      g_assert_nonnull (strstr (text, tzid));
      calendar = parse_calendar (text);
      assert_calendar_matches (calendar, schedule, zones[i]);
      icalcomponent_free (calendar);
    }
}

/* No VTIMEZONE to be had: exact instants in UTC rather than a dangling TZID. */
static void
test_ics_zone_without_vtimezone (void)
{
  static const gchar * const zones[] = { "UTC", "Mars/Olympus" };
  g_autoptr(GDateTime) stamp = fixed_stamp (0);

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
      g_autoptr(GPtrArray) sessions = all_sessions (schedule);
      g_autofree gchar *text = NULL;
      icalcomponent *calendar;
      guint n_exported = 0;

      g_test_message ("%s", zones[i]);
      lineup_schedule_set_zone (schedule, zones[i], NULL);
      text = lineup_export_icalendar (schedule, sessions, stamp, &n_exported, NULL);
      g_assert_cmpuint (n_exported, ==, N_TIMED);
      g_assert_null (strstr (text, "TZID"));
      g_assert_null (strstr (text, "VTIMEZONE"));

      calendar = parse_calendar (text);
      for (guint j = 0; j < lineup_schedule_get_n_sessions (schedule); j++)
        {
          LineupSession *session = lineup_schedule_get_session (schedule, j);
          g_autofree gchar *uid = uid_for (lineup_session_get_id (session));
          icalcomponent *event = find_event (calendar, uid);
          struct icaltimetype tt;

          if (lineup_session_get_start (session) == NULL)
            continue;
          tt = icalproperty_get_dtstart (icalcomponent_get_first_property (event,
                                                                           ICAL_DTSTART_PROPERTY));
          g_assert_true (icaltime_is_utc (tt));
          g_assert_cmpint (icaltime_as_timet (tt), ==,
                           g_date_time_to_unix (lineup_session_get_start (session)));
        }
      icalcomponent_free (calendar);
    }
}

static void
test_ics_small_vtimezone (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  const gchar *begin = strstr (text, "BEGIN:VTIMEZONE");
  const gchar *end = strstr (text, "END:VTIMEZONE");
  icalcomponent *calendar = parse_calendar (text);
  icalcomponent *vtimezone = icalcomponent_get_first_component (calendar,
                                                                ICAL_VTIMEZONE_COMPONENT);
  guint n_rules;

  g_assert_nonnull (begin);
  g_assert_nonnull (end);
  g_assert_cmpint (end - begin, <, 1000);
  n_rules = count_components (vtimezone, ICAL_XSTANDARD_COMPONENT) +
            count_components (vtimezone, ICAL_XDAYLIGHT_COMPONENT);
  g_assert_cmpuint (n_rules, >=, 1);
  g_assert_cmpuint (n_rules, <=, 4);
  /* The VTIMEZONE comes before the events that use it. */
  g_assert_cmpint (begin - text, <, strstr (text, "BEGIN:VEVENT") - text);

  icalcomponent_free (calendar);
}

static void
test_ics_text_safety (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  LineupSession *session = g_ptr_array_index (sessions, 0);
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autofree gchar *text = NULL;
  g_autofree gchar *uid = uid_for (lineup_session_get_id (session));
  icalcomponent *calendar, *event;

  /* Long enough to be folded many times, with multi-byte characters at
   * every possible position. */
  for (guint i = 0; i < 40; i++)
    g_string_append (long_title, i % 2 ? "é🚀, " : "Ramírez; ");
  g_string_append (long_title, "end");
  lineup_session_set_title (session, long_title->str);
  lineup_session_set_description (session, "line one\x1b[31m red\nline two\x07");
  lineup_session_set_track (session, "Room A, Level 2");
  lineup_session_set_room (session, "Hall A, Level 2; \"West\"\\");
  lineup_session_set_url (lineup_schedule_find (schedule, "1Rj1R"), "https://x.example/a b\r\nX:y");

  text = lineup_export_icalendar (schedule, sessions, stamp, NULL, NULL);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strchr (text, '\x1b'));
  g_assert_null (strchr (text, '\x07'));
  g_assert_null (strstr (text, "X:y"));

  calendar = parse_calendar (text);
  event = find_event (calendar, uid);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, long_title->str);
  g_assert_true (g_str_has_suffix (icalcomponent_get_description (event),
                                   "line one[31m red line two"));
  /* A room keeps its commas, quotes and backslashes; a track with a comma
   * stays one category (libical would split it). */
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "Hall A, Level 2; \"West\"\\");
  g_assert_cmpuint (icalcomponent_count_properties (event, ICAL_CATEGORIES_PROPERTY), ==, 1);
  {
    icalproperty *categories = icalcomponent_get_first_property (event,
                                                                 ICAL_CATEGORIES_PROPERTY);

    g_assert_cmpstr (icalproperty_get_categories (categories), ==, "Room A Level 2");
  }
  {
    g_autofree gchar *other_uid = uid_for ("1Rj1R");

    g_assert_null (icalcomponent_get_first_property (find_event (calendar, other_uid),
                                                     ICAL_URL_PROPERTY));
  }
  /* Every line is folded to at most 75 octets. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
  }

  icalcomponent_free (calendar);
}

static void
test_ics_untimed_only (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autofree gchar *text = NULL;
  guint n_exported = 99, n_skipped = 99;
  icalcomponent *calendar;

  g_ptr_array_add (sessions, g_object_ref (lineup_schedule_find (schedule, "untimed")));
  text = lineup_export_icalendar (schedule, sessions, stamp, &n_exported, &n_skipped);
  g_assert_cmpuint (n_exported, ==, 0);
  g_assert_cmpuint (n_skipped, ==, 1);
  calendar = parse_calendar (text);
  g_assert_cmpuint (count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 0);
  g_assert_cmpuint (count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 0);
  icalcomponent_free (calendar);
}

/* ---------------------------------------------------------------------- */
/* Markdown                                                                */

static void
test_markdown_agenda (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  LineupSession *a = lineup_schedule_find (schedule, "1Rj0z");
  LineupSession *b = lineup_schedule_find (schedule, "1Rj1R");
  LineupSession *c = lineup_schedule_find (schedule, "1Rj3S");
  LineupSession *u = lineup_schedule_find (schedule, "untimed");
  g_autofree gchar *expected = NULL;
  g_autofree gchar *text = NULL;
  g_autofree gchar *again = NULL;
  g_autofree gchar *in24 = NULL;
  guint n_exported = 99, n_skipped = 99;

  expected = g_strdup_printf (
    "# Cilium Talks at KubeCon NA 2023 — my agenda\n"
    "\n"
    "Times in America/Chicago.\n"
    "\n"
    "## Monday, November 6\n"
    "\n"
    "- 9:15 – 9:40 AM CST · From Imagination to Implementation — %s ([link](%s))"
    " ⚠ overlaps: Controlling Access to External APIs with Cilium\n"
    "- 9:30 – 10:15 AM CST · Controlling Access to External APIs with Cilium — %s ([link](%s))"
    " ⚠ overlaps: From Imagination to Implementation\n"
    "- 12:15 – 12:40 PM CST · Past, Present, Future of Tetragon — %s ([link](%s))\n"
    "\n"
    "## Tuesday, November 7\n"
    "\n"
    "- 11:50 AM – 12:15 PM CST · Cilium’s \\*Mesh\\* 🚀 at\\_scale ([link](%s))\n"
    "\n"
    "## Wednesday, November 8\n"
    "\n"
    "- 3:00 – 3:30 PM CST · Cilium Project Pavilion"
    " (End time not announced; 30 minutes assumed.)\n"
    "\n"
    "## Time not announced\n"
    "\n"
    "- Contribfest — %s ([link](%s))\n",
    lineup_session_get_speakers_text (a), lineup_session_get_url (a),
    lineup_session_get_speakers_text (b), lineup_session_get_url (b),
    lineup_session_get_speakers_text (c), lineup_session_get_url (c),
    specs[3].url,
    lineup_session_get_speakers_text (u), lineup_session_get_url (u));

  text = lineup_export_markdown (schedule, sessions, TRUE, &n_exported, &n_skipped);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (n_exported, ==, N_SPECS);
  g_assert_cmpuint (n_skipped, ==, 0);

  /* Deterministic. */
  again = lineup_export_markdown (schedule, sessions, TRUE, NULL, NULL);
  g_assert_cmpstr (text, ==, again);

  /* A 24-hour clock, as the window shows it in such a locale. */
  in24 = lineup_export_markdown (schedule, sessions, FALSE, NULL, NULL);
  g_assert_nonnull (strstr (in24, "\n- 09:15 – 09:40 CST · From Imagination"));
  g_assert_nonnull (strstr (in24, "\n- 11:50 – 12:15 CST · Cilium’s"));
  g_assert_nonnull (strstr (in24, "\n- 15:00 – 15:30 CST · Cilium Project Pavilion"));
  g_assert_null (strstr (in24, " AM"));
  g_assert_null (strstr (in24, " PM"));
}

/* The agenda is told in the event's zone, whatever zone the times came in. */
static void
test_markdown_zone (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autofree gchar *text = NULL;

  lineup_schedule_set_zone (schedule, BERLIN, NULL);
  text = lineup_export_markdown (schedule, sessions, TRUE, NULL, NULL);
  /* 9:15 CST is 16:15 CET. */
  g_assert_nonnull (strstr (text, "\nTimes in Europe/Berlin.\n"));
  g_assert_nonnull (strstr (text, "\n- 4:15 – 4:40 PM CET · From Imagination"));
  g_assert_null (strstr (text, "9:15"));
}

static void
test_markdown_untitled (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (NULL);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autofree gchar *text = NULL;

  lineup_schedule_set_title (schedule, NULL);
  text = lineup_export_markdown (schedule, sessions, TRUE, NULL, NULL);
  /* Floating: no zone to name. */
  g_assert_true (g_str_has_prefix (text,
                                   "# My agenda\n\n## Monday, November 6\n\n- 9:15 – 9:40 AM · "));
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */

static void
test_format_for_path (void)
{
  static const struct { const gchar *path; gboolean ok; LineupExportFormat format; } cases[] = {
    { "agenda.ics", TRUE, LINEUP_EXPORT_ICALENDAR },
    { "/tmp/My Agenda.ICS", TRUE, LINEUP_EXPORT_ICALENDAR },
    { "-", TRUE, LINEUP_EXPORT_ICALENDAR },
    { "agenda.md", TRUE, LINEUP_EXPORT_MARKDOWN },
    { "notes/agenda.Markdown", TRUE, LINEUP_EXPORT_MARKDOWN },
    { "agenda.txt", FALSE, 0 },
    { "agenda", FALSE, 0 },
    { "agenda.ics.bak", FALSE, 0 },
    { "ics", FALSE, 0 },
    { "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      LineupExportFormat format = 42;
      gboolean ok = lineup_export_format_for_path (cases[i].path, &format, &error);

      g_test_message ("%s", cases[i].path);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_cmpint (format, ==, cases[i].format);
        }
      else
        {
          g_autofree gchar *quoted = g_strdup_printf ("“%s”", cases[i].path);

          g_assert_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_FORMAT);
          g_assert_nonnull (strstr (error->message, quoted));
          g_assert_nonnull (strstr (error->message, ".ics"));
          g_assert_nonnull (strstr (error->message, ".md"));
          g_assert_cmpint (format, ==, 42);
        }
    }
}

static gchar *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  gchar *dir = g_dir_make_tmp ("lineup-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_dir_entries (const gchar *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
remove_tree (const gchar *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree gchar *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_no_errno (g_unlink (child));
      g_object_unref (info);
    }
  g_assert_no_errno (g_rmdir (path));
}

static void
test_write_files (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autofree gchar *dir = make_tmp_dir ();
  g_autofree gchar *ics_path = g_build_filename (dir, "agenda.ics", NULL);
  g_autofree gchar *md_path = g_build_filename (dir, "agenda.md", NULL);
  g_autofree gchar *contents = NULL;
  /* lineup_export_write: the clock of the locale (C: 24 hours). */
  g_autofree gchar *markdown = lineup_export_markdown (schedule, sessions,
                                                       lineup_locale_uses_12h_clock (),
                                                       NULL, NULL);
  g_autoptr(GError) error = NULL;
  guint n_exported = 0, n_skipped = 0;
  icalcomponent *calendar;

  g_assert_true (lineup_export_write (schedule, sessions, ics_path, &n_exported, &n_skipped,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_exported, ==, N_TIMED);
  g_assert_cmpuint (n_skipped, ==, 1);
  g_assert_true (g_file_get_contents (ics_path, &contents, NULL, NULL));
  calendar = parse_calendar (contents);
  assert_calendar_matches (calendar, schedule, CHICAGO);
  icalcomponent_free (calendar);
  g_clear_pointer (&contents, g_free);

  /* Overwriting an existing file works too. */
  g_assert_true (g_file_set_contents (md_path, "old", -1, NULL));
  g_assert_true (lineup_export_write (schedule, sessions, md_path, &n_exported, &n_skipped,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_exported, ==, N_SPECS);
  g_assert_cmpuint (n_skipped, ==, 0);
  g_assert_true (g_file_get_contents (md_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, markdown);

  /* Nothing else left behind (no temporary files). */
  g_assert_cmpuint (count_dir_entries (dir), ==, 2);
  remove_tree (dir);
}

static void
assert_write_fails (LineupSchedule *schedule,
                    GPtrArray      *sessions,
                    const gchar    *path,
                    gint            code,
                    const gchar    *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *display = g_filename_display_name (path);

  g_assert_false (lineup_export_write (schedule, sessions, path, NULL, NULL, &error));
  g_assert_error (error, LINEUP_EXPORT_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, display));
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_write_failures (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(GPtrArray) sessions = all_sessions (schedule);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) untimed = g_ptr_array_new ();
  g_autofree gchar *dir = make_tmp_dir ();
  g_autofree gchar *missing = g_build_filename (dir, "no-such-dir", "agenda.ics", NULL);
  g_autofree gchar *is_dir = g_build_filename (dir, "taken.ics", NULL);
  g_autofree gchar *empty_ics = g_build_filename (dir, "empty.ics", NULL);
  g_autofree gchar *empty_md = g_build_filename (dir, "empty.md", NULL);
  g_autofree gchar *bad_name = g_build_filename (dir, "agenda.pdf", NULL);
  g_autofree gchar *readonly = g_build_filename (dir, "readonly", NULL);
  g_autofree gchar *in_readonly = g_build_filename (readonly, "agenda.ics", NULL);
  g_autofree gchar *probe = g_build_filename (readonly, "probe", NULL);

  g_ptr_array_add (untimed, lineup_schedule_find (schedule, "untimed"));

  assert_write_fails (schedule, sessions, missing, LINEUP_EXPORT_ERROR_WRITE, NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A folder where the file should go: the rename fails, nothing is left. */
  g_assert_no_errno (g_mkdir (is_dir, 0755));
  assert_write_fails (schedule, sessions, is_dir, LINEUP_EXPORT_ERROR_WRITE, NULL);
  g_assert_true (g_file_test (is_dir, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_dir_entries (dir), ==, 1);

  assert_write_fails (schedule, none, empty_ics, LINEUP_EXPORT_ERROR_EMPTY, "no talk is starred");
  assert_write_fails (schedule, none, empty_md, LINEUP_EXPORT_ERROR_EMPTY, "no talk is starred");
  assert_write_fails (schedule, untimed, empty_ics, LINEUP_EXPORT_ERROR_EMPTY, "no time");
  assert_write_fails (schedule, sessions, bad_name, LINEUP_EXPORT_ERROR_FORMAT, ".ics");
  g_assert_false (g_file_test (empty_ics, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (empty_md, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (bad_name, G_FILE_TEST_EXISTS));

  /* An untimed talk alone still makes a Markdown agenda. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (lineup_export_write (schedule, untimed, empty_md, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_no_errno (g_unlink (empty_md));
  }

  g_assert_no_errno (g_mkdir (readonly, 0555));
  if (g_file_set_contents (probe, "", 0, NULL))
    {
      /* Running as root: permissions do not stop us, nothing to test. */
      g_assert_no_errno (g_unlink (probe));
      g_test_message ("read-only folder is writable (root?): case skipped");
    }
  else
    {
      assert_write_fails (schedule, sessions, in_readonly, LINEUP_EXPORT_ERROR_WRITE, NULL);
      g_assert_cmpuint (count_dir_entries (readonly), ==, 0);
    }
  g_assert_no_errno (g_chmod (readonly, 0755));

  remove_tree (dir);
}

static void
test_write_stdout (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
      g_autoptr(GPtrArray) sessions = all_sessions (schedule);
      g_autoptr(GError) error = NULL;
      guint n_exported = 0;

      g_assert_true (lineup_export_write (schedule, sessions, "-", &n_exported, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n_exported, ==, N_TIMED);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("BEGIN:VCALENDAR\r\n*"
                             "DTSTART;TZID=America/Chicago:20231106T121500\r\n*"
                             "END:VCALENDAR\r\n");
}

/* ---------------------------------------------------------------------- */
/* The built-in post                                                       */

static LineupSchedule *
read_built_in_post (GPtrArray **starred)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "..", "data", "posts",
                                                  "cilium-kubecon-na-2023.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = lineup_post_reader_read_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    lineup_session_set_starred (lineup_schedule_get_session (schedule, i), TRUE);
  lineup_conflicts_update (schedule);
  *starred = lineup_schedule_dup_starred (schedule);
  return schedule;
}

static void
test_built_in_post_ics (void)
{
  g_autoptr(GPtrArray) starred = NULL;
  g_autoptr(LineupSchedule) schedule = read_built_in_post (&starred);
  g_autoptr(GDateTime) stamp = fixed_stamp (0);
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier (CHICAGO);
  g_autofree gchar *text = NULL;
  icalcomponent *calendar, *vtimezone, *tetragon = NULL;
  guint n_exported = 0, n_skipped = 99;

  g_assert_cmpuint (starred->len, ==, 25);
  text = lineup_export_icalendar (schedule, starred, stamp, &n_exported, &n_skipped);
  g_assert_cmpuint (n_exported, ==, 25);
  g_assert_cmpuint (n_skipped, ==, 0);

  calendar = parse_calendar (text);
  g_assert_cmpuint (count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 25);
  g_assert_cmpuint (count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
  vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_cmpstr (icalproperty_get_tzid (icalcomponent_get_first_property (vtimezone,
                                                                           ICAL_TZID_PROPERTY)),
                   ==, CHICAGO);
  g_assert_cmpstr (icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY) ?
                   icalproperty_get_x (icalcomponent_get_first_property (calendar,
                                                                         ICAL_X_PROPERTY)) :
                   NULL, ==, "Cilium Talks at KubeCon NA 2023");

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const gchar *summary = icalcomponent_get_summary (event);
      const gchar *description = icalcomponent_get_description (event);

      /* Repaired text, no markup. */
      g_assert_null (strstr (summary, "‚Ä"));
      g_assert_true (description == NULL || strstr (description, "‚Ä") == NULL);
      g_assert_true (description == NULL || strstr (description, "**") == NULL);
      if (g_str_has_prefix (summary, "Past, Present, Future of Tetragon"))
        {
          g_assert_null (tetragon);
          tetragon = event;
        }
    }

  g_assert_nonnull (tetragon);
  {
    icalproperty *dtstart = icalcomponent_get_first_property (tetragon, ICAL_DTSTART_PROPERTY);
    icalproperty *dtend = icalcomponent_get_first_property (tetragon, ICAL_DTEND_PROPERTY);
    g_autoptr(GDateTime) start = g_date_time_new (chicago, 2023, 11, 6, 12, 15, 0);
    g_autoptr(GDateTime) end = g_date_time_new (chicago, 2023, 11, 6, 12, 40, 0);

    assert_time_property (dtstart, start, chicago, CHICAGO);
    assert_time_property (dtend, end, chicago, CHICAGO);
  }

  icalcomponent_free (calendar);
}

/* data/examples/cilium-kubecon-na-2023-agenda.md is the Markdown agenda of the
 * built-in post with every talk starred; LINEUP_UPDATE_EXAMPLES=1 rewrites it. */
static void
test_built_in_post_markdown (void)
{
  g_autoptr(GPtrArray) starred = NULL;
  g_autoptr(LineupSchedule) schedule = read_built_in_post (&starred);
  g_autofree gchar *example = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                     "cilium-kubecon-na-2023-agenda.md", NULL);
  g_autofree gchar *text = NULL;
  g_autofree gchar *expected = NULL;
  g_autoptr(GError) error = NULL;
  guint n_exported = 0;

  text = lineup_export_markdown (schedule, starred, TRUE, &n_exported, NULL);
  g_assert_cmpuint (n_exported, ==, 25);

  if (g_strcmp0 (g_getenv ("LINEUP_UPDATE_EXAMPLES"), "1") == 0)
    {
      g_autofree gchar *dir = g_path_get_dirname (example);

      g_assert_no_errno (g_mkdir_with_parents (dir, 0755));
      g_file_set_contents (example, text, -1, &error);
      g_assert_no_error (error);
      g_test_message ("wrote %s", example);
    }

  if (!g_file_get_contents (example, &expected, NULL, &error))
    g_error ("%s (run the test with LINEUP_UPDATE_EXAMPLES=1 to create it)", error->message);
  g_assert_cmpstr (text, ==, expected);

  /* Things the example must show, whatever its exact text. */
  g_assert_true (g_str_has_prefix (text, "# Cilium Talks at KubeCon NA 2023 — my agenda\n"));
  g_assert_nonnull (strstr (text, "\n## Monday, November 6\n"));
  g_assert_nonnull (strstr (text, "\n## Thursday, November 9\n"));
  g_assert_nonnull (strstr (text, "\n- 12:15 – 12:40 PM CST · Past, Present, Future of Tetragon"));
  g_assert_nonnull (strstr (text, "⚠ overlaps: "));
  g_assert_null (strstr (text, "‚Ä"));
}

/* The name an export dialog suggests, and the extension a chosen name
 * gets. */
static void
test_file_names (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (CHICAGO);
  g_autoptr(LineupSchedule) odd = lineup_schedule_new ();
  g_autoptr(LineupSchedule) untitled = lineup_schedule_new ();
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autofree gchar *name = NULL;
  static const struct { const gchar *chosen; LineupExportFormat format; const gchar *expected; } chosen[] = {
    { "agenda", LINEUP_EXPORT_ICALENDAR, "agenda.ics" },
    { "agenda", LINEUP_EXPORT_MARKDOWN, "agenda.md" },
    { "agenda.ics", LINEUP_EXPORT_MARKDOWN, "agenda.ics" },
    { "agenda.ICS", LINEUP_EXPORT_ICALENDAR, "agenda.ICS" },
    { "Agenda.Md", LINEUP_EXPORT_ICALENDAR, "Agenda.Md" },
    { "notes.markdown", LINEUP_EXPORT_ICALENDAR, "notes.markdown" },
    { "agenda.ics.txt", LINEUP_EXPORT_ICALENDAR, "agenda.ics.txt.ics" },
    { "-", LINEUP_EXPORT_ICALENDAR, "-.ics" },
  };

  name = lineup_export_suggest_name (schedule, LINEUP_EXPORT_ICALENDAR);
  g_assert_cmpstr (name, ==, "Cilium Talks at KubeCon NA 2023 Agenda.ics");
  g_clear_pointer (&name, g_free);
  name = lineup_export_suggest_name (schedule, LINEUP_EXPORT_MARKDOWN);
  g_assert_cmpstr (name, ==, "Cilium Talks at KubeCon NA 2023 Agenda.md");
  g_clear_pointer (&name, g_free);

  /* Nothing in a title makes a folder or an invalid name. */
  lineup_schedule_set_title (odd, "..KubeCon EU 2024: Paris/Online\tday \"one\"");
  name = lineup_export_suggest_name (odd, LINEUP_EXPORT_ICALENDAR);
  g_assert_cmpstr (name, ==, "KubeCon EU 2024- Paris-Online-day -one- Agenda.ics");
  g_clear_pointer (&name, g_free);

  name = lineup_export_suggest_name (untitled, LINEUP_EXPORT_ICALENDAR);
  g_assert_cmpstr (name, ==, "Agenda.ics");
  g_clear_pointer (&name, g_free);

  for (guint i = 0; i < 100; i++)
    g_string_append (long_title, "Zoë ");
  lineup_schedule_set_title (untitled, long_title->str);
  name = lineup_export_suggest_name (untitled, LINEUP_EXPORT_MARKDOWN);
  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (name, -1), <=, 120 + 3);
  g_assert_true (g_str_has_suffix (name, ".md"));
  g_clear_pointer (&name, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (chosen); i++)
    {
      name = lineup_export_ensure_extension (chosen[i].chosen, chosen[i].format);
      g_assert_cmpstr (name, ==, chosen[i].expected);
      g_clear_pointer (&name, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/ics/round-trip", test_ics_round_trip);
  g_test_add_func ("/export/ics/event-fields", test_ics_event_fields);
  g_test_add_func ("/export/ics/stable", test_ics_stable);
  g_test_add_func ("/export/ics/uid-slug", test_ics_uid_slug);
  g_test_add_func ("/export/ics/drop-one", test_ics_drop_one);
  g_test_add_func ("/export/ics/other-zone", test_ics_other_zone);
  g_test_add_func ("/export/ics/floating", test_ics_floating);
  g_test_add_func ("/export/ics/floating-session", test_ics_floating_session);
  g_test_add_func ("/export/ics/zones", test_ics_zones);
  g_test_add_func ("/export/ics/zone-without-vtimezone", test_ics_zone_without_vtimezone);
  g_test_add_func ("/export/ics/small-vtimezone", test_ics_small_vtimezone);
  g_test_add_func ("/export/ics/text-safety", test_ics_text_safety);
  g_test_add_func ("/export/ics/untimed-only", test_ics_untimed_only);
  g_test_add_func ("/export/markdown/agenda", test_markdown_agenda);
  g_test_add_func ("/export/markdown/zone", test_markdown_zone);
  g_test_add_func ("/export/markdown/untitled", test_markdown_untitled);
  g_test_add_func ("/export/write/format-for-path", test_format_for_path);
  g_test_add_func ("/export/write/files", test_write_files);
  g_test_add_func ("/export/write/failures", test_write_failures);
  g_test_add_func ("/export/write/stdout", test_write_stdout);
  g_test_add_func ("/export/built-in-post/ics", test_built_in_post_ics);
  g_test_add_func ("/export/built-in-post/markdown", test_built_in_post_markdown);
  g_test_add_func ("/export/file-names", test_file_names);

  return g_test_run ();
}
