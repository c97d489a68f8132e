/* lineup-conflicts.c — overlaps among starred talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-conflicts"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lineup-conflicts.h"
#include "lineup-schedule.h"
#include "lineup-session.h"

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

/* Sorts @pairs (all with the same a) by b: a few each, usually. */
static void
sort_by_b (LineupConflictPair *pairs,
           guint               n)
{
  for (guint i = 1; i < n; i++)
    {
      LineupConflictPair x = pairs[i];
      guint j = i;

      for (; j > 0 && pairs[j - 1].b > x.b; j--)
        pairs[j] = pairs[j - 1];
      pairs[j] = x;
    }
}

static gint
compare_pairs_by_b (gconstpointer a,
                    gconstpointer b)
{
  const LineupConflictPair *x = a;
  const LineupConflictPair *y = b;

  return x->b < y->b ? -1 : x->b > y->b;
}

/* The sweep over @items (in start order): at step i the intervals still
 * open are the earlier ones i overlaps, kept in @open in order (the ended
 * ones dropped as the sweep passes them: O(n + k) in all).  Without @out,
 * counts each pair at @count[a]; with it, writes each pair at
 * @out[@count[a]++]. */
static void
find_sweep (const Item         *items,
            guint               n,
            guint              *open,
            guint              *count,
            LineupConflictPair *out)
{
  guint n_open = 0;

  for (guint i = 0; i < n; i++)
    {
      const Item *item = &items[i];
      guint kept = 0;

      /* Half-open: an interval ending where this one starts is closed. */
      for (guint j = 0; j < n_open; j++)
        {
          const Item *other = &items[open[j]];

          if (other->end <= item->start)
            continue;
          open[kept++] = open[j];
          if (out == NULL)
            count[MIN (item->index, other->index)]++;
          else
            {
              LineupConflictPair pair;

              pair.a = MIN (item->index, other->index);
              pair.b = MAX (item->index, other->index);
              out[count[pair.a]++] = pair;
            }
        }
      n_open = kept;
      open[n_open++] = i;
    }
}

GArray *
lineup_conflicts_find (const LineupInterval *intervals,
                       guint                 n_intervals)
{
  GArray *pairs;
  g_autofree Item *items = NULL;
  g_autofree guint *open = NULL;
  g_autofree guint *count = NULL;
  guint total = 0;

  g_return_val_if_fail (intervals != NULL || n_intervals == 0,
                        g_array_new (FALSE, FALSE, sizeof (LineupConflictPair)));

  if (n_intervals < 2)
    return g_array_new (FALSE, FALSE, sizeof (LineupConflictPair));

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

  /* Count the pairs by a, lay them out by a, fill: then only each a's few
   * need sorting by b (one scatter instead of two counting sorts). */
  open = g_new (guint, n_intervals);
  count = g_new0 (guint, n_intervals + 1);
  find_sweep (items, n_intervals, open, count + 1, NULL);
  for (guint i = 1; i <= n_intervals; i++)
    count[i] += count[i - 1];
  total = count[n_intervals];

  pairs = g_array_sized_new (FALSE, FALSE, sizeof (LineupConflictPair), total);
  g_array_set_size (pairs, total);
  find_sweep (items, n_intervals, open, count, (LineupConflictPair *) (gpointer) pairs->data);

  /* count[a] is now where a's pairs end, and so where a + 1's start. */
  for (guint a = 0, from = 0; a < n_intervals; from = count[a], a++)
    {
      LineupConflictPair *run = &g_array_index (pairs, LineupConflictPair, from);
      guint n = count[a] - from;

      if (n > 16)
        qsort (run, n, sizeof (LineupConflictPair), compare_pairs_by_b);
      else
        sort_by_b (run, n);
    }

  return pairs;
}

#define PREFETCH_DISTANCE 8
#if defined(__GNUC__)
# define PREFETCH(p) __builtin_prefetch (p)
#else
# define PREFETCH(p) ((void) (p))
#endif

/* A starred, timed session, with what the sweep and the comparison need
 * taken out once, so that they run over this array and not the sessions. */
typedef struct
{
  gint64               start;
  gint64               end;      /* the sweep's end: start + 1 when none or empty */
  const gchar         *id;
  LineupSession       *session;
  const gchar * const *current;  /* its list when gathered: only prefetched */
  guint                index;    /* in the schedule */
} Timed;

