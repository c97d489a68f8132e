/* lineup-byline-parse.c — "Name & Name, Org; Name, Org" → speakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-byline"

#include "config.h"

#include <string.h>

#include "lineup-byline-private.h"

/* How a byline is read
 * ===================
 *
 * A byline is a list of people, each with an optional affiliation:
 *
 *   "A & B, Org"            both from Org
 *   "A, Org & B, Org2"      each with their own
 *   "A, Org; B, Org2"       ";" always starts a new group of people
 *   "A, B & C, Org"         a list of names sharing the last Org
 *   "A (Org), B (Org2)"     parentheses give the affiliation of every name
 *   "A (Org) B (Org2)"        since the previous affiliation ("A & B (Org)")
 *   "A, ClickHouse, Inc"    a company suffix after a comma stays with the org
 *   "A, CTO, Org"           a job title (CTO, Maintainer, Senior Software
 *                             Engineer…) is dropped
 *   "A & B Org"             no comma at all: see split_glued_org ()
 *
 * The text is cut into items at ";", ",", "&", " and " (" und ", " et ",
 * " y ", " e ")
 * and parenthesised groups; each item is then a name, an affiliation or a
 * role, decided from the separator before it and from what it looks like.
 * The only truly ambiguous separator is the comma: after a name, the comma
 * item is the affiliation when it ends the group (end of text, ";" or a
 * company suffix next), and otherwise an affiliation unless it reads as a
 * person's name (2-5 capitalised words, none of them an organisation word
 * such as "Systems", "Technologies", "Plane", no dot, no digit, no
 * lower-case word other than a name particle like "de" or "van").
 *
 * Parsing and scanning are linear in the length of the text; the split only
 * looks at the last MAX_BYLINE_BYTES bytes of a title.
 */

typedef enum
{
  SEP_START,
  SEP_COMMA,
  SEP_AMP,
  SEP_SEMI,
} SepKind;

typedef struct
{
  SepKind  sep;
  gchar   *text;    /* trimmed, may be "" when only a parenthesis was found */
  gchar   *paren;   /* content of a "(…)" right after the text, or NULL */
  gboolean at;      /* the paren followed " @ " or a dash: the text is a name */
} Item;

/* Markers that may open a speaker line: "-- Name", "— Name", "> Name",
 * "* Name", "_Name_", "by Name". */
static const gchar *
skip_line_markers (const gchar *p)
{
  for (;;)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\t' || c == '-' || c == '>' || c == '*' || c == '_'
          || c == 0x2013 || c == 0x2014 || c == 0x2022 || c == 0xA0)
        p = g_utf8_next_char (p);
      else
        break;
    }
  if ((p[0] == 'b' || p[0] == 'B') && (p[1] == 'y' || p[1] == 'Y') && p[2] == ' ')
    p += 3;
  while (*p == ' ')
    p++;
  return p;
}

/* One line of normalised text: line markers dropped from every line, white
 * space collapsed, Markdown emphasis ('*') and backslash escapes removed,
 * full-width brackets made ASCII. */
