/* lineup-session-view.c — the detail pane: one talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "lineup-markdown-view.h"
#include "lineup-session-view.h"

struct _LineupSessionView
{
  GtkWidget           parent_instance;

  LineupSession      *session;
  LineupSchedule     *schedule;
  gulong              notify_id;
  guint               syncing_star : 1;

  /* Template widgets */
  GtkStack           *stack;
  AdwStatusPage      *status_page;
  GtkScrolledWindow  *scroller;
  GtkLabel           *track_label;
  GtkLabel           *title_label;
  GtkToggleButton    *star_button;
  GtkMenuButton      *pick_button;
  GtkBox             *speakers_box;
  GtkLabel           *place_label;
  GtkLabel           *time_label;
  GtkButton          *url_button;
  GtkBox             *conflicts_box;
  GtkListBox         *conflicts_list;
  LineupMarkdownView *description_view;
};

G_DEFINE_FINAL_TYPE (LineupSessionView, lineup_session_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SCHEDULE,
  N_PROPS
};

enum {
  TOGGLE_STAR,
  SESSION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Time ------------------------------------------------------------------- */

gchar *
lineup_session_format_overlap_time (LineupSession *session,
                                    LineupSession *other)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree gchar *from = NULL;
  g_autofree gchar *to = NULL;
  gboolean twelve = lineup_locale_uses_12h_clock ();
  guint minutes;

  g_return_val_if_fail (LINEUP_IS_SESSION (session), NULL);
  g_return_val_if_fail (LINEUP_IS_SESSION (other), NULL);

  minutes = lineup_conflicts_overlap (session, other, &start, &end);
  if (minutes == 0)
    return NULL;

  from = lineup_format_clock (start, twelve, TRUE);
  to = lineup_format_clock (end, twelve, TRUE);
  /* Translators: the time two talks both take and its length, as in
   * "5:25 PM – 6:00 PM (35 min)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s (%u min)", "%s – %s (%u min)",
                                       minutes),
                          from, to, minutes);
}

gchar *
lineup_session_format_overlap (LineupSession *session,
                               LineupSession *other)
{
  g_autofree gchar *overlap = lineup_session_format_overlap_time (session, other);
  const gchar *title = lineup_session_get_title (other);

  if (title == NULL)
    title = "";
  if (overlap == NULL)
    /* Translators: a starred talk that overlaps the one shown; %s is its title */
    return g_strdup_printf (_("Overlaps %s"), title);
  /* Translators: a starred talk that overlaps the one shown: its title, then
   * the time both take, as in "Overlaps Service Mesh Battle Scars, 5:25 PM –
   * 6:00 PM (35 min)" */
  return g_strdup_printf (_("Overlaps %s, %s"), title, overlap);
}

gchar *
lineup_session_format_time (LineupSession  *session,
                            LineupSchedule *schedule)
{
  return lineup_session_format_when (session, schedule, lineup_locale_uses_12h_clock ());
}

gchar *
lineup_session_format_time_with_clock (LineupSession  *session,
                                       LineupSchedule *schedule,
                                       gboolean        twelve)
{
  return lineup_session_format_when (session, schedule, twelve);
}

/* Updating the widgets --------------------------------------------------- */

static void
update_title (LineupSessionView *self)
{
  const gchar *title = lineup_session_get_title (self->session);

  gtk_label_set_text (self->title_label, title != NULL ? title : "");
}

static void
update_track (LineupSessionView *self)
{
  const gchar *track = lineup_session_get_track (self->session);

  gtk_label_set_text (self->track_label, track != NULL ? track : "");
  gtk_widget_set_visible (GTK_WIDGET (self->track_label), track != NULL && *track != '\0');
}

static GtkWidget *
speaker_label_new (const LineupSpeaker *speaker)
{
  g_autoptr(GString) text = g_string_new (speaker->name);
  GtkWidget *label;

  if (speaker->affiliation != NULL && *speaker->affiliation != '\0')
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      PangoAttribute *dim;

      /* Translators: between a speaker's name and organisation */
      g_string_append (text, _(", "));
      dim = pango_attr_foreground_alpha_new (36000);
      dim->start_index = text->len;
      g_string_append (text, speaker->affiliation);
      dim->end_index = text->len;
      pango_attr_list_insert (attrs, dim);

      label = gtk_label_new (text->str);
      gtk_label_set_attributes (GTK_LABEL (label), attrs);
    }
  else
    label = gtk_label_new (text->str);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static void
