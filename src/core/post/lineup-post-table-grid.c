/* lineup-post-table-grid.c — grids of talks timed by their column headers,
 * and days laid side by side
 *
 * A workshop grid gives its times in the column headers ("Room | Morning
 * (09:00 - 12:00) | Afternoon (13:30 - 17:00)") and its talks in the cells
 * ("Title (Name, Name)"), in HTML (lineup-post-html-rows.c) as in a GitHub
 * table (lineup-post-table.c).  Both are read here as the table Time |
 * Title (| Room) with one row per cell.
 *
 * A workshop of two days may lay them side by side, each with its own
 * column of times ("| | **Day 1** | | **Day 2** |" over "| 8:30 | Welcome
 * (Ann) | 8:30 | Module 3 (Obi) |"): each day is read as a table of its
 * own, the first day's first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post"

#include "config.h"

#include <string.h>

#include "lineup-post-document.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"

gboolean
lineup_post_table_text_has_time (const gchar *text)
{
  LineupSlot slot;

  return (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) != 0;
}

/* The time in @text, without the words around it ("Morning (08:30 -
 * 12:00)" → "08:30 - 12:00"). */
static gchar *
time_of_text (const gchar *text)
{
  LineupSlot slot;

  if ((lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) == 0 ||
      slot.span_end <= slot.span_start || slot.span_end > strlen (text))
    return g_strdup (text);
  return g_strndup (text + slot.span_start, slot.span_end - slot.span_start);
}

gboolean
lineup_post_table_read_time_grid (GPtrArray             *heads,
                                  guint                  n_rows,
                                  LineupPostGridCellFunc cell_func,
                                  gpointer               data,
                                  GPtrArray             *header,
                                  GPtrArray             *rows,
                                  GArray                *lines)
{
  guint timed = 0;
  gboolean label;

  for (guint c = 0; c < heads->len; c++)
    timed += lineup_post_table_text_has_time (g_ptr_array_index (heads, c));
  if (timed < 2)
    return FALSE;

  label = !lineup_post_table_text_has_time (g_ptr_array_index (heads, 0));
  g_ptr_array_add (header, g_strdup ("Time"));
  g_ptr_array_add (header, g_strdup ("Title"));
  if (label)
    g_ptr_array_add (header, g_strdup (g_ptr_array_index (heads, 0)));
  for (guint c = label ? 1 : 0; c < heads->len; c++)
    for (guint r = 0; r < n_rows; r++)
      {
        g_autofree gchar *slot = NULL;
        cmark_node *time, *title;
        GPtrArray *cells;
        gint line = 0, label_line;

        if ((title = cell_func (data, r, c, &line)) == NULL)
          continue;
        time = cmark_node_new (CMARK_NODE_PARAGRAPH);
        slot = time_of_text (g_ptr_array_index (heads, c));
        lineup_post_document_append_text (time, slot);
        lineup_post_document_set_line (time, line);
        cells = g_ptr_array_new ();
        g_ptr_array_add (cells, time);
        g_ptr_array_add (cells, title);
        if (label)
          g_ptr_array_add (cells, cell_func (data, r, 0, &label_line));
        g_ptr_array_add (rows, cells);
        g_array_append_val (lines, line);
      }
  return TRUE;
}

typedef struct
{
  GPtrArray *rows;   /* LineupPostTableRow */
} PipeGrid;

/* Cell @column of row @row: the title cells are taken from the row, the
 * first column's (the room) is given anew to each talk of its row. */
static cmark_node *
pipe_cell (gpointer data,
           guint    row,
           guint    column,
           gint    *line)
{
  PipeGrid *grid = data;
  LineupPostTableRow *r = g_ptr_array_index (grid->rows, row);
  cmark_node *cell;
  g_autofree gchar *text = NULL;

  *line = r->line;
  if (column >= r->cells->len || (cell = g_ptr_array_index (r->cells, column)) == NULL)
    return NULL;
  if (column > 0)
    {
      g_ptr_array_index (r->cells, column) = NULL;
      return cell;
    }
  text = lineup_post_table_cell_text (cell);
  cell = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_set_line (cell, r->line);
  lineup_post_document_append_text (cell, text);
  return cell;
}

