/* lineup-markdown-view-render.c — a description's cmark AST → text, tags and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-markdown-view"

#include "config.h"

#include <string.h>

#include <cmark.h>

#include "lineup-markdown-view-private.h"

/* Deeper nesting still renders, just without more indentation. */
#define MAX_INDENT_DEPTH 8
#define INDENT_STEP      20

typedef struct
{
  cmark_list_type type;
  cmark_delim_type delim;
  gint            number;
  gboolean        tight;
} ListLevel;

typedef struct
{
  LineupMarkdownView *self;
  GtkTextBuffer      *buffer;
  GtkTextTagTable    *table;
  GPtrArray          *inline_tags;  /* GtkTextTag or NULL, one per open inline node */
  GArray             *lists;        /* ListLevel */
  GArray             *open_links;   /* Link being built (uri NULL when not openable) */
  gchar              *pending_prefix;
  guint               quote_depth;
  gint                block_start;
} Render;

static gint
end_offset (Render *r)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (r->buffer, &end);
  return gtk_text_iter_get_offset (&end);
}

static void
apply_tag (Render     *r,
           GtkTextTag *tag,
           gint        start,
           gint        end)
{
  GtkTextIter a, b;

  if (tag == NULL || start >= end)
    return;
  gtk_text_buffer_get_iter_at_offset (r->buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (r->buffer, &b, end);
  gtk_text_buffer_apply_tag (r->buffer, tag, &a, &b);
}

static GtkTextTag *
lookup_tag (Render      *r,
            const gchar *name)
{
  return gtk_text_tag_table_lookup (r->table, name);
}

/* Text always goes in through gtk_text_buffer_insert(): nothing from the post
 * is ever interpreted as Pango markup. */
static void
insert_text (Render      *r,
             const gchar *text,
             GtkTextTag  *extra)
{
  g_autofree gchar *valid = NULL;
  GtkTextIter end;
  gint start;

  if (text == NULL || *text == '\0')
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  gtk_text_buffer_get_end_iter (r->buffer, &end);
  start = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_insert (r->buffer, &end, text, -1);

  for (guint i = 0; i < r->inline_tags->len; i++)
    apply_tag (r, g_ptr_array_index (r->inline_tags, i), start, end_offset (r));
  apply_tag (r, extra, start, end_offset (r));
}

static guint
block_depth (Render *r)
{
  return MIN (r->lists->len + r->quote_depth, MAX_INDENT_DEPTH);
}

static GtkTextTag *
indent_tag (Render *r,
            guint   depth)
{
  g_autofree gchar *name = NULL;
  GtkTextTag *tag;

  if (depth == 0)
    return NULL;

  name = g_strdup_printf ("indent-%u", depth);
  tag = gtk_text_tag_table_lookup (r->table, name);
  if (tag == NULL)
    tag = gtk_text_buffer_create_tag (r->buffer, name,
                                      "left-margin", (gint) depth * INDENT_STEP,
                                      NULL);
  return tag;
}

static ListLevel *
innermost_list (Render *r)
{
  if (r->lists->len == 0)
    return NULL;
  return &g_array_index (r->lists, ListLevel, r->lists->len - 1);
}

/* Starts a leaf block (paragraph, heading, code…) on a line of its own, with
 * the bullet of the list item it opens, if any. */
static void
begin_block (Render *r)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (r->buffer, &end);
  if (gtk_text_iter_get_offset (&end) > 0)
    gtk_text_buffer_insert (r->buffer, &end, "\n", 1);

  r->block_start = end_offset (r);
  if (r->pending_prefix != NULL)
    {
      g_autofree gchar *prefix = g_steal_pointer (&r->pending_prefix);

      insert_text (r, prefix, NULL);
    }
}

static void
end_block (Render     *r,
           GtkTextTag *extra)
{
  gint end = end_offset (r);
  ListLevel *list = innermost_list (r);

  apply_tag (r, indent_tag (r, block_depth (r)), r->block_start, end);
  apply_tag (r, lookup_tag (r, list != NULL && list->tight ? "tight" : "block"),
             r->block_start, end);
  if (r->quote_depth > 0)
    apply_tag (r, lookup_tag (r, "quote"), r->block_start, end);
  apply_tag (r, extra, r->block_start, end);
}

