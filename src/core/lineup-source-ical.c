/* lineup-source-ical.c — iCalendar: Sched, pretalx, any calendar (libical) → LineupSchedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libical parses; this file first walks the raw lines itself, because libical
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
 * or through lineup_source_html_to_markdown() when it has tags or entities.
 *
 * All-day events (DTSTART;VALUE=DATE) are not talks (a conference day, a
 * holiday): they are skipped; a calendar of only those is an error.  An
 * event whose start cannot be read (20260231) is kept without times, with
 * a warning at its DTSTART line.
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "lineup-source-reader-private.h"
#include "lineup-text.h"

#define MAX_DEPTH 16

/* Lines of one VEVENT in the raw file (0: absent). */
typedef struct
{
  guint begin;
  guint dtstart;
  guint dtend;
} EventLines;

/* A time read from the file: an instant, or a wall clock ("floating", kept
 * in UTC) to place in a zone later. */
typedef struct
{
  GDateTime *dt;
  gboolean   floating;
} When;

typedef struct
{
  const LineupSourceInput *input;
  icalcomponent *calendar;
  GArray        *lines;        /* EventLines, one per VEVENT in order */
  GTimeZone     *wr_tz;        /* X-WR-TIMEZONE, or NULL */
  gchar         *wr_zone_id;
  GHashTable    *zones;        /* TZID → ZoneEntry */
  GHashTable    *tzid_votes;   /* IANA id → count */
  GHashTable    *places;       /* LOCATION → zone id or NULL */
  GPtrArray     *warnings;
  gboolean       sched;        /* written by Sched (PRODID) */
  gboolean       any_instant;
  gboolean       any_floating;
  guint          first_floating_line;
} Reader;

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

/* Raw lines ---------------------------------------------------------------- */

typedef struct
{
  GPtrArray  *stack;     /* component names (gchar*) */
  EventLines  event;
  guint       last_line;
  gboolean    opened;    /* BEGIN:VCALENDAR seen */
  gsize       start;     /* offset of BEGIN:VCALENDAR */
  gsize       end;       /* offset after END:VCALENDAR, 0 before */
} Scan;

/* Whether the logical line @text is "NAME:..." or "NAME;..." for @name. */
static gboolean
is_property (const gchar *text,
             const gchar *name)
{
  gsize n = strlen (name);

  return g_ascii_strncasecmp (text, name, n) == 0 && (text[n] == ':' || text[n] == ';');
}

/* The component a "BEGIN:NAME" / "END:NAME" line names (parameters
 * allowed, as libical allows them), or NULL when @text is not @keyword. */
static const gchar *
component_line (const gchar *text,
                const gchar *keyword)
{
  gsize n = strlen (keyword);
  const gchar *colon;

  if (g_ascii_strncasecmp (text, keyword, n) != 0 || (text[n] != ':' && text[n] != ';'))
    return NULL;
  colon = strchr (text + n, ':');
  return colon ? colon + 1 : "";
}

static gboolean
scan_begin (Scan         *scan,
            Reader       *reader,
            const gchar  *name,
            guint         line,
            GError      **error)
{
  if (scan->stack->len >= MAX_DEPTH)
    {
      lineup_source_set_error (error, reader->input, line, "%s", _("components nested too deeply"));
      return FALSE;
    }
  g_ptr_array_add (scan->stack, g_ascii_strup (name, -1));
  scan->opened = TRUE;
  if (scan->stack->len == 2 && g_ascii_strcasecmp (name, "VEVENT") == 0)
    scan->event = (EventLines) { line, 0, 0 };
  return TRUE;
}

