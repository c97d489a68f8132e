/* lineup-post-reader-lists.c — which lists list talks
 *
 * A list of the body is read item by item (each a unit) when it lists
 * talks: its items start with a link, a time or a date, a timed item heads
 * it, or a lead-in announces it ("We will have the following
 * presentations:").  Any other list is prose, a talk's description say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"

/* "- Wednesday, October 26" over "    - 4:00pm – Title by Name": an item
 * whose own sub-list lists talks. */
static gboolean
item_holds_talk_list (cmark_node *item,
                      guint       depth)
{
  if (depth >= MAX_LIST_DEPTH)
    return FALSE;
  for (cmark_node *child = cmark_node_first_child (item); child; child = cmark_node_next (child))
    if (cmark_node_get_type (child) == CMARK_NODE_LIST &&
        lineup_post_reader_is_talk_list (child, depth + 1))
      return TRUE;
  return FALSE;
}

/* "“FPGAs libres”, Juan González Gómez", "\"Title\" by Name": a title in
 * quotes, then who gives it. */
static gboolean
quoted_then_people (const gchar *text)
{
  const gchar *close;
  const gchar *people = lineup_post_layouts_after_quoted_title (text, &close);

  return people != NULL && close != g_utf8_next_char (text) &&
         lineup_byline_looks_like_people (people);
}

/* "- **Title**" then "👤 Name (Org)" then "16:05 – 16:55 | Room: Alfa": an
 * item that opens with a title in bold and gives its time on a later line
 * or paragraph of its own. */
static gboolean
bold_title_over_slot (cmark_node      *item,
                      const GPtrArray *lines)
{
  const LineupPostLine *first = g_ptr_array_index (lines, 0);
  gsize mark_start;

  if (first->marks == NULL || first->marks->len == 0)
    return FALSE;
  mark_start = g_array_index (first->marks, LineupPostLink, 0).start;
  if (lineup_post_count_letters (first->text, (gssize) mark_start) > 0)
    return FALSE;
  for (guint i = 1; i < lines->len; i++)
    if (lineup_post_is_slot_text (((LineupPostLine *) g_ptr_array_index (lines, i))->text))
      return TRUE;
  for (cmark_node *block = cmark_node_next (cmark_node_first_child (item)); block != NULL;
       block = cmark_node_next (block))
    {
      g_auto(GStrv) texts = NULL;

      if (cmark_node_get_type (block) != CMARK_NODE_PARAGRAPH)
        continue;
      texts = lineup_post_layouts_paragraph_lines (block);
      for (guint i = 0; texts[i] != NULL; i++)
        if (lineup_post_is_slot_text (texts[i]))
          return TRUE;
    }
  return FALSE;
}

/* Whether @line reads as a talk and its people: "Title by Name",
 * "**Title** by Name", or sentences ("Title. Ponente: Name (Presentación)"). */
static gboolean
names_talk_and_people (const LineupPostLine *line)
{
  LineupPostTalk talk = { 0 };
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;
  gboolean named = lineup_post_layouts_sentence_talk (line, &talk) ||
                   lineup_post_split_talk_by_byline (line->text, &title, &byline);

  g_free (talk.title);
  g_free (talk.byline);
  return named;
}

/* Whether half the items of @list at least name a talk and its people. */
static gboolean
items_name_talks_and_people (cmark_node *list)
{
  guint items = 0, talks = 0;

  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      g_autoptr(GPtrArray) lines = lineup_post_reader_first_lines (item);

      items++;
      if (lines != NULL && lines->len == 1 && names_talk_and_people (g_ptr_array_index (lines, 0)))
        talks++;
    }
  return talks > 0 && talks * 2 >= items;
}

/* A list whose items start with a link, a time, a whole date (maybe
 * labelled: "* Data: 02/06/2018"), a title's label ("- Title: …") or a
 * quoted title and its people, or hold such a list, lists talks: each
 * item is a unit.  So does a list of "Name - Title" items, of "Title
 * (Names) slides" items, of "Title by Name" or of "Title. Name" sentences.  Any other list
 * is prose (a talk's description, say). */
