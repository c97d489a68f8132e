/* lineup-post-layouts-talks.c — the recogniser of talk lines: "[Title - Speakers](url)"
 *
 * A unit is talks when each of its lines is a talk (a link with a title,
 * maybe a time, a label and a byline around it, or a time and a short
 * title) or a time slot before one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-context.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"
#include "lineup-slot-private.h"

/* Limits that keep prose out: a talk's line holds little besides its title,
 * its time and its speakers. */
#define MAX_LEFTOVER_LETTERS 40
#define MAX_TITLE_BYTES      400

gboolean
lineup_post_layouts_title_is_not_a_talk (const gchar *title)
{
  static const gchar * const not_talks[] = {
    "booth", "office hour", "project pavilion", "kiosk", "swag", "happy hour", NULL
  };

  return lineup_post_folded_contains_any (title, not_talks) ||
         lineup_post_layouts_title_is_material (title) ||
         lineup_post_layouts_title_calls_to_act (title);
}


gboolean
lineup_post_layouts_title_is_material (const gchar *title)
{
  static const gchar * const materials[] = {
    "slides", "video", "videos", "recording", "recordings", "photos", "playlist", "audio",
    "youtube playlist", "livestream", "podcast", "powerpoint", "pdf", "slide deck", "deck",
    "slides link", "transcript", "session recording", "video recording", "text", "web", "html",
    /* Portuguese, Spanish, French, German */
    "vídeo", "vídeos", "diapositivas", "vidéo", "folien", "notebook", NULL
  };
  g_autofree gchar *folded = lineup_text_fold (title);
  gchar *open = strchr (folded, '(');

  /* "slides (pdf)", "vídeo (youtube)": the format in brackets */
  if (open != NULL && open > folded && g_str_has_suffix (folded, ")"))
    *open = '\0';
  return g_strv_contains (materials, g_strstrip (folded));
}

gboolean
lineup_post_layouts_title_announces_more (const gchar *title)
{
  static const gchar * const openings[] = {
    "and many more", "and much more", "and more", "many more", "much more", "and others", NULL
  };
  g_autofree gchar *folded = lineup_text_fold (title);

  for (guint i = 0; openings[i] != NULL; i++)
    {
      gsize length = strlen (openings[i]);

      if (strncmp (folded, openings[i], length) == 0 && !g_ascii_isalnum (folded[length]))
        return TRUE;
    }
  return FALSE;
}

/* Another line of the unit, or the next unit, holds a time slot. */
static gboolean
slot_follows (const LineupPostUnit    *unit,
              guint                    index,
              const LineupPostContext *context)
{
  LineupSlot slot;

  for (guint i = index + 1; i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);

      if (line->links->len > 0)
        break;
      if (lineup_post_layouts_line_is_slot (line, &slot, NULL) ||
          lineup_post_layouts_line_is_speakers (line, NULL, &slot, NULL))
        return TRUE;
    }

  if (context->next != NULL && context->next->kind != LINEUP_UNIT_HEADING &&
      context->next->lines->len > 0)
    {
      const LineupPostLine *first = g_ptr_array_index (context->next->lines, 0);
      LineupSlotFound found = LINEUP_SLOT_NONE;

      if (lineup_post_layouts_line_is_slot (first, &slot, &found))
        return TRUE;
    }

  return FALSE;
}

/* What every talk line gives: where it is, its title (taken) and its time. */
void
lineup_post_layouts_set_talk (LineupPostTalk   *talk,
          guint             line_index,
          gchar            *title,
          const LineupSlot *slot,
          LineupSlotFound   found)
{
  talk->line_index = line_index;
  talk->title = title;
  talk->slot = *slot;
  talk->found = found;
}

static void
linked_line_clear (LineupPostLinkedLine *pieces)
{
  g_clear_pointer (&pieces->before, g_free);
  g_clear_pointer (&pieces->after, g_free);
  g_clear_pointer (&pieces->label, g_free);
  g_clear_pointer (&pieces->byline, g_free);
  g_clear_pointer (&pieces->room, g_free);
  g_clear_pointer (&pieces->summary, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineupPostLinkedLine, linked_line_clear)

/* "[Title](url) (Name, Name) - What the talk is about…": a bracket after
 * the link, then a dash and the talk's summary (prose: neither leftover nor
 * a time of the talk).  Returns where the summary starts, or NULL; @close
 * is set to the closing bracket. */
static const gchar *
summary_after_bracket (const gchar  *after,
                       const gchar **close)
{
  const gchar *p;

  while (g_ascii_isspace (*after))
    after++;
  if (*after != '(' || (*close = strchr (after, ')')) == NULL ||
      memchr (after + 1, '(', *close - after - 1) != NULL)
    return NULL;
  p = *close + 1;
  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "- "))
    return p + 2;
  if (g_str_has_prefix (p, "\xE2\x80\x93") || g_str_has_prefix (p, "\xE2\x80\x94"))
    return p + 3;
  return NULL;
}

