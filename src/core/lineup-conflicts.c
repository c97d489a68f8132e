/* lineup-conflicts.c — overlaps among starred talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-conflicts"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lineup-core.h"

typedef struct
{
  gint64 start;
  gint64 end;
  guint  index;
} Item;

static gint
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = a;
  const Item *ib = b;

  if (ia->start != ib->start)
    return ia->start < ib->start ? -1 : 1;
  /* Ties by index: the output does not depend on qsort's (in)stability. */
  return ia->index < ib->index ? -1 : ia->index > ib->index;
}

/* A binary min-heap of items keyed by end: the intervals still open at the
 * sweep line.  Every open interval overlaps the one being added, so walking
 * the heap's array reports pairs at O(1) each. */
typedef struct
{
  const Item **data;
  guint        len;
} Heap;

static void
heap_push (Heap       *heap,
           const Item *item)
{
  guint i = heap->len++;

  while (i > 0)
    {
      guint parent = (i - 1) / 2;

      if (heap->data[parent]->end <= item->end)
        break;
      heap->data[i] = heap->data[parent];
      i = parent;
    }
  heap->data[i] = item;
}

static void
heap_pop (Heap *heap)
{
  const Item *last;
  guint i = 0;

  g_assert (heap->len > 0);
  last = heap->data[--heap->len];
  if (heap->len == 0)
    return;

  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= heap->len)
        break;
      if (child + 1 < heap->len && heap->data[child + 1]->end < heap->data[child]->end)
        child++;
      if (last->end <= heap->data[child]->end)
        break;
      heap->data[i] = heap->data[child];
      i = child;
    }
  heap->data[i] = last;
}

/* Stable counting sort of @pairs by one of its members (keys < @n): two
 * passes (by b, then by a) sort by (a, b) in O(n + k). */
static void
counting_sort (GArray  *pairs,
               guint    n,
               gboolean by_a)
{
  g_autofree guint *count = g_new0 (guint, n + 1);
  g_autofree LineupConflictPair *sorted = NULL;

  if (pairs->len < 2)
    return;

  for (guint i = 0; i < pairs->len; i++)
    {
      LineupConflictPair *p = &g_array_index (pairs, LineupConflictPair, i);

      count[(by_a ? p->a : p->b) + 1]++;
    }
  for (guint i = 1; i <= n; i++)
    count[i] += count[i - 1];

  sorted = g_new (LineupConflictPair, pairs->len);
  for (guint i = 0; i < pairs->len; i++)
    {
      LineupConflictPair *p = &g_array_index (pairs, LineupConflictPair, i);

      sorted[count[by_a ? p->a : p->b]++] = *p;
    }
  memcpy (pairs->data, sorted, sizeof (LineupConflictPair) * pairs->len);
}

GArray *
lineup_conflicts_find (const LineupInterval *intervals,
                       guint                 n_intervals)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (LineupConflictPair));
  g_autofree Item *items = NULL;
  Heap heap = { NULL, 0 };

  g_return_val_if_fail (intervals != NULL || n_intervals == 0, pairs);

  if (n_intervals < 2)
    return pairs;

  items = g_new (Item, n_intervals);
  for (guint i = 0; i < n_intervals; i++)
    {
      items[i].start = intervals[i].start;
      items[i].end = intervals[i].end;
      items[i].index = i;
      /* An empty or reversed interval is the instant [start, start + 1). */
      if (items[i].end <= items[i].start)
        items[i].end = items[i].start == G_MAXINT64 ? G_MAXINT64 : items[i].start + 1;
    }
  qsort (items, n_intervals, sizeof (Item), compare_items);

  heap.data = g_new (const Item *, n_intervals);
  for (guint i = 0; i < n_intervals; i++)
    {
      const Item *item = &items[i];

      /* Half-open: an interval ending where this one starts is closed. */
      while (heap.len > 0 && heap.data[0]->end <= item->start)
        heap_pop (&heap);

      for (guint j = 0; j < heap.len; j++)
        {
          LineupConflictPair pair;

          pair.a = MIN (item->index, heap.data[j]->index);
          pair.b = MAX (item->index, heap.data[j]->index);
          g_array_append_val (pairs, pair);
        }

      heap_push (&heap, item);
    }
  g_free (heap.data);

  counting_sort (pairs, n_intervals, FALSE);
  counting_sort (pairs, n_intervals, TRUE);

  return pairs;
}

