/* lineup-session-row.c — one talk in the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-date.h"
#include "lineup-session-row.h"
#include "lineup-session-view.h"

struct _LineupSessionRow
{
  GtkWidget        parent_instance;

  LineupSession   *session;
  guint            position;
  GListModel      *model;            /* the list the row is shown in */
  gboolean         show_free_time;
  gboolean         updating_star;

  GtkWidget       *box;
  GtkLabel        *day_header;
  GtkWidget       *free_button;
  GtkLabel        *free_label;
  GtkLabel        *start_label;
  GtkLabel        *end_label;
  GtkLabel        *title_label;
  GtkLabel        *speakers_label;
  GtkLabel        *room_label;
  GtkLabel        *track_label;
  GtkWidget       *conflict_box;
  GtkLabel        *conflict_label;
  GtkWidget       *change_box;
  GtkLabel        *change_label;
  GtkToggleButton *star_button;
  GtkLabel        *maybe_label;
};

G_DEFINE_FINAL_TYPE (LineupSessionRow, lineup_session_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_POSITION,
  PROP_MODEL,
  PROP_SHOW_FREE_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static LineupSession *
dup_session_at (GListModel *model,
                guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  if (item == NULL || !LINEUP_IS_SESSION (item))
    return NULL;
  return LINEUP_SESSION (g_steal_pointer (&item));
}

/* Whether @model's first and last dated talks are of different years (an
 * archive of meetups): its day headings then name their year.  Dated talks
 * come first, so the last one is found by bisection. */
static gboolean
spans_years (GListModel *model)
{
  g_autoptr(LineupSession) first = dup_session_at (model, 0);
  g_autoptr(LineupSession) last = NULL;
  guint low = 1;
  guint high = g_list_model_get_n_items (model);
  gint first_year, last_year, month, day;

  if (first == NULL || lineup_session_get_day_key (first) == 0)
    return FALSE;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(LineupSession) session = dup_session_at (model, middle);

      if (session != NULL && lineup_session_get_day_key (session) != 0)
        low = middle + 1;
      else
        high = middle;
    }
  last = dup_session_at (model, low - 1);
  if (last == NULL)
    return FALSE;
  lineup_day_key_split (lineup_session_get_day_key (first), &first_year, &month, &day);
  lineup_day_key_split (lineup_session_get_day_key (last), &last_year, &month, &day);
  return first_year != last_year;
}

gchar *
lineup_session_row_dup_day_header (GListModel *model,
                                   guint       position)
{
  g_autoptr(LineupSession) session = NULL;
  g_autoptr(LineupSession) previous = NULL;
  guint day;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  session = dup_session_at (model, position);
  if (session == NULL)
    return NULL;

  day = lineup_session_get_day_key (session);
  if (position > 0)
    previous = dup_session_at (model, position - 1);
  if (previous != NULL && lineup_session_get_day_key (previous) == day)
    return NULL;

  if (day == 0)
    return g_strdup (lineup_session_untimed_label (session));
  return spans_years (model) ? lineup_session_format_day_long_year (session)
                             : lineup_session_format_day_long (session);
}

guint
lineup_session_row_free_minutes (GListModel *model,
                                 guint       position)
{
  g_autoptr(LineupSession) session = NULL;
  g_autoptr(LineupSession) previous = NULL;
  GDateTime *start;
  GDateTime *previous_end;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), 0);

  if (position == 0)
    return 0;
  session = dup_session_at (model, position);
  previous = dup_session_at (model, position - 1);
  if (session == NULL || previous == NULL)
    return 0;

  start = lineup_session_get_start (session);
  previous_end = lineup_session_get_end (previous);
  if (start == NULL || previous_end == NULL ||
      lineup_session_get_day_key (session) != lineup_session_get_day_key (previous))
    return 0;

  if (g_date_time_compare (previous_end, start) >= 0)
    return 0;
  return (guint) (g_date_time_difference (start, previous_end) / G_TIME_SPAN_MINUTE);
}

