/* lineup-cli.h — the headless command line (--list, --agenda, --star, --maybe, --export, --fits)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct
{
  gboolean   list;
  gboolean   agenda;
  gboolean   json;
  gchar    **star;       /* NULL-terminated, may be NULL */
  gchar    **maybe;      /* mark as maybe (a backup pick) */
  gchar    **unstar;     /* removes either kind of pick */
  gchar     *export_path;
  gchar     *timezone;
  gchar     *fits;       /* START/END: list the talks that fit in the window */
  gchar    **sources;    /* files or http(s) addresses; NULL or empty = the built-in post */
} LineupCliOptions;

void     lineup_cli_options_clear (LineupCliOptions *options);

/* TRUE when @options ask for a headless command (no window). */
gboolean lineup_cli_is_command    (const LineupCliOptions *options);

/* Runs the command; output on @out, errors on @err ("lineup: FILE:LINE: …").
 * Returns the exit status (0 success, 1 bad input). */
int      lineup_cli_run           (const LineupCliOptions *options,
                                   FILE                   *out,
                                   FILE                   *err);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineupCliOptions, lineup_cli_options_clear)

G_END_DECLS
