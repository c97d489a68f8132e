/* lineup-byline.c — "Title - Name & Name, Org; Name, Org" → title + speakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-byline"

#include "config.h"

#include <string.h>

#include "lineup-core.h"

G_DEFINE_BOXED_TYPE (LineupSpeaker, lineup_speaker, lineup_speaker_copy, lineup_speaker_free)

LineupSpeaker *
lineup_speaker_new (const gchar *name,
                    const gchar *affiliation)
{
  LineupSpeaker *self = g_new0 (LineupSpeaker, 1);

  self->name = g_strdup (name != NULL ? name : "");
  /* An empty affiliation means "none": keep one representation of it. */
  self->affiliation = (affiliation != NULL && *affiliation != '\0') ? g_strdup (affiliation) : NULL;
  return self;
}

LineupSpeaker *
lineup_speaker_copy (const LineupSpeaker *speaker)
{
  g_return_val_if_fail (speaker != NULL, NULL);
  return lineup_speaker_new (speaker->name, speaker->affiliation);
}

void
lineup_speaker_free (LineupSpeaker *speaker)
{
  if (speaker == NULL)
    return;
  g_free (speaker->name);
  g_free (speaker->affiliation);
  g_free (speaker);
}

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
 * The text is cut into items at ";", ",", "&", " and " and parenthesised
 * groups; each item is then a name, an affiliation or a role, decided from
 * the separator before it and from what it looks like.  The only truly
 * ambiguous separator is the comma: after a name, the comma item is the
 * affiliation when it ends the group (end of text, ";" or a company suffix
 * next), and otherwise an affiliation unless it reads as a person's name
 * (2-5 capitalised words, none of them an organisation word such as
 * "Systems", "Technologies", "Plane", no dot, no digit, no lower-case word
 * other than a name particle like "de" or "van").
 *
 * Parsing and scanning are linear in the length of the text; the split only
 * looks at the last MAX_BYLINE_BYTES bytes of a title.
 */

/* Longer than any real byline (the built-in post's longest is ~100 bytes):
 * anything longer is title text, and the bound keeps the split linear. */
#define MAX_BYLINE_BYTES 512

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
} Item;

/* Lower-case words that may sit inside a name ("Raymond de Jong", "Ludwig
 * van Beethoven") but neither start nor end it. */
static const gchar * const particles[] = {
  "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du",
  "dos", "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", NULL
};

/* Words that make a comma part a job title, which is dropped. */
static const gchar * const role_words[] = {
  "CTO", "CEO", "CFO", "COO", "CIO", "CISO", "CPO", "VP", "SVP", "EVP", "Founder",
  "Co-founder", "Cofounder", "Co-Founder", "Maintainer", "Maintainers", "Engineer",
  "Developer", "Advocate", "Manager", "Director", "Architect", "Evangelist",
  "Principal", "Senior", "Staff", "President", "Chief", "Officer", "Contributor",
  "Chair", "Co-chair", "Researcher", "Scientist", "Student", "Professor",
  "Consultant", "Intern", "SRE", "Head", "Lead", "Ambassador", "Champion", NULL
};

/* Words that make a part read as an organisation rather than a person. */
static const gchar * const org_words[] = {
  "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "GmbH", "Corp", "Corp.", "Corporation",
  "Company", "Systems", "Technologies", "Technology", "Labs", "Lab", "Networks",
  "Cloud", "Software", "Solutions", "Services", "Hat", "Plane", "Times", "Group",
  "University", "Universität", "Université", "Universidad", "College", "Institute",
  "Foundation", "Security", "Data", "Web", "Bank", "Research", "Partners",
  "Consulting", "Computing", "Studio", "Studios", "Games", "Media", "Digital",
  "Telecom", "Communications", "Platforms", "Interactive", "Holdings", "Capital",
  "Analytics", "Robotics", "Ventures", "Project", "Community", "Canada",
  /* Plural company nouns no surname is made of ("Polar Signals"). */
  "Signals", "Industries", "Dynamics", "Insights", "Metrics", "Machines", "Devices",
  "Sciences", "Logistics", "Semiconductors", "Microsystems", NULL
};

