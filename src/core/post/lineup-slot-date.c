/* lineup-slot-date.c — dates: "Monday, November 6, 2023", "12th of November"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates: a weekday ("Tuesday", alone or before a date), a month name followed
 * by a day ("November 6", "Nov 6", "Sept. 5", "November 12th"), a day followed
 * by a month ("23 March", "12th of November"), each with an optional year
 * (kept only when 1970–2200), ISO "2024-03-19" and numeric "05/22/19".  Names must start with a
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

#include "lineup-slot-private.h"

/* A day number with an optional ordinal suffix ("6", "12th", "1er", "1º",
 * "1°"); returns the end or 0.  With @after_dot it may be glued to the month's dot before it
 * ("Nov.21"). */
static gsize
match_day (const Scanner *s,
           const Token   *t,
           gboolean       after_dot,
           gint          *day)
{
  Token after;
  gsize end = t->end;

  if (t->kind != TOKEN_NUMBER || t->digits > 2 || t->value < 1 || t->value > 31 ||
      (glued_to_previous (s, t->start) && !after_dot))
    return 0;

  lineup_slot_lex (s, t->end, &after);
  if (after.glued && after.kind == TOKEN_WORD)
    {
      if (!token_is_word (s, &after, "st") && !token_is_word (s, &after, "nd") &&
          !token_is_word (s, &after, "rd") && !token_is_word (s, &after, "th") &&
          !(t->value == 1 &&
            (token_is_word (s, &after, "er") || token_is_word (s, &after, "re"))) &&
          !token_is_word (s, &after, "\xC2\xBA") && !token_is_word (s, &after, "\xC2\xAA"))
        return 0;
      end = after.end;
      lineup_slot_lex (s, end, &after);
    }
  else if (after.glued && token_is_punct (&after, 0xB0))
    {
      end = after.end;
      lineup_slot_lex (s, end, &after);
    }
  /* "6:30" or "6.5" is not a day. */
  if (after.glued && (token_is_punct (&after, ':') || token_is_punct (&after, '.')))
    {
      Token next;

      lineup_slot_lex (s, after.end, &next);
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
       !word_equals (s->text + t->start, t->end - t->start, lineup_slot_month_name (*month))))
    {
      *month = 0;
      return 0;
    }
  lineup_slot_lex (s, t->end, &dot);
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

  lineup_slot_lex (s, pos, &t);
  if (token_is_punct (&t, ','))
    lineup_slot_lex (s, t.end, &t);
  if (t.kind != TOKEN_NUMBER || t.digits != 4 || !lineup_year_is_plausible ((gint) t.value))
    return 0;
  lineup_slot_lex (s, t.end, &after);
  /* "2023:30" is no year; "Aug 25, 2021: Day 1" is, its colon a label's */
  if (after.glued && (after.kind == TOKEN_WORD ||
                      (token_is_punct (&after, ':') && after.end < s->length &&
                       !g_ascii_isspace (s->text[after.end]))))
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

  if (lineup_slot_match_meridiem (s, end, &meridiem) != 0)
    return FALSE;
  lineup_slot_lex (s, end, &next);
  if (token_is_noon (s, &next))
    return FALSE;
  if (next.kind == TOKEN_WORD && !token_is_capitalized (s, &next) &&
      !token_is_word (s, &next, "at") && !token_is_word (s, &next, "from"))
    return FALSE;
  return TRUE;
}

/* "05/22/19", "22/05/2019", "22.05.2019": numbers joined by "/" or "." (no
 * space), a year of two or four digits.  Month first when the day shows it (22 > 12), or when a
 * weekday @weekday (0 if none) agrees with that reading and not the other;
 * day first likewise; 05/06/19 with no weekday to tell is no date.  Returns
 * the end, or 0. */
/* "7/13", "14/7", "8/10": a day and a month with no year, either way round
 * (@month_first when both read), in @d; FALSE when neither reads. */
static gboolean
set_day_month (gint       a,
               gint       b,
               gboolean   month_first,
               DateMatch *d)
{
  gboolean months = a >= 1 && a <= 12 && b >= 1 && b <= lineup_days_in_month (2000, a);
  gboolean days = b >= 1 && b <= 12 && a >= 1 && a <= lineup_days_in_month (2000, b);

  if (!months && !days)
    return FALSE;
  if (months && days)
    months = month_first;
  d->year = 0;
  d->month = months ? a : b;
  d->day = months ? b : a;
  return TRUE;
}

/* @dot ends a sentence ("on Tuesday, 21.05.2019. The …"), not a version's
 * next number ("1.2.2019.5"). */
static gboolean
sentence_ends (const Scanner *s,
               const Token   *dot)
{
  Token next;

  lineup_slot_lex (s, dot->end, &next);
  return next.kind == TOKEN_END || !next.glued;
}

static gsize
match_numeric_date (const Scanner *s,
                    const Token   *first,
                    gint           weekday,
                    DateMatch     *d)
{
  Token slash1, second, slash2, third, after;
  gint a, b, year;
  gboolean month_first, day_first, dotted;

  if (first->kind != TOKEN_NUMBER || first->digits > 2 || glued_to_previous (s, first->start))
    return 0;
  lineup_slot_lex (s, first->end, &slash1);
  lineup_slot_lex (s, slash1.end, &second);
  lineup_slot_lex (s, second.end, &slash2);
  lineup_slot_lex (s, slash2.end, &third);
  lineup_slot_lex (s, third.end, &after);
  dotted = token_is_punct (&slash1, '.');
  /* "Tue 24.6.": day and month with their dots and no year, after a
   * weekday; "Freitag 30.06" without the last dot, the month in two digits */
  if (dotted && weekday != 0 && slash1.glued && second.kind == TOKEN_NUMBER && second.glued &&
      second.digits <= 2 &&
      ((token_is_punct (&slash2, '.') && slash2.glued &&
        !(third.glued && (third.kind == TOKEN_NUMBER || third.kind == TOKEN_WORD))) ||
       (second.digits == 2 && first->digits == 2 && (slash2.kind == TOKEN_END || !slash2.glued))))
    {
      a = (gint) first->value;
      b = (gint) second.value;
      if (b < 1 || b > 12 || a < 1 || a > lineup_days_in_month (2000, b))
        return 0;
      d->year = 0;
      d->month = b;
      d->day = a;
      return token_is_punct (&slash2, '.') && slash2.glued ? slash2.end : second.end;
    }
  /* "Thursday 7/13": month and day with no year, after a weekday; a day
   * over 12 comes first ("Fri 14/7") */
  if (!dotted && weekday != 0 && token_is_punct (&slash1, '/') && slash1.glued &&
      second.kind == TOKEN_NUMBER && second.glued && second.digits <= 2 &&
      !(slash2.glued && (token_is_punct (&slash2, '/') || slash2.kind == TOKEN_NUMBER ||
                         slash2.kind == TOKEN_WORD)))
    {
      if (!set_day_month ((gint) first->value, (gint) second.value, TRUE, d))
        return 0;
      return second.end;
    }
  if (!(dotted || token_is_punct (&slash1, '/')) || !slash1.glued ||
      second.kind != TOKEN_NUMBER || !second.glued || second.digits > 2 ||
      !token_is_punct (&slash2, slash1.ch) || !slash2.glued || third.kind != TOKEN_NUMBER ||
      !third.glued || (third.digits != 2 && third.digits != 4) ||
      (after.glued && (after.kind == TOKEN_NUMBER || after.kind == TOKEN_WORD ||
                       (token_is_punct (&after, slash1.ch) &&
                        !sentence_ends (s, &after)))))
    return 0;
  /* "12.09.23", "1.10.2024": dots are always day first; with a short year
   * both numbers have two digits, not a version ("3.10.11"). */
  if (dotted && third.digits == 2 && (first->digits != 2 || second.digits != 2))
    return 0;
  a = (gint) first->value;
  b = (gint) second.value;
  year = third.digits == 2 ? 2000 + (gint) third.value : (gint) third.value;
  if (!lineup_year_is_plausible (year))
    return 0;
  if (dotted)
    {
      if (b < 1 || b > 12 || a < 1 || a > lineup_days_in_month (year, b))
        return 0;
      d->year = year;
      d->month = b;
      d->day = a;
      return third.end;
    }
  month_first = a >= 1 && a <= 12 && b >= 1 && b <= lineup_days_in_month (year, a);
  day_first = b >= 1 && b <= 12 && a >= 1 && a <= lineup_days_in_month (year, b);
  if (month_first && day_first && a != b)
    {
      month_first = weekday != 0 && lineup_weekday_of (year, a, b) == weekday;
      day_first = weekday != 0 && lineup_weekday_of (year, b, a) == weekday;
      if (month_first == day_first)
        return 0;
    }
  if (!month_first && !day_first)
    return 0;
  d->year = year;
  d->month = month_first ? a : b;
  d->day = month_first ? b : a;
  return third.end;
}

