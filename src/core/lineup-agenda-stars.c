/* lineup-agenda-stars.c — the starred set: post key → id → entry
 *
 * Plain tables, no file and no GObject: the agenda keeps several of them
 * (the file as last read, with the stars moved from old keys applied, with
 * this process's changes on top) and these are the operations between them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include <string.h>

#include "lineup-agenda-private.h"

void
lineup_agenda_entry_free (LineupAgendaEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->start);
  g_free (entry->end);
  g_free (entry->room);
  g_free (entry->track);
  g_free (entry);
}

LineupAgendaEntry *
lineup_agenda_entry_new (const gchar *id,
                         const gchar *title,
                         const gchar *start)
{
  LineupAgendaEntry *entry = g_new0 (LineupAgendaEntry, 1);

  entry->id = g_strdup (id);
  entry->title = g_strdup (title ? title : "");
  entry->start = g_strdup (start);
  return entry;
}

LineupAgendaEntry *
lineup_agenda_entry_copy (const LineupAgendaEntry *entry)
{
  LineupAgendaEntry *copy = lineup_agenda_entry_new (entry->id, entry->title, entry->start);

  copy->end = g_strdup (entry->end);
  copy->room = g_strdup (entry->room);
  copy->track = g_strdup (entry->track);
  copy->maybe = entry->maybe;
  return copy;
}

void
lineup_agenda_claim_free (LineupAgendaClaim *claim)
{
  g_free (claim->old_key);
  g_hash_table_unref (claim->ids);
  g_free (claim);
}

void
lineup_agenda_change_free (LineupAgendaChange *change)
{
  lineup_agenda_entry_free (change->entry);
  g_free (change);
}

LineupStars *
lineup_stars_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) g_hash_table_unref);
}

static GHashTable *
stars_ensure_post (LineupStars *stars,
                   const gchar *post_key)
{
  GHashTable *post = g_hash_table_lookup (stars, post_key);

  if (post == NULL)
    {
      post = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                    (GDestroyNotify) lineup_agenda_entry_free);
      g_hash_table_insert (stars, g_strdup (post_key), post);
    }
  return post;
}

void
lineup_stars_add (LineupStars       *stars,
                  const gchar       *post_key,
                  LineupAgendaEntry *entry)
{
  g_hash_table_replace (stars_ensure_post (stars, post_key), entry->id, entry);
}

void
lineup_stars_remove (LineupStars *stars,
                     const gchar *post_key,
                     const gchar *id)
{
  GHashTable *post = g_hash_table_lookup (stars, post_key);

  if (post != NULL && g_hash_table_remove (post, id) && g_hash_table_size (post) == 0)
    g_hash_table_remove (stars, post_key);
}

LineupStars *
lineup_stars_copy (LineupStars *stars)
{
  LineupStars *copy = lineup_stars_new ();
  GHashTableIter iter;
  const gchar *post_key;
  GHashTable *post;

  g_hash_table_iter_init (&iter, stars);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, (gpointer *) &post))
    {
      GHashTableIter entries;
      LineupAgendaEntry *entry;

      g_hash_table_iter_init (&entries, post);
      while (g_hash_table_iter_next (&entries, NULL, (gpointer *) &entry))
        lineup_stars_add (copy, post_key, lineup_agenda_entry_copy (entry));
    }
  return copy;
}

/* Applies this process's changes on top of @stars. */
void
lineup_stars_apply_pending (LineupStars *stars,
                            GHashTable  *pending)
{
  GHashTableIter iter;
  const gchar *post_key;
  GHashTable *changes;

  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, (gpointer *) &changes))
    {
      GHashTableIter citer;
      const gchar *id;
      LineupAgendaChange *change;

      g_hash_table_iter_init (&citer, changes);
      while (g_hash_table_iter_next (&citer, (gpointer *) &id, (gpointer *) &change))
        {
          if (change->starred)
            lineup_stars_add (stars, post_key, lineup_agenda_entry_copy (change->entry));
          else
            lineup_stars_remove (stars, post_key, id);
        }
    }
}

void
lineup_stars_apply_follows (LineupStars *stars,
                            GHashTable  *follows)
{
  GHashTableIter iter;
  const gchar *post_key;
  GHashTable *moves;

  g_hash_table_iter_init (&iter, follows);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, (gpointer *) &moves))
    {
      GHashTable *post = g_hash_table_lookup (stars, post_key);
      GHashTableIter miter;
      const gchar *old_id;
      const gchar *new_id;

      if (post == NULL)
        continue;
      g_hash_table_iter_init (&miter, moves);
      while (g_hash_table_iter_next (&miter, (gpointer *) &old_id, (gpointer *) &new_id))
        {
          LineupAgendaEntry *entry = g_hash_table_lookup (post, old_id);

          if (entry == NULL || g_hash_table_contains (post, new_id))
            continue;
          /* The entry owns its key: out, renamed, back in. */
          g_hash_table_steal (post, old_id);
          g_free (entry->id);
          entry->id = g_strdup (new_id);
          lineup_stars_add (stars, post_key, entry);
        }
    }
}

