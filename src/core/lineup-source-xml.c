/* lineup-source-xml.c — Pentabarf/frab XML (libxml2's xmlTextReader) → LineupSchedule
 *
 * One streaming walk over the file: no tree of the whole document is built,
 * only the fields of the event being read are held.  Both layouts are read:
 * <day><room><event> (frab, newer Pentabarf) and <day><event> (old FOSDEM,
 * where the event's own <room> names the room).  Only the direct children of
 * <event> are its fields, plus persons/person and links/link.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <string.h>

#include "lineup-date.h"
#include "lineup-source-reader-private.h"

/* Durations beyond this are typos, not talks. */
#define MAX_DURATION_HOURS (24 * 14)

typedef enum
{
  FIELD_NONE,
  FIELD_OTHER,
  FIELD_TITLE,
  FIELD_SUBTITLE,
  FIELD_START,
  FIELD_DATE,
  FIELD_DURATION,
  FIELD_ROOM,
  FIELD_TRACK,
  FIELD_TYPE,
  FIELD_LANGUAGE,
  FIELD_URL,
  FIELD_ABSTRACT,
  FIELD_DESCRIPTION,
  FIELD_PERSONS,
  FIELD_LINKS,
  N_FIELDS
} Field;

static const gchar *const field_names[N_FIELDS] = {
  [FIELD_TITLE] = "title",
  [FIELD_SUBTITLE] = "subtitle",
  [FIELD_START] = "start",
  [FIELD_DATE] = "date",
  [FIELD_DURATION] = "duration",
  [FIELD_ROOM] = "room",
  [FIELD_TRACK] = "track",
  [FIELD_TYPE] = "type",
  [FIELD_LANGUAGE] = "language",
  [FIELD_URL] = "url",
  [FIELD_ABSTRACT] = "abstract",
  [FIELD_DESCRIPTION] = "description",
  [FIELD_PERSONS] = "persons",
  [FIELD_LINKS] = "links",
};

typedef struct
{
  guint       line;
  gint        depth;        /* of the <event> element */
  gchar      *id;
  gchar      *values[N_FIELDS];
  GPtrArray  *speakers;     /* LineupSpeaker */
  GString    *links;        /* Markdown list, or NULL */
  gchar      *link_href;    /* of the <link> being read */
} Event;

typedef struct
{
  const LineupSourceInput *input;
  xmlTextReaderPtr  reader;
  GError           *parse_error;     /* the parser's first complaint */

  /* <conference> */
  gchar            *title;
  gchar            *acronym;
  gchar            *zone_name;
  gchar            *city;
  gint              day_change;      /* minutes after midnight, -1 when unknown */
  gboolean          zones_known;
  GTimeZone        *read_tz;         /* the times are written in */
  GTimeZone        *show_tz;         /* and shown in (NULL: as read) */
  gchar            *zone_id;
  gboolean          floating;

  /* <day> */
  GDate             day;             /* invalid when the day names none */
  gint              day_start;       /* minutes, -1 when unknown */
  gchar            *day_room;        /* <room name> of the new layout */

  Event             event;
  gboolean          in_event;
  Field             field;           /* the direct child of <event> being read */
  gint              field_depth;
  GString          *text;
  GString          *person;          /* the <person> being read, or NULL */
  gboolean          in_link_title;   /* in <link><title> (frab's newer links) */
  gboolean          root_closed;

  GPtrArray        *sessions;
  GPtrArray        *warnings;
} Reader;

static void
event_clear (Event *event)
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
  event_clear (&self->event);
  if (self->text != NULL)
    g_string_free (self->text, TRUE);
  if (self->person != NULL)
    g_string_free (self->person, TRUE);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
}

/* The line of the node the reader is on (the parser reads ahead of it). */
static guint
reader_line (Reader *self)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);
  glong line = node != NULL ? xmlGetLineNo (node) : -1;

  if (line <= 0)
    line = xmlTextReaderGetParserLineNumber (self->reader);
  return line > 0 ? (guint) line : 1;
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

