/* lineup-time-format.h — a talk's time as people read it: clock, range, zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window, the command line and the Markdown export write times the same
 * way: "Mon, Nov 6 · 9:15 – 9:40 AM CST" with a 12-hour clock,
 * "Mon, Nov 6 · 09:15 – 09:40 CST" with a 24-hour one.
 */
#pragma once

#include "lineup-schedule.h"

G_BEGIN_DECLS

/* Whether the locale (LC_TIME) writes times with a 12-hour clock: its time
 * format has an AM/PM field (%p, or %r / %I / %l, which imply one).  This
 * is the clock the app uses. */
gboolean  lineup_locale_uses_12h_clock   (void);

/* "9:15 AM" (or "9:15" without @with_period), "09:15" on a 24-hour clock. */
gchar    *lineup_format_clock            (GDateTime      *time,
                                          gboolean        twelve_hour,
                                          gboolean        with_period);

/* The clock the app uses (lineup_locale_uses_12h_clock()), with its AM/PM;
 * NULL for NULL (a talk with no time, or no end). */
gchar    *lineup_format_clock_local      (GDateTime      *time);
/* lineup_format_clock_local() of a time of day in minutes from midnight;
 * NULL for -1. */
gchar    *lineup_format_minute_local     (gint            minute);

/* A day as the list and the exports name it: "Mon, Nov 6" (short, in a
 * talk's time) and "Monday, November 6" (long, a day heading); NULL for
 * NULL. */
gchar    *lineup_format_day_short        (GDateTime      *time);
gchar    *lineup_format_day_short_year   (GDateTime      *time);
gchar    *lineup_format_day_long         (GDateTime      *time);
/* "Monday, November 6, 2023": a day heading in a schedule of several years. */
gchar    *lineup_format_day_long_year    (GDateTime      *time);

/* "9:15 – 9:40 AM", "11:50 AM – 12:15 PM", "11:00 PM – Tue, Nov 7 1:00 AM";
 * "9:15 AM" when @end is NULL.  The times as given (convert them to the
 * zone they are to be read in first). */
gchar    *lineup_format_time_range       (GDateTime      *start,
                                          GDateTime      *end,
                                          gboolean        twelve_hour);

/* The zone @time is in, for a reader: the time zone database's abbreviation
 * ("CST") when it has a real one, else the one the post wrote (@schedule may
 * be NULL), else the offset ("UTC+05:30"). */
gchar    *lineup_format_zone_abbreviation (GDateTime      *time,
                                           LineupSchedule *schedule);

/* "Mon, Nov 6 · 9:15 – 9:40 AM CST" (@with_day) or "9:15 – 9:40 AM CST":
 * the range, then the zone unless @floating; "Time not announced" when
 * @start is NULL. */
gchar    *lineup_format_when             (GDateTime      *start,
                                          GDateTime      *end,
                                          gboolean        floating,
                                          LineupSchedule *schedule,
                                          gboolean        twelve_hour,
                                          gboolean        with_day);

/* The heading of a talk without a start: "Day not announced" when its post
 * gives its time of day (lineup_session_get_clock()), else "Time not
 * announced".  A translated static string. */
const gchar *lineup_session_untimed_label (LineupSession *session);

/* The talk's day: its start, or noon (UTC) on the day of a talk whose post
 * gives no time (lineup_session_get_day()); NULL when it has neither.  And
 * lineup_format_day_long() and lineup_format_day_short() of it. */
GDateTime *lineup_session_dup_day        (LineupSession *session);
gchar    *lineup_session_format_day_long (LineupSession *session);
gchar    *lineup_session_format_day_long_year (LineupSession *session);
gchar    *lineup_session_format_day_short (LineupSession *session);

/* "6:15 – 7:00 PM": the time of day of a talk whose post gives no day
 * (lineup_session_get_clock()), NULL for any other. */
gchar    *lineup_session_format_time_of_day (LineupSession *session,
                                             gboolean       twelve_hour);

/* lineup_format_when() on the session's times, with its day; a time of day
 * without a day when the post gives only that (lineup_session_get_clock()),
 * a day without a time likewise (lineup_session_get_day()). */
gchar    *lineup_session_format_when     (LineupSession  *session,
                                          LineupSchedule *schedule,
                                          gboolean        twelve_hour);

G_END_DECLS
