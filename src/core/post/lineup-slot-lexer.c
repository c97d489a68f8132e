/* lineup-slot-lexer.c — the slot scanner's tokens: numbers, words, punctuation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner lexes the text into numbers, words and single punctuation
 * characters on demand, and tries a small grammar at each token.  Every attempt
 * looks at a bounded number of tokens ahead, and the main loop never goes
 * back, so a scan is linear in the length of the text whatever it holds.
 */
#define G_LOG_DOMAIN "lineup-slot"

#include "config.h"

#include <string.h>

#include "lineup-slot-private.h"

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
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha ((gchar) c);
  return g_unichar_isalpha (c);
}

void
lineup_slot_lex (const Scanner *s,
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
