/* screenshot.c — renders the main window, wide and narrow, to PNG files
 *
 * Usage: lineup-screenshot OUTPUT-DIR
 * Writes OUTPUT-DIR/wide.png (1200×760) and OUTPUT-DIR/narrow.png (360×720)
 * with the built-in post, a few talks starred (two of them overlapping) and
 * one selected; the narrow one shows My Agenda.  sources.png: the post and
 * a calendar of the same days shown at once, with the Sources popover;
 * changes.png: the "Changes to Your Agenda" dialog after the post changed on
 * disk; maybe.png: My Agenda with a maybe pick beside the talk it overlaps;
 * resolve.png: the Resolve Conflicts view.  Needs a display (xvfb-run -a).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-screenshot"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lineup-application.h"
#include "lineup-window-private.h"

/* A hang, not a slow machine. */
#define WAIT_CAP_SECONDS 120

static gboolean
on_cap_reached_cb (gpointer data)
{
  gboolean *reached = data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds; exits naming @what after the cap. */
static void
wait_until (gboolean   (*condition) (gpointer data),
            gpointer    data,
            const gchar *what)
{
  gboolean reached = FALSE;
  guint cap;

  if (condition (data))
    return;
  cap = g_timeout_add_seconds (WAIT_CAP_SECONDS, on_cap_reached_cb, &reached);
  while (!condition (data))
    {
      if (reached)
        g_error ("timed out after %u s waiting for: %s", WAIT_CAP_SECONDS, what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (cap);
}

static gboolean
filter_done (gpointer window)
{
  GtkFilterListModel *model = GTK_FILTER_LIST_MODEL (lineup_window_get_model (window));

  return gtk_filter_list_model_get_pending (model) == 0;
}

typedef struct
{
  gint64 frame;   /* the one to wait for */
  gint64 drawn;   /* the last one drawn */
} FrameWait;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   FrameWait     *wait)
{
  wait->drawn = gdk_frame_clock_get_frame_counter (clock);
}

static gboolean
frame_drawn (gpointer data)
{
  FrameWait *wait = data;

  return wait->drawn >= wait->frame;
}

/* Waits for the window to draw one more frame: its layout sees everything
 * done so far. */
static void
wait_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  FrameWait wait = { gdk_frame_clock_get_frame_counter (clock) + 1, -1 };
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &wait);

  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  wait_until (frame_drawn, &wait, "the window to draw a frame");
  g_signal_handler_disconnect (clock, handler);
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

/* Waits until the window's filter has finished (the stars refilter My Agenda
 * from an idle) and a frame has been drawn, the list unchanged meanwhile. */
static void
settle (LineupWindow *window)
{
  GListModel *model = lineup_window_get_model (window);
  guint changes = 0;
  guint before;
  gulong items_handler = g_signal_connect_swapped (model, "items-changed",
                                                   G_CALLBACK (count_change), &changes);
  gulong pending_handler = g_signal_connect_swapped (model, "notify::pending",
                                                     G_CALLBACK (count_change), &changes);

  do
    {
      wait_until (filter_done, window, "the window's filter to finish");
      before = changes;
      wait_frame (GTK_WIDGET (window));
    }
  while (changes != before || !filter_done (window));
  g_signal_handler_disconnect (model, items_handler);
  g_signal_handler_disconnect (model, pending_handler);
}

/* @over (a popover or a dialog, a surface of its own) is drawn on top at
 * (@x, @y), over a dimmed window when @dim. */
static gboolean
render_with (GtkWidget    *window,
             GtkWidget    *over,
             gdouble       x,
             gdouble       y,
             gboolean      dim,
             const gchar  *path,
             GError      **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  gint width = gdk_paintable_get_intrinsic_width (paintable);
  gint height = gdk_paintable_get_intrinsic_height (paintable);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  if (dim)
    gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 0.35 },
                               &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (over != NULL)
    {
      g_autoptr(GdkPaintable) top = gtk_widget_paintable_new (over);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
      gdk_paintable_snapshot (top, snapshot, gdk_paintable_get_intrinsic_width (top),
                              gdk_paintable_get_intrinsic_height (top));
      gtk_snapshot_restore (snapshot);
    }
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "nothing was drawn");
      return FALSE;
    }
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write %s", path);
      return FALSE;
    }
  g_print ("%s: %d×%d\n", path, width, height);
  return TRUE;
}

static gboolean
render (GtkWidget    *window,
        const gchar  *path,
        GError      **error)
{
  return render_with (window, NULL, 0, 0, FALSE, path, error);
}

