/* test-window-fits.c — a free time of My Agenda lists the talks that fit in
 * it; a reminder before a starred talk shows it
 *
 * The built-in post, Monday in Chicago: starred 1Rj2m (CiliumCon,
 * 11:40 – 12:05) and 1Rj4B (CiliumCon, 13:30 – 13:55) leave 12:05 – 13:30
 * free, where 1Rj3S (CiliumCon, 12:15 – 12:40) fits and 1Rj31 (ArgoCon,
 * 12:10 – 12:15) fits with up to five minutes to change rooms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window-fits"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "lineup-application-private.h"
#include "lineup-window-private.h"
#include "lineup-test-clock.h"
#include "lineup-test-files.h"
#include "lineup-test-window.h"

#define CLICKHOUSE "1Rj2m"   /* 11:40 – 12:05, CiliumCon */
#define GRAF       "1Rj4B"   /* 13:30 – 13:55, CiliumCon */
#define LIGHTNING  "1Rj31"   /* 12:10 – 12:15, ArgoCon */
#define TETRAGON   "1Rj3S"   /* 12:15 – 12:40, CiliumCon */

/* The free-time button of @session's row in the list, if shown. */
static GtkWidget *
free_button_of (LineupWindow  *window,
                LineupSession *session)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (window, LINEUP_TYPE_SESSION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      LineupSessionRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) buttons = NULL;

      if (lineup_session_row_get_session (row) != session ||
          !gtk_widget_get_mapped (GTK_WIDGET (row)))
        continue;
      buttons = lineup_test_find_all (row, GTK_TYPE_BUTTON);
      for (guint j = 0; j < buttons->len; j++)
        {
          GtkWidget *button = g_ptr_array_index (buttons, j);

          if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)),
                         "win.show-fits") == 0)
            return gtk_widget_get_mapped (button) ? button : NULL;
        }
    }
  return NULL;
}

static gboolean
fits_shown (gpointer window)
{
  GtkWidget *dialog = lineup_window_get_fits_dialog (window);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
fits_gone (gpointer window)
{
  return lineup_window_get_fits_dialog (window) == NULL;
}

/* The ids of the talks the dialog lists, in order, " " after each. */
static gchar *
listed_ids (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (dialog, ADW_TYPE_ACTION_ROW);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      LineupSession *session = g_object_get_data (G_OBJECT (g_ptr_array_index (rows, i)),
                                                  "lineup-session");

      g_assert_nonnull (session);
      g_string_append_printf (text, "%s ", lineup_session_get_id (session));
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
row_of (GtkWidget   *dialog,
        const gchar *id)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (dialog, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      LineupSession *session = g_object_get_data (G_OBJECT (g_ptr_array_index (rows, i)),
                                                  "lineup-session");

      if (g_strcmp0 (lineup_session_get_id (session), id) == 0)
        return g_ptr_array_index (rows, i);
    }
  g_error ("the dialog does not list %s", id);
}

/* Clicks the free time before GRAF and waits for the list. */
static GtkWidget *
open_fits (LineupWindow   *window,
           LineupSchedule *schedule)
{
  GtkWidget *button = free_button_of (window, lineup_schedule_find (schedule, GRAF));

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  lineup_test_wait_until (fits_shown, window, "the list of the talks that fit");
  return lineup_window_get_fits_dialog (window);
}

static void
close_fits (LineupWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (lineup_window_get_fits_dialog (window)));
  lineup_test_wait_until (fits_gone, window, "the list of the talks that fit to close");
}

static LineupWindow *
show_two_starred (LineupAgenda   *agenda,
                  LineupSchedule *schedule)
{
  LineupWindow *window = lineup_test_show_window (agenda, schedule);

  lineup_agenda_set_starred (agenda, lineup_schedule_get_key (schedule),
                             lineup_schedule_find (schedule, CLICKHOUSE), TRUE);
  lineup_agenda_set_starred (agenda, lineup_schedule_get_key (schedule),
                             lineup_schedule_find (schedule, GRAF), TRUE);
  lineup_window_set_agenda_view (window, TRUE);
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (lineup_window_get_model (window)), ==, 2);
  return window;
}

