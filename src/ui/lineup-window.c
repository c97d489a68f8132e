/* lineup-window.c — the main window: list of talks + detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-application.h"
#include "lineup-session-row.h"
#include "lineup-session-view.h"
#include "lineup-window.h"

struct _LineupWindow
{
  AdwApplicationWindow  parent_instance;

  LineupAgenda         *agenda;
  LineupSchedule       *schedule;
  GSettings            *settings;
  GCancellable         *open_cancellable;

  /* The model chain: schedule → filter → selection. */
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filter_model;
  GtkSingleSelection   *selection;

  /* What the filter keeps. */
  gchar                *query;          /* folded, or NULL */
  GStrv                 query_words;    /* its words, split once per search */
  /* The schedule's search texts in one buffer, built when idle; and which
   * of its talks query_words keeps (NULL until the filter first needs it). */
  LineupSearchIndex    *search_index;
  guint8               *search_hits;
  guint                 warm_source;    /* builds search_index when idle */
  gchar                *track;          /* NULL = every track */
  gboolean              day_filter;
  guint                 day_key;
  gboolean              agenda_view;

  /* What the dropdowns offer, beyond their first "All" entry. */
  GPtrArray            *tracks;
  GArray               *day_keys;
  gboolean              updating_filters;

  gchar                *last_toast;
  guint                 refilter_source;

  /* Stars of this post whose talks the schedule no longer lists (GoneStar),
   * shown below the list in My Agenda. */
  GPtrArray            *gone;
  gint                  gone_focus;     /* where a removed one was, for the focus; -1 */

  /* The "time-zone" property (bound to the "timezone" setting): "" for the
   * event's zone, else an IANA id.  Until the user picks one in this
   * window, the application's override (--timezone or the setting at
   * start) is the one in use. */
  gchar                *time_zone;
  gboolean              time_zone_bound;
  gboolean              time_zone_chosen;
  gchar                *resolved_zone;  /* time_zone as a zone id, or NULL */
  gboolean              recovered_dismissed;
  /* The zone override the shown schedule was read with (NULL: the post's). */
  gchar                *schedule_zone;
  /* The post being read by lineup_window_open_file(), if any. */
  GFile                *pending_file;
  /* Why the post asked for could not be read, while no schedule is shown. */
  gchar                *open_error;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *window_title;
  GtkWidget            *all_button;
  GtkRevealer          *recovered_revealer;
  GtkLabel             *recovered_label;
  GtkWidget            *agenda_button;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *track_dropdown;
  GtkDropDown          *day_dropdown;
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
};

G_DEFINE_FINAL_TYPE (LineupWindow, lineup_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SCHEDULE,
  PROP_VIEW,
  PROP_TIME_ZONE,
  PROP_SEARCH_INDEXED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Toast titles are Pango markup on libadwaita 1.2: @message is escaped.
 * @uri, if given, gets an "Open" button. */
static void
lineup_window_toast (LineupWindow *self,
                     const gchar  *message,
                     const gchar  *uri)
{
  g_autofree gchar *markup = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (markup);

  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  else
    adw_toast_set_timeout (toast, 8);

  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
lineup_window_toast_message (LineupWindow *self,
                             const gchar  *message)
{
  lineup_window_toast (self, message, NULL);
}

/* Filtering */

static void
lineup_window_take_query (LineupWindow *self,
                          gchar        *query)
{
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);
  if (query != NULL && *query != '\0')
    {
      self->query = query;
      /* Split once per search, not once per talk (docs/performance.md). */
      self->query_words = lineup_search_words (query);
    }
  else
    g_free (query);
  g_clear_pointer (&self->search_hits, g_free);
}

static gboolean
session_matches_query (LineupWindow  *self,
                       LineupSession *session)
{
  guint position;

  if (self->query_words == NULL)
    return TRUE;
  /* The talks the query keeps are worked out once per search (and per
   * schedule), when the filter first asks, so that it then looks a byte up
   * for each talk (docs/performance.md).  Until the index holds every text,
   * each talk is searched on its own: the filter model spreads that over
   * several frames, which one pass over every talk would not. */
  if (self->search_hits == NULL && self->search_index != NULL &&
      lineup_search_index_is_complete (self->search_index))
    {
      self->search_hits = g_malloc (MAX (1, lineup_search_index_get_n_talks (self->search_index)));
      lineup_search_index_match (self->search_index, (const gchar * const *) self->query_words,
                                 self->search_hits);
    }
  /* The index answers for the talks it holds; any other talk (the schedule
   * changed since) is searched on its own. */
  if (self->search_hits != NULL &&
      lineup_search_index_lookup (self->search_index, session, &position))
    return self->search_hits[position];
  return lineup_session_matches (session, (const gchar * const *) self->query_words);
}

static gboolean
filter_session_cb (gpointer item,
                   gpointer user_data)
{
  LineupWindow *self = user_data;
  LineupSession *session = item;

  if (self->agenda_view && !lineup_session_get_starred (session))
    return FALSE;
  if (self->track != NULL && g_strcmp0 (self->track, lineup_session_get_track (session)) != 0)
    return FALSE;
  if (self->day_filter && self->day_key != lineup_session_get_day_key (session))
    return FALSE;
  return session_matches_query (self, session);
}

static void
refresh_rows (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (LINEUP_IS_SESSION_ROW (child))
        lineup_session_row_update_context (LINEUP_SESSION_ROW (child));
      else
        refresh_rows (child);
    }
}

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
  *day_key = g_date_time_get_year (time) * 10000 + g_date_time_get_month (time) * 100 +
             g_date_time_get_day_of_month (time);
  day = lineup_format_day (time);
  clock = lineup_format_clock_time (time);
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
  lineup_agenda_set_starred (self->agenda, lineup_schedule_get_key (self->schedule),
                             session, FALSE);
}

static void
gone_row_new (LineupWindow            *self,
              GoneStar                *star,
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
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_gone_star_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  star->row = row;
  star->button = button;
}

/* Re-reads the agenda's entries for the shown post and keeps those the
 * schedule does not list. */
