/* lineup-byline.c — "Title - Name & Name, Org; Name, Org" → title + speakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-byline"

#include "config.h"

#include <string.h>

#include "lineup-byline-private.h"

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

/* The marks only titles contain; an affiliation may hold the ones of
 * ORG_MARKS ("Jonas Rosland, EMC {code}", "Dana Wang, OpenSSF | The Linux
 * Foundation"), a name none. */
#define TITLE_MARKS ":?!|[]{}#=<`~^$%"
#define ORG_MARKS "[]{}#~^$%|"

/* Whether every title mark of @text is one an affiliation may hold, after
 * a comma (the names come first). */
static gboolean
marks_only_in_orgs (const gchar *text)
{
  const gchar *mark = strpbrk (text, TITLE_MARKS);
  const gchar *comma = strchr (text, ',');

  if (mark == NULL)
    return TRUE;
  if (comma == NULL || mark < comma)
    return FALSE;
  for (const gchar *p = mark; *p != '\0'; p++)
    if (strchr (TITLE_MARKS, *p) != NULL && strchr (ORG_MARKS, *p) == NULL)
      return FALSE;
  return TRUE;
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
  if (!g_utf8_validate (text, -1, NULL) || !marks_only_in_orgs (text))
    return FALSE;

  speakers = lineup_byline_parse (text);
  if (speakers->len == 0)
    return FALSE;
  for (guint i = 0; i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);
      NameShape shape = lineup_byline_name_shape (speaker->name);

      if (!shape.plausible || strpbrk (speaker->name, TITLE_MARKS) != NULL)
        return FALSE;
      /* "日付", "会場 / Venue": a word of two to four Han characters is a
       * name only with an organisation after a bracket (or a full-width
       * one), a comma or an at sign, or beside other names */
      if (lineup_byline_is_cjk_name (speaker->name) && speakers->len < 2 &&
          (speaker->affiliation == NULL ||
           (strpbrk (text, "(,@") == NULL && strstr (text, "\xEF\xBC\x88") == NULL)))
        return FALSE;
      if (shape.words >= 2)
        multiword = TRUE;
      if (speaker->affiliation != NULL && !lineup_byline_org_is_plausible (speaker->affiliation))
        return FALSE;
    }
  if (multiword && parsed != NULL)
    *parsed = g_steal_pointer (&speakers);
  return multiword;
}

/* Counts the backticks: an odd one at the end is a stray from the source
 * ("…With Cilium`- Christine Kim"), an even one closes code ("`kubectl`").
 * A colon at the end goes. */
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
  /* "Dockerfile-based BioContainers: (Talk, Name, Org)": the colon led to
   * the people */
  n = strlen (title);
  if (n > 1 && title[n - 1] == ':' && title[n - 2] != ':')
    {
      title[n - 1] = '\0';
      g_strchomp (title);
    }
  return title;
}

/* Finds the separator that starts at @p, if any: " - ", " -- ", " – ", " — ",
 * " | ", " w/ " ("Title w/ Name"), or a "- " glued to the previous word
 * ("Cilium`- Name", "Tetragon- First"). */
static gsize
separator_at (const gchar *text,
              gsize        p,
              gsize        len)
{
  if (text[p] == ' ')
    {
      if (p + 3 < len && text[p + 1] == 'w' && text[p + 2] == '/' && text[p + 3] == ' ')
        return 4;
      /* " | ": "*Rendering text fast* | Jana Novak" */
      if (p + 2 < len && (text[p + 1] == '-' || text[p + 1] == '|') && text[p + 2] == ' ')
        return 3;
      /* " -- ", a dash as plain-text editors write it */
      if (p + 3 < len && text[p + 1] == '-' && text[p + 2] == '-' && text[p + 3] == ' ')
        return 4;
      if (p + 4 < len && (guchar) text[p + 1] == 0xE2 && (guchar) text[p + 2] == 0x80
          && ((guchar) text[p + 3] == 0x93 || (guchar) text[p + 3] == 0x94) && text[p + 4] == ' ')
        return 5;
    }
  else if (text[p] == '-' && p > 0 && text[p - 1] != ' ' && text[p - 1] != '-' && p + 1 < len &&
           text[p + 1] == ' ')
    return 2;
  return 0;
}

