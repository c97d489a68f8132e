/* lineup-source-xml-walk.c — the walk over a Pentabarf/frab XML schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * xmlTextReader's nodes one by one: <conference> read whole (it is small),
 * the <day> and <room> in context, the direct children of <event> as its
 * fields, persons/person as speakers and links/link as a list of links.
 * An event is made a talk at its end (lineup-source-xml.c).
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <string.h>

#include "lineup-source-xml-private.h"

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
  g_autofree gchar *guid = _lineup_source_xml_strip_or_null (attribute (self, "guid"));
  g_autofree gchar *id = _lineup_source_xml_strip_or_null (attribute (self, "id"));

  _lineup_source_xml_event_clear (&self->event);
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
    return _lineup_source_xml_parse_clock (text, 23);
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
    _lineup_source_xml_decide_zones (self, NULL);
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
  event->values[field] = _lineup_source_xml_strip_or_null (g_strdup (self->text->str));
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
    self->day_change = _lineup_source_xml_parse_clock (value, 23);
  if (slot != NULL)
    {
      g_free (*slot);
      *slot = _lineup_source_xml_strip_or_null (value);
    }
  else
    g_free (value);
}

/* A <link href>…</link> as a Markdown list item. */
static void
add_link (Event       *event,
          const gchar *text)
{
  g_autofree gchar *label = _lineup_source_xml_strip_or_null (g_strdup (text));

  if (_lineup_source_xml_safe_url (event->link_href) == NULL)
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
          self->event.link_href = _lineup_source_xml_strip_or_null (attribute (self, "href"));
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
          _lineup_source_xml_finish_event (self);
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
      self->day_room = _lineup_source_xml_strip_or_null (attribute (self, "name"));
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
      _lineup_source_xml_finish_event (self);
    }
  else if (depth == self->field_depth && self->field != FIELD_NONE)
    end_field (self);
  else if (depth == self->event.depth + 2 && self->field == FIELD_PERSONS &&
           self->person != NULL && strcmp (name, "person") == 0)
    {
      g_autofree gchar *person = _lineup_source_xml_strip_or_null (g_strdup (self->person->str));

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

gboolean
_lineup_source_xml_walk (Reader  *self,
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
