/* agenda-writer — toggles stars in an agenda file, saving after each toggle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: agenda-writer [--wait-stdin] [--from=S] PATH COUNT PREFIX
 *
 * Runs steps 1..COUNT of the sequence in agenda-faults.h on PATH (post key
 * AGENDA_FAULTS_POST) with lineup_agenda_save after each step, and prints
 * "saved N" on stdout once the save after step N has returned.  With
 * --from=S, steps 1..S are done with a single save ("saved S") first, so a
 * short run can start late in the sequence.  With --wait-stdin it first
 * waits for stdin to close, so that many writers can start at once.
 * Exit status: 0 done, 1 bad arguments, 2 a save failed.
 */

#define G_LOG_DOMAIN "agenda-writer"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "lineup-core.h"

#include "agenda-faults.h"

static void
toggle (LineupAgenda *agenda,
        const gchar  *prefix,
        guint         n,
        gboolean      starred)
{
  g_autofree gchar *id = g_strdup_printf ("%s-%u", prefix, n);
  g_autoptr(LineupSession) session = lineup_session_new (id, id);
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2023, 11, 6, 9 + n % 9, n % 60, 0);

  lineup_session_set_times (session, start, NULL);
  lineup_agenda_set_starred (agenda, AGENDA_FAULTS_POST, session, starred);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LineupAgenda) agenda = NULL;
  gboolean wait_stdin = FALSE;
  const gchar *path, *prefix;
  guint64 count, from = 0;
  int first = 1;

  for (; first < argc && g_str_has_prefix (argv[first], "--"); first++)
    {
      if (g_str_equal (argv[first], "--wait-stdin"))
        wait_stdin = TRUE;
      else if (!g_str_has_prefix (argv[first], "--from=")
               || !g_ascii_string_to_unsigned (argv[first] + 7, 10, 0, 100000, &from, NULL))
        break;
    }
  if (argc - first != 3
      || !g_ascii_string_to_unsigned (argv[first + 1], 10, 1, 100000, &count, NULL)
      || from > count)
    {
      fprintf (stderr, "usage: agenda-writer [--wait-stdin] [--from=S] PATH COUNT PREFIX\n");
      return 1;
    }
  path = argv[first];
  prefix = argv[first + 2];

  if (wait_stdin)
    {
      char c;

      while (read (STDIN_FILENO, &c, 1) > 0)
        ;
    }

  agenda = lineup_agenda_new (path);
  for (guint step = 1; step <= count; step++)
    {
      g_autoptr(GError) error = NULL;
      guint unstarred;

      toggle (agenda, prefix, step, TRUE);
      if (agenda_faults_step_unstars (step, &unstarred))
        toggle (agenda, prefix, unstarred, FALSE);

      if (step < from)
        continue;
      if (!lineup_agenda_save (agenda, &error))
        {
          fprintf (stderr, "agenda-writer: save %u: %s\n", step, error->message);
          return 2;
        }
      printf ("saved %u\n", step);
      fflush (stdout);
    }

  return 0;
}
