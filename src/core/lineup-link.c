/* lineup-link.c — which links Lineup follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-link"

#include "config.h"

#include "lineup-link.h"

/* g_uri_peek_scheme() lower-cases and rejects anything that is not a
 * scheme, so "JavaScript:" and " javascript:" are both refused. */
static gboolean
scheme_is_one_of (const gchar        *uri,
                  const gchar * const schemes[])
{
  const gchar *scheme;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_peek_scheme (uri);
  if (scheme == NULL)
    return FALSE;
  for (guint i = 0; schemes[i] != NULL; i++)
    if (g_str_equal (scheme, schemes[i]))
      return TRUE;
  return FALSE;
}

gboolean
lineup_link_is_openable (const gchar *uri)
{
  static const gchar * const schemes[] = { "http", "https", "mailto", NULL };

  return scheme_is_one_of (uri, schemes);
}

gboolean
lineup_link_is_web (const gchar *uri)
{
  static const gchar * const schemes[] = { "http", "https", NULL };

  return scheme_is_one_of (uri, schemes);
}
