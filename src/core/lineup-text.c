/* lineup-text.c — text repair and normalisation helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-text"

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lineup-core.h"

static gboolean
is_ascii (const gchar *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Every function here accepts any string: invalid UTF-8 is made valid first
 * (U+FFFD), so the walks below may trust g_utf8_next_char(). */
static const gchar *
ensure_valid (const gchar  *text,
              gchar       **storage)
{
  *storage = NULL;
  if (text == NULL)
    return "";
  if (g_utf8_validate (text, -1, NULL))
    return text;
  *storage = g_utf8_make_valid (text, -1);
  return *storage;
}

gboolean
lineup_text_validate (const gchar *data,
                      gsize        length,
                      guint       *bad_line)
{
  const gchar *end = NULL;
  guint line = 1;

  if (bad_line != NULL)
    *bad_line = 0;
  if (length == 0)
    return TRUE;
  g_return_val_if_fail (data != NULL, FALSE);

  /* g_utf8_validate_len() stops at a NUL byte as well as at bad UTF-8. */
  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  for (const gchar *p = data; p < end; p++)
    if (*p == '\n')
      line++;
  if (bad_line != NULL)
    *bad_line = line;
  return FALSE;
}

/* ---- Mac Roman mojibake -------------------------------------------------- */

/* Unicode for Mac Roman bytes 0x80–0xFF (Apple's table, 0xDB = euro sign). */
static const gunichar mac_roman_upper[128] = {
  0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
  0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
  0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
  0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
  0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
  0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
  0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
  0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
  0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
  0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
  0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
  0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
  0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
  0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
  0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
  0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

typedef struct
{
  gunichar c;
  guchar   byte;
} MacRomanEntry;

/* Reverse table, sorted by code point, with the other spellings converters
 * produce: currency sign for 0xDB (before Mac OS 8.5), ohm sign for 0xBD, and
 * glibc's private-use U+E01E for the Apple logo 0xF0 (the lead of every
 * four-byte sequence, so of every emoji). */
static MacRomanEntry mac_roman_reverse[131];
static gsize mac_roman_reverse_len;

static int
compare_entries (const void *a,
                 const void *b)
{
  const MacRomanEntry *ea = a;
  const MacRomanEntry *eb = b;

  return (ea->c > eb->c) - (ea->c < eb->c);
}

static void
mac_roman_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      gsize n = 0;

      for (guint i = 0; i < 128; i++)
        mac_roman_reverse[n++] = (MacRomanEntry) { mac_roman_upper[i], (guchar) (0x80 + i) };
      mac_roman_reverse[n++] = (MacRomanEntry) { 0x00A4, 0xDB };
      mac_roman_reverse[n++] = (MacRomanEntry) { 0x2126, 0xBD };
      mac_roman_reverse[n++] = (MacRomanEntry) { 0xE01E, 0xF0 };
      qsort (mac_roman_reverse, n, sizeof (MacRomanEntry), compare_entries);
      mac_roman_reverse_len = n;
      g_once_init_leave (&initialised, 1);
    }
}

