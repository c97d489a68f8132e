/* lineup-window-private.h — what the window's files share, and what tests
 * may look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lineup-file-dialog.h"
#include "lineup-session-filter.h"
#include "lineup-session-row.h"
#include "lineup-session-view.h"
#include "lineup-settings.h"
#include "lineup-window.h"
#include "lineup-zone-preference.h"

G_BEGIN_DECLS

/* One source the window shows (lineup-window-sources.c). */
typedef struct
{
  gchar          *location;   /* a file's URI or an http(s) address: what is remembered */
  GFile          *file;       /* what is read: the file, or the downloaded copy */
  gboolean        address;
  LineupSchedule *schedule;   /* as last read; NULL until read */
  GFileMonitor   *monitor;    /* files only */
  GDateTime      *updated;    /* last read or downloaded */
  LineupWindow   *window;     /* for the monitor's callback (borrowed) */
} LineupWindowSource;

struct _LineupWindow
{
  AdwApplicationWindow  parent_instance;

  LineupAgenda         *agenda;         /* NULL: the talks keep their own stars */
  LineupSchedule       *schedule;
  GSettings            *settings;       /* NULL without an installed schema */
  gchar                *last_toast;

  /* The model chain: schedule → filter → selection.  The filter owns the
   * search, the track and day filters and the agenda view. */
  LineupSessionFilter  *filter;
  GtkFilterListModel   *filter_model;
  GtkSingleSelection   *selection;

  /* lineup-window-filters.c: what the dropdowns offer, beyond their first
   * "All" entry. */
  GPtrArray            *tracks;
  GPtrArray            *rooms;
  GArray               *day_keys;
  gboolean              updating_filters;

  /* lineup-window-stars.c */
  guint                 n_conflict_updates;
  guint                 refilter_source;
  /* Stars of this post whose talks the schedule no longer lists (GoneStar),
   * shown below the list in My Agenda. */
  GPtrArray            *gone;
  gint                  gone_focus;     /* where a removed one was, for the focus; -1 */
  gboolean              recovered_dismissed;

  /* lineup-window-notes.c: the post dismissed the banner for (its key),
   * and the dialog that lists the notes, while shown. */
  gchar                *notes_dismissed_key;
  GtkWidget            *notes_dialog;

  /* lineup-window-sources.c: the sources shown at once (none: the schedule
   * given, the built-in post at start), the reads under way, where web
   * addresses' copies are kept (NULL: Lineup's data folder), the size a
   * download may reach (0: lineup-download's 64 MiB; tests set less). */
  GPtrArray            *sources;
  guint                 n_reading;
  gchar                *download_dir;
  goffset               download_max_bytes;
  GCancellable         *open_cancellable;
  /* lineup-window-resolve.c: the groups of overlapping going talks
   * (GPtrArray of LineupSession), their dialog while shown, and the talks
   * the last Keep This made maybe (for Undo). */
  GPtrArray            *conflict_groups;
  GtkWidget            *resolve_dialog;
  GtkBox               *resolve_box;
  GPtrArray            *resolve_undo;
  /* lineup-window-plan.c: the Suggested Plan dialog while shown. */
  GtkWidget            *plan_dialog;
  GtkListBox           *plan_list;
  /* lineup-window-changes.c: the picks changed since last seen
   * (LineupPickChange), and their dialog while shown. */
  GPtrArray            *changes;
  GtkWidget            *changes_dialog;
  GtkListBox           *changes_list;
  /* lineup-window-sources-ui.c: downloads under way (address → GCancellable). */
  GHashTable           *downloads;
  /* Why the post asked for could not be read, while no schedule is shown. */
  gchar                *open_error;
  /* The zone override the shown schedule was read with (NULL: the post's). */
  gchar                *schedule_zone;

  /* lineup-window-fits.c: the list of the talks that fit in a free time,
   * while shown. */
  GtkWidget            *fits_dialog;

