/* lineup-window-resolve.c — "Resolve Conflicts": the groups of going talks
 * that overlap, side by side on a shared time axis; "Keep This" makes the
 * others of its group backups (maybe picks), with Undo in a toast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The groups are the core's (lineup_plan_conflict_groups: connected
 * components of the overlap graph among the going talks).
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

/* A bar on the group's time axis: where the talk sits in the group's span. */
typedef struct
{
  gdouble from;   /* 0…1 */
  gdouble to;
} Span;

static void
draw_span (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  Span *span = data;
  gdouble x = span->from * width;
  gdouble w = MAX (2.0, (span->to - span->from) * width);

  /* The axis, then the talk on it (Adwaita's accent blue reads on light
   * and dark). */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.25);
  cairo_rectangle (cr, 0, height / 2.0 - 1, width, 2);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.208, 0.518, 0.894);
  cairo_rectangle (cr, x, height / 2.0 - 6, w, 12);
  cairo_fill (cr);
}

static GtkWidget *
span_new (LineupSession *session,
          gint64         group_start,
          gint64         group_end)
{
  GtkWidget *area = gtk_drawing_area_new ();
  Span *span = g_new0 (Span, 1);
  gint64 start, end;
  gboolean has_end;
  gdouble length = MAX (1.0, (gdouble) (group_end - group_start));

  lineup_session_get_times_usec (session, &start, &end, &has_end);
  span->from = (start - group_start) / length;
  span->to = (end - group_start) / length;
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 160);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 24);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_span, span, g_free);
  /* The time is in the row's subtitle: the bar is a picture of it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_can_target (area, FALSE);
  return area;
}

static void
group_span (GPtrArray *group,
            gint64    *first,
            gint64    *last)
{
  *first = G_MAXINT64;
  *last = G_MININT64;
  for (guint i = 0; i < group->len; i++)
    {
      gint64 start, end;
      gboolean has_end;

      lineup_session_get_times_usec (g_ptr_array_index (group, i), &start, &end, &has_end);
      *first = MIN (*first, start);
      *last = MAX (*last, end);
    }
}

/* The groups ----------------------------------------------------------------- */

static GPtrArray *
going_talks (LineupWindow *self)
{
  GPtrArray *going = g_ptr_array_new ();
  guint n = self->schedule != NULL ? lineup_schedule_get_n_sessions (self->schedule) : 0;

  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (self->schedule, i);

      if (lineup_session_get_starred (session))
        g_ptr_array_add (going, session);
    }
  return going;
}

static void rebuild_dialog (LineupWindow *self);

/* After the stars changed: the banner while going talks overlap. */
void
_lineup_window_update_conflicts (LineupWindow *self)
{
  g_autoptr(GPtrArray) going = NULL;
  guint n_talks = 0;

  if (self->conflicts_revealer == NULL)   /* disposed */
    return;
  going = going_talks (self);
  g_clear_pointer (&self->conflict_groups, g_ptr_array_unref);
  self->conflict_groups = lineup_plan_conflict_groups (going);
  for (guint i = 0; i < self->conflict_groups->len; i++)
    n_talks += ((GPtrArray *) g_ptr_array_index (self->conflict_groups, i))->len;

  if (n_talks > 0)
    {
      g_autofree gchar *text = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u talk you are going to overlaps another",
                     "%u talks you are going to overlap", n_talks), n_talks);

      gtk_label_set_text (self->conflicts_label, text);
    }
  gtk_revealer_set_reveal_child (self->conflicts_revealer, n_talks > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_revealer), n_talks > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.resolve-conflicts", n_talks > 0);
  rebuild_dialog (self);
}

/* Keep This, and Undo --------------------------------------------------------- */

