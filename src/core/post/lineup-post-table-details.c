/* lineup-post-table-details.c — what a schedule table says of its talks
 * besides their rows
 *
 * A workshop's table writes a talk's details in rows of their own under it,
 * their time cell empty: "Panel speakers: **Name, Name**", "Moderator:
 * **Name**", "&nbsp; - Challenge results" (an item of its agenda).  Such rows
 * are no talks of a group the row above would head; the speakers they name
 * are the talk's.  And a table with no column of speakers may write each
 * cell "Title, Full Name": when most of its cells do, the names after the
 * comma are the speakers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"

/* Cells that end with names in a table of "Title, Name" cells, at least. */
#define MIN_COMMA_BYLINES 3

static cmark_node *
nth_cell (LineupPostTableRow *row,
          guint               n)
{
  return n < row->cells->len ? g_ptr_array_index (row->cells, n) : NULL;
}

static gboolean
is_talk_column (LineupPostColumnRole role)
{
  return role == COLUMN_OTHER || role == COLUMN_TITLE || role == COLUMN_DAY_TALKS;
}

/* The text of @row's first talk cell with any, NULL when none. */
static gchar *
first_talk_text (LineupPostTableRow         *row,
                 const LineupPostColumnRole *roles,
                 guint                       n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree gchar *text = NULL;
      gchar *p;

      if (!is_talk_column (roles[i]) || nth_cell (row, i) == NULL)
        continue;
      text = lineup_post_table_cell_text (nth_cell (row, i));
      /* "&nbsp; - item": cmark reads the entity as a no-break space */
      for (p = text; *p == ' ' || g_str_has_prefix (p, "\xC2\xA0"); p += *p == ' ' ? 1 : 2)
        ;
      if (*p != '\0')
        return g_strdup (p);
    }
  return NULL;
}

gboolean
lineup_post_table_row_is_detail (LineupPostTableRow         *row,
                                 const LineupPostColumnRole *roles,
                                 guint                       n_columns)
{
  g_autofree gchar *text = NULL;

  for (guint i = 0; i < n_columns; i++)
    if (roles[i] == COLUMN_TIME && nth_cell (row, i) != NULL)
      return FALSE;
  if ((text = first_talk_text (row, roles, n_columns)) == NULL)
    return FALSE;
  return ((text[0] == '-' || text[0] == '*') && text[1] == ' ') ||
         g_str_has_prefix (text, "\xE2\x80\xA2") ||
         lineup_post_layouts_field (text, NULL) == LINEUP_POST_FIELD_SPEAKERS;
}

cmark_node *
lineup_post_table_detail_speakers (GPtrArray                  *rows,
                                   guint                       index,
                                   const LineupPostColumnRole *roles,
                                   guint                       n_columns)
{
  g_autoptr(GString) names = g_string_new (NULL);
  cmark_node *cell;

  for (guint r = index + 1; r < rows->len; r++)
    {
      LineupPostTableRow *row = g_ptr_array_index (rows, r);
      g_autofree gchar *text = NULL;
      gsize value = 0;

      if (!lineup_post_table_row_is_detail (row, roles, n_columns))
        break;
      text = first_talk_text (row, roles, n_columns);
      if (lineup_post_layouts_field (text, &value) == LINEUP_POST_FIELD_SPEAKERS)
        g_string_append_printf (names, "%s%s", names->len > 0 ? " & " : "", text + value);
    }
  if (names->len == 0)
    return NULL;
  cell = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_append_text (cell, names->str);
  return cell;
}

gboolean
lineup_post_table_cells_end_with_names (GPtrArray                  *rows,
                                        const LineupPostColumnRole *roles,
                                        guint                       n_columns)
{
  guint named = 0, filled = 0;

  for (guint r = 0; r < rows->len; r++)
    for (guint i = 0; i < n_columns; i++)
      {
        cmark_node *cell = nth_cell (g_ptr_array_index (rows, r), i);
        g_autofree gchar *text = NULL;
        gchar *comma;

        if (cell == NULL || !is_talk_column (roles[i]))
          continue;
        text = lineup_post_table_cell_text (cell);
        if (lineup_post_table_is_filler (text))
          continue;
        filled++;
        if ((comma = strrchr (text, ',')) != NULL && comma != text &&
            strchr (g_strstrip (comma + 1), ' ') != NULL &&
            lineup_byline_looks_like_people (comma + 1))
          named++;
      }
  return named >= MIN_COMMA_BYLINES && named * 2 > filled;
}