static void
star (LineupWindow *window,
      const gchar  *id)
{
  LineupSession *session = lineup_schedule_find (lineup_window_get_schedule (window), id);

  if (session != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.set-starred", "(sb)", id, TRUE);
  else
    g_printerr ("no talk %s\n", id);
}

static gboolean
shoot (const gchar  *output,
       const gchar  *name,
       gint          width,
       gint          height,
       gboolean      show_detail,
       GError      **error)
{
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-shot-XXXXXX", error);
  g_autofree gchar *agenda_path = NULL;
  g_autofree gchar *path = NULL;
  g_autoptr(LineupAgenda) agenda = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  LineupWindow *window;
  gboolean ok;

  if (dir == NULL)
    return FALSE;
  agenda_path = g_build_filename (dir, "agenda.yaml", NULL);
  agenda = lineup_agenda_new (agenda_path);
  lineup_agenda_set_autosave_delay (agenda, 0);

  schedule = lineup_builtin_post_read (NULL, error);
  if (schedule == NULL)
    return FALSE;

  window = lineup_window_new (NULL, agenda);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  lineup_window_set_schedule (window, schedule);
  star (window, "1Rj0z");
  star (window, "1Rj3S");
  star (window, "1Rj31");
  star (window, "1R2on");
  star (window, "1R2ts");
  gtk_window_present (GTK_WINDOW (window));
  settle (window);

  lineup_window_select_session (window, lineup_schedule_find (schedule, "1Rj3S"));
  if (!show_detail)
    {
      /* Narrow: the agenda, with its day headers, free time and overlaps. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
      lineup_window_set_agenda_view (window, TRUE);
    }
  settle (window);

  path = g_build_filename (output, name, NULL);
  ok = render (GTK_WIDGET (window), path, error);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (agenda_path);
  g_rmdir (dir);
  return ok;
}

typedef struct
{
  LineupWindow *window;
  guint         n_talks;
  guint         n_changes;
} SourcesWait;

static gboolean
sources_read (gpointer data)
{
  SourcesWait *wait = data;
  LineupSchedule *schedule = lineup_window_get_schedule (wait->window);

  return wait->window->n_reading == 0 && schedule != NULL &&
         lineup_schedule_get_n_sessions (schedule) == wait->n_talks &&
         wait->window->changes != NULL && wait->window->changes->len == wait->n_changes;
}

static void
open_and_wait (SourcesWait *wait,
               const gchar *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  lineup_window_open_file (wait->window, file);
  wait_until (sources_read, wait, path);
}

static gchar *
replace_once (const gchar *text,
              const gchar *from,
              const gchar *to)
{
  const gchar *at = strstr (text, from);

  if (at == NULL)
    return g_strdup (text);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* The post (a copy on disk) and the official calendar of the same days;
 * then the post changes on disk under the starred talks. */
static gboolean
shoot_sources (const gchar  *output,
               GError      **error)
{
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-shot-XXXXXX", error);
  g_autofree gchar *agenda_path = NULL;
  g_autofree gchar *post_path = NULL;
  g_autofree gchar *path = NULL;
  g_autofree gchar *text = NULL;
  g_autofree gchar *moved = NULL;
  g_autofree gchar *renamed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LineupAgenda) agenda = NULL;
  GtkWidget *popover;
  graphene_point_t at;
  SourcesWait wait = { NULL, 25, 0 };
  gboolean ok;

  if (dir == NULL)
    return FALSE;
  agenda_path = g_build_filename (dir, "agenda.yaml", NULL);
  post_path = g_build_filename (dir, "cilium-kubecon-na-2023.md", NULL);
  bytes = g_resources_lookup_data (RESOURCE_BASE "/posts/cilium-kubecon-na-2023.md",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !g_file_set_contents (post_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            error))
    return FALSE;
  agenda = lineup_agenda_new (agenda_path);
  lineup_agenda_set_autosave_delay (agenda, 0);

  wait.window = lineup_window_new (NULL, agenda);
  wait.window->download_dir = g_strdup (dir);
  gtk_window_set_default_size (GTK_WINDOW (wait.window), 1200, 760);
  gtk_window_present (GTK_WINDOW (wait.window));
  open_and_wait (&wait, post_path);
  wait.n_talks = 28;
  open_and_wait (&wait, SOURCES_DATA_DIR "/colocated-official.ics");
  star (wait.window, "1Rj3S");
  star (wait.window, "official-bof");
  star (wait.window, "1Rj4B");
  star (wait.window, "1Rj5D");
  lineup_window_select_session (wait.window,
                                lineup_schedule_find (lineup_window_get_schedule (wait.window),
                                                      "official-bof"));
  settle (wait.window);

  gtk_menu_button_popup (GTK_MENU_BUTTON (wait.window->sources_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (wait.window->sources_button)));
  wait_frame (popover);
  wait_frame (GTK_WIDGET (wait.window));
  if (!gtk_widget_compute_point (popover, GTK_WIDGET (wait.window), &GRAPHENE_POINT_INIT (0, 0),
                                 &at))
    at = GRAPHENE_POINT_INIT (0, 0);
  path = g_build_filename (output, "sources.png", NULL);
  ok = render_with (GTK_WIDGET (wait.window), popover, at.x, at.y, FALSE, path, error);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (wait.window->sources_button));

  /* The Tetragon talk moves to 12:50, Thomas Graf's is renamed. */
  if (ok && g_file_get_contents (post_path, &text, NULL, error))
    {
      GtkWidget *dialog;
      gint width, height;

      moved = replace_once (text, "12:15pm - 12:40pm", "12:50pm - 1:15pm");
      renamed = replace_once (moved, "[Secure Infrastructure with Combined Runtime and Network "
                              "Security - ", "[Secure Infrastructure: Runtime Meets Network - ");
      wait.n_changes = 2;
      ok = g_file_set_contents (post_path, renamed, -1, error);
      if (ok)
        wait_until (sources_read, &wait, "the changes after the post was edited");
      settle (wait.window);
      gtk_widget_activate_action (GTK_WIDGET (wait.window), "win.show-changes", NULL);
      dialog = wait.window->changes_dialog;
      wait_frame (dialog);
      wait_frame (dialog);
      width = gtk_widget_get_width (dialog);
      height = gtk_widget_get_height (dialog);
      g_clear_pointer (&path, g_free);
      path = g_build_filename (output, "changes.png", NULL);
      ok = ok && render_with (GTK_WIDGET (wait.window), dialog, (1200 - width) / 2.0,
                              (gtk_widget_get_height (GTK_WIDGET (wait.window)) - height) / 2.0,
                              TRUE, path, error);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  else
    ok = FALSE;

  gtk_window_destroy (GTK_WINDOW (wait.window));
  g_unlink (agenda_path);
  g_unlink (post_path);
  g_rmdir (dir);
  return ok;
}

static void
pick (LineupWindow *window,
      const gchar  *id,
      const gchar  *kind)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-pick", "(ss)", id, kind);
}

/* My Agenda with a backup pick, then the clash resolved in its view. */
static gboolean
shoot_plan (const gchar  *output,
            GError      **error)
{
  g_autofree gchar *dir = g_dir_make_tmp ("lineup-shot-XXXXXX", error);
  g_autofree gchar *agenda_path = NULL;
  g_autofree gchar *path = NULL;
  g_autoptr(LineupAgenda) agenda = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  LineupWindow *window;
  GtkWidget *dialog;
  gboolean ok;

  if (dir == NULL)
    return FALSE;
  agenda_path = g_build_filename (dir, "agenda.yaml", NULL);
  agenda = lineup_agenda_new (agenda_path);
  lineup_agenda_set_autosave_delay (agenda, 0);
  schedule = lineup_builtin_post_read (NULL, error);
  if (schedule == NULL)
    return FALSE;

  window = lineup_window_new (NULL, agenda);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  lineup_window_set_schedule (window, schedule);
  pick (window, "1R4Zf", "going");
  pick (window, "1R2on", "going");
  pick (window, "1R2ts", "maybe");
  pick (window, "1R2tD", "going");
  gtk_window_present (GTK_WINDOW (window));
  lineup_window_set_agenda_view (window, TRUE);
  settle (window);
  lineup_window_select_session (window, lineup_schedule_find (schedule, "1R2on"));
  settle (window);
  lineup_window_select_session (window, lineup_schedule_find (schedule, "1R2ts"));
  settle (window);
  /* The detail pane lays out its new talk over a frame or two. */
  wait_frame (GTK_WIDGET (window));
  wait_frame (GTK_WIDGET (window));
  path = g_build_filename (output, "maybe.png", NULL);
  ok = render (GTK_WIDGET (window), path, error);

  pick (window, "1R2ts", "going");
  settle (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.resolve-conflicts", NULL);
  dialog = window->resolve_dialog;
  if (ok && dialog != NULL)
    {
      gint width, height;

      wait_frame (dialog);
      wait_frame (dialog);
      width = gtk_widget_get_width (dialog);
      height = gtk_widget_get_height (dialog);
      g_clear_pointer (&path, g_free);
      path = g_build_filename (output, "resolve.png", NULL);
      ok = render_with (GTK_WIDGET (window), dialog, (1200 - width) / 2.0,
                        (gtk_widget_get_height (GTK_WIDGET (window)) - height) / 2.0, TRUE, path,
                        error);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (agenda_path);
  g_rmdir (dir);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTPUT-DIR\n", argv[0]);
      return 2;
    }

  gtk_init ();
  adw_init ();
  /* The picture is of where a transition ends (the narrow one goes back
   * from the talk to the list), drawn as soon as the window is laid out. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  if (!shoot (argv[1], "wide.png", 1200, 760, TRUE, &error) ||
      !shoot (argv[1], "narrow.png", 360, 720, FALSE, &error) ||
      !shoot_sources (argv[1], &error) ||
      !shoot_plan (argv[1], &error))
    {
      g_printerr ("lineup-screenshot: %s\n", error->message);
      return 1;
    }
  return 0;
}
