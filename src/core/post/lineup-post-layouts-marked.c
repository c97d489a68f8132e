/* lineup-post-layouts-marked.c — a talk line whose title is set off in bold
 * or italics, its speakers beside it
 *
 *     * `09:30am` **How to create a startup with Firebase**, [_Ana Souza_](ana.jpg) (GDE)
 *     * 14:00 *Shape Analysis of Rivers* with Piotr Nowak (Uni Oslo)
 *     | 09:15 | Keynote 1: **James Zou** (Stanford U) - *Data scaling laws* |
 *
 * A line that gives its time at one end (or sits under a slot) and sets one
 * run of its text in emphasis or strong that does not read as people (or
 * that people follow: "**Firebase Primitives**, _Name_"): that run is the
 * title.  Its speakers are what follows it when that reads as
 * people ("by", "with" and a comma before them skipped, their
 * organisations in brackets kept for the byline), or else a run in
 * emphasis before it that reads as people.  Anything else beside them
 * (more than a kind's few words, "Keynote 1:") makes the line prose.  Only
 * a line with both a title and its speakers is claimed here: a title alone
 * is for the other recognisers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

/* Letters besides the title, its speakers and the time: a kind ("Keynote
 * 1", "Invited talk"), no sentence. */
#define MAX_OTHER_LETTERS 16
#define MAX_TITLE_WORDS   24

/* Whether the run @mark overlaps a link of @line. */
static gboolean
mark_is_linked (const LineupPostLine *line,
                const LineupPostLink *mark)
{
  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

      if (link->start < mark->end && mark->start < link->end)
        return TRUE;
    }
  return FALSE;
}

gchar *
lineup_post_without_last_bracket (const gchar *text)
{
  gsize length = strlen (text);
  const gchar *open;

  while (length > 0 && text[length - 1] == ' ')
    length--;
  if (length > 0 && text[length - 1] == ')' &&
      (open = g_strrstr_len (text, (gssize) length, "(")) != NULL && open > text)
    length = (gsize) (open - text);
  return lineup_post_trim_separators (text, length);
}

/* Drops the one full stop that closes @title ("Energy Aware Mapping."), not
 * an ellipsis. */
static void
drop_citation_full_stop (gchar *title)
{
  gsize length = strlen (title);

  if (length > 2 && title[length - 1] == '.' && title[length - 2] != '.')
    title[length - 1] = '\0';
}

/* "by Name [Slides]": the brackets of material at the end of @text go. */
static void
drop_material_brackets (gchar *text)
{
  gsize length = strlen (text);

  while (length > 0 && text[length - 1] == ']')
    {
      gchar *open = g_strrstr_len (text, (gssize) length, "[");
      g_autofree gchar *inside = NULL;

      if (open == NULL)
        return;
      inside = g_strndup (open + 1, (gsize) (text + length - 1 - open - 1));
      if (!lineup_post_layouts_title_is_material (inside))
        return;
      *open = '\0';
      g_strchomp (text);
      length = strlen (text);
    }
}

/* The speakers written after the title: ", Name (Org)", "with Name", "(Name,
 * Org)", or NULL when what follows reads as no people. */
static gchar *
byline_after (const gchar *after)
{
  g_autofree gchar *trimmed = NULL;
  g_autofree gchar *bare = NULL;
  const gchar *names;
  gsize length, value = 0;

  /* the separators before the names, not the brackets around them */
  while (*after == ' ' || *after == ',' || *after == ':' || *after == '|')
    after++;
  trimmed = g_strstrip (g_strdup (after));
  drop_material_brackets (trimmed);
  names = lineup_post_skip_speaker_marker (trimmed);
  /* "_Instructors: Name (Org), Name (Org)_" */
  if (lineup_post_layouts_field (names, &value) == LINEUP_POST_FIELD_SPEAKERS)
    names += value;

  if (*names == '\0')
    return NULL;
  length = strlen (names);
  if (names[0] == '(' && names[length - 1] == ')')
    {
      g_autofree gchar *inner = g_strndup (names + 1, length - 2);

      return lineup_byline_looks_like_people (inner) ? g_steal_pointer (&inner) : NULL;
    }
  bare = lineup_post_without_last_bracket (names);
  if (*bare != '\0' && lineup_byline_looks_like_people (bare))
    return g_strdup (names);
  /* "— Rosa Delgado, Acme | Wednesday, Nov 12, 2:30pm | Room 151": the
   * names up to the bar */
  if (strstr (names, " | ") != NULL)
    {
      g_autofree gchar *head = g_strndup (names, (gsize) (strstr (names, " | ") - names));

      return lineup_byline_looks_like_people (head) ? g_steal_pointer (&head) : NULL;
    }
  return NULL;
}

