/* lineup-post-html-table.c — an HTML <table> read as the grid a browser
 * shows, then as the list of talks a GitHub table becomes
 *
 * Schedules written as HTML tables spread their cells: a workshop's cell
 * spans three rows (rowspan), a keynote's all the rooms (colspan), the day
 * sits in a header row of one cell (<th colspan=4>Friday, October
 * 6th</th>) or in a row of one cell between the talks (<tr><th
 * colspan=4>Wednesday</th></tr>), an abstract in a row of its own under
 * its talk.  Here each row's cells are laid on the columns they cover (a
 * cell spanning rows is read once, in its first row; a span ends with its
 * <thead> or <tbody>), the header is the last row of header cells, a row of
 * one wide cell naming a day starts that day's talks and any other such row
 * (an abstract, a note) is no talk.  Each day's rows then become the list
 * lineup-post-table.c makes of a table, under the day as a bold line.  A
 * cell is read up to its first paragraph (a bold title over its abstract
 * is the title), Markdown written in it ("**8:30**", "[Title](url)") as
 * Markdown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-html"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-html-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

#define MAX_COLUMNS LINEUP_POST_TABLE_MAX_COLUMNS
/* Rows a cell may span: more is a typo. */
#define MAX_ROWSPAN 1000

typedef struct
{
  xmlNode *cells[MAX_COLUMNS];   /* the cell that starts at each column, or NULL */
  xmlNode *first;                /* the row (or its first cell): its line */
  gboolean all_th;               /* header cells only */
  gboolean lone;                 /* one cell, wide or a header: a day, a note */
} GridRow;

typedef struct
{
  GArray *rows;                  /* GridRow */
  guint   pending[MAX_COLUMNS];  /* rows a span from above still covers */
  xmlNode *repeated[MAX_COLUMNS]; /* the spanning cell, when it is a time or a day */
  guint   width;
} Grid;

static gboolean
is_cell (xmlNode *node)
{
  return lineup_post_html_is_tag (node, "td") || lineup_post_html_is_tag (node, "th");
}

/* A cell spanning rows that is their time or their day ("<td
 * rowspan=2>10:00</td>" beside two talks) is read in each; a talk spanning
 * rows is read once. */
static gboolean
is_repeated (xmlNode *cell)
{
  xmlChar *content = xmlNodeGetContent (cell);
  g_autofree gchar *text = g_strstrip (g_strdup (content != NULL ? (const gchar *) content : ""));
  LineupSlot slot;
  gboolean repeated;

  xmlFree (content);
  repeated = lineup_slot_scan (text, &slot) != LINEUP_SLOT_NONE &&
             lineup_slot_is_whole (text, &slot);
  return repeated;
}

static guint
span_of (xmlNode     *cell,
         const gchar *name,
         guint        max)
{
  xmlChar *value = xmlGetProp (cell, (const xmlChar *) name);
  guint64 span = 1;

  if (value != NULL)
    {
      span = g_ascii_strtoull ((const gchar *) value, NULL, 10);
      xmlFree (value);
    }
  return (guint) CLAMP (span, 1, max);
}

