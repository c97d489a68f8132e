/* test-post-reader.c — the built-in post, the four real posts, and bad input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lineup-core.h"
#include "lineup-post-reader-private.h"   /* piece size and count */

static LineupSchedule *
read_path (const gchar  *path,
           const gchar  *zone,
           GError      **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return lineup_post_reader_read_file (file, zone, NULL, error);
}

static LineupSchedule *
read_builtin (const gchar *zone)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "..", "data", "posts",
                                                  "cilium-kubecon-na-2023.md", NULL);
  g_autoptr(GError) error = NULL;
  LineupSchedule *schedule = read_path (path, zone, &error);

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  return schedule;
}

static LineupSchedule *
read_text (const gchar  *text,
           GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return lineup_post_reader_read_bytes (bytes, "post.md", "post.md", NULL, error);
}

static LineupSession *
find_by_title (LineupSchedule *schedule,
               const gchar    *prefix)
{
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      if (strstr (lineup_session_get_title (session), prefix) != NULL)
        return session;
    }
  g_error ("no talk with “%s” in its title", prefix);
  return NULL;
}

static void
assert_iso (GDateTime   *dt,
            gboolean     floating,
            const gchar *expected)
{
  g_autofree gchar *iso = lineup_format_iso8601 (dt, floating);

  g_assert_cmpstr (iso, ==, expected);
}

static void
assert_no_mojibake (const gchar *text)
{
  static const gchar * const bad[] = { "‚Ä", "√", "üöÄ", "Äô", "Ãƒ", "\xC3\xA2\xE2\x82\xAC", NULL };

  if (text == NULL)
    return;
  for (guint i = 0; bad[i] != NULL; i++)
    if (strstr (text, bad[i]) != NULL)
      g_error ("mojibake “%s” in “%s”", bad[i], text);
}

static void
test_builtin_talks (void)
{
  g_autoptr(LineupSchedule) schedule = read_builtin (NULL);
  LineupSession *tetragon;
  GDateTime *previous = NULL;

  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 25);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (schedule)), ==, 25);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "Cilium Talks at KubeCon NA 2023");
  g_assert_cmpstr (lineup_schedule_get_key (schedule), ==, "/blog/2023/10/30/cilium-kubecon-na-talks");
  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "America/Chicago");
  g_assert_cmpstr (lineup_schedule_get_zone_abbreviation (schedule), ==, "CST");

  for (guint i = 0; i < 25; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      GPtrArray *speakers = lineup_session_get_speakers (session);
      GDateTime *start = lineup_session_get_start (session);

      g_assert_nonnull (start);
      g_assert_nonnull (lineup_session_get_end (session));
      g_assert_false (lineup_session_get_floating (session));
      g_assert_cmpint (g_date_time_get_utc_offset (start) / G_TIME_SPAN_HOUR, ==, -6);
      if (previous != NULL)
        g_assert_cmpint (g_date_time_compare (previous, start), <=, 0);
      previous = start;

      g_assert_nonnull (lineup_session_get_id (session));
      g_assert_nonnull (lineup_session_get_url (session));
      assert_no_mojibake (lineup_session_get_title (session));
      assert_no_mojibake (lineup_session_get_description (session));
      g_assert_cmpstr (lineup_session_get_description (session), !=, "");
      /* The description is the post's own Markdown, with no escapes added
       * ("Welcome to Cilium!", not "Welcome to Cilium\!"). */
      g_assert_null (strstr (lineup_session_get_description (session), "\\!"));
      for (guint j = 0; j < speakers->len; j++)
        {
          LineupSpeaker *speaker = g_ptr_array_index (speakers, j);

          assert_no_mojibake (speaker->name);
          assert_no_mojibake (speaker->affiliation);
        }
      g_assert_true (g_str_equal (lineup_session_get_track (session), "CiliumCon NA 2023") ||
                     g_str_equal (lineup_session_get_track (session), "ArgoCon") ||
                     g_str_equal (lineup_session_get_track (session), "KubeCon + CloudNativeCon"));
    }

  tetragon = find_by_title (schedule, "Tetragon");
  assert_iso (lineup_session_get_start (tetragon), FALSE, "2023-11-06T12:15:00-06:00");
  assert_iso (lineup_session_get_end (tetragon), FALSE, "2023-11-06T12:40:00-06:00");
  g_assert_cmpstr (lineup_session_get_track (tetragon), ==, "CiliumCon NA 2023");
  g_assert_cmpuint (lineup_session_get_speakers (tetragon)->len, ==, 2);

  /* The first talk: a Sched event code as its id. */
  g_assert_nonnull (lineup_schedule_find (schedule, "1Rj0z"));
  g_assert_cmpstr (lineup_session_get_track (find_by_title (schedule, "Keynote: CNCF")), ==,
                   "KubeCon + CloudNativeCon");
  /* The closing prose is not part of the last talks' descriptions. */
  g_assert_null (strstr (lineup_session_get_description (find_by_title (schedule, "Cilium: From Service Mesh")),
                         "booth"));
  /* Mojibake repaired in names. */
  {
    LineupSession *ramirez = find_by_title (schedule, "Controlling Access");
    LineupSpeaker *speaker = g_ptr_array_index (lineup_session_get_speakers (ramirez), 0);

    g_assert_cmpstr (speaker->name, ==, "Luis Ramírez");
    g_assert_cmpstr (speaker->affiliation, ==, "SuperOrbital");
  }
  /* The year missing on some slots comes from the post. */
  assert_iso (lineup_session_get_start (find_by_title (schedule, "Paint the Picture")), FALSE,
              "2023-11-08T17:25:00-06:00");
}

typedef struct
{
  const gchar *prefix;
  const gchar *title;
  const gchar *speakers[6];
  const gchar *affiliations[6];
} BylineCase;

