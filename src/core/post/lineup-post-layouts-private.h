/* lineup-post-layouts-private.h — what the recognisers' files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-post-layouts.h"

G_BEGIN_DECLS

/* Text helpers (lineup-post-layouts.c) */

/* Letters and digits in @text (@length -1: up to the NUL). */
guint        lineup_post_count_letters       (const gchar         *text,
                                              gssize               length);
/* Words (runs of letters and digits) in @text. */
guint        lineup_post_count_words         (const gchar         *text);
/* A copy of @text without the white space and separators around it. */
gchar       *lineup_post_trim_separators     (const gchar         *text,
                                              gsize                length);
/* Whether @text starts with a marker before speakers: a dash, "by", "with", "|". */
gboolean     lineup_post_starts_with_dash    (const gchar         *text);
/* @text after its speaker markers ("-- ", "— ", "By ", "Speakers: "…). */
const gchar *lineup_post_skip_speaker_marker (const gchar         *text);
/* Whether folded @text contains any of @needles (folded, NULL-terminated). */
gboolean     lineup_post_folded_contains_any (const gchar         *text,
                                              const gchar * const *needles);

/* Recognisers in files of their own */

/* lineup-post-layouts-talks.c: a unit of talk lines. */
gboolean     lineup_post_layouts_recognise_talks (const LineupPostUnit    *unit,
                                                  const LineupPostContext *context,
                                                  LineupPostRecognition   *out);

/* lineup-post-layouts-fields.c: a unit of labelled lines ("Time: …"). */
gboolean     lineup_post_layouts_recognise_fields (const LineupPostUnit    *unit,
                                                   const LineupPostContext *context,
                                                   LineupPostRecognition   *out);

G_END_DECLS