/* @cells laid on the columns the rows above leave free. */
static void
grid_add_row (Grid      *grid,
              xmlNode   *first,
              GPtrArray *cells)
{
  GridRow row = { { NULL }, first, TRUE, FALSE };
  guint column = 0, widest = 1;

  for (guint i = 0; i < cells->len; i++)
    {
      xmlNode *cell = g_ptr_array_index (cells, i);
      guint rows, columns;

      while (column < MAX_COLUMNS && grid->pending[column] > 0)
        {
          row.cells[column] = grid->repeated[column];
          grid->pending[column++]--;
        }
      if (column >= MAX_COLUMNS)
        break;
      rows = span_of (cell, "rowspan", MAX_ROWSPAN);
      columns = span_of (cell, "colspan", MAX_COLUMNS - column);
      row.cells[column] = cell;
      row.all_th &= lineup_post_html_is_tag (cell, "th");
      widest = MAX (widest, columns);
      for (guint k = 0; k < columns; k++)
        {
          grid->pending[column + k] = rows - 1;
          grid->repeated[column + k] = k == 0 && rows > 1 && is_repeated (cell) ? cell : NULL;
        }
      column += columns;
    }
  for (guint k = column; k < MAX_COLUMNS; k++)
    if (grid->pending[k] > 0)
      {
        row.cells[k] = grid->repeated[k];
        grid->pending[k]--;
      }
  if (cells->len == 0)
    return;
  for (guint k = 0; k < MAX_COLUMNS; k++)
    widest += row.cells[k] != NULL && grid->repeated[k] == row.cells[k];   /* not alone */
  row.lone = cells->len == 1 && (widest > 1 || row.all_th);
  grid->width = MAX (grid->width, MIN (column, MAX_COLUMNS));
  g_array_append_val (grid->rows, row);
}

/* The rows of @parent: its <tr>, those of its <thead>, <tbody> and <tfoot>,
 * and a run of cells written right in the table (<table><th>Time</th>…). */
static void
grid_collect (Grid    *grid,
              xmlNode *parent,
              guint    depth)
{
  g_autoptr(GPtrArray) loose = g_ptr_array_new ();

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (is_cell (child))
        {
          g_ptr_array_add (loose, child);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (loose->len > 0)
        {
          grid_add_row (grid, g_ptr_array_index (loose, 0), loose);
          g_ptr_array_set_size (loose, 0);
        }
      if (lineup_post_html_is_tag (child, "tr"))
        {
          g_autoptr(GPtrArray) cells = g_ptr_array_new ();

          for (xmlNode *cell = child->children; cell != NULL; cell = cell->next)
            if (is_cell (cell))
              g_ptr_array_add (cells, cell);
          grid_add_row (grid, child, cells);
        }
      else if (depth < 2 && (lineup_post_html_is_tag (child, "thead") ||
                             lineup_post_html_is_tag (child, "tbody") ||
                             lineup_post_html_is_tag (child, "tfoot")))
        {
          /* a span ends with its row group */
          memset (grid->pending, 0, sizeof grid->pending);
          grid_collect (grid, child, depth + 1);
          memset (grid->pending, 0, sizeof grid->pending);
        }
    }
  if (loose->len > 0)
    grid_add_row (grid, g_ptr_array_index (loose, 0), loose);
}

static gboolean
is_paragraph_block (xmlNode *node)
{
  static const gchar *const names[] = { "p", "ul", "ol", "dl", "blockquote", "table", "pre", NULL };

  for (guint i = 0; names[i] != NULL; i++)
    if (lineup_post_html_is_tag (node, names[i]))
      return TRUE;
  return FALSE;
}

/* "<span onClick=…>(Show Abstract)</span>", "<div style="display:none">":
 * a page's toggle, or what it hides until then. */
static gboolean
is_hidden_or_toggle (xmlNode *node)
{
  xmlChar *style, *click;
  gboolean hidden = FALSE;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  click = xmlGetProp (node, (const xmlChar *) "onclick");
  style = xmlGetProp (node, (const xmlChar *) "style");
  if (style != NULL)
    {
      g_autofree gchar *bare = g_ascii_strdown ((const gchar *) style, -1);
      gchar *to = bare;

      /* "display: none" as "display:none" */
      for (const gchar *from = bare; *from != '\0'; from++)
        if (*from != ' ' && *from != '\t')
          *to++ = *from;
      *to = '\0';
      hidden = strstr (bare, "display:none") != NULL || strstr (bare, "visibility:hidden") != NULL;
    }
  hidden |= click != NULL;
  xmlFree (click);
  xmlFree (style);
  return hidden;
}

/* Nothing yet but the white space of the HTML ("<td>\n  <p>Title</p>"). */
static gboolean
is_blank (cmark_node *paragraph)
{
  g_autofree gchar *text = lineup_post_table_cell_text (paragraph);

  if (*text != '\0')
    return FALSE;
  for (cmark_node *child = cmark_node_first_child (paragraph); child; child = cmark_node_next (child))
    if (cmark_node_get_type (child) != CMARK_NODE_TEXT)
      return FALSE;
  return TRUE;
}

