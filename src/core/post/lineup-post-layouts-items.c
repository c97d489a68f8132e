/* lineup-post-layouts-items.c — list items that open with what names the talk
 *
 * "“Title” by Name and Name, Role, Org -* [sched.co/6Bl3](…)": the title in
 * quotes, the people after it.  "**[ARC312](…) | Title** — Why to go": a
 * catalogue's code of a session, then its title.
 *
 * A school's README lists its lectures with no day and no time:
 *
 *     - Explainable NLP (Ashutosh Modi) slides [code](…)
 *     - Ethics in Explainability (Stefan Buijsman) slides code
 *
 * An item of a list whose items mostly read so ("Title (Names)", then
 * nothing but the names of its material), or as a name and a title on
 * either side of a dash, is a talk when the post has no other
 * (drop_weak_talks() in lineup-post-reader.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts-private.h"
#include "lineup-text.h"

/* A title is a phrase, not a paragraph. */
#define MAX_TITLE_WORDS 30
/* The items of a list looked at to learn its shape, and how many must
 * have it. */
#define MAX_ITEMS_LOOKED_AT 12
#define MIN_SHAPED_ITEMS    3

gboolean
lineup_post_names_person_at_end (const gchar *text,
                                 gsize        length)
{
  g_autofree gchar *head = g_strndup (text, length);
  const gchar *last = NULL;
  const gchar *dash;
  gsize dash_length = 0;
  gsize last_length = 0;
  g_autofree gchar *tail = NULL;

  for (const gchar *p = head; (dash = lineup_post_find_dash (p, &dash_length)) != NULL;
       p = dash + dash_length)
    {
      last = dash;
      last_length = dash_length;
    }
  if (last == NULL)
    return FALSE;
  tail = g_strstrip (g_strdup (last + last_length));
  return lineup_byline_looks_like_people (tail);
}

gboolean
lineup_post_layouts_add_talk (LineupPostRecognition *out,
                              LineupPostTalk        *talk)
{
  out->role = LINEUP_ROLE_TALK;
  if (out->talks == NULL)
    out->talks = g_array_new (FALSE, TRUE, sizeof (LineupPostTalk));
  g_array_append_val (out->talks, *talk);
  return TRUE;
}

/* The link of @line whose text starts in [@from, @to), or NULL. */
static const LineupPostLink *
link_within (const LineupPostLine *line,
             gsize                 from,
             gsize                 to)
{
  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

      if (link->url != NULL && link->start >= from && link->start < to)
        return link;
    }
  return NULL;
}

/* Where the people after a quoted title end: before their links ("-*
 * [http://sched.co/6Bl3](…)") or a dash that leads to them. */
static gsize
people_end (const LineupPostLine *line,
            gsize                 from)
{
  static const gchar * const ends[] = { " -*", " - ", " \xE2\x80\x94 ", " | ", "http", NULL };
  gsize end = strlen (line->text);
  const LineupPostLink *link = link_within (line, from, end);

  if (link != NULL)
    end = link->start;
  for (guint i = 0; ends[i] != NULL; i++)
    {
      const gchar *found = g_strstr_len (line->text + from, (gssize) (end - from), ends[i]);

      if (found != NULL)
        end = (gsize) (found - line->text);
    }
  return end;
}

const gchar *
lineup_post_layouts_after_quoted_title (const gchar  *text,
                                        const gchar **close)
{
  gunichar open = g_utf8_get_char (text);
  const gchar *people;

  if (open != '"' && open != 0x201C)
    return NULL;
  *close = g_utf8_strchr (g_utf8_next_char (text), -1, open == '"' ? '"' : 0x201D);
  if (*close == NULL)
    return NULL;
  people = g_utf8_next_char (*close);
  while (*people == ' ' || *people == ',')
    people++;
  /* "by Name", "By Name", or the name right after the quotes */
  if (g_ascii_strncasecmp (people, "by ", 3) == 0)
    people += 3;
  return people;
}

