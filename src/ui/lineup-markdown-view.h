/* lineup-markdown-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lineup-core.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_MARKDOWN_VIEW (lineup_markdown_view_get_type ())

G_DECLARE_FINAL_TYPE (LineupMarkdownView, lineup_markdown_view, LINEUP, MARKDOWN_VIEW, GtkWidget)

G_END_DECLS
