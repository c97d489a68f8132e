/* lineup-test-window.h — helpers shared by the window tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-window.h"

G_BEGIN_DECLS

typedef gboolean (*LineupTestCondition) (gpointer data);

/* gtk_test_init() and adw_init(), in the C locale (see the .c). */
void        lineup_test_window_init (int                *argc,
                                     char             ***argv);

/* Runs the main loop for @ms milliseconds. */
void        lineup_test_spin        (guint               ms);
/* Runs the main loop until @condition holds (FALSE after 20 s). */
gboolean    lineup_test_wait_until  (LineupTestCondition condition,
                                     gpointer            data);
/* Whether the window's filter has no item left to look at. */
gboolean    lineup_test_filter_done (gpointer            window);
/* Lets the filter finish and the list lay out its rows. */
void        lineup_test_settle      (LineupWindow       *window);
/* The widgets of @type under @widget (itself included), depth first. */
GPtrArray  *lineup_test_find_all    (gpointer            widget,
                                     GType               type);
GtkWidget  *lineup_test_find_first  (gpointer            widget,
                                     GType               type);

G_END_DECLS
