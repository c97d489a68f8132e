/* lineup-post-reader-people.c — "Simon Bein, Lovro Sviben": two people, or a
 * person and an organisation?
 *
 * A comma in a byline usually gives an affiliation ("Name, Org").  Some posts
 * write only names, a comma between two people.  The post itself tells
 * which: a talk given by a name alone, and no comma part anywhere that reads
 * as an organisation (one word, an organisation's word, a digit); or a
 * comma part that is, in another talk of the post, a speaker of their own.
 * Then the commas of the post's plain bylines separate people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-text.h"

/* Past this many talks the post is a generated schedule, not a blog post
 * with a few bylines written by hand: its bylines stay as they are, split
 * only when shown. */
#define MAX_TALKS 2000

typedef struct
{
  Talk      *talk;
  gchar     *title;    /* the title without its byline, when split from it */
  gchar    **parts;    /* the byline's comma parts, trimmed */
} Byline;

static void
byline_clear (gpointer data)
{
  Byline *b = data;

  g_free (b->title);
  g_strfreev (b->parts);
}

/* Plain bylines: names and commas only.  "&", "and", ";", brackets and "@"
 * have rules of their own (lineup-byline-parse.c). */
static gboolean
is_plain (const gchar *byline)
{
  return strpbrk (byline, "&;()@") == NULL && strstr (byline, " and ") == NULL;
}

typedef struct
{
  GArray     *bylines;   /* Byline: the plain ones */
  GHashTable *known;     /* names that are a talk's first or only speaker */
  guint       alone;     /* talks given by one name alone */
  gboolean    orgs;      /* a comma part reads as an organisation */
} People;

static void
collect (People *people,
         Talk   *talk)
{
  g_autofree gchar *title = NULL;
  g_autofree gchar *split = NULL;
  const gchar *byline = talk->byline;
  Byline b = { talk, NULL, NULL };

  if (byline == NULL)
    {
      lineup_byline_split (talk->title, &title, &split);
      byline = split;
    }
  if (byline == NULL)
    return;
  if (!is_plain (byline))
    {
      people->orgs |= strchr (byline, ',') != NULL;
      return;
    }
  b.parts = g_strsplit (byline, ",", -1);
  for (guint i = 0; b.parts[i] != NULL; i++)
    g_strstrip (b.parts[i]);
  if (lineup_byline_may_be_person (b.parts[0]))
    g_hash_table_add (people->known, g_strdup (b.parts[0]));
  if (b.parts[1] == NULL)
    {
      people->alone += lineup_byline_may_be_person (b.parts[0]);
      g_strfreev (b.parts);
      return;
    }
  for (guint i = 1; b.parts[i] != NULL; i++)
    people->orgs |= !lineup_byline_may_be_person (b.parts[i]);
  b.title = split != NULL ? g_steal_pointer (&title) : NULL;
  g_array_append_val (people->bylines, b);
}

/* Whether every part of @b may be a person and one after the first is a
 * speaker of another talk. */
static gboolean
names_a_known_speaker (People       *people,
                       const Byline *b)
{
  gboolean known = FALSE;

  for (guint i = 0; b->parts[i] != NULL; i++)
    {
      if (!lineup_byline_may_be_person (b->parts[i]))
        return FALSE;
      known |= i > 0 && g_hash_table_contains (people->known, b->parts[i]);
    }
  return known;
}

void
lineup_post_reader_read_commas_as_people (Reader *reader)
{
  People people = { 0 };

  if (reader->talks->len > MAX_TALKS)
    return;
  people.bylines = g_array_new (FALSE, TRUE, sizeof (Byline));
  g_array_set_clear_func (people.bylines, byline_clear);
  people.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < reader->talks->len; i++)
    collect (&people, g_ptr_array_index (reader->talks, i));

  for (guint i = 0; i < people.bylines->len; i++)
    {
      Byline *b = &g_array_index (people.bylines, Byline, i);

      if (!((people.alone > 0 && !people.orgs) || names_a_known_speaker (&people, b)))
        continue;
      g_free (b->talk->byline);
      b->talk->byline = g_strjoinv (" & ", b->parts);
      if (b->title != NULL)
        {
          g_free (b->talk->title);
          b->talk->title = g_steal_pointer (&b->title);
        }
    }

  g_array_unref (people.bylines);
  g_hash_table_unref (people.known);
}

