/* lineup-plan.c — planning a day: clashes among the going talks, what fits
 * in a free window, the suggested plan
 *
 * All three work on the talks' times as microseconds (one array of them
 * taken out once, then sorted), never on GDateTime.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-plan"

#include "config.h"

#include "lineup-plan.h"
#include "lineup-plan-private.h"

/* A timed talk as the three need it. */
typedef struct
{
  gint64         start;
  gint64         end;       /* > start: an instant is [start, start + 1) */
  gboolean       has_end;   /* the talk has an end after its start */
  gboolean       going;
  LineupSession *session;
  guint          index;     /* its place in the input: the last tie-break */
} Item;

static gint64
add_saturating (gint64 a,
                gint64 b)
{
  if (b > 0 && a > G_MAXINT64 - b)
    return G_MAXINT64;
  if (b < 0 && a < G_MININT64 - b)
    return G_MININT64;
  return a + b;
}

/* FALSE for an untimed talk. */
static gboolean
item_init (Item          *item,
           LineupSession *session,
           guint          index,
           gboolean       going)
{
  gint64 end;
  gboolean has_end;

  if (!lineup_session_get_times_usec (session, &item->start, &end, &has_end))
    return FALSE;
  item->has_end = has_end && end > item->start;
  /* No end, or an empty one: the instant of the start (lineup-conflicts.h). */
  item->end = item->has_end ? end : add_saturating (item->start, 1);
  item->going = going;
  item->session = session;
  item->index = index;
  return TRUE;
}

/* Conflict groups ---------------------------------------------------------- */

static gint
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const Item *x = a;
  const Item *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static void
add_group (GPtrArray *groups,
           GArray    *items,
           guint      from,
           guint      to)
{
  GPtrArray *group;

  if (to - from < 2)
    return;
  group = g_ptr_array_sized_new (to - from);
  for (guint i = from; i < to; i++)
    g_ptr_array_add (group, g_array_index (items, Item, i).session);
  g_ptr_array_add (groups, group);
}

/* Intervals sorted by start: a component of the overlap graph is a run in
 * that order, which goes on while the next start is before the furthest
 * end so far. */
GPtrArray *
lineup_plan_conflict_groups (GPtrArray *sessions)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) items = NULL;
  gint64 reach = 0;
  guint from = 0;

  g_return_val_if_fail (sessions != NULL, groups);

  items = g_array_sized_new (FALSE, FALSE, sizeof (Item), sessions->len);
  for (guint i = 0; i < sessions->len; i++)
    {
      Item item;

      if (item_init (&item, g_ptr_array_index (sessions, i), i, TRUE))
        g_array_append_val (items, item);
    }
  g_array_sort (items, compare_by_start);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      if (i > 0 && item->start >= reach)
        {
          add_group (groups, items, from, i);
          from = i;
        }
      reach = i == from ? item->end : MAX (reach, item->end);
    }
  add_group (groups, items, from, items->len);
  return groups;
}

/* What fits ------------------------------------------------------------------ */

/* The room when both name one, else the track. */
static gboolean
same_place (LineupSession *a,
            LineupSession *b)
{
  const gchar *room_a = lineup_session_get_room (a);
  const gchar *room_b = lineup_session_get_room (b);

  if (room_a != NULL && room_b != NULL)
    return g_str_equal (room_a, room_b);
  return g_strcmp0 (lineup_session_get_track (a), lineup_session_get_track (b)) == 0;
}

/* Whether @candidate leaves room for @going: no overlap, and @gap between
 * the two when they are in different places. */
static gboolean
leaves_room_for (const Item *candidate,
                 const Item *going,
                 gint64      gap)
{
  if (same_place (candidate->session, going->session))
    gap = 0;
  return add_saturating (going->end, gap) <= candidate->start ||
         add_saturating (candidate->end, gap) <= going->start;
}

typedef struct
{
  Item   item;
  gint64 unused;
} Fit;

static gint
compare_fits (gconstpointer a,
              gconstpointer b)
{
  const Fit *x = a;
  const Fit *y = b;
  gint by_id;

  if (x->unused != y->unused)
    return x->unused < y->unused ? -1 : 1;
  if (x->item.start != y->item.start)
    return x->item.start < y->item.start ? -1 : 1;
  by_id = g_strcmp0 (lineup_session_get_id (x->item.session),
                     lineup_session_get_id (y->item.session));
  if (by_id != 0)
    return by_id;
  return x->item.index < y->item.index ? -1 : x->item.index > y->item.index;
}

/* The going talks that may stand in the way of a talk inside the window:
 * those within @gap of it.  Also fills @is_going. */
static GArray *
going_near_window (GPtrArray  *going,
                   GHashTable *is_going,
                   gint64      start_usec,
                   gint64      end_usec,
                   gint64      gap)
{
  GArray *near = g_array_new (FALSE, FALSE, sizeof (Item));

  for (guint i = 0; going != NULL && i < going->len; i++)
    {
      LineupSession *session = g_ptr_array_index (going, i);
      Item item;

      g_hash_table_add (is_going, session);
      if (item_init (&item, session, i, TRUE)
          && item.start < add_saturating (end_usec, gap)
          && add_saturating (item.end, gap) > start_usec)
        g_array_append_val (near, item);
    }
  return near;
}

