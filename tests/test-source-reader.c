/* test-source-reader.c — the entry point that tells sources apart, and what
 * the readers of published schedules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "lineup-core.h"
#include "lineup-post-document.h"
#include "lineup-source-reader-private.h"

static void
test_sniff (void)
{
  static const struct
  {
    const gchar *text;
    LineupSourceFormat format;
  } cases[] = {
    { "<?xml version=\"1.0\"?>\n<schedule>", LINEUP_SOURCE_FRAB_XML },
    { "\xEF\xBB\xBF  <?xml version='1.0'?><schedule>", LINEUP_SOURCE_FRAB_XML },
    { "<schedule>\n<version>1</version>", LINEUP_SOURCE_FRAB_XML },
    { "<!-- made by frab -->\n<schedule xmlns:xsi=\"x\">", LINEUP_SOURCE_FRAB_XML },
    { "<!DOCTYPE schedule>\n<schedule/>", LINEUP_SOURCE_FRAB_XML },
    /* A post written in HTML is a post. */
    { "<h4>Monday</h4>\n<ul><li>Talk</li></ul>", LINEUP_SOURCE_POST },
    { "<!-- a comment -->\n# Talks", LINEUP_SOURCE_POST },
    { "{\"schedule\": {\"version\": \"1\"}}", LINEUP_SOURCE_FRAB_JSON },
    { "\n  {\"$schema\": \"x\", \"schedule\": {}}", LINEUP_SOURCE_FRAB_JSON },
    /* Hugo's JSON front matter: text follows the object's closing brace. */
    { "{\n\t\"Title\": \"Talks {2010}\",\n}\n\n### Monday\n", LINEUP_SOURCE_POST },
    { "{\"schedule\": {}}\n", LINEUP_SOURCE_FRAB_JSON },
    { "{\"schedule\": {}} trailing", LINEUP_SOURCE_FRAB_JSON },
    { "BEGIN:VCALENDAR\r\nVERSION:2.0", LINEUP_SOURCE_ICALENDAR },
    { "begin:vcalendar\nversion:2.0", LINEUP_SOURCE_ICALENDAR },
    { "---\ntitle: Talks\n---\n", LINEUP_SOURCE_POST },
    { "", LINEUP_SOURCE_POST },
    { "<", LINEUP_SOURCE_POST },
    { "<!--", LINEUP_SOURCE_POST },
    { "<schedul", LINEUP_SOURCE_POST },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (lineup_source_sniff (cases[i].text, strlen (cases[i].text)), ==,
                       cases[i].format);
    }
}

static void
test_zone_for_place (void)
{
  static const struct
  {
    const gchar *place;
    const gchar *zone;
  } cases[] = {
    { "Amsterdam, Netherlands", "Europe/Amsterdam" },
    { "Hall 7, RAI Amsterdam", "Europe/Amsterdam" },
    { "Brussels", "Europe/Brussels" },
    { "Salt Lake City, Utah", "America/Denver" },
    { "Los Angeles", "America/Los_Angeles" },
    { "New York", "America/New_York" },
    { "Room K.1.105", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *zone = lineup_source_zone_for_place (cases[i].place);

      g_assert_cmpstr (zone, ==, cases[i].zone);
    }
}

static void
test_html_to_markdown (void)
{
  static const struct
  {
    const gchar *html;
    const gchar *markdown;
  } cases[] = {
    { "<p>Rust &amp; C, <em>together</em>.</p>", "Rust & C, *together*." },
    { "<p>One</p><p>Two</p>", "One\n\nTwo" },
    { "<ul><li>a</li><li>b</li></ul>", "  - a\n  - b" },
    { "<p>See <a href=\"https://fosdem.org/\">FOSDEM</a></p>",
      "See [FOSDEM](https://fosdem.org/)" },
    { "<script>alert(1)</script><p>Safe</p>", "Safe" },
    { "Plain text, no tags", "Plain text, no tags" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *markdown = lineup_post_document_html_to_markdown (cases[i].html);

      g_assert_cmpstr (markdown, ==, cases[i].markdown);
    }
}

static void
test_unique_ids (void)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  const gchar *ids[] = { "a", "b", "a", "a-2", "a" };
  const gchar *expected[] = { "a", "b", "a-2", "a-2-2", "a-3" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (sessions, lineup_session_new (ids[i], "Talk"));
  lineup_source_unique_ids (sessions);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpstr (lineup_session_get_id (g_ptr_array_index (sessions, i)), ==, expected[i]);
}

/* A post still goes to the post reader through the entry point; a file is
 * told by its content, not its name. */
static void
test_entry_point (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *path = g_build_filename (g_get_tmp_dir (), "lineup-sniff-XXXXXX.ics", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  gint fd = g_mkstemp (path);
  const gchar *post = "---\ntitle: Talks\n---\n\n"
                      "## Monday, November 6, 2023\n\n"
                      "- 9:00 am - 9:30 am: [A Talk](https://example.org/a) - Ada Lovelace\n";

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, post, -1, NULL));
  file = g_file_new_for_path (path);
  schedule = lineup_source_read_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
  g_assert_cmpstr (lineup_session_get_title (lineup_schedule_get_session (schedule, 0)), ==,
                   "A Talk");
  g_unlink (path);
}

/* Hugo's JSON front matter longer than the head the sniffer reads first (a
 * long description): still a post, from a file and from bytes. */
static void
test_long_json_front_matter (void)
{
  g_autoptr(GString) post = g_string_new ("{\n  \"Title\": \"Talks\",\n  \"Description\": \"");
  g_autofree gchar *path = g_build_filename (g_get_tmp_dir (), "lineup-sniff-XXXXXX.md", NULL);
  g_autoptr(GFile) file = NULL;
  gint fd = g_mkstemp (path);

  for (guint i = 0; i < 600; i++)
    g_string_append (post, "Streams. ");
  g_string_append (post, "\"\n}\n\n## Monday, November 6, 2023\n\n"
                         "- 9:00 am - 9:30 am: [A Talk](https://example.org/a) - Ada Lovelace\n");
  g_assert_cmpuint (post->len, >, 5000);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, post->str, post->len, NULL));
  file = g_file_new_for_path (path);

  for (guint way = 0; way < 2; way++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new (post->str, post->len);
      g_autoptr(LineupSchedule) schedule =
        way == 0 ? lineup_source_read_file (file, NULL, NULL, &error)
                 : lineup_source_read_bytes (bytes, "post.md", "post", NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
      g_assert_cmpstr (lineup_session_get_title (lineup_schedule_get_session (schedule, 0)), ==,
                       "A Talk");
    }
  g_unlink (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-reader/sniff", test_sniff);
  g_test_add_func ("/source-reader/zone-for-place", test_zone_for_place);
  g_test_add_func ("/source-reader/html-to-markdown", test_html_to_markdown);
  g_test_add_func ("/source-reader/unique-ids", test_unique_ids);
  g_test_add_func ("/source-reader/entry-point", test_entry_point);
  g_test_add_func ("/source-reader/long-json-front-matter", test_long_json_front_matter);

  return g_test_run ();
}