  /* lineup-window-zone.c: the zone preference (the application's, shared
   * by its windows), and whether a zone was picked since this window
   * opened: until then --timezone wins over the preference. */
  LineupZonePreference *zone_preference;
  gboolean              zone_picked;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *window_title;
  GtkWidget            *all_button;
  GtkRevealer          *recovered_revealer;
  GtkLabel             *recovered_label;
  GtkRevealer          *notes_revealer;
  GtkLabel             *notes_label;
  GtkWidget            *agenda_button;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *track_dropdown;
  GtkDropDown          *day_dropdown;
  GtkDropDown          *room_dropdown;
  GtkStack             *list_stack;
  GtkWidget            *list_scroller;
  GtkListView          *list_view;
  GtkWidget            *gone_separator;
  GtkWidget            *gone_scroller;
  AdwPreferencesGroup  *gone_group;
  AdwStatusPage        *empty_page;
  GtkStack             *detail_stack;
  GtkWidget            *session_view;
  GtkWidget            *export_button;
  GMenu                *time_zone_section;
  GtkWidget            *sources_button;
  GtkListBox           *sources_list;
  GtkRevealer          *download_revealer;
  GtkLabel             *download_label;
  GtkProgressBar       *download_progress;
  GtkRevealer          *changes_revealer;
  GtkLabel             *changes_label;
  GtkRevealer          *conflicts_revealer;
  GtkLabel             *conflicts_label;
};

/* lineup-window.c */
void _lineup_window_toast (LineupWindow *self,
                           const gchar  *message,
                           const gchar  *uri);
void _lineup_window_toast_message (LineupWindow *self,
                                   const gchar  *message);
guint _lineup_window_find_position (GListModel    *model,
                                    LineupSession *session);
void _lineup_window_set_schedule_in_zone (LineupWindow   *self,
                                          LineupSchedule *schedule,
                                          const gchar    *zone);

/* lineup-window-open.c */
void _lineup_window_replace_schedule (LineupWindow   *self,
                                      LineupSchedule *schedule,
                                      const gchar    *zone);
void _lineup_window_show_other_post (LineupWindow   *self,
                                     LineupSchedule *schedule,
                                     const gchar    *zone);

/* lineup-window-sources.c */
void _lineup_window_source_free (LineupWindowSource *source);
void _lineup_window_reread_sources (LineupWindow *self,
                                    gboolean      refresh);
gboolean _lineup_window_has_sources (LineupWindow *self);
void _lineup_window_clear_sources (LineupWindow *self);
void _lineup_window_init_sources (LineupWindow *self);
void _lineup_window_dispose_sources (LineupWindow *self);

/* lineup-window-resolve.c */
void _lineup_window_update_conflicts (LineupWindow *self);
void _lineup_window_show_resolve (LineupWindow *self);
void _lineup_window_class_init_resolve (GtkWidgetClass *widget_class);
void _lineup_window_dispose_resolve (LineupWindow *self);

/* lineup-window-plan.c: one change the suggested plan asks for (@session
 * to become @pick); the steps in time order. */
typedef struct
{
  LineupSession *session;
  LineupPick     pick;
} LineupPlanStep;
GPtrArray *_lineup_window_plan_steps (LineupWindow *self);
void _lineup_window_update_plan (LineupWindow *self);
void _lineup_window_show_plan (LineupWindow *self);
void _lineup_window_dispose_plan (LineupWindow *self);

/* lineup-window-changes.c */
void _lineup_window_update_changes (LineupWindow *self);
void _lineup_window_show_changes (LineupWindow *self);
void _lineup_window_acknowledge_changes (LineupWindow *self);
void _lineup_window_class_init_changes (GtkWidgetClass *widget_class);
void _lineup_window_dispose_changes (LineupWindow *self);

/* lineup-window-sources-ui.c */
GCancellable *_lineup_window_download_started (LineupWindow *self,
                                               const gchar  *location);
void _lineup_window_download_progress (LineupWindow *self,
                                       goffset       received,
                                       goffset       total);
void _lineup_window_download_finished (LineupWindow *self,
                                       const gchar  *location,
                                       GCancellable *cancellable);