GPtrArray *
lineup_plan_fits (GPtrArray *candidates,
                  GPtrArray *going,
                  gint64     start_usec,
                  gint64     end_usec,
                  guint      room_change_minutes)
{
  g_autoptr(GHashTable) is_going = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) near = NULL;
  g_autoptr(GArray) fits = NULL;
  GPtrArray *result;
  gint64 gap = (gint64) room_change_minutes * 60 * G_USEC_PER_SEC;

  g_return_val_if_fail (candidates != NULL, g_ptr_array_new ());

  if (end_usec <= start_usec)
    return g_ptr_array_new ();

  near = going_near_window (going, is_going, start_usec, end_usec, gap);
  fits = g_array_new (FALSE, FALSE, sizeof (Fit));
  for (guint i = 0; i < candidates->len; i++)
    {
      LineupSession *session = g_ptr_array_index (candidates, i);
      Fit fit;
      gboolean fits_here;

      if (g_hash_table_contains (is_going, session)
          || !item_init (&fit.item, session, i, FALSE)
          || !fit.item.has_end
          || fit.item.start < start_usec || fit.item.end > end_usec)
        continue;

      fits_here = TRUE;
      for (guint j = 0; fits_here && j < near->len; j++)
        fits_here = leaves_room_for (&fit.item, &g_array_index (near, Item, j), gap);
      if (!fits_here)
        continue;
      fit.unused = (end_usec - start_usec) - (fit.item.end - fit.item.start);
      g_array_append_val (fits, fit);
    }
  g_array_sort (fits, compare_fits);

  result = g_ptr_array_sized_new (fits->len);
  for (guint i = 0; i < fits->len; i++)
    g_ptr_array_add (result, g_array_index (fits, Fit, i).item.session);
  return result;
}

/* The suggested plan --------------------------------------------------------- */

/* By end, then start, going first, id, place in the input; counting. */
static gint
compare_by_end (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const Item *x = a;
  const Item *y = b;
  guint64 *work = data;
  gint by_id;

  (*work)++;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->going != y->going)
    return x->going ? -1 : 1;
  by_id = g_strcmp0 (lineup_session_get_id (x->session), lineup_session_get_id (y->session));
  if (by_id != 0)
    return by_id;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* The going talks, then the maybe talks that are not going, each once. */
static GArray *
gather_picks (GPtrArray *going,
              GPtrArray *maybe,
              guint     *n_maybe)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));
  guint index = 0;

  *n_maybe = 0;
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *picks = pass == 0 ? going : maybe;

      for (guint i = 0; picks != NULL && i < picks->len; i++, index++)
        {
          LineupSession *session = g_ptr_array_index (picks, i);
          Item item;

          if (!g_hash_table_add (seen, session) || !item_init (&item, session, index, pass == 0))
            continue;
          g_array_append_val (items, item);
          if (pass == 1)
            (*n_maybe)++;
        }
    }
  return items;
}

/* How many of @items (sorted by end) end at or before @start. */
static guint
count_ended_by (GArray  *items,
                gint64   start,
                guint64 *work)
{
  guint low = 0, high = items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      (*work)++;
      if (g_array_index (items, Item, middle).end <= start)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

GPtrArray *
lineup_plan_suggest_counted (GPtrArray *going,
                             GPtrArray *maybe,
                             guint64   *work)
{
  g_autoptr(GArray) items = NULL;
  g_autofree guint *before = NULL;
  g_autofree guint64 *best = NULL;
  g_autofree gboolean *taken = NULL;
  guint64 counted = 0;
  guint64 going_weight;
  guint n_maybe, n;
  GPtrArray *plan;

  items = gather_picks (going, maybe, &n_maybe);
  n = items->len;
  going_weight = (guint64) n_maybe + 1;
  g_array_sort_with_data (items, compare_by_end, &counted);

  /* best[i]: the best weight among the first i talks (by end); before[i]:
   * how many end before talk i starts, the talks that may go with it. */
  before = g_new (guint, MAX (n, 1));
  best = g_new0 (guint64, n + 1);
  taken = g_new (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      guint64 with = (item->going ? going_weight : 1);

      before[i] = count_ended_by (items, item->start, &counted);
      with += best[before[i]];
      counted++;
      /* Strictly better only: a tie leaves the talk out. */
      taken[i] = with > best[i];
      best[i + 1] = taken[i] ? with : best[i];
    }

  plan = g_ptr_array_new ();
  for (guint i = n; i > 0;)
    {
      if (taken[i - 1])
        {
          g_ptr_array_add (plan, g_array_index (items, Item, i - 1).session);
          i = before[i - 1];
        }
      else
        i--;
    }
  /* Found latest first; talks that do not overlap start in the order they end. */
  for (guint i = 0; i < plan->len / 2; i++)
    {
      gpointer swap = plan->pdata[i];

      plan->pdata[i] = plan->pdata[plan->len - 1 - i];
      plan->pdata[plan->len - 1 - i] = swap;
    }

  if (work != NULL)
    *work += counted;
  return plan;
}

GPtrArray *
lineup_plan_suggest (GPtrArray *going,
                     GPtrArray *maybe)
{
  return lineup_plan_suggest_counted (going, maybe, NULL);
}
