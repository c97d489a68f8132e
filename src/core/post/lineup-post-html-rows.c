/* lineup-post-html-rows.c — times beside titles in HTML outside a table's
 * columns of times: <div> pairs and grids timed by their headers
 *
 * Blueprint-style pages pair a time and a title in sibling elements
 * ("<div class=span-2>09:15-10:00</div> <div class=span-4><strong>Keynote
 * by Name</strong></div>", a <dt>/<dd> pair), or put both in one row
 * element ("<div class=slot><span class=time>9:00</span> <span>Title</span>
 * <span>Name</span></div>"); a workshop grid gives its times in the column headers
 * ("07:30 | Morning (08:30 - 12:00) | Afternoon (13:30 - 17:00)") and its
 * talks in the cells, a Breakfast cell spanning the rows.  Both are read as
 * the table Time | Title | … a GitHub table becomes (lineup-post-table.c),
 * so meals, breaks and placeholders are dropped there as in any table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-html"

#include "config.h"

#include <string.h>

#include "lineup-post-document.h"
#include "lineup-post-html-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"


/* The plain text of @node, spaces collapsed. */
static gchar *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  gchar *text = lineup_text_collapse_space (content != NULL ? (const gchar *) content : "");

  xmlFree (content);
  return text;
}

/* The <tr> of @table, with those of its <thead>, <tbody> and <tfoot>. */
static void
collect_rows (xmlNode   *table,
              GPtrArray *rows)
{
  for (xmlNode *child = table->children; child != NULL; child = child->next)
    if (lineup_post_html_is_tag (child, "tr"))
      g_ptr_array_add (rows, child);
    else if (lineup_post_html_is_tag (child, "thead") || lineup_post_html_is_tag (child, "tbody") ||
             lineup_post_html_is_tag (child, "tfoot"))
      collect_rows (child, rows);
}


/* The next element after @node among its siblings (text between them is
 * white space), or NULL. */
static xmlNode *
next_element (xmlNode *node)
{
  for (node = node->next; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        return node;
      if (node->type == XML_TEXT_NODE && node->content != NULL)
        for (const xmlChar *c = node->content; *c != '\0'; c++)
          if (!g_ascii_isspace (*c))
            return NULL;
    }
  return NULL;
}

/* @node's text is a time and nothing else ("09:00-09:15", "17:00 "). */
static gboolean
element_is_time (xmlNode *node)
{
  g_autofree gchar *text = NULL;
  LineupSlot slot;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  text = node_text (node);
  return (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) != 0 &&
         lineup_slot_is_whole (text, &slot);
}

/* A title with its byline is a line, not a paragraph of prose. */
#define MAX_CELL_WORDS 40

/* @node may hold a talk beside a time: a line of text, not a heading, list
 * or table. */
static gboolean
element_is_cell (xmlNode *node)
{
  static const gchar *const structures[] = {
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "hr", "details", NULL
  };
  g_autofree gchar *text = NULL;

  guint words = 0;

  if (node == NULL || node->type != XML_ELEMENT_NODE ||
      lineup_post_html_is_any_tag (node, structures) ||
      element_is_time (node))
    return FALSE;
  text = node_text (node);
  for (const gchar *p = text; *p != '\0'; p++)
    words += *p == ' ';
  return *text != '\0' && words < MAX_CELL_WORDS;
}

/* The most columns a grid of talks is read with, and the most rows a cell
 * spans (a hostile rowspan='99999' must not make the grid quadratic). */
#define MAX_GRID_COLUMNS 16
#define MAX_ROW_SPAN     64

/* A cell's rowspan or colspan (@name), 1 to @most. */
static guint
span_of (xmlNode     *cell,
         const gchar *name,
         guint        most)
{
  xmlChar *value = xmlGetProp (cell, (const xmlChar *) name);
  gint64 span = value != NULL ? g_ascii_strtoll ((const gchar *) value, NULL, 10) : 1;

  xmlFree (value);
  return (guint) CLAMP (span, 1, (gint64) MAX (most, 1));
}

