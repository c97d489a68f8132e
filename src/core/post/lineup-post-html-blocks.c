/* lineup-post-html-blocks.c — where raw HTML sits in a post's cmark
 * document, and which of its blocks are read together
 *
 * cmark ends an HTML block at a blank line: a <table> or a list written
 * with blank lines between its rows is cut into blocks (the rows after the
 * cut read as indented code), and is read here from its first block to the
 * one that closes it.  A block of "<strong>When:</strong> …" lines is a
 * paragraph a line.  A fence of tildes around HTML is raw HTML (Franklin.jl
 * pages).  Each is replaced by the blocks lineup-post-html.c reads in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-html"

#include "config.h"

#include <string.h>

#include "lineup-post-document.h"
#include "lineup-post-html-private.h"

/* @holder's blocks in place of @first and its next siblings up to @last
 * (all freed); @holder is freed. */
static void
replace_blocks (cmark_node *first,
                cmark_node *last,
                cmark_node *holder)
{
  cmark_node *child, *next;

  while ((child = cmark_node_first_child (holder)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_insert_before (first, child);
    }
  for (cmark_node *node = first; node != NULL; node = next)
    {
      next = node == last ? NULL : cmark_node_next (node);
      cmark_node_free (node);
    }
  cmark_node_free (holder);
}

/* Whether @line opens with a label in bold ("<strong>When:</strong> …"). */
static gboolean
is_field_line (const gchar *line)
{
  const gchar *p = line + strspn (line, " \t");
  const gchar *close;

  if (g_ascii_strncasecmp (p, "<strong>", 8) == 0)
    p += 8;
  else if (g_ascii_strncasecmp (p, "<b>", 3) == 0)
    p += 3;
  else
    return FALSE;
  close = strchr (p, '<');
  return close != NULL && close > p && close - p <= 40 && close[-1] == ':' &&
         memchr (p, '>', (gsize) (close - p)) == NULL;
}

/* "<strong>Topic:</strong> Lightning Talks" then "<strong>When:</strong>
 * Thursday, 11th September 2014, 7pm", one a line with no <br>: lines of
 * fields as the author sees them, a paragraph each; NULL when @html has
 * fewer than two. */
static cmark_node *
convert_field_lines (const gchar *html,
                     gint         line_offset)
{
  g_auto(GStrv) lines = g_strsplit (html, "\n", -1);
  cmark_node *holder;
  guint fields = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    fields += is_field_line (lines[i]);
  if (fields < 2)
    return NULL;
  holder = cmark_node_new (CMARK_NODE_DOCUMENT);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean structured;
      cmark_node *one = lineup_post_html_convert (lines[i], line_offset + (gint) i, &structured);
      cmark_node *child;

      while ((child = cmark_node_first_child (one)) != NULL)
        {
          cmark_node_unlink (child);
          cmark_node_append_child (holder, child);
        }
      cmark_node_free (one);
    }
  return holder;
}

/* @html (an HTML block, or a raw-HTML fence) replaced by the blocks it
 * holds; @line_offset is its content's first line, minus one. */
static void
rewrite_block (cmark_node *html,
               gint        line_offset)
{
  const gchar *literal = cmark_node_get_literal (html);
  gboolean structured;
  cmark_node *holder;

  if (literal == NULL ||
      !(lineup_post_html_may_hold_structure (literal) || lineup_post_html_may_hold_time_rows (literal) ||
        strstr (literal, ":</") != NULL))
    return;
  holder = lineup_post_html_convert (literal, line_offset, &structured);
  if (!structured)
    {
      cmark_node_free (holder);
      if ((holder = convert_field_lines (literal, line_offset)) == NULL)
        return;
    }
  replace_blocks (html, html, holder);
}

/* The parsed text, cut at its lines. */
typedef struct
{
  const gchar *text;
  gsize        length;
  GArray      *starts;   /* gsize: where each line starts, made when first needed */
  guint        budget;   /* blocks that may still be looked at for a table's end */
} Source;