gboolean
lineup_post_reader_is_talk_list (cmark_node *list,
                                 guint       depth)
{
  /* "* Name - Title" items: a day's talks without times, when a day heads
   * them (the walk knows: the day may sit in another piece of the body) */
  if (lineup_post_layouts_list_names_people (list) || lineup_post_document_holds_talks (list) ||
      lineup_post_layouts_list_of_bracket_people (list) || items_name_talks_and_people (list))
    return TRUE;
  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      g_autoptr(GPtrArray) lines = NULL;

      if (item_holds_talk_list (item, depth))
        return TRUE;
      lines = lineup_post_reader_first_lines (item);
      if (lines != NULL && lines->len > 0)
        {
          LineupPostLine *line = g_ptr_array_index (lines, 0);
          LineupSlot slot;

          if (line->links->len > 0 || (lineup_post_line_scan (line, &slot) & LINEUP_SLOT_TIME) ||
              lineup_post_layouts_line_starts_with_date (line, LINEUP_DATE_ORDER_UNKNOWN, &slot) ||
              lineup_post_layouts_date_field (line->text, &slot) ||
              lineup_post_layouts_field (line->text, NULL) == LINEUP_POST_FIELD_TITLE ||
              quoted_then_people (line->text) || bold_title_over_slot (item, lines))
            return TRUE;
        }
    }
  return FALSE;
}

LineupPostLine *
lineup_post_reader_lead_line (const LineupPostUnit *parent)
{
  guint index = parent->kind == LINEUP_UNIT_PARAGRAPH ? parent->lines->len - 1 : 0;

  return g_ptr_array_index (parent->lines, index);
}

/* "- **12:15-12:30** *Lightning Talks:*" over "    - **Title.** Name and
 * Name.": a timed item over a list whose every item opens with a title in
 * bold or italics (or quotes: "13:00 a 15:00:" over "* "Title", Name")
 * that people follow, or people then a title ("* 10:30 Session 1" over
 * "* Ana Lima<br>*Title*"). */
static gboolean
opens_with_ceremony (const LineupPostLine *line)
{
  const LineupPostLink *mark;
  g_autofree gchar *marked = NULL;

  if (line->marks == NULL || line->marks->len == 0)
    return FALSE;
  mark = &g_array_index (line->marks, LineupPostLink, 0);
  if (lineup_post_count_letters (line->text, (gssize) mark->start) > 0)
    return FALSE;
  marked = g_strndup (line->text + mark->start, mark->end - mark->start);
  return lineup_post_layouts_title_is_ceremony (marked);
}

gboolean
lineup_post_reader_lists_marked_talks (const LineupPostUnit *parent,
                                       cmark_node           *list)
{
  LineupSlot slot;
  guint n = 0;

  if (parent->lines->len == 0 ||
      !(lineup_post_line_scan (lineup_post_reader_lead_line (parent), &slot) & LINEUP_SLOT_TIME))
    return FALSE;
  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      g_autoptr(GPtrArray) lines = lineup_post_reader_first_lines (item);

      if (lines == NULL || lines->len == 0)
        return FALSE;
      /* "**Welcome** from Name & Name" among them: no talk, nor prose */
      if (opens_with_ceremony (g_ptr_array_index (lines, 0)))
        continue;
      if (!(lineup_post_layouts_line_is_marked_talk (g_ptr_array_index (lines, 0)) ||
            quoted_then_people (((LineupPostLine *) g_ptr_array_index (lines, 0))->text) ||
            lineup_post_layouts_people_then_title (lines, NULL, NULL)))
        return FALSE;
      n++;
    }
  return n > 0;
}

