/* lineup-agenda-changes.c — what changed in the picks since they were starred
 *
 * The agenda entry is the talk as last seen; the source is the talk now.
 * Comparing them needs nothing else, which is why the changes last until
 * acknowledged and the command line shows the same ones as the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-agenda-changes.h"
#include "lineup-agenda-private.h"
#include "lineup-date.h"
#include "lineup-time-format.h"

void
lineup_pick_change_free (LineupPickChange *change)
{
  if (change == NULL)
    return;
  g_free (change->key);
  g_free (change->id);
  lineup_agenda_entry_free (change->before);
  g_clear_object (&change->session);
  g_clear_pointer (&change->new_conflicts, g_ptr_array_unref);
  g_free (change);
}

static gboolean
known (const gchar *field)
{
  return field != NULL && *field != '\0';
}

/* An entry's time as a time of @tz (the zone the talk is shown in now; a
 * floating time is read in it too), or NULL. */
static GDateTime *
parse_in_zone (const gchar *iso,
               GTimeZone   *tz)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (!known (iso))
    return NULL;
  return lineup_date_time_to_zone (g_date_time_new_from_iso8601 (iso, tz ? tz : utc), tz);
}

static gint64
parse_usec (const gchar *iso,
            gint64       otherwise)
{
  g_autoptr(GDateTime) time = parse_in_zone (iso, NULL);

  if (time == NULL)
    return otherwise;
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

static LineupPickChangeFlags
compare (const LineupAgendaEntry *before,
         const LineupAgendaEntry *now)
{
  LineupPickChangeFlags flags = 0;

  if ((known (before->start) && !lineup_agenda_same_time (before->start, now->start))
      || (known (before->end) && !lineup_agenda_same_time (before->end, now->end)))
    flags |= LINEUP_PICK_MOVED;
  if (known (before->title) && g_strcmp0 (before->title, now->title) != 0)
    flags |= LINEUP_PICK_RENAMED;
  if (known (before->room) && g_strcmp0 (before->room, now->room) != 0)
    flags |= LINEUP_PICK_ROOM;
  if (known (before->track) && g_strcmp0 (before->track, now->track) != 0)
    flags |= LINEUP_PICK_TRACK;
  return flags;
}

/* Half-open, an instant being [start, start + 1). */
static gboolean
overlap (gint64 a_start,
         gint64 a_end,
         gint64 b_start,
         gint64 b_end)
{
  a_end = MAX (a_end, a_start + 1);
  b_end = MAX (b_end, b_start + 1);
  return a_start < b_end && b_start < a_end;
}

/* The going talks @session clashes with now (in @shown) that it did not
 * clash with at the time @before saw. */
static GPtrArray *
find_new_conflicts (const LineupAgendaEntry *before,
                    LineupSession           *session,
                    LineupSchedule          *shown)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  const gchar * const *ids = lineup_session_get_conflicts (session);
  gint64 start, end, old_start, old_end;
  gboolean has_end;

  if (!lineup_session_get_times_usec (session, &start, &end, &has_end))
    return found;
  /* What the entry does not know, it had as now: an older entry knows its
   * start only, and lasted as long as the talk does now. */
  old_start = parse_usec (before->start, start);
  old_end = parse_usec (before->end, old_start + (end - start));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      LineupSession *other = lineup_schedule_find (shown, ids[i]);
      gint64 other_start, other_end;
      gboolean other_has_end;

      if (other == NULL || other == session || !lineup_session_get_starred (other)
          || !lineup_session_get_times_usec (other, &other_start, &other_end, &other_has_end))
        continue;
      if (overlap (old_start, old_end, other_start, other_end))
        continue;   /* the clash was there before the move */
      g_ptr_array_add (found, g_object_ref (other));
    }
  return found;
}

