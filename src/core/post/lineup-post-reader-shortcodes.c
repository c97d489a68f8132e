/* lineup-post-reader-shortcodes.c — links whose address a Hugo shortcode
 * writes
 *
 * "[Title]({{< ref "talks#golden-mistake" >}})": the site makes the link's
 * address when it builds the page; the post as written has a shortcode
 * where the address goes, which Markdown does not read as a link.  It is
 * rewritten in place, as long as it was, before the post is parsed:
 * "[Title](talks#golden-mistake                )".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-reader-private.h"

/* The end of "{{< ref "…" >}}" (or "relref", "{{% … %}}") at @p, the
 * address in it at *@url, *@url_length long; NULL when @p is none. */
static const gchar *
shortcode_end (const gchar  *p,
               const gchar **url,
               gsize        *url_length)
{
  gchar close;
  const gchar *quote;

  if (!g_str_has_prefix (p, "{{<") && !g_str_has_prefix (p, "{{%"))
    return NULL;
  close = p[2] == '<' ? '>' : '%';
  p += 3 + strspn (p + 3, " ");
  if (g_str_has_prefix (p, "relref"))
    p += 6;
  else if (g_str_has_prefix (p, "ref"))
    p += 3;
  else
    return NULL;
  p += strspn (p, " ");
  if (*p != '"' || (quote = strchr (p + 1, '"')) == NULL ||
      memchr (p + 1, '\n', (gsize) (quote - p - 1)) != NULL ||
      memchr (p + 1, ' ', (gsize) (quote - p - 1)) != NULL)
    return NULL;
  *url = p + 1;
  *url_length = (gsize) (quote - p - 1);
  p = quote + 1 + strspn (quote + 1, " ");
  if (p[0] != close || p[1] != '}' || p[2] != '}')
    return NULL;
  return p + 3;
}

void
lineup_post_reader_repair_shortcode_links (gchar *text)
{
  for (gchar *p = strstr (text, "]({{"); p != NULL; p = strstr (p + 1, "]({{"))
    {
      const gchar *url;
      gsize url_length;
      gchar *start = p + 2;
      gchar *end = (gchar *) shortcode_end (start, &url, &url_length);

      if (end == NULL || *end != ')')
        continue;
      memmove (start, url, url_length);
      memset (start + url_length, ' ', (gsize) (end - start) - url_length);
    }
}
