/* lineup-slot.c — time slots: "Monday, November 6, 2023 • 9:15 am - 9:40 am CST"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner lexes the text into numbers, words and single punctuation
 * characters on demand, and tries a small grammar at each token.  Every attempt
 * looks at a bounded number of tokens ahead, and the main loop never goes
 * back, so a scan is linear in the length of the text whatever it holds.
 *
 * This file finds the candidates and picks the best; the grammar is in
 * lineup-slot-time.c and lineup-slot-date.c (see lineup-slot-private.h).
 */
#define G_LOG_DOMAIN "lineup-slot"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lineup-slot-private.h"

/* "at", "from" and their kin between a date and its time ("1 novembre à
 * 14h", "1º de novembro às 14h00", "5 de mayo a las 10:00", "12. März um 18
 * Uhr", "12 maart om 19:00", "12 maja o 18:00", "12 мая в 19:00"). */
static gboolean
token_leads_to_time (const Scanner *s,
                     const Token   *t)
{
  static const gchar * const words[] = {
    "at", "from", "\xC3\xA0", "\xC3\xA0s", "as", "a", "las", "alle", "dalle", "um", "ab", "om",
    "kl", "o", "\xD0\xB2", NULL
  };

  for (guint i = 0; words[i] != NULL; i++)
    if (token_is_word (s, t, words[i]))
      return TRUE;
  return FALSE;
}

/* Between a date and a time: ",", "•", "·", "|", "-", "–", "—", "@", ":",
 * "at" (token_leads_to_time), Markdown emphasis ("*Monday, March 21* • 17:25")... at most a few. */
static gsize
skip_separators (const Scanner *s,
                 gsize          pos)
{
  for (guint i = 0; i < 6; i++)
    {
      Token t;

      lineup_slot_lex (s, pos, &t);
      if (t.kind == TOKEN_PUNCT)
        {
          switch (t.ch)
            {
            case ',': case '-': case '|': case '@': case ':': case '/': case '(':
            case ';': case '*': case '_': case '~': case ')': case ']':
            case 0x2022: case 0x00B7: case 0x2219: case 0x22C5: case 0x2027:
            case 0x2013: case 0x2014: case 0x2012: case 0x2010: case 0x25CF:
              pos = t.end;
              continue;
            default:
              return pos;
            }
        }
      if (token_leads_to_time (s, &t))
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
  /* "Day 1. October 15th 2020": the date with its year beats the one
   * without */
  return (c->has_time ? 8 : 0) + (c->has_date && c->date.day != 0 ? 4 : 0) +
         (c->has_date && c->date.weekday != 0 ? 2 : 0) + (c->has_date && c->date.year != 0 ? 1 : 0);
}

static gboolean
match_candidate (const Scanner *s,
                 gsize          pos,
                 Candidate     *c)
{
  memset (c, 0, sizeof *c);

  if (lineup_slot_match_date (s, pos, &c->date))
    {
      c->has_date = TRUE;
      c->start = c->date.start;
      c->end = c->date.end;
      if (lineup_slot_match_time (s, skip_separators (s, c->end), &c->time))
        {
          c->has_time = TRUE;
          c->end = c->time.end;
        }
      return TRUE;
    }

  if (lineup_slot_match_time (s, pos, &c->time))
    {
      c->has_time = TRUE;
      c->start = c->time.start;
      c->end = c->time.end;
      if (lineup_slot_match_date (s, skip_separators (s, c->end), &c->date))
        {
          c->has_date = TRUE;
          c->end = c->date.end;
        }
      return TRUE;
    }

  return FALSE;
}

/* The longest month or weekday name, in bytes ("poniedziałek", "воскресенье"). */
#define MAX_NAME_BYTES 22

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
    /* other languages' months and weekdays (lineup-slot-names.c) */
    "abr", "ago", "aou", "ao\xC3", "avr", "dez", "dic", "die", "dim", "din", "dom", "don",
    "d\xC3\xA9", "ene", "fev", "fre", "f\xC3\xA9", "gen", "gio", "giu", "jeu", "jue", "jui",
    "j\xC3\xA4", "lug", "lun", "maa", "mae", "mag", "mai", "mei", "mer", "mie", "mit",
    "mi\xC3", "m\xC3\xA4", "okt", "ott", "out", "sab", "sam", "set", "son", "s\xC3\xA1", "ven",
    /* Portuguese weekdays ("terça-feira") */
    "seg", "ter", "qua", "qui", "sex",
    "vie", "vri", "woe", "zat", "zon",
    /* Polish weekdays ("Piątek", "środa") */
    "pon", "wto", "\xC5\x9Ar", "\xC5\x9Br", "czw", "pi\xC4", "sob", "nie",
    /* Russian weekdays, capitalised or not (their first letter and a byte) */
    "\xD0\x9F\xD0", "\xD0\x9F\xD1", "\xD0\x92\xD0", "\xD0\x92\xD1", "\xD0\xA1\xD1",
    "\xD0\xA7\xD0", "\xD0\xBF\xD0", "\xD0\xBF\xD1", "\xD0\xB2\xD0", "\xD0\xB2\xD1",
    "\xD1\x81\xD1", "\xD1\x87\xD0",
  };
  const gchar *w = s->text + t->start;
  gchar key[3];

  if (t->end - t->start < 3 || t->end - t->start > MAX_NAME_BYTES)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    key[i] = g_ascii_tolower (w[i]);
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (key[0] == prefixes[i][0] && key[1] == prefixes[i][1] && key[2] == prefixes[i][2])
      return TRUE;
  return FALSE;
}

/* "UTC -08:00", "GMT+5:30": the number after a zone's sign is its offset
 * from UTC, not a time of day. */