/* "\n   " runs of space in @paragraph's texts as one space, none at its
 * edges: the line breaks of the HTML are no part of a title. */
static void
tidy_spaces (cmark_node *paragraph)
{
  cmark_iter *iter = cmark_iter_new (paragraph);
  cmark_event_type ev;
  cmark_node *edge;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      const gchar *literal = cmark_node_get_literal (node);
      g_autoptr(GString) tidy = NULL;

      if (ev != CMARK_EVENT_ENTER || cmark_node_get_type (node) != CMARK_NODE_TEXT ||
          literal == NULL)
        continue;
      tidy = g_string_new (NULL);
      for (const gchar *p = literal; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (tidy, *p);
        else if (tidy->len == 0 || tidy->str[tidy->len - 1] != ' ')
          g_string_append_c (tidy, ' ');
      cmark_node_set_literal (node, tidy->str);
    }
  cmark_iter_free (iter);
  while ((edge = cmark_node_first_child (paragraph)) != NULL &&
         cmark_node_get_type (edge) == CMARK_NODE_TEXT &&
         g_str_equal (cmark_node_get_literal (edge), " "))
    cmark_node_free (edge);
  while ((edge = cmark_node_last_child (paragraph)) != NULL &&
         (cmark_node_get_type (edge) == CMARK_NODE_LINEBREAK ||
          (cmark_node_get_type (edge) == CMARK_NODE_TEXT &&
           g_str_equal (cmark_node_get_literal (edge), " "))))
    cmark_node_free (edge);
}

/* "<a href="#talk-3">Title</a>": a link to the talk's abstract further down
 * the page is no link of the talk (the walk takes anchors for a table of
 * contents), its text is the title. */
static void
unwrap_anchors (cmark_node *paragraph)
{
  cmark_node *next, *child;

  for (cmark_node *node = cmark_node_first_child (paragraph); node != NULL; node = next)
    {
      const gchar *url = cmark_node_get_url (node);

      next = cmark_node_next (node);
      if (cmark_node_get_type (node) != CMARK_NODE_LINK || url == NULL || url[0] != '#')
        continue;
      while ((child = cmark_node_first_child (node)) != NULL)
        {
          cmark_node_unlink (child);
          cmark_node_insert_before (node, child);
        }
      cmark_node_free (node);
    }
}

/* "Title *(Click to see abstract)*": an aside in brackets and italics after
 * the text of a cell speaks to the reader, it is no part of the title. */
static void
drop_aside (cmark_node *paragraph)
{
  cmark_node *last = cmark_node_last_child (paragraph);
  g_autofree gchar *text = NULL;

  if (last == NULL || cmark_node_get_type (last) != CMARK_NODE_EMPH ||
      cmark_node_previous (last) == NULL)
    return;
  text = lineup_post_table_cell_text (last);
  if (text[0] == '(' && g_str_has_suffix (text, ")"))
    {
      cmark_node_free (last);
      tidy_spaces (paragraph);
    }
}

/* "<p>Title</p><p>Ana Souza, Acme</p>": a paragraph after the title that
 * reads as people is the line of its speakers (an abstract is left out). */
static void
add_names_paragraph (LineupPostHtmlConverter *converter,
                     xmlNode                 *block,
                     cmark_node              *paragraph,
                     guint                    depth)
{
  cmark_node *names;
  g_autofree gchar *text = NULL;

  if (!lineup_post_html_is_tag (block, "p"))
    return;
  names = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_html_add_inline (converter, block, names, depth + 1);
  text = lineup_post_table_cell_text (names);
  if (*text != '\0' && lineup_byline_looks_like_people (text))
    {
      cmark_node *child;

      cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
      while ((child = cmark_node_first_child (names)) != NULL)
        {
          cmark_node_unlink (child);
          cmark_node_append_child (paragraph, child);
        }
    }
  cmark_node_free (names);
}