static void
on_keep_clicked_cb (GtkButton    *button,
                    LineupWindow *self)
{
  GPtrArray *group = g_object_get_data (G_OBJECT (button), "lineup-group");
  LineupSession *kept = g_object_get_data (G_OBJECT (button), "lineup-session");
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree gchar *message = NULL;
  g_autofree gchar *markup = NULL;
  AdwToast *toast;

  for (guint i = 0; i < group->len; i++)
    {
      LineupSession *session = g_ptr_array_index (group, i);

      if (session != kept)
        g_ptr_array_add (others, g_object_ref (session));
    }
  /* The group's array goes with the next rebuild: done with it. */
  for (guint i = 0; i < others->len; i++)
    _lineup_window_set_pick (self, g_ptr_array_index (others, i), LINEUP_PICK_MAYBE);

  g_clear_pointer (&self->resolve_undo, g_ptr_array_unref);
  self->resolve_undo = g_steal_pointer (&others);

  /* Translators: %s is the title of the talk kept; the others of its
   * group became backups */
  message = g_strdup_printf (_("Kept “%s”; the others are now maybe"),
                             lineup_session_get_title (kept));
  /* A toast's title is markup (libadwaita 1.2): the talk's title is not. */
  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-resolve");
  adw_toast_set_timeout (toast, 8);
  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_resolve_action (GtkWidget   *widget,
                     const gchar *action_name,
                     GVariant    *parameter)
{
  LineupWindow *self = LINEUP_WINDOW (widget);
  g_autoptr(GPtrArray) undo = g_steal_pointer (&self->resolve_undo);

  for (guint i = 0; undo != NULL && i < undo->len; i++)
    _lineup_window_set_pick (self, g_ptr_array_index (undo, i), LINEUP_PICK_GOING);
}

/* The dialog ------------------------------------------------------------------ */

static GtkWidget *
talk_row_new (LineupWindow  *self,
              GPtrArray     *group,
              LineupSession *session,
              gint64         first,
              gint64         last)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Keep This"));
  const gchar *title = lineup_session_get_title (session);
  g_autofree gchar *when = lineup_session_format_time (session, self->schedule);
  g_autofree gchar *label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), span_new (session, first, last));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: accessible name of the button that keeps a talk and makes
   * the others of its group backups; %s is its title */
  label = g_strdup_printf (_("Keep %s, make the others maybe"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (button), "lineup-group", group);
  g_object_set_data (G_OBJECT (button), "lineup-session", session);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_keep_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
group_new (LineupWindow *self,
           GPtrArray    *group)
{
  GtkWidget *box = adw_preferences_group_new ();
  LineupSession *first_talk = g_ptr_array_index (group, 0);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree gchar *day = NULL;
  g_autofree gchar *from = NULL;
  g_autofree gchar *to = NULL;
  g_autofree gchar *title = NULL;
  gint64 first, last;

  group_span (group, &first, &last);
  start = g_date_time_to_timezone (lineup_session_get_start (first_talk),
                                   g_date_time_get_timezone (lineup_session_get_start (first_talk)));
  end = g_date_time_add (start, last - first);
  day = lineup_format_day_long (start);
  from = lineup_format_clock_local (start);
  to = lineup_format_clock_local (end);
  /* Translators: a group of overlapping talks: "Tuesday, November 7 · 16:30 – 18:00" */
  title = g_strdup_printf (_("%s · %s – %s"), day, from, to);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (box), title);
  for (guint i = 0; i < group->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (box),
                               talk_row_new (self, group, g_ptr_array_index (group, i), first,
                                             last));
  return box;
}

static void
rebuild_dialog (LineupWindow *self)
{
  GtkWidget *child;

  if (self->resolve_box == NULL)
    return;
  if (self->conflict_groups->len == 0)
    {
      gtk_window_close (GTK_WINDOW (self->resolve_dialog));
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->resolve_box))) != NULL)
    gtk_box_remove (self->resolve_box, child);
  for (guint i = 0; i < self->conflict_groups->len; i++)
    gtk_box_append (self->resolve_box,
                    group_new (self, g_ptr_array_index (self->conflict_groups, i)));
}

static void
on_resolve_destroyed_cb (LineupWindow *self)
{
  self->resolve_dialog = NULL;
  self->resolve_box = NULL;
}

/* win.resolve-conflicts */
void
_lineup_window_show_resolve (LineupWindow *self)
{
  GtkWidget *dialog, *content, *header, *scroller, *clamp;

  if (self->conflict_groups == NULL || self->conflict_groups->len == 0)
    return;
  if (self->resolve_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->resolve_dialog));
      return;
    }

  dialog = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (dialog), _("Resolve Conflicts"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 720, 480);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (content), header);
  self->resolve_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->resolve_box), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->resolve_box), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->resolve_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->resolve_box), 12);
  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->resolve_box));
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (content), scroller);
  adw_window_set_content (ADW_WINDOW (dialog), content);

  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_resolve_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  self->resolve_dialog = dialog;
  rebuild_dialog (self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_lineup_window_class_init_resolve (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo-resolve", NULL, undo_resolve_action);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, conflicts_revealer);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, conflicts_label);
}

void
_lineup_window_dispose_resolve (LineupWindow *self)
{
  if (self->resolve_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->resolve_dialog));
  g_clear_pointer (&self->conflict_groups, g_ptr_array_unref);
  g_clear_pointer (&self->resolve_undo, g_ptr_array_unref);
}