/* "Gutsche/Posur: *Title*", "Skartsæterhagen: *Title*": a programme that
 * names its speakers by their surnames, one capitalised word each, joined
 * by slashes, before the title it sets off.  The names joined as a byline
 * ("Gutsche & Posur"), or NULL when any part is no such word or names a
 * kind of talk ("Keynote: *Title*"). */
#define MAX_SURNAMES 4

static gchar *
surnames (const gchar *text)
{
  static const gchar * const kinds[] = {
    "talk", "keynote", "panel", "workshop", "tutorial", "demo", "presentation", "lecture",
    "session", "welcome", "opening", "closing", "introduction", "discussion", "invited",
    "tba", "tbd", "poster", "posters", "contributed", "plenary", "lightning", "minitutorial", NULL
  };
  g_auto(GStrv) parts = g_strsplit (text, "/", -1);
  guint n = g_strv_length (parts);

  if (n == 0 || n > MAX_SURNAMES)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      const gchar *part = g_strstrip (parts[i]);
      g_autofree gchar *folded = g_utf8_strdown (part, -1);
      gboolean lower = FALSE;

      if (g_utf8_strlen (part, -1) < 2 || !g_unichar_isupper (g_utf8_get_char (part)) ||
          g_strv_contains (kinds, folded))
        return NULL;
      for (const gchar *p = g_utf8_next_char (part); *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && c != '-' && c != '\'')
            return NULL;
          lower |= g_unichar_islower (c);
        }
      if (!lower)
        return NULL;
    }
  return g_strjoinv (" & ", parts);
}

/* "Yi Zeng (Bayreuth): *Title*": the speakers before the title, closed by
 * a colon, their organisations in brackets; NULL when the text from @start
 * to @end reads as no people. */
static gchar *
byline_before (const gchar *text,
               gsize        start,
               gsize        end)
{
  g_autofree gchar *before = g_strndup (text + start, end - start);
  g_autofree gchar *bare = NULL;
  gsize length;

  g_strstrip (before);
  length = strlen (before);
  if (length < 2 || before[length - 1] != ':')
    return NULL;
  before[length - 1] = '\0';
  bare = lineup_post_without_last_bracket (before);
  if (*bare != '\0' && lineup_byline_looks_like_people (bare))
    return g_strdup (g_strstrip (before));
  return surnames (bare);
}

/* Nothing but punctuation after @end in @text. */
static gboolean
ends_line (const gchar *text,
           gsize        end)
{
  return lineup_post_count_letters (text + end, -1) == 0;
}

gboolean
lineup_post_layouts_line_is_marked_talk (const LineupPostLine *line)
{
  const LineupPostLink *mark;
  g_autofree gchar *byline = NULL;

  if (line->marks == NULL || line->marks->len == 0 || line->emphasised)
    return FALSE;
  mark = &g_array_index (line->marks, LineupPostLink, 0);
  /* "Name (Org): *Title*" */
  if (mark->start > 0 && ends_line (line->text, mark->end) &&
      lineup_post_count_letters (line->text + mark->start, (gssize) (mark->end - mark->start)) >= 3)
    {
      byline = byline_before (line->text, 0, mark->start);
      return byline != NULL;
    }
  if (mark->start != 0 || mark->end >= strlen (line->text) ||
      lineup_post_count_letters (line->text, (gssize) mark->end) < 3)
    return FALSE;
  byline = byline_after (line->text + mark->end);
  return byline != NULL;
}

