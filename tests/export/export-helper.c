/* export-helper.c — writes an agenda with lineup_export_write and prints what
 * it holds, for check-export.py to compare with what a third-party iCalendar
 * reader makes of the file.
 *
 * Usage: export-helper [--zone=TZID | --floating] [--post=FILE] OUTPUT
 *   without --post, a hand-made schedule in America/Chicago (one talk untimed);
 *   with --post, every talk of FILE, starred.
 * Prints one line per exported talk: "event\tID\tSTART\tEND\tTITLE" (ISO 8601
 * in the event zone, with the offset unless floating; END may be empty), then
 * "zone\tTZID" ("-" when floating), "exported\tN" and "skipped\tN".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "lineup-core.h"

typedef struct
{
  const gchar *id;
  const gchar *title;
  const gchar *track;
  gint         month, day, hour, minute, end_hour, end_minute;
} Talk;

/* Both sides of the 2023 switch back to standard time (Nov 5 in the US,
 * Oct 29 in Europe), an afternoon talk crossing noon and one with no end. */
static const Talk talks[] = {
  { "1Rj0z", "From Imagination to Implementation: Adobe’s Cilium", "CiliumCon",
    11, 6, 9, 15, 9, 40 },
  { "1Rj1R", "Controlling Access to External APIs — Luis Ramírez", "CiliumCon",
    11, 6, 9, 50, 10, 15 },
  { "early", "Before the switch: Cilium, eBPF; and more", "ArgoCon",
    10, 27, 17, 30, 18, 0 },
  { "noon", "Cilium’s 🚀 Mesh", "KubeCon",
    11, 7, 11, 50, 12, 15 },
  { "open", "Project Pavilion", "KubeCon",
    11, 8, 15, 0, -1, 0 },
  { "untimed", "Contribfest", "KubeCon",
    0, 0, 0, 0, 0, 0 },
};

static LineupSchedule *
hand_made_schedule (const gchar *zone_id)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier ("America/Chicago");
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);

  lineup_schedule_set_title (schedule, "Cilium Talks at KubeCon NA 2023");
  lineup_schedule_set_key (schedule, "cilium-kubecon-na-2023.md");
  lineup_schedule_set_zone (schedule, zone_id, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (talks); i++)
    {
      LineupSession *session = lineup_session_new (talks[i].id, talks[i].title);

      lineup_session_set_track (session, talks[i].track);
      /* One room, with the characters a LOCATION escapes. */
      if (g_str_equal (talks[i].id, "1Rj1R"))
        lineup_session_set_room (session, "Room W375, Level 3; \"West\"");
      lineup_session_set_description (session, "**Bold** and [a link](https://cilium.io).");
      lineup_session_set_floating (session, zone_id == NULL);
      if (talks[i].month != 0)
        {
          g_autoptr(GDateTime) start = g_date_time_new (chicago, 2023, talks[i].month,
                                                        talks[i].day, talks[i].hour,
                                                        talks[i].minute, 0);
          g_autoptr(GDateTime) end = NULL;

          if (talks[i].end_hour >= 0)
            end = g_date_time_new (chicago, 2023, talks[i].month, talks[i].day,
                                   talks[i].end_hour, talks[i].end_minute, 0);
          lineup_session_set_times (session, start, end);
        }
      g_ptr_array_add (sessions, session);
    }
  lineup_schedule_take_sessions (schedule, sessions);
  return schedule;
}

static gchar *
format_time (GDateTime *dt,
             GTimeZone *zone,
             gboolean   floating)
{
  g_autoptr(GDateTime) local = NULL;

  if (dt == NULL)
    return g_strdup ("");
  local = (zone != NULL && !floating) ? g_date_time_to_timezone (dt, zone)
                                      : g_date_time_ref (dt);
  return lineup_format_iso8601 (local, floating);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree gchar *zone_id = NULL;
  g_autofree gchar *post = NULL;
  gboolean floating = FALSE;
  GOptionEntry entries[] = {
    { "zone", 0, 0, G_OPTION_ARG_STRING, &zone_id, "Event time zone", "TZID" },
    { "floating", 0, 0, G_OPTION_ARG_NONE, &floating, "No time zone", NULL },
    { "post", 0, 0, G_OPTION_ARG_FILENAME, &post, "Read this post", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTPUT");
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  guint n_exported = 0, n_skipped = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("export-helper: %s\n", error ? error->message : "one OUTPUT expected");
      return 2;
    }

  if (post != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (post);

      schedule = lineup_post_reader_read_file (file, zone_id, NULL, &error);
      if (schedule == NULL)
        {
          g_printerr ("export-helper: %s\n", error->message);
          return 2;
        }
    }
  else
    schedule = hand_made_schedule (floating ? NULL : (zone_id ? zone_id : "America/Chicago"));

  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      lineup_session_set_starred (session, TRUE);
      g_ptr_array_add (sessions, g_object_ref (session));
    }

  if (!lineup_export_write (schedule, sessions, argv[1], &n_exported, &n_skipped, &error))
    {
      g_printerr ("export-helper: %s\n", error->message);
      return 1;
    }

  if (lineup_schedule_get_zone_id (schedule) != NULL)
    zone = g_time_zone_new_identifier (lineup_schedule_get_zone_id (schedule));

  for (guint i = 0; i < sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sessions, i);
      gboolean is_floating = zone == NULL || lineup_session_get_floating (session);
      g_autofree gchar *start = NULL;
      g_autofree gchar *end = NULL;

      if (lineup_session_get_start (session) == NULL)
        continue;
      start = format_time (lineup_session_get_start (session), zone, is_floating);
      if (lineup_session_get_end (session) != NULL)
        end = format_time (lineup_session_get_end (session), zone, is_floating);
      else
        {
          /* No end given: the export takes 30 minutes, and says so. */
          g_autoptr(GDateTime) assumed =
            g_date_time_add_minutes (lineup_session_get_start (session), 30);

          end = format_time (assumed, zone, is_floating);
          g_print ("assumed-end\t%s\n", lineup_session_get_id (session));
        }
      g_print ("event\t%s\t%s\t%s\t%s\n", lineup_session_get_id (session), start, end,
               lineup_session_get_title (session));
      if (lineup_session_get_room (session) != NULL)
        g_print ("room\t%s\t%s\n", lineup_session_get_id (session),
                 lineup_session_get_room (session));
      if (lineup_session_get_track (session) != NULL)
        g_print ("track\t%s\t%s\n", lineup_session_get_id (session),
                 lineup_session_get_track (session));
    }
  g_print ("zone\t%s\n", zone != NULL ? lineup_schedule_get_zone_id (schedule) : "-");
  g_print ("exported\t%u\nskipped\t%u\n", n_exported, n_skipped);

  return 0;
}
