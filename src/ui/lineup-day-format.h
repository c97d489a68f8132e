/* lineup-day-format.h — days as the window shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clock times come from the core (lineup-time-format.h); the day headings of
 * the list, its Day filter and the stars no longer listed read days the
 * same way.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A day for headers: "Monday, November 6"; NULL for NULL. */
gchar *lineup_format_day       (GDateTime *time);

/* A clock time in the locale's convention ("14:15" or "2:15 PM"); NULL for
 * NULL. */
gchar *lineup_format_clock_time (GDateTime *time);

/* The day @time falls on, as lineup_session_get_day_key() gives it
 * (20231106). */
guint  lineup_day_key          (GDateTime *time);

G_END_DECLS
