/* lineup-application-private.h — what the application's files share, and
 * the hooks tests may use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lineup-application.h"

G_BEGIN_DECLS

/* Where a reminder goes instead of g_application_send_notification ()
 * (tests): its notification id, title and body, and the default action
 * with its target. */
typedef void (*LineupNotificationHook) (LineupApplication *self,
                                        const gchar       *id,
                                        const gchar       *title,
                                        const gchar       *body,
                                        const gchar       *action,
                                        GVariant          *target,
                                        gpointer           data);

struct _LineupApplication
{
  AdwApplication  parent_instance;

  LineupAgenda         *agenda;
  LineupZonePreference *zone_preference;  /* shared by the windows */

  /* lineup-application-reminders.c: one for every window, made at
   * startup; the clock and state file it is made with (NULL: the real
   * ones), and where the notifications go (NULL: the desktop). */
  LineupReminders        *reminders;
  GSettings              *settings;
  LineupClock            *clock;
  gchar                  *reminders_path;
  LineupNotificationHook  notification_hook;
  gpointer                notification_data;
};

/* lineup-application-reminders.c */
void _lineup_application_init_reminders (LineupApplication *self);
void _lineup_application_watch_window (LineupApplication *self,
                                       GtkWindow         *window);
void _lineup_application_dispose_reminders (LineupApplication *self);

/* For tests, before the application starts: the clock and the state file
 * of the reminders (the clock must outlive the application). */
void _lineup_application_set_reminder_clock (LineupApplication *self,
                                             LineupClock       *clock,
                                             const gchar       *state_path);
/* For tests: the notifications go to @hook instead of the desktop. */
void _lineup_application_set_notification_hook (LineupApplication      *self,
                                                LineupNotificationHook  hook,
                                                gpointer                data);
LineupReminders *_lineup_application_get_reminders (LineupApplication *self);

G_END_DECLS
