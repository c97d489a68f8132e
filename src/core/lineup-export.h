/* lineup-export.h — the agenda as iCalendar (libical) or Markdown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lineup-schedule.h"

G_BEGIN_DECLS

#define LINEUP_EXPORT_ERROR (lineup_export_error_quark ())

typedef enum
{
  LINEUP_EXPORT_ERROR_FORMAT,      /* unknown file extension */
  LINEUP_EXPORT_ERROR_EMPTY,       /* nothing to export */
  LINEUP_EXPORT_ERROR_WRITE,
} LineupExportError;

GQuark lineup_export_error_quark (void);

typedef enum
{
  LINEUP_EXPORT_ICALENDAR,
  LINEUP_EXPORT_MARKDOWN,
} LineupExportFormat;

/* ".ics" → iCalendar, ".md"/".markdown" → Markdown, "-" → iCalendar; else an error. */
gboolean  lineup_export_format_for_path (const gchar        *path,
                                         LineupExportFormat *format,
                                         GError            **error);

/* @sessions: the talks to export (usually lineup_schedule_dup_starred()).
 * @stamp: DTSTAMP (NULL = now).  Untimed talks are skipped and counted in
 * @n_skipped. */
gchar    *lineup_export_icalendar       (LineupSchedule     *schedule,
                                         GPtrArray          *sessions,
                                         GDateTime          *stamp,
                                         guint              *n_exported,
                                         guint              *n_skipped);
gchar    *lineup_export_markdown        (LineupSchedule     *schedule,
                                         GPtrArray          *sessions,
                                         guint              *n_exported,
                                         guint              *n_skipped);

/* Writes atomically to @path ("-" = stdout, iCalendar). */
gboolean  lineup_export_write           (LineupSchedule     *schedule,
                                         GPtrArray          *sessions,
                                         const gchar        *path,
                                         guint              *n_exported,
                                         guint              *n_skipped,
                                         GError            **error);

G_END_DECLS
