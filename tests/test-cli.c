/* test-cli.c — the `lineup` command line, run as users run it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "lineup-cli.h"
#include "lineup-download.h"
#include "lineup-test-files.h"
#include "lineup-test-run.h"
#include "lineup-test-server.h"

typedef struct
{
  gchar *home;      /* private XDG_DATA_HOME */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->home = lineup_test_make_temp_dir (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  lineup_test_remove_tree (fixture->home);
  g_free (fixture->home);
}

/* Runs `lineup` in C.UTF-8, its agenda in the fixture's folder. */
static void
run_lineup (Fixture          *fixture,
            LineupTestOutput *run,
            const gchar      *first_arg,
            ...)
{
  va_list args;

  va_start (args, first_arg);
  lineup_test_run_in_va (fixture->home, NULL, run, first_arg, args);
  va_end (args);
}

static gchar *
data_path (const gchar *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static gchar *
write_temp (Fixture     *fixture,
            const gchar *name,
            const gchar *contents,
            gssize       length)
{
  gchar *path = g_build_filename (fixture->home, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static JsonObject *
find_talk (GPtrArray   *talks,
           const gchar *title_part)
{
  for (guint i = 0; i < talks->len; i++)
    {
      JsonObject *talk = json_node_get_object (g_ptr_array_index (talks, i));

      if (strstr (json_object_get_string_member (talk, "title"), title_part) != NULL)
        return talk;
    }
  g_error ("no talk with “%s” in its title", title_part);
  return NULL;
}

static void
test_list_json (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(LineupTestOutput) run = { 0 };
  g_autoptr(GPtrArray) talks = NULL;
  JsonObject *tetragon;
  const gchar *previous = "";

  run_lineup (fixture, &run, "--list", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  talks = lineup_test_json_lines (run.out);
  g_assert_cmpuint (talks->len, ==, 25);

  for (guint i = 0; i < talks->len; i++)
    {
      JsonObject *talk = json_node_get_object (g_ptr_array_index (talks, i));
      const gchar *start = json_object_get_string_member (talk, "start");
      static const gchar * const keys[] = { "id", "title", "speakers", "track", "start", "end",
                                            "url", "description", "starred", "conflicts" };

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_true (json_object_has_member (talk, keys[k]));
      /* same offset everywhere, so string order is time order */
      g_assert_cmpstr (previous, <=, start);
      previous = start;
      g_assert_false (json_object_get_boolean_member (talk, "starred"));
      g_assert_null (strstr (json_object_get_string_member (talk, "title"), "‚Ä"));
      g_assert_null (strstr (json_object_get_string_member (talk, "description"), "‚Ä"));
    }

  tetragon = find_talk (talks, "Tetragon");
  g_assert_cmpstr (json_object_get_string_member (tetragon, "start"), ==, "2023-11-06T12:15:00-06:00");
  g_assert_cmpstr (json_object_get_string_member (tetragon, "end"), ==, "2023-11-06T12:40:00-06:00");
  g_assert_cmpstr (json_object_get_string_member (tetragon, "track"), ==, "CiliumCon NA 2023");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tetragon, "speakers")), ==, 2);
}

static void
test_list_human (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(LineupTestOutput) run = { 0 };
  g_auto(GStrv) lines = NULL;
  glong column;

  run_lineup (fixture, &run, "--list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 25);
  /* The id first: what --star takes. */
  g_assert_true (g_str_has_prefix (lines[0], "1Rj0z  Mon Nov 6  09:15–09:40  CiliumCon NA 2023  "));
  /* columns aligned: the title starts at the same column on every line */
  column = g_utf8_pointer_to_offset (lines[0], strstr (lines[0], "From Imagination"));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      const gchar *at = g_utf8_offset_to_pointer (lines[i], column);

      g_assert_true (at[-2] == ' ' && at[-1] == ' ' && at[0] != ' ');
    }
  g_assert_nonnull (strstr (run.out, "Luis Ramírez (SuperOrbital)"));
}

static void
test_floating_post (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree gchar *path = data_path ("fluxcd_website__content_en_blog_2022-10-19-kubecon-2022-na_index.md");
  g_auto(LineupTestOutput) run = { 0 };
  g_autoptr(GPtrArray) talks = NULL;

  run_lineup (fixture, &run, "--list", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  talks = lineup_test_json_lines (run.out);
  g_assert_cmpuint (talks->len, ==, 16);
  g_assert_cmpstr (json_object_get_string_member (find_talk (talks, "Flux Project Meeting"), "start"),
                   ==, "2022-10-24T13:00:00");
}

/* A description holding U+2029 (a paragraph separator pasted from a word
 * processor): each talk stays one JSON line, for readers that split at any
 * Unicode line break, and the character comes back from the escape. */
static void
test_list_json_line_separators (Fixture       *fixture,
                                gconstpointer  data)
{
  static const gchar post[] = "# Meetup #3\n\n"
                              "- 18:45 **Rust in the kernel** by Ana Souza\n\n"
                              "  Memory safety\xE2\x80\xA9in drivers.\n\n"
                              "- 19:15 **Closing the loop** by Piotr Nowak\n";
  g_autofree gchar *path = write_temp (fixture, "meetup.md", post, -1);
  g_auto(LineupTestOutput) run = { 0 };
  g_autoptr(GPtrArray) talks = NULL;

  run_lineup (fixture, &run, "--list", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "\xE2\x80\xA9"));
  g_assert_nonnull (strstr (run.out, "\\u2029"));
  talks = lineup_test_json_lines (run.out);
  g_assert_cmpuint (talks->len, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (find_talk (talks, "Rust in the kernel"),
                                                  "description"),
                   ==, "Memory safety\xE2\x80\xA9in drivers.");
}

/* A meetup's programme that names no day: the times of day are printed,
 * in JSON as "time_of_day" beside a null "start". */
static void
test_list_no_day (Fixture       *fixture,
                  gconstpointer  data)
{
  static const gchar post[] = "# Meetup #3\n\n"
                              "- 18:30 – 18:45 Community news\n"
                              "- 18:45 **Rust in the kernel** by Ana Souza\n";
  g_autofree gchar *path = write_temp (fixture, "meetup.md", post, -1);
  g_auto(LineupTestOutput) run = { 0 };
  g_auto(LineupTestOutput) human = { 0 };
  g_autoptr(GPtrArray) talks = NULL;
  JsonObject *welcome, *rust, *clock;

  run_lineup (fixture, &run, "--list", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  talks = lineup_test_json_lines (run.out);
  g_assert_cmpuint (talks->len, ==, 2);
  welcome = find_talk (talks, "Community news");
  g_assert_true (json_object_get_null_member (welcome, "start"));
  clock = json_object_get_object_member (welcome, "time_of_day");
  g_assert_cmpstr (json_object_get_string_member (clock, "start"), ==, "18:30");
  g_assert_cmpstr (json_object_get_string_member (clock, "end"), ==, "18:45");
  rust = find_talk (talks, "Rust in the kernel");
  clock = json_object_get_object_member (rust, "time_of_day");
  g_assert_cmpstr (json_object_get_string_member (clock, "start"), ==, "18:45");
  g_assert_true (json_object_get_null_member (clock, "end"));
  /* the user is told the day is missing, with the line */
  g_assert_nonnull (strstr (run.err, "meetup.md:3: no day is given for “Community news”"));

  run_lineup (fixture, &human, "--list", path, NULL);
  g_assert_cmpint (human.status, ==, 0);
  g_assert_nonnull (strstr (human.out, "  Day not announced  18:30–18:45  "));
  g_assert_nonnull (strstr (human.out, "  Day not announced  18:45        "));

  /* starred and exported, it keeps its time of day */
  {
    g_autofree gchar *star = g_strdup_printf ("--star=%s", json_object_get_string_member (rust, "id"));
    g_autofree gchar *export_path = g_build_filename (fixture->home, "mine.md", NULL);
    g_autofree gchar *export = g_strdup_printf ("--export=%s", export_path);
    g_autofree gchar *exported = NULL;
    g_auto(LineupTestOutput) starred = { 0 };
    g_auto(LineupTestOutput) written = { 0 };

    run_lineup (fixture, &starred, star, path, NULL);
    g_assert_cmpint (starred.status, ==, 0);
    run_lineup (fixture, &written, export, path, NULL);
    g_assert_cmpint (written.status, ==, 0);
    g_assert_true (g_file_get_contents (export_path, &exported, NULL, NULL));
    g_assert_nonnull (strstr (exported, "\n## Day not announced\n\n"));
    g_assert_nonnull (strstr (exported, "- 18:45 · Rust in the kernel — Ana Souza"));
  }
}

/* A liveblog lists its talks under their days and gives no times: each
 * talk keeps its day, in the JSON, the text list and both exports (an
 * all-day event in iCalendar). */
static void
test_list_day_only (Fixture       *fixture,
                    gconstpointer  data)
{
  static const gchar post[] = "# GoConf 2017 liveblog\n\n"
                              "## Thursday, July 13, 2017\n\n"
                              "- Tammy Butow - Go reliability at Dropbox\n"
                              "- Russ Cox - The future of Go\n\n"
                              "## Friday, July 14, 2017\n\n"
                              "- 10:00 Understanding Channels by Kavya Joshi\n";
  g_autofree gchar *path = write_temp (fixture, "liveblog.md", post, -1);
  g_autofree gchar *md_path = g_build_filename (fixture->home, "mine.md", NULL);
  g_autofree gchar *ics_path = g_build_filename (fixture->home, "mine.ics", NULL);
  g_autofree gchar *to_md = g_strdup_printf ("--export=%s", md_path);
  g_autofree gchar *to_ics = g_strdup_printf ("--export=%s", ics_path);
  g_autofree gchar *star = NULL;
  g_autofree gchar *md = NULL;
  g_autofree gchar *ics = NULL;
  g_auto(LineupTestOutput) run = { 0 };
  g_auto(LineupTestOutput) human = { 0 };
  g_auto(LineupTestOutput) starred = { 0 };
  g_auto(LineupTestOutput) written_md = { 0 };
  g_auto(LineupTestOutput) written_ics = { 0 };
  g_autoptr(GPtrArray) talks = NULL;
  JsonObject *dropbox, *channels;

  run_lineup (fixture, &run, "--list", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  talks = lineup_test_json_lines (run.out);
  g_assert_cmpuint (talks->len, ==, 3);
  dropbox = find_talk (talks, "Go reliability at Dropbox");
  g_assert_true (json_object_get_null_member (dropbox, "start"));
  g_assert_cmpstr (json_object_get_string_member (dropbox, "day"), ==, "2017-07-13");
  g_assert_false (json_object_has_member (dropbox, "time_of_day"));
  g_assert_cmpstr (json_object_get_string_member (find_talk (talks, "The future of Go"), "day"),
                   ==, "2017-07-13");
  /* a timed talk has its start, and no "day" beside it */
  channels = find_talk (talks, "Understanding Channels");
  g_assert_cmpstr (json_object_get_string_member (channels, "start"), ==, "2017-07-14T10:00:00");
  g_assert_false (json_object_has_member (channels, "day"));
  g_assert_nonnull (strstr (run.err, "liveblog.md:5: no time is given for “Go reliability at Dropbox”; "
                                     "it is listed under its day"));

  run_lineup (fixture, &human, "--list", path, NULL);
  g_assert_cmpint (human.status, ==, 0);
  g_assert_nonnull (strstr (human.out, "  Thu Jul 13  "));
  g_assert_null (strstr (human.out, "Time not announced"));

  star = g_strdup_printf ("--star=%s", json_object_get_string_member (dropbox, "id"));
  run_lineup (fixture, &starred, star, path, NULL);
  g_assert_cmpint (starred.status, ==, 0);
  run_lineup (fixture, &written_md, to_md, path, NULL);
  g_assert_cmpint (written_md.status, ==, 0);
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));
  g_assert_nonnull (strstr (md, "\n## Thursday, July 13\n\n- Go reliability at Dropbox — Tammy Butow\n"));
  run_lineup (fixture, &written_ics, to_ics, path, NULL);
  g_assert_cmpint (written_ics.status, ==, 0);
  g_assert_true (g_file_get_contents (ics_path, &ics, NULL, NULL));
  g_assert_nonnull (strstr (ics, "DTSTART;VALUE=DATE:20170713\r\n"));
  g_assert_nonnull (strstr (ics, "DTEND;VALUE=DATE:20170714\r\n"));
  g_assert_nonnull (strstr (ics, "SUMMARY:Go reliability at Dropbox\r\n"));
}

static void
test_timezone (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(LineupTestOutput) run = { 0 };
  g_auto(LineupTestOutput) bad = { 0 };
  g_autoptr(GPtrArray) talks = NULL;

  run_lineup (fixture, &run, "--list", "--json", "--timezone=Europe/Berlin", NULL);
  g_assert_cmpint (run.status, ==, 0);
  talks = lineup_test_json_lines (run.out);
  g_assert_cmpstr (json_object_get_string_member (find_talk (talks, "Tetragon"), "start"), ==,
                   "2023-11-06T19:15:00+01:00");

  run_lineup (fixture, &bad, "--list", "--timezone=Nowhere/Special", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.err, "lineup: "));
  g_assert_nonnull (strstr (bad.err, "Nowhere/Special"));
  g_assert_cmpstr (bad.out, ==, "");
}

