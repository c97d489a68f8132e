/* lineup-time-format.c — a talk's time as people read it: clock, range, zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-time-format"

#include "config.h"

#include <langinfo.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lineup-date.h"
#include "lineup-time-format.h"

gboolean
lineup_locale_uses_12h_clock (void)
{
  const gchar *fmt = nl_langinfo (T_FMT);

  if (fmt == NULL)
    return FALSE;
  return strstr (fmt, "%p") != NULL || strstr (fmt, "%P") != NULL ||
         strstr (fmt, "%r") != NULL || strstr (fmt, "%I") != NULL ||
         strstr (fmt, "%l") != NULL;
}

gchar *
lineup_format_clock (GDateTime *time,
                     gboolean   twelve_hour,
                     gboolean   with_period)
{
  g_return_val_if_fail (time != NULL, NULL);

  if (!twelve_hour)
    return g_date_time_format (time, "%H:%M");
  return g_date_time_format (time, with_period ? "%-l:%M %p" : "%-l:%M");
}

gchar *
lineup_format_clock_local (GDateTime *time)
{
  if (time == NULL)
    return NULL;
  return lineup_format_clock (time, lineup_locale_uses_12h_clock (), TRUE);
}

/* A clock time on a day of no account, to format a time of day. */
static GDateTime *
time_of_day (gint minute)
{
  return minute >= 0 ? g_date_time_new_utc (2000, 1, 1, minute / 60, minute % 60, 0) : NULL;
}

gchar *
lineup_format_minute_local (gint minute)
{
  g_autoptr(GDateTime) time = time_of_day (minute);

  return lineup_format_clock_local (time);
}

gchar *
lineup_format_day_short (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  /* Translators: a day in a talk's time, as in "Mon, Nov 6"; see
   * g_date_time_format() for the codes. */
  return g_date_time_format (time, _("%a, %b %-d"));
}

gchar *
lineup_format_day_short_year (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  /* Translators: a day in a talk's time in a schedule that spans several
   * years, as in "Tue, Nov 24, 2015"; see g_date_time_format() for the codes. */
  return g_date_time_format (time, _("%a, %b %-d, %Y"));
}

gchar *
lineup_format_day_long (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  /* Translators: a day heading, as in "Monday, November 6"; see
   * g_date_time_format() for the codes. */
  return g_date_time_format (time, _("%A, %B %-d"));
}

gchar *
lineup_format_day_long_year (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  /* Translators: a day heading in a schedule that spans several years, as
   * in "Monday, November 6, 2023"; see g_date_time_format() for the codes. */
  return g_date_time_format (time, _("%A, %B %-d, %Y"));
}

gchar *
lineup_format_time_range (GDateTime *start,
                          GDateTime *end,
                          gboolean   twelve_hour)
{
  g_return_val_if_fail (start != NULL, NULL);

  if (end == NULL)
    return lineup_format_clock (start, twelve_hour, TRUE);

  if (lineup_day_key_from_date_time (start) == lineup_day_key_from_date_time (end))
    {
      g_autofree gchar *ampm_a = g_date_time_format (start, "%p");
      g_autofree gchar *ampm_b = g_date_time_format (end, "%p");
      /* "9:15 – 9:40 AM", but "11:50 AM – 12:15 PM" */
      gboolean shared_ampm = g_strcmp0 (ampm_a, ampm_b) == 0;
      g_autofree gchar *a = lineup_format_clock (start, twelve_hour, !shared_ampm);
      g_autofree gchar *b = lineup_format_clock (end, twelve_hour, TRUE);

      /* Translators: a time range, as in "9:15 – 9:40 AM" */
      return g_strdup_printf (_("%s – %s"), a, b);
    }
  else
    {
      g_autofree gchar *a = lineup_format_clock (start, twelve_hour, TRUE);
      g_autofree gchar *end_day = lineup_format_day_short (end);
      g_autofree gchar *b = lineup_format_clock (end, twelve_hour, TRUE);

      /* Translators: a time range over midnight, as in "11:00 PM – Tue, Nov 7 1:00 AM" */
      return g_strdup_printf (_("%s – %s %s"), a, end_day, b);
    }
}

gchar *
lineup_format_zone_abbreviation (GDateTime      *time,
                                 LineupSchedule *schedule)
{
  const gchar *abbr;
  const gchar *written;

  g_return_val_if_fail (time != NULL, NULL);

  abbr = g_date_time_get_timezone_abbreviation (time);
  written = schedule != NULL ? lineup_schedule_get_zone_abbreviation (schedule) : NULL;
  if (abbr != NULL && g_ascii_isalpha (abbr[0]))
    return g_strdup (abbr);
  if (written != NULL && *written != '\0')
    return g_strdup (written);
  return g_date_time_format (time, "UTC%:z");
}

