/* lineup-slot.c — time slots: "Monday, November 6, 2023 • 9:15 am - 9:40 am CST"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner lexes the text into numbers, words and single punctuation
 * characters on demand, and tries a small grammar at each token.  Every attempt
 * looks at a bounded number of tokens ahead, and the main loop never goes
 * back, so a scan is linear in the length of the text whatever it holds.
 *
 * What counts as a time (judgement calls, kept strict so that prose, version
 * numbers and ratios are not taken for times):
 *  - "9:15", "09:00", "17:25": hours 0–23, minutes exactly two digits 00–59,
 *    optional ":SS" seconds; not part of a longer chain ("1:2:3", "12:34:56:78")
 *    and not glued to a letter, digit, '.', ':', '/' or '+' before it
 *    ("v1:20", "1.14", "+05:30");
 *  - "10am", "9 pm", "9:15 a.m.": with am/pm the hour is 1–12;
 *  - "9h30": French style, 24-hour, minutes required;
 *  - "15.30", dotted, two-digit minutes, not in a chain ("1.14.2"), only with
 *    am/pm ("9.15am") or in a range with another time ("15.30 - 16:00",
 *    "9.15 - 9.40 am").  When both ends are dotted and neither has am/pm the
 *    text may be a version range ("1.14 - 1.15", "3.10 - 3.12"), so it is a
 *    time only when both hours are 7 or later and the range goes forward
 *    ("15.30 - 16.00" yes, "16.00 - 15.30" and "23.00 - 01.00" no);
 *  - "noon"/"midday" is 12:00 pm, alone only as "12 noon", and as a word only
 *    at one end of a range ("11:30 am - noon"): "Lunch at noon" is no time;
 *  - a bare hour ("9") only inside a range that has an am/pm ("9 - 10am").
 * A number alone ("2023", "25 talks"), "3:1", "1.14" or "99:99 pm" is not a time.
 *
 * Dates: a weekday ("Tuesday", alone or before a date), a month name followed
 * by a day ("November 6", "Nov 6", "Sept. 5", "November 12th"), a day followed
 * by a month ("23 March", "12th of November"), each with an optional year
 * (kept only when 1970–2200), and ISO "2024-03-19".  Names must start with a
 * capital letter ("may" is a verb, "sun" a star), except a full month name
 * other than "may" right before a day ("march 19").  Three-letter weekdays
 * only count before a date.  A weekday followed by a day number 1–31 and no
 * month ("Thu 19:", "Wednesday 18th") is a date with month 0, which the reader
 * completes from the context, when the number is not the start of a time
 * ("Thu 9 - 10am") and is not followed by am/pm, noon or a lower-case word
 * other than "at"/"from" ("Mon 5 servers").  The day must exist in that month
 * ("February 30" is no date; February 29 is accepted when the year is unknown).
 */
#define G_LOG_DOMAIN "lineup-slot"

#include "config.h"

#include <string.h>

#include "lineup-core.h"

/* ---- names ------------------------------------------------------------------- */

