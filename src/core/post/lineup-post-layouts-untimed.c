/* lineup-post-layouts-untimed.c — talks listed with their days, without times
 *
 * A liveblog or a trip report lists each day's talks under the day and
 * gives no times:
 *
 *     **THURSDAY 7/13**
 *     * Tammy Butow - Go reliability and durability at Dropbox
 *     * Russ Cox - The future of Go
 *
 * An item of the list right under a day is a talk when it reads as one:
 * a title and the people who give it, on either side of a dash, the same
 * side in most items of the list.  Items that do not ("Lunch", "Slides
 * are on GitHub") stay out.
 *
 * A meetup series lists each evening's talk after its date:
 *
 *     * 2014-01-30: Francesco Mazzoli - What's new in GHC 7.8
 *
 * A line that starts with a whole date and goes on as a talk does (a name
 * and a title on either side of a dash, or "Title by Name") is that talk,
 * on that day.
 *
 * A meetup's page lists each evening's talks under its heading, a
 * paragraph each, maybe after a marker ("🗣 [Name - Title](slides)"): in
 * the section of a day's heading, a paragraph that is a name and a title
 * on either side of a dash is that talk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

/* The items of a list looked at to learn which side names the people. */
#define MAX_ITEMS_LOOKED_AT 12
/* A title is a phrase, not a paragraph. */
#define MAX_TITLE_WORDS     20
/* The items that name people on one side outnumber those that do not by
 * more than this. */
#define AGREEMENT           3
/* The people a list item names before its title: two to five words. */
#define MAX_NAME_WORDS      5
/* "Discussant: Name" is a label; "Culture Trumps Tools: Name" a title */
#define MIN_TITLE_BEFORE_COLON 3

typedef enum
{
  SIDE_NONE,           /* no dash between words */
  SIDE_PEOPLE_FIRST,   /* "Name - Title" */
  SIDE_PEOPLE_LAST,    /* "Title - Name" */
  SIDE_BOTH,           /* both sides read as names */
  SIDE_NEITHER,        /* "Laptop - charged" */
  N_SIDES
} Side;

static const gchar * const dashes[] = {
  " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- ", " --- ", " | ", NULL
};

const gchar *
lineup_post_find_dash (const gchar *text,
                       gsize       *length)
{
  const gchar *found = NULL;

  for (guint i = 0; dashes[i] != NULL; i++)
    {
      const gchar *p = strstr (text, dashes[i]);

      if (p != NULL && (found == NULL || p < found))
        {
          found = p;
          *length = strlen (dashes[i]);
        }
    }
  return found;
}

/* The first dash of @text, or else its first colon that closes a few
 * words ("Alexis Williams: Agile v. Scrum"), or its last that opens a few
 * ("Culture Trumps Tools: Matt Micene"), or NULL. */
static const gchar *
find_separator (const gchar *text,
                gsize       *length)
{
  const gchar *dash = lineup_post_find_dash (text, length);
  const gchar *colon, *last;
  g_autofree gchar *head = NULL;

  if (dash != NULL || (colon = strstr (text, ": ")) == NULL)
    return dash;
  head = g_strndup (text, (gsize) (colon - text));
  *length = 2;
  last = g_strrstr (text, ": ");
  /* "IoT: Myths and Realities: Timm McShane": people after the last colon,
   * a title before it */
  if (lineup_post_count_words (last + 2) <= MAX_NAME_WORDS &&
      (lineup_post_count_words (head) > MAX_NAME_WORDS ||
       (last != colon && lineup_byline_looks_like_people (last + 2))))
    return last;
  return lineup_post_count_words (head) <= MAX_NAME_WORDS ? colon : NULL;
}

/* Which side of its first dash names people in @text: only one of them;
 * SIDE_BOTH when both read as names ("Kavya Joshi - Understanding
 * Channels"), SIDE_NONE when @text has no dash between words. */