gchar *
lineup_format_when (GDateTime      *start,
                    GDateTime      *end,
                    gboolean        floating,
                    LineupSchedule *schedule,
                    gboolean        twelve_hour,
                    gboolean        with_day)
{
  g_autofree gchar *range = NULL;
  g_autofree gchar *when = NULL;
  g_autofree gchar *zone = NULL;

  if (start == NULL)
    return g_strdup (_("Time not announced"));

  range = lineup_format_time_range (start, end, twelve_hour);
  if (with_day)
    {
      g_autofree gchar *day = schedule != NULL && lineup_schedule_spans_years (schedule)
                              ? lineup_format_day_short_year (start)
                              : lineup_format_day_short (start);

      /* Translators: a day and a time, as in "Mon, Nov 6 · 9:15 – 9:40 AM" */
      when = g_strdup_printf (_("%s · %s"), day, range);
    }
  else
    when = g_steal_pointer (&range);

  if (floating)
    return g_steal_pointer (&when);

  zone = lineup_format_zone_abbreviation (start, schedule);
  /* Translators: a time and its time zone, as in "Mon, Nov 6 · 9:15 AM CST" */
  return g_strdup_printf (_("%s %s"), when, zone);
}

const gchar *
lineup_session_untimed_label (LineupSession *session)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (session), NULL);

  return lineup_session_get_clock (session, NULL, NULL)
         /* Translators: the heading over talks whose post gives a time but no day */
         ? _("Day not announced") : _("Time not announced");
}

GDateTime *
lineup_session_dup_day (LineupSession *session)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (session), NULL);

  if (lineup_session_get_start (session) != NULL)
    return g_date_time_ref (lineup_session_get_start (session));
  if (!lineup_session_get_day (session, NULL, NULL, NULL))
    return NULL;
  return lineup_day_key_to_date_time (lineup_session_get_day_key (session));
}

gchar *
lineup_session_format_day_long (LineupSession *session)
{
  g_autoptr(GDateTime) day = lineup_session_dup_day (session);

  return lineup_format_day_long (day);
}

gchar *
lineup_session_format_day_long_year (LineupSession *session)
{
  g_autoptr(GDateTime) day = lineup_session_dup_day (session);

  return lineup_format_day_long_year (day);
}

gchar *
lineup_session_format_day_short (LineupSession *session)
{
  g_autoptr(GDateTime) day = lineup_session_dup_day (session);

  return lineup_format_day_short (day);
}

gchar *
lineup_session_format_time_of_day (LineupSession *session,
                                   gboolean       twelve_hour)
{
  gint clock_start, clock_end;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (LINEUP_IS_SESSION (session), NULL);

  if (!lineup_session_get_clock (session, &clock_start, &clock_end))
    return NULL;
  start = time_of_day (clock_start);
  /* past midnight would name the day of no account */
  end = clock_end > clock_start ? time_of_day (clock_end) : NULL;
  return lineup_format_time_range (start, end, twelve_hour);
}

gchar *
lineup_session_format_when (LineupSession  *session,
                            LineupSchedule *schedule,
                            gboolean        twelve_hour)
{
  g_autofree gchar *range = NULL;

  g_return_val_if_fail (LINEUP_IS_SESSION (session), NULL);

  range = lineup_session_format_time_of_day (session, twelve_hour);
  if (range != NULL)
    /* Translators: a talk's time when the post gives no day, as in
     * "6:15 – 7:00 PM · Day not announced" */
    return g_strdup_printf (_("%s · Day not announced"), range);
  if (lineup_session_get_day (session, NULL, NULL, NULL))
    {
      g_autoptr(GDateTime) date = lineup_session_dup_day (session);
      g_autofree gchar *day = schedule != NULL && lineup_schedule_spans_years (schedule)
                              ? lineup_format_day_short_year (date)
                              : lineup_format_day_short (date);

      /* Translators: a talk's time when the post gives its day but no
       * time, as in "Thu, Jul 13 · Time not announced" */
      return g_strdup_printf (_("%s · Time not announced"), day);
    }

  return lineup_format_when (lineup_session_get_start (session),
                             lineup_session_get_end (session),
                             lineup_session_get_floating (session),
                             schedule, twelve_hour, TRUE);
}
