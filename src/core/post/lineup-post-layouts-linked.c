/* lineup-post-layouts-linked.c — the pieces of a talk's line around its link
 *
 * A line that links its talk says which link is the talk's ("[Name](/speakers/
 * ana) — [Title](/sessions/x)": not the speaker's page), and around the
 * link who gives it: "[11:00am Title](url)" starts with its time,
 * "*Title* - [Name](url)" names its speaker after the title, "Lars Visser
 * - [Title](url)" and, in a day's list, "Tamara Temple: [Title](url)"
 * before it, "[**Fatal, gracias**Irene Morgado](url)" inside the link.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-text.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"

/* Whether @start in @text is inside a bracket opened after words. */
static gboolean
in_bracket_after_text (const gchar *text,
                       gsize        start)
{
  gint depth = 0;

  for (gsize p = start; p > 0; p--)
    {
      if (text[p - 1] == ')')
        depth++;
      else if (text[p - 1] == '(' && depth-- == 0)
        return lineup_post_count_letters (text, (gssize) (p - 1)) >= 3;
    }
  return FALSE;
}

/* Whether @url is a person's page on the event's site ("/speakers/ana",
 * "/speaker/ana.html", "/people/ana"). */
static gboolean
is_speaker_page (const gchar *url)
{
  static const gchar * const folders[] = { "/speakers/", "/speaker/", "/people/", "/persons/",
                                           NULL };

  for (guint i = 0; folders[i] != NULL; i++)
    {
      const gchar *folder = strstr (url, folders[i]);

      if (folder != NULL && folder[strlen (folders[i])] != '\0' &&
          strchr (folder + strlen (folders[i]), '#') == NULL)
        return TRUE;
    }
  return FALSE;
}

/* "* 19h10-20h00: [Title by Name](#title-by-name)": a link to the talk's
 * section further down, after its time, is the talk's (a table of
 * contents' links have no times). */
static gboolean
after_time (const LineupPostLine *line,
            const LineupPostLink *link)
{
  g_autofree gchar *before = g_strndup (line->text, link->start);
  LineupSlot slot;

  return (lineup_slot_scan (before, &slot) & LINEUP_SLOT_TIME) &&
         lineup_post_count_letters (before, (gssize) slot.span_start) == 0;
}

const LineupPostLink *
lineup_post_linked_find_talk_link (const LineupPostLine *line)
{
  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *l = &g_array_index (line->links, LineupPostLink, i);

      /* "[Name](/speakers/ana) — [Title](/sessions/x)": the speaker's page
       * before the talk's */
      if (l->url != NULL && i + 1 < line->links->len && is_speaker_page (l->url))
        continue;

      if (l->url == NULL || (l->url[0] == '#' && !after_time (line, l)) ||
          lineup_post_count_letters (line->text + l->start, l->end - l->start) < 2)
        continue;
      /* "**Session ID:** [HSM5292](…)": a catalogue's code names no talk */
      if (lineup_post_is_session_code (line->text + l->start, l->end - l->start))
        continue;
      /* "Lecture: RNA-seq QC ([HTML](…), [PDF](…))": links in a bracket
       * after an unlinked title are its material, not the talk */
      if (i == 0 && in_bracket_after_text (line->text, l->start))
        return NULL;
      return l;
    }
  return NULL;
}

/* "[11:00am New Storage Technologies](url)": a time that starts the link's
 * text is the talk's, as if written before the link. */
void
lineup_post_linked_move_leading_time (LineupPostLinkedLine  *pieces,
                                      gchar                **title)
{
  LineupSlot slot;
  gchar *rest;
  gchar *before;

  if ((lineup_slot_scan (*title, &slot) & LINEUP_SLOT_TIME) == 0 ||
      lineup_post_count_letters (*title, (gssize) slot.span_start) > 0 ||
      lineup_post_count_letters (*title + slot.span_end, -1) < 3)
    return;
  rest = lineup_post_trim_separators (*title + slot.span_end, strlen (*title + slot.span_end));
  before = g_strdup_printf ("%s%.*s", pieces->before, (gint) slot.span_end, *title);
  g_free (pieces->before);
  pieces->before = before;
  g_free (*title);
  *title = rest;
}