static gchar *
normalise (const gchar *byline)
{
  g_autofree gchar *valid = g_utf8_make_valid (byline, -1);
  GString *out = g_string_sized_new (strlen (valid));
  const gchar *p = valid;
  gboolean line_start = TRUE;
  gboolean space = FALSE;

  while (*p != '\0')
    {
      gunichar c;

      if (line_start)
        {
          p = skip_line_markers (p);
          line_start = FALSE;
          continue;
        }
      c = g_utf8_get_char (p);
      if (c == '\n' || c == '\r')
        {
          space = TRUE;
          line_start = TRUE;
          p++;
          continue;
        }
      if (g_unichar_isspace (c) || c == 0xA0)
        space = TRUE;
      else if (c == '*')
        ;
      else if (c == '\\' && g_ascii_ispunct (p[1]))
        ;
      else
        {
          /* "田中 駿（CA）": full-width brackets as ASCII ones */
          if (c == 0xFF08)
            {
              c = '(';
              space = TRUE;
            }
          else if (c == 0xFF09)
            c = ')';
          /* "A（a），bio；B（b），bio": the full-width semicolon as ';' */
          else if (c == 0xFF1B)
            c = ';';
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/* The names before a sentence about them are a few at most. */
#define MAX_DESCRIBED_NAMES_BYTES 60

/* "姜宁，Apache Member，华为微服务领域专家": a full-width comma after the
 * names opens a sentence about them, not another name; the names only. */
static gchar *
without_description (gchar *text)
{
  g_auto(GStrv) parts = NULL;

  if (strstr (text, "\xEF\xBC\x8C") == NULL)
    return text;
  /* "A，bio; B，bio": two speakers' fields joined */
  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gchar *comma = strstr (parts[i], "\xEF\xBC\x8C");

      if (comma != NULL && comma > parts[i] &&
          (gsize) (comma - parts[i]) <= MAX_DESCRIBED_NAMES_BYTES)
        *comma = '\0';
    }
  g_free (text);
  return g_strjoinv (";", parts);
}

/* "Leslie Hawthorn (with Lydia Pinstcher, KDE & Wikimedia)": the bracket
 * names a second speaker, and after a comma that one's affiliation; read
 * as "Leslie Hawthorn and Lydia Pinstcher (KDE & Wikimedia)". */
static gchar *
with_companion (gchar *text)
{
  const gchar *open = strstr (text, " (with ");
  const gchar *names, *close, *comma;
  GString *out;

  if (open == NULL || (close = strchr (open, ')')) == NULL)
    return text;
  names = open + strlen (" (with ");
  out = g_string_new_len (text, open - text);
  g_string_append (out, " and ");
  comma = memchr (names, ',', close - names);
  if (comma != NULL)
    {
      g_string_append_len (out, names, comma - names);
      g_string_append (out, " (");
      g_string_append_len (out, comma + 1, close + 1 - (comma + 1));
    }
  else
    g_string_append_len (out, names, close - names);
  g_string_append (out, close + 1);
  g_free (text);
  return g_string_free (out, FALSE);
}

/* Trims spaces and Markdown emphasis left around an item, and a Japanese
 * honorific after a name ("Kenta Murata さん", "佐藤 氏"). */
static gchar *
clean_item (const gchar *start,
            gsize        len)
{
  while (len > 0 && (*start == ' ' || *start == '_'))
    start++, len--;
  while (len > 0 && (start[len - 1] == ' ' || start[len - 1] == '_'))
    len--;
  len -= lineup_byline_honorific_length (start, len);
  return g_strndup (start, len);
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->text);
  g_free (item->paren);
}

static SepKind
stronger (SepKind a,
          SepKind b)
{
  return a > b ? a : b;
}

typedef struct
{
  GArray  *items;
  GString *cur;
  SepKind  sep;
} Tokenizer;

/* Ends the current item.  An empty item is dropped, but its separator is
 * kept for the next one (", &" reads as "&", ", ;" as ";"). */
static void
tokenizer_flush (Tokenizer   *tok,
                 SepKind      next_sep,
                 const gchar *paren,
                 gsize        paren_len)
{
  g_autofree gchar *text = clean_item (tok->cur->str, tok->cur->len);

  g_string_truncate (tok->cur, 0);
  if (*text != '\0' || paren != NULL)
    {
      Item item = { tok->sep, g_steal_pointer (&text), NULL, FALSE };

      if (paren != NULL)
        item.paren = clean_item (paren, paren_len);
      g_array_append_val (tok->items, item);
      tok->sep = next_sep;
    }
  else if (tok->items->len > 0)
    tok->sep = stronger (tok->sep, next_sep);
}

/* The length of the organisation after " @ " in @org: up to ",", ";" or
 * "&" outside brackets ("Institute for Industry (IMI), Kyushu University"),
 * or up to " and " before the next person ("Acme and Bo Chen @ Globex"),
 * not inside a name ("Japan Science and Technology Agency"). */
static gsize
at_org_length (const gchar *org)
{
  const gchar *p = org;

  while (*p != '\0' && strchr (",;&", *p) == NULL)
    {
      if (*p == '(' && strchr (p, ')') != NULL)
        p = strchr (p, ')');
      else if (g_str_has_prefix (p, " and "))
        {
          g_autofree gchar *next = g_strndup (p + 5, strcspn (p + 5, ",;&("));

          if (strchr (next, '@') != NULL || lineup_byline_may_be_person (g_strstrip (next)))
            break;
        }
      p++;
    }
  return (gsize) (p - org);
}

/* The bytes of a dash between spaces at @p (" - ", " – ", " — "), else 0. */
static gsize
spaced_dash (const gchar *text,
             const gchar *p)
{
  gsize n = *p == '-' ? 1 : (g_str_has_prefix (p, "\xE2\x80\x93") ||
                             g_str_has_prefix (p, "\xE2\x80\x94")) ? 3 : 0;

  return n != 0 && p > text && p[-1] == ' ' && p[n] == ' ' ? n : 0;
}

/* A title's phrase after "Name — " is longer than an organisation alone. */
#define MAX_DASH_ORG_WORDS 3

/* Whether the item so far, @cur, is one person's name and @after, what
 * follows a dash after it, reads as their organisation or role: a few
 * words, or a role and an organisation after a comma; not a double family
 * name ("Lotte Willems - van Dijk") nor a title's phrase ("Пётр Новак —
 * Неатомарные операции в асинхронной среде"). */
static gboolean
names_person (const GString *cur,
              const gchar   *after)
{
  g_autofree gchar *name = clean_item (cur->str, cur->len);
  gsize n = strcspn (after, ",;&(");
  g_autofree gchar *org = g_strndup (after, n);
  g_auto(GStrv) words = g_strsplit (org, " ", -1);

  return (lineup_byline_may_be_person (name) || lineup_byline_is_cjk_name (name)) &&
         !lineup_byline_opens_with_particle (after) && lineup_byline_org_is_plausible (org) &&
         (after[n] == ',' || g_strv_length (words) <= MAX_DASH_ORG_WORDS);
}

/* The length of what follows "Name – " in @org: the person's organisation
 * and role, up to ";", "&" or the comma before the next "Name – ". */
static gsize
dash_org_length (const gchar *org)
{
  const gchar *p = org;

  for (; *p != '\0' && *p != ';' && *p != '&'; p++)
    if (*p == ',')
      {
        const gchar *next = p + 1;
        gsize n = strcspn (next, ",;&");
        const gchar *q;

        for (q = next; q < next + n && spaced_dash (next, q) == 0; q++)
          ;
        if (q < next + n)
          {
            g_autofree gchar *name = g_strstrip (g_strndup (next, (gsize) (q - next)));

            if (lineup_byline_may_be_person (name) || lineup_byline_is_cjk_name (name))
              break;
          }
      }
  return (gsize) (p - org);
}

/* Ends the current item as a name whose organisation is the @length bytes
 * at @org ("Name @ Org", "Name – Org"); returns where the text goes on. */
static const gchar *
tokenizer_flush_name (Tokenizer   *tok,
                      const gchar *org,
                      gsize        length)
{
  tokenizer_flush (tok, SEP_COMMA, org, length);
  g_array_index (tok->items, Item, tok->items->len - 1).at = TRUE;
  return org + length;
}

/* Whether @before ends with two capitalised words and @after opens with
 * two: the names a one-letter "y" or "e" joins. */
static gboolean
joins_full_names (const gchar *before,
                  const gchar *after)
{
  g_auto(GStrv) head = g_strsplit (before, " ", -1);
  g_auto(GStrv) tail = g_strsplit (after, " ", 3);
  guint n = 0, upper = 0;

  for (guint i = 0; head[i] != NULL; i++)
    if (*head[i] != '\0')
      {
        n++;
        upper = g_unichar_isupper (g_utf8_get_char (head[i])) ? upper + 1 : 0;
      }
  return n >= 2 && upper >= 2 && g_strv_length (tail) >= 2 &&
         g_unichar_isupper (g_utf8_get_char (tail[0])) &&
         g_unichar_isupper (g_utf8_get_char (tail[1]));
}

/* "Juliana (Jules) Barros Lima": one given name so far, one capitalised
 * word in the brackets from @open to @close, and the name going on after
 * them. */
static gboolean
is_nickname (const gchar *so_far,
             const gchar *open,
             const gchar *close)
{
  g_autofree gchar *name = g_strstrip (g_strdup (so_far));

  if (*close != ')' || close[1] != ' ' || !g_ascii_isupper (close[2]) ||
      !g_ascii_isupper (*open) || close - open < 2 || *name == '\0' ||
      !g_ascii_isupper (*name) || strpbrk (name, " ,;&") != NULL)
    return FALSE;
  for (const gchar *p = open; p < close; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return TRUE;
}

static GArray *
tokenize (const gchar *text)
{
  Tokenizer tok;
  const gchar *p = text;
  gsize dash;

  tok.items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (tok.items, item_clear);
  tok.cur = g_string_new (NULL);
  tok.sep = SEP_START;

  while (*p != '\0')
    {
      if (*p == ';')
        tokenizer_flush (&tok, SEP_SEMI, NULL, 0), p++;
      else if (*p == ',')
        tokenizer_flush (&tok, SEP_COMMA, NULL, 0), p++;
      /* "堵俊平、马全一": the ideographic comma lists people, as "&" does;
       * the full-width comma is a comma */
      else if (g_str_has_prefix (p, "\xE3\x80\x81"))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p += 3;
      else if (g_str_has_prefix (p, "\xEF\xBC\x8C"))
        tokenizer_flush (&tok, SEP_COMMA, NULL, 0), p += 3;
      /* "Fernanda Viégas · Martin Wattenberg": a middle dot between spaces
       * lists people (as a conference's site does) */
      else if (p > text && p[-1] == ' ' && g_str_has_prefix (p, "\xC2\xB7 "))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p += 2;
      /* "Name / Org": a slash between spaces as a comma ("CI/CD" stays a
       * word); between full names ("Michael Neuling / Anton Blanchard") as
       * "&" */
      else if (*p == '/' && p > text && p[-1] == ' ' && p[1] == ' ')
        {
          tokenizer_flush (&tok, joins_full_names (tok.cur->str, p + 2) ? SEP_AMP : SEP_COMMA,
                           NULL, 0);
          p++;
        }
      /* "Mary Major/Rick Minor": a slash between full names ("CI/CD",
       * "Red Hat/IBM" do not join two) */
      else if (*p == '/' && p > text && p[-1] != ' ' && p[1] != ' ' &&
               joins_full_names (tok.cur->str, p + 1) && g_ascii_islower (p[2]))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p++;
      /* a '+' glued to the end of a word is part of it ("C++ Guild") */
      else if (*p == '&' || (*p == '+' && (p == text || p[-1] == ' ')))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p++;
      else if (*p == 'a' && (p == text || p[-1] == ' ') && strncmp (p, "and", 3) == 0
               && (p[3] == ' ' || p[3] == '\0'))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p += 3;
      /* German "und", French "et" between names */
      else if ((p == text || p[-1] == ' ') &&
               ((strncmp (p, "und", 3) == 0 && (p[3] == ' ' || p[3] == '\0')) ||
                (strncmp (p, "et", 2) == 0 && (p[2] == ' ' || p[2] == '\0'))))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p += *p == 'u' ? 3 : 2;
      /* Spanish "y", Italian and Portuguese "e" between full names
       * ("Marcos Ortega y Emilia Segura", not "Gitlab e Github") */
      else if ((*p == 'y' || *p == 'e') && p > text && p[-1] == ' ' && p[1] == ' ' &&
               joins_full_names (tok.cur->str, p + 2))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p++;
      /* "Ana Lee @ Acme", "中正 和久 @ 山口大学": the organisation after an
       * at sign, up to the next separator, as if in brackets */
      else if (*p == '@' && p > text && p[-1] == ' ' && p[1] == ' ')
        p = tokenizer_flush_name (&tok, p + 2, at_org_length (p + 2));
      /* "Тихон Соколов – Full Stack Developer, msk vue.js", "Ana Lee - Acme":
       * a dash between spaces after a name opens the person's organisation */
      else if ((dash = spaced_dash (text, p)) != 0 && names_person (tok.cur, p + dash + 1))
        p = tokenizer_flush_name (&tok, p + dash + 1, dash_org_length (p + dash + 1));
      else if (*p == '(')
        {
          const gchar *open = p + 1;
          const gchar *q = open;
          guint depth = 1;

          while (*q != '\0')
            {
              if (*q == '(')
                depth++;
              else if (*q == ')' && --depth == 0)
                break;
              q++;
            }
          /* "Juliana (Jules) Barros Lima": a nickname inside the name */
          if (is_nickname (tok.cur->str, open, q))
            {
              g_string_append_len (tok.cur, p, q + 1 - p);
              p = q + 1;
              continue;
            }
          /* Whatever follows ")" with no separator is the next person:
           * "Matt Farina (SUSE) Scott Rigby (Weaveworks)". */
          tokenizer_flush (&tok, SEP_COMMA, open, q - open);
          p = *q == ')' ? q + 1 : q;
        }
      else
        g_string_append_c (tok.cur, *p++);
    }
  tokenizer_flush (&tok, SEP_COMMA, NULL, 0);
  g_string_free (tok.cur, TRUE);
  return tok.items;
}

/* "(Auditorium Only)", "(Room 101)": where the talk is, no one's
 * organisation. */
static gboolean
names_room (const gchar *part)
{
  static const gchar * const rooms[] = {
    "auditorium", "room", "hall", "ballroom", "stage", "salle", "aula", "sala", "raum", NULL
  };
  g_autofree gchar *first = g_ascii_strdown (part, (gssize) strcspn (part, " "));

  return g_strv_contains (rooms, first) && strchr (part, ' ') != NULL;
}

/* "(CTO, Isovalent)" → "Isovalent"; "(ClickHouse, Inc)" stays whole. */
static gchar *
paren_affiliation (const gchar *paren)
{
  g_auto(GStrv) parts = g_strsplit (paren, ",", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree gchar *part = clean_item (parts[i], strlen (parts[i]));

      if (*part == '\0' || lineup_byline_is_role (part) || names_room (part))
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, part);
    }
  return g_string_free (out, FALSE);
}

typedef enum
{
  LAST_NONE,
  LAST_NAME,
  LAST_ORG,
  LAST_ROLE,
} LastKind;

typedef struct
{
  GPtrArray *speakers;
  guint      pending;    /* first speaker still without an affiliation */
  guint      org_start;  /* speakers that got the last affiliation */
  LastKind   last;
} Parser;

/* "Dr. Jörg Kunze", "Prof. Dr. Ana Lima", "Dipl.-Inf. Stefan Richter": the
 * name after its academic titles and forms of address. */
static const gchar *
skip_honorifics (const gchar *name)
{
  static const gchar * const honorifics[] = {
    "Dr.", "Dr", "Prof.", "Prof", "Professor", "Mr.", "Ms.", "Mrs.", "M.Sc.", "B.Sc.", "MSc", "BSc",
    "M.A.", "B.A.", "Dipl.-Inf.", "Dipl.-Ing.", "Dipl.-Math.", "Dipl.-Phys.", "Ing.", NULL
  };

  for (gboolean skipped = TRUE; skipped;)
    {
      const gchar *space = strchr (name, ' ');
      g_autofree gchar *word = space != NULL ? g_strndup (name, (gsize) (space - name)) : NULL;

      skipped = word != NULL && g_strv_contains (honorifics, word) &&
                strchr (space + 1, ' ') != NULL;
      if (skipped)
        name = space + 1;
    }
  return name;
}

static void
parser_add_name (Parser      *parser,
                 const gchar *name)
{
  g_ptr_array_add (parser->speakers, lineup_speaker_new (skip_honorifics (name), NULL));
  parser->last = LAST_NAME;
}

static void
parser_set_org (Parser      *parser,
                const gchar *org)
{
  if (*org == '\0')
    return;
  for (guint i = parser->pending; i < parser->speakers->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (parser->speakers, i);

      g_free (speaker->affiliation);
      speaker->affiliation = g_strdup (org);
    }
  parser->org_start = parser->pending;
  parser->pending = parser->speakers->len;
  parser->last = LAST_ORG;
}

/* "ClickHouse" then ", Inc" → "ClickHouse, Inc" for everyone who got it. */
static void
parser_extend_org (Parser      *parser,
                   const gchar *suffix)
{
  for (guint i = parser->org_start; i < parser->pending; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (parser->speakers, i);
      gchar *joined = g_strconcat (speaker->affiliation, ", ", suffix, NULL);

      g_free (speaker->affiliation);
      speaker->affiliation = joined;
    }
  /* One suffix only: "Org, Inc, Inc, Inc…" must not grow (and copy) the
   * affiliation again and again. */
  parser->last = LAST_ROLE;
}

static const Item *
next_item (GArray *items,
           guint   i)
{
  return i + 1 < items->len ? &g_array_index (items, Item, i + 1) : NULL;
}

/* "Edinburgh Parallel Computing Centre (EPCC)": an organisation and its
 * initials, no name and its affiliation. */
static gboolean
is_org_with_initials (const Item *item)
{
  gsize length = strlen (item->paren);

  return length >= 2 && length <= 6 &&
         strspn (item->paren, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == length &&
         !lineup_byline_looks_like_list_name (item->text);
}

/* "Jixian Li, Dan Van Boxel, Joshua A Levine": two names or more before
 * it, commas only, no one's organisation yet, and the last item reads as
 * a name: one more name, no organisation ("Ana Lee, Bo Chen, Acme Labs",
 * "…, Isovalent", "…, Red Hat" stay organisations). */
static gboolean
ends_list_of_names (const Parser *parser,
                    GArray       *items,
                    guint         i)
{
  const Item *item = &g_array_index (items, Item, i);

  if (parser->speakers->len < 2 || parser->pending != 0)
    return FALSE;
  for (guint j = 1; j <= i; j++)
    if (g_array_index (items, Item, j).sep != SEP_COMMA ||
        g_array_index (items, Item, j - 1).paren != NULL)
      return FALSE;
  return lineup_byline_looks_like_list_name (item->text);
}

static void
parser_comma_item (Parser       *parser,
                   GArray       *items,
                   guint         i)
{
  const Item *item = &g_array_index (items, Item, i);
  const Item *next = next_item (items, i);

  /* "…, Dr. Crystallee Crain": a title of address opens a name, no role */
  if ((item->paren != NULL && !is_org_with_initials (item)) ||
      (skip_honorifics (item->text) != item->text &&
       lineup_byline_looks_like_list_name (skip_honorifics (item->text))))
    parser_add_name (parser, item->text);
  else if (parser->last == LAST_ORG || parser->pending == parser->speakers->len)
    {
      /* "Name, Department of Genetics, University of Cambridge": a second
       * part of the organisation, no one's name */
      if (parser->last == LAST_ORG &&
          (lineup_byline_is_org_suffix (item->text) ||
           (!lineup_byline_looks_like_list_name (item->text) &&
            !lineup_byline_is_role (item->text) && lineup_byline_org_is_plausible (item->text))))
        parser_extend_org (parser, item->text);
      else if (lineup_byline_is_role (item->text))
        parser->last = LAST_ROLE;
      else
        parser_add_name (parser, item->text);
    }
  else if (lineup_byline_is_role (item->text))
    parser->last = LAST_ROLE;
  else if ((next == NULL || next->sep == SEP_SEMI) && ends_list_of_names (parser, items, i))
    parser_add_name (parser, item->text);
  else if (next == NULL || next->sep == SEP_SEMI)
    parser_set_org (parser, item->text);
  else if (next->sep == SEP_COMMA && next->paren == NULL &&
           (lineup_byline_is_org_suffix (next->text) ||
            /* "Peter Müller, ETH Zurich, CH." */
            (i + 2 == items->len && lineup_byline_is_country (next->text))))
    parser_set_org (parser, item->text);
  else if (lineup_byline_looks_like_list_name (item->text))
    parser_add_name (parser, item->text);
  else
    parser_set_org (parser, item->text);
}

/* After a job title, "& co-founder Diagrid" or "and CEO" goes on with it:
 * the role is dropped and what follows it is the affiliation.  An item that
 * does not open with a role word is the next person ("Maintainer & Ann Lee"). */
static void
parser_role_continued (Parser      *parser,
                       const gchar *text)
{
  g_autofree gchar *org = NULL;

  if (!lineup_byline_split_role_org (text, &org))
    {
      parser_add_name (parser, text);
      return;
    }
  parser_set_org (parser, org);
  if (*org == '\0')
    parser->last = LAST_ROLE;
}

/* "Joseph Sandoval & Tony Gosselin Adobe": with no comma, no semicolon and no
 * parenthesis anywhere, at least two people, every name of two words but the
 * last one of three, and that third word shaped like an organisation (a known
 * company, all capitals, a dot or digit, or an inner capital as in
 * "ClickHouse"), the third word is everyone's affiliation.  A three-word name
 * such as "Natalia Reka Ivanko" is left alone. */
static void
split_glued_org (GPtrArray *speakers,
                 GArray    *items)
{
  LineupSpeaker *last;
  g_auto(GStrv) words = NULL;
  gchar *org;

  if (speakers->len < 2)
    return;
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      if (item->paren != NULL || item->sep == SEP_COMMA || item->sep == SEP_SEMI)
        return;
    }
  for (guint i = 0; i < speakers->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (speakers, i);
      g_auto(GStrv) w = lineup_byline_split_words (speaker->name);

      if (speaker->affiliation != NULL
          || g_strv_length (w) != (i + 1 == speakers->len ? 3 : 2))
        return;
    }

  last = g_ptr_array_index (speakers, speakers->len - 1);
  words = lineup_byline_split_words (last->name);
  if (!lineup_byline_org_shaped_word (words[2]))
    return;

  org = words[2];
  for (guint i = 0; i < speakers->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      speaker->affiliation = g_strdup (org);
    }
  g_free (last->name);
  last->name = g_strconcat (words[0], " ", words[1], NULL);
}

/* "…, Christian Hochberger and Heinz Koeppl.": a citation's authors end
 * with a full stop, which no name has (an initial, "Jr." or "Inc." keep
 * theirs). */
static void
drop_closing_full_stop (gchar *text)
{
  static const gchar * const abbreviations[] = {
    "inc", "ltd", "co", "corp", "jr", "sr", "etc", "al", "bv", "gmbh", "llc", "ag", "sa", NULL
  };
  gsize length = strlen (text);
  const gchar *word;
  g_autofree gchar *folded = NULL;

  if (length < 4 || text[length - 1] != '.' || text[length - 2] == '.')
    return;
  word = strrchr (text, ' ');
  word = word != NULL ? word + 1 : text;
  folded = g_ascii_strdown (word, (gssize) (text + length - 1 - word));
  if (g_utf8_strlen (folded, -1) < 3 || g_strv_contains (abbreviations, folded))
    return;
  text[length - 1] = '\0';
}

/* "Szabi and Zsuzsa Marka": a given name alone, then "and" and a full name
 * of two words, is one family's two people; the first takes the family
 * name. */
static void
share_family_name (GPtrArray    *speakers,
                   const GArray *items)
{
  LineupSpeaker *first, *second;
  const gchar *space, *family;

  if (speakers->len != 2 || items->len != 2 ||
      g_array_index (items, Item, 1).sep != SEP_AMP)
    return;
  first = g_ptr_array_index (speakers, 0);
  second = g_ptr_array_index (speakers, 1);
  if (first->affiliation != NULL || strchr (first->name, ' ') != NULL ||
      !g_unichar_isupper (g_utf8_get_char (first->name)) ||
      (space = strchr (second->name, ' ')) == NULL || strchr (space + 1, ' ') != NULL)
    return;
  family = space + 1;
  if (g_utf8_strlen (family, -1) < 2 || !g_unichar_isupper (g_utf8_get_char (family)))
    return;
  {
    gchar *full = g_strconcat (first->name, " ", family, NULL);

    g_free (first->name);
    first->name = full;
  }
}

GPtrArray *
lineup_byline_parse (const gchar *byline)
{
  g_autofree gchar *text = NULL;
  g_autoptr(GArray) items = NULL;
  Parser parser;

  parser.speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
  parser.pending = 0;
  parser.org_start = 0;
  parser.last = LAST_NONE;
  if (byline == NULL)
    return parser.speakers;

  text = with_companion (without_description (normalise (byline)));
  drop_closing_full_stop (text);
  items = tokenize (text);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      if (*item->text == '\0')
        ;  /* "(Org)" alone: the affiliation of the names before */
      else if (item->at)
        parser_add_name (&parser, item->text);  /* "Name @ Org" */
      else if (item->sep == SEP_COMMA && parser.last == LAST_NAME && item->paren != NULL &&
               lineup_byline_is_country (item->paren))
        {
          /* "Name, MIT CSAIL (USA)": the organisation, its country dropped */
          parser_set_org (&parser, item->text);
          continue;
        }
      else if (item->sep == SEP_COMMA && parser.last != LAST_NONE &&
               item->paren != NULL && !is_org_with_initials (item) &&
               !lineup_byline_looks_like_list_name (item->text) &&
               lineup_byline_org_is_plausible (item->text))
        {
          /* "Name, University of French Polynesia (Eastco, MSH-P)": the
           * organisation and its parts ("…, LIRE (EA 7418)": no one's) */
          g_autofree gchar *org = g_strdup_printf ("%s (%s)", item->text, item->paren);

          parser_set_org (&parser, org);
          continue;
        }
      else if (item->sep == SEP_COMMA && parser.last == LAST_ORG && item->paren == NULL &&
               lineup_byline_is_country (item->text))
        ;  /* "Name, University of Melbourne, Australia": the organisation's country */
      else if (item->sep == SEP_AMP && parser.last == LAST_ROLE)
        parser_role_continued (&parser, item->text);
      else if (item->sep == SEP_COMMA)
        parser_comma_item (&parser, items, i);
      else
        parser_add_name (&parser, item->text);

      if (item->paren != NULL)
        {
          g_autofree gchar *org = paren_affiliation (item->paren);

          parser_set_org (&parser, org);
          /* "(Room 101)": the names before it have no organisation */
          if (names_room (item->paren))
            parser.pending = parser.speakers->len;
        }
    }

  split_glued_org (parser.speakers, items);
  share_family_name (parser.speakers, items);
  return parser.speakers;
}
