/* lineup-post-reader-heading-fields.c — what a heading's lines and list
 * say of its talk
 *
 * A short list right under a heading of its speakers and its slot ("* Name
 * ([@handle](…))", "* Day 1 - 11:00 – 12:00 - track 1"), fields marked
 * with an emoji ("👤 **Name**", "⏰ 16:05 – 16:55 | Room: Alfa") and a
 * heading that names the speaker of the link under it ("### Andre Arko
 * [@indirect](url)").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

/* "## Your API is a UI" over "* Christopher Hoult ([@choult](…))" and "*
 * Day 1 - 11:00 – 12:00 - track 1 ([slides](…))": a short list right under
 * a heading, of its speakers and its slot (a room or a track after it, a
 * link to its material in brackets), makes the heading a talk.  Its items
 * are read here, all at its first. */
#define MAX_FIELD_ITEMS 4
#define MAX_ROOM_WORDS  3

/* "Day 1 - 11:00 – 12:00 - track 1 (slides)": a slot first, then at most a
 * room or a track. */
static gboolean
read_slot_item (const gchar     *text,
                LineupSlot      *slot,
                LineupSlotFound *found,
                gchar          **room)
{
  g_autofree gchar *bare = lineup_post_without_last_bracket (text);
  g_autofree gchar *rest = NULL;
  g_autofree gchar *folded = NULL;

  *found = lineup_slot_scan (bare, slot);
  if (!(*found & LINEUP_SLOT_TIME) || lineup_post_count_letters (bare, (gssize) slot->span_start) > 0)
    return FALSE;
  rest = lineup_post_trim_separators (bare + slot->span_end, strlen (bare + slot->span_end));
  folded = lineup_text_fold (rest);
  if (*rest != '\0' && !lineup_post_layouts_is_place (rest) &&
      !(g_str_has_prefix (folded, "track") && lineup_post_count_words (rest) <= MAX_ROOM_WORDS))
    return FALSE;
  *room = *rest != '\0' ? g_steal_pointer (&rest) : NULL;
  return TRUE;
}

gboolean
lineup_post_reader_walk_heading_list (Walk   *walk,
                                      Reader *reader,
                                      guint   index)
{
  const LineupPostUnit *unit = g_ptr_array_index (reader->units, index);
  g_autofree gchar *byline = NULL;
  g_autofree gchar *room = NULL;
  LineupSlot slot = { 0 };
  LineupSlotFound found = LINEUP_SLOT_NONE;
  guint n = 0;
  Talk *talk;

  if (unit->kind != LINEUP_UNIT_ITEM || walk->heading == NULL || walk->heading_depth < 2 ||
      walk->field_description != NULL || walk->field_byline != NULL ||
      cmark_node_previous (unit->node) != NULL)
    return FALSE;
  for (guint i = index; i < reader->units->len; i++)
    {
      const LineupPostUnit *item = g_ptr_array_index (reader->units, i);
      const gchar *text = item->text;
      g_autofree gchar *people = NULL;
      g_autofree gchar *item_room = NULL;
      LineupSlot item_slot;
      LineupSlotFound item_found;

      if (item->kind != LINEUP_UNIT_ITEM || item->list != unit->list)
        break;
      if (++n > MAX_FIELD_ITEMS)
        return FALSE;
      if (found == LINEUP_SLOT_NONE && read_slot_item (text, &item_slot, &item_found, &item_room))
        {
          slot = item_slot;
          found = item_found;
          room = g_steal_pointer (&item_room);
          continue;
        }
      people = lineup_post_without_last_bracket (text);
      if (byline != NULL || lineup_post_count_words (people) > LINEUP_POST_MAX_SPEAKER_LINE_WORDS ||
          !lineup_byline_looks_like_people (people))
        return FALSE;
      byline = g_steal_pointer (&people);
    }
  if (found == LINEUP_SLOT_NONE || lineup_post_reader_names_role (walk->heading) ||
      (talk = lineup_post_reader_walk_slot_heading (walk, reader, unit, &slot, found)) == NULL)
    return FALSE;
  if (talk->byline == NULL)
    talk->byline = g_steal_pointer (&byline);
  if (talk->room == NULL)
    talk->room = g_steal_pointer (&room);
  walk->fields_list = unit->list;
  return TRUE;
}

/* "👤 **Jan Wieremjewicz**", "⏰ 16:05 – 16:55 | Room: Alfa | Track: DBA":
 * the lines under a talk that open with a symbol give its speakers, or its
 * time and the fields after a bar (its room). */