/* The one capitalised word ("Sen", "Löfdahl", no acronym) in the brackets
 * that end @talk's title, when it has no byline; NULL when none. */
static gchar *
bracket_word (const Talk *talk)
{
  const gchar *open, *p;
  gsize length;

  if (talk->title == NULL || talk->byline != NULL || !g_str_has_suffix (talk->title, ")") ||
      (open = strrchr (talk->title, '(')) == NULL ||
      lineup_post_count_letters (talk->title, (gssize) (open - talk->title)) < 3)
    return NULL;
  length = strlen (open + 1) - 1;
  if (length < 2 || !g_unichar_isupper (g_utf8_get_char (open + 1)))
    return NULL;
  for (p = g_utf8_next_char (open + 1); p < open + 1 + length; p = g_utf8_next_char (p))
    if (!g_unichar_islower (g_utf8_get_char (p)))
      return NULL;
  return g_strndup (open + 1, length);
}

void
lineup_post_reader_read_bracket_surnames (Reader *reader)
{
  g_autoptr(GHashTable) talks_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint bracketed = 0, repeated = 0;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      gchar *word = bracket_word (g_ptr_array_index (reader->talks, i));
      guint n;

      if (word == NULL)
        continue;
      bracketed++;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (talks_of, word)) + 1;
      repeated += n == 2;
      g_hash_table_replace (talks_of, word, GUINT_TO_POINTER (n));
    }
  if (repeated == 0 || bracketed < MIN_BRACKET_SURNAMES)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);
      g_autofree gchar *word = bracket_word (talk);

      if (word == NULL)
        continue;
      *strrchr (talk->title, '(') = '\0';
      g_strchomp (talk->title);
      talk->byline = g_steal_pointer (&word);
    }
}

/* "Naty Clementi - Room 310/311": the room after the people is the
 * talk's when it has none. */
void
lineup_post_reader_take_byline_room (Talk *talk)
{
  g_autofree gchar *room = NULL;

  if (talk->byline == NULL || (room = lineup_post_layouts_cut_room_tail (talk->byline)) == NULL)
    return;
  if (talk->room == NULL)
    talk->room = g_steal_pointer (&room);
}

/* "Title (Name, Name)" or "Title (Name): subtitle", a timetable line with
 * no link and no byline: the parentheses hold the speakers when they read
 * as people ("(temperature index model)", "(WG LTS)" do not).  The title
 * loses them: "Title", "Title: subtitle". */
void
lineup_post_reader_take_paren_byline (Talk *talk)
{
  const gchar *open, *close, *rest;
  g_autofree gchar *inner = NULL;
  g_autofree gchar *head = NULL;
  g_autofree gchar *room = NULL;

  if (talk->title == NULL || talk->byline != NULL || talk->url != NULL)
    return;
  if ((open = strrchr (talk->title, '(')) == NULL || open == talk->title ||
      (close = strchr (open, ')')) == NULL ||
      lineup_post_names_person_at_end (talk->title, (gsize) (open - talk->title)))
    return;
  rest = close + 1;
  while (*rest == ' ')
    rest++;
  if (*rest != '\0' && *rest != ':')
    return;
  inner = g_strstrip (g_strndup (open + 1, (gsize) (close - open - 1)));
  /* "(Jake Vanderplas; OUGL)", "(Name; Room 2)": the room after the people */
  room = lineup_post_layouts_cut_room_tail (inner);
  if (*inner == '\0' || !g_ascii_isupper (inner[0]) || !lineup_byline_looks_like_people (inner))
    return;
  for (const gchar *p = inner; *p != '\0'; p++)
    if ((p == inner || p[-1] == ' ') && g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]))
      return;   /* "(WG LTS)": an acronym is no name */
  head = g_strstrip (g_strndup (talk->title, (gsize) (open - talk->title)));
  if (*head == '\0')
    return;
  {
    /* @rest points into the old title: the new one is made first */
    gchar *title = *rest == ':' ? g_strconcat (head, rest, NULL) : g_steal_pointer (&head);

    talk->unsplit_title = talk->title;
    talk->title = title;
  }
  g_strdelimit (inner, "&", ',');
  talk->byline = g_steal_pointer (&inner);
  if (talk->room == NULL)
    talk->room = g_steal_pointer (&room);
}

