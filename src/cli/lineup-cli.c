/* lineup-cli.c — the headless command line (--list, --agenda, --star, --maybe, --export, --fits)
 *
 * Runs without a display: everything here goes through the core, as the
 * window does, so every behaviour of the window can be checked from a shell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "lineup-cli.h"
#include "lineup-cli-changes.h"
#include "lineup-core.h"
#include "lineup-download.h"
#include "lineup-plan.h"

void
lineup_cli_options_clear (LineupCliOptions *options)
{
  g_clear_pointer (&options->star, g_strfreev);
  g_clear_pointer (&options->maybe, g_strfreev);
  g_clear_pointer (&options->unstar, g_strfreev);
  g_clear_pointer (&options->export_path, g_free);
  g_clear_pointer (&options->timezone, g_free);
  g_clear_pointer (&options->fits, g_free);
  g_clear_pointer (&options->sources, g_strfreev);
}

static gboolean
has_ids (gchar **ids)
{
  return ids != NULL && ids[0] != NULL;
}

/* --star, --maybe or --unstar. */
static gboolean
changes_picks (const LineupCliOptions *options)
{
  return has_ids (options->star) || has_ids (options->maybe) || has_ids (options->unstar);
}

gboolean
lineup_cli_is_command (const LineupCliOptions *options)
{
  return options->list || options->agenda || options->json || changes_picks (options) ||
         options->export_path != NULL || options->fits != NULL;
}

static void
print_error (FILE        *err,
             const gchar *message)
{
  g_autofree gchar *clean = lineup_text_strip_controls (message);

  fprintf (err, "lineup: %s\n", clean);
}

static gboolean
check_timezone (const LineupCliOptions  *options,
                GError                 **error)
{
  g_autoptr(GTimeZone) tz = NULL;

  if (options->timezone == NULL)
    return TRUE;
  tz = g_time_zone_new_identifier (options->timezone);
  if (tz != NULL)
    return TRUE;
  g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_BAD_ZONE,
               _("--timezone: “%s” is not a known time zone (use a name like "
                 "Europe/Berlin)"), options->timezone);
  return FALSE;
}

/* One source named on the command line: a file, or an http(s) address
 * (downloaded into Lineup's data folder, or its copy there refreshed). */
static LineupSchedule *
load_source (const LineupCliOptions  *options,
             const gchar             *name,
             FILE                    *err,
             GError                 **error)
{
  g_autoptr(GFile) file = NULL;

  if (lineup_download_is_address (name))
    {
      g_autoptr(GError) download_error = NULL;
      gboolean changed;

      file = lineup_download_fetch_sync (name, NULL, 0, NULL, &changed, &download_error);
      if (file == NULL)
        {
          g_autoptr(GDateTime) fetched = lineup_download_last_fetched (name, NULL);
          g_autoptr(GDateTime) local = NULL;
          g_autofree gchar *when = NULL;
          g_autofree gchar *message = NULL;

          /* Offline, or the server fails: the last good copy, said so. */
          file = fetched != NULL ? lineup_download_cached_file (name, NULL) : NULL;
          if (file == NULL || !g_file_query_exists (file, NULL))
            {
              g_propagate_error (error, g_steal_pointer (&download_error));
              return NULL;
            }
          local = g_date_time_to_local (fetched);
          when = g_date_time_format (local, "%x %R");
          /* Translators: the first %s says why a download failed, the second
           * when the copy used instead was downloaded */
          message = g_strdup_printf (_("warning: %s; using the copy downloaded on %s"),
                                     download_error->message, when);
          print_error (err, message);
        }
    }
  else
    file = g_file_new_for_commandline_arg (name);
  return lineup_source_read_file_full (file, name, options->timezone, NULL, error);
}

/* The sources, each read on its own (own key, own stars), in the order
 * given; none: the built-in post. */
