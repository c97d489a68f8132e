/* test-hostile.c — posts written to hurt: huge, deeply nested, malformed,
 * invalid text, absurd dates, dangerous links and markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time bounds are relative, not absolute: the test first reads a generated
 * normal post of about 1 MB (the baseline, best of three reads), and every
 * hostile read of N bytes must finish within
 *
 *   20 × baseline × max (1, N / baseline size) + 0.25 s
 *
 * so a reader that is linear in its input passes on any machine and under
 * any sanitizer, while a quadratic (or hung) one fails.  The 0.25 s absorbs
 * timer noise and fixed costs on small inputs.
 */
#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include <string.h>

#include "lineup-core.h"

#define NAME "hostile.md"

static gdouble baseline_seconds = -1;
static gsize   baseline_size;

/* A well-formed post with one talk, to which each test appends its poison. */
#define FRONT_MATTER \
  "---\n" \
  "title: 'Hostile'\n" \
  "date: '2023-10-30T17:00:00.000Z'\n" \
  "---\n\n"

#define ONE_TALK \
  "## Monday, November 6, 2023\n\n" \
  "[Opening Talk - Ann Lee, Org](https://sched.co/1Aaaa)\n\n" \
  "**Monday, November 6, 2023 • 9:15 am - 9:40 am CST**\n\n" \
  "What the talk is about.\n\n"

static LineupSchedule *
read_len (const gchar  *text,
          gsize         length,
          gdouble      *seconds,
          GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  gint64 begin = g_get_monotonic_time ();
  LineupSchedule *schedule;

  schedule = lineup_post_reader_read_bytes (bytes, NAME, NAME, NULL, error);
  if (seconds != NULL)
    *seconds = (g_get_monotonic_time () - begin) / (gdouble) G_USEC_PER_SEC;
  /* The contract: a schedule or an error, never both, never neither. */
  g_assert_true ((schedule == NULL) != (error == NULL || *error == NULL));
  return schedule;
}

static void
ensure_baseline (void)
{
  g_autoptr(GString) post = NULL;
  guint n = 0;

  if (baseline_seconds >= 0)
    return;

  post = g_string_new (FRONT_MATTER "## Monday, November 6, 2023\n\n");
  while (post->len < 1024 * 1024)
    {
      g_string_append_printf (post,
                              "[Talk number %u about eBPF - Ann Lee & Bo Chen, Org %u](https://sched.co/T%u)\n\n"
                              "**Monday, November 6, 2023 • %u:%02u am - %u:%02u am CST**\n\n"
                              "In this session we look at networking, observability and security "
                              "with a few words of description, as a real post does.\n\n",
                              n, n, n, 8 + n % 3, n % 60, 9 + n % 3, n % 60);
      n++;
    }

  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = NULL;
      gdouble seconds;

      schedule = read_len (post->str, post->len, &seconds, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, n);
      if (baseline_seconds < 0 || seconds < baseline_seconds)
        baseline_seconds = seconds;
    }
  baseline_size = post->len;
  g_test_message ("baseline: %" G_GSIZE_FORMAT " bytes (%u talks) in %.3f s",
                  baseline_size, n, baseline_seconds);
}

static void
assert_bounded (const gchar *what,
                gsize        length,
                gdouble      seconds)
{
  gdouble scale = MAX (1.0, (gdouble) length / (gdouble) baseline_size);
  gdouble bound = 20.0 * baseline_seconds * scale + 0.25;

  g_test_message ("%s: %" G_GSIZE_FORMAT " bytes in %.3f s (bound %.3f s)",
                  what, length, seconds, bound);
  if (seconds > bound)
    g_error ("%s took %.3f s, more than %.3f s (20 × %.3f s baseline × %.1f)",
             what, seconds, bound, baseline_seconds, scale);
}

/* Reads @text (a hostile post), checks the time bound, and returns the
 * schedule or NULL with @error set. */
static LineupSchedule *
read_hostile (const gchar  *what,
              const gchar  *text,
              gsize         length,
              GError      **error)
{
  LineupSchedule *schedule;
  gdouble seconds;

  ensure_baseline ();
  schedule = read_len (text, length, &seconds, error);
  assert_bounded (what, length, seconds);
  return schedule;
}

