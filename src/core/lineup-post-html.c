/* lineup-post-html.c — blocks of raw HTML in a post, read with libxml2's HTML
 * parser into the cmark nodes they stand for (never rendered)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-html"

#include "config.h"

#include "lineup-post-document.h"

void
lineup_post_document_rewrite_html (cmark_node *document)
{
}
