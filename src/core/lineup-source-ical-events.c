/* lineup-source-ical-events.c — one VEVENT of an iCalendar file → a talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its times (UTC, a TZID through GLib's IANA zones or the calendar's
 * VTIMEZONE, X-WR-TIMEZONE, floating; DTEND or DURATION), its id, title and
 * speakers (ATTENDEE;CN=, else SUMMARY's byline), its track and kind
 * (CATEGORIES), its link and description.  The lines it warns at come from
 * the scan of the raw lines (lineup-source-ical-scan.c).
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "lineup-post-document.h"
#include "lineup-source-ical-private.h"
#include "lineup-text.h"

/* Times -------------------------------------------------------------------- */

/* Whether libical can place times in a VTIMEZONE's rules quickly: it
 * expands them year by year up to the time, so only yearly rules on months
 * and days (what tzdata and Outlook write) are used; others would take
 * forever (FREQ=SECONDLY from 1601). */
static gboolean
rules_are_yearly (icalcomponent *vtimezone)
{
  for (icalcomponent *part = icalcomponent_get_first_component (vtimezone, ICAL_ANY_COMPONENT);
       part != NULL;
       part = icalcomponent_get_next_component (vtimezone, ICAL_ANY_COMPONENT))
    for (icalproperty *p = icalcomponent_get_first_property (part, ICAL_RRULE_PROPERTY);
         p != NULL;
         p = icalcomponent_get_next_property (part, ICAL_RRULE_PROPERTY))
      {
        struct icalrecurrencetype rule = icalproperty_get_rrule (p);

        if (rule.freq != ICAL_YEARLY_RECURRENCE ||
            rule.by_second[0] != ICAL_RECURRENCE_ARRAY_MAX ||
            rule.by_minute[0] != ICAL_RECURRENCE_ARRAY_MAX ||
            rule.by_hour[0] != ICAL_RECURRENCE_ARRAY_MAX ||
            rule.by_year_day[0] != ICAL_RECURRENCE_ARRAY_MAX ||
            rule.by_week_no[0] != ICAL_RECURRENCE_ARRAY_MAX)
          return FALSE;
      }
  return TRUE;
}

/* The calendar's VTIMEZONE of @tzid as libical's zone, when usable. */
static icaltimezone *
calendar_zone (Reader      *reader,
               const gchar *tzid)
{
  icaltimezone *zone = icalcomponent_get_timezone (reader->calendar, tzid);
  icalcomponent *vtimezone = zone ? icaltimezone_get_component (zone) : NULL;

  return vtimezone != NULL && rules_are_yearly (vtimezone) ? zone : NULL;
}

typedef struct
{
  GTimeZone *tz;   /* NULL: no IANA zone */
  gchar     *id;
} ZoneEntry;

void
_lineup_source_ical_zone_entry_free (gpointer data)
{
  ZoneEntry *entry = data;

  g_clear_pointer (&entry->tz, g_time_zone_unref);
  g_free (entry->id);
  g_free (entry);
}

static ZoneEntry *
lookup_tzid (Reader      *reader,
             const gchar *tzid,
             guint        line)
{
  ZoneEntry *entry = g_hash_table_lookup (reader->zones, tzid);
  const gchar *id = NULL;

  if (entry != NULL)
    return entry;
  entry = g_new0 (ZoneEntry, 1);
  entry->tz = _lineup_source_ical_zone_for_tzid (tzid, &id);
  if (entry->tz != NULL)
    entry->id = g_strdup (id);
  else if (calendar_zone (reader, tzid) == NULL)
    {
      g_autofree gchar *valid = g_utf8_make_valid (tzid, -1);

      lineup_source_warn (reader->warnings, reader->input, line,
                          _("unknown time zone “%s”: its times are taken as local"), valid);
    }
  g_hash_table_insert (reader->zones, g_strdup (tzid), entry);
  return entry;
}

/* A time with TZID=: GLib's zone of that IANA name, else the calendar's
 * VTIMEZONE of that TZID through libical, else floating. */