typedef struct
{
  const gchar *name;
  const gchar *contents;   /* NULL: special */
  gsize        length;
  const gchar *message;    /* after "lineup: PATH" */
} BadFile;

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  static const BadFile cases[] = {
    { "empty.md", "", 0, ":1: the file is empty" },
    { "binary.md", "\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10, ":1: this is not a text file" },
    { "latin1.md", "---\ntitle: Caf\xe9\n---\n", 20, ":2: the text is not valid UTF-8" },
    { "open.md", "---\ntitle: never closed\n\n[Talk](https://sched.co/x)\n", 0, ":1: the front matter opened here is never closed" },
    { "prose.md", "---\ntitle: Prose\n---\n\nJust some prose about [a thing](https://example.com).\n", 0, ":4: no talks found" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *path = write_temp (fixture, cases[i].name, cases[i].contents,
                                           cases[i].length ? (gssize) cases[i].length : -1);
      g_autofree gchar *expected = g_strconcat ("lineup: ", path, cases[i].message, NULL);
      g_auto(LineupTestOutput) run = { 0 };

      g_test_message ("%s", cases[i].name);
      run_lineup (fixture, &run, "--list", path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      if (!g_str_has_prefix (run.err, expected))
        g_error ("%s: stderr “%s” does not start with “%s”", cases[i].name, run.err, expected);
    }

  /* A front matter libyaml turns down ("title: KubeCon: Our Talks" is no
   * YAML) does not hide the talks of the body: a warning at its line, and
   * the title still read from its line. */
  {
    g_autofree gchar *path = write_temp (fixture, "colon.md",
                                         "---\ntitle: KubeCon: Our 'Talks'\n"
                                         "date: 2024-03-01\n---\n\n"
                                         "## Tuesday, March 19\n\n"
                                         "- 10:00 [Talk one](https://sched.co/a) by Ann Lee\n",
                                         -1);
    g_autofree gchar *expected = g_strconcat ("lineup: warning: ", path,
                                              ":2: broken front matter", NULL);
    g_auto(LineupTestOutput) run = { 0 };

    run_lineup (fixture, &run, "--list", "--json", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"title\":\"Talk one\""));
    g_assert_nonnull (strstr (run.out, "\"start\":\"2024-03-19T10:00:00"));
    if (!g_str_has_prefix (run.err, expected))
      g_error ("colon.md: stderr “%s” does not start with “%s”", run.err, expected);
  }

  /* A missing file and a folder. */
  {
    g_autofree gchar *missing = g_build_filename (fixture->home, "missing.md", NULL);
    g_autofree gchar *expected = g_strconcat ("lineup: ", missing, ": no such file", NULL);
    g_auto(LineupTestOutput) run = { 0 };

    run_lineup (fixture, &run, "--list", missing, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, expected));
  }
  {
    g_autofree gchar *expected = g_strconcat ("lineup: ", fixture->home, ": is a folder", NULL);
    g_auto(LineupTestOutput) run = { 0 };

    run_lineup (fixture, &run, "--list", fixture->home, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, expected));
  }
}

