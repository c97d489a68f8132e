/* lineup-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-application-private.h"
#include "lineup-cli.h"
#include "lineup-window.h"

G_DEFINE_FINAL_TYPE (LineupApplication, lineup_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "list", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print every talk, in time order"), NULL },
  { "agenda", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the starred talks in time order, conflicts marked"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --list or --agenda: one JSON object per line"), NULL },
  { "star", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL, N_("Star the talk with this id (repeatable)"), N_("ID") },
  { "maybe", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL, N_("Mark the talk with this id as maybe, a backup pick (repeatable)"), N_("ID") },
  { "unstar", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL, N_("Remove the star or maybe of the talk with this id (repeatable)"), N_("ID") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the starred talks to FILE (.ics or .md; - for iCalendar on standard output)"), N_("FILE") },
  { "timezone", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Override the event time zone"), N_("TZID") },
  { "fits", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Print the talks that fit in a free time window, best fit first (END may be a time on START’s day)"), N_("START/END") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[POST.md]") },
  { NULL }
};

/* Runs in the process that was started: the headless commands run and exit
 * here; anything else (the window, with or without files) goes to the
 * primary instance's command_line(), which may be another process. */
static gint
lineup_application_handle_local_options (GApplication *app,
                                         GVariantDict *dict)
{
  g_auto(LineupCliOptions) options = { 0 };
  g_autofree const gchar **remaining = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("lineup %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (dict, "list", "b", &options.list);
  g_variant_dict_lookup (dict, "agenda", "b", &options.agenda);
  g_variant_dict_lookup (dict, "json", "b", &options.json);
  g_variant_dict_lookup (dict, "star", "^as", &options.star);
  g_variant_dict_lookup (dict, "maybe", "^as", &options.maybe);
  g_variant_dict_lookup (dict, "unstar", "^as", &options.unstar);
  g_variant_dict_lookup (dict, "export", "^ay", &options.export_path);
  g_variant_dict_lookup (dict, "timezone", "s", &options.timezone);
  g_variant_dict_lookup (dict, "fits", "s", &options.fits);

  if (!lineup_cli_is_command (&options))
    return -1;

  g_variant_dict_lookup (dict, G_OPTION_REMAINING, "^a&ay", &remaining);
  if (remaining != NULL && remaining[0] != NULL)
    options.sources = g_strdupv ((gchar **) remaining);

  return lineup_cli_run (&options, stdout, stderr);
}

/* In the primary instance: `lineup [--timezone=TZID] [POST.md…]`, started
 * here or in another process (relative paths are taken from that process's
 * working directory). */
static gint
lineup_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *command_line)
{
  LineupApplication *self = LINEUP_APPLICATION (app);
  GVariantDict *dict = g_application_command_line_get_options_dict (command_line);
  g_autofree const gchar **remaining = NULL;
  g_autofree gchar *timezone = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_variant_dict_lookup (dict, "timezone", "s", &timezone))
    lineup_zone_preference_set_override (lineup_application_get_zone_preference (self), timezone);

  g_variant_dict_lookup (dict, G_OPTION_REMAINING, "^a&ay", &remaining);
  for (guint i = 0; remaining != NULL && remaining[i] != NULL; i++)
    g_ptr_array_add (files, g_application_command_line_create_file_for_arg (command_line,
                                                                            remaining[i]));

  if (files->len > 0)
    g_application_open (app, (GFile **) files->pdata, (gint) files->len, "");
  else
    g_application_activate (app);

  return 0;
}

LineupAgenda *
lineup_application_get_agenda (LineupApplication *self)
{
  g_return_val_if_fail (LINEUP_IS_APPLICATION (self), NULL);

  if (self->agenda == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->agenda = lineup_agenda_new (NULL);
      if (!lineup_agenda_load (self->agenda, &error))
        g_printerr ("lineup: %s\n", error->message);
      lineup_agenda_watch (self->agenda);
    }

  return self->agenda;
}

LineupZonePreference *
lineup_application_get_zone_preference (LineupApplication *self)
{
  g_return_val_if_fail (LINEUP_IS_APPLICATION (self), NULL);

  if (self->zone_preference == NULL)
    self->zone_preference = lineup_zone_preference_new ();

  return self->zone_preference;
}

