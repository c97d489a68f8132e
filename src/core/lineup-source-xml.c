/* lineup-source-xml.c — Pentabarf/frab XML (libxml2's xmlTextReader) → LineupSchedule
 *
 * One streaming walk over the file: no tree of the whole document is built,
 * only the fields of the event being read are held.  Both layouts are read:
 * <day><room><event> (frab, newer Pentabarf) and <day><event> (old FOSDEM,
 * where the event's own <room> names the room).  Only the direct children of
 * <event> are its fields, plus persons/person and links/link.
 *
 * The reader is a group behind lineup-source-xml-private.h: this file sets
 * the parser up, decides the zones and makes each event a talk;
 * lineup-source-xml-walk.c walks the nodes and gathers the fields,
 * lineup-source-xml-description.c makes the abstract and description
 * Markdown (with a fast path for plain paragraphs).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "lineup-date.h"
#include "lineup-source-xml-private.h"

/* Durations beyond this are typos, not talks. */
#define MAX_DURATION_HOURS (24 * 14)

void
_lineup_source_xml_event_clear (Event *event)
{
  g_clear_pointer (&event->id, g_free);
  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&event->values[i], g_free);
  g_clear_pointer (&event->speakers, g_ptr_array_unref);
  if (event->links != NULL)
    g_string_free (g_steal_pointer (&event->links), TRUE);
  g_clear_pointer (&event->link_href, g_free);
}

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_error (&self->parse_error);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->acronym, g_free);
  g_clear_pointer (&self->zone_name, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->read_tz, g_time_zone_unref);
  g_clear_pointer (&self->show_tz, g_time_zone_unref);
  g_clear_pointer (&self->zone_id, g_free);
  g_clear_pointer (&self->day_room, g_free);
  _lineup_source_xml_event_clear (&self->event);
  if (self->text != NULL)
    g_string_free (self->text, TRUE);
  if (self->person != NULL)
    g_string_free (self->person, TRUE);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
}

