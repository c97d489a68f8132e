/* lineup-window-notes.c — what the reader could not make out of the post:
 * a banner with how many entries, and a dialog that lists them with their
 * lines
 *
 * The reader keeps going where a post defeats it and leaves a LineupReadNote
 * per place: about one entry (no time, no day, set aside) or about the whole
 * post (no year given, no zone named).  The command line prints them; the
 * window says so above the list, as it does for an unreadable agenda, so
 * that a talk left out or listed without a time is not taken for the post's
 * own doing.  The banner counts the entries; a note about the whole post is
 * said as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lineup-window-private.h"

static GPtrArray *
get_notes (LineupWindow *self)
{
  GPtrArray *notes = self->schedule != NULL ? lineup_schedule_get_notes (self->schedule) : NULL;

  return notes != NULL && notes->len > 0 ? notes : NULL;
}

/* The reader's messages start in lower case, as on the command line. */
static gchar *
capitalize (const gchar *message)
{
  gunichar first = g_utf8_get_char (message);
  gchar upper[8] = { 0 };

  if (first == 0 || !g_unichar_islower (first))
    return g_strdup (message);
  g_unichar_to_utf8 (g_unichar_totitle (first), upper);
  return g_strconcat (upper, g_utf8_next_char (message), NULL);
}

gchar *
_lineup_window_format_note (const LineupReadNote *note)
{
  g_autofree gchar *message = capitalize (note->message);

  if (note->scope == LINEUP_READ_NOTE_DOCUMENT)
    return g_steal_pointer (&message);
  /* Translators: one entry of the post that could not be read fully, in
   * the list of them: its line in the post and why, "Line 42 — No time
   * found for “Keynote”" */
  return g_strdup_printf (_("Line %u — %s"), note->line, message);
}

/* "3 entries could not be read fully", or the note about the whole post
 * when no entry has one.  When every entry was read and the post itself
 * gives no time or no day for some, it says so: "The post gives no time
 * for 7 talks". */
static gchar *
format_heading (LineupWindow *self,
                GPtrArray    *notes)
{
  guint n = lineup_schedule_count_entry_notes (self->schedule);
  guint no_time = lineup_schedule_count_notes (self->schedule, LINEUP_READ_NOTE_NO_TIME);
  guint no_day = lineup_schedule_count_notes (self->schedule, LINEUP_READ_NOTE_NO_DAY);

  if (n == 0)
    return _lineup_window_format_note (g_ptr_array_index (notes, 0));
  if (n == no_time)
    /* Translators: the notice above the talks of a post that gives their
     * days but not their times */
    return g_strdup_printf (ngettext ("The post gives no time for %u talk",
                                      "The post gives no time for %u talks", n), n);
  if (n == no_day)
    /* Translators: the notice above the talks of a post that gives their
     * times but not their days */
    return g_strdup_printf (ngettext ("The post gives no day for %u talk",
                                      "The post gives no day for %u talks", n), n);
  /* Translators: the notice above the talks when the post had entries
   * without a time, without a day, or set aside */
  return g_strdup_printf (ngettext ("%u entry could not be read fully",
                                    "%u entries could not be read fully", n), n);
}

/* Shows the banner for the post shown, unless it has nothing to say or was
 * dismissed for this post (the same post read again in another zone keeps
 * it dismissed). */
void
_lineup_window_update_notes (LineupWindow *self)
{
  GPtrArray *notes = get_notes (self);
  const gchar *key = self->schedule != NULL ? lineup_schedule_get_key (self->schedule) : NULL;
  gboolean shown;

  if (self->notes_dismissed_key != NULL && g_strcmp0 (self->notes_dismissed_key, key) != 0)
    g_clear_pointer (&self->notes_dismissed_key, g_free);
  shown = notes != NULL && self->notes_dismissed_key == NULL;

  if (notes != NULL)
    {
      g_autofree gchar *text = format_heading (self, notes);

      gtk_label_set_text (self->notes_label, text);
    }
  gtk_revealer_set_reveal_child (self->notes_revealer, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_revealer), shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-read-notes", notes != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-read-notes", shown);

  /* Its list was of the schedule shown before. */
  if (self->notes_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->notes_dialog));
}

static GtkWidget *
notes_list_new (GPtrArray *notes)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Entries Not Read Fully"),
                                  -1);
  for (guint i = 0; i < notes->len; i++)
    {
      g_autofree gchar *text = _lineup_window_format_note (g_ptr_array_index (notes, i));
      GtkWidget *row = adw_action_row_new ();

      /* The post's text: never markup; selectable to be copied. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  return scroller;
}

static void
on_notes_response_cb (LineupWindow     *self,
                      const gchar      *response,
                      AdwMessageDialog *dialog)
{
  g_autoptr(GPtrArray) warnings = self->schedule != NULL
                                  ? lineup_schedule_dup_warnings (self->schedule) : NULL;
  g_autoptr(GString) text = NULL;

  if (g_strcmp0 (response, "copy") != 0 || warnings == NULL)
    return;

  /* As the command line prints them: with the file, for a bug report. */
  text = g_string_new (NULL);
  for (guint i = 0; i < warnings->len; i++)
    g_string_append_printf (text, "%s\n", (const gchar *) g_ptr_array_index (warnings, i));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text->str);
  _lineup_window_toast_message (self, _("Copied"));
}

static void
on_notes_destroyed_cb (LineupWindow *self)
{
  self->notes_dialog = NULL;
}

/* win.show-read-notes: the dialog that lists the notes. */
void
_lineup_window_show_read_notes (LineupWindow *self)
{
  GPtrArray *notes = get_notes (self);
  g_autofree gchar *heading = NULL;
  GtkWidget *dialog;

  if (notes == NULL)
    return;
  if (self->notes_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->notes_dialog));
      return;
    }

  heading = format_heading (self, notes);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Lineup could not fully make out how the post writes these "
                                     "entries: check their talks against the post."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), notes_list_new (notes));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "copy", _("C_opy All"),
                                    "close", _("_Close"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_notes_response_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_notes_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  self->notes_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.dismiss-read-notes: no banner for this post until another is shown. */
void
_lineup_window_dismiss_read_notes (LineupWindow *self)
{
  if (self->schedule == NULL)
    return;
  g_free (self->notes_dismissed_key);
  self->notes_dismissed_key = g_strdup (lineup_schedule_get_key (self->schedule));
  _lineup_window_update_notes (self);
}

void
_lineup_window_class_init_notes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, notes_revealer);
  gtk_widget_class_bind_template_child (widget_class, LineupWindow, notes_label);
}

void
_lineup_window_dispose_notes (LineupWindow *self)
{
  if (self->notes_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->notes_dialog));
  g_clear_pointer (&self->notes_dismissed_key, g_free);
}

const gchar *
lineup_window_get_notes_text (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->notes_revealer)))
    return NULL;
  return gtk_label_get_text (self->notes_label);
}

GtkWidget *
lineup_window_get_notes_dialog (LineupWindow *self)
{
  g_return_val_if_fail (LINEUP_IS_WINDOW (self), NULL);

  return self->notes_dialog;
}