/* A comma part made only of one of these stays with the previous org. */
static const gchar * const org_suffixes[] = {
  "Inc", "Inc.", "LLC", "L.L.C.", "Ltd", "Ltd.", "GmbH", "Corp", "Corp.", "AG",
  "SA", "S.A.", "SAS", "BV", "B.V.", "PLC", "Co", "Co.", "Limited", "LLP", "Oy",
  "AB", "ApS", "KK", "Pty", "Pty Ltd", NULL
};

/* Organisations common in cloud-native bylines; only used for the "A & B Org"
 * layout with no comma, where nothing else tells "Org" from a surname. */
static const gchar * const known_orgs[] = {
  "Adobe", "Google", "Microsoft", "Amazon", "AWS", "Apple", "Meta", "Facebook",
  "Intel", "Cisco", "Netflix", "IBM", "Oracle", "VMware", "Weaveworks", "Buoyant",
  "Jetstack", "Isovalent", "Datadog", "SUSE", "Canonical", "Cloudflare", "Tetrate",
  "Twitter", "Uber", "Shopify", "Spotify", "Salesforce", "Alibaba", "Tencent",
  "Huawei", "Bloomberg", "Elastic", "GitLab", "GitHub", "HashiCorp", "Docker",
  "Mirantis", "Rancher", "NVIDIA", "Nutanix", "Palantir", "Sysdig", "Splunk",
  "Grafana", "Dynatrace", "Akamai", "Equinix", "Intuit", "Airbnb", "LinkedIn",
  "Yahoo", "eBay", "PayPal", "Stripe", "Snyk", "Aqua", "Chainguard", "Kong",
  "Mercari", "Rakuten", "Okteto", "Codefresh", "Fermyon", "Roche", "Seznam", NULL
};

/* Words of talk titles that do not occur in people's names (compared without
 * case).  "CNCF Graduated Project Updates" is four capitalised words, but not
 * a person. */
static const gchar * const title_words[] = {
  "With", "To", "The", "Of", "For", "In", "On", "A", "An", "At", "And", "Or",
  "From", "By", "Into", "Via", "Is", "Are", "How", "What", "Why", "When", "Where",
  "Who", "Your", "Our", "My", "Not", "It", "We", "You", "Its", "This", "That",
  "Running", "Project", "Projects", "Update", "Updates", "Graduated", "Keynote",
  "Talk", "Lightning", "Workshop", "Tutorial", "Panel", "Session", "Introduction",
  "Intro", "Deep", "Dive", "Unlocking", "Getting", "Started", "Expect", "Scale",
  "Network", "Networking", "Security", "Cloud", "Native", "Service", "Mesh",
  "Kubernetes", "Cilium", "eBPF", "Linux", "Open", "Source", "Beyond", "Meeting",
  "Community", "Lessons", "Learned", "Learnt", "Film", "Documentary", "Demo",
  "Closing", "Opening", "Remarks", "Welcome", "Break", "Lunch", "Office", "Hours",
  "Contribfest", "Kernel", "Future", "Past", "Present", "Way", "Day", "Me", "Us",
  "Them", "All", "Anything", "Everything", "Nothing", "Ask", "Meet", "Hello", "New",
  "Best", "Practices", "Using", "Building", "Introducing", "Hands-on", "Q&A", NULL
};

/* Lower-case words that belong to sentences, not to organisation names
 * ("white duck" and "cert-manager" are fine, "at Scale" is not). */
static const gchar * const function_words[] = {
  "with", "to", "for", "in", "on", "at", "from", "by", "into", "via", "vs", "how",
  "what", "why", "when", "where", "is", "are", "your", "our", "my", "we", "you",
  "it", "this", "that", NULL
};

/* The lists above as hash sets, built once: a byline is checked against
 * them word by word, and a post may hold a hundred thousand bylines.  A list
 * compared without case holds its words in ASCII lower case. */
static const struct
{
  const gchar * const *list;
  gboolean             ignore_case;
} word_lists[] = {
  { particles, FALSE }, { role_words, TRUE }, { org_words, TRUE }, { org_suffixes, TRUE },
  { known_orgs, TRUE }, { title_words, TRUE }, { function_words, FALSE },
};

/* Longer than any word of the lists. */
#define MAX_LIST_WORD 32

static GHashTable *word_sets[G_N_ELEMENTS (word_lists)];