static void
rebuild_gone (LineupWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;

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

  entries = lineup_agenda_dup_entries (self->agenda, lineup_schedule_get_key (self->schedule));
  for (guint i = 0; i < entries->len; i++)
    {
      const LineupAgendaEntry *entry = g_ptr_array_index (entries, i);
      const gchar *title = entry->title;
      g_autofree gchar *when = NULL;
      GoneStar *star;

      if (entry->id == NULL || lineup_schedule_find (self->schedule, entry->id) != NULL)
        continue;
      if (title == NULL || *title == '\0')
        title = _("Untitled Talk");

      star = g_new0 (GoneStar, 1);
      when = format_gone_time (self, entry->start, &star->day_key);
      star->folded = lineup_text_fold (title);
      gone_row_new (self, star, entry, title, when);
      adw_preferences_group_add (self->gone_group, star->row);
      g_ptr_array_add (self->gone, star);
    }
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
static guint
update_gone_visibility (LineupWindow *self)
{
  guint n_shown = 0;

  for (guint i = 0; self->gone != NULL && i < self->gone->len; i++)
    {
      GoneStar *star = g_ptr_array_index (self->gone, i);
      gboolean show = self->agenda_view && self->track == NULL &&
                      (!self->day_filter || self->day_key == star->day_key) &&
                      lineup_search_matches ((const gchar * const *) self->query_words, star->folded);

      gtk_widget_set_visible (star->row, show);
      n_shown += show;
    }
  return n_shown;
}

static void
update_empty_state (LineupWindow *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint n_all = self->schedule != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->schedule)) : 0;
  gboolean searching = (self->query != NULL && *self->query != '\0') ||
                       self->track != NULL || self->day_filter;
  gboolean listing = n_shown > 0 || gtk_filter_list_model_get_pending (self->filter_model) > 0;
  guint n_gone = update_gone_visibility (self);

  /* The stars no longer listed go below the talks, or fill the page alone
   * (no "No Starred Talks" when the agenda has only those). */
  gtk_widget_set_visible (self->list_scroller, listing);
  gtk_widget_set_visible (self->gone_separator, listing && n_gone > 0);
  gtk_widget_set_visible (self->gone_scroller, n_gone > 0);
  gtk_widget_set_vexpand (self->gone_scroller, !listing);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->gone_scroller),
                                              listing ? 240 : -1);

  if (listing || n_gone > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (self->schedule == NULL && self->open_error != NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->empty_page, _("The Post Cannot Be Opened"));
      adw_status_page_set_description (self->empty_page, self->open_error);
    }
  else if (n_all == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Talks"));
      adw_status_page_set_description (self->empty_page,
                                       _("This post lists no talks. Open another one with Ctrl+O."));
    }
  else if (self->agenda_view && !searching)
    {
      adw_status_page_set_icon_name (self->empty_page, "non-starred-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Starred Talks"));
      adw_status_page_set_description (self->empty_page,
                                       _("Star a talk with its ☆ button or Ctrl+D to add it to your agenda."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results Found"));
      adw_status_page_set_description (self->empty_page, _("Try a different search or filter."));
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
on_filter_items_changed_cb (LineupWindow *self,
                            guint         position,
                            guint         removed,
                            guint         added,
                            GListModel   *model)
{
  /* A row keeps its position when the talk before it changes: tell every
   * row to look at its neighbours again. */
  refresh_rows (GTK_WIDGET (self->list_view));
  update_empty_state (self);
}

static void
on_filter_pending_cb (LineupWindow *self)
{
  update_empty_state (self);
}

static void
lineup_window_refilter (LineupWindow    *self,
                        GtkFilterChange  change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_empty_state (self);
}

/* Between _begin and _end the list is filtered at once, not in idle
 * slices, so that a talk's place in it is known right away.
 *
 * GTK 4.8 finishes a pending incremental filtering *without* items-changed
 * when incremental is turned off: the selection and the list view then
 * count fewer items than the model has, and selecting one of the others
 * dereferences a row that does not exist (the crash of jumping to an
 * overlapping talk that the search hid).  So incremental is turned off only
 * when nothing is pending; otherwise the schedule is detached (a consistent
 * items-changed for what is shown) and attached again, filtered at once. */
static void
lineup_window_filter_now_begin (LineupWindow *self)
{
  if (gtk_filter_list_model_get_pending (self->filter_model) > 0)
    {
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
      gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->schedule));
    }
  else
    gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
}

static void
lineup_window_filter_now_end (LineupWindow *self)
{
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
}

static void
on_search_changed_cb (LineupWindow   *self,
                      GtkSearchEntry *entry)
{
  const gchar *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree gchar *query = lineup_text_fold (text);
  g_autofree gchar *old = g_strdup (self->query);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_strstrip (query);
  if (g_strcmp0 (old ? old : "", query) == 0)
    return;

  /* Every query word must appear: a longer query keeps fewer talks. */
  if (old == NULL || g_str_has_prefix (query, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old, query))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  lineup_window_take_query (self, g_steal_pointer (&query));
  lineup_window_refilter (self, change);
}

static void
on_stop_search_cb (LineupWindow   *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_track_selected_cb (LineupWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->track_dropdown);
  const gchar *track = NULL;

  if (self->updating_filters)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->tracks->len)
    track = g_ptr_array_index (self->tracks, selected - 1);
  if (g_strcmp0 (track, self->track) == 0)
    return;

  g_free (self->track);
  self->track = g_strdup (track);
  lineup_window_refilter (self, track == NULL ? GTK_FILTER_CHANGE_LESS_STRICT
                                              : GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_day_selected_cb (LineupWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->day_dropdown);
  gboolean day_filter = FALSE;
  guint day_key = 0;

  if (self->updating_filters)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->day_keys->len)
    {
      day_filter = TRUE;
      day_key = g_array_index (self->day_keys, guint, selected - 1);
    }
  if (day_filter == self->day_filter && day_key == self->day_key)
    return;

  self->day_filter = day_filter;
  self->day_key = day_key;
  lineup_window_refilter (self, day_filter ? GTK_FILTER_CHANGE_DIFFERENT
                                           : GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
rebuild_filter_choices (LineupWindow *self)
{
  g_autoptr(GtkStringList) track_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) day_names = gtk_string_list_new (NULL);
  guint n = self->schedule != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->schedule)) : 0;

  g_ptr_array_unref (self->tracks);
  self->tracks = self->schedule != NULL ? lineup_schedule_dup_tracks (self->schedule)
                                        : g_ptr_array_new_with_free_func (g_free);
  g_array_set_size (self->day_keys, 0);

  gtk_string_list_append (track_names, _("All Tracks"));
  for (guint i = 0; i < self->tracks->len; i++)
    gtk_string_list_append (track_names, g_ptr_array_index (self->tracks, i));

  gtk_string_list_append (day_names, _("All Days"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LineupSession) session = g_list_model_get_item (G_LIST_MODEL (self->schedule), i);
      guint day = lineup_session_get_day_key (session);
      g_autofree gchar *label = NULL;

      /* The schedule is sorted, so a new day is a change from the last one. */
      if (self->day_keys->len > 0 &&
          g_array_index (self->day_keys, guint, self->day_keys->len - 1) == day)
        continue;
      g_array_append_val (self->day_keys, day);
      label = day != 0 ? lineup_format_day (lineup_session_get_start (session))
                       : g_strdup (_("Time not announced"));
      gtk_string_list_append (day_names, label);
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->track_dropdown, G_LIST_MODEL (track_names));
  gtk_drop_down_set_selected (self->track_dropdown, 0);
  gtk_drop_down_set_model (self->day_dropdown, G_LIST_MODEL (day_names));
  gtk_drop_down_set_selected (self->day_dropdown, 0);
  self->updating_filters = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->track_dropdown), self->tracks->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->day_dropdown), self->day_keys->len > 1);

  g_clear_pointer (&self->track, g_free);
  self->day_filter = FALSE;
  self->day_key = 0;
}

