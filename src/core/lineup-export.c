/* lineup-export.c — the agenda as iCalendar (libical) or Markdown: the
 * helpers both writers share, and writing files (lineup-export-icalendar.c
 * and lineup-export-markdown.c hold the writers)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-export"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <gio/gunixoutputstream.h>

#include "lineup-export-private.h"
#include "lineup-time-format.h"

G_DEFINE_QUARK (lineup-export-error-quark, lineup_export_error)

/* ---------------------------------------------------------------------- */
/* Helpers shared by both formats                                          */

/* Drops control characters (C0 but tab and newline, DEL, C1): iCalendar
 * TEXT may not hold them, and they have no place in a Markdown file. */
gchar *
lineup_export_clean_text (const gchar *text)
{
  g_autofree gchar *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const gchar *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A URL is written only if it could not break the file it is written to. */
gboolean
lineup_export_url_is_safe (const gchar *url)
{
  if (url == NULL || *url == '\0' || !g_utf8_validate (url, -1, NULL))
    return FALSE;
  for (const guchar *p = (const guchar *) url; *p != '\0'; p++)
    if (*p <= 0x20 || *p == 0x7f)
      return FALSE;
  return TRUE;
}

/* The event zone, or NULL when times are floating or GLib does not know it. */
GTimeZone *
lineup_export_schedule_time_zone (LineupSchedule *schedule)
{
  const gchar *zone_id = lineup_schedule_get_zone_id (schedule);

  if (zone_id == NULL)
    return NULL;
  return g_time_zone_new_identifier (zone_id);
}

/* @dt as wall-clock time in the event zone, or as written when floating. */
GDateTime *
lineup_export_wall_clock (GDateTime     *dt,
                          GTimeZone     *zone,
                          LineupSession *session)
{
  if (dt == NULL)
    return NULL;
  if (zone == NULL || lineup_session_get_floating (session))
    return g_date_time_ref (dt);
  return g_date_time_to_timezone (dt, zone);
}

/* The session's end, or @start plus ASSUMED_MINUTES (*@assumed set) when it
 * gives none, or one that is not after its start.  @start and the result in
 * the same zone. */
GDateTime *
lineup_export_end_or_assumed (GDateTime     *start,
                              GDateTime     *end,
                              gboolean      *assumed)
{
  *assumed = end == NULL || g_date_time_compare (end, start) <= 0;
  if (*assumed)
    return g_date_time_add_minutes (start, ASSUMED_MINUTES);
  return g_date_time_ref (end);
}

gchar *
lineup_export_assumed_end_note (void)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "End time not announced; %u minute assumed.",
                                       "End time not announced; %u minutes assumed.",
                                       ASSUMED_MINUTES),
                          (guint) ASSUMED_MINUTES);
}

static gint
compare_session_ptrs (gconstpointer a,
                      gconstpointer b)
{
  return lineup_session_compare (*(LineupSession **) a, *(LineupSession **) b);
}

GPtrArray *
lineup_export_sorted_copy (GPtrArray *sessions)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (sessions, i)));
  g_ptr_array_sort (copy, compare_session_ptrs);
  return copy;
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */

gboolean
lineup_export_format_for_path (const gchar        *path,
                               LineupExportFormat *format,
                               GError            **error)
{
  g_autofree gchar *lower = NULL;
  g_autofree gchar *display = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_equal (path, "-") || g_str_has_suffix (lower, ".ics"))
    {
      if (format != NULL)
        *format = LINEUP_EXPORT_ICALENDAR;
      return TRUE;
    }
  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    {
      if (format != NULL)
        *format = LINEUP_EXPORT_MARKDOWN;
      return TRUE;
    }

  display = g_filename_display_name (path);
  g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_FORMAT,
               _("Cannot tell the export format of “%s”: name it .ics (iCalendar) "
                 "or .md (Markdown)"), display);
  return FALSE;
}

static const gchar *
format_extension (LineupExportFormat format)
{
  return format == LINEUP_EXPORT_MARKDOWN ? ".md" : ".ics";
}