/* Whether @note ("50 mins", "1.5 hrs; open to all") opens with a length of
 * time. */
static gboolean
is_length_note (const gchar *note)
{
  static const gchar * const units[] = { "min", "mins", "minutes", "hr", "hrs", "hour", "hours", NULL };
  const gchar *p = note;
  g_autofree gchar *unit = NULL;
  const gchar *start;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == '.')
    p++;
  while (*p == ' ')
    p++;
  start = p;
  while (g_ascii_isalpha (*p))
    p++;
  unit = g_ascii_strdown (start, p - start);
  return g_strv_contains (units, unit);
}

/* "(long)", "(short paper)", "(abstract)": the kind of a paper in a
 * workshop's programme, after its title; or a mark ("(*)") its footnote
 * explains. */
static gboolean
is_paper_kind_note (const gchar *inside,
                    gsize        length)
{
  static const gchar * const kinds[] = {
    "long", "short", "abstract", "long paper", "short paper", "extended abstract",
    "position paper", "demo paper", "poster", NULL
  };
  g_autofree gchar *folded = g_ascii_strdown (inside, (gssize) length);

  /* "(*)", "(#)": a footnote's mark */
  if (length > 0 && strspn (inside, "*#+") == length)
    return TRUE;
  return g_strv_contains (kinds, g_strstrip (folded));
}

/* "[Sunday 16:00 Sunday 16:00 NGI Zero: …](…)": the talk's own day and time
 * written again at the start of its title (a slip) are not part of it. */
static void
drop_repeated_slot (Talk *talk)
{
  LineupSlot slot;

  if ((talk->found & LINEUP_SLOT_TIME) == 0 ||
      (lineup_slot_scan (talk->title, &slot) & LINEUP_SLOT_TIME) == 0 || slot.span_start != 0 ||
      slot.start_minute != talk->slot.start_minute || slot.weekday != talk->slot.weekday ||
      lineup_post_count_letters (talk->title + slot.span_end, -1) < 3)
    return;
  memmove (talk->title, talk->title + slot.span_end, strlen (talk->title + slot.span_end) + 1);
  g_strchug (talk->title);
}

/* "Overview of Julia (@Mauro)": a bracket of handles after the title is its
 * speakers (lineup_post_handles_as_names()).  The bracket's start, or NULL
 * when the title ends in no such bracket or the talk has its byline. */
static gchar *
handles_bracket (Talk   *talk,
                 gsize   length)
{
  gchar *title = talk->title;
  gchar *open = length > 0 && title[length - 1] == ')'
                ? g_strrstr_len (title, (gssize) length, " (@") : NULL;
  g_autofree gchar *inner = NULL;

  if (open == NULL || talk->byline != NULL)
    return NULL;
  inner = g_strndup (open + 2, (gsize) (title + length - 1 - (open + 2)));
  talk->byline = lineup_post_handles_as_names (inner);
  return talk->byline != NULL ? open : NULL;
}

/* "KEP BoF [50 mins]", "Code Review - @lavalamp", "State of Networking w/
 * @thockin": a length in brackets, a paper's kind in brackets ("(long)")
 * and handles at the end are notes, not part of the title; "w/ …" or " - "
 * before the handles goes with them. */
/* " (https://git.io/vKIVE)": an address in brackets, left out of @title
 * wherever it is. */