static GHashTable *
word_set (const gchar * const *list)
{
  static gsize built = 0;
  guint i;

  if (g_once_init_enter (&built))
    {
      for (guint l = 0; l < G_N_ELEMENTS (word_lists); l++)
        {
          word_sets[l] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint w = 0; word_lists[l].list[w] != NULL; w++)
            {
              const gchar *word = word_lists[l].list[w];

              g_assert (strlen (word) < MAX_LIST_WORD);
              g_hash_table_add (word_sets[l], word_lists[l].ignore_case ? g_ascii_strdown (word, -1)
                                                                         : g_strdup (word));
            }
        }
      g_once_init_leave (&built, 1);
    }

  for (i = 0; i < G_N_ELEMENTS (word_lists); i++)
    if (word_lists[i].list == list)
      break;
  g_assert (i < G_N_ELEMENTS (word_lists));
  return word_sets[i];
}

/* Whether @word is in @list (one of word_lists), ignoring ASCII case when
 * the list says so, as g_ascii_strcasecmp() does. */
static gboolean
word_in (const gchar         *word,
         const gchar * const *list,
         gboolean             ignore_case)
{
  gchar lower[MAX_LIST_WORD];
  gsize i;

  if (!ignore_case)
    return g_hash_table_contains (word_set (list), word);
  for (i = 0; word[i] != '\0'; i++)
    {
      if (i + 1 >= MAX_LIST_WORD)
        return FALSE;
      lower[i] = g_ascii_tolower (word[i]);
    }
  lower[i] = '\0';
  return g_hash_table_contains (word_set (list), lower);
}

static gboolean
any_word_in (gchar * const       *words,
             const gchar * const *list,
             gboolean             ignore_case)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (word_in (words[i], list, ignore_case))
      return TRUE;
  return FALSE;
}

/* Splits at single spaces, dropping empty words (the text is normalised). */
static gchar **
split_words (const gchar *text)
{
  GPtrArray *words = g_ptr_array_new ();
  const gchar *p = text;

  while (*p != '\0')
    {
      const gchar *start;

      while (*p == ' ')
        p++;
      start = p;
      while (*p != '\0' && *p != ' ')
        p++;
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }
  g_ptr_array_add (words, NULL);
  return (gchar **) g_ptr_array_free (words, FALSE);
}

/* A word with no letter or digit at all ("🚀", "·") takes no part in the
 * judgement but is kept in the name. */
