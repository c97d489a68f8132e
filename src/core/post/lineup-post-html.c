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

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-html-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

/* A paragraph longer than this is no introduction stating the day. */
#define MAX_DATED_PARAGRAPH 4096
/* Deeper than this is not a post's structure (and must not exhaust the stack). */
#define MAX_DEPTH 48

typedef LineupPostHtmlConverter Converter;

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
  "dt", "dd", "hr", "pre", "body", "html", "details", "summary", "center", NULL
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

/* "[Title](url)⏎⏎Name": the paragraph after a cell's first one when it
 * reads as people, as a line of its own (an abstract is left out). */
static void
append_names_paragraph (cmark_node *parent,
                        cmark_node *paragraph)
{
  g_autofree gchar *names = NULL;
  cmark_node *child;

  if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH)
    return;
  names = lineup_post_table_cell_text (paragraph);
  if (!lineup_byline_looks_like_people (g_strstrip (names)))
    return;
  cmark_node_append_child (parent, cmark_node_new (CMARK_NODE_LINEBREAK));
  while ((child = cmark_node_first_child (paragraph)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_append_child (parent, child);
    }
}

/* Whether @text has a blank line between two of its lines: paragraphs. */
static gboolean
has_paragraph_break (const gchar *text)
{
  const gchar *start = text + strspn (text, " \t\r\n");

  for (const gchar *p = strchr (start, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    {
      const gchar *next = p + 1 + strspn (p + 1, " \t\r");

      if (*next == '\n' && next[strspn (next, " \t\r\n")] != '\0')
        return TRUE;
    }
  return FALSE;
}

/* Text written in Markdown inside a table cell ("**8:30**", "**Keynote:
 * [Name - Title](url)**", "*(Click to see abstract)*"), read as cmark
 * reads it; FALSE when it holds no emphasis or link, or reads as more than
 * a paragraph, unless the paragraphs after the first are its speakers and
 * an abstract ("[Title](url)⏎⏎Name"). */
static gboolean
append_markdown (cmark_node  *parent,
                 const gchar *text)
{
  g_autofree gchar *collapsed = NULL;
  cmark_node *document, *paragraph, *child, *names = NULL;
  gsize length = strlen (text);

  if (strchr (text, '*') == NULL && strstr (text, "__") == NULL && strstr (text, "](") == NULL)
    return FALSE;
  /* paragraphs: the title's, then the names' */
  if (has_paragraph_break (text))
    {
      document = cmark_parse_document (text, length, CMARK_OPT_DEFAULT);
      paragraph = cmark_node_first_child (document);
      if (paragraph != NULL && cmark_node_get_type (paragraph) == CMARK_NODE_PARAGRAPH &&
          cmark_node_next (paragraph) != NULL)
        names = cmark_node_next (paragraph);
      else
        cmark_node_free (document);
    }
  if (names == NULL)
    {
      collapsed = lineup_text_collapse_space (text);
      document = cmark_parse_document (collapsed, strlen (collapsed), CMARK_OPT_DEFAULT);
      paragraph = cmark_node_first_child (document);
    }
  if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH ||
      (names == NULL && cmark_node_next (paragraph) != NULL))
    {
      cmark_node_free (document);
      return FALSE;
    }
  if (g_ascii_isspace (text[0]))
    lineup_post_document_append_text (parent, " ");
  while ((child = cmark_node_first_child (paragraph)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_append_child (parent, child);
    }
  append_names_paragraph (parent, names);
  if (length > 1 && g_ascii_isspace (text[length - 1]))
    lineup_post_document_append_text (parent, " ");
  cmark_node_free (document);
  return TRUE;
}

/* @node, an inline (text, strong, a…), into @parent (a paragraph, heading or
 * inline container); blocks met on the way are flattened into their text. */
/* Whether @node's class names a title ("talk-title", "paper_title"). */
static gboolean
names_title_class (xmlNode *node)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) "class");
  gboolean title = value != NULL && strstr ((const gchar *) value, "title") != NULL;

  xmlFree (value);
  return title;
}

/* Whether @node's class names what a cell holds besides a talk's title
 * and speakers ("abstract", "bio", "twitter"): left out of its line. */