/* @t is the CJK character @ch alone (the lexer reads a run of letters as
 * one word: "月" and "日" stand alone between numbers). */
static gboolean
token_is_cjk (const Scanner *s,
              const Token   *t,
              gunichar       ch)
{
  return t->kind == TOKEN_WORD && g_utf8_get_char (s->text + t->start) == ch &&
         t->end - t->start == (gsize) g_unichar_to_utf8 (ch, NULL);
}

/* "2018年6月30日", "6月30日" (or "5 月 31 日", spaced): a date as Japanese
 * and Chinese write it; "2030년 4월 16일" as Korean does.
 * Returns the end, or 0. */
static gsize
match_cjk_date (const Scanner *s,
                const Token   *first,
                DateMatch     *d)
{
  Token t = *first, unit, day;
  gint year = 0;
  gunichar sign;

  if (first->kind != TOKEN_NUMBER || glued_to_previous (s, first->start))
    return 0;
  lineup_slot_lex (s, t.end, &unit);
  if (t.digits == 4 && (token_is_cjk (s, &unit, 0x5E74 /* 年 */) ||
                        token_is_cjk (s, &unit, 0xB144 /* 년 */)))
    {
      year = (gint) t.value;
      lineup_slot_lex (s, unit.end, &t);
      if (t.kind != TOKEN_NUMBER || !lineup_year_is_plausible (year))
        return 0;
      lineup_slot_lex (s, t.end, &unit);
    }
  if (t.digits > 2 || t.value < 1 || t.value > 12 ||
      !(token_is_cjk (s, &unit, 0x6708 /* 月 */) || token_is_cjk (s, &unit, 0xC6D4 /* 월 */)))
    return 0;
  lineup_slot_lex (s, unit.end, &day);
  lineup_slot_lex (s, day.end, &unit);
  /* "4月11号晚上7:30": the day's sign may open a run of words */
  sign = g_utf8_get_char (s->text + unit.start);
  if (day.kind != TOKEN_NUMBER || day.digits > 2 || day.value < 1 || unit.kind != TOKEN_WORD ||
      !(sign == 0x65E5 /* 日 */ || sign == 0x53F7 /* 号 */ || sign == 0xC77C /* 일 */))
    return 0;
  d->year = year;
  d->month = (gint) t.value;
  d->day = (gint) day.value;
  return unit.start + (gsize) g_unichar_to_utf8 (sign, NULL);
}

static gboolean match_month_day (const Scanner *s,
                                 gsize          pos,
                                 DateMatch     *d,
                                 gboolean       range);

static gboolean
is_date_range_separator (const Scanner *s,
                         const Token   *t)
{
  if (t->kind == TOKEN_PUNCT)
    return t->ch == '-' || t->ch == 0x2013 || t->ch == 0x2014;
  return token_is_word (s, t, "to") || token_is_word (s, t, "through") ||
         token_is_word (s, t, "thru") || token_is_word (s, t, "until");
}

/* "July 10-13, 2018", "Tuesday Jul 10 through Friday Jul 13, 2018": the
 * year written once, after the last day of a range that starts at @end, is
 * the first day's too.  0 when none is. */
static gint
range_year (const Scanner *s,
            gsize          end)
{
  Token separator, next;
  DateMatch last = { 0 };
  gboolean abbreviated;
  gint day = 0, year = 0;
  gsize day_end;

  lineup_slot_lex (s, end, &separator);
  if (!is_date_range_separator (s, &separator))
    return 0;
  lineup_slot_lex (s, separator.end, &next);
  if ((day_end = match_day (s, &next, FALSE, &day)) != 0 && match_year (s, day_end, &year) != 0)
    return year;
  if (next.kind == TOKEN_WORD &&
      lineup_slot_weekday_from_name (s->text + next.start, next.end - next.start, &abbreviated))
    {
      lineup_slot_lex (s, next.end, &next);
      if (token_is_punct (&next, ','))
        lineup_slot_lex (s, next.end, &next);
    }
  if (match_month_day (s, next.start, &last, FALSE))
    return last.year;
  return 0;
}

