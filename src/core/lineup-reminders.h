/* lineup-reminders.h — "Starts in 10 min": a reminder before each going talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While Lineup runs, the talks the user goes to (set_sessions) are each
 * reminded of once, "lead-minutes" before they start: the "remind" signal
 * gives the text of the notification; the window shows it (GNotification)
 * and shows the talk when it is activated.  No GTK here.
 *
 * Times are absolute instants (microseconds since the epoch), never wall
 * clock times: a talk at 01:30 CST on the night the clocks fall back
 * (01:30 happens twice in America/Chicago) is reminded at 01:20 CST, not an
 * hour early at 01:20 CDT.  A floating time (a source that names no zone)
 * is read in this computer's zone.
 *
 * When: at start − lead.  A talk already inside that window when it is
 * given (Lineup started, or the talk starred, 3 minutes before its start)
 * is reminded at once ("Starts in 3 min"); a talk that has started is never
 * reminded.  One timer only, for the next reminder due; when the clock is
 * late (a suspended laptop wakes up past several), each reminder still due
 * is sent once, in start order.  The signal is emitted from that timer,
 * never from inside a call to this object.
 *
 * Once: the reminders sent are kept in a key file (the talk's source key
 * and id and its start instant; written atomically, entries for talks that
 * started over a day ago dropped), so that Lineup started again does not
 * send them again.  A talk that moved (a new start) is reminded again.
 *
 *   [reminder 1]
 *   source=cilium-kubecon-na-2023.md
 *   id=1Rj0z
 *   start=2023-11-06T18:15:00Z
 *
 * The file is only written by this object (one per application); an
 * unreadable one counts as empty and is replaced by the next write.
 */
#pragma once

#include <glib-object.h>

#include "lineup-session.h"

G_BEGIN_DECLS

/* The clock: "now" as microseconds since the epoch (UTC), and one-shot
 * wake-ups.  lineup_clock_get_real() uses g_get_real_time () and timeouts
 * on the thread-default main context of the caller; tests give a fake one
 * they advance by hand (embed LineupClock as the first member of their own
 * struct).  A clock must outlive the objects that use it. */
typedef struct _LineupClock LineupClock;

struct _LineupClock
{
  gint64 (*now_usec)       (LineupClock *clock);
  /* Calls @func (@data) once, @delay_ms from now (0: as soon as the main
   * loop runs; the clock may be late, never early by its own now_usec: the
   * caller checks the time again).  @func returns G_SOURCE_REMOVE.
   * Returns an id (never 0) for remove_timeout. */
  guint  (*add_timeout)    (LineupClock *clock,
                            guint        delay_ms,
                            GSourceFunc  func,
                            gpointer     data);
  /* Cancels a timeout that has not fired yet. */
  void   (*remove_timeout) (LineupClock *clock,
                            guint        id);
};

/* The clock of the machine (a static object, never freed). */
LineupClock *lineup_clock_get_real (void);

#define LINEUP_TYPE_REMINDERS (lineup_reminders_get_type ())

G_DECLARE_FINAL_TYPE (LineupReminders, lineup_reminders, LINEUP, REMINDERS, GObject)

/* @clock: NULL for lineup_clock_get_real ().  @state_path: the file of the
 * reminders sent, NULL for $XDG_DATA_HOME/lineup/reminders.ini.  Reads the
 * file now.  Reminders are off (lead 0) until set_lead_minutes. */
LineupReminders *lineup_reminders_new              (LineupClock     *clock,
                                                    const gchar     *state_path);
const gchar     *lineup_reminders_get_state_path   (LineupReminders *self);

/* Minutes before a talk's start to remind of it (the "lead-minutes"
 * property, for g_settings_bind; 5, 10 or 15 in the preferences, at most
 * 1440, a day); 0 turns reminders off.  Re-arms the timer. */
guint            lineup_reminders_get_lead_minutes (LineupReminders *self);
void             lineup_reminders_set_lead_minutes (LineupReminders *self,
                                                    guint            minutes);

/* The talks to remind of (LineupSession; any order, untimed ones ignored,
 * NULL for none), in place of those given before: a talk left out is not
 * reminded of.  Their start is read now: give them again when they change.
 * Re-arms the timer. */
void             lineup_reminders_set_sessions     (LineupReminders *self,
                                                    GPtrArray       *sessions);

/* The notification id of @session's reminder, the same across runs (a
 * later reminder of the talk replaces an earlier one):
 * "lineup-reminder-<source key, or empty>-<id>". */
gchar           *lineup_reminders_dup_notification_id (LineupSession *session);

/* Signal "remind" (LineupSession *session, const gchar *title,
 * const gchar *body): the notification's title ("Starts in 10 min", the
 * whole minutes left, rounded up) and body ("Title · Room", or "Title" when
 * the room is unknown).  Once per talk and start. */

G_END_DECLS
