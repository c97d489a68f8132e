/* lineup-agenda-private.h — what the files of the agenda share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LineupAgenda is one GObject in four files, each one concern:
 *
 *   lineup-agenda.c         the GObject: what this process starred, saving,
 *                           watching the file, moving stars to a new post key
 *   lineup-agenda-stars.c   the starred set: post key → id → entry
 *   lineup-agenda-codec.c   that set as the YAML of the agenda file, both ways
 *   lineup-agenda-file.c    the file itself: the lock, reading it, keeping an
 *                           unreadable one aside, the atomic durable write
 *   lineup-agenda-pick.c    setting a pick and its kind (going or maybe)
 *   lineup-agenda-follow.c  picks following their talks to a new id, and the
 *                           snapshot of a talk as an entry keeps it
 *
 * lineup-agenda-changes.c (what changed in the picks) uses this header too.
 *
 * Only those files and the tests include this header.
 */
#pragma once

#include <gio/gio.h>

#include "lineup-agenda.h"

G_BEGIN_DECLS

/* Entries ------------------------------------------------------------------ */

LineupAgendaEntry *lineup_agenda_entry_new  (const gchar             *id,
                                             const gchar             *title,
                                             const gchar             *start);
LineupAgendaEntry *lineup_agenda_entry_copy (const LineupAgendaEntry *entry);
/* The talk as it is now, as an entry keeps it (lineup-agenda-follow.c). */
LineupAgendaEntry *lineup_agenda_entry_new_for_session (LineupSession *session);
/* Whether every field @entry knows (title, start, end, room, track; a NULL
 * or empty one is unknown) is the same in @now. */
gboolean           lineup_agenda_entry_matches (const LineupAgendaEntry *entry,
                                                const LineupAgendaEntry *now);
/* Whether two ISO 8601 times of entries are the same instant (a floating
 * one reads as UTC); two unknown (NULL or "") ones are the same. */
gboolean           lineup_agenda_same_time     (const gchar             *a,
                                                const gchar             *b);

/* A change this process made and has not written yet. */
typedef struct
{
  gboolean           starred;
  LineupAgendaEntry *entry;   /* what to write when starred */
} LineupAgendaChange;

void lineup_agenda_change_free (LineupAgendaChange *change);

/* A post's stars that Lineup 0.1 saved under its old key (its file's name).
 * Several posts may share an old key (every Hugo "index.md"): each claims
 * only the ids of its own talks, and the rest stay for the others. */
typedef struct
{
  gchar      *old_key;
  GHashTable *ids;   /* set of the ids to move */
} LineupAgendaClaim;

void lineup_agenda_claim_free (LineupAgendaClaim *claim);

/* The starred set (lineup-agenda-stars.c) ---------------------------------- */

/* post key → GHashTable (id → LineupAgendaEntry) */
typedef GHashTable LineupStars;

LineupStars *lineup_stars_new            (void);
LineupStars *lineup_stars_copy           (LineupStars       *stars);
/* Takes @entry.  The entry owns the key. */
void         lineup_stars_add            (LineupStars       *stars,
                                          const gchar       *post_key,
                                          LineupAgendaEntry *entry);
void         lineup_stars_remove         (LineupStars       *stars,
                                          const gchar       *post_key,
                                          const gchar       *id);
/* Applies this process's changes (post key → id → LineupAgendaChange) on top
 * of @stars. */
void         lineup_stars_apply_pending  (LineupStars       *stars,
                                          GHashTable        *pending);
/* Moves the claimed stars (post key → LineupAgendaClaim) of each post that
 * has none under its own key yet. */
void         lineup_stars_apply_claims   (LineupStars       *stars,
                                          GHashTable        *claims);
/* Moves stars to the ids of the talks they follow: post key → GHashTable
 * (old id → new id).  A star whose new id is starred already stays. */
void         lineup_stars_apply_follows  (LineupStars       *stars,
                                          GHashTable        *follows);
/* Fills in the fields older entries lack from the talks as they are now
 * (post key → GHashTable (id → LineupAgendaEntry)), where the fields the
 * entry has match the talk. */
void         lineup_stars_apply_fills    (LineupStars       *stars,
                                          GHashTable        *fills);
/* The post keys, sorted (borrowed). */
GPtrArray   *lineup_stars_sorted_keys    (LineupStars       *stars);
/* The entries of one post, sorted by start then id (borrowed). */
GPtrArray   *lineup_stars_post_sorted_entries (GHashTable   *post);