/* The length of "Research talk: " at the start of @text: one to three
 * words, the first capitalised, no digit (but a kind's number, "Keynote 2:
 * "), then a colon and a space; 0 when there is none. */
static gsize
kind_prefix (const gchar *text)
{
  const gchar *colon = strchr (text, ':');
  const gchar *space = NULL;
  guint words = 1;
  gboolean number = FALSE;

  if (colon == NULL || colon[1] != ' ' || !g_ascii_isupper (text[0]))
    return 0;
  for (const gchar *p = text; p < colon; p++)
    {
      if (*p == ' ')
        words++, space = p, number = FALSE;
      else if (g_ascii_isdigit (*p) && space != NULL && (p == space + 1 || number))
        number = TRUE;
      else if (!g_ascii_isalpha (*p) && *p != '-')
        return 0;
      else if (number)
        return 0;
    }
  if (number)
    {
      g_autofree gchar *kind = g_strndup (text, (gsize) (space - text));

      if (!lineup_byline_names_a_kind (kind))
        return 0;
    }
  return words <= 3 ? (gsize) (colon + 2 - text) : 0;
}

static gboolean
has_affiliation (GPtrArray *speakers)
{
  for (guint i = 0; speakers != NULL && i < speakers->len; i++)
    if (((LineupSpeaker *) g_ptr_array_index (speakers, i))->affiliation != NULL)
      return TRUE;
  return FALSE;
}

static gboolean all_full_names (GPtrArray *speakers);

/* "Keynote: Ada Byron (Engines Ltd) - Computing Before Computers": a kind,
 * the speakers, then the title after the first dash; the title is "Keynote:
 * Computing Before Computers".  FALSE when the part after the dash reads
 * as people as well, unless only the speakers give an affiliation. */
static gboolean
split_kind_byline (const gchar  *text,
                   gchar       **title,
                   gchar       **byline,
                   GPtrArray   **speakers)
{
  g_autoptr(GPtrArray) people = NULL;
  static const gchar * const honorifics[] = { "Dr. ", "Dr ", "Prof. ", "Prof ", NULL };
  gsize start = kind_prefix (text);
  gsize len = strlen (text);

  if (start == 0)
    return FALSE;
  /* "Keynote: Dr. Nicole Wheeler": a kind of talk and only its speaker,
   * whom an academic title marks as one */
  for (guint i = 0; honorifics[i] != NULL && people == NULL; i++)
    if (g_str_has_prefix (text + start, honorifics[i]) &&
        looks_like_people (text + start + strlen (honorifics[i]), &people) &&
        (people->len != 1 || !all_full_names (people)))
      g_clear_pointer (&people, g_ptr_array_unref);
  if (people != NULL)
    {
      if (title != NULL)
        *title = g_strndup (text, start - 2);
      if (byline != NULL)
        *byline = g_strdup (text + start);
      if (speakers != NULL)
        *speakers = g_steal_pointer (&people);
      return TRUE;
    }
  for (gsize p = start; p < len && p - start <= MAX_BYLINE_BYTES; p++)
    {
      gsize sep = separator_at (text, p, len);
      g_autofree gchar *middle = NULL;
      g_autofree gchar *rest = NULL;
      g_autoptr(GPtrArray) parsed = NULL;
      g_autoptr(GPtrArray) other = NULL;

      if (sep == 0)
        continue;
      middle = g_strstrip (g_strndup (text + start, p - start));
      rest = clean_title (text + p + sep, len - p - sep);
      if (*rest == '\0' || !looks_like_people (middle, &parsed))
        return FALSE;
      if (looks_like_people (rest, &other) &&
          (!has_affiliation (parsed) || has_affiliation (other)))
        return FALSE;
      if (title != NULL)
        *title = g_strdup_printf ("%.*s%s", (int) start, text, rest);
      if (speakers != NULL)
        *speakers = g_steal_pointer (&parsed);
      if (byline != NULL)
        *byline = g_steal_pointer (&middle);
      return TRUE;
    }
  return FALSE;
}

