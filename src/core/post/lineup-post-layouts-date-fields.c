/* lineup-post-layouts-date-fields.c — a meetup's date and an event's bounds
 * as fields
 *
 * A meetup's page gives its day as a field ("* Data: 02/06/2018", "Date:
 * 12.03.2024"), the label's language telling how to read a date that reads
 * both ways; an event's page its first and last day ("* Start: Tuesday
 * August 28th 2018 at 09:50", "Finish: Friday August 31st").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lineup-post-layouts-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

/* "Date", "Data", "Datum", "Fecha": a label before the day of a meetup.
 * Those of languages that write the day first say how to read "02/06/2018". */
static const struct
{
  const gchar *label;
  gboolean     day_first;
} date_labels[] = {
  { "date", FALSE }, { "day", FALSE }, { "data", TRUE }, { "datum", TRUE }, { "fecha", TRUE },
  { "d\xC3\xAD" "a", TRUE }, { "dia", TRUE }, { "jour", TRUE }, { "tag", TRUE },
};

/* "02/06/2018" read in @order: the scanner leaves a date that reads both
 * ways alone, but a label in a language, or the post's other dates, say
 * which it is.  "10/5/23" is 2023. */
static gboolean
scan_ordered (const gchar     *value,
              LineupDateOrder  order,
              LineupSlot      *slot)
{
  guint a, b, day, month, year;
  gint consumed = 0;

  if (order == LINEUP_DATE_ORDER_UNKNOWN ||
      sscanf (value, "%2u/%2u/%4u%n", &a, &b, &year, &consumed) != 3 || value[consumed] != '\0')
    return FALSE;
  if (consumed == (gint) strlen (value) && value[consumed - 3] == '/')
    year += 2000;
  day = order == LINEUP_DATE_ORDER_DAY_FIRST ? a : b;
  month = order == LINEUP_DATE_ORDER_DAY_FIRST ? b : a;
  if (year < 1000 || month < 1 || month > 12 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  memset (slot, 0, sizeof *slot);
  slot->year = (gint) year;
  slot->month = (gint) month;
  slot->day = (gint) day;
  slot->start_minute = slot->end_minute = -1;
  slot->span_end = (gsize) consumed;
  return TRUE;
}

gboolean
lineup_post_layouts_find_ordered_date (const gchar     *text,
                                       LineupDateOrder  order,
                                       LineupSlot      *slot)
{
  if (order == LINEUP_DATE_ORDER_UNKNOWN)
    return FALSE;
  for (const gchar *p = text; *p != '\0'; p++)
    {
      gsize length = strspn (p, "0123456789/");

      if ((p == text || !g_ascii_isdigit (p[-1])) && length >= 6 && length <= 10)
        {
          g_autofree gchar *token = g_strndup (p, length);

          if (scan_ordered (token, order, slot))
            {
              slot->span_start = (gsize) (p - text);
              slot->span_end = slot->span_start + length;
              return TRUE;
            }
        }
      if (length > 0)
        p += length - 1;
    }
  return FALSE;
}

gboolean
lineup_post_layouts_date_field (const gchar *text,
                                LineupSlot  *slot)
{
  const gchar *colon = strchr (text, ':');
  g_autofree gchar *label = NULL;
  g_autofree gchar *value = NULL;
  gint known = -1;

  if (colon == NULL || colon - text > 8)
    return FALSE;
  label = g_utf8_strdown (text, colon - text);
  g_strstrip (label);
  for (guint i = 0; i < G_N_ELEMENTS (date_labels) && known < 0; i++)
    if (g_str_equal (label, date_labels[i].label))
      known = (gint) i;
  if (known < 0)
    return FALSE;
  value = g_strstrip (g_strdup (colon + 1));
  if (lineup_slot_scan (value, slot) == LINEUP_SLOT_DATE && slot->month != 0 && slot->day != 0 &&
      lineup_slot_is_whole (value, slot))
    return TRUE;
  return date_labels[known].day_first && scan_ordered (value, LINEUP_DATE_ORDER_DAY_FIRST, slot);
}

gboolean
lineup_post_layouts_recognise_date_field (const LineupPostUnit    *unit,
                                          const LineupPostContext *context,
                                          LineupPostRecognition   *out)
{
  const LineupPostLine *line = unit->lines->len == 1 ? g_ptr_array_index (unit->lines, 0) : NULL;
  LineupSlot slot;

  if (line == NULL || unit->kind == LINEUP_UNIT_HEADING || unit->has_link ||
      !lineup_post_layouts_date_field (line->text, &slot))
    return FALSE;
  out->role = LINEUP_ROLE_DAY;
  out->slot = slot;
  out->found = LINEUP_SLOT_DATE;
  return TRUE;
}

/* "* Start: Tuesday August 28th 2018 at 09:50", "Finish: Friday August
 * 31st 2018 15:30": when the event begins and ends, no talk.  Its days are
 * those the prose names (the reader notes them), which date the weekday
 * headings below ("### Tuesday: CAP Symposium"). */
gboolean
lineup_post_layouts_recognise_event_bound (const LineupPostUnit    *unit,
                                           const LineupPostContext *context,
                                           LineupPostRecognition   *out)
{
  static const gchar * const bounds[] = {
    "start", "starts", "begin", "begins", "finish", "end", "ends", "beginn", "ende",
    "d\xC3\xA9" "but", "fin", "inicio", "in\xC3\xAD" "cio", "fim", NULL
  };
  const gchar *text, *colon;
  g_autofree gchar *label = NULL;
  LineupSlot slot;

  if (unit->lines->len != 1 || unit->kind == LINEUP_UNIT_HEADING || unit->has_link)
    return FALSE;
  text = ((const LineupPostLine *) g_ptr_array_index (unit->lines, 0))->text;
  if ((colon = strchr (text, ':')) == NULL)
    return FALSE;
  label = g_utf8_strdown (text, colon - text);
  if (!g_strv_contains (bounds, g_strstrip (label)) ||
      !(lineup_slot_scan (colon + 1, &slot) & LINEUP_SLOT_DATE) || slot.month == 0 ||
      slot.day == 0 ||
      lineup_post_count_letters (colon + 1, (gssize) slot.span_start) > 0)
    return FALSE;
  out->role = LINEUP_ROLE_NONE;
  return TRUE;
}