/* The cells of @trs' rows after the first, placed in a grid of @n_columns
 * as a browser would: a cell with rowspan='3' fills its column in the two
 * rows under it too (those places stay NULL), colspan widens it. */
static xmlNode **
place_cells (GPtrArray *trs,
             guint      n_columns)
{
  guint n_rows = trs->len - 1;
  xmlNode **grid = g_new0 (xmlNode *, n_rows * n_columns);
  gboolean *taken = g_new0 (gboolean, n_rows * n_columns);

  for (guint r = 0; r < n_rows; r++)
    {
      guint c = 0;

      for (xmlNode *cell = ((xmlNode *) g_ptr_array_index (trs, r + 1))->children; cell;
           cell = cell->next)
        {
          guint rows, columns;

          if (!lineup_post_html_is_tag (cell, "td") && !lineup_post_html_is_tag (cell, "th"))
            continue;
          while (c < n_columns && taken[r * n_columns + c])
            c++;
          if (c >= n_columns)
            break;
          rows = span_of (cell, "rowspan", MIN (n_rows - r, MAX_ROW_SPAN));
          columns = span_of (cell, "colspan", n_columns - c);
          grid[r * n_columns + c] = cell;
          for (guint dr = 0; dr < rows; dr++)
            for (guint dc = 0; dc < columns; dc++)
              taken[(r + dr) * n_columns + c + dc] = TRUE;
          c += columns;
        }
    }
  g_free (taken);
  return grid;
}

typedef struct
{
  xmlNode **grid;
  guint     n_columns;
  gint      line_offset;
  guint     depth;
} HtmlGrid;

static cmark_node *
html_grid_cell (gpointer data,
                guint    row,
                guint    column,
                gint    *line)
{
  HtmlGrid *g = data;
  xmlNode *cell = g->grid[row * g->n_columns + column];

  if (cell == NULL)
    return NULL;
  *line = g->line_offset + (gint) xmlGetLineNo (cell);
  return lineup_post_html_paragraph (g->line_offset, cell, g->depth);
}

/* A grid whose column headers give the times ("07:30 | Morning (08:30 -
 * 12:00) | Afternoon (13:30 - 17:00)", each cell "Title (Speaker,
 * Speaker)"), read by lineup_post_table_read_time_grid().  FALSE, nothing
 * added, unless two headers or more hold a time and no body cell is one. */
gboolean
lineup_post_html_add_time_grid (xmlNode    *node,
                                cmark_node *parent,
                                gint        line_offset,
                                guint       depth)
{
  g_autoptr(GPtrArray) trs = g_ptr_array_new ();
  g_autoptr(GPtrArray) heads = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (gint));
  g_autofree xmlNode **grid = NULL;
  HtmlGrid g;
  guint n_rows;

  collect_rows (node, trs);
  if (trs->len < 2)
    return FALSE;
  for (xmlNode *cell = ((xmlNode *) g_ptr_array_index (trs, 0))->children; cell; cell = cell->next)
    if ((lineup_post_html_is_tag (cell, "th") || lineup_post_html_is_tag (cell, "td")) &&
        heads->len < MAX_GRID_COLUMNS)
      g_ptr_array_add (heads, node_text (cell));
  if (heads->len == 0)
    return FALSE;
  n_rows = trs->len - 1;
  grid = place_cells (trs, heads->len);
  for (guint i = 0; i < n_rows * heads->len; i++)
    if (grid[i] != NULL && element_is_time (grid[i]))
      return FALSE;

  g = (HtmlGrid) { grid, heads->len, line_offset, depth };
  if (!lineup_post_table_read_time_grid (heads, n_rows, html_grid_cell, &g, header, rows, lines))
    return FALSE;
  return rows->len > 0 && lineup_post_document_add_table (parent, header, rows, lines);
}

