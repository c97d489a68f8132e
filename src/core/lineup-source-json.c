/* lineup-source-json.c — frab/pretalx schedule JSON (json-glib) → LineupSchedule
 *
 * {"schedule": {"conference": {"title", "acronym", "time_zone_name"?,
 * "days": [{"date", "day_start", "rooms": {"Room": [event, …]}}]}}}.
 *
 * Times: an event's "date" (ISO 8601 with its offset) is the true start
 * instant and wins over everything else.  The zone the file names
 * ("time_zone_name") is used only when this computer knows it; when it names
 * none (pretalx) and every event carries the same offset, that offset is
 * the schedule's zone ("+01:00", a zone id GLib reads: the window and the
 * Markdown export show it, the iCalendar export writes exact UTC instants);
 * with mixed offsets the schedule has no zone id, but each talk keeps its
 * exact instant in its own offset (never floating).  Only a talk with no
 * offset anywhere (no "date", a day without "day_start") is floating.
 * "conference.rooms" is not read: the talks' rooms are what is shown.
 *
 * json-glib keeps no positions in its tree: the line of each object is taken
 * from the parser's "object-start" signal, keyed by the object.
 *
 * The reader is a group behind lineup-source-json-private.h: this file
 * parses (with the lines) and reads the events' texts;
 * lineup-source-json-zone.c decides the schedule's zone and gives each
 * event its times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lineup-post-document.h"
#include "lineup-source-json-private.h"
#include "lineup-text.h"

/* json-glib parses recursively: deeper input would exhaust the stack.  A
 * schedule is seven levels deep. */
#define MAX_DEPTH 256

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->lines, g_hash_table_unref);
  g_clear_pointer (&reader->open_lines, g_array_unref);
  g_clear_pointer (&reader->wall_tz, g_time_zone_unref);
  g_clear_pointer (&reader->show_tz, g_time_zone_unref);
  g_clear_pointer (&reader->sessions, g_ptr_array_unref);
  g_clear_pointer (&reader->warnings, g_ptr_array_unref);
}

guint
_lineup_source_json_object_line (Reader     *reader,
                                 JsonObject *object)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (reader->lines, object));
}

/* Input checks before json-glib sees it */

/* The line where the nesting first exceeds MAX_DEPTH, or 0.  Follows
 * json-glib's scanner: "…" with escapes, '…' without, C comments. */
static guint
too_deep_line (const gchar *data,
               gsize        length)
{
  const gchar *end = data + length;
  guint depth = 0, line = 1;

  for (const gchar *p = data; p < end; p++)
    {
      if (*p == '\n')
        line++;
      else if (*p == '"' || *p == '\'')
        {
          gchar quote = *p;

          for (p++; p < end && *p != quote; p++)
            {
              if (quote == '"' && *p == '\\' && p + 1 < end)
                p++;
              if (*p == '\n')
                line++;
            }
        }
      else if (*p == '/' && p + 1 < end && p[1] == '*')
        {
          for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++)
            if (*p == '\n')
              line++;
          p++;
        }
      else if (*p == '[' || *p == '{')
        {
          if (++depth > MAX_DEPTH)
            return line;
        }
      else if ((*p == ']' || *p == '}') && depth > 0)
        depth--;
    }
  return 0;
}

