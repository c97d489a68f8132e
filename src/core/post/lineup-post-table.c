/* lineup-post-table.c — a schedule table becomes a list of talks
 *
 * cmark has no tables: it reads a GitHub table as one paragraph of lines
 * with pipes.  Such a paragraph (a header row, then a delimiter row such as
 * "|:---:|---|") is split here into rows and cells, each cell's text parsed
 * by cmark for its inlines.  Posts publish schedules as tables of many
 * shapes: a time column and one column per room whose cells are "Title
 * (Name @ Org)"; rows of time | title | speakers; a day column; a group row
 * whose time applies to the rows under it (their time cell is empty).  Each
 * talk becomes one list item written the way the walk already reads an
 * unlinked talk: "DAY TIME Title - Names, Org", keeping the cell's own
 * inlines (links, emphasis).  A table without a time column is left alone:
 * it is not a schedule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts.h"
#include "lineup-slot.h"
#include "lineup-text.h"

#define MAX_COLUMNS 16

typedef enum
{
  COLUMN_OTHER,       /* a room, or any column of talks */
  COLUMN_TIME,
  COLUMN_DAY,
  COLUMN_SPEAKERS,
  COLUMN_TITLE,
} ColumnRole;

typedef struct
{
  GPtrArray  *cells;          /* cmark_node: a paragraph of the cell's inlines, or NULL */
  gint        line;
} Row;

typedef struct
{
  GPtrArray  *rows;           /* Row: the body rows */
  ColumnRole  roles[MAX_COLUMNS];
  guint       n_columns;
  gchar      *time_header;    /* the time column's header ("Time (CEST)") */
  gchar      *time;           /* the last time written: a group row's */
  gchar      *day;
} Table;

/* The plain text of a cell, spaces collapsed. */
static gchar *
cell_text (cmark_node *cell)
{
  g_autoptr(GString) text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (cell);
  cmark_event_type ev;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (ev != CMARK_EVENT_ENTER)
        continue;
      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          g_string_append (text, cmark_node_get_literal (node));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, ' ');
          break;
        default:
          break;
        }
    }
  cmark_iter_free (iter);
  return lineup_text_collapse_space (text->str);
}

static cmark_node *
nth_cell (Row   *row,
          guint  n)
{
  return n < row->cells->len ? g_ptr_array_index (row->cells, n) : NULL;
}

static ColumnRole
role_of_header (const gchar *header)
{
  g_autofree gchar *folded = lineup_text_fold (header);
  static const struct { const gchar *word; ColumnRole role; } words[] = {
    { "time", COLUMN_TIME }, { "when", COLUMN_TIME }, { "slot", COLUMN_TIME },
    { "hour", COLUMN_TIME }, { "date", COLUMN_DAY }, { "day", COLUMN_DAY },
    { "speaker", COLUMN_SPEAKERS }, { "presenter", COLUMN_SPEAKERS },
    { "who", COLUMN_SPEAKERS }, { "title", COLUMN_TITLE }, { "talk", COLUMN_TITLE },
    { "session", COLUMN_TITLE }, { "topic", COLUMN_TITLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i].word) != NULL)
      return words[i].role;
  return COLUMN_OTHER;
}

/* A column without a telling header whose cells are mostly times is the
 * time column. */
static gboolean
column_holds_times (Table *table,
                    guint  column)
{
  guint times = 0, filled = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      cmark_node *cell = nth_cell (g_ptr_array_index (table->rows, r), column);
      g_autofree gchar *text = NULL;
      LineupSlot slot;

      if (cell == NULL)
        continue;
      text = cell_text (cell);
      filled++;
      if ((lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) && lineup_slot_is_whole (text, &slot))
        times++;
    }
  return filled > 0 && times * 2 >= filled;
}

static gboolean
table_read_columns (Table      *table,
                    GPtrArray  *header)
{
  gboolean has_time = FALSE;

  table->n_columns = MIN (header->len, MAX_COLUMNS);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const gchar *text = g_ptr_array_index (header, i);

      table->roles[i] = role_of_header (text);
      if (table->roles[i] == COLUMN_TIME && table->time_header == NULL)
        table->time_header = g_strdup (text);
    }

  for (guint i = 0; i < table->n_columns; i++)
    has_time |= table->roles[i] == COLUMN_TIME;
  for (guint i = 0; i < table->n_columns && !has_time; i++)
    if (table->roles[i] == COLUMN_OTHER && column_holds_times (table, i))
      has_time = TRUE, table->roles[i] = COLUMN_TIME;
  return has_time;
}

