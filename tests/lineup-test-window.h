/* lineup-test-window.h — helpers shared by the window tests
 *
 * The tests wait for what they need (the filter done, a frame drawn, the
 * search entry's report...), never for a fixed time: a slow, busy machine
 * only makes them slower.  One cap turns a wait that never ends into a
 * failure that names what never happened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-window.h"

G_BEGIN_DECLS

/* A hang, not a slow machine. */
#define LINEUP_TEST_WAIT_CAP_SECONDS 120

typedef gboolean (*LineupTestCondition) (gpointer data);

/* gtk_test_init() and adw_init(), in the C locale (see the .c). */
void        lineup_test_window_init (int                *argc,
                                     char             ***argv);

/* Runs the main loop until @condition holds.  After the cap, fails the
 * test: "timed out after 120 s waiting for: @what". */
void        lineup_test_wait_until  (LineupTestCondition condition,
                                     gpointer            data,
                                     const gchar        *what);
/* Runs the main loop until @widget's window has drawn one more frame (its
 * layout, then its paint). */
void        lineup_test_wait_frame  (gpointer            widget);
/* Whether the window's filter has no item left to look at. */
gboolean    lineup_test_filter_done (gpointer            window);
/* Runs the main loop until the window's filter has finished and the window
 * has drawn a frame since with the list as filtered: the rows of what is
 * on screen are there, laid out. */
void        lineup_test_settle      (LineupWindow       *window);
/* The built-in post, read in its own zone (fails the test if it cannot). */
LineupSchedule *lineup_test_builtin_schedule (void);
/* A 1100×720 window with @agenda (may be NULL) showing @schedule (may be
 * NULL), presented and settled. */
LineupWindow   *lineup_test_show_window      (LineupAgenda   *agenda,
                                              LineupSchedule *schedule);
/* Types @text in the window's search entry, waits for the entry to report
 * it (after its delay), then settles. */
void        lineup_test_search      (LineupWindow       *window,
                                     const gchar        *text);
/* Destroys @window and asserts that it is finalized once GTK lets go of it. */
void        lineup_test_destroy_window (LineupWindow    *window);
/* Waits for GTK to let go of @window, destroyed and held by the caller
 * only, then asserts that dropping the caller's reference finalizes it. */
void        lineup_test_assert_finalized (gpointer       window);
/* The widgets of @type under @widget (itself included), depth first. */
GPtrArray  *lineup_test_find_all    (gpointer            widget,
                                     GType               type);
GtkWidget  *lineup_test_find_first  (gpointer            widget,
                                     GType               type);
/* The window's main menu (the primary menu button's model). */
GMenuModel *lineup_test_main_menu   (LineupWindow       *window);

G_END_DECLS