gboolean
lineup_post_layouts_marked_title_talk (const LineupPostUnit    *unit,
                                       guint                    index,
                                       const LineupPostContext *context,
                                       LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostLink *title_mark = NULL, *people_mark = NULL;
  g_autofree gchar *room = NULL, *title = NULL, *byline = NULL;
  LineupSlot slot = { 0 };
  LineupSlotFound found;
  gsize time_start = 0, time_end = 0, text_length;
  gboolean people_first = FALSE;
  guint other;

  if (line->marks == NULL || line->marks->len == 0 || line->emphasised ||
      unit->kind == LINEUP_UNIT_QUOTE || unit->kind == LINEUP_UNIT_OTHER)
    return FALSE;
  text_length = strlen (line->text);
  found = lineup_post_line_scan (line, &slot);
  if (found & LINEUP_SLOT_TIME)
    {
      /* the time at one end of the line, as a timetable writes it (a room
       * after a bar may follow it: "… | 2:30pm - 3:05pm MST | Room 151") */
      if (lineup_post_count_letters (line->text, (gssize) slot.span_start) > 0 &&
          lineup_post_count_letters (line->text + slot.span_end, -1) > 0 &&
          (room = lineup_post_layouts_room_tail (line->text + slot.span_end)) == NULL)
        return FALSE;
      time_start = slot.span_start;
      time_end = slot.span_end;
    }
  else if (!context->heading_slot && !(index == 0 && context->pending_slot) &&
           !(unit->parent_found & LINEUP_SLOT_TIME))
    return FALSE;

  for (guint i = 0; i < line->marks->len; i++)
    {
      const LineupPostLink *mark = &g_array_index (line->marks, LineupPostLink, i);
      g_autofree gchar *text = NULL;

      if (mark->end <= mark->start || mark->end > text_length ||
          (mark->start < time_end && time_start < mark->end))
        continue;
      text = lineup_post_trim_separators (line->text + mark->start, mark->end - mark->start);
      if (lineup_post_count_letters (text, -1) < 3)
        continue;
      if (title_mark == NULL && lineup_byline_looks_like_people (text))
        people_mark = people_mark != NULL ? people_mark : mark;
      else if (title_mark == NULL)
        {
          if (mark_is_linked (line, mark) || lineup_post_count_words (text) > MAX_TITLE_WORDS ||
              lineup_post_layouts_title_is_not_a_talk (text) || lineup_post_table_is_filler (text))
            return FALSE;
          title_mark = mark;
          title = g_steal_pointer (&text);
        }
    }
  /* "**Firebase Primitives**, _Frank Van Puffelen_": a title may read as
   * names too; the run the speakers follow is the title */
  if (title_mark == NULL && people_mark != NULL &&
      (byline = byline_after (line->text + people_mark->end)) != NULL &&
      !mark_is_linked (line, people_mark))
    {
      title_mark = people_mark;
      people_mark = NULL;
      title = lineup_post_trim_separators (line->text + title_mark->start,
                                           title_mark->end - title_mark->start);
    }
  if (title_mark == NULL)
    return FALSE;

  if (byline == NULL)
    byline = byline_after (line->text + title_mark->end);
  if (byline != NULL)
    people_mark = NULL;
  else if (people_mark != NULL && people_mark->start < title_mark->start)
    {
      /* "**James Zou** (Stanford U) - *Title*": the name and its bracket */
      const gchar *end = line->text + people_mark->end;
      const gchar *close = NULL;

      while (*end == ' ')
        end++;
      if (*end == '(' && (close = strchr (end, ')')) != NULL && close < line->text + title_mark->start)
        end = close + 1;
      else
        end = line->text + people_mark->end;
      byline = lineup_post_trim_separators (line->text + people_mark->start,
                                            (gsize) (end - (line->text + people_mark->start)));
      /* what the title follows is not prose */
      if (lineup_post_count_letters (end, (gssize) (line->text + title_mark->start - end)) > 0 ||
          lineup_post_count_letters (line->text + title_mark->end, -1) > 0)
        return FALSE;
    }
  else if (time_end <= title_mark->start && ends_line (line->text, title_mark->end) &&
           (byline = byline_before (line->text, time_end, title_mark->start)) != NULL)
    people_first = TRUE;   /* "Yi Zeng (Bayreuth): *Title*" */
  else
    return FALSE;

  /* The letters that are neither the time, the title nor its speakers
   * (before the title: the time may be after it) */
  other = lineup_post_count_letters (line->text, (gssize) title_mark->start);
  if (time_end <= title_mark->start)
    other -= MIN (other, lineup_post_count_letters (line->text + time_start,
                                                    (gssize) (time_end - time_start)));
  if (people_mark != NULL || people_first)
    other -= MIN (other, lineup_post_count_letters (byline, -1));
  if (other > MAX_OTHER_LETTERS)
    return FALSE;

  /* "**Local RNA Feedback: More Logic, Less Leakage.** Name and Name.": a
   * citation's full stop ends the title, not the title itself */
  if (people_mark == NULL && !people_first)
    drop_citation_full_stop (title);
  lineup_post_layouts_set_talk (talk, index, g_steal_pointer (&title), &slot, found);
  talk->byline = g_steal_pointer (&byline);
  talk->room = g_steal_pointer (&room);
  return TRUE;
}

