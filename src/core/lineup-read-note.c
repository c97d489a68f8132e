/* lineup-read-note.c — what a reader could not make out of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lineup-read-note.h"

LineupReadNote *
lineup_read_note_new (const gchar         *file,
                      guint                line,
                      LineupReadNoteScope  scope,
                      const gchar         *message)
{
  LineupReadNote *note = g_new0 (LineupReadNote, 1);

  g_return_val_if_fail (message != NULL, NULL);

  note->file = g_strdup (file != NULL ? file : "");
  note->line = MAX (line, 1);
  note->scope = scope;
  note->message = g_strdup (message);
  return note;
}

LineupReadNote *
lineup_read_note_copy (const LineupReadNote *note)
{
  g_return_val_if_fail (note != NULL, NULL);
  return lineup_read_note_new (note->file, note->line, note->scope, note->message);
}

void
lineup_read_note_free (LineupReadNote *note)
{
  if (note == NULL)
    return;
  g_free (note->file);
  g_free (note->message);
  g_free (note);
}

gchar *
lineup_read_note_to_string (const LineupReadNote *note)
{
  g_return_val_if_fail (note != NULL, NULL);
  return g_strdup_printf ("%s:%u: %s", note->file, note->line, note->message);
}

GPtrArray *
lineup_read_notes_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_read_note_free);
}