static void
leaf_block (Render      *r,
            const gchar *literal,
            GtkTextTag  *extra)
{
  g_autofree gchar *text = g_strdup (literal != NULL ? literal : "");
  gsize len = strlen (text);

  /* Code and HTML blocks end with the newline of their last line. */
  if (len > 0 && text[len - 1] == '\n')
    text[len - 1] = '\0';

  begin_block (r);
  insert_text (r, text, NULL);
  end_block (r, extra);
}

static gchar *
item_prefix (Render *r)
{
  static const gchar * const bullets[] = { "•", "◦", "▪" };
  ListLevel *list = innermost_list (r);

  if (list == NULL)
    return g_strdup ("• ");
  if (list->type == CMARK_ORDERED_LIST)
    return g_strdup_printf ("%d%c ", list->number, list->delim == CMARK_PAREN_DELIM ? ')' : '.');
  return g_strdup_printf ("%s ", bullets[(r->lists->len - 1) % G_N_ELEMENTS (bullets)]);
}

/* A list item with no block of its own (or one that starts with a nested
 * list) still shows its bullet, on a line by itself. */
static void
flush_prefix (Render *r)
{
  if (r->pending_prefix == NULL)
    return;
  begin_block (r);
  end_block (r, NULL);
}

static void
push_inline (Render     *r,
             GtkTextTag *tag)
{
  /* A tag already open (*a **b *c* d** e*) is applied once: re-applying it
   * per level makes deeply nested posts very slow. NULL keeps the stack
   * balanced for pop_inline(). */
  if (tag != NULL && g_ptr_array_find (r->inline_tags, tag, NULL))
    tag = NULL;
  g_ptr_array_add (r->inline_tags, tag);
}

static void
pop_inline (Render *r)
{
  if (r->inline_tags->len > 0)
    g_ptr_array_set_size (r->inline_tags, r->inline_tags->len - 1);
}

static void
enter_link (Render      *r,
            const gchar *url)
{
  Link link = { NULL, end_offset (r), 0 };

  /* Links with other schemes (javascript:, file:, data:…) keep their text
   * but are neither styled nor clickable. */
  if (lineup_markdown_uri_is_openable (url))
    link.uri = g_strdup (url);
  g_array_append_val (r->open_links, link);
  push_inline (r, link.uri != NULL ? lookup_tag (r, "link") : NULL);
}

static void
exit_link (Render *r)
{
  Link link;

  pop_inline (r);
  if (r->open_links->len == 0)
    return;

  link = g_array_index (r->open_links, Link, r->open_links->len - 1);
  /* The copy owns the URI now, not the array (whose clear func frees it). */
  g_array_index (r->open_links, Link, r->open_links->len - 1).uri = NULL;
  g_array_set_size (r->open_links, r->open_links->len - 1);
  link.end = end_offset (r);

  if (link.uri != NULL && link.end > link.start)
    g_array_append_val (r->self->links, link);
  else
    g_free (link.uri);
}

static void
enter_list (Render     *r,
            cmark_node *node)
{
  ListLevel level;

  flush_prefix (r);
  level.type = cmark_node_get_list_type (node);
  level.delim = cmark_node_get_list_delim (node);
  level.number = cmark_node_get_list_start (node);
  level.tight = cmark_node_get_list_tight (node);
  g_array_append_val (r->lists, level);
}

static void
exit_list (Render *r)
{
  ListLevel *list = innermost_list (r);
  gboolean tight;
  GtkTextIter start, end;

  if (list == NULL)
    return;
  tight = list->tight;
  g_array_set_size (r->lists, r->lists->len - 1);

  /* A tight list still needs the usual space after its last item, unless it
   * sits inside another tight list. */
  list = innermost_list (r);
  if (tight && (list == NULL || !list->tight))
    {
      gtk_text_buffer_get_end_iter (r->buffer, &end);
      start = end;
      gtk_text_iter_set_line_offset (&start, 0);
      gtk_text_buffer_apply_tag (r->buffer, lookup_tag (r, "block"), &start, &end);
    }
}

static GtkTextTag *
heading_tag (Render     *r,
             cmark_node *node)
{
  gint level = CLAMP (cmark_node_get_heading_level (node), 1, 3);
  g_autofree gchar *name = g_strdup_printf ("heading-%d", level);

  return lookup_tag (r, name);
}

/* Paragraphs, headings, code, quotes, lists and their items.  FALSE when
 * @node is not a block this view renders. */