static gchar *
agenda_path (Fixture *fixture)
{
  return g_build_filename (fixture->home, "lineup", "agenda.yaml", NULL);
}

static void
test_stars (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(LineupTestOutput) star = { 0 };
  g_auto(LineupTestOutput) agenda = { 0 };
  g_auto(LineupTestOutput) unknown = { 0 };
  g_auto(LineupTestOutput) unstar = { 0 };
  g_autoptr(GPtrArray) talks = NULL;
  g_autofree gchar *path = agenda_path (fixture);
  g_autofree gchar *before = NULL;
  g_autofree gchar *after = NULL;

  /* Tutorial (Tue 4:30–6:00 pm) and Battle Scars (5:25–6:00 pm) overlap;
   * the ArgoCon lightning talk ends when the Tetragon talk starts. */
  run_lineup (fixture, &star, "--star=1R2on", "--star=1R2ts", "--star=1Rj0z", NULL);
  g_assert_cmpint (star.status, ==, 0);
  g_assert_nonnull (strstr (star.out, "Demystifying Cilium"));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  run_lineup (fixture, &agenda, "--agenda", "--json", NULL);
  g_assert_cmpint (agenda.status, ==, 0);
  talks = lineup_test_json_lines (agenda.out);
  g_assert_cmpuint (talks->len, ==, 3);
  {
    JsonObject *tutorial = find_talk (talks, "Demystifying Cilium");
    JsonArray *conflicts = json_object_get_array_member (tutorial, "conflicts");

    g_assert_true (json_object_get_boolean_member (tutorial, "starred"));
    g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (conflicts, 0), ==, "1R2ts");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (find_talk (talks, "Adobe"), "conflicts")), ==, 0);
  }

  /* An unknown id is an error, and nothing at all is changed. */
  g_file_get_contents (path, &before, NULL, NULL);
  run_lineup (fixture, &unknown, "--unstar=1R2on", "--star=NOPE1", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "NOPE1"));
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);

  run_lineup (fixture, &unstar, "--unstar=1R2on", "--agenda", NULL);
  g_assert_cmpint (unstar.status, ==, 0);
  g_assert_null (strstr (unstar.out, "Demystifying"));
  g_assert_nonnull (strstr (unstar.out, "Battle Scars"));
}

static void
test_agenda_human (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(LineupTestOutput) star = { 0 };
  g_auto(LineupTestOutput) agenda = { 0 };
  g_auto(GStrv) lines = NULL;
  guint marked = 0;

  run_lineup (fixture, &star, "--star=1R2on", "--star=1R2ts", "--star=1R2tD", NULL);
  g_assert_cmpint (star.status, ==, 0);
  run_lineup (fixture, &agenda, "--agenda", NULL);
  g_assert_cmpint (agenda.status, ==, 0);
  lines = g_strsplit (agenda.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "! "))
      marked++;
  g_assert_cmpuint (marked, ==, 2);
  g_assert_nonnull (strstr (agenda.out, "overlaps with: Service Mesh Battle Scars"));
}

static void
test_star_all_one_conflict (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(LineupTestOutput) list = { 0 };
  g_autoptr(GPtrArray) talks = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gchar *out = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  guint with_conflicts = 0;
  gint status = 0;

  run_lineup (fixture, &list, "--list", "--json", NULL);
  talks = lineup_test_json_lines (list.out);

  g_ptr_array_add (argv, g_test_build_filename (G_TEST_BUILT, "..", "src", "lineup", NULL));
  for (guint i = 0; i < talks->len; i++)
    g_ptr_array_add (argv, g_strdup_printf ("--star=%s", json_object_get_string_member (
      json_node_get_object (g_ptr_array_index (talks, i)), "id")));
  g_ptr_array_add (argv, g_strdup ("--agenda"));
  g_ptr_array_add (argv, g_strdup ("--json"));
  g_ptr_array_add (argv, NULL);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", fixture->home, TRUE);
  g_spawn_sync (NULL, (gchar **) argv->pdata, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  after = lineup_test_json_lines (out);
  g_assert_cmpuint (after->len, ==, 25);
  for (guint i = 0; i < after->len; i++)
    {
      JsonObject *talk = json_node_get_object (g_ptr_array_index (after, i));

      if (json_array_get_length (json_object_get_array_member (talk, "conflicts")) > 0)
        with_conflicts++;
    }
  /* Exactly one pair: the tutorial and the panel. */
  g_assert_cmpuint (with_conflicts, ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (find_talk (after, "Battle Scars"), "conflicts")), ==, 1);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree gchar *ics = g_build_filename (fixture->home, "agenda.ics", NULL);
  g_autofree gchar *md = g_build_filename (fixture->home, "agenda.md", NULL);
  g_autofree gchar *txt = g_build_filename (fixture->home, "agenda.txt", NULL);
  g_autofree gchar *ics_arg = g_strconcat ("--export=", ics, NULL);
  g_autofree gchar *md_arg = g_strconcat ("--export=", md, NULL);
  g_autofree gchar *txt_arg = g_strconcat ("--export=", txt, NULL);
  g_autofree gchar *contents = NULL;
  g_auto(LineupTestOutput) star = { 0 };
  g_auto(LineupTestOutput) run_ics = { 0 };
  g_auto(LineupTestOutput) run_md = { 0 };
  g_auto(LineupTestOutput) run_txt = { 0 };
  g_auto(LineupTestOutput) run_stdout = { 0 };

  run_lineup (fixture, &star, "--star=1Rj0z", "--star=1R2tD", NULL);
  g_assert_cmpint (star.status, ==, 0);

  run_lineup (fixture, &run_ics, ics_arg, NULL);
  g_assert_cmpint (run_ics.status, ==, 0);
  g_assert_true (g_file_get_contents (ics, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (contents, "TZID:America/Chicago"));
  g_assert_nonnull (strstr (run_ics.err, "Exported 2 talks"));
  g_clear_pointer (&contents, g_free);

  run_lineup (fixture, &run_md, md_arg, NULL);
  g_assert_cmpint (run_md.status, ==, 0);
  g_assert_true (g_file_get_contents (md, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "When Is a Secure Connection Not Encrypted?"));

  run_lineup (fixture, &run_txt, txt_arg, NULL);
  g_assert_cmpint (run_txt.status, ==, 1);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_assert_true (g_str_has_prefix (run_txt.err, "lineup: "));

  run_lineup (fixture, &run_stdout, "--export=-", NULL);
  g_assert_cmpint (run_stdout.status, ==, 0);
  g_assert_true (g_str_has_prefix (run_stdout.out, "BEGIN:VCALENDAR"));
}

static void
test_controls_stripped (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree gchar *path = write_temp (fixture, "escape.md",
    "---\ntitle: Escapes\ndate: 2024-05-01\n---\n\n"
    "[Evil \x1b(0Red\x07 Talk\x1b%G - Ada Lovelace, Org](https://example.sched.com/event/Ev1l/x)\n\n"
    "**Wednesday, May 1 • 9:00 - 9:30**\n", -1);
  g_auto(LineupTestOutput) run = { 0 };

  run_lineup (fixture, &run, "--list", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strchr (run.out, '\x1b'));
  g_assert_null (strchr (run.out, '\x07'));
  g_assert_nonnull (strstr (run.out, "Evil"));
  g_assert_nonnull (strstr (run.out, "Talk"));
}

/* Post keys ------------------------------------------------------------------ */

#define FLUX_POST "fluxcd_website__content_en_blog_2022-10-19-kubecon-2022-na_index.md"
/* The Flux post's front matter has no path but a url: its key. */
#define FLUX_KEY "/blog/2022/10/kubecon-2022-na/"

/* Copies a post of tests/data into the fixture's folder as @name. */
static gchar *
copy_post (Fixture     *fixture,
           const gchar *post,
           const gchar *name)
{
  g_autofree gchar *source = data_path (post);
  g_autofree gchar *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  return write_temp (fixture, name, contents, (gssize) length);
}

/* The UID lines of an iCalendar text, in order. */
static gchar *
uid_lines (const gchar *ics)
{
  g_auto(GStrv) lines = g_strsplit (ics, "\n", -1);
  GString *uids = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "UID:"))
      g_string_append_printf (uids, "%s\n", g_strchomp (lines[i]));
  return g_string_free (uids, FALSE);
}

