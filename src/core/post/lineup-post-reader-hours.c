/* lineup-post-reader-hours.c — bare hours read as the afternoon
 *
 * Timetables often write no am/pm: "12:30" then "1:30", "2:00 pm" then
 * "2:45", "3:15 PM talks" then "4:15 talk".  The walk reads such an hour in
 * the afternoon where the day's order says so, never where the post writes
 * the 24-hour clock ("13:00" then "10:00" is a list out of order), and in
 * the evening where the prose says the evening starts at that hour ("at
 * 7:30pm" over "7:30 - 7:35 | Title").  Hours written "**0930**" in bold
 * at the start of lines are rewritten "09:30" before the post is parsed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-reader-private.h"

/* "3:15 PM talks" then "4:15 talk": the time headings of a day go forward,
 * so an hour written without am/pm before the one above it is in the
 * afternoon. */
static gboolean
says_am_or_pm (const LineupSlot *slot,
               const gchar      *text)
{
  g_autofree gchar *span = NULL;

  if (slot->span_end > strlen (text) || slot->span_end <= slot->span_start)
    return FALSE;
  span = g_ascii_strdown (text + slot->span_start, slot->span_end - slot->span_start);
  return strstr (span, "am") != NULL || strstr (span, "pm") != NULL ||
         strstr (span, "a.m") != NULL || strstr (span, "p.m") != NULL;
}

gboolean
lineup_post_reader_afternoon_after (LineupSlot  *slot,
                                    const gchar *text,
                                    gint         before)
{
  if (slot->start_minute < 60 || slot->start_minute >= 12 * 60 ||
      slot->start_minute >= before || slot->span_end > strlen (text) ||
      says_am_or_pm (slot, text))
    return FALSE;
  slot->start_minute += 12 * 60;
  if (slot->end_minute >= 0 && slot->end_minute < 12 * 60)
    slot->end_minute += 12 * 60;
  return TRUE;
}

/* "2:00 pm" then "2:45" in one list on one day: the bare hour goes on into
 * the afternoon.  Only after a time written in the 12-hour way: in a list
 * that writes "13:00", a "10:00" after it is ten in the morning.  Returns
 * whether @found's time is of the 12-hour kind. */
gboolean
lineup_post_reader_list_afternoon (const Reader         *reader,
                                   const Walk           *walk,
                                   const LineupPostUnit *unit,
                                   LineupPostTalk       *found)
{
  const Talk *previous;
  const LineupPostLine *line;

  /* a time, maybe after the day a table's row repeats */
  if (!(found->found & LINEUP_SLOT_TIME) || found->line_index >= unit->lines->len)
    return FALSE;
  line = g_ptr_array_index (unit->lines, found->line_index);
  if (says_am_or_pm (&found->slot, line->text))
    return TRUE;
  /* the items of one list, or a day's paragraphs or headings of one line
   * each ("#### 1:00 - 1:45 Arthur Jacot") */
  if (!(unit->kind == LINEUP_UNIT_ITEM && unit->list != 0) &&
      !((unit->kind == LINEUP_UNIT_PARAGRAPH || unit->kind == LINEUP_UNIT_HEADING) &&
        unit->lines->len == 1))
    return FALSE;
  previous = reader->talks->len > 0 ? g_ptr_array_index (reader->talks, reader->talks->len - 1)
                                    : NULL;
  if (previous != NULL &&
      (previous->list != unit->list || !(previous->found & LINEUP_SLOT_TIME) ||
       (previous->found & LINEUP_SLOT_DATE) || previous->day_month != walk->month ||
       previous->day_day != walk->day))
    previous = NULL;
  if (previous != NULL && previous->twelve_hour && previous->slot.start_minute >= 12 * 60)
    return lineup_post_reader_afternoon_after (&found->slot, line->text, previous->slot.start_minute);
  /* "12:23" then "01:10" in one timetable: after the noon hour, an hour
   * of the small hours is the afternoon ("13:00" then "10:00" is a list
   * out of order) */
  if (previous != NULL && previous->slot.start_minute >= 12 * 60 &&
      previous->slot.start_minute < 13 * 60 && found->slot.start_minute < 7 * 60)
    return lineup_post_reader_afternoon_after (&found->slot, line->text, previous->slot.start_minute);
  /* "1:30", "5:00" in a timetable that writes no am/pm: no talk starts in
   * the small hours, but not in a list of the day that wrote "13:00". */
  if ((previous == NULL || previous->slot.start_minute < 13 * 60) &&
      found->slot.start_minute < 7 * 60 && line->text[found->slot.span_start] != '0')
    return lineup_post_reader_afternoon_after (&found->slot, line->text, 7 * 60);
  return FALSE;
}

