/* lineup-post-context.c — what the text around the talks says about their days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-context"

#include "config.h"

#include <string.h>

#include "lineup-post-context.h"
#include "lineup-text.h"

gboolean
lineup_post_context_fields_first (const LineupPostUnit *unit,
                                  gboolean              has_speakers,
                                  gboolean              has_description)
{
  const LineupPostLine *first;

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len < 2 || has_speakers ||
      has_description)
    return FALSE;
  first = g_ptr_array_index (unit->lines, 0);
  return first->emphasised;
}

static gboolean
goes_on_with_byline (const LineupPostLine *line)
{
  static const gchar *const verbs[] = {
    "led by", "presented by", "hosted by", "given by", "by ", "presented", "led",
  };
  const LineupPostLink *link;
  const gchar *after;

  if (line->links->len == 0)
    return FALSE;
  link = &g_array_index (line->links, LineupPostLink, 0);
  after = line->text + link->end;
  while (*after == ' ')
    after++;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_ascii_strncasecmp (after, verbs[i], strlen (verbs[i])) == 0 &&
        (g_str_has_suffix (verbs[i], " ") || after[strlen (verbs[i])] == ' ' ||
         after[strlen (verbs[i])] == '\0'))
      return TRUE;
  return FALSE;
}

gboolean
lineup_post_context_merge_byline_lines (GPtrArray *lines)
{
  LineupPostLine *first;
  GString *text;

  if (lines->len < 2 || !goes_on_with_byline (g_ptr_array_index (lines, 0)))
    return FALSE;

  first = g_ptr_array_index (lines, 0);
  text = g_string_new (first->text);
  for (guint i = 1; i < lines->len; i++)
    {
      LineupPostLine *line = g_ptr_array_index (lines, i);
      gsize shift = text->len + 1;

      g_string_append_c (text, ' ');
      g_string_append (text, line->text);
      for (guint j = 0; j < line->links->len; j++)
        {
          LineupPostLink link = g_array_index (line->links, LineupPostLink, j);

          link.start += shift;
          link.end += shift;
          g_array_append_val (first->links, link);
        }
      g_array_set_size (line->links, 0);   /* the urls moved to @first */
      first->last = line->last;
      first->emphasised = first->emphasised && line->emphasised;
      first->strong = first->strong && line->strong;
    }
  /* @lines frees the others (their links are @first's now). */
  g_ptr_array_steal_index (lines, 0);
  g_ptr_array_set_size (lines, 0);
  g_ptr_array_add (lines, first);
  g_free (first->text);
  first->text = g_string_free (text, FALSE);
  first->scan.done = FALSE;
  return TRUE;
}

/* The place table lives with the zone abbreviations, in lineup-slot-zone.c. */
guint
lineup_post_context_find_city (const gchar *text)
{
  return lineup_slot_zone_find_place (text);
}

const gchar *
lineup_post_context_city_zone (guint        city,
                               const gchar *abbreviation)
{
  return lineup_slot_zone_for_place (city, abbreviation);
}

gboolean
lineup_post_context_section_talk (const LineupPostUnit    *unit,
                                  const LineupPostContext *context,
                                  LineupPostTalk          *talk)
{
  const LineupPostUnit *next = context->next;
  g_autofree gchar *heading = NULL;
  LineupSlot slot;
  LineupSlotFound found;

  if (unit->kind != LINEUP_UNIT_HEADING || unit->has_link || unit->lines->len != 1 ||
      next == NULL || next->kind != LINEUP_UNIT_PARAGRAPH || !next->has_link)
    return FALSE;
  found = lineup_post_unit_scan (next, &slot);
  if ((found & LINEUP_SLOT_TIME) == 0 || (found & LINEUP_SLOT_DATE) == 0)
    return FALSE;

  heading = lineup_text_fold (unit->text);
  for (guint i = 0; i < next->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (next->lines, i);

      for (guint j = 0; j < line->links->len; j++)
        {
          const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, j);
          g_autofree gchar *text = g_strndup (line->text + link->start, link->end - link->start);
          g_autofree gchar *folded = lineup_text_fold (text);
          g_autofree gchar *code = lineup_post_layouts_sched_code (link->url);

          if (code == NULL || !g_str_equal (folded, heading))
            continue;
          talk->line_index = 0;
          talk->title = g_strdup (unit->text);
          talk->url = g_strdup (link->url);
          talk->slot = slot;
          talk->found = found;
          return TRUE;
        }
    }
  return FALSE;
}