/* "Steve Ellis.  A comprehensive overview…": the full stop that ends the
 * people's names (after a word of three letters or more, not an initial
 * nor "Jr."), or NULL. */
static const gchar *
names_full_stop (const gchar *text)
{
  for (const gchar *stop = strstr (text, ". "); stop != NULL; stop = strstr (stop + 1, ". "))
    {
      const gchar *word = stop;

      while (word > text && word[-1] != ' ')
        word--;
      if (stop - word >= 3 && g_ascii_isupper (*word) && g_ascii_islower (stop[-1]) &&
          !g_str_has_prefix (word, "Jr."))
        return stop;
    }
  return NULL;
}

/* "Bill Kennedy - ideas on how to use the Go error interface.", "Steve
 * Ellis.  A comprehensive overview…": the people before a dash or a full
 * stop and the talk's summary, or NULL. */
static gchar *
people_before_summary (const gchar  *text,
                       gchar       **summary)
{
  gsize length = 0;
  const gchar *dash = lineup_post_find_dash (text, &length);
  g_autofree gchar *people = NULL;

  if (dash == NULL && (dash = names_full_stop (text)) != NULL)
    length = 1;
  if (dash == NULL || dash == text)
    return NULL;
  people = lineup_post_trim_separators (text, (gsize) (dash - text));
  if (lineup_post_count_words (people) > LINEUP_POST_MAX_SPEAKER_LINE_WORDS ||
      !lineup_byline_looks_like_people (people))
    return NULL;
  g_free (*summary);
  *summary = g_strstrip (g_strdup (dash + length));
  return g_steal_pointer (&people);
}

/* The speakers in the bracket before a summary, or NULL (the bracket's
 * letters are then leftover). */
static gchar *
read_byline_before_summary (LineupPostLinkedLine *pieces)
{
  const gchar *after = pieces->after;
  const gchar *close;
  g_autofree gchar *people = NULL;
  const gchar *summary = summary_after_bracket (after, &close);

  if (summary == NULL)
    return NULL;
  after = strchr (after, '(');
  people = lineup_post_trim_separators (after + 1, close - after - 1);
  if (*people != '\0' && strlen (people) <= MAX_TITLE_BYTES &&
      lineup_byline_looks_like_people (people))
    {
      g_free (pieces->summary);
      pieces->summary = g_strstrip (g_strdup (summary));
      return g_steal_pointer (&people);
    }
  pieces->leftover += lineup_post_count_letters (people, -1);
  return NULL;
}

/* Whether @text is nothing but a day ("Wed", "Monday, Nov 6"). */
static gboolean
is_day_word (const gchar *text)
{
  LineupSlot slot = { 0 };
  gboolean abbreviated;

  if (lineup_slot_weekday_from_name (text, strlen (text), &abbreviated) != 0)
    return TRUE;
  return lineup_slot_scan (text, &slot) == LINEUP_SLOT_DATE && lineup_slot_is_whole (text, &slot);
}

/* The time may sit before the link ("9:45 - 10:15 GitOpsCon: [Title](url)")
 * or after it ("[Title](url) (eBPF Day - Monday, October 24 9:25 AM EDT)"). */