#define PREFETCH_DISTANCE 8
#if defined(__GNUC__)
# define PREFETCH(p) __builtin_prefetch (p)
#else
# define PREFETCH(p) ((void) (p))
#endif

/* A starred, timed session with its sort keys taken out once (comparing
 * GDateTimes in the sort was a good part of the cost). */
typedef struct
{
  gint64         start;
  gint64         end;       /* the sweep's end: start + 1 when none or empty */
  gint64         end_key;   /* the real end, for the order */
  gboolean       has_end;
  guint          line;
  guint          index;     /* in the schedule */
  LineupSession *session;
} Timed;

/* The order of lineup_session_compare, on the keys. */
static gint
compare_timed (gconstpointer a,
               gconstpointer b)
{
  const Timed *x = a;
  const Timed *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->has_end && y->has_end && x->end_key != y->end_key)
    return x->end_key < y->end_key ? -1 : 1;
  if (x->has_end != y->has_end)
    return x->has_end ? 1 : -1;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  return g_strcmp0 (lineup_session_get_title (x->session),
                    lineup_session_get_title (y->session));
}

typedef struct
{
  guint *data;
  guint  len;
} IndexHeap;

/* Min-heap of indices into @timed keyed by their sweep end. */
static void
index_heap_push (IndexHeap   *heap,
                 const Timed *timed,
                 guint        index)
{
  guint i = heap->len++;

  while (i > 0)
    {
      guint parent = (i - 1) / 2;

      if (timed[heap->data[parent]].end <= timed[index].end)
        break;
      heap->data[i] = heap->data[parent];
      i = parent;
    }
  heap->data[i] = index;
}

static void
index_heap_pop (IndexHeap   *heap,
                const Timed *timed)
{
  guint last;
  guint i = 0;

  last = heap->data[--heap->len];
  if (heap->len == 0)
    return;

  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= heap->len)
        break;
      if (child + 1 < heap->len && timed[heap->data[child + 1]].end < timed[heap->data[child]].end)
        child++;
      if (timed[last].end <= timed[heap->data[child]].end)
        break;
      heap->data[i] = heap->data[child];
      i = child;
    }
  heap->data[i] = last;
}