static gboolean
scan_end (Scan         *scan,
          Reader       *reader,
          const gchar  *name,
          guint         line,
          GError      **error)
{
  guint depth = scan->stack->len;
  const gchar *open = depth > 0 ? g_ptr_array_index (scan->stack, depth - 1) : "";

  if (g_ascii_strcasecmp (open, name) != 0)
    {
      if (*open == '\0')
        lineup_source_set_error (error, reader->input, line,
                                 _("“END:%s” without “BEGIN:%s”"), name, name);
      else
        lineup_source_set_error (error, reader->input, line,
                                 _("“END:%s” where “END:%s” was expected"), name, open);
      return FALSE;
    }
  if (scan->stack->len == 2 && g_ascii_strcasecmp (open, "VEVENT") == 0)
    g_array_append_val (reader->lines, scan->event);
  g_ptr_array_remove_index (scan->stack, scan->stack->len - 1);
  return TRUE;
}

/* Handles one unfolded line that starts at @line.  Spaces before the first
 * line are skipped; trailing spaces stay, as libical keeps them. */
static gboolean
scan_logical_line (Scan         *scan,
                   Reader       *reader,
                   const gchar  *text,
                   guint         line,
                   GError      **error)
{
  const gchar *name;

  while (*text == ' ' || *text == '\t')
    text++;
  if (*text == '\0')
    return TRUE;
  if (scan->stack->len == 0 && g_ascii_strcasecmp (text, "BEGIN:VCALENDAR") != 0)
    {
      lineup_source_set_error (error, reader->input, line, "%s",
                               _("not an iCalendar file: “BEGIN:VCALENDAR” expected"));
      return FALSE;
    }
  if ((name = component_line (text, "BEGIN")) != NULL)
    return scan_begin (scan, reader, name, line, error);
  if ((name = component_line (text, "END")) != NULL)
    return scan_end (scan, reader, name, line, error);
  if (scan->stack->len == 2 &&
      g_ascii_strcasecmp (g_ptr_array_index (scan->stack, 1), "VEVENT") == 0)
    {
      if (scan->event.dtstart == 0 && is_property (text, "DTSTART"))
        scan->event.dtstart = line;
      else if (scan->event.dtend == 0 &&
               (is_property (text, "DTEND") || is_property (text, "DURATION")))
        scan->event.dtend = line;
    }
  return TRUE;
}

/* Handles the logical line gathered so far (if any); the calendar ends
 * at @pos when it closes. */
static gboolean
flush_logical_line (Scan     *scan,
                    Reader   *reader,
                    GString  *logical,
                    guint     logical_line,
                    gsize     pos,
                    GError  **error)
{
  if (logical_line == 0 || logical->len == 0)
    return TRUE;
  if (!scan_logical_line (scan, reader, logical->str, logical_line, error))
    return FALSE;
  if (scan->opened && scan->stack->len == 0)
    scan->end = pos;
  return TRUE;
}

/* Walks the raw lines: BEGIN/END balance, the lines of each VEVENT, where the
 * calendar ends (*end).  Lines end in LF or CRLF; folded lines start with a
 * space or a tab. */
static gboolean
scan_lines (Reader      *reader,
            const gchar *data,
            gsize        length,
            gsize       *start,
            gsize       *end,
            GError     **error)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) logical = g_string_new (NULL);
  Scan scan = { stack, { 0, 0, 0 }, 0, FALSE, 0, 0 };
  guint logical_line = 0;
  guint line = 0;
  gsize pos = length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

  while (pos < length && scan.end == 0)
    {
      const gchar *nl = memchr (data + pos, '\n', length - pos);
      gsize stop = nl ? (gsize) (nl - data) : length;
      gsize next = nl ? stop + 1 : length;
      gsize text_end = stop;

      line++;
      if (text_end > pos && data[text_end - 1] == '\r')
        text_end--;
      if (text_end > pos && (data[pos] == ' ' || data[pos] == '\t') && logical->len > 0)
        g_string_append_len (logical, data + pos + 1, text_end - pos - 1);
      else
        {
          if (!flush_logical_line (&scan, reader, logical, logical_line, pos, error))
            return FALSE;
          g_string_assign (logical, "");
          g_string_append_len (logical, data + pos, text_end - pos);
          logical_line = line;
          if (stack->len == 0 && scan.end == 0)
            for (scan.start = pos; scan.start < text_end && g_ascii_isspace (data[scan.start]);)
              scan.start++;
        }
      if (text_end > pos)
        scan.last_line = line;
      pos = next;
    }
  if (scan.end == 0 && !flush_logical_line (&scan, reader, logical, logical_line, length, error))
    return FALSE;
  if (scan.end == 0)
    {
      const gchar *open = stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : "VCALENDAR";

      lineup_source_set_error (error, reader->input, scan.last_line,
                               _("the calendar ends without “END:%s”"), open);
      return FALSE;
    }
  *start = scan.start;
  *end = scan.end;
  return TRUE;
}

