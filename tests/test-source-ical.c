/* test-source-ical.c — the reader of lineup-source-ical.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lineup-core.h"
#include "lineup-source-reader-private.h"

/* What is not a schedule is an error naming the file and a line. */
static void
test_not_a_schedule (void)
{
  const gchar *text = "BEGIN:VCALENDAR";
  LineupSourceInput input = { "bad.file", "bad.file", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = lineup_source_read_icalendar (text, strlen (text), &input, &error);
  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "bad.file:1: "));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-ical/not-a-schedule", test_not_a_schedule);

  return g_test_run ();
}