/* The Mac Roman byte (0x80–0xFF) that decodes to @c, or 0. */
static guint
mac_roman_byte (gunichar c)
{
  gsize lo = 0;
  gsize hi = mac_roman_reverse_len;

  if (c < 0xA0)
    return 0;
  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;

      if (mac_roman_reverse[mid].c == c)
        return mac_roman_reverse[mid].byte;
      if (mac_roman_reverse[mid].c < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0;
}

typedef struct
{
  gsize    consumed;  /* bytes of @text the sequence covers, 0 when none */
  guint    lead;      /* the Mac Roman byte of its first character */
  guint    length;    /* the UTF-8 length of the decoded character */
  gunichar decoded;
} Sequence;

/* Whether the characters at @p, mapped back to Mac Roman bytes, form one valid
 * multi-byte UTF-8 character.  Looks at most four characters ahead. */
static gboolean
read_sequence (const gchar *p,
               Sequence    *seq)
{
  gchar bytes[4];
  const gchar *q;
  guint lead = mac_roman_byte (g_utf8_get_char (p));
  guint need;
  gunichar c;
  GUnicodeType type;

  seq->consumed = 0;
  if (lead < 0xC2 || lead > 0xF4)
    return FALSE;
  need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  bytes[0] = (gchar) lead;
  q = g_utf8_next_char (p);
  for (guint i = 1; i < need; i++)
    {
      guint b;

      if (*q == '\0')
        return FALSE;
      b = mac_roman_byte (g_utf8_get_char (q));
      if (b < 0x80 || b > 0xBF)
        return FALSE;
      bytes[i] = (gchar) b;
      q = g_utf8_next_char (q);
    }

  c = g_utf8_get_char_validated (bytes, need);
  if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_validate (c))
    return FALSE;
  /* Nothing that a real text would hold: that pair was no mojibake. */
  type = g_unichar_type (c);
  if (type == G_UNICODE_CONTROL || type == G_UNICODE_UNASSIGNED ||
      type == G_UNICODE_PRIVATE_USE || type == G_UNICODE_SURROGATE)
    return FALSE;

  seq->consumed = (gsize) (q - p);
  seq->lead = lead;
  seq->length = need;
  seq->decoded = c;
  return TRUE;
}

/* A two-character sequence such as "’à" (jusqu’à) or "«Ç" is also what correct
 * French looks like, so two-byte sequences are only repaired when the text
 * shows mojibake for sure: a three- or four-byte sequence ("‚Äô", "üöÄ"), a
 * lead that correct text never puts before an accented letter (¬ √ ƒ ≈ ∆:
 * "√≠" í, "ƒô" ę, "≈Ç" ł), or two sequences in a row ("–ü—Ä"). */
static gboolean
has_sure_mojibake (const gchar *text)
{
  const gchar *previous_end = NULL;
  const gchar *p = text;

  while (*p)
    {
      Sequence seq;

      if ((guchar) *p < 0x80)
        {
          while ((guchar) *p - 1u < 0x7Fu)   /* 0x01 … 0x7F */
            p++;
          continue;
        }
      if (!read_sequence (p, &seq))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (seq.length > 2 || seq.lead <= 0xC6 || previous_end == p)
        return TRUE;
      p += seq.consumed;
      previous_end = p;
    }

  return FALSE;
}

gchar *
lineup_text_repair_mojibake (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  gchar *repaired;

  text = ensure_valid (text, &valid);
  repaired = g_strdup (text);
  lineup_text_repair_mojibake_in_place (repaired);
  return repaired;
}

gboolean
lineup_text_repair_mojibake_in_place (gchar *text)
{
  gchar *p;
  gchar *out;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), FALSE);

  if (is_ascii (text))
    return FALSE;
  mac_roman_init ();
  if (!has_sure_mojibake (text))
    return FALSE;

  /* Each repaired character was written as one Mac Roman character (two or
   * three bytes) per byte of its UTF-8 form: the output never passes the
   * input, so it can be written over it. */
  p = out = text;
  while (*p)
    {
      Sequence seq;

      if ((guchar) *p < 0x80)
        {
          /* A run of ASCII moves at once (a post is mostly ASCII). */
          const gchar *run = p;

          while ((guchar) *p - 1u < 0x7Fu)   /* 0x01 … 0x7F */
            p++;
          if (out != run)
            memmove (out, run, (gsize) (p - run));
          out += p - run;
          continue;
        }
      if (!read_sequence (p, &seq))
        {
          const gchar *next = g_utf8_next_char (p);

          if (out != p)
            memmove (out, p, next - p);
          out += next - p;
          p = (gchar *) next;
          continue;
        }
      p += seq.consumed;
      out += g_unichar_to_utf8 (seq.decoded, out);
    }
  *out = '\0';
  return TRUE;
}

