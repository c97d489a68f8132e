/* lineup-source-reader-private.h — what the readers of published schedules share
 *
 * Each format is a group of files behind its own -private.h (lineup-source-xml*,
 * lineup-source-json*, lineup-source-ical*) with one entry point of the shape
 * below; the sniffing
 * and file handling are in lineup-source-reader.c, the helpers every reader
 * needs in lineup-source-common.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lineup-source-reader.h"

G_BEGIN_DECLS

typedef struct
{
  const gchar *display_name;   /* names the source in messages */
  const gchar *key;            /* agenda key when the source names none */
  const gchar *zone_override;  /* --timezone / the preference, or NULL */
} LineupSourceInput;

/* @data is NUL-terminated at @length; it may not be valid UTF-8. */
LineupSchedule *lineup_source_read_frab_xml  (const gchar             *data,
                                              gsize                    length,
                                              const LineupSourceInput *input,
                                              GError                 **error);
LineupSchedule *lineup_source_read_frab_json (const gchar             *data,
                                              gsize                    length,
                                              const LineupSourceInput *input,
                                              GError                 **error);
LineupSchedule *lineup_source_read_icalendar (const gchar             *data,
                                              gsize                    length,
                                              const LineupSourceInput *input,
                                              GError                 **error);

/* Sets @error to LINEUP_POST_ERROR_MALFORMED, "NAME:LINE: message". */
void            lineup_source_set_error      (GError                 **error,
                                              const LineupSourceInput *input,
                                              guint                    line,
                                              const gchar             *format,
                                              ...) G_GNUC_PRINTF (4, 5);

/* Appends a LineupReadNote about the entry at @line to @warnings (an array
 * from lineup_read_notes_new(), given to the schedule when it is made). */
void            lineup_source_warn           (GPtrArray               *warnings,
                                              const LineupSourceInput *input,
                                              guint                    line,
                                              const gchar             *format,
                                              ...) G_GNUC_PRINTF (4, 5);
/* The same about the whole schedule (no zone named, say). */
void            lineup_source_warn_document          (GPtrArray               *warnings,
                                              const LineupSourceInput *input,
                                              guint                    line,
                                              const gchar             *format,
                                              ...) G_GNUC_PRINTF (4, 5);

/* The zone to show the times in and the schedule's zone id: the override
 * when given (FALSE and @error when it names no zone), else @source_zone_id
 * (an IANA id the source names or that its place gives), else NULL (then
 * the times are floating).  *show_tz may be NULL. */
gboolean        lineup_source_zones          (const LineupSourceInput *input,
                                              const gchar             *source_zone_id,
                                              GTimeZone              **show_tz,
                                              gchar                  **zone_id,
                                              GError                 **error);

/* The IANA zone of the place named in @place ("Amsterdam, Netherlands",
 * "Brussels", "RAI Amsterdam, Europa Plein"), matched against tzdata's
 * zone names (a city of a zone name as a whole word), or NULL. */
gchar          *lineup_source_zone_for_place (const gchar             *place);

/* Makes the ids of @sessions (LineupSession) unique within the source, in
 * order: a repeated id gets "-2", "-3"… (a talk with several slots). */
void            lineup_source_unique_ids     (GPtrArray               *sessions);

/* A new schedule holding @sessions (taken) and @warnings (copied, may be
 * NULL), titled @title (or the display name), keyed by @key_hint (acronym
 * or title) or input->key, in @zone_id. */
LineupSchedule *lineup_source_schedule_new   (const LineupSourceInput *input,
                                              const gchar             *title,
                                              const gchar             *key_hint,
                                              const gchar             *zone_id,
                                              GPtrArray               *sessions,
                                              GPtrArray               *warnings);

G_END_DECLS
