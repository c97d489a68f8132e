/* lineup-test-run.h — running the built `lineup` as a user does, for the
 * core tests of the readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  gchar *home;     /* a private XDG_DATA_HOME, removed with its files */
  gint   status;   /* exit status of the last run, -1 if killed */
  gchar *out;
  gchar *err;
} LineupTestRun;

/* Makes the private data folder. */
void        lineup_test_run_init   (LineupTestRun *run);
void        lineup_test_run_clear  (LineupTestRun *run);
/* Runs `lineup` with the arguments (NULL-terminated), headless, in the C.UTF-8
 * locale, its agenda in run->home; the output of the run before is dropped. */
void        lineup_test_run_lineup (LineupTestRun *run,
                                    const gchar   *first_arg,
                                    ...) G_GNUC_NULL_TERMINATED;
/* The lines of `--json` output, each a JsonNode (an object). */
GPtrArray  *lineup_test_json_lines (const gchar   *out);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineupTestRun, lineup_test_run_clear)

G_END_DECLS