static gboolean
json_starred (GPtrArray   *talks,
              const gchar *id)
{
  for (guint i = 0; i < talks->len; i++)
    {
      JsonObject *talk = json_node_get_object (g_ptr_array_index (talks, i));

      if (g_str_equal (json_object_get_string_member (talk, "id"), id))
        return json_object_get_boolean_member (talk, "starred");
    }
  g_error ("no talk has the id %s", id);
  return FALSE;
}

/* A Hugo post is often index.md in a folder of its own: its stars and its
 * calendar UIDs come from its front matter, not from its file's name. */
static void
test_key_not_file_name (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree gchar *a = copy_post (fixture, FLUX_POST, "index.md");
  g_autofree gchar *b = copy_post (fixture, FLUX_POST, "flux.md");
  g_autofree gchar *agenda_file = agenda_path (fixture);
  g_autofree gchar *saved = NULL;
  g_autofree gchar *uids_a = NULL;
  g_autofree gchar *uids_b = NULL;
  g_auto(LineupTestOutput) star = { 0 };
  g_auto(LineupTestOutput) agenda = { 0 };
  g_auto(LineupTestOutput) export_a = { 0 };
  g_auto(LineupTestOutput) export_b = { 0 };
  g_autoptr(GPtrArray) talks = NULL;

  run_lineup (fixture, &star, "--star=1AR8M", "--star=1AR8z", a, NULL);
  g_assert_cmpint (star.status, ==, 0);

  run_lineup (fixture, &agenda, "--agenda", "--json", b, NULL);
  g_assert_cmpint (agenda.status, ==, 0);
  talks = lineup_test_json_lines (agenda.out);
  g_assert_cmpuint (talks->len, ==, 2);
  g_assert_true (json_starred (talks, "1AR8M"));
  g_assert_true (json_starred (talks, "1AR8z"));

  g_assert_true (g_file_get_contents (agenda_file, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\n  " FLUX_KEY ":\n"));
  g_assert_null (strstr (saved, "index.md"));

  run_lineup (fixture, &export_a, "--export=-", a, NULL);
  run_lineup (fixture, &export_b, "--export=-", b, NULL);
  g_assert_cmpint (export_a.status, ==, 0);
  g_assert_cmpint (export_b.status, ==, 0);
  uids_a = uid_lines (export_a.out);
  uids_b = uid_lines (export_b.out);
  g_assert_cmpstr (uids_a, ==, "UID:1AR8M@lineup.kubecon-2022-na\n"
                               "UID:1AR8z@lineup.kubecon-2022-na\n");
  g_assert_cmpstr (uids_a, ==, uids_b);
}

/* Front matter without path or url: the slug, else the title and the date,
 * and the file's name only when it has none of these. */
static void
test_key_from_slug_or_title (Fixture       *fixture,
                             gconstpointer  data)
{
  static const struct {
    const gchar *front;
    const gchar *uid;     /* NULL: the file's name */
  } cases[] = {
    { "slug: kubecon-picks\ntitle: Ignored\n", "UID:Ev1@lineup.kubecon-picks\n" },
    { "title: \"Our Talks at KubeCon Paris!\"\ndate: 2024-03-01T10:00:00Z\n",
      "UID:Ev1@lineup.our-talks-at-kubecon-paris-2024-03-01\n" },
    { "date: 2024-03-01\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *text = g_strdup_printf (
        "---\n%s---\n\n[Talk - Ada Lovelace, Org](https://example.sched.com/event/Ev1/x)\n\n"
        "**Friday, March 22 • 9:00 - 9:30**\n", cases[i].front);
      g_autofree gchar *home_a = g_strdup_printf ("first-%u.md", i);
      g_autofree gchar *home_b = g_strdup_printf ("second-%u.md", i);
      g_autofree gchar *a = write_temp (fixture, home_a, text, -1);
      g_autofree gchar *b = write_temp (fixture, home_b, text, -1);
      g_autofree gchar *uids_a = NULL;
      g_autofree gchar *uids_b = NULL;
      g_auto(LineupTestOutput) star = { 0 };
      g_auto(LineupTestOutput) export_a = { 0 };
      g_auto(LineupTestOutput) export_b = { 0 };

      g_test_message ("%s", cases[i].front);
      run_lineup (fixture, &star, "--star=Ev1", a, NULL);
      g_assert_cmpint (star.status, ==, 0);
      run_lineup (fixture, &export_a, "--export=-", a, NULL);
      run_lineup (fixture, &export_b, "--export=-", b, NULL);
      g_assert_cmpint (export_a.status, ==, 0);
      uids_a = uid_lines (export_a.out);
      if (cases[i].uid != NULL)
        {
          g_assert_cmpint (export_b.status, ==, 0);
          uids_b = uid_lines (export_b.out);
          g_assert_cmpstr (uids_a, ==, cases[i].uid);
          g_assert_cmpstr (uids_b, ==, uids_a);
        }
      else
        {
          g_autofree gchar *expected = g_strdup_printf ("UID:Ev1@lineup.first-%u\n", i);

          /* Nothing in the front matter says which post it is: the star
           * stays with the file. */
          g_assert_cmpstr (uids_a, ==, expected);
          g_assert_cmpint (export_b.status, ==, 1);
          g_assert_nonnull (strstr (export_b.err, "no talk is starred"));
        }
    }
}

/* The built-in post keeps the key it always had (its front matter path). */
static void
test_key_builtin_unchanged (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree gchar *agenda_file = agenda_path (fixture);
  g_autofree gchar *saved = NULL;
  g_auto(LineupTestOutput) star = { 0 };

  run_lineup (fixture, &star, "--star=1Rj0z", NULL);
  g_assert_cmpint (star.status, ==, 0);
  g_assert_true (g_file_get_contents (agenda_file, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==,
                   "version: 1\n"
                   "posts:\n"
                   "  /blog/2023/10/30/cilium-kubecon-na-talks:\n"
                   "  - id: 1Rj0z\n"
                   "    title: \"From Imagination to Implementation: Inside Adobe's "
                   "Production-Grade Deployment with Cilium\"\n"
                   "    start: 2023-11-06T09:15:00-06:00\n"
                   "    end: 2023-11-06T09:40:00-06:00\n"
                   "    track: \"CiliumCon NA 2023\"\n");
}

static gchar *
write_agenda (Fixture     *fixture,
              const gchar *text)
{
  g_autofree gchar *dir = g_build_filename (fixture->home, "lineup", NULL);
  gchar *path = agenda_path (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* An agenda written before posts were keyed by their front matter: the
 * Flux post's stars were kept under its file's name, which several posts
 * (every Hugo "index.md") shared. */
static void
test_key_migration (Fixture       *fixture,
                    gconstpointer  data)
{
  static const gchar *old_names[] = { "index.md", FLUX_POST };

  for (guint i = 0; i < G_N_ELEMENTS (old_names); i++)
    {
      g_autofree gchar *old = g_strdup_printf (
        "version: 1\n"
        "posts:\n"
        "  %s:\n"
        "  - id: 1AR8M\n"
        "    title: \"How to Achieve (Actual) GitOps with Terraform and Flux\"\n"
        "    start: 2022-10-25T09:45:00\n"
        "  - id: Other1\n"
        "    title: \"A talk of another post called index.md\"\n", old_names[i]);
      g_autofree gchar *agenda_file = write_agenda (fixture, old);
      g_autofree gchar *post = g_str_equal (old_names[i], FLUX_POST)
                               ? data_path (FLUX_POST)
                               : copy_post (fixture, FLUX_POST, old_names[i]);
      g_autofree gchar *renamed = copy_post (fixture, FLUX_POST, "renamed.md");
      g_autofree gchar *after_read = NULL;
      g_autofree gchar *after_star = NULL;
      g_auto(LineupTestOutput) read = { 0 };
      g_auto(LineupTestOutput) star = { 0 };
      g_auto(LineupTestOutput) again = { 0 };
      g_autoptr(GPtrArray) talks = NULL;
      g_autoptr(GPtrArray) talks_again = NULL;

      g_test_message ("stars saved under %s", old_names[i]);

      /* Reading shows the old stars, and writes nothing. */
      run_lineup (fixture, &read, "--agenda", "--json", post, NULL);
      g_assert_cmpint (read.status, ==, 0);
      talks = lineup_test_json_lines (read.out);
      g_assert_cmpuint (talks->len, ==, 1);
      g_assert_true (json_starred (talks, "1AR8M"));
      g_assert_true (g_file_get_contents (agenda_file, &after_read, NULL, NULL));
      g_assert_cmpstr (after_read, ==, old);

      /* The next save moves them to the post's key (and fills in what the
       * old entry did not keep: its talk is unchanged); the star of the
       * other post stays where it was, for that post to claim. */
      run_lineup (fixture, &star, "--star=1AR8z", post, NULL);
      g_assert_cmpint (star.status, ==, 0);
      g_assert_true (g_file_get_contents (agenda_file, &after_star, NULL, NULL));
      g_assert_cmpstr (after_star, ==, g_str_equal (old_names[i], "index.md")
        ? "version: 1\n"
          "posts:\n"
          "  " FLUX_KEY ":\n"
          "  - id: 1AR8M\n"
          "    title: \"How to Achieve (Actual) GitOps with Terraform and Flux\"\n"
          "    start: 2022-10-25T09:45:00\n"
          "    end: 2022-10-25T10:15:00\n"
          "    track: \"GitOpsCon\"\n"
          "  - id: 1AR8z\n"
          "    title: \"GitOps with Flux and OCI Registries\"\n"
          "    start: 2022-10-25T14:15:00\n"
          "    end: 2022-10-25T14:45:00\n"
          "    track: \"GitOpsCon\"\n"
          "  index.md:\n"
          "  - id: Other1\n"
          "    title: \"A talk of another post called index.md\"\n"
        : "version: 1\n"
          "posts:\n"
          "  " FLUX_KEY ":\n"
          "  - id: 1AR8M\n"
          "    title: \"How to Achieve (Actual) GitOps with Terraform and Flux\"\n"
          "    start: 2022-10-25T09:45:00\n"
          "    end: 2022-10-25T10:15:00\n"
          "    track: \"GitOpsCon\"\n"
          "  - id: 1AR8z\n"
          "    title: \"GitOps with Flux and OCI Registries\"\n"
          "    start: 2022-10-25T14:15:00\n"
          "    end: 2022-10-25T14:45:00\n"
          "    track: \"GitOpsCon\"\n"
          "  " FLUX_POST ":\n"
          "  - id: Other1\n"
          "    title: \"A talk of another post called index.md\"\n");

      /* Under any name. */
      run_lineup (fixture, &again, "--agenda", "--json", renamed, NULL);
      g_assert_cmpint (again.status, ==, 0);
      talks_again = lineup_test_json_lines (again.out);
      g_assert_cmpuint (talks_again->len, ==, 2);
      g_assert_true (json_starred (talks_again, "1AR8M"));
      g_assert_true (json_starred (talks_again, "1AR8z"));
    }
}

/* A corrupt agenda file ------------------------------------------------------ */

static guint
count_broken_agendas (Fixture *fixture)
{
  g_autofree gchar *dir = g_build_filename (fixture->home, "lineup", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const gchar *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "agenda.yaml.broken-"))
      n++;
  return n;
}

static void
assert_agenda_unchanged (const gchar *path,
                         const gchar *bytes,
                         gsize        length)
{
  g_autofree gchar *now = NULL;
  gsize now_length = 0;

  g_assert_true (g_file_get_contents (path, &now, &now_length, NULL));
  g_assert_cmpmem (now, now_length, bytes, length);
}

/* Fails with the message if stderr has no line starting with @prefix. */
static void
assert_err_line (const gchar *err,
                 const gchar *prefix)
{
  g_auto(GStrv) lines = g_strsplit (err, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return;
  g_error ("stderr “%s” has no line starting with “%s”", err, prefix);
}

/* An agenda file that is not an agenda: the commands that only read say
 * where it is wrong (the line of the bad bytes), go on with no stars, and
 * neither move nor write the file; a command that stars keeps it aside and
 * starts a new one. */
static void
test_agenda_corrupt (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct {
    const gchar *name;
    const gchar *line8;
    gsize        length;    /* of line8, 0: strlen */
  } cases[] = {
    { "not UTF-8", "  - id: caf\xe9", 0 },
    { "NUL byte", "  - id: x\0y", 11 },
    { "unclosed quote", "    title: \"never closed", 0 },
    { "tab", "\t- id: tab", 0 },
    { "unclosed bracket", "  - id: [x3", 0 },
    { "not a mapping", "  - just a string", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new (
        "version: 1\n"
        "posts:\n"
        "  /blog/2023/10/30/cilium-kubecon-na-talks:\n"
        "  - id: 1Rj0z\n"
        "    title: \"A\"\n"
        "  - id: 1R2tD\n"
        "    title: \"B\"\n");
      g_autofree gchar *path = NULL;
      g_autofree gchar *where = NULL;
      g_autofree gchar *saved = NULL;
      g_autofree gchar *lock = NULL;
      g_auto(LineupTestOutput) agenda = { 0 };
      g_auto(LineupTestOutput) list = { 0 };
      g_auto(LineupTestOutput) json = { 0 };
      g_auto(LineupTestOutput) export = { 0 };
      g_auto(LineupTestOutput) unknown = { 0 };
      g_auto(LineupTestOutput) unstar = { 0 };
      g_auto(LineupTestOutput) star = { 0 };

      g_test_message ("%s", cases[i].name);
      g_string_append_len (text, cases[i].line8,
                           cases[i].length ? (gssize) cases[i].length : -1);
      g_string_append (text, "\n  - id: 1R2on\n    title: \"C\"\n");
      path = write_agenda (fixture, "");
      g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
      where = g_strdup_printf ("lineup: %s:8: ", path);

      run_lineup (fixture, &agenda, "--agenda", NULL);
      g_assert_cmpint (agenda.status, ==, 1);
      g_assert_cmpstr (agenda.out, ==, "");
      assert_err_line (agenda.err, where);

      /* The plain list shows no stars: it is right all the same. */
      run_lineup (fixture, &list, "--list", NULL);
      g_assert_cmpint (list.status, ==, 0);
      g_assert_nonnull (strstr (list.out, "Tetragon"));
      assert_err_line (list.err, where);

      run_lineup (fixture, &json, "--list", "--json", NULL);
      g_assert_cmpint (json.status, ==, 1);
      g_assert_nonnull (strstr (json.out, "\"starred\":false"));
      g_assert_null (strstr (json.out, "\"starred\":true"));
      assert_err_line (json.err, where);

      run_lineup (fixture, &export, "--export=-", NULL);
      g_assert_cmpint (export.status, ==, 1);
      assert_err_line (export.err, where);

      /* A star command that changes nothing changes nothing. */
      run_lineup (fixture, &unknown, "--star=NOPE1", NULL);
      g_assert_cmpint (unknown.status, ==, 1);
      assert_err_line (unknown.err, where);
      run_lineup (fixture, &unstar, "--unstar=1R2on", NULL);
      g_assert_cmpint (unstar.status, ==, 0);
      assert_err_line (unstar.err, where);

      assert_agenda_unchanged (path, text->str, text->len);
      g_assert_cmpuint (count_broken_agendas (fixture), ==, 0);
      /* Not even a lock file. */
      lock = g_strconcat (path, ".lock", NULL);
      g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

      /* Starring keeps the file aside, says where, and saves the star. */
      run_lineup (fixture, &star, "--star=1R2on", NULL);
      g_assert_cmpint (star.status, ==, 0);
      g_assert_nonnull (strstr (star.out, "Starred:"));
      g_assert_nonnull (strstr (star.err, "agenda.yaml.broken-"));
      g_assert_nonnull (strstr (star.err, "line 8"));
      g_assert_cmpuint (count_broken_agendas (fixture), ==, 1);
      g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
      g_assert_nonnull (strstr (saved, "- id: 1R2on\n"));
      g_assert_null (strstr (saved, "1Rj0z"));

      lineup_test_remove_tree (fixture->home);
      g_assert_cmpint (g_mkdir (fixture->home, 0700), ==, 0);
    }
}

/* Export and list details ---------------------------------------------------- */

/* Two talks in a zone the post names, the first with no end. */
static const gchar start_only_post[] =
  "---\ntitle: Start Only\ndate: 2024-05-01\n---\n\n"
  "All times are in CEST.\n\n"
  "## Main Track\n\n"
  "[Opening - Ada Lovelace, Org](https://example.sched.com/event/Op1/x)\n\n"
  "**Wednesday, May 1 • 9:00**\n\n"
  "[Keynote - Grace Hopper, Navy](https://example.sched.com/event/Ky2/y)\n\n"
  "**Wednesday, May 1 • 11:30 - 12:15**\n";

/* The line of @text that contains @part (new string). */
static gchar *
line_with (const gchar *text,
           const gchar *part)
{
  const gchar *at = strstr (text, part);
  const gchar *start, *end;

  if (at == NULL)
    g_error ("no “%s” in “%s”", part, text);
  for (start = at; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (at, '\n');
  return g_strndup (start, end ? (gsize) (end - start) : strlen (start));
}

/* The Markdown agenda gives its times as the window does: in the event's
 * zone, named, with the clock of the locale, and a length for a talk that
 * gives only its start. */
static void
test_export_markdown_times (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree gchar *post = write_temp (fixture, "start-only.md", start_only_post, -1);
  g_autofree gchar *md = g_build_filename (fixture->home, "agenda.md", NULL);
  g_autofree gchar *md_arg = g_strconcat ("--export=", md, NULL);
  g_autofree gchar *text24 = NULL;
  g_autofree gchar *text12 = NULL;
  g_autofree gchar *opening = NULL;
  g_autofree gchar *keynote = NULL;
  g_autofree gchar *opening12 = NULL;
  g_autofree gchar *keynote12 = NULL;
  g_auto(LineupTestOutput) star = { 0 };
  g_auto(LineupTestOutput) in24 = { 0 };
  g_auto(LineupTestOutput) in12 = { 0 };

  run_lineup (fixture, &star, "--star=Op1", "--star=Ky2", post, NULL);
  g_assert_cmpint (star.status, ==, 0);

  run_lineup (fixture, &in24, md_arg, post, NULL);
  g_assert_cmpint (in24.status, ==, 0);
  g_assert_true (g_file_get_contents (md, &text24, NULL, NULL));
  g_assert_nonnull (strstr (text24, "Europe/Paris"));
  opening = line_with (text24, "Opening");
  keynote = line_with (text24, "Keynote");
  g_assert_true (g_str_has_prefix (opening, "- 09:00 – 09:30 CEST · Opening"));
  g_assert_nonnull (strstr (opening, "End time not announced; 30 minutes assumed."));
  g_assert_true (g_str_has_prefix (keynote, "- 11:30 – 12:15 CEST · Keynote"));
  g_assert_null (strstr (keynote, "assumed"));

  lineup_test_run_in (fixture->home, "en_US.UTF-8", &in12, md_arg, post, NULL);
  g_assert_cmpint (in12.status, ==, 0);
  g_assert_true (g_file_get_contents (md, &text12, NULL, NULL));
  opening12 = line_with (text12, "Opening");
  keynote12 = line_with (text12, "Keynote");
  g_assert_true (g_str_has_prefix (opening12, "- 9:00 – 9:30 AM CEST · Opening"));
  g_assert_true (g_str_has_prefix (keynote12, "- 11:30 AM – 12:15 PM CEST · Keynote"));
}

/* iCalendar text unfolded (RFC 5545 §3.1), with LF line ends. */
static gchar *
unfold (const gchar *ics)
{
  GString *out = g_string_new (NULL);

  for (const gchar *p = ics; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && (p[2] == ' ' || p[2] == '\t'))
        {
          p += 2;
          continue;
        }
      if (p[0] == '\r' && p[1] == '\n')
        continue;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The .ics: the track is a category, not a place (the room is, when a
 * post gives it); a talk with only a start lasts 30 minutes, and says so. */
static void
test_export_ics_location_and_end (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree gchar *post = write_temp (fixture, "start-only.md", start_only_post, -1);
  g_autofree gchar *ics = NULL;
  g_autofree gchar *opening = NULL;
  g_autofree gchar *keynote = NULL;
  g_auto(LineupTestOutput) star = { 0 };
  g_auto(LineupTestOutput) builtin_star = { 0 };
  g_auto(LineupTestOutput) run = { 0 };
  g_auto(LineupTestOutput) builtin = { 0 };

  run_lineup (fixture, &star, "--star=Op1", "--star=Ky2", post, NULL);
  g_assert_cmpint (star.status, ==, 0);
  run_lineup (fixture, &run, "--export=-", post, NULL);
  g_assert_cmpint (run.status, ==, 0);
  ics = unfold (run.out);

  opening = g_strdup (strstr (ics, "UID:Op1@"));
  g_assert_nonnull (opening);
  *strstr (opening, "END:VEVENT") = '\0';
  g_assert_nonnull (strstr (opening, "\nDTSTART;TZID=Europe/Paris:20240501T090000\n"));
  g_assert_nonnull (strstr (opening, "\nDTEND;TZID=Europe/Paris:20240501T093000\n"));
  g_assert_nonnull (strstr (opening, "End time not announced\\; 30 minutes assumed."));
  g_assert_nonnull (strstr (opening, "\nCATEGORIES:Main Track\n"));

  keynote = g_strdup (strstr (ics, "UID:Ky2@"));
  g_assert_nonnull (keynote);
  *strstr (keynote, "END:VEVENT") = '\0';
  g_assert_nonnull (strstr (keynote, "\nDTEND;TZID=Europe/Paris:20240501T121500\n"));
  g_assert_null (strstr (keynote, "assumed"));

  /* No post gives rooms yet: no LOCATION at all. */
  g_assert_null (strstr (ics, "\nLOCATION"));

  run_lineup (fixture, &builtin_star, "--star=1Rj0z", NULL);
  run_lineup (fixture, &builtin, "--export=-", NULL);
  g_assert_cmpint (builtin.status, ==, 0);
  g_assert_null (strstr (builtin.out, "\nLOCATION"));
  g_assert_nonnull (strstr (builtin.out, "CATEGORIES:CiliumCon NA 2023"));
}

/* --list and --agenda show each talk's id, as --star takes it. */
static void
test_list_ids (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(LineupTestOutput) star = { 0 };
  g_auto(LineupTestOutput) agenda = { 0 };
  g_auto(LineupTestOutput) unknown = { 0 };

  run_lineup (fixture, &unknown, "--star=NOPE", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "lineup --list"));

  run_lineup (fixture, &star, "--star=1R2on", "--star=1R2ts", NULL);
  run_lineup (fixture, &agenda, "--agenda", NULL);
  g_assert_cmpint (agenda.status, ==, 0);
  g_assert_true (g_str_has_prefix (agenda.out, "! 1R2on  Tue Nov 7  "));
  g_assert_nonnull (strstr (agenda.out, "\n! 1R2ts  Tue Nov 7  "));
}

/* The CLI library in this process (no GTK linked: see tests/meson.build)
 * prints what the program prints. */
static gchar *
read_back (FILE *file)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gchar buffer[4096];
  size_t n;

  fflush (file);
  rewind (file);
  while ((n = fread (buffer, 1, sizeof buffer, file)) > 0)
    g_string_append_len (text, buffer, (gssize) n);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_in_process (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(LineupCliOptions) options = { 0 };
  g_auto(LineupTestOutput) run = { 0 };
  g_autofree gchar *out_text = NULL;
  g_autofree gchar *err_text = NULL;
  FILE *out = tmpfile ();
  FILE *err = tmpfile ();

  g_assert_nonnull (out);
  g_assert_nonnull (err);
  options.list = TRUE;
  options.json = TRUE;
  g_assert_true (lineup_cli_is_command (&options));
  g_assert_cmpint (lineup_cli_run (&options, out, err), ==, 0);
  out_text = read_back (out);
  err_text = read_back (err);
  fclose (out);
  fclose (err);

  run_lineup (fixture, &run, "--list", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (err_text, ==, "");
  g_assert_cmpuint (strlen (out_text), >, 0);
  g_assert_cmpstr (out_text, ==, run.out);
}

/* Changes to the picks: a talk moved and one deleted after they were
 * starred.  --agenda shows them first, --json adds them to the picks' lines
 * and a line per gone pick; neither writes anything (the window
 * acknowledges, not the command line). */
#define CHANGES_POST \
  "---\npath: /small\ntitle: \"Small Conf\"\ndate: 2023-10-30\n---\n\n" \
  "## Monday, November 6, 2023\n\n" \
  "- 9:00 - 9:30 [Alpha Talk – Ada Lovelace, Example](https://small.sched.com/event/A1/a)\n"
#define GONE_LINE "- 11:00 - 11:30 [Gone Talk – Carol King, Example](https://small.sched.com/event/C3/c)\n"
#define STEADY_LINE "- 12:00 - 12:30 [Steady Talk – Dan Brown, Example](https://small.sched.com/event/D4/d)\n"

static void
test_agenda_changes (Fixture       *fixture,
                     gconstpointer  data)
{
  static const gchar before[] = CHANGES_POST GONE_LINE STEADY_LINE;
  /* Alpha moved (same length of text), Gone deleted. */
  g_autofree gchar *edited = g_strdup (CHANGES_POST STEADY_LINE);
  g_autofree gchar *post = write_temp (fixture, "post.md", before, -1);
  g_autofree gchar *agenda = agenda_path (fixture);
  g_autofree gchar *saved = NULL;
  g_autofree gchar *saved_after = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_auto(LineupTestOutput) run = { 0 };
  g_auto(LineupTestOutput) json = { 0 };
  JsonObject *alpha, *steady, *gone, *was;

  run_lineup (fixture, &run, "--timezone=America/Chicago", "--star=A1", "--star=C3",
              "--star=D4", post, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lineup_test_output_clear (&run);
  memcpy (strstr (edited, "9:00 - 9:30"), "9:30 - 9:55", strlen ("9:30 - 9:55"));
  g_free (post);
  post = write_temp (fixture, "post.md", edited, -1);
  g_assert_true (g_file_get_contents (agenda, &saved, NULL, NULL));

  run_lineup (fixture, &run, "--timezone=America/Chicago", "--agenda", post, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out,
                                   "Changes to your agenda:\n"
                                   "  Alpha Talk — Moved from Mon, Nov 6 · 09:00 to 09:30\n"
                                   "  Gone Talk — No longer in the schedule\n\n"));
  g_test_message ("%s", run.out);
  g_assert_nonnull (strstr (run.out, "\n  A1  Mon Nov 6  09:30–09:55    Alpha Talk"));

  run_lineup (fixture, &json, "--timezone=America/Chicago", "--agenda", "--json", post, NULL);
  g_assert_cmpint (json.status, ==, 0);
  lines = lineup_test_json_lines (json.out);
  g_assert_cmpuint (lines->len, ==, 3);
  alpha = json_node_get_object (g_ptr_array_index (lines, 0));
  steady = json_node_get_object (g_ptr_array_index (lines, 1));
  gone = json_node_get_object (g_ptr_array_index (lines, 2));
  g_assert_cmpstr (json_object_get_string_member (alpha, "id"), ==, "A1");
  g_assert_cmpstr (json_object_get_string_member (alpha, "start"), ==,
                   "2023-11-06T09:30:00-06:00");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (alpha, "changes")),
                    ==, 1);
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (alpha, "changes"), 0), ==, "moved");
  was = json_object_get_object_member (alpha, "before");
  g_assert_cmpstr (json_object_get_string_member (was, "title"), ==, "Alpha Talk");
  g_assert_cmpstr (json_object_get_string_member (was, "start"), ==,
                   "2023-11-06T09:00:00-06:00");
  g_assert_cmpstr (json_object_get_string_member (was, "end"), ==,
                   "2023-11-06T09:30:00-06:00");
  g_assert_true (json_object_get_null_member (was, "room"));
  g_assert_cmpstr (json_object_get_string_member (steady, "id"), ==, "D4");
  g_assert_false (json_object_has_member (steady, "changes"));
  g_assert_false (json_object_has_member (steady, "before"));
  g_assert_cmpuint (json_object_get_size (gone), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (gone, "id"), ==, "C3");
  g_assert_cmpstr (json_object_get_string_member (gone, "title"), ==, "Gone Talk");
  g_assert_cmpstr (json_object_get_string_member (gone, "start"), ==,
                   "2023-11-06T11:00:00-06:00");
  g_assert_cmpstr (json_object_get_string_member (gone, "end"), ==,
                   "2023-11-06T11:30:00-06:00");
  g_assert_cmpstr (json_object_get_string_member (gone, "source"), ==, "/small");
  g_assert_true (json_object_get_boolean_member (gone, "gone"));

  /* Read only: the file is as it was, and the changes are still there. */
  g_assert_true (g_file_get_contents (agenda, &saved_after, NULL, NULL));
  g_assert_cmpstr (saved_after, ==, saved);
  lineup_test_output_clear (&run);
  run_lineup (fixture, &run, "--timezone=America/Chicago", "--agenda", post, NULL);
  g_assert_true (g_str_has_prefix (run.out, "Changes to your agenda:\n"));
}

/* `lineup --list --json ADDRESS`: downloaded into Lineup's data folder and
 * listed; again, the server says "not modified" and the copy is listed; an
 * address the server does not know fails, naming it; with the server gone,
 * the copy is listed with a warning. */
static void
test_list_address (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree gchar *folder = g_build_filename (fixture->home, "lineup", "sources", NULL);
  g_autofree gchar *uri = NULL;
  g_autofree gchar *missing = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GPtrArray) talks = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_auto(LineupTestOutput) first = { 0 };
  g_auto(LineupTestOutput) second = { 0 };
  g_auto(LineupTestOutput) failed = { 0 };
  g_autofree gchar *path = data_path ("sources/colocated-official.ics");
  g_autofree gchar *body = NULL;
  g_autoptr(LineupTestServer) server = lineup_test_server_new ();
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &body, NULL, &error);
  g_assert_no_error (error);
  lineup_test_server_serve (server, "/official.ics", "text/calendar", body, "\"v1\"", NULL);
  uri = lineup_test_server_uri (server, "/official.ics");
  missing = lineup_test_server_uri (server, "/missing.ics");
  copy = lineup_download_cached_file (uri, folder);

  run_lineup (fixture, &first, "--list", "--json", uri, NULL);
  g_test_message ("%s", first.err);
  g_assert_cmpint (first.status, ==, 0);
  talks = lineup_test_json_lines (first.out);
  g_assert_cmpuint (talks->len, ==, 5);
  g_assert_nonnull (find_talk (talks, "Tetragon"));
  g_assert_cmpuint (server->requests, ==, 1);
  g_assert_cmpuint (server->conditional, ==, 0);
  g_assert_true (g_file_query_exists (copy, NULL));

  run_lineup (fixture, &second, "--list", "--json", uri, NULL);
  g_assert_cmpint (second.status, ==, 0);
  again = lineup_test_json_lines (second.out);
  g_assert_cmpuint (again->len, ==, 5);
  g_assert_cmpstr (second.out, ==, first.out);
  g_assert_cmpuint (server->requests, ==, 2);
  g_assert_cmpuint (server->conditional, ==, 1);

  run_lineup (fixture, &failed, "--list", "--json", missing, NULL);
  g_test_message ("%s", failed.err);
  g_assert_cmpint (failed.status, ==, 1);
  g_assert_cmpstr (failed.out, ==, "");
  g_assert_nonnull (strstr (failed.err, missing));
  g_assert_nonnull (strstr (failed.err, "404"));
  g_assert_cmpuint (server->requests, ==, 3);

  lineup_test_server_stop (server);

  /* The server gone (offline): the copy is listed, and the warning says why. */
  {
    g_auto(LineupTestOutput) offline = { 0 };

    run_lineup (fixture, &offline, "--list", "--json", uri, NULL);
    g_test_message ("%s", offline.err);
    g_assert_cmpint (offline.status, ==, 0);
    g_assert_cmpstr (offline.out, ==, first.out);
    g_assert_nonnull (strstr (offline.err, "lineup: warning: "));
    g_assert_nonnull (strstr (offline.err, uri));
    g_assert_nonnull (strstr (offline.err, "using the copy downloaded on"));
  }
}

int
main (int   argc,
      char *argv[])
{
  /* The addresses are served from this process. */
  lineup_test_no_proxy ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list/json", test_list_json);
  ADD ("list/human", test_list_human);
  ADD ("list/floating", test_floating_post);
  ADD ("list/no-day", test_list_no_day);
  ADD ("list/json-line-separators", test_list_json_line_separators);
  ADD ("list/day-only", test_list_day_only);
  ADD ("list/timezone", test_timezone);
  ADD ("bad-input", test_bad_input);
  ADD ("stars", test_stars);
  ADD ("agenda/human", test_agenda_human);
  ADD ("agenda/star-all", test_star_all_one_conflict);
  ADD ("export", test_export);
  ADD ("controls-stripped", test_controls_stripped);
  ADD ("key/not-file-name", test_key_not_file_name);
  ADD ("key/slug-or-title", test_key_from_slug_or_title);
  ADD ("key/builtin-unchanged", test_key_builtin_unchanged);
  ADD ("key/migration", test_key_migration);
  ADD ("agenda/corrupt", test_agenda_corrupt);
  ADD ("export/markdown-times", test_export_markdown_times);
  ADD ("export/ics-location-and-end", test_export_ics_location_and_end);
  ADD ("list/ids", test_list_ids);
  ADD ("in-process", test_in_process);
  ADD ("agenda/changes", test_agenda_changes);
  ADD ("list/address", test_list_address);
#undef ADD

  return g_test_run ();
}
