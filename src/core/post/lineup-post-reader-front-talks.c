/* lineup-post-reader-front-talks.c — talks listed in the front matter
 *
 * An event site's page often keeps its programme in the front matter and
 * lets the site's layout render it; the body says little or nothing:
 *
 *     ---
 *     title: Lightning Talks
 *     date: 2017-12-19
 *     talks:
 *       - title: Progressive Web Apps
 *         speaker: Ada Lovelace
 *         time: 7:00 PM
 *       - title: Testing with Cypress
 *         speakers: [Alan Turing, Grace Hopper]
 *         time: 7:15 PM
 *     ---
 *
 * A top-level list of mappings is a list of talks when its entries have a
 * title and a time, a day or speakers.  Each entry becomes a talk as the
 * body's would: its slot read from its date and time, its speakers from
 * its byline; a break or a placeholder is no talk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"

/* Each field under its names, compared folded to lower case. */
typedef enum
{
  FIELD_TITLE,
  FIELD_NAME,      /* a title when the entry has a time or speakers, else a person's name */
  FIELD_SPEAKERS,
  FIELD_TIME,
  FIELD_END,
  FIELD_DATE,
  FIELD_URL,
  FIELD_DESCRIPTION,
  FIELD_ROOM,
  N_FIELDS
} Field;

static const struct
{
  const gchar *name;
  Field        field;
} field_names[] = {
  { "title", FIELD_TITLE }, { "talk", FIELD_TITLE }, { "topic", FIELD_TITLE },
  { "session", FIELD_TITLE }, { "subject", FIELD_TITLE }, { "name", FIELD_NAME },
  { "speaker", FIELD_SPEAKERS }, { "speakers", FIELD_SPEAKERS }, { "presenter", FIELD_SPEAKERS },
  { "presenters", FIELD_SPEAKERS }, { "by", FIELD_SPEAKERS }, { "who", FIELD_SPEAKERS },
  { "author", FIELD_SPEAKERS }, { "authors", FIELD_SPEAKERS },
  { "time", FIELD_TIME }, { "start", FIELD_TIME }, { "start_time", FIELD_TIME },
  { "starts", FIELD_TIME }, { "hour", FIELD_TIME }, { "when", FIELD_TIME }, { "slot", FIELD_TIME },
  { "end", FIELD_END }, { "end_time", FIELD_END }, { "ends", FIELD_END },
  { "date", FIELD_DATE }, { "day", FIELD_DATE },
  { "url", FIELD_URL }, { "link", FIELD_URL }, { "href", FIELD_URL },
  { "description", FIELD_DESCRIPTION }, { "abstract", FIELD_DESCRIPTION },
  { "summary", FIELD_DESCRIPTION }, { "details", FIELD_DESCRIPTION },
  { "room", FIELD_ROOM }, { "location", FIELD_ROOM }, { "venue", FIELD_ROOM },
};

/* A list of more entries than this is no page's programme. */
#define MAX_FRONT_TALKS 2000

struct _FrontEntry
{
  gchar *values[N_FIELDS];
  guint  line;
};

static gint
field_of (const gchar *key)
{
  g_autofree gchar *lower = g_ascii_strdown (key, -1);

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (g_str_equal (lower, field_names[i].name))
      return (gint) field_names[i].field;
  return -1;
}

static void
front_entry_free (FrontEntry *entry)
{
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (entry->values[i]);
  g_free (entry);
}

void
lineup_post_reader_front_entries_clear (FrontEntries *entries)
{
  g_clear_pointer (&entries->list, g_ptr_array_unref);
  g_clear_pointer (&entries->current, front_entry_free);
  g_clear_pointer (&entries->key, g_free);
  g_clear_pointer (&entries->nested_key, g_free);
}

/* A value: a scalar, or a list of scalars joined ("[Ada, Alan]"). */
static void
take_value (FrontEntries *entries,
            const gchar  *value)
{
  gint field = entries->key != NULL ? field_of (entries->key) : -1;
  gchar **slot;

  if (field < 0 || *value == '\0')
    return;
  slot = &entries->current->values[field];
  if (*slot == NULL)
    *slot = g_strdup (value);
  else
    {
      gchar *joined = g_strconcat (*slot, ", ", value, NULL);

      g_free (*slot);
      *slot = joined;
    }
}

