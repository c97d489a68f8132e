/* lineup-file-dialog.h — the Open and Save dialogs, whichever GTK this is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkFileDialog from GTK 4.10 on, GtkFileChooserNative before it: one call
 * for both, so that each dialog of the app is written once.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  LINEUP_FILE_DIALOG_OPEN,
  LINEUP_FILE_DIALOG_SAVE,
} LineupFileDialogMode;

/* @file: what the user chose; @filter: the filter chosen with it when GTK
 * says (NULL from GtkFileDialog).  Not called when the user cancels. */
typedef void (*LineupFileDialogDone) (GObject       *owner,
                                      GFile         *file,
                                      GtkFileFilter *filter);

/* Shows a modal dialog over @parent.  @filters: GtkFileFilters, the first
 * chosen at first; @folder and @name (for saving) may be NULL.  @owner is
 * kept alive until @done has run (or the dialog was cancelled). */
void lineup_file_dialog_show (GtkWindow            *parent,
                              LineupFileDialogMode  mode,
                              const gchar          *title,
                              const gchar          *accept_label,
                              GListModel           *filters,
                              GFile                *folder,
                              const gchar          *name,
                              LineupFileDialogDone  done,
                              GObject              *owner);

G_END_DECLS