gboolean
lineup_post_layouts_recognise_quoted_item (const LineupPostUnit    *unit,
                                           const LineupPostContext *context G_GNUC_UNUSED,
                                           LineupPostRecognition   *out)
{
  const LineupPostLine *line;
  const gchar *text, *close, *people;
  const LineupPostLink *link;
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;
  g_autofree gchar *first = NULL;
  LineupPostTalk talk = { 0 };

  /* a heading too ("## “Title” by Name" in notes), with its "by" */
  if ((unit->kind != LINEUP_UNIT_ITEM && unit->kind != LINEUP_UNIT_HEADING) ||
      unit->lines->len != 1)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  text = line->text;
  if ((people = lineup_post_layouts_after_quoted_title (text, &close)) == NULL ||
      (unit->kind == LINEUP_UNIT_HEADING &&
       (people < text + 3 || g_ascii_strncasecmp (people - 3, "by ", 3) != 0)))
    return FALSE;
  title = lineup_post_trim_separators (g_utf8_next_char (text),
                                       (gsize) (close - g_utf8_next_char (text)));
  byline = lineup_post_trim_separators (people, people_end (line, (gsize) (people - text)) -
                                                (gsize) (people - text));
  /* the first of the people reads as one ("Ian Lewis and Brian Dorsey,
   * Developer Advocate, Google"): what follows may be their roles */
  first = g_strndup (byline, strcspn (byline, ",("));
  /* one word ("Damegender") under a time that heads the list */
  if (lineup_post_count_words (title) < ((unit->parent_found & LINEUP_SLOT_TIME) ? 1 : 2) ||
      lineup_post_count_words (title) > MAX_TITLE_WORDS ||
      *first == '\0' || !lineup_byline_looks_like_people (first) ||
      lineup_post_layouts_title_is_not_a_talk (title))
    return FALSE;

  /* the title's own link, else the talk's page after the people */
  link = link_within (line, 0, (gsize) (close - text));
  if (link == NULL)
    link = link_within (line, (gsize) (people - text), strlen (text));
  talk.found = lineup_post_unit_scan (unit, &talk.slot);
  talk.title = g_steal_pointer (&title);
  talk.byline = g_steal_pointer (&byline);
  talk.url = link != NULL ? g_strdup (link->url) : NULL;
  return lineup_post_layouts_add_talk (out, &talk);
}

/* Whether every name of @byline may be a person's ("Sustainable Computing"
 * may not). */
static gboolean
all_persons (const gchar *byline)
{
  g_autoptr(GPtrArray) people = lineup_byline_parse (byline);

  for (guint i = 0; i < people->len; i++)
    if (!lineup_byline_may_be_person (((LineupSpeaker *) g_ptr_array_index (people, i))->name))
      return FALSE;
  return people->len > 0;
}

gboolean
lineup_post_layouts_people_then_title (GPtrArray  *lines,
                                       gchar     **people,
                                       gchar     **title)
{
  const LineupPostLine *first, *second;
  const gchar *colon;
  g_autofree gchar *head = NULL;
  g_autofree gchar *rest = NULL;

  if (lines == NULL || lines->len == 0)
    return FALSE;
  first = g_ptr_array_index (lines, 0);
  second = lines->len > 1 ? g_ptr_array_index (lines, 1) : NULL;
  if (second != NULL && second->emphasised)
    {
      head = g_strdup (first->text);
      rest = lineup_post_trim_separators (second->text, strlen (second->text));
    }
  else if (second == NULL && first->links->len == 0 &&
           (colon = strstr (first->text, ": ")) != NULL)
    {
      head = g_strndup (first->text, (gsize) (colon - first->text));
      rest = lineup_post_trim_separators (colon + 2, strlen (colon + 2));
    }
  if (head == NULL || !lineup_byline_looks_like_people (head) ||
      lineup_post_count_letters (rest, -1) < 3)
    return FALSE;
  if (people != NULL)
    *people = g_steal_pointer (&head);
  if (title != NULL)
    *title = g_steal_pointer (&rest);
  return TRUE;
}

/* "* 10:30 Session 1" over "* Ana Lima and Bo Li<br>*Title*" (or "* Ana
 * Lima and Bo Li: Title"): an item of a session's talks that names its
 * people first, its title after them; the session's time is its own. */
