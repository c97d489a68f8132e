/* test-hostile.c — posts written to hurt: huge, deeply nested, malformed,
 * invalid text, absurd dates, dangerous links and markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No test here says how many seconds a read may take: that depends on the
 * machine, its load and the sanitizer.  The posts that grow (a normal post
 * for comparison, a long line, deep nesting, an alias bomb) are read at two
 * sizes instead, the second 4 times the first, and the second read must take
 * less than 12 times as long (lineup-test-growth.h): a reader linear in its
 * input passes anywhere, a quadratic or exponential one fails.  A reader that
 * hangs on the small fixed posts is stopped by the test's timeout.
 */
#define G_LOG_DOMAIN "lineup-test"

#include "config.h"

#include <string.h>

#include "lineup-core.h"
#include "lineup-test-growth.h"

#define NAME "hostile.md"

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

/* Reads @text (a hostile post): the schedule, or NULL with @error set. */
static LineupSchedule *
read_hostile (const gchar  *text,
              gsize         length,
              GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  LineupSchedule *schedule;

  schedule = lineup_post_reader_read_bytes (bytes, NAME, NAME, NULL, error);
  /* The contract: a schedule or an error, never both, never neither. */
  g_assert_true ((schedule == NULL) != (error == NULL || *error == NULL));
  return schedule;
}

static void
free_post (gpointer post)
{
  g_string_free (post, TRUE);
}

/* Whether this is the process that runs the test case: the first call
 * starts that process (the same test case again) and checks that it passed.
 * The growth checks run in a process of their own: the memory that earlier
 * big reads leave behind, in a sanitizer's allocator above all, would slow
 * the larger input more than the smaller one. */
static gboolean
in_own_process (void)
{
  if (g_test_subprocess ())
    return TRUE;
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
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

/* A normal post of about @size bytes: talks with their times and a few
 * words each, as a real post has. */
typedef struct
{
  GString *text;
  guint    n_talks;
} NormalPost;

static gpointer
make_normal_post (gsize    size,
                  gpointer data)
{
  NormalPost *post = g_new0 (NormalPost, 1);
  guint n = 0;

  post->text = g_string_new (FRONT_MATTER "## Monday, November 6, 2023\n\n");
  while (post->text->len < size)
    {
      g_string_append_printf (post->text,
                              "[Talk number %u about eBPF - Ann Lee & Bo Chen, Org %u](https://sched.co/T%u)\n\n"
                              "**Monday, November 6, 2023 • %u:%02u am - %u:%02u am CST**\n\n"
                              "In this session we look at networking, observability and security "
                              "with a few words of description, as a real post does.\n\n",
                              n, n, n, 8 + n % 3, n % 60, 9 + n % 3, n % 60);
      n++;
    }
  post->n_talks = n;
  return post;
}

static void
free_normal_post (gpointer data)
{
  NormalPost *post = data;

  g_string_free (post->text, TRUE);
  g_free (post);
}

static void
read_normal_post (gpointer input,
                  gpointer data)
{
  NormalPost *post = input;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = read_hostile (post->text->str, post->text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, post->n_talks);
}

/* Not hostile, but the measure of the others: every talk of a big post is
 * found, and 1 MB takes at most 12 times as long as 256 KB. */
static void
test_hostile_big_normal_post (void)
{
  if (!in_own_process ())
    return;
  lineup_test_assert_linear ("normal post", 256 * 1024, make_normal_post, read_normal_post,
                             free_normal_post, NULL);
}

/* A post whose last line is @size bytes of words, times, bylines and
 * emphasis, so every scanner has work to do. */
static gpointer
make_long_line (gsize    size,
                gpointer data)
{
  GString *post = g_string_new (FRONT_MATTER ONE_TALK);
  const gchar *piece = "words 9:15 am - Ann Lee, Org & Bo *x* [y](https://z) ";

  while (post->len < size)
    g_string_append (post, piece);
  g_string_append_c (post, '\n');
  return post;
}

/* Reads a post and checks that its opening talk survived the poison. */
static void
read_poisoned (gpointer input,
               gpointer data)
{
  GString *post = input;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = read_hostile (post->str, post->len, &error);
  g_assert_no_error (error);
  assert_opening_talk (schedule);
}

/* A line of 10 MB (no crash, the talk before it kept) takes at most 12
 * times as long as one of 2.5 MB.  Smaller lines would not do: the reader's
 * memory for a line of 512 KB still fits in the processor's caches, for one
 * of 2 MB it does not, and that alone makes the larger read up to 10 times
 * as long on a busy machine. */
static void
test_hostile_long_line (void)
{
  if (!in_own_process ())
    return;
  lineup_test_assert_linear ("long line", 10 * 1024 * 1024 / 4, make_long_line, read_poisoned,
                             free_post, NULL);
}

/* A post @depth markers (the string @data) deep, then a talk. */
static gpointer
make_nested (gsize    depth,
             gpointer data)
{
  const gchar *marker = data;
  GString *post = g_string_new (FRONT_MATTER ONE_TALK);

  for (gsize i = 0; i < depth; i++)
    g_string_append (post, marker);
  g_string_append (post, "9:00 - 10:00 [Deep talk - Cy Doe, Org](https://sched.co/1Bbbb)\n");
  return post;
}

static void
test_hostile_nesting (gconstpointer data)
{
  g_autofree gchar *what = g_strdup_printf ("nested '%s'", (const gchar *) data);
  g_autoptr(GString) post = NULL;

  if (!in_own_process ())
    return;

  /* 25 000 deep takes at most 12 times as long as 6 250 deep.  Not 100 000:
   * a tree that large leaves the processor's caches, and whatever else runs
   * then slows the larger read more than the smaller one. */
  lineup_test_assert_linear (what, 6250, make_nested, read_poisoned, free_post,
                             (gpointer) data);

  /* 100 000 markers deep: no crash (a recursion that deep would overflow
   * the stack), and the talk before them is kept. */
  post = make_nested (100000, (gpointer) data);
  read_poisoned (post, NULL);
}

/* ---- front matter ---- */

static void
test_hostile_front_matter_unclosed (void)
{
  const gchar *post = "---\ntitle: 'Never closed'\ndate: 2023-11-06\n\n" ONE_TALK;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = read_hostile (post, strlen (post), &error);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER);
  g_assert_null (schedule);
  /* The message points at the opening line. */
  g_assert_true (g_str_has_prefix (error->message, NAME ":1: "));
}

