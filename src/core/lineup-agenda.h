/* lineup-agenda.h — the starred talks, kept in $XDG_DATA_HOME/lineup/agenda.yaml
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file (written with libyaml's emitter; posts sorted by key, talks by
 * start then id; "start", "end", "room" and "track" left out when unknown):
 *
 *   version: 1
 *   posts:
 *     cilium-kubecon-na-2023.md:
 *     - id: 1Rj0z
 *       title: "Tetragon…"
 *       start: 2023-11-06T12:15:00-06:00
 *       end: 2023-11-06T12:40:00-06:00
 *       room: "Room W375"
 *       track: "CiliumCon NA 2023"
 *       pick: maybe
 *
 * "pick: maybe" marks a backup pick; an entry without "pick" is going (the
 * star), as every entry of files written before picks had kinds.  The
 * version stays 1: an older Lineup ignores the key and so takes maybe
 * picks for going ones (and drops the key when it saves).
 *
 * An entry is the talk as it was last seen (when starred, or when a change
 * was acknowledged: see lineup-agenda-changes.h).  Entries older versions
 * wrote have no end, room or track: a field left out is "unknown" and never
 * compared; the next save fills such fields in from the talk as it is now,
 * when the fields the entry has still match it.
 *
 * An empty agenda is "version: 1\nposts: {}".  Unknown keys in an entry are
 * ignored; any other version, invalid YAML, text that is not UTF-8 or a
 * folder in the file's place makes the file unreadable (see _load).  A star
 * whose talk left the post stays in the file.
 *
 * Concurrency: every write takes an exclusive flock on "<file>.lock" beside
 * the file, re-reads the file, applies this process's pending changes
 * (stars and unstars) on top and replaces the file atomically and durably,
 * so two processes never lose each other's stars.  Readers take a shared
 * lock when they can.
 *
 * Saving: set_starred records a pending change and, unless the delay is 0,
 * schedules one save after autosave_delay ms on the thread-default main
 * context (counted from the first pending change).  Without a running main
 * loop (the CLI) call lineup_agenda_flush ().  A failed save keeps the
 * changes pending; the next save (a later change, flush, or disposing the
 * object) tries again.
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

/* One starred talk as the file keeps it: the talk as last seen. */
typedef struct
{
  gchar *id;
  gchar *title;
  gchar *start;   /* ISO 8601 as in --list --json, or NULL (unknown) */
  gchar *end;     /* the same, or NULL (unknown) */
  gchar *room;    /* or NULL (unknown) */
  gchar *track;   /* or NULL (unknown) */
  gboolean maybe; /* a maybe pick ("pick: maybe"); FALSE: going */
} LineupAgendaEntry;

void lineup_agenda_entry_free (LineupAgendaEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LineupAgendaEntry, lineup_agenda_entry_free)

#define LINEUP_TYPE_AGENDA (lineup_agenda_get_type ())

G_DECLARE_FINAL_TYPE (LineupAgenda, lineup_agenda, LINEUP, AGENDA, GObject)

/* @path: the agenda file, or NULL for $XDG_DATA_HOME/lineup/agenda.yaml. */
LineupAgenda *lineup_agenda_new            (const gchar    *path);
const gchar  *lineup_agenda_get_path       (LineupAgenda   *self);

/* Reads the file.  A missing file is an empty agenda.  An unreadable one is
 * moved aside to "agenda.yaml.broken-<time>" (see "recovered-file"), the
 * agenda starts empty, and FALSE is returned with
 * LINEUP_AGENDA_ERROR_CORRUPT naming both files and the line at fault: the
 * agenda is usable all the same.  For a process that will write stars. */
gboolean      lineup_agenda_load           (LineupAgenda   *self,
                                            GError        **error);
/* Reads the file as _load does, but never moves, creates or writes anything
 * (not even the lock file: it takes a shared lock only when that file is
 * there): for a process that only shows stars.  An unreadable file
 * gives FALSE with LINEUP_AGENDA_ERROR_CORRUPT "PATH:LINE: reason" (the
 * line of the fault: bad bytes, YAML syntax, a wrong entry) and the agenda
 * starts empty; the file stays in its place until a save keeps it aside. */
gboolean      lineup_agenda_load_read_only (LineupAgenda   *self,
                                            GError        **error);
