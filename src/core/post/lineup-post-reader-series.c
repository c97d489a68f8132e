/* lineup-post-reader-series.c — a series of talks that gives its hour once
 *
 * A seminar series or a reading group lists each talk under its date and
 * writes the hour they all share once, beside the day of the week:
 *
 *   - Time: 3:00-4:00pm, Mondays through fall quarter 2015
 *   The group meets every week on Mondays at 11-12.
 *
 *   - **Oct 12, 2015**: IPython: Beyond Normal Python (Jake VanderPlas)
 *
 * When every talk has its day and none its time, the first line of the body
 * that writes a time beside a weekday ("Mondays") or "every week", and no
 * date, gives them all that time.  A weekday it names must be theirs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lineup-markdown.h"
#include "lineup-post-reader-private.h"
#include "lineup-text.h"

/* A series has this many talks at least. */
#define MIN_SERIES_TALKS 3
/* "at 3-4": an hour before this one is in the afternoon. */
#define FIRST_MORNING_HOUR 8

static const gchar * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

/* The weekday (1 = Monday) @folded names ("Mondays" too), 0 when none;
 * @recurring is set when it says the talks come back ("every", "weekly"). */
static gint
names_weekday (const gchar *folded,
               gboolean    *recurring)
{
  g_auto(GStrv) words = g_strsplit_set (folded, " ,.;:()*_<>/", -1);
  gint weekday = 0;

  *recurring = FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize length = strlen (words[i]);

      if (length > 1 && words[i][length - 1] == 's')
        {
          words[i][length - 1] = '\0';
          *recurring |= g_strv_contains (weekdays, words[i]);
        }
      for (guint d = 0; weekdays[d] != NULL; d++)
        if (g_str_equal (words[i], weekdays[d]))
          weekday = (gint) d + 1;
      *recurring |= g_str_equal (words[i], "every") || g_str_equal (words[i], "weekly");
    }
  return weekday;
}

/* "meets … at 11-12": hours alone after "at", which the scanner leaves (a
 * range of numbers may be anything). */
static gboolean
bare_hours (const gchar *folded,
            LineupSlot  *slot)
{
  for (const gchar *at = strstr (folded, " at "); at != NULL; at = strstr (at + 1, " at "))
    {
      guint start = 0, end = 0;
      gint consumed = 0;

      if (sscanf (at, " at %2u-%2u%n", &start, &end, &consumed) != 2 || consumed == 0 ||
          g_ascii_isalnum (at[consumed]) || start < 1 || start > 12 || end < 1 || end > 12)
        continue;
      if (start < FIRST_MORNING_HOUR)
        start += 12;
      if (end < start)
        end += 12;
      slot->start_minute = (gint) start * 60;
      slot->end_minute = (gint) end * 60;
      return slot->end_minute > slot->start_minute;
    }
  return FALSE;
}

/* The hours of the series that the line from @start to @end gives, or
 * FALSE. */
static gboolean
series_hours (const gchar *start,
              const gchar *end,
              gint         weekday,
              LineupSlot  *slot)
{
  g_autofree gchar *markdown = g_strndup (start, (gsize) (end - start));
  g_autofree gchar *plain = lineup_markdown_to_plain (markdown);
  g_autofree gchar *folded = lineup_text_fold (plain);
  gboolean recurring;
  gint named = names_weekday (folded, &recurring);
  LineupSlotFound found;

  if (!recurring || (named != 0 && weekday != 0 && named != weekday))
    return FALSE;
  found = lineup_slot_scan (plain, slot);
  if ((found & LINEUP_SLOT_DATE) && slot->day != 0)
    return FALSE;
  return (found & LINEUP_SLOT_TIME) || bare_hours (folded, slot);
}

/* The weekday all the talks are on (1 = Monday), 0 when they are on
 * different days or their days are not all known; -1 when a talk has a
 * time or no day. */
static gint
talks_weekday (const Reader *reader)
{
  gint weekday = 0;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      const Talk *talk = g_ptr_array_index (reader->talks, i);
      /* its own day, or the day of its heading */
      gboolean own = (talk->found & LINEUP_SLOT_DATE) && talk->slot.month != 0;
      gint year = own ? talk->slot.year : talk->day_year;
      gint month = own ? talk->slot.month : talk->day_month;
      gint day = own ? talk->slot.day : talk->day_day;
      GDate date;

      if ((talk->found & LINEUP_SLOT_TIME) || month == 0 || day == 0)
        return -1;
      if (year == 0 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        return 0;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      if (weekday != 0 && (gint) g_date_get_weekday (&date) != weekday)
        return 0;
      weekday = (gint) g_date_get_weekday (&date);
    }
  return weekday;
}

void
lineup_post_reader_series_hours (Reader      *reader,
                                 const gchar *body)
{
  gint weekday;
  LineupSlot slot = { .start_minute = -1, .end_minute = -1 };
  gboolean found = FALSE;

  if (reader->talks->len < MIN_SERIES_TALKS || (weekday = talks_weekday (reader)) < 0)
    return;
  for (const gchar *start = body, *end; *start != '\0' && !found;
       start = *end != '\0' ? end + 1 : end)
    {
      end = start + strcspn (start, "\n");
      found = series_hours (start, end, weekday, &slot);
    }
  if (!found)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      talk->slot.start_minute = slot.start_minute;
      talk->slot.end_minute = slot.end_minute;
      memcpy (talk->slot.zone, slot.zone, sizeof slot.zone);
      talk->found |= LINEUP_SLOT_TIME;
    }
}