static void
read_linked_slot (LineupPostLinkedLine  *pieces,
                  const gchar *title)
{
  const gchar *before = pieces->before;
  LineupSlot after_slot = { 0 };
  LineupSlotFound after_found;
  const gchar *summary, *close;

  pieces->found = lineup_slot_scan (before, &pieces->slot);
  if ((pieces->found & LINEUP_SLOT_TIME) == 0 && *before != '\0' && title != NULL)
    {
      /* "09.30 [Recap](url)": a dotted time is one when a title follows it */
      g_autofree gchar *joined = g_strconcat (before, title, NULL);
      LineupSlot slot;
      LineupSlotFound found = lineup_slot_scan (joined, &slot);

      if ((found & LINEUP_SLOT_TIME) != 0 && slot.span_end <= strlen (before))
        {
          pieces->found = found;
          pieces->slot = slot;
        }
    }
  if ((pieces->found & LINEUP_SLOT_TIME) != 0)
    {
      g_autofree gchar *rest = g_strconcat (before + pieces->slot.span_end, NULL);

      pieces->label = lineup_post_trim_separators (rest, strlen (rest));
      pieces->leftover += lineup_post_count_letters (before, pieces->slot.span_start);
      return;
    }

  after_found = lineup_slot_scan (pieces->after, &after_slot);
  summary = summary_after_bracket (pieces->after, &close);
  if (summary != NULL && pieces->after + after_slot.span_start >= summary)
    after_found = LINEUP_SLOT_NONE;   /* "… (Name) - this 4:15 PM talk is…" */
  if ((after_found & LINEUP_SLOT_TIME) != 0)
    {
      const gchar *after = pieces->after;
      g_autofree gchar *head = g_strndup (after, after_slot.span_start);
      g_autofree gchar *tail = g_strdup (after + after_slot.span_end);
      g_autofree gchar *head_trim = lineup_post_trim_separators (head, strlen (head));
      g_autofree gchar *tail_trim = lineup_post_trim_separators (tail, strlen (tail));

      /* "Thu 19: [Title](url) (11:00 - 11:30)": the day before the link,
       * the time after it */
      lineup_slot_merge (&after_slot, &after_found, &pieces->slot,
                         pieces->found & LINEUP_SLOT_DATE);
      pieces->slot = after_slot;
      pieces->found = after_found;
      pieces->after_time = TRUE;
      g_free (pieces->after);
      pieces->after = g_strdup (tail_trim);
      /* "[Title](url) - Name, Org & Name, Org | 4:15pm - 4:45pm EST" */
      /* "[Title](url) (by Name and Name), Room 104, 09:30 to 12:30" */
      if (lineup_post_read_bracketed_byline (head, &pieces->byline, &pieces->room))
        ;
      else if (*head_trim != '\0' && lineup_post_starts_with_dash (head) &&
          strlen (head_trim) <= MAX_TITLE_BYTES &&
          lineup_byline_looks_like_people (lineup_post_skip_speaker_marker (head_trim)))
        pieces->byline = g_strdup (lineup_post_skip_speaker_marker (head_trim));
      else if (*head_trim != '\0' && is_day_word (head_trim))
        ;   /* "(Wed 4:25pm - 5:00pm)": the day of the time, not a label */
      else if (*head_trim != '\0' &&
               lineup_post_count_letters (head_trim, -1) <= LINEUP_POST_MAX_LABEL_LETTERS)
        pieces->label = g_steal_pointer (&head_trim);
      else
        pieces->leftover += lineup_post_count_letters (head_trim, -1);
    }
  else if ((pieces->found & LINEUP_SLOT_DATE) != 0 &&
           pieces->slot.month + pieces->slot.day + pieces->slot.weekday != 0)
    {
      /* "Thu 19: [Title](url)": the day before the link, the time on a
       * line of its own below it. */
      g_autofree gchar *rest = g_strdup (before + pieces->slot.span_end);

      pieces->label = lineup_post_trim_separators (rest, strlen (rest));
      pieces->leftover += lineup_post_count_letters (before, pieces->slot.span_start);
    }
  else
    {
      pieces->found = LINEUP_SLOT_NONE;
      pieces->leftover += lineup_post_count_letters (before, -1);
    }
}

/* "(Room 4/5 @ The Conference Center, a co-located event…)" after a link:
 * a note on the talk (room, fee, video), not prose around a link. */
static gboolean
is_parenthetical (const gchar *text)
{
  gsize length;
  gint open = 0;

  while (g_ascii_isspace (*text))
    text++;
  length = strlen (text);
  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;
  if (length < 2 || text[0] != '(' || text[length - 1] != ')')
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      open += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
      if (open == 0 && i + 1 < length)
        return FALSE;
    }
  return open == 0;
}

/* "[Title](url) at KubeCon + CloudNativeCon -- Name, Name": the event or
 * place the talk is at, then its speakers after a dash.  Returns the byline
 * and sets the room when @trimmed (the text after the link) is so. */
static gchar *
read_at_place_byline (LineupPostLinkedLine  *pieces,
                      const gchar *trimmed)
{
  static const gchar * const dashes[] = { " -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - " };
  const gchar *dash = NULL;
  const gchar *people;
  g_autofree gchar *place = NULL;

  if (!g_str_has_prefix (trimmed, "at ") && !g_str_has_prefix (trimmed, "At ") &&
      !g_str_has_prefix (trimmed, "@ "))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (dashes) && dash == NULL; i++)
    dash = g_strrstr (trimmed, dashes[i]);
  if (dash == NULL)
    return NULL;
  place = lineup_post_trim_separators (trimmed + 2, (gsize) (dash - trimmed) - 2);
  people = lineup_post_skip_speaker_marker (dash);
  /* A place is a name, not a sentence. */
  if (*place == '\0' || lineup_post_count_words (place) > 10 || strchr (place, '.') != NULL ||
      *people == '\0' || strlen (people) > MAX_TITLE_BYTES ||
      !lineup_byline_looks_like_people (people))
    return NULL;
  if (pieces->room == NULL)
    pieces->room = g_steal_pointer (&place);
  return lineup_post_trim_separators (people, strlen (people));
}