/* The text of lines @first to @last (1-based), as written.  cmark ends a
 * one-line comment block ("<!-- 09:00 - 10:30 -->") on the line before the
 * one it starts on: @last is at least @first. */
static const gchar *
source_lines (Source *source,
              gint    first,
              gint    last,
              gsize  *length)
{
  gsize start, end;

  last = MAX (first, last);

  if (source->starts == NULL)
    {
      gsize zero = 0;

      source->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
      g_array_append_val (source->starts, zero);
      for (gsize i = 0; i < source->length; i++)
        if (source->text[i] == '\n' && i + 1 < source->length)
          {
            gsize next = i + 1;

            g_array_append_val (source->starts, next);
          }
    }
  if (first < 1 || last < first || (guint) first > source->starts->len)
    return NULL;
  start = g_array_index (source->starts, gsize, first - 1);
  end = (guint) last < source->starts->len ? g_array_index (source->starts, gsize, last)
                                           : source->length;
  *length = end - start;
  return source->text + start;
}

/* 1 when the '<' at @p (before @end) opens an element @name ("<table>",
 * "<ol class=…>"), -1 when it closes one ("</table"), else 0. */
static gint
tag_at (const gchar *p,
        const gchar *end,
        const gchar *name)
{
  gsize n = strlen (name);

  if ((gsize) (end - p) < n + 2)
    return 0;
  if (g_ascii_strncasecmp (p + 1, name, n) == 0 && !g_ascii_isalnum (p[n + 1]))
    return 1;
  if (p[1] == '/' && g_ascii_strncasecmp (p + 2, name, n) == 0)
    return -1;
  return 0;
}

gint
lineup_post_document_html_balance (const gchar *text,
                                    gsize        length)
{
  const gchar *end = text + length;
  gint balance = 0;

  for (const gchar *p = memchr (text, '<', length); p != NULL;
       p = memchr (p + 1, '<', (gsize) (end - p - 1)))
    balance += tag_at (p, end, "table") + tag_at (p, end, "ol") + tag_at (p, end, "ul");
  return balance;
}

/* Blocks a table written across blank lines is cut into: a blank line ends
 * an HTML block, and the rows after it read as indented code.  And the
 * blocks looked at for tables' ends in a whole document: tables never
 * closed must not make the reading quadratic. */
#define MAX_TABLE_PIECES 4096
#define MAX_TABLE_LOOKS (16 * MAX_TABLE_PIECES)

/* The HTML of the lines from @first's to @last's (@text, @length) read as
 * the blocks it holds, in place of @first up to @last; FALSE (nothing
 * changed) when it holds no structure. */
static gboolean
convert_blocks (cmark_node  *first,
                cmark_node  *last,
                const gchar *text,
                gsize        length)
{
  g_autofree gchar *joined = g_strndup (text, length);
  gboolean structured;
  cmark_node *holder = lineup_post_html_convert (joined, cmark_node_get_start_line (first) - 1,
                                                 &structured);

  if (!structured)
    {
      cmark_node_free (holder);
      return FALSE;
    }
  replace_blocks (first, last, holder);
  return TRUE;
}

/* How many <div>s and comments @text (@length bytes) opens and does not
 * close (negative when it closes more). */
static gint
container_balance (const gchar *text,
                   gsize        length)
{
  const gchar *end = text + length;
  gint balance = 0;

  for (const gchar *p = memchr (text, '<', length); p != NULL;
       p = memchr (p + 1, '<', (gsize) (end - p - 1)))
    balance += tag_at (p, end, "div") + (end - p >= 4 && strncmp (p + 1, "!--", 3) == 0);
  for (const gchar *p = text; (p = g_strstr_len (p, end - p, "-->")) != NULL; p += 3)
    balance--;
  return balance;
}

/* Whether @node is an indented line of HTML, as cmark reads the lines of a
 * page's <div>s after a blank line: code. */
static gboolean
is_indented_html (cmark_node *node)
{
  const gchar *literal = node != NULL && cmark_node_get_type (node) == CMARK_NODE_CODE_BLOCK
                         ? cmark_node_get_literal (node) : NULL;

  return literal != NULL && literal[strspn (literal, " \t")] == '<';
}