/* "### *What is a developer?* - [Jeff Casimir](…), [Jumpstart Lab](…)",
 * "### Off the tracks, [Name](…)": a title before a dash or a comma, then
 * its speaker's link, a person's full name ("[Acme Hosting Inc.](…)" is
 * none), and what follows it (an organisation).  Makes the text before the
 * title and the link with what follows it the byline; FALSE (nothing
 * changed) when the line is no such talk ("Name - [Title](url)", a time
 * before the dash).  With @by, the word for "by" may close the title
 * ("#### Title par [Name](…)", a heading or an item). */
#define MAX_LINKED_BYLINE_BYTES 160

/* The text before the dash or comma that closes @before ("Title - "), or
 * NULL when none closes it. */
static gchar *
head_before_dash (const gchar *before)
{
  gsize length = strlen (before);

  while (length > 0 && before[length - 1] == ' ')
    length--;
  if (length > 0 && (before[length - 1] == '-' || before[length - 1] == ','))
    length--;
  else if (length >= 3 && (memcmp (before + length - 3, "\xE2\x80\x93", 3) == 0 ||
                           memcmp (before + length - 3, "\xE2\x80\x94", 3) == 0))
    length -= 3;
  else
    return NULL;
  if (length == 0 || (before[length] != ',' && before[length - 1] != ' '))
    return NULL;
  return lineup_post_trim_separators (before, length);
}

/* "#### Title par [Name](…)": the text before the word for "by" that
 * closes @before, or NULL. */
static gchar *
head_before_by (const gchar *before)
{
  static const gchar * const bys[] = { " by", " par", " por", " von", " di", NULL };
  gsize length = strlen (before);

  while (length > 0 && before[length - 1] == ' ')
    length--;
  for (guint i = 0; bys[i] != NULL; i++)
    {
      gsize word = strlen (bys[i]);

      if (length > word && g_ascii_strncasecmp (before + length - word, bys[i], word) == 0)
        return lineup_post_trim_separators (before, length - word);
    }
  return NULL;
}

gboolean
lineup_post_linked_title_first (LineupPostLinkedLine  *pieces,
                                gchar                **title,
                                gboolean               by)
{
  g_autofree gchar *head = head_before_dash (pieces->before);
  g_autofree gchar *byline = NULL;
  g_autofree gchar *time = NULL;
  LineupSlot slot;
  gboolean quoted = FALSE;

  if (head == NULL && by)
    head = head_before_by (pieces->before);
  /* "* 19:45 - 20:00: "Rise Again" - [Nick Hayden](…)": the time stays, and
   * the quotes tell a title that reads as a name */
  if (head != NULL && (lineup_slot_scan (head, &slot) & LINEUP_SLOT_TIME) &&
      lineup_post_count_letters (head, (gssize) slot.span_start) == 0)
    {
      gchar *rest = lineup_post_trim_separators (head + slot.span_end,
                                                 strlen (head + slot.span_end));
      gsize length = strlen (rest);

      quoted = length > 2 && rest[0] == '"' && rest[length - 1] == '"';
      time = g_strndup (head, slot.span_end);
      g_free (head);
      head = lineup_text_unquote (rest);
    }
  if (head == NULL || lineup_post_count_letters (head, -1) < 3 ||
      lineup_slot_scan (head, &slot) != LINEUP_SLOT_NONE ||
      (!quoted && lineup_byline_looks_like_people (head)) || !lineup_byline_may_be_person (*title))
    return FALSE;
  byline = g_strconcat (*title, pieces->after, NULL);
  g_strstrip (byline);
  if (strlen (byline) > MAX_LINKED_BYLINE_BYTES || !lineup_byline_looks_like_people (byline))
    return FALSE;
  g_free (*title);
  *title = g_steal_pointer (&head);
  g_free (pieces->byline);
  pieces->byline = g_steal_pointer (&byline);
  g_free (pieces->before);
  pieces->before = time != NULL ? g_steal_pointer (&time) : g_strdup ("");
  pieces->after[0] = '\0';
  return TRUE;
}