/* The order of lineup_session_compare on two starred, timed sessions whose
 * times are known: start, then end (no end first), then line, then title. */
static gint
compare_keys (gint64         start_a,
              gint64         end_a,
              gboolean       has_end_a,
              LineupSession *a,
              gint64         start_b,
              gint64         end_b,
              gboolean       has_end_b,
              LineupSession *b)
{
  guint line_a, line_b;

  if (start_a != start_b)
    return start_a < start_b ? -1 : 1;
  if (has_end_a && has_end_b && end_a != end_b)
    return end_a < end_b ? -1 : 1;
  if (has_end_a != has_end_b)
    return has_end_a ? 1 : -1;
  line_a = lineup_session_get_line (a);
  line_b = lineup_session_get_line (b);
  if (line_a != line_b)
    return line_a < line_b ? -1 : 1;
  return g_strcmp0 (lineup_session_get_title (a), lineup_session_get_title (b));
}

/* Only when the schedule is out of time order (times changed after it was
 * sorted): the keys again, with what compare_keys needs. */
typedef struct
{
  Timed    timed;
  gint64   end_key;
  gboolean has_end;
} SortItem;

static gint
compare_sort_items (gconstpointer a,
                    gconstpointer b)
{
  const SortItem *x = a;
  const SortItem *y = b;

  return compare_keys (x->timed.start, x->end_key, x->has_end, x->timed.session,
                       y->timed.start, y->end_key, y->has_end, y->timed.session);
}

static void
sort_timed (Timed *timed,
            guint  n_timed)
{
  g_autofree SortItem *items = g_new (SortItem, MAX (n_timed, 1));

  for (guint i = 0; i < n_timed; i++)
    {
      gint64 start;

      items[i].timed = timed[i];
      lineup_session_get_times_usec (timed[i].session, &start, &items[i].end_key,
                                     &items[i].has_end);
    }
  qsort (items, n_timed, sizeof (SortItem), compare_sort_items);
  for (guint i = 0; i < n_timed; i++)
    timed[i] = items[i].timed;
}

/* strcmp (a, b) == 0 for the short ids compared here, inline. */
static inline gboolean
ids_equal (const gchar *a,
           const gchar *b)
{
  for (; *a == *b; a++, b++)
    {
      if (*a == '\0')
        return TRUE;
    }
  return FALSE;
}

/* Whether @current is the list of ids of @earlier (indices into @timed)
 * then of @timed[@later_from..@later_to).  A NULL id ends a list, as it
 * would end the one given to lineup_session_set_conflicts. */
static gboolean
list_equal (const gchar * const *current,
            const Timed         *timed,
            const guint         *earlier,
            guint                n_earlier,
            guint                later_from,
            guint                later_to)
{
  guint k = 0;

  for (guint j = 0; j < n_earlier; j++)
    {
      const gchar *id = timed[earlier[j]].id;

      if (id == NULL)
        return current[k] == NULL;
      if (current[k] == NULL || !ids_equal (current[k], id))
        return FALSE;
      k++;
    }
  for (guint j = later_from; j < later_to; j++)
    {
      const gchar *id = timed[j].id;

      if (id == NULL)
        return current[k] == NULL;
      if (current[k] == NULL || !ids_equal (current[k], id))
        return FALSE;
      k++;
    }
  return current[k] == NULL;
}

/* A session whose list changed: its place in the schedule, in the gathered
 * array and where its new list (places in that array, up to G_MAXUINT)
 * starts in the block of lists; pos is G_MAXUINT for a session to empty. */
typedef struct
{
  guint index;
  guint pos;
  guint offset;
} Change;

static gint
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const Change *x = a;
  const Change *y = b;

  return x->index < y->index ? -1 : x->index > y->index;
}

/* Sets one changed list.  The ids are those gathered: a handler of the
 * notifications must not rename sessions. */
static void
apply_change (LineupSchedule *schedule,
              const Timed    *timed,
              const Change   *change,
              const guint    *lists,
              GPtrArray      *ids)
{
  LineupSession *session = lineup_schedule_get_session (schedule, change->index);

  if (change->pos == G_MAXUINT)
    {
      lineup_session_set_conflicts (session, NULL);
      return;
    }

  g_ptr_array_set_size (ids, 0);
  for (const guint *p = lists + change->offset; *p != G_MAXUINT; p++)
    g_ptr_array_add (ids, (gpointer) timed[*p].id);
  g_ptr_array_add (ids, NULL);
  /* set_conflicts notifies only when the list really changed. */
  lineup_session_set_conflicts (session, (const gchar * const *) ids->pdata);
}

