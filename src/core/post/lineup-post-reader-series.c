/* lineup-post-reader-series.c — a series of talks that gives its hours once
 *
 * A seminar series or a reading group lists each talk under its date and
 * writes the hours they all share once, in its prose or in a field:
 *
 *   The PL seminar meets on Wednesdays at 3:30 pm in room 2405.
 *   The group meets every week on Mondays at 11-12.
 *   - Time: 3:00-4:00pm, Mondays through fall quarter 2015
 *
 *   - **Oct 12, 2015**: IPython: Beyond Normal Python (Jake VanderPlas)
 *
 * A line that says when the series meets ("meets", "every", "all talks
 * start", "Mondays") and writes a time and no date gives its hours to the
 * talks that have a day and no time.  A weekday it names must be theirs;
 * two such lines that disagree give none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lineup-markdown.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-text.h"

/* "- Time: …": a field's label has this many words at most. */
#define MAX_LABEL_WORDS 2
/* A line longer than this says more than when a series meets. */
#define MAX_SERIES_LINE_BYTES 600
/* "at 3-4": an hour before this one is in the afternoon. */
#define FIRST_MORNING_HOUR 8

static const gchar * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

/* Words of a line that says when every talk of a series is. */
static const gchar * const series_words[] = {
  "meets", "meet on", "meet every", "every ", "each ", "weekly", "all talks", "all seminars",
  "all sessions", "all lectures", "talks start", "talks begin", "talks are held",
  "seminars are held", "seminars start", "seminars begin", "sessions start",
  "sessions begin", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
  "saturdays", "sundays", NULL
};

/* The weekday (1 = Monday) @folded names ("Mondays" too), 0 when none. */
static gint
names_weekday (const gchar *folded)
{
  g_auto(GStrv) words = g_strsplit_set (folded, " ,.;:()*_<>/", -1);
  gint weekday = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize length = strlen (words[i]);

      if (length > 1 && words[i][length - 1] == 's')
        words[i][length - 1] = '\0';
      for (guint d = 0; weekdays[d] != NULL; d++)
        if (g_str_equal (words[i], weekdays[d]))
          weekday = (gint) d + 1;
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

/* The line from @start to @end when it may say when a series meets: prose,
 * or a list's field ("- Time: 3:00-4:00pm, Mondays"); else NULL. */
static gchar *
series_line (const gchar *start,
             const gchar *end)
{
  const gchar *text = start + strspn (start, " \t");
  const gchar *colon;

  if (end - text > 2 && strchr ("-*+", text[0]) != NULL && text[1] == ' ' &&
      (colon = memchr (text, ':', (gsize) (end - text))) != NULL)
    {
      g_autofree gchar *label = g_strndup (text + 2, (gsize) (colon - text - 2));

      /* a label of words ("Time", "When"), not a time's hour */
      if (lineup_post_count_words (label) <= MAX_LABEL_WORDS &&
          strpbrk (label, "0123456789[(") == NULL)
        return g_strndup (text + 2, (gsize) (end - text - 2));
    }
  /* "**Meeting time and location:** Wednesdays at **12:30**": a bold label */
  if (g_str_has_prefix (text, "**") && end - text <= MAX_SERIES_LINE_BYTES)
    return g_strndup (text, (gsize) (end - text));
  return lineup_post_reader_prose_line (start, end);
}

/* The hours of the series that the line from @start to @end gives, or
 * FALSE. */
static gboolean
series_hours (const gchar *start,
              const gchar *end,
              gint         weekday,
              LineupSlot  *slot)
{
  g_autofree gchar *markdown = series_line (start, end);
  g_autofree gchar *plain = NULL;
  g_autofree gchar *folded = NULL;
  gint named;
  LineupSlotFound found;

  if (markdown == NULL)
    return FALSE;
  plain = lineup_markdown_to_plain (markdown);
  if (!lineup_post_folded_contains_any (plain, series_words))
    return FALSE;
  folded = lineup_text_fold (plain);
  named = names_weekday (folded);
  if (named != 0 && weekday != 0 && named != weekday)
    return FALSE;
  found = lineup_slot_scan (plain, slot);
  if ((found & LINEUP_SLOT_DATE) && slot->month != 0)
    return FALSE;
  return (found & LINEUP_SLOT_TIME) || bare_hours (folded, slot);
}

/* Whether @talk has a day (its own, or its heading's) and no time; its
 * day into @date. */
static gboolean
dated_untimed (const Talk *talk,
               GDate      *date)
{
  gboolean own = (talk->found & LINEUP_SLOT_DATE) && talk->slot.month != 0;
  gint year = own ? talk->slot.year : talk->day_year;
  gint month = own ? talk->slot.month : talk->day_month;
  gint day = own ? talk->slot.day : talk->day_day;

  g_date_clear (date, 1);
  if ((talk->found & LINEUP_SLOT_TIME) || month == 0 || day == 0)
    return FALSE;
  if (g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* The weekday the talks with a day and no time are on (1 = Monday), 0
 * when they are on several or their years are not known; -1 when there
 * are none. */
static gint
talks_weekday (const Reader *reader)
{
  gint weekday = -1;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      GDate date;

      if (!dated_untimed (g_ptr_array_index (reader->talks, i), &date))
        continue;
      if (!g_date_valid (&date))
        weekday = 0;
      else if (weekday < 0)
        weekday = (gint) g_date_get_weekday (&date);
      else if (weekday != (gint) g_date_get_weekday (&date))
        weekday = 0;
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

  if ((weekday = talks_weekday (reader)) < 0)
    return;
  /* line by line, without cutting the body */
  for (const gchar *start = body, *end; *start != '\0'; start = *end != '\0' ? end + 1 : end)
    {
      LineupSlot here;

      end = start + strcspn (start, "\n");
      if (!series_hours (start, end, weekday, &here))
        continue;
      if (found && (here.start_minute != slot.start_minute || here.end_minute != slot.end_minute))
        return;
      slot = here;
      found = TRUE;
    }
  if (!found)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);
      GDate date;

      if (!dated_untimed (talk, &date))
        continue;
      talk->slot.start_minute = slot.start_minute;
      talk->slot.end_minute = slot.end_minute;
      memcpy (talk->slot.zone, slot.zone, sizeof slot.zone);
      talk->found |= LINEUP_SLOT_TIME;
    }
}
