/* lineup-post-table-cells.c — what a schedule's cell holds besides its
 * title
 *
 * A cell of a schedule's table gives a talk's title, and often more: its
 * people after a line break ("Title<br>Name, Org"), a room code, a badge,
 * a number linking the talk's page.  These helpers part them; a header
 * that is a day, or an abstract's, says how its column is read.
 * (Tables of a talk's fields: lineup-post-table-fields.c.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

gboolean
lineup_post_table_header_is_day (const gchar *header)
{
  LineupSlot slot;

  return header != NULL && lineup_slot_scan (header, &slot) == LINEUP_SLOT_DATE &&
         lineup_slot_is_whole (header, &slot);
}

gboolean
lineup_post_table_header_is_abstract (const gchar *header)
{
  g_autofree gchar *folded = lineup_text_fold (header);

  g_strstrip (folded);
  return g_str_equal (folded, "abstract") || g_str_equal (folded, "summary");
}

gboolean
lineup_post_table_is_break_node (cmark_node *node)
{
  const gchar *literal;

  if (cmark_node_get_type (node) == CMARK_NODE_LINEBREAK)
    return TRUE;
  if (cmark_node_get_type (node) != CMARK_NODE_HTML_INLINE ||
      (literal = cmark_node_get_literal (node)) == NULL)
    return FALSE;
  return g_ascii_strncasecmp (literal, "<br", 3) == 0 &&
         (literal[3] == '>' || literal[3] == '/' || g_ascii_isspace (literal[3]));
}

/* A backslash line break the table kept as text: "Title \\ Speaker: Name"
 * (a LaTeX-style break, read "\\" → "\") is a break; a backslash closing
 * the cell ("Title (Name)\" before a line the table made a row) is
 * dropped. */
static cmark_node *
split_backslash_breaks (cmark_node *cell)
{
  cmark_node *last, *made = NULL;
  const gchar *literal, *mark;
  gsize length;

  for (cmark_node *node = cmark_node_first_child (cell); node != NULL;
       node = cmark_node_next (node))
    {
      cmark_node *brk, *after;
      g_autofree gchar *before = NULL;

      if (cmark_node_get_type (node) != CMARK_NODE_TEXT ||
          (literal = cmark_node_get_literal (node)) == NULL ||
          (mark = strstr (literal, " \\ ")) == NULL || mark == literal)
        continue;
      before = g_strndup (literal, mark - literal);
      after = cmark_node_new (CMARK_NODE_TEXT);
      cmark_node_set_literal (after, mark + 3);
      brk = cmark_node_new (CMARK_NODE_LINEBREAK);
      cmark_node_set_literal (node, before);
      cmark_node_insert_after (node, brk);
      cmark_node_insert_after (brk, after);
      made = brk;
      break;
    }
  last = cmark_node_last_child (cell);
  if (last == NULL || cmark_node_get_type (last) != CMARK_NODE_TEXT ||
      (literal = cmark_node_get_literal (last)) == NULL ||
      (length = strlen (literal)) < 2 || literal[length - 1] != '\\')
    return made;
  {
    g_autofree gchar *kept = g_strndup (literal, length - 1);

    g_strchomp (kept);
    cmark_node_set_literal (last, kept);
  }
  return made;
}

/* "<i>Name<br>Institute, City, Country</i>": a name on a line of its own
 * over its organisation's lines is read "Name (Institute, City, Country)";
 * over another person's name, "Name & Name".
 * Takes @names (the cell's text), returns it or its rewrite. */
