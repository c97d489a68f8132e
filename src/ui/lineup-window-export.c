/* lineup-window-export.c — the window exports the starred talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

gboolean
lineup_window_export_to (LineupWindow  *self,
                         GFile         *file,
                         GError       **error)
{
  g_autoptr(GPtrArray) starred = NULL;
  g_autofree gchar *path = NULL;
  g_autofree gchar *name = NULL;
  g_autofree gchar *message = NULL;
  g_autofree gchar *uri = NULL;
  guint n_exported = 0;
  guint n_skipped = 0;

  g_return_val_if_fail (LINEUP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (self->schedule == NULL || path == NULL)
    {
      g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                   _("There is nothing to export"));
      _lineup_window_toast_message (self, _("There is nothing to export"));
      return FALSE;
    }

  starred = lineup_schedule_dup_starred (self->schedule);
  if (!lineup_export_write (self->schedule, starred, path, &n_exported, &n_skipped, error))
    {
      _lineup_window_toast_message (self, (error && *error) ? (*error)->message
                                                           : _("The agenda cannot be exported"));
      return FALSE;
    }

  name = g_file_get_basename (file);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported %u talk to %s",
                                          "Exported %u talks to %s",
                                          n_exported),
                             n_exported, name);
  uri = g_file_get_uri (file);
  _lineup_window_toast (self, message, uri);
  return TRUE;
}

static void
save_export (LineupWindow *self,
             GFile        *file,
             gboolean      markdown)
{
  g_autofree gchar *name = g_file_get_basename (file);
  g_autofree gchar *with_extension = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) target = NULL;

  /* The chosen filter decides the format when the name does not
   * ("agenda.ICS" names one too). */
  with_extension = lineup_export_ensure_extension (name,
                                                   markdown ? LINEUP_EXPORT_MARKDOWN
                                                            : LINEUP_EXPORT_ICALENDAR);
  target = g_file_get_child (parent, with_extension);

  lineup_window_export_to (self, target, NULL);
}

static GtkFileFilter *
icalendar_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("iCalendar (.ics)"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  return filter;
}

static GtkFileFilter *
markdown_export_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Markdown (.md)"));
  gtk_file_filter_add_pattern (filter, "*.md");
  return filter;
}

/* Where an export is saved unless the user goes elsewhere: Documents, or
 * the home folder on a system without one. */
static GFile *
export_folder (void)
{
  const gchar *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static void
on_export_chosen_cb (GObject       *owner,
                     GFile         *file,
                     GtkFileFilter *filter)
{
  gboolean markdown = filter != NULL &&
                      g_object_get_data (G_OBJECT (filter), "lineup-markdown") != NULL;

  save_export (LINEUP_WINDOW (owner), file, markdown);
}

void
_lineup_window_show_export_dialog (LineupWindow *self)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) ics = icalendar_filter ();
  g_autoptr(GtkFileFilter) md = markdown_export_filter ();
  g_autoptr(GFile) folder = export_folder ();
  g_autofree gchar *name = lineup_export_suggest_name (self->schedule, LINEUP_EXPORT_ICALENDAR);

  g_object_set_data (G_OBJECT (md), "lineup-markdown", GINT_TO_POINTER (TRUE));
  g_list_store_append (filters, ics);
  g_list_store_append (filters, md);
  lineup_file_dialog_show (GTK_WINDOW (self), LINEUP_FILE_DIALOG_SAVE, _("Export Agenda"),
                           _("_Export"), G_LIST_MODEL (filters), folder, name,
                           on_export_chosen_cb, G_OBJECT (self));
}