/* TOML front matter written to hurt (unclosed strings and tables, escapes
 * cut short, deep table paths, a huge table, arrays of arrays): no crash,
 * the post's talk is read.  The tree it makes is bounded (12 000 nodes). */
static void
test_hostile_toml_front_matter (void)
{
  static const gchar * const fronts[] = {
    "[[a.b\nkey = \"unterminated\nx = \"\"\"never closed\n",
    "k = \"\"\"a\\",
    "[x]\nk = \"\\u12",
    "[x]\nk = \"\\uD800 \\U0010FFFF \\U7FFFFFFF \\\"\"\n",
    "[[a.b.c.d.e.f.g.h.i.j.k.l]]\nt = 1\n[[a.b.c.d.e.f.g.h.i.j.k.l]]\n",
    "k = [1, [2, [3, [4, [5, [6, [7, [8, [9, [10]]]]]]]]], {x = 1}]\n= \"nokey\"\n[]\n[[]]\n",
    "k = 'lit\nl = '''multi\n",
  };

  for (guint i = 0; i <= G_N_ELEMENTS (fronts); i++)
    {
      g_autoptr(GString) post = g_string_new ("+++\ntitle = \"Hostile\"\n");
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = NULL;

      if (i < G_N_ELEMENTS (fronts))
        g_string_append (post, fronts[i]);
      else
        {
          /* a table of 40 000 keys, an array of 40 000 strings */
          g_string_append (post, "[x]\n");
          for (guint k = 0; k < 40000; k++)
            g_string_append_printf (post, "k%u = \"v\"\n", k);
          g_string_append (post, "a = [");
          for (guint k = 0; k < 40000; k++)
            g_string_append (post, "\"x\", ");
          g_string_append (post, "]\n");
        }
      g_string_append (post, "\n+++\n\n" ONE_TALK);
      schedule = read_hostile (post->str, post->len, &error);
      g_assert_no_error (error);
      assert_opening_talk (schedule);
    }
}

/* "Billion laughs": @levels levels of 9 aliases each, 9^@levels strings
 * once expanded. */