static gboolean
follows_utc_sign (const Scanner *s,
                  const Token   *t)
{
  gsize p = t->start;

  while (p > 0 && s->text[p - 1] == ' ')
    p--;
  if (p >= 3 && memcmp (s->text + p - 3, "\xE2\x88\x92", 3) == 0)    /* − */
    p -= 3;
  else if (p > 0 && (s->text[p - 1] == '+' || s->text[p - 1] == '-'))
    p--;
  else
    return FALSE;
  while (p > 0 && s->text[p - 1] == ' ')
    p--;
  if (p < 3 || (p > 3 && g_ascii_isalpha (s->text[p - 4])))
    return FALSE;
  return g_ascii_strncasecmp (s->text + p - 3, "utc", 3) == 0 ||
         g_ascii_strncasecmp (s->text + p - 3, "gmt", 3) == 0;
}

gboolean
lineup_slot_is_day_word (const gchar *folded)
{
  static const gchar * const day_words[] = {
    "day", "tag", "jour", "dia", "d\xC3\xAD" "a", "dag", "giorno", NULL
  };

  return g_strv_contains (day_words, folded);
}

/* "Day 1 - 11:00 – 12:00", "Tag 2, 9:30": the event's day by its number,
 * right before the time.  Sets @slot's event_day and moves its span's
 * start over it; leaves @slot alone when no such day is there. */
static void
read_event_day (const gchar *text,
                LineupSlot  *slot)
{
  const gchar *p = text + slot->span_start;
  const gchar *digits_end, *word_end, *word;
  g_autofree gchar *folded = NULL;
  gint number;

  while (p > text && strchr (" -:,|(\t", p[-1]) != NULL)
    p--;
  /* "–", "—" before the time */
  while (p - text >= 3 && (strncmp (p - 3, "\xE2\x80\x93", 3) == 0 ||
                           strncmp (p - 3, "\xE2\x80\x94", 3) == 0))
    for (p -= 3; p > text && p[-1] == ' '; p--)
      ;
  digits_end = p;
  while (p > text && g_ascii_isdigit (p[-1]))
    p--;
  if (p == digits_end || digits_end - p > 2 || p == text || p[-1] != ' ')
    return;
  number = atoi (p);
  word_end = --p;
  while (p > text && !is_space (g_utf8_get_char (g_utf8_prev_char (p))) &&
         g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  word = p;
  if (word == word_end || number < 1 || number > LINEUP_SLOT_MAX_EVENT_DAY ||
      (word > text && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (word)))))
    return;
  folded = g_utf8_strdown (word, word_end - word);
  if (!lineup_slot_is_day_word (folded))
    return;
  slot->event_day = number;
  slot->span_start = (gsize) (word - text);
}

/* "### 2018 October 9": a year written before the month's name (the span
 * starts with its name), alone or with a comma; the span takes it in. */
static void
read_year_before (const gchar *text,
                  LineupSlot  *slot)
{
  gsize at = slot->span_start;
  gint year = 0;

  if (slot->year != 0 || slot->month == 0 || slot->day == 0 || at < 5 ||
      !g_ascii_isalpha (text[at]))
    return;
  at -= text[at - 2] == ',' ? 2 : 1;
  if (text[at] != ' ' && text[at] != ',')
    return;
  if (at < 4 || (at > 4 && g_ascii_isalnum (text[at - 5])))
    return;
  for (gsize i = at - 4; i < at; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return;
      year = year * 10 + (text[i] - '0');
    }
  if (!lineup_year_is_plausible (year))
    return;
  slot->year = year;
  slot->span_start = at - 4;
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

      lineup_slot_lex (&s, pos, &t);
      if (t.kind == TOKEN_END)
        break;
      if (t.kind == TOKEN_NUMBER && follows_utc_sign (&s, &t))
        {
          /* the whole offset: "08:00" */
          pos = t.end;
          if (pos + 1 < s.length && (s.text[pos] == ':' || s.text[pos] == '.') &&
              g_ascii_isdigit (s.text[pos + 1]))
            for (pos++; pos < s.length && g_ascii_isdigit (s.text[pos]); pos++)
              ;
          continue;
        }
      if (t.kind != TOKEN_PUNCT && (t.kind != TOKEN_WORD || word_may_start_candidate (&s, &t)) &&
          match_candidate (&s, t.start, &c))
        {
          guint score = candidate_score (&c);

          if (score > best_score)
            {
              best = c;
              best_score = score;
            }
          /* a candidate without its year may hide a better one that
           * starts inside it: "Day 1. October 15th 2020" */
          pos = c.has_date && c.date.year == 0 && !c.has_time ? t.end : MAX (c.end, t.end);
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
  read_year_before (text, slot);
  if ((found & LINEUP_SLOT_TIME) && slot->month == 0 && slot->day == 0)
    read_event_day (text, slot);

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

void
lineup_slot_merge (LineupSlot       *slot,
                   LineupSlotFound  *found,
                   const LineupSlot *other,
                   LineupSlotFound   other_found)
{
  if ((other_found & LINEUP_SLOT_TIME) && !(*found & LINEUP_SLOT_TIME))
    {
      slot->start_minute = other->start_minute;
      slot->end_minute = other->end_minute;
      memcpy (slot->zone, other->zone, sizeof slot->zone);
      *found |= LINEUP_SLOT_TIME;
    }
  if ((other_found & LINEUP_SLOT_DATE) && !(*found & LINEUP_SLOT_DATE))
    {
      slot->year = other->year;
      slot->month = other->month;
      slot->day = other->day;
      slot->weekday = other->weekday;
      *found |= LINEUP_SLOT_DATE;
    }
}