/* Selection and detail pane */

static void
on_selected_item_changed_cb (LineupWindow *self)
{
  LineupSession *session = gtk_single_selection_get_selected_item (self->selection);

  lineup_session_view_set_session (LINEUP_SESSION_VIEW (self->session_view), session);

  gtk_stack_set_visible_child_name (self->detail_stack, session != NULL ? "session" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-star", session != NULL);
}

static void
on_list_activated_cb (LineupWindow *self,
                      guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  /* Side by side, the details are already there: the focus stays in the
   * list, so that Down goes on to the next talk. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

/* Down (or Page Down) in the search entry goes to the list of talks, to the
 * selected one, not to the next control in the focus chain. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          LineupWindow          *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down && keyval != GDK_KEY_Page_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  /* The entry tells what was typed 150 ms after the last key: a quick Down
   * must find the list filtered by the words on screen, or the focus lands
   * on a row that the search removes a moment later. */
  lineup_window_filter_now_begin (self);
  on_search_changed_cb (self, self->search_entry);
  lineup_window_filter_now_end (self);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return FALSE;

  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* In narrow mode a tap on a talk shows it (the list itself only selects;
 * its "activate" needs a double click or Enter).  A tap on a row's star
 * button is claimed by the button and never gets here. */
static void
on_list_released_cb (GtkGestureClick *gesture,
                     gint             n_press,
                     gdouble          x,
                     gdouble          y,
                     LineupWindow    *self)
{
  if (adw_leaflet_get_folded (self->leaflet) &&
      gtk_single_selection_get_selected_item (self->selection) != NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static guint
find_position (GListModel    *model,
               LineupSession *session)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == (GObject *) session)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
lineup_window_select_session (LineupWindow  *self,
                              LineupSession *session)
{
  guint position;

  g_return_val_if_fail (LINEUP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (LINEUP_IS_SESSION (session), FALSE);

  if (self->schedule == NULL ||
      find_position (G_LIST_MODEL (self->schedule), session) == GTK_INVALID_LIST_POSITION)
    return FALSE;

  /* The search, the filters and My Agenda give way to the talk asked for,
   * which must be in the list before it can be selected. */
  lineup_window_filter_now_begin (self);
  if (!filter_session_cb (session, self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      lineup_window_take_query (self, NULL);
      gtk_drop_down_set_selected (self->track_dropdown, 0);
      gtk_drop_down_set_selected (self->day_dropdown, 0);
      if (self->agenda_view && !lineup_session_get_starred (session))
        lineup_window_set_agenda_view (self, FALSE);
      lineup_window_refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
    }
  lineup_window_filter_now_end (self);

  position = find_position (G_LIST_MODEL (self->filter_model), session);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  return TRUE;
}

/* Stars */

static void
update_export_enabled (LineupWindow *self)
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
  rebuild_gone (self);
  if (self->agenda_view)
    lineup_window_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  else
    update_empty_state (self);
  restore_gone_focus (self);
  refresh_rows (GTK_WIDGET (self->list_view));
  return G_SOURCE_REMOVE;
}

static void
stars_changed (LineupWindow *self)
{
  update_export_enabled (self);
  /* A star button that is clicked can be in the row that the agenda view
   * is about to drop: refilter once the click is over. */
  if (self->refilter_source == 0)
    self->refilter_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refilter_stars_cb, self, NULL);
}

static void
on_agenda_changed_cb (LineupWindow *self,
                      LineupAgenda *agenda)
{
  if (self->schedule == NULL)
    return;

  lineup_agenda_apply (agenda, self->schedule);
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
  lineup_window_toast_message (self, message);
}

static void
lineup_window_set_starred (LineupWindow  *self,
                           LineupSession *session,
                           gboolean       starred)
{
  if (self->agenda != NULL)
    lineup_agenda_set_starred (self->agenda, lineup_schedule_get_key (self->schedule),
                               session, starred);

  /* Without an agenda (or before its "changed" arrives) the talk still shows
   * its star and the conflicts follow. */
  lineup_session_set_starred (session, starred);
  lineup_conflicts_update (self->schedule);
  stars_changed (self);
}

static void
set_starred_action (GtkWidget   *widget,
                    const gchar *action_name,
                    GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  const gchar *id = NULL;
  gboolean starred = FALSE;
  LineupSession *session;

  g_variant_get (parameter, "(&sb)", &id, &starred);
  if (self->schedule == NULL || (session = lineup_schedule_find (self->schedule, id)) == NULL)
    return;

  lineup_window_set_starred (self, session, starred);
}

static void
toggle_star_action (GtkWidget   *widget,
                    const gchar *action_name,
                    GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  LineupSession *session = gtk_single_selection_get_selected_item (self->selection);

  if (session != NULL)
    lineup_window_set_starred (self, session, !lineup_session_get_starred (session));
}

static void
on_view_toggle_star_cb (LineupWindow      *self,
                        LineupSession     *session,
                        LineupSessionView *view)
{
  if (self->schedule != NULL)
    lineup_window_set_starred (self, session, !lineup_session_get_starred (session));
}

static void
on_view_session_activated_cb (LineupWindow      *self,
                              LineupSession     *other,
                              LineupSessionView *view)
{
  lineup_window_select_session (self, other);
}

static void
show_session_action (GtkWidget   *widget,
                     const gchar *action_name,
                     GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  LineupSession *session;

  if (self->schedule == NULL)
    return;
  session = lineup_schedule_find (self->schedule, g_variant_get_string (parameter, NULL));
  if (session != NULL)
    lineup_window_select_session (self, session);
}

/* Schedule */

static gchar *
format_date_range (LineupSchedule *schedule)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (schedule));
  GDateTime *first = NULL;
  GDateTime *last = NULL;
  g_autofree gchar *from = NULL;
  g_autofree gchar *to = NULL;

  for (guint i = 0; i < n; i++)
    {
      GDateTime *start = lineup_session_get_start (lineup_schedule_get_session (schedule, i));

      if (start == NULL)
        continue;
      if (first == NULL)
        first = start;
      last = start;
    }
  if (first == NULL)
    return NULL;

  if (lineup_session_get_day_key (lineup_schedule_get_session (schedule, 0)) ==
      (guint) (g_date_time_get_year (last) * 10000 + g_date_time_get_month (last) * 100 +
               g_date_time_get_day_of_month (last)))
    /* Translators: a one-day event, see g_date_time_format() */
    return g_date_time_format (first, _("%B %-d, %Y"));

  if (g_date_time_get_year (first) == g_date_time_get_year (last) &&
      g_date_time_get_month (first) == g_date_time_get_month (last))
    {
      /* Translators: the first day of an event within one month ("November 6") */
      from = g_date_time_format (first, _("%B %-d"));
      /* Translators: the last day of an event within one month ("9, 2023") */
      to = g_date_time_format (last, _("%-d, %Y"));
    }
  else
    {
      /* Translators: the first day of an event spanning months ("October 30") */
      from = g_date_time_format (first, _("%B %-d"));
      /* Translators: the last day of an event spanning months ("November 2, 2023") */
      to = g_date_time_format (last, _("%B %-d, %Y"));
    }

  /* Translators: a date range, "November 6 – 9, 2023" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static void
update_titles (LineupWindow *self)
{
  const gchar *title = self->schedule != NULL ? lineup_schedule_get_title (self->schedule) : NULL;
  g_autofree gchar *range = self->schedule != NULL ? format_date_range (self->schedule) : NULL;

  if (title == NULL || *title == '\0')
    title = _("Lineup");

  adw_window_title_set_title (self->window_title, title);
  if (range != NULL && self->schedule_zone != NULL)
    {
      g_autofree gchar *subtitle = NULL;

      /* Translators: the dates of the event and the time zone its times are
       * shown in, as in "November 6 – 9, 2023 · times in Europe/Berlin" */
      subtitle = g_strdup_printf (_("%s · times in %s"), range, self->schedule_zone);
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->window_title, range ? range : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static const gchar *lineup_window_get_zone_override (LineupWindow *self);

/* @zone: the zone override @schedule was read with, or NULL. */
/* The talks' folded search texts are made on first use, then copied into
 * the search index: do both while the window is idle, a slice at a time, so
 * that no keystroke in the search entry pays for a whole conference. */
/* Well under a 16 ms frame. */
#define WARM_SLICE_USEC (4 * G_TIME_SPAN_MILLISECOND)

static gboolean
warm_search_texts_cb (gpointer user_data)
{
  LineupWindow *self = user_data;
  gint64 deadline = g_get_monotonic_time () + WARM_SLICE_USEC;

  /* Small steps until the slice's time is up: making a talk's text may
   * mean splitting its title and parsing its speakers first. */
  while (!lineup_search_index_build_step (self->search_index, 64))
    if (g_get_monotonic_time () >= deadline)
      return G_SOURCE_CONTINUE;
  self->warm_source = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_INDEXED]);
  return G_SOURCE_REMOVE;
}