static void
fill_field (gchar       **field,
            const gchar  *now)
{
  if (*field == NULL || **field == '\0')
    {
      g_free (*field);
      *field = g_strdup (now);
    }
}

void
lineup_stars_apply_fills (LineupStars *stars,
                          GHashTable  *fills)
{
  GHashTableIter iter;
  const gchar *post_key;
  GHashTable *nows;

  g_hash_table_iter_init (&iter, fills);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, (gpointer *) &nows))
    {
      GHashTable *post = g_hash_table_lookup (stars, post_key);
      GHashTableIter niter;
      const LineupAgendaEntry *now;

      if (post == NULL)
        continue;
      g_hash_table_iter_init (&niter, nows);
      while (g_hash_table_iter_next (&niter, NULL, (gpointer *) &now))
        {
          LineupAgendaEntry *entry = g_hash_table_lookup (post, now->id);

          /* A talk that changed keeps its entry as it is, to be reported. */
          if (entry == NULL || !lineup_agenda_entry_matches (entry, now))
            continue;
          fill_field (&entry->title, now->title);
          fill_field (&entry->start, now->start);
          fill_field (&entry->end, now->end);
          fill_field (&entry->room, now->room);
          fill_field (&entry->track, now->track);
        }
    }
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const gchar **) a, *(const gchar **) b);
}

/* Moves the claimed stars of each post that has none under its own key yet
 * (once it has, the move is done, by this process or another). */
void
lineup_stars_apply_claims (LineupStars *stars,
                           GHashTable  *claims)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  const gchar *post_key;

  /* In order of the keys, so that every process moves the same way. */
  g_hash_table_iter_init (&iter, claims);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, NULL))
    g_ptr_array_add (keys, (gpointer) post_key);
  g_ptr_array_sort (keys, compare_strings);

  for (guint i = 0; i < keys->len; i++)
    {
      LineupAgendaClaim *claim = g_hash_table_lookup (claims, g_ptr_array_index (keys, i));
      GHashTable *old;
      GHashTableIter ids;
      const gchar *id;

      if (g_hash_table_contains (stars, g_ptr_array_index (keys, i)))
        continue;
      old = g_hash_table_lookup (stars, claim->old_key);
      if (old == NULL)
        continue;

      g_hash_table_iter_init (&ids, claim->ids);
      while (g_hash_table_iter_next (&ids, (gpointer *) &id, NULL))
        {
          LineupAgendaEntry *entry = g_hash_table_lookup (old, id);

          if (entry == NULL)
            continue;
          g_hash_table_steal (old, id);
          lineup_stars_add (stars, g_ptr_array_index (keys, i), entry);
        }
      if (g_hash_table_size (old) == 0)
        g_hash_table_remove (stars, claim->old_key);
    }
}

static GDateTime *
parse_start (const gchar *start)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (start == NULL)
    return NULL;
  /* Floating times (no offset) compare as if they were UTC: good enough
   * to order the talks of one post, which all share a zone. */
  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (start, utc);
}

static gint
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LineupAgendaEntry *ea = *(LineupAgendaEntry **) a;
  const LineupAgendaEntry *eb = *(LineupAgendaEntry **) b;
  g_autoptr(GDateTime) sa = parse_start (ea->start);
  g_autoptr(GDateTime) sb = parse_start (eb->start);
  gint c;

  if (sa == NULL || sb == NULL)
    {
      if ((sa == NULL) != (sb == NULL))
        return sa == NULL ? 1 : -1;
    }
  else if ((c = g_date_time_compare (sa, sb)) != 0)
    return c;

  if ((c = g_strcmp0 (ea->start, eb->start)) != 0)
    return c;
  return strcmp (ea->id, eb->id);
}

/* The entries of one post, sorted by start then id (borrowed). */
GPtrArray *
lineup_stars_post_sorted_entries (GHashTable *post)
{
  GPtrArray *entries = g_ptr_array_new ();
  GHashTableIter iter;
  LineupAgendaEntry *entry;

  g_hash_table_iter_init (&iter, post);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    g_ptr_array_add (entries, entry);
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

GPtrArray *
lineup_stars_sorted_keys (LineupStars *stars)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  const gchar *post_key;

  g_hash_table_iter_init (&iter, stars);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, NULL))
    g_ptr_array_add (keys, (gpointer) post_key);
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}