/* Items of people: a name before a comma, a handle or a bracket. */
#define MAX_PEOPLE_ITEMS 6

gchar *
lineup_post_layouts_people_of_list (cmark_node *list)
{
  g_autoptr(GString) people = g_string_new (NULL);
  guint n = 0;

  if (list == NULL || cmark_node_get_type (list) != CMARK_NODE_LIST)
    return NULL;
  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      cmark_node *first = cmark_node_first_child (item);
      g_autofree gchar *text = NULL;
      gchar *name;

      if (++n > MAX_PEOPLE_ITEMS || first == NULL ||
          cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
        return NULL;
      text = lineup_post_table_cell_text (first);
      name = g_strstrip (text);
      name[strcspn (name, ",@([|")] = '\0';
      g_strstrip (name);
      if (!lineup_byline_may_be_person (name))
        return NULL;
      g_string_append_printf (people, "%s%s", people->len > 0 ? "; " : "", name);
    }
  return n > 0 ? g_string_free (g_steal_pointer (&people), FALSE) : NULL;
}

/* @line's text from @start on without its links' text (its material:
 * "[[Slides]](…) [[Recording]](…)", a home page written out). */
static gchar *
text_outside_links (const LineupPostLine *line,
                    gsize                 start)
{
  GString *rest = g_string_new (NULL);

  for (gsize p = start; line->text[p] != '\0'; p++)
    {
      gboolean linked = FALSE;

      for (guint i = 0; i < line->links->len && !linked; i++)
        {
          const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

          linked = link->start <= p && p < link->end;
        }
      if (!linked)
        g_string_append_c (rest, line->text[p]);
    }
  return g_string_free (rest, FALSE);
}

GStrv
lineup_post_layouts_paragraph_lines (cmark_node *paragraph)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (paragraph);
  cmark_event_type ev;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);

      if (ev != CMARK_EVENT_ENTER)
        continue;
      if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
        g_string_append (line, cmark_node_get_literal (node));
      else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
        {
          g_ptr_array_add (lines, g_strstrip (g_strdup (line->str)));
          g_string_truncate (line, 0);
        }
    }
  cmark_iter_free (iter);
  g_ptr_array_add (lines, g_strstrip (g_strdup (line->str)));
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}

/* "👤 Jan Wieremjewicz (Percona)": a person marked with a symbol, or NULL. */
static gchar *
marked_person (const gchar *text)
{
  g_autofree gchar *bare = lineup_post_strip_marker (text);

  if (bare == NULL || !lineup_byline_looks_like_people (bare))
    return NULL;
  return g_steal_pointer (&bare);
}

/* The speakers of a marked title's item: a list of people under it, or its
 * second line ("_- by Name_", "👤 Name (Org)", maybe a paragraph of its own). */
