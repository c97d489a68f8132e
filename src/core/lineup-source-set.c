/* lineup-source-set.c — several sources shown as one schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-sources"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-agenda.h"
#include "lineup-conflicts.h"
#include "lineup-post-layouts.h"
#include "lineup-source-set.h"
#include "lineup-text.h"

static gchar *
sched_code (LineupSession *session)
{
  const gchar *url = lineup_session_get_url (session);

  return url != NULL ? lineup_post_layouts_sched_code (url) : NULL;
}

/* "folded title \x1f start": talks without a time are never the same. */
static gchar *
title_start_key (LineupSession *session)
{
  g_autofree gchar *title = lineup_text_fold (lineup_session_get_title (session));
  gint64 start, end;
  gboolean has_end;

  if (!lineup_session_get_times_usec (session, &start, &end, &has_end) || *title == '\0')
    return NULL;
  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT, title, start);
}

static gboolean
same_room (LineupSession *a,
           LineupSession *b)
{
  g_autofree gchar *room_a = NULL;
  g_autofree gchar *room_b = NULL;

  if (lineup_session_get_room (a) == NULL || lineup_session_get_room (b) == NULL)
    return TRUE;
  room_a = lineup_text_fold (lineup_session_get_room (a));
  room_b = lineup_text_fold (lineup_session_get_room (b));
  return g_str_equal (room_a, room_b);
}

gboolean
lineup_source_set_same_talk (LineupSession *a,
                             LineupSession *b)
{
  g_autofree gchar *code_a = NULL;
  g_autofree gchar *code_b = NULL;
  g_autofree gchar *key_a = NULL;
  g_autofree gchar *key_b = NULL;

  g_return_val_if_fail (LINEUP_IS_SESSION (a), FALSE);
  g_return_val_if_fail (LINEUP_IS_SESSION (b), FALSE);

  code_a = sched_code (a);
  code_b = sched_code (b);
  if (code_a != NULL && code_b != NULL)
    return g_str_equal (code_a, code_b);
  key_a = title_start_key (a);
  key_b = title_start_key (b);
  return key_a != NULL && key_b != NULL && g_str_equal (key_a, key_b) && same_room (a, b);
}

/* Talks of the sources before, by Sched code and by title + start. */
typedef struct
{
  GHashTable *by_code;   /* code → LineupSession (borrowed) */
  GHashTable *by_key;    /* title-start key → GPtrArray of LineupSession (borrowed) */
  GHashTable *claimed;   /* LineupSession that got a twin from the source being merged */
} Seen;

static LineupSession *
find_earlier (Seen          *seen,
              LineupSession *session)
{
  g_autofree gchar *code = sched_code (session);
  g_autofree gchar *key = NULL;
  LineupSession *found;
  GPtrArray *candidates;

  if (code != NULL && (found = g_hash_table_lookup (seen->by_code, code)) != NULL &&
      !g_hash_table_contains (seen->claimed, found))
    return found;
  key = title_start_key (session);
  candidates = key != NULL ? g_hash_table_lookup (seen->by_key, key) : NULL;
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      LineupSession *candidate = g_ptr_array_index (candidates, i);

      if (!g_hash_table_contains (seen->claimed, candidate) && same_room (candidate, session))
        return candidate;
    }
  return NULL;
}

static void
remember (Seen          *seen,
          LineupSession *session)
{
  gchar *code = sched_code (session);
  gchar *key = title_start_key (session);
  GPtrArray *candidates;

  if (code != NULL && !g_hash_table_contains (seen->by_code, code))
    g_hash_table_insert (seen->by_code, code, session);
  else
    g_free (code);
  if (key == NULL)
    return;
  candidates = g_hash_table_lookup (seen->by_key, key);
  if (candidates == NULL)
    {
      candidates = g_ptr_array_new ();
      g_hash_table_insert (seen->by_key, g_strdup (key), candidates);
    }
  g_ptr_array_add (candidates, session);
  g_free (key);
}

/* Adds the talks of @schedule that no earlier source lists to @shown. */
static void
merge_one (Seen           *seen,
           LineupSchedule *schedule,
           GPtrArray      *shown)
{
  guint n = lineup_schedule_get_n_sessions (schedule);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  g_hash_table_remove_all (seen->claimed);
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      LineupSession *earlier = find_earlier (seen, session);

      if (earlier != NULL)
        {
          lineup_session_add_twin (earlier, session);
          g_hash_table_add (seen->claimed, earlier);
          continue;
        }
      g_ptr_array_add (shown, g_object_ref (session));
      g_ptr_array_add (added, session);
    }
  /* A source's own talks never match each other. */
  for (guint i = 0; i < added->len; i++)
    remember (seen, g_ptr_array_index (added, i));
}