/* What follows the link: speakers ("- Name (Org), Name (Org)", or after a
 * time in brackets "(Tuesday, 10:30 - 11:00) Name (Org)"), a room…  Returns
 * the byline, or NULL when the rest is something else (counted as leftover). */
static gchar *
read_linked_byline (LineupPostLinkedLine *pieces)
{
  const gchar *after = pieces->after;
  g_autofree gchar *trimmed = NULL;
  g_autofree gchar *note = NULL;
  gchar *byline = NULL;
  const gchar *people, *close;
  gboolean marked;

  if (after == NULL || *after == '\0')
    return NULL;

  trimmed = lineup_post_trim_separators (after, strlen (after));
  people = lineup_post_skip_speaker_marker (trimmed);
  marked = lineup_post_starts_with_dash (after) || g_str_has_prefix (after, ",") ||
           pieces->after_time || strchr (people, '(') != NULL ||
           people != trimmed;   /* "led by", "presented by"… */
  if (marked && (byline = lineup_post_linked_name_dash_org (people)) != NULL)
    return byline;
  if (*people != '\0' && marked && strlen (people) <= MAX_TITLE_BYTES &&
      lineup_byline_looks_like_people (people))
    return lineup_post_trim_separators (people, strlen (people));
  if (marked && (byline = lineup_post_linked_people_before_room (people, pieces)) != NULL)
    return byline;
  /* "_by_ [_Bill Kennedy_](…) - ideas on how to use…": then a summary */
  if (people != trimmed && (byline = people_before_summary (people, &pieces->summary)) != NULL)
    return byline;
  if (!pieces->after_time && lineup_post_read_bracketed_byline (after, &byline, &pieces->room))
    return byline;
  if (!pieces->after_time && (byline = read_at_place_byline (pieces, trimmed)) != NULL)
    return byline;
  if (!pieces->after_time && summary_after_bracket (after, &close) != NULL)
    return read_byline_before_summary (pieces);
  /* "- 15-minute presentation by Name, Org": a short note, then the byline */
  if (marked && lineup_post_split_by_byline (people, &note, &byline) &&
      lineup_post_count_letters (note, -1) <= LINEUP_POST_MAX_LABEL_LETTERS)
    return byline;
  g_clear_pointer (&byline, g_free);

  if (!is_parenthetical (after))
    pieces->leftover += lineup_post_count_letters (trimmed, -1);
  return NULL;
}

/* "### **Time: 9:00-9:30AM PDT**", "#### 13:35 - 13:55 CET": the time of
 * the talk above. */
static gboolean
gives_time (const LineupPostUnit *unit)
{
  LineupSlot slot;
  gsize value = 0;

  if (unit->kind != LINEUP_UNIT_HEADING)
    return FALSE;
  if (lineup_post_layouts_field (unit->text, &value) == LINEUP_POST_FIELD_WHEN)
    return TRUE;
  return (lineup_post_unit_scan (unit, &slot) & LINEUP_SLOT_TIME) != 0 &&
         lineup_post_count_letters (unit->text, (gssize) slot.span_start) == 0;
}

/* "#### [GitOpsCon](event page)" over a list: a heading that is nothing but
 * a link to a page that is no Sched session, with no time, and a list or a
 * heading right under it, names the event of the talks below. */
static gboolean
heading_links_a_section (const LineupPostUnit    *unit,
                         const LineupPostLine    *line,
                         const LineupPostLink    *link,
                         const LineupPostContext *context)
{
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_HEADING || unit->lines->len != 1 ||
      lineup_post_layouts_is_sched_url (link->url) || context->next == NULL ||
      (context->next->kind != LINEUP_UNIT_HEADING && context->next->kind != LINEUP_UNIT_ITEM))
    return FALSE;
  if ((lineup_post_line_scan (line, &slot) & LINEUP_SLOT_TIME) != 0 ||
      gives_time (context->next))
    return FALSE;
  return lineup_post_count_letters (line->text, link->start) == 0 &&
         lineup_post_count_letters (line->text + link->end, -1) == 0;
}

/* "<h1><a href="/this-post.html">Post title</a></h1>": a heading that links
 * the post's own title (a blog's page template) is the post, not a talk. */
static gboolean
heading_links_post_title (const LineupPostUnit    *unit,
                          const LineupPostLine    *line,
                          const LineupPostLink    *link,
                          const LineupPostContext *context)
{
  g_autofree gchar *title = NULL;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_HEADING || context->title == NULL ||
      lineup_post_layouts_is_sched_url (link->url) ||
      (lineup_post_line_scan (line, &slot) & LINEUP_SLOT_TIME) != 0)
    return FALSE;
  title = lineup_text_fold (context->title);
  return g_strcmp0 (g_strstrip (title), lineup_post_unit_folded (unit)) == 0;
}