/* "### Lars Visser - [Fighting code smells](…)": the speaker's full name
 * before a dash, then the linked title.  In a day's list (@day_item), a
 * colon may close the name ("* Tamara Temple: [Command Line Aliases](…)"),
 * and the title may read as names: the list's items are talks.  Moves the
 * name to @pieces' byline; FALSE (nothing changed) when the line is no
 * such talk.  In a table's @cell, "Name (Org) [Title](…)" needs no dash. */
gboolean
lineup_post_linked_people_first (LineupPostLinkedLine *pieces,
                                 const gchar          *title,
                                 gboolean              day_item,
                                 gboolean              cell)
{
  g_autofree gchar *head = head_before_dash (pieces->before);
  g_autofree gchar *time = NULL;
  gsize length = strlen (pieces->before);
  LineupSlot slot;

  /* "Ramon Aparicio (SIGNET) [Title](…)" in a table's cell: a name and its
   * organisation in brackets, no dash */
  if (head == NULL && cell)
    {
      gsize start = 0;
      g_autofree gchar *people = NULL;
      const gchar *open;
      g_autofree gchar *name = NULL;

      /* "15h15-15h45 Ramon Aparicio (SIGNET) ": the row's time stays */
      if ((lineup_slot_scan (pieces->before, &slot) & LINEUP_SLOT_TIME) &&
          lineup_post_count_letters (pieces->before, (gssize) slot.span_start) == 0)
        start = slot.span_end;
      people = lineup_post_trim_separators (pieces->before + start, length - start);
      open = strchr (people, '(');
      name = open != NULL ? g_strstrip (g_strndup (people, (gsize) (open - people))) : NULL;
      if (name == NULL || !g_str_has_suffix (people, ")") ||
          !lineup_byline_may_be_person (name) || !lineup_byline_looks_like_people (people))
        return FALSE;
      g_free (pieces->byline);
      pieces->byline = g_steal_pointer (&people);
      time = g_strndup (pieces->before, start);
      g_free (pieces->before);
      pieces->before = g_steal_pointer (&time);
      return TRUE;
    }

  while (head == NULL && day_item && length > 0 && pieces->before[length - 1] == ' ')
    length--;
  if (head == NULL && day_item && length > 1 && pieces->before[length - 1] == ':')
    head = lineup_post_trim_separators (pieces->before, length - 1);

  /* "11:00 [Name](/speakers/ana) — [Title](…)": the time stays before
   * ("9:30 @ Main Hall - [Title](…)" names a place) */
  if (head != NULL && (lineup_slot_scan (head, &slot) & LINEUP_SLOT_TIME) &&
      lineup_post_count_letters (head, (gssize) slot.span_start) == 0 &&
      g_unichar_isalpha (g_utf8_get_char (g_strchug (head + slot.span_end))))
    {
      gchar *name = g_strdup (head + slot.span_end);

      time = g_strndup (head, slot.span_end);
      g_free (head);
      head = name;
    }
  if (head == NULL || strchr (head, ',') != NULL || !lineup_byline_may_be_person (head) ||
      (!day_item && lineup_byline_looks_like_people (title)))
    return FALSE;
  g_free (pieces->byline);
  pieces->byline = g_steal_pointer (&head);
  g_free (pieces->before);
  pieces->before = time != NULL ? g_steal_pointer (&time) : g_strdup ("");
  return TRUE;
}

/* "[**Fatal, gracias**Irene Morgado](/speakers/irene#talk)": the link's
 * text opens with its title in bold, its speakers glued after it.  Moves
 * them to @pieces' byline. */
void
lineup_post_linked_split_marked (const LineupPostLine  *line,
                                 const LineupPostLink  *link,
                                 gchar                **title,
                                 LineupPostLinkedLine  *pieces)
{
  g_autofree gchar *people = NULL;

  for (guint i = 0; line->marks != NULL && i < line->marks->len; i++)
    {
      const LineupPostLink *mark = &g_array_index (line->marks, LineupPostLink, i);

      if (mark->start != link->start || mark->end >= link->end)
        continue;
      people = lineup_post_trim_separators (line->text + mark->end, link->end - mark->end);
      if (*people == '\0' || !lineup_byline_looks_like_people (people))
        return;
      g_free (*title);
      *title = lineup_post_trim_separators (line->text + mark->start, mark->end - mark->start);
      pieces->byline = g_steal_pointer (&people);
      return;
    }
}