static guint
line_of_offset (const gchar *data,
                gsize        offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/* Parsing, with the line of every object */

static void
on_object_start_cb (JsonParser *parser,
                    gpointer    user_data)
{
  Reader *reader = user_data;
  guint line = json_parser_get_current_line (parser);

  g_array_append_val (reader->open_lines, line);
}

static void
on_object_end_cb (JsonParser *parser,
                  JsonObject *object,
                  gpointer    user_data)
{
  Reader *reader = user_data;
  guint line;

  if (reader->open_lines->len == 0)
    return;
  line = g_array_index (reader->open_lines, guint, reader->open_lines->len - 1);
  g_array_set_size (reader->open_lines, reader->open_lines->len - 1);
  g_hash_table_insert (reader->lines, object, GUINT_TO_POINTER (line));
}

/* json-glib's message is "<data>:LINE:COLUMN: Parse error: what": the line
 * goes to the front, the rest stays. */
static void
set_parse_error (Reader       *reader,
                 const GError *parse_error,
                 GError      **error)
{
  const gchar *message = parse_error->message;
  g_autofree gchar *valid = NULL;
  guint line = 1;

  if (g_str_has_prefix (message, "<data>:"))
    {
      gchar *rest = NULL;
      guint64 number = g_ascii_strtoull (message + 7, &rest, 10);

      if (rest != message + 7 && number > 0 && number < G_MAXUINT)
        {
          line = (guint) number;
          message = rest;
          while (*message == ':' || g_ascii_isdigit (*message) || *message == ' ')
            message++;
        }
    }
  /* json-glib names an unexpected character by its first byte only. */
  valid = g_utf8_make_valid (message, -1);
  lineup_source_set_error (error, reader->input, line, _("not valid JSON: %s"), valid);
}

static JsonParser *
parse (Reader      *reader,
       const gchar *data,
       gsize        length,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  const gchar *invalid = NULL;
  guint deep;

  if (!g_utf8_validate (data, (gssize) length, &invalid))
    {
      lineup_source_set_error (error, reader->input, line_of_offset (data, invalid - data),
                               "%s", _("the file is not UTF-8 text"));
      return NULL;
    }
  if ((deep = too_deep_line (data, length)) != 0)
    {
      lineup_source_set_error (error, reader->input, deep,
                               _("the data is nested more than %d levels deep"), MAX_DEPTH);
      return NULL;
    }
  g_signal_connect (parser, "object-start", G_CALLBACK (on_object_start_cb), reader);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_object_end_cb), reader);
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      set_parse_error (reader, parse_error, error);
      return NULL;
    }
  return g_steal_pointer (&parser);
}

/* Members */

JsonObject *
_lineup_source_json_get_object (JsonObject  *object,
                                const gchar *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject  *object,
           const gchar *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* json-glib's scanner reads C escapes ("\202" is the byte 0x82): a
 * string of valid UTF-8 input can still be invalid. */
static gchar *
valid_text (gchar *text)
{
  gchar *valid;

  if (g_utf8_validate (text, -1, NULL))
    return text;
  valid = g_utf8_make_valid (text, -1);
  g_free (text);
  return valid;
}

/* A scalar as text, stripped ("" → NULL): strings, and numbers written as
 * numbers ("id": 10386). */
static gchar *
node_text (JsonNode *node)
{
  g_autofree gchar *text = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      text = g_strdup (json_node_get_string (node));
      break;
    case G_TYPE_INT64:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      text = g_strdup_printf ("%.15g", json_node_get_double (node));
      break;
    default:
      return NULL;
    }
  if (text == NULL || *g_strstrip (text) == '\0')
    return NULL;
  return valid_text (g_steal_pointer (&text));
}

gchar *
_lineup_source_json_get_text (JsonObject  *object,
                              const gchar *name)
{
  return object ? node_text (json_object_get_member (object, name)) : NULL;
}

/* Text of an event */

/* Markdown as written (line ends made "\n"), or HTML made Markdown. */
static gchar *
as_markdown (gchar *text)
{
  g_autoptr(GString) clean = NULL;

  if (text == NULL)
    return NULL;
  if (lineup_post_document_looks_like_html (text))
    {
      gchar *markdown = lineup_post_document_html_to_markdown (text);

      g_free (text);
      return markdown;
    }
  clean = g_string_new (text);
  g_free (text);
  g_string_replace (clean, "\r\n", "\n", 0);
  g_string_replace (clean, "\r", "\n", 0);
  return g_strstrip (g_string_free (g_steal_pointer (&clean), FALSE));
}