/* "…can be found on the [session page](url).": a link in the middle of a
 * sentence, its text in lower case after a word in lower case, points to a
 * talk but names none. */
static gboolean
is_prose_link (const gchar *before,
               const gchar *title)
{
  const gchar *last;
  gsize length = strlen (before);
  LineupSlot slot;

  while (length > 0 && before[length - 1] == ' ')
    length--;
  /* "2:00pm [asyncio: We Did It Wrong](…)": the "m" of a time is no word */
  if (length == 0 || !g_unichar_islower (g_utf8_get_char (title)) ||
      ((lineup_slot_scan (before, &slot) & LINEUP_SLOT_TIME) && slot.span_end >= length))
    return FALSE;
  last = g_utf8_find_prev_char (before, before + length);
  return last != NULL && g_unichar_islower (g_utf8_get_char (last));
}

/* "[Saturday from 10:00 to 18:00](url)": a link on a time names no talk. */
static gboolean
title_is_a_slot (const gchar *title)
{
  LineupSlot slot;

  return lineup_slot_scan (title, &slot) != LINEUP_SLOT_NONE && lineup_slot_is_whole (title, &slot);
}

/* "[Everything You Wanted to Know](…)" then "_by_ [_Mark Bates_](…) - a
 * survey of…" on the next line of the item: its speakers, or NULL. */
static gchar *
byline_on_next_line (const LineupPostUnit *unit,
                     guint                 index,
                     LineupPostLinkedLine *pieces)
{
  const LineupPostLine *next;
  const gchar *people;
  g_autofree gchar *summary = NULL;

  /* a timed item's lines are the walk's to read (lineup-post-reader-walk.c) */
  if (unit->kind != LINEUP_UNIT_ITEM || index + 1 >= unit->lines->len ||
      (pieces->after != NULL && lineup_post_count_letters (pieces->after, -1) > 0) ||
      (lineup_post_unit_scan (unit, NULL) & LINEUP_SLOT_TIME))
    return NULL;
  next = g_ptr_array_index (unit->lines, index + 1);
  if (!lineup_post_linked_says_by (next->text))
    return NULL;
  people = next->text + strspn (next->text, " ") + 3;
  if (lineup_byline_looks_like_people (people))
    return g_strdup (people);
  /* the summary after it is the walk's to read (lineup-post-reader-walk.c) */
  return people_before_summary (people, &summary);
}


/* A line that is a talk with a link: "[Title - Speakers](url)", optionally
 * with a time and a label before it and a byline or a time after it. */
