/* lineup-post-reader-private.h — the post reader's knobs for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not part of the core's API: only lineup-post-reader.c and the tests (and
 * the fuzz target) include this header.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The body is given to cmark in pieces of about this many bytes, cut at
 * blank lines where cutting cannot change what cmark reads (see
 * lineup-post-reader.c), so that the tree of a whole large post never exists
 * at once. */
#define LINEUP_POST_PIECE_SIZE (64 * 1024)

/* For tests: 0 parses the body in one piece, 1 cuts it at every place it can
 * be cut.  Process-wide; returns the previous value, for the test to put
 * back. */
gsize           lineup_post_reader_set_piece_size (gsize bytes);
/* How many pieces this process has parsed (for tests). */
guint           lineup_post_reader_count_pieces   (void);

G_END_DECLS
