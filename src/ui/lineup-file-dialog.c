/* lineup-file-dialog.c — the Open and Save dialogs, whichever GTK this is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-file-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-file-dialog.h"

/* What the dialog is to show, as the caller asked. */
typedef struct
{
  GtkWindow            *parent;
  LineupFileDialogMode  mode;
  const gchar          *title;
  const gchar          *accept_label;
  GListModel           *filters;
  GFile                *folder;
  const gchar          *name;
} Request;

/* Whom to tell, once the user has chosen. */
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

static void
show_dialog (const Request *request,
             Pending       *pending)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) first = g_list_model_get_item (request->filters, 0);

  gtk_file_dialog_set_title (dialog, request->title);
  gtk_file_dialog_set_filters (dialog, request->filters);
  gtk_file_dialog_set_default_filter (dialog, first);
  if (request->folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, request->folder);
  if (request->name != NULL)
    gtk_file_dialog_set_initial_name (dialog, request->name);

  if (request->mode == LINEUP_FILE_DIALOG_SAVE)
    {
      g_object_set_data (G_OBJECT (dialog), "lineup-save", GINT_TO_POINTER (TRUE));
      gtk_file_dialog_save (dialog, request->parent, NULL, on_dialog_done_cb, pending);
    }
  else
    gtk_file_dialog_open (dialog, request->parent, NULL, on_dialog_done_cb, pending);
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

static void
show_dialog (const Request *request,
             Pending       *pending)
{
  GtkFileChooserAction action = request->mode == LINEUP_FILE_DIALOG_SAVE
                                ? GTK_FILE_CHOOSER_ACTION_SAVE
                                : GTK_FILE_CHOOSER_ACTION_OPEN;
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  guint n = g_list_model_get_n_items (request->filters);

  native = gtk_file_chooser_native_new (request->title, request->parent, action,
                                        request->accept_label, _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (request->filters, i);

      gtk_file_chooser_add_filter (chooser, filter);
      if (i == 0)
        gtk_file_chooser_set_filter (chooser, filter);
    }
  if (request->folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, request->folder, NULL);
  if (request->name != NULL)
    gtk_file_chooser_set_current_name (chooser, request->name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

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
  const Request request = { parent, mode, title, accept_label, filters, folder, name };
  Pending *pending;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_LIST_MODEL (filters) && g_list_model_get_n_items (filters) > 0);

  pending = g_new0 (Pending, 1);
  pending->done = done;
  pending->owner = g_object_ref (owner);
  show_dialog (&request, pending);
}
