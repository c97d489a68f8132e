/* test-markdown.c — Markdown → plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lineup-markdown.h"

typedef struct
{
  const gchar *name;
  const gchar *markdown;
  const gchar *plain;
} Case;

static const Case cases[] = {
  { "empty", "", "" },
  { "blank", "  \n\n  ", "" },
  { "one-paragraph", "Just text.", "Just text." },
  { "paragraphs", "First one.\n\n\nSecond one.", "First one.\n\nSecond one." },
  { "soft-break", "a line\nwrapped here", "a line wrapped here" },
  { "hard-break", "one  \ntwo", "one\ntwo" },
  { "emphasis", "**bold**, *it*, _it_ and __bold__", "bold, it, it and bold" },
  { "code-span", "run `cilium status` now", "run cilium status now" },
  { "link", "see [the docs](https://docs.cilium.io)", "see the docs <https://docs.cilium.io>" },
  { "autolink", "<https://cilium.io>", "https://cilium.io" },
  { "link-text-is-url", "[https://cilium.io](https://cilium.io)", "https://cilium.io" },
  { "mail-autolink", "<team@cilium.io>", "team@cilium.io" },
  { "emphasised-link", "[**Tetragon**](https://tetragon.io)", "Tetragon <https://tetragon.io>" },
  { "empty-link-text", "[](https://x.example)", "https://x.example" },
  { "image", "![Cilium logo](logo.png) after", "Cilium logo after" },
  { "bullets", "- one\n- two\n- three", "• one\n• two\n• three" },
  { "star-bullets", "* **one**\n* two", "• one\n• two" },
  { "ordered", "1. first\n2. second", "1. first\n2. second" },
  { "ordered-start", "3) third\n4) fourth", "3) third\n4) fourth" },
  { "nested", "- a\n  - b\n  - c\n- d", "• a\n  • b\n  • c\n• d" },
  { "loose-list", "- a\n\n- b", "• a\n\n• b" },
  { "list-between", "Intro:\n\n- a\n- b\n\nOutro.", "Intro:\n\n• a\n• b\n\nOutro." },
  { "item-two-paragraphs", "- a\n\n  more a\n- b", "• a\n\n  more a\n\n• b" },
  { "empty-item", "-\n- b", "•\n• b" },
  { "list-in-item", "- - deep", "•\n  • deep" },
  { "heading", "## Agenda\n\nText", "Agenda\n\nText" },
  { "block-quote", "> quoted *words*\n\nafter", "quoted words\n\nafter" },
  { "code-block", "```\nif (x)\n  **y**;\n```", "if (x)\n  **y**;" },
  { "indented-code", "    a_b *c*", "a_b *c*" },
  { "html-inline", "a <br> b", "a <br> b" },
  { "html-block", "<div>\nhi\n</div>", "<div>\nhi\n</div>" },
  { "thematic-break", "a\n\n---\n\nb", "a\n\nb" },
  { "escapes", "\\*not bold\\*", "*not bold*" },
  { "escaped-single", "\\*kept\\*", "*kept*" },
  { "stray-bold", "access control**.**", "access control." },
  { "unclosed-bold", "**never closed", "never closed" },
  { "lone-star", "2 * 3 = 6", "2 * 3 = 6" },
  { "code-keeps-stars", "`**x**`", "**x**" },
  { "entities", "Q&amp;A &copy;", "Q&A ©" },
  { "unicode", "Cilium’s 🚀 **launch**", "Cilium’s 🚀 launch" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree gchar *plain = lineup_markdown_to_plain (c->markdown);

  g_assert_cmpstr (plain, ==, c->plain);
}

static void
test_null (void)
{
  g_autofree gchar *plain = lineup_markdown_to_plain (NULL);

  g_assert_cmpstr (plain, ==, "");
}

/* Invalid UTF-8 must not reach a calendar file. */
static void
test_invalid_utf8 (void)
{
  g_autofree gchar *plain = lineup_markdown_to_plain ("ok \xff\xfe end");

  g_assert_true (g_utf8_validate (plain, -1, NULL));
  g_assert_true (g_str_has_prefix (plain, "ok "));
  g_assert_true (g_str_has_suffix (plain, " end"));
}

/* The walk is iterative: deep nesting must neither crash nor lose text. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) quotes = g_string_new (NULL);
  g_autoptr(GString) lists = g_string_new (NULL);
  g_autofree gchar *plain_quotes = NULL;
  g_autofree gchar *plain_lists = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_c (quotes, '>');
  g_string_append (quotes, " deep");
  plain_quotes = lineup_markdown_to_plain (quotes->str);
  g_assert_cmpstr (plain_quotes, ==, "deep");

  for (guint i = 0; i < 200; i++)
    {
      for (guint j = 0; j < i; j++)
        g_string_append (lists, "  ");
      g_string_append (lists, "- x\n");
    }
  plain_lists = lineup_markdown_to_plain (lists->str);
  g_assert_nonnull (strstr (plain_lists, "• x"));
  g_assert_null (strstr (plain_lists, "- x"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *path = g_strdup_printf ("/markdown/to-plain/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/markdown/to-plain/null", test_null);
  g_test_add_func ("/markdown/to-plain/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/markdown/to-plain/deep-nesting", test_deep_nesting);

  return g_test_run ();
}
