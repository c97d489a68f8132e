/* lineup-application-reminders.c — "Starts in 10 min": a notification
 * before each starred talk while Lineup runs
 *
 * The application owns one LineupReminders (the core decides when), fed
 * with the starred talks of the window shown: again whenever the stars
 * change (the agenda's "changed", after the window has applied them), the
 * window shows another schedule, or another window becomes the active one.
 * The lead is the "reminder-minutes" preference.  A reminder is a
 * GNotification whose default action, app.show-talk, shows the talk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-application"

#include "config.h"


#include "lineup-application-private.h"
#include "lineup-window.h"

static LineupWindow *
get_shown_window (LineupApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       window == NULL && l != NULL; l = l->next)
    window = l->data;
  return window != NULL && LINEUP_IS_WINDOW (window) ? LINEUP_WINDOW (window) : NULL;
}

static void
update_reminder_sessions (LineupApplication *self)
{
  LineupWindow *window = get_shown_window (self);
  LineupSchedule *schedule = window != NULL ? lineup_window_get_schedule (window) : NULL;
  g_autoptr(GPtrArray) starred = schedule != NULL ? lineup_schedule_dup_starred (schedule) : NULL;

  if (self->reminders != NULL)
    lineup_reminders_set_sessions (self->reminders, starred);
}

static void
on_remind_cb (LineupApplication *self,
              LineupSession     *session,
              const gchar       *title,
              const gchar       *body,
              LineupReminders   *reminders)
{
  g_autofree gchar *id = lineup_reminders_dup_notification_id (session);
  const gchar *key = lineup_session_get_source_key (session);
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GNotification) notification = NULL;

  target = g_variant_ref_sink (g_variant_new ("(ss)", key != NULL ? key : "",
                                              lineup_session_get_id (session)));
  if (self->notification_hook != NULL)
    {
      self->notification_hook (self, id, title, body, "app.show-talk", target,
                               self->notification_data);
      return;
    }

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target_value (notification, "app.show-talk", target);
  g_application_send_notification (G_APPLICATION (self), id, notification);
}

/* The talk with @id, of the source @key ("" for any). */
static LineupSession *
find_talk (LineupSchedule *schedule,
           const gchar    *key,
           const gchar    *id)
{
  guint n = lineup_schedule_get_n_sessions (schedule);

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      const gchar *source_key = lineup_session_get_source_key (session);

      if (g_strcmp0 (lineup_session_get_id (session), id) != 0)
        continue;
      if (*key == '\0' || g_strcmp0 (source_key, key) == 0 ||
          (source_key == NULL && g_strcmp0 (lineup_schedule_get_key (schedule), key) == 0))
        return session;
    }
  return NULL;
}

/* app.show-talk "(ss)": a reminder was clicked.  The window comes up and
 * selects the talk (if it still shows it). */
static void
show_talk_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LineupApplication *self = user_data;
  const gchar *key = NULL;
  const gchar *id = NULL;
  LineupWindow *window;
  LineupSchedule *schedule;
  LineupSession *session;

  g_variant_get (parameter, "(&s&s)", &key, &id);
  window = get_shown_window (self);
  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      window = get_shown_window (self);
      if (window == NULL)
        return;
    }
  gtk_window_present (GTK_WINDOW (window));

  schedule = lineup_window_get_schedule (window);
  session = schedule != NULL ? find_talk (schedule, key, id) : NULL;
  if (session != NULL)
    lineup_window_select_session (window, session);
}

static void
on_window_added_cb (LineupApplication *self,
                    GtkWindow         *window)
{
  if (!LINEUP_IS_WINDOW (window))
    return;
  g_signal_connect_object (window, "notify::schedule", G_CALLBACK (update_reminder_sessions),
                           self, G_CONNECT_SWAPPED);
  update_reminder_sessions (self);
}

static const GActionEntry reminder_actions[] = {
  { "show-talk", show_talk_action, "(ss)", NULL, NULL },
};

/* At startup. */
void
_lineup_application_init_reminders (LineupApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), reminder_actions,
                                   G_N_ELEMENTS (reminder_actions), self);

  self->reminders = lineup_reminders_new (self->clock, self->reminders_path);
  g_signal_connect_object (self->reminders, "remind", G_CALLBACK (on_remind_cb), self,
                           G_CONNECT_SWAPPED);
  self->settings = lineup_settings_try_new (APP_ID);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "reminder-minutes", self->reminders, "lead-minutes",
                     G_SETTINGS_BIND_GET);
  else
    lineup_reminders_set_lead_minutes (self->reminders, 10);

  g_signal_connect_object (self, "window-added", G_CALLBACK (on_window_added_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "window-removed", G_CALLBACK (update_reminder_sessions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::active-window", G_CALLBACK (update_reminder_sessions),
                           self, G_CONNECT_SWAPPED);
  /* After the windows' own handlers: they apply the stars to the talks. */
  g_signal_connect_object (lineup_application_get_agenda (self), "changed",
                           G_CALLBACK (update_reminder_sessions), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

void
_lineup_application_dispose_reminders (LineupApplication *self)
{
  if (self->settings != NULL && self->reminders != NULL)
    g_settings_unbind (self->reminders, "lead-minutes");
  g_clear_object (&self->reminders);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->reminders_path, g_free);
}

void
_lineup_application_set_reminder_clock (LineupApplication *self,
                                        LineupClock       *clock,
                                        const gchar       *state_path)
{
  g_return_if_fail (LINEUP_IS_APPLICATION (self));
  g_return_if_fail (self->reminders == NULL);

  self->clock = clock;
  g_free (self->reminders_path);
  self->reminders_path = g_strdup (state_path);
}

void
_lineup_application_set_notification_hook (LineupApplication      *self,
                                           LineupNotificationHook  hook,
                                           gpointer                data)
{
  g_return_if_fail (LINEUP_IS_APPLICATION (self));

  self->notification_hook = hook;
  self->notification_data = data;
}

LineupReminders *
_lineup_application_get_reminders (LineupApplication *self)
{
  g_return_val_if_fail (LINEUP_IS_APPLICATION (self), NULL);

  return self->reminders;
}