/* Puts the blocks of @document (freed) in the place of @paragraph (freed). */
static void
replace_paragraph (cmark_node *paragraph,
                   cmark_node *document)
{
  cmark_node *child;

  while ((child = cmark_node_first_child (document)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_insert_before (paragraph, child);
    }
  cmark_node_free (document);
  cmark_node_free (paragraph);
}

gboolean
lineup_post_table_rewrite_time_grid (cmark_node *paragraph,
                                     GPtrArray  *heads,
                                     GPtrArray  *table_rows)
{
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (gint));
  PipeGrid grid = { table_rows };
  cmark_node *document;

  /* a body cell that is a time makes the table one of rows of times */
  for (guint r = 0; r < table_rows->len; r++)
    {
      LineupPostTableRow *row = g_ptr_array_index (table_rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          cmark_node *cell = g_ptr_array_index (row->cells, c);
          g_autofree gchar *text = cell != NULL ? lineup_post_table_cell_text (cell) : NULL;

          if (text != NULL && lineup_post_table_text_has_time (text))
            return FALSE;
        }
    }
  if (heads->len < 3 || heads->len > LINEUP_POST_TABLE_MAX_COLUMNS ||
      !lineup_post_table_read_time_grid (heads, table_rows->len, pipe_cell, &grid, header, rows, lines))
    return FALSE;
  document = cmark_node_new (CMARK_NODE_DOCUMENT);
  if (rows->len == 0 || !lineup_post_document_add_table (document, header, rows, lines))
    {
      cmark_node_free (document);
      return FALSE;
    }
  replace_paragraph (paragraph, document);
  return TRUE;
}

/* The number of days laid side by side in a table of @header and @rows:
 * columns in pairs, each an unnamed column of times then a named column of
 * talks; 0 when the table is no such thing. */
static guint
count_day_pairs (GPtrArray *header,
                 GPtrArray *rows)
{
  if (header->len < 4 || header->len % 2 != 0 || header->len > LINEUP_POST_TABLE_MAX_COLUMNS)
    return 0;
  for (guint c = 0; c < header->len; c += 2)
    if (!lineup_post_table_is_blank (g_ptr_array_index (header, c)) || lineup_post_table_is_blank (g_ptr_array_index (header, c + 1)) ||
        !lineup_post_table_column_holds (rows, c, FALSE) ||
        lineup_post_table_column_holds (rows, c + 1, FALSE))
      return 0;
  return header->len / 2;
}

/* The header of the day in @column + 1 of @rows: its date when the first
 * row gives it under "**Day 1**" ("| | **Thursday, June 16** |", a row
 * then skipped: *@first is 1), else @head. */
static gchar *
day_header (const gchar *head,
            GPtrArray   *rows,
            guint        column,
            guint       *first)
{
  LineupPostTableRow *row = rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;
  cmark_node *time, *day;
  g_autofree gchar *text = NULL;
  g_autofree gchar *date = NULL;

  *first = 0;
  if (row == NULL || column + 1 >= row->cells->len)
    return g_strdup (head);
  time = g_ptr_array_index (row->cells, column);
  day = g_ptr_array_index (row->cells, column + 1);
  if (day == NULL)
    return g_strdup (head);
  text = lineup_post_table_cell_text (day);
  if (time != NULL)
    {
      g_autofree gchar *time_text = lineup_post_table_cell_text (time);

      if (!lineup_post_table_is_blank (time_text))
        return g_strdup (head);
    }
  if ((date = lineup_post_table_day_of (text)) == NULL)
    return g_strdup (head);
  *first = 1;
  return g_steal_pointer (&text);
}

gboolean
lineup_post_table_rewrite_day_pairs (cmark_node *paragraph,
                                     GPtrArray  *heads,
                                     GPtrArray  *table_rows)
{
  guint n_days = count_day_pairs (heads, table_rows);
  cmark_node *document;
  gboolean any = FALSE;

  if (n_days == 0)
    return FALSE;
  document = cmark_node_new (CMARK_NODE_DOCUMENT);
  for (guint d = 0; d < n_days; d++)
    {
      GPtrArray *header = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();
      g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (gint));

      guint r = 0;

      g_ptr_array_add (header, g_strdup (g_ptr_array_index (heads, 2 * d)));
      g_ptr_array_add (header, day_header (g_ptr_array_index (heads, 2 * d + 1), table_rows, 2 * d, &r));
      for (; r < table_rows->len; r++)
        {
          LineupPostTableRow *row = g_ptr_array_index (table_rows, r);
          GPtrArray *cells = g_ptr_array_new ();

          /* the cells move to the day's table */
          for (guint c = 2 * d; c < 2 * d + 2; c++)
            {
              g_ptr_array_add (cells, c < row->cells->len ? g_ptr_array_index (row->cells, c) : NULL);
              if (c < row->cells->len)
                g_ptr_array_index (row->cells, c) = NULL;
            }
          g_ptr_array_add (rows, cells);
          g_array_append_val (lines, row->line);
        }
      any |= lineup_post_document_add_table (document, header, rows, lines);
      g_ptr_array_unref (header);
    }
  if (!any)
    {
      cmark_node_free (document);
      return FALSE;
    }
  replace_paragraph (paragraph, document);
  g_ptr_array_unref (table_rows);
  return TRUE;
}