static Side
people_side (const gchar *text)
{
  g_autofree gchar *head = NULL;
  const gchar *dash;
  const gchar *tail;
  gsize length = 0;
  gboolean head_people, tail_people;

  /* "NC: RIOT Demo Night. Tech and maker products.": a sentence, no entry */
  if (text == NULL || strstr (text, ". ") != NULL ||
      (dash = find_separator (text, &length)) == NULL)
    return SIDE_NONE;
  head = g_strndup (text, (gsize) (dash - text));
  tail = dash + length;
  if (lineup_post_count_letters (head, -1) < 2 || lineup_post_count_letters (tail, -1) < 2)
    return SIDE_NONE;
  head_people = lineup_byline_looks_like_people (head);
  tail_people = lineup_byline_looks_like_people (tail);
  /* "Discussant: Lars Visser": a colon closes a name, or a label; a
   * title's last colon may open its speaker ("Culture Trumps Tools: Matt
   * Micene") */
  if (*dash == ':')
    return head_people ? (tail_people ? SIDE_BOTH : SIDE_PEOPLE_FIRST)
           : tail_people && (lineup_post_count_words (head) >= MIN_TITLE_BEFORE_COLON ||
                             lineup_byline_names_a_kind (head)) ? SIDE_PEOPLE_LAST
           : SIDE_NEITHER;
  if (head_people && tail_people)
    return SIDE_BOTH;
  if (!head_people && !tail_people)
    return SIDE_NEITHER;
  return head_people ? SIDE_PEOPLE_FIRST : SIDE_PEOPLE_LAST;
}

/* Wrapped lines joined ("Abbie\nFitzgerald - [All About Style Guides](pdf)"). */
gchar *
lineup_post_layouts_item_text (cmark_node *item)
{
  cmark_node *paragraph = cmark_node_first_child (item);

  if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH)
    return NULL;
  return lineup_post_table_cell_text (paragraph);
}

/* An item's text without the links of material that end it ("Title -
 * Name [pdf](…) [web](…)"). */
static gchar *
item_text_without_material (cmark_node *item)
{
  gchar *text = lineup_post_layouts_item_text (item);
  cmark_node *paragraph = cmark_node_first_child (item);
  gsize length = text != NULL ? strlen (text) : 0;

  for (cmark_node *node = paragraph != NULL ? cmark_node_last_child (paragraph) : NULL;
       node != NULL && text != NULL; node = cmark_node_previous (node))
    {
      g_autofree gchar *inside = NULL;

      if (cmark_node_get_type (node) == CMARK_NODE_TEXT &&
          strspn (cmark_node_get_literal (node), " ,") == strlen (cmark_node_get_literal (node)))
        continue;
      if (cmark_node_get_type (node) != CMARK_NODE_LINK ||
          !lineup_post_layouts_title_is_material (inside = lineup_post_table_cell_text (node)) ||
          !g_str_has_suffix (text, inside) || strlen (inside) >= length)
        break;
      length -= strlen (inside);
      while (length > 0 && strchr (" ,", text[length - 1]) != NULL)
        length--;
      text[length] = '\0';
    }
  return text;
}

/* The side the list's first items name their people on, or SIDE_NONE
 * when they do not agree: most items have a dash, at least two name people
 * on one side and hardly any on the other.  "Lunch" and "Kavya Joshi -
 * Understanding Channels" count for neither side.  At most
 * MAX_ITEMS_LOOKED_AT items are read, so a long list costs no more per
 * item than a short one. */
static Side
list_people_side (cmark_node *list)
{
  guint counts[N_SIDES] = { 0 };
  guint looked_at = 0;

  if (list == NULL || cmark_node_get_type (list) != CMARK_NODE_LIST)
    return SIDE_NONE;
  for (cmark_node *child = cmark_node_first_child (list);
       child != NULL && looked_at < MAX_ITEMS_LOOKED_AT;
       child = cmark_node_next (child), looked_at++)
    {
      g_autofree gchar *text = item_text_without_material (child);
      LineupSlot slot;

      /* a timed item is for the timed recognisers ("10:00 Workshop: …") */
      if (text != NULL && (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME))
        continue;
      counts[people_side (text)]++;
    }

  if (counts[SIDE_NONE] * 2 > looked_at)
    return SIDE_NONE;
  for (guint side = SIDE_PEOPLE_FIRST; side <= SIDE_PEOPLE_LAST; side++)
    {
      guint other = side == SIDE_PEOPLE_FIRST ? SIDE_PEOPLE_LAST : SIDE_PEOPLE_FIRST;

      if (counts[side] >= 2 && counts[side] > AGREEMENT * (counts[other] + counts[SIDE_NEITHER]))
        return (Side) side;
      /* "Suraj Kumar Mahto - Introducing FOSS Culture at Universities" may
       * read as names on both sides: beside one item that names people on
       * one side only and none against it, it agrees */
      if (counts[side] >= 1 && counts[side] + counts[SIDE_BOTH] >= 2 &&
          counts[other] + counts[SIDE_NEITHER] == 0)
        return (Side) side;
    }
  return SIDE_NONE;
}