static void
move_inlines (cmark_node *paragraph,
              cmark_node *cell)
{
  cmark_node *child;

  while ((child = cmark_node_first_child (cell)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_append_child (paragraph, child);
    }
}

/* "Title (Name & Name @ Org)" in a cell: the parentheses hold the speakers.
 * Rewrites the cell's last text as "Title - Name & Name, Org" when what the
 * parentheses hold reads as people. */
static void
rewrite_paren_byline (cmark_node *cell)
{
  cmark_node *last = cmark_node_last_child (cell);
  const gchar *literal, *open, *at;
  g_autofree gchar *inner = NULL;
  g_autofree gchar *names = NULL;
  g_autofree gchar *joined = NULL;
  g_autoptr(GString) byline = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  gsize length;

  if (last == NULL || cmark_node_get_type (last) != CMARK_NODE_TEXT)
    return;
  literal = cmark_node_get_literal (last);
  length = strlen (literal);
  while (length > 0 && g_ascii_isspace (literal[length - 1]))
    length--;
  if (length < 3 || literal[length - 1] != ')' ||
      (open = g_strrstr_len (literal, (gssize) length, "(")) == NULL || open == literal)
    return;

  inner = g_strndup (open + 1, (gsize) (literal + length - 1 - (open + 1)));
  at = strchr (inner, '@');
  names = g_strndup (inner, at != NULL ? (gsize) (at - inner) : strlen (inner));
  g_strdelimit (names, "&", ',');
  parts = g_strsplit (names, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_ptr_array_add (kept, parts[i]);
  if (kept->len == 0)
    return;
  g_ptr_array_add (kept, NULL);
  joined = g_strjoinv (" & ", (gchar **) kept->pdata);
  byline = g_string_new (joined);
  if (at != NULL)
    {
      g_autofree gchar *org = g_strstrip (g_strdup (at + 1));

      if (*org != '\0')
        g_string_append_printf (byline, ", %s", org);
    }
  if (!lineup_byline_looks_like_people (byline->str))
    return;

  {
    g_autofree gchar *title = g_strstrip (g_strndup (literal, (gsize) (open - literal)));
    g_autofree gchar *text = g_strdup_printf ("%s - %s", title, byline->str);

    cmark_node_set_literal (last, text);
  }
}

static gboolean
row_has_time (const Table *table,
              Row         *row)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (table->roles[i] == COLUMN_TIME && nth_cell (row, i) != NULL)
      return TRUE;
  return FALSE;
}

static cmark_node *
make_item (const Table *table,
           cmark_node  *title,
           cmark_node  *speakers,
           gint         line)
{
  cmark_node *item = cmark_node_new (CMARK_NODE_ITEM);
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  g_autofree gchar *when = g_strdup_printf ("%s%s%s ", table->day ? table->day : "",
                                            table->day && table->time ? " " : "",
                                            table->time ? table->time : "");

  lineup_post_document_set_line (item, line);
  lineup_post_document_set_line (paragraph, line);
  cmark_node_append_child (item, paragraph);
  lineup_post_document_append_text (paragraph, when);
  if (speakers == NULL)
    rewrite_paren_byline (title);
  move_inlines (paragraph, title);
  if (speakers != NULL)
    {
      lineup_post_document_append_text (paragraph, " - ");
      move_inlines (paragraph, speakers);
    }
  return item;
}

/* The talks of one row, appended to @list.  A row whose time cell is empty
 * takes the time of the rows above it; a row followed by such rows is the
 * group's heading, not a talk. */
/* The talks of row @index, appended to @list.  A row whose time cell is
 * empty takes the time of the rows above it; a row followed by such rows is
 * the group's heading, not a talk. */
static void
add_row (Table      *table,
         guint       index,
         cmark_node *list)
{
  Row *row = g_ptr_array_index (table->rows, index);
  Row *next = index + 1 < table->rows->len ? g_ptr_array_index (table->rows, index + 1) : NULL;
  cmark_node *title_cells[MAX_COLUMNS];
  cmark_node *speakers = NULL;
  guint n_titles = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      cmark_node *cell = nth_cell (row, i);

      if (cell == NULL)
        continue;
      switch (table->roles[i])
        {
        case COLUMN_TIME:
          g_free (table->time);
          table->time = cell_text (cell);
          break;
        case COLUMN_DAY:
          g_free (table->day);
          table->day = cell_text (cell);
          break;
        case COLUMN_SPEAKERS:
          speakers = cell;
          break;
        default:
          title_cells[n_titles++] = cell;
          break;
        }
    }

  if (table->time == NULL || n_titles == 0)
    return;
  if (row_has_time (table, row) && next != NULL && !row_has_time (table, next))
    return;
  /* Rows of time | title | speakers: one talk; columns of rooms: one each. */
  if (speakers != NULL)
    cmark_node_append_child (list, make_item (table, title_cells[0], speakers, row->line));
  else
    for (guint i = 0; i < n_titles; i++)
      cmark_node_append_child (list, make_item (table, title_cells[i], NULL, row->line));
}