static void
lineup_window_start_search_index (LineupWindow *self)
{
  gboolean was_indexed = self->search_index != NULL &&
                         lineup_search_index_is_complete (self->search_index);

  g_clear_handle_id (&self->warm_source, g_source_remove);
  g_clear_pointer (&self->search_index, lineup_search_index_unref);
  if (self->schedule != NULL)
    {
      self->search_index = lineup_search_index_new_empty (self->schedule);
      self->warm_source = g_idle_add_full (G_PRIORITY_LOW, warm_search_texts_cb, self, NULL);
    }
  g_clear_pointer (&self->search_hits, g_free);
  if (was_indexed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_INDEXED]);
}

static void
lineup_window_set_schedule_in_zone (LineupWindow   *self,
                                    LineupSchedule *schedule,
                                    const gchar    *zone)
{
  if (self->schedule == schedule)
    return;

  g_set_object (&self->schedule, schedule);
  g_free (self->schedule_zone);
  self->schedule_zone = schedule != NULL ? g_strdup (zone) : NULL;
  if (schedule != NULL)
    {
      if (self->agenda != NULL)
        lineup_agenda_apply (self->agenda, schedule);
      else
        lineup_conflicts_update (schedule);
    }

  lineup_window_start_search_index (self);

  rebuild_filter_choices (self);
  lineup_session_view_set_schedule (LINEUP_SESSION_VIEW (self->session_view), schedule);
  rebuild_gone (self);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (schedule));
  lineup_window_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  update_titles (self);
  update_export_enabled (self);
  update_empty_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
}

void
lineup_window_set_schedule (LineupWindow   *self,
                            LineupSchedule *schedule)
{
  g_return_if_fail (LINEUP_IS_WINDOW (self));
  g_return_if_fail (schedule == NULL || LINEUP_IS_SCHEDULE (schedule));

  /* The caller read it with the zone in use (the application does). */
  lineup_window_set_schedule_in_zone (self, schedule, lineup_window_get_zone_override (self));
}

LineupSchedule *
lineup_window_get_schedule (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  return self->schedule;
}

GListModel *
lineup_window_get_model (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

GtkSingleSelection *
lineup_window_get_selection (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  return self->selection;
}

gboolean
lineup_window_get_agenda_view (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), FALSE);

  return self->agenda_view;
}

