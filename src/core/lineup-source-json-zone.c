/* lineup-source-json-zone.c — the zone of a frab/pretalx JSON schedule, and the times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schedule's zone: the one the file names when this computer knows it
 * (a warning when the events' offsets do not fit it), else the one offset
 * all events' dates carry, else none.  An event's start: its "date" (the
 * instant), else the day's date and its "start" in the file's zone (or the
 * offset of the day's start; floating when there is none); its end: the
 * start plus its "duration".
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "lineup-date.h"
#include "lineup-source-json-private.h"

/* Times */

/* "HH:MM" or "HH:MM:SS" as minutes (seconds dropped), or -1.  Hours may
 * exceed 24 (a duration). */
static gint
parse_clock (const gchar *text,
             gint         max_hours)
{
  g_auto(GStrv) parts = NULL;
  guint n;
  gint values[3] = { 0, 0, 0 };

  if (text == NULL)
    return -1;
  parts = g_strsplit (text, ":", 4);
  n = g_strv_length (parts);
  if (n < 2 || n > 3)
    return -1;
  for (guint i = 0; i < n; i++)
    {
      gsize digits = strspn (parts[i], "0123456789");

      if (digits == 0 || digits > 4 || parts[i][digits] != '\0')
        return -1;
      values[i] = atoi (parts[i]);
    }
  if (values[0] > max_hours || values[1] > 59 || values[2] > 59)
    return -1;
  return values[0] * 60 + values[1];
}

/* "2019-08-21" (the first ten characters of an ISO 8601 date) as a GDate. */
static gboolean
parse_day (const gchar *text,
           GDate       *date)
{
  gint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-' ||
      strspn (text, "0123456789") != 4 || strspn (text + 5, "0123456789") != 2 ||
      strspn (text + 8, "0123456789") != 2)
    return FALSE;
  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

void
_lineup_source_json_day_init (Day        *day,
                              JsonObject *object)
{
  g_autofree gchar *date = _lineup_source_json_get_text (object, "date");
  g_autofree gchar *day_start = _lineup_source_json_get_text (object, "day_start");
  g_autoptr(GDateTime) start = NULL;

  parse_day (date, &day->date);
  day->start_minute = -1;
  day->tz = NULL;
  if (day_start == NULL)
    return;
  /* Without an offset the day's start is still a wall clock to compare to. */
  start = g_date_time_new_from_iso8601 (day_start, NULL);
  if (start != NULL)
    day->tz = g_time_zone_ref (g_date_time_get_timezone (start));
  if (strlen (day_start) >= 16 && day_start[10] == 'T')
    {
      g_autofree gchar *clock = g_strndup (day_start + 11, 5);

      day->start_minute = parse_clock (clock, 23);
    }
  if (!g_date_valid (&day->date) && !parse_day (day_start, &day->date))
    g_date_clear (&day->date, 1);
}

void
_lineup_source_json_day_clear (Day *day)
{
  g_clear_pointer (&day->tz, g_time_zone_unref);
}

/* The start of an event without a usable "date": the day's date and "start"
 * in the file's zone (or the offset of the day's start).  *floating is set
 * when no zone is known at all. */
static GDateTime *
wall_clock_start (Reader      *reader,
                  const Day   *day,
                  const gchar *start_text,
                  gboolean    *floating)
{
  gint minute = parse_clock (start_text, 23);
  GTimeZone *tz = reader->wall_tz ? reader->wall_tz : day->tz;
  g_autoptr(GTimeZone) utc = NULL;
  GDate date = day->date;

  if (minute < 0 || !g_date_valid (&date))
    return NULL;
  if (day->start_minute >= 0 && minute < day->start_minute)
    g_date_add_days (&date, 1);
  *floating = tz == NULL;
  if (tz == NULL)
    tz = utc = g_time_zone_new_utc ();
  return g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), minute / 60, minute % 60, 0);
}

