/* test-text.c — tests for lineup-text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-text"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lineup-core.h"
#include "lineup-test-growth.h"

typedef struct
{
  const gchar *input;
  const gchar *expected;
} Pair;

/* ---- validate ------------------------------------------------------------- */

static void
test_validate (void)
{
  static const struct
  {
    const gchar *data;
    gssize       length;   /* -1: strlen */
    gboolean     valid;
    guint        bad_line;
  } cases[] = {
    { "", -1, TRUE, 0 },
    { "plain ASCII\nsecond line\n", -1, TRUE, 0 },
    { "Zięba — “quoted” 🚀\n", -1, TRUE, 0 },
    { "\xff", -1, FALSE, 1 },
    { "one\ntwo\nth\xffree\n", -1, FALSE, 3 },
    { "a\nb\0c\n", 6, FALSE, 2 },                    /* NUL byte */
    { "\n\n\n\n\xc3", -1, FALSE, 5 },                 /* truncated sequence */
    { "ok\n\xc0\xaf", -1, FALSE, 2 },                 /* overlong "/" */
    { "\xed\xa0\x80", -1, FALSE, 1 },                 /* UTF-16 surrogate */
    { "x\n\xf4\x90\x80\x80", -1, FALSE, 2 },          /* beyond U+10FFFF */
    { "ok\nok\n\x80", -1, FALSE, 3 },                 /* lone continuation */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = cases[i].length < 0 ? strlen (cases[i].data) : (gsize) cases[i].length;
      guint bad_line = 12345;

      g_test_message ("case %u", i);
      g_assert_cmpint (lineup_text_validate (cases[i].data, length, &bad_line), ==,
                       cases[i].valid);
      g_assert_cmpuint (bad_line, ==, cases[i].bad_line);
      /* @bad_line is optional. */
      g_assert_cmpint (lineup_text_validate (cases[i].data, length, NULL), ==, cases[i].valid);
    }
}

/* ---- mojibake ------------------------------------------------------------- */

static void
check_pairs (gchar *(*func) (const gchar *),
             const Pair *pairs,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree gchar *result = func (pairs[i].input);

      g_test_message ("“%s”", pairs[i].input);
      g_assert_cmpstr (result, ==, pairs[i].expected);
    }
}

static void
test_mojibake_examples (void)
{
  static const Pair pairs[] = {
    { "Cilium‚Äôs", "Cilium’s" },
    { "‚Ä¢", "•" },
    { "\xef\xa3\xbf" "üöÄ Git Going Fast", "🚀 Git Going Fast" },
    { "\xef\xa3\xbf" "üö® Contribfest", "🚨 Contribfest" },
    { "Marcel Ziƒôba", "Marcel Zięba" },
    { "Luis Ram√≠rez", "Luis Ramírez" },
    { "Does ‚Äúshow ip bgp summary‚Äù still", "Does “show ip bgp summary” still" },
    { "Encryption ‚Äì Securing", "Encryption – Securing" },
    { "winners‚Äìsuch as Cilium‚Äìthat", "winners–such as Cilium–that" },
    { "Monday ‚Ä¢ 9:15 am", "Monday • 9:15 am" },
    /* Two-byte sequences with a lead correct text never has before a letter. */
    { "Pawe≈Ç", "Paweł" },
    { "caf√©", "café" },
    { "¬© 2023", "© 2023" },
    /* Two two-byte sequences in a row are sure too (Cyrillic here). */
    { "–ü—Ä–∏–≤–µ—Ç", "Привет" },
    /* Mojibake and correct text side by side: only the mojibake changes. */
    { "Zięba‚Äôs café", "Zięba’s café" },
  };

  check_pairs (lineup_text_repair_mojibake, pairs, G_N_ELEMENTS (pairs));
}

static void
test_mojibake_unchanged (void)
{
  static const gchar *texts[] = {
    "",
    "plain ASCII text",
    "Ramírez", "Zięba", "café", "naïve", "Größe", "Ü", "‚", "Ä", "√",
    "“quotes”", "—", "– en dash –", "It’s", "‘single’",
    "🚀 emoji", "⚡ Lightning", "👩‍👩‍👧 family", "日本語のテキスト", "한국어",
    "Ελληνικά", "Привет", "עברית",
    /* Correct French whose characters are all in Mac Roman and look like a
     * two-byte sequence: ’ + à is D5 88, « + Ç is C7 82. */
    "jusqu’à demain", "l’été", "«Ça va»", "—à",
    "Ω alone", "≈ 5 minutes", "√2 ≈ 1.414", "ƒ/2.8", "¬a", "…é",
    "NBSP\xc2\xa0" "é",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree gchar *result = lineup_text_repair_mojibake (texts[i]);

      g_test_message ("“%s”", texts[i]);
      g_assert_cmpstr (result, ==, texts[i]);
    }
}

