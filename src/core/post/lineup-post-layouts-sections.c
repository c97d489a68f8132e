/* lineup-post-layouts-sections.c — talks with headings of their own under "## Talks"
 *
 * An event's page lists its talks under a heading that names them, each
 * talk a heading of its own, the speaker's short biography (or the
 * abstract) under it, often without any time:
 *
 *     ### 讲师与演讲话题
 *     #### 唯品会 Service Mesh 的实践分享
 *     郑德惠 唯品会 Java 资深开发工程师，…
 *
 * A heading in the section of such a heading (deeper than it, with no link
 * and no time) is a talk, unless it names a part of a talk's notes
 * ("Abstract", "Slides"), a room, a break or people.  The paragraph under
 * it names the speakers ("[Name](url):" alone), or its person opens it
 * ("郑德惠 …", "Ana Lee, engineer at …").
 *
 * Notes of a day list each talk as a paragraph of its own: its title in
 * bold (wrapped over lines maybe), its speakers on the line under it:
 *
 *     **Build RAG from Scratch**
 *     Phil Nash
 *
 * Last, the words that tell what a heading or a link is when it is no talk
 * and no track: a part of the day ("### PM"), the short talks of a timed
 * heading ("### 19:20 : Lighting-talks" over the talks' headings), a call
 * to register ("[Inscription ici](…)").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-date.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

#define MAX_SECTION_TITLE_WORDS 20
/* "Ana Lee, …": a name is a few words */
#define MAX_LEADING_NAME_WORDS  4

/* The parts of a talk's notes, not talks. */
static gboolean
names_notes (const gchar *text)
{
  static const gchar * const parts[] = {
    "abstract", "summary", "description", "bio", "biography", "about", "speaker", "speakers",
    "slides", "video", "videos", "recording", "resources", "links", "agenda", "schedule",
    "location", "venue", "register", "registration", "sponsors", "organizers", "organisers",
    "faq", "contact", "notes", "q&a",
    /* Chinese and Japanese: venue, place, time, registration, organisers */
    "场地", "地点", "会场", "会場", "时间", "時間", "报名", "申込", "主办方", "协办方", NULL
  };
  g_autofree gchar *folded = lineup_text_fold (text);

  g_strstrip (folded);
  while (*folded != '\0' && strchr (":.", folded[strlen (folded) - 1]) != NULL)
    folded[strlen (folded) - 1] = '\0';
  return g_strv_contains (parts, folded);
}

/* "郑德惠 唯品会 Java 资深开发工程师", "Ana Lee, engineer at Acme": the
 * person a biography opens with, or NULL. */
static gchar *
leading_person (const gchar *text)
{
  gsize length = strcspn (text, " ");
  g_autofree gchar *first = g_strndup (text, length);
  g_autofree gchar *head = NULL;
  const gchar *fullwidth;

  if (lineup_byline_is_cjk_name (first) && text[length] == ' ')
    return g_steal_pointer (&first);
  /* up to ",", "(" or the fullwidth "，" (a whole character: a byte set
   * would cut another character that shares one of its bytes) */
  length = strcspn (text, ",(");
  if ((fullwidth = strstr (text, "\xEF\xBC\x8C")) != NULL && (gsize) (fullwidth - text) < length)
    length = (gsize) (fullwidth - text);
  if (text[length] == '\0')
    return NULL;
  head = g_strstrip (g_strndup (text, length));
  if (lineup_post_count_words (head) < 2 ||
      lineup_post_count_words (head) > MAX_LEADING_NAME_WORDS ||
      !lineup_byline_may_be_person (head))
    return NULL;
  return g_steal_pointer (&head);
}

/* A talk's heading, trimmed: no part of a talk's notes, no break, a title
 * of a few words; NULL when it is none. */
static gchar *
heading_title (const LineupPostLine *line)
{
  g_autofree gchar *title = lineup_post_trim_separators (line->text, strlen (line->text));

  if (*title == '\0' || lineup_post_count_words (title) > MAX_SECTION_TITLE_WORDS ||
      names_notes (title) || lineup_post_table_is_filler (title) ||
      lineup_post_layouts_title_is_not_a_talk (title))
    return NULL;
  return g_steal_pointer (&title);
}

