/* lineup-agenda-follow.c — picks that follow their talks, and what an entry keeps
 *
 * A talk without a link has a hash of its title and start for an id: moved
 * or renamed, it gets a new one, and its star would be lost.  Here a star
 * whose id left the schedule finds the talk it was (see lineup_agenda_apply
 * for the rule).  Also here: the talk as an entry keeps it, and whether an
 * entry still describes a talk, which both the follow and the filling in of
 * old entries ask.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include "lineup-agenda-private.h"
#include "lineup-text.h"

LineupAgendaEntry *
lineup_agenda_entry_new_for_session (LineupSession *session)
{
  gboolean floating = lineup_session_get_floating (session);
  g_autofree gchar *start = lineup_format_iso8601 (lineup_session_get_start (session), floating);
  LineupAgendaEntry *entry = lineup_agenda_entry_new (lineup_session_get_id (session),
                                                      lineup_session_get_title (session),
                                                      start);

  entry->end = lineup_format_iso8601 (lineup_session_get_end (session), floating);
  entry->room = g_strdup (lineup_session_get_room (session));
  entry->track = g_strdup (lineup_session_get_track (session));
  return entry;
}

/* The instant an entry's time names, or NULL.  A floating time (no
 * offset) reads as UTC: entries of one post share its zone. */
static GDateTime *
parse_time (const gchar *iso)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (iso == NULL || *iso == '\0')
    return NULL;
  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (iso, utc);
}

/* Whether two ISO 8601 times are the same instant (an offset written
 * another way, after --timezone, is still the same time). */
gboolean
lineup_agenda_same_time (const gchar *a,
                         const gchar *b)
{
  g_autoptr(GDateTime) ta = parse_time (a);
  g_autoptr(GDateTime) tb = parse_time (b);

  if (ta == NULL || tb == NULL)
    return ta == tb && g_strcmp0 (a ? a : "", b ? b : "") == 0;
  return g_date_time_equal (ta, tb);
}

static gboolean
known (const gchar *field)
{
  return field != NULL && *field != '\0';
}

gboolean
lineup_agenda_entry_matches (const LineupAgendaEntry *entry,
                             const LineupAgendaEntry *now)
{
  return (!known (entry->title) || g_strcmp0 (entry->title, now->title) == 0)
         && (!known (entry->start) || lineup_agenda_same_time (entry->start, now->start))
         && (!known (entry->end) || lineup_agenda_same_time (entry->end, now->end))
         && (!known (entry->room) || g_strcmp0 (entry->room, now->room) == 0)
         && (!known (entry->track) || g_strcmp0 (entry->track, now->track) == 0);
}

static gchar *
fold_title (const gchar *title)
{
  g_autofree gchar *collapsed = lineup_text_collapse_space (title ? title : "");

  return lineup_text_fold (collapsed);
}

/* The one talk among @candidates (not taken yet) that @entry may be, by title
 * first, else by its place in time and room; NULL when none or several. */
static LineupSession *
find_followed (const LineupAgendaEntry *entry,
               GPtrArray               *candidates,
               GHashTable              *taken)
{
  g_autofree gchar *title = fold_title (entry->title);
  LineupSession *found = NULL;
  guint n_found = 0;

  for (guint i = 0; known (entry->title) && i < candidates->len; i++)
    {
      LineupSession *session = g_ptr_array_index (candidates, i);
      g_autofree gchar *other = NULL;

      if (g_hash_table_contains (taken, session))
        continue;
      other = fold_title (lineup_session_get_title (session));
      if (g_str_equal (title, other))
        {
          found = session;
          n_found++;
        }
    }
  if (n_found > 0)
    return n_found == 1 ? found : NULL;

  /* Renamed: the same slot.  Only a snapshot that knows its end says
   * which slot (an older entry knows its start only, which parallel
   * talks share). */
  if (!known (entry->start) || !known (entry->end))
    return NULL;
  for (guint i = 0; i < candidates->len; i++)
    {
      LineupSession *session = g_ptr_array_index (candidates, i);
      g_autoptr(LineupAgendaEntry) now = NULL;

      if (g_hash_table_contains (taken, session))
        continue;
      now = lineup_agenda_entry_new_for_session (session);
      if (lineup_agenda_same_time (entry->start, now->start)
          && lineup_agenda_same_time (entry->end, now->end)
          && g_strcmp0 (entry->room, now->room) == 0)
        {
          found = session;
          n_found++;
        }
    }
  return n_found == 1 ? found : NULL;
}

GHashTable *
lineup_agenda_follow_match (GPtrArray      *entries,
                            LineupSchedule *schedule)
{
  GHashTable *matches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) lost = g_ptr_array_new ();
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  guint n = lineup_schedule_get_n_sessions (schedule);

  for (guint i = 0; i < entries->len; i++)
    {
      LineupAgendaEntry *entry = g_ptr_array_index (entries, i);

      g_hash_table_add (named, entry->id);
      if (lineup_schedule_find (schedule, entry->id) == NULL)
        g_ptr_array_add (lost, entry);
    }
  if (lost->len == 0)
    return matches;

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      if (!g_hash_table_contains (named, lineup_session_get_id (session)))
        g_ptr_array_add (candidates, session);
    }

  /* In the order of @entries (by start, then id): every process matches
   * the same way. */
  for (guint i = 0; i < lost->len; i++)
    {
      LineupAgendaEntry *entry = g_ptr_array_index (lost, i);
      LineupSession *session = find_followed (entry, candidates, taken);

      if (session == NULL)
        continue;
      g_hash_table_add (taken, session);
      g_hash_table_insert (matches, g_strdup (entry->id), session);
    }
  return matches;
}
