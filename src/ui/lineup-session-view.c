#define G_LOG_DOMAIN "lineup-session-view"

#include "config.h"

#include "lineup-session-view.h"

struct _LineupSessionView
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (LineupSessionView, lineup_session_view, GTK_TYPE_WIDGET)

static void
lineup_session_view_class_init (LineupSessionViewClass *klass)
{
}

static void
lineup_session_view_init (LineupSessionView *self)
{
}
