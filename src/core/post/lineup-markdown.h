/* lineup-markdown.h — Markdown → plain text (for calendars and terminals)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Renders Markdown as plain text: no markup characters, paragraphs separated
 * by a blank line, list items as "• item", links as "text <url>" (just the
 * url when the text is the url). */
gchar *lineup_markdown_to_plain (const gchar *markdown);

G_END_DECLS
