/* test-date.c — tests for lineup-date and the day formats of lineup-time-format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include <locale.h>

#include "lineup-core.h"

static void
test_year_range (void)
{
  g_assert_false (lineup_year_is_plausible (0));
  g_assert_false (lineup_year_is_plausible (1969));
  g_assert_true (lineup_year_is_plausible (1970));
  g_assert_true (lineup_year_is_plausible (2023));
  g_assert_true (lineup_year_is_plausible (2200));
  g_assert_false (lineup_year_is_plausible (2201));
  g_assert_false (lineup_year_is_plausible (-2023));
}

static void
test_days_in_month (void)
{
  g_assert_cmpint (lineup_days_in_month (2023, 1), ==, 31);
  g_assert_cmpint (lineup_days_in_month (2023, 4), ==, 30);
  g_assert_cmpint (lineup_days_in_month (2023, 2), ==, 28);
  g_assert_cmpint (lineup_days_in_month (2024, 2), ==, 29);
  g_assert_cmpint (lineup_days_in_month (2100, 2), ==, 28);
  g_assert_cmpint (lineup_days_in_month (2000, 2), ==, 29);
  /* No year: February 29 may still be a date. */
  g_assert_cmpint (lineup_days_in_month (0, 2), ==, 29);
  g_assert_cmpint (lineup_days_in_month (0, 12), ==, 31);
}

static void
test_weekday (void)
{
  g_assert_cmpint (lineup_weekday_of (2023, 11, 6), ==, 1);   /* KubeCon NA: Monday */
  g_assert_cmpint (lineup_weekday_of (2023, 11, 9), ==, 4);
  g_assert_cmpint (lineup_weekday_of (2024, 3, 17), ==, 7);
  g_assert_cmpint (lineup_weekday_of (2024, 2, 29), ==, 4);
  g_assert_cmpint (lineup_weekday_of (2023, 2, 29), ==, 0);
  g_assert_cmpint (lineup_weekday_of (2023, 13, 1), ==, 0);
  g_assert_cmpint (lineup_weekday_of (2023, 0, 1), ==, 0);
  g_assert_cmpint (lineup_weekday_of (0, 1, 1), ==, 0);
  g_assert_cmpint (lineup_weekday_of (100000, 1, 1), ==, 0);
}

static void
test_day_key (void)
{
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier ("America/Chicago");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) late = NULL;
  g_autoptr(GDateTime) late_utc = NULL;

  g_assert_nonnull (chicago);
  g_assert_cmpuint (lineup_day_key (2023, 11, 6), ==, 20231106);
  g_assert_cmpuint (lineup_day_key (2023, 11, 6), <, lineup_day_key (2023, 12, 1));
  g_assert_cmpuint (lineup_day_key (2023, 12, 31), <, lineup_day_key (2024, 1, 1));
  g_assert_cmpuint (lineup_day_key_from_date_time (NULL), ==, 0);

  /* The day in the time's own zone, not in UTC. */
  late = g_date_time_new (chicago, 2023, 11, 6, 23, 30, 0);
  late_utc = g_date_time_to_timezone (late, utc);
  g_assert_cmpuint (lineup_day_key_from_date_time (late), ==, 20231106);
  g_assert_cmpuint (lineup_day_key_from_date_time (late_utc), ==, 20231107);
}

static void
test_unix_days (void)
{
  gint y, m, d;

  lineup_date_from_unix_days (0, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 19700101);
  lineup_date_from_unix_days (-1, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 19691231);
  lineup_date_from_unix_days (19667, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 20231106);
  lineup_date_from_unix_days (11016, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 20000229);

  /* Every day of four centuries agrees with GDate. */
  for (gint64 days = -36524; days < 110000; days += 7)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, 1970);
      if (days >= 0)
        g_date_add_days (&date, (guint) days);
      else
        g_date_subtract_days (&date, (guint) -days);
      lineup_date_from_unix_days (days, &y, &m, &d);
      g_assert_cmpint (y, ==, g_date_get_year (&date));
      g_assert_cmpint (m, ==, g_date_get_month (&date));
      g_assert_cmpint (d, ==, g_date_get_day (&date));
    }
}

static void
test_format_day (void)
{
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier ("America/Chicago");
  g_autoptr(GDateTime) monday = g_date_time_new (chicago, 2023, 11, 6, 9, 15, 0);
  g_autofree gchar *short_day = lineup_format_day_short (monday);
  g_autofree gchar *long_day = lineup_format_day_long (monday);

  g_assert_cmpstr (short_day, ==, "Mon, Nov 6");
  g_assert_cmpstr (long_day, ==, "Monday, November 6");
}

/* The year a title, a path or a heading names: the last plausible one
 * written on its own. */
static void
test_year_in_text (void)
{
  g_assert_cmpint (lineup_year_in_text ("Prometheus at CloudNativeCon 2017"), ==, 2017);
  g_assert_cmpint (lineup_year_in_text ("/blog/2022/10/kubecon/"), ==, 2022);
  g_assert_cmpint (lineup_year_in_text ("2023 Schedule"), ==, 2023);
  g_assert_cmpint (lineup_year_in_text ("KubeCon 2019 recap, 2020 plans"), ==, 2020);
  g_assert_cmpint (lineup_year_in_text ("Room 1234A, order 12345, in 1066"), ==, 0);
  g_assert_cmpint (lineup_year_in_text ("v2023"), ==, 0);
  g_assert_cmpint (lineup_year_in_text (""), ==, 0);
  g_assert_cmpint (lineup_year_in_text (NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/year-range", test_year_range);
  g_test_add_func ("/date/days-in-month", test_days_in_month);
  g_test_add_func ("/date/weekday", test_weekday);
  g_test_add_func ("/date/day-key", test_day_key);
  g_test_add_func ("/date/unix-days", test_unix_days);
  g_test_add_func ("/date/format-day", test_format_day);

  g_test_add_func ("/date/year-in-text", test_year_in_text);
  return g_test_run ();
}