static void
test_builtin_bylines (void)
{
  static const BylineCase cases[] = {
    { "Day 2 with Cilium", "Day 2 with Cilium - What to Expect Running at Scale",
      { "Hemanth Malla", "Maxime Visonneau" }, { "Datadog", "Datadog" } },
    { "Keynote: CNCF", "Keynote: CNCF Graduated Project Updates", { NULL }, { NULL } },
    { "Documentary Film", "Documentary Film - eBPF: Unlocking the Kernel", { NULL }, { NULL } },
    { "Scaling Kubernetes Networking", "Scaling Kubernetes Networking to 1k, 5k, ... 100k Nodes!?",
      { "Marcel Zięba", "Dorde Lapcevic" }, { "Isovalent", "Google" } },
    { "Service Mesh Battle Scars", "Service Mesh Battle Scars: Technology, Timing, and Tradeoffs",
      { "Keith Mattix", "John Howard", "Lin Sun", "Thomas Graf", "Flynn" },
      { "Microsoft", "Google", "solo.io", "Isovalent", "Buoyant" } },
    { "From Imagination to Implementation", NULL, { "Joseph Sandoval", "Tony Gosselin" },
      { NULL, NULL } },
  };
  g_autoptr(LineupSchedule) schedule = read_builtin (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LineupSession *session = find_by_title (schedule, cases[i].prefix);
      GPtrArray *speakers = lineup_session_get_speakers (session);
      guint n = 0;

      if (cases[i].title != NULL)
        g_assert_cmpstr (lineup_session_get_title (session), ==, cases[i].title);
      while (n < G_N_ELEMENTS (cases[i].speakers) && cases[i].speakers[n] != NULL)
        n++;
      g_assert_cmpuint (speakers->len, ==, n);
      for (guint j = 0; j < n; j++)
        {
          LineupSpeaker *speaker = g_ptr_array_index (speakers, j);

          g_assert_cmpstr (speaker->name, ==, cases[i].speakers[j]);
          if (cases[i].affiliations[j] != NULL)
            g_assert_cmpstr (speaker->affiliation, ==, cases[i].affiliations[j]);
        }
    }

  /* No title keeps a stray backtick or a byline. */
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      const gchar *title = lineup_session_get_title (lineup_schedule_get_session (schedule, i));

      g_assert_null (strchr (title, '`'));
      g_assert_null (strstr (title, "Isovalent"));
    }
}

/* "Name, Name": two people when the post writes bylines without
 * affiliations (a talk by a name alone, no comma part shaped like an
 * organisation), or when the second name speaks alone elsewhere; else the
 * comma still gives an affiliation. */
static void
test_comma_people (void)
{
  static const struct
  {
    const gchar *bylines[3];
    const gchar *read[3];
  } posts[] = {
    { { "Ana Souza", "Tom Becker, Mei Lin", "Ivo Kral, Hana Ito" },
      { "Ana Souza", "Tom Becker; Mei Lin", "Ivo Kral; Hana Ito" } },
    { { "Tom Becker, Redwing", "Mei Lin, Piotr Nowak", "Piotr Nowak, Redwing" },
      { "Tom Becker (Redwing)", "Mei Lin; Piotr Nowak", "Piotr Nowak (Redwing)" } },
    { { "Ana Souza", "Tom Becker, Red Hat", "Ivo Kral, Hana Ito" },
      { "Ana Souza", "Tom Becker (Red Hat)", "Ivo Kral (Hana Ito)" } },
    { { "Eve Stone, Finn Wolf", "Tom Becker, Mei Lin", "Ivo Kral, Hana Ito" },
      { "Eve Stone (Finn Wolf)", "Tom Becker (Mei Lin)", "Ivo Kral (Hana Ito)" } },
  };

  for (guint p = 0; p < G_N_ELEMENTS (posts); p++)
    {
      g_autofree gchar *text =
        g_strdup_printf ("---\ntitle: Heron\ndate: 2024-03-01\n---\n\n## Tuesday, March 19\n\n"
                         "- 9:00 - 9:30 [Alpha](https://example.org/a) - %s\n"
                         "- 10:00 - 10:30 [Beta](https://example.org/b) - %s\n"
                         "- 11:00 - 11:30 [Gamma](https://example.org/c) - %s\n",
                         posts[p].bylines[0], posts[p].bylines[1], posts[p].bylines[2]);
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_text (text, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 3);
      for (guint i = 0; i < 3; i++)
        {
          GPtrArray *speakers =
            lineup_session_get_speakers (lineup_schedule_get_session (schedule, i));
          g_autoptr(GString) read = g_string_new (NULL);

          for (guint j = 0; j < speakers->len; j++)
            {
              LineupSpeaker *speaker = g_ptr_array_index (speakers, j);

              g_string_append_printf (read, "%s%s", j > 0 ? "; " : "", speaker->name);
              if (speaker->affiliation != NULL)
                g_string_append_printf (read, " (%s)", speaker->affiliation);
            }
          g_assert_cmpstr (read->str, ==, posts[p].read[i]);
        }
    }
}

static void
test_timezone_override (void)
{
  g_autoptr(LineupSchedule) schedule = read_builtin ("Europe/Berlin");
  LineupSession *tetragon = find_by_title (schedule, "Tetragon");

  g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, "Europe/Berlin");
  /* The same instant, shown in Berlin time. */
  assert_iso (lineup_session_get_start (tetragon), FALSE, "2023-11-06T19:15:00+01:00");
}

static void
test_ids_stable (void)
{
  g_autoptr(LineupSchedule) a = read_builtin (NULL);
  g_autoptr(LineupSchedule) b = read_builtin (NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < 25; i++)
    {
      const gchar *id = lineup_session_get_id (lineup_schedule_get_session (a, i));

      g_assert_cmpstr (id, ==, lineup_session_get_id (lineup_schedule_get_session (b, i)));
      g_assert_true (g_hash_table_add (ids, (gpointer) id));
    }
}

/* The real posts that read fully right, compared with their hand-checked .json.
 * Those of issue 16 sit in data/other/: they hold "<!--", so the reader never
 * cuts them into pieces and test_pieces_files() has nothing to compare. */