static gchar *
format_free_time (guint minutes)
{
  if (minutes < 60)
    /* Translators: free time between two starred talks */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min free", "%u min free", minutes),
                            minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour free", "%u hours free",
                                         minutes / 60),
                            minutes / 60);
  /* Translators: free time between two starred talks, hours and minutes */
  return g_strdup_printf (_("%u h %02u min free"), minutes / 60, minutes % 60);
}

/* The schedule a list shows, under its selection and filter models. */
static LineupSchedule *
find_schedule (GListModel *model)
{
  while (model != NULL && !LINEUP_IS_SCHEDULE (model))
    {
      if (GTK_IS_SINGLE_SELECTION (model))
        model = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model));
      else if (GTK_IS_FILTER_LIST_MODEL (model))
        model = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (model));
      else
        return NULL;
    }
  return model != NULL ? LINEUP_SCHEDULE (model) : NULL;
}

/* A screen reader hears which starred talks this one overlaps and by how
 * much ("Overlaps Service Mesh Battle Scars, 17:25 – 18:00 (35 min)"), as
 * the detail pane shows them (the row itself only counts them), and what
 * changed in the pick. */
static void
update_conflict_description (LineupSessionRow *self)
{
  const gchar * const *ids = self->session != NULL ? lineup_session_get_conflicts (self->session)
                                                   : NULL;
  LineupSchedule *schedule = find_schedule (self->model);
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; schedule != NULL && ids != NULL && ids[i] != NULL; i++)
    {
      LineupSession *other = lineup_schedule_find (schedule, ids[i]);
      g_autofree gchar *sentence = NULL;

      if (other == NULL || other == self->session)
        continue;
      sentence = lineup_session_format_overlap (self->session, other);
      if (description->len > 0)
        g_string_append (description, "; ");
      g_string_append (description, sentence);
    }
  /* And what changed in the pick since the user last looked, as the row
   * shows it. */
  if (self->session != NULL && lineup_session_get_change_note (self->session) != NULL)
    {
      if (description->len > 0)
        g_string_append (description, "; ");
      g_string_append (description, lineup_session_get_change_note (self->session));
    }

  if (description->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The free time is a button: win.show-fits lists the talks that fit in it,
 * from the end of the talk before to the start of this one. */
static void
update_free_button (LineupSessionRow *self,
                    const gchar      *free_text)
{
  g_autoptr(LineupSession) previous = dup_session_at (self->model, self->position - 1);
  const gchar *title = lineup_session_get_title (self->session);
  gint64 start, end, previous_start, previous_end;
  gboolean has_end = FALSE;
  gboolean ignored;
  g_autofree gchar *label = NULL;

  if (previous == NULL ||
      !lineup_session_get_times_usec (previous, &previous_start, &previous_end, &has_end) ||
      !has_end || !lineup_session_get_times_usec (self->session, &start, &end, &ignored))
    return;

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->free_button), "(xx)",
                                    previous_end, start);
  /* Named once it has a target: GTK checks the target's type against the
   * action's. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->free_button), "win.show-fits");
  /* Translators: the accessible name of the free time between two starred
   * talks, a button: the first %s is the free time ("45 min free"), the
   * second the title of the talk after it */
  label = g_strdup_printf (_("Show the talks that fit in the %s before %s"),
                           free_text, title != NULL ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->free_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_tooltip_text (self->free_button, _("Show the talks that fit"));
}

/* The day header and the free time before the talk come from its
 * neighbours in the list. */