/* ---- normalisation --------------------------------------------------------- */

gchar *
lineup_text_collapse_space (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  text = ensure_valid (text, &valid);
  out = g_string_sized_new (strlen (text));
  for (const gchar *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007 ||
          c == 0xFEFF || c == 0x200B)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static void
fold_run (GString     *out,
          const gchar *run,
          gsize        length)
{
  g_autofree gchar *folded = g_utf8_casefold (run, (gssize) length);
  g_autofree gchar *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);

  g_autoptr(GString) kept = NULL;
  gboolean compose = FALSE;

  if (decomposed == NULL)
    {
      g_string_append (out, folded);
      return;
    }
  kept = g_string_sized_new (strlen (decomposed));
  for (const gchar *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* an accent goes; the kana's voicing marks ("ブ" is no "フ") and a
       * Hangul syllable's letters stay, put together again below */
      if (c == 0x3099 || c == 0x309A || (c >= 0x1100 && c <= 0x11FF))
        compose = TRUE;
      else if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (kept, c);
    }
  if (compose)
    {
      g_autofree gchar *composed = g_utf8_normalize (kept->str, (gssize) kept->len,
                                                     G_NORMALIZE_NFC);

      g_string_append (out, composed);
    }
  else
    g_string_append_len (out, kept->str, (gssize) kept->len);
}

gchar *
lineup_text_fold (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  /* Most of what we fold (titles, names, search strings) is plain ASCII. */
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  text = ensure_valid (text, &valid);
  out = g_string_sized_new (strlen (text));

  /* ASCII runs are lower-cased as they are; each run of other characters is
   * case-folded and decomposed on its own.  That is the same as doing the
   * whole text at once: case folding maps each character by itself, and
   * canonical reordering never moves a mark across an ASCII character
   * (combining class 0). */
  for (const gchar *p = text; *p;)
    {
      const gchar *run = p;

      if ((guchar) *p < 0x80)
        {
          gsize from = out->len;

          while ((guchar) *p - 1u < 0x7Fu)   /* 0x01 … 0x7F */
            p++;
          g_string_append_len (out, run, p - run);
          for (gsize i = from; i < out->len; i++)
            if (out->str[i] >= 'A' && out->str[i] <= 'Z')
              out->str[i] += 'a' - 'A';
          continue;
        }
      while (*p && (guchar) *p >= 0x80)
        p++;
      fold_run (out, run, p - run);
    }

  return g_string_free (out, FALSE);
}

/* ---- terminal safety ------------------------------------------------------- */

/* Skips the escape sequence that starts at @p (ESC or a C1 introducer already
 * read as @c) and returns where the text goes on.  An unterminated string
 * sequence runs to the end of the text, as it would on a terminal. */
static const gchar *
skip_escape (const gchar *p,
             gunichar     c)
{
  const gchar *q = g_utf8_next_char (p);
  gboolean csi = c == 0x9B;
  gboolean string = c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F;

  if (c == 0x1B)
    {
      guchar next = (guchar) *q;

      if (next == '[')
        {
          csi = TRUE;
          q++;
        }
      else if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_')
        {
          string = TRUE;
          q++;
        }
      else
        {
          /* nF: intermediates 0x20–0x2F then a final byte; Fp/Fe/Fs: one byte. */
          while ((guchar) *q >= 0x20 && (guchar) *q <= 0x2F)
            q++;
          if ((guchar) *q >= 0x30 && (guchar) *q <= 0x7E)
            q++;
          return q;
        }
    }

  if (csi)
    {
      /* Parameter and intermediate bytes, then one final byte. */
      while ((guchar) *q >= 0x20 && (guchar) *q <= 0x3F)
        q++;
      while ((guchar) *q >= 0x20 && (guchar) *q <= 0x2F)
        q++;
      if ((guchar) *q >= 0x40 && (guchar) *q <= 0x7E)
        q++;
      return q;
    }

  if (string)
    {
      /* Ends at BEL, ESC \ or the C1 string terminator U+009C. */
      while (*q)
        {
          if (*q == '\a')
            return q + 1;
          if (*q == '\x1b')
            return q[1] == '\\' ? q + 2 : q;
          if ((guchar) q[0] == 0xC2 && (guchar) q[1] == 0x9C)
            return q + 2;
          q = g_utf8_next_char (q);
        }
      return q;
    }

  return q;
}

