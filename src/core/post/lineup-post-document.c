/* lineup-post-document.c — parse a body with cmark and bring tables and HTML
 * into the shapes the walk reads (see lineup-post-document.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-document"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lineup-post-document.h"
#include "lineup-slot.h"

/* "[mca]: {{ site.url }}/minicursos/#a": a Jekyll site's address in a link,
 * which the site fills in.  A copy of @text without it (the lines stay
 * where they are), or NULL when it has none. */
static gchar *
drop_site_addresses (const gchar *text,
                     gsize        length)
{
  static gsize once;
  static GRegex *regex;

  if (g_strstr_len (text, (gssize) length, "{{") == NULL)
    return NULL;
  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("\\{\\{ *site\\.(?:url|baseurl|base_url) *\\}\\}", G_REGEX_OPTIMIZE, 0,
                           NULL);
      g_once_init_leave (&once, 1);
    }
  return g_regex_replace_literal (regex, text, (gssize) length, 0, "", 0, NULL);
}

/* A block of code this long is a program, not a day's agenda. */
#define MAX_AGENDA_CODE_LINES 60

/* Whether @line opens with a time of day ("19:15 - Talk 1: …"). */
static gboolean
opens_with_time (const gchar *line)
{
  LineupSlot slot;

  return (lineup_slot_scan (line, &slot) & LINEUP_SLOT_TIME) && slot.span_start == 0;
}

/* "    18:30 - Doors open" / "    19:15 - Talk 1: "Title" by Name": an
 * agenda indented as code, every line of it opening with a time, read as
 * the list it stands for. */
static void
rewrite_agenda_code (cmark_node *document)
{
  cmark_node *next;

  for (cmark_node *node = cmark_node_first_child (document); node != NULL; node = next)
    {
      g_auto(GStrv) lines = NULL;
      cmark_node *list;
      guint n = 0;
      gboolean agenda = TRUE;

      next = cmark_node_next (node);
      if (cmark_node_get_type (node) != CMARK_NODE_CODE_BLOCK ||
          *cmark_node_get_fence_info (node) != '\0')
        continue;
      lines = g_strsplit (cmark_node_get_literal (node), "\n", -1);
      for (guint i = 0; lines[i] != NULL && agenda; i++)
        if (*g_strstrip (lines[i]) != '\0')
          agenda = ++n <= MAX_AGENDA_CODE_LINES && opens_with_time (lines[i]);
      if (!agenda || n < 2)
        continue;
      list = cmark_node_new (CMARK_NODE_LIST);
      cmark_node_set_list_type (list, CMARK_BULLET_LIST);
      cmark_node_set_list_tight (list, TRUE);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          cmark_node *item, *paragraph, *text;

          if (*lines[i] == '\0')
            continue;
          item = cmark_node_new (CMARK_NODE_ITEM);
          paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
          text = cmark_node_new (CMARK_NODE_TEXT);
          cmark_node_set_literal (text, lines[i]);
          cmark_node_append_child (paragraph, text);
          cmark_node_append_child (item, paragraph);
          cmark_node_append_child (list, item);
          lineup_post_document_set_line (item, cmark_node_get_start_line (node) + (gint) i);
          lineup_post_document_set_line (paragraph, cmark_node_get_start_line (node) + (gint) i);
        }
      lineup_post_document_set_line (list, cmark_node_get_start_line (node));
      cmark_node_insert_before (node, list);
      cmark_node_free (node);
    }
}

/* Whether @paragraph holds one line. */
static gboolean
is_one_line (cmark_node *paragraph)
{
  for (cmark_node *child = cmark_node_first_child (paragraph); child != NULL;
       child = cmark_node_next (child))
    if (cmark_node_get_type (child) == CMARK_NODE_SOFTBREAK ||
        cmark_node_get_type (child) == CMARK_NODE_LINEBREAK)
      return FALSE;
  return TRUE;
}