void
lineup_byline_split (const gchar  *text,
                     gchar       **title,
                     gchar       **byline)
{
  lineup_byline_split_parse (text, title, byline, NULL);
}

/* Whether every one of @speakers has a full name ("Ada Lovelace"), not a
 * product's ("Amazon Kinesis Data Streams", "AWS Lambda"). */
static gboolean
all_full_names (GPtrArray *speakers)
{
  for (guint i = 0; speakers != NULL && i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      if (lineup_byline_is_cjk_name (speaker->name))
        continue;
      if (strchr (speaker->name, ' ') == NULL || !lineup_byline_may_be_person (speaker->name))
        return FALSE;
    }
  return speakers != NULL && speakers->len > 0;
}

/* Around a split, one side people (@head_is or @tail_is, not both) and the
 * other the title: the outputs; FALSE (none set) when not one side only. */
static gboolean
give_sides (const gchar  *head,
            const gchar  *tail,
            gboolean      head_is,
            gboolean      tail_is,
            GPtrArray   **head_people,
            GPtrArray   **tail_people,
            gchar       **title,
            gchar       **byline,
            GPtrArray   **speakers)
{
  if (head_is == tail_is)
    return FALSE;
  if (title != NULL)
    *title = g_strdup (head_is ? tail : head);
  if (speakers != NULL)
    *speakers = g_steal_pointer ((head_is ? head_people : tail_people));
  if (byline != NULL)
    *byline = g_strdup (head_is ? head : tail);
  return TRUE;
}

/* "Tali Dekel: Pretrained diffusion is all we need" (the speakers, then the
 * title) and "Panel Discussion: Arash Vahdat, Ruiqi Gao, Tim Salimans" (a
 * title, then several speakers) around the first colon.  Full names only,
 * one side people and the other not. */
/* "What's Next for Containers", "How We Ship": a subtitle that asks; what
 * the colon follows is a title too ("Full Speed Ahead: What's Next…"), not
 * its speaker. */
static gboolean
opens_with_question (const gchar *text)
{
  static const gchar * const questions[] = {
    "what", "what's", "what\xE2\x80\x99s", "how", "why", "when", "where", "who", "which",
    "is", "are", "can", "should", "do", "does", NULL
  };
  g_autofree gchar *first = g_ascii_strdown (text, (gssize) strcspn (text, " "));

  return g_strv_contains (questions, first);
}

/* "GitHub Live Presentation", "Lightning Talk": a kind of talk, by its
 * last word, is no one's name. */
gboolean
lineup_byline_names_a_kind (const gchar *text)
{
  static const gchar * const kinds[] = {
    "talk", "talks", "keynote", "panel", "workshop", "tutorial", "demo", "presentation",
    "lecture", "session", "paper", "papers", "spotlight", "poster", NULL
  };
  g_autofree gchar *folded = g_ascii_strdown (text, -1);
  const gchar *last = strrchr (g_strstrip (folded), ' ');

  return g_strv_contains (kinds, last != NULL ? last + 1 : folded);
}

/* "Name (Org)": one bracket, last. */
static gboolean
ends_with_one_bracket (const gchar *text)
{
  const gchar *open = strchr (text, '(');

  return open != NULL && open > text && strchr (open + 1, '(') == NULL &&
         strchr (text, ')') == text + strlen (text) - 1;
}