update_speakers (LineupSessionView *self)
{
  GPtrArray *speakers = lineup_session_get_speakers (self->session);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->speakers_box))) != NULL)
    gtk_box_remove (self->speakers_box, child);

  for (guint i = 0; speakers != NULL && i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      if (speaker == NULL || speaker->name == NULL || *speaker->name == '\0')
        continue;
      gtk_box_append (self->speakers_box, speaker_label_new (speaker));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->speakers_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->speakers_box)) != NULL);
}

/* Where the talk comes from, when several sources are shown at once:
 * "From Cilium Talks at KubeCon NA 2023, Co-located Events (official)". */
static void
append_sources (LineupSessionView *self,
                GString           *text)
{
  const gchar *source = lineup_session_get_source_title (self->session);
  GPtrArray *twins = lineup_session_get_twins (self->session);
  g_autoptr(GString) names = NULL;

  if (source == NULL || self->schedule == NULL ||
      g_strcmp0 (source, lineup_schedule_get_title (self->schedule)) == 0)
    return;
  names = g_string_new (source);
  for (guint i = 0; twins != NULL && i < twins->len; i++)
    {
      const gchar *other = lineup_session_get_source_title (g_ptr_array_index (twins, i));

      if (other != NULL)
        g_string_append_printf (names, ", %s", other);
    }
  if (text->len > 0)
    g_string_append (text, " · ");
  /* Translators: %s is the title of the schedule or post a talk comes from,
   * or several, separated by commas */
  g_string_append_printf (text, _("From %s"), names->str);
}

/* Where, what kind of session and in which language, as far as the
 * source says: "K.1.105 (La Fontaine) · Lecture · Language: en". */
static void
update_place (LineupSessionView *self)
{
  const gchar *room = lineup_session_get_room (self->session);
  const gchar *kind = lineup_session_get_kind (self->session);
  const gchar *language = lineup_session_get_language (self->session);
  g_autoptr(GString) text = g_string_new (NULL);

  if (room != NULL && *room != '\0')
    g_string_append (text, room);
  if (kind != NULL && *kind != '\0')
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, kind);
    }
  if (language != NULL && *language != '\0')
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: %s is the language a talk is given in, as the source
       * writes it ("en", "German") */
      g_string_append_printf (text, _("Language: %s"), language);
    }
  append_sources (self, text);

  gtk_label_set_text (self->place_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->place_label), text->len > 0);
}

static void
update_time (LineupSessionView *self)
{
  g_autofree gchar *text = lineup_session_format_time (self->session, self->schedule);

  gtk_label_set_text (self->time_label, text);
}

static void
update_url (LineupSessionView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->url_button),
                          lineup_link_is_web (lineup_session_get_url (self->session)));
}

static void
update_description (LineupSessionView *self)
{
  const gchar *description = lineup_session_get_description (self->session);

  lineup_markdown_view_set_markdown (self->description_view, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_view),
                          description != NULL && *description != '\0');
}

/* The menu beside the star: each kind of pick for the talk shown. */
static GMenuModel *
pick_menu_new (LineupSession *session)
{
  const struct
  {
    const gchar *label;
    LineupPick   pick;
  } items[] = {
    /* Translators: a menu item: the user will go to the talk (it is starred) */
    { N_("Going"), LINEUP_PICK_GOING },
    /* Translators: a menu item: the talk is a backup pick */
    { N_("Maybe"), LINEUP_PICK_MAYBE },
    /* Translators: a menu item: the talk is neither starred nor maybe */
    { N_("Not Picked"), LINEUP_PICK_NONE },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, "win.set-pick",
                                               g_variant_new ("(ss)",
                                                              lineup_session_get_id (session),
                                                              lineup_pick_to_string (items[i].pick)));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

/* The star button says what a click does next: none → going → maybe → none. */
static void
update_star (LineupSessionView *self)
{
  LineupPick pick = self->session != NULL ? lineup_session_get_pick (self->session)
                                          : LINEUP_PICK_NONE;
  g_autoptr(GMenuModel) menu = NULL;
  const gchar *name;

  if (pick == LINEUP_PICK_GOING)
    name = _("Mark as Maybe");
  else if (pick == LINEUP_PICK_MAYBE)
    name = _("Remove from Picks");
  else
    name = _("Star");

  self->syncing_star = TRUE;
  gtk_toggle_button_set_active (self->star_button, pick != LINEUP_PICK_NONE);
  self->syncing_star = FALSE;

  gtk_button_set_icon_name (GTK_BUTTON (self->star_button),
                            pick == LINEUP_PICK_GOING ? "starred-symbolic"
                                                      : "non-starred-symbolic");
  if (pick == LINEUP_PICK_MAYBE)
    gtk_widget_add_css_class (GTK_WIDGET (self->star_button), "lineup-maybe");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->star_button), "lineup-maybe");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->star_button), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->star_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  if (self->session != NULL)
    menu = pick_menu_new (self->session);
  gtk_menu_button_set_menu_model (self->pick_button, menu);
}