/* What is left of @line (the names after the title's line) after " - " in
 * @paragraph: "Ana Souza, Jonas Berg, Lea Petit" as a list of people. */
static void
append_names (cmark_node *paragraph,
              cmark_node *line,
              gboolean    own_line)
{
  g_autofree gchar *text = lineup_post_table_cell_text (line);
  g_autofree gchar *people = lineup_post_table_people_list (g_strstrip (text));
  cmark_node *node;

  /* the one paper of a cell: its names on a line of their own, as the
   * cell writes them ("Layouts by Edge Sampling - Name" would read "by") */
  if (own_line)
    cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
  else
    lineup_post_document_append_text (paragraph, " - ");
  if (people != NULL)
    {
      lineup_post_document_append_text (paragraph, people);
      return;
    }
  while ((node = cmark_node_first_child (line)) != NULL)
    {
      cmark_node_unlink (node);
      if (cmark_node_get_type (node) == CMARK_NODE_LINEBREAK)
        {
          cmark_node_free (node);
          break;
        }
      cmark_node_append_child (paragraph, node);
    }
}

/* "Title<br><font>Best Paper Honorable Mention</font><br><i>Names</i>": an
 * award's line opening @line, the rest of an item after its title, is no
 * name: dropped with its break. */
static void
drop_award_line (cmark_node *line)
{
  static const gchar * const awards[] = {
    "best paper", "honorable mention", "honourable mention", "best student paper", NULL
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree gchar *folded = NULL;
  cmark_node *node;

  for (node = cmark_node_first_child (line);
       node != NULL && cmark_node_get_type (node) != CMARK_NODE_LINEBREAK;
       node = cmark_node_next (node))
    {
      g_autofree gchar *part = lineup_post_table_cell_text (node);

      g_string_append (text, part);
    }
  folded = lineup_text_fold (text->str);
  if (node == NULL || lineup_post_count_words (text->str) > 6 ||
      !lineup_post_folded_contains_any (folded, awards))
    return;
  while (cmark_node_first_child (line) != node)
    cmark_node_free (cmark_node_first_child (line));
  cmark_node_free (node);
}

/* "<h4>Paper Session</h4> <ul><li>Title<br><i>Names</i></li>…</ul>": a
 * session's cell lists its talks, a bulleted line each ("• Title - Names"),
 * as a Markdown cell does (lineup-post-table-bullets.c).  FALSE when @block
 * is no list. */
static gboolean
add_item_lines (LineupPostHtmlConverter *converter,
                xmlNode                 *block,
                cmark_node              *paragraph,
                guint                    depth)
{
  guint items = 0;

  if (!lineup_post_html_is_tag (block, "ul") && !lineup_post_html_is_tag (block, "ol"))
    return FALSE;
  for (xmlNode *item = block->children; item != NULL; item = item->next)
    items += lineup_post_html_is_tag (item, "li");
  if (items == 0)
    return FALSE;
  /* "<h4>Graph Layouts</h4> (Session Chair: Name) <ul><li>Title<br><i>Name</i>":
   * the one paper of a session is the cell's talk, the session its label */
  while (items == 1 && cmark_node_first_child (paragraph) != NULL)
    cmark_node_free (cmark_node_first_child (paragraph));
  for (xmlNode *item = block->children; item != NULL; item = item->next)
    {
      cmark_node *line, *node, *next;
      gboolean any = FALSE;

      if (!lineup_post_html_is_tag (item, "li"))
        continue;
      line = cmark_node_new (CMARK_NODE_PARAGRAPH);
      lineup_post_html_add_inline (converter, item, line, depth + 1);
      if (items > 1)
        {
          cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
          lineup_post_document_append_text (paragraph, "\u2022 ");
        }
      /* "Title<br><i>Names</i>": the break within the item joins them */
      for (node = cmark_node_first_child (line); node != NULL; node = next)
        {
          next = cmark_node_next (node);
          cmark_node_unlink (node);
          if (cmark_node_get_type (node) == CMARK_NODE_LINEBREAK)
            {
              cmark_node_free (node);
              if (any && next != NULL)
                {
                  drop_award_line (line);
                  append_names (paragraph, line, items == 1);
                  break;
                }
              continue;
            }
          cmark_node_append_child (paragraph, node);
          any = TRUE;
        }
      cmark_node_free (line);
    }
  return TRUE;
}

static gboolean
names_length (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  g_autofree gchar *text = g_strstrip (g_strdup (content != NULL ? (const gchar *) content : ""));

  xmlFree (content);
  return lineup_post_layouts_is_length (text);
}

/* The inlines of @cell up to its first paragraph after some text ("<strong>
 * Title</strong><p>Abstract…"), or NULL when it is empty. */
static cmark_node *
cell_paragraph (LineupPostHtmlConverter *converter,
                xmlNode                 *cell,
                gint                     line,
                guint                    depth)
{
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  gboolean markdown = converter->markdown;
  gboolean titled = FALSE;
  g_autofree gchar *text = NULL;

  converter->markdown = TRUE;
  for (xmlNode *child = cell->children; child != NULL; child = child->next)
    {
      if (is_hidden_or_toggle (child))
        continue;
      /* "<details><summary>Title</summary><p>Abstract…": the title, or
       * after one ("Title <details>…") the talk's abstract */
      if (lineup_post_html_is_tag (child, "details"))
        {
          for (xmlNode *part = child->children; part != NULL && is_blank (paragraph);
               part = part->next)
            if (lineup_post_html_is_tag (part, "summary"))
              lineup_post_html_add_inline (converter, part, paragraph, depth + 1);
          break;
        }
      if (is_paragraph_block (child) && !is_blank (paragraph))
        {
          if (!add_item_lines (converter, child, paragraph, depth))
            add_names_paragraph (converter, child, paragraph, depth);
          break;
        }
      /* "10:45 - 11:15<br><span>30m</span>": the slot's length says no
       * more than its time */
      if (child->type == XML_ELEMENT_NODE && !is_blank (paragraph) && names_length (child))
        continue;
      /* "<p>Title</p>6分×3本": what follows the title's paragraph is a
       * line of its own */
      if (titled && !is_blank (paragraph))
        cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK)), titled = FALSE;
      lineup_post_html_add_inline (converter, child, paragraph, depth + 1);
      titled |= is_paragraph_block (child);
    }
  converter->markdown = markdown;
  text = lineup_post_table_cell_text (paragraph);
  if (*text == '\0')
    {
      cmark_node_free (paragraph);
      return NULL;
    }
  tidy_spaces (paragraph);
  drop_aside (paragraph);
  unwrap_anchors (paragraph);
  lineup_post_document_set_line (paragraph, line);
  return paragraph;
}