/* The start instant of @event, or NULL (with a warning). */
static GDateTime *
event_start (Reader      *reader,
             const Day   *day,
             JsonObject  *event,
             const gchar *title,
             gboolean    *floating)
{
  g_autofree gchar *date = _lineup_source_json_get_text (event, "date");
  g_autofree gchar *start = _lineup_source_json_get_text (event, "start");
  GDateTime *dt = NULL;
  guint line = _lineup_source_json_object_line (reader, event);

  *floating = FALSE;
  if (date != NULL)
    {
      /* An offset in the text wins; without one it is the file's wall clock. */
      GTimeZone *tz = reader->wall_tz ? reader->wall_tz : day->tz;
      g_autoptr(GTimeZone) utc = tz ? NULL : g_time_zone_new_utc ();

      dt = g_date_time_new_from_iso8601 (date, NULL);
      if (dt == NULL)
        {
          dt = g_date_time_new_from_iso8601 (date, tz ? tz : utc);
          *floating = dt != NULL && tz == NULL;
        }
      if (dt != NULL)
        return dt;
    }
  if (start != NULL)
    dt = wall_clock_start (reader, day, start, floating);
  if (dt == NULL && (date != NULL || start != NULL))
    lineup_source_warn (reader->warnings, reader->input, line,
                        _("the time of “%s” (%s) does not exist; it is listed without a time"),
                        title, date ? date : start);
  else if (dt == NULL)
    lineup_source_warn (reader->warnings, reader->input, line,
                        _("“%s” gives no time; it is listed without a time"), title);
  return dt;
}

/* The end of @event: its start plus "duration", or NULL ("00:00", or none). */
static GDateTime *
event_end (Reader      *reader,
           JsonObject  *event,
           GDateTime   *start,
           const gchar *title)
{
  g_autofree gchar *duration = _lineup_source_json_get_text (event, "duration");
  gint minutes;
  GDateTime *end;

  if (duration == NULL || start == NULL)
    return NULL;
  minutes = parse_clock (duration, 9999);
  if (minutes < 0)
    {
      lineup_source_warn (reader->warnings, reader->input,
                          _lineup_source_json_object_line (reader, event),
                          _("the duration of “%s” (%s) is not a duration; it is listed without an end"),
                          title, duration);
      return NULL;
    }
  if (minutes == 0)
    return NULL;
  end = g_date_time_add_minutes (start, minutes);
  if (end == NULL)
    lineup_source_warn (reader->warnings, reader->input,
                        _lineup_source_json_object_line (reader, event),
                        _("“%s” ends too late to be shown (%s); it is listed without an end"),
                        title, duration);
  return end;
}

void
_lineup_source_json_set_times (Reader        *reader,
                               LineupSession *session,
                               const Day     *day,
                               JsonObject    *event)
{
  const gchar *title = lineup_session_get_title (session);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  gboolean floating = FALSE;

  start = event_start (reader, day, event, title, &floating);
  end = event_end (reader, event, start, title);
  if (!floating)
    {
      start = lineup_date_time_to_zone (g_steal_pointer (&start), reader->show_tz);
      end = lineup_date_time_to_zone (g_steal_pointer (&end), reader->show_tz);
    }
  lineup_session_set_floating (session, floating);
  lineup_session_set_times (session, start, end);
}

/* The zone */

typedef void (*EventFunc) (JsonObject *event,
                           GDateTime  *date,
                           gpointer    user_data);

/* Calls @func on every event whose "date" carries an offset. */
static void
foreach_dated_event (JsonArray *days,
                     EventFunc  func,
                     gpointer   user_data)
{
  for (guint d = 0; days != NULL && d < json_array_get_length (days); d++)
    {
      JsonNode *day = json_array_get_element (days, d);
      JsonObject *rooms = JSON_NODE_HOLDS_OBJECT (day)
                          ? _lineup_source_json_get_object (json_node_get_object (day), "rooms")
                          : NULL;
      g_autoptr(GList) values = rooms ? json_object_get_values (rooms) : NULL;

      for (GList *l = values; l != NULL; l = l->next)
        {
          JsonArray *events = JSON_NODE_HOLDS_ARRAY (l->data)
                              ? json_node_get_array (l->data) : NULL;

          for (guint i = 0; events != NULL && i < json_array_get_length (events); i++)
            {
              JsonNode *node = json_array_get_element (events, i);
              JsonObject *event = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
              g_autofree gchar *text = _lineup_source_json_get_text (event, "date");
              g_autoptr(GDateTime) date = text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

              if (date != NULL)
                func (event, date, user_data);
            }
        }
    }
}

