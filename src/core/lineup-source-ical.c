/* lineup-source-ical.c — iCalendar: Sched, pretalx, any calendar (libical) → LineupSchedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libical parses; the reader first walks the raw lines itself, because libical
 * names no lines: to check that every BEGIN has its END (a truncated file is
 * an error at its last line) and to learn the line of each event's
 * BEGIN:VEVENT and DTSTART.
 *
 * Times: UTC ("Z"); TZID= naming an IANA zone (GLib's zone of that name,
 * with or without a VTIMEZONE block; a VTIMEZONE whose TZID is no IANA name
 * is used through libical's rules for it; an unknown TZID is floating, with
 * a warning); floating times in X-WR-TIMEZONE, else in the schedule's zone,
 * else floating.  libical never looks a zone up (no builtin zones).
 *
 * The schedule's zone: a non-UTC X-WR-TIMEZONE; else the zone most TZIDs
 * name (the file says it, so it beats a guess from the rooms); else the
 * place most LOCATIONs name, when more than half of them do (Sched: times
 * in UTC, X-WR-TIMEZONE:UTC, "Hall 12, Amsterdam, Netherlands" → shown on
 * Amsterdam wall clock, room "Hall 12"); else UTC when the times are
 * instants; else none (floating, with a warning).
 *
 * Talks: UID is the id (repeats made unique); ATTENDEE;CN= are the
 * speakers, else SUMMARY's byline ("Title - Name, Org"; in a Sched file
 * also one the byline rules do not read as people); CATEGORIES the track,
 * and the kind when it names one ("KEYNOTE SESSIONS"); DESCRIPTION as is,
 * or through lineup_post_document_html_to_markdown() when it has tags or entities.
 *
 * All-day events (DTSTART;VALUE=DATE) are not talks (a conference day, a
 * holiday): they are skipped; a calendar of only those is an error.  An
 * event whose start cannot be read (20260231) is kept without times, with
 * a warning at its DTSTART line.
 *
 * The reader is a group behind lineup-source-ical-private.h: this file reads
 * the texts, the calendar's zones and the schedule's zone, and makes the
 * schedule; lineup-source-ical-scan.c walks the raw lines first,
 * lineup-source-ical-events.c reads each VEVENT (its times, title, speakers
 * and texts).
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "lineup-post-document.h"
#include "lineup-source-ical-private.h"
#include "lineup-text.h"

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->calendar, icalcomponent_free);
  g_clear_pointer (&reader->lines, g_array_unref);
  g_clear_pointer (&reader->wr_tz, g_time_zone_unref);
  g_clear_pointer (&reader->wr_zone_id, g_free);
  g_clear_pointer (&reader->zones, g_hash_table_unref);
  g_clear_pointer (&reader->tzid_votes, g_hash_table_unref);
  g_clear_pointer (&reader->places, g_hash_table_unref);
  g_clear_pointer (&reader->warnings, g_ptr_array_unref);
}

/* Text --------------------------------------------------------------------- */

/* Trimmed, valid UTF-8 text without control characters, or NULL if empty. */
gchar *
_lineup_source_ical_clean_text (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  gchar *clean;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  clean = g_strstrip (lineup_text_strip_controls (valid));
  if (*clean == '\0')
    g_clear_pointer (&clean, g_free);
  return clean;
}

/* A DESCRIPTION's text: valid UTF-8 keeping its line breaks, without other
 * control characters, trimmed; NULL if empty. */
gchar *
_lineup_source_ical_clean_description (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  GString *clean;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  clean = g_string_sized_new (strlen (valid));
  for (const gchar *p = valid; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\r' || *p == '\t')
        g_string_append_c (clean, *p == '\r' ? '\n' : ' ');
      else if ((guchar) *p >= 0x20 && *p != 0x7f)
        g_string_append_c (clean, *p);
      else if (*p == '\n')
        g_string_append_c (clean, '\n');
    }
  g_strstrip (clean->str);
  if (clean->str[0] == '\0')
    {
      g_string_free (clean, TRUE);
      return NULL;
    }
  return g_string_free (clean, FALSE);
}

static icalproperty *
first_x_property (icalcomponent *component,
                  const gchar   *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (component, ICAL_X_PROPERTY))
    {
      const gchar *x_name = icalproperty_get_x_name (p);

      if (x_name != NULL && g_ascii_strcasecmp (x_name, name) == 0)
        return p;
    }
  return NULL;
}

