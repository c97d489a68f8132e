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

/* A file name for the agenda of @schedule, as an export dialog suggests it:
 * "Cilium Talks at KubeCon NA 2023 Agenda.ics" (@format's extension; the
 * title's slashes, colons and control characters made dashes, at most 120
 * characters before the extension; "Agenda.ics" without a title). */
gchar    *lineup_export_suggest_name    (LineupSchedule     *schedule,
                                         LineupExportFormat  format);
/* @name as chosen in a save dialog, with @format's extension added unless
 * it already names a format (in any case: "agenda.ICS" stays as it is). */
gchar    *lineup_export_ensure_extension (const gchar       *name,
                                          LineupExportFormat format);

/* @sessions: the talks to export (usually lineup_schedule_dup_starred()).
 * @stamp: DTSTAMP (NULL = now).  Untimed talks are skipped and counted in
 * @n_skipped.  LOCATION is the room (none when unknown), CATEGORIES the
 * track.  A talk that gives only its start lasts 30 minutes, and its
 * DESCRIPTION says so. */
gchar    *lineup_export_icalendar       (LineupSchedule     *schedule,
                                         GPtrArray          *sessions,
                                         GDateTime          *stamp,
                                         guint              *n_exported,
                                         guint              *n_skipped);
/* A day heading per day, a line per talk with its time as the window shows
 * it ("9:15 – 9:40 AM CST" with @twelve_hour, "09:15 – 09:40 CST" without;
 * see lineup-time-format.h) in the event zone, named under the title.  A
 * talk that gives only its start lasts 30 minutes, and its line says so. */
gchar    *lineup_export_markdown        (LineupSchedule     *schedule,
                                         GPtrArray          *sessions,
                                         gboolean            twelve_hour,
                                         guint              *n_exported,
                                         guint              *n_skipped);

/* Writes atomically to @path ("-" = stdout, iCalendar); Markdown with the
 * locale's clock (lineup_locale_uses_12h_clock(), as the app). */
gboolean  lineup_export_write           (LineupSchedule     *schedule,
                                         GPtrArray          *sessions,
                                         const gchar        *path,
                                         guint              *n_exported,
                                         guint              *n_skipped,
                                         GError            **error);
/* The same with the clock of the Markdown chosen. */
gboolean  lineup_export_write_full      (LineupSchedule     *schedule,
                                         GPtrArray          *sessions,
                                         const gchar        *path,
                                         gboolean            twelve_hour,
                                         guint              *n_exported,
                                         guint              *n_skipped,
                                         GError            **error);

G_END_DECLS