static gchar *
cell_text (LineupPostHtmlConverter *converter,
           xmlNode                 *cell,
           guint                    depth)
{
  cmark_node *paragraph;
  gchar *text;

  if (cell == NULL || (paragraph = cell_paragraph (converter, cell, 0, depth)) == NULL)
    return g_strdup ("");
  text = lineup_post_table_cell_text (paragraph);
  cmark_node_free (paragraph);
  return text;
}

static gint
row_line (LineupPostHtmlConverter *converter,
          const GridRow           *row)
{
  return converter->line_offset + (gint) xmlGetLineNo (row->first);
}

/* Words a line naming a day may have around its date ("Day 1 - Monday,
 * May 6"): more is a sentence. */
#define MAX_DAY_WORDS 8

/* The day a caption or a lone row names: its date ("Friday, October 6th,
 * 2023", "Wednesday"), alone or after a few words ("Day 2: Tuesday, May
 * 7"), else NULL. */
static gchar *
day_of (const gchar *text)
{
  LineupSlot slot;
  guint words = 1;

  if (lineup_post_table_header_is_day (text))
    return g_strdup (text);
  for (const gchar *p = text; *p != '\0'; p++)
    words += *p == ' ';
  if (words > MAX_DAY_WORDS || lineup_slot_scan (text, &slot) != LINEUP_SLOT_DATE ||
      slot.month == 0 || slot.span_end <= slot.span_start || slot.span_end > strlen (text))
    return NULL;
  return g_strndup (text + slot.span_start, slot.span_end - slot.span_start);
}

