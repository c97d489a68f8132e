/* lineup-source-xml-private.h — what the Pentabarf/frab XML reader's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the lineup-source-xml*.c files include this header.  The reader
 * (lineup-source-xml.c: the parser, the zones, each event made a talk) walks
 * the nodes (-walk.c) and makes each event's texts its description
 * (-description.c).
 */

#pragma once

#include <libxml/xmlreader.h>

#include "lineup-source-reader-private.h"

G_BEGIN_DECLS

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


/* lineup-source-xml.c */
void            _lineup_source_xml_event_clear       (Event                   *event);
gint            _lineup_source_xml_parse_clock       (const gchar             *text,
                                                      gint                     max_hours);
gchar          *_lineup_source_xml_strip_or_null     (gchar                   *text);
void            _lineup_source_xml_decide_zones      (Reader                  *self,
                                                      const gchar             *first_date);
const gchar    *_lineup_source_xml_safe_url          (const gchar             *url);
void            _lineup_source_xml_finish_event      (Reader                  *self);

/* lineup-source-xml-walk.c */
gboolean        _lineup_source_xml_walk              (Reader                  *self,
                                                      GError                 **error);

/* lineup-source-xml-description.c */
gchar          *_lineup_source_xml_event_description (Event                   *event);

G_END_DECLS
