/* lineup-post-table-rows.c — a GitHub table's text cut into rows and cells
 *
 * cmark has no tables (and Debian 12's cmark-gfm is quadratic on long
 * lines): the reader cuts the paragraph of pipes itself.  A cell is split at
 * the pipes that are neither escaped nor in a code span, and its text is
 * parsed by cmark for its inlines, with the reference definitions it names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-post-table-private.h"

/* "|:---:| --- |": only pipes, colons, dashes and spaces, with a dash and a
 * pipe. */
gboolean
lineup_post_table_is_delimiter_row (const gchar *line,
                                    gsize        length)
{
  gboolean dash = FALSE, pipe = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (line[i] == '-')
        dash = TRUE;
      else if (line[i] == '|')
        pipe = TRUE;
      else if (line[i] != ':' && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
        return FALSE;
    }
  return dash && pipe;
}

/* The cells of a row: split at pipes that are neither escaped nor inside a
 * code span, without the outer pipes, trimmed.  "\|" stays a pipe. */
GPtrArray *
lineup_post_table_split_row (const gchar *line,
                             gsize        length)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean in_code = FALSE;
  gsize start = 0, end = length;

  while (start < end && g_ascii_isspace (line[start]))
    start++;
  while (end > start && g_ascii_isspace (line[end - 1]))
    end--;
  if (start < end && line[start] == '|')
    start++;
  if (end > start && line[end - 1] == '|' && (end - 1 == start || line[end - 2] != '\\'))
    end--;

  for (gsize i = start; i <= end; i++)
    {
      if (i == end || (line[i] == '|' && !in_code))
        {
          g_ptr_array_add (cells, g_strstrip (g_strdup (cell->str)));
          g_string_truncate (cell, 0);
          continue;
        }
      if (line[i] == '`')
        in_code = !in_code;
      if (line[i] == '\\' && i + 1 < end && line[i + 1] == '|')
        continue;
      g_string_append_c (cell, line[i]);
    }
  return cells;
}

/* A cell's text parsed by cmark, with the definitions of the references it
 * names ("[Welcome]"): the paragraph holding its inlines, or NULL for an
 * empty cell. */
static cmark_node *
parse_cell (const gchar *text,
            GHashTable  *definitions)
{
  g_autofree gchar *defined = lineup_post_table_definitions_for (definitions, text);
  g_autofree gchar *source = NULL;
  cmark_node *document, *paragraph;

  if (*text == '\0')
    return NULL;
  if (defined != NULL)
    text = source = g_strconcat (text, "\n\n", defined, NULL);
  document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  paragraph = cmark_node_first_child (document);
  if (paragraph != NULL && cmark_node_get_type (paragraph) == CMARK_NODE_PARAGRAPH)
    cmark_node_unlink (paragraph);
  else
    paragraph = NULL;
  cmark_node_free (document);
  return paragraph;
}

void
lineup_post_table_row_free (LineupPostTableRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (g_ptr_array_index (row->cells, i) != NULL)
      cmark_node_free (g_ptr_array_index (row->cells, i));
  g_ptr_array_unref (row->cells);
  g_free (row);
}

LineupPostTableRow *
lineup_post_table_row_new (const gchar *line,
                           gsize        length,
                           gint         number,
                           GHashTable  *definitions)
{
  g_autoptr(GPtrArray) texts = lineup_post_table_split_row (line, length);
  LineupPostTableRow *row = g_new0 (LineupPostTableRow, 1);

  row->line = number;
  row->cells = g_ptr_array_new ();
  for (guint i = 0; i < texts->len && i < LINEUP_POST_TABLE_MAX_COLUMNS; i++)
    g_ptr_array_add (row->cells, parse_cell (g_ptr_array_index (texts, i), definitions));
  return row;
}
