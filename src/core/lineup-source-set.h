/* lineup-source-set.h — several sources shown as one schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An attendee follows a conference post, another post and the official
 * schedule of the same week.  Each source is read on its own (its own key,
 * its own stars); lineup_source_set_merge() shows them as one list.  The same
 * talk listed by two *different* sources (the same Sched event code, or the
 * same title and start in the same room, when both name one) is shown once:
 * the first source's entry, with the others as its twins.  Entries within
 * one source are never merged (Sched lists "Badge Pick-Up" at two entrances
 * at the same time).
 */
#pragma once

#include "lineup-schedule.h"

G_BEGIN_DECLS

/* @schedules: LineupSchedule, in the order the user added them.  Sets each
 * talk's source (lineup_session_set_source: the schedule's key and title)
 * and twins.  With one schedule, returns it (a new reference); with several,
 * a new schedule holding their talks (shared, not copied), titled after them,
 * in the zone of the first, with every schedule's warnings. */
LineupSchedule *lineup_source_set_merge      (GPtrArray     *schedules);

/* TRUE when @a and @b, from different sources, are the same talk. */
gboolean        lineup_source_set_same_talk  (LineupSession *a,
                                              LineupSession *b);

/* Sets the stars of @session and of its twins (each under its own source's
 * key), so that removing one source keeps the pick in the others. */
struct _LineupAgenda;
void            lineup_source_set_star       (struct _LineupAgenda *agenda,
                                              LineupSession        *session,
                                              gboolean              starred);

/* lineup_source_set_star with the kind of pick (see lineup_agenda_set_pick). */
void            lineup_source_set_pick       (struct _LineupAgenda *agenda,
                                              LineupSession        *session,
                                              LineupPick            pick);

/* After lineup_agenda_apply() on each source: a talk shown for several
 * sources is starred (going) when any of them has it going, else maybe
 * when any has it maybe. */
void            lineup_source_set_sync_stars (LineupSchedule *merged);

/* Applies the agenda to each of @schedules (its stars under its own key),
 * then the stars of twins and the conflicts among all of @merged (their
 * merge, see _merge).  With one schedule, the same as lineup_agenda_apply. */
void            lineup_source_set_apply_agenda (struct _LineupAgenda *agenda,
                                                GPtrArray            *schedules,
                                                LineupSchedule       *merged);

G_END_DECLS