/* The text of a lone row's cell when it names a day, else NULL. */
static gchar *
row_day (LineupPostHtmlConverter *converter,
         const GridRow           *row,
         guint                    depth)
{
  for (guint i = 0; i < MAX_COLUMNS; i++)
    if (row->cells[i] != NULL)
      {
        g_autofree gchar *text = cell_text (converter, row->cells[i], depth);

        return day_of (text);
      }
  return NULL;
}

/* A row of cells (not all header cells) one of which is a time: the
 * table's first talk, no header ("<tr><td>09:10 - 09:40</td><td>Keynote…</td></tr>"). */
static gboolean
row_is_timed (const GridRow *row)
{
  if (row->all_th)
    return FALSE;
  /* a time in a row header ("<th>09:15</th><td>Opening</td>") too */
  for (guint i = 0; i < MAX_COLUMNS; i++)
    if (row->cells[i] != NULL)
      {
        xmlChar *content = xmlNodeGetContent (row->cells[i]);
        g_autofree gchar *text = lineup_text_collapse_space (content != NULL ? (const gchar *) content : "");
        LineupSlot slot;

        xmlFree (content);
        text = lineup_post_table_expand_compact_times (text);   /* "9.55" */
        if ((lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) && lineup_slot_is_whole (text, &slot))
          return TRUE;
      }
  return FALSE;
}

/* The header: past the lone rows on top (a caption, the day), the last of
 * the rows of header cells, else the first row; NO_HEADER when that row is
 * already a timed talk. */
#define NO_HEADER G_MAXUINT

static guint
find_header (const Grid *grid)
{
  guint first = 0;

  while (first < grid->rows->len && g_array_index (grid->rows, GridRow, first).lone)
    first++;
  if (first < grid->rows->len && row_is_timed (&g_array_index (grid->rows, GridRow, first)))
    return NO_HEADER;
  for (guint i = first; i + 1 < grid->rows->len; i++)
    {
      const GridRow *next = &g_array_index (grid->rows, GridRow, i + 1);

      if (!g_array_index (grid->rows, GridRow, i).all_th || !next->all_th || next->lone)
        return i;
    }
  return first;
}

/* The table becomes one list (a post that links some of its talks keeps
 * the unlinked ones of a list that has linked ones): the talks before any
 * day as its items, then an item for each day, "**Friday, October 6th,
 * 2023**" over the list of that day's talks. */
typedef struct
{
  GPtrArray  *header;   /* gchar * */
  GPtrArray  *rows;     /* GPtrArray of cell paragraphs, taken by each section */
  GArray     *lines;    /* gint */
  cmark_node *holder;   /* what goes before the list (a zone note) */
  cmark_node *list;
  cmark_node *day;      /* the item of the day in context, or NULL */
  gboolean    made;
} Sections;

static void
sections_flush (Sections *sections)
{
  cmark_node *made = sections->day;
  cmark_node *child, *item;

  if (sections->rows->len == 0)
    return;
  if (made == NULL)
    made = cmark_node_new (CMARK_NODE_DOCUMENT);
  lineup_post_table_merge_label_column (sections->header, sections->rows);
  sections->made |= lineup_post_document_add_table (made, sections->header,
                                                    sections->rows, sections->lines);
  g_ptr_array_set_size (sections->rows, 0);
  g_array_set_size (sections->lines, 0);
  if (made == sections->day)
    return;
  while ((child = cmark_node_first_child (made)) != NULL)
    {
      cmark_node_unlink (child);
      if (cmark_node_get_type (child) != CMARK_NODE_LIST)
        {
          cmark_node_append_child (sections->holder, child);
          continue;
        }
      while ((item = cmark_node_first_child (child)) != NULL)
        {
          cmark_node_unlink (item);
          cmark_node_append_child (sections->list, item);
        }
      cmark_node_free (child);
    }
  cmark_node_free (made);
}

