/* lineup-text.h — text repair and normalisation helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Checks that @data is UTF-8 with no NUL byte.  On failure returns FALSE and sets
 * @bad_line (1-based) to the line of the first invalid byte. */
gboolean  lineup_text_validate        (const gchar  *data,
                                       gsize         length,
                                       guint        *bad_line);

/* Repairs runs of UTF-8 that were decoded as Mac Roman and re-encoded as UTF-8
 * ("Cilium‚Äôs" → "Cilium’s", "üöÄ" → "🚀").  Text that is already right is
 * returned unchanged.  @text should be valid UTF-8 (invalid bytes become
 * U+FFFD).  Never returns NULL.  Linear in the length of @text.
 *
 * Two-character sequences ("’à" is also D5 88) are only repaired when the text
 * surely holds mojibake (a three- or four-byte sequence, a ¬ √ ƒ ≈ ∆ lead, or
 * two sequences in a row), so correct French such as "jusqu’à" is kept; a text
 * whose only damage is one such pair ("Œ©" for "Ω") is left as it is. */
gchar    *lineup_text_repair_mojibake (const gchar  *text);
/* The same repair, written over @text (valid UTF-8; the repaired text is
 * never longer).  Returns whether anything changed. */
gboolean  lineup_text_repair_mojibake_in_place (gchar *text);

/* Collapses every run of white space (including newlines and NBSP) into one
 * ASCII space and trims both ends. */
gchar    *lineup_text_collapse_space  (const gchar  *text);

/* Lower-cased (case-folded), accent-stripped form for matching:
 * "Ramírez" → "ramirez", "Größe" → "grosse".  NULL gives "". */
gchar    *lineup_text_fold            (const gchar  *text);

/* Removes C0/C1 control characters (whole ESC/CSI/OSC/DCS sequences included)
 * and bidirectional overrides for printing on a terminal; tabs and newlines
 * become spaces. */
gchar    *lineup_text_strip_controls  (const gchar  *text);

/* A short stable id of the given parts: the first 40 bits of the SHA-256 of
 * the parts joined with U+001F, as 8 lower-case RFC 4648 base32 characters
 * ("a"–"z", "2"–"7").  Stable across versions: ids are saved in agendas. */
gchar    *lineup_text_short_hash      (const gchar  *first,
                                       ...) G_GNUC_NULL_TERMINATED;

/* Removes decorative leading emoji/symbols and spaces ("⚡ Lightning Talk" →
 * "Lightning Talk", "🚨 Contribfest" → "Contribfest"): non-ASCII symbols
 * (So, Sk, Sm), variation selectors, ZWJ, emoji tags.  ASCII ("+1") and
 * trailing emoji are kept; a text that is only symbols is returned as is. */
gchar    *lineup_text_strip_leading_symbols (const gchar *text);
/* Whether the symbols from @p on (an emoji with its joiners and selectors,
 * up to @end) run into a lower-case letter: a word of the text ("🦆s"),
 * not a decoration before it. */
gboolean  lineup_text_symbols_start_word    (const gchar *p,
                                             const gchar *end);
/* The "}" that closes the JSON object opening at @p (braces in strings do
 * not count), before @end; NULL when it is not closed. */
const gchar *lineup_text_json_object_end (const gchar *p,
                                          const gchar *end);
/* A talk's title as a post writes it, for display: white space collapsed,
 * leading bullets and symbols dropped, a session kind after a last bar
 * dropped ("Title | Project Lightning Talk" → "Title"); @raw itself when
 * nothing is left. */
gchar    *lineup_text_clean_title     (const gchar  *raw);
/* "Choosing a Tech Stack 🧪", "Event Kickoff +": marks a post writes after
 * a title (a track's emoji, "mandatory") dropped, in place; a schedule's
 * own titles keep theirs ("Lunch 🍲"). */
void      lineup_text_drop_trailing_marks (gchar *title);
/* "“Title”", "\"Title\"", "«Title»", "《Title》": @title (taken) without the
 * quotes around the whole of it ("\"A\" and \"B\"" keeps them). */
gchar    *lineup_text_unquote         (gchar        *title);
gchar    *lineup_text_unquote_labelled (gchar       *title,
                                        gchar      **label);
/* "\"Title\" Name": the text @text opens with in quotes ("“”", "\"\"", "«»",
 * "《》", "「」", "『』"), @rest set after its closing mark; NULL when @text
 * opens no quotes that close on something. */
gchar    *lineup_text_split_quoted    (const gchar  *text,
                                       const gchar **rest);

G_END_DECLS
