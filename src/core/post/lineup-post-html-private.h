/* lineup-post-html-private.h — what the files reading raw HTML share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cmark.h>
#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef struct
{
  gint     line_offset;   /* the HTML block's first line, minus one */
  gboolean structured;    /* a heading or a list item was made */
  gboolean markdown;      /* text may be Markdown: a table cell ("**8:30**") */
} LineupPostHtmlConverter;

/* lineup-post-html.c */

gboolean  lineup_post_html_is_tag       (xmlNode                 *node,
                                         const gchar             *name);
/* @node, an inline (text, strong, a…), into @parent; blocks met on the way
 * are flattened into their text. */
void      lineup_post_html_add_inline   (LineupPostHtmlConverter *converter,
                                         xmlNode                 *node,
                                         cmark_node              *parent,
                                         guint                    depth);

/* lineup-post-html-table.c */

/* A <table> with a time column as the list of talks a GitHub table becomes
 * (lineup-post-table.c), appended to @parent; FALSE, and nothing appended,
 * when it is no schedule. */
gboolean  lineup_post_html_add_table    (LineupPostHtmlConverter *converter,
                                         xmlNode                 *table,
                                         cmark_node              *parent,
                                         guint                    depth);

G_END_DECLS