static gchar *
item_people (const LineupPostUnit *unit)
{
  gchar *people = NULL;

  for (guint i = 0; unit->extra != NULL && i < unit->extra->len && people == NULL; i++)
    {
      cmark_node *block = g_ptr_array_index (unit->extra, i);

      people = lineup_post_layouts_people_of_list (block);
      if (people == NULL && i == 0 && cmark_node_get_type (block) == CMARK_NODE_PARAGRAPH)
        {
          g_auto(GStrv) lines = lineup_post_layouts_paragraph_lines (block);

          people = marked_person (lines[0]);
        }
    }
  if (people == NULL && unit->lines->len >= 2)
    people = marked_person (((LineupPostLine *) g_ptr_array_index (unit->lines, 1))->text);
  if (people == NULL && unit->lines->len >= 2)
    {
      g_autofree gchar *line = text_outside_links (g_ptr_array_index (unit->lines, 1), 0);
      g_autofree gchar *trimmed = lineup_post_trim_separators (line, strlen (line));

      /* "by" written: a plain second line may be the abstract */
      if (g_str_has_prefix (trimmed, "by ") || g_str_has_prefix (trimmed, "By "))
        people = lineup_post_layouts_speaker_line (trimmed);
    }
  return people;
}

/* "Welcome to" and an event's name of a few words. */
#define MAX_WELCOME_WORDS 6

gboolean
lineup_post_layouts_title_is_ceremony (const gchar *title)
{
  static const gchar * const words[] = {
    "welcome", "welcoming", "opening", "closing", "speech", "speeches", "remarks", "words",
    "word", "and", "&", "introduction", "intro", "outro", "greetings", "announcements", "of", "the",
    /* Portuguese, Spanish, Italian, French: opening, closing, welcome, the event */
    "abertura", "encerramento", "apertura", "clausura", "cierre", "bienvenida", "chiusura",
    "benvenuto", "ouverture", "bienvenue", "do", "da", "del", "de", "la", "evento", "event",
    "benvenuti", "bentornati", "dell", "dello", "della", "l", "cloture",
    /* German (folded): welcome, opening, farewell, by the organisers */
    "begrussung", "eroffnung", "verabschiedung", "durch", "das", "die", "der", "den",
    "organisationsteam", "by", "organizers", "organisers", "organizing", "organising",
    "committee", "team",
    /* "Opening statement", "Welcome remark", "Closing - The end" */
    "statement", "statements", "remark", "end", "discussion", "goodbye", "goodbyes",
    "logistics", "kickoff", "kick-off",
    /* "Best Paper Award & Closing Remarks" */
    "award", "awards", "best", "paper", "prize", "prizes", "ceremony", "draw", "giveaway",
    "sponsor",
    /* "Clôture / remerciements", "Fin": closing, thanks, the end */
    "thanks", "remerciements", "merci", "agradecimientos", "ringraziamenti", "fin",
    /* farewell, an opening ("Inauguración") */
    "despedida", "farewell", "inauguracion", "inauguration",
    /* "Wrap up", "Wrap-Up", "Welcome + Icebreaker" */
    "wrap", "up", "wrap-up", "icebreaker",
    /* Dutch: closing, welcome, announcements */
    "sluiting", "afsluiting", "welkom", "van", "het", "en", "mededelingen",
    /* German: discussion and exchange */
    "diskussion", "und", "austausch",
    /* Polish: a welcome, the opening, the closing */
    "powitanie", "otwarcie", "zakonczenie", "podsumowanie",
    /* "Welcome and aims", "Conclusions" */
    "aims", "conclusion", "conclusions",
    /* Japanese: opening, closing, ending, "to begin", opening and closing words */
    "オープニング", "クロージング", "エンディング", "はじめに", "開会", "閉会", NULL
  };
  /* "Session welcome and aims", "Conclusions and next steps": words of a
   * welcome or a conclusion beside those ("Opening Session", "Discussion
   * and Next Steps" may be a talk) */
  static const gchar * const with_welcome_or_end[] = { "session", "next", "steps", NULL };
  g_autofree gchar *folded = lineup_text_fold (title);
  const gchar *after;
  const gchar *colon = strstr (title, ": ");
  g_auto(GStrv) parts = NULL;

  /* "Welcome: Mary Major/Rick Minor (Org)": who opens it */
  if (colon != NULL && colon > title && lineup_byline_looks_like_people (colon + 2))
    {
      g_autofree gchar *head = g_strndup (title, colon - title);

      return strchr (head, ':') == NULL && lineup_post_layouts_title_is_ceremony (head);
    }

  /* "Apertura dell’evento": the apostrophe parts words too */
  for (gchar *p = strstr (folded, "\xE2\x80\x99"); p != NULL; p = strstr (p, "\xE2\x80\x99"))
    memcpy (p, "'  ", 3);
  /* "Welcome to PyCon US 2024" (the event's name), "Welcome + Lab
   * instructions", "Welcome & coffee" (what goes with it) */
  after = g_str_has_prefix (folded, "welcome ") ? folded + strlen ("welcome ") : NULL;
  if (after != NULL && (g_str_has_prefix (after, "to ") || *after == '+' || *after == '&') &&
      lineup_post_count_words (folded) <= MAX_WELCOME_WORDS)
    return TRUE;
  /* "Welcome + Icebreaker", "Closing speech, prize draw (sponsor giveaway)" */
  parts = g_strsplit_set (folded, " ,:-'/+()", -1);
  guint counted = 0;
  gboolean welcome_or_end = FALSE, weak = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      welcome_or_end |= g_str_equal (parts[i], "welcome") ||
                        g_str_has_prefix (parts[i], "conclusion");
      if (g_strv_contains (with_welcome_or_end, parts[i]))
        weak = TRUE;
      else if (!g_strv_contains (words, parts[i]))
        return FALSE;
      counted++;
    }
  return counted > 0 && (welcome_or_end || !weak);
}