#define MAX_MARKED_NAME_WORDS 8

gboolean
lineup_post_reader_take_marked_field (Talk        *talk,
                                      const gchar *text)
{
  g_autofree gchar *bare = lineup_post_strip_marker (text);
  LineupSlot slot;
  gboolean marked = bare != NULL;

  /* "10:25 – 10:55 | Room: Omega 2 | Track: DBA" needs no mark */
  if (bare == NULL)
    bare = g_strstrip (g_strdup (text));
  if (lineup_post_marked_slot (bare, &slot))
    {
      const gchar *bar = strchr (bare + slot.span_end, '|');

      lineup_slot_merge (&talk->slot, &talk->found, &slot, LINEUP_SLOT_TIME);
      for (; bar != NULL && talk->room == NULL; bar = strchr (bar + 1, '|'))
        {
          g_autofree gchar *part = g_strndup (bar + 1, strcspn (bar + 1, "|"));
          gsize value = 0;

          if (lineup_post_layouts_field (g_strstrip (part), &value) == LINEUP_POST_FIELD_ROOM)
            talk->room = g_strstrip (g_strdup (part + value));
        }
      return TRUE;
    }
  /* the speakers the talk's line found already */
  if (marked && g_strcmp0 (talk->byline, bare) == 0)
    return TRUE;
  if (!marked || talk->byline != NULL || lineup_post_count_words (bare) > MAX_MARKED_NAME_WORDS ||
      !lineup_byline_looks_like_people (bare))
    return FALSE;
  talk->byline = g_steal_pointer (&bare);
  return TRUE;
}

/* Whether every line of @paragraph is a marked field of @talk's (taken). */
gboolean
lineup_post_reader_take_marked_fields (Talk       *talk,
                                       cmark_node *paragraph)
{
  g_auto(GStrv) lines = lineup_post_layouts_paragraph_lines (paragraph);
  guint taken = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] == '\0' || lineup_post_reader_take_marked_field (talk, lines[i]))
      taken++;
  return taken == g_strv_length (lines);
}

/* "### Andre Arko [@indirect](url)", "### Krzysztof Knapik": a heading that
 * is a person's full name (a handle after it), over a paragraph that is
 * nothing but the link to the talk they give; the name, or NULL.  @handle
 * tells whether the name had one. */
static gchar *
names_person (const Reader *reader,
              guint         index,
              gboolean     *handle)
{
  const LineupPostUnit *unit = g_ptr_array_index (reader->units, index);
  const LineupPostUnit *next;
  const LineupPostLine *line;
  const LineupPostLink *link;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) name = g_string_new (NULL);

  if (unit == NULL || unit->kind != LINEUP_UNIT_HEADING || unit->lines->len != 1 ||
      index + 1 >= reader->units->len || (next = g_ptr_array_index (reader->units, index + 1)) == NULL ||
      next->kind != LINEUP_UNIT_PARAGRAPH || next->lines->len != 1)
    return NULL;
  line = g_ptr_array_index (next->lines, 0);
  if (line->links->len != 1)
    return NULL;
  link = &g_array_index (line->links, LineupPostLink, 0);
  if (lineup_post_count_letters (line->text, (gssize) link->start) > 0 ||
      lineup_post_count_letters (line->text + link->end, -1) > 0)
    return NULL;
  words = g_strsplit (unit->text, " ", -1);
  *handle = FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '@')
        *handle = TRUE;
      else if (*words[i] != '\0')
        g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", words[i]);
    }
  if (!lineup_byline_may_be_person (name->str))
    return NULL;
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* A heading names the speaker of the link under it when it has a handle,
 * or when the heading before such a pair or after it does too: a run of
 * them ("## Main Track" alone over its first talk is no name). */
gchar *
lineup_post_reader_heading_names_speaker (Walk         *walk,
                                          const Reader *reader,
                                          guint         index)
{
  gboolean handle = FALSE, other = FALSE;
  g_autofree gchar *name = names_person (reader, index, &handle);
  g_autofree gchar *after = NULL;

  if (name != NULL && !handle && !walk->speaker_run && index + 2 < reader->units->len)
    after = names_person (reader, index + 2, &other);
  walk->speaker_run = name != NULL && (handle || walk->speaker_run || after != NULL);
  return walk->speaker_run ? g_steal_pointer (&name) : NULL;
}
