/* lineup-window-stars.c — the window's stars: one path for a star change,
 * the stars no longer listed, the unreadable agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

/* Stars no longer listed
 *
 * The agenda keeps a star whose talk has left the post (a newer version of
 * the post dropped or renamed it).  My Agenda shows those below its list,
 * with the title and time the file saved, and a button to remove the star. */

typedef struct
{
  gchar     *folded;    /* the title, folded for search */
  guint      day_key;   /* as lineup_session_get_day_key (), 0 when untimed */
  GtkWidget *row;       /* owned by gone_group */
  GtkWidget *button;    /* its Remove Star button */
} GoneStar;

static void
gone_star_free (GoneStar *star)
{
  g_free (star->folded);
  g_free (star);
}

/* @start: as the agenda saved it (ISO 8601), shown in the schedule's zone. */
static gchar *
format_gone_time (LineupWindow *self,
                  const gchar  *start,
                  guint        *day_key)
{
  const gchar *zone_id = lineup_schedule_get_zone_id (self->schedule);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree gchar *day = NULL;
  g_autofree gchar *clock = NULL;

  *day_key = 0;
  if (zone_id != NULL)
    zone = g_time_zone_new_identifier (zone_id);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();

  if (start == NULL || (parsed = g_date_time_new_from_iso8601 (start, zone)) == NULL)
    return g_strdup (_("Time not announced"));

  /* A floating time (no offset) was read in @zone and stays as it is. */
  time = zone_id != NULL ? g_date_time_to_timezone (parsed, zone) : g_date_time_ref (parsed);
  *day_key = lineup_day_key_from_date_time (time);
  day = lineup_format_day_long (time);
  clock = lineup_format_clock_local (time);
  /* Translators: when a talk that is no longer listed was to start, as the
   * agenda saved it: a day and a clock time, "Monday, November 6 at 12:15" */
  return g_strdup_printf (_("%s at %s"), day, clock);
}

static void
on_remove_gone_star_cb (LineupWindow *self,
                        GtkButton    *button)
{
  const gchar *id = g_object_get_data (G_OBJECT (button), "lineup-id");
  const gchar *title = g_object_get_data (G_OBJECT (button), "lineup-title");
  const gchar *key = g_object_get_data (G_OBJECT (button), "lineup-key");
  g_autoptr(LineupSession) session = NULL;

  if (self->agenda == NULL || self->schedule == NULL || id == NULL)
    return;

  /* The keyboard focus goes to the next one once this row is gone. */
  for (guint i = 0; i < self->gone->len; i++)
    {
      GoneStar *star = g_ptr_array_index (self->gone, i);

      if (star->button == GTK_WIDGET (button))
        self->gone_focus = i;
    }

  /* The agenda unstars by id: a stand-in talk is enough.  Its "changed"
   * rebuilds the section once the click is over (stars_changed). */
  session = lineup_session_new (id, title);
  lineup_agenda_set_starred (self->agenda, key, session, FALSE);
}