/* A list looked at no further: a long one costs no more per item. */
#define MAX_EVENT_ITEMS 32

/* "* [週末サイエンティストのススメ](https://pycon.jp/2016/ja/schedule/presentation/72/)":
 * an item that is one link to a talk's page (or a keynote's), in a list
 * whose links are mostly such pages (two at least): a recap's choice of
 * sessions. */
gboolean
lineup_post_linked_lists_event_pages (const LineupPostUnit *unit)
{
  guint pages = 0, items = 0;

  if (unit->kind != LINEUP_UNIT_ITEM || cmark_node_parent (unit->node) == NULL)
    return FALSE;
  for (cmark_node *item = cmark_node_first_child (cmark_node_parent (unit->node));
       item != NULL && items < MAX_EVENT_ITEMS; item = cmark_node_next (item))
    {
      cmark_node *paragraph = cmark_node_first_child (item);
      cmark_node *link = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;

      items++;
      if (link != NULL && cmark_node_next (link) == NULL &&
          cmark_node_get_type (link) == CMARK_NODE_LINK &&
          lineup_post_layouts_is_event_page (cmark_node_get_url (link)))
        pages++;
    }
  return pages >= 2 && pages * 2 > items;
}

/* Whether the text after a line's first link says "by" ("_by_ [Name](…)"). */
gboolean
lineup_post_linked_says_by (const gchar *after)
{
  while (*after == ' ')
    after++;
  return g_ascii_strncasecmp (after, "by ", 3) == 0;
}

/* Whether @text, between two links to people's pages, only joins them
 * (", ", " and ", " & ", ", and "). */
static gboolean
joins_names (const gchar *text,
             gsize        length)
{
  g_autofree gchar *gap = g_strstrip (g_strndup (text, length));

  return *gap == '\0' || g_str_equal (gap, ",") || g_str_equal (gap, "&") ||
         g_str_equal (gap, "and") || g_str_equal (gap, ", and") || g_str_equal (gap, ",and");
}

static gchar *
speaker_links (const LineupPostLine *line,
               const LineupPostLink *title,
               gchar               **room)
{
  g_autoptr(GString) people = g_string_new (NULL);
  g_autofree gchar *tail = NULL;
  const LineupPostLink *first = NULL, *last = NULL;
  gsize at = title->end;

  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

      if (link->start < title->end)
        continue;
      if (link->url == NULL || !is_speaker_page (link->url) ||
          (first != NULL && !joins_names (line->text + at, link->start - at)))
        return NULL;
      if (first == NULL)
        {
          /* "by [Name](…)", "- [Name](…)" */
          g_autofree gchar *gap = g_strstrip (g_strndup (line->text + at, link->start - at));

          if (!g_str_equal (gap, "by") && !g_str_equal (gap, "-") && !g_str_equal (gap, "by:"))
            return NULL;
          first = link;
        }
      g_string_append_printf (people, "%s%.*s", people->len > 0 ? "; " : "",
                              (gint) (link->end - link->start), line->text + link->start);
      last = link;
      at = link->end;
    }
  if (last == NULL)
    return NULL;
  /* nothing after the last name but its room ("- Room 310/311"); a letter
   * stands for the names, as lineup_post_layouts_cut_room_tail() cuts a
   * room off the end of some text, never all of it */
  tail = g_strconcat ("x", line->text + last->end, NULL);
  *room = lineup_post_layouts_cut_room_tail (tail);
  if (lineup_post_count_letters (tail + 1, -1) > 0)
    {
      g_clear_pointer (room, g_free);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&people), FALSE);
}