/* The parser's own complaints: the first one is the error. */
static void
on_parser_error (void       *user_data,
                 xmlErrorPtr error)
{
  Reader *self = user_data;
  g_autofree gchar *message = NULL;

  if (self->parse_error != NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;
  message = g_strchomp (g_strdup (error->message ? error->message : "?"));
  /* The reader says "extra content" where the file stops inside <schedule>. */
  if (!self->root_closed && (error->code == XML_ERR_DOCUMENT_END ||
                             error->code == XML_ERR_TAG_NOT_FINISHED))
    lineup_source_set_error (&self->parse_error, self->input, error->line > 0 ? error->line : 1,
                             "%s", _("the file ends before the schedule does (is it cut short?)"));
  else
    lineup_source_set_error (&self->parse_error, self->input, error->line > 0 ? error->line : 1,
                             _("this is not well-formed XML (%s)"), message);
}

/* "HH:MM" or "HH:MM:SS" → minutes (seconds dropped), -1 when it is neither. */
gint
_lineup_source_xml_parse_clock (const gchar *text,
                                gint         max_hours)
{
  guint64 hours, minutes, seconds = 0;
  gchar *end;

  if (text == NULL || !g_ascii_isdigit (*text))
    return -1;
  hours = g_ascii_strtoull (text, &end, 10);
  if (*end != ':' || !g_ascii_isdigit (end[1]) || end - text > 6)
    return -1;
  minutes = g_ascii_strtoull (end + 1, &end, 10);
  if (*end == ':' && g_ascii_isdigit (end[1]))
    seconds = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0' || hours > (guint64) max_hours || minutes > 59 || seconds > 59)
    return -1;
  return (gint) (hours * 60 + minutes);
}

gchar *
_lineup_source_xml_strip_or_null (gchar *text)
{
  if (text == NULL)
    return NULL;
  g_strstrip (text);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* ---- the zone ---------------------------------------------------------- */

/* The zone named by the conference (time_zone_name, else its city), else
 * the offset of the first event's <date>; with none the times float. */
void
_lineup_source_xml_decide_zones (Reader      *self,
                                 const gchar *first_date)
{
  g_autofree gchar *source_id = NULL;
  g_autoptr(GTimeZone) source_tz = NULL;

  self->zones_known = TRUE;
  if (self->zone_name != NULL)
    source_id = g_strdup (self->zone_name);
  if (source_id != NULL && (source_tz = g_time_zone_new_identifier (source_id)) == NULL)
    g_clear_pointer (&source_id, g_free);
  if (source_id == NULL && self->city != NULL)
    {
      source_id = lineup_source_zone_for_place (self->city);
      if (source_id != NULL)
        source_tz = g_time_zone_new_identifier (source_id);
    }
  if (source_id == NULL && first_date != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (first_date, utc);
      gsize n = strlen (first_date);

      /* Only an offset the date writes ("…+01:00", "…Z") is the zone. */
      if (dt != NULL && n > 6 && (first_date[n - 6] == '+' || first_date[n - 6] == '-'))
        {
          source_id = g_strdup (first_date + n - 6);
          source_tz = g_time_zone_new_identifier (source_id);
        }
      else if (dt != NULL && (first_date[n - 1] == 'Z' || first_date[n - 1] == 'z'))
        {
          source_id = g_strdup ("UTC");
          source_tz = g_time_zone_new_utc ();
        }
    }

  /* The override was checked before the walk: this cannot fail. */
  lineup_source_zones (self->input, source_id, &self->show_tz, &self->zone_id, NULL);
  if (source_tz != NULL)
    self->read_tz = g_time_zone_ref (source_tz);
  else if (self->show_tz != NULL)
    {
      /* --timezone with a schedule that names none: read in it. */
      self->read_tz = g_steal_pointer (&self->show_tz);
    }
  else
    {
      self->read_tz = g_time_zone_new_utc ();
      self->floating = TRUE;
    }
}

/* ---- one event ---------------------------------------------------------- */

const gchar *
_lineup_source_xml_safe_url (const gchar *url)
{
  if (url != NULL &&
      (g_ascii_strncasecmp (url, "https://", 8) == 0 ||
       g_ascii_strncasecmp (url, "http://", 7) == 0))
    return url;
  return NULL;
}

/* The event's start, from <date> (the instant) or the day and <start>. */
static GDateTime *
event_start (Reader      *self,
             Event       *event,
             const gchar *title)
{
  const gchar *date = event->values[FIELD_DATE];
  gint minute;
  GDate day;

  if (date != NULL)
    {
      GDateTime *dt = g_date_time_new_from_iso8601 (date, self->read_tz);

      if (dt != NULL)
        return dt;
      lineup_source_warn (self->warnings, self->input, event->line,
                          _("the date of “%s” (%s) is not a date"), title, date);
    }
  if (event->values[FIELD_START] == NULL)
    {
      lineup_source_warn (self->warnings, self->input, event->line,
                          _("no time is given for “%s”"), title);
      return NULL;
    }
  minute = _lineup_source_xml_parse_clock (event->values[FIELD_START], 23);
  if (minute < 0)
    {
      lineup_source_warn (self->warnings, self->input, event->line,
                          _("the start of “%s” (%s) is not a time"), title,
                          event->values[FIELD_START]);
      return NULL;
    }
  if (!g_date_valid (&self->day))
    {
      lineup_source_warn (self->warnings, self->input, event->line,
                          _("no day is given for “%s”"), title);
      return NULL;
    }
  day = self->day;
  /* After midnight, still in the conference day it is listed under. */
  if ((self->day_start >= 0 && minute < self->day_start) ||
      (self->day_start < 0 && self->day_change >= 0 && minute < self->day_change))
    g_date_add_days (&day, 1);
  return g_date_time_new (self->read_tz, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), minute / 60, minute % 60, 0);
}

void
_lineup_source_xml_finish_event (Reader *self)
{
  Event *event = &self->event;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree gchar *title =
    _lineup_source_xml_strip_or_null (g_strdup (event->values[FIELD_TITLE]));
  g_autofree gchar *room = _lineup_source_xml_strip_or_null (g_strdup (event->values[FIELD_ROOM]));
  LineupSession *session;

  if (!self->zones_known)
    _lineup_source_xml_decide_zones (self, event->values[FIELD_DATE]);
  if (title == NULL)
    title = g_strdup (_("Untitled"));

  session = lineup_session_new (event->id, title);
  lineup_session_set_line (session, event->line);
  lineup_session_set_floating (session, self->floating);
  lineup_session_set_room (session, room ? room : self->day_room);
  lineup_session_set_track (session, event->values[FIELD_TRACK]);
  lineup_session_set_kind (session, event->values[FIELD_TYPE]);
  lineup_session_set_language (session, event->values[FIELD_LANGUAGE]);
  lineup_session_set_url (session, _lineup_source_xml_safe_url (event->values[FIELD_URL]));
  lineup_session_take_description (session, _lineup_source_xml_event_description (event));
  lineup_session_take_speakers (session, g_steal_pointer (&event->speakers));

  if (self->read_tz != NULL)
    start = event_start (self, event, title);
  if (start != NULL && event->values[FIELD_DURATION] != NULL)
    {
      gint minutes = _lineup_source_xml_parse_clock (event->values[FIELD_DURATION],
                                                     MAX_DURATION_HOURS);

      if (minutes < 0)
        lineup_source_warn (self->warnings, self->input, event->line,
                            _("the duration of “%s” (%s) is not a duration"), title,
                            event->values[FIELD_DURATION]);
      else
        end = g_date_time_add_minutes (start, minutes);
    }
  start = lineup_date_time_to_zone (g_steal_pointer (&start), self->show_tz);
  end = lineup_date_time_to_zone (g_steal_pointer (&end), self->show_tz);
  lineup_session_set_times (session, start, end);
  g_ptr_array_add (self->sessions, session);
  _lineup_source_xml_event_clear (event);
}

/* Entities a schedule never declares: refused before any is expanded. */
static gboolean
declares_entities (const gchar *data,
                   gsize        length)
{
  const gchar *root = NULL;

  for (const gchar *p = memchr (data, '<', length); p != NULL;
       p = memchr (p + 1, '<', length - (gsize) (p + 1 - data)))
    if (g_ascii_isalpha (p[1]))
      {
        root = p;
        break;
      }
  return g_strstr_len (data, root ? root - data : (gssize) length, "<!ENTITY") != NULL;
}

/* libxml2 reports encoding errors through its generic handler too (to
 * stderr); the structured handler already has them. */
static void
ignore_generic_error (void       *context,
                      const char *format,
                      ...)
{
}

static gboolean
check_override (const LineupSourceInput *input,
                GError                 **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autofree gchar *id = NULL;

  return lineup_source_zones (input, NULL, &tz, &id, error);
}

static LineupSchedule *
read_frab_xml (const gchar             *data,
               gsize                    length,
               const LineupSourceInput *input,
               GError                 **error)
{
  Reader self = { 0 };
  LineupSchedule *schedule;
  GError *local_error = NULL;

  if (length > G_MAXINT)
    {
      lineup_source_set_error (error, input, 1, "%s", _("the file is too large to be a schedule"));
      return NULL;
    }
  if (declares_entities (data, length))
    {
      lineup_source_set_error (error, input, 1, "%s",
                               _("the schedule declares XML entities, which Lineup does not "
                                 "read"));
      return NULL;
    }

  if (input->zone_override != NULL && !check_override (input, error))
    return NULL;

  self.input = input;
  self.day_change = -1;
  self.day_start = -1;
  g_date_clear (&self.day, 1);
  self.text = g_string_sized_new (1024);
  self.sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self.warnings = lineup_read_notes_new ();
  /* No network, no DTD loading, no entity substitution. */
  self.reader = xmlReaderForMemory (data, (int) length, NULL, NULL,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                    XML_PARSE_NOCDATA | XML_PARSE_COMPACT |
                                    XML_PARSE_BIG_LINES);
  if (self.reader == NULL)
    {
      lineup_source_set_error (error, input, 1, "%s", _("this is not well-formed XML"));
      reader_clear (&self);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (self.reader, on_parser_error, &self);

  if (!_lineup_source_xml_walk (&self, &local_error))
    {
      g_propagate_error (error, local_error);
      reader_clear (&self);
      return NULL;
    }
  if (!self.zones_known)
    _lineup_source_xml_decide_zones (&self, NULL);

  /* First: it says how to read all the others. */
  if (self.floating)
    {
      lineup_source_warn_document (self.warnings, input, 1, "%s",
                                   _("the schedule names no time zone; times are shown as written"));
      g_ptr_array_insert (self.warnings, 0,
                          g_ptr_array_steal_index (self.warnings, self.warnings->len - 1));
    }
  schedule = lineup_source_schedule_new (input, self.title,
                                         self.acronym ? self.acronym : self.title,
                                         self.zone_id, g_steal_pointer (&self.sessions),
                                         self.warnings);
  reader_clear (&self);
  return schedule;
}

LineupSchedule *
lineup_source_read_frab_xml (const gchar             *data,
                             gsize                    length,
                             const LineupSourceInput *input,
                             GError                 **error)
{
  xmlGenericErrorFunc old_handler = xmlGenericError;
  void *old_context = xmlGenericErrorContext;
  LineupSchedule *schedule;

  /* The generic handler is the thread's: set for the read, then restored
   * (the encoding is detected, and complained about, from the start). */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  schedule = read_frab_xml (data, length, input, error);
  xmlSetGenericErrorFunc (old_context, old_handler);
  return schedule;
}