const gchar *
lineup_application_get_zone_override (LineupApplication *self)
{
  g_return_val_if_fail (LINEUP_IS_APPLICATION (self), NULL);

  /* --timezone wins over the preference, which is read each time: the Time
   * Zone menu may have changed it since. */
  return lineup_zone_preference_get_reading_zone (lineup_application_get_zone_preference (self),
                                                  FALSE);
}

static LineupWindow *
lineup_application_new_window (LineupApplication *self)
{
  return g_object_new (LINEUP_TYPE_WINDOW,
                       "application", self,
                       "agenda", lineup_application_get_agenda (self),
                       "zone-preference", lineup_application_get_zone_preference (self),
                       NULL);
}

static void
lineup_application_activate (GApplication *app)
{
  LineupApplication *self = LINEUP_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      g_autoptr(LineupSchedule) schedule = NULL;
      g_autoptr(GError) error = NULL;

      window = GTK_WINDOW (lineup_application_new_window (self));
      schedule = lineup_builtin_post_read (lineup_application_get_zone_override (self),
                                           &error);
      if (schedule != NULL)
        lineup_window_set_schedule (LINEUP_WINDOW (window), schedule);
      else
        g_warning ("The built-in post cannot be read: %s", error->message);

      /* Reopen the sources shown last time; those that have gone or become
       * unreadable are left out (a toast says why), and with none the
       * built-in post stays. */
      lineup_window_restore_sources (LINEUP_WINDOW (window));
    }

  gtk_window_present (window);
}

static void
lineup_application_open (GApplication  *app,
                         GFile        **files,
                         gint           n_files,
                         const gchar   *hint)
{
  LineupApplication *self = LINEUP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* All of them in one window: several sources are shown at once. */
  if (window == NULL)
    window = GTK_WINDOW (lineup_application_new_window (self));
  for (gint i = 0; i < n_files; i++)
    lineup_window_open_file (LINEUP_WINDOW (window), files[i]);
  gtk_window_present (window);
}

static void
lineup_application_shutdown (GApplication *app)
{
  LineupApplication *self = LINEUP_APPLICATION (app);

  if (self->agenda != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* A pending coalesced save must not be lost on quit. */
      if (!lineup_agenda_flush (self->agenda, &error))
        g_printerr ("lineup: %s\n", error->message);
    }

  G_APPLICATION_CLASS (lineup_application_parent_class)->shutdown (app);
}

static void
lineup_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing the windows lets each remember its size. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
  g_application_quit (app);
}

static void
lineup_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const gchar *developers[] = { "The Lineup developers", NULL };
  static const gchar *example_post[] = {
    "“Cilium Talks at KubeCon NA 2023”, Shedrack Akintayo (Isovalent) "
    "https://cilium.io/blog/2023/10/30/cilium-kubecon-na-talks/",
    NULL
  };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Lineup"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Turn a conference post into a personal agenda."),
                        "developers", developers,
                        "copyright", "© 2026 The Lineup developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "issue-url", "https://github.com/lineupapp/lineup/issues",
                        "website", "https://github.com/lineupapp/lineup",
                        NULL);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Built-in Example Post"), example_post);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", lineup_application_quit_action, NULL, NULL, NULL },
  { "about", lineup_application_about_action, NULL, NULL, NULL },
};

static void
lineup_application_startup (GApplication *app)
{
  static const gchar *quit_accels[] = { "<Control>q", NULL };
  static const gchar *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (lineup_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);
  _lineup_application_init_reminders (LINEUP_APPLICATION (app));
}

static void
lineup_application_finalize (GObject *object)
{
  LineupApplication *self = LINEUP_APPLICATION (object);

  _lineup_application_dispose_reminders (self);
  g_clear_object (&self->agenda);
  g_clear_object (&self->zone_preference);

  G_OBJECT_CLASS (lineup_application_parent_class)->finalize (object);
}

static void
lineup_application_class_init (LineupApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lineup_application_finalize;

  app_class->handle_local_options = lineup_application_handle_local_options;
  app_class->command_line = lineup_application_command_line;
  app_class->startup = lineup_application_startup;
  app_class->activate = lineup_application_activate;
  app_class->open = lineup_application_open;
  app_class->shutdown = lineup_application_shutdown;
}

static void
lineup_application_init (LineupApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Turn a conference post into a personal agenda."));
}

LineupApplication *
lineup_application_new (void)
{
  return g_object_new (LINEUP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