/* "[5 min]", "(10 minutes)", ": 1h": a talk's length and nothing else. */
gboolean
lineup_post_layouts_is_length (const gchar *text)
{
  static const gchar * const units[] = {
    "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", NULL
  };
  g_autofree gchar *word = NULL;
  const gchar *p = text + strspn (text, " :-([");
  gsize digits = strspn (p, "0123456789");
  gsize length;

  if (digits == 0)
    return FALSE;
  p += digits;
  p += strspn (p, " ");
  length = strspn (p, "abcdefghijklmnopqrstuvwxyz");
  word = g_strndup (p, length);
  p += length;
  p += strspn (p, " .)]");
  return *p == '\0' && g_strv_contains (units, word);
}

/* "by Name", "by Scott Miller (nick on IRC)", "by Sebastian": the people a
 * line after a title names, "by" written; or NULL. */
static gchar *
by_people (const gchar *text)
{
  g_autofree gchar *bare = NULL;
  gchar *people;
  const gchar *name;

  if (!g_str_has_prefix (text, "by ") && !g_str_has_prefix (text, "By "))
    return NULL;
  bare = lineup_post_without_last_bracket (text);
  if ((people = lineup_post_layouts_speaker_line (bare)) != NULL)
    return people;
  /* one name, as the speaker signed up */
  name = bare + 3;
  return lineup_post_layouts_is_first_name (name) ? g_strdup (name) : NULL;
}

/* "[5 min] - by Name": the people after a title's length, or NULL. */
static gchar *
people_after_length (const gchar *rest)
{
  const gchar *close = strpbrk (rest, ")]");
  g_autofree gchar *length = NULL;
  g_autofree gchar *people = NULL;

  if (close == NULL)
    return NULL;
  length = g_strndup (rest, (gsize) (close + 1 - rest));
  if (!lineup_post_layouts_is_length (length))
    return NULL;
  people = lineup_post_trim_separators (close + 1, strlen (close + 1));
  return by_people (people);
}

/* "**Title** [5 min] _- by Name_ The abstract…": the people the run in
 * emphasis after the title names, its length between them; or NULL. */
static gchar *
marked_people (const LineupPostLine *line,
               const LineupPostLink *title)
{
  const LineupPostLink *next;
  g_autofree gchar *between = NULL;
  g_autofree gchar *people = NULL;

  if (line->marks->len < 2)
    return NULL;
  next = &g_array_index (line->marks, LineupPostLink, 1);
  if (next->start < title->end || next->end <= next->start)
    return NULL;
  between = g_strndup (line->text + title->end, next->start - title->end);
  if (lineup_post_count_letters (between, -1) > 0 && !lineup_post_layouts_is_length (between))
    return NULL;
  people = lineup_post_trim_separators (line->text + next->start, next->end - next->start);
  return by_people (people);
}