/* "**Friday, October 6th, 2023**": the day of the talks below. */
static void
sections_add_day (Sections    *sections,
                  const gchar *day,
                  gint         line)
{
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  cmark_node *strong = cmark_node_new (CMARK_NODE_STRONG);

  sections_flush (sections);
  sections->day = cmark_node_new (CMARK_NODE_ITEM);
  lineup_post_document_set_line (sections->day, line);
  lineup_post_document_set_line (paragraph, line);
  lineup_post_document_append_text (strong, day);
  cmark_node_append_child (paragraph, strong);
  cmark_node_append_child (sections->day, paragraph);
  cmark_node_append_child (sections->list, sections->day);
}

/* Whether @paragraph (a cell's, or NULL) is a time. */
static gboolean
cell_is_time (cmark_node *paragraph)
{
  g_autofree gchar *text = NULL;
  LineupSlot slot;

  if (paragraph == NULL)
    return FALSE;
  text = lineup_post_table_cell_text (paragraph);
  return (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) && lineup_slot_is_whole (text, &slot);
}

/* "9:30 - 10:30 | Title | 9:30 - 9:40 | Title": a time column before each
 * room's; the cells from the second time on are a row of their own, that
 * time in the first column. */
static void
add_cells_by_time (Sections  *sections,
                   GPtrArray *cells,
                   gint       line)
{
  guint at = 0;

  /* not "Start | End | Title": a room's cell between the two times */
  for (guint i = 1; i + 1 < cells->len && at == 0; i++)
    if (cell_is_time (g_ptr_array_index (cells, i)))
      at = i;
  if (at > 1 && cell_is_time (g_ptr_array_index (cells, 0)) &&
      g_ptr_array_index (cells, at - 1) != NULL &&
      !cell_is_time (g_ptr_array_index (cells, at - 1)))
    {
      GPtrArray *rest = g_ptr_array_new ();

      for (guint i = 0; i < cells->len; i++)
        g_ptr_array_add (rest, i == 0 ? g_ptr_array_index (cells, at)
                               : i > at ? g_ptr_array_index (cells, i) : NULL);
      for (guint i = at; i < cells->len; i++)
        g_ptr_array_index (cells, i) = NULL;
      g_ptr_array_add (sections->rows, cells);
      g_array_append_val (sections->lines, line);
      cells = rest;
    }
  g_ptr_array_add (sections->rows, cells);
  g_array_append_val (sections->lines, line);
}

static void
sections_add_row (LineupPostHtmlConverter *converter,
                  Sections                *sections,
                  const Grid              *grid,
                  const GridRow           *row,
                  guint                    depth)
{
  GPtrArray *split[MAX_COLUMNS] = { NULL };
  gint line = row_line (converter, row);
  guint n_rows = 1;

  for (guint i = 0; i < grid->width; i++)
    {
      g_autoptr(GPtrArray) papers = row->cells[i] != NULL
                                    ? lineup_post_html_talk_paragraphs (row->cells[i]) : NULL;
      cmark_node *cell = row->cells[i] != NULL && papers == NULL
                         ? cell_paragraph (converter, row->cells[i], line, depth) : NULL;

      /* a session's papers in one cell, a paragraph each */
      for (guint p = 0; papers != NULL && p < papers->len; p++)
        {
          if (p == 0)
            split[i] = g_ptr_array_new ();
          if ((cell = cell_paragraph (converter, g_ptr_array_index (papers, p), line, depth)))
            g_ptr_array_add (split[i], cell);
        }
      if (papers != NULL)
        n_rows = MAX (n_rows, split[i]->len);
      /* a session's papers in one cell, their times in another: a row
       * each (lineup-post-html-cells.c) */
      else if ((split[i] = lineup_post_html_split_cell (cell)) != NULL)
        n_rows = MAX (n_rows, split[i]->len);
      else
        split[i] = g_ptr_array_new_full (1, NULL), g_ptr_array_add (split[i], cell);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      GPtrArray *cells = g_ptr_array_new ();

      for (guint i = 0; i < grid->width; i++)
        {
          cmark_node *cell = r < split[i]->len ? g_ptr_array_index (split[i], r) : NULL;

          /* the one time of a cell beside a cell of talks is each one's */
          if (r > 0 && split[i]->len == 1 && cell_is_time (g_ptr_array_index (split[i], 0)))
            cell = cell_paragraph (converter, row->cells[i], line, depth);
          g_ptr_array_add (cells, cell);
        }
      add_cells_by_time (sections, cells, line);
    }
  for (guint i = 0; i < grid->width; i++)
    g_ptr_array_unref (split[i]);
}

