/* lineup-markdown-view.c — renders a talk description (Markdown) as rich text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-markdown-view"

#include "config.h"

#include <cmark.h>

#include "lineup-markdown-view.h"

/* Deeper nesting still renders, just without more indentation. */
#define MAX_INDENT_DEPTH 8
#define INDENT_STEP      20

typedef struct
{
  gchar *uri;
  gint   start;
  gint   end;
} Link;

struct _LineupMarkdownView
{
  GtkTextView  parent_instance;

  gchar       *markdown;
  GArray      *links;         /* of Link, in document order */
  guint        hovering : 1;
};

G_DEFINE_FINAL_TYPE (LineupMarkdownView, lineup_markdown_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_MARKDOWN,
  N_PROPS
};

enum {
  ACTIVATE_LINK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

gboolean
lineup_markdown_uri_is_openable (const gchar *uri)
{
  static const gchar * const schemes[] = { "http", "https", "mailto" };
  const gchar *scheme;

  if (uri == NULL)
    return FALSE;

  /* g_uri_peek_scheme() lower-cases and rejects anything that is not a
   * scheme, so "JavaScript:" and " javascript:" are both refused. */
  scheme = g_uri_peek_scheme (uri);
  if (scheme == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (scheme, schemes[i]))
      return TRUE;
  return FALSE;
}

static void
clear_link (gpointer data)
{
  Link *link = data;

  g_clear_pointer (&link->uri, g_free);
}

/* Rendering ------------------------------------------------------------- */

static GtkTextTagTable *
get_tag_table (LineupMarkdownView *self)
{
  return gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
}

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

static void
render_node (Render           *r,
             cmark_node       *node,
             cmark_event_type  event)
{
  gboolean entering = event == CMARK_EVENT_ENTER;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      if (entering)
        begin_block (r);
      else
        end_block (r, cmark_node_get_type (node) == CMARK_NODE_HEADING ?
                      heading_tag (r, node) : NULL);
      break;

    case CMARK_NODE_CODE_BLOCK:
      leaf_block (r, cmark_node_get_literal (node), lookup_tag (r, "code-block"));
      break;

    case CMARK_NODE_HTML_BLOCK:
      /* Raw HTML is shown as the characters it is made of. */
      leaf_block (r, cmark_node_get_literal (node), NULL);
      break;

    case CMARK_NODE_THEMATIC_BREAK:
      leaf_block (r, "⁂", lookup_tag (r, "rule"));
      break;

    case CMARK_NODE_BLOCK_QUOTE:
      if (entering)
        {
          flush_prefix (r);
          r->quote_depth++;
        }
      else if (r->quote_depth > 0)
        r->quote_depth--;
      break;

    case CMARK_NODE_LIST:
      if (entering)
        enter_list (r, node);
      else
        exit_list (r);
      break;

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
      break;

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

    case CMARK_NODE_NONE:
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_CUSTOM_BLOCK:
    case CMARK_NODE_CUSTOM_INLINE:
    default:
      break;
    }
}

static void
lineup_markdown_view_render (LineupMarkdownView *self)
{
  GtkTextTagTable *table = get_tag_table (self);
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (table);
  g_autoptr(GPtrArray) inline_tags = g_ptr_array_new ();
  g_autoptr(GArray) lists = g_array_new (FALSE, TRUE, sizeof (ListLevel));
  g_autoptr(GArray) open_links = g_array_new (FALSE, TRUE, sizeof (Link));
  Render r = { 0 };
  GtkTextIter start;

  g_array_set_clear_func (open_links, clear_link);
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

/* Styles ---------------------------------------------------------------- */

static void
create_tags (LineupMarkdownView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  /* Later tags win over earlier ones, so block spacing comes first and the
   * headings (which have their own spacing) after it. */
  gtk_text_buffer_create_tag (buffer, "tight", "pixels-below-lines", 3, NULL);
  gtk_text_buffer_create_tag (buffer, "block", "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "emphasis", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "code-block",
                              "family", "monospace",
                              "wrap-mode", GTK_WRAP_CHAR,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "quote", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "rule", "justification", GTK_JUSTIFY_CENTER, NULL);
  gtk_text_buffer_create_tag (buffer, "heading-1",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.4,
                              "pixels-above-lines", 6,
                              "pixels-below-lines", 8,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "heading-2",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.2,
                              "pixels-above-lines", 4,
                              "pixels-below-lines", 6,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "heading-3",
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 2,
                              "pixels-below-lines", 6,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "link",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              "foreground", "#1c71d8",
                              NULL);
}

/* Tags cannot be styled with CSS, so the colours that follow the theme
 * (accent, dimmed text, code background) are copied from it whenever the
 * style changes (dark mode, high contrast, another parent). */
static void
update_colors (LineupMarkdownView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GtkTextTagTable *table = get_tag_table (self);
  GdkRGBA fg, accent, dim, shade;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#1c71d8");

  dim = fg;
  dim.alpha *= 0.55f;
  shade = fg;
  shade.alpha *= 0.08f;

  g_object_set (gtk_text_tag_table_lookup (table, "link"), "foreground-rgba", &accent, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "quote"), "foreground-rgba", &dim, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "rule"), "foreground-rgba", &dim, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "code"), "background-rgba", &shade, NULL);
  g_object_set (gtk_text_tag_table_lookup (table, "code-block"),
                "paragraph-background-rgba", &shade, NULL);
}

