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
 * returned unchanged.  @text must be valid UTF-8.  Never returns NULL. */
gchar    *lineup_text_repair_mojibake (const gchar  *text);

/* Collapses every run of white space (including newlines and NBSP) into one
 * ASCII space and trims both ends. */
gchar    *lineup_text_collapse_space  (const gchar  *text);

/* Lower-cased, accent-stripped form for matching: "Ramírez" → "ramirez". */
gchar    *lineup_text_fold            (const gchar  *text);

/* Removes C0/C1 control characters (ESC sequences included) for printing on a
 * terminal; tabs and newlines become spaces. */
gchar    *lineup_text_strip_controls  (const gchar  *text);

/* A short stable id (base32-ish, 8 chars) of the given parts. */
gchar    *lineup_text_short_hash      (const gchar  *first,
                                       ...) G_GNUC_NULL_TERMINATED;

/* Removes decorative leading emoji/symbols and spaces ("⚡ Lightning Talk" →
 * "Lightning Talk", "🚨 Contribfest" → "Contribfest"). */
gchar    *lineup_text_strip_leading_symbols (const gchar *text);

G_END_DECLS