gboolean
lineup_post_layouts_recognise_session_item (const LineupPostUnit    *unit,
                                            const LineupPostContext *context G_GNUC_UNUSED,
                                            LineupPostRecognition   *out)
{
  const LineupPostLine *first;
  LineupPostTalk talk = { 0 };
  g_autofree gchar *people = NULL;
  g_autofree gchar *title = NULL;

  if (unit->kind != LINEUP_UNIT_ITEM || !(unit->parent_found & LINEUP_SLOT_TIME) ||
      !lineup_post_layouts_people_then_title (unit->lines, &people, &title) ||
      lineup_byline_looks_like_people (title) || lineup_post_count_words (title) > MAX_TITLE_WORDS)
    return FALSE;
  first = g_ptr_array_index (unit->lines, 0);
  talk.line_index = unit->lines->len > 1 ? 1 : 0;
  /* "Sustainable Computing: Measuring…" names no one: all of it the title */
  if (talk.line_index == 0 && !all_persons (people))
    {
      g_free (title);
      title = lineup_post_trim_separators (first->text, strlen (first->text));
      g_clear_pointer (&people, g_free);
    }
  talk.found = LINEUP_SLOT_NONE;
  talk.slot.start_minute = talk.slot.end_minute = -1;
  talk.title = g_steal_pointer (&title);
  talk.byline = g_steal_pointer (&people);
  return lineup_post_layouts_add_talk (out, &talk);
}

gboolean
lineup_post_layouts_kind_over_people_and_title (const LineupPostUnit *unit,
                                                guint                 index,
                                                LineupPostTalk       *talk)
{
  const LineupPostLine *people, *title;
  g_autofree gchar *kind = NULL;

  if (index + 2 >= unit->lines->len || talk->byline != NULL || talk->title == NULL)
    return FALSE;
  kind = g_strndup (talk->title, strcspn (talk->title, ",:("));
  people = g_ptr_array_index (unit->lines, index + 1);
  title = g_ptr_array_index (unit->lines, index + 2);
  if (lineup_post_count_words (kind) > 3 || !lineup_byline_names_a_kind (kind) ||
      !lineup_byline_looks_like_people (people->text) || !title->emphasised ||
      lineup_post_count_letters (title->text, -1) < 3 ||
      lineup_byline_looks_like_people (title->text))
    return FALSE;
  talk->byline = g_strdup (people->text);
  g_free (talk->title);
  talk->title = lineup_post_trim_separators (title->text, strlen (title->text));
  talk->line_index = index + 2;
  return TRUE;
}

gboolean
lineup_post_layouts_slot_people_title (const LineupPostUnit *unit,
                                       guint                 index,
                                       LineupPostTalk       *talk)
{
  const LineupPostLine *time, *people, *title;
  const LineupPostLink *link;
  const gchar *names, *colon, *rest = NULL;
  g_autofree gchar *kind = NULL;
  g_autofree gchar *quoted = NULL;

  if (index != 0 || unit->lines->len < 3 || unit->kind == LINEUP_UNIT_HEADING)
    return FALSE;
  time = g_ptr_array_index (unit->lines, 0);
  people = g_ptr_array_index (unit->lines, 1);
  title = g_ptr_array_index (unit->lines, 2);
  if (!lineup_post_layouts_line_is_slot (time, &talk->slot, &talk->found))
    return FALSE;
  /* "**Invited talk**: Barbara Stiebels" */
  names = people->text;
  if ((colon = strchr (names, ':')) != NULL)
    {
      kind = g_strndup (names, (gsize) (colon - names));
      if (!lineup_byline_names_a_kind (g_strstrip (kind)))
        return FALSE;
      names = colon + 1 + strspn (colon + 1, " ");
    }
  /* the title wholly in quotes, linked or in emphasis */
  quoted = lineup_text_split_quoted (title->text, &rest);
  link = title->links->len == 1 ? &g_array_index (title->links, LineupPostLink, 0) : NULL;
  if (people->links->len > 0 || !lineup_byline_looks_like_people (names) ||
      lineup_byline_looks_like_people (title->text) ||
      !((quoted != NULL && *rest == '\0') || title->emphasised ||
        (link != NULL && lineup_post_count_letters (title->text, (gssize) link->start) == 0 &&
         lineup_post_count_letters (title->text + link->end, -1) == 0)))
    return FALSE;
  talk->title = lineup_text_unquote (g_strdup (title->text));
  talk->byline = g_strdup (names);
  if (link != NULL)
    talk->url = g_strdup (link->url);
  talk->line_index = 2;
  return TRUE;
}