static gboolean
read_zoned (Reader              *reader,
            const gchar         *tzid,
            struct icaltimetype  t,
            GDateTime           *wall,
            guint                line,
            When                *when)
{
  ZoneEntry *entry = lookup_tzid (reader, tzid, line);
  icaltimezone *zone;

  if (entry->tz != NULL)
    {
      _lineup_source_ical_vote (reader->tzid_votes, entry->id);
      when->dt = g_date_time_new (entry->tz, t.year, t.month, t.day, t.hour, t.minute, t.second);
      return when->dt != NULL;
    }
  zone = calendar_zone (reader, tzid);
  if (zone != NULL && t.year >= 1900 && t.year <= 2200)
    {
      t.zone = NULL;
      when->dt = g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (t, zone));
      return when->dt != NULL;
    }
  when->dt = g_date_time_ref (wall);
  when->floating = TRUE;
  return TRUE;
}

/* Reads one DTSTART/DTEND property into @when; FALSE when it holds no
 * possible time.  *all_day: a DATE without time. */
static gboolean
read_when (Reader       *reader,
           icalproperty *prop,
           guint         line,
           When         *when,
           gboolean     *all_day)
{
  icalvalue *value = icalproperty_get_value (prop);
  icalvalue_kind kind = value ? icalvalue_isa (value) : ICAL_NO_VALUE;
  struct icaltimetype t = icaltime_null_time ();
  icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);
  const gchar *tzid = param ? icalparameter_get_tzid (param) : NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) wall = NULL;

  *all_day = FALSE;
  if (kind == ICAL_DATE_VALUE || kind == ICAL_DATETIME_VALUE || kind == ICAL_DATETIMEDATE_VALUE)
    t = icalvalue_get_datetime (value);
  if (icaltime_is_null_time (t) || !icaltime_is_valid_time (t) || t.year < 1 || t.year > 9999)
    return FALSE;
  *all_day = t.is_date;
  wall = g_date_time_new (utc, t.year, t.month, t.day, t.hour, t.minute, t.second);
  if (wall == NULL)
    return FALSE;
  when->floating = FALSE;
  if (icaltime_is_utc (t) || t.is_date)
    {
      when->dt = g_steal_pointer (&wall);
      when->floating = t.is_date;
      return TRUE;
    }
  if (tzid != NULL && *tzid != '\0')
    return read_zoned (reader, tzid, t, wall, line, when);
  if (reader->wr_tz != NULL)
    {
      when->dt = g_date_time_new (reader->wr_tz, t.year, t.month, t.day,
                                  t.hour, t.minute, t.second);
      return when->dt != NULL;
    }
  when->dt = g_steal_pointer (&wall);
  when->floating = TRUE;
  return TRUE;
}

/* Events ------------------------------------------------------------------- */

void
_lineup_source_ical_event_clear (gpointer data)
{
  Event *event = data;

  g_clear_object (&event->session);
  g_clear_pointer (&event->start.dt, g_date_time_unref);
  g_clear_pointer (&event->end.dt, g_date_time_unref);
  g_clear_pointer (&event->location, g_free);
}

static void
note_when (Reader     *reader,
           const When *when,
           guint       line)
{
  if (when->dt == NULL)
    return;
  if (!when->floating)
    reader->any_instant = TRUE;
  else if (!reader->any_floating)
    {
      reader->any_floating = TRUE;
      reader->first_floating_line = line;
    }
}

/* The end from DURATION: the start plus that many seconds. */
static void
read_duration (icalproperty *prop,
               Event        *event)
{
  struct icaldurationtype duration = icalproperty_get_duration (prop);
  gint64 seconds = (gint64) duration.weeks * 7 * 86400 + (gint64) duration.days * 86400 +
                   (gint64) duration.hours * 3600 + (gint64) duration.minutes * 60 +
                   duration.seconds;

  if (duration.is_neg || icaldurationtype_is_bad_duration (duration))
    return;
  event->end.dt = g_date_time_add_seconds (event->start.dt, (gdouble) seconds);
  event->end.floating = event->start.floating;
}

