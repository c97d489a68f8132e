/* lineup-source-reader.c — any source a user opens → LineupSchedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lineup-source-reader-private.h"
#include "lineup-text.h"

/* The first @length bytes of a file are enough to tell its kind. */
#define SNIFF_LENGTH 4096

static const gchar *
skip_blank (const gchar *p,
            const gchar *end)
{
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

/* Whether the XML at @p has a <schedule> root: declarations, comments and
 * processing instructions before it are skipped. */
static gboolean
is_schedule_xml (const gchar *p,
                 const gchar *end)
{
  while (p < end && *p == '<')
    {
      const gchar *close;

      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          close = g_strstr_len (p, end - p, "-->");
          if (close != NULL)
            close += 2;
        }
      else if (end - p >= 2 && (p[1] == '?' || p[1] == '!'))
        close = memchr (p, '>', end - p);
      else
        return end - p >= 9 && g_ascii_strncasecmp (p + 1, "schedule", 8) == 0 &&
               (p[9] == '>' || g_ascii_isspace (p[9]) || p[9] == '/');
      if (close == NULL)
        return FALSE;
      p = skip_blank (close + 1, end);
    }
  return FALSE;
}

/* Whether the object at @p is Hugo's JSON front matter: its matching "}"
 * (braces in strings do not count) ends its line and text follows it. */
static gboolean
is_json_front_matter (const gchar *p,
                      const gchar *end)
{
  if ((p = lineup_text_json_object_end (p, end)) == NULL)
    return FALSE;
  for (p++; p < end && *p != '\n'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return skip_blank (p, end) < end;
}

LineupSourceFormat
lineup_source_sniff (const gchar *data,
                     gsize        length)
{
  const gchar *end = data + length;
  const gchar *p = skip_blank (data, end);

  if (end - p >= 5 && memcmp (p, "<?xml", 5) == 0)
    return LINEUP_SOURCE_FRAB_XML;
  if (p < end && *p == '<' && is_schedule_xml (p, end))
    return LINEUP_SOURCE_FRAB_XML;
  if (p < end && *p == '{' && !is_json_front_matter (p, end))
    return LINEUP_SOURCE_FRAB_JSON;
  if (end - p >= 15 && g_ascii_strncasecmp (p, "BEGIN:VCALENDAR", 15) == 0)
    return LINEUP_SOURCE_ICALENDAR;
  return LINEUP_SOURCE_POST;
}

/* @nul_terminated: whether a NUL follows @bytes' data (then it is not
 * copied: a schedule is not held twice while it is read). */
static LineupSchedule *
read_schedule (LineupSourceFormat  format,
               GBytes             *bytes,
               gboolean            nul_terminated,
               const gchar        *display_name,
               const gchar        *key,
               const gchar        *zone_override,
               GError            **error)
{
  LineupSourceInput input = { display_name, key, zone_override };
  g_autofree gchar *copy = NULL;
  gsize length;
  const gchar *data = g_bytes_get_data (bytes, &length);
  const gchar *text = data;

  /* The readers get NUL-terminated text. */
  if (!nul_terminated)
    {
      copy = g_malloc (length + 1);
      memcpy (copy, data, length);
      copy[length] = '\0';
      text = copy;
    }

  switch (format)
    {
    case LINEUP_SOURCE_FRAB_XML:
      return lineup_source_read_frab_xml (text, length, &input, error);
    case LINEUP_SOURCE_FRAB_JSON:
      return lineup_source_read_frab_json (text, length, &input, error);
    case LINEUP_SOURCE_ICALENDAR:
      return lineup_source_read_icalendar (text, length, &input, error);
    case LINEUP_SOURCE_POST:
    default:
      g_assert_not_reached ();
    }
}

LineupSchedule *
lineup_source_read_bytes (GBytes       *bytes,
                          const gchar  *display_name,
                          const gchar  *key,
                          const gchar  *zone_override,
                          GError      **error)
{
  LineupSourceFormat format;
  gsize length;
  const gchar *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (display_name == NULL)
    display_name = "schedule";
  data = g_bytes_get_data (bytes, &length);
  format = lineup_source_sniff (data, MIN (length, SNIFF_LENGTH));
  /* A JSON front matter longer than the head: its end tells. */
  if (format == LINEUP_SOURCE_FRAB_JSON && length > SNIFF_LENGTH)
    format = lineup_source_sniff (data, length);
  if (format == LINEUP_SOURCE_POST)
    return lineup_post_reader_read_bytes (bytes, display_name, key, zone_override, error);
  if (length > LINEUP_POST_MAX_SIZE)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_TOO_LARGE,
                   "%s: %s", display_name, _("the file is too large to be a schedule"));
      return NULL;
    }
  return read_schedule (format, bytes, FALSE, display_name, key, zone_override, error);
}

