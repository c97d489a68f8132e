/* lineup-date.c — calendar rules shared by the readers, the list and the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-date"

#include "config.h"

#include "lineup-date.h"

gboolean
lineup_year_is_plausible (gint year)
{
  return year >= LINEUP_YEAR_MIN && year <= LINEUP_YEAR_MAX;
}

gint
lineup_days_in_month (gint year,
                      gint month)
{
  static const gint days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  if (month == 2 && year != 0)
    return g_date_is_leap_year ((GDateYear) year) ? 29 : 28;
  return days[month - 1];
}

gint
lineup_weekday_of (gint year,
                   gint month,
                   gint day)
{
  GDate date;

  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (gint) g_date_get_weekday (&date);
}

guint
lineup_day_key (gint year,
                gint month,
                gint day)
{
  return (guint) (year * 10000 + month * 100 + day);
}

guint
lineup_day_key_from_date_time (GDateTime *time)
{
  gint year, month, day;

  if (time == NULL)
    return 0;
  g_date_time_get_ymd (time, &year, &month, &day);
  return lineup_day_key (year, month, day);
}

void
lineup_day_key_split (guint  key,
                      gint  *year,
                      gint  *month,
                      gint  *day)
{
  *year = (gint) (key / 10000);
  *month = (gint) (key / 100 % 100);
  *day = (gint) (key % 100);
}

GDateTime *
lineup_day_key_to_date_time (guint key)
{
  gint year, month, day;

  if (key == 0)
    return NULL;
  lineup_day_key_split (key, &year, &month, &day);
  return g_date_time_new_utc (year, month, day, 12, 0, 0);
}

gchar *
lineup_day_key_to_iso (guint key)
{
  gint year, month, day;

  lineup_day_key_split (key, &year, &month, &day);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* H. Hinnant's days_from_civil, inverted. */
void
lineup_date_from_unix_days (gint64  days,
                            gint   *year,
                            gint   *month,
                            gint   *day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;

  *day = (gint) (doy - (153 * mp + 2) / 5 + 1);
  *month = (gint) (mp < 10 ? mp + 3 : mp - 9);
  *year = (gint) (yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

GDateTime *
lineup_date_time_to_zone (GDateTime *dt,
                          GTimeZone *tz)
{
  GDateTime *converted;

  if (dt == NULL || tz == NULL)
    return dt;
  converted = g_date_time_to_timezone (dt, tz);
  g_date_time_unref (dt);
  return converted;
}

gint
lineup_year_in_text (const gchar *text)
{
  gint year = 0;

  for (const gchar *p = text; p != NULL && *p != '\0'; p++)
    {
      gint value = 0, digits = 0;

      if (!g_ascii_isdigit (*p) || (p > text && g_ascii_isalnum (p[-1])))
        continue;
      while (g_ascii_isdigit (p[digits]) && digits < 5)
        value = value * 10 + (p[digits] - '0'), digits++;
      if (digits == 4 && !g_ascii_isalnum (p[4]) && lineup_year_is_plausible (value))
        year = value;
      p += digits - 1;
    }
  return year;
}