static gboolean
split_colon_byline (const gchar  *text,
                    gchar       **title,
                    gchar       **byline,
                    GPtrArray   **speakers)
{
  const gchar *colon = strstr (text, ": ");
  g_autofree gchar *head = NULL;
  g_autofree gchar *tail = NULL;
  g_autoptr(GPtrArray) head_people = NULL;
  g_autoptr(GPtrArray) tail_people = NULL;
  gboolean head_is = FALSE, tail_is = FALSE;
  const gchar *by;

  /* "Comprendre la Mémoire : du matériel…": French sets its colon apart,
   * before a subtitle */
  if (colon == NULL || colon == text || colon[-1] == ' ')
    return FALSE;
  head = g_strstrip (g_strndup (text, (gsize) (colon - text)));
  tail = g_strstrip (g_strdup (colon + 2));
  /* "Team Presentations (2-3 minutes, code: no slides!)": one bracket; the
   * speaker's organisation may close the head ("佐藤雅彦(京都大学): Title") */
  if (*head == '\0' || *tail == '\0' || strpbrk (head, "[]0123456789") != NULL ||
      (strpbrk (head, "()") != NULL && !ends_with_one_bracket (head)) ||
      strpbrk (tail, "[]") != NULL ||
      (strpbrk (tail, "()") != NULL && strchr (head, '(') == NULL))
    return FALSE;
  /* "Invited Talk by Sebastian Ruder, Google: Towards Massively
   * Multilingual Modular Models": a kind of talk and its speakers head
   * the title */
  if ((by = strstr (head, " by ")) != NULL)
    {
      g_autofree gchar *kind = g_strndup (head, (gsize) (by - head));

      if (lineup_byline_names_a_kind (kind) && looks_like_people (by + 4, &head_people) &&
          all_full_names (head_people))
        return give_sides (by + 4, tail, TRUE, FALSE, &head_people, &tail_people, title, byline,
                           speakers);
      g_clear_pointer (&head_people, g_ptr_array_unref);
    }
  head_is = !lineup_byline_names_a_kind (head) && looks_like_people (head, &head_people) &&
            all_full_names (head_people) && !opens_with_question (tail);
  tail_is = looks_like_people (tail, &tail_people) && all_full_names (tail_people) &&
            tail_people->len >= 2;
  /* "Zero-Shot Shared Task Winners: Massimo Nicosia and Francesco
   * Piccinno, Google": capitalised words before, several people after */
  if (head_is && tail_is && head_people->len == 1 && !has_affiliation (head_people))
    head_is = FALSE;
  return give_sides (head, tail, head_is, tail_is, &head_people, &tail_people, title, byline,
                     speakers);
}

/* "Dana Scott<TAB>Looking Backward; Looking Forward": a programme typed as
 * columns parts its speakers and title with a tab, either side first (one
 * side people, the other not). */
static gboolean
split_tab_byline (const gchar  *text,
                  gchar       **title,
                  gchar       **byline,
                  GPtrArray   **speakers)
{
  g_autofree gchar *trimmed = g_strstrip (g_strdup (text));
  const gchar *tab = strchr (trimmed, '\t');
  g_autofree gchar *head = NULL;
  g_autofree gchar *tail = NULL;
  g_autoptr(GPtrArray) head_people = NULL;
  g_autoptr(GPtrArray) tail_people = NULL;
  gboolean head_is, tail_is;

  if (tab == NULL)
    return FALSE;
  head = g_strstrip (g_strndup (trimmed, (gsize) (tab - trimmed)));
  tail = g_strstrip (g_strdup (tab + 1));
  if (*head == '\0' || *tail == '\0' || strchr (tail, '\t') != NULL)
    return FALSE;
  head_is = looks_like_people (head, &head_people) && all_full_names (head_people);
  tail_is = looks_like_people (tail, &tail_people) && all_full_names (tail_people);
  /* "Neil Lawrence, Univ. of Sheffield<TAB>Multi-output GPs": both read as
   * names; the side that gives an organisation is the people */
  if (head_is && tail_is && has_affiliation (head_people) != has_affiliation (tail_people))
    {
      head_is = has_affiliation (head_people);
      tail_is = !head_is;
    }
  return give_sides (head, tail, head_is, tail_is, &head_people, &tail_people, title, byline,
                     speakers);
}