static gchar *
name_over_org (cmark_node *cell,
               gchar      *names)
{
  g_autoptr(GString) first = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (cell);
  cmark_event_type ev;
  gboolean broken = FALSE;
  g_autofree gchar *line = NULL;
  const gchar *rest;

  while (!broken && (ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (ev != CMARK_EVENT_ENTER)
        continue;
      if (lineup_post_table_is_break_node (node))
        broken = first->len > 0;
      else if (cmark_node_get_type (node) == CMARK_NODE_TEXT)
        g_string_append (first, cmark_node_get_literal (node));
    }
  cmark_iter_free (iter);
  line = lineup_text_collapse_space (first->str);
  if (!broken || *line == '\0' || !g_str_has_prefix (names, line) ||
      !lineup_byline_looks_like_people (line))
    return names;
  rest = names + strlen (line);
  while (*rest == ' ' || *rest == ',')
    rest++;
  if (*rest == '\0' || strchr (rest, '(') != NULL)
    return names;
  /* "Maurício Purificação<br>Adewale Andrade D'Alcantara": a name a line */
  if (lineup_byline_may_be_person (rest) && lineup_byline_looks_like_people (rest))
    {
      gchar *rewritten = g_strdup_printf ("%s & %s", line, rest);

      g_free (names);
      return rewritten;
    }
  {
    gchar *rewritten = g_strdup_printf ("%s (%s)", line, rest);

    g_free (names);
    return rewritten;
  }
}

/* "Invited talk by Leman Akoglu (20 min):" over a title: the people after
 * "by" when a kind of talk comes before it.  Takes @text; returns it when it
 * is no such line. */
static gchar *
kind_by_people (gchar *text)
{
  g_autofree gchar *bare = NULL;
  g_autofree gchar *kind = NULL;
  gchar *people = NULL;
  gsize length = strlen (text);

  while (length > 0 && (text[length - 1] == ':' || text[length - 1] == ' '))
    text[--length] = '\0';
  bare = lineup_post_strip_duration_aside (text);
  if (!lineup_post_split_by_byline (bare, &kind, &people) || !lineup_byline_names_a_kind (kind))
    {
      g_free (people);
      return text;
    }
  g_free (text);
  return people;
}

/* "**Dr. Jörg Kunze** (Basler AG) <br>[EN] Bayer Pattern and Image Quality":
 * the people before the break (@brk) of @title, the title after it (the
 * nodes of @rest, moved back into @title).  Returns the names; NULL (nothing
 * moved) when the text before the break is no people. */
static gchar *
people_before_break (cmark_node *title,
                     cmark_node *brk,
                     cmark_node *rest,
                     gboolean    list_only)
{
  cmark_node *head = cmark_node_new (CMARK_NODE_PARAGRAPH);
  g_autofree gchar *people = NULL;

  while (cmark_node_first_child (title) != brk)
    cmark_node_append_child (head, cmark_node_first_child (title));
  people = kind_by_people (g_strstrip (lineup_post_table_cell_text (head)));
  if (!lineup_byline_looks_like_people (people) ||
      (list_only && strchr (people, ',') == NULL && strstr (people, " and ") == NULL))
    {
      while (cmark_node_last_child (head) != NULL)
        cmark_node_prepend_child (title, cmark_node_last_child (head));
      cmark_node_free (head);
      return NULL;
    }
  cmark_node_free (head);
  while (cmark_node_first_child (rest) != NULL)
    cmark_node_append_child (title, cmark_node_first_child (rest));
  return g_steal_pointer (&people);
}

/* Whether @rest holds one run of @type (italics, bold) and nothing else
 * but spaces. */
static gboolean
only_run (cmark_node       *rest,
          cmark_node_type   type)
{
  guint runs = 0;

  for (cmark_node *node = cmark_node_first_child (rest); node != NULL;
       node = cmark_node_next (node))
    {
      g_autofree gchar *text = NULL;

      if (cmark_node_get_type (node) == type)
        {
          runs++;
          continue;
        }
      text = lineup_post_table_cell_text (node);
      if (*g_strstrip (text) != '\0')
        return FALSE;
    }
  return runs == 1;
}

/* "Name, Name and Name<br>**(nominated for best paper)**": a last line in
 * brackets under the names is a note, no part of them; dropped. */
static void
drop_note_line (cmark_node *rest)
{
  cmark_node *last_break = NULL;
  g_autofree gchar *note = NULL;
  cmark_node *note_part;

  for (cmark_node *node = cmark_node_first_child (rest); node != NULL;
       node = cmark_node_next (node))
    if (lineup_post_table_is_break_node (node) && cmark_node_previous (node) != NULL)
      last_break = node;
  if (last_break == NULL || cmark_node_next (last_break) == NULL)
    return;
  note_part = cmark_node_new (CMARK_NODE_PARAGRAPH);
  while (cmark_node_next (last_break) != NULL)
    cmark_node_append_child (note_part, cmark_node_next (last_break));
  note = g_strstrip (lineup_post_table_cell_text (note_part));
  if (note[0] == '(' && g_str_has_suffix (note, ")"))
    {
      cmark_node_free (last_break);
      cmark_node_free (note_part);
      return;
    }
  while (cmark_node_first_child (note_part) != NULL)
    cmark_node_append_child (rest, cmark_node_first_child (note_part));
  cmark_node_free (note_part);
}

gchar *
lineup_post_table_take_break_byline (cmark_node *title)
{
  cmark_node *brk = NULL;
  cmark_node *rest, *made, *last;
  g_autofree gchar *names = NULL;
  g_autofree gchar *dashed = NULL;
  gboolean named;
  gchar *people;
  const gchar *bare;
  g_autoptr(GString) text = g_string_new (NULL);

  made = split_backslash_breaks (title);
  for (cmark_node *node = cmark_node_first_child (title); node != NULL && brk == NULL;
       node = cmark_node_next (node))
    if (lineup_post_table_is_break_node (node) && cmark_node_previous (node) != NULL)
      brk = node;
  /* "Wang Ling (Google DeepMind) **Generation via Program Induction**": the
   * title in bold after the people, on their line, as if under it */
  last = cmark_node_last_child (title);
  if (brk == NULL && last != NULL && cmark_node_get_type (last) == CMARK_NODE_STRONG &&
      cmark_node_previous (last) != NULL)
    {
      brk = made = cmark_node_new (CMARK_NODE_LINEBREAK);
      cmark_node_insert_before (last, brk);
    }
  if (brk == NULL || cmark_node_next (brk) == NULL)
    return NULL;

  /* The names: the cell's text after the break, read as a cell of its own. */
  rest = cmark_node_new (CMARK_NODE_PARAGRAPH);
  while (cmark_node_next (brk) != NULL)
    cmark_node_append_child (rest, cmark_node_next (brk));
  drop_note_line (rest);
  names = lineup_post_table_cell_text (rest);
  names = name_over_org (rest, names);
  /* "Speaker: Name" on the second line: the names after the label */
  bare = lineup_post_skip_speaker_marker (g_strstrip (names));
  /* "Speaker: Roberta Klatzky - Carnegie Mellon University" */
  if ((dashed = lineup_post_linked_name_dash_org (bare)) != NULL)
    bare = dashed;
  /* "Pedro Ângelo and Vasco Vasconcelos<br><em>Session-typed
   * Metaprogramming</em>": a title in italics may read as names, after a
   * list of them ("Title \\ _Hana Sato_" is a title, then its speaker); one
   * in bold after a name ("Name (Org)<br> **Energy Networks and Follow-ons**")
   * is the title */
  named = lineup_byline_looks_like_people (bare) && !only_run (rest, CMARK_NODE_STRONG);
  if (lineup_post_count_letters (bare, -1) >= 3 && (!named || only_run (rest, CMARK_NODE_EMPH)) &&
      (people = people_before_break (title, brk, rest, named)) != NULL)
    {
      cmark_node_free (rest);
      cmark_node_free (brk);
      return people;
    }
  if (*bare == '\0' || !lineup_byline_looks_like_people (bare))
    {
      /* the backslash break with no names after it: a space */
      if (brk == made)
        {
          cmark_node *space = cmark_node_new (CMARK_NODE_TEXT);

          cmark_node_set_literal (space, " ");
          cmark_node_insert_before (brk, space);
          cmark_node_free (brk);
        }
      while (cmark_node_first_child (rest) != NULL)
        cmark_node_append_child (title, cmark_node_first_child (rest));
      cmark_node_free (rest);
      return NULL;
    }
  cmark_node_free (rest);
  cmark_node_free (brk);
  return g_strdup (bare);
}

void
lineup_post_table_drop_room_code (cmark_node *title)
{
  cmark_node *first = cmark_node_first_child (title);
  const gchar *literal;
  gsize digits;

  if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_TEXT ||
      (literal = cmark_node_get_literal (first)) == NULL ||
      !g_ascii_isupper (literal[0]))
    return;
  digits = strspn (literal + 1, "0123456789");
  if (digits < 2 || digits > 4 || literal[1 + digits] != ':' || literal[2 + digits] != ' ')
    return;
  literal += 2 + digits;
  while (*literal == ' ')
    literal++;
  if (*literal == '\0')
    return;
  {
    g_autofree gchar *kept = g_strdup (literal);

    cmark_node_set_literal (first, kept);
  }
}

