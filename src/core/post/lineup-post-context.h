/* lineup-post-context.h — what the text around the talks says about their days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lineup-post-layouts.h"

G_BEGIN_DECLS


/* TRUE when @unit, a paragraph of several lines under a talk that has no
 * speakers nor description yet, starts with emphasised field lines (a room,
 * the speakers) before its prose: the walk reads those lines one by one. */
gboolean lineup_post_context_fields_first (const LineupPostUnit *unit,
                                           gboolean              has_speakers,
                                           gboolean              has_description);

/* "[Title](url) led by Name,\nOrg and Name, Org": when the first line of
 * @lines (LineupPostLine) goes on after its link with "led by", "presented
 * by"… the editor's line breaks are inside one entry: the lines are merged
 * into the first.  Returns TRUE when they were. */
gboolean lineup_post_context_merge_byline_lines (GPtrArray *lines);

/* The first event city @text names (1-based, for
 * lineup_post_context_city_zone()), or 0. */
guint        lineup_post_context_find_city (const gchar *text);

/* "MST" in Salt Lake City is America/Denver, "CET" in Amsterdam
 * Europe/Amsterdam, "CST" in Shanghai Asia/Shanghai: the IANA zone of @city
 * when it is written @abbreviation, or NULL. */
const gchar *lineup_post_context_city_zone (guint        city,
                                            const gchar *abbreviation);

/* "## OpenTelemetry Contribfest" then a paragraph that links the same name
 * to its Sched event and gives its day and time ("…during the
 * [OpenTelemetry Contribfest](https://sched.co/1R2rQ), on Wednesday
 * November 8, 2023 from 2:30pm - 3:55pm"): a talk with a section of its
 * own.  Fills @talk (title, url, slot) from @unit, a heading. */
gboolean lineup_post_context_section_talk (const LineupPostUnit    *unit,
                                           const LineupPostContext *context,
                                           LineupPostTalk          *talk);

G_END_DECLS
