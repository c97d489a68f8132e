/* lineup-file-dialog.c — the Open and Save dialogs, whichever GTK this is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-file-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-file-dialog.h"

typedef struct
{
  LineupFileDialogDone  done;
  GObject              *owner;
} Pending;

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->owner);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

static Pending *
pending_new (LineupFileDialogDone  done,
             GObject              *owner)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->done = done;
  pending->owner = g_object_ref (owner);
  return pending;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  g_autoptr(GFile) file = NULL;

  if (g_object_get_data (object, "lineup-save") != NULL)
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);
  if (file != NULL)
    pending->done (pending->owner, file, NULL);
}

void
lineup_file_dialog_show (GtkWindow            *parent,
                         LineupFileDialogMode  mode,
                         const gchar          *title,
                         const gchar          *accept_label,
                         GListModel           *filters,
                         GFile                *folder,
                         const gchar          *name,
                         LineupFileDialogDone  done,
                         GObject              *owner)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) first = g_list_model_get_item (filters, 0);
  Pending *pending = pending_new (done, owner);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_set_default_filter (dialog, first);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  if (name != NULL)
    gtk_file_dialog_set_initial_name (dialog, name);

  if (mode == LINEUP_FILE_DIALOG_SAVE)
    {
      g_object_set_data (G_OBJECT (dialog), "lineup-save", GINT_TO_POINTER (TRUE));
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done_cb, pending);
    }
  else
    gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done_cb, pending);
}

#else /* GTK < 4.10 */

static void
on_native_response_cb (GtkFileChooserNative *native,
                       gint                  response,
                       Pending              *pending)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        pending->done (pending->owner, file, filter);
    }

  pending_free (pending);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

void
lineup_file_dialog_show (GtkWindow            *parent,
                         LineupFileDialogMode  mode,
                         const gchar          *title,
                         const gchar          *accept_label,
                         GListModel           *filters,
                         GFile                *folder,
                         const gchar          *name,
                         LineupFileDialogDone  done,
                         GObject              *owner)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  guint n = g_list_model_get_n_items (filters);

  native = gtk_file_chooser_native_new (title, parent,
                                        mode == LINEUP_FILE_DIALOG_SAVE
                                        ? GTK_FILE_CHOOSER_ACTION_SAVE
                                        : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        accept_label, _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (chooser, filter);
      if (i == 0)
        gtk_file_chooser_set_filter (chooser, filter);
    }
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb),
                    pending_new (done, owner));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif
