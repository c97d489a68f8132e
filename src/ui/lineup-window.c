/* lineup-window.c — the main window: list of talks + detail pane (composition)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

G_DEFINE_FINAL_TYPE (LineupWindow, lineup_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SCHEDULE,
  PROP_VIEW,
  PROP_TIME_ZONE,
  PROP_SEARCH_INDEXED,
  PROP_AGENDA,
  PROP_ZONE_PREFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Toast titles are Pango markup on libadwaita 1.2: @message is escaped.
 * @uri, if given, gets an "Open" button. */
void
_lineup_window_toast (LineupWindow *self,
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

void
_lineup_window_toast_message (LineupWindow *self,
                             const gchar  *message)
{
  _lineup_window_toast (self, message, NULL);
}

/* Selection and detail pane */

static void
on_selected_item_changed_cb (LineupWindow *self)
{
  LineupSession *session = gtk_single_selection_get_selected_item (self->selection);

  lineup_session_view_set_session (LINEUP_SESSION_VIEW (self->session_view), session);

  gtk_stack_set_visible_child_name (self->detail_stack, session != NULL ? "session" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-star", session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-maybe", session != NULL);
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
  _lineup_window_filter_now_begin (self);
  lineup_session_filter_set_query (self->filter,
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  _lineup_window_filter_now_end (self);

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

static void
on_view_session_activated_cb (LineupWindow      *self,
                              LineupSession     *other,
                              LineupSessionView *view)
{
  lineup_window_select_session (self, other);
}

static void
on_leaflet_folded_cb (LineupWindow *self)
{
  /* In narrow mode the list comes first. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
}

guint
_lineup_window_find_position (GListModel    *model,
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
      _lineup_window_find_position (G_LIST_MODEL (self->schedule), session) ==
      GTK_INVALID_LIST_POSITION)
    return FALSE;

  /* The search, the filters and My Agenda give way to the talk asked for,
   * which must be in the list before it can be selected. */
  _lineup_window_filter_now_begin (self);
  if (!gtk_filter_match (GTK_FILTER (self->filter), session))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      lineup_session_filter_set_query (self->filter, NULL);
      _lineup_window_clear_filter_choices (self);
      if (lineup_session_get_pick (session) == LINEUP_PICK_NONE)
        lineup_window_set_agenda_view (self, FALSE);
    }
  _lineup_window_filter_now_end (self);

  position = _lineup_window_find_position (G_LIST_MODEL (self->filter_model), session);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  return TRUE;
}

/* Schedule */

static gchar *
format_date_range (LineupSchedule *schedule)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (schedule));
  guint first_key = 0, last_key = 0;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree gchar *from = NULL;
  g_autofree gchar *to = NULL;

  /* The days of the list's headers: a talk's start, or the day a post
   * gives without a time. */
  for (guint i = 0; i < n; i++)
    {
      guint key = lineup_session_get_day_key (lineup_schedule_get_session (schedule, i));

      if (key == 0)
        continue;
      if (first_key == 0 || key < first_key)
        first_key = key;
      last_key = MAX (last_key, key);
    }
  if (first_key == 0)
    return NULL;
  first = lineup_day_key_to_date_time (first_key);
  last = lineup_day_key_to_date_time (last_key);

  if (lineup_day_key_from_date_time (first) == lineup_day_key_from_date_time (last))
    /* Translators: a one-day event, see g_date_time_format() */
    return g_date_time_format (first, _("%B %-d, %Y"));

  if (g_date_time_get_year (first) != g_date_time_get_year (last))
    {
      /* Translators: the first day of an event spanning years ("December 30, 2025") */
      from = g_date_time_format (first, _("%B %-d, %Y"));
      /* Translators: the last day of an event spanning years ("January 2, 2026") */
      to = g_date_time_format (last, _("%B %-d, %Y"));
    }
  else if (g_date_time_get_month (first) == g_date_time_get_month (last))
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

void
_lineup_window_set_schedule_in_zone (LineupWindow   *self,
                                    LineupSchedule *schedule,
                                    const gchar    *zone)
{
  if (self->schedule == schedule)
    return;

  g_set_object (&self->schedule, schedule);
  g_free (self->schedule_zone);
  self->schedule_zone = schedule != NULL ? g_strdup (zone) : NULL;
  if (schedule != NULL)
    _lineup_window_sync_stars (self);

  lineup_session_filter_set_schedule (self->filter, schedule);
  _lineup_window_rebuild_filter_choices (self);
  lineup_session_view_set_schedule (LINEUP_SESSION_VIEW (self->session_view), schedule);
  _lineup_window_rebuild_gone (self);
  _lineup_window_update_notes (self);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (schedule));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_titles (self);
  _lineup_window_update_export_enabled (self);
  _lineup_window_update_empty_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
}

void
lineup_window_set_schedule (LineupWindow   *self,
                            LineupSchedule *schedule)
{
  g_return_if_fail (LINEUP_IS_WINDOW (self));
  g_return_if_fail (schedule == NULL || LINEUP_IS_SCHEDULE (schedule));

  /* The caller read it with the zone in use (the application does). */
  _lineup_window_set_schedule_in_zone (self, schedule, _lineup_window_get_zone_override (self));
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

  return lineup_session_filter_get_agenda_mode (self->filter);
}

