/* lineup-session-clock.c — a time of day without a day, a day without a time
 *
 * A meetup's programme often names no date at all ("18:15 Rust in the
 * kernel"): the talk has no start, but the attendee still wants to see
 * when in the evening it is.  A liveblog lists its talks under
 * "Thursday 7/13" and gives no times: the attendee still wants to see
 * the day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session"

#include "config.h"

#include "lineup-date.h"
#include "lineup-session-private.h"

#define MINUTES_PER_DAY (24 * 60)

static gint16
valid_minute (gint minute)
{
  return minute >= 0 && minute < MINUTES_PER_DAY ? (gint16) minute : -1;
}

void
lineup_session_set_clock (LineupSession *self,
                          gint           start_minute,
                          gint           end_minute)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  self->clock_start = valid_minute (start_minute);
  /* an end needs a start, and "23:00 – 01:00" runs past midnight */
  self->clock_end = self->clock_start >= 0 ? valid_minute (end_minute) : -1;
}

gboolean
lineup_session_get_clock (LineupSession *self,
                          gint          *start_minute,
                          gint          *end_minute)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), FALSE);

  if (self->start.tz != NULL || self->clock_start < 0)
    return FALSE;
  if (start_minute != NULL)
    *start_minute = self->clock_start;
  if (end_minute != NULL)
    *end_minute = self->clock_end;
  return TRUE;
}

void
lineup_session_set_day (LineupSession *self,
                        gint           year,
                        gint           month,
                        gint           day)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  if (year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
      day <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    self->day_only = lineup_day_key (year, month, day);
  else
    self->day_only = 0;
}

gboolean
lineup_session_get_day (LineupSession *self,
                        gint          *year,
                        gint          *month,
                        gint          *day)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), FALSE);

  gint y, m, d;

  if (self->start.tz != NULL || self->day_only == 0)
    return FALSE;
  lineup_day_key_split (self->day_only, &y, &m, &d);
  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;
  return TRUE;
}

gchar *
lineup_session_dup_when_key (LineupSession *self)
{
  gint minute;

  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);

  if (lineup_session_get_start (self) != NULL)
    return lineup_format_iso8601 (lineup_session_get_start (self), TRUE);
  if (lineup_session_get_day (self, NULL, NULL, NULL))
    return lineup_day_key_to_iso (self->day_only);
  if (lineup_session_get_clock (self, &minute, NULL))
    return g_strdup_printf ("T%02d:%02d", minute / 60, minute % 60);
  return g_strdup ("");
}
