/* lineup-markdown-view.c — renders a talk description (Markdown) as rich text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-markdown-view"

#include "config.h"

#include "lineup-markdown-view-private.h"

G_DEFINE_FINAL_TYPE (LineupMarkdownView, lineup_markdown_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_MARKDOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  lineup_markdown_view_class_init_links (klass);
}

static void
lineup_markdown_view_init (LineupMarkdownView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);

  self->links = g_array_new (FALSE, TRUE, sizeof (Link));
  g_array_set_clear_func (self->links, lineup_markdown_view_link_clear);

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "lineup-markdown-view");
  ensure_css (GTK_WIDGET (self));

  create_tags (self);

  lineup_markdown_view_init_links (self);
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