/* DTSTART, DTEND or DURATION; FALSE for an all-day event (not a talk). */
static gboolean
read_times (Reader           *reader,
            icalcomponent    *component,
            const EventLines *lines,
            Event            *event)
{
  icalproperty *start = icalcomponent_get_first_property (component, ICAL_DTSTART_PROPERTY);
  icalproperty *end = icalcomponent_get_first_property (component, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (component, ICAL_DURATION_PROPERTY);
  gboolean all_day = FALSE;
  guint start_line = lines->dtstart ? lines->dtstart : lines->begin;

  if (start == NULL)
    {
      lineup_source_warn (reader->warnings, reader->input, lines->begin,
                          _("the event has no start (DTSTART)"));
      return TRUE;
    }
  if (!read_when (reader, start, start_line, &event->start, &all_day))
    {
      lineup_source_warn (reader->warnings, reader->input, start_line,
                          _("the start of the event is not a possible time"));
      g_clear_pointer (&event->start.dt, g_date_time_unref);
      return TRUE;
    }
  if (all_day)
    return FALSE;
  note_when (reader, &event->start, start_line);
  if (end != NULL && !read_when (reader, end, lines->dtend, &event->end, &all_day))
    {
      lineup_source_warn (reader->warnings, reader->input,
                          lines->dtend ? lines->dtend : lines->begin,
                          _("the end of the event is not a possible time"));
      g_clear_pointer (&event->end.dt, g_date_time_unref);
    }
  else if (end == NULL && duration != NULL)
    read_duration (duration, event);
  return TRUE;
}

static gboolean
looks_like_html (const gchar *text)
{
  for (const gchar *p = strpbrk (text, "<&"); p != NULL; p = strpbrk (p + 1, "<&"))
    {
      if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
        return TRUE;
      if (*p == '&')
        {
          const gchar *q = p + 1;

          if (*q == '#')
            q++;
          while (g_ascii_isalnum (*q))
            q++;
          if (*q == ';' && q > p + 1)
            return TRUE;
        }
    }
  return FALSE;
}

/* DESCRIPTION as Markdown: HTML (tags or entities) converted, its line
 * breaks kept; plain text as it is. */
static gchar *
describe (const gchar *text)
{
  g_autoptr(GString) html = NULL;
  g_auto(GStrv) paragraphs = NULL;

  if (!looks_like_html (text))
    return g_strdup (text);
  html = g_string_new (NULL);
  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (paragraphs[i], "\n", -1);
      g_autofree gchar *joined = g_strjoinv ("<br>", lines);

      g_string_append_printf (html, "<p>%s</p>", joined);
    }
  return lineup_post_document_html_to_markdown (html->str);
}

/* The kind a Sched category names, in the words a source would use (a
 * kind is the source's word, not translated). */
static const gchar *
kind_of_category (const gchar *category)
{
  static const struct { const gchar *word; const gchar *kind; } kinds[] = {
    { "KEYNOTE", "Keynote" }, { "TUTORIAL", "Tutorial" }, { "WORKSHOP", "Workshop" },
    { "CONTRIBFEST", "Contribfest" }, { "LIGHTNING", "Lightning Talk" }, { "PANEL", "Panel" },
  };
  g_autofree gchar *upper = g_utf8_strup (category, -1);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strstr (upper, kinds[i].word) != NULL)
      return kinds[i].kind;
  return NULL;
}

/* CATEGORIES: the track ("🚨 CONTRIBFEST" → "CONTRIBFEST"), and the kind
 * when it names one ("KEYNOTE SESSIONS" → Keynote). */
static void
read_category (icalcomponent *component,
               LineupSession *session)
{
  g_autofree gchar *category =
    _lineup_source_ical_property_text (component, ICAL_CATEGORIES_PROPERTY);
  g_autofree gchar *track = NULL;

  if (category == NULL)
    return;
  track = lineup_text_strip_leading_symbols (category);
  lineup_session_set_track (session, *track ? track : category);
  lineup_session_set_kind (session, kind_of_category (category));
}