static void
schedule_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    data)
{
  gboolean *replaced = data;

  *replaced = TRUE;
}

/* What the three passes of lineup_conflicts_update hand on. */
typedef struct
{
  Timed    *timed;     /* the starred, timed sessions, in time order */
  guint     n_timed;
  gboolean  sorted;    /* the schedule's order was time order already */
  GArray   *clears;    /* Change, in schedule order: lists to empty */
  GArray   *changes;   /* Change, in time order: lists to set */
  GArray   *lists;     /* guint: the new lists, one block */
} Update;

static void
update_clear (Update *update)
{
  g_clear_pointer (&update->timed, g_free);
  g_clear_pointer (&update->clears, g_array_unref);
  g_clear_pointer (&update->changes, g_array_unref);
  g_clear_pointer (&update->lists, g_array_unref);
}

/* Pass 1: the starred, timed sessions in schedule order into one array
 * (times, id, current list), checking that it is time order and sorting
 * only if not; the other sessions that still hold a list are noted. */
static void
gather (LineupSchedule *schedule,
        Update         *update)
{
  gint64 previous_end = 0;
  gboolean previous_has_end = FALSE;
  guint n = lineup_schedule_get_n_sessions (schedule);

  update->timed = g_new (Timed, MAX (n, 1));
  update->sorted = TRUE;
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      Timed *t = &update->timed[update->n_timed];
      gint64 end;
      gboolean has_end;

      /* The session a few steps ahead: its start only, since where its
       * fields lie is LineupSession's own business. */
      if (i + PREFETCH_DISTANCE < n)
        PREFETCH (lineup_schedule_get_session (schedule, i + PREFETCH_DISTANCE));

      if (!lineup_session_get_starred (session)
          || !lineup_session_get_times_usec (session, &t->start, &end, &has_end))
        {
          if (lineup_session_get_conflicts (session)[0] != NULL)
            {
              Change change = { i, G_MAXUINT, 0 };

              if (update->clears == NULL)
                update->clears = g_array_new (FALSE, FALSE, sizeof (Change));
              g_array_append_val (update->clears, change);
            }
          continue;
        }

      /* No end, or an empty one: the instant of the start (see
       * lineup_conflicts_find). */
      t->end = end > t->start ? end : t->start == G_MAXINT64 ? G_MAXINT64 : t->start + 1;
      t->id = lineup_session_get_id (session);
      t->session = session;
      t->current = lineup_session_get_conflicts (session);
      t->index = i;
      if (update->sorted && update->n_timed > 0
          && compare_keys (t[-1].start, previous_end, previous_has_end, t[-1].session,
                           t->start, end, has_end, session) > 0)
        update->sorted = FALSE;
      previous_end = end;
      previous_has_end = has_end;
      update->n_timed++;
    }
  /* The schedule keeps time order already, so this is only a check; sorting
   * when needed keeps the "conflicts in time order" promise independent of
   * that. */
  if (!update->sorted)
    sort_timed (update->timed, update->n_timed);
}

/* Pass 2: the earlier sessions one overlaps are those still open (kept in
 * order, the ended ones dropped as the sweep passes them: O(n + k) in all),
 * the later ones are the run after it that starts before it ends.  Each
 * list is compared with the one gathered; only a changed one is written
 * out, to one block.  Nothing here touches a session or notifies, so the
 * gathered lists are still theirs. */
