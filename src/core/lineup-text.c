/* lineup-text.c — text repair and normalisation helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-text"

#include "config.h"

#include <string.h>

#include "lineup-core.h"

static gboolean
is_ascii (const gchar *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

gchar *
lineup_text_fold (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  g_autofree gchar *folded = NULL;
  g_autofree gchar *decomposed = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  /* Most of what we fold (titles, names, search strings) is plain ASCII. */
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_steal_pointer (&folded);

  out = g_string_sized_new (strlen (decomposed));
  for (const gchar *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