static const gchar * const month_names[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
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

static const struct
{
  const gchar *abbreviation;
  const gchar *zone;
} zones[] = {
  { "CST", "America/Chicago" },
  { "CDT", "America/Chicago" },
  { "CT", "America/Chicago" },
  { "EST", "America/New_York" },
  { "EDT", "America/New_York" },
  { "ET", "America/New_York" },
  { "PST", "America/Los_Angeles" },
  { "PDT", "America/Los_Angeles" },
  { "PT", "America/Los_Angeles" },
  { "MST", "America/Denver" },
  { "MDT", "America/Denver" },
  { "CET", "Europe/Paris" },
  { "CEST", "Europe/Paris" },
  { "BST", "Europe/London" },
  { "GMT", "UTC" },
  { "UTC", "UTC" },
  { "WET", "Europe/Lisbon" },
  { "WEST", "Europe/Lisbon" },
  { "EET", "Europe/Helsinki" },
  { "EEST", "Europe/Helsinki" },
  { "IST", "Asia/Kolkata" },
  { "JST", "Asia/Tokyo" },
  { "KST", "Asia/Seoul" },
  { "AEST", "Australia/Sydney" },
  { "AEDT", "Australia/Sydney" },
  { "SGT", "Asia/Singapore" },
  { "HKT", "Asia/Hong_Kong" },
};

const gchar *
lineup_slot_zone_for_abbreviation (const gchar *abbreviation)
{
  if (abbreviation == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    if (g_ascii_strcasecmp (abbreviation, zones[i].abbreviation) == 0)
      return zones[i].zone;
  return NULL;
}

static gboolean
word_equals (const gchar *word,
             gsize        length,
             const gchar *name)
{
  return strlen (name) == length && g_ascii_strncasecmp (word, name, length) == 0;
}

/* Accepts the full name, the first three letters and "Sept"; a trailing dot is
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

  return 0;
}

/* 1–7 for a weekday name, 0 otherwise; @abbreviated tells which form it was. */
static gint
weekday_from_name (const gchar *name,
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

/* ---- lexer -------------------------------------------------------------------- */

typedef enum
{
  TOKEN_END,
  TOKEN_NUMBER,
  TOKEN_WORD,
  TOKEN_PUNCT,
} TokenKind;

typedef struct
{
  TokenKind kind;
  gsize     start;
  gsize     end;
  gboolean  glued;     /* no white space between the previous position and start */
  guint     value;     /* TOKEN_NUMBER, capped */
  guint     digits;    /* TOKEN_NUMBER */
  gunichar  ch;        /* TOKEN_PUNCT */
} Token;

typedef struct
{
  const gchar *text;
  gsize        length;
} Scanner;

/* The character at @pos and its length; invalid UTF-8 reads as U+FFFD, 1 byte. */
static gunichar
char_at (const Scanner *s,
         gsize          pos,
         gsize         *char_len)
{
  guchar byte = (guchar) s->text[pos];
  gunichar c;

  if (byte < 0x80)
    {
      *char_len = 1;
      return byte;
    }

  c = g_utf8_get_char_validated (s->text + pos, (gssize) (s->length - pos));
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *char_len = 1;
      return 0xFFFD;
    }
  *char_len = (gsize) g_utf8_skip[byte];
  return c;
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 ||
         c == 0xFEFF;
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha ((gchar) c);
  return g_unichar_isalpha (c);
}

static void
lex (const Scanner *s,
     gsize          pos,
     Token         *t)
{
  gsize char_len;
  gunichar c;

  memset (t, 0, sizeof *t);
  t->glued = TRUE;
  while (pos < s->length)
    {
      c = char_at (s, pos, &char_len);
      if (!is_space (c))
        break;
      t->glued = FALSE;
      pos += char_len;
    }

  t->start = t->end = pos;
  if (pos >= s->length)
    {
      t->kind = TOKEN_END;
      return;
    }

  c = char_at (s, pos, &char_len);
  if (g_ascii_isdigit (s->text[pos]))
    {
      t->kind = TOKEN_NUMBER;
      while (pos < s->length && g_ascii_isdigit (s->text[pos]))
        {
          if (t->value < 100000000)
            t->value = t->value * 10 + (guint) (s->text[pos] - '0');
          t->digits++;
          pos++;
        }
    }
  else if (is_word_char (c))
    {
      t->kind = TOKEN_WORD;
      while (pos < s->length)
        {
          c = char_at (s, pos, &char_len);
          if (!is_word_char (c))
            break;
          pos += char_len;
        }
    }
  else
    {
      t->kind = TOKEN_PUNCT;
      t->ch = c;
      pos += char_len;
    }
  t->end = pos;
}

static gboolean
token_is_word (const Scanner *s,
               const Token   *t,
               const gchar   *word)
{
  return t->kind == TOKEN_WORD && word_equals (s->text + t->start, t->end - t->start, word);
}

static gboolean
token_is_punct (const Token *t,
                gunichar     ch)
{
  return t->kind == TOKEN_PUNCT && t->ch == ch;
}

static gboolean
token_is_capitalized (const Scanner *s,
                      const Token   *t)
{
  return g_ascii_isupper (s->text[t->start]);
}

/* A number glued to what precedes it is part of something else: "v1", "1.14",
 * "12:34:56", "3/4", "+05". */
static gboolean
glued_to_previous (const Scanner *s,
                   gsize          start)
{
  gchar before;

  if (start == 0)
    return FALSE;
  before = s->text[start - 1];
  return g_ascii_isalnum (before) || before == '.' || before == ':' || before == '/' ||
         before == '+';
}

/* ---- times --------------------------------------------------------------------- */

typedef enum
{
  MERIDIEM_NONE,
  MERIDIEM_AM,
  MERIDIEM_PM,
} Meridiem;

typedef struct
{
  gint     hour;
  gint     minute;
  gboolean has_minutes;
  gboolean dotted;      /* "15.30": a time only with am/pm or in a range */
  gboolean noon_word;   /* "noon", "midday" alone: a time only in a range */
  Meridiem meridiem;
  gsize    start;
  gsize    end;
} Clock;

static gboolean
token_is_noon (const Scanner *s,
               const Token   *t)
{
  return token_is_word (s, t, "noon") || token_is_word (s, t, "midday");
}

/* "am", "pm", "a.m.", "p.m." at @pos; returns the end, or 0. */
static gsize
match_meridiem (const Scanner *s,
                gsize          pos,
                Meridiem      *meridiem)
{
  Token t, dot, m, dot2;

  lex (s, pos, &t);
  if (t.kind != TOKEN_WORD)
    return 0;

  if (token_is_word (s, &t, "am") || token_is_word (s, &t, "pm"))
    {
      *meridiem = g_ascii_tolower (s->text[t.start]) == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
      /* "am." at the end of a sentence: the dot belongs to the sentence. */
      return t.end;
    }

  /* "6:15pmEST": the zone glued to the meridiem; match_zone() reads it from
   * the end returned here. */
  if (t.end - t.start >= 4 && t.end - t.start <= 6 &&
      (g_ascii_strncasecmp (s->text + t.start, "am", 2) == 0 ||
       g_ascii_strncasecmp (s->text + t.start, "pm", 2) == 0))
    {
      gchar zone[8] = { 0 };

      for (gsize i = t.start + 2; i < t.end; i++)
        if (!g_ascii_isupper (s->text[i]))
          return 0;
      memcpy (zone, s->text + t.start + 2, t.end - t.start - 2);
      if (lineup_slot_zone_for_abbreviation (zone) == NULL)
        return 0;
      *meridiem = g_ascii_tolower (s->text[t.start]) == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
      return t.start + 2;
    }

  if (!token_is_word (s, &t, "a") && !token_is_word (s, &t, "p"))
    return 0;
  lex (s, t.end, &dot);
  if (!token_is_punct (&dot, '.') || !dot.glued)
    return 0;
  lex (s, dot.end, &m);
  if (!token_is_word (s, &m, "m") || !m.glued)
    return 0;
  *meridiem = g_ascii_tolower (s->text[t.start]) == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
  lex (s, m.end, &dot2);
  if (token_is_punct (&dot2, '.') && dot2.glued)
    return dot2.end;
  return m.end;
}

/* A clock reading at @pos, checked for shape only (ranges decide the values). */
static gboolean
match_clock (const Scanner *s,
             gsize          pos,
             Clock         *clock)
{
  Token hour, t, minute;

  memset (clock, 0, sizeof *clock);
  lex (s, pos, &hour);
  if (token_is_noon (s, &hour))
    {
      /* "noon - 1:30 pm" */
      lex (s, hour.end, &t);
      if (t.glued && t.kind == TOKEN_NUMBER)
        return FALSE;
      clock->hour = 12;
      clock->has_minutes = TRUE;
      clock->meridiem = MERIDIEM_PM;
      clock->noon_word = TRUE;
      clock->start = hour.start;
      clock->end = hour.end;
      return TRUE;
    }
  if (hour.kind != TOKEN_NUMBER || hour.digits > 2 || glued_to_previous (s, hour.start))
    return FALSE;
  clock->hour = (gint) hour.value;
  clock->start = hour.start;
  clock->end = hour.end;

  lex (s, hour.end, &t);
  if (token_is_punct (&t, ':') && t.glued)
    {
      lex (s, t.end, &minute);
      if (minute.kind != TOKEN_NUMBER || !minute.glued)
        {
          /* "3:1" is a ratio; "Keynote at 9: ..." is just an hour. */
          if (minute.kind == TOKEN_NUMBER)
            return FALSE;
        }
      else
        {
          if (minute.digits != 2)
            return FALSE;
          clock->minute = (gint) minute.value;
          clock->has_minutes = TRUE;
          clock->end = minute.end;

          lex (s, minute.end, &t);
          if (token_is_punct (&t, ':') && t.glued)
            {
              Token seconds, after;

              /* "10:15:00" is a time; "12:34:56:78" or "1:23:4" is not. */
              lex (s, t.end, &seconds);
              if (seconds.kind != TOKEN_NUMBER || !seconds.glued)
                goto minutes_done;
              if (seconds.digits != 2 || seconds.value > 59)
                return FALSE;
              lex (s, seconds.end, &after);
              if (token_is_punct (&after, ':') && after.glued)
                return FALSE;
              clock->end = seconds.end;
            }
        }
    }
  else if (t.kind == TOKEN_WORD && t.glued && token_is_word (s, &t, "h"))
    {
      /* "9h30" */
      lex (s, t.end, &minute);
      if (minute.kind != TOKEN_NUMBER || !minute.glued || minute.digits != 2)
        return FALSE;
      clock->minute = (gint) minute.value;
      clock->has_minutes = TRUE;
      clock->end = minute.end;
    }
  else if (token_is_punct (&t, '.') && t.glued)
    {
      /* "15.30"; "1.5" or "1.14.2" or "1.14:20" is something else. */
      lex (s, t.end, &minute);
      if (minute.kind == TOKEN_NUMBER && minute.glued)
        {
          Token after, next;

          if (minute.digits != 2)
            return FALSE;
          clock->minute = (gint) minute.value;
          clock->has_minutes = TRUE;
          clock->dotted = TRUE;
          clock->end = minute.end;
          lex (s, minute.end, &after);
          if (after.glued && (token_is_punct (&after, '.') || token_is_punct (&after, ':')))
            {
              lex (s, after.end, &next);
              if (next.kind == TOKEN_NUMBER && next.glued)
                return FALSE;
            }
        }
    }

minutes_done:
  {
    Meridiem meridiem = MERIDIEM_NONE;
    gsize end = match_meridiem (s, clock->end, &meridiem);

    if (end != 0)
      {
        clock->meridiem = meridiem;
        clock->end = end;
      }
    else
      {
        /* "12 noon", "12:00 midday" */
        lex (s, clock->end, &t);
        if (token_is_noon (s, &t) && clock->hour == 12 && clock->minute == 0)
          {
            clock->meridiem = MERIDIEM_PM;
            clock->end = t.end;
            lex (s, clock->end, &t);
          }
        /* "9:15abc", "10x", "9th" are not times. */
        if (t.glued && (t.kind == TOKEN_WORD || t.kind == TOKEN_NUMBER))
          return FALSE;
        if (token_is_punct (&t, '.') && t.glued)
          {
            Token next;

            /* "9:15.5" */
            lex (s, t.end, &next);
            if (next.kind == TOKEN_NUMBER && next.glued)
              return FALSE;
          }
      }
  }

  if (clock->minute > 59)
    return FALSE;
  if (clock->meridiem != MERIDIEM_NONE)
    return clock->hour >= 1 && clock->hour <= 12;
  return clock->hour <= 23;
}

/* Minutes after midnight of @clock read with @meridiem, or -1. */
static gint
clock_minutes (const Clock *clock,
               Meridiem     meridiem)
{
  if (meridiem == MERIDIEM_NONE)
    {
      if (clock->hour > 23)
        return -1;
      return clock->hour * 60 + clock->minute;
    }
  if (clock->hour < 1 || clock->hour > 12)
    return -1;
  return (clock->hour % 12 + (meridiem == MERIDIEM_PM ? 12 : 0)) * 60 + clock->minute;
}

static Meridiem
other_meridiem (Meridiem meridiem)
{
  return meridiem == MERIDIEM_AM ? MERIDIEM_PM : MERIDIEM_AM;
}

/* Reads @bare (no am/pm of its own) with the meridiem @shared written on the
 * other end of the range, so that the range goes forward: in "11:30 - 1:00 PM"
 * the start is 11:30 AM.  A bare 24-hour value ("13:00 - 2 pm") stays as is. */
static gint
shared_meridiem_minutes (const Clock *bare,
                         Meridiem     shared,
                         gint         other,
                         gboolean     bare_is_start)
{
  gint minutes;

  if (bare->hour > 12 || bare->hour == 0)
    return bare->has_minutes ? clock_minutes (bare, MERIDIEM_NONE) : -1;

  minutes = clock_minutes (bare, shared);
  if (bare_is_start ? minutes > other : minutes < other)
    minutes = clock_minutes (bare, other_meridiem (shared));
  return minutes;
}

static gboolean
is_range_separator (const Scanner *s,
                    const Token   *t)
{
  if (t->kind == TOKEN_PUNCT)
    return t->ch == '-' || t->ch == 0x2010 || t->ch == 0x2011 || t->ch == 0x2012 ||
           t->ch == 0x2013 || t->ch == 0x2014 || t->ch == 0x2212 || t->ch == '~';
  return token_is_word (s, t, "to") || token_is_word (s, t, "until") ||
         token_is_word (s, t, "till");
}

typedef struct
{
  gint  start_minute;
  gint  end_minute;
  gchar zone[8];
  gsize start;
  gsize end;
} TimeMatch;

/* An upper-case zone abbreviation right after a time, as a whole word, or
 * in parentheses: "CST", "(CET)".  Returns the end, or 0. */
static gsize
match_zone (const Scanner *s,
            gsize          pos,
            gchar          zone[8])
{
  Token t, after;
  gboolean parenthesised = FALSE;
  gsize length;

  lex (s, pos, &t);
  if (token_is_punct (&t, '('))
    {
      parenthesised = TRUE;
      lex (s, t.end, &t);
    }
  if (t.kind != TOKEN_WORD)
    return 0;
  length = t.end - t.start;
  if (length < 2 || length > 4)
    return 0;
  for (gsize i = t.start; i < t.end; i++)
    if (!g_ascii_isupper (s->text[i]))
      return 0;

  memset (zone, 0, 8);
  memcpy (zone, s->text + t.start, length);
  if (lineup_slot_zone_for_abbreviation (zone) == NULL)
    return 0;

  lex (s, t.end, &after);
  if (after.glued && after.kind == TOKEN_NUMBER)
    return 0;   /* "UTC+1" is read as "UTC" below, but "CST2" is no zone */
  if (parenthesised)
    return token_is_punct (&after, ')') ? after.end : 0;
  return t.end;
}

static gboolean
match_time (const Scanner *s,
            gsize          pos,
            TimeMatch     *match)
{
  Clock a, b;
  Token separator;
  gboolean ranged = FALSE;
  gsize end;

  if (!match_clock (s, pos, &a))
    return FALSE;

  match->start = a.start;
  match->end_minute = -1;
  match->zone[0] = '\0';

  lex (s, a.end, &separator);
  if (token_is_punct (&separator, '-'))
    {
      /* "11:45--12:15 PM": a double hyphen, as some editors write a dash. */
      Token second;

      lex (s, separator.end, &second);
      if (token_is_punct (&second, '-') && second.glued)
        separator.end = second.end;
    }
  if (is_range_separator (s, &separator) && match_clock (s, separator.end, &b))
    {
      gint start = -1;
      gint stop = -1;

      if (a.meridiem != MERIDIEM_NONE && b.meridiem != MERIDIEM_NONE)
        {
          start = clock_minutes (&a, a.meridiem);
          stop = clock_minutes (&b, b.meridiem);
        }
      else if (b.meridiem != MERIDIEM_NONE)
        {
          stop = clock_minutes (&b, b.meridiem);
          start = shared_meridiem_minutes (&a, b.meridiem, stop, TRUE);
        }
      else if (a.meridiem != MERIDIEM_NONE)
        {
          start = clock_minutes (&a, a.meridiem);
          stop = shared_meridiem_minutes (&b, a.meridiem, start, FALSE);
        }
      else if (a.has_minutes && b.has_minutes)
        {
          start = clock_minutes (&a, MERIDIEM_NONE);
          stop = clock_minutes (&b, MERIDIEM_NONE);
        }

      /* Both dotted with no am/pm ("15.30 - 16.00") could be versions
       * ("1.14 - 1.15", "3.10 - 3.12"): a time only when forward and from 7:00
       * on, where version ranges are rare and talks common. */
      if (a.dotted && b.dotted && a.meridiem == MERIDIEM_NONE &&
          b.meridiem == MERIDIEM_NONE && (a.hour < 7 || b.hour < 7 || stop <= start))
        start = -1;

      if (start >= 0 && stop >= 0)
        {
          match->start_minute = start;
          match->end_minute = stop;
          end = b.end;
          ranged = TRUE;
        }
    }

  if (!ranged)
    {
      /* Alone, a time needs minutes or am/pm: "9" is just a number; a
       * dotted one needs am/pm ("15.30" may be a price or a version), and
       * "noon" alone is a word ("Lunch at noon"). */
      if (!a.has_minutes && a.meridiem == MERIDIEM_NONE)
        return FALSE;
      if ((a.dotted && a.meridiem == MERIDIEM_NONE) || a.noon_word)
        return FALSE;
      match->start_minute = clock_minutes (&a, a.meridiem);
      if (match->start_minute < 0)
        return FALSE;
      end = a.end;
    }

  {
    gsize zone_end = match_zone (s, end, match->zone);

    if (zone_end != 0)
      end = zone_end;
    else
      match->zone[0] = '\0';
  }

  match->end = end;
  return TRUE;
}

/* ---- dates ----------------------------------------------------------------------- */

typedef struct
{
  gint  year;
  gint  month;
  gint  day;
  gint  weekday;
  gsize start;
  gsize end;
} DateMatch;

static gint
days_in_month (gint month,
               gint year)
{
  static const gint days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && year != 0)
    return g_date_is_leap_year ((GDateYear) year) ? 29 : 28;
  return days[month - 1];
}

/* A day number with an optional ordinal suffix ("6", "12th"); returns the end
 * or 0. */
static gsize
match_day (const Scanner *s,
           const Token   *t,
           gint          *day)
{
  Token after;
  gsize end = t->end;

  if (t->kind != TOKEN_NUMBER || t->digits > 2 || t->value < 1 || t->value > 31 ||
      glued_to_previous (s, t->start))
    return 0;

  lex (s, t->end, &after);
  if (after.glued && after.kind == TOKEN_WORD)
    {
      if (!token_is_word (s, &after, "st") && !token_is_word (s, &after, "nd") &&
          !token_is_word (s, &after, "rd") && !token_is_word (s, &after, "th"))
        return 0;
      end = after.end;
      lex (s, end, &after);
    }
  /* "6:30" or "6.5" is not a day. */
  if (after.glued && (token_is_punct (&after, ':') || token_is_punct (&after, '.')))
    {
      Token next;

      lex (s, after.end, &next);
      if (next.kind == TOKEN_NUMBER && next.glued)
        return 0;
    }

  *day = (gint) t->value;
  return end;
}

/* A month name token, capitalised, with an optional glued dot.  With
 * @lower_case, a full name other than "may" may also be in lower case
 * ("march"): the caller then checks that a day follows and ends the date. */
static gsize
match_month (const Scanner *s,
             const Token   *t,
             gboolean       lower_case,
             gint          *month)
{
  Token dot;

  if (t->kind != TOKEN_WORD)
    return 0;
  *month = lineup_slot_month_from_name (s->text + t->start, t->end - t->start);
  if (*month == 0)
    return 0;
  if (!token_is_capitalized (s, t) &&
      (!lower_case || *month == 5 ||
       !word_equals (s->text + t->start, t->end - t->start, month_names[*month - 1])))
    {
      *month = 0;
      return 0;
    }
  lex (s, t->end, &dot);
  if (token_is_punct (&dot, '.') && dot.glued && t->end - t->start < 5)
    return dot.end;
  return t->end;
}

/* An optional year after a date: "[,] 2023", kept only when plausible. */
static gsize
match_year (const Scanner *s,
            gsize          pos,
            gint          *year)
{
  Token t, after;

  lex (s, pos, &t);
  if (token_is_punct (&t, ','))
    lex (s, t.end, &t);
  if (t.kind != TOKEN_NUMBER || t.digits != 4 || t.value < 1970 || t.value > 2200)
    return 0;
  lex (s, t.end, &after);
  if (after.glued && (after.kind == TOKEN_WORD || token_is_punct (&after, ':')))
    return 0;
  *year = (gint) t.value;
  return t.end;
}

/* Whether a day number that ends at @end can close a date that has no
 * capitalised month after it: not when am/pm or noon follows ("Sat 5 PM" is a
 * time) nor a lower-case word ("Mon 5 servers", "we march 5 miles"), apart
 * from "at" and "from" before a time. */
static gboolean
day_ends_date (const Scanner *s,
               gsize          end)
{
  Token next;
  Meridiem meridiem;

  if (match_meridiem (s, end, &meridiem) != 0)
    return FALSE;
  lex (s, end, &next);
  if (token_is_noon (s, &next))
    return FALSE;
  if (next.kind == TOKEN_WORD && !token_is_capitalized (s, &next) &&
      !token_is_word (s, &next, "at") && !token_is_word (s, &next, "from"))
    return FALSE;
  return TRUE;
}

/* Month and day in either order, from @pos. */
static gboolean
match_month_day (const Scanner *s,
                 gsize          pos,
                 DateMatch     *d)
{
  Token first, second;
  gsize end;

  lex (s, pos, &first);
  d->start = first.start;

  if ((end = match_month (s, &first, TRUE, &d->month)) != 0)
    {
      lex (s, end, &second);
      if ((end = match_day (s, &second, &d->day)) == 0)
        return FALSE;
      if (!token_is_capitalized (s, &first) && !day_ends_date (s, end))
        return FALSE;
    }
  else if ((end = match_day (s, &first, &d->day)) != 0)
    {
      lex (s, end, &second);
      if (token_is_word (s, &second, "of"))
        lex (s, second.end, &second);
      if ((end = match_month (s, &second, FALSE, &d->month)) == 0)
        return FALSE;
    }
  else if (first.kind == TOKEN_NUMBER && first.digits == 4 &&
           !glued_to_previous (s, first.start))
    {
      /* ISO 8601: 2024-03-19 */
      Token dash1, month, dash2, day, after;

      lex (s, first.end, &dash1);
      lex (s, dash1.end, &month);
      lex (s, month.end, &dash2);
      lex (s, dash2.end, &day);
      lex (s, day.end, &after);
      if (!token_is_punct (&dash1, '-') || !dash1.glued || month.kind != TOKEN_NUMBER ||
          !month.glued || month.digits != 2 || !token_is_punct (&dash2, '-') ||
          !dash2.glued || day.kind != TOKEN_NUMBER || !day.glued || day.digits != 2 ||
          (after.glued && (after.kind == TOKEN_NUMBER || after.kind == TOKEN_WORD ||
                           token_is_punct (&after, '-'))))
        return FALSE;
      if (first.value < 1970 || first.value > 2200 || month.value < 1 || month.value > 12 ||
          day.value < 1)
        return FALSE;
      d->year = (gint) first.value;
      d->month = (gint) month.value;
      d->day = (gint) day.value;
      end = day.end;
    }
  else
    return FALSE;

  if (d->year == 0)
    {
      gsize year_end = match_year (s, end, &d->year);

      if (year_end != 0)
        end = year_end;
    }

  if (d->day > days_in_month (d->month, d->year))
    return FALSE;

  d->end = end;
  return TRUE;
}

static gboolean
match_date (const Scanner *s,
            gsize          pos,
            DateMatch     *d)
{
  Token t, next;
  gboolean abbreviated;
  gint weekday = 0;

  memset (d, 0, sizeof *d);
  lex (s, pos, &t);
  if (t.kind == TOKEN_WORD && token_is_capitalized (s, &t))
    weekday = weekday_from_name (s->text + t.start, t.end - t.start, &abbreviated);

  if (weekday != 0)
    {
      gsize end = t.end;
      DateMatch md = { 0 };

      lex (s, end, &next);
      if (abbreviated && token_is_punct (&next, '.') && next.glued)
        {
          end = next.end;
          lex (s, end, &next);
        }
      if (token_is_punct (&next, ','))
        lex (s, next.end, &next);

      if (match_month_day (s, next.start, &md))
        {
          *d = md;
          d->weekday = weekday;
          d->start = t.start;
          return TRUE;
        }

      /* "Thu 19: [Title]", "Wednesday 18th": a day with no month, which the
       * reader takes from the context; not the start of a time ("Thu 9 -
       * 10am") nor a number before a word ("Mon 5 servers"). */
      {
        gint day = 0;
        gsize day_end = match_day (s, &next, &day);
        TimeMatch time;

        if (day_end != 0 && day_ends_date (s, day_end) && !match_time (s, next.start, &time))
          {
            d->weekday = weekday;
            d->day = day;
            d->start = t.start;
            d->end = day_end;
            return TRUE;
          }
      }

      if (abbreviated)
        return FALSE;

      d->weekday = weekday;
      d->start = t.start;
      d->end = end;
      return TRUE;
    }

  return match_month_day (s, t.start, d);
}

/* ---- scan ------------------------------------------------------------------------- */

/* Between a date and a time: ",", "•", "·", "|", "-", "–", "—", "@", ":",
 * "at", Markdown emphasis ("*Monday, March 21* • 17:25")... at most a few. */
static gsize
skip_separators (const Scanner *s,
                 gsize          pos)
{
  for (guint i = 0; i < 6; i++)
    {
      Token t;

      lex (s, pos, &t);
      if (t.kind == TOKEN_PUNCT)
        {
          switch (t.ch)
            {
            case ',': case '-': case '|': case '@': case ':': case '/': case '(':
            case ';': case '*': case '_': case '~': case ')': case ']': case 0x2022: case 0x00B7: case 0x2219: case 0x22C5: case 0x2027:
            case 0x2013: case 0x2014: case 0x2012: case 0x2010: case 0x25CF:
              pos = t.end;
              continue;
            default:
              return pos;
            }
        }
      if (token_is_word (s, &t, "at") || token_is_word (s, &t, "from"))
        {
          pos = t.end;
          continue;
        }
      return pos;
    }

  return pos;
}

typedef struct
{
  gboolean  has_date;
  gboolean  has_time;
  DateMatch date;
  TimeMatch time;
  gsize     start;
  gsize     end;
} Candidate;

static guint
candidate_score (const Candidate *c)
{
  return (c->has_time ? 4 : 0) + (c->has_date && c->date.day != 0 ? 2 : 0) +
         (c->has_date && c->date.weekday != 0 ? 1 : 0);
}

static gboolean
match_candidate (const Scanner *s,
                 gsize          pos,
                 Candidate     *c)
{
  memset (c, 0, sizeof *c);

  if (match_date (s, pos, &c->date))
    {
      c->has_date = TRUE;
      c->start = c->date.start;
      c->end = c->date.end;
      if (match_time (s, skip_separators (s, c->end), &c->time))
        {
          c->has_time = TRUE;
          c->end = c->time.end;
        }
      return TRUE;
    }

  if (match_time (s, pos, &c->time))
    {
      c->has_time = TRUE;
      c->start = c->time.start;
      c->end = c->time.end;
      if (match_date (s, skip_separators (s, c->end), &c->date))
        {
          c->has_date = TRUE;
          c->end = c->date.end;
        }
      return TRUE;
    }

  return FALSE;
}

/* Whether a word can start a date or a time: a month, a weekday, "noon" or
 * "midday", all of which begin with one of these three letters.  Most words
 * of a description stop here, before the matchers compare them with every
 * name. */
static gboolean
word_may_start_candidate (const Scanner *s,
                          const Token   *t)
{
  static const gchar prefixes[][4] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "noo", "mid",
  };
  const gchar *w = s->text + t->start;
  gchar key[3];

  if (t->end - t->start < 3 || t->end - t->start > 9)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    key[i] = g_ascii_tolower (w[i]);
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (key[0] == prefixes[i][0] && key[1] == prefixes[i][1] && key[2] == prefixes[i][2])
      return TRUE;
  return FALSE;
}

