/* lineup-gen-post.h — synthetic conference posts for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a generated post holds, for checking the reader against it. */
typedef struct
{
  guint  n_talks;
  guint  n_untimed;      /* talks written without a slot paragraph */
  guint  n_speakers;     /* sum over the talks */
  guint  n_tracks;       /* "## Track" headings */
  guint  n_rooms;        /* parallel rooms (talks in two rooms may overlap) */
  guint  n_days;
  gsize  size;           /* bytes of the whole post */
  gsize  body_offset;    /* where the Markdown body starts (after the front matter) */
} LineupGenPostInfo;

/* A post of @n_talks talks laid out like the built-in one (track headings,
 * a paragraph with one Sched link per talk, a bold slot paragraph, 1 to 3
 * description paragraphs), spread over as many days as it takes with
 * LINEUP_GEN_ROOMS parallel rooms.  The same @seed gives the same bytes. */
GString *lineup_gen_post (guint              n_talks,
                          guint64            seed,
                          LineupGenPostInfo *info);

#define LINEUP_GEN_ROOMS 12
#define LINEUP_GEN_KEY   "/blog/bench/synthetic-conference"

G_END_DECLS