static void
gone_row_new (LineupWindow            *self,
              GoneStar                *star,
              const gchar             *key,
              const LineupAgendaEntry *entry,
              const gchar             *title,
              const gchar             *when)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("starred-symbolic");
  g_autofree gchar *label = NULL;

  /* Titles come from the post: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "lineup-star");
  gtk_widget_set_tooltip_text (button, _("Remove Star"));
  /* Translators: the accessible name of the button that removes the star
   * of a talk no longer listed; %s is its title */
  label = g_strdup_printf (_("Remove star from %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "lineup-id", g_strdup (entry->id), g_free);
  g_object_set_data_full (G_OBJECT (button), "lineup-title", g_strdup (title), g_free);
  g_object_set_data_full (G_OBJECT (button), "lineup-key", g_strdup (key), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_gone_star_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  star->row = row;
  star->button = button;
}

/* The stars @schedule's key holds for talks it does not list. */
static void
add_gone (LineupWindow   *self,
          LineupSchedule *schedule)
{
  const gchar *key = lineup_schedule_get_key (schedule);
  g_autoptr(GPtrArray) entries = lineup_agenda_dup_entries (self->agenda, key);

  for (guint i = 0; i < entries->len; i++)
    {
      const LineupAgendaEntry *entry = g_ptr_array_index (entries, i);
      const gchar *title = entry->title;
      g_autofree gchar *when = NULL;
      GoneStar *star;

      if (entry->id == NULL || lineup_schedule_find (schedule, entry->id) != NULL)
        continue;
      if (title == NULL || *title == '\0')
        title = _("Untitled Talk");

      star = g_new0 (GoneStar, 1);
      when = format_gone_time (self, entry->start, &star->day_key);
      star->folded = lineup_text_fold (title);
      gone_row_new (self, star, key, entry, title, when);
      adw_preferences_group_add (self->gone_group, star->row);
      g_ptr_array_add (self->gone, star);
    }
}

/* Re-reads the agenda's entries for the shown sources and keeps those the
 * schedules do not list. */
void
_lineup_window_rebuild_gone (LineupWindow *self)
{
  if (self->gone == NULL)   /* disposed */
    return;

  for (guint i = 0; i < self->gone->len; i++)
    {
      GoneStar *star = g_ptr_array_index (self->gone, i);

      adw_preferences_group_remove (self->gone_group, star->row);
    }
  g_ptr_array_set_size (self->gone, 0);

  if (self->agenda == NULL || self->schedule == NULL)
    return;

  /* Each source's stars under its own key; none: the schedule shown. */
  if (_lineup_window_has_sources (self))
    {
      for (guint i = 0; i < self->sources->len; i++)
        {
          LineupWindowSource *source = g_ptr_array_index (self->sources, i);

          if (source->schedule != NULL)
            add_gone (self, source->schedule);
        }
    }
  else
    add_gone (self, self->schedule);
}

/* After a Remove Star: focus the next shown one (or the one before), else
 * the list. */
static void
restore_gone_focus (LineupWindow *self)
{
  GtkWidget *target = NULL;

  if (self->gone_focus < 0 || self->gone == NULL)
    return;

  for (guint i = 0; i < self->gone->len; i++)
    {
      GoneStar *star = g_ptr_array_index (self->gone, i);

      if (!gtk_widget_get_visible (star->row))
        continue;
      target = star->button;
      if (i >= (guint) self->gone_focus)
        break;
    }
  self->gone_focus = -1;

  if (target == NULL && gtk_widget_get_visible (self->list_scroller))
    target = GTK_WIDGET (self->list_view);
  if (target != NULL)
    gtk_widget_grab_focus (target);
}

/* Shows the stars no longer listed that the search and filters keep (their
 * track is unknown: none under a track filter); returns how many. */
guint
_lineup_window_update_gone_visibility (LineupWindow *self)
{
  guint n_shown = 0;

  for (guint i = 0; self->gone != NULL && i < self->gone->len; i++)
    {
      GoneStar *star = g_ptr_array_index (self->gone, i);
      gboolean show = lineup_session_filter_keeps_unlisted (self->filter, star->folded,
                                                            star->day_key);

      gtk_widget_set_visible (star->row, show);
      n_shown += show;
    }
  return n_shown;
}

/* Stars */

void
_lineup_window_update_export_enabled (LineupWindow *self)
{
  gboolean any = FALSE;
  guint n = self->schedule != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->schedule)) : 0;

  for (guint i = 0; i < n && !any; i++)
    any = lineup_session_get_starred (lineup_schedule_get_session (self->schedule, i));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", any);
}

static gboolean
refilter_stars_cb (gpointer data)
{
  LineupWindow *self = data;

  self->refilter_source = 0;
  _lineup_window_rebuild_gone (self);
  if (lineup_session_filter_get_agenda_mode (self->filter))
    {
      LineupSession *selected = gtk_single_selection_get_selected_item (self->selection);
      g_autoptr(LineupSession) kept = selected != NULL ? g_object_ref (selected) : NULL;
      guint position;

      /* A talk that stays (going ↔ maybe) stays selected, so that a second
       * Ctrl+Shift+D acts on it again: filtered at once to find it. */
      _lineup_window_filter_now_begin (self);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      _lineup_window_filter_now_end (self);
      position = kept != NULL
                 ? _lineup_window_find_position (G_LIST_MODEL (self->filter_model), kept)
                 : GTK_INVALID_LIST_POSITION;
      if (position != GTK_INVALID_LIST_POSITION)
        gtk_single_selection_set_selected (self->selection, position);
    }
  else
    _lineup_window_update_empty_state (self);
  restore_gone_focus (self);
  return G_SOURCE_REMOVE;
}

static void
stars_changed (LineupWindow *self)
{
  _lineup_window_update_export_enabled (self);
  /* A star button that is clicked can be in the row that the agenda view
   * is about to drop: refilter once the click is over. */
  if (self->refilter_source == 0)
    self->refilter_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refilter_stars_cb, self, NULL);
}

/* The one place the window has the stars applied and the conflicts
 * recomputed: from the agenda when there is one (it is the source of the
 * stars), else from the talks themselves. */
