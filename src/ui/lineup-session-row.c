#define G_LOG_DOMAIN "lineup-session-row"

#include "config.h"

#include "lineup-session-row.h"

struct _LineupSessionRow
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (LineupSessionRow, lineup_session_row, GTK_TYPE_WIDGET)

static void
lineup_session_row_class_init (LineupSessionRowClass *klass)
{
}

static void
lineup_session_row_init (LineupSessionRow *self)
{
}