static void
lineup_markdown_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (lineup_markdown_view_parent_class)->css_changed (widget, change);
  update_colors (LINEUP_MARKDOWN_VIEW (widget));
}

/* Links: mouse and keyboard ---------------------------------------------- */

static const Link *
find_link (LineupMarkdownView *self,
           gint                offset)
{
  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);

      if (offset >= link->start && offset < link->end)
        return link;
    }
  return NULL;
}

static gboolean
offset_at_point (LineupMarkdownView *self,
                 gdouble             x,
                 gdouble             y,
                 gint               *offset)
{
  GtkTextIter iter;
  gint bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         (gint) x, (gint) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return FALSE;
  *offset = gtk_text_iter_get_offset (&iter);
  return TRUE;
}

static void
on_click_released_cb (GtkGestureClick    *gesture,
                      gint                n_press,
                      gdouble             x,
                      gdouble             y,
                      LineupMarkdownView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gint offset;

  /* A drag that selected text is not a click on a link. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;
  if (offset_at_point (self, x, y, &offset))
    lineup_markdown_view_activate_link_at (self, offset);
}

static void
set_hovering (LineupMarkdownView *self,
              gboolean            hovering)
{
  if (self->hovering == (guint) !!hovering)
    return;
  self->hovering = !!hovering;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hovering ? "pointer" : "text");
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              gdouble                   x,
              gdouble                   y,
              LineupMarkdownView       *self)
{
  gint offset;

  set_hovering (self, offset_at_point (self, x, y, &offset) && find_link (self, offset) != NULL);
}

/* A link selected with Tab is let go when focus leaves, so that Tab starts
 * from the first link again next time; a selection made by hand stays. */
static void
on_focus_leave_cb (GtkEventControllerFocus *focus,
                   LineupMarkdownView      *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;
  const Link *link;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  link = find_link (self, gtk_text_iter_get_offset (&start));
  if (link != NULL && link->start == gtk_text_iter_get_offset (&start) &&
      link->end == gtk_text_iter_get_offset (&end))
    {
      gtk_text_buffer_get_start_iter (buffer, &start);
      gtk_text_buffer_place_cursor (buffer, &start);
    }
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             LineupMarkdownView       *self)
{
  set_hovering (self, FALSE);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LineupMarkdownView    *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      return lineup_markdown_view_move_to_link (self,
                                                keyval == GDK_KEY_ISO_Left_Tab ||
                                                (state & GDK_SHIFT_MASK) ?
                                                GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      return lineup_markdown_view_activate_link_at_cursor (self);
    default:
      return FALSE;
    }
}

/* The view sits in an outer GtkScrolledWindow (it does not scroll itself),
 * so bring the selected link into that one's view. */
static void
scroll_to_range (LineupMarkdownView *self,
                 const GtkTextIter  *start)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adj;
  GdkRectangle rect;
  gint wx, wy;
  gdouble cx, cy, value, page;

  if (scroller == NULL)
    return;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL)
    return;

  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), start, &rect);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), content, wx, wy, &cx, &cy))
    return;

  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  value = gtk_adjustment_get_value (adj);
  page = gtk_adjustment_get_page_size (adj);
  if (cy < value)
    gtk_adjustment_set_value (adj, cy);
  else if (cy + rect.height > value + page)
    gtk_adjustment_set_value (adj, cy + rect.height - page);
}

gboolean
lineup_markdown_view_move_to_link (LineupMarkdownView *self,
                                   GtkDirectionType    direction)
{
  GtkTextBuffer *buffer;
  GtkTextIter sel_start, sel_end, a, b;
  const Link *target = NULL;
  gint from;

  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end);

  if (direction == GTK_DIR_TAB_BACKWARD || direction == GTK_DIR_UP ||
      direction == GTK_DIR_LEFT)
    {
      from = gtk_text_iter_get_offset (&sel_start);
      for (guint i = self->links->len; i > 0; i--)
        {
          const Link *link = &g_array_index (self->links, Link, i - 1);

          if (link->end <= from)
            {
              target = link;
              break;
            }
        }
    }
  else
    {
      from = gtk_text_iter_get_offset (gtk_text_buffer_get_has_selection (buffer) ?
                                       &sel_end : &sel_start);
      for (guint i = 0; i < self->links->len; i++)
        {
          const Link *link = &g_array_index (self->links, Link, i);

          if (link->start >= from)
            {
              target = link;
              break;
            }
        }
    }

  if (target == NULL)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, target->start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, target->end);
  gtk_text_buffer_select_range (buffer, &a, &b);
  scroll_to_range (self, &a);
  return TRUE;
}