gboolean
lineup_post_layouts_section_heading_talk (const LineupPostUnit    *unit,
                                          guint                    index,
                                          const LineupPostContext *context,
                                          LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostUnit *next = context->next;
  g_autofree gchar *title = NULL;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_HEADING || context->talks_heading_level == 0 ||
      unit->level <= context->talks_heading_level || unit->lines->len != 1 || unit->has_link ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE || next == NULL ||
      (next->kind != LINEUP_UNIT_PARAGRAPH && next->kind != LINEUP_UNIT_QUOTE) ||
      lineup_post_layouts_times_a_table (next, cmark_node_next (next->node)))
    return FALSE;
  title = heading_title (line);
  if (title == NULL || lineup_post_layouts_is_place (title) ||
      lineup_post_layouts_title_is_ceremony (title) || lineup_byline_looks_like_people (title))
    return FALSE;
  lineup_post_layouts_set_talk (talk, index, g_steal_pointer (&title), &slot, LINEUP_SLOT_NONE);
  /* the person a biography opens with, or "[Alfredo Motta](…):" alone */
  talk->byline = leading_person (next->text);
  if (talk->byline == NULL && next->lines->len > 0)
    talk->byline = lineup_post_layouts_speaker_line (
      ((LineupPostLine *) g_ptr_array_index (next->lines, 0))->text);
  return TRUE;
}

/* "## 10:30-11:30 Session 1: Compilers" over "### Title" headings, each
 * over its authors ("Tiark Rompf, Purdue University (USA); Nada Amin, EPFL
 * (Switzerland)"): a heading under a slot heading, its people on the
 * paragraph's first line. */
gboolean
lineup_post_layouts_slot_heading_talk (const LineupPostUnit    *unit,
                                       guint                    index,
                                       const LineupPostContext *context,
                                       LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostUnit *next = context->next;
  const LineupPostLine *people;
  g_autofree gchar *title = NULL;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_HEADING || !context->heading_slot || unit->lines->len != 1 ||
      unit->has_link || lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE ||
      next == NULL || next->kind != LINEUP_UNIT_PARAGRAPH || next->lines->len == 0)
    return FALSE;
  people = g_ptr_array_index (next->lines, 0);
  title = heading_title (line);
  if (title == NULL || people->links->len > 0 || !lineup_byline_looks_like_people (people->text))
    return FALSE;
  lineup_post_layouts_set_talk (talk, index, g_steal_pointer (&title), &slot, LINEUP_SLOT_NONE);
  talk->byline = g_strdup (people->text);
  return TRUE;
}

/* "### 11:15 – 11:40" over "**Nick Thieberger, University of Melbourne**"
 * and "*Documenting Pacific languages*" (maybe under "**Keynote**"): a
 * slot's paragraph, its speaker in bold over its title in italics. */
#define MAX_KIND_WORDS 3
#define MAX_PEOPLE_TITLE_LINES 8

/* "Fabrice Wacalie, University of New Caledonia, Laboratoire …, LIRE (EA
 * 7418)": a line of people, or one that opens with a person's name and a
 * comma. */
static gboolean
leads_with_person (const gchar *text)
{
  g_autofree gchar *head = g_strndup (text, strcspn (text, ","));

  return lineup_byline_looks_like_people (text) ||
         (text[strlen (head)] == ',' && lineup_post_count_words (head) >= 2 &&
          lineup_byline_may_be_person (g_strstrip (head)));
}


gboolean
lineup_post_layouts_people_over_italic_title (const LineupPostUnit    *unit,
                                              const LineupPostContext *context,
                                              LineupPostTalk          *talk)
{
  const LineupPostLine *title;
  g_autoptr(GString) people = g_string_new (NULL);
  guint n = unit->lines->len, i = n - 1;
  LineupSlot none = { 0 };

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || n < 2 || n > MAX_PEOPLE_TITLE_LINES ||
      !(context->heading_slot || context->pending_slot))
    return FALSE;
  title = g_ptr_array_index (unit->lines, n - 1);
  if (!title->emphasised || title->strong || lineup_post_count_letters (title->text, -1) < 3)
    return FALSE;
  /* its people in bold, a line each (an affiliation's plain line under
   * one), "**Keynote**", "**Hands-on session**" over them */
  while (i-- > 0)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);

      if (line->strong && leads_with_person (line->text))
        {
          g_string_prepend (people, people->len > 0 ? "; " : "");
          g_string_prepend (people, line->text);
        }
      else if (line->emphasised || i + 2 != n)
        break;
    }
  for (guint k = 0; k <= i && i < n; k++)
    {
      const LineupPostLine *kind = g_ptr_array_index (unit->lines, k);

      if (!kind->strong || lineup_post_count_words (kind->text) > MAX_KIND_WORDS)
        return FALSE;
    }
  if (people->len == 0)
    return FALSE;
  none.start_minute = none.end_minute = -1;
  lineup_post_layouts_set_talk (talk, n - 1,
                                lineup_post_trim_separators (title->text, strlen (title->text)),
                                &none, LINEUP_SLOT_NONE);
  talk->byline = g_string_free (g_steal_pointer (&people), FALSE);
  return TRUE;
}