static void
label_sources (GPtrArray *schedules)
{
  for (guint s = 0; s < schedules->len; s++)
    {
      LineupSchedule *schedule = g_ptr_array_index (schedules, s);
      guint n = lineup_schedule_get_n_sessions (schedule);

      for (guint i = 0; i < n; i++)
        {
          LineupSession *session = lineup_schedule_get_session (schedule, i);

          lineup_session_set_source (session, lineup_schedule_get_key (schedule),
                                     lineup_schedule_get_title (schedule));
          lineup_session_clear_twins (session);
        }
    }
}

static LineupSchedule *
merged_new (GPtrArray *schedules)
{
  LineupSchedule *first = g_ptr_array_index (schedules, 0);
  LineupSchedule *merged = lineup_schedule_new ();
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint s = 0; s < schedules->len; s++)
    {
      LineupSchedule *schedule = g_ptr_array_index (schedules, s);
      GPtrArray *notes = lineup_schedule_get_notes (schedule);

      if (s > 0)
        /* Translators: between the titles of the schedules shown together */
        g_string_append (title, _(" + "));
      if (lineup_schedule_get_title (schedule) != NULL)
        g_string_append (title, lineup_schedule_get_title (schedule));
      for (guint i = 0; i < notes->len; i++)
        lineup_schedule_add_note (merged, g_ptr_array_index (notes, i));
    }
  lineup_schedule_set_title (merged, title->str);
  lineup_schedule_set_zone (merged, lineup_schedule_get_zone_id (first),
                            lineup_schedule_get_zone_abbreviation (first));
  return merged;
}

LineupSchedule *
lineup_source_set_merge (GPtrArray *schedules)
{
  g_autoptr(GPtrArray) shown = NULL;
  LineupSchedule *merged;
  Seen seen;

  g_return_val_if_fail (schedules != NULL && schedules->len > 0, NULL);

  label_sources (schedules);
  if (schedules->len == 1)
    return g_object_ref (g_ptr_array_index (schedules, 0));

  seen.by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  seen.by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  seen.claimed = g_hash_table_new (NULL, NULL);
  shown = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint s = 0; s < schedules->len; s++)
    merge_one (&seen, g_ptr_array_index (schedules, s), shown);
  g_hash_table_unref (seen.by_code);
  g_hash_table_unref (seen.by_key);
  g_hash_table_unref (seen.claimed);

  merged = merged_new (schedules);
  lineup_schedule_take_sessions (merged, g_steal_pointer (&shown));
  return merged;
}

static const gchar *
key_of (LineupSession *session)
{
  return lineup_session_get_source_key (session);
}

void
lineup_source_set_pick (LineupAgenda  *agenda,
                        LineupSession *session,
                        LineupPick     pick)
{
  GPtrArray *twins;

  g_return_if_fail (LINEUP_IS_AGENDA (agenda));
  g_return_if_fail (LINEUP_IS_SESSION (session));

  lineup_agenda_set_pick (agenda, key_of (session), session, pick);
  twins = lineup_session_get_twins (session);
  for (guint i = 0; twins != NULL && i < twins->len; i++)
    {
      LineupSession *twin = g_ptr_array_index (twins, i);

      lineup_agenda_set_pick (agenda, key_of (twin), twin, pick);
    }
}

void
lineup_source_set_star (LineupAgenda  *agenda,
                        LineupSession *session,
                        gboolean       starred)
{
  lineup_source_set_pick (agenda, session, starred ? LINEUP_PICK_GOING : LINEUP_PICK_NONE);
}

void
lineup_source_set_sync_stars (LineupSchedule *merged)
{
  guint n;

  g_return_if_fail (LINEUP_IS_SCHEDULE (merged));

  n = lineup_schedule_get_n_sessions (merged);
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (merged, i);
      GPtrArray *twins = lineup_session_get_twins (session);

      /* Going in any source wins over maybe in another. */
      for (guint t = 0; twins != NULL && t < twins->len; t++)
        {
          LineupPick pick = lineup_session_get_pick (g_ptr_array_index (twins, t));

          if (pick == LINEUP_PICK_GOING
              || (pick == LINEUP_PICK_MAYBE
                  && lineup_session_get_pick (session) == LINEUP_PICK_NONE))
            lineup_session_set_pick (session, pick);
        }
    }
}

void
lineup_source_set_apply_agenda (LineupAgenda   *agenda,
                                GPtrArray      *schedules,
                                LineupSchedule *merged)
{
  g_return_if_fail (LINEUP_IS_AGENDA (agenda));
  g_return_if_fail (schedules != NULL);
  g_return_if_fail (LINEUP_IS_SCHEDULE (merged));

  for (guint i = 0; i < schedules->len; i++)
    lineup_agenda_apply (agenda, g_ptr_array_index (schedules, i));
  if (schedules->len == 1 && g_ptr_array_index (schedules, 0) == merged)
    return;
  if (schedules->len == 0)
    lineup_agenda_apply (agenda, merged);
  lineup_source_set_sync_stars (merged);
  lineup_conflicts_update (merged);
}