static gboolean
is_badge_open (const gchar *html)
{
  const gchar *end;
  g_autofree gchar *tag = NULL;

  if (html == NULL || g_ascii_strncasecmp (html, "<span", 5) != 0 ||
      (end = strchr (html, '>')) == NULL)
    return FALSE;
  tag = g_ascii_strdown (html, end - html);
  return strstr (tag, "class=\"label") != NULL || strstr (tag, "class=\"badge") != NULL;
}

gchar *
lineup_post_table_cell_text (cmark_node *cell)
{
  g_autoptr(GString) text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (cell);
  cmark_event_type ev;
  gboolean badge = FALSE;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (ev != CMARK_EVENT_ENTER)
        continue;
      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          if (!badge)
            g_string_append (text, cmark_node_get_literal (node));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, ' ');
          break;
        case CMARK_NODE_HTML_INLINE:
          /* "Nov. 12<br>8:30am": the break parts what it joins */
          if (lineup_post_table_is_break_node (node))
            g_string_append_c (text, ' ');
          /* "<span class="label label-info">Principiante</span>": a
           * Bootstrap badge (the talk's level, a tag), no text of the cell */
          else if (is_badge_open (cmark_node_get_literal (node)))
            badge = TRUE;
          else if (g_ascii_strncasecmp (cmark_node_get_literal (node), "</span", 6) == 0)
            badge = FALSE;
          break;
        default:
          break;
        }
    }
  cmark_iter_free (iter);
  return lineup_text_collapse_space (text->str);
}

/* Whether @link's text is a number ("216", "#216"): a reference to an issue
 * or a note, not a title. */
static gboolean
link_is_number (cmark_node *link)
{
  cmark_node *text = cmark_node_first_child (link);
  const gchar *literal;

  if (text == NULL || cmark_node_next (text) != NULL ||
      cmark_node_get_type (text) != CMARK_NODE_TEXT)
    return FALSE;
  literal = cmark_node_get_literal (text);
  if (*literal == '#')
    literal++;
  return *literal != '\0' && strspn (literal, "0123456789") == strlen (literal);
}

void
lineup_post_table_drop_number_links (cmark_node *title)
{
  cmark_node *last = cmark_node_last_child (title);
  cmark_node *before;

  /* "Title [216](…/issues/216)": the title is the text before it */
  while (last != NULL && cmark_node_get_type (last) == CMARK_NODE_LINK && link_is_number (last) &&
         (before = cmark_node_previous (last)) != NULL)
    {
      cmark_node_free (last);
      last = before;
      if (cmark_node_get_type (last) == CMARK_NODE_TEXT)
        {
          g_autofree gchar *kept = g_strchomp (g_strdup (cmark_node_get_literal (last)));

          cmark_node_set_literal (last, kept);
        }
    }
}
