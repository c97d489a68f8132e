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