/* "til close", "late": the words of a slot's open end, at most */
#define MAX_OPEN_END_WORDS 3

gboolean
lineup_post_layouts_times_a_table (const LineupPostUnit *unit,
                                   cmark_node           *list)
{
  const LineupPostLine *line;
  const gchar *after;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len != 1 || list == NULL ||
      cmark_node_get_type (list) != CMARK_NODE_LIST || !lineup_post_document_is_table (list))
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  if (!(lineup_post_line_scan ((LineupPostLine *) line, &slot) & LINEUP_SLOT_TIME) ||
      lineup_post_count_letters (line->text, (gssize) slot.span_start) > 0)
    return FALSE;
  after = line->text + slot.span_end;
  after += strspn (after, " ");
  /* "15:30 - til close": an open end */
  if (g_str_has_prefix (after, "-") || g_str_has_prefix (after, "\xE2\x80\x93"))
    {
      after += *after == '-' ? 1 : 3;
      if (lineup_post_count_words (after) > MAX_OPEN_END_WORDS)
        return FALSE;
      for (; *after != '\0'; after++)
        if (!g_ascii_isalpha (*after) && *after != ' ')
          return FALSE;
    }
  return lineup_post_count_letters (after, -1) == 0;
}

/* "Title [video]": the material's link in brackets after a title is not
 * part of it.  Cuts it off @title in place. */
static void
cut_material (gchar *title)
{
  gchar *open = strrchr (title, '[');
  g_autofree gchar *inside = NULL;

  if (open == NULL || !g_str_has_suffix (open, "]"))
    return;
  inside = g_strndup (open + 1, strlen (open) - 2);
  if (lineup_post_layouts_title_is_material (inside))
    {
      *open = '\0';
      g_strchomp (title);
    }
}

gboolean
lineup_post_layouts_recognise_catalogue_item (const LineupPostUnit    *unit,
                                              const LineupPostContext *context G_GNUC_UNUSED,
                                              LineupPostRecognition   *out)
{
  const LineupPostLine *line;
  const gchar *text, *rest, *dash;
  gsize code, end, length = 0;
  const LineupPostLink *link;
  g_autofree gchar *title = NULL;
  LineupPostTalk talk = { 0 };

  /* a timed one ("OPN311 - Title 10:00 Room A") is a timetable's line,
   * which the other recognisers read */
  if (unit->kind != LINEUP_UNIT_ITEM || unit->lines->len == 0 ||
      (lineup_post_unit_scan (unit, NULL) & LINEUP_SLOT_TIME) != 0)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  text = line->text;
  if ((code = lineup_post_session_code_length (text)) == 0)
    return FALSE;
  /* "ARC312 | Title", "ARC312: Title", "ARC312 - Title" */
  rest = text + code;
  while (*rest == ' ')
    rest++;
  if (*rest == '|' || *rest == ':')
    rest++;
  else if ((dash = lineup_post_find_dash (rest - 1, &length)) == rest - 1)
    rest += length - 1;
  else
    return FALSE;
  while (*rest == ' ')
    rest++;
  /* the title ends with the bold run that opens the line, else at the
   * dash before its description */
  end = strlen (text);
  if (line->marks->len > 0 && g_array_index (line->marks, LineupPostLink, 0).start == 0)
    end = g_array_index (line->marks, LineupPostLink, 0).end;
  else if ((dash = lineup_post_find_dash (rest, &length)) != NULL)
    end = (gsize) (dash - text);
  if (end <= (gsize) (rest - text))
    return FALSE;
  title = lineup_post_trim_separators (rest, end - (gsize) (rest - text));
  cut_material (title);
  if (lineup_post_count_words (title) < 2 || lineup_post_count_words (title) > MAX_TITLE_WORDS ||
      lineup_post_layouts_title_is_not_a_talk (title))
    return FALSE;

  link = link_within (line, 0, (gsize) (rest - text));
  talk.found = lineup_post_unit_scan (unit, &talk.slot);
  talk.title = g_steal_pointer (&title);
  talk.url = link != NULL ? g_strdup (link->url) : NULL;
  return lineup_post_layouts_add_talk (out, &talk);
}

