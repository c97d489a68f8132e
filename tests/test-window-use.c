/* test-window-use.c — what an attendee does in a day of use: jumping to an
 * overlapping talk that the search hides, the time zone that follows the
 * computer, reopening the built-in post, accessible names, keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window-use"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lineup-application.h"
#include "lineup-session-row.h"
#include "lineup-session-view.h"
#include "lineup-window.h"
#include "lineup-test-files.h"
#include "lineup-test-window.h"

#define TUTORIAL     "1R2on"   /* Tuesday 4:30 pm – 6:00 pm */
#define BATTLE_SCARS "1R2ts"   /* Tuesday 5:25 pm – 6:00 pm: overlaps TUTORIAL */

static GtkWidget *
session_view (LineupWindow *window)
{
  GtkWidget *view = lineup_test_find_first (window, LINEUP_TYPE_SESSION_VIEW);

  g_assert_nonnull (view);
  return view;
}

/* What the list view was told of the model's size, by its items-changed. */
typedef struct
{
  GListModel *model;
  gint        told;
  gulong      handler;
} CountWatch;

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        CountWatch *watch)
{
  watch->told += (gint) added - (gint) removed;
}

static void
count_watch_start (CountWatch   *watch,
                   LineupWindow *window)
{
  watch->model = G_LIST_MODEL (lineup_window_get_selection (window));
  watch->told = (gint) g_list_model_get_n_items (watch->model);
  watch->handler = g_signal_connect (watch->model, "items-changed",
                                     G_CALLBACK (count_items_changed_cb), watch);
}

/* The list and the selection agree with the model (GTK 4.8 can leave them
 * behind when incremental filtering is turned off while pending). */
static void
count_watch_check (CountWatch *watch)
{
  g_assert_cmpint (watch->told, ==, (gint) g_list_model_get_n_items (watch->model));
}

static void
count_watch_stop (CountWatch *watch)
{
  g_clear_signal_handler (&watch->handler, watch->model);
}

/* Selects @session and toggles its star with the window's action (Ctrl+D). */
static void
star (LineupWindow  *window,
      LineupSession *session)
{
  gboolean was = lineup_session_get_starred (session);

  g_assert_true (lineup_window_select_session (window, session));
  lineup_test_settle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-star", NULL));
  lineup_test_settle (window);
  g_assert_true (lineup_session_get_starred (session) != was);
}

/* Activates the first talk under "Overlaps With Starred Talks". */
static void
activate_first_overlap (LineupWindow *window)
{
  GtkWidget *list = lineup_test_find_first (session_view (window), GTK_TYPE_LIST_BOX);
  GtkListBoxRow *overlap;

  g_assert_nonnull (list);
  overlap = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (overlap);
  g_signal_emit_by_name (list, "row-activated", overlap);
}

static LineupSession *
selected (LineupWindow *window)
{
  return gtk_single_selection_get_selected_item (lineup_window_get_selection (window));
}

/* Search, select the only row, activate the other talk under "Overlaps
 * With Starred Talks": the search gives way and the other talk is shown. */
static void
test_use_overlap_hidden_by_search (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  LineupSession *tutorial = lineup_schedule_find (schedule, TUTORIAL);
  LineupSession *scars = lineup_schedule_find (schedule, BATTLE_SCARS);
  GtkWidget *entry = lineup_test_find_first (window, GTK_TYPE_SEARCH_ENTRY);
  GListModel *model = lineup_window_get_model (window);
  CountWatch watch = { 0 };

  star (window, tutorial);
  star (window, scars);
  count_watch_start (&watch, window);

  gtk_editable_set_text (GTK_EDITABLE (entry), "battle scars");
  g_signal_emit_by_name (entry, "search-changed");
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  gtk_single_selection_set_selected (lineup_window_get_selection (window), 0);
  lineup_test_settle (window);
  g_assert_true (selected (window) == scars);

  activate_first_overlap (window);
  count_watch_check (&watch);
  g_assert_true (selected (window) == tutorial);
  lineup_test_settle (window);
  count_watch_check (&watch);
  g_assert_true (selected (window) == tutorial);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    lineup_schedule_get_n_sessions (schedule));

  count_watch_stop (&watch);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
select_dropdown (GtkDropDown *dropdown,
                 const gchar *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), label))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_error ("no “%s” in the dropdown", label);
}

/* My Agenda with a day filter, in a zone where the two overlapping talks
 * fall on different days (Tuesday 23:30 and Wednesday 00:25 in Berlin):
 * jumping to the other one shows it. */