gboolean
lineup_post_html_add_table (LineupPostHtmlConverter *converter,
                            xmlNode                 *table,
                            cmark_node              *parent,
                            guint                    depth)
{
  Grid grid = { g_array_new (FALSE, TRUE, sizeof (GridRow)), { 0 }, { NULL }, 0 };
  Sections sections = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new (),
                        g_array_new (FALSE, FALSE, sizeof (gint)),
                        cmark_node_new (CMARK_NODE_DOCUMENT), cmark_node_new (CMARK_NODE_LIST),
                        NULL, FALSE };
  guint header;
  cmark_node *child;

  grid_collect (&grid, table, 0);
  header = find_header (&grid);
  /* "<caption>Monday, May 5</caption>": the day of the whole table */
  for (xmlNode *node = table->children; node != NULL; node = node->next)
    if (lineup_post_html_is_tag (node, "caption"))
      {
        g_autofree gchar *caption = cell_text (converter, node, depth);
        g_autofree gchar *day = day_of (caption);

        if (day != NULL)
          sections_add_day (&sections, day, converter->line_offset + (gint) xmlGetLineNo (node));
      }
  for (guint i = 0; header < grid.rows->len && i < grid.width; i++)
    g_ptr_array_add (sections.header,
                     cell_text (converter, g_array_index (grid.rows, GridRow, header).cells[i],
                                depth));
  for (guint i = 0; header == NO_HEADER && i < grid.width; i++)
    g_ptr_array_add (sections.header, g_strdup (""));
  for (guint i = 0; i < grid.rows->len && grid.rows->len >= 2; i++)
    {
      const GridRow *row = &g_array_index (grid.rows, GridRow, i);
      g_autofree gchar *day = NULL;

      if (row->lone && (day = row_day (converter, row, depth)) != NULL)
        {
          sections_add_day (&sections, day, row_line (converter, row));
        }
      /* a row of header cells under the header: a section's heading
       * ("Session 2", its rooms), no talks */
      else if ((header == NO_HEADER || i > header) && !row->lone && !row->all_th)
        sections_add_row (converter, &sections, &grid, row, depth);
    }
  sections_flush (&sections);
  cmark_node_set_list_type (sections.list, CMARK_BULLET_LIST);
  cmark_node_set_list_tight (sections.list, TRUE);
  if (grid.rows->len > 0)
    lineup_post_document_set_line (sections.list,
                                   row_line (converter, &g_array_index (grid.rows, GridRow, 0)));
  cmark_node_append_child (sections.holder, sections.list);

  if (sections.made)
    {
      while ((child = cmark_node_first_child (sections.holder)) != NULL)
        {
          cmark_node_unlink (child);
          cmark_node_append_child (parent, child);
        }
      converter->structured = TRUE;
    }
  cmark_node_free (sections.holder);
  g_ptr_array_unref (sections.header);
  g_ptr_array_unref (sections.rows);
  g_array_unref (sections.lines);
  g_array_unref (grid.rows);
  return sections.made;
}