/* Mojibake made by an independent encoder (iconv's MACINTOSH), repaired back. */
static void
test_mojibake_round_trip (void)
{
  static const gchar *texts[] = {
    "Cilium’s “Tetragon” – eBPF • security",
    "Zięba, Ramírez, Łukasz Paweł, Śląsk, Dvořák, Øyvind, Åsa, Müller, Größe",
    "jusqu’à l’été, «Ça va» — naïve café",
    "🚀 Lightning 🚨 Contribfest ⚡ 👩‍💻",
    "日本語のテキスト 한국어 Привет мир Ελληνικά",
    "© ® ™ ° ± ½ €",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree gchar *mojibake = NULL;
      g_autofree gchar *repaired = NULL;

      mojibake = g_convert (texts[i], -1, "UTF-8", "MACINTOSH", NULL, NULL, &error);
      if (mojibake == NULL)
        {
          g_test_skip_printf ("iconv has no MACINTOSH charset: %s", error->message);
          return;
        }
      g_test_message ("“%s” → “%s”", texts[i], mojibake);
      g_assert_cmpstr (mojibake, !=, texts[i]);
      repaired = lineup_text_repair_mojibake (mojibake);
      g_assert_cmpstr (repaired, ==, texts[i]);

      /* Repairing twice changes nothing more. */
      g_clear_pointer (&mojibake, g_free);
      mojibake = lineup_text_repair_mojibake (repaired);
      g_assert_cmpstr (mojibake, ==, texts[i]);
    }
}

static gchar *
read_file (const gchar *path)
{
  g_autoptr(GError) error = NULL;
  gchar *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* In place: the same text as the copying repair, on the examples, on text
 * that must stay as it is and on the built-in post; TRUE only on a change. */
static void
test_mojibake_in_place (void)
{
  static const gchar *texts[] = {
    "", "plain ASCII text", "Cilium‚Äôs", "‚Ä¢", "\xef\xa3\xbf" "üöÄ Git Going Fast",
    "Marcel Ziƒôba", "Does ‚Äúshow ip bgp summary‚Äù still", "–ü—Ä–∏–≤–µ—Ç",
    "Zięba‚Äôs café", "jusqu’à demain", "Ω alone", "Ramírez", "🚀 emoji",
    "a‚Äôb‚Äôc‚Äôd‚Äôe‚Äôf and é at the end",
  };
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "posts",
                                             "cilium-kubecon-na-2023.md", NULL);
  g_autofree gchar *post = NULL;
  g_autofree gchar *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree gchar *copied = lineup_text_repair_mojibake (texts[i]);
      g_autofree gchar *in_place = g_strdup (texts[i]);
      gboolean changed = lineup_text_repair_mojibake_in_place (in_place);

      g_test_message ("“%s”", texts[i]);
      g_assert_cmpstr (in_place, ==, copied);
      g_assert_cmpint (changed, ==, strcmp (copied, texts[i]) != 0);
    }

  post = read_file (path);
  expected = lineup_text_repair_mojibake (post);
  g_assert_cmpstr (expected, !=, post);
  g_assert_true (lineup_text_repair_mojibake_in_place (post));
  g_assert_cmpstr (post, ==, expected);
}