static void
test_use_overlap_hidden_by_day (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = lineup_builtin_post_read ("Europe/Berlin",
                                                                  &error);
  LineupWindow *window;
  LineupSession *tutorial, *scars;
  g_autoptr(GPtrArray) dropdowns = NULL;
  GListModel *model;
  CountWatch watch = { 0 };

  g_assert_no_error (error);
  window = lineup_test_show_window (NULL, schedule);
  model = lineup_window_get_model (window);
  tutorial = lineup_schedule_find (schedule, TUTORIAL);
  scars = lineup_schedule_find (schedule, BATTLE_SCARS);
  g_assert_cmpuint (lineup_session_get_day_key (tutorial), !=, lineup_session_get_day_key (scars));
  star (window, tutorial);
  star (window, scars);
  count_watch_start (&watch, window);

  lineup_window_set_agenda_view (window, TRUE);
  dropdowns = lineup_test_find_all (window, GTK_TYPE_DROP_DOWN);
  /* Track, Day, and Room (hidden for a post). */
  g_assert_cmpuint (dropdowns->len, ==, 3);
  select_dropdown (g_ptr_array_index (dropdowns, 1), "Wed");
  lineup_test_settle (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  gtk_single_selection_set_selected (lineup_window_get_selection (window), 0);
  lineup_test_settle (window);
  g_assert_true (selected (window) == scars);

  activate_first_overlap (window);
  lineup_test_settle (window);
  count_watch_check (&watch);
  g_assert_true (selected (window) == tutorial);
  g_assert_true (lineup_window_get_agenda_view (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  count_watch_stop (&watch);
  gtk_window_destroy (GTK_WINDOW (window));
}

static LineupSessionRow *
find_row (LineupWindow  *window,
          LineupSession *session)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (window, LINEUP_TYPE_SESSION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      LineupSessionRow *row = g_ptr_array_index (rows, i);

      if (lineup_session_row_get_session (row) == session &&
          gtk_widget_get_mapped (GTK_WIDGET (row)))
        return row;
    }
  return NULL;
}

/* Every visible label under @widget, one per line. */
static gchar *
visible_labels (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = lineup_test_find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_visible (label))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }
  return g_string_free (text, FALSE);
}

/* Which talk overlaps and by how much, in the detail pane and in the row's
 * accessible description. */
static void
test_use_overlap_words (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  LineupSession *tutorial = lineup_schedule_find (schedule, TUTORIAL);
  LineupSession *scars = lineup_schedule_find (schedule, BATTLE_SCARS);
  static const gchar expected[] =
    "Overlaps Service Mesh Battle Scars: Technology, Timing, and Tradeoffs, 17:25 – 18:00 (35 min)";
  g_autofree gchar *text = NULL;
  GtkWidget *list;
  GtkListBoxRow *overlap;
  LineupSessionRow *row;

  star (window, tutorial);
  star (window, scars);
  g_assert_true (lineup_window_select_session (window, tutorial));
  lineup_test_settle (window);

  text = visible_labels (session_view (window));
  g_assert_nonnull (strstr (text, "Overlap: 17:25 – 18:00 (35 min)"));
  list = lineup_test_find_first (session_view (window), GTK_TYPE_LIST_BOX);
  overlap = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (overlap);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (overlap),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  row = find_row (window, tutorial);
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  /* Unstarring the other talk takes the words away. */
  star (window, scars);
  g_assert_false (lineup_session_get_starred (scars));
  lineup_test_settle (window);
  row = find_row (window, tutorial);
  g_assert_nonnull (row);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
schedule_replaced (gpointer data)
{
  LineupWindow *window = data;

  return lineup_window_get_schedule (window) != g_object_get_data (G_OBJECT (window), "old");
}

/* The "time-zone" state and the Time Zone section's items. */
static GMenuModel *
time_zone_section (LineupWindow *window)
{
  GMenuModel *menu = lineup_test_main_menu (window);

  for (gint i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree gchar *label = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_str_equal (label, "Time Zone"))
        return g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
    }
  g_error ("no Time Zone section in the main menu");
}

/* The label of the item whose target is @target, or NULL. */
static gchar *
item_label_for (GMenuModel  *section,
                const gchar *target)
{
  for (gint i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      g_autoptr(GVariant) value = g_menu_model_get_item_attribute_value (section, i,
                                                                         G_MENU_ATTRIBUTE_TARGET,
                                                                         G_VARIANT_TYPE_STRING);
      gchar *label = NULL;

      if (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target) &&
          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return label;
    }
  return NULL;
}

/* "My Time Zone" is the computer's zone whatever it is when Lineup runs,
 * not the zone it had when it was picked. */