/* "**Scale Kubernetes to 60K Nodes - Ying Huang & Ying Xiong, Futurewei**"
 * opening a paragraph in the section of "## Our Talks": a line all in bold
 * that is a title and its speakers. */
gboolean
lineup_post_layouts_section_bold_talk (const LineupPostUnit    *unit,
                                       guint                    index,
                                       const LineupPostContext *context,
                                       LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || context->talks_heading_level == 0 || index != 0 ||
      !line->strong || line->links->len > 0 ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
    return FALSE;
  lineup_byline_split (line->text, &title, &byline);
  if (byline == NULL || lineup_post_count_words (title) > MAX_SECTION_TITLE_WORDS ||
      lineup_post_table_is_filler (title) || lineup_post_layouts_title_is_not_a_talk (title))
    return FALSE;
  lineup_post_layouts_set_talk (talk, index, g_steal_pointer (&title), &slot, LINEUP_SLOT_NONE);
  talk->byline = g_steal_pointer (&byline);
  return TRUE;
}

/* The lines a title wrapped in bold may take. */
#define MAX_BOLD_TITLE_LINES 3

/* The line of people that follows a bold title: the last of @unit's, or
 * the paragraph after it ("*Instructor: Carl Kadie*"); NULL when none does. */
static const LineupPostLine *
people_line (const LineupPostUnit    *unit,
             const LineupPostContext *context,
             guint                   *title_lines)
{
  const LineupPostUnit *next = context->next;
  const LineupPostLine *last = g_ptr_array_index (unit->lines, unit->lines->len - 1);

  *title_lines = unit->lines->len - 1;
  if (unit->lines->len >= 2 && !last->strong)
    return last;
  if (unit->lines->len != 1 || next == NULL || next->kind != LINEUP_UNIT_PARAGRAPH ||
      next->lines->len != 1)
    return NULL;
  *title_lines = 1;
  return g_ptr_array_index (next->lines, 0);
}

/* "**Build RAG from Scratch**" over "Phil Nash": a paragraph of a post that
 * has a day, its lines all in bold but the last, which names people; or a
 * bold title over a paragraph of its people ("*Instructor: Name*"). */
gboolean
lineup_post_layouts_bold_title_speaker_talk (const LineupPostUnit    *unit,
                                             guint                    index,
                                             const LineupPostContext *context,
                                             LineupPostTalk          *talk)
{
  guint last = 0;
  const LineupPostLine *names;
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree gchar *trimmed = NULL;
  gchar *people;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || index != 0 || unit->lines->len == 0 ||
      !(context->have_day || context->pub_year != 0) ||
      (names = people_line (unit, context, &last)) == NULL || last > MAX_BOLD_TITLE_LINES)
    return FALSE;
  for (guint i = 0; i < last; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);

      if (!line->strong || line->links->len > 0 ||
          lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
        return FALSE;
      g_string_append_printf (title, "%s%s", i > 0 ? " " : "", line->text);
    }
  trimmed = lineup_post_trim_separators (title->str, title->len);
  /* "Workshop 1: Run Your Rust Code…" */
  lineup_post_layouts_cut_numbered_kind (trimmed);
  if (lineup_post_count_words (trimmed) < 2 ||
      lineup_post_count_words (trimmed) > MAX_SECTION_TITLE_WORDS ||
      lineup_post_table_is_filler (trimmed) || lineup_post_layouts_title_is_ceremony (trimmed) ||
      lineup_post_layouts_title_is_not_a_talk (trimmed) || names_notes (trimmed) ||
      lineup_byline_looks_like_people (trimmed) || lineup_byline_is_role (trimmed))
    return FALSE;
  people = lineup_post_layouts_speaker_line (names->text);
  if (people == NULL)
    return FALSE;
  lineup_post_layouts_set_talk (talk, index, g_steal_pointer (&trimmed), &slot, LINEUP_SLOT_NONE);
  talk->byline = people;
  return TRUE;
}

/* "Register here", "RSVP", "[Inscription ici](meetup page)": a call to sign
 * up for the event, in a few words, names no talk; nor does "[More
 * detailed schedule here](…)", "[Full schedule](…)", a pointer to the
 * schedule somewhere else. */
#define MAX_CALL_WORDS 4
#define MAX_POINTER_WORDS 5