/* "Talk 5", "Oral presentation 1": a kind that says only "a talk" (a
 * keynote or a panel says more). */
static gboolean
names_plain_kind (const gchar *kind)
{
  static const gchar * const plain[] = {
    "talk", "presentation", "paper", "lecture", "contribution", "session", NULL
  };
  g_autofree gchar *folded = g_ascii_strdown (kind, -1);
  const gchar *last = strrchr (folded, ' ');

  return g_strv_contains (plain, last != NULL ? last + 1 : folded);
}

static const gchar letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/* "Day 2 - Advanced - ": the day and the track before a talk's number
 * ("… - Session 1 - Title"); @text itself when it has none. */
static const gchar *
skip_day_and_track (const gchar *text)
{
  const gchar *p = text;
  const gchar *dash;
  gsize length = 0, word;

  if (g_ascii_strncasecmp (p, "day ", 4) != 0 || !g_ascii_isdigit (p[4]))
    return text;
  p += 4 + strspn (p + 4, "0123456789");
  if ((dash = lineup_post_find_dash (p, &length)) != p)
    return text;
  p += length;
  word = strspn (p, letters);
  if (word > 0 && (dash = lineup_post_find_dash (p + word, &length)) == p + word)
    p += word + length;
  return p;
}

static void
cut_numbered (gchar    *text,
              gboolean  plain)
{
  g_autofree gchar *kind = NULL;
  const gchar *start = plain ? skip_day_and_track (text) : text;
  const gchar *p = start;
  const gchar *dash;
  gsize length = 0;
  gboolean episode = FALSE;

  /* "Oral presentation 3": up to three words, the last a kind of talk;
   * "Online series #8": an episode's number, of any words */
  for (guint words = 0;; words++)
    {
      gsize word = strspn (p, letters);

      if (word == 0 || words == 3 || p[word] != ' ')
        return;
      p += word + 1;
      if ((episode = p[0] == '#' && g_ascii_isdigit (p[1])))
        p++;
      if (g_ascii_isdigit (*p))
        break;
    }
  kind = g_strndup (start, (gsize) (p - 1 - episode - start));
  if (!episode && (!lineup_byline_names_a_kind (kind) || (plain && !names_plain_kind (kind))))
    return;
  while (g_ascii_isdigit (*p))
    p++;
  /* "Talk 5: Title", "Oral presentation 1 - Title" */
  if (*p == ':')
    p++;
  else if ((dash = lineup_post_find_dash (p, &length)) == p)
    p += length;
  else
    return;
  while (*p == ' ')
    p++;
  if (lineup_post_count_words (p) >= 2)
    memmove (text, p, strlen (p) + 1);
}

void
lineup_post_layouts_cut_numbered_kind (gchar *text)
{
  cut_numbered (text, FALSE);
}

void
lineup_post_layouts_cut_numbered_talk (gchar *text)
{
  cut_numbered (text, TRUE);
}

/* "slides code", "[Video](…) · Paper", "Presentación - Fuente": what
 * follows a talk's people. */
