#define G_LOG_DOMAIN "lineup-markdown-view"

#include "config.h"

#include "lineup-markdown-view.h"

struct _LineupMarkdownView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (LineupMarkdownView, lineup_markdown_view, GTK_TYPE_WIDGET)

static void
lineup_markdown_view_class_init (LineupMarkdownViewClass *klass)
{
}

static void
lineup_markdown_view_init (LineupMarkdownView *self)
{
}
