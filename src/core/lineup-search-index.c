/* lineup-search-index.c — the search texts of a schedule in one buffer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-search-index"
#define _GNU_SOURCE   /* memmem */

#include "config.h"

#include <string.h>

#include "lineup-search-index.h"

struct _LineupSearchIndex
{
  GPtrArray  *sessions;     /* LineupSession (refs held), in schedule order */
  GHashTable *positions;    /* LineupSession → position + 1 */
  guint       hint;         /* where the next lookup most likely is */

  /* The texts of the first n_indexed talks, each followed by a NUL; talk i
   * is buffer[starts[i]] up to the NUL before starts[i + 1].  A word holds
   * no NUL, so a hit never spans two talks. */
  gchar      *buffer;
  gsize       buffer_size;  /* allocated, cut to what it holds once complete */
  gsize      *starts;       /* n_talks + 1 offsets, the first n_indexed + 1 set */
  guint       n_indexed;
};

G_DEFINE_BOXED_TYPE (LineupSearchIndex, lineup_search_index,
                     lineup_search_index_ref, lineup_search_index_unref)

static void
lineup_search_index_clear (gpointer data)
{
  LineupSearchIndex *self = data;

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->buffer, g_free);
  g_clear_pointer (&self->starts, g_free);
}

LineupSearchIndex *
lineup_search_index_new_empty (LineupSchedule *schedule)
{
  LineupSearchIndex *self;
  guint n;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (schedule), NULL);

  n = lineup_schedule_get_n_sessions (schedule);
  self = g_rc_box_new0 (LineupSearchIndex);
  self->sessions = g_ptr_array_new_full (n, g_object_unref);
  self->positions = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      g_ptr_array_add (self->sessions, g_object_ref (session));
      g_hash_table_insert (self->positions, session, GUINT_TO_POINTER (i + 1));
    }
  self->starts = g_new0 (gsize, n + 1);
  return self;
}

LineupSearchIndex *
lineup_search_index_new (LineupSchedule *schedule)
{
  LineupSearchIndex *self = lineup_search_index_new_empty (schedule);

  if (self != NULL)
    lineup_search_index_build_step (self, G_MAXUINT);
  return self;
}

gboolean
lineup_search_index_build_step (LineupSearchIndex *self,
                                guint              max_talks)
{
  guint end;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->n_indexed == self->sessions->len)
    return TRUE;

  end = self->n_indexed + MIN (max_talks, self->sessions->len - self->n_indexed);
  for (; self->n_indexed < end; self->n_indexed++)
    {
      /* The index holds the only copy of the text (a post may have 100 000
       * talks); a talk asked on its own makes it again. */
      g_autofree gchar *text = lineup_session_steal_search_text (g_ptr_array_index (self->sessions,
                                                                                    self->n_indexed));
      gsize offset = self->starts[self->n_indexed];
      gsize size = strlen (text) + 1;   /* with its NUL */

      if (offset + size > self->buffer_size)
        {
          /* Half as much again: not twice, the end is cut off anyway. */
          self->buffer_size = MAX (offset + size, self->buffer_size + self->buffer_size / 2 + 4096);
          self->buffer = g_realloc (self->buffer, self->buffer_size);
        }
      memcpy (self->buffer + offset, text, size);
      self->starts[self->n_indexed + 1] = offset + size;
    }

  if (self->n_indexed < self->sessions->len)
    return FALSE;
  self->buffer_size = self->starts[self->n_indexed];
  self->buffer = g_realloc (self->buffer, MAX (self->buffer_size, 1));
  return TRUE;
}

gboolean
lineup_search_index_is_complete (LineupSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->n_indexed == self->sessions->len;
}

LineupSearchIndex *
lineup_search_index_ref (LineupSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
lineup_search_index_unref (LineupSearchIndex *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, lineup_search_index_clear);
}

guint
lineup_search_index_get_n_talks (LineupSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sessions->len;
}