static gboolean
names_aside_class (xmlNode *node)
{
  static const gchar * const asides[] = {
    "abstract", "bio", "twitter", "website", "social", "area", NULL
  };
  xmlChar *value = xmlGetProp (node, (const xmlChar *) "class");
  g_auto(GStrv) classes = value != NULL ? g_strsplit ((const gchar *) value, " ", -1) : NULL;
  gboolean aside = FALSE;

  for (guint i = 0; classes != NULL && classes[i] != NULL && !aside; i++)
    aside = g_strv_contains (asides, classes[i]);
  xmlFree (value);
  return aside;
}

static void
add_inline (Converter  *converter,
            xmlNode    *node,
            cmark_node *parent,
            guint       depth)
{
  cmark_node *made = NULL;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL && *node->content != '\0' &&
          !(converter->markdown && append_markdown (parent, (const gchar *) node->content)))
        append_text (parent, (const gchar *) node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || is_any_tag (node, skipped) || depth >= MAX_DEPTH ||
      names_aside_class (node))
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
      /* "<span class="talk-title">Title</span> <span class="details">Names"
       * (the style sets the title on a line of its own) */
      if (names_title_class (node) && xmlNextElementSibling (node) != NULL)
        cmark_node_append_child (parent, cmark_node_new (CMARK_NODE_LINEBREAK));
      return;
    }
  add_inlines (converter, node, made, depth + 1);
  /* "<a class="pdf-icon" href="…"></a>": an icon drawn by the page's style
   * names nothing */
  if (cmark_node_get_type (made) == CMARK_NODE_LINK && cmark_node_first_child (made) == NULL)
    {
      cmark_node_free (made);
      return;
    }
  cmark_node_append_child (parent, made);
}

gboolean
lineup_post_html_is_tag (xmlNode     *node,
                         const gchar *name)
{
  return is_tag (node, name);
}

gboolean
lineup_post_html_is_any_tag (xmlNode            *node,
                             const gchar *const *names)
{
  return is_any_tag (node, names);
}

void
lineup_post_html_add_inline (LineupPostHtmlConverter *converter,
                             xmlNode                 *node,
                             cmark_node              *parent,
                             guint                    depth)
{
  add_inline (converter, node, parent, depth);
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

/* Whether the text of @node names a day ("held December 11"). */
static gboolean
states_date (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  LineupSlot slot;
  gboolean dated;

  dated = content != NULL && strlen ((const gchar *) content) < MAX_DATED_PARAGRAPH &&
          (lineup_slot_scan ((const gchar *) content, &slot) & LINEUP_SLOT_DATE) != 0 &&
          slot.month != 0 && slot.day != 0;
  xmlFree (content);
  return dated;
}

/* Whether the text of @node starts with a time ("<p><b>09:05 - 09:45
 * EST</b><br/><b>Title</b>…"): a block of the programme. */
static gboolean
opens_with_time (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  const gchar *text = (const gchar *) content;
  LineupSlot slot;
  gboolean timed;

  while (text != NULL && g_ascii_isspace (*text))
    text++;
  timed = text != NULL && strlen (text) < MAX_DATED_PARAGRAPH &&
          (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) != 0 && slot.span_start == 0;
  xmlFree (content);
  return timed;
}

/* A tab's label longer than this is no day's or room's name. */
#define MAX_TAB_LABEL_BYTES 60

/* Whether the link @node opens a tab ("<a href="#tab2" data-toggle="tab">",
 * role="tab"): Bootstrap's and ARIA's tabs. */
static gboolean
opens_tab (xmlNode *node)
{
  static const gchar *const attributes[] = { "data-toggle", "data-bs-toggle", "role", NULL };
  gboolean tab = FALSE;

  for (guint i = 0; attributes[i] != NULL && !tab; i++)
    {
      xmlChar *value = xmlGetProp (node, (const xmlChar *) attributes[i]);

      tab = value != NULL && (g_ascii_strcasecmp ((const gchar *) value, "tab") == 0 ||
                              g_ascii_strcasecmp ((const gchar *) value, "pill") == 0);
      xmlFree (value);
    }
  return tab;
}

/* "<li><a href="#tab2" data-toggle="tab">14/03/2014</a></li>": the labels
 * of @node's tabs into *@tabs (made at the first), by the id of the pane
 * each shows. */
static void
collect_tabs (xmlNode     *node,
              GHashTable **tabs,
              guint        depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlChar *href;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      href = is_tag (child, "a") && opens_tab (child)
             ? xmlGetProp (child, (const xmlChar *) "href") : NULL;
      if (href != NULL && href[0] == '#' && href[1] != '\0')
        {
          xmlChar *content = xmlNodeGetContent (child);
          gchar *label = g_strstrip (g_strdup ((const gchar *) content));

          if (*label != '\0' && strlen (label) <= MAX_TAB_LABEL_BYTES)
            {
              if (*tabs == NULL)
                *tabs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
              g_hash_table_insert (*tabs, g_strdup ((const gchar *) href + 1), label);
            }
          else
            g_free (label);
          xmlFree (content);
        }
      xmlFree (href);
      collect_tabs (child, tabs, depth + 1);
    }
}