static void
update_context (LineupSessionRow *self)
{
  GListModel *model = self->model;
  g_autofree gchar *header = NULL;
  guint free_minutes = 0;

  if (model != NULL && self->session != NULL && self->position < g_list_model_get_n_items (model))
    {
      g_autoptr(LineupSession) shown = dup_session_at (model, self->position);

      /* While the list is being rebuilt, the position can lag behind. */
      if (shown == self->session)
        {
          header = lineup_session_row_dup_day_header (model, self->position);
          if (header == NULL && self->show_free_time)
            free_minutes = lineup_session_row_free_minutes (model, self->position);
        }
    }

  gtk_label_set_label (self->day_header, header ? header : "");
  gtk_widget_set_visible (GTK_WIDGET (self->day_header), header != NULL);
  update_conflict_description (self);

  if (free_minutes > 0)
    {
      g_autofree gchar *text = format_free_time (free_minutes);

      gtk_label_set_label (self->free_label, text);
      update_free_button (self, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->free_label), free_minutes > 0);
  gtk_widget_set_visible (self->free_button, free_minutes > 0);
}

/* A row keeps its position when the talk before it changes: it looks at
 * its neighbours again (after the list view has had its say). */
static void
on_model_items_changed_cb (LineupSessionRow *self)
{
  update_context (self);
}

static void
lineup_session_row_set_model (LineupSessionRow *self,
                              GListModel       *model)
{
  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_items_changed_cb),
                             self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_context (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* The star button says what a click does next: none → going → maybe → none. */
static void
update_star_button (LineupSessionRow *self,
                    LineupPick        pick)
{
  const gchar *title = self->session != NULL ? lineup_session_get_title (self->session) : NULL;
  const gchar *tooltip;
  g_autofree gchar *label = NULL;

  if (pick == LINEUP_PICK_GOING)
    tooltip = _("Mark as Maybe");
  else if (pick == LINEUP_PICK_MAYBE)
    tooltip = _("Remove from Picks");
  else
    tooltip = _("Star");

  /* Every row has one: a screen reader says which talk it changes. */
  if (title == NULL || *title == '\0')
    label = g_strdup (tooltip);
  else if (pick == LINEUP_PICK_GOING)
    /* Translators: the accessible name of a row's star button on a starred
     * talk (a click makes it a maybe); %s is the talk's title */
    label = g_strdup_printf (_("Mark %s as maybe"), title);
  else if (pick == LINEUP_PICK_MAYBE)
    /* Translators: the accessible name of a row's star button on a maybe
     * talk; %s is the talk's title */
    label = g_strdup_printf (_("Remove %s from your picks"), title);
  else
    /* Translators: the accessible name of a row's star button; %s is the talk's title */
    label = g_strdup_printf (_("Star %s"), title);

  self->updating_star = TRUE;
  gtk_toggle_button_set_active (self->star_button, pick != LINEUP_PICK_NONE);
  self->updating_star = FALSE;

  /* Maybe: an outlined star, coloured (lineup-maybe). */
  gtk_button_set_icon_name (GTK_BUTTON (self->star_button),
                            pick == LINEUP_PICK_GOING ? "starred-symbolic"
                                                      : "non-starred-symbolic");
  if (pick == LINEUP_PICK_MAYBE)
    gtk_widget_add_css_class (GTK_WIDGET (self->star_button), "lineup-maybe");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->star_button), "lineup-maybe");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->star_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->star_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->maybe_label), pick == LINEUP_PICK_MAYBE);
}

static void
update_star (LineupSessionRow *self)
{
  LineupPick pick = self->session != NULL ? lineup_session_get_pick (self->session)
                                          : LINEUP_PICK_NONE;
  gboolean starred = pick == LINEUP_PICK_GOING;
  guint n_conflicts = self->session != NULL ? lineup_session_get_n_conflicts (self->session) : 0;

  update_star_button (self, pick);

  if (starred && n_conflicts > 0)
    {
      g_autofree gchar *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Overlaps with %u starred talk",
                                           "Overlaps with %u starred talks",
                                           n_conflicts),
                              n_conflicts);
      gtk_label_set_label (self->conflict_label, text);
    }
  gtk_widget_set_visible (self->conflict_box, starred && n_conflicts > 0);
  update_conflict_description (self);

  /* A pick that moved, was renamed… since the user last saw it. */
  {
    const gchar *note = self->session != NULL ? lineup_session_get_change_note (self->session)
                                              : NULL;

    if (note != NULL)
      gtk_label_set_label (self->change_label, note);
    gtk_widget_set_visible (self->change_box, note != NULL);
  }

  if (starred)
    gtk_widget_add_css_class (GTK_WIDGET (self), "starred");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "starred");
  if (pick == LINEUP_PICK_MAYBE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "maybe");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "maybe");
}