void _lineup_window_cancel_downloads (LineupWindow *self);
void _lineup_window_update_sources_list (LineupWindow *self);
GtkWidget *_lineup_window_show_address_dialog (LineupWindow *self);
void _lineup_window_class_init_sources (GtkWidgetClass *widget_class);
void _lineup_window_init_sources_ui (LineupWindow *self);

/* lineup-window-filters.c */
void _lineup_window_update_empty_state (LineupWindow *self);
void _lineup_window_filter_now_begin (LineupWindow *self);
void _lineup_window_filter_now_end (LineupWindow *self);
void _lineup_window_rebuild_filter_choices (LineupWindow *self);
void _lineup_window_reset_filters (LineupWindow *self);
void _lineup_window_clear_filter_choices (LineupWindow *self);
void _lineup_window_class_init_filters (GtkWidgetClass *widget_class);
void _lineup_window_init_filters (LineupWindow *self);

/* lineup-window-stars.c */
void _lineup_window_rebuild_gone (LineupWindow *self);
guint _lineup_window_update_gone_visibility (LineupWindow *self);
void _lineup_window_update_export_enabled (LineupWindow *self);
void _lineup_window_sync_stars (LineupWindow *self);
void _lineup_window_set_starred (LineupWindow  *self,
                                 LineupSession *session,
                                 gboolean       starred);
void _lineup_window_set_pick (LineupWindow  *self,
                              LineupSession *session,
                              LineupPick     pick);
void _lineup_window_update_recovered_banner (LineupWindow *self);
void _lineup_window_init_stars (LineupWindow *self);
void _lineup_window_watch_agenda (LineupWindow *self);

/* lineup-window-notes.c */
gchar *_lineup_window_format_note (const LineupReadNote *note);
void _lineup_window_update_notes (LineupWindow *self);
void _lineup_window_show_read_notes (LineupWindow *self);
void _lineup_window_dismiss_read_notes (LineupWindow *self);
void _lineup_window_class_init_notes (GtkWidgetClass *widget_class);
void _lineup_window_dispose_notes (LineupWindow *self);

/* lineup-window-actions.c */
void _lineup_window_class_init_actions (GtkWidgetClass *widget_class);
void _lineup_window_init_settings_actions (LineupWindow *self);
void _lineup_window_dispose_settings_actions (LineupWindow *self);

/* lineup-window-fits.c */
guint _lineup_window_get_room_change_minutes (LineupWindow *self);
void _lineup_window_show_fits (LineupWindow *self,
                               gint64        start_usec,
                               gint64        end_usec);
void _lineup_window_dispose_fits (LineupWindow *self);

/* lineup-window-open.c */
void _lineup_window_reread (LineupWindow *self);
void _lineup_window_open_builtin (LineupWindow *self);
void _lineup_window_show_open_dialog (LineupWindow *self);
void _lineup_window_init_open (LineupWindow *self);

/* lineup-window-export.c */
void _lineup_window_show_export_dialog (LineupWindow *self);

/* lineup-window-zone.c */
const gchar *_lineup_window_get_zone_override (LineupWindow *self);
const gchar *_lineup_window_get_time_zone (LineupWindow *self);
void _lineup_window_follow_zone_preference (LineupWindow *self);

/* For tests: the title of the toast shown last, or NULL. */
const gchar    *lineup_window_get_last_toast (LineupWindow *self);

/* For tests: how many times the window has had the stars applied and the
 * conflicts recomputed (once per star change, once per schedule shown). */
guint           lineup_window_get_n_conflict_updates (LineupWindow *self);

/* For tests: the text of the banner that says how many entries of the post
 * could not be read fully, or NULL when it is hidden; the dialog that lists
 * them, while shown. */
const gchar    *lineup_window_get_notes_text (LineupWindow *self);
GtkWidget      *lineup_window_get_notes_dialog (LineupWindow *self);

/* For tests: the list of the talks that fit in a free time, while shown
 * (win.show-fits). */
GtkWidget      *lineup_window_get_fits_dialog (LineupWindow *self);

G_END_DECLS
