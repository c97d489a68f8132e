/* lineup-day-format.c — days as the window shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-day-format"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-core.h"
#include "lineup-day-format.h"

gchar *
lineup_format_day (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  /* Translators: a day heading in the list of talks, see g_date_time_format();
   * "Monday, November 6". */
  return g_date_time_format (time, _("%A, %B %-d"));
}

gchar *
lineup_format_clock_time (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  return lineup_format_clock (time, lineup_locale_uses_12h_clock (), TRUE);
}

guint
lineup_day_key (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, 0);

  return (guint) (g_date_time_get_year (time) * 10000 + g_date_time_get_month (time) * 100 +
                  g_date_time_get_day_of_month (time));
}
