#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include "lineup-window.h"

struct _LineupWindow
{
  AdwApplicationWindow  parent_instance;

  LineupAgenda         *agenda;
  LineupSchedule       *schedule;
};

G_DEFINE_FINAL_TYPE (LineupWindow, lineup_window, ADW_TYPE_APPLICATION_WINDOW)

static void
lineup_window_dispose (GObject *object)
{
  LineupWindow *self = LINEUP_WINDOW (object);

  g_clear_object (&self->agenda);
  g_clear_object (&self->schedule);

  G_OBJECT_CLASS (lineup_window_parent_class)->dispose (object);
}

static void
lineup_window_class_init (LineupWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lineup_window_dispose;
}

static void
lineup_window_init (LineupWindow *self)
{
}

LineupWindow *
lineup_window_new (GtkApplication *application,
                   LineupAgenda   *agenda)
{
  LineupWindow *self = g_object_new (LINEUP_TYPE_WINDOW, "application", application, NULL);

  g_set_object (&self->agenda, agenda);
  return self;
}

void
lineup_window_set_schedule (LineupWindow   *self,
                            LineupSchedule *schedule)
{
  g_set_object (&self->schedule, schedule);
}

LineupSchedule *
lineup_window_get_schedule (LineupWindow *self)
{
  return self->schedule;
}

void
lineup_window_open_file (LineupWindow *self,
                         GFile        *file)
{
}