static void
test_real_post (gconstpointer data)
{
  const gchar *name = data;
  g_autofree gchar *md = g_strconcat (name, ".md", NULL);
  g_autofree gchar *js = g_strconcat (name, ".json", NULL);
  g_autofree gchar *md_path = g_test_build_filename (G_TEST_DIST, "data", md, NULL);
  g_autofree gchar *js_path = g_test_build_filename (G_TEST_DIST, "data", js, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_path (md_path, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
  JsonArray *expected;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, js_path, &error));
  g_assert_no_error (error);
  expected = json_node_get_array (json_parser_get_root (parser));

  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      JsonObject *talk = json_array_get_object_element (expected, i);
      const gchar *title = json_object_get_string_member (talk, "title");
      JsonArray *speakers = json_object_get_array_member (talk, "speakers");
      LineupSession *found = NULL;
      g_autofree gchar *date = NULL;
      g_autofree gchar *start = NULL;

      for (guint j = 0; j < lineup_schedule_get_n_sessions (schedule) && found == NULL; j++)
        {
          LineupSession *session = lineup_schedule_get_session (schedule, j);

          if (g_str_equal (lineup_session_get_title (session), title) &&
              !g_hash_table_contains (matched, session))
            found = session;
        }
      if (found == NULL)
        g_error ("%s: talk “%s” not found", name, title);
      g_hash_table_add (matched, found);

      g_assert_cmpstr (lineup_session_get_url (found), ==,
                       json_object_get_string_member (talk, "url"));
      g_assert_nonnull (lineup_session_get_start (found));
      date = g_date_time_format (lineup_session_get_start (found), "%Y-%m-%d");
      start = g_date_time_format (lineup_session_get_start (found), "%H:%M");
      g_assert_cmpstr (date, ==, json_object_get_string_member (talk, "date"));
      g_assert_cmpstr (start, ==, json_object_get_string_member (talk, "start"));
      if (json_object_get_null_member (talk, "end"))
        g_assert_null (lineup_session_get_end (found));
      else
        {
          g_autofree gchar *end = g_date_time_format (lineup_session_get_end (found), "%H:%M");

          g_assert_cmpstr (end, ==, json_object_get_string_member (talk, "end"));
        }
      if (json_object_get_null_member (talk, "tz"))
        g_assert_true (lineup_session_get_floating (found));
      else
        g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==,
                         json_object_get_string_member (talk, "tz"));

      g_assert_cmpuint (lineup_session_get_speakers (found)->len, ==,
                        json_array_get_length (speakers));
      for (guint j = 0; j < json_array_get_length (speakers); j++)
        {
          LineupSpeaker *speaker = g_ptr_array_index (lineup_session_get_speakers (found), j);

          g_assert_cmpstr (speaker->name, ==, json_array_get_string_element (speakers, j));
        }

      /* A track is a name: not a sentence of the post ("… join the
       * StrimziCon!"), not its title, not a weekday ("Wed"). */
      if (lineup_session_get_track (found) != NULL)
        {
          const gchar *track = lineup_session_get_track (found);

          g_assert_false (g_str_has_suffix (track, "!") || g_str_has_suffix (track, "?"));
          g_assert_cmpstr (track, !=, lineup_schedule_get_title (schedule));
          g_assert_cmpuint (strlen (track), >, 3);
        }
    }

  /* No extra talks. */
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==,
                    json_array_get_length (expected));
}

typedef struct
{
  const gchar *name;
  const gchar *text;
  gint         code;
  const gchar *message;   /* expected substring, starting with "post.md:LINE:" */
} BadCase;

static void
test_bad_input (void)
{
  static const BadCase cases[] = {
    { "empty", "", LINEUP_POST_ERROR_EMPTY, "post.md:1: " },
    { "blank", "\n\n  \n", LINEUP_POST_ERROR_EMPTY, "post.md:1: " },
    { "invalid UTF-8", "---\ntitle: x\n---\n\nok\n\xff\xfe bad\n", LINEUP_POST_ERROR_NOT_TEXT,
      "post.md:6: " },
    { "never closed", "---\ntitle: x\ndate: 2023-01-01\n\n[Talk](https://sched.co/abc)\n",
      LINEUP_POST_ERROR_FRONT_MATTER, "post.md:1: " },
    /* broken YAML is read line by line (test_front_matter_json): the body
     * has no talks */
    { "broken yaml", "---\ntitle: 'x\ndate: [\n---\nbody\n", LINEUP_POST_ERROR_NO_TALKS,
      "post.md:5: " },
    { "alias bomb", "---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\nbody\n",
      LINEUP_POST_ERROR_FRONT_MATTER, "post.md:3: " },
    { "no talks", "---\ntitle: Nothing\n---\n\nJust prose, [a link](https://example.com).\n",
      LINEUP_POST_ERROR_NO_TALKS, "post.md:4: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_text (cases[i].text, &error);

      g_test_message ("case %s", cases[i].name);
      g_assert_null (schedule);
      g_assert_error (error, LINEUP_POST_ERROR, cases[i].code);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("%s: “%s” does not start with “%s”", cases[i].name, error->message,
                 cases[i].message);
    }

  /* A NUL byte: binary data is not a post. */
  {
    static const gchar binary[] = "---\ntitle: x\n---\n\x00\x01\x02";
    g_autoptr(GBytes) bytes = g_bytes_new_static (binary, sizeof binary);
    g_autoptr(GError) error = NULL;
    g_autoptr(LineupSchedule) schedule =
      lineup_post_reader_read_bytes (bytes, "post.md", "post.md", NULL, &error);

    g_assert_null (schedule);
    g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NOT_TEXT);
    g_assert_true (g_str_has_prefix (error->message, "post.md:4: "));
  }

  /* A broken YAML names the line of the problem (within the file), and the
   * talks of the body are read. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LineupSchedule) schedule =
      read_text ("---\ntitle: ok\ndate: 2023-01-01\nbad: [unclosed\n---\n"
                 "- March 3, 9:00: [Talk](https://sched.co/a)\n", &error);
    const LineupReadNote *note;

    g_assert_no_error (error);
    g_assert_cmpuint (lineup_schedule_get_notes (schedule)->len, ==, 1);
    note = g_ptr_array_index (lineup_schedule_get_notes (schedule), 0);
    g_assert_cmpuint (note->line, ==, 5);
    g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "ok");
    assert_iso (lineup_session_get_start (lineup_schedule_get_session (schedule, 0)), TRUE,
                "2023-03-03T09:00:00");
  }

  /* An unknown --timezone. */
  {
    g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "..", "data", "posts",
                                                    "cilium-kubecon-na-2023.md", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(LineupSchedule) schedule = read_path (path, "Mars/Olympus_Mons", &error);

    g_assert_null (schedule);
    g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_BAD_ZONE);
  }
}

