/* lineup-post-html.c — blocks of raw HTML in a post, read with libxml2's HTML
 * parser into the cmark nodes they stand for (never rendered)
 *
 * Some posts are HTML from end to end (a Medium export: <h4> days whose
 * text is split by <strong>, <li><strong>2:35-3:10pm:</strong> <a
 * href>Title</a>).  cmark keeps such a body as one HTML block the walk cannot
 * read.  Here the block is parsed by libxml2 and rebuilt as headings,
 * paragraphs, lists and quotes with text, emphasis, links and line breaks;
 * anything else (images, scripts, figures, footers) is left out; a <summary>
 * is a bold line over its <details>, a <table> with a time column the list of
 * talks a GitHub table becomes.  A block is replaced only when it holds a
 * heading, a summary, a list item or such a table: a lone <div> or an
 * embedded video stays as the author wrote it, for the descriptions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-html"

#include "config.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#include "lineup-post-document.h"
#include "lineup-post-html-private.h"
#include "lineup-text.h"

/* Deeper than this is not a post's structure (and must not exhaust the stack). */
#define MAX_DEPTH 48

typedef struct
{
  gint     line_offset;   /* the HTML block's first line, minus one */
  gboolean structured;    /* a heading or a list item was made */
} Converter;

static gboolean
is_tag (xmlNode     *node,
        const gchar *name)
{
  return node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const gchar *) node->name, name) == 0;
}

static gboolean
is_any_tag (xmlNode            *node,
            const gchar *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (is_tag (node, names[i]))
      return TRUE;
  return FALSE;
}

static const gchar *const skipped[] = {
  "script", "style", "img", "figure", "footer", "nav", "iframe", "video", "svg",
  "noscript", "template", "head", "button", "form", NULL
};
static const gchar *const blocks[] = {
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "div", "section",
  "article", "main", "header", "aside", "table", "tr", "td", "th", "tbody", "thead", "dl",
  "dt", "dd", "hr", "pre", "body", "html", "details", "summary", NULL
};

static void
set_line (Converter  *converter,
          cmark_node *made,
          xmlNode    *from)
{
  lineup_post_document_set_line (made, converter->line_offset + (gint) xmlGetLineNo (from));
}

static void add_inlines (Converter *converter, xmlNode *node, cmark_node *parent, guint depth);

/* The text of an HTML element into @parent; a `span` in backticks (Markdown
 * written inside the HTML, as in "Groups of order `p * q`" in a <td>) is a
 * code span, as it would be outside, and loses its backticks. */
static void
append_text (cmark_node  *parent,
             const gchar *text)
{
  const gchar *open;

  while ((open = strchr (text, '`')) != NULL)
    {
      gsize run = strspn (open, "`");
      const gchar *close = open + run;
      g_autofree gchar *before = g_strndup (text, open - text);
      g_autofree gchar *code = NULL;
      cmark_node *made;

      /* the closing run of as many backticks */
      while ((close = strchr (close, '`')) != NULL && strspn (close, "`") != run)
        close += strspn (close, "`");
      if (close == NULL || close == open + run)
        break;
      if (*before != '\0')
        lineup_post_document_append_text (parent, before);
      code = g_strndup (open + run, close - open - run);
      made = cmark_node_new (CMARK_NODE_CODE);
      cmark_node_set_literal (made, g_strstrip (code));
      cmark_node_append_child (parent, made);
      text = close + run;
    }
  if (*text != '\0')
    lineup_post_document_append_text (parent, text);
}

/* @node, an inline (text, strong, a…), into @parent (a paragraph, heading or
 * inline container); blocks met on the way are flattened into their text. */
