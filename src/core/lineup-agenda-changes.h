/* lineup-agenda-changes.h — what changed in the picks since they were starred
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schedules change until the last day.  Every agenda entry keeps the talk as
 * it was last seen (title, start, end, room, track: see lineup-agenda.h), so
 * a change is the difference between that snapshot and the talk as the
 * source has it now.  It lasts, across restarts and in the command line
 * alike, until the user acknowledges it.  A field the entry does not know
 * (an entry an older Lineup wrote) is never compared.
 */
#pragma once

#include "lineup-agenda.h"

G_BEGIN_DECLS

typedef enum
{
  LINEUP_PICK_MOVED   = 1 << 0,   /* start or end differ */
  LINEUP_PICK_RENAMED = 1 << 1,
  LINEUP_PICK_ROOM    = 1 << 2,
  LINEUP_PICK_TRACK   = 1 << 3,
  LINEUP_PICK_GONE    = 1 << 4,   /* no longer in the source */
} LineupPickChangeFlags;

typedef struct
{
  gchar                 *key;           /* source (post) key */
  gchar                 *id;            /* the pick's id now (after following a talk
                                           to a new id: see lineup_agenda_apply) */
  LineupPickChangeFlags  flags;
  LineupAgendaEntry     *before;        /* the snapshot (copy) */
  LineupSession         *session;       /* the talk now (ref), NULL when GONE */
  GPtrArray             *new_conflicts; /* LineupSession* (ref'd): going talks it
                                           overlaps now but did not overlap at its
                                           old time; only for MOVED, else empty */
} LineupPickChange;

void       lineup_pick_change_free      (LineupPickChange *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LineupPickChange, lineup_pick_change_free)

/* Changes of @source's picks (agenda entries under lineup_schedule_get_key
 * (@source)) against @source as read now, in time order (the talk's time
 * now; a GONE one at its old time).  Picks whose id left @source follow
 * their talk as lineup_agenda_apply says, whether or not it was called.
 * @shown: the schedule in which conflicts were computed
 * (lineup_session_get_conflicts ids are looked up with lineup_schedule_find
 * in it; apply the agenda to it first); may be @source.  New array of
 * LineupPickChange. */
GPtrArray *lineup_agenda_dup_changes    (LineupAgenda     *self,
                                         LineupSchedule   *source,
                                         LineupSchedule   *shown);

/* One line for people, translated: "Moved from Mon, Nov 6 · 12:15 to
 * 12:50", "Renamed from “Old”", "Room changed from A to B", "Track changed
 * from A to B", "No longer in the schedule", "Now clashes with “Title”";
 * several joined with ". ".  Times in the zone of the talk now, on the
 * clock the app uses (lineup-time-format.h). */
gchar     *lineup_pick_change_describe  (LineupPickChange *change);

/* The user has seen it: the snapshot becomes the talk as it is now (and a
 * GONE pick is removed from the agenda).  Saved like set_starred (a pending
 * change, merged with other processes' writes, coalesced save); emits
 * "changed". */
void       lineup_agenda_acknowledge    (LineupAgenda     *self,
                                         LineupPickChange *change);

G_END_DECLS