gchar *
lineup_text_strip_controls (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  GString *out;
  const gchar *p;

  text = ensure_valid (text, &valid);
  out = g_string_sized_new (strlen (text));
  p = text;
  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      const gchar *next = g_utf8_next_char (p);

      if (c == '\t' || c == '\n')
        g_string_append_c (out, ' ');
      else if (c == 0x1B || c == 0x9B || c == 0x90 || c == 0x98 || c == 0x9D ||
               c == 0x9E || c == 0x9F)
        next = skip_escape (p, c);
      else if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        ;
      /* Bidirectional overrides and isolates reorder what the terminal shows. */
      else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        ;
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }

  return g_string_free (out, FALSE);
}

/* ---- ids -------------------------------------------------------------------- */

gchar *
lineup_text_short_hash (const gchar *first,
                        ...)
{
  static const gchar alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize digest_len = sizeof digest;
  guint64 bits = 0;
  gchar *out;
  va_list args;

  va_start (args, first);
  for (const gchar *part = first; part != NULL; part = va_arg (args, const gchar *))
    {
      if (part != first)
        g_checksum_update (checksum, (const guchar *) "\x1f", 1);
      g_checksum_update (checksum, (const guchar *) part, -1);
    }
  va_end (args);

  g_checksum_get_digest (checksum, digest, &digest_len);
  for (guint i = 0; i < 5; i++)
    bits = (bits << 8) | digest[i];

  out = g_new (gchar, 9);
  for (guint i = 0; i < 8; i++)
    out[i] = alphabet[(bits >> (35 - 5 * i)) & 0x1F];
  out[8] = '\0';
  return out;
}

/* ---- decoration --------------------------------------------------------------- */

/* Non-ASCII symbols only: "+1", "<br>" or "~50%" are not decoration. */
static gboolean
is_decoration (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';

  switch (g_unichar_type (c))
    {
    case G_UNICODE_OTHER_SYMBOL:
    case G_UNICODE_MODIFIER_SYMBOL:
    case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      break;
    }

  return g_unichar_isspace (c) ||
         c == 0x200D ||                          /* zero-width joiner */
         (c >= 0xFE00 && c <= 0xFE0F) ||          /* variation selectors */
         (c >= 0xE0100 && c <= 0xE01EF) ||
         (c >= 0xE0020 && c <= 0xE007F);          /* emoji tag characters */
}

gchar *
lineup_text_strip_leading_symbols (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  const gchar *p;

  text = ensure_valid (text, &valid);
  for (p = text; *p; p = g_utf8_next_char (p))
    if (!is_decoration (g_utf8_get_char (p)) ||
        lineup_text_symbols_start_word (p, p + strlen (p)))
      break;

  /* A title that is nothing but symbols stays as it is. */
  if (*p == '\0')
    return g_strdup (text);
  return g_strdup (p);
}

gboolean
lineup_text_symbols_start_word (const gchar *p,
                                const gchar *end)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return TRUE;
      if (g_unichar_isspace (c) || !is_decoration (c))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

/* ---- a kind after a bar ---------------------------------------------------------- */

/* What a session is, as schedules name it after the title ("Title | Project
 * Lightning Talk"), compared without case at the end of the part after the
 * bar. */
