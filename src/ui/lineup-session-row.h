/* lineup-session-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_SESSION_ROW (lineup_session_row_get_type ())

G_DECLARE_FINAL_TYPE (LineupSessionRow, lineup_session_row, LINEUP, SESSION_ROW, GtkWidget)

G_END_DECLS