static void
test_bad_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) missing = read_path ("/nonexistent/post.md", NULL, &error);
  g_autoptr(LineupSchedule) folder = NULL;

  g_assert_null (missing);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "post.md: "));
  g_clear_error (&error);

  folder = read_path (g_get_tmp_dir (), NULL, &error);
  g_assert_null (folder);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
}

static void
test_front_matter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_text (
    "---\n"
    "title: \"A Post\"\n"
    "date: 2024-03-01\n"
    "unknown: { nested: [1, 2] }\n"
    "tags: [one, two]\n"
    "categories:\n  - Community\n"
    "summary: Short\n"
    "---\n\n"
    "[Talk - Ada Lovelace, Analytical](https://example.sched.com/event/AbC12/talk)\n\n"
    "**Tuesday, March 19 • 9:00 - 9:30**\n",
    &error);

  g_assert_no_error (error);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "A Post");
  g_assert_cmpstr (lineup_schedule_get_summary (schedule), ==, "Short");
  /* No path, url or slug: the title and the date name the post. */
  g_assert_cmpstr (lineup_schedule_get_key (schedule), ==, "a-post-2024-03-01");
  g_assert_cmpstr (lineup_schedule_get_old_key (schedule), ==, "post.md");
  g_assert_cmpuint (g_strv_length (lineup_schedule_get_tags (schedule)), ==, 2);
  g_assert_cmpstr (lineup_schedule_get_categories (schedule)[0], ==, "Community");
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
  g_assert_nonnull (lineup_schedule_find (schedule, "AbC12"));
  /* No zone anywhere: floating, and the year from the front matter. */
  assert_iso (lineup_session_get_start (lineup_schedule_get_session (schedule, 0)), TRUE,
              "2024-03-19T09:00:00");
  g_assert_null (lineup_schedule_get_zone_id (schedule));
}

/* A bare list's talks ("Title (Name) slides") have no time because the post
 * gives none: the notes say so (NO_TIME), not that an entry was misread. */
static void
test_bare_list_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_text (
    "# A School\n\n"
    "- Fairness Beyond Accuracy (Maria van den Berg) slides code\n"
    "- Causal Models for Audits (Tomas Lindqvist) slides\n"
    "- Privacy and Fairness (Nadia Rahman) slides\n", &error);
  GPtrArray *notes;

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 3);
  notes = lineup_schedule_get_notes (schedule);
  g_assert_cmpuint (notes->len, ==, 3);
  for (guint i = 0; i < notes->len; i++)
    g_assert_cmpint (((LineupReadNote *) g_ptr_array_index (notes, i))->scope, ==,
                     LINEUP_READ_NOTE_NO_TIME);
}

/* Hugo's JSON front matter: keys in any case, "Pubdate" as the date, the
 * body's line numbers counted after it. */
static void
test_front_matter_json (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *notes;
  const LineupReadNote *note;
  g_autoptr(LineupSchedule) schedule = read_text (
    "{\n"
    "\t\"Title\": \"A {JSON} Post\",\n"
    "\t\"Pubdate\": \"2024-03-01\",\n"
    "\t\"Tags\": [\"one\", \"two\"],\n"
    "\t\"Summary\": \"Short\",\n"
    "}\n\n"
    "[Talk - Ada Lovelace, Analytical](https://example.sched.com/event/AbC12/talk)\n\n"
    "**Tuesday, March 19 • 9:00 - 9:30**\n",
    &error);

  g_assert_no_error (error);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "A {JSON} Post");
  g_assert_cmpstr (lineup_schedule_get_summary (schedule), ==, "Short");
  g_assert_cmpstr (lineup_schedule_get_key (schedule), ==, "a-json-post-2024-03-01");
  g_assert_cmpuint (g_strv_length (lineup_schedule_get_tags (schedule)), ==, 2);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
  assert_iso (lineup_session_get_start (lineup_schedule_get_session (schedule, 0)), TRUE,
              "2024-03-19T09:00:00");

  /* Broken JSON is broken front matter, noted at its line; its "key":
   * "value" lines are still read (the title, the date that gives the
   * talk its year), and so is the body. */
  g_clear_object (&schedule);
  schedule = read_text ("{\n\"title\": \"A: B\"\n\"date\": \"2024-03-01\",\n}\n\n"
                        "**Tuesday, March 19**\n\n"
                        "- 9:00 [Talk](https://sched.co/a)\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, "A: B");
  notes = lineup_schedule_get_notes (schedule);
  g_assert_cmpuint (notes->len, ==, 1);
  note = g_ptr_array_index (notes, 0);
  g_assert_cmpuint (note->line, ==, 3);
  g_assert_cmpint (note->scope, ==, LINEUP_READ_NOTE_DOCUMENT);
  g_assert_true (g_str_has_prefix (note->message, "broken front matter"));
  assert_iso (lineup_session_get_start (lineup_schedule_get_session (schedule, 0)), TRUE,
              "2024-03-19T09:00:00");
}

/* The post key comes from what the front matter names the post by, never
 * from the file's name while it names it somehow. */
