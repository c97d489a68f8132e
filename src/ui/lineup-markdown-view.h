/* lineup-markdown-view.h — renders a talk description (Markdown) as rich text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_MARKDOWN_VIEW (lineup_markdown_view_get_type ())

G_DECLARE_FINAL_TYPE (LineupMarkdownView, lineup_markdown_view, LINEUP, MARKDOWN_VIEW, GtkTextView)

GtkWidget   *lineup_markdown_view_new                (void);

const gchar *lineup_markdown_view_get_markdown       (LineupMarkdownView *self);
void         lineup_markdown_view_set_markdown       (LineupMarkdownView *self,
                                                      const gchar        *markdown);

/* The rendered text without formatting (bullets included). Free with g_free(). */
gchar       *lineup_markdown_view_get_text           (LineupMarkdownView *self);

/* Links that can be opened (http, https and mailto only), in document order,
 * with their range in the buffer as character offsets [start, end). */
guint        lineup_markdown_view_get_n_links        (LineupMarkdownView *self);
const gchar *lineup_markdown_view_get_link           (LineupMarkdownView *self,
                                                      guint               index,
                                                      gint               *start,
                                                      gint               *end);
/* The URI of the openable link covering a character offset, or NULL. */
const gchar *lineup_markdown_view_get_link_at        (LineupMarkdownView *self,
                                                      gint                offset);

/* What a click, or Enter on a selected link, does: emits ::activate-link for
 * the link at the offset (whose default handler opens it). FALSE when there
 * is no openable link there. */
gboolean     lineup_markdown_view_activate_link_at   (LineupMarkdownView *self,
                                                      gint                offset);
gboolean     lineup_markdown_view_activate_link_at_cursor (LineupMarkdownView *self);
/* What Tab / Shift+Tab do: selects the next (GTK_DIR_TAB_FORWARD) or previous
 * (GTK_DIR_TAB_BACKWARD) link from the cursor. FALSE when there is none, so
 * that focus can leave the view. */
gboolean     lineup_markdown_view_move_to_link       (LineupMarkdownView *self,
                                                      GtkDirectionType    direction);

/* TRUE for the URI schemes Lineup is willing to open: http, https, mailto. */
gboolean     lineup_markdown_uri_is_openable         (const gchar        *uri);

G_END_DECLS