void
lineup_post_linked_prefer_speaker_links (const LineupPostLine  *line,
                                         const LineupPostLink  *title,
                                         gchar                **byline,
                                         LineupPostLinkedLine  *pieces)
{
  g_autofree gchar *room = NULL;
  gchar *people = speaker_links (line, title, &room);

  if (people == NULL)
    return;
  g_free (*byline);
  *byline = people;
  pieces->leftover = 0;
  if (pieces->room == NULL)
    pieces->room = g_steal_pointer (&room);
}

gchar *
lineup_post_linked_people_before_room (const gchar          *people,
                                       LineupPostLinkedLine *pieces)
{
  g_autofree gchar *byline = g_strdup (people);
  g_autofree gchar *room = lineup_post_layouts_cut_room_tail (byline);

  if (room == NULL || !lineup_byline_looks_like_people (byline))
    return NULL;
  if (pieces->room == NULL)
    pieces->room = g_steal_pointer (&room);
  return g_steal_pointer (&byline);
}

/* "at the [Google Community Space](https://www.google.com/maps/place/…)":
 * a link to a map names a place, not a talk. */
static gboolean
is_map_url (const gchar *url)
{
  static const gchar * const maps[] = {
    "google.com/maps", "maps.google.", "goo.gl/maps", "maps.app.goo.gl", "openstreetmap.org",
    "bing.com/maps", "maps.apple.com", NULL
  };

  for (guint i = 0; maps[i] != NULL; i++)
    if (strstr (url, maps[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
lineup_post_linked_names_no_talk (const LineupPostLine *line,
                                  const LineupPostLink *link)
{
  g_autofree gchar *text = g_strndup (line->text + link->start, link->end - link->start);
  g_autofree gchar *before = g_strndup (line->text, link->start);
  const gchar *rest = lineup_post_skip_speaker_marker (before);
  LineupSlot slot;

  /* "Thursday, October 1, 2026 · Rooms 403 and 404, [David L. Lawrence
   * Convention Center](…)": the venue of a dateline */
  if (is_map_url (link->url) ||
      (lineup_post_layouts_is_place (text) && lineup_slot_scan (before, &slot) == LINEUP_SLOT_DATE))
    return TRUE;
  /* "Presented by [Ken Whitesell](…) \| Sunday, August 13, 9:00 AM": the
   * speakers' line under a talk's heading */
  return rest != before && rest[strspn (rest, ": ")] == '\0' &&
         lineup_post_count_letters (before, -1) > 2;
}

/* "[Title](url) by [Name](url)", one a line of a paragraph or an item of a
 * list, at least two: a recap's talks, without a day or a time. */
gboolean
lineup_post_linked_lists_bylines (const LineupPostUnit *unit)
{
  guint n = 0;

  if (unit->kind == LINEUP_UNIT_PARAGRAPH)
    {
      for (guint i = 0; i < unit->lines->len; i++)
        {
          const LineupPostLine *line = g_ptr_array_index (unit->lines, i);
          const LineupPostLink *link;

          if (line->links->len == 0)
            return FALSE;
          link = &g_array_index (line->links, LineupPostLink, 0);
          if (link->start != 0 || !lineup_post_linked_says_by (line->text + link->end))
            return FALSE;
        }
      return TRUE;
    }
  if (unit->kind != LINEUP_UNIT_ITEM || cmark_node_parent (unit->node) == NULL)
    return FALSE;
  for (cmark_node *item = cmark_node_first_child (cmark_node_parent (unit->node));
       item != NULL && n < 2; item = cmark_node_next (item))
    {
      cmark_node *paragraph = cmark_node_first_child (item);
      cmark_node *link = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;
      g_autofree gchar *text = NULL;
      g_autofree gchar *title = NULL;

      if (link == NULL || cmark_node_get_type (link) != CMARK_NODE_LINK)
        continue;
      text = lineup_post_table_cell_text (paragraph);
      title = lineup_post_table_cell_text (link);
      if (g_str_has_prefix (text, title) && lineup_post_linked_says_by (text + strlen (title)))
        n++;
    }
  return n >= 2;
}

gboolean
lineup_post_line_only_links (const LineupPostLine *line,
                             gsize                 start,
                             gsize                 end)
{
  for (gsize p = start; p < end; p++)
    {
      gboolean linked = FALSE;

      if (!g_ascii_isalnum (line->text[p]))
        continue;
      for (guint i = 0; i < line->links->len && !linked; i++)
        {
          const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

          linked = link->start <= p && p < link->end;
        }
      if (!linked)
        return FALSE;
    }
  return TRUE;
}

/* "Title (Name, Org) - [Slides](…), [Session recording](…)", "Title
 * (*Name*, [slides](…))": where the links to a talk's material that end
 * @line's text before @end start (@end when none), outside a bracket
 * opened before @from; how many they are in @n_links. */
static gsize
material_tail (const LineupPostLine *line,
               gsize                 from,
               gsize                 end,
               guint                *n_links)
{
  gsize tail = end;

  *n_links = 0;
  for (guint i = line->links->len; i-- > 0;)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);
      g_autofree gchar *label = NULL;
      gint open = 0;

      if (link->end > end)
        continue;
      for (gsize p = from; p < link->start; p++)
        open += (line->text[p] == '(') - (line->text[p] == ')');
      label = g_strndup (line->text + link->start, link->end - link->start);
      if (link->start < from || open > 0 || !lineup_post_layouts_title_is_material (label) ||
          !lineup_post_line_only_links (line, link->start, end))
        break;
      tail = link->start;
      (*n_links)++;
    }
  return tail;
}

/* Appends @text up to @end to @kept, without the separators before links
 * cut there (" - ", ", "). */
static void
keep_before_links (GString     *kept,
                   const gchar *text,
                   gsize        end)
{
  g_string_append_len (kept, text, (gssize) end);
  while (kept->len > 0 && strchr (" -,|", kept->str[kept->len - 1]) != NULL)
    g_string_truncate (kept, kept->len - 1);
}

gchar *
lineup_post_line_text_without_link_brackets (const LineupPostLine *line)
{
  g_autoptr(GString) kept = g_string_new (NULL);
  const gchar *text = line->text;
  gsize copied = 0;
  guint dropped = 0;   /* links inside the brackets dropped */
  gsize end = material_tail (line, 0, strlen (text), &dropped);

  for (gsize p = 0; p < end; p++)
    {
      const gchar *close;
      gsize tail;
      guint n_tail;

      if ((text[p] != '(' && text[p] != '[') ||
          (close = strchr (text + p, text[p] == '(' ? ')' : ']')) == NULL)
        continue;
      /* "(*Name*, [slides](…))": the bracket without its material */
      if (text[p] == '(' &&
          (tail = material_tail (line, p + 1, (gsize) (close - text), &n_tail)) > p + 1 &&
          n_tail > 0 && !lineup_post_line_only_links (line, p, tail))
        {
          keep_before_links (kept, text + copied, tail - copied);
          g_string_append_c (kept, ')');
          dropped += n_tail;
          copied = (gsize) (close - text) + 1;
          p = copied - 1;
          continue;
        }
      /* "([HTML](…), [PDF](…))", "[[Slides](…)]" */
      if (!lineup_post_line_only_links (line, p, (gsize) (close - text)))
        continue;
      for (guint i = 0; i < line->links->len; i++)
        {
          const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

          dropped += link->start > p && link->end <= (gsize) (close - text);
        }
      g_string_append_len (kept, text + copied, (gssize) (p - copied));
      while (kept->len > 0 && kept->str[kept->len - 1] == ' ')
        g_string_truncate (kept, kept->len - 1);
      copied = (gsize) (close - text) + 1;
      p = copied - 1;
    }
  if (dropped < line->links->len)
    return NULL;
  if (end < strlen (text))
    keep_before_links (kept, text + copied, end - MIN (copied, end));
  else
    g_string_append (kept, text + copied);
  return g_string_free (g_steal_pointer (&kept), FALSE);
}

gboolean
lineup_post_layouts_slot_over_link (const LineupPostUnit  *unit,
                                    guint                  index,
                                    LineupSlot            *slot,
                                    LineupSlotFound       *found,
                                    gchar                **room)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  const LineupPostLine *next;
  const LineupPostLink *link;
  g_autofree gchar *label = NULL;
  g_autofree gchar *rest = NULL;

  if (index + 1 >= unit->lines->len || line->links->len > 0)
    return FALSE;
  next = g_ptr_array_index (unit->lines, index + 1);
  if (next->links->len == 0)
    return FALSE;
  link = &g_array_index (next->links, LineupPostLink, 0);
  if (lineup_post_count_letters (next->text, (gssize) link->start) > 0)
    return FALSE;
  label = g_strndup (next->text + link->start, link->end - link->start);
  if (lineup_post_count_words (label) < 2 || lineup_post_layouts_title_is_material (label) ||
      !((*found = lineup_post_line_scan (line, slot)) & LINEUP_SLOT_TIME) ||
      lineup_post_count_letters (line->text, (gssize) slot->span_start) > 0)
    return FALSE;
  rest = lineup_post_trim_separators (line->text + slot->span_end,
                                      strlen (line->text + slot->span_end));
  /* "**10:25** Mei Lin" over "[*Title*](…)": the speakers' line (title_on_next_line()) */
  if (lineup_post_count_words (rest) > 3 || lineup_byline_looks_like_people (rest))
    return FALSE;
  g_free (*room);
  *room = *rest != '\0' ? g_steal_pointer (&rest) : NULL;
  return TRUE;
}

gboolean
lineup_post_layouts_slot_above (const LineupPostUnit *unit,
                                guint                 index)
{
  g_autofree gchar *room = NULL;
  LineupSlot slot;
  LineupSlotFound found;

  return index > 0 && lineup_post_layouts_slot_over_link (unit, index - 1, &slot, &found, &room);
}

gboolean
lineup_post_is_author_link (const gchar *before)
{
  static const gchar * const credits[] = {
    "contributed by", "posted by", "written by", "authored by", "author", "authors",
    "published by", NULL
  };
  g_autofree gchar *words = lineup_post_table_joined_words (before, NULL);

  return g_strv_contains (credits, words);
}

/* "* [Dror Berel](/speakers/session/dror_berel): Benchmarking …": the
 * speaker's link opens the item, the title follows a colon.  Moves the
 * name to @pieces' byline and the rest to @title; FALSE (nothing changed)
 * when the line is no such talk. */
gboolean
lineup_post_linked_name_colon_title (LineupPostLinkedLine  *pieces,
                                     gchar                **title)
{
  g_autofree gchar *rest = NULL;

  if (lineup_post_count_letters (pieces->before, -1) > 0 || pieces->after[0] != ':' ||
      !lineup_byline_looks_like_people (*title))
    return FALSE;
  rest = lineup_post_trim_separators (pieces->after + 1, strlen (pieces->after + 1));
  if (lineup_post_count_letters (rest, -1) < 3 || lineup_byline_looks_like_people (rest))
    return FALSE;
  g_free (pieces->byline);
  pieces->byline = g_steal_pointer (title);
  *title = g_steal_pointer (&rest);
  pieces->after[0] = '\0';
  return TRUE;
}

/* "[Title](slides) - [Name](profile) - [Cloudflare](site)": a person, a
 * dash and the organisation, as "Name (Org)"; NULL when @people is not so. */
gchar *
lineup_post_linked_name_dash_org (const gchar *people)
{
  const gchar *dash = strstr (people, " - ");
  g_autofree gchar *name = NULL;
  g_autofree gchar *org = NULL;

  if (dash == NULL || strstr (dash + 3, " - ") != NULL || strchr (people, '(') != NULL)
    return NULL;
  name = lineup_post_trim_separators (people, (gsize) (dash - people));
  org = lineup_post_trim_separators (dash + 3, strlen (dash + 3));
  /* "[Name](…) - Hall C": a room (lineup_post_layouts_cut_room_tail ()) */
  if (!lineup_byline_may_be_person (name) || !lineup_byline_looks_like_people (name) ||
      *org == '\0' || !lineup_byline_org_is_plausible (org) ||
      lineup_post_layouts_starts_with_place (org))
    return NULL;
  return g_strdup_printf ("%s (%s)", name, org);
}
