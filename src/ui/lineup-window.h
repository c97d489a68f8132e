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
/* Adds a source to those shown (the first replaces the built-in post), or
 * reads it again when it is one of them; read in the background. */
void            lineup_window_open_file    (LineupWindow   *self,
                                            GFile          *file);
/* The same for an http(s) address: downloaded in the background into
 * Lineup's data folder, read from there. */
void            lineup_window_open_address (LineupWindow   *self,
                                            const gchar    *uri);
/* Opens the sources shown when Lineup last ran (GSettings "sources"). */
void            lineup_window_restore_sources (LineupWindow *self);
/* @location: the source's file URI or address. */
void            lineup_window_remove_source (LineupWindow  *self,
                                             const gchar   *location);

/* The talks as shown (after search, filters and view), and the selection
 * over them. */
GListModel     *lineup_window_get_model    (LineupWindow   *self);
GtkSingleSelection *lineup_window_get_selection (LineupWindow *self);

/* Selects @session, clearing the search and filters if they hide it, and
 * shows its details (in narrow mode, navigates to them).  The action
 * "win.show-session" (parameter: the session id) does the same. */
gboolean        lineup_window_select_session (LineupWindow  *self,
                                              LineupSession *session);

/* TRUE when "My Agenda" (starred talks only) is shown. */
gboolean        lineup_window_get_agenda_view (LineupWindow *self);
void            lineup_window_set_agenda_view (LineupWindow *self,
                                               gboolean      agenda_view);

/* Writes the starred talks to @file (.ics or .md) and shows the outcome in
 * a toast, as the Export Agenda dialog does. */
gboolean        lineup_window_export_to    (LineupWindow   *self,
                                            GFile          *file,
                                            GError        **error);

G_END_DECLS
