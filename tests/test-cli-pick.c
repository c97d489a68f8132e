/* test-cli-pick.c — `lineup --maybe=ID`, run as users run it, on the
 * built-in post (its one pair of overlapping talks: the Cilium tutorial
 * 1R2on, 16:30–18:00, and Service Mesh Battle Scars 1R2ts, 17:25–18:00)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-pick"

#include "config.h"

#include <string.h>

#include "lineup-test-run.h"

#define TUTORIAL_ID "1R2on"
#define BATTLE_SCARS_ID "1R2ts"

static JsonObject *
line_object (GPtrArray *lines,
             guint      i)
{
  return json_node_get_object (g_ptr_array_index (lines, i));
}

/* The "pick" member: "going", "maybe" or NULL (JSON null). */
static const gchar *
pick_of (JsonObject *object)
{
  g_assert_true (json_object_has_member (object, "pick"));
  if (JSON_NODE_HOLDS_NULL (json_object_get_member (object, "pick")))
    return NULL;
  return json_object_get_string_member (object, "pick");
}

/* Stars every talk of the built-in post, one run each (as a user would). */
static guint
star_every_talk (LineupTestRun *run)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  lineup_test_run_lineup (run, "--list", "--json", NULL);
  g_assert_cmpint (run->status, ==, 0);
  lines = lineup_test_json_lines (run->out);
  g_assert_cmpuint (lines->len, >, 2);
  for (guint i = 0; i < lines->len; i++)
    {
      JsonObject *object = line_object (lines, i);

      g_assert_null (pick_of (object));
      g_ptr_array_add (ids, g_strdup (json_object_get_string_member (object, "id")));
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree gchar *arg = g_strdup_printf ("--star=%s", (gchar *) ids->pdata[i]);

      lineup_test_run_lineup (run, arg, NULL);
      g_assert_cmpint (run->status, ==, 0);
    }
  return ids->len;
}

/* The acceptance check: with every talk going, --maybe=1R2ts leaves no
 * conflict among the going talks, and the agenda still lists it, as maybe. */
static void
test_maybe_clears_conflict (void)
{
  g_auto(LineupTestRun) run = { 0 };
  g_autoptr(GPtrArray) lines = NULL;
  guint n_talks;
  guint n_going = 0;
  gboolean seen_maybe = FALSE;

  lineup_test_run_init (&run);
  n_talks = star_every_talk (&run);

  /* Before: the one pair overlaps. */
  lineup_test_run_lineup (&run, "--agenda", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, n_talks);
  for (guint i = 0; i < lines->len; i++)
    {
      JsonObject *object = line_object (lines, i);
      const gchar *id = json_object_get_string_member (object, "id");
      guint n_conflicts = json_array_get_length (json_object_get_array_member (object,
                                                                                "conflicts"));

      g_assert_cmpstr (pick_of (object), ==, "going");
      g_assert_true (json_object_get_boolean_member (object, "starred"));
      if (g_str_equal (id, TUTORIAL_ID) || g_str_equal (id, BATTLE_SCARS_ID))
        g_assert_cmpuint (n_conflicts, ==, 1);
      else
        g_assert_cmpuint (n_conflicts, ==, 0);
    }
  g_clear_pointer (&lines, g_ptr_array_unref);

  lineup_test_run_lineup (&run, "--maybe=" BATTLE_SCARS_ID, NULL);
  g_test_message ("out: %s\nerr: %s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Marked as maybe: Service Mesh Battle Scars"));

  lineup_test_run_lineup (&run, "--agenda", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, n_talks);
  for (guint i = 0; i < lines->len; i++)
    {
      JsonObject *object = line_object (lines, i);
      const gchar *id = json_object_get_string_member (object, "id");

      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object,
                                                                              "conflicts")),
                        ==, 0);
      if (g_str_equal (id, BATTLE_SCARS_ID))
        {
          g_assert_cmpstr (pick_of (object), ==, "maybe");
          g_assert_false (json_object_get_boolean_member (object, "starred"));
          seen_maybe = TRUE;
        }
      else
        {
          g_assert_cmpstr (pick_of (object), ==, "going");
          g_assert_true (json_object_get_boolean_member (object, "starred"));
          n_going++;
        }
    }
  g_assert_true (seen_maybe);
  g_assert_cmpuint (n_going, ==, n_talks - 1);

  /* The table: no "!" line, the maybe marked "?", right after the tutorial. */
  lineup_test_run_lineup (&run, "--agenda", NULL);
  g_test_message ("out: %s", run.out);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "\n! "));
  g_assert_false (g_str_has_prefix (run.out, "! "));
  g_assert_nonnull (strstr (run.out, "\n? " BATTLE_SCARS_ID " "));
  g_assert_true (strstr (run.out, "  " TUTORIAL_ID " ") < strstr (run.out, "? " BATTLE_SCARS_ID));
}

/* --maybe on a going talk and --star on a maybe one change the kind;
 * --unstar clears either; --list --json has "pick" on every line. */
static void
test_pick_kinds (void)
{
  g_auto(LineupTestRun) run = { 0 };
  g_autoptr(GPtrArray) lines = NULL;

  lineup_test_run_init (&run);
  lineup_test_run_lineup (&run, "--star=" TUTORIAL_ID, "--maybe=" BATTLE_SCARS_ID,
                          "--maybe=1Rj3S", NULL);
  g_assert_cmpint (run.status, ==, 0);

  lineup_test_run_lineup (&run, "--list", "--json", NULL);
  lines = lineup_test_json_lines (run.out);
  for (guint i = 0; i < lines->len; i++)
    {
      JsonObject *object = line_object (lines, i);
      const gchar *id = json_object_get_string_member (object, "id");

      if (g_str_equal (id, TUTORIAL_ID))
        g_assert_cmpstr (pick_of (object), ==, "going");
      else if (g_str_equal (id, BATTLE_SCARS_ID) || g_str_equal (id, "1Rj3S"))
        g_assert_cmpstr (pick_of (object), ==, "maybe");
      else
        g_assert_null (pick_of (object));
    }
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* Swapped: the tutorial maybe, Battle Scars going; Tetragon unpicked. */
  lineup_test_run_lineup (&run, "--maybe=" TUTORIAL_ID, "--star=" BATTLE_SCARS_ID,
                          "--unstar=1Rj3S", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lineup_test_run_lineup (&run, "--agenda", "--json", NULL);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (line_object (lines, 0), "id"), ==, TUTORIAL_ID);
  g_assert_cmpstr (pick_of (line_object (lines, 0)), ==, "maybe");
  g_assert_cmpstr (json_object_get_string_member (line_object (lines, 1), "id"), ==,
                   BATTLE_SCARS_ID);
  g_assert_cmpstr (pick_of (line_object (lines, 1)), ==, "going");
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* --unstar clears a maybe too. */
  lineup_test_run_lineup (&run, "--unstar=" TUTORIAL_ID, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lineup_test_run_lineup (&run, "--agenda", "--json", NULL);
  lines = lineup_test_json_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (line_object (lines, 0), "id"), ==,
                   BATTLE_SCARS_ID);

  /* An unknown id changes nothing. */
  lineup_test_run_lineup (&run, "--maybe=nope", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "“nope”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-pick/maybe-clears-conflict", test_maybe_clears_conflict);
  g_test_add_func ("/cli-pick/kinds", test_pick_kinds);

  return g_test_run ();
}
