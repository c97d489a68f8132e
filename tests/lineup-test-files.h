/* lineup-test-files.h — temporary folders and agendas, removed with all
 * they hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-agenda.h"

G_BEGIN_DECLS

/* A new folder in the temporary folder, lineup-@name-XXXXXX; @name NULL:
 * the test program's name without "test-" (lineup-window-pick-XXXXXX for
 * test-window-pick).  Fails the test if it cannot be made. */
gchar   *lineup_test_make_temp_dir (const gchar *name);
/* Deletes @path, and all a folder holds (links are deleted, never
 * followed; a read-only folder is made writable first).  Returns whether
 * @path is gone. */
gboolean lineup_test_remove_tree   (const gchar *path);

/* The contents of @path, or @contents (@length -1: up to its nul) written
 * to @path; fail the test if they cannot. */
gchar   *lineup_test_read_text     (const gchar *path);
void     lineup_test_write_text    (const gchar *path,
                                    const gchar *contents,
                                    gssize       length);

/* A temporary folder for an agenda. */
typedef struct
{
  gchar *dir;    /* lineup-NAME-XXXXXX in the temporary folder */
  gchar *path;   /* agenda.yaml in it, not written yet */
} LineupTestAgendaDir;

/* Makes @temp's folder (lineup_test_make_temp_dir (NULL)). */
void          lineup_test_agenda_dir_init     (LineupTestAgendaDir *temp);
/* Removes the folder and all it holds (the agenda, its lock, the copies
 * of a broken one, ...).  Safe on a zeroed @temp. */
void          lineup_test_agenda_dir_clear    (LineupTestAgendaDir *temp);
/* Fails the test if the folder holds anything but the agenda and its
 * lock (a temporary file or a copy left behind). */
void          lineup_test_agenda_dir_assert_tidy (LineupTestAgendaDir *temp);
/* Makes @temp's folder (@temp zeroed) and returns an agenda of @temp->path
 * that saves at once (autosave delay 0), not loaded.  Declare @temp before
 * the agenda: cleared after it, once the agenda has let go of its file. */
LineupAgenda *lineup_test_temp_agenda         (LineupTestAgendaDir *temp);

/* As GTest fixture functions, for a fixture that is a LineupTestAgendaDir. */
void          lineup_test_agenda_dir_set_up    (LineupTestAgendaDir *temp,
                                                gconstpointer        data);
void          lineup_test_agenda_dir_tear_down (LineupTestAgendaDir *temp,
                                                gconstpointer        data);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineupTestAgendaDir, lineup_test_agenda_dir_clear)

G_END_DECLS