/* Subtitle, abstract and description, each once, as Markdown. */
static gchar *
event_description (JsonObject *event)
{
  const gchar *names[] = { "subtitle", "abstract", "description" };
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gchar *part = as_markdown (_lineup_source_json_get_text (event, names[i]));

      if (part == NULL || *part == '\0' ||
          g_ptr_array_find_with_equal_func (seen, part, g_str_equal, NULL))
        {
          g_free (part);
          continue;
        }
      if (text->len > 0)
        g_string_append (text, "\n\n");
      if (i == 0)
        g_string_append_printf (text, "*%s*", part);
      else
        g_string_append (text, part);
      g_ptr_array_add (seen, part);
    }
  return g_string_free (text, FALSE);
}

/* frab {"public_name"}, pretalx {"name"}, or a plain string. */
static gchar *
person_name (JsonNode *node)
{
  JsonObject *person;
  const gchar *names[] = { "public_name", "name", "full_name" };

  if (JSON_NODE_HOLDS_VALUE (node))
    return node_text (node);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  person = json_node_get_object (node);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gchar *name = _lineup_source_json_get_text (person, names[i]);

      if (name != NULL)
        return name;
    }
  return NULL;
}

static void
set_speakers (LineupSession *session,
              JsonObject    *event)
{
  JsonArray *persons = get_array (event, "persons");
  GPtrArray *speakers;

  if (persons == NULL)
    {
      g_autofree gchar *byline = _lineup_source_json_get_text (event, "persons");

      if (byline != NULL)
        lineup_session_set_byline (session, byline);
      return;
    }
  speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
  for (guint i = 0; i < json_array_get_length (persons); i++)
    {
      g_autofree gchar *name = person_name (json_array_get_element (persons, i));

      if (name != NULL)
        g_ptr_array_add (speakers, lineup_speaker_new (name, NULL));
    }
  lineup_session_take_speakers (session, speakers);
}

/* Only web links are opened. */
static gchar *
web_url (gchar *url)
{
  if (url != NULL && (g_ascii_strncasecmp (url, "https://", 8) == 0 ||
                      g_ascii_strncasecmp (url, "http://", 7) == 0))
    return url;
  g_free (url);
  return NULL;
}

static gchar *
event_id (JsonObject  *event,
          const gchar *title,
          const Day   *day)
{
  gchar *id = _lineup_source_json_get_text (event, "guid");
  g_autofree gchar *start = NULL;
  gchar date[16] = "";

  if (id == NULL)
    id = _lineup_source_json_get_text (event, "id");
  if (id != NULL)
    return id;
  start = _lineup_source_json_get_text (event, "date");
  if (start == NULL && g_date_valid (&day->date))
    g_date_strftime (date, sizeof date, "%Y-%m-%d", &day->date);
  return lineup_text_short_hash (title, start ? start : date, NULL);
}

/* The events */

static void
read_event (Reader      *reader,
            const Day   *day,
            const gchar *room,
            JsonObject  *event)
{
  g_autofree gchar *title = _lineup_source_json_get_text (event, "title");
  g_autofree gchar *id = NULL;
  g_autofree gchar *event_room = _lineup_source_json_get_text (event, "room");
  g_autofree gchar *track = _lineup_source_json_get_text (event, "track");
  g_autofree gchar *kind = _lineup_source_json_get_text (event, "type");
  g_autofree gchar *language = _lineup_source_json_get_text (event, "language");
  g_autofree gchar *url = web_url (_lineup_source_json_get_text (event, "url"));
  LineupSession *session;

  if (title == NULL)
    {
      lineup_source_warn (reader->warnings, reader->input,
                          _lineup_source_json_object_line (reader, event),
                          "%s", _("an event has no title"));
      title = g_strdup (_("Untitled"));
    }
  id = event_id (event, title, day);
  session = lineup_session_new (id, title);
  lineup_session_set_line (session, _lineup_source_json_object_line (reader, event));
  lineup_session_set_room (session, event_room ? event_room : room);
  lineup_session_set_track (session, track);
  lineup_session_set_kind (session, kind);
  lineup_session_set_language (session, language);
  lineup_session_set_url (session, url);
  lineup_session_take_description (session, event_description (event));
  set_speakers (session, event);
  _lineup_source_json_set_times (reader, session, day, event);
  g_ptr_array_add (reader->sessions, session);
}