/* The text value of the first @kind property of @component, cleaned. */
gchar *
_lineup_source_ical_property_text (icalcomponent  *component,
                                   icalproperty_kind kind)
{
  icalproperty *p = icalcomponent_get_first_property (component, kind);
  icalvalue *value = p ? icalproperty_get_value (p) : NULL;
  const gchar *text = NULL;

  if (value == NULL)
    return NULL;
  switch (icalvalue_isa (value))
    {
    case ICAL_TEXT_VALUE:
      text = icalvalue_get_text (value);
      break;
    case ICAL_URI_VALUE:
      text = icalvalue_get_uri (value);
      break;
    case ICAL_X_VALUE:
      text = icalvalue_get_x (value);
      break;
    default:
      {
        g_autofree gchar *any = icalproperty_get_value_as_string_r (p);

        return _lineup_source_ical_clean_text (any);
      }
    }
  return _lineup_source_ical_clean_text (text);
}

/* Zones -------------------------------------------------------------------- */

static gboolean
is_utc_name (const gchar *id)
{
  const gchar *names[] = { "UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z", "Zulu", "Universal",
                           "Etc/Universal", "UCT", "Etc/UCT", "Etc/Zulu", "GMT0", "Etc/GMT0" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (id, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* GLib's zone for an IANA id; NULL for anything else (an offset, a path). */
static GTimeZone *
iana_zone (const gchar *id)
{
  if (id == NULL || *id == '\0' || *id == '/' || strstr (id, "..") != NULL ||
      g_ascii_isdigit (*id) || *id == '+' || *id == '-' || strlen (id) > 64)
    return NULL;
  return g_time_zone_new_identifier (id);
}

/* The IANA zone a TZID names ("Europe/Berlin",
 * "/freeassociation.sourceforge.net/Europe/Berlin"), with its id. */
GTimeZone *
_lineup_source_ical_zone_for_tzid (const gchar  *tzid,
                                   const gchar **iana_id)
{
  GTimeZone *tz = iana_zone (tzid);

  *iana_id = tzid;
  for (const gchar *p = strchr (tzid, '/'); tz == NULL && p != NULL; p = strchr (p + 1, '/'))
    {
      *iana_id = p + 1;
      tz = iana_zone (p + 1);
    }
  return tz;
}

static void
read_calendar_zone (Reader *reader)
{
  icalproperty *p = first_x_property (reader->calendar, "X-WR-TIMEZONE");
  g_autofree gchar *id = NULL;

  if (p == NULL)
    return;
  id = _lineup_source_ical_clean_text (icalproperty_get_x (p));
  if (id == NULL)
    return;
  reader->wr_tz = iana_zone (id);
  if (reader->wr_tz != NULL)
    reader->wr_zone_id = g_steal_pointer (&id);
}

void
_lineup_source_ical_vote (GHashTable  *votes,
                          const gchar *id)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (votes, id));

  g_hash_table_insert (votes, g_strdup (id), GUINT_TO_POINTER (n + 1));
}

/* The id with most votes (ties: the first in id order), or NULL; *count its votes. */
static const gchar *
winner (GHashTable *votes,
        guint      *count)
{
  GHashTableIter iter;
  gpointer key, value;
  const gchar *best = NULL;

  *count = 0;
  g_hash_table_iter_init (&iter, votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > *count ||
        (GPOINTER_TO_UINT (value) == *count && best != NULL && strcmp (key, best) < 0))
      {
        best = key;
        *count = GPOINTER_TO_UINT (value);
      }
  return best;
}

/* The zone a LOCATION's place names (cached), or NULL. */
static const gchar *
place_zone (Reader      *reader,
            const gchar *location)
{
  gpointer zone;

  if (!g_hash_table_lookup_extended (reader->places, location, NULL, &zone))
    {
      zone = lineup_source_zone_for_place (location);
      g_hash_table_insert (reader->places, g_strdup (location), zone);
    }
  return zone;
}

/* The schedule's zone ------------------------------------------------------ */

/* The zone most events' LOCATION names, when more than half of the events
 * with a LOCATION name it. */
static gchar *
zone_of_places (Reader *reader,
                GArray *events)
{
  g_autoptr(GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const gchar *best;
  guint located = 0;
  guint count;

  for (guint i = 0; i < events->len; i++)
    {
      const Event *event = &g_array_index (events, Event, i);
      const gchar *zone;

      if (event->location == NULL)
        continue;
      located++;
      zone = place_zone (reader, event->location);
      if (zone != NULL)
        _lineup_source_ical_vote (votes, zone);
    }
  best = winner (votes, &count);
  return best != NULL && count * 2 > located ? g_strdup (best) : NULL;
}

static gchar *
source_zone (Reader *reader,
             GArray *events)
{
  const gchar *best;
  gchar *zone;
  guint count;

  if (reader->wr_zone_id != NULL && !is_utc_name (reader->wr_zone_id))
    return g_strdup (reader->wr_zone_id);
  best = winner (reader->tzid_votes, &count);
  if (best != NULL)
    return g_strdup (best);
  zone = zone_of_places (reader, events);
  if (zone != NULL)
    return zone;
  return reader->any_instant ? g_strdup ("UTC") : NULL;
}

/* The room: LOCATION without its trailing place when that place gave the
 * zone ("Hall 12, Amsterdam, Netherlands" → "Hall 12"). */
static gchar *
room_of (Reader      *reader,
         const gchar *location,
         const gchar *zone_id)
{
  g_auto(GStrv) parts = NULL;

  if (location == NULL || zone_id == NULL)
    return g_strdup (location);
  parts = g_strsplit (location, ",", -1);
  for (guint i = 1; parts[i] != NULL; i++)
    {
      g_autofree gchar *part = g_strstrip (g_strdup (parts[i]));

      if (g_strcmp0 (place_zone (reader, part), zone_id) == 0)
        {
          g_autoptr(GString) room = g_string_new (parts[0]);

          for (guint j = 1; j < i; j++)
            g_string_append_printf (room, ",%s", parts[j]);
          return g_strstrip (g_string_free (g_steal_pointer (&room), FALSE));
        }
    }
  return g_strdup (location);
}

/* @when shown in @show_tz: an instant converted, a wall clock placed in it
 * (or left floating when there is no zone). */
static GDateTime *
show_when (const When *when,
           GTimeZone  *show_tz,
           gboolean   *floating)
{
  if (when->dt == NULL)
    return NULL;
  if (show_tz == NULL)
    {
      *floating = *floating || when->floating;
      return g_date_time_ref (when->dt);
    }
  if (!when->floating)
    return g_date_time_to_timezone (when->dt, show_tz);
  return g_date_time_new (show_tz, g_date_time_get_year (when->dt),
                          g_date_time_get_month (when->dt),
                          g_date_time_get_day_of_month (when->dt),
                          g_date_time_get_hour (when->dt),
                          g_date_time_get_minute (when->dt),
                          g_date_time_get_seconds (when->dt));
}

static void
finish_event (Reader      *reader,
              Event       *event,
              GTimeZone   *show_tz,
              const gchar *place_zone_id)
{
  gboolean floating = FALSE;
  g_autoptr(GDateTime) start = show_when (&event->start, show_tz, &floating);
  g_autoptr(GDateTime) end = start ? show_when (&event->end, show_tz, &floating) : NULL;
  g_autofree gchar *room = room_of (reader, event->location, place_zone_id);

  if (end != NULL && g_date_time_compare (end, start) < 0)
    {
      lineup_source_warn (reader->warnings, reader->input, event->line,
                          _("the event ends before it starts: its end is left out"));
      g_clear_pointer (&end, g_date_time_unref);
    }
  lineup_session_set_times (event->session, start, end);
  lineup_session_set_floating (event->session, start != NULL && floating);
  lineup_session_set_room (event->session, room);
}

/* Reading ------------------------------------------------------------------ */

static void
quiet_libical (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* Never abort on a malformed calendar. */
      icalerror_set_errors_are_fatal (0);
      g_once_init_leave (&done, 1);
    }
}

static gboolean
parse (Reader      *reader,
       const gchar *data,
       gsize        length,
       GError     **error)
{
  g_autofree gchar *text = NULL;
  guint bad_line = 0;
  gsize start = 0;
  gsize end = 0;

  if (!lineup_text_validate (data, length, &bad_line))
    {
      lineup_source_set_error (error, reader->input, bad_line, "%s",
                               _("the text is not valid UTF-8"));
      return FALSE;
    }
  if (!_lineup_source_ical_scan_lines (reader, data, length, &start, &end, error))
    return FALSE;
  if (reader->lines->len == 0)
    {
      lineup_source_set_error (error, reader->input, 1, "%s", _("no events in this calendar"));
      return FALSE;
    }
  quiet_libical ();
  text = g_strndup (data + start, end - start);
  reader->calendar = icalparser_parse_string (text);
  if (reader->calendar == NULL || icalcomponent_isa (reader->calendar) != ICAL_VCALENDAR_COMPONENT)
    {
      lineup_source_set_error (error, reader->input, 1, "%s", _("this calendar cannot be read"));
      return FALSE;
    }
  read_calendar_zone (reader);
  {
    icalproperty *prodid = icalcomponent_get_first_property (reader->calendar,
                                                             ICAL_PRODID_PROPERTY);
    const gchar *producer = prodid ? icalproperty_get_prodid (prodid) : NULL;

    reader->sched = producer != NULL && strstr (producer, "Sched.com") != NULL;
  }
  return TRUE;
}

static GArray *
read_events (Reader *reader)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (Event));
  guint index = 0;
  /* The lines are the n-th VEVENT's of the scan: no lines rather than
   * wrong ones if libical saw other events. */
  gint n_events = icalcomponent_count_components (reader->calendar, ICAL_VEVENT_COMPONENT);
  guint known = n_events == (gint) reader->lines->len ? reader->lines->len : 0;

  g_array_set_clear_func (events, _lineup_source_ical_event_clear);
  icalcomponent *calendar = reader->calendar;

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), index++)
    {
      EventLines none = { 0, 0, 0 };
      const EventLines *lines = index < known
        ? &g_array_index (reader->lines, EventLines, index) : &none;
      Event event = { NULL, { NULL, FALSE }, { NULL, FALSE }, NULL, 0 };

      if (_lineup_source_ical_read_event (reader, c, lines, &event))
        g_array_append_val (events, event);
      else
        _lineup_source_ical_event_clear (&event);
    }
  return events;
}