gboolean
lineup_post_layouts_names_material (const gchar *text)
{
  static const gchar * const words[] = {
    "slides", "slide", "code", "video", "videos", "recording", "paper", "pdf", "notebook",
    "notebooks", "demo", "repo", "github", "youtube", "notes", "abstract", "poster", "and",
    "materials", "exercises", "tutorial",
    /* Spanish: the slides, their source, the recording */
    "presentación", "presentacion", "diapositivas", "transparencias", "fuente", "vídeo",
    "grabación", NULL
  };
  g_autofree gchar *lower = g_utf8_strdown (text, -1);
  g_auto(GStrv) parts = g_strsplit_set (lower, " ,|/&+()[]", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0' && !g_strv_contains (words, parts[i]))
      return FALSE;
  return TRUE;
}

/* "Title (Name, Name) slides code": the title before the last bracket
 * that reads as people, nothing after it but the names of its material.
 * FALSE (nothing set) when @text is not so. */
static gboolean
split_bracket_people (const gchar *text,
                      gchar      **title,
                      gchar      **byline)
{
  const gchar *open = strrchr (text, '(');
  const gchar *close = NULL;
  g_autofree gchar *inner = NULL;
  g_autofree gchar *head = NULL;

  /* "Title (Name) slides (PDF)": the bracket the material follows */
  while (open != NULL && open > text &&
         ((close = strchr (open, ')')) == NULL || !lineup_post_layouts_names_material (close + 1)))
    open = g_strrstr_len (text, (gssize) (open - text), "(");
  if (open == NULL || open == text)
    return FALSE;
  inner = g_strstrip (g_strndup (open + 1, (gsize) (close - open - 1)));
  head = lineup_post_trim_separators (text, (gsize) (open - text));
  if (!lineup_byline_looks_like_people (inner) || lineup_post_count_words (head) == 0 ||
      lineup_post_count_words (head) > MAX_TITLE_WORDS)
    return FALSE;
  *title = g_steal_pointer (&head);
  *byline = g_steal_pointer (&inner);
  return TRUE;
}

gboolean
lineup_post_layouts_list_of_bracket_people (cmark_node *list)
{
  guint looked_at = 0;
  guint shaped = 0;

  for (cmark_node *item = cmark_node_first_child (list);
       item != NULL && looked_at < MAX_ITEMS_LOOKED_AT;
       item = cmark_node_next (item), looked_at++)
    {
      g_autofree gchar *text = lineup_post_layouts_item_text (item);
      g_autofree gchar *title = NULL;
      g_autofree gchar *byline = NULL;

      shaped += text != NULL && split_bracket_people (text, &title, &byline);
    }
  return shaped >= MIN_SHAPED_ITEMS && shaped * 3 >= looked_at * 2;
}

/* @talk, of line @index, its title and byline set: a weak talk, kept only
 * in a post with no other. */
static gboolean
finish_weak_talk (LineupPostTalk *talk,
                  guint           index)
{
  talk->line_index = index;
  talk->found = LINEUP_SLOT_NONE;
  talk->weak = TRUE;
  return TRUE;
}

gboolean
lineup_post_layouts_one_line_item (const LineupPostUnit *unit,
                                   guint                 index)
{
  if (index != 0)
    return FALSE;
  /* "    ([slides](…))" on the item's next line: more of its material */
  for (guint i = 1; i < unit->lines->len; i++)
    {
      const LineupPostLine *more = g_ptr_array_index (unit->lines, i);

      if (more->links->len == 0 || !lineup_post_line_only_links (more, 0, strlen (more->text)))
        return FALSE;
    }
  return TRUE;
}

gboolean
lineup_post_layouts_bare_list_talk (const LineupPostUnit    *unit,
                                    guint                    index,
                                    const LineupPostContext *context,
                                    LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  LineupSlot slot;
  cmark_node *list;
  /* "Title — Name ([video](…))": the links in brackets, its material */
  g_autofree gchar *unlinked = line->links->len > 0
                               ? lineup_post_line_text_without_link_brackets (line) : NULL;

  if (context->day_list || context->heading_slot || unit->table_talks ||
      unit->kind != LINEUP_UNIT_ITEM || !lineup_post_layouts_one_line_item (unit, index) ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
    return FALSE;
  list = cmark_node_parent (unit->node);
  if (!(lineup_post_layouts_list_of_bracket_people (list) &&
        split_bracket_people (line->text, &talk->title, &talk->byline)) &&
      !((line->links->len == 0 || unlinked != NULL) &&
        lineup_post_layouts_split_agreed_item (list, unlinked != NULL ? unlinked : line->text,
                                               talk)))
    return FALSE;
  return finish_weak_talk (talk, index);
}

/* "### 1. **Chase Clark** - base::lengths()": a heading that opens (after
 * its number) with a name in bold, the title after a dash or a colon: a
 * talk of a post that has no other. */
gboolean
lineup_post_layouts_bold_name_heading_talk (const LineupPostUnit *unit,
                                            guint                 index,
                                            LineupPostTalk       *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostLink *mark;
  g_autofree gchar *name = NULL;
  const gchar *rest;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_HEADING || unit->level < 2 || unit->lines->len != 1 ||
      unit->has_link || line->marks->len == 0 ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
    return FALSE;
  mark = &g_array_index (line->marks, LineupPostLink, 0);
  if (mark->start != strspn (line->text, "0123456789.) "))
    return FALSE;
  name = g_strndup (line->text + mark->start, mark->end - mark->start);
  for (rest = line->text + mark->end; *rest == ' '; rest++)
    ;
  if (g_str_has_prefix (rest, "-") || *rest == ':')
    rest++;
  else if (g_str_has_prefix (rest, "\xE2\x80\x93") || g_str_has_prefix (rest, "\xE2\x80\x94"))
    rest += 3;
  else
    return FALSE;
  while (*rest == ' ')
    rest++;
  if (!lineup_byline_looks_like_people (name) || lineup_post_count_words (rest) == 0 ||
      lineup_post_count_words (rest) > MAX_TITLE_WORDS)
    return FALSE;
  talk->title = g_strdup (rest);
  talk->byline = g_steal_pointer (&name);
  return finish_weak_talk (talk, index);
}

/* "[Rob Creel](…/in/robcreel/) on Data Tidying Horror Stories.", "[Name,
 * organizer](…): Title": a paragraph that opens with a link to a person and
 * goes on with a title (after "on", a colon, or a capital), to its first
 * sentence's end: a talk of a post that has no other. */
gboolean
lineup_post_layouts_person_link_talk (const LineupPostUnit *unit,
                                      guint                 index,
                                      LineupPostTalk       *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostLink *link;
  g_autofree gchar *name = NULL;
  const gchar *rest;
  const gchar *stop;
  g_autofree gchar *title = NULL;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len != 1 || line->links->len == 0 ||
      lineup_post_line_scan (line, &slot) != LINEUP_SLOT_NONE)
    return FALSE;
  link = &g_array_index (line->links, LineupPostLink, 0);
  if (link->start != 0)
    return FALSE;
  name = g_strndup (line->text, link->end);
  for (rest = line->text + link->end; *rest == ' '; rest++)
    ;
  if (g_str_has_prefix (rest, "on "))
    rest += 3;
  else if (*rest == ':')
    rest++;
  else if (!g_ascii_isupper (*rest))
    return FALSE;
  while (*rest == ' ')
    rest++;
  stop = strstr (rest, ". ");
  title = lineup_post_trim_separators (rest, stop != NULL ? (gsize) (stop - rest) : strlen (rest));
  if (g_str_has_suffix (title, "."))
    title[strlen (title) - 1] = '\0';
  if (!lineup_byline_looks_like_people (name) || lineup_post_count_words (title) < 2 ||
      lineup_post_count_words (title) > MAX_TITLE_WORDS)
    return FALSE;
  talk->title = g_steal_pointer (&title);
  talk->byline = g_steal_pointer (&name);
  return finish_weak_talk (talk, index);
}

/* "* [Name](/speakers/…): Title", or a name alone ("* Dan McGuire", a
 * talk without its title): whether every item of @list (a few, at most)
 * names its people first, and one at least a title after them. */
#define MAX_PEOPLE_ITEMS_LOOKED_AT 4

static gboolean
items_name_people_first (cmark_node *list)
{
  guint titled = 0, n = 0;

  for (cmark_node *item = cmark_node_first_child (list);
       item != NULL && n < MAX_PEOPLE_ITEMS_LOOKED_AT; item = cmark_node_next (item), n++)
    {
      cmark_node *paragraph = cmark_node_first_child (item);
      g_auto(GStrv) lines = NULL;
      const gchar *colon;
      g_autofree gchar *head = NULL;
      LineupSlot slot;

      if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH)
        return FALSE;
      lines = lineup_post_layouts_paragraph_lines (paragraph);
      if (g_strv_length (lines) != 1 || lineup_slot_scan (lines[0], &slot) != LINEUP_SLOT_NONE)
        return FALSE;
      colon = strstr (lines[0], ": ");
      head = colon != NULL ? g_strndup (lines[0], (gsize) (colon - lines[0])) : g_strdup (lines[0]);
      if (!lineup_byline_looks_like_people (head))
        return FALSE;
      titled += colon != NULL && lineup_post_count_letters (colon, -1) >= 3;
    }
  return titled > 0;
}