void
lineup_window_set_agenda_view (LineupWindow *self,
                               gboolean      agenda_view)
{
  g_return_if_fail (LINEUP_IS_WINDOW (self));

  agenda_view = !!agenda_view;
  if (self->agenda_view == agenda_view)
    return;

  self->agenda_view = agenda_view;
  /* The header has room for Export only where it matters (also in the menu). */
  gtk_widget_set_visible (self->export_button, agenda_view);
  lineup_window_refilter (self, agenda_view ? GTK_FILTER_CHANGE_MORE_STRICT
                                            : GTK_FILTER_CHANGE_LESS_STRICT);
  refresh_rows (GTK_WIDGET (self->list_view));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

const gchar *
lineup_window_get_last_toast (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  return self->last_toast;
}

/* Opening */

/* The zone override to read posts with, or NULL for the post's own zone. */
static const gchar *
lineup_window_get_zone_override (LineupWindow *self)
{
  GtkApplication *app;

  /* A zone picked in the menu wins over --timezone. */
  if (self->time_zone_chosen)
    {
      g_free (self->resolved_zone);
      self->resolved_zone = lineup_zone_resolve (self->time_zone);
      return self->resolved_zone;
    }

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (LINEUP_IS_APPLICATION (app))
    return lineup_application_get_zone_override (LINEUP_APPLICATION (app));
  return NULL;
}

static gint
find_string (GPtrArray   *strings,
             const gchar *string)
{
  for (guint i = 0; i < strings->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (strings, i), string) == 0)
        return (gint) i;
    }
  return -1;
}

static gint
find_day (GArray *day_keys,
          guint   day_key)
{
  for (guint i = 0; i < day_keys->len; i++)
    {
      if (g_array_index (day_keys, guint, i) == day_key)
        return (gint) i;
    }
  return -1;
}

/* The same post read again in another zone: the stars, the selected talk,
 * the search and the filters stay. */
static void
lineup_window_replace_schedule (LineupWindow   *self,
                                LineupSchedule *schedule,
                                const gchar    *zone)
{
  LineupSession *selected = gtk_single_selection_get_selected_item (self->selection);
  g_autofree gchar *selected_id = selected ? g_strdup (lineup_session_get_id (selected)) : NULL;
  g_autofree gchar *track = g_strdup (self->track);
  gboolean day_filter = self->day_filter;
  guint day_key = self->day_key;
  guint moved_day_key = self->day_key;
  guint n = lineup_schedule_get_n_sessions (schedule);
  gint index;

  /* A day is a date in the zone shown: the same date if it is still there,
   * else the date its first talk now falls on. */
  if (day_filter && self->schedule != NULL)
    {
      guint old_n = lineup_schedule_get_n_sessions (self->schedule);

      for (guint i = 0; i < old_n; i++)
        {
          LineupSession *old = lineup_schedule_get_session (self->schedule, i);
          LineupSession *now;

          if (lineup_session_get_day_key (old) != day_key)
            continue;
          now = lineup_schedule_find (schedule, lineup_session_get_id (old));
          if (now != NULL)
            moved_day_key = lineup_session_get_day_key (now);
          break;
        }
    }

  /* Without an agenda the stars live in the talks only. */
  if (self->schedule != NULL)
    {
      for (guint i = 0; i < n; i++)
        {
          LineupSession *session = lineup_schedule_get_session (schedule, i);
          LineupSession *old = lineup_schedule_find (self->schedule, lineup_session_get_id (session));

          if (old != NULL)
            lineup_session_set_starred (session, lineup_session_get_starred (old));
        }
    }

  /* Filter at once: the talk's place is needed below. */
  lineup_window_filter_now_begin (self);
  lineup_window_set_schedule_in_zone (self, schedule, zone);

  if (track != NULL && (index = find_string (self->tracks, track)) >= 0)
    gtk_drop_down_set_selected (self->track_dropdown, (guint) index + 1);
  if (day_filter && ((index = find_day (self->day_keys, day_key)) >= 0 ||
                     (index = find_day (self->day_keys, moved_day_key)) >= 0))
    gtk_drop_down_set_selected (self->day_dropdown, (guint) index + 1);

  if (selected_id != NULL)
    {
      LineupSession *session = lineup_schedule_find (schedule, selected_id);
      guint position;

      position = session != NULL ? find_position (G_LIST_MODEL (self->filter_model), session)
                                 : GTK_INVALID_LIST_POSITION;
      if (position != GTK_INVALID_LIST_POSITION)
        {
          gtk_single_selection_set_selected (self->selection, position);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                      position);
        }
    }
  lineup_window_filter_now_end (self);
}

/* Another post: what the search and the filters kept was about the post
 * shown before, and would hide the new one's talks ("No Results Found"). */
static void
lineup_window_reset_filters (LineupWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  lineup_window_take_query (self, NULL);
  gtk_drop_down_set_selected (self->track_dropdown, 0);
  gtk_drop_down_set_selected (self->day_dropdown, 0);
  lineup_window_set_agenda_view (self, FALSE);
}

/* Shows @schedule, another post than the one shown. */
static void
lineup_window_show_other_post (LineupWindow   *self,
                               LineupSchedule *schedule,
                               const gchar    *zone)
{
  g_clear_pointer (&self->open_error, g_free);
  lineup_window_reset_filters (self);
  lineup_window_set_schedule_in_zone (self, schedule, zone);
}

static void
read_post_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  const gchar *zone = g_object_get_data (G_OBJECT (task), "zone");
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule;

  schedule = lineup_post_reader_read_file (file, zone, cancellable, &error);
  if (schedule == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, schedule, g_object_unref);
}

static void
read_post_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LineupWindow *self = LINEUP_WINDOW (object);
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = g_task_get_task_data (G_TASK (result));
  const gchar *zone = g_object_get_data (G_OBJECT (result), "zone");
  gboolean reread = g_object_get_data (G_OBJECT (result), "reread") != NULL;

  schedule = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Not cancelled: this was the last read asked for. */
  g_clear_object (&self->pending_file);
  if (schedule == NULL)
    {
      /* A window opened on this post alone says so in its page too. */
      if (self->schedule == NULL)
        {
          g_free (self->open_error);
          self->open_error = g_markup_escape_text (error->message, -1);
          update_empty_state (self);
        }
      lineup_window_toast_message (self, error->message);
      return;
    }

  if (reread && self->schedule != NULL)
    lineup_window_replace_schedule (self, schedule, zone);
  else
    lineup_window_show_other_post (self, schedule, zone);
  if (self->settings != NULL)
    {
      g_autofree gchar *uri = g_file_get_uri (file);

      g_settings_set_string (self->settings, "last-post", uri);
    }
}

/* @reread: @file is the post shown, read again in another zone. */
static void
lineup_window_read_file (LineupWindow *self,
                         GFile        *file,
                         gboolean      reread)
{
  g_autoptr(GTask) task = NULL;

  g_object_ref (file);
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  g_clear_object (&self->pending_file);
  self->pending_file = file;

  task = g_task_new (self, self->open_cancellable, read_post_done, NULL);
  g_task_set_source_tag (task, lineup_window_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "zone",
                          g_strdup (lineup_window_get_zone_override (self)), g_free);
  if (reread)
    g_object_set_data (G_OBJECT (task), "reread", GINT_TO_POINTER (TRUE));
  g_task_run_in_thread (task, read_post_thread);
}