void
_lineup_window_sync_stars (LineupWindow *self)
{
  g_autoptr(GPtrArray) schedules = g_ptr_array_new ();

  if (self->agenda == NULL)
    {
      lineup_conflicts_update (self->schedule);
      self->n_conflict_updates++;
      return;
    }
  /* Each source's stars (under its own key), then the conflicts among all;
   * without sources, the schedule given. */
  for (guint i = 0; self->sources != NULL && i < self->sources->len; i++)
    {
      LineupWindowSource *source = g_ptr_array_index (self->sources, i);

      if (source->schedule != NULL)
        g_ptr_array_add (schedules, source->schedule);
    }
  if (schedules->len == 0)
    g_ptr_array_add (schedules, self->schedule);
  lineup_source_set_apply_agenda (self->agenda, schedules, self->schedule);
  self->n_conflict_updates++;
  _lineup_window_update_changes (self);
  _lineup_window_update_conflicts (self);
  _lineup_window_update_plan (self);
}

static void
on_agenda_changed_cb (LineupWindow *self,
                      LineupAgenda *agenda)
{
  if (self->schedule == NULL)
    return;

  _lineup_window_sync_stars (self);
  stars_changed (self);
}

static void
on_agenda_save_failed_cb (LineupWindow *self,
                          GError       *error,
                          LineupAgenda *agenda)
{
  g_autofree gchar *message = NULL;

  /* Translators: %s is the reason given by the system */
  message = g_strdup_printf (_("Stars cannot be saved (%s); they are kept until Lineup is closed"),
                             error != NULL ? error->message : _("unknown error"));
  _lineup_window_toast_message (self, message);
}

/* A pick change goes to the agenda, whose "changed" (emitted at once)
 * applies it and recomputes the conflicts once (on_agenda_changed_cb).
 * Without an agenda the talk keeps its own pick. */
void
_lineup_window_set_pick (LineupWindow  *self,
                         LineupSession *session,
                         LineupPick     pick)
{
  if (self->agenda != NULL)
    {
      /* The talk's own source (and the others listing it), else the shown one. */
      if (lineup_session_get_source_key (session) != NULL)
        lineup_source_set_pick (self->agenda, session, pick);
      else
        lineup_agenda_set_pick (self->agenda, lineup_schedule_get_key (self->schedule),
                                session, pick);
      return;
    }

  lineup_session_set_pick (session, pick);
  _lineup_window_sync_stars (self);
  stars_changed (self);
}

void
_lineup_window_set_starred (LineupWindow  *self,
                           LineupSession *session,
                           gboolean       starred)
{
  _lineup_window_set_pick (self, session, starred ? LINEUP_PICK_GOING : LINEUP_PICK_NONE);
}

/* The detail pane's star button cycles as a row's does. */
static void
on_view_toggle_star_cb (LineupWindow      *self,
                        LineupSession     *session,
                        LineupSessionView *view)
{
  if (self->schedule != NULL)
    _lineup_window_set_pick (self, session,
                             lineup_pick_next (lineup_session_get_pick (session)));
}

/* The saved stars could not be read: the agenda kept the old file aside.
 * Say so where the stars are missing, and where the file is. */
void
_lineup_window_update_recovered_banner (LineupWindow *self)
{
  GFile *file = self->agenda != NULL ? lineup_agenda_get_recovered_file (self->agenda) : NULL;
  gboolean shown = file != NULL && !self->recovered_dismissed;

  if (file != NULL)
    {
      g_autofree gchar *name = g_file_get_basename (file);
      g_autofree gchar *text = NULL;

      /* Translators: %s is the name of the file the unreadable agenda was
       * kept as, "agenda.yaml.broken-20261202-183000" */
      text = g_strdup_printf (_("Your saved stars could not be read, so your agenda starts empty. "
                                "The old file was kept as “%s”."), name);
      gtk_label_set_text (self->recovered_label, text);
    }
  gtk_revealer_set_reveal_child (self->recovered_revealer, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->recovered_revealer), shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-recovered-file", file != NULL);
}

static void
on_recovered_file_cb (LineupWindow *self)
{
  self->recovered_dismissed = FALSE;
  _lineup_window_update_recovered_banner (self);
}

void
_lineup_window_init_stars (LineupWindow *self)
{
  self->gone = g_ptr_array_new_with_free_func ((GDestroyNotify) gone_star_free);
  self->gone_focus = -1;
}

/* Once constructed: the agenda's changes (and the detail pane's star). */
void
_lineup_window_watch_agenda (LineupWindow *self)
{
  g_signal_connect_object (self->session_view, "toggle-star",
                           G_CALLBACK (on_view_toggle_star_cb), self, G_CONNECT_SWAPPED);
  if (self->agenda != NULL)
    {
      g_signal_connect_object (self->agenda, "changed", G_CALLBACK (on_agenda_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->agenda, "save-failed", G_CALLBACK (on_agenda_save_failed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->agenda, "notify::recovered-file",
                               G_CALLBACK (on_recovered_file_cb), self, G_CONNECT_SWAPPED);
    }
  _lineup_window_update_recovered_banner (self);
}
