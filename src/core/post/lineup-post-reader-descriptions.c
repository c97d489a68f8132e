/* lineup-post-reader-descriptions.c — a talk's description, as Markdown, from the blocks under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"

/* cmark's CommonMark renderer may split a character it deems invalid
 * (U+FFFF at the start of a line came out as a lone 0xFF byte, found by
 * fuzz-post-reader): what it renders is made valid UTF-8 again. */
static void
append_markdown (GString     *description,
                 const gchar *markdown,
                 const gchar *separator)
{
  g_autofree gchar *trimmed = g_strstrip (g_utf8_make_valid (markdown, -1));
  gsize room;
  const gchar *end;

  if (*trimmed == '\0' || description->len >= MAX_DESCRIPTION_BYTES)
    return;
  if (description->len > 0)
    g_string_append (description, separator);

  /* Past the limit, cut at a character boundary. */
  room = MAX_DESCRIPTION_BYTES - MIN (description->len, MAX_DESCRIPTION_BYTES);
  end = trimmed + strlen (trimmed);
  if ((gsize) (end - trimmed) > room)
    {
      end = trimmed + room;
      while (end > trimmed && (*end & 0xC0) == 0x80)
        end--;
    }
  g_string_append_len (description, trimmed, end - trimmed);
}

/* TRUE when containers are nested more than @limit deep in @node. */
static gboolean
nested_deeper_than (cmark_node *node,
                    gint        limit)
{
  cmark_iter *iter = cmark_iter_new (node);
  cmark_event_type ev;
  gint depth = 0;
  gboolean deep = FALSE;

  while (!deep && (ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      if (ev == CMARK_EVENT_ENTER && cmark_node_first_child (cmark_iter_get_node (iter)) != NULL)
        deep = ++depth > limit;
      else if (ev == CMARK_EVENT_EXIT)
        depth--;
    }
  cmark_iter_free (iter);
  return deep;
}

/* The words of @node, one space between blocks and lines. */
static gchar *
plain_text (cmark_node *node)
{
  cmark_iter *iter = cmark_iter_new (node);
  g_autoptr(GString) text = g_string_new (NULL);
  cmark_event_type ev;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE && text->len < MAX_DESCRIPTION_BYTES)
    {
      cmark_node *child = cmark_iter_get_node (iter);
      const gchar *literal;

      if (ev != CMARK_EVENT_ENTER)
        continue;
      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          literal = cmark_node_get_literal (child);
          if (literal != NULL)
            g_string_append (text, literal);
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
          g_string_append_c (text, ' ');
          break;
        default:
          break;
        }
    }
  cmark_iter_free (iter);
  return lineup_text_collapse_space (text->str);
}

/* The text of a paragraph at the top level of the piece, as written. */
static gchar *
source_of (const Piece *piece,
           cmark_node  *paragraph)
{
  gint first = cmark_node_get_start_line (paragraph);
  gint last = cmark_node_get_end_line (paragraph);
  const gchar *start, *end;

  /* A block lineup-post-document made has no position of its own. */
  if (cmark_node_get_user_data (paragraph) != NULL)
    return NULL;
  if (first < 1 || last < first || (guint) last > piece->lines->len)
    return NULL;
  start = piece->text + g_array_index (piece->lines, guint32, first - 1);
  end = (guint) last < piece->lines->len
        ? piece->text + g_array_index (piece->lines, guint32, last)
        : piece->text + piece->length;
  return g_strndup (start, (gsize) (end - start));
}

/* cmark ends a list followed by another list or a code block with
 * "<!-- end list -->", looking at the node's next sibling: that sibling is
 * not part of the description (and not there at all when the post is read
 * in pieces), so the marker goes. */
static void
drop_end_list_marker (gchar *markdown)
{
  static const gchar marker[] = "<!-- end list -->";
  gsize length = strlen (markdown);

  while (length > 0 && (markdown[length - 1] == '\n' || markdown[length - 1] == ' '))
    length--;
  if (length >= sizeof marker - 1 &&
      memcmp (markdown + length - (sizeof marker - 1), marker, sizeof marker - 1) == 0)
    markdown[length - (sizeof marker - 1)] = '\0';
}

/* A block of a talk's description, as Markdown.  A paragraph at the top
 * level is copied from the post (no reference definition can change its
 * meaning: see lineup_post_reader_body_may_be_cut()); anything else is rendered by cmark. */
void
lineup_post_reader_append_block (Reader     *reader,
                                 GString    *description,
                                 cmark_node *node)
{
  g_autofree gchar *markdown = NULL;

  /* A rule ("---") parts the talks: it is no part of the one above it. */
  if (description->len >= MAX_DESCRIPTION_BYTES ||
      cmark_node_get_type (node) == CMARK_NODE_THEMATIC_BREAK)
    return;
  if (reader->sliceable && reader->piece != NULL &&
      cmark_node_get_type (node) == CMARK_NODE_PARAGRAPH &&
      cmark_node_parent (node) == reader->piece->document &&
      (markdown = source_of (reader->piece, node)) != NULL)
    ;
  else if (nested_deeper_than (node, MAX_DESCRIPTION_DEPTH))
    markdown = plain_text (node);
  else
    {
      markdown = cmark_render_commonmark (node, CMARK_OPT_DEFAULT, 0);
      drop_end_list_marker (markdown);
    }

  append_markdown (description, markdown, "\n\n");
}

