/* lineup-markdown-view-private.h — what the markdown view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lineup-markdown-view.c is the widget (properties, tags and their colours);
 * lineup-markdown-view-render.c turns the cmark AST into the buffer's text
 * and links; lineup-markdown-view-links.c follows links with the mouse and
 * the keyboard.
 */
#pragma once

#include "lineup-markdown-view.h"

G_BEGIN_DECLS

typedef struct
{
  gchar *uri;
  gint   start;
  gint   end;
} Link;

struct _LineupMarkdownView
{
  GtkTextView  parent_instance;

  gchar       *markdown;
  GArray      *links;         /* of Link, in document order */
  guint        hovering : 1;
};

static inline GtkTextTagTable *
get_tag_table (LineupMarkdownView *self)
{
  return gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
}

/* lineup-markdown-view-render.c */

/* Replaces the buffer with the rendering of self->markdown, and self->links
 * with its openable links. */
void lineup_markdown_view_render             (LineupMarkdownView      *self);

/* lineup-markdown-view-links.c */

/* Frees a Link's URI (the clear func of the link arrays). */
void lineup_markdown_view_link_clear         (gpointer                 data);
/* Installs ::activate-link. */
void lineup_markdown_view_class_init_links   (LineupMarkdownViewClass *klass);
/* The click, hover, focus and key controllers that follow links. */
void lineup_markdown_view_init_links         (LineupMarkdownView      *self);

G_END_DECLS