static gpointer
make_alias_bomb (gsize    levels,
                 gpointer data)
{
  GString *post = g_string_new ("---\ntitle: bomb\na0: &a0 [lol]\n");

  for (gsize level = 1; level <= levels; level++)
    {
      g_string_append_printf (post, "a%" G_GSIZE_FORMAT ": &a%" G_GSIZE_FORMAT " [",
                              level, level);
      for (guint i = 0; i < 9; i++)
        g_string_append_printf (post, "%s*a%" G_GSIZE_FORMAT, i ? ", " : "", level - 1);
      g_string_append (post, "]\n");
    }
  g_string_append (post, "---\n\n" ONE_TALK);
  return post;
}

/* The front matter is turned down, in a message that names the post. */
static void
read_alias_bomb (gpointer input,
                 gpointer data)
{
  GString *post = input;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = read_hostile (post->str, post->len, &error);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER);
  g_assert_null (schedule);
  g_assert_true (g_str_has_prefix (error->message, NAME ":"));
}

static void
test_hostile_alias_bomb (void)
{
  g_autoptr(GString) post = NULL;

  if (!in_own_process ())
    return;
  post = make_alias_bomb (9, NULL);
  read_alias_bomb (post, NULL);
  /* Never expanded: 8 levels (43 million strings) take at most 12 times as
   * long as 2 levels (81). */
  lineup_test_assert_linear ("alias bomb levels", 2, make_alias_bomb, read_alias_bomb,
                             free_post, NULL);
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

  schedule = read_hostile (post->str, post->len, &error);
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

  return read_hostile (post, strlen (post), error);
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
  g_autoptr(GPtrArray) warnings = NULL;
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
  warnings = lineup_schedule_dup_warnings (schedule);
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
      g_autoptr(LineupSchedule) schedule = read_hostile (post, strlen (post), &error);
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
  g_autoptr(LineupSchedule) schedule = read_hostile (post, strlen (post), &error);
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

/* The growth check itself: it passes linear work however quick (a few
 * microseconds, where reading the clock costs about as much) and fails work
 * that grows faster.  The failing case is cubic (64 times from n to 4n):
 * quadratic work (16 times) sits too close to the limit of 12 to be failed
 * every time on a busy machine, where one slow sample of the small input
 * brought its ratio down to 11.7. */
static gpointer
make_size (gsize    size,
           gpointer user_data)
{
  return GSIZE_TO_POINTER (size);
}

static void
work_linear (gpointer input,
             gpointer user_data)
{
  volatile gsize sum = 0;

  for (gsize i = 0; i < GPOINTER_TO_SIZE (input); i++)
    sum += i;
}

static void
work_cubic (gpointer input,
            gpointer user_data)
{
  volatile gsize sum = 0;
  gsize n = GPOINTER_TO_SIZE (input);

  for (gsize i = 0; i < n; i++)
    for (gsize j = 0; j < n; j++)
      for (gsize k = 0; k < n; k++)
        sum += i ^ j ^ k;
}

static void
no_free (gpointer input)
{
}

static void
test_hostile_growth_check (void)
{
  if (g_test_subprocess ())
    {
      /* Both tiny and large linear work pass. */
      lineup_test_assert_linear ("linear, tiny", 8, make_size, work_linear, no_free, NULL);
      lineup_test_assert_linear ("linear", 200000, make_size, work_linear, no_free, NULL);
      g_assert_false (g_test_failed ());
      lineup_test_assert_linear ("cubic", 120, make_size, work_cubic, no_free, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*# cubic: * times (linear 4, limit 12)*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/big-normal-post", test_hostile_big_normal_post);
  g_test_add_func ("/hostile/long-line", test_hostile_long_line);
  g_test_add_data_func ("/hostile/nested-lists", "- ", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-ordered-lists", "1. ", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-quotes", "> ", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-emphasis", "*_", test_hostile_nesting);
  g_test_add_data_func ("/hostile/nested-brackets", "[", test_hostile_nesting);
  g_test_add_func ("/hostile/front-matter-unclosed", test_hostile_front_matter_unclosed);
  g_test_add_func ("/hostile/toml-front-matter", test_hostile_toml_front_matter);
  g_test_add_func ("/hostile/alias-bomb", test_hostile_alias_bomb);
  g_test_add_func ("/hostile/growth-check", test_hostile_growth_check);
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
