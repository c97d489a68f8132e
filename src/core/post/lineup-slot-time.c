/* lineup-slot-time.c — times and time ranges: "9:15 am - 9:40 am CST"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What counts as a time (judgement calls, kept strict so that prose, version
 * numbers and ratios are not taken for times):
 *  - "9:15", "09:00", "17:25": hours 0–23, minutes exactly two digits 00–59,
 *    optional ":SS" seconds; not part of a longer chain ("1:2:3", "12:34:56:78")
 *    and not glued to a letter, digit, '.', ':', '/' or '+' before it
 *    ("v1:20", "1.14", "+05:30");
 *  - "10am", "9 pm", "9:15 a.m.": with am/pm the hour is 1–12, except that a
 *    stray "pm" glued to a 24-hour time with minutes is dropped ("15:55pm",
 *    but "13:00 pm" is no time);
 *  - "9h30", "9h": French style, 24-hour; "9h" not before a word ("2h talk");
 *  - "15.30", dotted, two-digit minutes, not in a chain ("1.14.2"), only with
 *    am/pm ("9.15am") or in a range with another time ("15.30 - 16:00",
 *    "9.15 - 9.40 am").  When both ends are dotted and neither has am/pm the
 *    text may be a version range ("1.14 - 1.15", "3.10 - 3.12"), so it is a
 *    time only when both hours are 7 or later and the range goes forward
 *    ("15.30 - 16.00" yes, "16.00 - 15.30" and "23.00 - 01.00" no);
 *  - "noon"/"midday" is 12:00 pm, alone only as "12 noon", and as a word only
 *    at one end of a range ("11:30 am - noon"): "Lunch at noon" is no time;
 *  - a bare hour ("9") only inside a range that has an am/pm ("9 - 10am");
 *  - "1030a", "235p", "9a", "530PM": compact 12-hour times, the minutes
 *    glued to the hour and a/p/am/pm glued to both; the hour 1–12, so that
 *    years ("2018a") and ids ("99p") stay words; "Room 10a" with no minutes
 *    is read only as a range end ("9a - 10a").
 * A number alone ("2023", "25 talks"), "3:1", "1.14" or "99:99 pm" is not a time.
 */
#define G_LOG_DOMAIN "lineup-slot"

#include "config.h"

#include <string.h>

#include "lineup-slot-private.h"

typedef struct
{
  gint     hour;
  gint     minute;
  gboolean has_minutes;
  gboolean dotted;      /* "15.30": a time only with am/pm or in a range */
  gboolean noon_word;   /* "noon", "midday" alone: a time only in a range */
  gboolean letter_only; /* "9a": a time only in a range ("Room 2a") */
  Meridiem meridiem;
  gsize    start;
  gsize    end;
} Clock;

gsize
lineup_slot_match_meridiem (const Scanner *s,
                            gsize          pos,
                            Meridiem      *meridiem)
{
  Token t, dot, m, dot2;

  lineup_slot_lex (s, pos, &t);
  if (t.kind != TOKEN_WORD)
    return 0;

  if (token_is_word (s, &t, "am") || token_is_word (s, &t, "pm"))
    {
      *meridiem = g_ascii_tolower (s->text[t.start]) == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
      /* "am." at the end of a sentence: the dot belongs to the sentence. */
      return t.end;
    }

  /* "6:15pmEST": the zone glued to the meridiem; the zone is read from the
   * end returned here. */
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
  lineup_slot_lex (s, t.end, &dot);
  if (!token_is_punct (&dot, '.') || !dot.glued)
    return 0;
  lineup_slot_lex (s, dot.end, &m);
  if (!token_is_word (s, &m, "m") || !m.glued)
    return 0;
  *meridiem = g_ascii_tolower (s->text[t.start]) == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
  lineup_slot_lex (s, m.end, &dot2);
  if (token_is_punct (&dot2, '.') && dot2.glued)
    return dot2.end;
  return m.end;
}

