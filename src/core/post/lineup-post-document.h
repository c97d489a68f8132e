/* lineup-post-document.h — a post's body as one cmark tree the walk reads
 *
 * Posts are written in GitHub-flavoured Markdown (tables) and sometimes in
 * raw HTML.  cmark reads neither as such (cmark-gfm reads tables, but Debian
 * 12's 0.29.0.gfm.6 is quadratic on long lines where cmark 0.30 is linear,
 * so tables are read here).  The reader's walk only knows headings,
 * paragraphs, lists and quotes, so this module brings every other shape into
 * those: a schedule table becomes a list of talks (one item per talk, its
 * time first), and a block of HTML becomes the blocks and inlines it stands
 * for.  Nodes made here carry their line in the post (relative to the parsed
 * text) as their user data; see lineup_post_document_line().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark.h>
#include <glib.h>

G_BEGIN_DECLS

/* Parses @length bytes of Markdown with cmark, then rewrites GitHub tables
 * and HTML blocks as described above. */
cmark_node *lineup_post_document_parse (const gchar *text,
                                        gsize        length);

/* @length bytes of an MDX page with its components of talks ("<Talk
 * title=… speaker=…/>") written as Markdown items, every line kept where it
 * is (lineup-post-document-mdx.c); NULL when it has none. */
gchar      *lineup_post_document_rewrite_mdx (const gchar *text,
                                              gsize        length);

/* The 1-based line of @node in the parsed text: cmark's own, or the one
 * recorded for a node this module made; 0 when unknown. */
gint        lineup_post_document_line  (cmark_node  *node);

/* An HTML fragment (an abstract) read into a new document node of Markdown
 * blocks (headings, paragraphs, lists, quotes, links, emphasis); scripts
 * and styles are dropped, nothing is kept as markup. */
cmark_node *lineup_post_document_parse_html (const gchar *html);
/* The same fragment as Markdown text: tags become the Markdown they stand
 * for or go, entities are decoded.  Never markup. */
gchar      *lineup_post_document_html_to_markdown (const gchar *html);
/* Whether @text holds the tags of an HTML fragment ("<p>", "<br>",
 * "</em>"…) rather than Markdown; "<https://…>" is none. */
gboolean    lineup_post_document_looks_like_html (const gchar *text);

/* Whether @list was made of a table whose columns name titles and speakers
 * and give no time ("| Talk Title | Speaker |"): each item is a talk. */
gboolean    lineup_post_document_holds_talks (cmark_node *list);
/* Whether @list was made of a table's rows, of any kind. */
gboolean    lineup_post_document_is_table    (cmark_node *list);

/* Private, shared by the rewriting steps. */
void        lineup_post_document_set_line (cmark_node *node,
                                           gint        line);
void        lineup_post_document_mark_talks (cmark_node *list);
void        lineup_post_document_mark_table (cmark_node *list);
/* Appends a text node holding @text to @parent (a block or inline made by
 * the reader). */
void        lineup_post_document_append_text (cmark_node  *parent,
                                              const gchar *text);
/* Moves the children of @from to the end of @to's. */
void        lineup_post_document_move_children (cmark_node *to,
                                                cmark_node *from);
void        lineup_post_document_rewrite_tables (cmark_node  *document,
                                                 const gchar *text,
                                                 gsize        length);
/* How many more <table>s and HTML lists (<ol>, <ul>) the @length bytes of
 * @text open than they close. */
gint        lineup_post_document_html_balance   (const gchar *text,
                                                 gsize        length);
/* @text: the parsed text, for a table cut by blank lines into blocks. */
void        lineup_post_document_rewrite_html   (cmark_node  *document,
                                                 const gchar *text,
                                                 gsize        length);
/* A "~~~" fence around HTML markup (Franklin.jl's raw HTML) read as an HTML
 * block. */
void        lineup_post_document_rewrite_fences (cmark_node  *document,
                                                 const gchar *text,
                                                 gsize        length);
/* An HTML <table> (lineup-post-html.c) as the list of talks a GitHub table
 * becomes, appended to @parent: @header holds the header cells' text,
 * @rows one GPtrArray per body row of cell paragraphs (cmark_node, NULL for
 * an empty cell; each array is taken, whatever the result), @lines the 1-based
 * line of each row.  FALSE, and nothing appended, when the table has no time
 * column. */
gboolean    lineup_post_document_add_table      (cmark_node *parent,
                                                 GPtrArray  *header,
                                                 GPtrArray  *rows,
                                                 GArray     *lines);

G_END_DECLS