static gchar *
attribute (Reader      *self,
           const gchar *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (self->reader, (const xmlChar *) name);
  gchar *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const gchar *) value);
  xmlFree (value);
  return copy;
}

/* "HH:MM" or "HH:MM:SS" → minutes (seconds dropped), -1 when it is neither. */
static gint
parse_clock (const gchar *text,
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

static gchar *
strip_or_null (gchar *text)
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
static void
decide_zones (Reader      *self,
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

static gboolean
looks_like_html (const gchar *text)
{
  const gchar *p = text;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '!'))
    return TRUE;
  return strstr (text, "<p>") != NULL || strstr (text, "<br") != NULL;
}

/* The lines after the first lose the indent they share (the XML's own
 * indent, which Markdown would take for code). */
static gchar *
dedent (const gchar *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gsize common = G_MAXSIZE;
  GString *out;

  for (guint i = 1; lines[i] != NULL; i++)
    {
      gsize n = strspn (lines[i], " \t");

      if (lines[i][n] != '\0')
        common = MIN (common, n);
    }
  out = g_string_new (g_strstrip (lines[0]));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      gsize n = strspn (lines[i], " \t");

      g_string_append_c (out, '\n');
      g_string_append (out, lines[i][n] == '\0' ? "" : lines[i] + MIN (common, n));
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* Where a run of plain text stops: the end, white space, a tag, what
 * Markdown would read as markup (an entity too), a control character. */
static const guint8 plain_stop[256] = {
  [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1,
  ['\t'] = 1, ['\n'] = 1, [0x0b] = 1, [0x0c] = 1, ['\r'] = 1, [0x0e] = 1, [0x0f] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1,
  [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1,
  [0x1e] = 1, [0x1f] = 1, [0x7f] = 1,
  [' '] = 1, ['<'] = 1, ['>'] = 1, ['*'] = 1, ['_'] = 1, ['`'] = 1, ['\\'] = 1, ['['] = 1,
  [']'] = 1, ['#'] = 1, ['&'] = 1, ['!'] = 1, ['|'] = 1, ['~'] = 1,
};

/* The length of the run of plain text at @p. */
static gsize
plain_run (const gchar *p)
{
  const gchar *q = p;

  while (!plain_stop[(guchar) *q])
    q++;
  return (gsize) (q - p);
}

/* <a href="URL">words</a> at @p as Markdown ([words](URL), or <URL> when
 * the words are the URL); what follows it, or NULL when it is anything
 * less plain. */
static const gchar *
plain_link (const gchar *p,
            GString     *out,
            gboolean     space)
{
  const gchar *url = p + 9;
  gsize url_length = strcspn (url, "\" <>()\\&'`*_[]");
  const gchar *text;
  const gchar *end;

  if (url_length == 0 || strncmp (url + url_length, "\">", 2) != 0 ||
      (g_ascii_strncasecmp (url, "https://", 8) != 0 &&
       g_ascii_strncasecmp (url, "http://", 7) != 0))
    return NULL;
  text = url + url_length + 2;
  end = strstr (text, "</a>");
  if (end == NULL || end == text || text[0] == ' ' || end[-1] == ' ')
    return NULL;
  /* Words with single spaces between them. */
  for (const gchar *q = text; q < end; q++)
    if ((plain_stop[(guchar) *q] && *q != ' ') || (q[0] == ' ' && q[1] == ' '))
      return NULL;
  if (space)
    g_string_append_c (out, ' ');
  if ((gsize) (end - text) == url_length && strncmp (text, url, url_length) == 0)
    g_string_append_printf (out, "<%.*s>", (int) url_length, url);
  else
    g_string_append_printf (out, "[%.*s](%.*s)", (int) (end - text), text, (int) url_length, url);
  return end + 4;
}

/* Abstracts that are only <p> paragraphs of plain words (half of FOSDEM's)
 * are their text, paragraph by paragraph, with spaces collapsed: what
 * lineup_source_html_to_markdown() makes of them, without an HTML parse and
 * a Markdown rendering each.  NULL for anything else. */
static gchar *
plain_paragraphs (const gchar *html)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const gchar *p = html;
  gboolean in_paragraph = FALSE;
  gboolean space = FALSE;
  gsize paragraph_start = 0;

  while (*p != '\0')
    {
      guchar c = (guchar) *p;

      if (c == '<')
        {
          if (!in_paragraph && strncmp (p, "<p>", 3) == 0)
            {
              if (out->len > 0)
                g_string_append (out, "\n\n");
              paragraph_start = out->len;
              in_paragraph = TRUE;
              p += 3;
            }
          else if (in_paragraph && strncmp (p, "</p>", 4) == 0)
            {
              if (out->len > paragraph_start && out->str[out->len - 1] == ' ')
                g_string_truncate (out, out->len - 1);
              if (out->len == paragraph_start)
                g_string_truncate (out, paragraph_start >= 2 ? paragraph_start - 2 : 0);
              in_paragraph = FALSE;
              p += 4;
            }
          else if (in_paragraph && strncmp (p, "<a href=\"", 9) == 0)
            {
              if ((p = plain_link (p, out, space && out->len > paragraph_start)) == NULL)
                return NULL;
            }
          else
            return NULL;
          space = FALSE;
          continue;
        }
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        {
          space = TRUE;
          p++;
        }
      else
        {
          gsize run = plain_run (p);

          /* A paragraph starts with a letter: "1." "-" "+" would be lists. */
          if (!in_paragraph || run == 0 ||
              (out->len == paragraph_start && c < 0x80 && !g_ascii_isalpha (c)))
            return NULL;
          if (space && out->len > paragraph_start)
            g_string_append_c (out, ' ');
          g_string_append_len (out, p, (gssize) run);
          space = FALSE;
          p += run;
        }
    }
  if (in_paragraph)
    return NULL;
  return g_strndup (out->str, out->len);
}

static gchar *
as_markdown (const gchar *text)
{
  if (text == NULL)
    return NULL;
  if (looks_like_html (text))
    {
      gchar *plain = plain_paragraphs (text);

      if (plain != NULL)
        return strip_or_null (plain);
      g_autofree gchar *html = g_strdup (text);

      /* Line breaks in HTML are spaces (outside <pre>); kept, they would
       * come out of the conversion as "&#10;". */
      if (strstr (html, "<pre") == NULL)
        for (gchar *c = html; *c != '\0'; c++)
          if (*c == '\n' || *c == '\r')
            *c = ' ';
      return strip_or_null (lineup_source_html_to_markdown (html));
    }
  return strip_or_null (dedent (text));
}

static gchar *
event_description (Event *event)
{
  g_autofree gchar *subtitle = g_strdup (event->values[FIELD_SUBTITLE]);
  g_autofree gchar *abstract = as_markdown (event->values[FIELD_ABSTRACT]);
  g_autofree gchar *description = as_markdown (event->values[FIELD_DESCRIPTION]);
  GString *out = g_string_new (NULL);
  gchar *result;

  subtitle = strip_or_null (g_steal_pointer (&subtitle));
  if (subtitle != NULL && g_strcmp0 (subtitle, event->values[FIELD_TITLE]) != 0)
    g_string_append_printf (out, "*%s*\n\n", subtitle);
  if (abstract != NULL)
    g_string_append_printf (out, "%s\n\n", abstract);
  if (description != NULL && g_strcmp0 (description, abstract) != 0)
    g_string_append_printf (out, "%s\n\n", description);
  if (event->links != NULL)
    g_string_append (out, event->links->str);
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  /* A GString holds up to twice its text: the model keeps an exact copy. */
  result = g_strndup (out->str, out->len);
  g_string_free (out, TRUE);
  return result;
}

static const gchar *
safe_url (const gchar *url)
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
  minute = parse_clock (event->values[FIELD_START], 23);
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

static void
finish_event (Reader *self)
{
  Event *event = &self->event;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree gchar *title = strip_or_null (g_strdup (event->values[FIELD_TITLE]));
  g_autofree gchar *room = strip_or_null (g_strdup (event->values[FIELD_ROOM]));
  LineupSession *session;

  if (!self->zones_known)
    decide_zones (self, event->values[FIELD_DATE]);
  if (title == NULL)
    title = g_strdup (_("Untitled"));

  session = lineup_session_new (event->id, title);
  lineup_session_set_line (session, event->line);
  lineup_session_set_floating (session, self->floating);
  lineup_session_set_room (session, room ? room : self->day_room);
  lineup_session_set_track (session, event->values[FIELD_TRACK]);
  lineup_session_set_kind (session, event->values[FIELD_TYPE]);
  lineup_session_set_language (session, event->values[FIELD_LANGUAGE]);
  lineup_session_set_url (session, safe_url (event->values[FIELD_URL]));
  lineup_session_take_description (session, event_description (event));
  lineup_session_take_speakers (session, g_steal_pointer (&event->speakers));

  if (self->read_tz != NULL)
    start = event_start (self, event, title);
  if (start != NULL && event->values[FIELD_DURATION] != NULL)
    {
      gint minutes = parse_clock (event->values[FIELD_DURATION], MAX_DURATION_HOURS);

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
  event_clear (event);
}

/* ---- the walk ----------------------------------------------------------- */

static Field
field_for (const gchar *name)
{
  for (guint i = FIELD_TITLE; i < N_FIELDS; i++)
    if (strcmp (name, field_names[i]) == 0)
      return (Field) i;
  return FIELD_OTHER;
}

static void
start_event (Reader *self,
             gint    depth)
{
  g_autofree gchar *guid = strip_or_null (attribute (self, "guid"));
  g_autofree gchar *id = strip_or_null (attribute (self, "id"));

  event_clear (&self->event);
  self->event.line = reader_line (self);
  self->event.depth = depth;
  self->event.id = g_strdup (guid ? guid : id ? id : "");
  self->event.speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
  self->in_event = TRUE;
  if (*self->event.id == '\0')
    {
      g_free (self->event.id);
      self->event.id = g_strdup_printf ("line-%u", self->event.line);
    }
}

/* "HH:MM" of an attribute that is a time or a date and time, in the read
 * zone; -1 when it is neither. */
static gint
day_start_minute (Reader      *self,
                  const gchar *text)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (text == NULL)
    return -1;
  if (strchr (text, 'T') == NULL)
    return parse_clock (text, 23);
  if (self->read_tz == NULL || self->floating)
    return -1;
  dt = g_date_time_new_from_iso8601 (text, self->read_tz);
  if (dt == NULL)
    return -1;
  local = g_date_time_to_timezone (dt, self->read_tz);
  return g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
}

static void
start_day (Reader *self)
{
  g_autofree gchar *date = attribute (self, "date");
  g_autofree gchar *start = attribute (self, "start");

  /* The conference's zone is known by now, unless only the events tell it. */
  if (!self->zones_known && (self->zone_name != NULL || self->city != NULL))
    decide_zones (self, NULL);
  g_date_clear (&self->day, 1);
  if (date != NULL)
    {
      gint y, m, d;
      gchar rest;

      /* "2024-02-03", nothing lenient: GDate's own parse guesses. */
      if (sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && y > 0 &&
          g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        g_date_set_dmy (&self->day, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
    }
  self->day_start = day_start_minute (self, start);
}

static void
end_field (Reader *self)
{
  Event *event = &self->event;
  Field field = self->field;

  self->field = FIELD_NONE;
  if (field == FIELD_OTHER || field == FIELD_PERSONS || field == FIELD_LINKS)
    return;
  g_free (event->values[field]);
  event->values[field] = strip_or_null (g_strdup (self->text->str));
}

static void
conference_field (Reader      *self,
                  const gchar *name,
                  gchar       *value)
{
  gchar **slot = NULL;

  if (strcmp (name, "title") == 0)
    slot = &self->title;
  else if (strcmp (name, "acronym") == 0)
    slot = &self->acronym;
  else if (strcmp (name, "time_zone_name") == 0)
    slot = &self->zone_name;
  else if (strcmp (name, "city") == 0)
    slot = &self->city;
  else if (strcmp (name, "day_change") == 0)
    self->day_change = parse_clock (value, 23);
  if (slot != NULL)
    {
      g_free (*slot);
      *slot = strip_or_null (value);
    }
  else
    g_free (value);
}

/* A <link href>…</link> as a Markdown list item. */
static void
add_link (Event       *event,
          const gchar *text)
{
  g_autofree gchar *label = strip_or_null (g_strdup (text));

  if (safe_url (event->link_href) == NULL)
    return;
  if (event->links == NULL)
    event->links = g_string_new (_("Links:"));
  g_string_append_printf (event->links, "\n- [%s](<%s>)", label ? label : event->link_href,
                          event->link_href);
}

static void
on_element (Reader      *self,
            const gchar *name,
            gint         depth,
            gboolean     empty)
{
  if (self->in_event)
    {
      gint rel = depth - self->event.depth;

      if (rel == 1)
        {
          self->field = field_for (name);
          self->field_depth = depth;
          g_string_truncate (self->text, 0);
          if (empty)
            end_field (self);
        }
      else if (rel == 2 && self->field == FIELD_PERSONS && strcmp (name, "person") == 0)
        {
          if (self->person == NULL)
            self->person = g_string_new (NULL);
          g_string_truncate (self->person, 0);
          if (empty)
            g_string_truncate (self->person, 0);
        }
      else if (rel == 2 && self->field == FIELD_LINKS && strcmp (name, "link") == 0)
        {
          g_free (self->event.link_href);
          self->event.link_href = strip_or_null (attribute (self, "href"));
          g_string_truncate (self->text, 0);
          if (empty)
            {
              add_link (&self->event, NULL);
              g_clear_pointer (&self->event.link_href, g_free);
            }
        }
      else if (rel == 3 && self->field == FIELD_LINKS && self->event.link_href != NULL &&
               strcmp (name, "title") == 0 && !empty)
        {
          g_string_truncate (self->text, 0);
          self->in_link_title = TRUE;
        }
      return;
    }

  if (strcmp (name, "event") == 0 && depth >= 2)
    {
      start_event (self, depth);
      /* <event/>: no end tag will come. */
      if (empty)
        {
          self->in_event = FALSE;
          finish_event (self);
        }
    }
  else if (strcmp (name, "day") == 0 && depth == 1)
    {
      start_day (self);
      g_clear_pointer (&self->day_room, g_free);
    }
  else if (strcmp (name, "room") == 0 && depth == 2)
    {
      g_free (self->day_room);
      self->day_room = strip_or_null (attribute (self, "name"));
    }
}

static void
on_end_element (Reader      *self,
                const gchar *name,
                gint         depth)
{
  if (!self->in_event)
    {
      if (depth == 2 && strcmp (name, "room") == 0)
        g_clear_pointer (&self->day_room, g_free);
      return;
    }
  if (depth == self->event.depth)
    {
      self->in_event = FALSE;
      self->field = FIELD_NONE;
      finish_event (self);
    }
  else if (depth == self->field_depth && self->field != FIELD_NONE)
    end_field (self);
  else if (depth == self->event.depth + 2 && self->field == FIELD_PERSONS &&
           self->person != NULL && strcmp (name, "person") == 0)
    {
      g_autofree gchar *person = strip_or_null (g_strdup (self->person->str));

      if (person != NULL)
        g_ptr_array_add (self->event.speakers, lineup_speaker_new (person, NULL));
      g_string_truncate (self->person, 0);
    }
  else if (depth == self->event.depth + 3 && self->in_link_title)
    self->in_link_title = FALSE;
  else if (depth == self->event.depth + 2 && self->field == FIELD_LINKS &&
           strcmp (name, "link") == 0)
    {
      add_link (&self->event, self->text->str);
      g_clear_pointer (&self->event.link_href, g_free);
    }
}

static void
on_text (Reader *self,
         gint    depth)
{
  const xmlChar *value;
  gint rel;

  if (!self->in_event || self->field == FIELD_NONE || self->field == FIELD_OTHER)
    return;
  rel = depth - self->event.depth;
  value = xmlTextReaderConstValue (self->reader);
  if (value == NULL)
    return;
  if (rel == 2 && self->field != FIELD_PERSONS && self->field != FIELD_LINKS)
    g_string_append (self->text, (const gchar *) value);
  else if (rel == 3 && self->field == FIELD_PERSONS && self->person != NULL)
    g_string_append (self->person, (const gchar *) value);
  else if (self->field == FIELD_LINKS && self->event.link_href != NULL &&
           ((rel == 3 && !self->in_link_title) || (rel == 4 && self->in_link_title)))
    g_string_append (self->text, (const gchar *) value);
}

/* The text of the element the reader is on (a <conference> child). */
static gchar *
element_text (Reader *self)
{
  xmlChar *value = xmlTextReaderReadString (self->reader);
  gchar *copy = g_strdup (value ? (const gchar *) value : "");

  xmlFree (value);
  return copy;
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

static gboolean
walk_node (Reader  *self,
           GError **error)
{
  gint type = xmlTextReaderNodeType (self->reader);
  gint depth = xmlTextReaderDepth (self->reader);
  const gchar *name = (const gchar *) xmlTextReaderConstLocalName (self->reader);

  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      if (depth == 0 && g_strcmp0 (name, "schedule") != 0)
        {
          lineup_source_set_error (error, self->input, reader_line (self),
                                   _("not a conference schedule (the root element is <%s>)"),
                                   name ? name : "?");
          return FALSE;
        }
      on_element (self, name, depth, xmlTextReaderIsEmptyElement (self->reader) == 1);
      break;
    case XML_READER_TYPE_END_ELEMENT:
      self->root_closed = depth == 0;
      on_end_element (self, name, depth);
      break;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
    case XML_READER_TYPE_WHITESPACE:
      on_text (self, depth);
      break;
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_DOCUMENT_TYPE:
    default:
      break;
    }
  return error == NULL || *error == NULL;
}

/* <conference> is read whole (it is small), its children by name. */
static gboolean
read_conference (Reader *self)
{
  gint depth = xmlTextReaderDepth (self->reader);
  gint ret;

  if (xmlTextReaderIsEmptyElement (self->reader))
    return TRUE;
  while ((ret = xmlTextReaderRead (self->reader)) == 1)
    {
      gint type = xmlTextReaderNodeType (self->reader);
      gint d = xmlTextReaderDepth (self->reader);

      if (type == XML_READER_TYPE_END_ELEMENT && d == depth)
        return TRUE;
      if (type == XML_READER_TYPE_ELEMENT && d == depth + 1)
        {
          const gchar *name = (const gchar *) xmlTextReaderConstLocalName (self->reader);
          g_autofree gchar *key = g_strdup (name);

          conference_field (self, key, element_text (self));
        }
    }
  return ret == 1;
}

static gboolean
walk (Reader  *self,
      GError **error)
{
  gint ret;

  while ((ret = xmlTextReaderRead (self->reader)) == 1)
    {
      if (self->parse_error != NULL)
        break;
      if (xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ELEMENT &&
          xmlTextReaderDepth (self->reader) == 1 &&
          g_strcmp0 ((const gchar *) xmlTextReaderConstLocalName (self->reader),
                     "conference") == 0)
        {
          if (!read_conference (self))
            break;
          continue;
        }
      if (!walk_node (self, error))
        return FALSE;
    }
  if (self->parse_error != NULL || ret != 0)
    {
      if (self->parse_error != NULL)
        g_propagate_error (error, g_steal_pointer (&self->parse_error));
      else
        lineup_source_set_error (error, self->input, reader_line (self), "%s",
                                 _("this is not well-formed XML"));
      return FALSE;
    }
  return TRUE;
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

  if (!walk (&self, &local_error))
    {
      g_propagate_error (error, local_error);
      reader_clear (&self);
      return NULL;
    }
  if (!self.zones_known)
    decide_zones (&self, NULL);

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