/* "Time (CEST)": a paragraph naming the zone, or NULL. */
static cmark_node *
make_zone_note (Table *table,
                gint   line)
{
  g_autofree gchar *zone = NULL;
  cmark_node *paragraph;

  if (table->time_header == NULL ||
      (zone = lineup_post_layouts_find_zone_note (table->time_header)) == NULL)
    return NULL;
  paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_set_line (paragraph, line);
  lineup_post_document_append_text (paragraph, table->time_header);
  return paragraph;
}

static void
add_zone_note (Table      *table,
               cmark_node *table_node)
{
  cmark_node *paragraph = make_zone_note (table, lineup_post_document_line (table_node));

  if (paragraph != NULL)
    cmark_node_insert_before (table_node, paragraph);
}

/* The talks of @table's rows as a list, or NULL when none. */
static cmark_node *
make_list (Table *table,
           gint   line)
{
  cmark_node *list = cmark_node_new (CMARK_NODE_LIST);

  cmark_node_set_list_type (list, CMARK_BULLET_LIST);
  cmark_node_set_list_tight (list, TRUE);
  lineup_post_document_set_line (list, line);
  for (guint i = 0; i < table->rows->len; i++)
    add_row (table, i, list);
  if (cmark_node_first_child (list) != NULL)
    return list;
  cmark_node_free (list);
  return NULL;
}

/* Reading the table's text --------------------------------------------------- */

/* "|:---:| --- |": only pipes, colons, dashes and spaces, with a dash and a
 * pipe. */
static gboolean
is_delimiter_row (const gchar *line,
                  gsize        length)
{
  gboolean dash = FALSE, pipe = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (line[i] == '-')
        dash = TRUE;
      else if (line[i] == '|')
        pipe = TRUE;
      else if (line[i] != ':' && line[i] != ' ' && line[i] != '\t')
        return FALSE;
    }
  return dash && pipe;
}

/* The cells of a row: split at pipes that are neither escaped nor inside a
 * code span, without the outer pipes, trimmed.  "\|" stays a pipe. */