void
lineup_window_open_file (LineupWindow *self,
                         GFile        *file)
{
  g_return_if_fail (LINEUP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  lineup_window_read_file (self, file, FALSE);
}

/* Reads the post shown (or the one being opened) again in the zone now in
 * use. */
static void
lineup_window_reread (LineupWindow *self)
{
  const gchar *zone = lineup_window_get_zone_override (self);
  g_autoptr(LineupSchedule) builtin = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file;

  if (self->pending_file != NULL)
    {
      /* The post being opened replaces the one shown anyway. */
      g_autoptr(GFile) pending = g_object_ref (self->pending_file);
      gboolean reread = self->schedule != NULL &&
                        (file = lineup_schedule_get_file (self->schedule)) != NULL &&
                        g_file_equal (file, pending);

      lineup_window_read_file (self, pending, reread);
      return;
    }

  if (self->schedule == NULL)
    return;

  file = lineup_schedule_get_file (self->schedule);
  if (file != NULL)
    {
      lineup_window_read_file (self, file, TRUE);
      return;
    }

  /* No file: the built-in post, unless the schedule came from elsewhere. */
  builtin = lineup_builtin_post_read (zone, &error);
  if (builtin == NULL)
    {
      lineup_window_toast_message (self, error->message);
      return;
    }
  if (g_strcmp0 (lineup_schedule_get_key (builtin), lineup_schedule_get_key (self->schedule)) != 0)
    return;

  lineup_window_replace_schedule (self, builtin, zone);
}

/* Time zone */

static const gchar *
lineup_window_get_time_zone (LineupWindow *self)
{
  return self->time_zone != NULL ? self->time_zone : "";
}

/* "America/Port_of_Spain": an underscore in a menu label is a mnemonic. */
static gchar *
escape_mnemonics (const gchar *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static GMenuItem *
time_zone_item_new (const gchar *label,
                    const gchar *target)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "win.time-zone", g_variant_new_string (target));
  return item;
}

/* After "Event Time Zone": "My Time Zone (Europe/Berlin)", which follows
 * the computer wherever it is when Lineup runs, and a zone chosen by name
 * (the setting, or an older Lineup's), shown as such so that one item is
 * always checked. */
static void
update_time_zone_items (LineupWindow *self)
{
  g_autofree gchar *local_id = lineup_zone_dup_local_id ();
  const gchar *zone = lineup_window_get_time_zone (self);

  while (g_menu_model_get_n_items (G_MENU_MODEL (self->time_zone_section)) > 1)
    g_menu_remove (self->time_zone_section, 1);

  if (local_id != NULL)
    {
      g_autofree gchar *escaped = escape_mnemonics (local_id);
      /* Translators: a menu item; %s is the computer's time zone, as in
       * "Europe/Berlin" */
      g_autofree gchar *label = g_strdup_printf (_("_My Time Zone (%s)"), escaped);
      g_autoptr(GMenuItem) item = time_zone_item_new (label, LINEUP_ZONE_LOCAL);

      g_menu_append_item (self->time_zone_section, item);
    }
  if (*zone != '\0' && !g_str_equal (zone, LINEUP_ZONE_LOCAL))
    {
      g_autofree gchar *label = escape_mnemonics (zone);
      g_autoptr(GMenuItem) item = time_zone_item_new (label, zone);

      g_menu_append_item (self->time_zone_section, item);
    }
}

static void
lineup_window_set_time_zone (LineupWindow *self,
                             const gchar  *zone)
{
  if (zone == NULL)
    zone = "";
  if (g_strcmp0 (lineup_window_get_time_zone (self), zone) == 0)
    return;

  g_free (self->time_zone);
  self->time_zone = g_strdup (zone);
  update_time_zone_items (self);
  /* The first value comes from the setting, as the post shown was read. */
  if (self->time_zone_bound)
    {
      self->time_zone_chosen = TRUE;
      lineup_window_reread (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

static GtkFileFilter *
markdown_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Markdown Posts"));
  gtk_file_filter_add_pattern (filter, "*.md");
  gtk_file_filter_add_pattern (filter, "*.markdown");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  return filter;
}

static GtkFileFilter *
icalendar_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("iCalendar (.ics)"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  return filter;
}

static GtkFileFilter *
markdown_export_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Markdown (.md)"));
  gtk_file_filter_add_pattern (filter, "*.md");
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_open_dialog_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(LineupWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    lineup_window_open_file (self, file);
}
#else
static void
on_open_response_cb (LineupWindow         *self,
                     gint                  response,
                     GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        lineup_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}
#endif

/* Back to the post Lineup comes with, which it then opens at start again. */
static void
open_builtin_action (GtkWidget   *widget,
                     const gchar *action_name,
                     GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  const gchar *zone = lineup_window_get_zone_override (self);
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;

  /* A post still being read would replace it when done. */
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->pending_file);

  schedule = lineup_builtin_post_read (zone, &error);
  if (schedule == NULL)
    {
      lineup_window_toast_message (self, error->message);
      return;
    }
  lineup_window_show_other_post (self, schedule, zone);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-post", "");
}

static void
open_action (GtkWidget   *widget,
             const gchar *action_name,
             GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = markdown_filter ();

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Open a Conference Post"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, on_open_dialog_done_cb,
                        g_object_ref (self));
#else
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = markdown_filter ();

  native = gtk_file_chooser_native_new (_("Open a Conference Post"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_open_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
#endif
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            gdouble        x,
            gdouble        y,
            LineupWindow  *self)
{
  GFile *file;

  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;
  file = g_value_get_object (value);
  if (file == NULL)
    return FALSE;

  lineup_window_open_file (self, file);
  return TRUE;
}

/* Export */

gboolean
lineup_window_export_to (LineupWindow  *self,
                         GFile         *file,
                         GError       **error)
{
  g_autoptr(GPtrArray) starred = NULL;
  g_autofree gchar *path = NULL;
  g_autofree gchar *name = NULL;
  g_autofree gchar *message = NULL;
  g_autofree gchar *uri = NULL;
  guint n_exported = 0;
  guint n_skipped = 0;

  g_return_val_if_fail (LINEUP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (self->schedule == NULL || path == NULL)
    {
      g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                   _("There is nothing to export"));
      lineup_window_toast_message (self, _("There is nothing to export"));
      return FALSE;
    }

  starred = lineup_schedule_dup_starred (self->schedule);
  if (!lineup_export_write (self->schedule, starred, path, &n_exported, &n_skipped, error))
    {
      lineup_window_toast_message (self, (error && *error) ? (*error)->message
                                                           : _("The agenda cannot be exported"));
      return FALSE;
    }

  name = g_file_get_basename (file);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported %u talk to %s",
                                          "Exported %u talks to %s",
                                          n_exported),
                             n_exported, name);
  uri = g_file_get_uri (file);
  lineup_window_toast (self, message, uri);
  return TRUE;
}

