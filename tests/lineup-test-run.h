/* lineup-test-run.h — running the built `lineup` as a user does, for the
 * tests of the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What one run of `lineup` left. */
typedef struct
{
  gint   status;   /* exit status, -1 if killed */
  gchar *out;
  gchar *err;
} LineupTestOutput;

void        lineup_test_output_clear (LineupTestOutput *output);

/* Runs `lineup` with the arguments (NULL-terminated), headless, in @locale
 * (NULL: C.UTF-8), its agenda in @home (its XDG_DATA_HOME); @output is
 * replaced.  The thread-default main context runs meanwhile, so a server
 * of this process can answer it (see lineup_test_no_proxy).  Fails the
 * test when it has not ended after 120 s. */
void        lineup_test_run_in       (const gchar      *home,
                                      const gchar      *locale,
                                      LineupTestOutput *output,
                                      const gchar      *first_arg,
                                      ...) G_GNUC_NULL_TERMINATED;
void        lineup_test_run_in_va    (const gchar      *home,
                                      const gchar      *locale,
                                      LineupTestOutput *output,
                                      const gchar      *first_arg,
                                      va_list           args);

/* A private data folder and the output of the last run in it. */
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
/* lineup_test_run_in (run->home, NULL, ...); the output of the run before
 * is dropped. */
void        lineup_test_run_lineup (LineupTestRun *run,
                                    const gchar   *first_arg,
                                    ...) G_GNUC_NULL_TERMINATED;
/* The lines of `--json` output, each a JsonNode (an object). */
GPtrArray  *lineup_test_json_lines (const gchar   *out);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineupTestOutput, lineup_test_output_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineupTestRun, lineup_test_run_clear)

G_END_DECLS