static const gchar * const session_kinds[] = {
  "lightning talk", "lightning talks", "keynote", "keynote session", "panel",
  "panel discussion", "tutorial", "talk", "workshop", "maintainer track",
  "maintainer talk", "maintainer session", "project update", "project lightning talk",
  "session", "breakout session", "bof", "birds of a feather", "demo", "contribfest",
  "poster", "office hours", "co-located event", NULL
};

/* The part after the bar names a kind when it ends with one and every word
 * before the kind is capitalised ("Project", "CNCF", "Sponsored"): at most
 * six words, so a sentence ("Why we left | a talk") is not one. */
static gboolean
names_a_kind (const gchar *after)
{
  g_autofree gchar *lower = g_ascii_strdown (after, -1);
  g_auto(GStrv) words = g_strsplit (after, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0 || n > 6)
    return FALSE;
  for (guint k = 0; session_kinds[k] != NULL; k++)
    {
      gsize len = strlen (session_kinds[k]);
      gsize all = strlen (lower);
      guint kind_words = 1;

      if (all < len || strcmp (lower + all - len, session_kinds[k]) != 0
          || (all > len && lower[all - len - 1] != ' '))
        continue;
      for (const gchar *c = session_kinds[k]; *c != '\0'; c++)
        kind_words += *c == ' ';
      for (guint i = 0; i + kind_words < n; i++)
        if (!g_unichar_isupper (g_utf8_get_char (words[i]))
            && !g_unichar_isdigit (g_utf8_get_char (words[i])))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* "Wren at Scale | Project Lightning Talk" → "Wren at Scale"; the last
 * " | " only, and only when something is left before it.  @title is
 * collapsed (single spaces). */
static void
drop_kind_after_bar (gchar *title)
{
  gchar *bar = g_strrstr (title, " | ");

  if (bar == NULL || bar == title || !names_a_kind (bar + 3))
    return;
  *bar = '\0';
  g_strchomp (title);
}

/* "[**O que é Ciência de Dados **](#…)": a space before the closing "**"
 * leaves the marks as text (CommonMark's rule); alone at one end of the
 * title they are no part of it.  @title is collapsed. */
static void
drop_stray_strong (gchar *title)
{
  gsize length = strlen (title);
  const gchar *first = strstr (title, "**");

  if (first == NULL || strstr (first + 2, "**") != NULL)
    return;
  if (length >= 2 && first == title + length - 2)
    {
      title[length - 2] = '\0';
      g_strchomp (title);
    }
  else if (first == title)
    memmove (title, title + 2, length - 1);
}

/* Whether @c marks rather than writes: a symbol, an emoji and its joiners. */
static gboolean
is_mark_char (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_OTHER_SYMBOL || type == G_UNICODE_MATH_SYMBOL ||
         type == G_UNICODE_MODIFIER_SYMBOL || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0x1F3FB && c <= 0x1F3FF);
}

void
lineup_text_drop_trailing_marks (gchar *title)
{
  for (;;)
    {
      gchar *space = strrchr (title, ' ');
      gboolean marks = space != NULL && space[1] != '\0';

      for (const gchar *p = space != NULL ? space + 1 : ""; *p != '\0' && marks;
           p = g_utf8_next_char (p))
        marks = is_mark_char (g_utf8_get_char (p));
      if (!marks)
        return;
      *space = '\0';
    }
}

gchar *
lineup_text_clean_title (const gchar *raw)
{
  g_autofree gchar *collapsed = NULL;
  gchar *title;

  g_return_val_if_fail (raw != NULL, NULL);

  collapsed = lineup_text_collapse_space (raw);
  drop_kind_after_bar (collapsed);
  drop_stray_strong (collapsed);
  /* "Title by" (the names after it set apart): a title never ends with "by" */
  if (g_str_has_suffix (collapsed, " by") && strchr (collapsed, ' ') != strrchr (collapsed, ' '))
    collapsed[strlen (collapsed) - 3] = '\0';
  title = lineup_text_strip_leading_symbols (collapsed);
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (raw);
    }
  return title;
}

