/* lineup-window.h — the main window: list of talks + detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_WINDOW (lineup_window_get_type ())

G_DECLARE_FINAL_TYPE (LineupWindow, lineup_window, LINEUP, WINDOW, AdwApplicationWindow)

/* @agenda may be NULL (no stars are kept, e.g. in some tests). */
LineupWindow   *lineup_window_new          (GtkApplication *application,
                                            LineupAgenda   *agenda);

/* Shows @schedule (the window applies the agenda's stars to it). */
void            lineup_window_set_schedule (LineupWindow   *self,
                                            LineupSchedule *schedule);
LineupSchedule *lineup_window_get_schedule (LineupWindow   *self);

/* Reads @file in the background; on failure the current schedule stays and
 * the reader's message is shown in a toast.  Returns nothing: the outcome is
 * visible in the window ("schedule" notify or a toast). */
void            lineup_window_open_file    (LineupWindow   *self,
                                            GFile          *file);

G_END_DECLS
