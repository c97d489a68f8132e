/* fuzz-source-common.h — one fuzz target per reader of published schedules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader must give either a schedule or a LINEUP_POST_ERROR naming the
 * file, never both, never neither; every session it gives is valid UTF-8
 * with an id unique in the schedule, and its end is never before its start.
 * Each target includes this header after defining FUZZ_SOURCE_READ to its
 * reader (lineup_source_read_frab_xml, …).
 */
#pragma once

#include "config.h"

#include <string.h>

#include "lineup-source-reader-private.h"
#include "fuzz-session.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  LineupSourceInput input = { "fuzz.schedule", "fuzz.schedule", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autofree gchar *text = g_malloc (size + 1);
  g_autoptr(GPtrArray) warnings = NULL;
  guint n;

  memcpy (text, data, size);
  text[size] = '\0';
  schedule = FUZZ_SOURCE_READ (text, size, &input, &error);
  if (schedule == NULL)
    {
      FUZZ_CHECK (error != NULL);
      FUZZ_CHECK (error->domain == LINEUP_POST_ERROR);
      FUZZ_CHECK (g_str_has_prefix (error->message, "fuzz.schedule:"));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  FUZZ_CHECK (lineup_schedule_get_key (schedule) != NULL);
  fuzz_check_text (lineup_schedule_get_title (schedule));
  n = g_list_model_get_n_items (G_LIST_MODEL (schedule));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LineupSession) session = g_list_model_get_item (G_LIST_MODEL (schedule), i);

      fuzz_check_session (session);
      FUZZ_CHECK (lineup_schedule_find (schedule, lineup_session_get_id (session)) == session);
    }
  warnings = lineup_schedule_dup_warnings (schedule);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      FUZZ_CHECK (g_str_has_prefix (g_ptr_array_index (warnings, i), "fuzz.schedule:"));
      fuzz_check_text (g_ptr_array_index (warnings, i));
    }
  g_ptr_array_unref (lineup_schedule_dup_tracks (schedule));
  return 0;
}
