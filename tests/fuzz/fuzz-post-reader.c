/* fuzz-post-reader.c — lineup_post_reader_read_bytes () on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader must give either a schedule or a LINEUP_POST_ERROR naming the
 * file, never both, never neither; every session it gives must be readable.
 * An end is never before its start.  Read in one piece and cut at every place
 * the reader may cut the body (lineup_post_reader_set_piece_size (1)), a post
 * gives the same schedule, or the same error.
 */
#define G_LOG_DOMAIN "lineup-fuzz"

#include "config.h"

#include <string.h>

#include "lineup-post-reader.h"
#include "lineup-post-reader-private.h"   /* piece size */
#include "fuzz-session.h"

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
  const gchar *url = lineup_session_get_url (session);

  fuzz_check_session (session);

  /* Only web and mail links become a talk's URL (any case: "HTTPS://"). */
  if (url != NULL)
    FUZZ_CHECK (g_ascii_strncasecmp (url, "http://", 7) == 0
                || g_ascii_strncasecmp (url, "https://", 8) == 0
                || g_ascii_strncasecmp (url, "mailto:", 7) == 0);
}

/* Everything a schedule says, as text. */
static gchar *
describe (LineupSchedule *schedule,
          GError         *error)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) warnings = NULL;

  if (schedule == NULL)
    {
      g_string_append_printf (out, "error %d: %s", error->code, error->message);
      return g_string_free (out, FALSE);
    }
  g_string_append_printf (out, "%s|%s|%s\n", lineup_schedule_get_title (schedule),
                          lineup_schedule_get_key (schedule), lineup_schedule_get_zone_id (schedule));
  warnings = lineup_schedule_dup_warnings (schedule);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_string_append_printf (out, "%s\n", (const gchar *) g_ptr_array_index (warnings, i));
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      gint64 start = 0, end = 0;
      gboolean has_end = FALSE;
      gboolean timed = lineup_session_get_times_usec (session, &start, &end, &has_end);

      g_string_append_printf (out, "%s|%s|%s|%s|%s|%u|%d %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                              " %d|%s\n",
                              lineup_session_get_id (session), lineup_session_get_title (session),
                              lineup_session_get_speakers_text (session),
                              lineup_session_get_track (session), lineup_session_get_url (session),
                              lineup_session_get_line (session), timed, start, end, has_end,
                              lineup_session_get_description (session));
    }
  return g_string_free (out, FALSE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  guint i, n;

  /* Cut everywhere it may be cut, and in one piece: the same reading. */
  {
    g_autoptr(LineupSchedule) whole = NULL;
    g_autoptr(GError) whole_error = NULL;
    g_autofree gchar *cut_text = NULL;
    g_autofree gchar *whole_text = NULL;
    gsize previous = lineup_post_reader_set_piece_size (1);

    schedule = lineup_post_reader_read_bytes (bytes, "fuzz.md", "fuzz.md", NULL, &error);
    lineup_post_reader_set_piece_size (0);
    whole = lineup_post_reader_read_bytes (bytes, "fuzz.md", "fuzz.md", NULL, &whole_error);
    lineup_post_reader_set_piece_size (previous);
    FUZZ_CHECK ((schedule == NULL) == (whole == NULL));
    cut_text = describe (schedule, error);
    whole_text = describe (whole, whole_error);
    if (g_strcmp0 (cut_text, whole_text) != 0)
      g_printerr ("cut:\n%s\nwhole:\n%s\n", cut_text, whole_text);
    FUZZ_CHECK (g_strcmp0 (cut_text, whole_text) == 0);
  }

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

  warnings = lineup_schedule_dup_warnings (schedule);
  for (i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const gchar *warning = g_ptr_array_index (warnings, i);

      FUZZ_CHECK (g_str_has_prefix (warning, "fuzz.md"));
      FUZZ_CHECK (g_utf8_validate (warning, -1, NULL));
    }

  g_ptr_array_unref (lineup_schedule_dup_tracks (schedule));

  return 0;
}