static gboolean
points_to_schedule (const gchar *folded)
{
  static const gchar * const schedules[] = { "schedule", "agenda", "programme", "program", NULL };
  static const gchar * const pointers[] = { "here", "full", "complete", "detailed", "more", "see",
                                            "view", "whole", NULL };
  g_auto(GStrv) words = g_strsplit_set (folded, " :,.!", -1);
  gboolean schedule = FALSE, pointer = FALSE;

  if (lineup_post_count_words (folded) > MAX_POINTER_WORDS)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      schedule |= g_strv_contains (schedules, words[i]);
      pointer |= g_strv_contains (pointers, words[i]);
    }
  return schedule && pointer;
}

gboolean
lineup_post_layouts_title_calls_to_act (const gchar *title)
{
  static const gchar * const calls[] = {
    "register", "registration", "sign up", "signup", "rsvp", "get tickets", "buy tickets",
    "get your ticket", "tickets", "inscription", "inscriptions", "inscrivez-vous", "anmeldung",
    "inscripcion", "inscricao", "inscricoes", NULL
  };
  g_autofree gchar *folded = lineup_text_fold (title);

  if (points_to_schedule (folded))
    return TRUE;
  if (lineup_post_count_words (folded) > MAX_CALL_WORDS)
    return FALSE;
  for (guint i = 0; calls[i] != NULL; i++)
    {
      gsize length = strlen (calls[i]);

      if (strncmp (folded, calls[i], length) == 0 && !g_ascii_isalnum (folded[length]))
        return TRUE;
    }
  return FALSE;
}

/* "lightning talks", "lighting-talks", "short talks": the talks of a slot
 * by their kind, in a few words and in the plural (folded). */
#define MAX_SHORT_TALKS_WORDS 3

gboolean
lineup_post_layouts_names_short_talks (const gchar *folded)
{
  gsize length = strlen (folded);

  return lineup_post_count_words (folded) <= MAX_SHORT_TALKS_WORDS &&
         (strstr (folded, "lightning") != NULL || strstr (folded, "lighting") != NULL ||
          strstr (folded, "short") != NULL) &&
         length > 5 && strcmp (folded + length - 5, "talks") == 0;
}

/* "am", "pm", "morning", "afternoon session", "nachmittag" (folded). */
gboolean
lineup_post_layouts_names_part_of_day (const gchar *folded)
{
  static const gchar * const parts[] = {
    "am", "pm", "a.m.", "p.m.", "morning", "afternoon", "evening", "morning session",
    "afternoon session", "evening session", "morning sessions", "afternoon sessions",
    /* Italian, French, German, Spanish, Portuguese */
    "mattina", "pomeriggio", "sera", "matin", "matinee", "apres-midi", "soir", "soiree",
    "vormittag", "nachmittag", "abend", "manana", "tarde", "noche", "manha", "noite", NULL
  };

  return g_strv_contains (parts, folded);
}

/* "### Pre-event Content – March 19": a section named, then its day after
 * a dash or a colon; "## KubeCon EU, Paris, 19-22 March", "## HUPO Hub,
 * September 30, 2026": an event, then its days or its whole date (the
 * first is the day of the talks below that name none). */
gboolean
lineup_post_layouts_heading_ends_with_date (const gchar      *text,
                                            const LineupSlot *slot)
{
  g_autofree gchar *before = NULL;
  g_autofree gchar *after = NULL;
  g_autofree gchar *closing = g_strdup (text + slot->span_end);

  if (slot->month == 0 || slot->day == 0)
    return FALSE;
  after = lineup_post_trim_separators (text + slot->span_end, strlen (text + slot->span_end));
  before = g_strndup (text, slot->span_start);
  g_strchomp (before);
  /* "### Foreman @ NETWAYS Nürnberg (21st July 2016)": the day in brackets */
  if (g_str_equal (g_strstrip (closing), ")") && g_str_has_suffix (before, "(") &&
      lineup_year_is_plausible (slot->year))
    return TRUE;
  if (*after != '\0')
    return FALSE;
  if (g_str_has_suffix (before, ",") && slot->start_minute < 0)
    {
      g_autofree gchar *days = g_strndup (text + slot->span_start,
                                          slot->span_end - slot->span_start);

      /* "## HUPO Bioinformatics HUB, September 30, 2026": a whole date */
      return strchr (days, '-') != NULL || strstr (days, "\xE2\x80\x93") != NULL ||
             lineup_year_is_plausible (slot->year);
    }
  return g_str_has_suffix (before, "-") || g_str_has_suffix (before, ":") ||
         g_str_has_suffix (before, "\xE2\x80\x93") || g_str_has_suffix (before, "\xE2\x80\x94");
}
