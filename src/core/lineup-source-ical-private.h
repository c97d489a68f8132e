/* lineup-source-ical-private.h — what the iCalendar reader's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the lineup-source-ical*.c files include this header.  The reader
 * (lineup-source-ical.c: the texts, the calendar's zones, the schedule's zone,
 * the schedule) has the raw lines walked first (-scan.c), then reads each
 * VEVENT into an Event (-events.c).
 */

#pragma once

#include <libical/ical.h>

#include "lineup-source-reader-private.h"

G_BEGIN_DECLS

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

/* One VEVENT as read (-events.c); its times are placed in the schedule's
 * zone once that is known (lineup-source-ical.c). */
typedef struct
{
  LineupSession *session;
  When           start;
  When           end;
  gchar         *location;
  guint          line;
} Event;

/* lineup-source-ical-scan.c */
gboolean        _lineup_source_ical_scan_lines         (Reader              *reader,
                                                        const gchar         *data,
                                                        gsize                length,
                                                        gsize               *start,
                                                        gsize               *end,
                                                        GError             **error);

/* lineup-source-ical.c */
gchar          *_lineup_source_ical_clean_text         (const gchar         *text);
gchar          *_lineup_source_ical_clean_description  (const gchar         *text);
gchar          *_lineup_source_ical_property_text      (icalcomponent       *component,
                                                        icalproperty_kind    kind);
GTimeZone      *_lineup_source_ical_zone_for_tzid      (const gchar         *tzid,
                                                        const gchar        **iana_id);
void            _lineup_source_ical_vote               (GHashTable          *votes,
                                                        const gchar         *id);

/* lineup-source-ical-events.c */
void            _lineup_source_ical_zone_entry_free    (gpointer             data);
void            _lineup_source_ical_event_clear        (gpointer             data);
gboolean        _lineup_source_ical_read_event         (Reader              *reader,
                                                        icalcomponent       *component,
                                                        const EventLines    *lines,
                                                        Event               *event);

G_END_DECLS