static void
drop_bracketed_addresses (gchar *title)
{
  gchar *open;

  while ((open = strstr (title, " (http")) != NULL)
    {
      gchar *close = strchr (open, ')');

      if (close == NULL || memchr (open + 2, ' ', (gsize) (close - open - 2)) != NULL ||
          !(g_str_has_prefix (open + 2, "http://") || g_str_has_prefix (open + 2, "https://")))
        return;
      memmove (open, close + 1, strlen (close + 1) + 1);
    }
}

void
lineup_post_reader_trim_title_notes (Talk *talk)
{
  gchar *title = talk->title;
  gsize length;
  gchar *open, *w;
  gboolean handles = FALSE;

  if (title == NULL)
    return;
  /* "Chef ❤ Foreman (https://git.io/vKIVg) - Alex Balk" */
  drop_bracketed_addresses (title);
  /* "[EN] Bayer Pattern and Image Quality": the talk's language first */
  if ((title[0] == '[' || title[0] == '(') && g_ascii_isupper (title[1]) &&
      g_ascii_isupper (title[2]) && title[3] == (title[0] == '[' ? ']' : ')') &&
      title[4] == ' ' && lineup_post_count_letters (title + 5, -1) >= 3)
    memmove (title, title + 5, strlen (title + 5) + 1);
  /* "Oral presentation 1 - Title", "Talk 5: Title" */
  lineup_post_layouts_cut_numbered_talk (title);
  drop_repeated_slot (talk);
  title = talk->title;
  length = strlen (title);
  while (length > 0 && title[length - 1] == ' ')
    length--;
  if (length > 0 && title[length - 1] == ']' &&
      (open = g_strrstr_len (title, (gssize) length, " [")) != NULL && is_length_note (open + 2))
    length = (gsize) (open - title);
  else if (length > 0 && title[length - 1] == ')' &&
           (open = g_strrstr_len (title, (gssize) length, " (")) != NULL &&
           is_paper_kind_note (open + 2, (gsize) (title + length - 1 - (open + 2))))
    length = (gsize) (open - title);
  if ((open = handles_bracket (talk, length)) != NULL)
    length = (gsize) (open - title);
  /* trailing "@handle" words */
  for (;;)
    {
      gsize start = length;

      while (start > 0 && title[start - 1] != ' ')
        start--;
      if (start == 0 || title[start] != '@' || start + 1 >= length)
        break;
      handles = TRUE;
      length = start;
      while (length > 0 && title[length - 1] == ' ')
        length--;
    }
  if (handles)
    {
      title[length] = '\0';
      if ((w = strstr (title, " w/")) != NULL && w > title)
        length = (gsize) (w - title);
      else if (length > 2 && title[length - 1] == '-' && title[length - 2] == ' ')
        length -= 2;
    }
  while (length > 0 && title[length - 1] == ' ')
    length--;
  if (length > 0)
    title[length] = '\0';
  lineup_post_reader_drop_session_code (talk);
}

/* "OPN311 - Extending OpenSearch", "PAR6385 -- Title" → "Extending
 * OpenSearch": the code a conference's catalogue gives the session is not
 * its title.  A title read as a bare code with a "byline" after its dash
 * ("OPN311" by "Extending OpenSearch") takes the byline back as its title. */
/* "Tutorial PM6: Making Galaxy Work", "BoF B4: …": a kind, then the
 * session's code (one to three capitals, one or two digits) before the
 * colon; the length of " PM6" after the kind, or 0. */
static gsize
kind_code_length (const gchar *title,
                  gsize       *kind)
{
  gsize k = 0, letters = 0, digits = 0;

  while (g_ascii_isalpha (title[k]))
    k++;
  if (k < 3 || title[k] != ' ')
    return 0;
  while (g_ascii_isupper (title[k + 1 + letters]))
    letters++;
  while (g_ascii_isdigit (title[k + 1 + letters + digits]))
    digits++;
  if (letters < 1 || letters > 3 || digits < 1 || digits > 2 ||
      title[k + 1 + letters + digits] != ':')
    return 0;
  *kind = k;
  return 1 + letters + digits;
}