/* @node, a heading, as a paragraph of its text. */
static void
unheading (cmark_node *node)
{
  cmark_node *paragraph, *child;

  if (node == NULL || cmark_node_get_type (node) != CMARK_NODE_HEADING)
    return;
  paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_set_line (paragraph, cmark_node_get_start_line (node));
  while ((child = cmark_node_first_child (node)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_append_child (paragraph, child);
    }
  cmark_node_insert_before (node, paragraph);
  cmark_node_free (node);
}

/* "##@deeeetさん CoreOSの基礎": a heading without the space after its
 * marks, as kramdown (Jekyll's Markdown) reads it; cmark reads a
 * paragraph.  One mark alone ("#hashtag") stays text. */
static void
rewrite_tight_headings (cmark_node *document,
                        gboolean    in_item)
{
  cmark_node *next;

  for (cmark_node *node = cmark_node_first_child (document); node != NULL; node = next)
    {
      /* "- ###### Hapi.js (Devin Clark)", "- ######Hapi.js": an item's
       * heading is the item's text, made big (the document's own lists
       * only: a list nested a thousand deep is no programme) */
      if (cmark_node_get_type (node) == CMARK_NODE_LIST && !in_item)
        for (cmark_node *item = cmark_node_first_child (node); item != NULL;
             item = cmark_node_next (item))
          {
            rewrite_tight_headings (item, TRUE);
            unheading (cmark_node_first_child (item));
          }
      cmark_node *first = cmark_node_first_child (node);
      const gchar *literal = first != NULL && cmark_node_get_type (first) == CMARK_NODE_TEXT
                             ? cmark_node_get_literal (first) : NULL;
      gsize marks = literal != NULL ? strspn (literal, "#") : 0;
      cmark_node *heading, *child;

      next = cmark_node_next (node);
      if (cmark_node_get_type (node) != CMARK_NODE_PARAGRAPH || marks < 2 || marks > 6 ||
          literal[marks] == '\0' || literal[marks] == ' ' || !is_one_line (node))
        continue;
      heading = cmark_node_new (CMARK_NODE_HEADING);
      cmark_node_set_heading_level (heading, (gint) marks);
      lineup_post_document_set_line (heading, cmark_node_get_start_line (node));
      {
        g_autofree gchar *rest = g_strdup (literal + marks);

        cmark_node_set_literal (first, rest);
      }
      while ((child = cmark_node_first_child (node)) != NULL)
        {
          cmark_node_unlink (child);
          cmark_node_append_child (heading, child);
        }
      cmark_node_insert_before (node, heading);
      cmark_node_free (node);
    }
}

cmark_node *
lineup_post_document_parse (const gchar *text,
                            gsize        length)
{
  g_autofree gchar *clean = drop_site_addresses (text, length);
  g_autofree gchar *components = NULL;
  cmark_node *document;

  if (clean != NULL)
    {
      text = clean;
      length = strlen (clean);
    }
  if ((components = lineup_post_document_rewrite_mdx (text, length)) != NULL)
    {
      text = components;
      length = strlen (components);
    }
  document = cmark_parse_document (text, length, CMARK_OPT_DEFAULT);
  lineup_post_document_rewrite_html (document, text, length);
  lineup_post_document_rewrite_fences (document, text, length);
  lineup_post_document_rewrite_tables (document, text, length);
  rewrite_agenda_code (document);
  rewrite_tight_headings (document, FALSE);
  return document;
}

/* cmark offers no way to set a node's position, so a made node keeps its
 * line in its user data (the reader sets none of its own). */
#define LINE_MASK  0x1FFFFFFF
#define TABLE_FLAG 0x20000000
#define TALKS_FLAG 0x40000000

void
lineup_post_document_set_line (cmark_node *node,
                               gint        line)
{
  cmark_node_set_user_data (node, GINT_TO_POINTER (CLAMP (line, 0, LINE_MASK)));
}

/* The line a node was given wins: a table cell's paragraph is parsed on its
 * own, and cmark puts it on line 1 of that little document. */
gint
lineup_post_document_line (cmark_node *node)
{
  gint given = GPOINTER_TO_INT (cmark_node_get_user_data (node)) & LINE_MASK;

  if (given >= 1)
    return given;
  return MAX (cmark_node_get_start_line (node), 0);
}

/* The flag rides in the user data beside the line. */
void
lineup_post_document_mark_talks (cmark_node *list)
{
  gint given = GPOINTER_TO_INT (cmark_node_get_user_data (list));

  cmark_node_set_user_data (list, GINT_TO_POINTER (given | TALKS_FLAG));
}

void
lineup_post_document_mark_table (cmark_node *list)
{
  gint given = GPOINTER_TO_INT (cmark_node_get_user_data (list));

  cmark_node_set_user_data (list, GINT_TO_POINTER (given | TABLE_FLAG));
}

gboolean
lineup_post_document_is_table (cmark_node *list)
{
  return (GPOINTER_TO_INT (cmark_node_get_user_data (list)) & TABLE_FLAG) != 0;
}

gboolean
lineup_post_document_holds_talks (cmark_node *list)
{
  return (GPOINTER_TO_INT (cmark_node_get_user_data (list)) & TALKS_FLAG) != 0;
}

void
lineup_post_document_append_text (cmark_node  *parent,
                                  const gchar *text)
{
  cmark_node *node = cmark_node_new (CMARK_NODE_TEXT);

  cmark_node_set_literal (node, text);
  cmark_node_append_child (parent, node);
}

void
lineup_post_document_move_children (cmark_node *to,
                                    cmark_node *from)
{
  cmark_node *child;

  while ((child = cmark_node_first_child (from)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_append_child (to, child);
    }
}

gchar *
lineup_post_document_html_to_markdown (const gchar *html)
{
  cmark_node *document;
  char *rendered;
  gchar *markdown;

  if (html == NULL || *html == '\0')
    return g_strdup ("");
  document = lineup_post_document_parse_html (html);
  rendered = cmark_render_commonmark (document, CMARK_OPT_DEFAULT, 0);
  cmark_node_free (document);
  /* Blank lines around it go; a list keeps its indent. */
  {
    const gchar *start = rendered;

    while (*start == '\n')
      start++;
    /* cmark may split a character it deems invalid (see
     * lineup-post-reader-descriptions.c) */
    markdown = g_strchomp (g_utf8_make_valid (start, -1));
  }
  free (rendered);
  return markdown;
}

gboolean
lineup_post_document_looks_like_html (const gchar *text)
{
  static const gchar * const tags[] = {
    "<p>", "<p ", "</p>", "<br", "</a>", "<ul>", "<ol>", "<li>", "<div", "</em>", "</strong>",
    "</b>", "</i>", "<h1", "<h2", "<h3"
  };

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    if (strstr (text, tags[i]) != NULL)
      return TRUE;
  return FALSE;
}