static void
add_inline (Converter  *converter,
            xmlNode    *node,
            cmark_node *parent,
            guint       depth)
{
  cmark_node *made = NULL;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL && *node->content != '\0')
        append_text (parent, (const gchar *) node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || is_any_tag (node, skipped) || depth >= MAX_DEPTH)
    return;

  if (is_tag (node, "br"))
    {
      cmark_node_append_child (parent, cmark_node_new (CMARK_NODE_LINEBREAK));
      return;
    }
  if (is_tag (node, "strong") || is_tag (node, "b"))
    made = cmark_node_new (CMARK_NODE_STRONG);
  else if (is_tag (node, "em") || is_tag (node, "i"))
    made = cmark_node_new (CMARK_NODE_EMPH);
  else if (is_tag (node, "a"))
    {
      xmlChar *href = xmlGetProp (node, (const xmlChar *) "href");

      if (href != NULL)
        {
          made = cmark_node_new (CMARK_NODE_LINK);
          cmark_node_set_url (made, (const gchar *) href);
          xmlFree (href);
        }
    }

  if (made == NULL)
    {
      add_inlines (converter, node, parent, depth + 1);
      return;
    }
  add_inlines (converter, node, made, depth + 1);
  cmark_node_append_child (parent, made);
}

static void
add_inlines (Converter  *converter,
             xmlNode    *node,
             cmark_node *parent,
             guint       depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    add_inline (converter, child, parent, depth);
}

static gboolean
has_content (cmark_node *node)
{
  for (cmark_node *child = cmark_node_first_child (node); child; child = cmark_node_next (child))
    {
      const gchar *text = cmark_node_get_literal (child);

      if (cmark_node_get_type (child) != CMARK_NODE_TEXT)
        return TRUE;
      for (; text != NULL && *text; text++)
        if (!g_ascii_isspace (*text))
          return TRUE;
    }
  return FALSE;
}

/* Appends @made to @parent when it holds something, frees it otherwise. */
static void
keep_if_filled (cmark_node *parent,
                cmark_node *made)
{
  if (has_content (made))
    cmark_node_append_child (parent, made);
  else
    cmark_node_free (made);
}

static void add_blocks (Converter *converter, xmlNode *node, cmark_node *parent, guint depth);

static void
add_list (Converter  *converter,
          xmlNode    *node,
          cmark_node *parent,
          guint       depth)
{
  cmark_node *list = cmark_node_new (CMARK_NODE_LIST);

  cmark_node_set_list_type (list, is_tag (node, "ol") ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST);
  cmark_node_set_list_tight (list, TRUE);
  set_line (converter, list, node);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      cmark_node *item;

      if (!is_tag (child, "li"))
        continue;
      item = cmark_node_new (CMARK_NODE_ITEM);
      set_line (converter, item, child);
      add_blocks (converter, child, item, depth + 1);
      if (cmark_node_first_child (item) != NULL)
        {
          cmark_node_append_child (list, item);
          converter->structured = TRUE;
        }
      else
        cmark_node_free (item);
    }
  if (cmark_node_first_child (list) != NULL)
    cmark_node_append_child (parent, list);
  else
    cmark_node_free (list);
}

/* The plain text of @node, spaces collapsed. */
static gchar *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  gchar *text = lineup_text_collapse_space (content != NULL ? (const gchar *) content : "");

  xmlFree (content);
  return text;
}

/* The <tr> of @table, with those of its <thead>, <tbody> and <tfoot>. */
static void
collect_rows (xmlNode   *table,
              GPtrArray *rows)
{
  for (xmlNode *child = table->children; child != NULL; child = child->next)
    if (is_tag (child, "tr"))
      g_ptr_array_add (rows, child);
    else if (is_tag (child, "thead") || is_tag (child, "tbody") || is_tag (child, "tfoot"))
      collect_rows (child, rows);
}

/* A <table> with a time column becomes the list of talks a GitHub table
 * becomes (lineup-post-table.c): its first row is the header, each other
 * cell a paragraph of its inlines.  FALSE when it is no schedule. */
static gboolean
add_table (Converter  *converter,
           xmlNode    *node,
           cmark_node *parent,
           guint       depth)
{
  g_autoptr(GPtrArray) trs = g_ptr_array_new ();
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (gint));

  collect_rows (node, trs);
  if (trs->len < 2)
    return FALSE;
  for (xmlNode *cell = ((xmlNode *) g_ptr_array_index (trs, 0))->children; cell; cell = cell->next)
    if (is_tag (cell, "th") || is_tag (cell, "td"))
      g_ptr_array_add (header, node_text (cell));
  for (guint i = 1; i < trs->len; i++)
    {
      xmlNode *tr = g_ptr_array_index (trs, i);
      GPtrArray *cells = g_ptr_array_new ();
      gint line = converter->line_offset + (gint) xmlGetLineNo (tr);

      for (xmlNode *cell = tr->children; cell != NULL; cell = cell->next)
        {
          cmark_node *paragraph;

          if (!is_tag (cell, "th") && !is_tag (cell, "td"))
            continue;
          paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
          add_inlines (converter, cell, paragraph, depth + 1);
          if (has_content (paragraph))
            lineup_post_document_set_line (paragraph, line);
          else
            g_clear_pointer (&paragraph, cmark_node_free);
          g_ptr_array_add (cells, paragraph);
        }
      g_ptr_array_add (rows, cells);
      g_array_append_val (lines, line);
    }
  if (!lineup_post_document_add_table (parent, header, rows, lines))
    return FALSE;
  converter->structured = TRUE;
  return TRUE;
}