void
lineup_post_reader_drop_session_code (Talk *talk)
{
  gsize code = lineup_post_session_code_length (talk->title);
  const gchar *rest = talk->title + code;
  gsize kind = 0, kind_code = kind_code_length (talk->title, &kind);
  gchar *title;

  if (kind_code > 0)
    {
      memmove (talk->title + kind, talk->title + kind + kind_code,
               strlen (talk->title + kind + kind_code) + 1);
      return;
    }
  if (code == 0)
    return;
  if (*rest == '\0' && talk->byline != NULL && !lineup_byline_looks_like_people (talk->byline))
    {
      g_free (talk->title);
      talk->title = g_steal_pointer (&talk->byline);
      return;
    }
  if (!g_str_has_prefix (rest, " - ") && !g_str_has_prefix (rest, ": ") &&
      !g_str_has_prefix (rest, " -- ") &&
      !g_str_has_prefix (rest, " \xE2\x80\x93 ") && !g_str_has_prefix (rest, " \xE2\x80\x94 "))
    return;
  rest = strchr (rest + 1, ' ');
  if (rest == NULL || strlen (rest) < 4)
    return;
  title = g_strdup (rest + 1);
  g_free (talk->title);
  talk->title = title;
}

/* "[Chad Fowler - Disposable Components](…)", "[Yehuda Katz - Off the Menu:
 * Building a Client-Side](…)": a post may name the speaker before the dash
 * in every title.  The talks whose title cannot be read the other way
 * round (a full name before the dash, no people after it) say so, when
 * they are several and hardly any talk reads "Title - Name"; then every
 * talk whose title opens with a full name and a dash is read that way,
 * "Xavier Noria - Numerical Ruby" too. */
#define MIN_PEOPLE_FIRST 2

/* The part of @title before its first spaced dash, and where what follows
 * it starts; NULL when it has none. */
static gchar *
before_first_dash (const gchar  *title,
                   const gchar **rest)
{
  gsize length = 0;
  const gchar *dash = lineup_post_find_dash (title, &length);

  if (dash == NULL)
    return NULL;
  *rest = dash + length;
  return g_strndup (title, (gsize) (dash - title));
}

/* A talk without a byline whose title opens with a part before a dash:
 * that part, and the rest after the dash in @rest; NULL otherwise. */
static gchar *
head_of_title (const Talk   *talk,
               const gchar **rest)
{
  gchar *head;

  if (talk->byline != NULL || talk->title == NULL ||
      (head = before_first_dash (talk->title, rest)) == NULL)
    return NULL;
  if (**rest == '\0')
    g_clear_pointer (&head, g_free);
  return head;
}

/* "Sean Brady", "Michael Neuling / Anton Blanchard": one person, or a few,
 * by their names alone. */
static gboolean
names_people (const gchar *head)
{
  g_autoptr(GPtrArray) speakers = NULL;

  if (lineup_byline_may_be_person (head))
    return TRUE;
  if (strchr (head, ',') != NULL || strchr (head, '(') != NULL)
    return FALSE;
  speakers = lineup_byline_parse (head);
  for (guint i = 0; i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      if (speaker->affiliation != NULL || !lineup_byline_may_be_person (speaker->name))
        return FALSE;
    }
  return speakers->len > 1;
}

void
lineup_post_reader_read_people_first (Reader *reader)
{
  guint first = 0, last = 0;

  if (reader->talks->len > MAX_TALKS)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      const gchar *rest = NULL;
      g_autofree gchar *head = head_of_title (g_ptr_array_index (reader->talks, i), &rest);
      gboolean people_after;

      if (head == NULL)
        continue;
      people_after = lineup_byline_looks_like_people (rest);
      first += names_people (head) && !people_after;
      last += people_after && !lineup_byline_looks_like_people (head);
    }
  if (first < MIN_PEOPLE_FIRST || first <= 2 * last)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);
      const gchar *rest = NULL;
      g_autofree gchar *head = head_of_title (talk, &rest);
      gchar *title;

      if (head == NULL || !names_people (head))
        continue;
      title = g_strdup (rest);
      talk->byline = g_steal_pointer (&head);
      g_free (talk->title);
      talk->title = title;
    }
}