gboolean
lineup_post_layouts_item_names_people_first (const LineupPostUnit *item)
{
  return item != NULL && item->kind == LINEUP_UNIT_ITEM &&
         items_name_people_first (cmark_node_parent (item->node));
}

/* The plain text of an item's paragraph when it is one run of text
 * ("Mika Mattila, Netum"), or NULL. */
const gchar *
lineup_post_item_plain_text (cmark_node *item)
{
  cmark_node *paragraph = cmark_node_first_child (item);
  cmark_node *text;

  if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH)
    return NULL;
  text = cmark_node_first_child (paragraph);
  if (text == NULL || cmark_node_next (text) != NULL ||
      cmark_node_get_type (text) != CMARK_NODE_TEXT)
    return NULL;
  return cmark_node_get_literal (text);
}

/* "- 17:30 - 17:55: Title" over its own list "- Name, Org", "- Name, Org",
 * "- Slides: url": the first items that name people are its speakers, joined
 * by "; ", or NULL. */
/* "Name, Org" in plain text, or "Name _(Room)_": a note in brackets
 * emphasised after it; NULL otherwise. */
static gchar *
names_item_text (cmark_node *item)
{
  const gchar *text = lineup_post_item_plain_text (item);
  cmark_node *paragraph = cmark_node_first_child (item);
  cmark_node *first, *note, *inner;
  const gchar *bracket;

  if (text != NULL)
    return g_strdup (text);
  if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH ||
      (first = cmark_node_first_child (paragraph)) == NULL ||
      cmark_node_get_type (first) != CMARK_NODE_TEXT || (note = cmark_node_next (first)) == NULL ||
      cmark_node_next (note) != NULL || cmark_node_get_type (note) != CMARK_NODE_EMPH ||
      (inner = cmark_node_first_child (note)) == NULL || cmark_node_next (inner) != NULL ||
      cmark_node_get_type (inner) != CMARK_NODE_TEXT ||
      (bracket = cmark_node_get_literal (inner)) == NULL || bracket[0] != '(' ||
      !g_str_has_suffix (bracket, ")"))
    return NULL;
  return g_strconcat (cmark_node_get_literal (first), bracket, NULL);
}

