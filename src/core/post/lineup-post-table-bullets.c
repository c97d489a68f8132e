/* lineup-post-table-bullets.c — a schedule cell holding several talks, one a bulleted line
 *
 * A session's cell lists its talks, each on a line of its own that opens
 * with a bullet, the lines cut by "<br>":
 *
 *   | 1:40-2:25pm | **Second session:** <br /> &bull; *Title* ([Name](url))<br /> &bull; … |
 *
 * All take the row's slot.  What comes before the first bullet names the
 * session, no talk.  A line's "(Name)" in parentheses, a link alone, holds
 * its speakers; a note after it ("_(cancelled)_") is left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-table-private.h"

/* A cell lists talks when this many of its lines at least open with a bullet. */
#define MIN_BULLETED_LINES 2
/* "Keynote talk:" before a title names its kind in this many words at most. */
#define MAX_LABEL_WORDS 3

static const gchar * const bullets[] = { "\u2022", "\u25e6", "\u2023", "\u00b7", NULL };


/* The length of the bullet @text opens with (after blanks), or 0. */
static gsize
bullet_length (const gchar *text)
{
  gsize blanks = strspn (text, " \t");

  for (guint i = 0; bullets[i] != NULL; i++)
    if (g_str_has_prefix (text + blanks, bullets[i]))
      return blanks + strlen (bullets[i]);
  /* "<br>\- Title": a Markdown list's dash, escaped in the cell */
  if (text[blanks] == '-' && text[blanks + 1] == ' ')
    return blanks + 1;
  return 0;
}

/* Whether the line starting at @node opens with a bullet: its first text,
 * blanks and soft breaks skipped. */
static gboolean
line_is_bulleted (cmark_node *node)
{
  for (; node != NULL && !lineup_post_table_is_break_node (node); node = cmark_node_next (node))
    {
      const gchar *literal;

      if (cmark_node_get_type (node) == CMARK_NODE_SOFTBREAK)
        continue;
      if (cmark_node_get_type (node) != CMARK_NODE_TEXT)
        return FALSE;
      literal = cmark_node_get_literal (node);
      if (literal[strspn (literal, " \t")] == '\0')
        continue;
      return bullet_length (literal) > 0;
    }
  return FALSE;
}

static guint
count_bulleted_lines (cmark_node *cell)
{
  cmark_node *node = cmark_node_first_child (cell);
  guint n = 0;

  while (node != NULL)
    {
      n += line_is_bulleted (node);
      while (node != NULL && !lineup_post_table_is_break_node (node))
        node = cmark_node_next (node);
      if (node != NULL)
        node = cmark_node_next (node);
    }
  return n;
}

/* Drops the bullet and the blanks the line of @paragraph opens with. */
static void
drop_bullet (cmark_node *paragraph)
{
  cmark_node *node;

  while ((node = cmark_node_first_child (paragraph)) != NULL &&
         cmark_node_get_type (node) == CMARK_NODE_TEXT)
    {
      const gchar *literal = cmark_node_get_literal (node);
      gsize skip = bullet_length (literal);
      g_autofree gchar *rest = NULL;

      skip = skip > 0 ? skip : strspn (literal, " \t");
      rest = g_strdup (literal + skip);
      g_strchug (rest);
      if (*rest != '\0')
        {
          cmark_node_set_literal (node, rest);
          return;
        }
      cmark_node_free (node);
    }
}

/* Takes @link (the line's last node) and its text out of the line as a
 * paragraph of speakers, when it names people. */
static gchar *
link_names (cmark_node *link)
{
  g_autofree gchar *names = lineup_post_table_cell_text (link);

  g_strstrip (g_strdelimit (names, "!", ' '));
  if (*names == '\0' || !lineup_byline_looks_like_people (names))
    return NULL;
  return g_steal_pointer (&names);
}

static cmark_node *
move_speakers (cmark_node *link)
{
  g_autofree gchar *names = link_names (link);
  cmark_node *speakers;

  if (names == NULL)
    return NULL;
  cmark_node_free (link);
  speakers = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_append_text (speakers, names);
  return speakers;
}

/* "Keynote: [Name](url)": the link after the colon ending the line holds
 * the speakers; the words before it are the title. */
