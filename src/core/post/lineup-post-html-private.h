/* lineup-post-html-private.h — what the files reading raw HTML share
 * (lineup-post-html.c, lineup-post-html-rows.c, lineup-post-html-table.c,
 * lineup-post-html-cells.c)
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
  GHashTable *tabs;       /* a tab pane's id → its tab's label, or NULL */
} LineupPostHtmlConverter;

/* lineup-post-html.c */

gboolean  lineup_post_html_is_tag       (xmlNode                 *node,
                                         const gchar             *name);
/* @node is an element named by one of @names (NULL-terminated). */
gboolean  lineup_post_html_is_any_tag   (xmlNode                 *node,
                                         const gchar *const      *names);
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

/* lineup-post-html-cells.c */

/* A cell's paragraph that lists several talks (a bold title over lines of
 * authors, each) or several times, cut into one paragraph each (@paragraph
 * is freed); NULL, @paragraph untouched, for any other cell. */
GPtrArray *lineup_post_html_split_cell  (cmark_node              *paragraph);
/* The paragraphs of @cell, a <td>, that each give a talk ("<p><em>Title</em>
 * <br>Authors</p>"), two or more; NULL for any other cell. */
GPtrArray *lineup_post_html_talk_paragraphs (xmlNode             *cell);

/* lineup-post-html-rows.c */

/* A paragraph of @node's inlines (text, emphasis, links, line breaks) on
 * @node's line plus @line_offset; NULL when it holds nothing. */
cmark_node *lineup_post_html_paragraph        (gint        line_offset,
                                               xmlNode    *node,
                                               guint       depth);

/* lineup-post-html.c: @html's blocks as the children of a new document
 * node; @structured tells whether it held a heading, a list item or a
 * table of times. */
cmark_node *lineup_post_html_convert          (const gchar *html,
                                               gint         first_line,
                                               gboolean    *structured);
/* Cheap test before parsing: a heading, a summary, a list item, a table or
 * a line break is written. */
gboolean    lineup_post_html_may_hold_structure (const gchar *html);
/* Cheap test before parsing: @html has elements that may pair a time and a
 * title (<div>, <span>, <dt>…) and a digit. */
gboolean    lineup_post_html_may_hold_time_rows (const gchar *html);
/* How many rows of a time and a title follow each other from @node on
 * ("<div>09:00-09:15</div><div>Title</div>", "<li><span>9:00</span>
 * <span>Title</span></li>"): two or more are a timetable. */
guint       lineup_post_html_count_time_rows  (xmlNode    *node);
/* Those rows appended to @parent as the talks a table Time | Title becomes;
 * returns the last element read (the walk goes on after it). */
xmlNode    *lineup_post_html_add_time_rows    (xmlNode    *node,
                                               cmark_node *parent,
                                               gint        line_offset,
                                               guint       depth);
/* A <table> whose column headers give the times ("Morning (08:30 -
 * 12:00)") appended to @parent as its talks, one per cell; FALSE, nothing
 * appended, for any other table. */
gboolean    lineup_post_html_add_time_grid    (xmlNode    *node,
                                               cmark_node *parent,
                                               gint        line_offset,
                                               guint       depth);

G_END_DECLS