static gint
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static void
sort_uints (guint *v,
            guint  n)
{
  if (n > 16)
    {
      qsort (v, n, sizeof (guint), compare_uints);
      return;
    }
  for (guint i = 1; i < n; i++)
    {
      guint x = v[i];
      guint j = i;

      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
}

/* The sweep of lineup_conflicts_find over @timed, already in start order.
 * Without @lists, counts each one's conflicts into @count.  With it, writes
 * each one's conflicts (indices into @timed) at @lists + @offsets[i] +
 * @count[i]++.  At step i, the intervals still open are the earlier ones i
 * overlaps: they start i's list (sorted here, the heap keeps no order), and
 * i goes at the end of each of theirs, so every list comes out in index
 * order, that is in time order. */
static void
sweep (const Timed *timed,
       guint        n,
       guint       *count,
       const guint *offsets,
       guint       *lists)
{
  IndexHeap heap = { g_new (guint, MAX (n, 1)), 0 };

  for (guint i = 0; i < n; i++)
    {
      while (heap.len > 0 && timed[heap.data[0]].end <= timed[i].start)
        index_heap_pop (&heap, timed);

      if (lists == NULL)
        {
          count[i] += heap.len;
          for (guint j = 0; j < heap.len; j++)
            count[heap.data[j]]++;
        }
      else
        {
          for (guint j = 0; j < heap.len; j++)
            {
              guint other = heap.data[j];

              lists[offsets[i] + count[i]++] = other;
              lists[offsets[other] + count[other]++] = i;
            }
          sort_uints (lists + offsets[i], heap.len);
        }

      index_heap_push (&heap, timed, i);
    }
  g_free (heap.data);
}

void
lineup_conflicts_update (LineupSchedule *schedule)
{
  g_autofree Timed *timed = NULL;
  g_autofree guint *count = NULL;
  g_autofree guint *offsets = NULL;
  g_autofree guint *lists = NULL;
  g_autofree const gchar **ids = NULL;
  g_autofree gint *position = NULL;
  gboolean sorted = TRUE;
  guint n_timed = 0;
  guint total = 0;
  guint n;

  g_return_if_fail (LINEUP_IS_SCHEDULE (schedule));

  n = lineup_schedule_get_n_sessions (schedule);
  timed = g_new (Timed, MAX (n, 1));
  position = g_new (gint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      Timed *t = &timed[n_timed];

      if (i + PREFETCH_DISTANCE < n)
        PREFETCH (lineup_schedule_get_session (schedule, i + PREFETCH_DISTANCE));

      position[i] = -1;
      if (!lineup_session_get_starred (session)
          || !lineup_session_get_times_usec (session, &t->start, &t->end_key, &t->has_end))
        continue;

      t->session = session;
      t->index = i;
      /* No end, or an empty one: the instant of the start (see
       * lineup_conflicts_find). */
      t->end = t->end_key > t->start ? t->end_key
               : t->start == G_MAXINT64 ? G_MAXINT64 : t->start + 1;
      t->line = lineup_session_get_line (session);
      if (n_timed > 0 && sorted && compare_timed (&timed[n_timed - 1], t) > 0)
        sorted = FALSE;
      position[i] = n_timed++;
    }
  /* The schedule keeps time order already, so this is only a check; sorting
   * when needed keeps the "conflicts in time order" promise independent of
   * that. */
  if (!sorted)
    {
      qsort (timed, n_timed, sizeof (Timed), compare_timed);
      for (guint i = 0; i < n_timed; i++)
        position[timed[i].index] = i;
    }

  /* Count, lay the lists out in one block, fill; then the same block as ids,
   * each list NULL-terminated. */
  count = g_new0 (guint, MAX (n_timed, 1));
  sweep (timed, n_timed, count, NULL, NULL);
  offsets = g_new (guint, MAX (n_timed, 1));
  for (guint i = 0; i < n_timed; i++)
    {
      offsets[i] = total;
      total += count[i] + 1;
    }
  lists = g_new (guint, MAX (total, 1));
  memset (count, 0, sizeof (guint) * MAX (n_timed, 1));
  sweep (timed, n_timed, count, offsets, lists);

  ids = g_new (const gchar *, MAX (total, 1));
  for (guint i = 0; i < n_timed; i++)
    {
      const guint *list = lists + offsets[i];
      const gchar **out = ids + offsets[i];

      for (guint j = 0; j < count[i]; j++)
        out[j] = lineup_session_get_id (timed[list[j]].session);
      out[count[i]] = NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      /* At 100 000 talks the sessions and their lists no longer fit in the
       * cache: waiting for them was most of this loop.  The session comes
       * in first, then (from it) its current list. */
      if (i + 2 * PREFETCH_DISTANCE < n)
        PREFETCH (lineup_schedule_get_session (schedule, i + 2 * PREFETCH_DISTANCE));
      if (i + PREFETCH_DISTANCE < n)
        {
          const gchar * const *current =
            lineup_session_get_conflicts (lineup_schedule_get_session (schedule,
                                                                       i + PREFETCH_DISTANCE));

          PREFETCH (current);
          PREFETCH ((const gchar *) current + 64);
          PREFETCH ((const gchar *) current + 128);
        }

      /* set_conflicts notifies only when the list really changed. */
      lineup_session_set_conflicts (session, position[i] < 0 ? NULL : ids + offsets[position[i]]);
    }
}