static gboolean
recognise_linked_talk_line (const LineupPostUnit    *unit,
                            guint                    index,
                            const LineupPostContext *context,
                            LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostLink *link = lineup_post_linked_find_talk_link (line);
  g_auto(LineupPostLinkedLine) pieces = { 0 };
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;
  g_autofree gchar *bare = NULL;
  LineupSlot slot = { 0 };
  gboolean sched, name_first, title_first, day_item, people_first;

  if (link == NULL)
    return FALSE;

  /* Booths and office hours are not talks, unless the conference's own
   * schedule (Sched) lists them as a session. */
  /* "["Why I love Trello"](slides)": the quotes only mark the title */
  title = lineup_text_unquote (lineup_post_trim_separators (line->text + link->start,
                                                            link->end - link->start));
  if (*title == '\0' || strlen (title) > MAX_TITLE_BYTES ||
      (lineup_post_layouts_title_is_not_a_talk (title) && !lineup_post_layouts_is_sched_url (link->url)))
    return FALSE;
  if (g_str_has_prefix (title, "http://") || g_str_has_prefix (title, "https://") ||
      lineup_post_linked_names_no_talk (line, link))
    return FALSE;
  pieces.before = g_strndup (line->text, link->start);
  pieces.after = g_strdup (line->text + link->end);
  lineup_post_linked_split_marked (line, link, &title, &pieces);
  sched = lineup_post_layouts_is_sched_url (link->url);
  if (is_prose_link (pieces.before, title) || title_is_a_slot (title) ||
      lineup_post_is_author_link (pieces.before) ||
      (unit->kind == LINEUP_UNIT_HEADING && lineup_post_links_after_article (pieces.before)))
    return FALSE;
  lineup_post_linked_move_leading_time (&pieces, &title);
  name_first = !sched && unit->kind == LINEUP_UNIT_ITEM &&
               lineup_post_linked_name_colon_title (&pieces, &title);
  title_first = !sched && !name_first &&
                lineup_post_linked_title_first (&pieces, &title, unit->kind == LINEUP_UNIT_HEADING);
  /* an item of a day's list, or of a list of "[Name - Title](video)" items
   * (a recap's highlights, no day at all) */
  day_item = unit->kind == LINEUP_UNIT_ITEM &&
             (context->day_list ||
              lineup_post_layouts_list_names_people (cmark_node_parent (unit->node)));
  people_first = !sched && !title_first && !name_first &&
                 (unit->kind == LINEUP_UNIT_HEADING || day_item || unit->table_row ||
                  link != &g_array_index (line->links, LineupPostLink, 0)) &&
                 lineup_post_linked_people_first (&pieces, title, day_item, unit->table_row);

  /* "### Tuesday 17 May - [GitOpsCon](…)" is a day heading naming its event. */
  if (unit->kind == LINEUP_UNIT_HEADING && !sched &&
      lineup_slot_scan (pieces.before, &slot) == LINEUP_SLOT_DATE)
    return FALSE;

  if (!sched && lineup_post_heading_links_an_event_day (unit, title, &pieces))
    return FALSE;

  if (heading_links_a_section (unit, line, link, context) ||
      heading_links_post_title (unit, line, link, context))
    return FALSE;

  read_linked_slot (&pieces, title);
  byline = read_linked_byline (&pieces);
  lineup_post_linked_prefer_speaker_links (line, link, &byline, &pieces);
  if (byline == NULL)
    byline = g_steal_pointer (&pieces.byline);
  if (byline == NULL)
    byline = byline_on_next_line (unit, index, &pieces);
  /* "[Title by Name](#title-by-name)": the link's text names the speaker */
  if (byline == NULL && lineup_post_split_by_byline (title, &bare, &byline))
    {
      g_free (title);
      title = g_steal_pointer (&bare);
    }
  lineup_post_linked_read_label (&pieces, link->url, &title, &byline);

  if (pieces.leftover > MAX_LEFTOVER_LETTERS)
    return FALSE;

  /* a talk has a time, or is listed under its day ("**Thursday 7/13**") */
  if (!((pieces.found & LINEUP_SLOT_TIME) != 0 || unit->kind == LINEUP_UNIT_HEADING || sched ||
        (index == 0 && context->pending_slot) || context->heading_slot ||
        lineup_post_layouts_slot_above (unit, index) ||
        (day_item &&
         (title_first || people_first || lineup_post_count_letters (line->text, (gssize) link->start) == 0)) ||
        /* "### Name [@handle](url)" over "[Title](url)" alone */
        (context->speaker_heading != NULL && unit->kind == LINEUP_UNIT_PARAGRAPH &&
         unit->lines->len == 1 && *pieces.before == '\0' && pieces.leftover == 0 && byline == NULL) ||
        slot_follows (unit, index, context) ||
        /* "[Fennec](slides)" in a list a line announces ("sessions as follows:") */
        (unit->table_talks && !unit->table_row && index == 0 && *pieces.before == '\0' &&
         pieces.leftover == 0) ||
        (byline != NULL && lineup_post_count_letters (line->text, (gssize) link->start) == 0 &&
         lineup_post_linked_lists_bylines (unit)) ||
        (pieces.leftover == 0 && *pieces.before == '\0' &&
         (lineup_post_layouts_is_event_page (link->url) ||
          strstr (link->url, "/keynote") != NULL) &&
         lineup_post_linked_lists_event_pages (unit))))
    return FALSE;

  lineup_post_layouts_set_talk (talk, index, g_steal_pointer (&title), &pieces.slot, pieces.found);
  talk->byline = byline != NULL || context->speaker_heading == NULL || unit->kind != LINEUP_UNIT_PARAGRAPH
                 ? g_steal_pointer (&byline) : g_strdup (context->speaker_heading);
  talk->label = g_steal_pointer (&pieces.label);
  talk->room = g_steal_pointer (&pieces.room);
  talk->url = g_strdup (link->url);
  talk->summary = g_steal_pointer (&pieces.summary);
  return TRUE;
}

/* "**Speaker:** Name (Org)" over "**Title**" after the talk's time: its
 * speakers' field, then its title in bold. */
static gboolean
speakers_over_bold_title (const LineupPostUnit    *unit,
                          const LineupPostContext *context,
                          LineupPostTalk          *talk)
{
  const LineupPostLine *field, *title;
  gsize value = 0;
  LineupSlot none = { 0 };

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len != 2 || !context->pending_slot)
    return FALSE;
  field = g_ptr_array_index (unit->lines, 0);
  title = g_ptr_array_index (unit->lines, 1);
  if (lineup_post_layouts_field (field->text, &value) != LINEUP_POST_FIELD_SPEAKERS ||
      !title->strong || title->links->len > 0 ||
      lineup_post_layouts_field (title->text, NULL) != LINEUP_POST_FIELD_NONE ||
      lineup_post_count_letters (title->text, -1) < 3)
    return FALSE;
  none.start_minute = none.end_minute = -1;
  lineup_post_layouts_set_talk (talk, 1, lineup_post_trim_separators (title->text,
                                                                      strlen (title->text)),
                                &none, LINEUP_SLOT_NONE);
  talk->byline = g_strdup (field->text + value);
  return TRUE;
}