/* Text --------------------------------------------------------------------- */

/* Trimmed, valid UTF-8 text without control characters, or NULL if empty. */
static gchar *
clean_text (const gchar *text)
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
static gchar *
clean_description (const gchar *text)
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
static gchar *
property_text (icalcomponent  *component,
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

        return clean_text (any);
      }
    }
  return clean_text (text);
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
static GTimeZone *
zone_for_tzid (const gchar  *tzid,
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
  id = clean_text (icalproperty_get_x (p));
  if (id == NULL)
    return;
  reader->wr_tz = iana_zone (id);
  if (reader->wr_tz != NULL)
    reader->wr_zone_id = g_steal_pointer (&id);
}

static void
vote (GHashTable  *votes,
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

static void
zone_entry_free (gpointer data)
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
  entry->tz = zone_for_tzid (tzid, &id);
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
      vote (reader->tzid_votes, entry->id);
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

typedef struct
{
  LineupSession *session;
  When           start;
  When           end;
  gchar         *location;
  guint          line;
} Event;

static void
event_clear (gpointer data)
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
  return lineup_source_html_to_markdown (html->str);
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
  g_autofree gchar *category = property_text (component, ICAL_CATEGORIES_PROPERTY);
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
      g_autofree gchar *name = cn ? clean_text (icalparameter_get_cn (cn)) : NULL;

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
  g_autofree gchar *summary = property_text (component, ICAL_SUMMARY_PROPERTY);
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
  g_autofree gchar *url = property_text (component, ICAL_URL_PROPERTY);
  icalproperty *p = icalcomponent_get_first_property (component, ICAL_DESCRIPTION_PROPERTY);
  g_autofree gchar *description = p ? clean_description (icalproperty_get_description (p)) : NULL;

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
  g_autofree gchar *uid = property_text (component, ICAL_UID_PROPERTY);
  g_autofree gchar *summary = NULL;
  g_autofree gchar *start = NULL;

  if (uid != NULL)
    return g_steal_pointer (&uid);
  summary = property_text (component, ICAL_SUMMARY_PROPERTY);
  start = property_text (component, ICAL_DTSTART_PROPERTY);
  return lineup_text_short_hash (summary ? summary : "", start ? start : "", NULL);
}

/* Reads @component into @event; FALSE when it is no talk (all day). */
static gboolean
read_event (Reader           *reader,
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
  event->location = property_text (component, ICAL_LOCATION_PROPERTY);
  return TRUE;
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
        vote (votes, zone);
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
  if (!scan_lines (reader, data, length, &start, &end, error))
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

  g_array_set_clear_func (events, event_clear);
  icalcomponent *calendar = reader->calendar;

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), index++)
    {
      EventLines none = { 0, 0, 0 };
      const EventLines *lines = index < known
        ? &g_array_index (reader->lines, EventLines, index) : &none;
      Event event = { NULL, { NULL, FALSE }, { NULL, FALSE }, NULL, 0 };

      if (read_event (reader, c, lines, &event))
        g_array_append_val (events, event);
      else
        event_clear (&event);
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
  title = name ? clean_text (icalproperty_get_x (name)) : NULL;
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
  reader.zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, zone_entry_free);
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
