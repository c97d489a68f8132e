/* lineup-date.h — calendar rules shared by the readers, the list and the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The years a post may name: others are typos, ids or prices. */
#define LINEUP_YEAR_MIN 1970
#define LINEUP_YEAR_MAX 2200

/* TRUE for a year from LINEUP_YEAR_MIN to LINEUP_YEAR_MAX. */
gboolean lineup_year_is_plausible      (gint       year);
/* The year a post's title, path or heading names ("Prometheus at
 * CloudNativeCon 2017", "/blog/2022/10/kubecon/", "2023 Schedule"): the
 * last stand-alone four-digit plausible year, or 0. */
gint     lineup_year_in_text           (const gchar *text);

/* The days in @month (1–12) of @year; with @year 0 (not known) February has
 * 29, so that "February 29" is a date until a year says otherwise. */
gint     lineup_days_in_month          (gint       year,
                                        gint       month);

/* The weekday of a date, 1 = Monday … 7 = Sunday, or 0 when it does not exist. */
gint     lineup_weekday_of             (gint       year,
                                        gint       month,
                                        gint       day);

/* A day as one number that sorts as the days do: 2023-11-06 → 20231106. */
guint    lineup_day_key                (gint       year,
                                        gint       month,
                                        gint       day);
/* lineup_day_key() of the day @time falls on in its own zone; 0 for NULL. */
guint    lineup_day_key_from_date_time (GDateTime *time);
/* The year, month and day of @key (the inverse of lineup_day_key()). */
void     lineup_day_key_split          (guint      key,
                                        gint      *year,
                                        gint      *month,
                                        gint      *day);
/* Noon in UTC on the day of @key, to format that day; NULL for 0. */
GDateTime *lineup_day_key_to_date_time (guint      key);
/* "2017-07-13": the day of @key in ISO 8601. */
gchar   *lineup_day_key_to_iso         (guint      key);

/* The proleptic Gregorian date of a day counted from 1970-01-01 (day 0),
 * without a GDateTime. */
void     lineup_date_from_unix_days    (gint64     days,
                                        gint      *year,
                                        gint      *month,
                                        gint      *day);

/* @dt (taken) as the same instant in @tz; @dt itself when @tz or @dt is
 * NULL.  How every reader moves a time into the zone it is shown in. */
GDateTime *lineup_date_time_to_zone       (GDateTime *dt,
                                           GTimeZone *tz);

G_END_DECLS