/* The elements a layout pairs a time and a title with (not emphasis or
 * links: those are a paragraph's inlines). */
static gboolean
is_layout (xmlNode *node)
{
  static const gchar *const layouts[] = {
    "div", "span", "p", "dt", "dd", "section", "article", "time", NULL
  };

  return node != NULL && lineup_post_html_is_any_tag (node, layouts);
}

/* The last element of the time/title row starting at @node, or NULL when
 * @node starts none: a time element and the element after it
 * ("<div>09:15-10:00</div> <div><strong>Keynote by Name</strong></div>"),
 * or an element whose own elements are a time, then a title and maybe
 * names ("<div><span>9:00</span> <span>Title</span> <span>Name</span></div>").
 * When @rows is given, the row's cells are added to it. */
static xmlNode *
take_time_row (gint       line_offset,
               xmlNode   *node,
               GPtrArray *rows,
               GArray    *lines,
               guint      depth)
{
  xmlNode *first, *next;
  GPtrArray *cells;
  gint line = line_offset + (gint) xmlGetLineNo (node);

  if (!is_layout (node))
    return NULL;
  if (element_is_time (node))
    {
      next = next_element (node);
      if (!is_layout (next) || !element_is_cell (next))
        return NULL;
      first = node;
    }
  else
    {
      for (first = node->children; first != NULL && first->type != XML_ELEMENT_NODE;
           first = first->next)
        ;
      next = first != NULL ? next_element (first) : NULL;
      if (!is_layout (first) || !element_is_time (first) || !is_layout (next) ||
          !element_is_cell (next))
        return NULL;
      next = node;
    }
  if (rows == NULL)
    return next;

  cells = g_ptr_array_new ();
  for (xmlNode *cell = first; cell != NULL && cells->len < 6; cell = next_element (cell))
    {
      g_ptr_array_add (cells, lineup_post_html_paragraph (line_offset, cell, depth));
      if (cell == next)
        break;
    }
  g_ptr_array_add (rows, cells);
  g_array_append_val (lines, line);
  return next;
}

gboolean
lineup_post_html_may_hold_time_rows (const gchar *html)
{
  static const gchar *const openings[] = { "div", "span", "dt", "p", "time", "section", NULL };
  gboolean layout = FALSE;

  for (const gchar *p = strchr (html, '<'); p != NULL && !layout; p = strchr (p + 1, '<'))
    for (guint i = 0; openings[i] != NULL && !layout; i++)
      layout = g_ascii_strncasecmp (p + 1, openings[i], strlen (openings[i])) == 0;
  return layout && strpbrk (html, "0123456789") != NULL;
}

/* How many time/title rows follow each other from @node on. */
guint
lineup_post_html_count_time_rows (xmlNode *node)
{
  guint n = 0;
  xmlNode *end;

  for (xmlNode *at = node; at != NULL && (end = take_time_row (0, at, NULL, NULL, 0));
       at = next_element (end))
    n++;
  return n;
}

/* The run of time/title rows from @node on (count_time_rows() says at least
 * two) read as a table of Time | Title (| the other cells: speakers,
 * rooms); returns the last element read. */
xmlNode *
lineup_post_html_add_time_rows (xmlNode    *node,
                                cmark_node *parent,
                                gint        line_offset,
                                guint       depth)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (gint));
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  xmlNode *last = node, *end;
  guint width = 2;

  for (xmlNode *at = node; at != NULL && (end = take_time_row (line_offset, at, rows, lines, depth));
       at = next_element (end))
    last = end;
  for (guint i = 0; i < rows->len; i++)
    width = MAX (width, ((GPtrArray *) g_ptr_array_index (rows, i))->len);
  g_ptr_array_add (header, g_strdup ("Time"));
  g_ptr_array_add (header, g_strdup ("Title"));
  while (header->len < width)
    g_ptr_array_add (header, g_strdup (""));
  lineup_post_document_add_table (parent, header, rows, lines);
  return last;
}