gchar *
lineup_post_layouts_list_speakers (cmark_node *list)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  if (list == NULL || cmark_node_get_type (list) != CMARK_NODE_LIST)
    return NULL;
  for (cmark_node *item = cmark_node_first_child (list); item != NULL;
       item = cmark_node_next (item))
    {
      g_autofree gchar *text = names_item_text (item);
      g_autofree gchar *trimmed = NULL;

      if (text == NULL || strchr (text, ':') != NULL)
        break;
      trimmed = lineup_post_trim_separators (text, strlen (text));
      if (*trimmed == '\0' || !lineup_byline_looks_like_people (trimmed))
        break;
      if (joined->len > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, trimmed);
    }
  return joined->len > 0 ? g_string_free (g_steal_pointer (&joined), FALSE) : NULL;
}

gboolean
lineup_post_layouts_opens_list (const LineupPostUnit *unit)
{
  if (unit->kind == LINEUP_UNIT_PARAGRAPH)
    return g_str_has_suffix (unit->text, ":");
  if (unit->kind != LINEUP_UNIT_ITEM || unit->lines->len != 1)
    return FALSE;
  for (cmark_node *child = cmark_node_first_child (unit->node); child != NULL;
       child = cmark_node_next (child))
    if (cmark_node_get_type (child) == CMARK_NODE_LIST)
      return TRUE;
  return FALSE;
}