static GPtrArray *
load_sources (const LineupCliOptions  *options,
              FILE                    *err,
              GError                 **error)
{
  g_autoptr(GPtrArray) schedules = g_ptr_array_new_with_free_func (g_object_unref);

  if (!check_timezone (options, error))
    return NULL;

  if (options->sources == NULL || options->sources[0] == NULL)
    {
      LineupSchedule *builtin = lineup_builtin_post_read (options->timezone, error);

      if (builtin == NULL)
        return NULL;
      g_ptr_array_add (schedules, builtin);
      return g_steal_pointer (&schedules);
    }

  for (guint i = 0; options->sources[i] != NULL; i++)
    {
      LineupSchedule *schedule = load_source (options, options->sources[i], err, error);

      if (schedule == NULL)
        return NULL;
      g_ptr_array_add (schedules, schedule);
    }
  return g_steal_pointer (&schedules);
}

/* JSON lines ---------------------------------------------------------------- */

/* "18:15": a time of day in minutes from midnight, as the CLI writes times */
static gchar *
format_minute (gint minute)
{
  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

/* "time_of_day": {"start": "18:15", "end": "19:00"}, only for a talk whose
 * post gives its time but not its day ("start" is null then). */
static void
add_time_of_day (JsonBuilder   *builder,
                 LineupSession *session)
{
  gint minutes[2];

  if (!lineup_session_get_clock (session, &minutes[0], &minutes[1]))
    return;
  json_builder_set_member_name (builder, "time_of_day");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (minutes); i++)
    {
      json_builder_set_member_name (builder, i == 0 ? "start" : "end");
      if (minutes[i] >= 0)
        {
          g_autofree gchar *text = format_minute (minutes[i]);

          json_builder_add_string_value (builder, text);
        }
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
}

/* "day": "2017-07-13", only for a talk whose post gives its day but not
 * its time ("start" is null then). */
static void
add_day (JsonBuilder   *builder,
         LineupSession *session)
{
  g_autofree gchar *text = NULL;

  if (!lineup_session_get_day (session, NULL, NULL, NULL))
    return;
  text = lineup_day_key_to_iso (lineup_session_get_day_key (session));
  json_builder_set_member_name (builder, "day");
  json_builder_add_string_value (builder, text);
}

/* U+2028 and U+2029, valid in a JSON string as they are, end a line for
 * JavaScript before ES2019 and for readers of JSON Lines that split at any
 * Unicode line break (Python's str.splitlines ()): one record a line, so
 * they are written as escapes.  Takes @json. */
static gchar *
escape_line_separators (gchar *json)
{
  GString *out;

  if (strstr (json, "\xE2\x80\xA8") == NULL && strstr (json, "\xE2\x80\xA9") == NULL)
    return json;
  out = g_string_new (json);
  g_free (json);
  g_string_replace (out, "\xE2\x80\xA8", "\\u2028", 0);
  g_string_replace (out, "\xE2\x80\xA9", "\\u2029", 0);
  return g_string_free (out, FALSE);
}

static gchar *
session_to_json (LineupSession *session)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree gchar *start = NULL;
  g_autofree gchar *end = NULL;
  gboolean floating = lineup_session_get_floating (session);
  GPtrArray *speakers = lineup_session_get_speakers (session);
  const gchar * const *conflicts = lineup_session_get_conflicts (session);

  start = lineup_format_iso8601 (lineup_session_get_start (session), floating);
  end = lineup_format_iso8601 (lineup_session_get_end (session), floating);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, lineup_session_get_id (session));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, lineup_session_get_title (session));

  json_builder_set_member_name (builder, "speakers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < speakers->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, speaker->name);
      json_builder_set_member_name (builder, "affiliation");
      if (speaker->affiliation != NULL)
        json_builder_add_string_value (builder, speaker->affiliation);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "track");
  if (lineup_session_get_track (session) != NULL)
    json_builder_add_string_value (builder, lineup_session_get_track (session));
  else
    json_builder_add_null_value (builder);

  /* Only when the source says. */
  {
    const gchar *fields[][2] = {
      { "room", lineup_session_get_room (session) },
      { "kind", lineup_session_get_kind (session) },
      { "language", lineup_session_get_language (session) },
      { "source", lineup_session_get_source_key (session) },
    };
    GPtrArray *twins = lineup_session_get_twins (session);

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      if (fields[i][1] != NULL)
        {
          json_builder_set_member_name (builder, fields[i][0]);
          json_builder_add_string_value (builder, fields[i][1]);
        }
    /* The same talk in other sources: their keys. */
    if (twins != NULL)
      {
        json_builder_set_member_name (builder, "also_in");
        json_builder_begin_array (builder);
        for (guint i = 0; i < twins->len; i++)
          json_builder_add_string_value (builder,
                                         lineup_session_get_source_key (g_ptr_array_index (twins, i)));
        json_builder_end_array (builder);
      }
  }

  add_time_of_day (builder, session);
  add_day (builder, session);
  json_builder_set_member_name (builder, "start");
  if (start != NULL)
    json_builder_add_string_value (builder, start);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "end");
  if (end != NULL)
    json_builder_add_string_value (builder, end);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "url");
  if (lineup_session_get_url (session) != NULL)
    json_builder_add_string_value (builder, lineup_session_get_url (session));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, lineup_session_get_description (session)
                                          ? lineup_session_get_description (session) : "");
  json_builder_set_member_name (builder, "starred");
  json_builder_add_boolean_value (builder, lineup_session_get_starred (session));
  json_builder_set_member_name (builder, "pick");
  if (lineup_session_get_pick (session) != LINEUP_PICK_NONE)
    json_builder_add_string_value (builder,
                                   lineup_pick_to_string (lineup_session_get_pick (session)));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "conflicts");
  json_builder_begin_array (builder);
  for (guint i = 0; conflicts[i] != NULL; i++)
    json_builder_add_string_value (builder, conflicts[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return escape_line_separators (json_generator_to_data (generator, NULL));
}

/* Aligned columns ------------------------------------------------------------ */

static gchar *
format_day (LineupSession *session)
{
  /* the start's day, or a day without a time */
  g_autoptr(GDateTime) start = lineup_session_dup_day (session);

  if (start == NULL)
    return g_strdup (lineup_session_untimed_label (session));
  /* TRANSLATORS: a talk's day in the terminal listing, see strftime(3) */
  return g_date_time_format (start, _("%a %b %-d"));
}

static gchar *
format_times (LineupSession *session)
{
  GDateTime *start = lineup_session_get_start (session);
  GDateTime *end = lineup_session_get_end (session);
  g_autofree gchar *s = NULL;
  g_autofree gchar *e = NULL;
  gint clock_start, clock_end;

  if (lineup_session_get_clock (session, &clock_start, &clock_end))
    {
      /* a time of day without a day: "18:15–19:00", "18:15" */
      s = format_minute (clock_start);
      e = clock_end >= 0 ? format_minute (clock_end) : NULL;
    }
  else if (start == NULL)
    return g_strdup ("");
  else
    {
      s = g_date_time_format (start, "%H:%M");
      e = end != NULL ? g_date_time_format (end, "%H:%M") : NULL;
    }
  if (e == NULL)
    return g_steal_pointer (&s);
  return g_strdup_printf ("%s–%s", s, e);
}

static void
append_padded (GString     *line,
               const gchar *text,
               glong        width)
{
  glong length = g_utf8_strlen (text, -1);

  g_string_append (line, text);
  for (glong i = length; i < width; i++)
    g_string_append_c (line, ' ');
  g_string_append (line, "  ");
}

/* The columns before the title, one text per session each. */
enum { COLUMN_ID, COLUMN_DAY, COLUMN_TIME, COLUMN_ROOM, COLUMN_TRACK, N_COLUMNS };

static gchar *
column_text (LineupSession *session,
             guint          column)
{
  switch (column)
    {
    case COLUMN_ID:
      return lineup_text_strip_controls (lineup_session_get_id (session));
    case COLUMN_DAY:
      return format_day (session);
    case COLUMN_TIME:
      return format_times (session);
    case COLUMN_ROOM:
      return lineup_text_strip_controls (lineup_session_get_room (session));
    case COLUMN_TRACK:
    default:
      return lineup_text_strip_controls (lineup_session_get_track (session));
    }
}

static void
print_table (LineupSchedule *schedule,
             GPtrArray      *sessions,
             gboolean        mark_conflicts,
             FILE           *out)
{
  glong widths[N_COLUMNS] = { 0 };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gboolean has_rooms = FALSE;

  for (guint i = 0; i < sessions->len; i++)
    has_rooms |= lineup_session_get_room (g_ptr_array_index (sessions, i)) != NULL;
  /* Session by session, column by column. */
  for (guint i = 0; i < sessions->len; i++)
    for (guint c = 0; c < N_COLUMNS; c++)
      {
        gchar *text = column_text (g_ptr_array_index (sessions, i), c);

        widths[c] = MAX (widths[c], g_utf8_strlen (text, -1));
        g_ptr_array_add (texts, text);
      }

  for (guint i = 0; i < sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree gchar *title = lineup_text_strip_controls (lineup_session_get_title (session));
      g_autofree gchar *speakers = lineup_text_strip_controls (
        lineup_session_get_speakers_text (session));
      const gchar * const *conflicts = lineup_session_get_conflicts (session);

      /* "!" a going talk that overlaps another, "?" a maybe (never in
       * conflicts). */
      if (mark_conflicts)
        g_string_append (line, conflicts[0] != NULL ? "! "
                               : lineup_session_get_maybe (session) ? "? " : "  ");
      /* The id first: what --star and --unstar take. */
      for (guint c = 0; c < N_COLUMNS; c++)
        if (c != COLUMN_ROOM || has_rooms)
          append_padded (line, g_ptr_array_index (texts, i * N_COLUMNS + c), widths[c]);
      g_string_append (line, title);
      if (*speakers != '\0')
        g_string_append_printf (line, " — %s", speakers);
      if (mark_conflicts && conflicts[0] != NULL)
        {
          g_string_append_printf (line, "\n%*s", 2, "");
          /* TRANSLATORS: followed by the titles of the overlapping talks */
          g_string_append (line, _("overlaps with:"));
          for (guint j = 0; conflicts[j] != NULL; j++)
            {
              LineupSession *other = lineup_schedule_find (schedule, conflicts[j]);
              g_autofree gchar *other_title = lineup_text_strip_controls (
                other ? lineup_session_get_title (other) : conflicts[j]);

              g_string_append_printf (line, "%s %s", j > 0 ? ";" : "", other_title);
            }
        }
      fprintf (out, "%s\n", line->str);
    }
}

static void
print_sessions (LineupSchedule *schedule,
                GPtrArray      *sessions,
                gboolean        json,
                gboolean        mark_conflicts,
                FILE           *out)
{
  if (json)
    {
      for (guint i = 0; i < sessions->len; i++)
        {
          g_autofree gchar *line = session_to_json (g_ptr_array_index (sessions, i));

          fprintf (out, "%s\n", line);
        }
      return;
    }

  print_table (schedule, sessions, mark_conflicts, out);
}

/* What fits ------------------------------------------------------------------- */

static gint64
usec_of (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/* ISO 8601 as GLib reads it, and also with the time in hours and minutes
 * only ("2023-11-06T12:10"), as people write it. */
static GDateTime *
parse_date_time (const gchar *text,
                 GTimeZone   *zone)
{
  GDateTime *parsed = g_date_time_new_from_iso8601 (text, zone);
  const gchar *time = strpbrk (text, "Tt ");
  g_autofree gchar *with_seconds = NULL;

  if (parsed != NULL || time == NULL)
    return parsed;
  time++;
  if (!g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1]) || time[2] != ':'
      || !g_ascii_isdigit (time[3]) || !g_ascii_isdigit (time[4])
      || time[5] == ':' || g_ascii_isdigit (time[5]))
    return NULL;
  with_seconds = g_strdup_printf ("%.*s:00%s", (gint) (time + 5 - text), text, time + 5);
  return g_date_time_new_from_iso8601 (with_seconds, zone);
}