/* "田中哲(産総研)「Coq からの C コード生成」", 'HUGUNIN, Jasper(東工大)
 * "Inductive types"': the speakers, then the title in quotes that end the
 * text. */
static gboolean
split_quoted_title (const gchar  *text,
                    gchar       **title,
                    gchar       **byline,
                    GPtrArray   **speakers)
{
  static const struct { const gchar *open, *close; } quotes[] = {
    { "\xE3\x80\x8C", "\xE3\x80\x8D" },   /* 「」 */
    { "\xE3\x80\x8E", "\xE3\x80\x8F" },   /* 『』 */
    { "\xE2\x80\x9C", "\xE2\x80\x9D" },   /* “” */
    { "\"", "\"" },
  };
  g_autofree gchar *trimmed = g_strstrip (g_strdup (text));
  gsize length = strlen (trimmed);

  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    {
      gsize close = strlen (quotes[i].close);
      const gchar *open;
      g_autofree gchar *head = NULL;
      g_autoptr(GPtrArray) people = NULL;
      gsize head_length;

      if (length <= close || !g_str_has_suffix (trimmed, quotes[i].close))
        continue;
      open = g_strrstr_len (trimmed, (gssize) (length - close), quotes[i].open);
      if (open == NULL || open == trimmed)
        return FALSE;
      head_length = (gsize) (open - trimmed);
      while (head_length > 0 && strchr (" :-,", trimmed[head_length - 1]) != NULL)
        head_length--;
      head = g_strndup (trimmed, head_length);
      if (*head == '\0' || !looks_like_people (head, &people))
        return FALSE;
      if (title != NULL)
        *title = g_strndup (open + strlen (quotes[i].open),
                            (gsize) (trimmed + length - close - open - strlen (quotes[i].open)));
      if (byline != NULL)
        *byline = g_steal_pointer (&head);
      if (speakers != NULL)
        *speakers = g_steal_pointer (&people);
      return TRUE;
    }
  return FALSE;
}

/* "Lecture 1.a (Blitvic)", "Problem Session 2 (Ana Lima, Bo Li)": a kind of
 * talk, its number perhaps, then its speakers in brackets, names alone (a
 * surname will do beside a kind).  Returns the bracket's text, or NULL. */
gchar *
lineup_byline_kind_then_people (const gchar *text)
{
  g_autofree gchar *head = g_strstrip (g_strdup (text));
  g_autoptr(GPtrArray) people = NULL;
  gsize len = strlen (head);
  gchar *open, *last;
  guint words = 1;

  if (len < 4 || head[len - 1] != ')' || (open = strrchr (head, '(')) == NULL || open == head)
    return NULL;
  head[len - 1] = '\0';
  *open = '\0';
  g_strstrip (head);
  /* "1.a", "#3": the number of a series' part */
  while ((last = strrchr (head, ' ')) != NULL && strpbrk (last + 1, "0123456789") != NULL)
    *last = '\0';
  for (const gchar *p = head; *p != '\0'; p++)
    words += *p == ' ';
  if (words > 3 || strpbrk (head, "0123456789") != NULL || !lineup_byline_names_a_kind (head) ||
      strpbrk (open + 1, "()0123456789" TITLE_MARKS) != NULL)
    return NULL;
  people = lineup_byline_parse (open + 1);
  if (people->len == 0)
    return NULL;
  for (guint i = 0; i < people->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (people, i);

      if (speaker->affiliation != NULL || !lineup_byline_name_shape (speaker->name).plausible)
        return NULL;
    }
  return g_strstrip (g_strdup (open + 1));
}

/* "Lecture 1.a (Blitvic): Positivity everywhere": the title as written, its
 * speakers the bracket's. */