gchar *
lineup_text_split_quoted (const gchar  *text,
                          const gchar **rest)
{
  static const gchar * const pairs[][2] = {
    { "\xE2\x80\x9C", "\xE2\x80\x9D" }, { "\"", "\"" }, { "\xC2\xAB", "\xC2\xBB" },
    /* „…“ (German), „…” (Polish, Hungarian), „…" as typed */
    { "\xE2\x80\x9E", "\xE2\x80\x9C" }, { "\xE2\x80\x9E", "\xE2\x80\x9D" },
    { "\xE2\x80\x9E", "\"" },
    /* 《》「」『』: Chinese and Japanese titles */
    { "\xE3\x80\x8A", "\xE3\x80\x8B" }, { "\xE3\x80\x8C", "\xE3\x80\x8D" },
    { "\xE3\x80\x8E", "\xE3\x80\x8F" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      gsize open = strlen (pairs[i][0]);
      const gchar *close;

      if (g_str_has_prefix (text, pairs[i][0]) &&
          (close = strstr (text + open, pairs[i][1])) != NULL && close > text + open)
        {
          *rest = close + strlen (pairs[i][1]);
          return g_strndup (text + open, (gsize) (close - text - open));
        }
    }
  return NULL;
}

gchar *
lineup_text_unquote (gchar *title)
{
  const gchar *rest = NULL;
  gchar *bare = lineup_text_split_quoted (title, &rest);

  /* "\"A\" and \"B\"" is no title in quotes */
  if (bare == NULL || *rest != '\0')
    {
      g_free (bare);
      return title;
    }
  g_free (title);
  return g_strstrip (bare);
}

/* "Full Paper #8: "Five Darlings to be Killed"", "Keynote: “Title”",
 * "Keynote 1 — "Title"": a short label, a colon (or, after a numbered
 * label, a dash), then the title in quotes and nothing else. */
#define MAX_QUOTE_LABEL_WORDS 4

gchar *
lineup_text_unquote_labelled (gchar  *title,
                              gchar **label)
{
  static const gchar * const marks[] = { ": ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - " };
  const gchar *mark = NULL;
  const gchar *rest = NULL;
  g_autofree gchar *head = NULL;
  gchar *bare;
  guint words = 1;
  gsize skip = 2;

  /* the first mark: "Keynote 2 — "Robotics: Past and Future"" */
  for (guint i = 0; title != NULL && i < G_N_ELEMENTS (marks); i++)
    {
      const gchar *at = strstr (title, marks[i]);

      if (at != NULL && (mark == NULL || at < mark))
        mark = at, skip = strlen (marks[i]);
    }
  if (mark == NULL || mark == title)
    return title;
  head = g_strstrip (g_strndup (title, (gsize) (mark - title)));
  for (const gchar *p = head; *p != '\0'; p++)
    words += *p == ' ';
  if (*head == '\0' || words > MAX_QUOTE_LABEL_WORDS || strpbrk (head, "\"\xE2") != NULL ||
      (skip != 2 && strpbrk (head, "0123456789") == NULL))
    return title;
  bare = lineup_text_split_quoted (mark + skip + strspn (mark + skip, " "), &rest);
  if (bare == NULL || *rest != '\0' || *g_strstrip (bare) == '\0')
    {
      g_free (bare);
      return title;
    }
  if (label != NULL)
    *label = g_steal_pointer (&head);
  g_free (title);
  return bare;
}

const gchar *
lineup_text_json_object_end (const gchar *p,
                             const gchar *end)
{
  gint depth = 0;
  gboolean quoted = FALSE;

  for (; p < end; p++)
    {
      if (quoted && *p == '\\' && p + 1 < end)
        p++;
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == '{')
        depth++;
      else if (!quoted && *p == '}' && --depth == 0)
        return p;
    }
  return NULL;
}