/* ATTENDEE;CN=Name: the speakers, or NULL when none is named. */
static GPtrArray *
read_attendees (icalcomponent *component)
{
  GPtrArray *speakers = NULL;

  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_ATTENDEE_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (component, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *cn = icalproperty_get_first_parameter (p, ICAL_CN_PARAMETER);
      g_autofree gchar *name =
        cn ? _lineup_source_ical_clean_text (icalparameter_get_cn (cn)) : NULL;

      if (name == NULL)
        continue;
      if (speakers == NULL)
        speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
      g_ptr_array_add (speakers, lineup_speaker_new (name, NULL));
    }
  return speakers;
}

/* Sched writes "Title - Name, Org; Name, Org" always: when the byline
 * rules do not read the part after the last " - " as people (one-word names
 * like "Flynn, Buoyant", roles, "Org | Owner"), it is still the speakers if
 * it has the comma of "Name, Org". */
static void
set_sched_summary (LineupSession *session,
                   const gchar   *summary)
{
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;
  g_autofree gchar *clean = NULL;
  const gchar *dash;

  lineup_byline_split (summary, &title, &byline);
  dash = g_strrstr (summary, " - ");
  if (byline == NULL && dash != NULL && dash > summary && strchr (dash + 3, ',') != NULL)
    {
      g_free (title);
      title = g_strndup (summary, dash - summary);
      byline = g_strdup (dash + 3);
    }
  clean = lineup_text_clean_title (title);
  lineup_session_set_title (session, clean);
  if (byline != NULL)
    lineup_session_set_byline (session, byline);
}

static void
read_title (Reader        *reader,
            icalcomponent *component,
            LineupSession *session)
{
  g_autofree gchar *summary = _lineup_source_ical_property_text (component, ICAL_SUMMARY_PROPERTY);
  GPtrArray *speakers = read_attendees (component);

  if (summary == NULL)
    summary = g_strdup (_("Untitled event"));
  if (speakers != NULL)
    {
      lineup_session_set_title (session, summary);
      lineup_session_take_speakers (session, speakers);
    }
  else if (reader->sched)
    set_sched_summary (session, summary);
  else
    {
      /* "Title - Name, Org; Name, Org". */
      lineup_session_set_title_with_byline (session, summary);
    }
}

static void
read_texts (icalcomponent *component,
            LineupSession *session)
{
  g_autofree gchar *url = _lineup_source_ical_property_text (component, ICAL_URL_PROPERTY);
  icalproperty *p = icalcomponent_get_first_property (component, ICAL_DESCRIPTION_PROPERTY);
  g_autofree gchar *description =
    p ? _lineup_source_ical_clean_description (icalproperty_get_description (p)) : NULL;

  if (url != NULL && (g_ascii_strncasecmp (url, "https://", 8) == 0 ||
                      g_ascii_strncasecmp (url, "http://", 7) == 0))
    lineup_session_set_url (session, url);
  if (description != NULL)
    lineup_session_take_description (session, describe (description));
  read_category (component, session);
}

/* The id: UID, else a hash of the summary and the start as written. */
static gchar *
event_id (icalcomponent *component)
{
  g_autofree gchar *uid = _lineup_source_ical_property_text (component, ICAL_UID_PROPERTY);
  g_autofree gchar *summary = NULL;
  g_autofree gchar *start = NULL;

  if (uid != NULL)
    return g_steal_pointer (&uid);
  summary = _lineup_source_ical_property_text (component, ICAL_SUMMARY_PROPERTY);
  start = _lineup_source_ical_property_text (component, ICAL_DTSTART_PROPERTY);
  return lineup_text_short_hash (summary ? summary : "", start ? start : "", NULL);
}

/* Reads @component into @event; FALSE when it is no talk (all day). */
gboolean
_lineup_source_ical_read_event (Reader           *reader,
                                icalcomponent    *component,
                                const EventLines *lines,
                                Event            *event)
{
  g_autofree gchar *id = NULL;

  if (!read_times (reader, component, lines, event))
    return FALSE;
  id = event_id (component);
  event->session = lineup_session_new (id, NULL);
  event->line = lines->begin;
  lineup_session_set_line (event->session, lines->begin);
  read_title (reader, component, event->session);
  read_texts (component, event->session);
  event->location = _lineup_source_ical_property_text (component, ICAL_LOCATION_PROPERTY);
  return TRUE;
}