/* "Name - Title" (@side SIDE_PEOPLE_FIRST) or "Title - Name" split at
 * @text's first dash into @talk's title and byline; FALSE (nothing set)
 * when the title is too long to be one. */
static gboolean
split_at_dash (const gchar    *text,
               Side            side,
               LineupPostTalk *talk)
{
  gsize length = 0;
  const gchar *dash = find_separator (text, &length);
  g_autofree gchar *head = NULL;
  const gchar *tail;

  if (dash == NULL)
    return FALSE;
  /* "Evolving Java APIs -- revapi.org -- Lukas Krejci": the people after
   * the last dash of its kind */
  if (side == SIDE_PEOPLE_LAST && *dash == ' ')
    {
      g_autofree gchar *kind = g_strndup (dash, length);

      /* "WordCloud.jl - 用julia生成漂亮的词云 - 郭勇智": a name in one word too */
      for (const gchar *next = strstr (dash + length, kind); next != NULL;
           next = strstr (next + length, kind))
        if (lineup_byline_looks_like_people (next + length) ||
            lineup_byline_is_cjk_name (next + length))
          dash = next;
    }
  head = g_strndup (text, (gsize) (dash - text));
  tail = dash + length;
  if (lineup_post_count_words (side == SIDE_PEOPLE_FIRST ? tail : head) > MAX_TITLE_WORDS)
    return FALSE;
  talk->title = g_strdup (side == SIDE_PEOPLE_FIRST ? tail : head);
  talk->byline = g_strdup (side == SIDE_PEOPLE_FIRST ? head : tail);
  return TRUE;
}

