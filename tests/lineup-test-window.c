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
  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init switches to en_US.UTF-8 when the machine has it; the
   * expectations are written for the C locale's 24-hour clock, whatever
   * locales are installed. */
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();
}

void
lineup_test_spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

gboolean
lineup_test_wait_until (LineupTestCondition condition,
                        gpointer            data)
{
  gint64 until = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > until)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

gboolean
lineup_test_filter_done (gpointer window)
{
  GtkFilterListModel *model = GTK_FILTER_LIST_MODEL (lineup_window_get_model (window));

  return gtk_filter_list_model_get_pending (model) == 0;
}

void
lineup_test_settle (LineupWindow *window)
{
  lineup_test_spin (50);
  g_assert_true (lineup_test_wait_until (lineup_test_filter_done, window));
  lineup_test_spin (100);
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
