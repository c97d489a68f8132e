/* lineup-source-json-private.h — what the frab/pretalx JSON reader's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the lineup-source-json*.c files include this header.  The reader
 * (lineup-source-json.c: the parse with the line of every object, the
 * members, the events' texts, the schedule) asks -zone.c for the schedule's
 * zone and each event's times.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lineup-source-reader-private.h"

G_BEGIN_DECLS

typedef struct
{
  const LineupSourceInput *input;
  GHashTable *lines;        /* JsonObject * → line (GUINT_TO_POINTER) */
  GArray     *open_lines;   /* lines of the objects being parsed */
  GTimeZone  *wall_tz;      /* zone of wall-clock times, or NULL (floating) */
  GTimeZone  *show_tz;      /* zone to show the times in, or NULL (as read) */
  GPtrArray  *sessions;
  GPtrArray  *warnings;
} Reader;

/* The day's date and its start ("day_start": the time after which a start
 * belongs to this date, before which to the next: 01:00 after a 10:00
 * start is the night after) and the zone of its offset. */
typedef struct
{
  GDate      date;
  gint       start_minute;   /* -1 when not given */
  GTimeZone *tz;             /* the offset of "day_start", or NULL */
} Day;

/* lineup-source-json.c */
guint           _lineup_source_json_object_line (Reader         *reader,
                                                 JsonObject     *object);
JsonObject     *_lineup_source_json_get_object  (JsonObject     *object,
                                                 const gchar    *name);
gchar          *_lineup_source_json_get_text    (JsonObject     *object,
                                                 const gchar    *name);

/* lineup-source-json-zone.c */
void            _lineup_source_json_day_init    (Day            *day,
                                                 JsonObject     *object);
void            _lineup_source_json_day_clear   (Day            *day);
void            _lineup_source_json_set_times   (Reader         *reader,
                                                 LineupSession  *session,
                                                 const Day      *day,
                                                 JsonObject     *event);
gboolean        _lineup_source_json_set_zones   (Reader         *reader,
                                                 JsonObject     *conference,
                                                 JsonArray      *days,
                                                 gchar         **zone_id,
                                                 GError        **error);

G_END_DECLS
