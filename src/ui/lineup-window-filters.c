/* lineup-window-filters.c — the window's search entry, Track, Day and Room
 * filters, and what the list says when empty
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lineup-window-private.h"

void
_lineup_window_update_empty_state (LineupWindow *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint n_all = self->schedule != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->schedule)) : 0;
  gboolean searching = lineup_session_filter_is_narrowed (self->filter);
  gboolean listing = n_shown > 0 || gtk_filter_list_model_get_pending (self->filter_model) > 0;
  guint n_gone = _lineup_window_update_gone_visibility (self);

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
  else if (lineup_session_filter_get_agenda_mode (self->filter) && !searching)
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
  _lineup_window_update_empty_state (self);
}

static void
on_filter_pending_cb (LineupWindow *self)
{
  _lineup_window_update_empty_state (self);
}

/* The filter's "changed" (connected after the filter model's handler). */
static void
on_filter_changed_cb (LineupWindow *self)
{
  _lineup_window_update_empty_state (self);
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
void
_lineup_window_filter_now_begin (LineupWindow *self)
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

void
_lineup_window_filter_now_end (LineupWindow *self)
{
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
}

static void
on_search_changed_cb (LineupWindow   *self,
                      GtkSearchEntry *entry)
{
  lineup_session_filter_set_query (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
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
  lineup_session_filter_set_track (self->filter, track);
}

static void
on_room_selected_cb (LineupWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->room_dropdown);
  const gchar *room = NULL;

  if (self->updating_filters)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->rooms->len)
    room = g_ptr_array_index (self->rooms, selected - 1);
  lineup_session_filter_set_room (self->filter, room);
}

static void
on_day_selected_cb (LineupWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->day_dropdown);
  guint day_key = LINEUP_SESSION_FILTER_ANY_DAY;

  if (self->updating_filters)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->day_keys->len)
    day_key = g_array_index (self->day_keys, guint, selected - 1);
  lineup_session_filter_set_day_key (self->filter, day_key);
}

static gint
compare_rooms (gconstpointer a,
               gconstpointer b)
{
  const gchar *room_a = *(const gchar * const *) a;
  const gchar *room_b = *(const gchar * const *) b;
  g_autofree gchar *key_a = g_utf8_collate_key_for_filename (room_a, -1);
  g_autofree gchar *key_b = g_utf8_collate_key_for_filename (room_b, -1);

  return strcmp (key_a, key_b);
}

/* The rooms of the schedule, each once, in the order a person looks for
 * them ("H.1301" before "H.1302", "UB2.252A" before "UB5.132"). */
static GPtrArray *
dup_rooms (LineupSchedule *schedule)
{
  GPtrArray *rooms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = schedule != NULL ? lineup_schedule_get_n_sessions (schedule) : 0;

  for (guint i = 0; i < n; i++)
    {
      const gchar *room = lineup_session_get_room (lineup_schedule_get_session (schedule, i));

      if (room == NULL || *room == '\0' || !g_hash_table_add (seen, (gpointer) room))
        continue;
      g_ptr_array_add (rooms, g_strdup (room));
    }
  g_ptr_array_sort (rooms, compare_rooms);
  return rooms;
}

static GtkStringList *
choice_names_new (const gchar *all,
                  GPtrArray   *names)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all);
  for (guint i = 0; i < names->len; i++)
    gtk_string_list_append (list, g_ptr_array_index (names, i));
  return list;
}

void
_lineup_window_rebuild_filter_choices (LineupWindow *self)
{
  g_autoptr(GtkStringList) track_names = NULL;
  g_autoptr(GtkStringList) room_names = NULL;
  g_autoptr(GtkStringList) day_names = gtk_string_list_new (NULL);
  guint n = self->schedule != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->schedule)) : 0;

  g_ptr_array_unref (self->tracks);
  self->tracks = self->schedule != NULL ? lineup_schedule_dup_tracks (self->schedule)
                                        : g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_unref (self->rooms);
  self->rooms = dup_rooms (self->schedule);
  g_array_set_size (self->day_keys, 0);

  track_names = choice_names_new (_("All Tracks"), self->tracks);
  room_names = choice_names_new (_("All Rooms"), self->rooms);

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
      label = day != 0 ? lineup_session_format_day_long (session)
                       : g_strdup (lineup_session_untimed_label (session));
      gtk_string_list_append (day_names, label);
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->track_dropdown, G_LIST_MODEL (track_names));
  gtk_drop_down_set_selected (self->track_dropdown, 0);
  gtk_drop_down_set_model (self->room_dropdown, G_LIST_MODEL (room_names));
  gtk_drop_down_set_selected (self->room_dropdown, 0);
  gtk_drop_down_set_model (self->day_dropdown, G_LIST_MODEL (day_names));
  gtk_drop_down_set_selected (self->day_dropdown, 0);
  self->updating_filters = FALSE;

  /* A choice of one filters nothing; posts have no rooms at all. */
  gtk_widget_set_visible (GTK_WIDGET (self->track_dropdown), self->tracks->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->room_dropdown), self->rooms->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->day_dropdown), self->day_keys->len > 1);
}