/* An HTML block that opens a table it does not close is read with the
 * blocks after it up to the one that closes it; so is one that opens
 * <div>s or a comment it does not close, when indented HTML follows it (a
 * page of HTML, not Markdown inside a <div>).  Returns the node to go on
 * from. */
static cmark_node *
rewrite_open_table (cmark_node *html,
                    Source     *source,
                    gboolean    containers)
{
  cmark_node *last = html, *after;
  gint (*balance_of) (const gchar *, gsize) =
    containers ? container_balance : lineup_post_document_html_balance;
  gint balance = balance_of (cmark_node_get_literal (html), strlen (cmark_node_get_literal (html)));
  gint first_line = cmark_node_get_start_line (html);
  const gchar *text;
  gsize length;

  for (guint n = 0; balance > 0 && n < MAX_TABLE_PIECES && source->budget > 0 &&
                   (after = cmark_node_next (last)); n++)
    {
      cmark_node_type type = cmark_node_get_type (after);

      source->budget--;
      if ((type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_CODE_BLOCK &&
           (type != CMARK_NODE_PARAGRAPH || containers)) ||
          (text = source_lines (source, cmark_node_get_start_line (after),
                                cmark_node_get_end_line (after), &length)) == NULL)
        break;
      balance += balance_of (text, length);
      last = after;
    }
  after = cmark_node_next (last);
  /* a table never closed ends with the page, as a browser shows it */
  if ((balance > 0 && after != NULL) || last == html ||
      (text = source_lines (source, first_line, cmark_node_get_end_line (last), &length)) == NULL)
    {
      after = cmark_node_next (html);
      rewrite_block (html, first_line - 1);
      return after;
    }
  convert_blocks (html, last, text, length);
  return after;
}

/* Whether @node is an HTML block that opens <div>s or a comment it does
 * not close, over indented HTML (read from it to where they close). */
static gboolean
opens_html_page (cmark_node *node)
{
  const gchar *literal = cmark_node_get_literal (node);

  return cmark_node_get_type (node) == CMARK_NODE_HTML_BLOCK && literal != NULL &&
         container_balance (literal, strlen (literal)) > 0 &&
         is_indented_html (cmark_node_next (node));
}

/* Whether @node is an HTML block that opens with a <div>. */
static gboolean
opens_div (cmark_node *node)
{
  const gchar *literal = node != NULL && cmark_node_get_type (node) == CMARK_NODE_HTML_BLOCK
                         ? cmark_node_get_literal (node) : NULL;

  return literal != NULL &&
         g_ascii_strncasecmp (literal + strspn (literal, " \t"), "<div", 4) == 0;
}

/* "<div class=row><div>09:00am</div> <div><b>Title</b></div></div>", a
 * blank line, the next row…: a page's rows of <div>s set apart by blank
 * lines are read together (a run of time rows is a table only when two are
 * in one block).  FALSE when @html opens no such run; else @next is the
 * node to go on from. */
static gboolean
rewrite_div_run (cmark_node  *html,
                 Source      *source,
                 cmark_node **next)
{
  cmark_node *last = html, *after;
  const gchar *text;
  gsize length;

  if (!opens_div (html))
    return FALSE;
  for (guint n = 0; n < MAX_TABLE_PIECES && source->budget > 0 &&
                   opens_div (cmark_node_next (last)) &&
                   !opens_html_page (cmark_node_next (last)); n++)
    {
      source->budget--;
      last = cmark_node_next (last);
    }
  if (last == html ||
      (text = source_lines (source, cmark_node_get_start_line (html),
                            cmark_node_get_end_line (last), &length)) == NULL)
    return FALSE;
  after = cmark_node_next (last);
  if (!convert_blocks (html, last, text, length))
    return FALSE;
  *next = after;
  return TRUE;
}

/* Where @text's line @number (1-based) starts, or NULL; @cursor and @at
 * (the line @cursor starts) carry on from the previous call, so that the
 * fences of a post are found in one pass. */