/* A title under its label is a phrase, not the abstract. */
#define MAX_SECTION_TITLE_WORDS 24

/* "Talk Title", "Talk", "Title": a subheading over a talk's title. */
static gboolean
is_title_label (const gchar *heading)
{
  static const gchar * const labels[] = {
    "talk title", "talk", "title", "topic", "talk name", "session title", "titel", "titre",
    "titulo", "título", "vortrag", NULL
  };
  g_autofree gchar *folded = lineup_text_fold (heading);
  gsize length;

  g_strstrip (folded);
  length = strlen (folded);
  if (length > 0 && folded[length - 1] == ':')
    folded[length - 1] = '\0';
  return g_strv_contains (labels, g_strstrip (folded));
}

/* "## Amy Shackles", "## Taiwo": a heading that may be a person's name. */
static gboolean
may_name_person (const LineupPostUnit *unit)
{
  const gchar *text = unit->text;

  if (unit->has_link || lineup_post_count_words (text) > 4 || strpbrk (text, "0123456789:") != NULL)
    return FALSE;
  return lineup_byline_looks_like_people (text) || lineup_post_layouts_is_first_name (text);
}

/* "## Human Errors" right over "#### Olivier Lacan": a talk's heading, then
 * its speaker's (notes follow).  Opens the talk; FALSE when the heading at
 * @index is no such speaker's. */
static gboolean
title_over_person (Walk   *walk,
                   Reader *reader,
                   guint   index)
{
  const LineupPostUnit *unit = g_ptr_array_index (reader->units, index);
  LineupPostTalk found = { 0 };
  const LineupPostUnit *next;
  LineupSlot slot;
  Talk *talk;

  /* the heading walked last (units are freed as walked): right above, a
   * blank line between at most */
  if (walk->heading == NULL || walk->heading_depth == 0 || walk->heading_depth >= unit->level ||
      walk->heading_line >= unit->line || unit->line - walk->heading_line > 2 ||
      walk->talk != NULL || lineup_post_reader_names_role (walk->heading) ||
      lineup_byline_names_a_kind (unit->text) || lineup_slot_is_day_word (walk->heading) ||
      lineup_slot_scan (walk->heading, &slot) != LINEUP_SLOT_NONE ||
      g_ascii_isdigit (*walk->heading) ||
      /* a full name under a title of words ("## Sessions" over "### Feature
       * Flags Improv" is a group's; "## Jonas" over "### Bio" a person's) */
      strchr (unit->text, ' ') == NULL || strchr (walk->heading, ' ') == NULL)
    return FALSE;
  /* the speaker's heading is over notes: a paragraph, not fields or a list
   * ("### Blue Yonder" over "- Title: …" names an organisation) */
  next = index + 1 < reader->units->len ? g_ptr_array_index (reader->units, index + 1) : NULL;
  if (next == NULL || next->kind != LINEUP_UNIT_PARAGRAPH ||
      lineup_post_layouts_field (next->text, NULL) != LINEUP_POST_FIELD_NONE)
    return FALSE;
  found.title = g_strdup (walk->heading);
  talk = lineup_post_reader_walk_open_talk (walk, reader, unit, &found);
  g_free (found.title);
  talk->byline = g_strdup (unit->text);
  talk->line = walk->heading_line;
  talk->from_fields = TRUE;
  /* the title's heading named no track */
  g_clear_pointer (&talk->track, g_ref_string_release);
  g_clear_pointer (&walk->track, g_free);
  lineup_post_reader_walk_clear_fields (walk);
  return TRUE;
}