typedef struct
{
  GTimeSpan offset;   /* G_MAXINT64 before the first */
  gboolean  mixed;
} Offsets;

static void
collect_offset (JsonObject *event,
                GDateTime  *date,
                gpointer    user_data)
{
  Offsets *offsets = user_data;

  if (offsets->offset != G_MAXINT64 && offsets->offset != g_date_time_get_utc_offset (date))
    offsets->mixed = TRUE;
  offsets->offset = g_date_time_get_utc_offset (date);
}

/* The one offset all events' dates carry as a zone id GLib reads
 * ("+01:00"; "UTC"), or NULL when they carry none or several. */
static gchar *
common_offset_zone (JsonArray *days)
{
  Offsets offsets = { G_MAXINT64, FALSE };
  gint64 minutes;

  foreach_dated_event (days, collect_offset, &offsets);
  if (offsets.mixed || offsets.offset == G_MAXINT64)
    return NULL;
  minutes = offsets.offset / G_TIME_SPAN_MINUTE;
  if (minutes == 0)
    return g_strdup ("UTC");
  return g_strdup_printf ("%c%02d:%02d", minutes < 0 ? '-' : '+',
                          (gint) (ABS (minutes) / 60), (gint) (ABS (minutes) % 60));
}

typedef struct
{
  GTimeZone  *tz;
  JsonObject *first;   /* the first event whose offset is not the zone's */
} Mismatch;

static void
find_mismatch (JsonObject *event,
               GDateTime  *date,
               gpointer    user_data)
{
  Mismatch *mismatch = user_data;
  g_autoptr(GDateTime) in_zone = NULL;

  if (mismatch->first != NULL)
    return;
  in_zone = g_date_time_to_timezone (date, mismatch->tz);
  if (in_zone != NULL && g_date_time_get_utc_offset (in_zone) != g_date_time_get_utc_offset (date))
    mismatch->first = event;
}

/* A zone that does not fit the events' offsets is named, not believed:
 * their dates are the instants either way. */
static void
check_zone (Reader      *reader,
            const gchar *zone_id,
            GTimeZone   *tz,
            JsonArray   *days)
{
  Mismatch mismatch = { tz, NULL };

  foreach_dated_event (days, find_mismatch, &mismatch);
  if (mismatch.first != NULL)
    lineup_source_warn_document (reader->warnings, reader->input,
                                 _lineup_source_json_object_line (reader, mismatch.first),
                                 _("the times of the events do not have the offsets of “%s”, the "
                                   "time zone the schedule names; the events’ own times are "
                                   "used"), zone_id);
}

/* The zone the file names when this computer knows it, else the one offset
 * its events carry. */
static gchar *
source_zone (Reader     *reader,
             JsonObject *conference,
             JsonArray  *days)
{
  g_autofree gchar *named = _lineup_source_json_get_text (conference, "time_zone_name");
  g_autoptr(GTimeZone) tz = named ? g_time_zone_new_identifier (named) : NULL;
  gchar *common;

  if (tz != NULL)
    {
      check_zone (reader, named, tz, days);
      return g_steal_pointer (&named);
    }
  common = common_offset_zone (days);
  if (named != NULL)
    lineup_source_warn_document (reader->warnings, reader->input,
                                 _lineup_source_json_object_line (reader, conference),
                                 _("“%s” is not a known time zone; the times are read with their "
                                   "offsets"), named);
  return common;
}

gboolean
_lineup_source_json_set_zones (Reader      *reader,
                               JsonObject  *conference,
                               JsonArray   *days,
                               gchar      **zone_id,
                               GError     **error)
{
  g_autofree gchar *source_id = source_zone (reader, conference, days);

  if (!lineup_source_zones (reader->input, source_id, &reader->show_tz, zone_id, error))
    return FALSE;
  /* Wall-clock times are the file's own zone's; with none, the override's
   * (as a post reads them); the instants are shown in the override. */
  if (source_id != NULL)
    reader->wall_tz = g_time_zone_new_identifier (source_id);
  else if (reader->show_tz != NULL)
    reader->wall_tz = g_time_zone_ref (reader->show_tz);
  return TRUE;
}