static void
test_post_key (void)
{
  static const struct {
    const gchar *front;
    const gchar *key;
    const gchar *old_key;
  } cases[] = {
    { "path: /blog/a\nurl: /b/\nslug: c\ntitle: D\n", "/blog/a", NULL },
    { "url: /blog/2022/10/kubecon-2022-na/\nslug: c\ntitle: D\n",
      "/blog/2022/10/kubecon-2022-na/", "post.md" },
    { "url: \"  \"\nslug: \" kubecon \"\ntitle: D\n", "kubecon", "post.md" },
    { "title: \"Ça & Ünïcode — Talks!\"\ndate: '2023-10-30T17:00:00.000Z'\n",
      "ca-unicode-talks-2023-10-30", "post.md" },
    { "title: \"Only a Title\"\n", "only-a-title", "post.md" },
    { "title: \"🚀 —\"\ndate: 2023-10-30\n", "post.md", NULL },
    { "date: 2023-10-30\nauthor: someone\n", "post.md", NULL },
    { "path: ''\ntitle: T\n", "t", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *text = g_strdup_printf (
        "---\n%s---\n\n[Talk - Ada Lovelace, Org](https://example.sched.com/event/AbC12/t)\n\n"
        "**Tuesday, March 19 • 9:00 - 9:30**\n", cases[i].front);
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_text (text, &error);

      g_test_message ("%s", cases[i].front);
      g_assert_no_error (error);
      g_assert_cmpstr (lineup_schedule_get_key (schedule), ==, cases[i].key);
      g_assert_cmpstr (lineup_schedule_get_old_key (schedule), ==, cases[i].old_key);
    }
}

/* A post without front matter is named by the heading that opens it; a
 * heading further down, or one that links, is no title. */
static void
test_heading_title (void)
{
  static const struct
  {
    const gchar *text;
    const gchar *title;
  } cases[] = {
    { "# Rust Meetup #3\n\n## Thursday, April 16, 2026\n\n- 18:30 Rust in production\n", "Rust Meetup #3" },
    { "Rust Meetup #3\n==============\n\n## Thursday, April 16, 2026\n\n- 18:30 Rust in production\n",
      "Rust Meetup #3" },
    { "---\ntitle: From the front matter\n---\n# Rust Meetup #3\n\n## Thursday, April 16, 2026\n\n"
      "- 18:30 Rust in production\n", "From the front matter" },
    { "Our talks.\n\n# Rust Meetup #3\n\n## Thursday, April 16, 2026\n\n- 18:30 Rust in production\n", "post.md" },
    { "# [Rust Meetup #3](https://example.org)\n\n## Thursday, April 16, 2026\n\n- 18:30 Rust in production\n",
      "post.md" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_text (cases[i].text, &error);

      g_test_message ("%s", cases[i].text);
      g_assert_no_error (error);
      g_assert_cmpstr (lineup_schedule_get_title (schedule), ==, cases[i].title);
      /* the post's title is no track of its talks */
      if (i < 2)
        g_assert_null (lineup_session_get_track (lineup_schedule_get_session (schedule, 0)));
    }
}

/* Talks in the front matter keep their links, descriptions and lines. */
static void
test_front_matter_talks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule =
    read_text ("---\ntitle: Meetup\ndate: 2024-03-05\nschedule:\n"
               "  - title: First talk\n    speaker: Ada Lovelace\n    time: '18:30'\n"
               "    url: https://example.org/first\n    description: About *this*.\n"
               "  - title: Second talk\n    speaker: Alan Turing\n    time: '19:00'\n"
               "    url: 'javascript:alert(1)'\n"
               "    description: '<p>Why <em>machines</em> think &amp; more.</p><p>Part two.</p>'\n"
               "  - name: Third talk\n    time: '19:30'\n"
               "    description: <https://example.org/slides> are online.\n"
               "organisers:\n  - name: Grace Hopper\n    bio: Runs the meetup.\n"
               "  - name: Edsger Dijkstra\n    bio: Brings the pizza.\n---\n\nSee you there.\n",
               &error);
  LineupSession *first, *second;

  g_assert_no_error (error);
  /* "name:" beside a time is a title; beside a bio, a person */
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 3);
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_get_session (schedule, 2)), ==, "Third talk");
  first = lineup_schedule_get_session (schedule, 0);
  second = lineup_schedule_get_session (schedule, 1);
  g_assert_cmpstr (lineup_session_get_title (first), ==, "First talk");
  g_assert_cmpstr (lineup_session_get_url (first), ==, "https://example.org/first");
  g_assert_cmpstr (lineup_session_get_description (first), ==, "About *this*.");
  g_assert_cmpuint (lineup_session_get_line (first), ==, 5);
  /* the page's date is the day; only web links are kept */
  g_assert_cmpint (g_date_time_get_day_of_month (lineup_session_get_start (second)), ==, 5);
  g_assert_cmpint (g_date_time_get_hour (lineup_session_get_start (second)), ==, 19);
  g_assert_null (lineup_session_get_url (second));
  g_assert_cmpuint (lineup_session_get_line (second), ==, 10);
  /* a description written in HTML is its text, not its tags; an autolink
   * is no tag */
  g_assert_cmpstr (lineup_session_get_description (second), ==,
                   "Why *machines* think & more.\n\nPart two.");
  g_assert_cmpstr (lineup_session_get_description (lineup_schedule_get_session (schedule, 2)), ==,
                   "<https://example.org/slides> are online.");
}

/* A meetup's one talk under "schedule:" is a talk; one mapping under some
 * other key ("authors:") is a setting, and the post has no talks. */
static void
test_front_matter_one_talk (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule =
    read_text ("---\ntitle: Meetup\ndate: 2026-12-08\nschedule:\n"
               "  - title: Why machines think\n    speaker: Alan Turing\n    time: '19:00'\n"
               "---\n\nSee you there.\n", &error);
  g_autoptr(LineupSchedule) none = NULL;
  LineupSession *talk;

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
  talk = lineup_schedule_get_session (schedule, 0);
  g_assert_cmpstr (lineup_session_get_title (talk), ==, "Why machines think");
  g_assert_cmpint (g_date_time_get_day_of_month (lineup_session_get_start (talk)), ==, 8);
  g_assert_cmpint (g_date_time_get_hour (lineup_session_get_start (talk)), ==, 19);

  none = read_text ("---\ntitle: Meetup\ndate: 2026-12-08\nauthors:\n"
                    "  - title: Editor\n    name: Alan Turing\n    time: '19:00'\n"
                    "---\n\nSee you there.\n", &error);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NO_TALKS);
  g_assert_null (none);
}