static void
save_export (LineupWindow *self,
             GFile        *file,
             gboolean      markdown)
{
  g_autofree gchar *name = g_file_get_basename (file);
  g_autofree gchar *with_extension = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) target = NULL;

  /* The chosen filter decides the format when the name does not
   * ("agenda.ICS" names one too). */
  with_extension = lineup_export_ensure_extension (name,
                                                   markdown ? LINEUP_EXPORT_MARKDOWN
                                                            : LINEUP_EXPORT_ICALENDAR);
  target = g_file_get_child (parent, with_extension);

  lineup_window_export_to (self, target, NULL);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_export_dialog_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(LineupWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    save_export (self, file, FALSE);
}
#else
static void
on_export_response_cb (LineupWindow         *self,
                       gint                  response,
                       GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
      gboolean markdown = filter != NULL &&
                          g_object_get_data (G_OBJECT (filter), "lineup-markdown") != NULL;

      if (file != NULL)
        save_export (self, file, markdown);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}
#endif

/* Where an export is saved unless the user goes elsewhere: Documents, or
 * the home folder on a system without one. */
static GFile *
export_folder (void)
{
  const gchar *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static void
export_action (GtkWidget   *widget,
               const gchar *action_name,
               GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  g_autoptr(GtkFileFilter) ics = icalendar_filter ();
  g_autoptr(GtkFileFilter) md = markdown_export_filter ();
  g_autoptr(GFile) folder = export_folder ();
  g_autofree gchar *name = lineup_export_suggest_name (self->schedule, LINEUP_EXPORT_ICALENDAR);
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, ics);
  g_list_store_append (filters, md);
  gtk_file_dialog_set_title (dialog, _("Export Agenda"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, ics);
  gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, on_export_dialog_done_cb,
                        g_object_ref (self));
#else
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Agenda"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  g_object_set_data (G_OBJECT (md), "lineup-markdown", GINT_TO_POINTER (TRUE));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), ics);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), md);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), ics);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
#endif
}

static void
open_uri_action (GtkWidget   *widget,
                 const gchar *action_name,
                 GVariant    *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* Navigation */

static void
search_action (GtkWidget   *widget,
               const gchar *action_name,
               GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget   *widget,
             const gchar *action_name,
             GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Escape, wherever the focus is (the search entry handles it first when it
 * has the focus): back to the list in narrow mode, else the search and the
 * filters are cleared. */
static void
escape_action (GtkWidget   *widget,
               const gchar *action_name,
               GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  const gchar *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "content") == 0)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return;
    }

  if (*text != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->track_dropdown, 0);
  gtk_drop_down_set_selected (self->day_dropdown, 0);
}

static void
on_leaflet_folded_cb (LineupWindow *self)
{
  /* In narrow mode the list comes first. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
}

/* Window state */

static gboolean
lineup_window_close_request (GtkWindow *window)
{
  LineupWindow *self = LINEUP_WINDOW (window);

  if (self->settings != NULL)
    {
      gint width = 0;
      gint height = 0;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (lineup_window_parent_class)->close_request (window);
}

static GSettings *
lineup_window_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Run from the build folder without an installed schema, the window
   * still works, it just forgets its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new (APP_ID);
}

/* Names for screen readers that GTK 4.8 gets wrong by itself. */

/* The button inside a GtkDropDown is what screen readers
 * reach: without a name of its own it is announced by its GType. */
static void
name_inner_button (GtkWidget   *widget,
                   const gchar *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
          return;
        }
    }
}

/* The filters' dropdowns show their choice in a label of a fixed width
 * (ellipsized: "KubeCon + Cloud…"), so that choosing a long track name does
 * not widen the sidebar; their popovers show the names whole. */
static void
setup_choice_label_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  capped)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (capped != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_choice_label_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  capped)
{
  GtkStringObject *choice = gtk_list_item_get_item (item);
  const gchar *text = choice != NULL ? gtk_string_object_get_string (choice) : "";

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), capped != NULL ? text : NULL);
}

static GtkListItemFactory *
choice_factory_new (gboolean capped)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_label_cb),
                    capped ? GINT_TO_POINTER (TRUE) : NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_label_cb),
                    capped ? GINT_TO_POINTER (TRUE) : NULL);
  return factory;
}

static void
set_choice_factories (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = choice_factory_new (TRUE);
  g_autoptr(GtkListItemFactory) list = choice_factory_new (FALSE);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

static void
lineup_window_name_controls (LineupWindow *self)
{
  /* A button with a mnemonic label is named by its raw label and by the
   * label's text ("_All Talks All Talks"): its label's text is enough. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->all_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->agenda_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);

  set_choice_factories (self->track_dropdown);
  set_choice_factories (self->day_dropdown);
  name_inner_button (GTK_WIDGET (self->track_dropdown), _("Track"));
  name_inner_button (GTK_WIDGET (self->day_dropdown), _("Day"));
}

static void
lineup_window_dispose (GObject *object)
{
  LineupWindow *self = LINEUP_WINDOW (object);

  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_object (&self->pending_file);
  g_clear_handle_id (&self->refilter_source, g_source_remove);
  g_clear_handle_id (&self->warm_source, g_source_remove);
  g_clear_pointer (&self->search_hits, g_free);
  g_clear_pointer (&self->search_index, lineup_search_index_unref);
  if (self->time_zone_bound && self->settings != NULL)
    g_settings_unbind (self, "time-zone");
  self->time_zone_bound = FALSE;

  if (self->agenda != NULL)
    g_signal_handlers_disconnect_by_data (self->agenda, self);
  g_clear_object (&self->agenda);

  /* The rows go with the template. */
  g_clear_pointer (&self->gone, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LINEUP_TYPE_WINDOW);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->schedule);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lineup_window_parent_class)->dispose (object);
}