/* "**0930** - Title": a line that opens with four digits in bold, an hour
 * and its minutes (indented two spaces at most), then a dash, a colon or a
 * bar ("**2023** edition" is a year); where the bold starts, or NULL. */
static gchar *
compact_bold_time (gchar *line)
{
  gchar *p = line;
  const gchar *after;

  while (*p == ' ' && p - line < 2)
    p++;
  if (!g_str_has_prefix (p, "**") || strspn (p + 2, "0123456789") != 4 ||
      !g_str_has_prefix (p + 6, "**"))
    return NULL;
  after = p + 8 + strspn (p + 8, " ");
  if (*after != '-' && *after != ':' && *after != '|' && !g_str_has_prefix (after, "\xE2\x80\x93"))
    return NULL;
  if ((p[2] - '0') * 10 + (p[3] - '0') > 23 || p[4] > '5')
    return NULL;
  return p;
}

void
lineup_post_reader_repair_compact_times (gchar *text)
{
  guint found = 0, early = 0;

  for (gchar *line = text; line != NULL && *line != '\0';)
    {
      gchar *bold = compact_bold_time (line);
      gchar *end = strchr (line, '\n');

      found += bold != NULL;
      early += bold != NULL && bold[2] == '0';
      line = end != NULL ? end + 1 : NULL;
    }
  /* years ("**2019** - Title") never start with a zero */
  if (found < 3 || early == 0)
    return;
  for (gchar *line = text; line != NULL && *line != '\0';)
    {
      gchar *bold = compact_bold_time (line);
      gchar *end = strchr (line, '\n');

      /* "**0930**" → " *09:30*", as long: the lines keep their places */
      if (bold != NULL)
        {
          gchar hhmm[4];

          memcpy (hhmm, bold + 2, 4);
          memcpy (bold, " *", 2);
          bold[2] = hhmm[0], bold[3] = hhmm[1], bold[4] = ':';
          bold[5] = hhmm[2], bold[6] = hhmm[3], bold[7] = '*';
        }
      line = end != NULL ? end + 1 : NULL;
    }
}

/* The first time of day the prose (not a list, a heading nor a table)
 * writes in the afternoon or the evening: "on April 11 at 7:30pm",
 * "4月11号晚上7:30" (in the evening, 晚上; in the afternoon, 下午), in
 * minutes; -1 when none. */
gint
lineup_post_reader_prose_evening (const gchar *body)
{
  static const gchar * const evenings[] = {
    "\xE6\x99\x9A\xE4\xB8\x8A", "\xE4\xB8\x8B\xE5\x8D\x88", NULL
  };

  for (const gchar *start = body, *end; *start != '\0'; start = *end != '\0' ? end + 1 : end)
    {
      g_autofree gchar *line = NULL;
      LineupSlot slot;

      end = start + strcspn (start, "\n");
      if ((line = lineup_post_reader_prose_line (start, end)) == NULL ||
          !(lineup_slot_scan (line, &slot) & LINEUP_SLOT_TIME))
        continue;
      if (slot.start_minute >= 12 * 60)
        return slot.start_minute;
      for (guint i = 0; evenings[i] != NULL; i++)
        if (slot.span_start >= strlen (evenings[i]) &&
            strncmp (line + slot.span_start - strlen (evenings[i]), evenings[i],
                     strlen (evenings[i])) == 0)
          return slot.start_minute + 12 * 60;
      return -1;
    }
  return -1;
}

void
lineup_post_reader_evening_from_prose (Reader *reader)
{
  gint first = 24 * 60;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      const Talk *talk = g_ptr_array_index (reader->talks, i);

      if (talk->found & LINEUP_SLOT_TIME)
        first = MIN (first, talk->slot.start_minute);
    }
  /* the prose's "7:30pm" is the first talk's bare "7:30" */
  if (first >= 12 * 60 || reader->prose_evening != first + 12 * 60)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      if (!(talk->found & LINEUP_SLOT_TIME) || talk->twelve_hour ||
          talk->slot.start_minute >= 12 * 60)
        continue;
      talk->slot.start_minute += 12 * 60;
      if (talk->slot.end_minute >= 0 && talk->slot.end_minute < 12 * 60)
        talk->slot.end_minute += 12 * 60;
      talk->twelve_hour = TRUE;
    }
}