static LineupSchedule *
build_schedule (Reader   *reader,
                GArray   *events,
                GError  **error)
{
  g_autofree gchar *source_zone_id = source_zone (reader, events);
  g_autofree gchar *place_zone_id = NULL;
  g_autofree gchar *zone_id = NULL;
  g_autofree gchar *title = NULL;
  g_autoptr(GTimeZone) show_tz = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  icalproperty *name = first_x_property (reader->calendar, "X-WR-CALNAME");

  if (!lineup_source_zones (reader->input, source_zone_id, &show_tz, &zone_id, error))
    return NULL;
  /* Rooms lose their trailing place when it is the schedule's zone's. */
  place_zone_id = zone_of_places (reader, events);
  if (g_strcmp0 (place_zone_id, source_zone_id) != 0)
    g_clear_pointer (&place_zone_id, g_free);
  if (show_tz == NULL && reader->any_floating)
    lineup_source_warn_document (reader->warnings, reader->input, reader->first_floating_line,
                                 _("the calendar names no time zone: its times are shown as written"));
  for (guint i = 0; i < events->len; i++)
    {
      Event *event = &g_array_index (events, Event, i);

      finish_event (reader, event, show_tz, place_zone_id);
      g_ptr_array_add (sessions, g_steal_pointer (&event->session));
    }
  title = name ? _lineup_source_ical_clean_text (icalproperty_get_x (name)) : NULL;
  return lineup_source_schedule_new (reader->input, title, title, zone_id,
                                     g_steal_pointer (&sessions), reader->warnings);
}

LineupSchedule *
lineup_source_read_icalendar (const gchar             *data,
                              gsize                    length,
                              const LineupSourceInput *input,
                              GError                 **error)
{
  Reader reader = { input, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, FALSE, 0 };
  g_autoptr(GArray) events = NULL;
  LineupSchedule *schedule = NULL;

  reader.lines = g_array_new (FALSE, TRUE, sizeof (EventLines));
  reader.zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        _lineup_source_ical_zone_entry_free);
  reader.tzid_votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.warnings = lineup_read_notes_new ();
  if (!parse (&reader, data, length, error))
    ;
  else if (icalcomponent_count_components (reader.calendar, ICAL_VEVENT_COMPONENT) == 0)
    lineup_source_set_error (error, input, 1, "%s", _("no events in this calendar"));
  else
    {
      events = read_events (&reader);
      if (events->len == 0)
        lineup_source_set_error (error, input, g_array_index (reader.lines, EventLines, 0).begin,
                                 "%s", _("only all-day events in this calendar, no talks"));
      else
        schedule = build_schedule (&reader, events, error);
    }
  reader_clear (&reader);
  return schedule;
}