static LineupPickChange *
change_new (const gchar             *key,
            const LineupAgendaEntry *before,
            LineupSession           *session,
            LineupSchedule          *shown)
{
  LineupPickChange *change;
  LineupPickChangeFlags flags = LINEUP_PICK_GONE;

  if (session != NULL)
    {
      g_autoptr(LineupAgendaEntry) now = lineup_agenda_entry_new_for_session (session);

      flags = compare (before, now);
      if (flags == 0)
        return NULL;
    }

  change = g_new0 (LineupPickChange, 1);
  change->key = g_strdup (key);
  change->id = g_strdup (session != NULL ? lineup_session_get_id (session) : before->id);
  change->flags = flags;
  change->before = lineup_agenda_entry_copy (before);
  change->session = session != NULL ? g_object_ref (session) : NULL;
  if (flags & LINEUP_PICK_MOVED)
    change->new_conflicts = find_new_conflicts (before, session, shown);
  else
    change->new_conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  return change;
}

/* When the change happens: the talk's time now, a gone one's old time;
 * untimed last. */
static gint64
change_time (const LineupPickChange *change)
{
  gint64 start, end;
  gboolean has_end;

  if (change->session != NULL)
    return lineup_session_get_times_usec (change->session, &start, &end, &has_end)
           ? start : G_MAXINT64;
  return parse_usec (change->before->start, G_MAXINT64);
}

static gint
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const LineupPickChange *ca = *(LineupPickChange **) a;
  const LineupPickChange *cb = *(LineupPickChange **) b;
  gint64 ta = change_time (ca);
  gint64 tb = change_time (cb);

  if (ta != tb)
    return ta < tb ? -1 : 1;
  return g_strcmp0 (ca->id, cb->id);
}

GPtrArray *
lineup_agenda_dup_changes (LineupAgenda   *self,
                           LineupSchedule *source,
                           LineupSchedule *shown)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_pick_change_free);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) follows = NULL;
  const gchar *key;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), changes);
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (source), changes);
  g_return_val_if_fail (shown == NULL || LINEUP_IS_SCHEDULE (shown), changes);

  if ((key = lineup_schedule_get_key (source)) == NULL)
    return changes;
  if (shown == NULL)
    shown = source;

  entries = lineup_agenda_dup_entries (self, key);
  follows = lineup_agenda_follow_match (entries, source);
  for (guint i = 0; i < entries->len; i++)
    {
      LineupAgendaEntry *entry = g_ptr_array_index (entries, i);
      LineupSession *session = lineup_schedule_find (source, entry->id);
      LineupPickChange *change;

      if (session == NULL)
        session = g_hash_table_lookup (follows, entry->id);
      if ((change = change_new (key, entry, session, shown)) != NULL)
        g_ptr_array_add (changes, change);
    }
  g_ptr_array_sort (changes, compare_changes);
  return changes;
}

/* Describing ---------------------------------------------------------------- */

static gchar *
format_day_and_clock (GDateTime *time)
{
  g_autofree gchar *day = lineup_format_day_short (time);
  g_autofree gchar *clock = lineup_format_clock_local (time);

  /* TRANSLATORS: a day and a time of day, as in "Mon, Nov 6 · 12:15" */
  return g_strdup_printf (_("%s · %s"), day, clock);
}

static gchar *
describe_move (LineupPickChange *change)
{
  const LineupAgendaEntry *before = change->before;
  GDateTime *start = lineup_session_get_start (change->session);
  GDateTime *end = lineup_session_get_end (change->session);
  GTimeZone *tz = start != NULL ? g_date_time_get_timezone (start) : NULL;
  g_autoptr(GDateTime) old_start = parse_in_zone (before->start, tz);
  g_autoptr(GDateTime) old_end = parse_in_zone (before->end, tz);
  g_autofree gchar *from = NULL;
  g_autofree gchar *to = NULL;

  if (old_start != NULL && start == NULL)
    {
      from = format_day_and_clock (old_start);
      return g_strdup_printf (_("No longer has a time (was %s)"), from);
    }
  if (old_start != NULL && !g_date_time_equal (old_start, start))
    {
      from = format_day_and_clock (old_start);
      if (lineup_day_key_from_date_time (old_start) == lineup_day_key_from_date_time (start))
        to = lineup_format_clock_local (start);
      else
        to = format_day_and_clock (start);
      /* TRANSLATORS: "Moved from Mon, Nov 6 · 12:15 to 12:50" */
      return g_strdup_printf (_("Moved from %s to %s"), from, to);
    }

  /* The same start: the end moved. */
  from = old_end != NULL ? lineup_format_clock_local (old_end)
                         : g_strdup (before->end ? before->end : "");
  if (end == NULL)
    return g_strdup_printf (_("No longer has an end time (was %s)"), from);
  to = lineup_format_clock_local (end);
  /* TRANSLATORS: "Now ends at 13:00 (was 12:40)" */
  return g_strdup_printf (_("Now ends at %s (was %s)"), to, from);
}