static const gchar *
line_start (const gchar  *text,
            gsize         length,
            gint          number,
            const gchar **cursor,
            gint         *at)
{
  for (; *at < number; (*at)++)
    {
      const gchar *end = memchr (*cursor, '\n', length - (gsize) (*cursor - text));

      if (end == NULL || end + 1 >= text + length)
        return NULL;
      *cursor = end + 1;
    }
  return *at == number ? *cursor : NULL;
}

/* A fence of tildes with no info string around HTML markup is raw HTML, as
 * Franklin.jl pages write it ("~~~" then "<h3>Monday…</h3><table>…" then
 * "~~~"): its content is read as an HTML block is.  A fence of backticks, or
 * one that names a language, stays code. */
static gboolean
is_raw_html_fence (cmark_node  *node,
                   const gchar *fence)
{
  const gchar *info = cmark_node_get_fence_info (node);
  const gchar *literal = cmark_node_get_literal (node);

  if ((info != NULL && *info != '\0') || literal == NULL || fence == NULL)
    return FALSE;
  literal += strspn (literal, " \t\r\n");
  if (literal[0] != '<' || !g_ascii_isalpha (literal[1]))
    return FALSE;
  fence += strspn (fence, " ");
  return g_str_has_prefix (fence, "~~~");
}

void
lineup_post_document_rewrite_fences (cmark_node  *document,
                                     const gchar *text,
                                     gsize        length)
{
  const gchar *cursor = text;
  gint at = 1;
  cmark_node *next;

  if (g_strstr_len (text, (gssize) length, "~~~") == NULL)
    return;
  for (cmark_node *node = cmark_node_first_child (document); node; node = next)
    {
      gint line = cmark_node_get_start_line (node);

      next = cmark_node_next (node);
      if (cmark_node_get_type (node) == CMARK_NODE_CODE_BLOCK && line >= at &&
          is_raw_html_fence (node, line_start (text, length, line, &cursor, &at)))
        rewrite_block (node, line);
    }
}

/* "* 13:30 Session 2" over "  <ul><li>Name<br><i>Title</i></li>…</ul>": a
 * list in HTML inside an item is the item's own sub-list. */
static void
rewrite_item_lists (cmark_node *document)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  cmark_iter *iter = cmark_iter_new (document);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      const gchar *literal = cmark_node_get_literal (node);

      if (event == CMARK_EVENT_ENTER && cmark_node_get_type (node) == CMARK_NODE_HTML_BLOCK &&
          cmark_node_get_type (cmark_node_parent (node)) == CMARK_NODE_ITEM && literal != NULL &&
          (g_ascii_strncasecmp (literal + strspn (literal, " \t\n"), "<ul", 3) == 0 ||
           g_ascii_strncasecmp (literal + strspn (literal, " \t\n"), "<ol", 3) == 0))
        g_ptr_array_add (blocks, node);
    }
  cmark_iter_free (iter);
  for (guint i = 0; i < blocks->len; i++)
    {
      cmark_node *node = g_ptr_array_index (blocks, i);

      rewrite_block (node, cmark_node_get_start_line (node) - 1);
    }
}

void
lineup_post_document_rewrite_html (cmark_node  *document,
                                   const gchar *text,
                                   gsize        length)
{
  Source source = { text, length, NULL, MAX_TABLE_LOOKS };
  cmark_node *next;

  for (cmark_node *node = cmark_node_first_child (document); node; node = next)
    {
      const gchar *literal = cmark_node_get_literal (node);

      next = cmark_node_next (node);
      if (cmark_node_get_type (node) != CMARK_NODE_HTML_BLOCK || literal == NULL)
        continue;
      if (lineup_post_document_html_balance (literal, strlen (literal)) > 0)
        next = rewrite_open_table (node, &source, FALSE);
      else if (opens_html_page (node))
        next = rewrite_open_table (node, &source, TRUE);
      else if (!rewrite_div_run (node, &source, &next))
        rewrite_block (node, cmark_node_get_start_line (node) - 1);
    }
  rewrite_item_lists (document);
  g_clear_pointer (&source.starts, g_array_unref);
}