static void
read_room (Reader      *reader,
           const Day   *day,
           const gchar *room,
           JsonNode    *events)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (events))
    return;
  array = json_node_get_array (events);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        read_event (reader, day, room, json_node_get_object (node));
    }
}

static void
read_day (Reader     *reader,
          JsonObject *object)
{
  JsonObject *rooms = _lineup_source_json_get_object (object, "rooms");
  g_autoptr(GList) names = NULL;
  Day day;

  if (rooms == NULL)
    return;
  _lineup_source_json_day_init (&day, object);
  /* json-glib keeps the members in the file's order: the rooms' order. */
  names = json_object_get_members (rooms);
  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree gchar *room = g_strstrip (valid_text (g_strdup (l->data)));

      read_room (reader, &day, *room ? room : NULL, json_object_get_member (rooms, l->data));
    }
  _lineup_source_json_day_clear (&day);
}

/* The schedule */

static LineupSchedule *
read_conference (Reader     *reader,
                 JsonObject *root,
                 GError    **error)
{
  JsonObject *conference =
    _lineup_source_json_get_object (_lineup_source_json_get_object (root, "schedule"),
                                    "conference");
  JsonArray *days = get_array (conference, "days");
  g_autofree gchar *zone_id = NULL;
  g_autofree gchar *title = _lineup_source_json_get_text (conference, "title");
  g_autofree gchar *acronym = _lineup_source_json_get_text (conference, "acronym");
  LineupSchedule *schedule;

  if (!_lineup_source_json_set_zones (reader, conference, days, &zone_id, error))
    return NULL;
  for (guint d = 0; days != NULL && d < json_array_get_length (days); d++)
    {
      JsonNode *day = json_array_get_element (days, d);

      if (JSON_NODE_HOLDS_OBJECT (day))
        read_day (reader, json_node_get_object (day));
    }
  if (reader->sessions->len == 0)
    {
      lineup_source_set_error (error, reader->input, 1, "%s",
                               _("no talks found: the schedule lists no events"));
      return NULL;
    }
  schedule = lineup_source_schedule_new (reader->input, title, acronym ? acronym : title,
                                         zone_id, g_steal_pointer (&reader->sessions),
                                         reader->warnings);
  return schedule;
}

LineupSchedule *
lineup_source_read_frab_json (const gchar             *data,
                              gsize                    length,
                              const LineupSourceInput *input,
                              GError                 **error)
{
  Reader reader = { input };
  g_autoptr(JsonParser) parser = NULL;
  LineupSchedule *schedule = NULL;
  JsonNode *root;

  /* json-glib stops at a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  reader.lines = g_hash_table_new (NULL, NULL);
  reader.open_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  reader.sessions = g_ptr_array_new_with_free_func (g_object_unref);
  reader.warnings = lineup_read_notes_new ();

  parser = parse (&reader, data, length, error);
  root = parser ? json_parser_get_root (parser) : NULL;
  if (parser != NULL && (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
                         _lineup_source_json_get_object (json_node_get_object (root),
                                                         "schedule") == NULL))
    lineup_source_set_error (error, input, 1, "%s",
                             _("not a conference schedule (no “schedule” object)"));
  else if (parser != NULL)
    schedule = read_conference (&reader, json_node_get_object (root), error);
  reader_clear (&reader);
  return schedule;
}
