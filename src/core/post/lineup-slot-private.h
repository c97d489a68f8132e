/* lineup-slot-private.h — what the slot scanner's files share: tokens, and the matchers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner (lineup-slot.c) asks the matchers of times (lineup-slot-time.c),
 * dates (lineup-slot-date.c) and zones (lineup-slot-zone.c), which read tokens
 * from the lexer (lineup-slot-lexer.c) and names from lineup-slot-names.c.
 */
#pragma once

#include <string.h>

#include "lineup-date.h"
#include "lineup-slot.h"

G_BEGIN_DECLS

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

typedef enum
{
  MERIDIEM_NONE,
  MERIDIEM_AM,
  MERIDIEM_PM,
} Meridiem;

typedef struct
{
  gint  start_minute;
  gint  end_minute;
  gchar zone[8];
  gsize start;
  gsize end;
} TimeMatch;

typedef struct
{
  gint  year;
  gint  month;
  gint  day;
  gint  weekday;
  gsize start;
  gsize end;
} DateMatch;

static inline gboolean
word_equals (const gchar *word,
             gsize        length,
             const gchar *name)
{
  return strlen (name) == length && g_ascii_strncasecmp (word, name, length) == 0;
}

static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 ||
         c == 0xFEFF;
}

static inline gboolean
token_is_word (const Scanner *s,
               const Token   *t,
               const gchar   *word)
{
  return t->kind == TOKEN_WORD && word_equals (s->text + t->start, t->end - t->start, word);
}

static inline gboolean
token_is_punct (const Token *t,
                gunichar     ch)
{
  return t->kind == TOKEN_PUNCT && t->ch == ch;
}

static inline gboolean
token_is_capitalized (const Scanner *s,
                      const Token   *t)
{
  return g_ascii_isupper (s->text[t->start]);
}

/* A number glued to what precedes it is part of something else: "v1", "1.14",
 * "12:34:56", "3/4", "+05". */
static inline gboolean
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

static inline gboolean
token_is_noon (const Scanner *s,
               const Token   *t)
{
  return token_is_word (s, t, "noon") || token_is_word (s, t, "midday");
}

/* lineup-slot-lexer.c */

/* The token at or after @pos (white space skipped). */
void         lineup_slot_lex                (const Scanner *s,
                                             gsize          pos,
                                             Token         *t);

/* lineup-slot-names.c */

/* "january" … "december" for 1–12. */
const gchar *lineup_slot_month_name         (gint           month);
gboolean     lineup_slot_name_is_foreign    (const gchar   *name,
                                             gsize          length);
/* 1–7 for a weekday name, 0 otherwise; @abbreviated tells which form it was. */
gint         lineup_slot_weekday_from_name  (const gchar   *name,
                                             gsize          length,
                                             gboolean      *abbreviated);

/* lineup-slot-time.c */

/* "am", "pm", "a.m.", "p.m." at @pos; returns the end, or 0. */
gsize        lineup_slot_match_meridiem     (const Scanner *s,
                                             gsize          pos,
                                             Meridiem      *meridiem);
/* A time or a time range at @pos, with the zone after it. */
gboolean     lineup_slot_match_time         (const Scanner *s,
                                             gsize          pos,
                                             TimeMatch     *match);

/* lineup-slot-zone.c */

/* An upper-case zone abbreviation right after a time, as a whole word, or
 * in parentheses: "CST", "(CET)".  Returns the end, or 0. */
gsize        lineup_slot_match_zone         (const Scanner *s,
                                             gsize          pos,
                                             gchar          zone[8]);

/* lineup-slot-date.c */

/* A date at @pos: a weekday, a month and a day in either order, an ISO date. */
gboolean     lineup_slot_match_date         (const Scanner *s,
                                             gsize          pos,
                                             DateMatch     *d);

G_END_DECLS