static gchar *
describe_room (const gchar *before,
               const gchar *now)
{
  if (now == NULL)
    return g_strdup_printf (_("No longer has a room (was %s)"), before);
  return g_strdup_printf (_("Room changed from %s to %s"), before, now);
}

static gchar *
describe_track (const gchar *before,
                const gchar *now)
{
  if (now == NULL)
    return g_strdup_printf (_("No longer has a track (was %s)"), before);
  return g_strdup_printf (_("Track changed from %s to %s"), before, now);
}

static gchar *
describe_clashes (GPtrArray *sessions)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < sessions->len; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between the titles of talks in "Now clashes with “A”, “B”" */
        g_string_append (titles, _(", "));
      g_string_append_printf (titles, _("“%s”"),
                              lineup_session_get_title (g_ptr_array_index (sessions, i)));
    }
  /* TRANSLATORS: followed by talk titles, each in quotes */
  return g_strdup_printf (_("Now clashes with %s"), titles->str);
}

gchar *
lineup_pick_change_describe (LineupPickChange *change)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  LineupSession *session;

  g_return_val_if_fail (change != NULL, NULL);

  session = change->session;
  if ((change->flags & LINEUP_PICK_GONE) || session == NULL)
    return g_strdup (_("No longer in the schedule"));

  if (change->flags & LINEUP_PICK_MOVED)
    g_ptr_array_add (parts, describe_move (change));
  if (change->flags & LINEUP_PICK_RENAMED)
    g_ptr_array_add (parts, g_strdup_printf (_("Renamed from “%s”"), change->before->title));
  if (change->flags & LINEUP_PICK_ROOM)
    g_ptr_array_add (parts, describe_room (change->before->room,
                                           lineup_session_get_room (session)));
  if (change->flags & LINEUP_PICK_TRACK)
    g_ptr_array_add (parts, describe_track (change->before->track,
                                            lineup_session_get_track (session)));
  if (change->new_conflicts != NULL && change->new_conflicts->len > 0)
    g_ptr_array_add (parts, describe_clashes (change->new_conflicts));
  g_ptr_array_add (parts, NULL);

  /* TRANSLATORS: between two changes of one talk, as in
   * "Renamed from “A”. Room changed from B to C" */
  return g_strjoinv (_(". "), (gchar **) parts->pdata);
}

/* Acknowledging ------------------------------------------------------------- */

void
lineup_agenda_acknowledge (LineupAgenda     *self,
                           LineupPickChange *change)
{
  const gchar *old_id;

  g_return_if_fail (LINEUP_IS_AGENDA (self));
  g_return_if_fail (change != NULL && change->key != NULL && change->before != NULL);

  old_id = change->before->id;
  /* Unstarred meanwhile: nothing left to acknowledge. */
  if (!lineup_agenda_is_starred (self, change->key, change->id)
      && !lineup_agenda_is_starred (self, change->key, old_id))
    return;

  if ((change->flags & LINEUP_PICK_GONE) || change->session == NULL)
    lineup_agenda_record (self, change->key, old_id, NULL);
  else
    {
      LineupAgendaEntry *now = lineup_agenda_entry_new_for_session (change->session);

      /* The pick keeps its kind. */
      now->maybe = lineup_agenda_get_pick (self, change->key, change->id) == LINEUP_PICK_MAYBE
                   || lineup_agenda_get_pick (self, change->key, old_id) == LINEUP_PICK_MAYBE;
      /* A pick that followed its talk to a new id leaves the old one,
       * whether or not lineup_agenda_apply has moved it already. */
      if (!g_str_equal (old_id, change->id))
        lineup_agenda_record (self, change->key, old_id, NULL);
      lineup_agenda_record (self, change->key, change->id, now);
    }
  lineup_agenda_commit (self);
}
