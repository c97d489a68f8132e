/* lineup-slot-names.c — month and weekday names (English; Spanish months)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-slot"

#include "config.h"

#include <string.h>

#include "lineup-slot-private.h"

static const gchar * const month_names[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

/* Spanish, full names only ("13 de septiembre"): their short forms are
 * English words ("mar", "dic"). */
static const gchar * const spanish_month_names[] = {
  "enero", "febrero", "marzo", "abril", "mayo", "junio",
  "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
};

static const gchar * const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const struct
{
  const gchar *abbreviation;
  gint         weekday;
} weekday_abbreviations[] = {
  { "mon", 1 }, { "tue", 2 }, { "tues", 2 }, { "wed", 3 }, { "weds", 3 },
  { "thu", 4 }, { "thur", 4 }, { "thurs", 4 }, { "fri", 5 }, { "sat", 6 },
  { "sun", 7 },
};

/* Accepts the full name, the first three letters and "Sept", and a Spanish
 * month's full name; a trailing dot is
 * ignored.  @length may be -1 (as a gsize) for a NUL-terminated @name. */
gint
lineup_slot_month_from_name (const gchar *name,
                             gsize        length)
{
  if (name == NULL)
    return 0;
  if (length == (gsize) -1)
    length = strlen (name);
  if (length > 0 && name[length - 1] == '.')
    length--;
  if (length < 3)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      if (word_equals (name, length, month_names[i]) ||
          (length == 3 && g_ascii_strncasecmp (name, month_names[i], 3) == 0))
        return (gint) i + 1;
    }
  if (word_equals (name, length, "sept"))
    return 9;
  /* not "mayo": a word of its own in English posts (a sauce) */
  for (guint i = 0; i < G_N_ELEMENTS (spanish_month_names); i++)
    if (i != 4 && word_equals (name, length, spanish_month_names[i]))
      return (gint) i + 1;
  if (word_equals (name, length, "setiembre"))
    return 9;

  return 0;
}

gint
lineup_slot_weekday_from_name (const gchar *name,
                               gsize        length,
                               gboolean    *abbreviated)
{
  *abbreviated = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
    if (word_equals (name, length, weekday_names[i]))
      return (gint) i + 1;

  *abbreviated = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (weekday_abbreviations); i++)
    if (word_equals (name, length, weekday_abbreviations[i].abbreviation))
      return weekday_abbreviations[i].weekday;

  return 0;
}


const gchar *
lineup_slot_month_name (gint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return month_names[month - 1];
}