/* END of --fits: a date and time, or a time on START's day; without an
 * offset, in START's zone. */
static GDateTime *
parse_fits_end (const gchar *text,
                GDateTime   *start)
{
  GTimeZone *zone = g_date_time_get_timezone (start);
  g_autofree gchar *day = NULL;
  g_autofree gchar *on_day = NULL;
  GDateTime *end = parse_date_time (text, zone);

  if (end != NULL)
    return end;
  day = g_date_time_format (start, "%Y-%m-%d");
  on_day = g_strdup_printf ("%sT%s", day, text);
  return parse_date_time (on_day, zone);
}

/* --fits=START/END: START a date and time, without an offset in the zone
 * the talks are shown in (floating times are read as UTC). */
static gboolean
parse_fits_window (const gchar     *text,
                   LineupSchedule  *schedule,
                   gint64          *start_usec,
                   gint64          *end_usec,
                   GError         **error)
{
  const gchar *zone_id = lineup_schedule_get_zone_id (schedule);
  g_autoptr(GTimeZone) zone = zone_id != NULL ? g_time_zone_new_identifier (zone_id) : NULL;
  g_auto(GStrv) parts = g_strsplit (text, "/", 2);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (g_strv_length (parts) != 2 || *parts[0] == '\0' || *parts[1] == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--fits: “%s” is not a window START/END (like 2023-11-06T12:10/12:45)"),
                   text);
      return FALSE;
    }
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  start = parse_date_time (parts[0], zone);
  if (start == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--fits: “%s” is not a date and time (like 2023-11-06T12:10)"), parts[0]);
      return FALSE;
    }
  end = parse_fits_end (parts[1], start);
  if (end == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--fits: “%s” is not a time or a date and time (like 12:45)"), parts[1]);
      return FALSE;
    }
  *start_usec = usec_of (start);
  *end_usec = usec_of (end);
  if (*end_usec <= *start_usec)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--fits: the window “%s” is empty: END must be after START"), text);
      return FALSE;
    }
  return TRUE;
}

