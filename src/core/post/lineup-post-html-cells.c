/* lineup-post-html-cells.c — a table cell that lists several talks
 *
 * An academic programme gives a session's papers in one cell, each title in
 * bold over its authors, and, in the cell beside it, their times one under
 * the other:
 *
 *     <td>9:30 - 9:40<br><br>9:40-10:05<br><br>10:05-10:30</td>
 *     <td><b>Track Intro</b><br>Xiaofeng Wang<br><br>
 *         <b>Industrial Talk - Adapting to AI</b><br>Marco Mondini (Butler)<br>…
 *
 * Such a cell is cut into its talks (a bold line and the lines under it;
 * a last bold line alone, "(10min presentation + 5min Q&A)", is a note), a
 * cell of times into its times, and the row becomes as many rows, the
 * n-th talk of each cell beside the n-th time.
 *
 * A cell may give each paper a paragraph of its own instead, the title
 * over its authors, after the session's name and its chair:
 *
 *     <td><p><strong>Session 1: Software verification.</strong> chair: …</p>
 *         <p><em>Augmenting Interpolation-Based Model Checking</em><br>Dirk Beyer…</p>
 *
 * Such a cell is a row per paragraph that breaks its line; the one-line
 * paragraphs (the session's name, "Opening") are no talks.
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

/* The talks a cell may list: more is no programme. */
#define MAX_CELL_TALKS 40

static gboolean
is_blank_text (const gchar *text)
{
  return text == NULL || text[strspn (text, " \t\n\r")] == '\0';
}

/* The inline nodes of @paragraph cut at its line breaks: a GPtrArray of
 * lines, each a GPtrArray of nodes (empty lines left out). */
static GPtrArray *
paragraph_lines (cmark_node *paragraph)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *line = g_ptr_array_new ();

  for (cmark_node *node = cmark_node_first_child (paragraph); node != NULL;
       node = cmark_node_next (node))
    {
      cmark_node_type type = cmark_node_get_type (node);

      if (type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_SOFTBREAK)
        {
          if (line->len > 0)
            g_ptr_array_add (lines, g_steal_pointer (&line));
          else
            g_ptr_array_unref (line);
          line = g_ptr_array_new ();
          continue;
        }
      /* white space alone between two breaks is no line */
      if (type == CMARK_NODE_TEXT && is_blank_text (cmark_node_get_literal (node)))
        continue;
      g_ptr_array_add (line, node);
    }
  if (line->len > 0)
    g_ptr_array_add (lines, line);
  else
    g_ptr_array_unref (line);
  return lines;
}

static gchar *
line_text (GPtrArray *line)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < line->len; i++)
    {
      g_autofree gchar *part = lineup_post_table_cell_text (g_ptr_array_index (line, i));

      g_string_append (text, part);
    }
  return g_strstrip (g_string_free (text, FALSE));
}

static gboolean
line_is_strong (GPtrArray *line)
{
  return line->len == 1 &&
         cmark_node_get_type (g_ptr_array_index (line, 0)) == CMARK_NODE_STRONG;
}

static gboolean
line_is_time (GPtrArray *line)
{
  g_autofree gchar *text = line_text (line);
  LineupSlot slot;

  return (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) && lineup_slot_is_whole (text, &slot);
}

/* A new paragraph on @paragraph's line holding @lines[@from, @to), the
 * nodes moved there, a line break between lines. */
static cmark_node *
take_lines (cmark_node *paragraph,
            GPtrArray  *lines,
            guint       from,
            guint       to)
{
  cmark_node *piece = cmark_node_new (CMARK_NODE_PARAGRAPH);

  lineup_post_document_set_line (piece, cmark_node_get_start_line (paragraph));
  for (guint i = from; i < to; i++)
    {
      GPtrArray *line = g_ptr_array_index (lines, i);

      if (i > from)
        cmark_node_append_child (piece, cmark_node_new (CMARK_NODE_LINEBREAK));
      for (guint j = 0; j < line->len; j++)
        {
          cmark_node_unlink (g_ptr_array_index (line, j));
          cmark_node_append_child (piece, g_ptr_array_index (line, j));
        }
    }
  return piece;
}

GPtrArray *
lineup_post_html_split_cell (cmark_node *paragraph)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *pieces;
  gboolean times = TRUE;
  guint end;

  if (paragraph == NULL)
    return NULL;
  lines = paragraph_lines (paragraph);
  if (lines->len < 2 || lines->len > 2 * MAX_CELL_TALKS)
    return NULL;
  /* a cell of times, one under the other */
  for (guint i = 0; i < lines->len && times; i++)
    times = line_is_time (g_ptr_array_index (lines, i));
  for (guint i = 0; i < lines->len; i++)
    if (times || line_is_strong (g_ptr_array_index (lines, i)))
      g_array_append_val (starts, i);
  end = lines->len;
  /* "(10min presentation + 5min Q&A)" in bold under the talks: a note */
  if (!times && starts->len > 0 && g_array_index (starts, guint, starts->len - 1) == end - 1)
    {
      g_array_set_size (starts, starts->len - 1);
      end--;
    }
  /* every talk a bold line with lines under it, the cell opening with one */
  if (starts->len < 2 || g_array_index (starts, guint, 0) != 0)
    return NULL;
  for (guint i = 0; !times && i < starts->len; i++)
    {
      guint next = i + 1 < starts->len ? g_array_index (starts, guint, i + 1) : end;

      if (next == g_array_index (starts, guint, i) + 1)
        return NULL;
    }
  pieces = g_ptr_array_new ();
  for (guint i = 0; i < starts->len; i++)
    g_ptr_array_add (pieces, take_lines (paragraph, lines,
                                         g_array_index (starts, guint, i),
                                         i + 1 < starts->len ? g_array_index (starts, guint, i + 1)
                                                             : end));
  cmark_node_free (paragraph);
  return pieces;
}

/* Whether @node, a <p>, breaks its line ("<em>Title</em><br>Authors"). */
static gboolean
breaks_line (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (lineup_post_html_is_tag (child, "br"))
      return TRUE;
  return FALSE;
}

GPtrArray *
lineup_post_html_talk_paragraphs (xmlNode *cell)
{
  g_autoptr(GPtrArray) talks = g_ptr_array_new ();

  for (xmlNode *child = cell->children; child != NULL; child = child->next)
    {
      if (lineup_post_html_is_tag (child, "p"))
        {
          if (breaks_line (child))
            g_ptr_array_add (talks, child);
        }
      /* text outside the paragraphs: no cell of papers */
      else if (child->type == XML_ELEMENT_NODE ||
               (child->type == XML_TEXT_NODE && !is_blank_text ((const gchar *) child->content)))
        return NULL;
    }
  if (talks->len < 2 || talks->len > MAX_CELL_TALKS)
    return NULL;
  return g_steal_pointer (&talks);
}
