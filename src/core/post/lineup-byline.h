/* lineup-byline.h — "Title - Name & Name, Org; Name, Org" → title + speakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LINEUP_TYPE_SPEAKER (lineup_speaker_get_type ())

typedef struct
{
  gchar *name;
  gchar *affiliation;   /* NULL when none is given */
} LineupSpeaker;

GType          lineup_speaker_get_type (void) G_GNUC_CONST;
LineupSpeaker *lineup_speaker_new      (const gchar         *name,
                                        const gchar         *affiliation);
LineupSpeaker *lineup_speaker_copy     (const LineupSpeaker *speaker);
void           lineup_speaker_free     (LineupSpeaker       *speaker);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LineupSpeaker, lineup_speaker_free)

/* Splits a talk link's text into the title and the byline after its last
 * " - " (or " – ", " — ", "`- ", "- ") when what follows reads as a list of
 * people; otherwise the whole text is the title and *byline is NULL.
 * "Day 2 with Cilium - What to Expect Running at Scale - Hemanth Malla &
 * Maxime Visonneau, Datadog" → title "Day 2 with Cilium - What to Expect
 * Running at Scale"; "Documentary Film - eBPF: Unlocking the Kernel" → no
 * byline. */
void        lineup_byline_split        (const gchar  *text,
                                        gchar       **title,
                                        gchar       **byline);
/* The same split, also giving lineup_byline_parse() of the byline in
 * *speakers (NULL when there is no byline), without parsing it twice. */
void        lineup_byline_split_parse  (const gchar  *text,
                                        gchar       **title,
                                        gchar       **byline,
                                        GPtrArray   **speakers);

/* "Controller Synthesis from Policies. Florent Delgrange, Guy Avni, and
 * Anna Lukina.": a paper's title, a full stop, then its authors (two or
 * more, every one a full name), split into *@title and *@byline (the
 * authors without the last full stop) and parsed into *@speakers (each may
 * be NULL).  FALSE (nothing set) when @text is not so. */
gboolean    lineup_byline_split_stop     (const gchar  *text,
                                          gchar       **title,
                                          gchar       **byline,
                                          GPtrArray   **speakers);
/* "Building Apps with Wasm, Dan Norris, Cosmonic": the last comma items of
 * a heading, when they are full names with an organisation, are its byline.
 * FALSE (and nothing set) otherwise. */
gboolean    lineup_byline_split_trailing (const gchar  *text,
                                          gchar       **title,
                                          gchar       **byline);

/* Parses a byline into a GPtrArray of LineupSpeaker (element free func set).
 * Handles "A & B, Org", "A, Org & B, Org", "A, Org; B, Org", "A (Org), B (Org)",
 * "A, Org, Inc" (one speaker), "A & B Org" (no comma), "A, CTO, Org" (role
 * dropped), "A and B (Org)", "A, Org Maintainer & B (Org)" (role dropped, both
 * get Org), "A, Co-founder and CEO, Org" and "A, Dapr co-creator & co-founder
 * Org" (roles joined by "and"/"&" dropped, Org kept), "A, Org from Org2 & B"
 * (one organisation owned by another).  Leading "--", "—", ">", "*", "_",
 * "by " markers are skipped on every line.  Never NULL; speakers without
 * affiliation have it NULL. */
GPtrArray  *lineup_byline_parse        (const gchar  *byline);

/* TRUE when @text reads as a byline (a list of people) rather than more title:
 * name-like capitalised words, at least one name of two words or more, no
 * ':', '?', '!', '|', no title words; see lineup-byline.c for the rules. */
gboolean    lineup_byline_looks_like_people (const gchar *text);

/* "Lecture 1.a (Blitvic)", "Problem Session 2 (Ana Lima)": a kind of talk, its
 * number perhaps, then its speakers in brackets; the bracket's text, or NULL. */
gchar      *lineup_byline_kind_then_people (const gchar *text);

/* "Name, Org" / "Name & Name (Org)" joined for display: "Hemanth Malla, Maxime
 * Visonneau (Datadog)". */
gchar      *lineup_byline_format       (GPtrArray    *speakers);

G_END_DECLS