/* The same talk on two days, without times: two talks, each with its own
 * id (the id hashes the day when there is no start). */
static void
test_day_only_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule =
    read_text ("---\ntitle: Liveblog\n---\n\n## Thursday, July 13, 2017\n\n"
               "* Ada Lovelace - Ask me anything\n* Alan Turing - Machines that think\n\n"
               "## Friday, July 14, 2017\n\n"
               "* Ada Lovelace - Ask me anything\n* Grace Hopper - Compilers for all\n", &error);
  LineupSession *thursday, *friday;

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 4);
  thursday = lineup_schedule_get_session (schedule, 0);
  friday = lineup_schedule_get_session (schedule, 2);
  g_assert_cmpstr (lineup_session_get_title (thursday), ==, "Ask me anything");
  g_assert_cmpstr (lineup_session_get_title (friday), ==, "Ask me anything");
  g_assert_cmpuint (lineup_session_get_day_key (thursday), ==, 20170713);
  g_assert_cmpuint (lineup_session_get_day_key (friday), ==, 20170714);
  g_assert_cmpstr (lineup_session_get_id (thursday), !=, lineup_session_get_id (friday));
}

/* One heading over a name is no programme: a talk needs two of them. */
static void
test_lone_speaker_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule =
    read_text ("---\ntitle: Our night\n---\n\n## Thursday, April 16, 2026\n\n"
               "### Rust in the kernel\n\nAna Souza\n\n"
               "- 18:30 [Intro to Rails](https://example.org/rails) by Ada Lovelace\n", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_get_session (schedule, 0)), ==,
                   "Intro to Rails");
}

/* Notes say whether they are about one entry or the whole post: the year
 * assumed is about the post, a talk without a time about its entry. */
static void
test_read_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule =
    read_text ("---\ntitle: Notes\n---\n\n## Thursday, April 16\n\n"
               "- 10:00 [One](https://x.sched.com/event/1aA1/one) - Ana Lee\n"
               "- [Two](https://x.sched.com/event/1aA2/two) - Bo Chan\n", &error);
  GPtrArray *notes;
  g_autoptr(GPtrArray) printed = NULL;
  LineupReadNote *year, *untimed;

  g_assert_no_error (error);
  notes = lineup_schedule_get_notes (schedule);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpuint (lineup_schedule_count_entry_notes (schedule), ==, 1);
  year = g_ptr_array_index (notes, 0);
  untimed = g_ptr_array_index (notes, 1);
  g_assert_cmpint (year->scope, ==, LINEUP_READ_NOTE_DOCUMENT);
  g_assert_true (g_str_has_prefix (year->message, "the post gives no year"));
  /* the post's own omission: the talk is kept on its day */
  g_assert_cmpint (untimed->scope, ==, LINEUP_READ_NOTE_NO_TIME);
  g_assert_cmpuint (lineup_schedule_count_notes (schedule, LINEUP_READ_NOTE_NO_TIME), ==, 1);
  g_assert_cmpuint (lineup_schedule_count_notes (schedule, LINEUP_READ_NOTE_ENTRY), ==, 0);
  g_assert_cmpuint (untimed->line, ==, 8);
  g_assert_cmpstr (untimed->message, ==, "no time is given for “Two”; it is listed under its day");
  /* The command line's form of the same notes. */
  printed = lineup_schedule_dup_warnings (schedule);
  g_assert_cmpuint (printed->len, ==, 2);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (printed, 1),
                                   ":8: no time is given for “Two”; it is listed under its day"));
}

/* A symbol glued to a word is part of the title ("🦆s"), in a list and in a
 * table; one before a space or a capital is decoration. */
static void
test_symbol_words (void)
{
  static const gchar * const posts[] = {
    "---\ntitle: Ducks 2024\n---\n\n## February 2, 2024\n\n"
    "- 3:00 PM: [🦆s in the Lakehouse](https://x.org/a) - Ana Lee\n"
    "- 3:30 PM: [🚀 Launch Day](https://x.org/b) - Bo Chan\n",
    "---\ntitle: Ducks 2024\n---\n\n## February 2, 2024\n\n"
    "| Time | Title | Presenter |\n|---|---|---|\n"
    "| 3:00 PM | **🦆s in the Lakehouse** | Ana Lee |\n"
    "| 3:30 PM | **🚀 Launch Day** | Bo Chan |\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_text (posts[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 2);
      g_assert_cmpstr (lineup_session_get_title (lineup_schedule_get_session (schedule, 0)), ==,
                       "🦆s in the Lakehouse");
      g_assert_cmpstr (lineup_session_get_title (lineup_schedule_get_session (schedule, 1)), ==,
                       "Launch Day");
    }
}

/* Pieces: the body is parsed a piece at a time, cut at blank lines.  Cutting
 * at every place the reader may cut must read exactly what one piece reads. */

static gchar *
describe (LineupSchedule *schedule)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) warnings = lineup_schedule_dup_warnings (schedule);

  g_string_append_printf (out, "%s | %s | %s\n", lineup_schedule_get_title (schedule),
                          lineup_schedule_get_key (schedule),
                          lineup_schedule_get_zone_id (schedule));
  for (guint i = 0; i < warnings->len; i++)
    g_string_append_printf (out, "warning: %s\n", (const gchar *) g_ptr_array_index (warnings, i));
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      g_autofree gchar *start = lineup_format_iso8601 (lineup_session_get_start (session), TRUE);
      g_autofree gchar *end = lineup_format_iso8601 (lineup_session_get_end (session), TRUE);

      g_string_append_printf (out, "%s | %s | %s | %s | %s–%s | %s | line %u\n%s\n",
                              lineup_session_get_id (session), lineup_session_get_title (session),
                              lineup_session_get_speakers_text (session),
                              lineup_session_get_track (session), start, end,
                              lineup_session_get_url (session), lineup_session_get_line (session),
                              lineup_session_get_description (session));
    }
  return g_string_free (out, FALSE);
}

