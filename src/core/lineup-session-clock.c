/* lineup-session-clock.c — a time of day given without a day
 *
 * A meetup's programme often names no date at all ("18:15 Rust in the
 * kernel"): the talk has no start, but the attendee still wants to see
 * when in the evening it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session"

#include "config.h"

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
