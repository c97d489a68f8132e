/* lineup-export-markdown.c — the starred talks as a Markdown agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lineup-date.h"
#include "lineup-export-private.h"
#include "lineup-markdown.h"
#include "lineup-time-format.h"

/* Escapes the characters that would otherwise turn into markup. */
static void
append_markdown_text (GString     *out,
                      const gchar *text)
{
  g_autofree gchar *clean = lineup_export_clean_text (text);

  for (const gchar *p = clean; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr ("\\`*_[]<>#|", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_markdown_session (GString        *out,
                         LineupSchedule *schedule,
                         LineupSession  *session,
                         GHashTable     *exported_ids,
                         const gchar    *when,
                         gboolean        end_assumed)
{
  const gchar *speakers = lineup_session_get_speakers_text (session);
  const gchar *url = lineup_session_get_url (session);
  const gchar * const *conflicts = lineup_session_get_conflicts (session);
  gboolean first_conflict = TRUE;

  g_string_append (out, "- ");
  if (when != NULL)
    g_string_append_printf (out, "%s · ", when);
  append_markdown_text (out, lineup_session_get_title (session));
  if (speakers != NULL && *speakers != '\0')
    {
      g_string_append (out, " — ");
      append_markdown_text (out, speakers);
    }
  if (lineup_export_url_is_safe (url))
    {
      if (strpbrk (url, "()<>") != NULL)
        g_string_append_printf (out, " ([%s](<%s>))", _("link"), url);
      else
        g_string_append_printf (out, " ([%s](%s))", _("link"), url);
    }

  for (guint i = 0; conflicts != NULL && conflicts[i] != NULL; i++)
    {
      LineupSession *other;

      /* Only overlaps with talks in this agenda matter here. */
      if (!g_hash_table_contains (exported_ids, conflicts[i]))
        continue;
      other = lineup_schedule_find (schedule, conflicts[i]);
      if (other == NULL)
        other = g_hash_table_lookup (exported_ids, conflicts[i]);

      g_string_append (out, first_conflict ? _(" ⚠ overlaps: ") : ", ");
      append_markdown_text (out, other != NULL ? lineup_session_get_title (other) : conflicts[i]);
      first_conflict = FALSE;
    }

  if (end_assumed)
    {
      g_autofree gchar *note = lineup_export_assumed_end_note ();

      g_string_append (out, " (");
      append_markdown_text (out, note);
      g_string_append_c (out, ')');
    }

  g_string_append_c (out, '\n');
}

gchar *
lineup_export_markdown (LineupSchedule *schedule,
                        GPtrArray      *sessions,
                        gboolean        twelve_hour,
                        guint          *n_exported,
                        guint          *n_skipped)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GHashTable) exported_ids = NULL;
  const gchar *title;
  GString *out = g_string_new (NULL);
  guint last_day = 0;
  gboolean untimed_heading = FALSE;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (schedule), NULL);

  zone = lineup_export_schedule_time_zone (schedule);
  sorted = lineup_export_sorted_copy (sessions);
  exported_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < sorted->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sorted, i);

      if (lineup_session_get_id (session) != NULL)
        g_hash_table_insert (exported_ids, (gpointer) lineup_session_get_id (session), session);
    }

  title = lineup_schedule_get_title (schedule);
  g_string_append (out, "# ");
  if (title != NULL && *title != '\0')
    {
      append_markdown_text (out, title);
      g_string_append (out, _(" — my agenda"));
    }
  else
    g_string_append (out, _("My agenda"));
  g_string_append_c (out, '\n');
  if (zone != NULL)
    {
      g_string_append_c (out, '\n');
      /* Translators: under the title of a Markdown agenda, as in "Times in
       * Europe/Berlin."; the zone is an IANA time zone name */
      g_string_append_printf (out, _("Times in %s."), lineup_schedule_get_zone_id (schedule));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < sorted->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sorted, i);
      g_autoptr(GDateTime) start =
        lineup_export_wall_clock (lineup_session_get_start (session), zone, session);
      g_autoptr(GDateTime) given_end =
        lineup_export_wall_clock (lineup_session_get_end (session), zone, session);
      g_autoptr(GDateTime) end = NULL;
      g_autofree gchar *when = NULL;
      gboolean end_assumed = FALSE;

      if (start == NULL && lineup_session_get_day (session, NULL, NULL, NULL))
        {
          /* a day without a time: under its day, after the day's timed talks */
          if (lineup_session_get_day_key (session) != last_day)
            {
              g_autofree gchar *day = lineup_session_format_day_long (session);

              g_string_append_printf (out, "\n## %s\n\n", day);
              last_day = lineup_session_get_day_key (session);
            }
          append_markdown_session (out, schedule, session, exported_ids, NULL, FALSE);
          continue;
        }
      if (start == NULL)
        {
          /* "18:15" of a post that gives no day, else nothing */
          when = lineup_session_format_time_of_day (session, twelve_hour);
          if (!untimed_heading)
            g_string_append_printf (out, "\n## %s\n\n", lineup_session_untimed_label (session));
          untimed_heading = TRUE;
          append_markdown_session (out, schedule, session, exported_ids, when, FALSE);
          continue;
        }
      end = lineup_export_end_or_assumed (start, given_end, &end_assumed);

      if (lineup_day_key_from_date_time (start) != last_day)
        {
          g_autofree gchar *day = lineup_format_day_long (start);

          g_string_append_printf (out, "\n## %s\n\n", day);
          last_day = lineup_day_key_from_date_time (start);
        }

      /* As the window shows it: the clock of the app, the zone named. */
      when = lineup_format_when (start, end, zone == NULL || lineup_session_get_floating (session),
                                 schedule, twelve_hour, FALSE);
      append_markdown_session (out, schedule, session, exported_ids, when, end_assumed);
    }

  if (n_exported != NULL)
    *n_exported = sorted->len;
  if (n_skipped != NULL)
    *n_skipped = 0;

  return g_string_free (out, FALSE);
}