gboolean
lineup_search_index_lookup (LineupSearchIndex *self,
                            LineupSession     *session,
                            guint             *position)
{
  guint found;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  /* A filter pass asks in increasing positions: try the one after the last
   * answer before hashing. */
  if (self->hint < self->sessions->len && g_ptr_array_index (self->sessions, self->hint) == session)
    found = self->hint;
  else
    {
      guint stored = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, session));

      if (stored == 0)
        return FALSE;
      found = stored - 1;
    }
  self->hint = found + 1;
  *position = found;
  return TRUE;
}

static gint
compare_lengths_descending (gconstpointer a,
                            gconstpointer b)
{
  gsize la = strlen (*(const gchar * const *) a);
  gsize lb = strlen (*(const gchar * const *) b);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

/* Marks the talks of the buffer that hold @word: one memmem() pass, a hit
 * skipping to the next talk. */
static guint
match_first_word (LineupSearchIndex *self,
                  const gchar       *word,
                  gsize              length,
                  guint8            *hits)
{
  const gchar *buffer = self->buffer;
  const gchar *end = buffer + self->starts[self->n_indexed];
  const gchar *p = buffer;
  const gchar *hit;
  guint talk = 0;
  guint n_hits = 0;

  while (p < end && (hit = memmem (p, end - p, word, length)) != NULL)
    {
      gsize offset = hit - buffer;

      /* Hits come in increasing offsets: walk the starts forward. */
      while (self->starts[talk + 1] <= offset)
        talk++;
      hits[talk] = 1;
      n_hits++;
      p = buffer + self->starts[talk + 1];
    }
  return n_hits;
}

/* Whether the folded text of @talk holds @word. */
static gboolean
talk_holds (const LineupSearchIndex *self,
            guint                    talk,
            const gchar             *word,
            gsize                    length)
{
  gsize start = self->starts[talk];
  /* Without the NUL. */
  gsize talk_length = self->starts[talk + 1] - start - 1;

  return memmem (self->buffer + start, talk_length, word, length) != NULL;
}

/* Keeps, among the talks of the buffer marked in @hits, those that also
 * hold @word. */
static guint
match_next_word (LineupSearchIndex *self,
                 const gchar       *word,
                 gsize              length,
                 guint8            *hits)
{
  guint n_hits = 0;

  for (guint talk = 0; talk < self->n_indexed; talk++)
    {
      if (hits[talk] && !talk_holds (self, talk, word, length))
        hits[talk] = 0;
      n_hits += hits[talk];
    }
  return n_hits;
}

guint
lineup_search_index_match (LineupSearchIndex   *self,
                           const gchar * const *words,
                           guint8              *hits)
{
  g_autofree const gchar **sorted = NULL;
  guint n_talks;
  guint n_words = 0;
  guint n_hits = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (hits != NULL || self->sessions->len == 0, 0);

  n_talks = self->sessions->len;

  /* An empty word is in every text, as strstr() says: leave it out. */
  sorted = g_new0 (const gchar *, (words != NULL ? g_strv_length ((gchar **) words) : 0) + 1);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (*words[i] != '\0')
      sorted[n_words++] = words[i];

  if (n_words == 0)
    {
      if (n_talks > 0)
        memset (hits, 1, n_talks);
      return n_talks;
    }

  /* The longest word first: it is likely to keep the fewest talks, and
   * every later word looks only in those. */
  qsort (sorted, n_words, sizeof (const gchar *), compare_lengths_descending);

  if (n_talks > 0)
    memset (hits, 0, n_talks);
  if (self->n_indexed > 0)
    {
      n_hits = match_first_word (self, sorted[0], strlen (sorted[0]), hits);
      for (guint w = 1; w < n_words && n_hits > 0; w++)
        n_hits = match_next_word (self, sorted[w], strlen (sorted[w]), hits);
    }

  /* Talks whose text is not in the buffer yet. */
  for (guint talk = self->n_indexed; talk < n_talks; talk++)
    {
      hits[talk] = lineup_session_matches (g_ptr_array_index (self->sessions, talk), words);
      n_hits += hits[talk];
    }
  return n_hits;
}