/* What a screen reader hears for the row: the day too (the list's day
 * headings are not read with each row), the time, title, speakers and
 * room; only what is known. */
static gchar *
format_accessible (LineupSession *session,
                   const gchar   *start,
                   const gchar   *end)
{
  GString *text = g_string_new (NULL);
  const gchar *parts[3] = { NULL, NULL, NULL };

  if (session == NULL)
    return g_string_free (text, FALSE);

  if (start == NULL && lineup_session_get_day (session, NULL, NULL, NULL))
    {
      g_autofree gchar *day = lineup_session_format_day_long (session);

      /* Translators: the start of a row's accessible name when the post
       * gives the talk's day but no time */
      g_string_printf (text, _("%s, time not announced"), day);
    }
  else if (start != NULL)
    {
      GDateTime *time = lineup_session_get_start (session);
      g_autofree gchar *day = time != NULL ? lineup_format_day_long (time)
                                           : g_strdup (lineup_session_untimed_label (session));

      if (end != NULL)
        /* Translators: the start of a row's accessible name: day, time range */
        g_string_printf (text, _("%s, %s to %s"), day, start, end);
      else
        g_string_printf (text, "%s, %s", day, start);
    }
  parts[0] = lineup_session_get_title (session);
  parts[1] = lineup_session_get_speakers_text (session);
  parts[2] = lineup_session_get_room (session);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || (*parts[i] == '\0' && i > 0))
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, parts[i]);
    }
  return g_string_free (text, FALSE);
}

static void
set_label_shown (GtkLabel    *label,
                 const gchar *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* Rooms longer than this give way to the track beside them only so far. */
#define ROOM_CHARS 20

/* The room is what a person walks to: it is shown whole when it fits in
 * ROOM_CHARS, before the track, which is ellipsized first ("K.4.401
 * Railways and Op…").  A longer one keeps ROOM_CHARS, so that the row
 * never asks the sidebar for more. */
static void
set_room (GtkLabel    *label,
          const gchar *room)
{
  gboolean long_room = room != NULL && g_utf8_strlen (room, -1) > ROOM_CHARS;

  gtk_label_set_ellipsize (label, long_room ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  gtk_label_set_width_chars (label, long_room ? ROOM_CHARS : -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), long_room ? room : _("Room"));
  set_label_shown (label, room);
}

static void
update_texts (LineupSessionRow *self)
{
  LineupSession *session = self->session;
  g_autofree gchar *start = NULL;
  g_autofree gchar *end = NULL;
  g_autofree gchar *accessible = NULL;
  const gchar *title = NULL;

  if (session != NULL)
    {
      gint clock_start, clock_end;

      if (lineup_session_get_clock (session, &clock_start, &clock_end))
        {
          /* a time of day without a day */
          start = lineup_format_minute_local (clock_start);
          end = lineup_format_minute_local (clock_end);
        }
      else
        {
          start = lineup_format_clock_local (lineup_session_get_start (session));
          end = lineup_format_clock_local (lineup_session_get_end (session));
        }
      title = lineup_session_get_title (session);
    }

  /* Translators: shown instead of a start time when the post gives none */
  gtk_label_set_label (self->start_label, start ? start : C_("time", "TBA"));
  gtk_label_set_label (self->end_label, end ? end : "");
  gtk_widget_set_visible (GTK_WIDGET (self->end_label), end != NULL);
  gtk_label_set_label (self->title_label, title ? title : "");
  set_label_shown (self->speakers_label,
                   session != NULL ? lineup_session_get_speakers_text (session) : NULL);
  set_room (self->room_label, session != NULL ? lineup_session_get_room (session) : NULL);
  set_label_shown (self->track_label, session != NULL ? lineup_session_get_track (session) : NULL);

  accessible = format_accessible (session, start, end);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
on_session_notify_cb (LineupSessionRow *self,
                      GParamSpec       *pspec,
                      LineupSession    *session)
{
  const gchar *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "starred") || g_str_equal (name, "maybe") ||
      g_str_equal (name, "conflicts") ||
      g_str_equal (name, "n-conflicts") || g_str_equal (name, "change-note"))
    update_star (self);
  else
    update_texts (self);
}

