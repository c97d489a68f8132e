/* lineup-window-private.h — what the window's files share, and what tests
 * may look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lineup-window.h"

G_BEGIN_DECLS

/* For tests: the title of the toast shown last, or NULL. */
const gchar    *lineup_window_get_last_toast (LineupWindow *self);

/* For tests: how many times the window has had the stars applied and the
 * conflicts recomputed (once per star change, once per schedule shown). */
guint           lineup_window_get_n_conflict_updates (LineupWindow *self);

G_END_DECLS