static gboolean
is_symbol_word (const gchar *word)
{
  for (const gchar *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
is_quote (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

/* "Hemanth", "Zięba", "O'Brien", "Olmsted-Thompson", "J.", "王伟", or a
 * quoted nickname ("\"Pinky\"").  No digit, starts with a letter that is not
 * lower case. */
static gboolean
is_name_word (const gchar *word)
{
  const gchar *p = word;
  gunichar first = g_utf8_get_char (p);
  gboolean quoted = FALSE;

  if (is_quote (first))
    {
      quoted = TRUE;
      p = g_utf8_next_char (p);
      first = g_utf8_get_char (p);
    }
  if (!g_unichar_isalpha (first) || g_unichar_islower (first))
    return FALSE;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) || g_unichar_ismark (c) || c == '-' || c == '.'
          || c == '\'' || c == 0x2019)
        continue;
      if (quoted && is_quote (c))
        continue;
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  guint words;     /* counted words (symbol-only words left out) */
  guint particles;
  gboolean plausible;
} NameShape;

static NameShape
name_shape (const gchar *name)
{
  g_auto(GStrv) words = split_words (name);
  NameShape shape = { 0, 0, TRUE };
  guint n = g_strv_length (words);
  guint first = 0, last = n;

  while (first < n && is_symbol_word (words[first]))
    first++;
  while (last > first && is_symbol_word (words[last - 1]))
    last--;

  for (guint i = first; i < last; i++)
    {
      if (is_symbol_word (words[i]))
        continue;
      shape.words++;
      if (i != first && i != last - 1 && word_in (words[i], particles, FALSE))
        shape.particles++;
      else if (!is_name_word (words[i]) || word_in (words[i], title_words, TRUE)
               || strlen (words[i]) > 40)
        shape.plausible = FALSE;
    }
  if (shape.words == 0 || shape.words > 5 || shape.words - shape.particles > 4)
    shape.plausible = FALSE;
  return shape;
}

static gboolean
has_char_where (const gchar *text,
                gboolean   (*pred) (gunichar))
{
  for (const gchar *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (pred (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gboolean
is_role (const gchar *text)
{
  g_auto(GStrv) words = split_words (text);

  return any_word_in (words, role_words, TRUE);
}

static gboolean
is_org_suffix (const gchar *text)
{
  return word_in (text, org_suffixes, TRUE);
}

/* Used only to choose between "name in a list" and "affiliation" for a comma
 * part that is neither first nor last in its group. */
static gboolean
looks_like_org (const gchar *text)
{
  g_auto(GStrv) words = split_words (text);

  if (g_strv_length (words) < 2)
    return TRUE;
  if (strchr (text, '.') != NULL || strchr (text, '@') != NULL
      || has_char_where (text, g_unichar_isdigit))
    return TRUE;
  if (any_word_in (words, org_words, TRUE) || any_word_in (words, org_suffixes, TRUE))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);

      if (g_unichar_islower (c) && !word_in (words[i], particles, FALSE))
        return TRUE;
    }
  return FALSE;
}

static gboolean
looks_like_list_name (const gchar *text)
{
  NameShape shape;

  if (looks_like_org (text))
    return FALSE;
  shape = name_shape (text);
  return shape.plausible && shape.words >= 2;
}

static gboolean
org_is_plausible (const gchar *org)
{
  g_auto(GStrv) words = split_words (org);
  guint letters = 0, digits = 0;

  if (g_strv_length (words) > 8 || strlen (org) > 120)
    return FALSE;
  if (any_word_in (words, function_words, FALSE))
    return FALSE;
  for (const gchar *p = org; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        letters++;
      else if (g_unichar_isdigit (c))
        digits++;
    }
  return letters > 0 && digits <= letters;
}

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
 * space collapsed, Markdown emphasis ('*') and backslash escapes removed. */
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
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/* Trims spaces and Markdown emphasis left around an item. */
static gchar *
clean_item (const gchar *start,
            gsize        len)
{
  while (len > 0 && (*start == ' ' || *start == '_'))
    start++, len--;
  while (len > 0 && (start[len - 1] == ' ' || start[len - 1] == '_'))
    len--;
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
      Item item = { tok->sep, g_steal_pointer (&text), NULL };

      if (paren != NULL)
        item.paren = clean_item (paren, paren_len);
      g_array_append_val (tok->items, item);
      tok->sep = next_sep;
    }
  else if (tok->items->len > 0)
    tok->sep = stronger (tok->sep, next_sep);
}

static GArray *
tokenize (const gchar *text)
{
  Tokenizer tok;
  const gchar *p = text;

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
      else if (*p == '&' || *p == '+')
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p++;
      else if (*p == 'a' && (p == text || p[-1] == ' ') && strncmp (p, "and", 3) == 0
               && (p[3] == ' ' || p[3] == '\0'))
        tokenizer_flush (&tok, SEP_AMP, NULL, 0), p += 3;
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

/* "(CTO, Isovalent)" → "Isovalent"; "(ClickHouse, Inc)" stays whole. */
static gchar *
paren_affiliation (const gchar *paren)
{
  g_auto(GStrv) parts = g_strsplit (paren, ",", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree gchar *part = clean_item (parts[i], strlen (parts[i]));

      if (*part == '\0' || is_role (part))
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

static void
parser_add_name (Parser      *parser,
                 const gchar *name)
{
  g_ptr_array_add (parser->speakers, lineup_speaker_new (name, NULL));
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

static void
parser_comma_item (Parser       *parser,
                   GArray       *items,
                   guint         i)
{
  const Item *item = &g_array_index (items, Item, i);
  const Item *next = next_item (items, i);

  if (item->paren != NULL)
    parser_add_name (parser, item->text);
  else if (parser->last == LAST_ORG || parser->pending == parser->speakers->len)
    {
      if (parser->last == LAST_ORG && is_org_suffix (item->text))
        parser_extend_org (parser, item->text);
      else if (is_role (item->text))
        parser->last = LAST_ROLE;
      else
        parser_add_name (parser, item->text);
    }
  else if (is_role (item->text))
    parser->last = LAST_ROLE;
  else if (next == NULL || next->sep == SEP_SEMI)
    parser_set_org (parser, item->text);
  else if (next->sep == SEP_COMMA && next->paren == NULL && is_org_suffix (next->text))
    parser_set_org (parser, item->text);
  else if (looks_like_list_name (item->text))
    parser_add_name (parser, item->text);
  else
    parser_set_org (parser, item->text);
}

static gboolean
org_shaped_word (const gchar *word)
{
  guint upper = 0;
  gboolean inner_upper = FALSE;

  if (word_in (word, known_orgs, TRUE))
    return TRUE;
  if (strchr (word, '.') != NULL || has_char_where (word, g_unichar_isdigit))
    return TRUE;
  for (const gchar *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      {
        upper++;
        if (p != word)
          inner_upper = TRUE;
      }
  /* "IBM", "SUSE"; "ClickHouse", "SuperOrbital" — but "McShane",
   * "MacDonald", "DeVries" are names: the inner capital must come at least
   * five letters in, which those prefixes do not reach. */
  if (upper >= 2 && upper == (guint) g_utf8_strlen (word, -1))
    return TRUE;
  if (inner_upper)
    {
      const gchar *second = g_utf8_next_char (word);

      for (const gchar *p = second; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_isupper (g_utf8_get_char (p)))
          return (p - second) >= 4;
    }
  return FALSE;
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
      g_auto(GStrv) w = split_words (speaker->name);

      if (speaker->affiliation != NULL
          || g_strv_length (w) != (i + 1 == speakers->len ? 3 : 2))
        return;
    }

  last = g_ptr_array_index (speakers, speakers->len - 1);
  words = split_words (last->name);
  if (!org_shaped_word (words[2]))
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

  text = normalise (byline);
  items = tokenize (text);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);

      if (*item->text == '\0')
        ;  /* "(Org)" alone: the affiliation of the names before */
      else if (item->sep == SEP_COMMA)
        parser_comma_item (&parser, items, i);
      else
        parser_add_name (&parser, item->text);

      if (item->paren != NULL)
        {
          g_autofree gchar *org = paren_affiliation (item->paren);

          parser_set_org (&parser, org);
        }
    }

  split_glued_org (parser.speakers, items);
  return parser.speakers;
}

/* TRUE when @text parses into people whose names all look like names:
 * 1-5 words (name particles aside), each starting with a letter that is not
 * lower case, no digit, no word of a talk title ("Project", "Updates",
 * "with", "to", "the"…); at least one name of two words or more (so that
 * "Past, Present and Future" is no byline, nor is a lone "Flynn, Buoyant");
 * affiliations of at most 8 words with no sentence word and no more digits
 * than letters; and the whole text short, with no ':', '?', '!', '|',
 * brackets, '#', '=', '<' or backtick (all of which only titles contain). */
static gboolean looks_like_people (const gchar *text, GPtrArray **parsed);

gboolean
lineup_byline_looks_like_people (const gchar *text)
{
  return looks_like_people (text, NULL);
}

/* The same, giving the speakers it parsed when it returns TRUE. */
static gboolean
looks_like_people (const gchar  *text,
                   GPtrArray   **parsed)
{
  g_autoptr(GPtrArray) speakers = NULL;
  gboolean multiword = FALSE;

  if (text == NULL || strnlen (text, MAX_BYLINE_BYTES + 1) > MAX_BYLINE_BYTES)
    return FALSE;
  if (!g_utf8_validate (text, -1, NULL) || strpbrk (text, ":?!|[]{}#=<`~^$%") != NULL)
    return FALSE;

  speakers = lineup_byline_parse (text);
  if (speakers->len == 0)
    return FALSE;
  for (guint i = 0; i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);
      NameShape shape = name_shape (speaker->name);

      if (!shape.plausible)
        return FALSE;
      if (shape.words >= 2)
        multiword = TRUE;
      if (speaker->affiliation != NULL && !org_is_plausible (speaker->affiliation))
        return FALSE;
    }
  if (multiword && parsed != NULL)
    *parsed = g_steal_pointer (&speakers);
  return multiword;
}

/* Counts the backticks: an odd one at the end is a stray from the source
 * ("…With Cilium`- Christine Kim"), an even one closes code ("`kubectl`"). */
static gchar *
clean_title (const gchar *text,
             gsize        len)
{
  gchar *title = g_strstrip (g_strndup (text, len));
  gsize n = strlen (title);
  guint ticks = 0;

  for (gsize i = 0; i < n; i++)
    if (title[i] == '`')
      ticks++;
  if (n > 0 && title[n - 1] == '`' && ticks % 2 == 1)
    {
      title[n - 1] = '\0';
      g_strchomp (title);
    }
  return title;
}

/* Finds the separator that starts at @p, if any: " - ", " – ", " — ", or a
 * "- " glued to the previous word ("Cilium`- Name", "Tetragon- First"). */
static gsize
separator_at (const gchar *text,
              gsize        p,
              gsize        len)
{
  if (text[p] == ' ')
    {
      if (p + 2 < len && text[p + 1] == '-' && text[p + 2] == ' ')
        return 3;
      if (p + 4 < len && (guchar) text[p + 1] == 0xE2 && (guchar) text[p + 2] == 0x80
          && ((guchar) text[p + 3] == 0x93 || (guchar) text[p + 3] == 0x94) && text[p + 4] == ' ')
        return 5;
    }
  else if (text[p] == '-' && p > 0 && text[p - 1] != ' ' && p + 1 < len && text[p + 1] == ' ')
    return 2;
  return 0;
}

void
lineup_byline_split (const gchar  *text,
                     gchar       **title,
                     gchar       **byline)
{
  lineup_byline_split_parse (text, title, byline, NULL);
}

void
lineup_byline_split_parse (const gchar  *text,
                           gchar       **title,
                           gchar       **byline,
                           GPtrArray   **speakers)
{
  gsize len;

  if (title != NULL)
    *title = NULL;
  if (byline != NULL)
    *byline = NULL;
  if (speakers != NULL)
    *speakers = NULL;
  if (text == NULL)
    text = "";

  len = strlen (text);
  /* Right to left, the first separator whose right part reads as people; a
   * right part longer than a byline can be ends the search. */
  for (gsize p = len; p-- > 0 && len - p <= MAX_BYLINE_BYTES + 5;)
    {
      gsize sep = separator_at (text, p, len);
      g_autofree gchar *left = NULL;
      g_autofree gchar *right = NULL;
      g_autoptr(GPtrArray) parsed = NULL;

      if (sep == 0 || !looks_like_people (text + p + sep, speakers != NULL ? &parsed : NULL))
        continue;
      left = clean_title (text, p);
      if (*left == '\0')
        continue;
      right = g_strstrip (g_strdup (text + p + sep));
      if (speakers != NULL)
        {
          /* What was parsed is the byline, unless stripping changed it. */
          if (strlen (right) != len - p - sep)
            g_clear_pointer (&parsed, g_ptr_array_unref);
          *speakers = parsed != NULL ? g_steal_pointer (&parsed) : lineup_byline_parse (right);
        }
      if (title != NULL)
        *title = g_steal_pointer (&left);
      if (byline != NULL)
        *byline = g_steal_pointer (&right);
      return;
    }

  if (title != NULL)
    *title = g_strstrip (g_strdup (text));
}

static gboolean
same_affiliation (const LineupSpeaker *a,
                  const LineupSpeaker *b)
{
  return g_strcmp0 (a->affiliation, b->affiliation) == 0;
}

/* Each speaker reads "Name (Org)"; consecutive speakers of the same
 * affiliation share one "(Org)" after the last of them, so "Hemanth Malla,
 * Maxime Visonneau (Datadog)".  Never NULL. */
gchar *
lineup_byline_format (GPtrArray *speakers)
{
  GString *out;

  if (speakers == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  for (guint i = 0; i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);
      const LineupSpeaker *next = NULL;

      if (i + 1 < speakers->len)
        next = g_ptr_array_index (speakers, i + 1);

      if (speaker == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, speaker->name != NULL ? speaker->name : "");
      if (speaker->affiliation != NULL && *speaker->affiliation != '\0'
          && (next == NULL || !same_affiliation (speaker, next)))
        g_string_append_printf (out, " (%s)", speaker->affiliation);
    }
  return g_string_free (out, FALSE);
}