static gboolean
render_block (Render     *r,
              cmark_node *node,
              gboolean    entering)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      if (entering)
        begin_block (r);
      else
        end_block (r, cmark_node_get_type (node) == CMARK_NODE_HEADING ?
                      heading_tag (r, node) : NULL);
      return TRUE;

    case CMARK_NODE_CODE_BLOCK:
      leaf_block (r, cmark_node_get_literal (node), lookup_tag (r, "code-block"));
      return TRUE;

    case CMARK_NODE_HTML_BLOCK:
      /* Raw HTML is shown as the characters it is made of. */
      leaf_block (r, cmark_node_get_literal (node), NULL);
      return TRUE;

    case CMARK_NODE_THEMATIC_BREAK:
      leaf_block (r, "⁂", lookup_tag (r, "rule"));
      return TRUE;

    case CMARK_NODE_BLOCK_QUOTE:
      if (entering)
        {
          flush_prefix (r);
          r->quote_depth++;
        }
      else if (r->quote_depth > 0)
        r->quote_depth--;
      return TRUE;

    case CMARK_NODE_LIST:
      if (entering)
        enter_list (r, node);
      else
        exit_list (r);
      return TRUE;

    case CMARK_NODE_ITEM:
      if (entering)
        {
          g_free (r->pending_prefix);
          r->pending_prefix = item_prefix (r);
        }
      else
        {
          ListLevel *list = innermost_list (r);

          flush_prefix (r);
          if (list != NULL)
            list->number++;
        }
      return TRUE;

    default:
      return FALSE;
    }
}

/* Text, code spans, breaks, emphasis and links inside a block. */
static void
render_inline (Render     *r,
               cmark_node *node,
               gboolean    entering)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_HTML_INLINE:
      insert_text (r, cmark_node_get_literal (node), NULL);
      break;

    case CMARK_NODE_CODE:
      insert_text (r, cmark_node_get_literal (node), lookup_tag (r, "code"));
      break;

    case CMARK_NODE_SOFTBREAK:
      insert_text (r, " ", NULL);
      break;

    case CMARK_NODE_LINEBREAK:
      insert_text (r, "\n", NULL);
      break;

    case CMARK_NODE_EMPH:
      if (entering)
        push_inline (r, lookup_tag (r, "emphasis"));
      else
        pop_inline (r);
      break;

    case CMARK_NODE_STRONG:
      if (entering)
        push_inline (r, lookup_tag (r, "strong"));
      else
        pop_inline (r);
      break;

    case CMARK_NODE_LINK:
      if (entering)
        enter_link (r, cmark_node_get_url (node));
      else
        exit_link (r);
      break;

    case CMARK_NODE_IMAGE:
      /* Only the alternative text (the children) is shown. */
      break;

    default:
      /* The document itself, custom nodes. */
      break;
    }
}

static void
render_node (Render           *r,
             cmark_node       *node,
             cmark_event_type  event)
{
  gboolean entering = event == CMARK_EVENT_ENTER;

  if (!render_block (r, node, entering))
    render_inline (r, node, entering);
}

void
lineup_markdown_view_render (LineupMarkdownView *self)
{
  GtkTextTagTable *table = get_tag_table (self);
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (table);
  g_autoptr(GPtrArray) inline_tags = g_ptr_array_new ();
  g_autoptr(GArray) lists = g_array_new (FALSE, TRUE, sizeof (ListLevel));
  g_autoptr(GArray) open_links = g_array_new (FALSE, TRUE, sizeof (Link));
  Render r = { 0 };
  GtkTextIter start;

  g_array_set_clear_func (open_links, lineup_markdown_view_link_clear);
  g_array_set_size (self->links, 0);

  /* The text is built in a buffer of its own (sharing the tags) and handed
   * to the view when complete: inserting piece by piece into the view's
   * buffer would re-layout a long paragraph after every piece. */
  if (self->markdown != NULL && *self->markdown != '\0')
    {
      cmark_node *document;
      cmark_iter *iter;
      cmark_event_type event;

      r.self = self;
      r.buffer = buffer;
      r.table = table;
      r.inline_tags = inline_tags;
      r.lists = lists;
      r.open_links = open_links;

      document = cmark_parse_document (self->markdown, strlen (self->markdown),
                                       CMARK_OPT_VALIDATE_UTF8);
      iter = cmark_iter_new (document);
      while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
        render_node (&r, cmark_iter_get_node (iter), event);
      cmark_iter_free (iter);
      cmark_node_free (document);

      g_clear_pointer (&r.pending_prefix, g_free);
    }

  /* Keyboard navigation of links starts from the top. */
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self), buffer);
}