/* The month after a day ("12 March", "12. März", "13 de septiembre",
 * "12 mars", "vrijdag 12 december 2025"), from the token after the day.
 * The end of the month, or 0. */
static gsize
match_month_after_day (const Scanner *s,
                       const Token   *after_day,
                       DateMatch     *d)
{
  Token second = *after_day;
  gboolean spanish;
  gint year = 0;
  gsize end;

  /* "12. März 2024" */
  if (token_is_punct (&second, '.') && second.glued)
    lineup_slot_lex (s, second.end, &second);
  spanish = token_is_word (s, &second, "de");
  if (token_is_word (s, &second, "of") || spanish)
    lineup_slot_lex (s, second.end, &second);
  /* "13 de septiembre", "12 mars": after "de", or another language's
   * month, a full name in lower case */
  if (second.kind == TOKEN_WORD &&
      ((spanish && second.end - second.start >= 5) ||
       lineup_slot_name_is_foreign (s->text + second.start, second.end - second.start)) &&
      (d->month = lineup_slot_month_from_name (s->text + second.start,
                                               second.end - second.start)) != 0)
    return second.end;
  /* "5 de mayo", "13 Mayo 2025" (no month of its own elsewhere: a sauce in
   * English) */
  if (token_is_word (s, &second, "mayo") && (spanish || match_year (s, second.end, &year) != 0))
    {
      d->month = 5;
      return second.end;
    }
  if ((end = match_month (s, &second, FALSE, &d->month)) == 0)
    {
      /* "vrijdag 12 december 2025": a full name in lower case, as Dutch
       * writes the months it shares with English, after a weekday or
       * before a year */
      if ((end = match_month (s, &second, TRUE, &d->month)) == 0 ||
          (d->weekday == 0 && match_year (s, end, &year) == 0))
        return 0;
    }
  return end;
}

/* Month and day in either order, from @pos; with @range, the year of a
 * range written after its last day. */
static gboolean
match_month_day (const Scanner *s,
                 gsize          pos,
                 DateMatch     *d,
                 gboolean       range)
{
  Token first, second;
  gsize end;

  lineup_slot_lex (s, pos, &first);
  d->start = first.start;

  if ((end = match_month (s, &first, TRUE, &d->month)) != 0)
    {
      lineup_slot_lex (s, end, &second);
      /* "October, 13 - Thursday": a comma after a capitalised month */
      if (token_is_punct (&second, ',') && second.glued && token_is_capitalized (s, &first))
        {
          lineup_slot_lex (s, second.end, &second);
          if ((end = match_day (s, &second, FALSE, &d->day)) == 0 || !day_ends_date (s, end))
            return FALSE;
        }
      else if ((end = match_day (s, &second, s->text[end - 1] == '.', &d->day)) == 0)
        return FALSE;
      if (!token_is_capitalized (s, &first) && !day_ends_date (s, end))
        return FALSE;
    }
  else if ((end = match_numeric_date (s, &first, d->weekday, d)) != 0 ||
           (end = match_cjk_date (s, &first, d)) != 0)
    ;
  else if ((end = match_day (s, &first, FALSE, &d->day)) != 0)
    {
      lineup_slot_lex (s, end, &second);
      /* "19-22 March": a range of days in one month, its first day */
      if (is_date_range_separator (s, &second))
        {
          Token last;
          gint last_day = 0;
          gsize last_end;

          lineup_slot_lex (s, second.end, &last);
          if ((last_end = match_day (s, &last, FALSE, &last_day)) != 0 && last_day > d->day)
            lineup_slot_lex (s, last_end, &second);
        }
      if ((end = match_month_after_day (s, &second, d)) == 0)
        return FALSE;
      /* "13 de septiembre de 2025" */
      lineup_slot_lex (s, end, &second);
      if (token_is_word (s, &second, "de"))
        {
          gsize year_end = match_year (s, second.end, &d->year);

          end = year_end != 0 ? year_end : end;
        }
    }
  else if (first.kind == TOKEN_NUMBER && first.digits == 4 &&
           !glued_to_previous (s, first.start))
    {
      /* ISO 8601: 2024-03-19 (or unpadded, "2021-11-4"); year first with
       * slashes or dots as Japan, China and Korea write it: 2025/06/05,
       * 2025.6.5 */
      Token dash1, month, dash2, day, after;
      gboolean iso;

      lineup_slot_lex (s, first.end, &dash1);
      lineup_slot_lex (s, dash1.end, &month);
      lineup_slot_lex (s, month.end, &dash2);
      lineup_slot_lex (s, dash2.end, &day);
      lineup_slot_lex (s, day.end, &after);
      iso = token_is_punct (&dash1, '-');
      if (!(iso || token_is_punct (&dash1, '/') || token_is_punct (&dash1, '.')) ||
          !dash1.glued || month.kind != TOKEN_NUMBER || !month.glued ||
          month.digits > 2 || !token_is_punct (&dash2, dash1.ch) ||
          !dash2.glued || day.kind != TOKEN_NUMBER || !day.glued || day.digits > 2 ||
          (after.glued && (after.kind == TOKEN_NUMBER || after.kind == TOKEN_WORD ||
                           token_is_punct (&after, dash1.ch))))
        return FALSE;
      if (!lineup_year_is_plausible ((gint) first.value) || month.value < 1 || month.value > 12 ||
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
      else if (range)
        d->year = range_year (s, end);
    }

  if (d->day > lineup_days_in_month (d->year, d->month))
    return FALSE;

  d->end = end;
  return TRUE;
}

/* Portuguese weekdays, Monday to Friday, without their "-feira". */
static const struct { const gchar *name; gint number; } portuguese_days[] = {
  { "segunda", 1 }, { "terça", 2 }, { "terca", 2 }, { "quarta", 3 }, { "quinta", 4 },
  { "sexta", 5 },
};

/* "Terça-feira", "quinta-feira": a Portuguese weekday (Monday to Friday)
 * is a word, a hyphen and "feira"; sets @end after it.  0 when @t starts
 * none. */
static gint
portuguese_weekday (const Scanner *s,
                    const Token   *t,
                    gsize         *end)
{
  Token dash, feira;

  if (t->kind != TOKEN_WORD)
    return 0;
  lineup_slot_lex (s, t->end, &dash);
  lineup_slot_lex (s, dash.end, &feira);
  if (!token_is_punct (&dash, '-') || !dash.glued || !feira.glued ||
      !token_is_word (s, &feira, "feira"))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (portuguese_days); i++)
    if (token_is_word (s, t, portuguese_days[i].name))
      {
        *end = feira.end;
        return portuguese_days[i].number;
      }
  return 0;
}