/* The free time before GRAF lists what fits, best first; a talk picked in
 * the list is shown, out of My Agenda. */
static void
test_fits_listed_and_selected (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window;
  GtkWidget *dialog;
  g_autofree gchar *ids = NULL;
  LineupSession *lightning = lineup_schedule_find (schedule, LIGHTNING);

  g_settings_reset (settings, "room-change-minutes");
  window = show_two_starred (agenda, schedule);
  g_assert_null (free_button_of (window, lineup_schedule_find (schedule, CLICKHOUSE)));

  dialog = open_fits (window, schedule);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Talks That Fit 12:05 – 13:30");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Best fit first, with 5 minutes to change rooms.");
  ids = listed_ids (dialog);
  g_assert_cmpstr (ids, ==, TETRAGON " " LIGHTNING " ");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_of (dialog, LIGHTNING))),
                   ==, "12:10 – 12:15 · ArgoCon");

  /* Not starred: My Agenda gives way to the full list. */
  gtk_widget_activate (row_of (dialog, LIGHTNING));
  lineup_test_wait_until (fits_gone, window, "the list to close once a talk is picked");
  lineup_test_settle (window);
  g_assert_false (lineup_window_get_agenda_view (window));
  g_assert_true (gtk_single_selection_get_selected_item (lineup_window_get_selection (window)) ==
                 lightning);

  lineup_test_destroy_window (window);
}

/* More time to change rooms leaves out the talk in another track five
 * minutes after a starred one; none leaves it in. */
static void
test_fits_room_change (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = show_two_starred (agenda, schedule);
  GtkWidget *dialog;
  g_autofree gchar *ten = NULL;
  g_autofree gchar *none = NULL;
  g_autoptr(GVariant) state = NULL;

  /* The menu's radio items are the setting. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "room-change-minutes"));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "room-change-minutes",
                                      g_variant_new_uint32 (10));
  g_assert_cmpuint (g_settings_get_uint (settings, "room-change-minutes"), ==, 10);
  dialog = open_fits (window, schedule);
  ten = listed_ids (dialog);
  g_assert_cmpstr (ten, ==, TETRAGON " ");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Best fit first, with 10 minutes to change rooms.");
  close_fits (window);

  g_settings_set_uint (settings, "room-change-minutes", 0);
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "room-change-minutes");
  g_assert_cmpuint (g_variant_get_uint32 (state), ==, 0);
  dialog = open_fits (window, schedule);
  none = listed_ids (dialog);
  g_assert_cmpstr (none, ==, TETRAGON " " LIGHTNING " ");
  close_fits (window);

  g_settings_reset (settings, "room-change-minutes");
  lineup_test_destroy_window (window);
}

/* A free time nothing fits in says so. */
static void
test_fits_none (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = lineup_test_temp_agenda (&temp);
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = show_two_starred (agenda, schedule);
  GtkWidget *dialog;
  gint64 start, end;
  gboolean has_end;

  /* The three minutes after CLICKHOUSE. */
  g_assert_true (lineup_session_get_times_usec (lineup_schedule_find (schedule, CLICKHOUSE),
                                                &start, &end, &has_end));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-fits", "(xx)",
                              end, end + 3 * G_USEC_PER_SEC * 60);
  lineup_test_wait_until (fits_shown, window, "the list of the talks that fit");
  dialog = lineup_window_get_fits_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "No talk fits entirely in this free time.");
  g_assert_null (lineup_test_find_first (dialog, ADW_TYPE_ACTION_ROW));

  /* The window closes its dialog with it. */
  lineup_test_destroy_window (window);
}

/* Reminders: the application's, on a fake clock */