static GtkWidget *
conflict_row_new (LineupSessionView *self,
                  LineupSession     *other)
{
  g_autofree gchar *when = lineup_session_format_time (other, self->schedule);
  g_autofree gchar *overlap = lineup_session_format_overlap_time (self->session, other);
  g_autofree gchar *sentence = lineup_session_format_overlap (self->session, other);
  g_autofree gchar *subtitle = NULL;
  const gchar *title = lineup_session_get_title (other);
  GtkWidget *row = adw_action_row_new ();

  /* "Tue, Nov 7 · 4:30 – 6:00 PM CST", then how much of it is taken twice. */
  if (overlap != NULL)
    /* Translators: the second line of an overlapping talk in the detail
     * pane: the time both talks take, as in "Overlap: 5:25 – 6:00 PM (35 min)" */
    subtitle = g_strdup_printf (_("%s\nOverlap: %s"), when, overlap);
  else
    subtitle = g_strdup (when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "lineup-session",
                          g_object_ref (other), g_object_unref);
  return row;
}

static void
update_conflicts (LineupSessionView *self)
{
  const gchar * const *ids = lineup_session_get_conflicts (self->session);
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->conflicts_list))) != NULL)
    gtk_list_box_remove (self->conflicts_list, child);

  for (guint i = 0; self->schedule != NULL && ids != NULL && ids[i] != NULL; i++)
    {
      LineupSession *other = lineup_schedule_find (self->schedule, ids[i]);

      if (other == NULL || other == self->session)
        continue;
      gtk_list_box_append (self->conflicts_list, conflict_row_new (self, other));
      any = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_box), any);
}

static void
update_all (LineupSessionView *self)
{
  if (self->session == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_star (self);
      return;
    }

  update_track (self);
  update_title (self);
  update_speakers (self);
  update_place (self);
  update_time (self);
  update_url (self);
  update_star (self);
  update_conflicts (self);
  update_description (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
  gtk_stack_set_visible_child_name (self->stack, "session");
}

static void
on_session_notify_cb (LineupSessionView *self,
                      GParamSpec        *pspec,
                      LineupSession     *session)
{
  const gchar *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "title"))
    update_title (self);
  else if (g_str_equal (name, "track"))
    update_track (self);
  else if (g_str_equal (name, "speakers"))
    update_speakers (self);
  else if (g_str_equal (name, "room") || g_str_equal (name, "kind") ||
           g_str_equal (name, "language"))
    update_place (self);
  else if (g_str_equal (name, "start") || g_str_equal (name, "end"))
    update_time (self);
  else if (g_str_equal (name, "url"))
    update_url (self);
  else if (g_str_equal (name, "description"))
    update_description (self);
  else if (g_str_equal (name, "starred") || g_str_equal (name, "maybe"))
    update_star (self);
  else if (g_str_equal (name, "conflicts"))
    update_conflicts (self);
}

/* Template callbacks ----------------------------------------------------- */

static void
on_star_toggled_cb (GtkToggleButton   *button,
                    LineupSessionView *self)
{
  g_autoptr(LineupSession) session = NULL;

  if (self->syncing_star || self->session == NULL)
    return;

  session = g_object_ref (self->session);
  g_signal_emit (self, signals[TOGGLE_STAR], 0, session);

  /* The button shows the model, not the click: if no handler starred the
   * talk (or the agenda could not be saved), it goes back. */
  update_star (self);
}

