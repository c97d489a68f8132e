/* lineup-read-note.h — what a reader could not make out of a document, with
 * its place
 *
 * A reader keeps going where a post or a schedule defeats it and leaves a
 * note: about one entry (no time found, a day that does not exist, set
 * aside) or about the whole document (no year given, no time zone named).
 * The command line prints them as "FILE:LINE: message"; the window counts
 * the entries and lists them by line, and says the document notes apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ENTRY: an entry read only in part or set aside; NO_TIME, NO_DAY: an
 * entry kept as the document gives it, without a time or without a day
 * (the document's own omission, not the reader's); DOCUMENT: the whole
 * document. */
typedef enum {
  LINEUP_READ_NOTE_ENTRY,
  LINEUP_READ_NOTE_DOCUMENT,
  LINEUP_READ_NOTE_NO_TIME,
  LINEUP_READ_NOTE_NO_DAY,
} LineupReadNoteScope;

typedef struct {
  gchar               *file;    /* the name the reader was given */
  guint                line;    /* 1-based */
  LineupReadNoteScope  scope;
  gchar               *message; /* translated, lower case first as on the command line */
} LineupReadNote;

LineupReadNote *lineup_read_note_new       (const gchar          *file,
                                            guint                 line,
                                            LineupReadNoteScope   scope,
                                            const gchar          *message);
LineupReadNote *lineup_read_note_copy      (const LineupReadNote *note);
void            lineup_read_note_free      (LineupReadNote       *note);
/* "FILE:LINE: message", as the command line prints it. */
gchar          *lineup_read_note_to_string (const LineupReadNote *note);
/* An empty array of notes that frees them. */
GPtrArray      *lineup_read_notes_new      (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LineupReadNote, lineup_read_note_free)

G_END_DECLS