/* The schedule read in one piece, and then cut everywhere, as text. */
static void
read_both_ways (GBytes  *bytes,
                gchar  **whole,
                gchar  **cut,
                guint   *n_cut_pieces)
{
  gsize previous = lineup_post_reader_set_piece_size (0);
  g_autoptr(LineupSchedule) one = NULL;
  g_autoptr(LineupSchedule) many = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  one = lineup_post_reader_read_bytes (bytes, "post.md", "post.md", NULL, &error);
  g_assert_no_error (error);
  lineup_post_reader_set_piece_size (1);
  before = lineup_post_reader_count_pieces ();
  many = lineup_post_reader_read_bytes (bytes, "post.md", "post.md", NULL, &error);
  g_assert_no_error (error);
  *n_cut_pieces = lineup_post_reader_count_pieces () - before;
  lineup_post_reader_set_piece_size (previous);

  *whole = describe (one);
  *cut = describe (many);
}

/* Calls @check on the text of every test post (the layouts, the real posts
 * and the built-in one), but the one without talks; returns how many. */
typedef void (*PostCheck) (const gchar *name,
                           gchar       *contents,   /* taken */
                           gsize        length);

static guint
foreach_test_post (PostCheck check)
{
  const gchar *dirs[] = { "data", "data/layouts", "../data/posts" };
  guint n_files = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree gchar *dir_path = g_test_build_filename (G_TEST_DIST, dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const gchar *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree gchar *path = g_build_filename (dir_path, name, NULL);
          gchar *contents = NULL;
          gsize length;

          /* the posts in which nothing is a talk */
          if (!g_str_has_suffix (name, ".md") || g_str_equal (name, "no-talks.md") ||
              g_str_equal (name, "bold-years.md"))
            continue;
          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          check (name, contents, length);
          n_files++;
        }
    }
  return n_files;
}

static void
check_pieces (const gchar *name,
              gchar       *contents,
              gsize        length)
{
  g_autofree gchar *whole = NULL;
  g_autofree gchar *cut = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint pieces;
  /* A post with a reference definition is read in one piece. */
  gboolean may_cut = lineup_post_reader_body_may_be_cut (contents, length);

  bytes = g_bytes_new_take (contents, length);
  read_both_ways (bytes, &whole, &cut, &pieces);
  g_test_message ("%s: %u pieces", name, pieces);
  g_assert_cmpuint (pieces, >, may_cut ? 2 : 0);
  g_assert_cmpstr (cut, ==, whole);
}

static void
test_pieces_files (void)
{
  g_assert_cmpuint (foreach_test_post (check_pieces), >=, 15);
}

/* @bytes read as they are, to text. */
static gchar *
describe_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = lineup_post_reader_read_bytes (bytes, "post.md", "post.md", NULL, &error);
  g_assert_no_error (error);
  return describe (schedule);
}

/* A CRLF is read as a LF everywhere (front matter, tables, descriptions,
 * lines): each post of the tests reads the same with either. */
static void
check_crlf (const gchar *name,
            gchar       *contents,
            gsize        length)
{
  g_autofree gchar *with_lf = NULL;
  g_autofree gchar *with_crlf = NULL;
  g_autoptr(GBytes) lf = NULL;
  g_autoptr(GBytes) crlf = NULL;
  GString *text = g_string_new_len (contents, length);

  g_free (contents);
  g_string_replace (text, "\r\n", "\n", 0);
  lf = g_bytes_new (text->str, text->len);
  g_string_replace (text, "\n", "\r\n", 0);
  crlf = g_bytes_new_take (text->str, text->len);
  g_string_free (text, FALSE);
  with_lf = describe_bytes (lf);
  with_crlf = describe_bytes (crlf);
  g_test_message ("%s", name);
  g_assert_cmpstr (with_crlf, ==, with_lf);
}

static void
test_crlf (void)
{
  g_assert_cmpuint (foreach_test_post (check_crlf), >=, 15);
}