/* A heading of its tab's label over the pane @node, when it is one. */
static void
add_tab_heading (Converter  *converter,
                 xmlNode    *node,
                 cmark_node *parent)
{
  xmlChar *id = converter->tabs != NULL ? xmlGetProp (node, (const xmlChar *) "id") : NULL;
  const gchar *label = id != NULL ? g_hash_table_lookup (converter->tabs, id) : NULL;

  if (label != NULL)
    {
      cmark_node *heading = cmark_node_new (CMARK_NODE_HEADING);
      cmark_node *text = cmark_node_new (CMARK_NODE_TEXT);

      cmark_node_set_heading_level (heading, 3);
      cmark_node_set_literal (text, label);
      cmark_node_append_child (heading, text);
      set_line (converter, heading, node);
      cmark_node_append_child (parent, heading);
      converter->structured = TRUE;
    }
  xmlFree (id);
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
      /* "<p>The workshop will be held December 11…</p>": the day it
       * states is read as a paragraph's */
      converter->structured |= states_date (node) || opens_with_time (node);
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
  else if (is_tag (node, "table") && lineup_post_html_add_table (converter, node, parent, depth))
    ;
  else if (is_tag (node, "hr"))
    cmark_node_append_child (parent, cmark_node_new (CMARK_NODE_THEMATIC_BREAK));
  else
    {
      add_tab_heading (converter, node, parent);
      add_blocks (converter, node, parent, depth + 1);
    }
}

/* "<h3><a href>Title</a></h3>" then "### **Time: 9:00-9:30AM PDT**": a
 * text between the elements that is only Markdown headings, as kramdown
 * reads them, into headings. */
static gboolean
add_markdown_headings (Converter  *converter,
                       xmlNode    *node,
                       cmark_node *parent)
{
  g_auto(GStrv) lines = NULL;
  cmark_node *document, *block;
  const gchar *text = (const gchar *) node->content;
  gint line = converter->line_offset + (gint) xmlGetLineNo (node);
  gboolean any = FALSE;

  if (node->type != XML_TEXT_NODE || text == NULL || strchr (text, '#') == NULL)
    return FALSE;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const gchar *p = lines[i];
      gsize marks;

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0')
        continue;
      marks = strspn (p, "#");
      if (marks == 0 || marks > 6 || p[marks] != ' ')
        return FALSE;
      any = TRUE;
    }
  if (!any)
    return FALSE;
  document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  while ((block = cmark_node_first_child (document)) != NULL)
    {
      cmark_node_unlink (block);
      lineup_post_document_set_line (block, line + cmark_node_get_start_line (block) - 1);
      cmark_node_append_child (parent, block);
    }
  cmark_node_free (document);
  converter->structured = TRUE;
  return TRUE;
}

