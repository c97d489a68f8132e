/* fuzz-post-reader.c — lineup_post_reader_read_bytes () on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader must give either a schedule or a LINEUP_POST_ERROR naming the
 * file, never both, never neither; every session it gives must be readable.
 * An end is never before its start.
 */
#define G_LOG_DOMAIN "lineup-fuzz"

#include "config.h"

#include <string.h>

#include "lineup-post-reader.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

static void
check_session (LineupSession *session)
{
  GDateTime *start = lineup_session_get_start (session);
  GDateTime *end = lineup_session_get_end (session);
  const gchar *url = lineup_session_get_url (session);
  GPtrArray *speakers = lineup_session_get_speakers (session);

  FUZZ_CHECK (lineup_session_get_id (session) != NULL);
  FUZZ_CHECK (*lineup_session_get_id (session) != '\0');
  FUZZ_CHECK (lineup_session_get_title (session) != NULL);
  FUZZ_CHECK (g_utf8_validate (lineup_session_get_title (session), -1, NULL));
  if (lineup_session_get_description (session) != NULL)
    FUZZ_CHECK (g_utf8_validate (lineup_session_get_description (session), -1, NULL));
  if (lineup_session_get_track (session) != NULL)
    FUZZ_CHECK (g_utf8_validate (lineup_session_get_track (session), -1, NULL));
  FUZZ_CHECK (speakers != NULL);
  (void) lineup_session_get_speakers_text (session);
  (void) lineup_session_get_search_text (session);
  (void) lineup_session_get_day_key (session);

  /* An end is never without a start, nor before it. */
  if (end != NULL)
    {
      FUZZ_CHECK (start != NULL);
      FUZZ_CHECK (g_date_time_compare (start, end) <= 0);
    }
  if (start != NULL)
    {
      g_autofree gchar *iso = lineup_format_iso8601 (start, lineup_session_get_floating (session));
      FUZZ_CHECK (iso != NULL);
    }

  /* Only web and mail links become a talk's URL (any case: "HTTPS://"). */
  if (url != NULL)
    {
      FUZZ_CHECK (g_utf8_validate (url, -1, NULL));
      FUZZ_CHECK (g_ascii_strncasecmp (url, "http://", 7) == 0
                  || g_ascii_strncasecmp (url, "https://", 8) == 0
                  || g_ascii_strncasecmp (url, "mailto:", 7) == 0);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  GPtrArray *warnings;
  guint i, n;

  schedule = lineup_post_reader_read_bytes (bytes, "fuzz.md", "fuzz.md", NULL, &error);

  if (schedule == NULL)
    {
      FUZZ_CHECK (error != NULL);
      FUZZ_CHECK (error->domain == LINEUP_POST_ERROR);
      FUZZ_CHECK (g_str_has_prefix (error->message, "fuzz.md"));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  FUZZ_CHECK (error == NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (schedule));
  FUZZ_CHECK (n == lineup_schedule_get_n_sessions (schedule));
  FUZZ_CHECK (n > 0);   /* no talks is LINEUP_POST_ERROR_NO_TALKS */
  FUZZ_CHECK (lineup_schedule_get_key (schedule) != NULL);

  for (i = 0; i < n; i++)
    {
      g_autoptr(LineupSession) session = g_list_model_get_item (G_LIST_MODEL (schedule), i);

      FUZZ_CHECK (session != NULL);
      check_session (session);
      FUZZ_CHECK (lineup_schedule_find (schedule, lineup_session_get_id (session)) != NULL);
    }

  warnings = lineup_schedule_get_warnings (schedule);
  for (i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const gchar *warning = g_ptr_array_index (warnings, i);

      FUZZ_CHECK (g_str_has_prefix (warning, "fuzz.md"));
      FUZZ_CHECK (g_utf8_validate (warning, -1, NULL));
    }

  g_ptr_array_unref (lineup_schedule_dup_tracks (schedule));

  return 0;
}