static void
capture_notification_cb (LineupApplication *app,
                         const gchar       *id,
                         const gchar       *title,
                         const gchar       *body,
                         const gchar       *action,
                         GVariant          *target,
                         gpointer           data)
{
  g_autofree gchar *target_text = g_variant_print (target, TRUE);

  g_string_append_printf (data, "%s|%s|%s|%s %s\n", id, title, body, action, target_text);
}

static LineupSession *
selected (LineupWindow *window)
{
  return gtk_single_selection_get_selected_item (lineup_window_get_selection (window));
}

/* Starred at 11:00, reminded at 11:30 (ten minutes before 11:40), once;
 * the notification shows the talk. */
static void
test_reminder_notification (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-reminders-XXXXXX", NULL);
  g_autofree gchar *state = g_build_filename (dir, "reminders.ini", NULL);
  g_autofree gchar *agenda_path = g_build_filename (g_get_user_data_dir (), "lineup",
                                                    "agenda.yaml", NULL);
  LineupTestClock fake;
  g_autoptr(GString) sent = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) target = NULL;
  LineupApplication *app;
  LineupWindow *window;
  LineupSchedule *schedule;
  LineupSession *talk;

  /* No stars left from an earlier run. */
  g_unlink (agenda_path);
  lineup_test_clock_init (&fake, lineup_test_usec_of ("2023-11-06T11:00:00-06:00"));
  g_settings_set_uint (settings, "reminder-minutes", 10);

  app = lineup_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  _lineup_application_set_reminder_clock (app, &fake.clock, state);
  _lineup_application_set_notification_hook (app, capture_notification_cb, sent);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lineup_reminders_get_lead_minutes (_lineup_application_get_reminders (app)),
                    ==, 10);
  g_application_activate (G_APPLICATION (app));
  window = LINEUP_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  lineup_test_settle (window);
  schedule = lineup_window_get_schedule (window);
  g_assert_nonnull (schedule);
  talk = lineup_schedule_find (schedule, CLICKHOUSE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)", CLICKHOUSE, TRUE);
  lineup_test_settle (window);
  lineup_test_clock_advance_to (&fake, lineup_test_usec_of ("2023-11-06T11:29:59-06:00"));
  g_assert_cmpstr (sent->str, ==, "");
  lineup_test_clock_advance_to (&fake, lineup_test_usec_of ("2023-11-06T11:30:00-06:00"));
  lineup_test_clock_advance_to (&fake, lineup_test_usec_of ("2023-11-06T11:35:00-06:00"));
  /* The built-in post alone: no source key.  No room: the title alone. */
  g_assert_null (lineup_session_get_source_key (talk));
  g_assert_cmpstr (sent->str, ==,
                   "lineup-reminder--" CLICKHOUSE "|Starts in 10 min|"
                   "Using Cilium CNI in ClickHouse Cloud|app.show-talk ('', '" CLICKHOUSE "')\n");

  /* The notification is clicked while another talk is shown. */
  lineup_window_select_session (window, lineup_schedule_find (schedule, GRAF));
  lineup_test_settle (window);
  g_assert_false (selected (window) == talk);
  target = g_variant_ref_sink (g_variant_new ("(ss)", "", CLICKHOUSE));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-talk", target);
  lineup_test_settle (window);
  g_assert_true (selected (window) == talk);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)", CLICKHOUSE, FALSE);
  lineup_test_destroy_window (window);
  g_settings_reset (settings, "reminder-minutes");
  /* Registered but never run, the application is not shut down: GTK keeps
   * a reference to it. */
  g_object_unref (app);
  lineup_test_clock_clear (&fake);
  g_unlink (state);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window-fits/listed-and-selected", test_fits_listed_and_selected);
  g_test_add_func ("/window-fits/room-change", test_fits_room_change);
  g_test_add_func ("/window-fits/none", test_fits_none);
  g_test_add_func ("/window-fits/reminder-notification", test_reminder_notification);

  return g_test_run ();
}