/* Plain @text (a summary read off a talk's line) as a paragraph: whatever
 * in it Markdown would read as markup is escaped. */
void
lineup_post_reader_append_text (GString     *description,
                                const gchar *text)
{
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  cmark_node *literal = cmark_node_new (CMARK_NODE_TEXT);
  g_autofree gchar *markdown = NULL;

  cmark_node_set_literal (literal, text);
  cmark_node_append_child (paragraph, literal);
  markdown = cmark_render_commonmark (paragraph, CMARK_OPT_DEFAULT, 0);
  append_markdown (description, markdown, "\n\n");
  cmark_node_free (paragraph);
}

/* Moves the inlines of lines [@from, @to] of @unit into a new paragraph and
 * renders it: the part of a talk's own block that is description. */
static void
append_lines (GString              *description,
              const LineupPostUnit *unit,
              guint                 from,
              guint                 to,
              const gchar          *separator)
{
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  g_autofree gchar *markdown = NULL;

  for (guint i = from; i <= to && i < unit->lines->len; i++)
    {
      LineupPostLine *line = g_ptr_array_index (unit->lines, i);
      cmark_node *node = line->first;

      if (cmark_node_first_child (paragraph) != NULL)
        cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_SOFTBREAK));
      while (node != NULL)
        {
          cmark_node *next = cmark_node_next (node);
          gboolean last = node == line->last;

          cmark_node_unlink (node);
          cmark_node_append_child (paragraph, node);
          if (last)
            break;
          node = next;
        }
      line->first = line->last = NULL;
    }

  markdown = cmark_render_commonmark (paragraph, CMARK_OPT_DEFAULT, 0);
  append_markdown (description, markdown, separator);
  cmark_node_free (paragraph);
}

void
lineup_post_reader_append_lines (GString              *description,
                                 const LineupPostUnit *unit,
                                 guint                 from,
                                 guint                 to)
{
  append_lines (description, unit, from, to, "\n\n");
}

/* The same, as the next lines of the description's last paragraph ("[Title](url)
 * (Name) – how two" then "teams moved…"). */
void
lineup_post_reader_continue_lines (GString              *description,
                                   const LineupPostUnit *unit,
                                   guint                 from,
                                   guint                 to)
{
  append_lines (description, unit, from, to, "\n");
}

/* "[Title](url)" then "_by_ [_Mark Bates_](…) - a survey of crates…" on the
 * next line, which named the talk's speakers (lineup-post-layouts-talks.c):
 * the summary after its dash is the description, the rest is read.  FALSE
 * when @line is no such line. */
gboolean
lineup_post_reader_take_byline_summary (Talk                 *talk,
                                        const LineupPostLine *line)
{
  const gchar *text = line->text + strspn (line->text, " ");
  const gchar *rest, *dash;
  gsize length = 0;

  if (talk->byline == NULL || g_ascii_strncasecmp (text, "by ", 3) != 0 ||
      !g_str_has_prefix (text + 3, talk->byline))
    return FALSE;
  rest = text + 3 + strlen (talk->byline);
  dash = lineup_post_find_dash (rest, &length);
  if (dash != NULL && lineup_post_count_letters (rest, (gssize) (dash - rest)) == 0)
    {
      g_autofree gchar *summary = g_strstrip (g_strdup (dash + length));

      lineup_post_reader_append_text (talk->description, summary);
      return TRUE;
    }
  return lineup_post_count_letters (rest, -1) == 0;
}

void
lineup_post_reader_describe_talk (Reader     *reader,
                                  Talk       *talk,
                                  cmark_node *block)
{
  /* "**12:05 – Title**" over "- Speakers: Name & Name (Org)", "- Topic: …":
   * a list of its fields under a talk with no speakers gives them */
  for (cmark_node *item = cmark_node_get_type (block) == CMARK_NODE_LIST
                          ? cmark_node_first_child (block) : NULL;
       item != NULL && talk->byline == NULL; item = cmark_node_next (item))
    {
      g_autoptr(GPtrArray) lines = lineup_post_reader_first_lines (item);
      const gchar *text;
      gsize value = 0;

      if (lines == NULL || lines->len != 1)
        continue;
      text = ((LineupPostLine *) g_ptr_array_index (lines, 0))->text;
      if (lineup_post_layouts_field (text, &value) == LINEUP_POST_FIELD_SPEAKERS)
        talk->byline = lineup_post_reader_speakers_value (text + value);
    }
  lineup_post_reader_append_block (reader, talk->description, block);
}