/* The words a line uses to announce the talks listed under it. */
static const gchar * const announcing_words[] = {
  "talks", "presentations", "sessions", "session", "lectures", "lightning talks", "keynotes",
  "speakers",
  /* folded: without accents */
  "charlas", "ponencias", "palestras", "vortrage", "exposes", "interventions", "доклады",
  "lezingen", "relazioni", "prelekcje",
  /* Chinese and Japanese: talks, speakers, agenda, presentations */
  "演讲", "讲师", "议程", "議程", "講演", "発表", "トーク", "セッション", NULL
};

/* Items of an announced list are titles: a phrase each, never a sentence. */
#define MAX_ANNOUNCED_ITEM_WORDS 16
/* A lead-in is a sentence, not a paragraph; a heading a few words. */
#define MAX_ANNOUNCING_WORDS 25
#define MAX_ANNOUNCING_HEADING_WORDS 4

/* "## Talks", "### Lightning talks:", "## Short Talks From Members": a
 * short heading that names talks ("### Speakers:" over a day's list names
 * people first, lineup-post-reader-walk.c). */
gboolean
lineup_post_reader_heading_names_talks (const LineupPostUnit *heading)
{
  g_autofree gchar *folded = lineup_text_fold (heading->text);

  return lineup_post_count_words (heading->text) <= MAX_ANNOUNCING_HEADING_WORDS &&
         lineup_post_folded_contains_any (folded, announcing_words) &&
         strstr (folded, "speaker") == NULL;
}

/* "### 讲师与演讲话题", "## Speakers and Talks": a short heading over the
 * talks' own headings. */
#define MAX_TALKS_HEADING_WORDS 6

gboolean
lineup_post_reader_heading_over_talks (const LineupPostUnit *heading)
{
  g_autofree gchar *folded = lineup_text_fold (heading->text);

  return heading->kind == LINEUP_UNIT_HEADING && !heading->has_link &&
         lineup_post_count_words (heading->text) <= MAX_TALKS_HEADING_WORDS &&
         lineup_post_folded_contains_any (folded, announcing_words);
}

/* "[Sécurité des services PaaS Azure : embarquez dans le Grand 8 …](sessions/…)":
 * the line is its one link. */
static gboolean
is_whole_link (const LineupPostLine *line)
{
  const LineupPostLink *link;

  if (line->links->len != 1)
    return FALSE;
  link = &g_array_index (line->links, LineupPostLink, 0);
  return lineup_post_count_letters (line->text, (gssize) link->start) == 0 &&
         lineup_post_count_letters (line->text + link->end, -1) == 0;
}

/* Items of an announced list: short, one line each, no time, no full stop;
 * empty items ("- " kept for talks to come) are none. */
gboolean
lineup_post_reader_items_are_titles (cmark_node *list)
{
  guint n = 0;

  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      g_autoptr(GPtrArray) lines = NULL;
      const LineupPostLine *line;

      if (cmark_node_first_child (item) == NULL)
        continue;
      lines = lineup_post_reader_first_lines (item);
      LineupSlot slot;
      gsize end;

      if (lines == NULL || lines->len != 1)
        return FALSE;
      line = g_ptr_array_index (lines, 0);
      end = strlen (line->text);
      while (end > 0 && line->text[end - 1] == ' ')
        end--;
      /* a title in quotes may be longer: "Name - "A title of many words" - url";
       * so may one the whole item links to its session's page */
      if (end == 0 || line->text[end - 1] == '.' ||
          lineup_post_count_words (line->text) >
            (strpbrk (line->text, "\"") != NULL || strstr (line->text, "\xE2\x80\x9C") != NULL ||
             is_whole_link (line)
             ? 2 * MAX_ANNOUNCED_ITEM_WORDS : MAX_ANNOUNCED_ITEM_WORDS) ||
          lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
        return FALSE;
      n++;
    }
  return n >= 2;
}

/* "These talks were structured into six sections:": what the list names
 * is the last word before the colon, groups of talks, not talks. */