static gboolean
split_kind_bracket (const gchar  *text,
                    gchar       **title,
                    gchar       **byline,
                    GPtrArray   **speakers)
{
  const gchar *colon = strstr (text, "): ");
  g_autofree gchar *head = NULL;
  g_autofree gchar *people = NULL;

  if (colon == NULL)
    return FALSE;
  head = g_strndup (text, (gsize) (colon + 1 - text));
  people = lineup_byline_kind_then_people (head);
  if (people == NULL || colon[3 + strspn (colon + 3, " \t")] == '\0')
    return FALSE;
  if (speakers != NULL)
    *speakers = lineup_byline_parse (people);
  if (title != NULL)
    *title = g_strstrip (g_strdup (text));
  if (byline != NULL)
    *byline = g_steal_pointer (&people);
  return TRUE;
}

/* "T. Naberink", "A. ter Braack", "J.R. Tolkien": a name written as its
 * initials then the surname, the last word capitalised. */
#define MAX_SURNAME_WORDS 3

static gboolean
initials_then_surname (const gchar *name)
{
  const gchar *p = name;
  g_auto(GStrv) words = NULL;
  guint initials = 0, n;

  while (g_ascii_isupper (p[0]) && p[1] == '.')
    {
      initials++;
      for (p += 2; *p == ' '; p++)
        ;
    }
  if (initials == 0 || *p == '\0')
    return FALSE;
  words = g_strsplit (p, " ", -1);
  n = g_strv_length (words);
  if (n > MAX_SURNAME_WORDS || !g_unichar_isupper (g_utf8_get_char (words[n - 1])))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (strlen (words[i]) < 2 || strpbrk (words[i], ".,;:0123456789") != NULL)
      return FALSE;
  return TRUE;
}

/* "Docenten en AI." before "T. Naberink": the full stop ended the title;
 * "Burg. en nat.mus." and "Soci. Sc. Iss.", abbreviated, keep theirs. */
static gchar *
title_before_initials (const gchar *text,
                       const gchar *stop)
{
  gchar *title = clean_title (text, (gsize) (stop - text));

  if (strchr (title, '.') != NULL)
    {
      gchar *dotted = g_strconcat (title, ".", NULL);

      g_free (title);
      return dotted;
    }
  return title;
}

/* lineup_byline_split_stop() at the full stop @stop of @text. */
static gboolean
split_at_stop (const gchar  *text,
               const gchar  *stop,
               gchar       **title,
               gchar       **byline,
               GPtrArray   **speakers)
{
  g_autofree gchar *right = g_strstrip (g_strdup (stop + 2));
  g_autoptr(GPtrArray) people = NULL;
  gsize length = strlen (right);
  gboolean initialled;

  if (length > 0 && right[length - 1] == '.')
    right[length - 1] = '\0';
  if (!looks_like_people (right, &people))
    return FALSE;
  initialled = people->len == 1 &&
               initials_then_surname (((LineupSpeaker *) g_ptr_array_index (people, 0))->name);
  if (!initialled && (people->len < 2 || !all_full_names (people)))
    return FALSE;
  if (title != NULL)
    *title = initialled ? title_before_initials (text, stop)
                        : clean_title (text, (gsize) (stop - text));
  if (byline != NULL)
    *byline = g_steal_pointer (&right);
  if (speakers != NULL)
    *speakers = g_steal_pointer (&people);
  return TRUE;
}

gboolean
lineup_byline_split_stop (const gchar  *text,
                          gchar       **title,
                          gchar       **byline,
                          GPtrArray   **speakers)
{
  const gchar *first_space = strchr (text, ' ');

  /* right to left: "Scott T. Grafton" holds a full stop too */
  for (const gchar *stop = g_strrstr (text, ". "); stop != NULL && stop - text >= 8;
       stop = g_strrstr_len (text, stop - text, ". "))
    if (first_space < stop && !(g_ascii_isupper (stop[-1]) && stop[-2] == ' ') &&
        split_at_stop (text, stop, title, byline, speakers))
      return TRUE;   /* (not at an initial's full stop) */
  return FALSE;
}