gboolean
lineup_post_reader_walk_person_sections (Walk   *walk,
                                         Reader *reader,
                                         guint   index)
{
  const LineupPostUnit *unit = g_ptr_array_index (reader->units, index);
  gboolean title_next = walk->title_next;
  LineupPostTalk found = { 0 };
  Talk *talk;

  walk->title_next = FALSE;
  if (unit->kind == LINEUP_UNIT_HEADING)
    {
      /* "## Human Errors" reads as a name too: what the heading under it
       * says decides */
      if (walk->person != NULL && unit->level > walk->person_level &&
          may_name_person (unit) && title_over_person (walk, reader, index))
        {
          g_clear_pointer (&walk->person, g_free);
          return TRUE;
        }
      if (walk->person != NULL && unit->level > walk->person_level)
        {
          /* "### Talk Title" under the person; "### Bio" is the talk's */
          walk->title_next = is_title_label (unit->text);
          return walk->title_next || (walk->person_talk && walk->talk != NULL);
        }
      g_clear_pointer (&walk->person, g_free);
      walk->person_talk = FALSE;
      if (may_name_person (unit) && title_over_person (walk, reader, index))
        return TRUE;
      if (may_name_person (unit))
        {
          walk->person = g_strdup (unit->text);
          walk->person_level = unit->level;
        }
      return FALSE;
    }
  if (!title_next || unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len != 1 ||
      lineup_post_count_words (unit->text) > MAX_SECTION_TITLE_WORDS)
    return FALSE;
  found.title = g_strdup (unit->text);
  talk = lineup_post_reader_walk_open_talk (walk, reader, unit, &found);
  g_free (found.title);
  g_free (talk->byline);
  talk->byline = g_strdup (walk->person);
  talk->from_fields = TRUE;
  walk->person_talk = TRUE;
  /* the person's heading named no track */
  g_clear_pointer (&talk->track, g_ref_string_release);
  g_clear_pointer (&walk->track, g_free);
  return TRUE;
}

void
lineup_post_reader_talk_find_byline (Talk                 *talk,
                                     const LineupPostUnit *unit)
{
  /* "[**Conférence : Titre par Alice Vasseur et Jean Dupont**](…)": "by"
   * in French or Spanish inside the title */
  if (talk->byline == NULL && talk->title != NULL &&
      (strstr (talk->title, " par ") != NULL || strstr (talk->title, " por ") != NULL))
    {
      g_autofree gchar *bare = NULL;

      if (lineup_post_split_by_byline (talk->title, &bare, &talk->byline))
        {
          g_free (talk->title);
          talk->title = g_steal_pointer (&bare);
        }
    }
  /* "- Name" over "    - Book presentation of Chip War by Chris Miller":
   * the person above is the speaker, the whole line the title */
  if (unit->parent_byline != NULL && unit->lines->len == 1)
    {
      g_free (talk->title);
      g_free (talk->byline);
      talk->title = g_strdup (unit->text);
      talk->byline = g_strdup (unit->parent_byline);
    }
}

/* "\"The art of storytelling\" Gayannee Kedia", "“Visualization” by Verena
 * Resch": a title wholly in quotes, then its speakers.  FALSE when @talk's
 * title is not so (or its byline is known). */
static gboolean
split_quoted_then_people (Talk *talk)
{
  const gchar *rest = NULL;
  g_autofree gchar *quoted = NULL;
  g_autofree gchar *people = NULL;

  if (talk->byline != NULL || talk->title == NULL ||
      (quoted = lineup_text_split_quoted (talk->title, &rest)) == NULL)
    return FALSE;
  people = g_strstrip (g_strdup (lineup_post_skip_speaker_marker (rest)));
  if (*people == '\0' || lineup_post_count_words (people) > LINEUP_POST_MAX_SPEAKER_LINE_WORDS ||
      !lineup_byline_looks_like_people (people))
    return FALSE;
  talk->byline = g_steal_pointer (&people);
  g_free (talk->unsplit_title);
  talk->unsplit_title = talk->title;
  talk->title = g_strstrip (g_steal_pointer (&quoted));
  return TRUE;
}

void
lineup_post_reader_read_quoted_then_people (Reader *reader)
{
  for (guint i = 0; i < reader->talks->len; i++)
    split_quoted_then_people (g_ptr_array_index (reader->talks, i));
}