static GPtrArray *
split_row (const gchar *line,
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

/* A cell's text parsed by cmark: the paragraph holding its inlines, or NULL
 * for an empty cell. */
static cmark_node *
parse_cell (const gchar *text)
{
  cmark_node *document, *paragraph;

  if (*text == '\0')
    return NULL;
  document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  paragraph = cmark_node_first_child (document);
  if (paragraph != NULL && cmark_node_get_type (paragraph) == CMARK_NODE_PARAGRAPH)
    cmark_node_unlink (paragraph);
  else
    paragraph = NULL;
  cmark_node_free (document);
  return paragraph;
}

static void
row_free (Row *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (g_ptr_array_index (row->cells, i) != NULL)
      cmark_node_free (g_ptr_array_index (row->cells, i));
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static Row *
row_new (const gchar *line,
         gsize        length,
         gint         number)
{
  g_autoptr(GPtrArray) texts = split_row (line, length);
  Row *row = g_new0 (Row, 1);

  row->line = number;
  row->cells = g_ptr_array_new ();
  for (guint i = 0; i < texts->len && i < MAX_COLUMNS; i++)
    g_ptr_array_add (row->cells, parse_cell (g_ptr_array_index (texts, i)));
  return row;
}

typedef struct
{
  const gchar *text;
  gsize        length;
  GArray      *starts;        /* gsize: where each line starts */
} Lines;

static const gchar *
line_at (const Lines *lines,
         gint         number,
         gsize       *length)
{
  gsize start, end;

  if (number < 1 || (guint) number > lines->starts->len)
    return NULL;
  start = g_array_index (lines->starts, gsize, number - 1);
  end = (guint) number < lines->starts->len
        ? g_array_index (lines->starts, gsize, number) - 1
        : lines->length;
  *length = end - start;
  return lines->text + start;
}

/* The lines of @paragraph before its header row, parsed again, go before
 * it: prose written right above a table. */
static void
keep_prose_before (cmark_node  *paragraph,
                   const Lines *lines,
                   gint         first,
                   gint         header)
{
  gsize start = g_array_index (lines->starts, gsize, first - 1);
  gsize end = g_array_index (lines->starts, gsize, header - 1);
  cmark_node *document = cmark_parse_document (lines->text + start, end - start,
                                               CMARK_OPT_DEFAULT);
  cmark_node *child;

  while ((child = cmark_node_first_child (document)) != NULL)
    {
      cmark_node_unlink (child);
      lineup_post_document_set_line (child, first);
      cmark_node_insert_before (paragraph, child);
    }
  cmark_node_free (document);
}

static void
table_clear (Table *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table->time_header);
  g_free (table->time);
  g_free (table->day);
}

/* @paragraph holds a table when one of its lines is a delimiter row under a
 * header row with as many cells. */
static void
rewrite_table (cmark_node  *paragraph,
               const Lines *lines)
{
  gint first = cmark_node_get_start_line (paragraph);
  gint last = cmark_node_get_end_line (paragraph);
  Table table = { 0 };
  g_autoptr(GPtrArray) header = NULL;
  cmark_node *list;
  const gchar *line;
  gsize length;
  gint delimiter = 0;

  for (gint n = first + 1; n <= last && delimiter == 0; n++)
    if ((line = line_at (lines, n, &length)) != NULL && is_delimiter_row (line, length))
      delimiter = n;
  if (delimiter == 0 || (line = line_at (lines, delimiter - 1, &length)) == NULL ||
      memchr (line, '|', length) == NULL)
    return;

  header = split_row (line, length);
  table.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  for (gint n = delimiter + 1; n <= last && (line = line_at (lines, n, &length)) != NULL; n++)
    g_ptr_array_add (table.rows, row_new (line, length, n));
  if (!table_read_columns (&table, header))
    {
      table_clear (&table);
      return;
    }

  if (delimiter - 1 > first)
    keep_prose_before (paragraph, lines, first, delimiter - 1);
  add_zone_note (&table, paragraph);
  if ((list = make_list (&table, delimiter - 1)) != NULL)
    cmark_node_insert_before (paragraph, list);
  cmark_node_free (paragraph);
  table_clear (&table);
}

void
lineup_post_document_rewrite_tables (cmark_node  *document,
                                     const gchar *text,
                                     gsize        length)
{
  Lines lines = { text, length, NULL };
  gsize zero = 0;
  cmark_node *next;

  if (memchr (text, '|', length) == NULL)
    return;

  lines.starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (lines.starts, zero);
  for (const gchar *p = memchr (text, '\n', length); p != NULL && p + 1 < text + length;
       p = memchr (p + 1, '\n', length - (gsize) (p + 1 - text)))
    {
      gsize start = (gsize) (p + 1 - text);

      g_array_append_val (lines.starts, start);
    }

  /* Tables at the top level: inside a quote or a list item every line
   * carries a prefix the rows would have to shed. */
  for (cmark_node *node = cmark_node_first_child (document); node; node = next)
    {
      next = cmark_node_next (node);
      if (cmark_node_get_type (node) == CMARK_NODE_PARAGRAPH)
        rewrite_table (node, &lines);
    }
  g_array_unref (lines.starts);
}

gboolean
lineup_post_document_add_table (cmark_node *parent,
                                GPtrArray  *header,
                                GPtrArray  *rows,
                                GArray     *lines)
{
  Table table = { 0 };
  cmark_node *made;
  gint line = lines->len > 0 ? g_array_index (lines, gint, 0) : 0;

  table.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_new0 (Row, 1);

      row->cells = g_ptr_array_index (rows, i);
      row->line = i < lines->len ? g_array_index (lines, gint, i) : line;
      g_ptr_array_add (table.rows, row);
    }
  if (!table_read_columns (&table, header))
    {
      table_clear (&table);
      return FALSE;
    }
  if ((made = make_zone_note (&table, line)) != NULL)
    cmark_node_append_child (parent, made);
  if ((made = make_list (&table, line)) != NULL)
    cmark_node_append_child (parent, made);
  table_clear (&table);
  return TRUE;
}