/* Whether @t opens with a Chinese or Japanese character (ideographs, kana). */
static gboolean
is_cjk (const Scanner *s,
        const Token   *t)
{
  gunichar c = g_utf8_get_char (s->text + t->start);

  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

/* "noon" or "midday" as the clock ("noon - 1:30 pm"). */
static gboolean
match_noon_clock (const Scanner *s,
                  const Token   *word,
                  Clock         *clock)
{
  Token t;

  lineup_slot_lex (s, word->end, &t);
  if (t.glued && t.kind == TOKEN_NUMBER)
    return FALSE;
  clock->hour = 12;
  clock->has_minutes = TRUE;
  clock->meridiem = MERIDIEM_PM;
  clock->noon_word = TRUE;
  clock->start = word->start;
  clock->end = word->end;
  return TRUE;
}

/* ":15" or ":15:00" after the hour, @colon being the ':'.  FALSE when the
 * text is something else ("3:1", "12:34:56:78", "1:23:4"). */
static gboolean
read_colon_minutes (const Scanner *s,
                    const Token   *colon,
                    Clock         *clock)
{
  Token minute, t, seconds, after;

  lineup_slot_lex (s, colon->end, &minute);
  if (minute.kind != TOKEN_NUMBER || !minute.glued)
    {
      /* "3:1" is a ratio; "Keynote at 9: ..." is just an hour. */
      return minute.kind != TOKEN_NUMBER;
    }
  if (minute.digits != 2)
    return FALSE;
  clock->minute = (gint) minute.value;
  clock->has_minutes = TRUE;
  clock->end = minute.end;

  lineup_slot_lex (s, minute.end, &t);
  if (!token_is_punct (&t, ':') || !t.glued)
    return TRUE;

  /* "10:15:00" is a time; "12:34:56:78" or "1:23:4" is not. */
  lineup_slot_lex (s, t.end, &seconds);
  if (seconds.kind != TOKEN_NUMBER || !seconds.glued)
    return TRUE;
  if (seconds.digits != 2 || seconds.value > 59)
    return FALSE;
  lineup_slot_lex (s, seconds.end, &after);
  if (token_is_punct (&after, ':') && after.glued)
    return FALSE;
  clock->end = seconds.end;
  return TRUE;
}

/* "9h30", @h being the 'h'; "9h" and "15h" alone are the full hour, but
 * not before a word: "a 2h workshop" is a length of time. */
static gboolean
read_french_minutes (const Scanner *s,
                     const Token   *h,
                     Clock         *clock)
{
  Token minute;

  lineup_slot_lex (s, h->end, &minute);
  if (minute.kind == TOKEN_END || minute.kind == TOKEN_PUNCT)
    {
      clock->has_minutes = TRUE;
      clock->end = h->end;
      return TRUE;
    }
  if (minute.kind != TOKEN_NUMBER || !minute.glued || minute.digits != 2)
    return FALSE;
  clock->minute = (gint) minute.value;
  clock->has_minutes = TRUE;
  clock->end = minute.end;
  return TRUE;
}

/* "15.30", @dot being the '.'; "1.5" or "1.14.2" or "1.14:20" is something
 * else.  A dot followed by no number leaves the bare hour. */
static gboolean
read_dotted_minutes (const Scanner *s,
                     const Token   *dot,
                     Clock         *clock)
{
  Token minute, after, next;

  lineup_slot_lex (s, dot->end, &minute);
  if (minute.kind != TOKEN_NUMBER || !minute.glued)
    return TRUE;
  if (minute.digits != 2)
    return FALSE;
  clock->minute = (gint) minute.value;
  clock->has_minutes = TRUE;
  clock->dotted = TRUE;
  clock->end = minute.end;
  lineup_slot_lex (s, minute.end, &after);
  if (after.glued && (token_is_punct (&after, '.') || token_is_punct (&after, ':')))
    {
      lineup_slot_lex (s, after.end, &next);
      if (next.kind == TOKEN_NUMBER && next.glued)
        return FALSE;
    }
  return TRUE;
}

/* What may follow the hour and minutes: am/pm, "noon" after "12" or "Uhr"; and
 * what may not: "9:15abc", "10x", "9th", "9:15.5". */
static gboolean
read_clock_suffix (const Scanner *s,
                   Clock         *clock)
{
  Meridiem meridiem = MERIDIEM_NONE;
  gsize end = lineup_slot_match_meridiem (s, clock->end, &meridiem);
  Token t, next;

  if (end != 0)
    {
      clock->meridiem = meridiem;
      clock->end = end;
      return TRUE;
    }

  /* "12 noon", "12:00 midday" */
  lineup_slot_lex (s, clock->end, &t);
  if (token_is_noon (s, &t) && clock->hour == 12 && clock->minute == 0)
    {
      clock->meridiem = MERIDIEM_PM;
      clock->end = t.end;
      lineup_slot_lex (s, clock->end, &t);
    }
  /* "10 Uhr", "9:30 Uhr": German's o'clock makes an hour a 24-hour time */
  if (!t.glued && token_is_word (s, &t, "uhr") && clock->hour <= 24)
    {
      clock->has_minutes = TRUE;
      clock->dotted = FALSE;
      clock->end = t.end;
      lineup_slot_lex (s, clock->end, &t);
    }
  /* "10:00 hs.": Spanish's hours after a time written with its minutes */
  else if (!t.glued && clock->has_minutes && token_is_word (s, &t, "hs") && clock->hour <= 24)
    {
      Token dot;

      clock->end = t.end;
      lineup_slot_lex (s, clock->end, &dot);
      if (token_is_punct (&dot, '.') && dot.glued)
        clock->end = dot.end;
      lineup_slot_lex (s, clock->end, &t);
    }
  /* "14.30h", "14:30h": Spanish and French mark the hour after the minutes;
   * the time is a 24-hour one */
  if (t.glued && clock->has_minutes && token_is_word (s, &t, "h") && clock->hour <= 23)
    {
      clock->dotted = FALSE;
      clock->end = t.end;
      lineup_slot_lex (s, clock->end, &t);
    }
  /* "9:30a", "1:30p": a 12-hour time's letter glued to its minutes */
  if (t.glued && clock->has_minutes && !clock->dotted && clock->hour >= 1 && clock->hour <= 12 &&
      (token_is_word (s, &t, "a") || token_is_word (s, &t, "p")))
    {
      Token after;

      lineup_slot_lex (s, t.end, &after);
      if (!(after.glued && (after.kind == TOKEN_WORD || after.kind == TOKEN_NUMBER ||
                            token_is_punct (&after, '.'))))
        {
          clock->meridiem = g_ascii_tolower (s->text[t.start]) == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
          clock->end = t.end;
          return TRUE;
        }
    }
  /* "9:15abc", "10x", "9th" are not times; "7:30举办" is, in a script
   * written without spaces */
  if (t.glued && (t.kind == TOKEN_NUMBER ||
                  (t.kind == TOKEN_WORD && !(clock->has_minutes && is_cjk (s, &t)))))
    return FALSE;
  if (token_is_punct (&t, '.') && t.glued)
    {
      /* "9:15.5" */
      lineup_slot_lex (s, t.end, &next);
      if (next.kind == TOKEN_NUMBER && next.glued)
        return FALSE;
    }
  return TRUE;
}

/* "1030a", "235p", "9a", "1030am": @hour a number with the letter(s) a/p or
 * am/pm glued after it and nothing glued after those. */
static gboolean
match_compact_clock (const Scanner *s,
                     const Token   *hour,
                     Clock         *clock)
{
  Token t, after;
  gsize length;
  gchar letter;

  lineup_slot_lex (s, hour->end, &t);
  if (t.kind != TOKEN_WORD || !t.glued)
    return FALSE;
  length = t.end - t.start;
  letter = g_ascii_tolower (s->text[t.start]);
  if ((letter != 'a' && letter != 'p') ||
      (length == 2 && g_ascii_tolower (s->text[t.start + 1]) != 'm') || length > 2)
    return FALSE;
  lineup_slot_lex (s, t.end, &after);
  if (after.glued && (after.kind == TOKEN_WORD || after.kind == TOKEN_NUMBER))
    return FALSE;
  /* "9a.m." is read by the am/pm rule */
  if (length == 1 && token_is_punct (&after, '.') && after.glued)
    return FALSE;

  clock->hour = hour->digits > 2 ? (gint) (hour->value / 100) : (gint) hour->value;
  clock->minute = hour->digits > 2 ? (gint) (hour->value % 100) : 0;
  clock->has_minutes = hour->digits > 2;
  clock->meridiem = letter == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
  clock->start = hour->start;
  clock->end = t.end;
  clock->letter_only = length == 1 && !clock->has_minutes;
  return clock->hour >= 1 && clock->hour <= 12 && clock->minute <= 59;
}

/* A clock reading at @pos, checked for shape only (ranges decide the values). */
static gboolean
match_clock (const Scanner *s,
             gsize          pos,
             Clock         *clock)
{
  Token hour, t;
  gboolean shaped;
  gsize minutes_end;

  memset (clock, 0, sizeof *clock);
  lineup_slot_lex (s, pos, &hour);
  if (token_is_noon (s, &hour))
    return match_noon_clock (s, &hour, clock);
  if (hour.kind != TOKEN_NUMBER || hour.digits > 4 || glued_to_previous (s, hour.start))
    return FALSE;
  if (hour.digits > 2)
    return match_compact_clock (s, &hour, clock);
  lineup_slot_lex (s, hour.end, &t);
  if (t.kind == TOKEN_WORD && t.glued && t.end - t.start == 1 &&
      (token_is_word (s, &t, "a") || token_is_word (s, &t, "p")))
    {
      /* "9a.m." falls through to the am/pm rule */
      if (match_compact_clock (s, &hour, clock))
        return TRUE;
      memset (clock, 0, sizeof *clock);
    }
  clock->hour = (gint) hour.value;
  clock->start = hour.start;
  clock->end = hour.end;

  lineup_slot_lex (s, hour.end, &t);
  if (token_is_punct (&t, ':') && t.glued)
    shaped = read_colon_minutes (s, &t, clock);
  else if (t.kind == TOKEN_WORD && t.glued && token_is_word (s, &t, "h"))
    shaped = read_french_minutes (s, &t, clock);
  else if (token_is_punct (&t, '.') && t.glued)
    shaped = read_dotted_minutes (s, &t, clock);
  else
    shaped = TRUE;
  minutes_end = clock->end;
  if (!shaped || !read_clock_suffix (s, clock))
    return FALSE;

  if (clock->minute > 59)
    return FALSE;
  /* "15:55pm", "13:30am": a 24-hour time with minutes and an am/pm glued
   * to it is that time, a slip of the hand; "13:00 pm" with a space stays
   * no time. */
  if (clock->meridiem != MERIDIEM_NONE && clock->hour > 12 && clock->hour <= 23
      && token_is_punct (&t, ':') && g_ascii_isalpha (s->text[minutes_end]))
    clock->meridiem = MERIDIEM_NONE;
  if (clock->meridiem != MERIDIEM_NONE)
    return clock->hour >= 1 && clock->hour <= 12;
  return clock->hour <= 23;
}

/* "9.30 Welcome", "14.00 – Keynote": a dotted time alone that opens a line
 * from 7:00 on, a title after it, is the time of what follows, as German and
 * British timetables write it; alone or within a sentence it may be a price
 * or a version ("15.30", "Python 3.12"). */
static gboolean
dotted_leads_text (const Scanner *s,
                   const Clock   *clock)
{
  Token next;

  for (gsize i = 0; i < clock->start; i++)
    if (!g_ascii_isspace (s->text[i]))
      return FALSE;
  if (clock->hour < 7 || clock->hour > 23)
    return FALSE;
  lineup_slot_lex (s, clock->end, &next);
  while (next.kind == TOKEN_PUNCT && !next.glued &&
         (next.ch == '-' || next.ch == ':' || next.ch == '|' || next.ch == 0x2013 ||
          next.ch == 0x2014))
    lineup_slot_lex (s, next.end, &next);
  return next.kind == TOKEN_WORD && !next.glued;
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
           t->ch == 0x2013 || t->ch == 0x2014 || t->ch == 0x2212 || t->ch == '~' ||
           t->ch == 0x301C || t->ch == 0xFF5E;   /* "18:00〜18:10", "18:00～18:10" */
  /* "13:00 a 15:00", "18 bis 20 Uhr", "14h à 16h", "8:00 às 12:00", "hasta", "até" */
  return token_is_word (s, t, "to") || token_is_word (s, t, "until") ||
         token_is_word (s, t, "till") || token_is_word (s, t, "a") || token_is_word (s, t, "bis") ||
         token_is_word (s, t, "\xC3\xA0") || token_is_word (s, t, "\xC3\xA0s") ||
         token_is_word (s, t, "hasta") || token_is_word (s, t, "at\xC3\xA9");
}

/* Whether the range @a - @b opens its text, nothing but spaces and
 * bullets before it, and a colon follows it ("11:30 - 12: Title"). */
static gboolean
range_labels_line (const Scanner *s,
                   const Clock   *a,
                   const Clock   *b)
{
  Token after;

  for (gsize p = 0; p < a->start; p++)
    if (g_ascii_isalnum (s->text[p]))
      return FALSE;
  lineup_slot_lex (s, b->end, &after);
  return token_is_punct (&after, ':') && after.glued;
}

/* The longest talk a bracketed length gives an end to. */
#define MAX_DURATION_MINUTES (8 * 60)
/* The longest a range with no am/pm may run past noon ("11:35 - 1:00"). */
#define MAX_NOON_RANGE_MINUTES (6 * 60)

/* "(50m)", "(40 min)", "(45 minutes)", "(1h)", "(2 hours)": a talk's length
 * in brackets after its start.  Returns the end of the closing bracket and
 * sets @minutes, or 0. */
static gsize
match_duration (const Scanner *s,
                gsize          pos,
                gint          *minutes)
{
  static const gchar * const minute_words[] = { "m", "min", "mins", "minute", "minutes", NULL };
  static const gchar * const hour_words[] = { "h", "hr", "hrs", "hour", "hours", NULL };
  Token open, number, unit, close;
  gint factor = 0;

  lineup_slot_lex (s, pos, &open);
  lineup_slot_lex (s, open.end, &number);
  lineup_slot_lex (s, number.end, &unit);
  lineup_slot_lex (s, unit.end, &close);
  if (!token_is_punct (&open, '(') || number.kind != TOKEN_NUMBER || !number.glued ||
      number.digits > 3 || unit.kind != TOKEN_WORD || !token_is_punct (&close, ')') || !close.glued)
    return 0;
  for (guint i = 0; minute_words[i] != NULL && factor == 0; i++)
    if (token_is_word (s, &unit, minute_words[i]))
      factor = 1;
  for (guint i = 0; hour_words[i] != NULL && factor == 0; i++)
    if (token_is_word (s, &unit, hour_words[i]))
      factor = 60;
  if (factor == 0 || number.value == 0 || (gint) number.value * factor > MAX_DURATION_MINUTES)
    return 0;
  *minutes = (gint) number.value * factor;
  return close.end;
}

/* "9:15 a.m. (50m)": the length after @match's start, at @pos, gives its
 * end.  Returns where the time ends: after the length, or @pos. */
static gsize
read_duration (const Scanner *s,
               gsize          pos,
               TimeMatch     *match)
{
  gint minutes = 0;
  gsize duration_end = match_duration (s, pos, &minutes);

  if (duration_end == 0 || match->start_minute + minutes >= 24 * 60)
    return pos;
  match->end_minute = match->start_minute + minutes;
  return duration_end;
}

gboolean
lineup_slot_match_time (const Scanner *s,
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

  lineup_slot_lex (s, a.end, &separator);
  if (token_is_punct (&separator, '-'))
    {
      /* "11:45--12:15 PM": a double hyphen, as some editors write a dash. */
      Token second;

      lineup_slot_lex (s, separator.end, &second);
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
          /* "11:35 - 1:00" on a 12-hour clock runs past noon ("23:00 -
           * 1:00" past midnight, "10:40 - 10:00" is a typo) */
          if (stop >= 0 && stop < start && a.hour <= 12 && b.hour < 12 && !a.dotted &&
              stop + 12 * 60 - start <= MAX_NOON_RANGE_MINUTES)
            stop += 12 * 60;
        }
      else if (!a.dotted && !b.dotted &&
               range_labels_line (s, &a, &b))
        {
          /* "11:30 - 12: Title", "11-11:30: Title", "12 - 1:30: Title": a
           * range that labels its line, one end without its minutes; on a
           * 12-hour clock when it would go back ("12:30 - 1") */
          start = clock_minutes (&a, MERIDIEM_NONE);
          stop = clock_minutes (&b, MERIDIEM_NONE);
          if (stop >= 0 && stop <= start && b.hour <= 12)
            stop += 12 * 60;
          if (stop >= 24 * 60)
            start = -1;
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
      if ((a.dotted && a.meridiem == MERIDIEM_NONE && !dotted_leads_text (s, &a)) ||
          a.noon_word || a.letter_only)
        return FALSE;
      match->start_minute = clock_minutes (&a, a.meridiem);
      if (match->start_minute < 0)
        return FALSE;
      end = read_duration (s, a.end, match);
    }

  {
    gsize zone_end = lineup_slot_match_zone (s, end, match->zone);

    if (zone_end != 0)
      end = zone_end;
    else
      match->zone[0] = '\0';
  }

  match->end = end;
  return TRUE;
}
