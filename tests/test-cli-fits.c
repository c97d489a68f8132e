/* test-cli-fits.c — `lineup --fits=START/END`, run as users run it, on the
 * built-in post (CiliumCon NA 2023, Chicago: -06:00)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-fits"

#include "config.h"

#include <string.h>

#include "lineup-test-run.h"

/* The ids at the start of the lines of a listing, "a b". */
static gchar *
listed_ids (const gchar *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const gchar *space = strchr (lines[i], ' ');

      if (*lines[i] == '\0')
        continue;
      g_assert_nonnull (space);
      g_string_append_printf (ids, "%s%.*s", ids->len > 0 ? " " : "",
                              (gint) (space - lines[i]), lines[i]);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_fits (LineupTestRun *run,
             const gchar   *expected_ids)
{
  g_autofree gchar *ids = NULL;

  g_test_message ("out: %s\nerr: %s", run->out, run->err);
  g_assert_cmpint (run->status, ==, 0);
  ids = listed_ids (run->out);
  g_assert_cmpstr (ids, ==, expected_ids);
}

/* The acceptance check: Tetragon (1Rj3S, 12:15–12:40) fits 12:10–12:45,
 * ClickHouse (1Rj2m, 11:40–12:05) does not; the lightning talk (1Rj31,
 * 12:10–12:15) fits too, after it (it leaves more of the window unused). */
static void
test_fits_window (void)
{
  g_auto(LineupTestRun) run = { 0 };

  lineup_test_run_init (&run);
  lineup_test_run_lineup (&run, "--fits=2023-11-06T12:10/12:45", NULL);
  assert_fits (&run, "1Rj3S 1Rj31");
  g_assert_nonnull (strstr (run.out, "Tetragon"));
  g_assert_null (strstr (run.out, "1Rj2m"));
  g_assert_null (strstr (run.out, "ClickHouse"));
  /* The --list line format: day and times. */
  g_assert_nonnull (strstr (run.out, "Mon Nov 6  12:15–12:40"));

  /* The same window written otherwise. */
  lineup_test_run_lineup (&run, "--fits=2023-11-06T12:10/2023-11-06T12:45", NULL);
  assert_fits (&run, "1Rj3S 1Rj31");
  lineup_test_run_lineup (&run, "--fits=2023-11-06T18:10Z/18:45Z", NULL);
  assert_fits (&run, "1Rj3S 1Rj31");
  lineup_test_run_lineup (&run, "--fits=2023-11-06T19:10+01:00/19:45", NULL);
  assert_fits (&run, "1Rj3S 1Rj31");
  /* Times without an offset are in the zone the talks are shown in. */
  lineup_test_run_lineup (&run, "--timezone=Europe/Berlin", "--fits=2023-11-06T19:10/19:45",
                          NULL);
  assert_fits (&run, "1Rj3S 1Rj31");

  /* A window nothing fits in. */
  lineup_test_run_lineup (&run, "--fits=2023-11-06T12:11/12:30", NULL);
  assert_fits (&run, "");
}

static void
test_fits_json (void)
{
  g_auto(LineupTestRun) run = { 0 };
  g_autoptr(GPtrArray) lines = NULL;

  lineup_test_run_init (&run);
  lineup_test_run_lineup (&run, "--json", "--fits=2023-11-06T12:10/12:45", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (lines->pdata[0]), "id"),
                   ==, "1Rj3S");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (lines->pdata[0]),
                                                  "start"), ==, "2023-11-06T12:15:00-06:00");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (lines->pdata[1]), "id"),
                   ==, "1Rj31");
}

/* A starred talk is going: the lightning talk (ArgoCon) ends at 12:15, so
 * Tetragon (CiliumCon, another track) starting at 12:15 leaves no 5
 * minutes to change rooms; 12:20–12:45 (CiliumCon) then fits nothing
 * either, and a starred talk is not listed. */
static void
test_fits_going_neighbours (void)
{
  g_auto(LineupTestRun) run = { 0 };

  lineup_test_run_init (&run);
  lineup_test_run_lineup (&run, "--fits=2023-11-06T12:15/12:45", NULL);
  assert_fits (&run, "1Rj3S");
  lineup_test_run_lineup (&run, "--star=1Rj31", "--fits=2023-11-06T12:15/12:45", NULL);
  assert_fits (&run, "");
  lineup_test_run_lineup (&run, "--fits=2023-11-06T12:15/12:45", NULL);
  assert_fits (&run, "");
  lineup_test_run_lineup (&run, "--fits=2023-11-06T12:10/12:45", NULL);
  assert_fits (&run, "");
  /* Unstarred: Tetragon again. */
  lineup_test_run_lineup (&run, "--unstar=1Rj31", "--fits=2023-11-06T12:15/12:45", NULL);
  assert_fits (&run, "1Rj3S");
}

static void
test_fits_bad_values (void)
{
  const gchar *bad[] = {
    "--fits=nonsense",
    "--fits=2023-11-06T12:10",
    "--fits=2023-11-06T12:10/",
    "--fits=/12:45",
    "--fits=2023-11-06T12:10/25:00",
    "--fits=2023-11-06T12:45/12:10",
    "--fits=2023-11-06T12:10/12:10",
    "--fits=2023-11-06/2023-11-07",
  };
  g_auto(LineupTestRun) run = { 0 };

  lineup_test_run_init (&run);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      lineup_test_run_lineup (&run, bad[i], NULL);
      g_test_message ("%s: %s", bad[i], run.err);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_true (g_str_has_prefix (run.err, "lineup: --fits: "));
      g_assert_cmpstr (run.out, ==, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-fits/window", test_fits_window);
  g_test_add_func ("/cli-fits/json", test_fits_json);
  g_test_add_func ("/cli-fits/going-neighbours", test_fits_going_neighbours);
  g_test_add_func ("/cli-fits/bad-values", test_fits_bad_values);

  return g_test_run ();
}