static cmark_node *
take_label_speakers (cmark_node *title)
{
  cmark_node *link = cmark_node_last_child (title);
  cmark_node *label = link != NULL ? cmark_node_previous (link) : NULL;
  g_autofree gchar *kept = NULL;
  cmark_node *speakers;

  if (label == NULL || cmark_node_get_type (link) != CMARK_NODE_LINK ||
      cmark_node_get_type (label) != CMARK_NODE_TEXT)
    return NULL;
  kept = g_strchomp (g_strdup (cmark_node_get_literal (label)));
  if (!g_str_has_suffix (kept, ":") || strlen (kept) < 2)
    return NULL;
  if ((speakers = move_speakers (link)) == NULL)
    return NULL;
  kept[strlen (kept) - 1] = '\0';
  cmark_node_set_literal (label, kept);
  return speakers;
}

/* "Title ([Name](url)) _(note)_": moves the link out of @title into a
 * paragraph of its own, the speakers, dropping the brackets and what
 * follows them.  NULL when the line has no such link or it names no one. */
static cmark_node *
take_speakers (cmark_node *title)
{
  cmark_node *link, *open, *close, *speakers;
  const gchar *before;
  g_autofree gchar *names = NULL;
  g_autofree gchar *kept = NULL;
  gsize length;

  for (link = cmark_node_first_child (title); link != NULL; link = cmark_node_next (link))
    {
      open = cmark_node_previous (link);
      close = cmark_node_next (link);
      if (cmark_node_get_type (link) != CMARK_NODE_LINK || open == NULL || close == NULL ||
          cmark_node_get_type (open) != CMARK_NODE_TEXT ||
          cmark_node_get_type (close) != CMARK_NODE_TEXT ||
          cmark_node_get_literal (close)[0] != ')')
        continue;
      before = cmark_node_get_literal (open);
      length = strlen (before);
      while (length > 0 && before[length - 1] == ' ')
        length--;
      if (length > 0 && before[length - 1] == '(')
        break;
    }
  if (link == NULL)
    return take_label_speakers (title);
  if ((names = link_names (link)) == NULL)
    return NULL;
  /* what follows the brackets: a note */
  while (cmark_node_next (link) != NULL)
    cmark_node_free (cmark_node_next (link));
  if ((speakers = move_speakers (link)) == NULL)
    return NULL;
  kept = g_strndup (before, length - 1);
  g_strchomp (kept);
  if (*kept == '\0' && cmark_node_previous (open) != NULL)
    cmark_node_free (open);
  else
    cmark_node_set_literal (open, kept);
  return speakers;
}

/* "Keynote: *Title*": a label of a few words before an emphasised title
 * names the talk's kind. */
static void
drop_label (cmark_node *title)
{
  cmark_node *label = cmark_node_first_child (title);
  cmark_node *next = label != NULL ? cmark_node_next (label) : NULL;
  g_autofree gchar *text = NULL;
  g_auto(GStrv) words = NULL;

  if (next == NULL || cmark_node_get_type (label) != CMARK_NODE_TEXT ||
      (cmark_node_get_type (next) != CMARK_NODE_EMPH &&
       cmark_node_get_type (next) != CMARK_NODE_STRONG))
    return;
  text = g_strstrip (g_strdup (cmark_node_get_literal (label)));
  words = g_strsplit (text, " ", -1);
  if (g_str_has_suffix (text, ":") && g_strv_length (words) <= MAX_LABEL_WORDS)
    cmark_node_free (label);
}

static void
free_node (gpointer node)
{
  if (node != NULL)
    cmark_node_free (node);
}

GPtrArray *
lineup_post_table_split_bullets (cmark_node *cell,
                                 gint        line)
{
  GPtrArray *parts;
  cmark_node *node, *next;

  if (count_bulleted_lines (cell) < MIN_BULLETED_LINES)
    return NULL;
  parts = g_ptr_array_new_with_free_func (free_node);
  node = cmark_node_first_child (cell);
  while (node != NULL)
    {
      gboolean bulleted = line_is_bulleted (node);
      cmark_node *title = cmark_node_new (CMARK_NODE_PARAGRAPH);

      lineup_post_document_set_line (title, line);
      for (; node != NULL && !lineup_post_table_is_break_node (node); node = next)
        {
          next = cmark_node_next (node);
          cmark_node_append_child (title, node);
        }
      node = node != NULL ? cmark_node_next (node) : NULL;
      /* the session's name, a line without a bullet: no talk */
      if (!bulleted)
        {
          cmark_node_free (title);
          continue;
        }
      drop_bullet (title);
      g_ptr_array_add (parts, title);
      g_ptr_array_add (parts, take_speakers (title));
      drop_label (title);
    }
  return parts;
}