static LineupSession *
find_by_title (LineupSchedule *schedule,
               const gchar    *part)
{
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      if (strstr (lineup_session_get_title (session), part) != NULL)
        return session;
    }
  return NULL;
}

/* The well-formed talk before the poison must survive it. */
static void
assert_opening_talk (LineupSchedule *schedule)
{
  LineupSession *session = find_by_title (schedule, "Opening Talk");
  g_autofree gchar *start = NULL;

  g_assert_nonnull (session);
  g_assert_cmpstr (lineup_session_get_id (session), ==, "1Aaaa");
  start = lineup_format_iso8601 (lineup_session_get_start (session),
                                 lineup_session_get_floating (session));
  g_assert_cmpstr (start, ==, "2023-11-06T09:15:00-06:00");
}

/* ---- size and depth ---- */

static void
test_hostile_long_line (void)
{
  g_autoptr(GString) post = g_string_new (FRONT_MATTER ONE_TALK);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  /* Words, times, bylines and emphasis, so every scanner has work to do. */
  const gchar *piece = "words 9:15 am - Ann Lee, Org & Bo *x* [y](https://z) ";
  gsize target = 10 * 1024 * 1024;

  while (post->len < target)
    g_string_append (post, piece);
  g_string_append_c (post, '\n');

  schedule = read_hostile ("10 MB line", post->str, post->len, &error);
  g_assert_no_error (error);
  assert_opening_talk (schedule);
}

static void
test_hostile_nesting (gconstpointer data)
{
  const gchar *marker = data;
  g_autoptr(GString) post = g_string_new (FRONT_MATTER ONE_TALK);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autofree gchar *what = g_strdup_printf ("100000 x '%s'", marker);

  for (guint i = 0; i < 100000; i++)
    g_string_append (post, marker);
  g_string_append (post, "9:00 - 10:00 [Deep talk - Cy Doe, Org](https://sched.co/1Bbbb)\n");

  schedule = read_hostile (what, post->str, post->len, &error);
  g_assert_no_error (error);
  assert_opening_talk (schedule);
}

/* ---- front matter ---- */

static void
test_hostile_front_matter_unclosed (void)
{
  const gchar *post = "---\ntitle: 'Never closed'\ndate: 2023-11-06\n\n" ONE_TALK;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = read_hostile ("unclosed front matter", post, strlen (post), &error);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER);
  g_assert_null (schedule);
  /* The message points at the opening line. */
  g_assert_true (g_str_has_prefix (error->message, NAME ":1: "));
}

static void
test_hostile_alias_bomb (void)
{
  /* "Billion laughs": 9 levels of 9 aliases, 9^9 strings once expanded. */
  g_autoptr(GString) post = g_string_new ("---\ntitle: bomb\na0: &a0 [lol]\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  for (guint level = 1; level <= 9; level++)
    {
      g_string_append_printf (post, "a%u: &a%u [", level, level);
      for (guint i = 0; i < 9; i++)
        g_string_append_printf (post, "%s*a%u", i ? ", " : "", level - 1);
      g_string_append (post, "]\n");
    }
  g_string_append (post, "---\n\n" ONE_TALK);

  schedule = read_hostile ("alias bomb", post->str, post->len, &error);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER);
  g_assert_null (schedule);
  g_assert_true (g_str_has_prefix (error->message, NAME ":"));
}

/* ---- text that is not text ---- */

typedef struct
{
  const gchar *name;
  const gchar *bad;       /* bytes put on line 7 */
} BadText;

static const BadText bad_texts[] = {
  { "nul", "a\0b" },
  { "overlong", "a\xC0\xAF" "b" },
  { "surrogate", "a\xED\xA0\x80" "b" },
  { "truncated", "a\xE2\x80" },
  { "lone-continuation", "\x80" },
  { "latin1", "caf\xE9" },
};

static void
test_hostile_not_text (gconstpointer data)
{
  const BadText *bad = data;
  g_autoptr(GString) post = g_string_new (FRONT_MATTER "Line six.\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  gsize bad_len = g_str_equal (bad->name, "nul") ? 3 : strlen (bad->bad);

  /* FRONT_MATTER is 5 lines; "Line six." is line 6; the bad bytes are on 7. */
  g_string_append_len (post, bad->bad, bad_len);
  g_string_append (post, "\n\n" ONE_TALK);

  schedule = read_hostile (bad->name, post->str, post->len, &error);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NOT_TEXT);
  g_assert_null (schedule);
  if (!g_str_has_prefix (error->message, NAME ":7: "))
    g_error ("“%s” should name line 7", error->message);
}

