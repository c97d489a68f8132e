/* lineup-cli-changes.h — `lineup --agenda`: what changed in the picks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include "lineup-core.h"

G_BEGIN_DECLS

/* One JSON object (a line, without its newline) for a talk. */
typedef gchar *(*LineupCliJsonLine) (LineupSession *session);

/* Prints the changes to the picks of each of @sources (LineupSchedule;
 * clashes are looked up in @shown, their merge) (read only: nothing is
 * acknowledged).  As text: "Changes to your agenda:" and a line per change
 * (title — what changed), before the table the caller prints; returns FALSE.
 * As JSON (@json): prints every one of @picks as @json_line makes it, with
 * "changes" (["moved", "renamed", "room", "track"]) and "before" (the talk
 * as last seen) when it changed, then a line per pick gone from the source
 * ({"id","title","start","end","source","gone":true}); returns TRUE: the
 * picks are printed. */
gboolean lineup_cli_print_agenda_changes (LineupAgenda      *agenda,
                                          GPtrArray         *sources,
                                          LineupSchedule    *shown,
                                          GPtrArray         *picks,
                                          gboolean           json,
                                          LineupCliJsonLine  json_line,
                                          FILE              *out);

G_END_DECLS
