/* lineup-source-reader.h — any source a user opens → LineupSchedule
 *
 * One entry point for every kind of source: a conference post (Markdown,
 * lineup-post-reader) or a schedule a conference publishes (Pentabarf/frab
 * XML, frab/pretalx JSON, iCalendar).  The kind is told by the content, never
 * by the file's name: a `<schedule>` root is XML, a JSON object is JSON,
 * `BEGIN:VCALENDAR` is iCalendar, anything else is a post.  Errors are in
 * LINEUP_POST_ERROR (or G_IO_ERROR) and read "FILE:LINE: what is wrong".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lineup-post-reader.h"

G_BEGIN_DECLS

typedef enum
{
  LINEUP_SOURCE_POST,
  LINEUP_SOURCE_FRAB_XML,
  LINEUP_SOURCE_FRAB_JSON,
  LINEUP_SOURCE_ICALENDAR,
} LineupSourceFormat;

/* What @length bytes of @data are, from their first non-blank characters. */
LineupSourceFormat lineup_source_sniff           (const gchar  *data,
                                                  gsize         length);

/* Reads a source in memory.  @display_name names it in messages, @key is the
 * agenda key when the source names none (its file's basename). */
LineupSchedule    *lineup_source_read_bytes      (GBytes       *bytes,
                                                  const gchar  *display_name,
                                                  const gchar  *key,
                                                  const gchar  *zone_override,
                                                  GError      **error);

/* Reads a file, naming it @display_name (or its basename) in messages. */
LineupSchedule    *lineup_source_read_file_full  (GFile        *file,
                                                  const gchar  *display_name,
                                                  const gchar  *zone_override,
                                                  GCancellable *cancellable,
                                                  GError      **error);

LineupSchedule    *lineup_source_read_file       (GFile        *file,
                                                  const gchar  *zone_override,
                                                  GCancellable *cancellable,
                                                  GError      **error);

G_END_DECLS
