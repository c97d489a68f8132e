/* lineup-markdown.c — Markdown → plain text (for calendars and terminals)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-markdown"

#include "config.h"

#include <cmark.h>
#include <string.h>

#include "lineup-markdown.h"

/* The walk uses cmark's iterator rather than recursion, so that a hostile
 * document nested thousands of levels deep cannot exhaust the stack. */

typedef enum
{
  SEPARATOR_NONE,
  SEPARATOR_LINE,
  SEPARATOR_BLANK,
} Separator;

typedef struct
{
  gboolean ordered;
  gboolean tight;
  gchar    delim;
  gint     number;        /* of the next item */
  gsize    base_indent;   /* column where this list's markers start */
  gsize    item_indent;   /* column where the current item's content starts */
} ListState;

typedef struct
{
  GString   *out;
  GArray    *lists;        /* ListState, innermost last */
  Separator  separator;    /* owed before the next block */
  gchar     *marker;       /* item marker not yet written */
  GArray    *link_starts;  /* gsize: where each open link's text starts in out */
} Walk;

static gsize
content_indent (Walk *walk)
{
  if (walk->lists->len == 0)
    return 0;
  return g_array_index (walk->lists, ListState, walk->lists->len - 1).item_indent;
}

static ListState *
innermost_list (Walk *walk)
{
  if (walk->lists->len == 0)
    return NULL;
  return &g_array_index (walk->lists, ListState, walk->lists->len - 1);
}

static void
append_indent (Walk  *walk,
               gsize  indent)
{
  for (gsize i = 0; i < indent; i++)
    g_string_append_c (walk->out, ' ');
}

/* Starts a block that writes text: pays the separator owed and writes the
 * pending item marker, if any. */
static void
begin_block (Walk *walk)
{
  if (walk->out->len > 0)
    {
      if (walk->separator == SEPARATOR_BLANK)
        g_string_append (walk->out, "\n\n");
      else
        g_string_append_c (walk->out, '\n');
    }
  walk->separator = SEPARATOR_NONE;

  if (walk->marker != NULL)
    {
      ListState *list = innermost_list (walk);

      if (list != NULL)
        append_indent (walk, list->base_indent);
      g_string_append (walk->out, walk->marker);
      g_clear_pointer (&walk->marker, g_free);
    }
  else
    append_indent (walk, content_indent (walk));
}

/* What the next block is owed once the current one ends: a line break
 * between the blocks of a tight list item, a blank line elsewhere. */
static Separator
separator_after_block (Walk *walk)
{
  ListState *list = innermost_list (walk);

  if (list != NULL && list->tight)
    return SEPARATOR_LINE;
  return SEPARATOR_BLANK;
}

/* Appends @text, indenting every line after the first to the current item's
 * content column.  Trailing newlines are dropped. */
static void
append_lines (Walk        *walk,
              const gchar *text)
{
  gsize len = strlen (text);
  gsize indent = content_indent (walk);

  while (len > 0 && text[len - 1] == '\n')
    len--;

  for (gsize i = 0; i < len; i++)
    {
      g_string_append_c (walk->out, text[i]);
      if (text[i] == '\n' && i + 1 < len && text[i + 1] != '\n')
        append_indent (walk, indent);
    }
}

static gboolean
link_text_is_url (const gchar *text,
                  const gchar *url)
{
  if (g_strcmp0 (text, url) == 0)
    return TRUE;
  /* <someone@example.com> becomes a link to mailto:someone@example.com */
  if (g_str_has_prefix (url, "mailto:") && g_strcmp0 (text, url + strlen ("mailto:")) == 0)
    return TRUE;
  return FALSE;
}

/* A run of delimiters that finds no partner stays text in CommonMark:
 * "approach to access control**.**" is not bold, the asterisks are shown.
 * In a plain rendering such a run of two or more asterisks is an author's
 * failed bold, not text, and is dropped (cmark merges text nodes, so an
 * escaped "\*\*" cannot be told apart and goes too).  A lone "*" stays
 * ("2 * 3"), as does anything in a code span or block. */
static gchar *
drop_stray_bold_markers (const gchar *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const gchar *p = text; *p != '\0';)
    {
      gsize run = strspn (p, "*");

      if (run == 0)
        g_string_append_c (out, *p++);
      else
        {
          if (run == 1)
            g_string_append_c (out, '*');
          p += run;
        }
    }
  return g_string_free (out, FALSE);
}

static void
enter_item (Walk *walk)
{
  ListState *list = innermost_list (walk);
  gchar *marker;

  if (list == NULL)
    return;

  if (list->ordered)
    marker = g_strdup_printf ("%d%c ", list->number++, list->delim);
  else
    marker = g_strdup ("• ");

  list->item_indent = list->base_indent + (gsize) g_utf8_strlen (marker, -1);
  g_free (walk->marker);
  walk->marker = marker;
}