/* A click cycles the pick: none → going → maybe → none. */
static void
on_star_toggled_cb (LineupSessionRow *self,
                    GtkToggleButton  *button)
{
  LineupPick next;

  if (self->updating_star || self->session == NULL)
    return;

  next = lineup_pick_next (lineup_session_get_pick (self->session));
  /* The window owns the agenda; without one (a row on its own) the
   * session is changed directly. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.set-pick", "(ss)",
                                   lineup_session_get_id (self->session),
                                   lineup_pick_to_string (next)))
    lineup_session_set_pick (self->session, next);

  update_star (self);
}

static void
lineup_session_row_dispose (GObject *object)
{
  LineupSessionRow *self = LINEUP_SESSION_ROW (object);

  lineup_session_row_set_session (self, NULL);
  lineup_session_row_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LINEUP_TYPE_SESSION_ROW);

  G_OBJECT_CLASS (lineup_session_row_parent_class)->dispose (object);
}

static void
lineup_session_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LineupSessionRow *self = LINEUP_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_SHOW_FREE_TIME:
      g_value_set_boolean (value, self->show_free_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LineupSessionRow *self = LINEUP_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      lineup_session_row_set_session (self, g_value_get_object (value));
      break;
    case PROP_POSITION:
      if (self->position != g_value_get_uint (value))
        {
          self->position = g_value_get_uint (value);
          update_context (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_MODEL:
      lineup_session_row_set_model (self, g_value_get_object (value));
      break;
    case PROP_SHOW_FREE_TIME:
      if (self->show_free_time != g_value_get_boolean (value))
        {
          self->show_free_time = g_value_get_boolean (value);
          update_context (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_row_class_init (LineupSessionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lineup_session_row_dispose;
  object_class->get_property = lineup_session_row_get_property;
  object_class->set_property = lineup_session_row_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, LINEUP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The position in the list, bound from GtkListItem:position. */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, G_MAXUINT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The list the row is shown in (its day header and free time come from
   * the talks around it). */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the free time before the talk is shown (in My Agenda). */
  properties[PROP_SHOW_FREE_TIME] =
    g_param_spec_boolean ("show-free-time", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/lineup-session-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, box);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, day_header);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, free_button);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, free_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, start_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, end_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, speakers_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, room_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, track_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, conflict_box);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, conflict_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, change_box);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, change_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, star_button);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionRow, maybe_label);
  gtk_widget_class_bind_template_callback (widget_class, on_star_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lineupsessionrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lineup_session_row_init (LineupSessionRow *self)
{
  self->position = G_MAXUINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  update_texts (self);
  update_star (self);
}

GtkWidget *
lineup_session_row_new (void)
{
  return g_object_new (LINEUP_TYPE_SESSION_ROW, NULL);
}

LineupSession *
lineup_session_row_get_session (LineupSessionRow *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_ROW (self), NULL);

  return self->session;
}

void
lineup_session_row_set_session (LineupSessionRow *self,
                                LineupSession    *session)
{
  g_return_if_fail (LINEUP_IS_SESSION_ROW (self));
  g_return_if_fail (session == NULL || LINEUP_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, on_session_notify_cb, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify", G_CALLBACK (on_session_notify_cb), self,
                             G_CONNECT_SWAPPED);

  update_texts (self);
  update_star (self);
  update_context (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