/* "similar to her session": three words or more from @start to @end. */
static gboolean
is_remark (const gchar *start,
           const gchar *end)
{
  guint spaces = 0;

  for (const gchar *p = start; p < end; p++)
    spaces += *p == ' ' && p[1] != ' ';
  return spaces >= 2;
}

/* "Git 101 (Morten Nielsen)", "Panel (Ada Lovelace, Alan Turing)": the
 * people in a last bracket, full names, after the title. */
static gboolean
split_bracketed_people (const gchar  *text,
                        gchar       **title,
                        gchar       **byline,
                        GPtrArray   **speakers)
{
  gsize len = strlen (text);
  const gchar *open;
  g_autofree gchar *inside = NULL;
  g_autofree gchar *left = NULL;
  g_autoptr(GPtrArray) people = NULL;
  const gchar *last, *comma;

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  if (len < 4 || text[len - 1] != ')' ||
      (open = g_strrstr_len (text, (gssize) len, "(")) == NULL || open == text || open[-1] != ' ')
    return FALSE;
  /* "Title (Name, Org) (similar to her session at CloudOpen)": a remark
   * in lower case after the people's bracket */
  if (g_unichar_islower (g_utf8_get_char (open + 1)) && is_remark (open + 1, text + len - 1) &&
      open - text > 2 && open[-2] == ')')
    {
      len = (gsize) (open - 1 - text);
      if ((open = g_strrstr_len (text, (gssize) len, "(")) == NULL || open == text ||
          open[-1] != ' ')
        return FALSE;
    }
  inside = g_strndup (open + 1, (gsize) (text + len - 1 - (open + 1)));
  left = clean_title (text, (gsize) (open - text));
  /* "(Talk, Yasset Perez-Riverol, EMBL-EBI, UK)": the talk's kind first */
  if ((comma = strchr (inside, ',')) != NULL && comma - inside < 24)
    {
      g_autofree gchar *kind = g_strndup (inside, (gsize) (comma - inside));

      if (lineup_byline_names_a_kind (kind))
        memmove (inside, comma + 1, strlen (comma + 1) + 1);
      g_strstrip (inside);
    }
  /* "(Room 4)", "(Visboekzaal B)": a place, its number or letter last */
  last = strrchr (inside, ' ');
  if (*left == '\0' || last == NULL || strlen (last + 1) < 2 || strpbrk (inside, "()0123456789") != NULL ||
      !looks_like_people (inside, &people) || !all_full_names (people))
    return FALSE;
  if (speakers != NULL)
    *speakers = g_steal_pointer (&people);
  if (title != NULL)
    *title = g_steal_pointer (&left);
  if (byline != NULL)
    *byline = g_steal_pointer (&inside);
  return TRUE;
}

gboolean
lineup_byline_split_trailing (const gchar  *text,
                              gchar       **title,
                              gchar       **byline)
{
  for (const gchar *comma = g_strrstr (text, ", "); comma != NULL && comma > text;
       comma = g_strrstr_len (text, comma - text, ", "))
    {
      g_autoptr(GPtrArray) parsed = NULL;
      g_autofree gchar *left = NULL;

      if (strlen (comma + 2) > MAX_BYLINE_BYTES)
        return FALSE;
      if (!looks_like_people (comma + 2, &parsed) || !all_full_names (parsed) ||
          !has_affiliation (parsed))
        continue;
      left = clean_title (text, (gsize) (comma - text));
      if (strchr (left, ' ') == NULL)
        return FALSE;
      *title = g_steal_pointer (&left);
      *byline = g_strstrip (g_strdup (comma + 2));
      return TRUE;
    }
  return FALSE;
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

  if (split_kind_byline (text, title, byline, speakers) ||
      split_kind_bracket (text, title, byline, speakers) ||
      split_tab_byline (text, title, byline, speakers))
    return;
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

  if (split_colon_byline (text, title, byline, speakers) ||
      lineup_byline_split_stop (text, title, byline, speakers) ||
      split_bracketed_people (text, title, byline, speakers) ||
      split_quoted_title (text, title, byline, speakers))
    return;
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