/* ---- absurd times and dates ---- */

static LineupSchedule *
read_one_slot (const gchar  *slot,
               GError      **error)
{
  g_autofree gchar *post = g_strdup_printf (FRONT_MATTER
                                            "[Odd Talk - Ann Lee, Org](https://sched.co/1Cccc)\n\n"
                                            "**%s**\n\n"
                                            "Description.\n",
                                            slot);

  return read_hostile (slot, post, strlen (post), error);
}

static void
test_hostile_no_time (void)
{
  const gchar *slots[] = {
    "Monday, November 6, 2023 • 99:99 pm",
    "Monday, November 6, 2023 • 25:00 - 26:00",
    "Monday, November 6, 2023 • 9:61 am - 9:75 am",
  };

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_one_slot (slots[i], &error);
      LineupSession *session;

      g_assert_no_error (error);
      session = find_by_title (schedule, "Odd Talk");
      g_assert_nonnull (session);
      if (lineup_session_get_start (session) != NULL)
        {
          g_autofree gchar *start = lineup_format_iso8601 (lineup_session_get_start (session), TRUE);

          g_error ("“%s” gave a start time %s", slots[i], start);
        }
      g_assert_null (lineup_session_get_end (session));
    }
}

static void
test_hostile_absurd_year (void)
{
  const gchar *slots[] = {
    "Monday, November 6, 0 • 9:15 am - 9:40 am",
    "Monday, November 6, 99999 • 9:15 am - 9:40 am",
    "November 6, 10000 • 9:15 am - 9:40 am",
    "Monday, February 30, 2023 • 9:15 am - 9:40 am",
  };

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_one_slot (slots[i], &error);
      LineupSession *session;
      GDateTime *start;

      g_assert_no_error (error);
      session = find_by_title (schedule, "Odd Talk");
      g_assert_nonnull (session);
      start = lineup_session_get_start (session);
      /* Either no date, or a real one: never year 0, 99999 or February 30. */
      if (start != NULL)
        {
          gint year = g_date_time_get_year (start);
          g_autofree gchar *iso = lineup_format_iso8601 (start, TRUE);

          if (year < 1970 || year > 2200
              || (g_date_time_get_month (start) == 2 && g_date_time_get_day_of_month (start) > 29))
            g_error ("“%s” gave the bogus date %s", slots[i], iso);
        }
    }
}

static void
test_hostile_end_before_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  LineupSession *session;
  GPtrArray *warnings;
  gboolean warned = FALSE;
  g_autofree gchar *expected = NULL;

  schedule = read_one_slot ("Monday, November 6, 2023 • 14:00 - 13:00", &error);
  g_assert_no_error (error);
  session = find_by_title (schedule, "Odd Talk");
  g_assert_nonnull (session);
  g_assert_nonnull (lineup_session_get_start (session));
  g_assert_cmpint (g_date_time_get_hour (lineup_session_get_start (session)), ==, 14);
  g_assert_null (lineup_session_get_end (session));

  /* A warning names the talk and its line. */
  expected = g_strdup_printf (NAME ":%u: ", lineup_session_get_line (session));
  g_assert_cmpuint (lineup_session_get_line (session), >, 0);
  warnings = lineup_schedule_get_warnings (schedule);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (warnings, i), expected)
        && strstr (g_ptr_array_index (warnings, i), "Odd Talk") != NULL)
      warned = TRUE;
  if (!warned)
    g_error ("no warning starts with \"%s\" and names the talk (%u warnings)",
             expected, warnings ? warnings->len : 0);
}

/* ---- links and markup ---- */