static void
sweep (Update *update)
{
  const Timed *timed = update->timed;
  guint n_timed = update->n_timed;
  g_autofree guint *open = g_new (guint, MAX (n_timed, 1));
  guint n_open = 0;

  for (guint i = 0; i < n_timed; i++)
    {
      const Timed *t = &timed[i];
      guint kept = 0;
      guint later = i + 1;

      if (i + PREFETCH_DISTANCE < n_timed)
        {
          const Timed *ahead = &timed[i + PREFETCH_DISTANCE];

          /* Its list, and the id the sessions before it will compare. */
          PREFETCH (ahead->current);
          PREFETCH ((const gchar *) ahead->current + 64);
          PREFETCH ((const gchar *) ahead->current + 128);
          PREFETCH (ahead->id);
        }

      for (guint j = 0; j < n_open; j++)
        {
          if (timed[open[j]].end > t->start)
            open[kept++] = open[j];
        }
      n_open = kept;
      while (later < n_timed && timed[later].start < t->end)
        later++;

      if (!list_equal (t->current, timed, open, n_open, i + 1, later))
        {
          Change change = { t->index, i, 0 };
          guint end_mark = G_MAXUINT;

          if (update->changes == NULL)
            {
              update->changes = g_array_new (FALSE, FALSE, sizeof (Change));
              update->lists = g_array_new (FALSE, FALSE, sizeof (guint));
            }
          change.offset = update->lists->len;
          g_array_append_val (update->changes, change);
          g_array_append_vals (update->lists, open, n_open);
          for (guint j = i + 1; j < later; j++)
            g_array_append_val (update->lists, j);
          g_array_append_val (update->lists, end_mark);
        }

      open[n_open++] = i;
    }
}

/* Pass 3: the changed lists set, clears and changes merged in schedule
 * order (notifications may run any code, so they come last).  A handler of
 * the notifications may replace the schedule's sessions (and free those
 * gathered): then whoever did has to update them again, and this one stops. */
static void
apply_changes (LineupSchedule *schedule,
               Update         *update)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gboolean replaced = FALSE;
  gulong handler;
  guint a = 0;
  guint b = 0;
  guint n_clears = update->clears != NULL ? update->clears->len : 0;
  guint n_changes = update->changes != NULL ? update->changes->len : 0;
  const guint *block = update->lists != NULL ? (const guint *) (gpointer) update->lists->data
                                             : NULL;

  if (update->changes != NULL && !update->sorted)
    g_array_sort (update->changes, compare_changes);

  handler = g_signal_connect (schedule, "items-changed",
                              G_CALLBACK (schedule_changed_cb), &replaced);
  while (!replaced && (a < n_clears || b < n_changes))
    {
      const Change *change;

      if (b + PREFETCH_DISTANCE < n_changes)
        {
          const Timed *ahead =
            &update->timed[g_array_index (update->changes, Change, b + PREFETCH_DISTANCE).pos];

          /* The session (its start only, as in gather) and its old list,
           * compared then freed. */
          PREFETCH (ahead->session);
          PREFETCH (ahead->current);
        }

      if (b == n_changes
          || (a < n_clears && g_array_index (update->clears, Change, a).index
                              < g_array_index (update->changes, Change, b).index))
        change = &g_array_index (update->clears, Change, a++);
      else
        change = &g_array_index (update->changes, Change, b++);
      apply_change (schedule, update->timed, change, block, ids);
    }
  g_signal_handler_disconnect (schedule, handler);
}

/* Three passes (gather, sweep, apply_changes), none of which allocates in
 * proportion to the pairs unless lists changed. */
void
lineup_conflicts_update (LineupSchedule *schedule)
{
  Update update = { 0 };

  g_return_if_fail (LINEUP_IS_SCHEDULE (schedule));

  gather (schedule, &update);
  sweep (&update);
  if (update.clears != NULL || update.changes != NULL)
    apply_changes (schedule, &update);
  update_clear (&update);
}

guint
lineup_conflicts_overlap (LineupSession  *a,
                          LineupSession  *b,
                          GDateTime     **start,
                          GDateTime     **end)
{
  gint64 a_start, a_end, b_start, b_end, from, to;
  gboolean a_has_end, b_has_end;
  GDateTime *shown;

  g_return_val_if_fail (LINEUP_IS_SESSION (a), 0);
  g_return_val_if_fail (LINEUP_IS_SESSION (b), 0);

  if (!lineup_session_get_times_usec (a, &a_start, &a_end, &a_has_end) ||
      !lineup_session_get_times_usec (b, &b_start, &b_end, &b_has_end))
    return 0;

  from = MAX (a_start, b_start);
  to = MIN (a_end, b_end);
  if (to <= from)
    return 0;

  shown = lineup_session_get_start (a);
  if (start != NULL)
    *start = g_date_time_add (shown, from - a_start);
  if (end != NULL)
    *end = g_date_time_add (shown, to - a_start);
  return (guint) ((to - from) / G_USEC_PER_SEC / 60);
}
