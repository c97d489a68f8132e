/* lineup-window-fits.c — what fits in a free time of My Agenda: a dialog
 * that lists the talks that fit entirely in it, best fit first
 *
 * A row's free time is a button (win.show-fits, the window's start and end
 * in microseconds).  The list is lineup_plan_fits() over every talk of the
 * schedule, the starred ones being the plan, with the "room-change-minutes"
 * preference; a talk picked in it is shown as any talk is
 * (lineup_window_select_session, which leaves My Agenda when it must).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

guint
_lineup_window_get_room_change_minutes (LineupWindow *self)
{
  if (self->settings == NULL)
    return LINEUP_PLAN_ROOM_CHANGE_MINUTES;
  return g_settings_get_uint (self->settings, "room-change-minutes");
}

/* @usec in the zone of the talks around it: the talk that starts when the
 * free time ends (the row's), else any timed talk of the schedule. */
static GDateTime *
dup_local_time (LineupWindow *self,
                gint64        usec,
                gint64        end_usec)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  guint n = lineup_schedule_get_n_sessions (self->schedule);
  GDateTime *zone_of = NULL;

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (self->schedule, i);
      gint64 start, end;
      gboolean has_end;

      if (!lineup_session_get_times_usec (session, &start, &end, &has_end))
        continue;
      if (zone_of == NULL || start == end_usec)
        zone_of = lineup_session_get_start (session);
      if (start == end_usec)
        break;
    }
  if (utc == NULL || zone_of == NULL)
    return utc != NULL ? g_date_time_to_local (utc) : NULL;
  return g_date_time_to_timezone (utc, g_date_time_get_timezone (zone_of));
}

/* "Talks That Fit 12:40 – 1:30 PM" */
static gchar *
format_heading (LineupWindow *self,
                gint64        start_usec,
                gint64        end_usec)
{
  g_autoptr(GDateTime) start = dup_local_time (self, start_usec, end_usec);
  g_autoptr(GDateTime) end = dup_local_time (self, end_usec, end_usec);
  g_autofree gchar *range = NULL;

  if (start == NULL || end == NULL)
    return g_strdup (_("Talks That Fit"));
  range = lineup_format_time_range (start, end, lineup_locale_uses_12h_clock ());
  /* Translators: the heading of the list of talks that fit in a free time;
   * %s is the free time, "12:05 – 1:30 PM" */
  return g_strdup_printf (_("Talks That Fit %s"), range);
}

/* "12:10 – 12:15 PM · Room · Track": what is known. */
static gchar *
format_subtitle (LineupSession *session)
{
  g_autofree gchar *range = lineup_format_time_range (lineup_session_get_start (session),
                                                      lineup_session_get_end (session),
                                                      lineup_locale_uses_12h_clock ());
  const gchar *room = lineup_session_get_room (session);
  const gchar *track = lineup_session_get_track (session);
  GString *text = g_string_new (range);

  if (room != NULL && *room != '\0')
    g_string_append_printf (text, " · %s", room);
  if (track != NULL && *track != '\0')
    g_string_append_printf (text, " · %s", track);
  return g_string_free (text, FALSE);
}

static GtkWidget *
fits_row_new (LineupSession *session)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree gchar *subtitle = format_subtitle (session);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* The post's text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lineup_session_get_title (session));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "lineup-session", g_object_ref (session),
                          g_object_unref);
  return row;
}

static void
on_fits_row_activated_cb (LineupWindow  *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  LineupSession *session = g_object_get_data (G_OBJECT (row), "lineup-session");

  if (session == NULL || !lineup_window_select_session (self, session))
    return;
  if (self->fits_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->fits_dialog));
}

static GtkWidget *
fits_list_new (LineupWindow *self,
               GPtrArray    *fits)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Talks That Fit"),
                                  -1);
  for (guint i = 0; i < fits->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), fits_row_new (g_ptr_array_index (fits, i)));
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_fits_row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  return scroller;
}

/* The talks that fit, best first (borrowed from the schedule). */
static GPtrArray *
find_fits (LineupWindow *self,
           gint64        start_usec,
           gint64        end_usec)
{
  guint n = lineup_schedule_get_n_sessions (self->schedule);
  g_autoptr(GPtrArray) candidates = g_ptr_array_sized_new (n);
  g_autoptr(GPtrArray) going = lineup_schedule_dup_starred (self->schedule);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (candidates, lineup_schedule_get_session (self->schedule, i));
  return lineup_plan_fits (candidates, going, start_usec, end_usec,
                           _lineup_window_get_room_change_minutes (self));
}

static void
on_fits_destroyed_cb (LineupWindow *self)
{
  self->fits_dialog = NULL;
}

/* win.show-fits: the dialog for the free time [@start_usec, @end_usec). */
void
_lineup_window_show_fits (LineupWindow *self,
                          gint64        start_usec,
                          gint64        end_usec)
{
  g_autoptr(GPtrArray) fits = NULL;
  g_autofree gchar *heading = NULL;
  g_autofree gchar *body = NULL;
  guint room_change;
  GtkWidget *dialog;

  if (self->schedule == NULL)
    return;
  /* One at a time: another free time replaces the one shown. */
  if (self->fits_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->fits_dialog));

  fits = find_fits (self, start_usec, end_usec);
  heading = format_heading (self, start_usec, end_usec);
  room_change = _lineup_window_get_room_change_minutes (self);
  if (fits->len == 0)
    body = g_strdup (_("No talk fits entirely in this free time."));
  else
    /* Translators: above the list of talks that fit in a free time; %u is
     * the minutes allowed to change rooms (a preference) */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Best fit first, with %u minute to change rooms.",
                                         "Best fit first, with %u minutes to change rooms.",
                                         room_change),
                            room_change);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  if (fits->len > 0)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                        fits_list_new (self, fits));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_fits_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  self->fits_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_lineup_window_dispose_fits (LineupWindow *self)
{
  if (self->fits_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->fits_dialog));
}

GtkWidget *
lineup_window_get_fits_dialog (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  return self->fits_dialog;
}
