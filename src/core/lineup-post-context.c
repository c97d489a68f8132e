/* lineup-post-context.c — what the text around the talks says about their days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-context"

#include "config.h"

#include "lineup-post-context.h"

gint
lineup_post_context_year_in (const gchar *text)
{
  gint year = 0;

  for (const gchar *p = text; p != NULL && *p != '\0'; p++)
    {
      gint value = 0, digits = 0;

      if (!g_ascii_isdigit (*p) || (p > text && g_ascii_isalnum (p[-1])))
        continue;
      while (g_ascii_isdigit (p[digits]) && digits < 5)
        value = value * 10 + (p[digits] - '0'), digits++;
      if (digits == 4 && !g_ascii_isalnum (p[4]) && value >= 1970 && value <= 2200)
        year = value;
      p += digits - 1;
    }
  return year;
}