static void
test_use_time_zone_follows_computer (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LineupApplication) app = lineup_application_new ();
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GMenuModel) section = NULL;
  g_autofree gchar *stored = NULL;
  g_autofree gchar *state = NULL;
  g_autofree gchar *label = NULL;
  LineupWindow *window;
  LineupSession *tutorial;

  g_settings_set_string (settings, "timezone", "");
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  schedule = lineup_test_builtin_schedule ();
  window = lineup_test_show_window (NULL, schedule);

  /* Picked in Berlin: the times are Berlin's, and "local" is stored. */
  g_object_set_data_full (G_OBJECT (window), "old", g_object_ref (schedule), g_object_unref);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.time-zone", "s", "local"));
  lineup_test_wait_until (schedule_replaced, window, "the post read again in My Time Zone");
  tutorial = lineup_schedule_find (lineup_window_get_schedule (window), TUTORIAL);
  g_assert_cmpint (g_date_time_get_hour (lineup_session_get_start (tutorial)), ==, 23);
  stored = g_settings_get_string (settings, "timezone");
  g_assert_cmpstr (stored, ==, "local");
  section = time_zone_section (window);
  label = item_label_for (section, "local");
  g_assert_cmpstr (label, ==, "_My Time Zone (Europe/Berlin)");
  g_clear_pointer (&label, g_free);
  g_clear_object (&section);
  g_object_set_data (G_OBJECT (window), "old", NULL);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Started again in Tokyo: Tokyo's zone, and the same item is checked. */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  g_assert_cmpstr (lineup_application_get_zone_override (app), ==, "Asia/Tokyo");
  window = lineup_test_show_window (NULL, NULL);
  g_object_get (window, "time-zone", &state, NULL);
  g_assert_cmpstr (state, ==, "local");
  section = time_zone_section (window);
  label = item_label_for (section, "local");
  g_assert_cmpstr (label, ==, "_My Time Zone (Asia/Tokyo)");
  g_clear_pointer (&label, g_free);

  /* A zone stored by name is shown by name, so that an item is checked. */
  g_settings_set_string (settings, "timezone", "America/Port_of_Spain");
  g_assert_cmpstr (lineup_application_get_zone_override (app), ==, "America/Port_of_Spain");
  label = item_label_for (section, "America/Port_of_Spain");
  g_assert_cmpstr (label, ==, "America/Port__of__Spain");

  g_settings_set_string (settings, "timezone", "");
  g_unsetenv ("TZ");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the main menu has an item for @action. */
static gboolean
menu_has_action (LineupWindow *window,
                 const gchar  *action)
{
  GMenuModel *menu = lineup_test_main_menu (window);

  for (gint i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (gint j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree gchar *name = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
              g_str_equal (name, action))
            return TRUE;
        }
    }
  return FALSE;
}

/* Opening another post clears the search that was about the one before,
 * and the main menu leads back to the built-in post, which start-up then
 * opens again. */