LineupSlotFound
lineup_slot_scan (const gchar *text,
                  LineupSlot  *slot)
{
  Scanner s;
  Candidate best = { 0 };
  guint best_score = 0;
  LineupSlotFound found = LINEUP_SLOT_NONE;
  gsize pos = 0;

  g_return_val_if_fail (slot != NULL, LINEUP_SLOT_NONE);

  memset (slot, 0, sizeof *slot);
  slot->start_minute = -1;
  slot->end_minute = -1;
  if (text == NULL)
    return LINEUP_SLOT_NONE;

  s.text = text;
  s.length = strlen (text);

  /* Every candidate is read; the most complete one wins, the first on a tie, so
   * that "Monday Morning Keynote — Tuesday, Nov 7 • 9:00 am" finds the slot. */
  while (pos < s.length)
    {
      Token t;
      Candidate c;

      lex (&s, pos, &t);
      if (t.kind == TOKEN_END)
        break;
      if (t.kind != TOKEN_PUNCT && (t.kind != TOKEN_WORD || word_may_start_candidate (&s, &t)) &&
          match_candidate (&s, t.start, &c))
        {
          guint score = candidate_score (&c);

          if (score > best_score)
            {
              best = c;
              best_score = score;
            }
          pos = MAX (c.end, t.end);
          continue;
        }
      pos = t.end;
    }

  if (best_score == 0)
    return LINEUP_SLOT_NONE;

  if (best.has_date)
    {
      slot->year = best.date.year;
      slot->month = best.date.month;
      slot->day = best.date.day;
      slot->weekday = best.date.weekday;
      found |= LINEUP_SLOT_DATE;
    }
  if (best.has_time)
    {
      slot->start_minute = best.time.start_minute;
      slot->end_minute = best.time.end_minute;
      g_strlcpy (slot->zone, best.time.zone, sizeof slot->zone);
      found |= LINEUP_SLOT_TIME;
    }
  slot->span_start = best.start;
  slot->span_end = best.end;

  return found;
}

/* Outside the span: only white space, punctuation and symbols (separators,
 * emphasis markers, brackets, a clock emoji). */
static gboolean
is_filler (const gchar *p,
           const gchar *end)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!is_space (c) && !g_unichar_isspace (c) && !g_unichar_ispunct (c) &&
          c != 0x200D && !(c >= 0xFE00 && c <= 0xFE0F))
        return FALSE;
      p = g_utf8_next_char (p);
    }

  return TRUE;
}

gboolean
lineup_slot_is_whole (const gchar      *text,
                      const LineupSlot *slot)
{
  gsize length;

  if (text == NULL || slot == NULL || slot->span_end <= slot->span_start)
    return FALSE;
  length = strlen (text);
  if (slot->span_end > length)
    return FALSE;

  return is_filler (text, text + slot->span_start) &&
         is_filler (text + slot->span_end, text + length);
}