static void
test_hostile_link_schemes (void)
{
  const gchar *urls[] = {
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
  };
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autofree gchar *post = g_strdup_printf (FRONT_MATTER ONE_TALK
                                                "[Linked Talk - Bo Chen, Org](%s)\n\n"
                                                "**Monday, November 6, 2023 • 10:00 am - 10:30 am CST**\n\n"
                                                "Description.\n",
                                                urls[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_hostile (urls[i], post, strlen (post), &error);
      LineupSession *session;
      const gchar *url;

      g_assert_no_error (error);
      assert_opening_talk (schedule);
      /* The talk stays a talk (its title as text, its time), only the link
       * goes: a talk's URL is http, https or mailto, nothing else. */
      session = find_by_title (schedule, "Linked Talk");
      if (session == NULL)
        {
          g_string_append_printf (problems, "the talk linked to '%s' was dropped; ", urls[i]);
          continue;
        }
      g_assert_nonnull (lineup_session_get_start (session));
      url = lineup_session_get_url (session);
      if (url != NULL
          && !g_str_has_prefix (url, "https://")
          && !g_str_has_prefix (url, "http://")
          && !g_str_has_prefix (url, "mailto:"))
        g_string_append_printf (problems, "the talk kept the URL '%s'; ", url);
    }
  if (problems->len > 0)
    g_test_fail_printf ("%s", problems->str);
}

static void
test_hostile_markup_and_escapes (void)
{
  /* Pango markup and terminal escapes (ESC and the 8-bit CSI U+009B) in the
   * front matter title and in a talk title.  The Markdown backslashes keep
   * "<b>" and "&amp;" as text, as they would be shown on a web page. */
  const gchar *post =
    "---\n"
    "title: \"Post <b>&amp;</b> \\e[31mred\\e[0m\"\n"
    "date: '2023-10-30T17:00:00.000Z'\n"
    "---\n\n"
    "## Monday, November 6, 2023\n\n"
    "[Deploy \\<b>&amp;amp; \x1b\\[2J\x1b\\[31mnow\x1b\\[0m \xC2\x9B" "1m - Ann Lee, Org](https://sched.co/1Dddd)\n\n"
    "**Monday, November 6, 2023 • 9:15 am - 9:40 am CST**\n\n"
    "Description.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_hostile ("markup", post, strlen (post), &error);
  LineupSession *session;
  const gchar *title;
  g_autofree gchar *stripped = NULL;
  g_autofree gchar *stripped_post = NULL;

  g_assert_no_error (error);

  /* The model keeps the text as written: no markup is parsed or escaped. */
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==,
                   "Post <b>&amp;</b> \x1b[31mred\x1b[0m");
  session = find_by_title (schedule, "Deploy");
  g_assert_nonnull (session);
  title = lineup_session_get_title (session);
  g_assert_nonnull (strstr (title, "<b>&amp;"));
  g_assert_nonnull (strstr (title, "\x1b[31mnow"));

  /* Printing on a terminal: the escape sequences go, the words stay. */
  stripped = lineup_text_strip_controls (title);
  g_assert_null (strchr (stripped, '\x1b'));
  g_assert_null (strstr (stripped, "\xC2\x9B"));
  g_assert_null (strstr (stripped, "[31m"));
  g_assert_null (strstr (stripped, "[2J"));
  g_assert_nonnull (strstr (stripped, "now"));
  g_assert_nonnull (strstr (stripped, "<b>&amp;"));
  stripped_post = lineup_text_strip_controls (lineup_schedule_get_title (schedule));
  g_assert_cmpstr (stripped_post, ==, "Post <b>&amp;</b> red");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/long-line", test_hostile_long_line);
  g_test_add_data_func ("/hostile/nested-lists", "- ", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-ordered-lists", "1. ", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-quotes", "> ", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-emphasis", "*_", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-brackets", "[", test_hostile_nesting);
  g_test_add_func ("/hostile/front-matter-unclosed", test_hostile_front_matter_unclosed);
  g_test_add_func ("/hostile/alias-bomb", test_hostile_alias_bomb);
  for (guint i = 0; i < G_N_ELEMENTS (bad_texts); i++)
    {
      g_autofree gchar *path = g_strdup_printf ("/hostile/not-text/%s", bad_texts[i].name);

      g_test_add_data_func (path, &bad_texts[i], test_hostile_not_text);
    }
  g_test_add_func ("/hostile/no-time", test_hostile_no_time);
  g_test_add_func ("/hostile/absurd-year", test_hostile_absurd_year);
  g_test_add_func ("/hostile/end-before-start", test_hostile_end_before_start);
  g_test_add_func ("/hostile/markup-and-escapes", test_hostile_markup_and_escapes);
  g_test_add_func ("/hostile/link-schemes", test_hostile_link_schemes);

  return g_test_run ();
}
