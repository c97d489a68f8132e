/* lineup-test-window.c — helpers shared by the window tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <adwaita.h>

#include "lineup-test-window.h"

void
lineup_test_window_init (int    *argc,
                         char ***argv)
{
  /* GTK's own accessibility objects, which the tests check, without the
   * AT-SPI bus: its socket (~/.cache/at-spi/bus without XDG_RUNTIME_DIR) is
   * shared by every session of the user, and the bus of another test run
   * that ends takes it away, which is a critical, fatal in the tests. */
  g_setenv ("GTK_A11Y", "test", FALSE);
  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init switches to en_US.UTF-8 when the machine has it; the
   * expectations are written for the C locale's 24-hour clock, whatever
   * locales are installed. */
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();
}

static gboolean
on_cap_reached_cb (gpointer data)
{
  gboolean *reached = data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

void
lineup_test_wait_until (LineupTestCondition  condition,
                        gpointer             data,
                        const gchar         *what)
{
  gboolean reached = FALSE;
  guint cap;

  if (condition (data))
    return;

  /* Whatever the condition waits for comes through the main loop (a
   * frame, an idle, a timeout, a thread's result): sleep until then. */
  cap = g_timeout_add_seconds (LINEUP_TEST_WAIT_CAP_SECONDS, on_cap_reached_cb, &reached);
  while (!condition (data))
    {
      if (reached)
        g_error ("timed out after %u s waiting for: %s", LINEUP_TEST_WAIT_CAP_SECONDS, what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (cap);
}

typedef struct
{
  GdkFrameClock *clock;
  gint64         frame;   /* the one to wait for */
  gint64         drawn;   /* the last one drawn */
} FrameWait;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   FrameWait     *wait)
{
  wait->drawn = gdk_frame_clock_get_frame_counter (clock);
}

static gboolean
frame_drawn (gpointer data)
{
  FrameWait *wait = data;

  return wait->drawn >= wait->frame;
}

void
lineup_test_wait_frame (gpointer widget)
{
  FrameWait wait = { gtk_widget_get_frame_clock (GTK_WIDGET (widget)), 0, -1 };
  gulong handler;

  g_assert_nonnull (wait.clock);
  /* No frame is under way outside the main loop: the next one is asked
   * for now, so its layout phase sees everything done so far. */
  wait.frame = gdk_frame_clock_get_frame_counter (wait.clock) + 1;
  handler = g_signal_connect (wait.clock, "after-paint", G_CALLBACK (on_after_paint_cb), &wait);
  gdk_frame_clock_request_phase (wait.clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  lineup_test_wait_until (frame_drawn, &wait, "the window to draw a frame");
  g_signal_handler_disconnect (wait.clock, handler);
}

gboolean
lineup_test_filter_done (gpointer window)
{
  GtkFilterListModel *model = GTK_FILTER_LIST_MODEL (lineup_window_get_model (window));

  return gtk_filter_list_model_get_pending (model) == 0;
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

void
lineup_test_settle (LineupWindow *window)
{
  GListModel *model = lineup_window_get_model (window);
  guint changes = 0;
  guint before;
  gulong items_handler;
  gulong pending_handler;

  items_handler = g_signal_connect_swapped (model, "items-changed", G_CALLBACK (count_change),
                                            &changes);
  pending_handler = g_signal_connect_swapped (model, "notify::pending", G_CALLBACK (count_change),
                                              &changes);
  /* The window may refilter from an idle (stars) and the filter works in
   * idle slices that come after a frame: settled is a whole frame during
   * which the filtered list did not change. */
  do
    {
      lineup_test_wait_until (lineup_test_filter_done, window, "the window's filter to finish");
      before = changes;
      lineup_test_wait_frame (window);
    }
  while (changes != before || !lineup_test_filter_done (window));
  g_signal_handler_disconnect (model, items_handler);
  g_signal_handler_disconnect (model, pending_handler);
}

typedef struct
{
  const gchar *text;
  gboolean     reported;
} SearchWait;

static void
on_search_changed_cb (GtkEditable *entry,
                      SearchWait  *wait)
{
  wait->reported = g_strcmp0 (gtk_editable_get_text (entry), wait->text) == 0;
}

static gboolean
search_reported (gpointer data)
{
  SearchWait *wait = data;

  return wait->reported;
}

void
lineup_test_search (LineupWindow *window,
                    const gchar  *text)
{
  GtkWidget *entry = lineup_test_find_first (window, GTK_TYPE_SEARCH_ENTRY);
  SearchWait wait = { text, FALSE };
  g_autofree gchar *what = g_strdup_printf ("the search entry to report “%s”", text);
  gulong handler;

  g_assert_nonnull (entry);
  /* The same text again changes nothing and is not reported again. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    {
      /* GTK 4.8 reports the emptied entry at once, then the new text only
       * after the entry's delay. */
      handler = g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed_cb),
                                  &wait);
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      lineup_test_wait_until (search_reported, &wait, what);
      g_signal_handler_disconnect (entry, handler);
    }
  lineup_test_settle (window);
}

static gboolean
only_the_test_holds (gpointer object)
{
  return g_atomic_int_get (&G_OBJECT (object)->ref_count) == 1;
}

void
lineup_test_assert_finalized (gpointer window)
{
  lineup_test_wait_until (only_the_test_holds, window,
                          "GTK to let go of the destroyed window (a leak, if never)");
  g_assert_finalize_object (window);
}

void
lineup_test_destroy_window (LineupWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  lineup_test_assert_finalized (window);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

GPtrArray *
lineup_test_find_all (gpointer widget,
                      GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (widget), type, found);
  return found;
}

GtkWidget *
lineup_test_find_first (gpointer widget,
                        GType    type)
{
  g_autoptr(GPtrArray) found = lineup_test_find_all (widget, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

GMenuModel *
lineup_test_main_menu (LineupWindow *window)
{
  g_autoptr(GPtrArray) buttons = lineup_test_find_all (window, GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);

      if (gtk_menu_button_get_primary (button))
        return gtk_menu_button_get_menu_model (button);
    }
  g_assert_not_reached ();
  return NULL;
}

LineupSchedule *
lineup_test_builtin_schedule (void)
{
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = lineup_builtin_post_read (NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

LineupWindow *
lineup_test_show_window (LineupAgenda   *agenda,
                         LineupSchedule *schedule)
{
  LineupWindow *window = lineup_window_new (NULL, agenda);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  if (schedule != NULL)
    lineup_window_set_schedule (window, schedule);
  gtk_window_present (GTK_WINDOW (window));
  lineup_test_settle (window);
  return window;
}