/* One block element of @node's children into @parent. */
static void
add_block (Converter  *converter,
           xmlNode    *node,
           cmark_node *parent,
           guint       depth)
{
  static const gchar *const headings[] = { "h1", "h2", "h3", "h4", "h5", "h6", NULL };
  cmark_node *made;

  if (is_any_tag (node, headings))
    {
      made = cmark_node_new (CMARK_NODE_HEADING);
      cmark_node_set_heading_level (made, node->name[1] - '0');
      set_line (converter, made, node);
      add_inlines (converter, node, made, depth + 1);
      converter->structured |= has_content (made);
      keep_if_filled (parent, made);
    }
  else if (is_tag (node, "summary"))
    {
      /* The title of a <details>, a bold line over what it opens
       * ("<summary><b>Saturday 1st Feb 2020</b></summary>" over that day's
       * list, "<summary>Abstract</summary>" in a talk's description). */
      cmark_node *strong = cmark_node_new (CMARK_NODE_STRONG);

      made = cmark_node_new (CMARK_NODE_PARAGRAPH);
      set_line (converter, made, node);
      add_inlines (converter, node, strong, depth + 1);
      cmark_node_append_child (made, strong);
      converter->structured |= has_content (strong);
      keep_if_filled (parent, made);
    }
  else if (is_tag (node, "p") || is_tag (node, "dt") || is_tag (node, "dd"))
    {
      made = cmark_node_new (CMARK_NODE_PARAGRAPH);
      set_line (converter, made, node);
      add_inlines (converter, node, made, depth + 1);
      keep_if_filled (parent, made);
    }
  else if (is_tag (node, "ul") || is_tag (node, "ol"))
    add_list (converter, node, parent, depth);
  else if (is_tag (node, "blockquote"))
    {
      made = cmark_node_new (CMARK_NODE_BLOCK_QUOTE);
      set_line (converter, made, node);
      add_blocks (converter, node, made, depth + 1);
      if (cmark_node_first_child (made) != NULL)
        cmark_node_append_child (parent, made);
      else
        cmark_node_free (made);
    }
  else if (is_tag (node, "table") &&
           lineup_post_html_add_time_grid (node, parent, converter->line_offset, depth))
    converter->structured = TRUE;
  else if (is_tag (node, "table") && add_table (converter, node, parent, depth))
    ;
  else if (is_tag (node, "hr"))
    cmark_node_append_child (parent, cmark_node_new (CMARK_NODE_THEMATIC_BREAK));
  else
    add_blocks (converter, node, parent, depth + 1);
}

/* The children of @node into @parent: blocks as blocks, each run of loose
 * inlines between them as one paragraph. */
static void
add_blocks (Converter  *converter,
            xmlNode    *node,
            cmark_node *parent,
            guint       depth)
{
  cmark_node *loose = NULL;

  if (depth >= MAX_DEPTH)
    return;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && is_any_tag (child, skipped))
        continue;
      /* "<div>09:00-09:15</div> <div>Title</div>": a timetable */
      if (child->type == XML_ELEMENT_NODE && lineup_post_html_count_time_rows (child) >= 2)
        {
          if (loose != NULL)
            keep_if_filled (parent, g_steal_pointer (&loose));
          child = lineup_post_html_add_time_rows (child, parent, converter->line_offset, depth);
          converter->structured = TRUE;
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || !is_any_tag (child, blocks))
        {
          if (loose == NULL)
            {
              loose = cmark_node_new (CMARK_NODE_PARAGRAPH);
              set_line (converter, loose, child);
            }
          add_inline (converter, child, loose, depth + 1);
          continue;
        }
      if (loose != NULL)
        keep_if_filled (parent, g_steal_pointer (&loose));
      add_block (converter, child, parent, depth);
    }
  if (loose != NULL)
    keep_if_filled (parent, loose);
}