gchar *
lineup_export_suggest_name (LineupSchedule     *schedule,
                            LineupExportFormat  format)
{
  const gchar *title = schedule != NULL ? lineup_schedule_get_title (schedule) : NULL;
  g_autofree gchar *stem = NULL;
  GString *name;

  if (title == NULL || *title == '\0')
    /* Translators: the file name an exported agenda is given when the
     * post has no title, before its extension */
    stem = g_strdup (_("Agenda"));
  else
    /* Translators: the file name of an exported agenda, before its
     * extension; %s is the post's title */
    stem = g_strdup_printf (_("%s Agenda"), title);

  /* Characters no file name on a common file system takes, or that would
   * make a folder of it. */
  name = g_string_new (NULL);
  for (const gchar *p = stem; *p != '\0' && g_utf8_strlen (name->str, -1) < 120;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
          c == '<' || c == '>' || c == '|' || g_unichar_iscntrl (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
  if (name->len == 0)
    g_string_assign (name, "agenda");
  g_string_append (name, format_extension (format));
  return g_string_free (name, FALSE);
}

gchar *
lineup_export_ensure_extension (const gchar        *name,
                                LineupExportFormat  format)
{
  g_return_val_if_fail (name != NULL, NULL);

  if (lineup_export_format_for_path (name, NULL, NULL) && !g_str_equal (name, "-"))
    return g_strdup (name);
  return g_strconcat (name, format_extension (format), NULL);
}

static gboolean
write_stdout (const gchar  *text,
              GError      **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(GError) local_error = NULL;

  if (!g_output_stream_write_all (out, text, strlen (text), NULL, NULL, &local_error) ||
      !g_output_stream_flush (out, NULL, &local_error))
    {
      g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_WRITE,
                   _("Could not write to standard output: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
lineup_export_write (LineupSchedule *schedule,
                     GPtrArray      *sessions,
                     const gchar    *path,
                     guint          *n_exported,
                     guint          *n_skipped,
                     GError        **error)
{
  return lineup_export_write_full (schedule, sessions, path, lineup_locale_uses_12h_clock (),
                                   n_exported, n_skipped, error);
}

gboolean
lineup_export_write_full (LineupSchedule *schedule,
                          GPtrArray      *sessions,
                          const gchar    *path,
                          gboolean        twelve_hour,
                          guint          *n_exported,
                          guint          *n_skipped,
                          GError        **error)
{
  LineupExportFormat format;
  g_autofree gchar *text = NULL;
  g_autofree gchar *display = NULL;
  g_autoptr(GError) local_error = NULL;
  guint exported = 0, skipped = 0;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (schedule), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_exported != NULL)
    *n_exported = 0;
  if (n_skipped != NULL)
    *n_skipped = 0;

  if (!lineup_export_format_for_path (path, &format, error))
    return FALSE;

  if (format == LINEUP_EXPORT_ICALENDAR)
    text = lineup_export_icalendar (schedule, sessions, NULL, &exported, &skipped);
  else
    text = lineup_export_markdown (schedule, sessions, twelve_hour, &exported, &skipped);

  if (n_exported != NULL)
    *n_exported = exported;
  if (n_skipped != NULL)
    *n_skipped = skipped;

  display = g_str_equal (path, "-") ? g_strdup (_("standard output"))
                                    : g_filename_display_name (path);

  if (exported == 0)
    {
      if (skipped == 1)
        g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                     _("Nothing written to “%s”: the starred talk has no time yet"), display);
      else if (skipped > 1)
        g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Nothing written to “%s”: "
                                  "none of the %u starred talk has a time yet",
                                  "Nothing written to “%s”: "
                                  "none of the %u starred talks has a time yet",
                                  skipped),
                     display, skipped);
      else
        g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                     _("Nothing written to “%s”: no talk is starred"), display);
      return FALSE;
    }

  if (g_str_equal (path, "-"))
    return write_stdout (text, error);

  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, local_error->message);
      return FALSE;
    }

  return TRUE;
}