/* Every talk that fits in the window, the starred ones being the talks one
 * goes to (neighbours that may need time to change rooms). */
static void
print_fits (const LineupCliOptions *options,
            LineupSchedule         *schedule,
            gint64                  start_usec,
            gint64                  end_usec,
            FILE                   *out)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) going = lineup_schedule_dup_starred (schedule);
  g_autoptr(GPtrArray) fits = NULL;

  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    g_ptr_array_add (all, lineup_schedule_get_session (schedule, i));
  fits = lineup_plan_fits (all, going, start_usec, end_usec, LINEUP_PLAN_ROOM_CHANGE_MINUTES);
  print_sessions (schedule, fits, options->json, FALSE, out);
}

/* Stars ----------------------------------------------------------------------- */

static gboolean
check_ids (LineupSchedule  *schedule,
           const gchar     *display_name,
           gchar          **ids,
           GError         **error)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (lineup_schedule_find (schedule, ids[i]) == NULL)
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("%s: no talk has the id “%s” (lineup --list shows the ids); "
                       "nothing was changed"), display_name, ids[i]);
        return FALSE;
      }
  return TRUE;
}

/* One line per talk of @ids: what became of it (@pick), and its title. */
static void
print_changed (LineupSchedule  *schedule,
               gchar          **ids,
               LineupPick       pick,
               FILE            *out)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autofree gchar *title = lineup_text_strip_controls (
        lineup_session_get_title (lineup_schedule_find (schedule, ids[i])));

      if (pick == LINEUP_PICK_GOING)
        fprintf (out, _("Starred: %s\n"), title);
      else if (pick == LINEUP_PICK_MAYBE)
        fprintf (out, _("Marked as maybe: %s\n"), title);
      else
        fprintf (out, _("Star removed: %s\n"), title);
    }
}

