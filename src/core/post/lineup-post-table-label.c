/* lineup-post-table-label.c — a "Session" column beside a "Title" column
 *
 * "Time | Session | Title": the session cell says what the slot is
 * ("Opening", "Keynote: Steph de Silva", "Afternoon tea") and the title
 * cell names the talk, or says nothing ("", "TBA").  Such a row is one talk,
 * not one per cell: its title, with the names a "Keynote: Name" label gives
 * as its byline; the label itself when the title says nothing ("RStudio
 * keynote: Name" over an empty cell, "Closing"); none when the label is a
 * meal, a break or a reception ("Lunch (provided) | Poster session 2").
 *
 * A title cell may also open with the talk's own time, narrower than the
 * row's ("10:30--11:30: Taming the AI Monster" in a 10:30--12:30 row).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

static gboolean
header_is (const gchar        *header,
           const gchar *const *words)
{
  g_autofree gchar *folded = lineup_text_fold (header);

  return g_strv_contains (words, g_strstrip (folded));
}

/* "Lunch (provided)" → "Lunch": the aside in brackets left out. */
static gchar *
without_aside (const gchar *text)
{
  const gchar *open = strstr (text, " (");

  if (open == NULL || !g_str_has_suffix (text, ")"))
    return g_strdup (text);
  return g_strndup (text, (gsize) (open - text));
}

/* "", "TBA": a title still to come, the label stands for it; where
 * "Coffee, tea provided" is a break. */
static gboolean
is_to_come (const gchar *title)
{
  static const gchar *const words[] = {
    "", "tba", "tbd", "tbc", "to be announced", "to be confirmed", "to be decided", NULL
  };

  return title == NULL || header_is (title, words);
}

/* "Parallel sessions (6)", "Breakout tracks": the slot of talks listed
 * elsewhere, no talk of its own. */
static gboolean
names_a_block (const gchar *title)
{
  g_autofree gchar *bare = without_aside (title);
  g_autofree gchar *folded = lineup_text_fold (bare);
  g_auto(GStrv) words = g_strsplit (g_strstrip (folded), " ", -1);
  guint n = g_strv_length (words);

  return n == 2 && (g_str_equal (words[1], "sessions") || g_str_equal (words[1], "tracks"));
}

static void
append_byline (cmark_node  *paragraph,
               const gchar *names)
{
  cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
  lineup_post_document_append_text (paragraph, names);
}

/* One row: the label cell @kind (taken) merged into the title cell. */
static void
merge_row (GPtrArray  *cells,
           guint       column,
           cmark_node *kind)
{
  g_autofree gchar *text = lineup_post_table_cell_text (kind);
  g_autofree gchar *bare = without_aside (text);
  cmark_node *title = g_ptr_array_index (cells, column);
  g_autofree gchar *title_text = title != NULL ? lineup_post_table_cell_text (title) : NULL;
  const gchar *colon = strstr (text, ": ");
  g_autofree gchar *names = NULL;

  if (colon != NULL && lineup_byline_looks_like_people (colon + 2))
    names = g_strdup (colon + 2);
  if (lineup_post_table_is_filler (bare) ||
      (title_text != NULL && (names_a_block (title_text) ||
                              (!is_to_come (title_text) &&
                               lineup_post_table_is_filler (title_text)))))
    {
      g_clear_pointer (&cells->pdata[column], cmark_node_free);
      cmark_node_free (kind);
      return;
    }
  if (is_to_come (title_text))
    {
      g_clear_pointer (&cells->pdata[column], cmark_node_free);
      if (names != NULL)
        {
          g_autofree gchar *label = g_strndup (text, (gsize) (colon - text));
          cmark_node *made = cmark_node_new (CMARK_NODE_PARAGRAPH);

          lineup_post_document_set_line (made, lineup_post_document_line (kind));
          lineup_post_document_append_text (made, label);
          append_byline (made, names);
          cmark_node_free (kind);
          kind = made;
        }
      cells->pdata[column] = kind;
      return;
    }
  if (names != NULL)
    append_byline (title, names);
  cmark_node_free (kind);
}

void
lineup_post_table_merge_label_column (GPtrArray *header,
                                      GPtrArray *rows)
{
  static const gchar *const labels[] = { "session", "session type", NULL };
  static const gchar *const titles[] = { "title", "talk", "topic", "talk title", NULL };
  guint label = G_MAXUINT, title = G_MAXUINT;

  for (guint i = 0; i < header->len; i++)
    if (label == G_MAXUINT && header_is (g_ptr_array_index (header, i), labels))
      label = i;
    else if (title == G_MAXUINT && header_is (g_ptr_array_index (header, i), titles))
      title = i;
  if (label == G_MAXUINT || title == G_MAXUINT)
    return;

  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (rows, r);
      cmark_node *kind;

      if (label >= cells->len || title >= cells->len ||
          (kind = g_ptr_array_index (cells, label)) == NULL)
        continue;
      cells->pdata[label] = NULL;
      merge_row (cells, title, kind);
    }
}

gchar *
lineup_post_table_take_leading_time (cmark_node *title)
{
  cmark_node *first = title;
  const gchar *text;
  g_autofree gchar *rest = NULL;
  gchar *time;
  LineupSlot slot;
  gsize after;

  /* the first text, maybe in bold ("**10:30--11:30: Title**") */
  while (first != NULL && cmark_node_get_type (first) != CMARK_NODE_TEXT)
    first = cmark_node_first_child (first);
  if (first == NULL || (text = cmark_node_get_literal (first)) == NULL ||
      lineup_slot_scan (text, &slot) != LINEUP_SLOT_TIME || slot.span_start != 0 ||
      slot.end_minute < 0)
    return NULL;
  after = slot.span_end;
  if (text[after] != ':' || text[after + 1] != ' ')
    return NULL;
  rest = g_strdup (text + after + 2);
  if (*rest == '\0')
    return NULL;
  time = g_strndup (text, slot.span_end);
  cmark_node_set_literal (first, rest);
  return time;
}