void
lineup_window_set_agenda_view (LineupWindow *self,
                               gboolean      agenda_view)
{
  g_return_if_fail (LINEUP_IS_WINDOW (self));

  agenda_view = !!agenda_view;
  if (lineup_session_filter_get_agenda_mode (self->filter) == agenda_view)
    return;

  /* The header has room for Export only where it matters (also in the menu). */
  gtk_widget_set_visible (self->export_button, agenda_view);
  lineup_session_filter_set_agenda_mode (self->filter, agenda_view);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

const gchar *
lineup_window_get_last_toast (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  return self->last_toast;
}

guint
lineup_window_get_n_conflict_updates (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), 0);

  return self->n_conflict_updates;
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

static void
on_search_indexed_cb (LineupWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_INDEXED]);
}

/* Each row is given what it shows: its talk and place, the list around it
 * (for its day header and free time) and whether My Agenda is shown. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LineupWindow             *self)
{
  GtkWidget *row = lineup_session_row_new ();

  g_object_set (row, "model", self->selection, NULL);
  g_object_bind_property (item, "item", row, "session", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "position", row, "position", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->filter, "agenda-mode", row, "show-free-time",
                          G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, row);
}

static void
set_row_factory (LineupWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
}

static void
lineup_window_dispose (GObject *object)
{
  LineupWindow *self = LINEUP_WINDOW (object);

  _lineup_window_dispose_sources (self);
  g_clear_handle_id (&self->refilter_source, g_source_remove);
  if (self->zone_preference != NULL)
    g_signal_handlers_disconnect_by_data (self->zone_preference, self);
  g_clear_object (&self->zone_preference);

  if (self->agenda != NULL)
    g_signal_handlers_disconnect_by_data (self->agenda, self);
  g_clear_object (&self->agenda);

  /* The rows go with the template. */
  g_clear_pointer (&self->gone, g_ptr_array_unref);
  _lineup_window_dispose_notes (self);
  _lineup_window_dispose_fits (self);
  _lineup_window_dispose_settings_actions (self);
  _lineup_window_dispose_changes (self);
  _lineup_window_dispose_resolve (self);
  _lineup_window_dispose_plan (self);
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

  g_clear_pointer (&self->tracks, g_ptr_array_unref);
  g_clear_pointer (&self->rooms, g_ptr_array_unref);
  g_clear_pointer (&self->day_keys, g_array_unref);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->open_error, g_free);
  g_clear_pointer (&self->schedule_zone, g_free);
  g_clear_pointer (&self->downloads, g_hash_table_unref);

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
      g_value_set_string (value, lineup_window_get_agenda_view (self) ? "agenda" : "all");
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, _lineup_window_get_time_zone (self));
      break;
    case PROP_SEARCH_INDEXED:
      g_value_set_boolean (value, lineup_session_filter_get_search_indexed (self->filter));
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
      lineup_zone_preference_set_time_zone (self->zone_preference, g_value_get_string (value));
      break;
    case PROP_AGENDA:
      self->agenda = g_value_dup_object (value);
      break;
    case PROP_ZONE_PREFERENCE:
      self->zone_preference = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_window_constructed (GObject *object)
{
  LineupWindow *self = LINEUP_WINDOW (object);

  G_OBJECT_CLASS (lineup_window_parent_class)->constructed (object);

  _lineup_window_follow_zone_preference (self);
  _lineup_window_watch_agenda (self);
}

static void
lineup_window_class_init (LineupWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lineup_window_constructed;
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
  /* Where the stars are kept, or NULL (the talks keep their own). */
  properties[PROP_AGENDA] =
    g_param_spec_object ("agenda", NULL, NULL, LINEUP_TYPE_AGENDA,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The application's time-zone preference; without one the window makes
   * its own. */
  properties[PROP_ZONE_PREFERENCE] =
    g_param_spec_object ("zone-preference", NULL, NULL, LINEUP_TYPE_ZONE_PREFERENCE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
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
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, room_dropdown);
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
  _lineup_window_class_init_filters (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  _lineup_window_class_init_actions (widget_class);
  _lineup_window_class_init_sources (widget_class);
  _lineup_window_class_init_changes (widget_class);
  _lineup_window_class_init_resolve (widget_class);
  _lineup_window_class_init_notes (widget_class);
}

static void
lineup_window_init (LineupWindow *self)
{
  GtkGesture *click;
  GtkEventController *key;

  self->tracks = g_ptr_array_new_with_free_func (g_free);
  self->rooms = g_ptr_array_new_with_free_func (g_free);
  self->day_keys = g_array_new (FALSE, FALSE, sizeof (guint));
  _lineup_window_init_stars (self);
  _lineup_window_init_sources (self);

  /* Before the template: its view buttons ask the filter for the view. */
  self->filter = lineup_session_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The model chain: schedule → filter → selection. */
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  _lineup_window_init_filters (self);
  _lineup_window_init_sources_ui (self);
  g_signal_connect_object (self->filter, "notify::search-indexed",
                           G_CALLBACK (on_search_indexed_cb), self, G_CONNECT_SWAPPED);
  set_row_factory (self);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->session_view, "session-activated",
                           G_CALLBACK (on_view_session_activated_cb), self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (on_list_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  key = gtk_event_controller_key_new ();
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);

  _lineup_window_init_open (self);

  self->settings = lineup_settings_try_new (APP_ID);
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  _lineup_window_init_settings_actions (self);

  _lineup_window_rebuild_filter_choices (self);
  on_selected_item_changed_cb (self);
  _lineup_window_update_export_enabled (self);
  _lineup_window_update_empty_state (self);
}

LineupWindow *
lineup_window_new (GtkApplication *application,
                   LineupAgenda   *agenda)
{
  return g_object_new (LINEUP_TYPE_WINDOW, "application", application, "agenda", agenda, NULL);
}
