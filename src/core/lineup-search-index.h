/* lineup-search-index.h — the search texts of a schedule in one buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "lineup-schedule.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_SEARCH_INDEX (lineup_search_index_get_type ())

/* Every talk's search text in one buffer (a NUL after each), so that a
 * search is one memmem() pass over the buffer per word instead of a strstr()
 * per talk and word.  It answers exactly as lineup_session_matches() does.
 *
 * A snapshot: the talks are those of the schedule when the index was made,
 * in the schedule's order, and each text is taken once.  Make a new index
 * when the schedule's talks or their texts change.  Not thread-safe. */
typedef struct _LineupSearchIndex LineupSearchIndex;

GType              lineup_search_index_get_type     (void) G_GNUC_CONST;

/* An index of every talk of @schedule (their search texts are built if
 * they were not yet). */
LineupSearchIndex *lineup_search_index_new          (LineupSchedule    *schedule);
/* An index of the talks of @schedule that holds no text yet: add them with
 * lineup_search_index_build_step(), a slice at a time (in an idle callback,
 * say).  Matching is exact at every stage: talks not in the buffer yet are
 * matched with lineup_session_matches(). */
LineupSearchIndex *lineup_search_index_new_empty    (LineupSchedule    *schedule);
/* Adds the texts of up to @max_talks more talks; TRUE when every talk is
 * in the buffer. */
gboolean           lineup_search_index_build_step   (LineupSearchIndex *self,
                                                     guint              max_talks);
gboolean           lineup_search_index_is_complete  (LineupSearchIndex *self);

LineupSearchIndex *lineup_search_index_ref          (LineupSearchIndex *self);
void               lineup_search_index_unref        (LineupSearchIndex *self);

/* How many talks the index covers (the schedule's count when it was made). */
guint              lineup_search_index_get_n_talks  (LineupSearchIndex *self);
/* The position of @session in the index (its position in the schedule when
 * the index was made); FALSE when the index does not hold it.  O(1); fastest
 * when asked in increasing positions, as a list model filter does. */
gboolean           lineup_search_index_lookup       (LineupSearchIndex *self,
                                                     LineupSession     *session,
                                                     guint             *position);
/* Sets @hits[i] (lineup_search_index_get_n_talks() bytes) to 1 when talk i
 * has every one of @words (from lineup_search_words(); NULL matches every
 * talk), else to 0, as lineup_session_matches() would; returns how many
 * talks match. */
guint              lineup_search_index_match        (LineupSearchIndex   *self,
                                                     const gchar * const *words,
                                                     guint8              *hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LineupSearchIndex, lineup_search_index_unref)

G_END_DECLS