/* Errors ------------------------------------------------------------------- */

/* Sets @error and returns FALSE, so a check can end with "return corrupt (…)". */
gboolean lineup_agenda_fail (GError            **error,
                             LineupAgendaError   code,
                             const gchar        *format,
                             ...) G_GNUC_PRINTF (3, 4);

/* A file that is not an agenda: the reason goes to @error, the line of the
 * fault (1-based; 0 when it is the file as a whole) to *@where. */
#define corrupt(error, where, at, ...) \
  (*(where) = (gulong) (at), lineup_agenda_fail (error, LINEUP_AGENDA_ERROR_CORRUPT, __VA_ARGS__))
#define io_error(error, ...) lineup_agenda_fail (error, LINEUP_AGENDA_ERROR_IO, __VA_ARGS__)

/* The YAML codec (lineup-agenda-codec.c) ----------------------------------- */

/* Reads the text of an agenda file.  Fails with LINEUP_AGENDA_ERROR_CORRUPT
 * (the reason only, its line in *@where) when it is not an agenda. */
gboolean lineup_agenda_codec_parse  (const gchar  *contents,
                                     gsize         length,
                                     LineupStars **out_stars,
                                     gulong       *where,
                                     GError      **error);
/* The text of the agenda file for @stars (LINEUP_AGENDA_ERROR_IO on failure). */
GString *lineup_agenda_codec_format (LineupStars  *stars,
                                     GError      **error);

/* The file (lineup-agenda-file.c) ------------------------------------------ */

/* Locking: every reader and writer of the file takes a flock on a lock file
 * beside it (never on the file itself, which is replaced by rename).  Returns
 * the lock's descriptor, or -1: with @required, the folder is created and a
 * failure is an error; without, the caller goes on unlocked. */
int      lineup_agenda_file_lock          (const gchar  *path,
                                           const gchar  *lock_path,
                                           gboolean      exclusive,
                                           gboolean      required,
                                           GError      **error);
/* A shared lock for a reader that must not create anything: -1 when no lock
 * file is there yet. */
int      lineup_agenda_file_lock_shared_if_there (const gchar *lock_path);
/* Releases a lock (-1 is no lock). */
void     lineup_agenda_file_unlock        (int           fd);

/* Reads @path; an unreadable one is left where it is, @out_stars NULL and a
 * CORRUPT error "PATH:LINE: reason". */
gboolean lineup_agenda_file_read_in_place (const gchar  *path,
                                           LineupStars **out_stars,
                                           GError      **error);
/* Reads @path; an unreadable one is moved aside (the caller holds the
 * exclusive lock), its new name given in @out_aside, and @out_stars is left
 * NULL with a CORRUPT error naming both files. */
gboolean lineup_agenda_file_read_or_move_aside (const gchar  *path,
                                                LineupStars **out_stars,
                                                gchar       **out_aside,
                                                GError      **error);
/* Replaces @path with @text, atomically and durably. */
gboolean lineup_agenda_file_write         (const gchar  *path,
                                           GString      *text,
                                           GError      **error);

/* Following talks (lineup-agenda-follow.c) ---------------------------------- */

/* The stars among @entries (LineupAgendaEntry of one post key) whose id is
 * not in @schedule, matched to a talk of @schedule that none of @entries
 * names: old id → LineupSession (borrowed).  See lineup_agenda_apply. */
GHashTable *lineup_agenda_follow_match (GPtrArray      *entries,
                                        LineupSchedule *schedule);

/* The agenda (lineup-agenda.c) ---------------------------------------------- */

/* Records a pending change of (@post_key, @id) as set_starred does, without
 * looking at what is starred now: @entry (taken) is what to keep, NULL
 * unstars.  Then lineup_agenda_commit emits "changed" and schedules the
 * save, once for the changes recorded before it. */
void     lineup_agenda_record           (LineupAgenda      *self,
                                         const gchar       *post_key,
                                         const gchar       *id,
                                         LineupAgendaEntry *entry);
void     lineup_agenda_commit           (LineupAgenda      *self);
/* The entry of (@post_key, @id) as this process sees it (pending changes
 * on top of the file), borrowed, or NULL when not picked. */
const LineupAgendaEntry *lineup_agenda_lookup (LineupAgenda *self,
                                               const gchar  *post_key,
                                               const gchar  *id);

/* For tests ---------------------------------------------------------------- */

/* Successful writes of the file by @self. */
guint    lineup_agenda_get_n_writes       (LineupAgenda *self);

G_END_DECLS