static void
exit_item (Walk *walk)
{
  if (walk->marker == NULL)
    return;
  /* An empty item still shows its marker. */
  begin_block (walk);
  g_string_truncate (walk->out, walk->out->len - 1);
  walk->separator = separator_after_block (walk);
}

static void
enter_link (Walk *walk)
{
  gsize start = walk->out->len;

  g_array_append_val (walk->link_starts, start);
}

/* The address after the link's text, unless the text already says it. */
static void
exit_link (Walk        *walk,
           const gchar *url)
{
  gsize start = g_array_index (walk->link_starts, gsize, walk->link_starts->len - 1);
  const gchar *text = walk->out->str + start;

  g_array_set_size (walk->link_starts, walk->link_starts->len - 1);
  if (url == NULL || *url == '\0' || link_text_is_url (text, url))
    return;
  if (*text == '\0')
    g_string_append (walk->out, url);
  else
    g_string_append_printf (walk->out, " <%s>", url);
}

static void
enter_list (Walk       *walk,
            cmark_node *node)
{
  ListState list = { 0 };

  list.ordered = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST;
  list.tight = cmark_node_get_list_tight (node);
  list.delim = cmark_node_get_list_delim (node) == CMARK_PAREN_DELIM ? ')' : '.';
  list.number = cmark_node_get_list_start (node);
  list.base_indent = content_indent (walk);
  list.item_indent = list.base_indent;

  /* A list that opens an item ("- - a"): the outer marker gets a line of
   * its own and the nested list follows, indented. */
  if (walk->marker != NULL)
    {
      begin_block (walk);
      g_string_truncate (walk->out, walk->out->len - 1);
      walk->separator = SEPARATOR_LINE;
      list.base_indent = content_indent (walk);
      list.item_indent = list.base_indent;
    }

  g_array_append_val (walk->lists, list);
}

static void
walk_node (Walk             *walk,
           cmark_node       *node,
           cmark_event_type  event)
{
  cmark_node_type type = cmark_node_get_type (node);
  gboolean entering = event == CMARK_EVENT_ENTER;

  switch (type)
    {
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_CUSTOM_BLOCK:
      if (!entering)
        walk->separator = separator_after_block (walk);
      break;

    case CMARK_NODE_LIST:
      if (entering)
        enter_list (walk, node);
      else
        {
          g_array_set_size (walk->lists, walk->lists->len - 1);
          walk->separator = separator_after_block (walk);
        }
      break;

    case CMARK_NODE_ITEM:
      if (entering)
        enter_item (walk);
      else
        exit_item (walk);
      break;

    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      if (entering)
        begin_block (walk);
      else
        walk->separator = separator_after_block (walk);
      break;

    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
      begin_block (walk);
      append_lines (walk, cmark_node_get_literal (node));
      walk->separator = separator_after_block (walk);
      break;

    case CMARK_NODE_THEMATIC_BREAK:
      walk->separator = SEPARATOR_BLANK;
      break;

    case CMARK_NODE_TEXT:
      {
        g_autofree gchar *text = drop_stray_bold_markers (cmark_node_get_literal (node));

        append_lines (walk, text);
      }
      break;

    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
      append_lines (walk, cmark_node_get_literal (node));
      break;

    case CMARK_NODE_SOFTBREAK:
      g_string_append_c (walk->out, ' ');
      break;

    case CMARK_NODE_LINEBREAK:
      g_string_append_c (walk->out, '\n');
      append_indent (walk, content_indent (walk));
      break;

    case CMARK_NODE_LINK:
      if (entering)
        enter_link (walk);
      else
        exit_link (walk, cmark_node_get_url (node));
      break;

    case CMARK_NODE_IMAGE:     /* its children are the alt text */
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_CUSTOM_INLINE:
    case CMARK_NODE_NONE:
    default:
      break;
    }
}

gchar *
lineup_markdown_to_plain (const gchar *markdown)
{
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;
  Walk walk = { 0 };
  gsize len;

  if (markdown == NULL || *markdown == '\0')
    return g_strdup ("");

  document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_VALIDATE_UTF8);

  walk.out = g_string_new (NULL);
  walk.lists = g_array_new (FALSE, TRUE, sizeof (ListState));
  walk.link_starts = g_array_new (FALSE, TRUE, sizeof (gsize));
  walk.separator = SEPARATOR_NONE;

  iter = cmark_iter_new (document);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    walk_node (&walk, cmark_iter_get_node (iter), event);
  cmark_iter_free (iter);
  cmark_node_free (document);

  g_free (walk.marker);
  g_array_unref (walk.lists);
  g_array_unref (walk.link_starts);

  len = walk.out->len;
  while (len > 0 && g_ascii_isspace (walk.out->str[len - 1]))
    len--;
  g_string_truncate (walk.out, len);

  return g_string_free (walk.out, FALSE);
}