gboolean
lineup_post_layouts_is_first_name (const gchar *text)
{
  if (!g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  for (const gchar *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* "Kestrel", "山田太郎", "po3rin さん": a name in one word, one only where
 * a label or a column says a name goes there. */
gboolean
lineup_post_layouts_is_one_word_name (const gchar *text)
{
  g_autofree gchar *bare = g_strstrip (g_strdup (text));
  gsize honorific = lineup_byline_honorific_length (bare, strlen (bare));

  /* "po3rin さん", "ゆで卵さん": anyone's handle, with the honorific */
  bare[strlen (bare) - honorific] = '\0';
  return (honorific > 0 && strpbrk (bare, " ,;&()") == NULL) ||
         lineup_post_layouts_is_first_name (bare) || lineup_byline_is_cjk_name (bare);
}

/* The words of @line from @from on, its links and addresses left out
 * ("from https://twitter.com/… and https://www.linkedin.com/…" is two
 * words). */
static guint
words_outside_links (const LineupPostLine *line,
                     gsize                 from)
{
  g_autoptr(GString) rest = g_string_new (NULL);
  gsize at = from;

  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

      if (link->end <= at)
        continue;
      if (link->start > at)
        g_string_append_len (rest, line->text + at, (gssize) (link->start - at));
      g_string_append_c (rest, ' ');
      at = link->end;
    }
  g_string_append (rest, line->text + at);
  /* and the addresses written out */
  for (gchar *url = strstr (rest->str, "http"); url != NULL; url = strstr (url, "http"))
    {
      gsize length = strcspn (url, " ");

      if (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://"))
        g_string_erase (rest, url - rest->str, (gssize) length);
      else
        url += 4;
    }
  return lineup_post_count_words (rest->str);
}

/* "Amy Gebhardt: "Chapter Leadership Opportunities"", maybe with its
 * slides' link after: a person, a colon or a dash, then the title in
 * quotes.  Sets @talk's title and byline. */
static gboolean
name_then_quoted_title (const LineupPostLine *line,
                        LineupPostTalk       *talk)
{
  const gchar *text = line->text;
  const gchar *colon = strstr (text, ": ");
  const gchar *dash;
  const gchar *rest, *close;
  gsize length = 0;
  g_autofree gchar *head = NULL;
  g_autofree gchar *quoted = NULL;
  gunichar open;

  dash = lineup_post_find_dash (text, &length);
  if (colon != NULL && (dash == NULL || colon < dash))
    {
      dash = colon;
      length = 2;
    }
  if (dash == NULL)
    return FALSE;
  head = g_strndup (text, (gsize) (dash - text));
  /* "Tania - "Title"": a first name alone, the quotes say the rest is the title */
  if (lineup_post_count_words (head) > MAX_NAME_WORDS ||
      !(lineup_byline_looks_like_people (head) || lineup_post_layouts_is_first_name (head)))
    return FALSE;
  rest = dash + length;
  open = g_utf8_get_char (rest);
  if (open != '"' && open != 0x201C)
    return FALSE;
  close = g_utf8_strchr (g_utf8_next_char (rest), -1, open == '"' ? '"' : 0x201D);
  if (close == NULL)
    return FALSE;
  close = g_utf8_next_char (close);
  /* after the title, nothing but links ("[slides link](url)") and brackets */
  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

      if (line->text + link->start < close)
        return FALSE;   /* the title's own link: the linked recogniser's */
    }
  if (words_outside_links (line, (gsize) (close - text)) > MAX_NAME_WORDS)
    return FALSE;
  quoted = g_strndup (rest, (gsize) (close - rest));
  talk->title = lineup_text_unquote (g_steal_pointer (&quoted));
  talk->byline = g_steal_pointer (&head);
  return TRUE;
}

gchar *
lineup_post_layouts_speaker_line (const gchar *text)
{
  g_autofree gchar *people = lineup_post_trim_separators (text, strlen (text));
  LineupSlot slot;

  if (people[0] == '(' && g_str_has_suffix (people, ")"))
    {
      gchar *inside = g_strndup (people + 1, strlen (people) - 2);

      g_free (people);
      people = inside;
    }
  if (people[0] != '\0' && lineup_post_skip_speaker_marker (people) != people)
    {
      const gchar *name = lineup_post_skip_speaker_marker (people);
      gchar *named = lineup_post_trim_separators (name, strlen (name));

      g_free (people);
      people = named;
    }
  if (*people == '\0' || lineup_post_count_words (people) > LINEUP_POST_MAX_SPEAKER_LINE_WORDS ||
      (lineup_slot_scan (people, &slot) & LINEUP_SLOT_TIME) != 0 ||
      !lineup_byline_looks_like_people (people))
    return NULL;
  return g_steal_pointer (&people);
}

gchar *
lineup_post_layouts_speaker_slot_line (const gchar     *text,
                                       LineupSlot      *slot,
                                       LineupSlotFound *found)
{
  g_auto(GStrv) parts = g_strsplit (text, " | ", -1);
  gchar *people;

  *found = LINEUP_SLOT_NONE;
  if (g_strv_length (parts) < 2 || (people = lineup_post_layouts_speaker_line (parts[0])) == NULL)
    return NULL;
  for (guint i = 1; parts[i] != NULL && !(*found & LINEUP_SLOT_TIME); i++)
    *found = lineup_slot_scan (parts[i], slot);
  if (!(*found & LINEUP_SLOT_TIME))
    g_clear_pointer (&people, g_free);
  return people;
}

/* Whether @next, the unit after a heading, is its speaker line. */
static gboolean
names_speaker (const LineupPostUnit *next)
{
  g_autofree gchar *people = NULL;

  if (next == NULL || next->kind != LINEUP_UNIT_PARAGRAPH || next->lines->len != 1)
    return FALSE;
  people = lineup_post_layouts_speaker_line (next->text);
  return people != NULL;
}

gboolean
lineup_post_layouts_list_names_people (cmark_node *list)
{
  return list_people_side (list) != SIDE_NONE;
}

gboolean
lineup_post_layouts_split_agreed_item (cmark_node     *list,
                                       const gchar    *text,
                                       LineupPostTalk *talk)
{
  Side side = list_people_side (list);
  gsize length = 0;
  const gchar *dash = find_separator (text, &length);
  g_autofree gchar *head = NULL;

  if (side == SIDE_NONE || dash == NULL)
    return FALSE;
  head = g_strndup (text, (gsize) (dash - text));
  return lineup_byline_looks_like_people (side == SIDE_PEOPLE_FIRST ? head : dash + length) &&
         split_at_dash (text, side, talk);
}

gboolean
lineup_post_layouts_day_list_talk (const LineupPostUnit    *unit,
                                   guint                    index,
                                   const LineupPostContext *context,
                                   LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostLink *link = line->links->len == 1
                               ? &g_array_index (line->links, LineupPostLink, 0) : NULL;
  /* "| 1 | [Title](url) |" under its block's time in a timetable */
  gboolean linked_row = unit->table_row && link != NULL && link->start == 0 &&
                        link->end == strlen (line->text);
  const gchar *dash;
  g_autofree gchar *text = NULL;
  gsize length = 0;
  Side side;
  LineupSlot slot = { 0 };

  if (unit->kind != LINEUP_UNIT_ITEM || unit->lines->len != 1 ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
    return FALSE;
  /* "Title. Ponente: Name (Presentación)", "**Week 2:** *Title*. Presented
   * by Name.": sentences, in any list of talks */
  if (!unit->table_row && lineup_post_layouts_sentence_talk (line, talk))
    {
      talk->line_index = index;
      return TRUE;
    }
  /* a day's list, or a slot's: "#### 10:00am-10:45am" over its talks */
  if (!(context->day_list || context->heading_slot || unit->table_talks || linked_row))
    return FALSE;
  if ((context->day_list || unit->table_talks) && name_then_quoted_title (line, talk))
    {
      talk->line_index = index;
      talk->found = LINEUP_SLOT_NONE;
      return TRUE;
    }
  /* "**Title** [(Site Source)](…) by [Name](speakers#…)": a title in bold
   * opening the item, the people after "by" ("**Interview** with Name" is
   * no talk) */
  if (context->day_list && !unit->table_talks && strstr (line->text, " by ") != NULL &&
      lineup_post_layouts_split_marked_title (line, &slot, &talk->title, &talk->byline))
    {
      if (talk->byline != NULL)
        {
          talk->line_index = index;
          talk->found = LINEUP_SLOT_NONE;
          return TRUE;
        }
      g_clear_pointer (&talk->title, g_free);
    }
  /* "The state of CSS by Una Kravets" */
  if (context->day_list && !unit->table_row && line->links->len == 0 &&
      lineup_post_split_talk_by_byline (line->text, &talk->title, &talk->byline))
    {
      talk->line_index = index;
      talk->found = LINEUP_SLOT_NONE;
      return TRUE;
    }
  dash = find_separator (line->text, &length);
  /* a row of a table of titles, an item of a list of them: all title (a
   * link's in a timetable) */
  if (((unit->table_talks && line->links->len == 0) || linked_row) &&
      (dash == NULL || *dash == ':') && lineup_post_count_words (line->text) <= MAX_TITLE_WORDS)
    {
      talk->title = g_strdup (line->text);
      talk->url = linked_row ? g_strdup (link->url) : NULL;
      talk->line_index = index;
      talk->found = LINEUP_SLOT_NONE;
      return TRUE;
    }
  /* "Title - Name [pdf](…) [web](…)": the links, its material */
  if (line->links->len > 0 &&
      (text = lineup_post_line_text_without_link_brackets (line)) == NULL)
    return FALSE;
  if (text == NULL)
    text = g_strdup (line->text);
  dash = find_separator (text, &length);
  /* a table's row: "Title - Names", as lineup-post-table.c writes it */
  /* (an announced list says which side its people are, else they come last) */
  side = unit->table_row ? SIDE_PEOPLE_LAST : list_people_side (cmark_node_parent (unit->node));
  if (unit->table_talks && side != SIDE_PEOPLE_FIRST)
    side = SIDE_PEOPLE_LAST;
  if (side == SIDE_NONE || dash == NULL)
    return FALSE;
  /* "Kavya Joshi - Understanding Channels": both sides may read as names;
   * the list says which one is */
  {
    g_autofree gchar *head = g_strndup (text, (gsize) (dash - text));

    /* a table's row: its header said which column names the people
     * ("|発表者|タイトル|", names of any script) */
    if (!(unit->table_talks && unit->table_row) &&
        !lineup_byline_looks_like_people (side == SIDE_PEOPLE_FIRST ? head : dash + length))
      return FALSE;
  }
  if (!split_at_dash (text, side, talk))
    return FALSE;
  talk->line_index = index;
  talk->found = LINEUP_SLOT_NONE;
  return TRUE;
}

/* Whether @c opens a line as a marker: a symbol or an emoji, no letter,
 * digit or bracket. */
static gboolean
is_marker (gunichar c)
{
  return !g_unichar_isalnum (c) && !g_unichar_isspace (c) && c != '[' && c != '(' &&
         c != '"' && c != '\'' && c != 0x201C;
}

gboolean
lineup_post_layouts_day_section_talk (const LineupPostUnit    *unit,
                                      guint                    index,
                                      const LineupPostContext *context,
                                      LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const gchar *text = line->text;
  const LineupPostLink *link = NULL;
  LineupSlot slot = { 0 };
  Side side;

  /* "## Aral Balkan: The Universal Declaration of Cyborg Rights" under "# Day 1" */
  if (!context->day_section ||
      (unit->kind != LINEUP_UNIT_PARAGRAPH && unit->kind != LINEUP_UNIT_HEADING) ||
      unit->lines->len != 1 || line->links->len > 1 ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
    return FALSE;
  while (*text != '\0' && (*text == ' ' || is_marker (g_utf8_get_char (text))))
    text = g_utf8_next_char (text);
  /* the whole entry may be its link ("[Name - Title](slides)") */
  if (line->links->len == 1)
    {
      link = &g_array_index (line->links, LineupPostLink, 0);
      if (link->start != (gsize) (text - line->text) ||
          lineup_post_count_letters (line->text + link->end, -1) > lineup_post_count_letters (text, -1) / 3)
        return FALSE;
    }
  side = people_side (text);
  if ((side != SIDE_PEOPLE_FIRST && side != SIDE_PEOPLE_LAST) ||
      (unit->kind == LINEUP_UNIT_HEADING && names_speaker (context->next)) ||
      !split_at_dash (text, side, talk))
    return FALSE;
  /* "📔 [London Gophers - Slides](…)" */
  if (lineup_post_layouts_title_is_not_a_talk (talk->title))
    {
      g_clear_pointer (&talk->title, g_free);
      g_clear_pointer (&talk->byline, g_free);
      return FALSE;
    }
  talk->line_index = index;
  talk->found = LINEUP_SLOT_NONE;
  talk->url = link != NULL ? g_strdup (link->url) : NULL;
  return TRUE;
}

/* "@deeeetさん CoreOSの基礎", "@kazunori_279 Google Container Engine",
 * "Mookさん Title": a handle (or a name with the Japanese "さん") then the
 * title, as a meetup's recap heads each talk; the person without the at
 * sign or the honorific. */
static gboolean
split_handle_first (const gchar  *text,
                    gchar       **title,
                    gchar       **byline)
{
  static const gchar san[] = "\xE3\x81\x95\xE3\x82\x93";   /* さん */
  const gchar *name = text + (*text == '@');
  gsize length = strspn (name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");
  const gchar *rest = name + length;
  gboolean honorific = g_str_has_prefix (rest, san);

  if (length == 0 || (*text != '@' && !honorific))
    return FALSE;
  rest += honorific ? strlen (san) : 0;
  if (*rest != ' ' || lineup_post_count_words (rest) == 0)
    return FALSE;
  *title = g_strstrip (g_strdup (rest));
  *byline = g_strndup (name, length);
  return TRUE;
}

gboolean
lineup_post_layouts_heading_byline_talk (const LineupPostUnit    *unit,
                                         guint                    index,
                                         const LineupPostContext *context,
                                         LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;
  LineupSlot slot = { 0 };

  /* a trip report of a day: its headings name the talks it saw */
  if (unit->kind != LINEUP_UNIT_HEADING || unit->level < 2 || unit->lines->len != 1 ||
      unit->has_link || !(context->have_day || context->pub_year != 0) ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
    return FALSE;
  /* "by" only: "## Community Leadership – Kai Wagner" is a section */
  if (split_handle_first (line->text, &title, &byline))
    ;
  else if (!lineup_post_split_talk_by_byline (line->text, &title, &byline) ||
           lineup_post_count_words (title) > MAX_TITLE_WORDS)
    return FALSE;
  talk->title = g_steal_pointer (&title);
  talk->byline = g_steal_pointer (&byline);
  talk->line_index = index;
  talk->found = LINEUP_SLOT_NONE;
  return TRUE;
}

gboolean
lineup_post_layouts_line_starts_with_date (const LineupPostLine *line,
                                           LineupDateOrder       order,
                                           LineupSlot           *slot)
{
  LineupSlotFound found = lineup_post_line_scan (line, slot);

  /* "10/5/2023: Title" in a post whose other dates are month first */
  if (found == LINEUP_SLOT_NONE && lineup_post_layouts_find_ordered_date (line->text, order, slot))
    found = LINEUP_SLOT_DATE;
  if (found != LINEUP_SLOT_DATE || slot->month == 0 || slot->day == 0)
    return FALSE;
  if (lineup_post_count_letters (line->text, (gssize) slot->span_start) == 0)
    return TRUE;
  /* "Day 2 (June 4th) Lecture 1: …": the event's day by its number, then
   * the date in brackets */
  {
    guint number = 0;
    gint consumed = 0;

    if (sscanf (line->text, "Day %u (%n", &number, &consumed) != 1 || consumed == 0 ||
        (gsize) consumed != slot->span_start || line->text[slot->span_end] != ')')
      return FALSE;
    slot->span_end++;
    return TRUE;
  }
}

/* The length of @line's text without a last bracket of links ("Title
 * ([slides](url), [handout](url))") and a full stop ("Theorems for free."). */
static gsize
entry_length (const LineupPostLine *line)
{
  gsize length = strlen (line->text);
  const gchar *open;

  while (length > 0 && g_ascii_isspace (line->text[length - 1]))
    length--;
  if (length > 0 && line->text[length - 1] == ')' &&
      (open = g_strrstr_len (line->text, (gssize) length, "(")) != NULL &&
      lineup_post_line_only_links (line, (gsize) (open - line->text), length))
    length = (gsize) (open - line->text);
  while (length > 0 && g_ascii_isspace (line->text[length - 1]))
    length--;
  if (length > 1 && line->text[length - 1] == '.' && line->text[length - 2] != '.')
    length--;
  return length;
}

/* "- Name, Name": a line of speakers after a dash. */
static gboolean
names_line (const LineupPostLine *line)
{
  const gchar *names = line->text + 2;
  gsize value = 0;

  /* "- Speaker: po3rin さん", "- Speaker: _NSAKEY": a label the table wrote */
  if (g_str_has_prefix (line->text, "- ") &&
      lineup_post_layouts_field (names, &value) == LINEUP_POST_FIELD_SPEAKERS)
    names += value + strspn (names + value, " ");
  return g_str_has_prefix (line->text, "- ") && line->links->len == 0 &&
         (lineup_byline_looks_like_people (names) || lineup_post_layouts_is_one_word_name (names) ||
          (value > 0 && lineup_post_layouts_is_handle (names)));
}

/* "Name and Name, Title": people, a comma, then a title of a few words
 * (no placeholder: "Boris Kaus, tbd"); sets @talk's title and byline. */
static gboolean
split_at_people_comma (const gchar    *text,
                       LineupPostTalk *talk)
{
  const gchar *comma = strstr (text, ", ");
  g_autofree gchar *people = NULL;
  g_autofree gchar *title = NULL;

  if (comma == NULL)
    return FALSE;
  people = g_strndup (text, (gsize) (comma - text));
  title = lineup_post_trim_separators (comma + 2, strlen (comma + 2));
  if (lineup_post_count_words (people) > MAX_NAME_WORDS ||
      !lineup_byline_looks_like_people (people) || lineup_post_count_letters (title, -1) < 2 ||
      lineup_post_count_words (title) > MAX_TITLE_WORDS || lineup_post_table_is_filler (title))
    return FALSE;
  talk->title = g_steal_pointer (&title);
  talk->byline = g_steal_pointer (&people);
  return TRUE;
}

/* "**Jan 22:** [Hongao Wang](url) on *A Theory of Learnability*.": a
 * reading group's speaker, "on", then the title; sets @talk's. */
static gboolean
split_people_on_title (const gchar    *text,
                       LineupPostTalk *talk)
{
  const gchar *on = strstr (text, " on ");
  g_autofree gchar *people = NULL;

  if (on == NULL || on == text)
    return FALSE;
  people = g_strndup (text, (gsize) (on - text));
  if (lineup_post_count_words (people) > MAX_NAME_WORDS ||
      !lineup_byline_looks_like_people (people) ||
      lineup_post_count_words (on + 4) > MAX_TITLE_WORDS || lineup_post_count_letters (on + 4, -1) < 3)
    return FALSE;
  talk->title = lineup_post_trim_separators (on + 4, strlen (on + 4));
  talk->byline = g_steal_pointer (&people);
  return TRUE;
}

/* "IPython: Beyond Normal Python ([notebook](…)) (Jake VanderPlas)": the
 * people in the last bracket of @line's text from @from to @length, the
 * title before it without a bracket of links; sets @talk's title and
 * byline. */
static gboolean
split_bracket_people (const LineupPostLine *line,
                      gsize                 from,
                      gsize                 length,
                      LineupPostTalk       *talk)
{
  const gchar *text = line->text;
  const gchar *open = length > from ? g_strrstr_len (text + from, (gssize) (length - from), " (")
                                    : NULL;
  g_autofree gchar *people = NULL;
  gsize end;

  if (open == NULL || text[length - 1] != ')')
    return FALSE;
  people = g_strndup (open + 2, (gsize) (text + length - 1 - (open + 2)));
  if (lineup_post_count_words (people) > 2 * MAX_NAME_WORDS ||
      !lineup_byline_looks_like_people (people))
    return FALSE;
  end = (gsize) (open - text);
  /* "([slides](…))" before the people: the talk's material */
  if (end > from && text[end - 1] == ')' &&
      (open = g_strrstr_len (text + from, (gssize) (end - from), "(")) != NULL &&
      lineup_post_line_only_links (line, (gsize) (open - text), end))
    end = (gsize) (open - text);
  talk->title = lineup_post_trim_separators (text + from, end - from);
  if (lineup_post_count_letters (talk->title, -1) < 2 ||
      lineup_post_count_words (talk->title) > MAX_TITLE_WORDS)
    {
      g_clear_pointer (&talk->title, g_free);
      return FALSE;
    }
  talk->byline = g_steal_pointer (&people);
  return TRUE;
}

gboolean
lineup_post_layouts_dated_talk (const LineupPostUnit    *unit,
                                guint                    index,
                                const LineupPostContext *context,
                                LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  g_autofree gchar *rest = NULL;
  g_autofree gchar *head = NULL;
  g_autofree gchar *byline = NULL;
  gsize length = 0;
  LineupSlot slot = { 0 };
  Side side;

  if ((unit->kind != LINEUP_UNIT_ITEM && unit->kind != LINEUP_UNIT_PARAGRAPH) ||
      !lineup_post_layouts_line_starts_with_date (line, context->date_order, &slot))
    return FALSE;
  length = entry_length (line);
  if (length <= slot.span_end)
    return FALSE;
  rest = lineup_post_trim_separators (line->text + slot.span_end, length - slot.span_end);
  lineup_post_layouts_cut_numbered_kind (rest);
  side = people_side (rest);
  if (side == SIDE_PEOPLE_FIRST || side == SIDE_PEOPLE_LAST)
    {
      if (!split_at_dash (rest, side, talk))
        return FALSE;
    }
  else if (lineup_post_split_by_byline (rest, &head, &byline) &&
           lineup_post_count_words (head) <= MAX_TITLE_WORDS)
    {
      /* "2019-02-11: Rails at scale by Name" */
      talk->title = g_steal_pointer (&head);
      talk->byline = g_steal_pointer (&byline);
    }
  else if (split_at_people_comma (rest, talk) || split_people_on_title (rest, talk))
    ;   /* "2025-05-08, Collin Wittenstein and Hendrik Ranocha, Some Julia Workflows" */
  else if (split_bracket_people (line, slot.span_end, length, talk))
    ;   /* "**Oct 12, 2015**: Title (Jake VanderPlas)" */
  else if (lineup_post_count_words (rest) <= MAX_TITLE_WORDS &&
           ((index + 1 < unit->lines->len &&
             names_line (g_ptr_array_index (unit->lines, index + 1))) || unit->table_row))
    /* "2017-02-20 Parallelism TS 1 and TS2" over "- Andreas Bergmeier" (a
     * table of Date | Talk | Author): the speakers on a line of their own,
     * or "Core-Team", or in no column at all (a dated table's row) */
    talk->title = g_steal_pointer (&rest);
  else
    return FALSE;
  talk->line_index = index;
  talk->slot = slot;
  talk->found = LINEUP_SLOT_DATE;
  return TRUE;
}