static void
test_use_open_other_post (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LineupSchedule) builtin = lineup_test_builtin_schedule ();
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR,
                                             "pixie-io_blog.px.dev__content_blog_kubecon-na-2022_index.md",
                                             NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LineupWindow *window = lineup_test_show_window (NULL, builtin);
  GtkWidget *entry = lineup_test_find_first (window, GTK_TYPE_SEARCH_ENTRY);
  GListModel *model = lineup_window_get_model (window);
  g_autofree gchar *last = NULL;
  LineupSchedule *shown;

  lineup_test_search (window, "bgp");
  g_assert_cmpuint (g_list_model_get_n_items (model), <, lineup_schedule_get_n_sessions (builtin));

  g_object_set_data_full (G_OBJECT (window), "old", g_object_ref (builtin), g_object_unref);
  lineup_window_open_file (window, file);
  lineup_test_wait_until (schedule_replaced, window, "the window to show the pixie post");
  lineup_test_settle (window);
  shown = lineup_window_get_schedule (window);
  g_assert_cmpstr (lineup_schedule_get_title (shown), ==, "Come meet us at Kubecon NA 2022");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, lineup_schedule_get_n_sessions (shown));
  last = g_settings_get_string (settings, "last-post");
  g_assert_true (g_str_has_suffix (last, "_index.md"));
  g_clear_pointer (&last, g_free);

  /* Back to the built-in post, from the main menu. */
  g_assert_true (menu_has_action (window, "win.open-builtin"));
  lineup_test_search (window, "ebpf");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  lineup_test_settle (window);
  shown = lineup_window_get_schedule (window);
  g_assert_cmpstr (lineup_schedule_get_title (shown), ==, "Cilium Talks at KubeCon NA 2023");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, lineup_schedule_get_n_sessions (shown));
  last = g_settings_get_string (settings, "last-post");
  g_assert_cmpstr (last, ==, "");

  g_object_set_data (G_OBJECT (window), "old", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A corrupt agenda file: the window says the stars could not be read and
 * where the old file was kept, with a button that shows it. */
static void
test_use_recovered_agenda (void)
{
  g_auto(LineupTestAgendaDir) temp = { 0 };
  g_autoptr(LineupAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  g_autoptr(GPtrArray) revealers = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autofree gchar *text = NULL;
  GtkRevealer *banner = NULL;
  LineupWindow *window;
  gboolean show_button = FALSE;

  lineup_test_agenda_dir_init (&temp);
  g_assert_true (g_file_set_contents (temp.path, "version: 1\nposts:\n  - key: [unclosed\n", -1,
                                      NULL));
  agenda = lineup_agenda_new (temp.path);
  g_assert_false (lineup_agenda_load (agenda, &error));
  g_assert_nonnull (lineup_agenda_get_recovered_file (agenda));

  window = lineup_window_new (NULL, agenda);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  lineup_window_set_schedule (window, schedule);
  gtk_window_present (GTK_WINDOW (window));
  lineup_test_settle (window);

  revealers = lineup_test_find_all (window, GTK_TYPE_REVEALER);
  for (guint i = 0; i < revealers->len && banner == NULL; i++)
    {
      GtkWidget *revealer = g_ptr_array_index (revealers, i);

      if (gtk_widget_get_visible (revealer) &&
          gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)))
        banner = GTK_REVEALER (revealer);
    }
  g_assert_nonnull (banner);
  text = visible_labels (GTK_WIDGET (banner));
  g_assert_nonnull (strstr (text, "could not be read"));
  g_assert_nonnull (strstr (text, "agenda.yaml.broken-"));

  buttons = lineup_test_find_all (banner, GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    show_button |= g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                              "win.show-recovered-file") == 0;
  g_assert_true (show_button);

  /* Dismissed, it goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-recovered-file",
                                             NULL));
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gint
sidebar_width (LineupWindow *window)
{
  g_autoptr(GPtrArray) boxes = lineup_test_find_all (window, GTK_TYPE_BOX);

  for (guint i = 0; i < boxes->len; i++)
    {
      GtkWidget *box = g_ptr_array_index (boxes, i);

      if (gtk_widget_has_css_class (box, "lineup-sidebar"))
        return gtk_widget_get_width (box);
    }
  g_error ("no sidebar");
}

/* The sidebar keeps its width whatever it shows (it went from 360 to
 * 470 px with its content, moving the detail pane under the pointer). */
static void
test_use_sidebar_width (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_test_builtin_schedule ();
  LineupWindow *window = lineup_test_show_window (NULL, schedule);
  g_autoptr(GPtrArray) dropdowns = lineup_test_find_all (window, GTK_TYPE_DROP_DOWN);
  gint width = sidebar_width (window);
  struct { const gchar *what; gint width; } seen[5];
  guint n = 0;

  g_assert_cmpint (width, >, 0);

  select_dropdown (g_ptr_array_index (dropdowns, 0), "KubeCon + CloudNativeCon");
  lineup_test_settle (window);
  seen[n].what = "a long track chosen";
  seen[n++].width = sidebar_width (window);
  select_dropdown (g_ptr_array_index (dropdowns, 0), "All Tracks");
  select_dropdown (g_ptr_array_index (dropdowns, 1), "Wed");
  lineup_test_settle (window);
  seen[n].what = "a day chosen";
  seen[n++].width = sidebar_width (window);
  select_dropdown (g_ptr_array_index (dropdowns, 1), "All Days");
  lineup_window_set_agenda_view (window, TRUE);
  lineup_test_settle (window);
  seen[n].what = "My Agenda, empty";
  seen[n++].width = sidebar_width (window);
  lineup_window_set_agenda_view (window, FALSE);
  lineup_test_search (window, "no such talk anywhere");
  seen[n].what = "no results";
  seen[n++].width = sidebar_width (window);
  lineup_test_search (window, "");
  seen[n].what = "every talk again";
  seen[n++].width = sidebar_width (window);

  for (guint i = 0; i < n; i++)
    {
      g_test_message ("sidebar %d px with %s (%d px at first)", seen[i].width, seen[i].what, width);
      g_assert_cmpint (seen[i].width, ==, width);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window-use/overlap-hidden-by-search", test_use_overlap_hidden_by_search);
  g_test_add_func ("/window-use/overlap-hidden-by-day", test_use_overlap_hidden_by_day);
  g_test_add_func ("/window-use/overlap-words", test_use_overlap_words);
  g_test_add_func ("/window-use/time-zone-follows-computer", test_use_time_zone_follows_computer);
  g_test_add_func ("/window-use/open-other-post", test_use_open_other_post);
  g_test_add_func ("/window-use/recovered-agenda", test_use_recovered_agenda);
  g_test_add_func ("/window-use/sidebar-width", test_use_sidebar_width);

  return g_test_run ();
}