/* "Ana Souza, Piotr Nowak": a line of full names only, joined so that no
 * name reads as the organisation of the one before ("Ana Souza; Piotr
 * Nowak"); a copy of @text when it is not so. */
static gchar *
names_only (const gchar *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ", ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (strchr (g_strstrip (parts[i]), ' ') == NULL || !lineup_byline_looks_like_people (parts[i]))
      return g_strdup (text);
  return g_strjoinv ("; ", parts);
}

/* "**10:00** Name, Name" over "[*Title*](abstracts/name)": a timetable's
 * line of the time and the speakers, the title on the next line, linked or
 * in emphasis.  Moves the names to @talk's byline and takes that title
 * (without its link). */
static gboolean
title_on_next_line (const LineupPostUnit *unit,
                    guint                 index,
                    LineupPostTalk       *talk)
{
  const LineupPostLine *next;
  g_autofree gchar *title = NULL;
  LineupSlot slot;

  if (index + 1 >= unit->lines->len || talk->byline != NULL || talk->title == NULL ||
      !lineup_byline_looks_like_people (talk->title))
    return FALSE;
  next = g_ptr_array_index (unit->lines, index + 1);
  if (!next->emphasised && next->links->len != 1)
    return FALSE;
  if (next->links->len == 1 &&
      lineup_post_count_letters (next->text, -1) >
      lineup_post_count_letters (next->text + g_array_index (next->links, LineupPostLink, 0).start,
                                 g_array_index (next->links, LineupPostLink, 0).end -
                                 g_array_index (next->links, LineupPostLink, 0).start) + 2)
    return FALSE;
  title = lineup_post_trim_separators (next->text, strlen (next->text));
  if (lineup_post_line_scan (next, &slot) & LINEUP_SLOT_TIME ||
      lineup_post_count_letters (title, -1) < 3 || lineup_byline_looks_like_people (title))
    return FALSE;
  talk->byline = names_only (talk->title);
  g_free (talk->title);
  talk->title = g_steal_pointer (&title);
  /* the title's line is no description; its link (an abstract's page) is
   * kept out of the talk's, which would make the post's unlinked agenda
   * (the welcome, the round table) look like asides of linked talks */
  talk->line_index = index + 1;
  return TRUE;
}

gchar *
lineup_post_strip_marker (const gchar *text)
{
  gchar *bare;

  while (*text == ' ')
    text++;
  /* an emoji or a symbol, not "- ", "[", a letter or a digit */
  if (*text == '\0' || (guchar) *text < 0x80 || g_unichar_isalnum (g_utf8_get_char (text)))
    return NULL;
  bare = g_strstrip (lineup_text_strip_leading_symbols (text));
  if (g_str_equal (bare, text))
    g_clear_pointer (&bare, g_free);
  return bare;
}

gboolean
lineup_post_marked_slot (const gchar *bare,
                         LineupSlot  *slot)
{
  const gchar *bar;

  if (!(lineup_slot_scan (bare, slot) & LINEUP_SLOT_TIME) ||
      lineup_post_count_letters (bare, (gssize) slot->span_start) > 0)
    return FALSE;
  bar = strchr (bare + slot->span_end, '|');
  return lineup_post_count_letters (bare + slot->span_end,
                                    bar != NULL ? bar - (bare + slot->span_end) : -1) == 0;
}

gboolean
lineup_post_is_slot_text (const gchar *text)
{
  g_autofree gchar *bare = lineup_post_strip_marker (text);
  LineupSlot slot;

  return lineup_post_marked_slot (bare != NULL ? bare : text, &slot);
}

