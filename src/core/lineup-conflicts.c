/* lineup-conflicts.c — overlaps among starred talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-conflicts"

#include "config.h"

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

static gint64
to_usec (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static gint
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  return lineup_session_compare (*(LineupSession **) a, *(LineupSession **) b);
}

void
lineup_conflicts_update (LineupSchedule *schedule)
{
  g_autoptr(GPtrArray) timed = g_ptr_array_new ();
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GHashTable) lists = NULL;
  g_autofree LineupInterval *intervals = NULL;
  g_autofree GPtrArray **ids = NULL;
  guint n;

  g_return_if_fail (LINEUP_IS_SCHEDULE (schedule));

  n = lineup_schedule_get_n_sessions (schedule);
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      if (lineup_session_get_starred (session) && lineup_session_get_start (session) != NULL)
        g_ptr_array_add (timed, session);
    }
  /* The schedule keeps time order already; sorting again keeps the
   * "conflicts in time order" promise independent of that. */
  g_ptr_array_sort (timed, compare_sessions);

  intervals = g_new0 (LineupInterval, MAX (timed->len, 1));
  for (guint i = 0; i < timed->len; i++)
    {
      LineupSession *session = g_ptr_array_index (timed, i);
      GDateTime *end = lineup_session_get_end (session);

      intervals[i].start = to_usec (lineup_session_get_start (session));
      /* No end: the instant of the start (see lineup_conflicts_find). */
      intervals[i].end = end != NULL ? to_usec (end) : intervals[i].start;
    }
  pairs = lineup_conflicts_find (intervals, timed->len);

  /* Pairs come sorted by (a, b): each list fills in increasing index, that
   * is in time order. */
  ids = g_new0 (GPtrArray *, MAX (timed->len, 1));
  for (guint i = 0; i < timed->len; i++)
    ids[i] = g_ptr_array_new ();
  for (guint i = 0; i < pairs->len; i++)
    {
      LineupConflictPair *p = &g_array_index (pairs, LineupConflictPair, i);

      g_ptr_array_add (ids[p->a],
                       (gpointer) lineup_session_get_id (g_ptr_array_index (timed, p->b)));
      g_ptr_array_add (ids[p->b],
                       (gpointer) lineup_session_get_id (g_ptr_array_index (timed, p->a)));
    }

  lists = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < timed->len; i++)
    {
      g_ptr_array_add (ids[i], NULL);
      g_hash_table_insert (lists, g_ptr_array_index (timed, i), ids[i]);
    }

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      GPtrArray *list = g_hash_table_lookup (lists, session);

      /* set_conflicts notifies only when the list really changed. */
      lineup_session_set_conflicts (session,
                                    list ? (const gchar * const *) list->pdata : NULL);
    }

  for (guint i = 0; i < timed->len; i++)
    g_ptr_array_unref (ids[i]);
}