/* Where the first blank line of @text starts, or NULL. */
static const gchar *
find_blank_line (const gchar *text)
{
  for (const gchar *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    {
      const gchar *q = p + 1 + strspn (p + 1, " \t\r");

      if (*q == '\n')
        return p;
    }
  return NULL;
}

/* "<li><b>Title</b> <em>- by Name</em>\n\nThe abstract…": HTML written in a
 * Markdown file keeps Markdown's paragraphs, a blank line between them.
 * @child's text is cut there: what comes before ends the run of inlines in
 * @loose, what follows starts the next.  FALSE when it has no blank line. */
static gboolean
split_at_blank_lines (Converter   *converter,
                      xmlNode     *child,
                      cmark_node  *parent,
                      cmark_node **loose)
{
  const gchar *text = (const gchar *) child->content;
  const gchar *blank;

  if (text == NULL || (blank = find_blank_line (text)) == NULL)
    return FALSE;
  for (; blank != NULL; blank = find_blank_line (text))
    {
      g_autofree gchar *part = g_strdelimit (g_strndup (text, (gsize) (blank - text)), "\r\n", ' ');

      if (part[strspn (part, " \t")] != '\0')
        {
          if (*loose == NULL)
            {
              *loose = cmark_node_new (CMARK_NODE_PARAGRAPH);
              set_line (converter, *loose, child);
            }
          append_text (*loose, part);
        }
      if (*loose != NULL)
        keep_if_filled (parent, g_steal_pointer (loose));
      text = blank + 1;
    }
  if (*(text + strspn (text, " \t\r\n")) != '\0')
    {
      g_autofree gchar *last = g_strdelimit (g_strdup (text + strspn (text, " \t\r\n")), "\r\n", ' ');

      *loose = cmark_node_new (CMARK_NODE_PARAGRAPH);
      set_line (converter, *loose, child);
      append_text (*loose, last);
    }
  return TRUE;
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
      if (loose == NULL && add_markdown_headings (converter, child, parent))
        continue;
      if (child->type == XML_TEXT_NODE && split_at_blank_lines (converter, child, parent, &loose))
        continue;
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

gboolean
lineup_post_html_may_hold_structure (const gchar *html)
{
  for (const gchar *p = strchr (html, '<'); p != NULL; p = strchr (p + 1, '<'))
    if ((g_ascii_tolower (p[1]) == 'h' && p[2] >= '1' && p[2] <= '6') ||
        (g_ascii_tolower (p[1]) == 'l' && g_ascii_tolower (p[2]) == 'i') ||
        g_ascii_strncasecmp (p + 1, "summary", 7) == 0 ||
        g_ascii_strncasecmp (p + 1, "table", 5) == 0 ||
        /* "<p><b>09:05</b><br/><b>Title</b><br/>…": lines of a programme */
        g_ascii_strncasecmp (p + 1, "br", 2) == 0)
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

cmark_node *
lineup_post_html_convert (const gchar *html,
         gint         first_line,
         gboolean    *structured)
{
  Converter converter = { first_line, FALSE, FALSE, NULL };
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
    {
      collect_tabs (root, &converter.tabs, 0);
      add_blocks (&converter, root, holder, 0);
      g_clear_pointer (&converter.tabs, g_hash_table_unref);
    }
  xmlFreeDoc (doc);
  *structured = converter.structured;
  /* G_MESSAGES_DEBUG=lineup-post-html: what the HTML became, as Markdown */
  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    {
      gchar *markdown = cmark_render_commonmark (holder, CMARK_OPT_DEFAULT, 0);

      g_debug ("line %d reads as:\n%s", first_line + 1, markdown);
      free (markdown);
    }
  return holder;
}

/* Whether @node is white space only, beside an element named in @names. */
static gboolean
is_space_beside (xmlNode            *node,
                 const gchar *const *names)
{
  const gchar *text = (const gchar *) node->content;

  return node->type == XML_TEXT_NODE && text != NULL && text[strspn (text, " \t\r\n")] == '\0' &&
         ((node->prev != NULL && is_any_tag (node->prev, names)) ||
          (node->next != NULL && is_any_tag (node->next, names)));
}

cmark_node *
lineup_post_html_paragraph (gint     line_offset,
                            xmlNode *node,
                            guint    depth)
{
  static const gchar *const lines[] = { "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", NULL };
  Converter converter = { line_offset, FALSE, FALSE, NULL };
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);

  /* "<div><h4>Keynote 1 — "Title"</h4> <p><b>Speaker:</b> Name</p></div>":
   * a line each, the white space between them none */
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      gboolean line = child->type == XML_ELEMENT_NODE && is_any_tag (child, lines);

      if (line && has_content (paragraph))
        cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
      if (!is_space_beside (child, lines))
        add_inline (&converter, child, paragraph, depth + 1);
    }
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
  return lineup_post_html_convert (html, 0, &structured);
}