static gboolean
ends_with_groups (const gchar *folded)
{
  static const gchar * const groups[] = {
    "sections", "tracks", "themes", "categories", "topics", "areas", "parts", "groups",
    "streams", "blocks", NULL
  };
  g_autoptr(GPtrArray) words = lineup_post_table_split_words (folded);

  return words->len > 0 && g_strv_contains (groups, g_ptr_array_index (words, words->len - 1));
}

/* "We will have the following presentations:" over "- Roassal 3",
 * "- Bridging Smalltalk and Python": a short line that ends with a colon
 * and names talks, over a list whose items are short, one line each, with
 * no time (a list of times is read as one) and no full stop.  Such a list
 * lists talks, as a table of titles does. */
gboolean
lineup_post_reader_announces_talks (const LineupPostUnit *lead_in,
                                    cmark_node           *list)
{
  g_autofree gchar *folded = NULL;
  /* a paragraph of several lines leads in with its last */
  const gchar *text = lead_in->kind == LINEUP_UNIT_PARAGRAPH && lead_in->lines->len > 1
                      ? lineup_post_reader_lead_line (lead_in)->text : lead_in->text;
  gsize length = strlen (text);
  const gchar *sentence = text;

  if (lead_in->kind == LINEUP_UNIT_HEADING)
    return lineup_post_reader_heading_names_talks (lead_in) &&
           lineup_post_reader_items_are_titles (list);
  while (length > 0 && text[length - 1] == ' ')
    length--;
  /* "On Friday, most of the sessions I attended … Here is a short list:":
   * the last sentence leads in */
  for (const gchar *stop = strstr (sentence, ". "); stop != NULL; stop = strstr (stop + 2, ". "))
    sentence = stop + 2;
  if (length == 0 || text[length - 1] != ':' ||
      lineup_post_count_words (sentence) > MAX_ANNOUNCING_WORDS)
    return FALSE;
  folded = lineup_text_fold (text);
  return lineup_post_folded_contains_any (folded, announcing_words) &&
         !ends_with_groups (folded) && lineup_post_reader_items_are_titles (list);
}

/* "- Name" over "    - Title": a person item holding the list of their
 * talks' titles.  The person's name, or NULL for any other item. */
#define MAX_PERSON_TALKS 4

gchar *
lineup_post_reader_person_over_titles (cmark_node *item)
{
  g_autoptr(GPtrArray) lines = lineup_post_reader_first_lines (item);
  cmark_node *first = cmark_node_first_child (item);
  cmark_node *titles = first != NULL ? cmark_node_next (first) : NULL;
  const LineupPostLine *line;
  guint n = 0;

  if (lines == NULL || lines->len != 1 || titles == NULL || cmark_node_next (titles) != NULL ||
      cmark_node_get_type (titles) != CMARK_NODE_LIST)
    return NULL;
  line = g_ptr_array_index (lines, 0);
  if (lineup_post_count_words (line->text) > LINEUP_POST_MAX_SPEAKER_LINE_WORDS ||
      strpbrk (line->text, ":,") != NULL || !lineup_byline_looks_like_people (line->text))
    return NULL;
  for (cmark_node *title = cmark_node_first_child (titles); title; title = cmark_node_next (title))
    {
      g_autoptr(GPtrArray) title_lines = lineup_post_reader_first_lines (title);

      if (title_lines == NULL || title_lines->len != 1 ||
          cmark_node_next (cmark_node_first_child (title)) != NULL || ++n > MAX_PERSON_TALKS)
        return NULL;
    }
  return n > 0 ? g_strdup (line->text) : NULL;
}

/* "- February 2026" over "    - Name" over "        - Title": a list whose
 * every item is a person over their titles. */
gboolean
lineup_post_reader_lists_people_over_titles (cmark_node *list)
{
  guint n = 0;

  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      g_autofree gchar *person = lineup_post_reader_person_over_titles (item);

      if (person == NULL)
        return FALSE;
      n++;
    }
  return n > 0;
}