void
lineup_post_reader_front_entries_event (FrontEntries       *entries,
                                        const yaml_event_t *event,
                                        gint                depth,
                                        guint               first_line)
{
  switch (event->type)
    {
    case YAML_MAPPING_START_EVENT:
      /* an entry of a top-level list ("talks:", "schedule:", …) */
      if (depth == 3 && entries->in_list && entries->current == NULL)
        {
          entries->current = g_new0 (FrontEntry, 1);
          entries->current->line = (guint) event->start_mark.line + first_line;
        }
      else if (depth >= 4 && entries->current != NULL)
        entries->nested++;   /* "speaker: {name: Ada, org: Acme}", "speakers: [{name: Ada}]" */
      break;

    case YAML_SEQUENCE_START_EVENT:
      entries->in_list = depth == 2 ? TRUE : entries->in_list;
      break;

    case YAML_MAPPING_END_EVENT:
      if (depth >= 4 && entries->nested > 0)
        {
          entries->nested--;
          g_clear_pointer (&entries->nested_key, g_free);
          if (depth == 4)
            g_clear_pointer (&entries->key, g_free);
        }
      if (depth == 3 && entries->current != NULL)
        {
          if (entries->list == NULL)
            entries->list = g_ptr_array_new_with_free_func ((GDestroyNotify) front_entry_free);
          if (entries->list->len < MAX_FRONT_TALKS)
            g_ptr_array_add (entries->list, g_steal_pointer (&entries->current));
          g_clear_pointer (&entries->current, front_entry_free);
          g_clear_pointer (&entries->key, g_free);
        }
      break;

    case YAML_SEQUENCE_END_EVENT:
      if (depth == 2)
        entries->in_list = FALSE;
      else if (depth == 4)
        g_clear_pointer (&entries->key, g_free);   /* "speakers: [Ada, Alan]" ended */
      break;

    case YAML_SCALAR_EVENT:
      if (entries->current == NULL)
        break;
      if (depth == 3 && entries->key == NULL)
        entries->key = g_strdup ((const gchar *) event->data.scalar.value);
      else if (depth == 3)
        {
          take_value (entries, (const gchar *) event->data.scalar.value);
          g_clear_pointer (&entries->key, g_free);
        }
      else if (depth == 4 && entries->nested == 0)
        take_value (entries, (const gchar *) event->data.scalar.value);
      else if (entries->nested > 0 && entries->nested_key == NULL)
        entries->nested_key = g_strdup ((const gchar *) event->data.scalar.value);
      else if (entries->nested > 0)
        {
          /* a person as a mapping: the name is the speaker */
          if (g_ascii_strcasecmp (entries->nested_key, "name") == 0)
            take_value (entries, (const gchar *) event->data.scalar.value);
          g_clear_pointer (&entries->nested_key, g_free);
        }
      break;

    case YAML_NO_EVENT:
    case YAML_STREAM_START_EVENT:
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_START_EVENT:
    case YAML_DOCUMENT_END_EVENT:
    case YAML_ALIAS_EVENT:
    default:
      break;
    }
}

/* "2017-12-19 7:00 PM - 7:15 PM": the entry's slot, as the body would
 * write it.  Without a day of its own, a timed entry is on the page's date:
 * an event's page is dated by its event. */
static LineupSlotFound
entry_slot (const Reader     *reader,
            const FrontEntry *entry,
            LineupSlot       *slot)
{
  g_autoptr(GString) when = g_string_new (NULL);

  if (entry->values[FIELD_DATE] != NULL)
    g_string_append_printf (when, "%s ", entry->values[FIELD_DATE]);
  else if (entry->values[FIELD_TIME] != NULL && reader->pub_year != 0)
    g_string_append_printf (when, "%04d-%02d-%02d ", reader->pub_year, reader->pub_month, reader->pub_day);
  if (entry->values[FIELD_TIME] != NULL)
    g_string_append (when, entry->values[FIELD_TIME]);
  if (entry->values[FIELD_TIME] != NULL && entry->values[FIELD_END] != NULL)
    g_string_append_printf (when, " - %s", entry->values[FIELD_END]);
  return lineup_slot_scan (when->str, slot);
}

/* Whether @entry reads as a talk: a title, and a time, a day or speakers.
 * "name: Progressive Web Apps" is a title beside a time or speakers; in a
 * list of people ("name: Ada Lovelace", "bio: …") it is a name. */
static gboolean
entry_is_talk (FrontEntry *entry)
{
  gboolean when_or_who = entry->values[FIELD_TIME] != NULL || entry->values[FIELD_DATE] != NULL ||
                         entry->values[FIELD_SPEAKERS] != NULL;

  if (entry->values[FIELD_TITLE] == NULL && entry->values[FIELD_NAME] != NULL &&
      (entry->values[FIELD_TIME] != NULL || entry->values[FIELD_SPEAKERS] != NULL))
    entry->values[FIELD_TITLE] = g_steal_pointer (&entry->values[FIELD_NAME]);
  return entry->values[FIELD_TITLE] != NULL && when_or_who;
}

void
lineup_post_reader_front_talks (Reader *reader)
{
  GPtrArray *list = reader->front_entries.list;
  guint n_talks = 0;

  if (list == NULL)
    return;
  for (guint i = 0; i < list->len; i++)
    n_talks += entry_is_talk (g_ptr_array_index (list, i));
  /* a list of two or more: one mapping is some other setting */
  if (n_talks < 2)
    return;

  for (guint i = 0; i < list->len; i++)
    {
      FrontEntry *entry = g_ptr_array_index (list, i);
      Talk *talk;

      if (!entry_is_talk (entry) || lineup_post_table_is_filler (entry->values[FIELD_TITLE]))
        continue;
      talk = g_new0 (Talk, 1);
      talk->title = g_steal_pointer (&entry->values[FIELD_TITLE]);
      talk->byline = g_steal_pointer (&entry->values[FIELD_SPEAKERS]);
      talk->url = g_steal_pointer (&entry->values[FIELD_URL]);
      talk->room = g_steal_pointer (&entry->values[FIELD_ROOM]);
      talk->found = entry_slot (reader, entry, &talk->slot);
      talk->line = entry->line;
      talk->from_fields = TRUE;   /* an entry of fields: a talk, linked or not */
      talk->description = g_string_new (entry->values[FIELD_DESCRIPTION]);
      lineup_post_reader_note_slot (reader, &talk->slot);
      lineup_post_reader_talk_finish (talk);
      g_ptr_array_add (reader->talks, talk);
    }
}