/* "水" in "12/6(水)": the weekday as Japanese writes it, one character;
 * 0 when @t is none. */
static gint
cjk_weekday (const Scanner *s,
             const Token   *t)
{
  static const gunichar days[] = {
    0x6708 /* 月 */, 0x706B /* 火 */, 0x6C34 /* 水 */, 0x6728 /* 木 */, 0x91D1 /* 金 */,
    0x571F /* 土 */, 0x65E5 /* 日 */
  };
  gunichar c = g_utf8_get_char (s->text + t->start);

  if (t->kind != TOKEN_WORD || t->end - t->start != (gsize) g_unichar_to_utf8 (c, NULL))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (days[i] == c)
      return (gint) i + 1;
  return 0;
}

/* "8/10 (terça)", "8/10, Tuesday": a day and a month with no year, then
 * the weekday that makes them a date.  Either way round, the day first
 * unless the weekday is English (a Portuguese post writes the day first)
 * or Japanese ("12/6(水)", "12/6（水）": month first). */
static gboolean
match_date_then_weekday (const Scanner *s,
                         const Token   *first,
                         DateMatch     *d)
{
  Token slash, second, next, word;
  gboolean abbreviated = FALSE, english;
  gint weekday;
  gsize end;

  if (first->kind != TOKEN_NUMBER || first->digits > 2 || glued_to_previous (s, first->start))
    return FALSE;
  lineup_slot_lex (s, first->end, &slash);
  lineup_slot_lex (s, slash.end, &second);
  if (!token_is_punct (&slash, '/') || !slash.glued || second.kind != TOKEN_NUMBER ||
      !second.glued || second.digits > 2)
    return FALSE;
  lineup_slot_lex (s, second.end, &next);
  word = next;
  if (token_is_punct (&next, '(') || token_is_punct (&next, ','))
    lineup_slot_lex (s, next.end, &word);
  else if (g_str_has_prefix (s->text + next.start, "\xEF\xBC\x88" /* （ */))
    lineup_slot_lex (s, next.start + 3, &word);
  if (word.kind != TOKEN_WORD)
    return FALSE;
  end = word.end;
  weekday = lineup_slot_weekday_from_name (s->text + word.start, end - word.start, &abbreviated);
  english = weekday != 0 && !lineup_slot_name_is_foreign (s->text + word.start, end - word.start);
  if (weekday == 0 && (weekday = cjk_weekday (s, &word)) != 0)
    english = TRUE;   /* month first */
  if (weekday == 0)
    weekday = portuguese_weekday (s, &word, &end);
  /* "(terça)": a Portuguese weekday without its "-feira" */
  for (guint i = 0; weekday == 0 && i < G_N_ELEMENTS (portuguese_days); i++)
    if (token_is_word (s, &word, portuguese_days[i].name))
      weekday = portuguese_days[i].number;
  if (weekday == 0)
    return FALSE;
  if (!set_day_month ((gint) first->value, (gint) second.value, english, d))
    return FALSE;
  d->weekday = weekday;
  d->start = first->start;
  d->end = end;
  return TRUE;
}