gboolean
lineup_markdown_view_activate_link_at (LineupMarkdownView *self,
                                       gint                offset)
{
  const Link *link;
  g_autofree gchar *uri = NULL;
  gboolean handled = FALSE;

  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), FALSE);

  link = find_link (self, offset);
  if (link == NULL)
    return FALSE;

  /* A handler could change the markdown (and so the links) under us. */
  uri = g_strdup (link->uri);
  g_signal_emit (self, signals[ACTIVATE_LINK], 0, uri, &handled);
  return TRUE;
}

gboolean
lineup_markdown_view_activate_link_at_cursor (LineupMarkdownView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  return lineup_markdown_view_activate_link_at (self, gtk_text_iter_get_offset (&start));
}

static gboolean
lineup_markdown_view_real_activate_link (LineupMarkdownView *self,
                                         const gchar        *uri)
{
  GtkRoot *root;

  /* Checked again here: this is the only place that opens anything. */
  if (!lineup_markdown_uri_is_openable (uri))
    return TRUE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  return TRUE;
}

/* GObject ---------------------------------------------------------------- */

static void
lineup_markdown_view_finalize (GObject *object)
{
  LineupMarkdownView *self = LINEUP_MARKDOWN_VIEW (object);

  g_clear_pointer (&self->markdown, g_free);
  g_clear_pointer (&self->links, g_array_unref);

  G_OBJECT_CLASS (lineup_markdown_view_parent_class)->finalize (object);
}

static void
lineup_markdown_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LineupMarkdownView *self = LINEUP_MARKDOWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_MARKDOWN:
      g_value_set_string (value, self->markdown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_markdown_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LineupMarkdownView *self = LINEUP_MARKDOWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_MARKDOWN:
      lineup_markdown_view_set_markdown (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A description reads as part of the page, not as a text field: no "view"
 * background. Installed once per display, for this widget's class only. */
static void
ensure_css (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "lineup-markdown-view-css"))
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
                                   "textview.lineup-markdown-view,"
                                   "textview.lineup-markdown-view > text"
                                   " { background-color: transparent; }",
                                   -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "lineup-markdown-view-css",
                          g_steal_pointer (&provider), g_object_unref);
}

static void
lineup_markdown_view_class_init (LineupMarkdownViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lineup_markdown_view_finalize;
  object_class->get_property = lineup_markdown_view_get_property;
  object_class->set_property = lineup_markdown_view_set_property;

  widget_class->css_changed = lineup_markdown_view_css_changed;

  properties[PROP_MARKDOWN] =
    g_param_spec_string ("markdown", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LineupMarkdownView::activate-link:
   * @uri: an http, https or mailto URI
   *
   * Emitted when a link is clicked or activated with Enter. The default
   * handler opens it with gtk_show_uri(); return %TRUE to stop that.
   */
  signals[ACTIVATE_LINK] =
    g_signal_new_class_handler ("activate-link",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (lineup_markdown_view_real_activate_link),
                                g_signal_accumulator_true_handled, NULL,
                                NULL,
                                G_TYPE_BOOLEAN, 1, G_TYPE_STRING);
}

static void
lineup_markdown_view_init (LineupMarkdownView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkGesture *click;
  GtkEventController *controller;

  self->links = g_array_new (FALSE, TRUE, sizeof (Link));
  g_array_set_clear_func (self->links, clear_link);

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "lineup-markdown-view");
  ensure_css (GTK_WIDGET (self));

  create_tags (self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Capture phase: before GtkTextView turns Tab into a focus move. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
lineup_markdown_view_new (void)
{
  return g_object_new (LINEUP_TYPE_MARKDOWN_VIEW, NULL);
}

const gchar *
lineup_markdown_view_get_markdown (LineupMarkdownView *self)
{
  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), NULL);
  return self->markdown;
}

void
lineup_markdown_view_set_markdown (LineupMarkdownView *self,
                                   const gchar        *markdown)
{
  g_return_if_fail (LINEUP_IS_MARKDOWN_VIEW (self));

  if (g_strcmp0 (self->markdown, markdown) == 0)
    return;

  g_free (self->markdown);
  self->markdown = g_strdup (markdown);
  lineup_markdown_view_render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKDOWN]);
}

gchar *
lineup_markdown_view_get_text (LineupMarkdownView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

guint
lineup_markdown_view_get_n_links (LineupMarkdownView *self)
{
  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), 0);
  return self->links->len;
}

const gchar *
lineup_markdown_view_get_link (LineupMarkdownView *self,
                               guint               index,
                               gint               *start,
                               gint               *end)
{
  const Link *link;

  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);

  link = &g_array_index (self->links, Link, index);
  if (start != NULL)
    *start = link->start;
  if (end != NULL)
    *end = link->end;
  return link->uri;
}

const gchar *
lineup_markdown_view_get_link_at (LineupMarkdownView *self,
                                  gint                offset)
{
  const Link *link;

  g_return_val_if_fail (LINEUP_IS_MARKDOWN_VIEW (self), NULL);

  link = find_link (self, offset);
  return link != NULL ? link->uri : NULL;
}