/* Every talk again, as far as the dropdowns go. */
void
_lineup_window_clear_filter_choices (LineupWindow *self)
{
  gtk_drop_down_set_selected (self->track_dropdown, 0);
  gtk_drop_down_set_selected (self->room_dropdown, 0);
  gtk_drop_down_set_selected (self->day_dropdown, 0);
}

/* Another post: what the search and the filters kept was about the post
 * shown before, and would hide the new one's talks ("No Results Found"). */
void
_lineup_window_reset_filters (LineupWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  lineup_session_filter_set_query (self->filter, NULL);
  _lineup_window_clear_filter_choices (self);
  lineup_window_set_agenda_view (self, FALSE);
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
 * not widen the sidebar; their popovers show the names whole.  The factory's
 * data is that width in characters, or 0 for a whole name. */
static void
setup_choice_label_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  width)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (GPOINTER_TO_INT (width) > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (width));
      gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (width));
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_choice_label_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  width)
{
  GtkStringObject *choice = gtk_list_item_get_item (item);
  const gchar *text = choice != NULL ? gtk_string_object_get_string (choice) : "";

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item),
                               GPOINTER_TO_INT (width) > 0 ? text : NULL);
}

static GtkListItemFactory *
choice_factory_new (gint width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_label_cb), GINT_TO_POINTER (width));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_label_cb), GINT_TO_POINTER (width));
  return factory;
}

/* Track and Day share a row; Room has one of its own. */
#define HALF_ROW_CHARS 10
#define FULL_ROW_CHARS 24

static void
set_choice_factories (GtkDropDown *dropdown,
                      gint         width)
{
  g_autoptr(GtkListItemFactory) button = choice_factory_new (width);
  g_autoptr(GtkListItemFactory) list = choice_factory_new (0);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

/* The search entry in a dropdown's popover is named for what it finds. */
static gboolean
name_search_entry (GtkWidget   *widget,
                   const gchar *name)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_object_set (widget, "placeholder-text", name, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (name_search_entry (child, name))
      return TRUE;
  return FALSE;
}

/* Sixty tracks or seventy rooms are too many to scroll through: typing
 * narrows the popover's list to the names that start with what is typed
 * (that contain it, from GTK 4.12). */
static void
enable_choice_search (GtkDropDown *dropdown,
                      const gchar *search_name)
{
  g_autoptr(GtkExpression) expression = NULL;

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_drop_down_set_search_match_mode (dropdown, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
#endif
  name_search_entry (GTK_WIDGET (dropdown), search_name);
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

  set_choice_factories (self->track_dropdown, HALF_ROW_CHARS);
  set_choice_factories (self->room_dropdown, FULL_ROW_CHARS);
  set_choice_factories (self->day_dropdown, HALF_ROW_CHARS);
  enable_choice_search (self->track_dropdown, _("Search Tracks"));
  enable_choice_search (self->room_dropdown, _("Search Rooms"));
  name_inner_button (GTK_WIDGET (self->track_dropdown), _("Track"));
  name_inner_button (GTK_WIDGET (self->room_dropdown), _("Room"));
  name_inner_button (GTK_WIDGET (self->day_dropdown), _("Day"));
}

void
_lineup_window_class_init_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_track_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_room_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
}

/* Once the model chain is made: the list's state follows the filter. */
void
_lineup_window_init_filters (LineupWindow *self)
{
  lineup_window_name_controls (self);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_filter_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (on_filter_pending_cb), self, G_CONNECT_SWAPPED);
}
