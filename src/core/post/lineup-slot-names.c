/* lineup-slot-names.c — month and weekday names (English in full and short;
 * French, German, Spanish, Italian, Portuguese, Dutch, Russian and Polish
 * in full)
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

/* Other languages' full names ("mardi 12 mars", "12. März", "12 de março"),
 * with their unaccented spellings.  Only full names: short forms are often
 * English words. */
static const struct
{
  const gchar *name;
  gint         number;
} other_month_names[] = {
  /* French */
  { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 },
  { "mai", 5 }, { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 },
  { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 },
  { "decembre", 12 },
  /* German */
  { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 }, { "maerz", 3 },
  { "juni", 6 }, { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 },
  /* Italian */
  { "gennaio", 1 }, { "febbraio", 2 }, { "aprile", 4 }, { "maggio", 5 }, { "giugno", 6 },
  { "luglio", 7 }, { "settembre", 9 }, { "ottobre", 10 }, { "dicembre", 12 },
  /* Portuguese */
  { "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "marco", 3 }, { "maio", 5 },
  { "junho", 6 }, { "julho", 7 }, { "setembro", 9 }, { "outubro", 10 }, { "novembro", 11 },
  { "dezembro", 12 },
  /* Dutch */
  { "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "mei", 5 }, { "augustus", 8 },
  /* Swedish, Danish and Norwegian (the others as German's, Dutch's) */
  { "maj", 5 }, { "augusti", 8 }, { "desember", 12 },
  /* Russian, as a date writes them ("12 октября 2019") and alone */
  { "января", 1 }, { "февраля", 2 }, { "марта", 3 }, { "апреля", 4 }, { "мая", 5 },
  { "июня", 6 }, { "июля", 7 }, { "августа", 8 }, { "сентября", 9 }, { "октября", 10 },
  { "ноября", 11 }, { "декабря", 12 },
  { "январь", 1 }, { "февраль", 2 }, { "март", 3 }, { "апрель", 4 }, { "май", 5 },
  { "июнь", 6 }, { "июль", 7 }, { "август", 8 }, { "сентябрь", 9 }, { "октябрь", 10 },
  { "ноябрь", 11 }, { "декабрь", 12 },
  /* Polish, as a date writes them ("12 października 2019") */
  { "stycznia", 1 }, { "lutego", 2 }, { "marca", 3 }, { "kwietnia", 4 }, { "maja", 5 },
  { "czerwca", 6 }, { "lipca", 7 }, { "sierpnia", 8 }, { "września", 9 },
  { "października", 10 }, { "listopada", 11 }, { "grudnia", 12 },
};

/* @word (@length bytes) in lower case when it has letters beyond ASCII
 * ("Октября", "Środa"), to compare with the names of other languages;
 * NULL for an ASCII word, which word_equals() compares in any case. */
static gchar *
fold_foreign (const gchar *word,
              gsize        length)
{
  gboolean ascii = TRUE;

  for (gsize i = 0; i < length && ascii; i++)
    ascii = (guchar) word[i] < 0x80;
  if (ascii || !g_utf8_validate (word, (gssize) length, NULL))
    return NULL;
  return g_utf8_strdown (word, (gssize) length);
}

/* Whether @word is @name, a lower-case name of another language; @folded
 * is fold_foreign()'s @word. */
static inline gboolean
foreign_equals (const gchar *word,
                gsize        length,
                const gchar *folded,
                const gchar *name)
{
  return folded != NULL ? g_str_equal (folded, name) : word_equals (word, length, name);
}

static const gchar * const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const struct
{
  const gchar *name;
  gint         number;
} other_weekday_names[] = {
  /* French */
  { "lundi", 1 }, { "mardi", 2 }, { "mercredi", 3 }, { "jeudi", 4 }, { "vendredi", 5 },
  { "samedi", 6 }, { "dimanche", 7 },
  /* German */
  { "montag", 1 }, { "dienstag", 2 }, { "mittwoch", 3 }, { "donnerstag", 4 }, { "freitag", 5 },
  { "samstag", 6 }, { "sonnabend", 6 }, { "sonntag", 7 },
  /* Spanish (and Portuguese at the weekend) */
  { "lunes", 1 }, { "martes", 2 }, { "miércoles", 3 }, { "miercoles", 3 }, { "jueves", 4 },
  { "viernes", 5 }, { "sábado", 6 }, { "sabado", 6 }, { "domingo", 7 },
  /* Italian */
  { "lunedì", 1 }, { "lunedi", 1 }, { "martedì", 2 }, { "martedi", 2 }, { "mercoledì", 3 },
  { "mercoledi", 3 }, { "giovedì", 4 }, { "giovedi", 4 }, { "venerdì", 5 }, { "venerdi", 5 },
  { "domenica", 7 },
  /* Dutch */
  { "maandag", 1 }, { "dinsdag", 2 }, { "woensdag", 3 }, { "donderdag", 4 }, { "vrijdag", 5 },
  { "zaterdag", 6 }, { "zondag", 7 },
  /* Russian */
  { "понедельник", 1 }, { "вторник", 2 }, { "среда", 3 }, { "среду", 3 }, { "четверг", 4 },
  { "пятница", 5 }, { "пятницу", 5 }, { "суббота", 6 }, { "субботу", 6 },
  { "воскресенье", 7 },
  /* Polish */
  { "poniedziałek", 1 }, { "wtorek", 2 }, { "środa", 3 }, { "czwartek", 4 }, { "piątek", 5 },
  { "sobota", 6 }, { "niedziela", 7 },
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

/* Accepts the full name, the first three letters and "Sept", and another
 * language's full name; a trailing dot is ignored.  @length may be -1 (as a gsize) for a NUL-terminated @name. */
gint
lineup_slot_month_from_name (const gchar *name,
                             gsize        length)
{
  g_autofree gchar *folded = NULL;

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
  folded = fold_foreign (name, length);
  for (guint i = 0; i < G_N_ELEMENTS (other_month_names); i++)
    if (foreign_equals (name, length, folded, other_month_names[i].name))
      return other_month_names[i].number;

  return 0;
}

gint
lineup_slot_weekday_from_name (const gchar *name,
                               gsize        length,
                               gboolean    *abbreviated)
{
  g_autofree gchar *folded = NULL;

  *abbreviated = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (weekday_names); i++)
    if (word_equals (name, length, weekday_names[i]))
      return (gint) i + 1;
  folded = fold_foreign (name, length);
  for (guint i = 0; i < G_N_ELEMENTS (other_weekday_names); i++)
    if (foreign_equals (name, length, folded, other_weekday_names[i].name))
      return other_weekday_names[i].number;

  *abbreviated = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (weekday_abbreviations); i++)
    if (word_equals (name, length, weekday_abbreviations[i].abbreviation))
      return weekday_abbreviations[i].weekday;

  return 0;
}

/* Whether @name is a month or weekday's full name in a language other than
 * English (Spanish included), which may be written in lower case. */
gboolean
lineup_slot_name_is_foreign (const gchar *name,
                             gsize        length)
{
  g_autofree gchar *folded = fold_foreign (name, length);

  for (guint i = 0; i < G_N_ELEMENTS (other_month_names); i++)
    if (foreign_equals (name, length, folded, other_month_names[i].name))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (spanish_month_names); i++)
    if (i != 4 && word_equals (name, length, spanish_month_names[i]))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (other_weekday_names); i++)
    if (foreign_equals (name, length, folded, other_weekday_names[i].name))
      return TRUE;
  return FALSE;
}

const gchar *
lineup_slot_month_name (gint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return month_names[month - 1];
}
