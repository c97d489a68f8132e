/* lineup-source-common.c — what the readers of published schedules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "lineup-post-document.h"
#include "lineup-slot.h"
#include "lineup-source-reader-private.h"
#include "lineup-text.h"

void
lineup_source_set_error (GError                 **error,
                         const LineupSourceInput *input,
                         guint                    line,
                         const gchar             *format,
                         ...)
{
  g_autofree gchar *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED, "%s:%u: %s",
               input->display_name, MAX (line, 1), message);
}

static void
add_note (GPtrArray               *warnings,
          const LineupSourceInput *input,
          guint                    line,
          LineupReadNoteScope      scope,
          const gchar             *format,
          va_list                  args) G_GNUC_PRINTF (5, 0);

static void
add_note (GPtrArray               *warnings,
          const LineupSourceInput *input,
          guint                    line,
          LineupReadNoteScope      scope,
          const gchar             *format,
          va_list                  args)
{
  g_autofree gchar *message = g_strdup_vprintf (format, args);

  g_ptr_array_add (warnings, lineup_read_note_new (input->display_name, line, scope, message));
}

void
lineup_source_warn (GPtrArray               *warnings,
                    const LineupSourceInput *input,
                    guint                    line,
                    const gchar             *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  add_note (warnings, input, line, LINEUP_READ_NOTE_ENTRY, format, args);
  va_end (args);
}

void
lineup_source_warn_document (GPtrArray               *warnings,
                             const LineupSourceInput *input,
                             guint                    line,
                             const gchar             *format,
                             ...)
{
  va_list args;

  va_start (args, format);
  add_note (warnings, input, line, LINEUP_READ_NOTE_DOCUMENT, format, args);
  va_end (args);
}

gboolean
lineup_source_zones (const LineupSourceInput *input,
                     const gchar             *source_zone_id,
                     GTimeZone              **show_tz,
                     gchar                  **zone_id,
                     GError                 **error)
{
  const gchar *id = input->zone_override ? input->zone_override : source_zone_id;

  *show_tz = NULL;
  *zone_id = NULL;
  if (id == NULL)
    return TRUE;
  *show_tz = g_time_zone_new_identifier (id);
  if (*show_tz != NULL)
    {
      *zone_id = g_strdup (id);
      return TRUE;
    }
  if (input->zone_override != NULL)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_BAD_ZONE,
                   _("“%s” is not a known time zone (use a name like Europe/Berlin)"),
                   input->zone_override);
      return FALSE;
    }
  /* A zone the source names that this computer does not know: floating. */
  return TRUE;
}

/* tzdata's zone names ("Europe/Amsterdam"), from its tables; zone.tab keeps
 * the zones zone1970.tab merged (Amsterdam into Brussels). */
static GPtrArray *
load_zone_names (void)
{
  const gchar *dir = g_getenv ("TZDIR");
  const gchar *tables[] = { "zone1970.tab", "zone.tab" };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  if (dir == NULL || *dir == '\0')
    dir = "/usr/share/zoneinfo";
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree gchar *path = g_build_filename (dir, tables[t], NULL);
      g_autofree gchar *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = NULL;

          if (lines[i][0] == '#' || lines[i][0] == '\0')
            continue;
          fields = g_strsplit (lines[i], "\t", 4);
          if (g_strv_length (fields) < 3 || g_hash_table_contains (seen, fields[2]))
            continue;
          g_ptr_array_add (names, g_strdup (fields[2]));
          g_hash_table_add (seen, g_ptr_array_index (names, names->len - 1));
        }
    }
  return names;
}

/* Whether @word occurs in @text as a whole word (both folded). */
static gboolean
has_word (const gchar *text,
          const gchar *word)
{
  gsize n = strlen (word);

  if (n == 0)
    return FALSE;
  for (const gchar *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean starts = p == text || !g_ascii_isalnum (p[-1]);
      gboolean ends = !g_ascii_isalnum (p[n]);

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

gchar *
lineup_source_zone_for_place (const gchar *place)
{
  static GPtrArray *names;
  g_autofree gchar *folded = NULL;
  const gchar *best = NULL;
  gsize best_length = 0;
  guint city;

  if (place == NULL || *place == '\0')
    return NULL;
  /* Event cities whose zone is not named after them (Salt Lake City). */
  city = lineup_slot_zone_find_place (place);
  if (city != 0)
    return g_strdup (lineup_slot_zone_of_place (city));

  if (g_once_init_enter (&names))
    g_once_init_leave (&names, load_zone_names ());
  folded = lineup_text_fold (place);
  for (guint i = 0; i < names->len; i++)
    {
      const gchar *name = g_ptr_array_index (names, i);
      const gchar *slash = strrchr (name, '/');
      g_autofree gchar *city_name = NULL;
      g_autofree gchar *city_folded = NULL;

      if (slash == NULL)
        continue;
      city_name = g_strdup (slash + 1);
      g_strdelimit (city_name, "_", ' ');
      city_folded = lineup_text_fold (city_name);
      if (strlen (city_folded) > best_length && has_word (folded, city_folded))
        {
          best = name;
          best_length = strlen (city_folded);
        }
    }
  return g_strdup (best);
}

void
lineup_source_unique_ids (GPtrArray *sessions)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sessions, i);
      const gchar *id = lineup_session_get_id (session);

      if (g_hash_table_contains (seen, id))
        for (guint n = 2;; n++)
          {
            g_autofree gchar *unique = g_strdup_printf ("%s-%u", id, n);

            if (!g_hash_table_contains (seen, unique))
              {
                lineup_session_set_id (session, unique);
                break;
              }
          }
      g_hash_table_add (seen, g_strdup (lineup_session_get_id (session)));
    }
}

LineupSchedule *
lineup_source_schedule_new (const LineupSourceInput *input,
                            const gchar             *title,
                            const gchar             *key_hint,
                            const gchar             *zone_id,
                            GPtrArray               *sessions,
                            GPtrArray               *warnings)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autofree gchar *hint = g_strstrip (g_strdup (key_hint ? key_hint : ""));

  lineup_schedule_set_title (schedule, title && *title ? title : input->display_name);
  lineup_schedule_set_key (schedule, *hint != '\0' ? hint : input->key);
  lineup_schedule_set_zone (schedule, zone_id, NULL);
  lineup_source_unique_ids (sessions);
  lineup_schedule_take_sessions (schedule, sessions);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    lineup_schedule_add_note (schedule, g_ptr_array_index (warnings, i));
  return schedule;
}
