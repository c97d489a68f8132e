/* lineup-agenda.h — the starred talks, kept in $XDG_DATA_HOME/lineup/agenda.yaml
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lineup-schedule.h"

G_BEGIN_DECLS

#define LINEUP_AGENDA_ERROR (lineup_agenda_error_quark ())

typedef enum
{
  LINEUP_AGENDA_ERROR_CORRUPT,   /* unreadable file: kept aside, fresh agenda started */
  LINEUP_AGENDA_ERROR_IO,        /* cannot read or write (read-only folder, full disk…) */
} LineupAgendaError;

GQuark lineup_agenda_error_quark (void);

/* One starred talk as the file keeps it. */
typedef struct
{
  gchar *id;
  gchar *title;
  gchar *start;   /* ISO 8601 as in --list --json, or NULL */
} LineupAgendaEntry;

void lineup_agenda_entry_free (LineupAgendaEntry *entry);

#define LINEUP_TYPE_AGENDA (lineup_agenda_get_type ())

G_DECLARE_FINAL_TYPE (LineupAgenda, lineup_agenda, LINEUP, AGENDA, GObject)

/* @path: the agenda file, or NULL for $XDG_DATA_HOME/lineup/agenda.yaml. */
LineupAgenda *lineup_agenda_new            (const gchar    *path);
const gchar  *lineup_agenda_get_path       (LineupAgenda   *self);

/* Reads the file.  A missing file is an empty agenda.  An unreadable one is
 * moved aside to "agenda.yaml.broken-<time>", the agenda starts empty, and
 * FALSE is returned with LINEUP_AGENDA_ERROR_CORRUPT naming both files: the
 * agenda is usable all the same. */
gboolean      lineup_agenda_load           (LineupAgenda   *self,
                                            GError        **error);

gboolean      lineup_agenda_is_starred     (LineupAgenda   *self,
                                            const gchar    *post_key,
                                            const gchar    *id);
/* Records the change in memory and schedules a coalesced save (or saves at
 * once when @self has no main loop to defer to: see set_autosave_delay). */
void          lineup_agenda_set_starred    (LineupAgenda   *self,
                                            const gchar    *post_key,
                                            LineupSession  *session,
                                            gboolean        starred);
/* Entries of a post (new array of LineupAgendaEntry), sorted by start. */
GPtrArray    *lineup_agenda_dup_entries    (LineupAgenda   *self,
                                            const gchar    *post_key);

/* Writes the pending changes now: locks the file, re-reads it, applies this
 * process's changes on top, writes atomically and durably. */
gboolean      lineup_agenda_save           (LineupAgenda   *self,
                                            GError        **error);
/* Saves if a change is pending. */
gboolean      lineup_agenda_flush          (LineupAgenda   *self,
                                            GError        **error);
gboolean      lineup_agenda_has_pending    (LineupAgenda   *self);
/* Delay before a coalesced save, in ms (default 500; 0 saves at once). */
void          lineup_agenda_set_autosave_delay (LineupAgenda *self,
                                                guint         delay_ms);
/* Watches the file and merges changes made by other processes ("changed"). */
void          lineup_agenda_watch          (LineupAgenda   *self);

/* Sets each session's starred flag from the agenda and recomputes conflicts. */
void          lineup_agenda_apply          (LineupAgenda   *self,
                                            LineupSchedule *schedule);

/* Signals: "changed" () — the starred set changed (load, merge, set);
 *          "save-failed" (GError*) — a deferred save failed; stars stay in memory. */

G_END_DECLS