/* The first bytes of @file, to tell its kind; NULL (and no error) when it
 * cannot be read: the post reader then says why, as it always did. */
static GBytes *
read_head (GFile        *file,
           GCancellable *cancellable)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, NULL);
  g_autofree gchar *head = NULL;
  gsize n = 0;

  if (stream == NULL)
    return NULL;
  head = g_malloc (SNIFF_LENGTH);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), head, SNIFF_LENGTH, &n, cancellable,
                                NULL))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&head), n);
}

/* A local file with g_file_get_contents(): read in one block of its size
 * and NUL-terminated (g_file_load_bytes grows its buffer by doubling). */
static GBytes *
load_nul_terminated (GFile         *file,
                     GCancellable  *cancellable,
                     gboolean      *nul_terminated,
                     GError       **error)
{
  const gchar *path = g_file_peek_path (file);
  gchar *contents = NULL;
  gsize length = 0;

  *nul_terminated = FALSE;
  if (path == NULL || !g_file_get_contents (path, &contents, &length, NULL))
    return g_file_load_bytes (file, cancellable, NULL, error);
  *nul_terminated = TRUE;
  return g_bytes_new_take (contents, length);
}

LineupSchedule *
lineup_source_read_file_full (GFile        *file,
                              const gchar  *display_name,
                              const gchar  *zone_override,
                              GCancellable *cancellable,
                              GError      **error)
{
  g_autoptr(GBytes) head = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *basename = NULL;
  g_autofree gchar *name = NULL;
  LineupSourceFormat format = LINEUP_SOURCE_POST;
  LineupSchedule *schedule;
  gboolean nul_terminated = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  head = read_head (file, cancellable);
  if (head != NULL)
    format = lineup_source_sniff (g_bytes_get_data (head, NULL), g_bytes_get_size (head));
  /* A post (or a file that cannot be read: the post reader tells why). */
  if (format == LINEUP_SOURCE_POST)
    return lineup_post_reader_read_file_full (file, display_name, zone_override, cancellable,
                                              error);

  basename = g_file_get_basename (file);
  name = g_strdup (display_name ? display_name : basename);
  bytes = load_nul_terminated (file, cancellable, &nul_terminated, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", name, local_error->message);
      return NULL;
    }
  /* A JSON front matter longer than the head: its end tells. */
  if (format == LINEUP_SOURCE_FRAB_JSON && g_bytes_get_size (head) == SNIFF_LENGTH &&
      lineup_source_sniff (g_bytes_get_data (bytes, NULL),
                           g_bytes_get_size (bytes)) == LINEUP_SOURCE_POST)
    return lineup_post_reader_read_file_full (file, display_name, zone_override, cancellable,
                                              error);
  if (g_bytes_get_size (bytes) > LINEUP_POST_MAX_SIZE)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_TOO_LARGE,
                   "%s: %s", name, _("the file is too large to be a schedule"));
      return NULL;
    }
  schedule = read_schedule (format, bytes, nul_terminated, name, basename, zone_override,
                            error);
  if (schedule != NULL)
    lineup_schedule_set_file (schedule, file);
  return schedule;
}

LineupSchedule *
lineup_source_read_file (GFile        *file,
                         const gchar  *zone_override,
                         GCancellable *cancellable,
                         GError      **error)
{
  return lineup_source_read_file_full (file, NULL, zone_override, cancellable, error);
}
