/* fuzz-session.h — what every reader's fuzz target checks of a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An id and a title; every text valid UTF-8; an end never without a start,
 * nor before it; the derived texts computable.
 */
#pragma once

#include "fuzz-common.h"
#include "lineup-session.h"

static inline void
fuzz_check_text (const gchar *text)
{
  if (text != NULL)
    FUZZ_CHECK (g_utf8_validate (text, -1, NULL));
}

static inline void
fuzz_check_session (LineupSession *session)
{
  GDateTime *start = lineup_session_get_start (session);
  GDateTime *end = lineup_session_get_end (session);

  FUZZ_CHECK (lineup_session_get_id (session) != NULL);
  FUZZ_CHECK (*lineup_session_get_id (session) != '\0');
  FUZZ_CHECK (lineup_session_get_title (session) != NULL);
  fuzz_check_text (lineup_session_get_title (session));
  fuzz_check_text (lineup_session_get_description (session));
  fuzz_check_text (lineup_session_get_track (session));
  fuzz_check_text (lineup_session_get_room (session));
  fuzz_check_text (lineup_session_get_kind (session));
  fuzz_check_text (lineup_session_get_language (session));
  fuzz_check_text (lineup_session_get_url (session));
  FUZZ_CHECK (lineup_session_get_speakers (session) != NULL);
  fuzz_check_text (lineup_session_get_speakers_text (session));
  (void) lineup_session_get_search_text (session);
  (void) lineup_session_get_day_key (session);

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
}