/* Whether a time or a date of @unit's is anywhere but on a line under the
 * title that gives the talk's time ("⏰ 16:05 – 16:55 | Room: Alfa"). */
static gboolean
times_off_slot_lines (const LineupPostUnit *unit)
{
  if (lineup_post_unit_scan (unit, NULL) == LINEUP_SLOT_NONE)
    return FALSE;
  for (guint i = 0; i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);
      LineupSlot slot;

      if (lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE &&
          (i == 0 || !lineup_post_is_slot_text (line->text)))
        return TRUE;
    }
  return FALSE;
}

/* "**Yegor Bugayenko** – _Object Oriented JUnit Tests_": a paragraph of
 * the speakers in bold, a dash, the title in italics, and nothing else. */
static gboolean
people_then_marked_title (const LineupPostLine *line,
                          LineupPostTalk       *talk)
{
  const LineupPostLink *people, *title;
  g_autofree gchar *names = NULL;
  gsize dash_length = 0;
  const gchar *dash;

  if (line->marks == NULL || line->marks->len != 2 || line->links->len > 0)
    return FALSE;
  people = &g_array_index (line->marks, LineupPostLink, 0);
  title = &g_array_index (line->marks, LineupPostLink, 1);
  dash = lineup_post_find_dash (line->text + people->end, &dash_length);
  if (people->start != 0 || title->end != strlen (line->text) || dash == NULL ||
      (gsize) (dash - line->text) >= title->start ||
      lineup_post_count_letters (line->text + people->end,
                                 (gssize) (title->start - people->end)) > 0)
    return FALSE;
  names = lineup_post_trim_separators (line->text, people->end);
  if (!lineup_byline_looks_like_people (names) ||
      lineup_post_count_words (line->text + title->start) < 2)
    return FALSE;
  talk->title = lineup_post_trim_separators (line->text + title->start, title->end - title->start);
  talk->byline = g_steal_pointer (&names);
  talk->found = LINEUP_SLOT_NONE;
  return TRUE;
}

gboolean
lineup_post_layouts_marked_item_talk (const LineupPostUnit *unit,
                                      guint                 index,
                                      LineupPostTalk       *talk)
{
  const LineupPostLine *line;
  const LineupPostLink *mark;
  g_autofree gchar *title = NULL;
  g_autofree gchar *rest = NULL;
  gchar *people = NULL;

  if (unit->kind == LINEUP_UNIT_PARAGRAPH && index == 0 && unit->lines->len == 1)
    return people_then_marked_title (g_ptr_array_index (unit->lines, 0), talk);
  if (unit->kind != LINEUP_UNIT_ITEM || index != 0)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  if (line->marks == NULL || line->marks->len == 0)
    return FALSE;
  mark = &g_array_index (line->marks, LineupPostLink, 0);
  if (lineup_post_count_letters (line->text, (gssize) mark->start) > 0 || mark_is_linked (line, mark))
    return FALSE;
  /* nothing else beside the title but its material and its length ("[5 min]") */
  rest = text_outside_links (line, mark->end);
  if (lineup_post_count_letters (rest, -1) > 0 && !lineup_post_layouts_is_length (rest) &&
      (people = people_after_length (rest)) == NULL &&
      (people = marked_people (line, mark)) == NULL)
    return FALSE;
  title = lineup_post_trim_separators (line->text + mark->start, mark->end - mark->start);
  if (lineup_post_count_letters (title, -1) < 3 || lineup_post_count_words (title) > MAX_TITLE_WORDS ||
      lineup_post_layouts_title_is_not_a_talk (title) ||
      lineup_post_layouts_title_is_ceremony (title) || times_off_slot_lines (unit))
    return FALSE;
  if (people == NULL && (people = item_people (unit)) == NULL)
    return FALSE;
  talk->title = g_steal_pointer (&title);
  talk->byline = people;
  talk->line_index = index;
  talk->found = LINEUP_SLOT_NONE;
  return TRUE;
}