static gboolean
change_stars (const LineupCliOptions  *options,
              LineupSchedule          *schedule,
              LineupAgenda            *agenda,
              FILE                    *out,
              FILE                    *err,
              gboolean                 quiet,
              GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  const gchar *name = options->sources != NULL && options->sources[0] != NULL
                     ? options->sources[0] : lineup_schedule_get_key (schedule);

  if (!check_ids (schedule, name, options->star, error) ||
      !check_ids (schedule, name, options->maybe, error) ||
      !check_ids (schedule, name, options->unstar, error))
    return FALSE;

  /* All the changes in one write, by the flush below (no main loop runs
   * here to write them later). */
  for (guint i = 0; options->star != NULL && options->star[i] != NULL; i++)
    lineup_source_set_star (agenda, lineup_schedule_find (schedule, options->star[i]), TRUE);
  for (guint i = 0; options->maybe != NULL && options->maybe[i] != NULL; i++)
    lineup_source_set_pick (agenda, lineup_schedule_find (schedule, options->maybe[i]),
                            LINEUP_PICK_MAYBE);
  for (guint i = 0; options->unstar != NULL && options->unstar[i] != NULL; i++)
    lineup_source_set_star (agenda, lineup_schedule_find (schedule, options->unstar[i]), FALSE);

  if (!lineup_agenda_flush (agenda, &local_error))
    {
      /* The stars are saved; the unreadable file was kept aside. */
      if (!g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      print_error (err, local_error->message);
    }

  if (!quiet)
    {
      print_changed (schedule, options->star, LINEUP_PICK_GOING, out);
      print_changed (schedule, options->maybe, LINEUP_PICK_MAYBE, out);
      print_changed (schedule, options->unstar, LINEUP_PICK_NONE, out);
    }

  return TRUE;
}

static gboolean
export_agenda (const LineupCliOptions  *options,
               LineupSchedule          *schedule,
               FILE                    *err,
               GError                 **error)
{
  g_autoptr(GPtrArray) starred = lineup_schedule_dup_starred (schedule);
  LineupExportFormat format;
  guint n_exported = 0, n_skipped = 0;

  if (!lineup_export_format_for_path (options->export_path, &format, error))
    return FALSE;
  if (!lineup_export_write (schedule, starred, options->export_path, &n_exported, &n_skipped,
                            error))
    return FALSE;

  if (g_strcmp0 (options->export_path, "-") != 0)
    {
      g_autofree gchar *message = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "Exported %u talk to %s", "Exported %u talks to %s",
                     n_exported), n_exported, options->export_path);

      fprintf (err, "%s\n", message);
    }
  if (n_skipped > 0)
    {
      fprintf (err, g_dngettext (GETTEXT_PACKAGE, "%u talk has no time and was not exported\n",
                                 "%u talks have no time and were not exported\n", n_skipped),
               n_skipped);
    }
  return TRUE;
}

