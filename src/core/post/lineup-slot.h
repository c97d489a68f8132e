/* lineup-slot.h — time slots: "Monday, November 6, 2023 • 9:15 am - 9:40 am CST"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a piece of text says about a date and a time.  Fields the text does not
 * give are 0 (dates) or -1 (times). */
typedef struct
{
  gint   year;          /* 0 when not given */
  gint   month;         /* 1–12, 0 when not given */
  gint   day;           /* 1–31, 0 when not given */
  gint   weekday;       /* 1 = Monday … 7 = Sunday, 0 when not given */
  gint   event_day;     /* "Day 2 - 11:00": the event's day by its number, 0 when not given */
  gint   start_minute;  /* minutes after midnight, -1 when no time */
  gint   end_minute;    /* -1 when only a start is given */
  gchar  zone[8];       /* time zone abbreviation as written ("CST"), "" if none */
  /* Byte offsets in the scanned text of the first and one-past-last character
   * that belong to the date/time (separators included).  Text outside this
   * span is something else (a title, a track name…). */
  gsize  span_start;
  gsize  span_end;
} LineupSlot;

typedef enum
{
  LINEUP_SLOT_NONE = 0,
  LINEUP_SLOT_DATE = 1 << 0,   /* a day was found (month+day, or a weekday) */
  LINEUP_SLOT_TIME = 1 << 1,   /* a start time was found */
} LineupSlotFound;

/* Scans @text for a date and/or a time range.  Accepts 12- and 24-hour times,
 * "am"/"pm" after either or only after the end time, the separators -, –, —,
 * to, •, ·, |, commas, weekdays, month names (full or abbreviated, English),
 * day-first and month-first dates, ordinals ("12th of November"), numeric
 * dates ("05/22/19": month or day first as the numbers or a weekday tell), a weekday
 * with a day and no month ("Thu 19": month 0, the caller supplies it), an
 * optional year, and an optional zone abbreviation after the time.  Invalid
 * values (25:00, 99:99 pm, February 30) are not a time; nor are bare numbers
 * ("2023"), versions ("v1.14", "1.14", "1.14 - 1.15") or ratios ("3:1"): a time
 * needs HH:MM with two-digit minutes, or am/pm, and a lone hour counts only in
 * a range with am/pm ("9 - 10am").  A dotted time ("15.30") needs am/pm or a
 * range with another time; two dotted ends without am/pm need hours from 7 on
 * and a forward range.  "noon"/"midday" is 12:00 at an end of a range or
 * after "12".  A year is kept only when 1970–2200.  When the text holds
 * several slots the most complete one wins (time, then month and day, then
 * weekday), the first one on a tie.  Linear in the length of @text, safe on
 * any bytes.  Returns what was found; @slot is always initialised. */
LineupSlotFound  lineup_slot_scan          (const gchar      *text,
                                            LineupSlot       *slot);

/* TRUE when @text is nothing but a slot (date and/or time, separators,
 * a zone, punctuation, white space), so a paragraph holding it is a slot
 * line and not prose that mentions a time.  @slot must come from scanning
 * @text; an empty or out-of-range span gives FALSE. */
gboolean         lineup_slot_is_whole      (const gchar      *text,
                                            const LineupSlot *slot);

/* The IANA zone for an abbreviation (any case) ("CST" → "America/Chicago",
 * "CET" → "Europe/Paris", "EDT" → "America/New_York"), or NULL when unknown. */
const gchar     *lineup_slot_zone_for_abbreviation (const gchar *abbreviation);
/* The zone abbreviation @text opens with, a whole-hour offset glued after
 * "UTC" or "GMT" included ("UTC+2"), into @zone; FALSE when it opens with
 * none (or with an offset of part of an hour: "UTC+05:30"). */
gboolean         lineup_slot_read_zone      (const gchar *text,
                                             gchar        zone[8]);
/* "times are in eastern standard time" (folded, lowercase) → "EST": the
 * abbreviation of the first zone @folded names in words, or NULL. */
const gchar     *lineup_slot_zone_from_name (const gchar *folded);

/* The event place (a city, a region or a country: "Salt Lake City",
 * "Shanghai", "Arizona") @text names first, as a handle for
 * lineup_slot_zone_for_place(), or 0.  Only places where an abbreviation
 * means another zone than its usual one are known. */
guint            lineup_slot_zone_find_place (const gchar *text);

/* The IANA zone of @place when its clocks are written @abbreviation (any
 * case): "CST" in Shanghai is Asia/Shanghai, "MST" in Arizona
 * America/Phoenix; NULL when the place does not use it (then the usual zone,
 * lineup_slot_zone_for_abbreviation(), applies). */
const gchar     *lineup_slot_zone_for_place  (guint        place,
                                              const gchar *abbreviation);

/* The IANA zone of @place when no abbreviation says more (its first one:
 * Salt Lake City is America/Denver), or NULL. */
const gchar     *lineup_slot_zone_of_place   (guint        place);

/* Adds to @slot what @other gives (@other_found) and @slot lacks (*@found):
 * "DATE: Wednesday April 2" then "TIME: 16:15 - 17:30 BST" make one slot,
 * in either order; "Thu 19: [Title](…) (11:00 - 11:30)" too. */
void             lineup_slot_merge           (LineupSlot       *slot,
                                              LineupSlotFound  *found,
                                              const LineupSlot *other,
                                              LineupSlotFound   other_found);

/* "Day 2", "Tag 2", "Jour 2": the event's days are numbered up to this. */
#define LINEUP_SLOT_MAX_EVENT_DAY 14

/* Whether @folded (lower case) is the word for a day of an event ("day",
 * "tag", "jour", "día"…) that a number follows. */
gboolean         lineup_slot_is_day_word     (const gchar *folded);

/* The month (1–12) of an English month name, its three-letter abbreviation or
 * "Sept", in any case, with or without a trailing dot; 0 otherwise.  @length
 * may be (gsize) -1 for a NUL-terminated @name. */
gint             lineup_slot_month_from_name (const gchar *name,
                                              gsize        length);

G_END_DECLS