gboolean
lineup_post_layouts_recognise_talks (const LineupPostUnit    *unit,
                                     const LineupPostContext *context,
                                     LineupPostRecognition   *out)
{
  g_autoptr(GArray) talks = NULL;
  LineupPostTalk section = { 0 };
  LineupPostContext seen;
  gboolean slot_lines = FALSE;   /* the first talk's line is "time | title" */
  LineupSlot line_slot;           /* a line's, the time of the link under it */
  LineupSlotFound line_found = LINEUP_SLOT_NONE;
  g_autofree gchar *line_room = NULL;
  gint slot_line = -1;

  if (unit->kind == LINEUP_UNIT_OTHER)
    return FALSE;

  /* A section of its own, its day and time in the prose under it; or a
   * title in bold under its speakers. */
  if (lineup_post_context_section_talk (unit, context, &section) ||
      speakers_over_bold_title (unit, context, &section) ||
      lineup_post_layouts_people_over_italic_title (unit, context, &section))
    {
      out->role = LINEUP_ROLE_TALK;
      out->talks = g_array_new (FALSE, TRUE, sizeof (LineupPostTalk));
      g_array_append_val (out->talks, section);
      return TRUE;
    }

  for (guint i = 0; i < unit->lines->len; i++)
    {
      LineupPostTalk talk = { 0 };

      /* the unit's lines before are a schedule being listed */
      if (talks != NULL && !context->seen_talk)
        {
          seen = *context;
          seen.seen_talk = TRUE;
          context = &seen;
        }
      if (lineup_post_layouts_slot_over_link (unit, i, &line_slot, &line_found, &line_room))
        {
          slot_line = (gint) i;
          continue;
        }
      /* "⏰ 10:25 – 10:55 | Room: Omega 2" under a talk is its time
       * (lineup_post_reader_take_marked_field()), no talk of its own;
       * unless the talks are lines of that shape ("19:30 - 19:35 | Title") */
      if (talks != NULL && !slot_lines &&
          lineup_post_is_slot_text (((LineupPostLine *) g_ptr_array_index (unit->lines, i))->text))
        continue;
      if (lineup_post_layouts_take_people_line (talks, g_ptr_array_index (unit->lines, i)))
        continue;
      if (lineup_post_layouts_slot_people_title (unit, i, &talk) ||
          lineup_post_layouts_marked_title_talk (unit, i, context, &talk) ||
          lineup_post_layouts_marked_item_talk (unit, i, &talk) ||
          recognise_linked_talk_line (unit, i, context, &talk) ||
          ((unit->kind != LINEUP_UNIT_HEADING || lineup_post_layouts_heading_starts_with_time (unit, i)) &&
           lineup_post_layouts_unlinked_talk_line (unit, i, context, &talk)) ||
          lineup_post_layouts_slot_heading_talk (unit, i, context, &talk) ||
          lineup_post_layouts_day_list_talk (unit, i, context, &talk) ||
          lineup_post_layouts_day_section_talk (unit, i, context, &talk) ||
          lineup_post_layouts_heading_byline_talk (unit, i, context, &talk) ||
          lineup_post_layouts_bold_name_heading_talk (unit, i, &talk) ||
          lineup_post_layouts_person_link_talk (unit, i, &talk) ||
          lineup_post_layouts_section_heading_talk (unit, i, context, &talk) ||
          lineup_post_layouts_section_bold_talk (unit, i, context, &talk) ||
          lineup_post_layouts_bold_title_speaker_talk (unit, i, context, &talk) ||
          lineup_post_layouts_dated_talk (unit, i, context, &talk) ||
          lineup_post_layouts_bare_list_talk (unit, i, context, &talk) ||
          (talks == NULL && lineup_post_layouts_bold_title_under_slot (unit, i, &talk)))
        {
          if (talks == NULL)
            {
              talks = g_array_new (FALSE, TRUE, sizeof (LineupPostTalk));
              slot_lines = lineup_post_is_slot_text (
                  ((LineupPostLine *) g_ptr_array_index (unit->lines, i))->text);
            }
          if (slot_line >= 0 && (gint) i == slot_line + 1 && !(talk.found & LINEUP_SLOT_TIME))
            {
              talk.slot = line_slot;
              talk.found |= line_found;
              if (talk.room == NULL)
                talk.room = g_steal_pointer (&line_room);
            }
          if (talk.line_index == i + 2 && talk.found != LINEUP_SLOT_NONE)
            i += 2;
          else if (title_on_next_line (unit, i, &talk))
            i++;
          else if (lineup_post_layouts_kind_over_people_and_title (unit, i, &talk))
            i += 2;
          g_array_append_val (talks, talk);
        }
      else if (talks == NULL)
        {
          /* A talk's first line may be its time ("**9:00 - 9:30**" then the
           * link on the next line); anything else before it means prose. */
          const LineupPostLine *line = g_ptr_array_index (unit->lines, i);
          LineupSlot slot;
          gsize value = 0;

          /* "Room: NA326" over the day's talk lines: a field of them all */
          if (!lineup_post_layouts_line_is_slot (line, &slot, NULL) &&
              !lineup_post_layouts_line_is_timed_filler (line) &&
              !(i == 0 && unit->lines->len > 2 &&
                lineup_post_layouts_field (line->text, &value) == LINEUP_POST_FIELD_ROOM))
            return FALSE;
        }
    }

  if (talks == NULL)
    return FALSE;

  out->role = LINEUP_ROLE_TALK;
  out->talks = g_steal_pointer (&talks);
  return TRUE;
}