/* The picks, going and maybe, in time order (a maybe talk right after the
 * going one it overlaps, when it starts later). */
static void
print_agenda (const LineupCliOptions *options,
              LineupAgenda           *agenda,
              GPtrArray              *sources,
              LineupSchedule         *schedule,
              FILE                   *out,
              FILE                   *err)
{
  g_autoptr(GPtrArray) picks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      if (lineup_session_get_pick (session) != LINEUP_PICK_NONE)
        g_ptr_array_add (picks, g_object_ref (session));
    }
  if (picks->len == 0 && !options->json)
    fprintf (err, "%s\n", _("No starred talks yet: star one with lineup --star=ID"));
  if (!lineup_cli_print_agenda_changes (agenda, sources, schedule, picks, options->json,
                                        session_to_json, out))
    print_sessions (schedule, picks, options->json, TRUE, out);
}

/* An agenda file that was read but is not an agenda, and left in place. */
static void
report_unreadable_agenda (FILE         *err,
                          const GError *error)
{
  print_error (err, error->message);
  print_error (err, _("the agenda file is left as it is, and no talk is shown as starred "
                      "(changing a star keeps the file aside and starts a new agenda)"));
}

int
lineup_cli_run (const LineupCliOptions *options,
                FILE                   *out,
                FILE                   *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) agenda_error = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(LineupAgenda) agenda = NULL;
  gboolean changes_stars;
  gboolean agenda_unreadable;
  gboolean shows_stars;
  g_autoptr(GPtrArray) warnings = NULL;
  gint64 fits_start = 0, fits_end = 0;

  sources = load_sources (options, err, &error);
  if (sources == NULL)
    {
      print_error (err, error->message);
      return 1;
    }
  schedule = lineup_source_set_merge (sources);

  warnings = lineup_schedule_dup_warnings (schedule);
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree gchar *message = g_strdup_printf (_("warning: %s"),
                                                   (const gchar *) g_ptr_array_index (warnings, i));

      print_error (err, message);
    }
  if (options->fits != NULL
      && !parse_fits_window (options->fits, schedule, &fits_start, &fits_end, &error))
    {
      print_error (err, error->message);
      return 1;
    }

  changes_stars = changes_picks (options);
  shows_stars = options->agenda || options->json || options->export_path != NULL;

  /* Read only: an unreadable file stays in its place unless stars are
   * written, and then the save keeps it aside (and says so). */
  agenda = lineup_agenda_new (NULL);
  agenda_unreadable = !lineup_agenda_load_read_only (agenda, &agenda_error) &&
                      g_error_matches (agenda_error, LINEUP_AGENDA_ERROR,
                                       LINEUP_AGENDA_ERROR_CORRUPT);
  if (agenda_unreadable && !changes_stars)
    report_unreadable_agenda (err, agenda_error);
  else if (agenda_error != NULL && !agenda_unreadable)
    print_error (err, agenda_error->message);

  /* Before any change: the stars of an old key count as the post's. */
  lineup_source_set_apply_agenda (agenda, sources, schedule);

  if (changes_stars)
    {
      gboolean quiet = options->list || options->agenda || options->json ||
                       options->export_path != NULL || options->fits != NULL;

      if (!change_stars (options, schedule, agenda, out, err, quiet, &error))
        {
          if (agenda_unreadable)
            print_error (err, agenda_error->message);
          print_error (err, error->message);
          return 1;
        }
      /* A save kept the unreadable file aside, and said so; changes that
       * changed nothing (unstarring a talk not starred) wrote nothing. */
      if (agenda_unreadable && lineup_agenda_get_recovered_file (agenda) == NULL)
        report_unreadable_agenda (err, agenda_error);
      else
        agenda_unreadable = FALSE;
    }

  lineup_source_set_apply_agenda (agenda, sources, schedule);

  if (options->list || (options->json && !options->agenda && options->fits == NULL))
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new ();

      for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
        g_ptr_array_add (all, lineup_schedule_get_session (schedule, i));
      print_sessions (schedule, all, options->json, FALSE, out);
    }

  if (options->agenda)
    print_agenda (options, agenda, sources, schedule, out, err);

  if (options->fits != NULL)
    print_fits (options, schedule, fits_start, fits_end, out);

  if (options->export_path != NULL && !export_agenda (options, schedule, err, &error))
    {
      print_error (err, error->message);
      return 1;
    }

  fflush (out);
  /* What was shown lacks the stars the unreadable file holds. */
  return agenda_unreadable && shows_stars ? 1 : 0;
}
