/* lineup-markdown-view-links.c — following links with the mouse and the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-markdown-view"

#include "config.h"

#include "lineup-markdown-view-private.h"

enum {
  ACTIVATE_LINK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rule lives in the core (lineup-link.h), shared with the detail pane. */
gboolean
lineup_markdown_uri_is_openable (const gchar *uri)
{
  return lineup_link_is_openable (uri);
}

void
lineup_markdown_view_link_clear (gpointer data)
{
  Link *link = data;

  g_clear_pointer (&link->uri, g_free);
}

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

void
lineup_markdown_view_class_init_links (LineupMarkdownViewClass *klass)
{
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

void
lineup_markdown_view_init_links (LineupMarkdownView *self)
{
  GtkGesture *click;
  GtkEventController *controller;

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