static void
on_url_clicked_cb (GtkButton         *button,
                   LineupSessionView *self)
{
  const gchar *url;
  GtkRoot *root;

  if (self->session == NULL)
    return;
  url = lineup_session_get_url (self->session);
  if (!lineup_link_is_web (url))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
on_conflict_activated_cb (GtkListBox        *list,
                          GtkListBoxRow     *row,
                          LineupSessionView *self)
{
  LineupSession *other = g_object_get_data (G_OBJECT (row), "lineup-session");

  if (other != NULL)
    {
      g_autoptr(LineupSession) hold = g_object_ref (other);

      g_signal_emit (self, signals[SESSION_ACTIVATED], 0, hold);
    }
}

/* GObject ---------------------------------------------------------------- */

static void
lineup_session_view_dispose (GObject *object)
{
  LineupSessionView *self = LINEUP_SESSION_VIEW (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->notify_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->schedule);

  gtk_widget_dispose_template (GTK_WIDGET (self), LINEUP_TYPE_SESSION_VIEW);

  G_OBJECT_CLASS (lineup_session_view_parent_class)->dispose (object);
}

static void
lineup_session_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LineupSessionView *self = LINEUP_SESSION_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SCHEDULE:
      g_value_set_object (value, self->schedule);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LineupSessionView *self = LINEUP_SESSION_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      lineup_session_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_SCHEDULE:
      lineup_session_view_set_schedule (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_view_class_init (LineupSessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lineup_session_view_dispose;
  object_class->get_property = lineup_session_view_get_property;
  object_class->set_property = lineup_session_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, LINEUP_TYPE_SESSION, rw);
  properties[PROP_SCHEDULE] =
    g_param_spec_object ("schedule", NULL, NULL, LINEUP_TYPE_SCHEDULE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LineupSessionView::toggle-star:
   * @session: the talk shown
   *
   * The user pressed the star button. The view does not star anything
   * itself: the handler updates the agenda (the window cycles the pick:
   * none → going → maybe → none), and the button follows
   * #LineupSession:starred and #LineupSession:maybe.  The menu beside it
   * activates "win.set-pick" (id, "going" | "maybe" | "none").
   */
  signals[TOGGLE_STAR] =
    g_signal_new ("toggle-star",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LINEUP_TYPE_SESSION);

  /**
   * LineupSessionView::session-activated:
   * @other: a starred talk this one overlaps
   *
   * The user activated a talk in the conflicts list.
   */
  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LINEUP_TYPE_SESSION);

  g_type_ensure (LINEUP_TYPE_MARKDOWN_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/lineup-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, status_page);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, track_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, place_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, star_button);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, pick_button);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, speakers_box);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, time_label);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, url_button);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, conflicts_box);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, LineupSessionView, description_view);
  gtk_widget_class_bind_template_callback (widget_class, on_star_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_url_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_conflict_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lineup-session-view");
}

static void
lineup_session_view_init (LineupSessionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_all (self);
}

GtkWidget *
lineup_session_view_new (void)
{
  return g_object_new (LINEUP_TYPE_SESSION_VIEW, NULL);
}

LineupSession *
lineup_session_view_get_session (LineupSessionView *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_VIEW (self), NULL);
  return self->session;
}

void
lineup_session_view_set_session (LineupSessionView *self,
                                 LineupSession     *session)
{
  g_return_if_fail (LINEUP_IS_SESSION_VIEW (self));
  g_return_if_fail (session == NULL || LINEUP_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_clear_signal_handler (&self->notify_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->notify_id = g_signal_connect_object (session, "notify",
                                               G_CALLBACK (on_session_notify_cb),
                                               self, G_CONNECT_SWAPPED);

  update_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

LineupSchedule *
lineup_session_view_get_schedule (LineupSessionView *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_VIEW (self), NULL);
  return self->schedule;
}

void
lineup_session_view_set_schedule (LineupSessionView *self,
                                  LineupSchedule    *schedule)
{
  g_return_if_fail (LINEUP_IS_SESSION_VIEW (self));
  g_return_if_fail (schedule == NULL || LINEUP_IS_SCHEDULE (schedule));

  if (!g_set_object (&self->schedule, schedule))
    return;

  if (self->session != NULL)
    {
      update_time (self);
      update_conflicts (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
}
