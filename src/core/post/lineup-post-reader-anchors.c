/* lineup-post-reader-anchors.c — a programme's rows that link the
 * sections of the same page
 *
 * "| **13:10 - 14:10** | [Invited talk 1](#invited-talk-1) |": the row
 * gives the time, the section "## Invited talk 1" (its "Title" and
 * "Speaker" fields) the talk.  The one talk read under the section takes
 * the row's slot and the row goes; a row that links a section of several
 * talks ("[Main talks](#main-talks) × 3") is their block, no talk itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-reader-private.h"

typedef struct
{
  gchar *slug;
  guint  line;
  guint  level;
  guint  end;     /* the line of the next heading as high, G_MAXUINT: none */
} Anchor;

static void
anchor_clear (Anchor *anchor)
{
  g_free (anchor->slug);
}

/* The anchor a site gives a heading, as GitHub does: lower case, letters,
 * digits, '-' and '_' kept, spaces as '-', the rest dropped. */
static gchar *
heading_slug (const gchar *text)
{
  g_autofree gchar *lower = g_utf8_strdown (text, -1);
  GString *slug = g_string_new (NULL);

  for (const gchar *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        g_string_append_c (slug, '-');
      else if (g_unichar_isalnum (c) || c == '-' || c == '_')
        g_string_append_unichar (slug, c);
    }
  return g_string_free (slug, FALSE);
}

void
lineup_post_reader_note_anchor (Reader               *reader,
                                const LineupPostUnit *unit)
{
  Anchor anchor;

  if (unit->kind != LINEUP_UNIT_HEADING)
    return;
  if (reader->anchors == NULL)
    {
      reader->anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));
      g_array_set_clear_func (reader->anchors, (GDestroyNotify) anchor_clear);
    }
  anchor.slug = heading_slug (unit->text);
  anchor.line = unit->line;
  anchor.level = (guint) unit->level;
  anchor.end = G_MAXUINT;
  g_array_append_val (reader->anchors, anchor);
}

/* The index of the first talk at @line or after, the talks in the order
 * of their lines. */
static guint
first_talk_from (const Reader *reader,
                 guint         line)
{
  guint low = 0, high = reader->talks->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (((const Talk *) g_ptr_array_index (reader->talks, middle))->line < line)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The section @url ("#invited-talk-1") links: its talks are those from
 * *@first up to (not with) *@after. */
static gboolean
linked_section (const Reader *reader,
                GHashTable   *slugs,
                const gchar  *url,
                guint        *first,
                guint        *after)
{
  g_autofree gchar *unescaped = NULL;
  g_autofree gchar *fragment = NULL;
  gpointer found;
  const Anchor *anchor;
  guint index;

  if (url == NULL || url[0] != '#' || url[1] == '\0' ||
      (unescaped = g_uri_unescape_string (url + 1, NULL)) == NULL)
    return FALSE;
  fragment = g_utf8_strdown (unescaped, -1);
  if (!g_hash_table_lookup_extended (slugs, fragment, NULL, &found))
    return FALSE;
  index = GPOINTER_TO_UINT (found);
  anchor = &g_array_index (reader->anchors, Anchor, index);
  *first = first_talk_from (reader, anchor->line + 1);
  *after = first_talk_from (reader, anchor->end);
  return TRUE;
}

/* Each section's end, in one pass: the headings still open, deepest last,
 * each closed by the next heading as high. */
static void
find_section_ends (GArray *anchors)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < anchors->len; i++)
    {
      Anchor *anchor = &g_array_index (anchors, Anchor, i);

      while (open->len > 0 &&
             g_array_index (anchors, Anchor, g_array_index (open, guint, open->len - 1)).level >=
             anchor->level)
        {
          g_array_index (anchors, Anchor, g_array_index (open, guint, open->len - 1)).end =
            anchor->line;
          g_array_set_size (open, open->len - 1);
        }
      g_array_append_val (open, i);
    }
}

static gboolean
talks_in_line_order (const Reader *reader)
{
  for (guint i = 1; i < reader->talks->len; i++)
    if (((const Talk *) g_ptr_array_index (reader->talks, i - 1))->line >
        ((const Talk *) g_ptr_array_index (reader->talks, i))->line)
      return FALSE;
  return TRUE;
}

void
lineup_post_reader_merge_anchored (Reader *reader)
{
  g_autoptr(GHashTable) slugs = NULL;
  g_autoptr(GHashTable) dropped = NULL;
  guint kept = 0;

  if (reader->anchors == NULL || !talks_in_line_order (reader))
    return;
  find_section_ends (reader->anchors);
  /* a slug the page gives twice links its first heading */
  slugs = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = reader->anchors->len; i-- > 0;)
    g_hash_table_insert (slugs, g_array_index (reader->anchors, Anchor, i).slug,
                         GUINT_TO_POINTER (i));
  dropped = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *row = g_ptr_array_index (reader->talks, i);
      guint first, after;
      Talk *talk;

      if (!(row->found & LINEUP_SLOT_TIME) ||
          !linked_section (reader, slugs, row->url, &first, &after) ||
          (first <= i && i < after) || after == first)
        continue;
      g_hash_table_add (dropped, row);
      talk = g_ptr_array_index (reader->talks, first);
      if (after - first != 1 || (talk->found & LINEUP_SLOT_TIME))
        continue;
      lineup_slot_merge (&talk->slot, &talk->found, &row->slot, row->found);
      if (talk->day_month == 0 && talk->day_weekday == 0)
        {
          talk->day_year = row->day_year;
          talk->day_month = row->day_month;
          talk->day_day = row->day_day;
          talk->day_weekday = row->day_weekday;
        }
      talk->twelve_hour = row->twelve_hour;
    }
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      if (g_hash_table_contains (dropped, talk))
        lineup_post_reader_talk_free (talk);
      else
        reader->talks->pdata[kept++] = talk;
    }
  reader->talks->len = kept;
}