/* Cheap test before parsing: a heading, a summary, a list item or a table is
 * written. */
static gboolean
may_hold_structure (const gchar *html)
{
  for (const gchar *p = strchr (html, '<'); p != NULL; p = strchr (p + 1, '<'))
    if ((g_ascii_tolower (p[1]) == 'h' && p[2] >= '1' && p[2] <= '6') ||
        (g_ascii_tolower (p[1]) == 'l' && g_ascii_tolower (p[2]) == 'i') ||
        g_ascii_strncasecmp (p + 1, "summary", 7) == 0 ||
        g_ascii_strncasecmp (p + 1, "table", 5) == 0)
      return TRUE;
  return FALSE;
}

/* One parser for every fragment a thread reads (a schedule has hundreds of
 * HTML abstracts: a parser made for each was a third of reading FOSDEM's). */
static GPrivate parser_key = G_PRIVATE_INIT ((GDestroyNotify) htmlFreeParserCtxt);

static htmlParserCtxtPtr
parser_context (void)
{
  htmlParserCtxtPtr context = g_private_get (&parser_key);

  if (context == NULL)
    {
      context = htmlNewParserCtxt ();
      g_private_set (&parser_key, context);
    }
  return context;
}

/* @html's blocks as the children of a new document node; @structured tells
 * whether it held a heading or a list item. */
static cmark_node *
convert (const gchar *html,
         gint         first_line,
         gboolean    *structured)
{
  Converter converter = { first_line, FALSE };
  cmark_node *holder = cmark_node_new (CMARK_NODE_DOCUMENT);
  htmlDocPtr doc;
  xmlNode *root;

  *structured = FALSE;
  if (strlen (html) > G_MAXINT)
    return holder;
  doc = htmlCtxtReadMemory (parser_context (), html, (int) strlen (html), NULL, "UTF-8",
                           HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (doc == NULL)
    return holder;
  root = xmlDocGetRootElement (doc);
  if (root != NULL)
    add_blocks (&converter, root, holder, 0);
  xmlFreeDoc (doc);
  *structured = converter.structured;
  return holder;
}

cmark_node *
lineup_post_html_paragraph (gint     line_offset,
                            xmlNode *node,
                            guint    depth)
{
  Converter converter = { line_offset, FALSE };
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);

  add_inlines (&converter, node, paragraph, depth + 1);
  if (!has_content (paragraph))
    {
      cmark_node_free (paragraph);
      return NULL;
    }
  set_line (&converter, paragraph, node);
  return paragraph;
}

cmark_node *
lineup_post_document_parse_html (const gchar *html)
{
  gboolean structured;

  g_return_val_if_fail (html != NULL, NULL);
  return convert (html, 0, &structured);
}

/* @html (an HTML block, or a raw-HTML fence) replaced by the blocks it
 * holds; @line_offset is its content's first line, minus one. */
static void
rewrite_block (cmark_node *html,
               gint        line_offset)
{
  const gchar *literal = cmark_node_get_literal (html);
  gboolean structured;
  cmark_node *holder, *child;

  if (literal == NULL ||
      !(may_hold_structure (literal) || lineup_post_html_may_hold_time_rows (literal)))
    return;
  holder = convert (literal, line_offset, &structured);
  if (structured)
    {
      while ((child = cmark_node_first_child (holder)) != NULL)
        {
          cmark_node_unlink (child);
          cmark_node_insert_before (html, child);
        }
      cmark_node_free (html);
    }
  cmark_node_free (holder);
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

void
lineup_post_document_rewrite_html (cmark_node *document)
{
  cmark_node *next;

  for (cmark_node *node = cmark_node_first_child (document); node; node = next)
    {
      next = cmark_node_next (node);
      if (cmark_node_get_type (node) == CMARK_NODE_HTML_BLOCK)
        rewrite_block (node, cmark_node_get_start_line (node) - 1);
    }
}