static void
test_mojibake_builtin_post (void)
{
  static const gchar *gone[] = { "‚Ä", "√", "üöÄ", "üö®", "Äô", "ƒô", "\xef\xa3\xbf" };
  static const gchar *present[] = {
    "Cilium’s", "• ", "🚀 Git Going Fast", "🚨 Contribfest", "Marcel Zięba",
    "Luis Ramírez", "“show ip bgp summary”", "Encryption – Securing",
  };
  g_autofree gchar *path = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "posts",
                                             "cilium-kubecon-na-2023.md", NULL);
  g_autofree gchar *post = read_file (path);
  g_autofree gchar *repaired = lineup_text_repair_mojibake (post);

  /* The file really is damaged (else this test proves nothing). */
  g_assert_nonnull (strstr (post, "‚Äô"));

  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    {
      g_test_message ("gone: %s", gone[i]);
      g_assert_null (strstr (repaired, gone[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (present); i++)
    {
      g_test_message ("present: %s", present[i]);
      g_assert_nonnull (strstr (repaired, present[i]));
    }

  /* Each repair turns several characters into one. */
  g_assert_cmpuint (strlen (repaired), <, strlen (post));
  g_assert_true (g_utf8_validate (repaired, -1, NULL));
}

/* The other posts are correct UTF-8: repairing them must change nothing. */
static void
test_mojibake_correct_posts (void)
{
  g_autoptr(GDir) dir = g_dir_open (TEST_DATA_DIR, 0, NULL);
  const gchar *name;
  guint checked = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree gchar *path = NULL;
      g_autofree gchar *post = NULL;
      g_autofree gchar *repaired = NULL;

      if (!g_str_has_suffix (name, ".md"))
        continue;
      path = g_build_filename (TEST_DATA_DIR, name, NULL);
      post = read_file (path);
      repaired = lineup_text_repair_mojibake (post);
      g_test_message ("%s", name);
      g_assert_cmpstr (repaired, ==, post);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 4);
}

/* @size bytes of damaged and correct text, and long runs of Mac Roman
 * characters. */
static gpointer
make_mixed_text (gsize    size,
                 gpointer data)
{
  GString *big = g_string_new (NULL);

  while (big->len < size)
    g_string_append (big, "Cilium‚Äôs Zięba ‚Ä¢ ééééééééééééé —————— ");
  return g_string_free (big, FALSE);
}

static void
repair_mixed_text (gpointer input,
                   gpointer data)
{
  g_autofree gchar *repaired = lineup_text_repair_mojibake (input);

  g_assert_null (strstr (repaired, "‚Äô"));
  g_assert_cmpuint (strlen (repaired), <, strlen (input));
}

/* The repair of 8 MB takes at most 12 times as long as that of 2 MB. */
static void
test_mojibake_linear (void)
{
  lineup_test_assert_linear ("mojibake repair", 2 * 1024 * 1024, make_mixed_text,
                             repair_mixed_text, g_free, NULL);
}

static void
test_mojibake_invalid_input (void)
{
  /* The contract asks for UTF-8, but bad input must not crash or read past. */
  g_autofree gchar *a = lineup_text_repair_mojibake ("‚Ä\xff");
  g_autofree gchar *b = lineup_text_repair_mojibake ("\xe2\x80");
  g_autofree gchar *c = lineup_text_repair_mojibake (NULL);

  g_assert_true (g_utf8_validate (a, -1, NULL));
  g_assert_true (g_utf8_validate (b, -1, NULL));
  g_assert_cmpstr (c, ==, "");
}

/* ---- normalisation ---------------------------------------------------------- */

static void
test_collapse_space (void)
{
  static const Pair pairs[] = {
    { "", "" },
    { "   ", "" },
    { "word", "word" },
    { "  two   words  ", "two words" },
    { "line\none\r\n\ttab", "line one tab" },
    { "nbsp\xc2\xa0here\xe2\x80\xaf" "narrow", "nbsp here narrow" },
    { "\xe2\x80\x83" "em space\xe2\x80\x83", "em space" },
    { "é  ü\n\n日本", "é ü 日本" },
  };

  check_pairs (lineup_text_collapse_space, pairs, G_N_ELEMENTS (pairs));
}

static void
test_fold (void)
{
  static const Pair pairs[] = {
    { "", "" },
    { "Cilium", "cilium" },
    { "Ramírez", "ramirez" },
    { "ZIĘBA", "zieba" },
    { "Łukasz", "łukasz" },           /* ł has no decomposition: kept, lower-cased */
    { "Größe", "grosse" },
    { "naïve CAFÉ", "naive cafe" },
    { "Dvořák", "dvorak" },
    { "ﬁle", "file" },                /* compatibility ligature */
    { "Ελληνικά", "ελληνικα" },
    { "日本", "日本" },
    { "タイムテーブル", "タイムテーブル" },   /* the voicing mark is no accent */
    { "プログラム", "プログラム" },
    { "발표자", "발표자" },           /* a Hangul syllable stays one */
    { "e\xcc\x81" "cole", "ecole" },   /* already decomposed */
  };

  check_pairs (lineup_text_fold, pairs, G_N_ELEMENTS (pairs));

  {
    g_autofree gchar *null_folded = lineup_text_fold (NULL);
    g_autofree gchar *invalid = lineup_text_fold ("Ab\xff" "É");

    g_assert_cmpstr (null_folded, ==, "");
    g_assert_true (g_utf8_validate (invalid, -1, NULL));
    g_assert_true (g_str_has_prefix (invalid, "ab"));
    g_assert_true (g_str_has_suffix (invalid, "e"));
  }
}

static void
test_strip_controls (void)
{
  static const Pair pairs[] = {
    { "plain", "plain" },
    { "\x1b[31mred\x1b[0m", "red" },
    { "\x1b[1;38;5;196mbold\x1b[m text", "bold text" },
    { "tab\there\nnewline", "tab here newline" },
    { "bell\a back\bspace\r", "bell backspace" },
    { "\x1b]0;window title\aafter", "after" },            /* OSC ended by BEL */
    { "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link" },  /* hyperlink, ST */
    { "\x1b" "Pdevice control\x1b\\x", "x" },               /* DCS */
    { "\x1b(Bcharset", "charset" },                        /* nF */
    { "\x1b" "cafter reset", "after reset" },               /* Fs */
    { "c1 \xc2\x9b" "31mcsi", "c1 csi" },                   /* C1 CSI */
    { "c1 \xc2\x85next line", "c1 next line" },
    { "del\x7f", "del" },
    { "\x1b]unterminated title", "" },
    { "trailing escape\x1b", "trailing escape" },
    { "trailing csi\x1b[", "trailing csi" },
    { "bidi \xe2\x80\xae" "desrever\xe2\x80\xac ok", "bidi desrever ok" },
    { "é 🚀 日本", "é 🚀 日本" },
  };

  check_pairs (lineup_text_strip_controls, pairs, G_N_ELEMENTS (pairs));
}

/* ---- ids ------------------------------------------------------------------------ */

static void
test_short_hash (void)
{
  /* Values computed with Python's hashlib + base64.b32encode: ids saved in a
   * user's agenda must not change from one version to the next. */
  g_autofree gchar *hello = lineup_text_short_hash ("hello", NULL);
  g_autofree gchar *a_b = lineup_text_short_hash ("a", "b", NULL);
  g_autofree gchar *ab = lineup_text_short_hash ("ab", NULL);
  g_autofree gchar *talk = lineup_text_short_hash ("Cilium Talks", "Monday", NULL);
  g_autofree gchar *again = lineup_text_short_hash ("Cilium Talks", "Monday", NULL);
  g_autofree gchar *empty = lineup_text_short_hash ("", NULL);

  g_assert_cmpstr (hello, ==, "ftze3os7");
  g_assert_cmpstr (a_b, ==, "6bgnz3mx");
  g_assert_cmpstr (ab, ==, "7ohcb7bo");
  g_assert_cmpstr (talk, ==, "3c3csxnh");
  g_assert_cmpstr (again, ==, talk);
  g_assert_cmpuint (strlen (empty), ==, 8);
  for (const gchar *p = empty; *p; p++)
    g_assert_true ((*p >= 'a' && *p <= 'z') || (*p >= '2' && *p <= '7'));
}

/* ---- decoration ------------------------------------------------------------------- */

static void
test_strip_leading_symbols (void)
{
  static const Pair pairs[] = {
    { "⚡ Lightning Talk", "Lightning Talk" },
    { "🚀 Title", "Title" },
    { "🚨 Contribfest", "Contribfest" },
    { "⚡️ With variation selector", "With variation selector" },
    { "👩‍💻  Keyboard", "Keyboard" },             /* ZWJ sequence, two spaces */
    { "🇪🇺 Flag", "Flag" },                          /* regional indicators */
    { "👍🏽 Skin tone", "Skin tone" },                 /* emoji modifier */
    { "  ★ Star", "Star" },
    { "🦆s in the Lakehouse", "🦆s in the Lakehouse" },  /* glued to a word */
    { "🚀 🦆s on Lakes", "🦆s on Lakes" },
    { "🚀Launch", "Launch" },                         /* before a capital: decoration */
    { "Title 🚀", "Title 🚀" },                      /* trailing emoji kept */
    { "Plain", "Plain" },
    { "+1 for ASCII", "+1 for ASCII" },             /* ASCII symbols are text */
    { "1️⃣ Keycap", "1️⃣ Keycap" },                   /* starts with a digit */
    { "🚀🚀", "🚀🚀" },                               /* nothing but symbols */
    { "", "" },
  };

  check_pairs (lineup_text_strip_leading_symbols, pairs, G_N_ELEMENTS (pairs));
}

/* The closing brace of a JSON object: braces in strings and escaped quotes
 * do not count; an object not closed before the end has none. */
static void
test_json_object_end (void)
{
  static const struct { const gchar *text; gint end; } cases[] = {
    { "{}", 1 },
    { "{\"a\": {\"b\": 1}} tail", 14 },
    { "{\"t\": \"Talks {2010}\"}", 20 },
    { "{\"t\": \"a \\\" }\"}", 14 },
    { "{\"open\": {", -1 },
    { "{\"t\": \"unclosed}", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const gchar *text = cases[i].text;
      const gchar *end = lineup_text_json_object_end (text, text + strlen (text));

      g_test_message ("%s", text);
      g_assert_cmpint (end != NULL ? (gint) (end - text) : -1, ==, cases[i].end);
    }
}

/* A track's emoji, a "mandatory" mark after a post's title (issue 16). */
static void
test_trailing_marks (void)
{
  static const Pair pairs[] = {
    { "Choosing a Tech Stack 🧪", "Choosing a Tech Stack" },
    { "Creating Pixel Art 🚀🖌️", "Creating Pixel Art" },
    { "Event Kickoff +", "Event Kickoff" },
    { "Rust ❤️ Python", "Rust ❤️ Python" },                  /* inside it */
    { "C++", "C++" },
    { "🧪", "🧪" },                                           /* nothing before */
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree gchar *title = g_strdup (pairs[i].input);

      lineup_text_drop_trailing_marks (title);
      g_assert_cmpstr (title, ==, pairs[i].expected);
    }
}

/* A kind or track after the last bar is no part of the title (issue 16). */
static void
test_clean_title (void)
{
  static const Pair pairs[] = {
    { "Wren at the Edge | Project Lightning Talk", "Wren at the Edge" },
    { "Wren Internals | Maintainer Track", "Wren Internals" },
    { "Ask Us Anything | Panel", "Ask Us Anything" },
    { "Intro to Wren | CNCF Project Update", "Intro to Wren" },
    { "Wren  |  Keynote", "Wren" },
    { "⚡ Fast Wren | Lightning Talk", "Fast Wren" },
    { "A | B | Workshop", "A | B" },
    { "Apples | Oranges", "Apples | Oranges" },              /* not a kind */
    { "Why we left | a talk", "Why we left | a talk" },      /* a sentence */
    { "Wren | Talking", "Wren | Talking" },                  /* whole words */
    { "| Keynote", "| Keynote" },                            /* nothing before */
    { "Keynote", "Keynote" },
    { "  Spaced \n title  ", "Spaced title" },
    { "International Security and the AI Revolution by", "International Security and the AI Revolution" },
    { "Stand by", "Stand by" },                              /* one word before */
  };

  check_pairs (lineup_text_clean_title, pairs, G_N_ELEMENTS (pairs));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/validate", test_validate);
  g_test_add_func ("/text/mojibake/examples", test_mojibake_examples);
  g_test_add_func ("/text/mojibake/unchanged", test_mojibake_unchanged);
  g_test_add_func ("/text/mojibake/in-place", test_mojibake_in_place);
  g_test_add_func ("/text/mojibake/round-trip", test_mojibake_round_trip);
  g_test_add_func ("/text/mojibake/builtin-post", test_mojibake_builtin_post);
  g_test_add_func ("/text/mojibake/correct-posts", test_mojibake_correct_posts);
  g_test_add_func ("/text/mojibake/linear", test_mojibake_linear);
  g_test_add_func ("/text/mojibake/invalid-input", test_mojibake_invalid_input);
  g_test_add_func ("/text/collapse-space", test_collapse_space);
  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/trailing-marks", test_trailing_marks);
  g_test_add_func ("/text/json-object-end", test_json_object_end);
  g_test_add_func ("/text/strip-controls", test_strip_controls);
  g_test_add_func ("/text/short-hash", test_short_hash);
  g_test_add_func ("/text/strip-leading-symbols", test_strip_leading_symbols);
  g_test_add_func ("/text/clean-title", test_clean_title);

  return g_test_run ();
}