/* Where the last unreadable agenda file was kept ("agenda.yaml.broken-<time>")
 * by _load or a save of this object, or NULL when none was.  The
 * "recovered-file" property (GFile, read-only) notifies when it is set:
 * the stars the old file held are not in the agenda, and the user may want
 * to look at it. */
GFile        *lineup_agenda_get_recovered_file (LineupAgenda *self);

/* Whether the talk is picked, going or maybe (see _get_pick). */
gboolean      lineup_agenda_is_starred     (LineupAgenda   *self,
                                            const gchar    *post_key,
                                            const gchar    *id);
/* Records the change in memory (and sets @session's starred flag) and
 * schedules a coalesced save (or saves at once when the delay is 0: see
 * set_autosave_delay).  Entries keep the session's id, title, start, end,
 * room and track (what lineup_agenda_dup_changes compares with). */
void          lineup_agenda_set_starred    (LineupAgenda   *self,
                                            const gchar    *post_key,
                                            LineupSession  *session,
                                            gboolean        starred);
/* The kind of pick of (@post_key, @id): LINEUP_PICK_NONE when not in the
 * agenda.  is_starred is TRUE for either kind of pick. */
LineupPick    lineup_agenda_get_pick       (LineupAgenda   *self,
                                            const gchar    *post_key,
                                            const gchar    *id);
/* set_starred with the kind: GOING or MAYBE keep the talk (with its kind),
 * NONE removes it.  Sets @session's starred and maybe flags.  set_starred
 * (TRUE) is GOING, (FALSE) NONE. */
void          lineup_agenda_set_pick       (LineupAgenda   *self,
                                            const gchar    *post_key,
                                            LineupSession  *session,
                                            LineupPick      pick);
/* Entries of a post (new array of LineupAgendaEntry), sorted by start. */
GPtrArray    *lineup_agenda_dup_entries    (LineupAgenda   *self,
                                            const gchar    *post_key);

/* Writes the pending changes now: locks the file, re-reads it, applies this
 * process's changes on top, writes atomically and durably.  IO failures give
 * LINEUP_AGENDA_ERROR_IO and keep the changes pending.  If the file on disk
 * has become unreadable it is kept aside as in _load, the agenda as this
 * process knew it is written, and FALSE is returned with
 * LINEUP_AGENDA_ERROR_CORRUPT (the stars are saved all the same). */
gboolean      lineup_agenda_save           (LineupAgenda   *self,
                                            GError        **error);
/* Saves if a change is pending. */
gboolean      lineup_agenda_flush          (LineupAgenda   *self,
                                            GError        **error);
gboolean      lineup_agenda_has_pending    (LineupAgenda   *self);
/* Delay before a coalesced save, in ms (default 500; 0 saves at once). */
void          lineup_agenda_set_autosave_delay (LineupAgenda *self,
                                                guint         delay_ms);
/* Watches the file and merges changes made by other processes ("changed").
 * An unreadable file is not merged (nor moved: the next load/save does). */
void          lineup_agenda_watch          (LineupAgenda   *self);

/* Sets each session's starred (going) and maybe flags from the agenda and
 * recomputes conflicts (among going talks only).
 *
 * Picks follow their talks: a star whose id is not in @schedule any more
 * (a talk without a link has a hash of its title and start for an id) is
 * matched to the one talk of @schedule nobody starred with the same folded
 * title (it moved), else to the one with the same start, end and room (it
 * was renamed; only for an entry that knows its end: an older one matches
 * by title alone); none or several: no match.  The star then counts as that
 * talk's (is_starred, dup_entries, the starred flag) and moves to its id in
 * the file with the next save, keeping what it last saw, so that the change
 * is reported until acknowledged.  Only within @schedule's key.
 *
 * When the schedule has an old key (lineup_schedule_get_old_key) and the
 * agenda nothing under its key, the stars the old key holds for talks of
 * this schedule count as the schedule's from now on (is_starred,
 * dup_entries) and move to its key in the file with the next save; others
 * under the old key stay for the posts they belong to.  Nothing is written
 * for that alone, and "changed" is not emitted. */
void          lineup_agenda_apply          (LineupAgenda   *self,
                                            LineupSchedule *schedule);

/* Signals: "changed" () — the starred set changed (load, merge, set);
 *          "save-failed" (GError*) — a deferred save failed; stars stay in memory. */

G_END_DECLS