static void
lineup_window_finalize (GObject *object)
{
  LineupWindow *self = LINEUP_WINDOW (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->track, g_free);
  g_clear_pointer (&self->tracks, g_ptr_array_unref);
  g_clear_pointer (&self->day_keys, g_array_unref);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->open_error, g_free);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->resolved_zone, g_free);
  g_clear_pointer (&self->schedule_zone, g_free);

  G_OBJECT_CLASS (lineup_window_parent_class)->finalize (object);
}

static void
lineup_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LineupWindow *self = LINEUP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SCHEDULE:
      g_value_set_object (value, self->schedule);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->agenda_view ? "agenda" : "all");
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, lineup_window_get_time_zone (self));
      break;
    case PROP_SEARCH_INDEXED:
      g_value_set_boolean (value, self->search_index != NULL &&
                                  lineup_search_index_is_complete (self->search_index));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LineupWindow *self = LINEUP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      lineup_window_set_agenda_view (self, g_strcmp0 (g_value_get_string (value), "agenda") == 0);
      break;
    case PROP_TIME_ZONE:
      lineup_window_set_time_zone (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The saved stars could not be read: the agenda kept the old file aside.
 * Say so where the stars are missing, and where the file is. */
static void
update_recovered_banner (LineupWindow *self)
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
  update_recovered_banner (self);
}

static void
show_file_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LineupWindow) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file = self->agenda != NULL ? lineup_agenda_get_recovered_file (self->agenda) : NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply != NULL || file == NULL)
    return;

  /* No file manager answers ShowItems: open the folder instead. */
  {
    g_autoptr(GFile) folder = g_file_get_parent (file);
    g_autofree gchar *uri = g_file_get_uri (folder);

    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  }
}

/* Shows the kept file in the file manager, selected. */
static void
show_recovered_file_action (GtkWidget   *widget,
                            const gchar *action_name,
                            GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  GFile *file = self->agenda != NULL ? lineup_agenda_get_recovered_file (self->agenda) : NULL;
  GDBusConnection *bus = g_application_get_default () != NULL
    ? g_application_get_dbus_connection (g_application_get_default ()) : NULL;
  g_autofree gchar *uri = NULL;
  const gchar *uris[2] = { NULL, NULL };

  if (file == NULL)
    return;
  uri = g_file_get_uri (file);
  uris[0] = uri;
  if (bus == NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree gchar *folder_uri = g_file_get_uri (folder);

      gtk_show_uri (GTK_WINDOW (self), folder_uri, GDK_CURRENT_TIME);
      return;
    }
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, show_file_done_cb,
                          g_object_ref (self));
}

static void
dismiss_recovered_file_action (GtkWidget   *widget,
                               const gchar *action_name,
                               GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);

  self->recovered_dismissed = TRUE;
  update_recovered_banner (self);
}

static void
lineup_window_class_init (LineupWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lineup_window_dispose;
  object_class->finalize = lineup_window_finalize;
  object_class->get_property = lineup_window_get_property;
  object_class->set_property = lineup_window_set_property;
  window_class->close_request = lineup_window_close_request;

  properties[PROP_SCHEDULE] =
    g_param_spec_object ("schedule", NULL, NULL, LINEUP_TYPE_SCHEDULE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* "all" or "agenda" (the starred talks). */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "all",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The zone times are shown in: "" for the event's, else an IANA id
   * (bound to the "timezone" setting).  Changing it reads the post again. */
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether every search text of the schedule is in the search index, so
   * that a search costs one pass over one buffer per word (for tests). */
  properties[PROP_SEARCH_INDEXED] =
    g_param_spec_boolean ("search-indexed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LINEUP_TYPE_SESSION_ROW);
  g_type_ensure (LINEUP_TYPE_SESSION_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lineup-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, all_button);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, recovered_revealer);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, recovered_label);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, agenda_button);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, track_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, day_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, gone_separator);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, gone_scroller);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, gone_group);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, session_view);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, time_zone_section);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_track_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-builtin", NULL, open_builtin_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "win.show-recovered-file", NULL,
                                   show_recovered_file_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-recovered-file", NULL,
                                   dismiss_recovered_file_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-star", NULL, toggle_star_action);
  gtk_widget_class_install_action (widget_class, "win.set-starred", "(sb)", set_starred_action);
  gtk_widget_class_install_action (widget_class, "win.show-session", "s", show_session_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");
  gtk_widget_class_install_property_action (widget_class, "win.time-zone", "time-zone");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.toggle-star", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.view", "s", "all");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.view", "s", "agenda");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.escape", NULL);
}

static void
lineup_window_init (LineupWindow *self)
{
  GtkDropTarget *drop;
  GtkGesture *click;
  GtkEventController *key;

  self->tracks = g_ptr_array_new_with_free_func (g_free);
  self->day_keys = g_array_new (FALSE, FALSE, sizeof (guint));
  self->gone = g_ptr_array_new_with_free_func ((GDestroyNotify) gone_star_free);
  self->gone_focus = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  lineup_window_name_controls (self);

  self->filter = gtk_custom_filter_new (filter_session_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_filter_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (on_filter_pending_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->session_view, "toggle-star",
                           G_CALLBACK (on_view_toggle_star_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_view, "session-activated",
                           G_CALLBACK (on_view_session_activated_cb), self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (on_list_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  key = gtk_event_controller_key_new ();
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->settings = lineup_window_create_settings ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      /* Every window follows the setting, whichever window changed it. */
      g_settings_bind (self->settings, "timezone", self, "time-zone", G_SETTINGS_BIND_DEFAULT);
    }
  self->time_zone_bound = TRUE;
  update_time_zone_items (self);

  rebuild_filter_choices (self);
  on_selected_item_changed_cb (self);
  update_export_enabled (self);
  update_empty_state (self);
}

LineupWindow *
lineup_window_new (GtkApplication *application,
                   LineupAgenda   *agenda)
{
  LineupWindow *self = g_object_new (LINEUP_TYPE_WINDOW, "application", application, NULL);

  if (g_set_object (&self->agenda, agenda))
    {
      g_signal_connect_object (agenda, "changed", G_CALLBACK (on_agenda_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (agenda, "save-failed", G_CALLBACK (on_agenda_save_failed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (agenda, "notify::recovered-file",
                               G_CALLBACK (on_recovered_file_cb), self, G_CONNECT_SWAPPED);
    }
  update_recovered_banner (self);
  return self;
}
