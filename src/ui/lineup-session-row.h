/* lineup-session-row.h — one talk in the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_SESSION_ROW (lineup_session_row_get_type ())

G_DECLARE_FINAL_TYPE (LineupSessionRow, lineup_session_row, LINEUP, SESSION_ROW, GtkWidget)

GtkWidget     *lineup_session_row_new             (void);

LineupSession *lineup_session_row_get_session     (LineupSessionRow *self);
void           lineup_session_row_set_session     (LineupSessionRow *self,
                                                   LineupSession    *session);

/* The day header to show above the talk at @position of @model ("Monday,
 * November 6", or "Time not announced" for the first untimed talk), or NULL
 * when the talk before it is on the same day. */
gchar         *lineup_session_row_dup_day_header  (GListModel       *model,
                                                   guint             position);

/* Minutes between the end of the talk before @position and the start of the
 * one at @position, when both are on the same day and there is a gap; else 0. */
guint          lineup_session_row_free_minutes    (GListModel       *model,
                                                   guint             position);

G_END_DECLS