gboolean
lineup_slot_match_date (const Scanner *s,
                        gsize          pos,
                        DateMatch     *d)
{
  Token t, next;
  gboolean abbreviated;
  gint weekday = 0;
  gsize weekday_end;

  memset (d, 0, sizeof *d);
  lineup_slot_lex (s, pos, &t);
  weekday_end = t.end;
  /* "Tuesday", and "mardi" in lower case as French writes it */
  if (t.kind == TOKEN_WORD &&
      (token_is_capitalized (s, &t) ||
       lineup_slot_name_is_foreign (s->text + t.start, t.end - t.start)))
    weekday = lineup_slot_weekday_from_name (s->text + t.start, t.end - t.start, &abbreviated);
  if (weekday == 0)
    weekday = portuguese_weekday (s, &t, &weekday_end);

  if (weekday != 0)
    {
      gsize end = weekday_end;
      DateMatch md = { .weekday = weekday };

      lineup_slot_lex (s, end, &next);
      if (abbreviated && token_is_punct (&next, '.') && next.glued)
        {
          end = next.end;
          lineup_slot_lex (s, end, &next);
        }
      /* "Friday, Nov 14th", "Friday - Nov 14th" */
      if (token_is_punct (&next, ',') ||
          ((token_is_punct (&next, '-') || token_is_punct (&next, 0x2013) ||
            token_is_punct (&next, 0x2014)) && !next.glued))
        lineup_slot_lex (s, next.end, &next);

      if (match_month_day (s, next.start, &md, TRUE))
        {
          *d = md;
          d->weekday = weekday;
          d->start = t.start;
          return TRUE;
        }
      /* "Thursday (2/28)": the date in brackets after its weekday */
      if (token_is_punct (&next, '('))
        {
          Token inside;

          lineup_slot_lex (s, next.end, &inside);
          if (inside.glued && match_month_day (s, inside.start, &md, TRUE))
            {
              *d = md;
              d->weekday = weekday;
              d->start = t.start;
              return TRUE;
            }
        }

      /* "Thu 19: [Title]", "Wednesday 18th": a day with no month, which the
       * reader takes from the context; not the start of a time ("Thu 9 -
       * 10am") nor a number before a word ("Mon 5 servers"). */
      {
        gint day = 0;
        gsize day_end = match_day (s, &next, FALSE, &day);
        TimeMatch time;

        if (day_end != 0 && day_ends_date (s, day_end) &&
            !lineup_slot_match_time (s, next.start, &time))
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

  if (match_month_day (s, t.start, d, TRUE))
    {
      Token dash, word;
      gboolean abbreviated_after;

      /* "October, 13 - Thursday": the weekday after a dash is the date's */
      lineup_slot_lex (s, d->end, &dash);
      lineup_slot_lex (s, dash.end, &word);
      if (dash.kind == TOKEN_PUNCT && is_date_range_separator (s, &dash) &&
          word.kind == TOKEN_WORD && token_is_capitalized (s, &word) &&
          (weekday = lineup_slot_weekday_from_name (s->text + word.start, word.end - word.start,
                                                   &abbreviated_after)) != 0)
        {
          d->weekday = weekday;
          d->end = word.end;
        }
      return TRUE;
    }
  return match_date_then_weekday (s, &t, d);
}