/* Blocks that reach across blank lines: none may be cut in two. */
static void
test_pieces_blocks (void)
{
  static const gchar post[] =
    "---\ntitle: Pieces\ndate: '2024-03-01'\n---\n\n"
    "## Tuesday, March 19, 2024\n\n"
    "- [Loose One - Ada Lovelace, Analytical](https://example.org/1) (9:00 am - 9:30 am CET)\n\n"
    "  First paragraph of one.\n\n"
    "  Second paragraph of one.\n\n"
    "- [Loose Two - Grace Hopper, Navy](https://example.org/2) (9:30 am - 10:00 am CET)\n\n"
    "1) [Numbered Three](https://example.org/3) (10:00 - 10:30)\n\n"
    "2) [Numbered Four](https://example.org/4) (10:30 - 11:00)\n\n"
    "   Four goes on here.\n\n"
    "+ [Plus Five](https://example.org/5) (11:00 - 11:30)\n\n"
    "[Paragraph Six - Alan Turing, Bletchley](https://example.org/6)\n\n"
    "**Tuesday, March 19, 2024 • 11:30 am - 12:00 pm**\n\n"
    "> A quote about six\n>\n> that goes on after a blank quote line\n\n"
    "> and a second quote\n\n"
    "    indented code\n\n    more code after a blank line\n\n"
    "<div>\nsome html\n</div>\n\n"
    "* * *\n\n"
    "A list in the description:\n\n"
    "* one\n\n* two\n\n   continued two\n\n"
    "[Paragraph Seven](https://example.org/7)\n\n"
    "**Tuesday, March 19, 2024 • 1:00 pm - 2:00 pm**\n\n"
    "Seven's text,\nwrapped by the editor\n\n"
    "12345678901. not a list item\n\n"
    "Closing words.\n";
  static const gchar fenced[] =
    "[Fenced One](https://example.org/1)\n\n**March 19, 2024 • 9:00 - 9:30**\n\n"
    "```\ncode\n\n[Not A Talk](https://example.org/x)\n\n**March 19, 2024 • 10:00 - 10:30**\n```\n\n"
    "[Fenced Two](https://example.org/2)\n\n**March 19, 2024 • 11:00 - 11:30**\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (post, sizeof post - 1);
  g_autoptr(GBytes) fenced_bytes = g_bytes_new_static (fenced, sizeof fenced - 1);
  g_autofree gchar *whole = NULL;
  g_autofree gchar *cut = NULL;
  g_autofree gchar *fenced_whole = NULL;
  g_autofree gchar *fenced_cut = NULL;
  g_autofree gchar *seven_line = NULL;
  guint pieces;
  guint line = 1;

  for (const gchar *p = post; p < strstr (post, "[Paragraph Seven"); p++)
    line += *p == '\n';
  seven_line = g_strdup_printf ("| https://example.org/7 | line %u\n", line);

  read_both_ways (bytes, &whole, &cut, &pieces);
  g_assert_cmpstr (cut, ==, whole);
  g_assert_cmpuint (pieces, >=, 8);
  /* What one piece reads is right in the first place. */
  g_assert_nonnull (strstr (whole, "| Loose One | Ada Lovelace (Analytical) |"));
  g_assert_nonnull (strstr (whole, "| Loose Two | Grace Hopper (Navy) |"));
  g_assert_nonnull (strstr (whole, "First paragraph of one.\n\nSecond paragraph of one."));
  g_assert_nonnull (strstr (whole, "| Numbered Four |"));
  g_assert_nonnull (strstr (whole, "Four goes on here."));
  g_assert_nonnull (strstr (whole, "| Plus Five |"));
  g_assert_nonnull (strstr (whole, "that goes on after a blank quote line"));
  g_assert_nonnull (strstr (whole, "more code after a blank line"));
  g_assert_nonnull (strstr (whole, "continued two"));
  g_assert_nonnull (strstr (whole, "| Paragraph Seven |"));
  g_assert_nonnull (strstr (whole, seven_line));
  g_assert_cmpuint (line, >, 40);

  /* A fence reaches across blank lines: that body is read in one piece. */
  read_both_ways (fenced_bytes, &fenced_whole, &fenced_cut, &pieces);
  g_assert_cmpuint (pieces, ==, 1);
  g_assert_cmpstr (fenced_cut, ==, fenced_whole);
  g_assert_null (strstr (fenced_whole, "| Not A Talk |"));
  g_assert_nonnull (strstr (fenced_whole, "[Not A Talk]"));
  g_assert_nonnull (strstr (fenced_whole, "| Fenced Two |"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/post-reader/builtin/talks", test_builtin_talks);
  g_test_add_func ("/post-reader/builtin/bylines", test_builtin_bylines);
  g_test_add_func ("/post-reader/builtin/timezone-override", test_timezone_override);
  g_test_add_func ("/post-reader/builtin/stable-ids", test_ids_stable);
  g_test_add_func ("/post-reader/comma-people", test_comma_people);
  g_test_add_data_func ("/post-reader/real/cilium-2022",
                        "cilium_cilium.io__src_posts_2022-10-18-kubecon-talks_index", test_real_post);
  g_test_add_data_func ("/post-reader/real/cilium-eu-2024",
                        "cilium_cilium.io__src_posts_2024-02-02-cilium-talks-at-kubecon-eu-2024_index",
                        test_real_post);
  g_test_add_data_func ("/post-reader/real/flux-2022",
                        "fluxcd_website__content_en_blog_2022-10-19-kubecon-2022-na_index", test_real_post);
  g_test_add_data_func ("/post-reader/real/pixie-2022",
                        "pixie-io_blog.px.dev__content_blog_kubecon-na-2022_index", test_real_post);
  g_test_add_data_func ("/post-reader/real/strimzi-2024",
                        "other/strimzi_strimzi.github.io___posts_2024-04-09-strimzicon2024-schedule",
                        test_real_post);
  g_test_add_data_func ("/post-reader/real/knative-2018",
                        "other/knative_docs__docs_blog_events_knative-at-kubecon-seattle",
                        test_real_post);
  g_test_add_data_func ("/post-reader/real/prometheus-2017",
                        "other/prometheus_docs__blog_posts_"
                        "2017-11-30-prometheus-at-cloudnativecon",
                        test_real_post);
  g_test_add_data_func ("/post-reader/real/pyopensci-2024",
                        "other/pyOpenSci_pyopensci.github.io__content_blog_"
                        "2024-05-14-pyos-guide-to-pyconus-2024",
                        test_real_post);
  g_test_add_data_func ("/post-reader/real/dapr-2025",
                        "other/dapr_blog__daprblog_content_posts_2025_kubecon-na_index",
                        test_real_post);
  g_test_add_data_func ("/post-reader/real/kubevirt-2018",
                        "other/kubevirt_kubevirt.github.io___posts_"
                        "2018-11-26-kubevirt-at-kubecon-na.markdown",
                        test_real_post);
  g_test_add_data_func ("/post-reader/real/opentelemetry-2023",
                        "other/open-telemetry_opentelemetry.io__content_en_blog_2023_kubecon-na",
                        test_real_post);
  g_test_add_func ("/post-reader/front-matter", test_front_matter);
  g_test_add_func ("/post-reader/front-matter-json", test_front_matter_json);
  g_test_add_func ("/post-reader/post-key", test_post_key);
  g_test_add_func ("/post-reader/bad-input", test_bad_input);
  g_test_add_func ("/post-reader/bad-files", test_bad_files);
  g_test_add_func ("/post-reader/read-notes", test_read_notes);
  g_test_add_func ("/post-reader/heading-title", test_heading_title);
  g_test_add_func ("/post-reader/front-matter-talks", test_front_matter_talks);
  g_test_add_func ("/post-reader/front-matter-one-talk", test_front_matter_one_talk);
  g_test_add_func ("/post-reader/lone-speaker-line", test_lone_speaker_line);
  g_test_add_func ("/post-reader/day-only-ids", test_day_only_ids);
  g_test_add_func ("/post-reader/symbol-words", test_symbol_words);
  g_test_add_func ("/post-reader/pieces/files", test_pieces_files);
  g_test_add_func ("/post-reader/pieces/blocks", test_pieces_blocks);
  g_test_add_func ("/post-reader/crlf", test_crlf);
  g_test_add_func ("/post-reader/bare-list-notes", test_bare_list_notes);

  return g_test_run ();
}
