/* lineup-session-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_SESSION_VIEW (lineup_session_view_get_type ())

G_DECLARE_FINAL_TYPE (LineupSessionView, lineup_session_view, LINEUP, SESSION_VIEW, GtkWidget)

G_END_DECLS
