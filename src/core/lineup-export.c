/* lineup-export.c — the agenda as iCalendar (libical) or Markdown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-export"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <gio/gunixoutputstream.h>
#include <libical/ical.h>

#include "lineup-date.h"
#include "lineup-export.h"
#include "lineup-markdown.h"
#include "lineup-time-format.h"

/* How long a talk that gives only its start is taken to last. */
#define ASSUMED_MINUTES 30

G_DEFINE_QUARK (lineup-export-error-quark, lineup_export_error)

/* ---------------------------------------------------------------------- */
/* Helpers shared by both formats                                          */

/* Drops control characters (C0 but tab and newline, DEL, C1): iCalendar
 * TEXT may not hold them, and they have no place in a Markdown file. */
static gchar *
clean_text (const gchar *text)
{
  g_autofree gchar *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const gchar *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A URL is written only if it could not break the file it is written to. */
static gboolean
url_is_safe (const gchar *url)
{
  if (url == NULL || *url == '\0' || !g_utf8_validate (url, -1, NULL))
    return FALSE;
  for (const guchar *p = (const guchar *) url; *p != '\0'; p++)
    if (*p <= 0x20 || *p == 0x7f)
      return FALSE;
  return TRUE;
}

/* The event zone, or NULL when times are floating or GLib does not know it. */
static GTimeZone *
schedule_time_zone (LineupSchedule *schedule)
{
  const gchar *zone_id = lineup_schedule_get_zone_id (schedule);

  if (zone_id == NULL)
    return NULL;
  return g_time_zone_new_identifier (zone_id);
}

/* @dt as wall-clock time in the event zone, or as written when floating. */
static GDateTime *
wall_clock (GDateTime     *dt,
            GTimeZone     *zone,
            LineupSession *session)
{
  if (dt == NULL)
    return NULL;
  if (zone == NULL || lineup_session_get_floating (session))
    return g_date_time_ref (dt);
  return g_date_time_to_timezone (dt, zone);
}

/* The session's end, or @start plus ASSUMED_MINUTES (*@assumed set) when it
 * gives none, or one that is not after its start.  @start and the result in
 * the same zone. */
static GDateTime *
end_or_assumed (GDateTime     *start,
                GDateTime     *end,
                gboolean      *assumed)
{
  *assumed = end == NULL || g_date_time_compare (end, start) <= 0;
  if (*assumed)
    return g_date_time_add_minutes (start, ASSUMED_MINUTES);
  return g_date_time_ref (end);
}

static gchar *
assumed_end_note (void)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "End time not announced; %u minute assumed.",
                                       "End time not announced; %u minutes assumed.",
                                       ASSUMED_MINUTES),
                          (guint) ASSUMED_MINUTES);
}

static gint
compare_session_ptrs (gconstpointer a,
                      gconstpointer b)
{
  return lineup_session_compare (*(LineupSession **) a, *(LineupSession **) b);
}

static GPtrArray *
sorted_copy (GPtrArray *sessions)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (sessions, i)));
  g_ptr_array_sort (copy, compare_session_ptrs);
  return copy;
}

/* "/blog/2023/10/30/cilium-kubecon-na-talks/" → "cilium-kubecon-na-talks",
 * in place. */
static void
keep_last_path_part (gchar *path)
{
  gchar *end = path + strlen (path);
  gchar *slash;

  while (end > path && end[-1] == '/')
    *--end = '\0';
  slash = strrchr (path, '/');
  if (slash != NULL && slash[1] != '\0')
    memmove (path, slash + 1, strlen (slash + 1) + 1);
}

/* "cilium-kubecon-na-2023.md" → "cilium-kubecon-na-2023",
 * "/blog/2023/10/30/cilium-kubecon-na-talks" → "cilium-kubecon-na-talks": the
 * last part of a post's path is its slug, and it reads well in a UID. */
static gchar *
slug_of_key (const gchar *key)
{
  g_autofree gchar *ascii = key != NULL ? g_str_to_ascii (key, "C") : g_strdup ("");
  GString *slug = g_string_new (NULL);

  keep_last_path_part (ascii);
  if (g_str_has_suffix (ascii, ".md"))
    ascii[strlen (ascii) - strlen (".md")] = '\0';
  else if (g_str_has_suffix (ascii, ".markdown"))
    ascii[strlen (ascii) - strlen (".markdown")] = '\0';

  for (const gchar *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  return g_string_free (slug, FALSE);
}

/* ---------------------------------------------------------------------- */
/* iCalendar                                                               */

static struct icaltimetype
ical_time (GDateTime *dt)
{
  struct icaltimetype tt = icaltime_null_time ();

  g_date_time_get_ymd (dt, &tt.year, &tt.month, &tt.day);
  tt.hour = g_date_time_get_hour (dt);
  tt.minute = g_date_time_get_minute (dt);
  tt.second = g_date_time_get_second (dt);
  tt.is_date = 0;
  return tt;
}

static struct icaltimetype
ical_time_utc (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (dt);
  struct icaltimetype tt = ical_time (utc);

  tt.zone = icaltimezone_get_utc_timezone ();
  return tt;
}

typedef enum
{
  KIND_FLOATING,   /* wall clock, no TZID */
  KIND_ZONED,      /* wall clock in the event zone, TZID */
  KIND_UTC,        /* the zone is unknown to libical: exact instant in UTC */
} TimeKind;

typedef struct
{
  const gchar *zone_id;
  GTimeZone   *zone;
  gint         first_year;
  gint         last_year;
} IcalContext;

static icalproperty *
time_property (IcalContext   *ctx,
               LineupSession *session,
               GDateTime     *dt,
               TimeKind       kind,
               gboolean       is_end)
{
  icalproperty *prop;
  struct icaltimetype tt;

  if (kind == KIND_UTC)
    tt = ical_time_utc (dt);
  else
    {
      g_autoptr(GDateTime) local = wall_clock (dt, ctx->zone, session);

      tt = ical_time (local);
      if (kind == KIND_ZONED)
        {
          ctx->first_year = MIN (ctx->first_year, tt.year);
          ctx->last_year = MAX (ctx->last_year, tt.year);
        }
    }

  prop = is_end ? icalproperty_new_dtend (tt) : icalproperty_new_dtstart (tt);
  if (kind == KIND_ZONED)
    icalproperty_add_parameter (prop, icalparameter_new_tzid (ctx->zone_id));
  return prop;
}

static gchar *
ical_description (LineupSession *session,
                  gboolean       end_assumed)
{
  const gchar *speakers = lineup_session_get_speakers_text (session);
  g_autofree gchar *plain = lineup_markdown_to_plain (lineup_session_get_description (session));
  GString *text = g_string_new (NULL);

  if (speakers != NULL && *speakers != '\0')
    g_string_append_printf (text, _("Speakers: %s"), speakers);
  if (*plain != '\0')
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, plain);
    }
  if (end_assumed)
    {
      g_autofree gchar *note = assumed_end_note ();

      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, note);
    }
  return g_string_free (text, FALSE);
}

/* "Room A, Level 2" → "Room A Level 2" */
static gchar *
remove_commas (const gchar *text)
{
  GString *out = g_string_new (NULL);

  for (const gchar *p = text; *p != '\0'; p++)
    {
      gchar c = (*p == '\t' || *p == '\n') ? ' ' : *p;

      if (c == ',' || (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' ')))
        continue;
      g_string_append_c (out, c);
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static gchar *
session_uid (LineupSession *session,
             const gchar   *slug)
{
  const gchar *id = lineup_session_get_id (session);
  g_autofree gchar *fallback = NULL;

  if (id == NULL || *id == '\0')
    {
      g_autofree gchar *start = lineup_format_iso8601 (lineup_session_get_start (session), TRUE);
      const gchar *title = lineup_session_get_title (session);
      g_autofree gchar *seed = g_strconcat (title != NULL ? title : "", "\n",
                                            start != NULL ? start : "", NULL);

      fallback = g_compute_checksum_for_string (G_CHECKSUM_SHA1, seed, -1);
      fallback[12] = '\0';
      id = fallback;
    }

  if (*slug == '\0')
    return g_strdup_printf ("%s@lineup", id);
  return g_strdup_printf ("%s@lineup.%s", id, slug);
}

static icalcomponent *
session_vevent (IcalContext   *ctx,
                LineupSession *session,
                const gchar   *slug,
                TimeKind       kind,
                struct icaltimetype stamp)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  GDateTime *start = lineup_session_get_start (session);
  gboolean end_assumed = FALSE;
  g_autoptr(GDateTime) end = end_or_assumed (start, lineup_session_get_end (session),
                                             &end_assumed);
  g_autofree gchar *uid = session_uid (session, slug);
  g_autofree gchar *summary = clean_text (lineup_session_get_title (session));
  g_autofree gchar *description_raw = ical_description (session, end_assumed);
  g_autofree gchar *description = clean_text (description_raw);
  g_autofree gchar *track = clean_text (lineup_session_get_track (session));
  g_autofree gchar *room = clean_text (lineup_session_get_room (session));
  const gchar *url = lineup_session_get_url (session);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, time_property (ctx, session, start, kind, FALSE));
  /* A talk with no end is given a length (and says so in its description):
   * calendars show an event with no DTEND as a mere instant, or not at all. */
  icalcomponent_add_property (event, time_property (ctx, session, end, kind, TRUE));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (*description != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (description));
  if (url_is_safe (url))
    icalcomponent_add_property (event, icalproperty_new_url (url));
  /* The place is the room; a track is not a place. */
  if (*room != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (room));
  if (*track != '\0')
    {
      /* libical 3.0 leaves commas in CATEGORIES unescaped, where they separate
       * categories: a track is one category, so its commas go. */
      g_autofree gchar *category = remove_commas (track);

      icalcomponent_add_property (event, icalproperty_new_categories (category));
    }

  return event;
}

/* The zone's VTIMEZONE, cut down to the rules of the years of the talks and
 * named with the plain IANA id (libical's own ids carry a
 * "/freeassociation.sourceforge.net/" prefix no other program expects). */
static icalcomponent *
trimmed_vtimezone (icaltimezone *zone,
                   const gchar  *zone_id,
                   gint          first_year,
                   gint          last_year)
{
  icalcomponent *source = icaltimezone_get_component (zone);
  icalcomponent *vtimezone;
  icalproperty *tzid;
  struct icaltimetype from = icaltime_null_time ();
  struct icaltimetype until = icaltime_null_time ();

  if (source == NULL)
    return NULL;

  vtimezone = icalcomponent_new_clone (source);

  from.year = first_year;
  from.month = from.day = 1;
  from.zone = icaltimezone_get_utc_timezone ();
  until.year = last_year + 1;
  until.month = until.day = 1;
  until.zone = icaltimezone_get_utc_timezone ();
  icaltimezone_truncate_vtimezone (vtimezone, from, until, 0);

  tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, zone_id);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (zone_id));

  return vtimezone;
}

static gchar *
component_to_string (icalcomponent *component)
{
  gchar *ical = icalcomponent_as_ical_string_r (component);
  gchar *text = g_strdup (ical);

  icalmemory_free_buffer (ical);
  return text;
}

/* An empty VCALENDAR that names Lineup and the schedule. */
static icalcomponent *
new_vcalendar (LineupSchedule *schedule)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  g_autofree gchar *calname = clean_text (lineup_schedule_get_title (schedule));
  icalproperty *prop;

  prop = icalproperty_new_prodid ("-//Lineup//Lineup " PACKAGE_VERSION "//EN");
  icalcomponent_add_property (calendar, prop);
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  if (*calname != '\0')
    {
      prop = icalproperty_new_x (calname);
      icalproperty_set_x_name (prop, "X-WR-CALNAME");
      icalcomponent_add_property (calendar, prop);
    }
  return calendar;
}

/* Adds @vtimezone (taken) before the events: RFC 5545 wants the VTIMEZONE
 * before the events that use it. */
static void
add_vtimezone_first (icalcomponent *calendar,
                     icalcomponent *vtimezone)
{
  icalcomponent *first = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();

  for (icalcomponent *c = first; c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (events, c);
  for (guint i = 0; i < events->len; i++)
    icalcomponent_remove_component (calendar, g_ptr_array_index (events, i));
  icalcomponent_add_component (calendar, vtimezone);
  for (guint i = 0; i < events->len; i++)
    icalcomponent_add_component (calendar, g_ptr_array_index (events, i));
}

gchar *
lineup_export_icalendar (LineupSchedule *schedule,
                         GPtrArray      *sessions,
                         GDateTime      *stamp,
                         guint          *n_exported,
                         guint          *n_skipped)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree gchar *slug = NULL;
  IcalContext ctx = { 0 };
  icaltimezone *ical_zone = NULL;
  icalcomponent *calendar;
  struct icaltimetype ical_stamp;
  guint exported = 0, skipped = 0;
  gboolean any_zoned = FALSE;
  gchar *text;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (schedule), NULL);

  ctx.zone_id = lineup_schedule_get_zone_id (schedule);
  zone = schedule_time_zone (schedule);
  ctx.zone = zone;
  ctx.first_year = G_MAXINT;
  ctx.last_year = G_MININT;
  /* A zone libical has no VTIMEZONE for ("UTC" itself, or one it does not
   * know) is written as exact instants in UTC. */
  if (ctx.zone_id != NULL && zone != NULL)
    ical_zone = icaltimezone_get_builtin_timezone (ctx.zone_id);
  if (ical_zone != NULL && icaltimezone_get_component (ical_zone) == NULL)
    ical_zone = NULL;

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  ical_stamp = ical_time_utc (stamp);

  slug = slug_of_key (lineup_schedule_get_key (schedule));
  sorted = sorted_copy (sessions);

  calendar = new_vcalendar (schedule);

  for (guint i = 0; i < sorted->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sorted, i);
      TimeKind kind;

      if (lineup_session_get_start (session) == NULL)
        {
          skipped++;
          continue;
        }

      if (ctx.zone_id == NULL || lineup_session_get_floating (session))
        kind = KIND_FLOATING;
      else if (ical_zone != NULL)
        kind = KIND_ZONED;
      else
        kind = KIND_UTC;
      any_zoned |= kind == KIND_ZONED;

      icalcomponent_add_component (calendar,
                                   session_vevent (&ctx, session, slug, kind, ical_stamp));
      exported++;
    }

  if (any_zoned)
    {
      icalcomponent *vtimezone = trimmed_vtimezone (ical_zone, ctx.zone_id,
                                                    ctx.first_year, ctx.last_year);

      if (vtimezone != NULL)
        add_vtimezone_first (calendar, vtimezone);
    }

  text = component_to_string (calendar);
  icalcomponent_free (calendar);

  if (n_exported != NULL)
    *n_exported = exported;
  if (n_skipped != NULL)
    *n_skipped = skipped;

  return text;
}

/* ---------------------------------------------------------------------- */
/* Markdown                                                                */

/* Escapes the characters that would otherwise turn into markup. */
static void
append_markdown_text (GString     *out,
                      const gchar *text)
{
  g_autofree gchar *clean = clean_text (text);

  for (const gchar *p = clean; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr ("\\`*_[]<>#|", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_markdown_session (GString        *out,
                         LineupSchedule *schedule,
                         LineupSession  *session,
                         GHashTable     *exported_ids,
                         const gchar    *when,
                         gboolean        end_assumed)
{
  const gchar *speakers = lineup_session_get_speakers_text (session);
  const gchar *url = lineup_session_get_url (session);
  const gchar * const *conflicts = lineup_session_get_conflicts (session);
  gboolean first_conflict = TRUE;

  g_string_append (out, "- ");
  if (when != NULL)
    g_string_append_printf (out, "%s · ", when);
  append_markdown_text (out, lineup_session_get_title (session));
  if (speakers != NULL && *speakers != '\0')
    {
      g_string_append (out, " — ");
      append_markdown_text (out, speakers);
    }
  if (url_is_safe (url))
    {
      if (strpbrk (url, "()<>") != NULL)
        g_string_append_printf (out, " ([%s](<%s>))", _("link"), url);
      else
        g_string_append_printf (out, " ([%s](%s))", _("link"), url);
    }

  for (guint i = 0; conflicts != NULL && conflicts[i] != NULL; i++)
    {
      LineupSession *other;

      /* Only overlaps with talks in this agenda matter here. */
      if (!g_hash_table_contains (exported_ids, conflicts[i]))
        continue;
      other = lineup_schedule_find (schedule, conflicts[i]);
      if (other == NULL)
        other = g_hash_table_lookup (exported_ids, conflicts[i]);

      g_string_append (out, first_conflict ? _(" ⚠ overlaps: ") : ", ");
      append_markdown_text (out, other != NULL ? lineup_session_get_title (other) : conflicts[i]);
      first_conflict = FALSE;
    }

  if (end_assumed)
    {
      g_autofree gchar *note = assumed_end_note ();

      g_string_append (out, " (");
      append_markdown_text (out, note);
      g_string_append_c (out, ')');
    }

  g_string_append_c (out, '\n');
}

gchar *
lineup_export_markdown (LineupSchedule *schedule,
                        GPtrArray      *sessions,
                        gboolean        twelve_hour,
                        guint          *n_exported,
                        guint          *n_skipped)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GHashTable) exported_ids = NULL;
  const gchar *title;
  GString *out = g_string_new (NULL);
  guint last_day = 0;
  gboolean untimed_heading = FALSE;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (schedule), NULL);

  zone = schedule_time_zone (schedule);
  sorted = sorted_copy (sessions);
  exported_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < sorted->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sorted, i);

      if (lineup_session_get_id (session) != NULL)
        g_hash_table_insert (exported_ids, (gpointer) lineup_session_get_id (session), session);
    }

  title = lineup_schedule_get_title (schedule);
  g_string_append (out, "# ");
  if (title != NULL && *title != '\0')
    {
      append_markdown_text (out, title);
      g_string_append (out, _(" — my agenda"));
    }
  else
    g_string_append (out, _("My agenda"));
  g_string_append_c (out, '\n');
  if (zone != NULL)
    {
      g_string_append_c (out, '\n');
      /* Translators: under the title of a Markdown agenda, as in "Times in
       * Europe/Berlin."; the zone is an IANA time zone name */
      g_string_append_printf (out, _("Times in %s."), lineup_schedule_get_zone_id (schedule));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < sorted->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sorted, i);
      g_autoptr(GDateTime) start = wall_clock (lineup_session_get_start (session), zone, session);
      g_autoptr(GDateTime) given_end = wall_clock (lineup_session_get_end (session), zone,
                                                   session);
      g_autoptr(GDateTime) end = NULL;
      g_autofree gchar *when = NULL;
      gboolean end_assumed = FALSE;

      if (start == NULL)
        {
          if (!untimed_heading)
            g_string_append_printf (out, "\n## %s\n\n", _("Time not announced"));
          untimed_heading = TRUE;
          append_markdown_session (out, schedule, session, exported_ids, NULL, FALSE);
          continue;
        }
      end = end_or_assumed (start, given_end, &end_assumed);

      if (lineup_day_key_from_date_time (start) != last_day)
        {
          g_autofree gchar *day = lineup_format_day_long (start);

          g_string_append_printf (out, "\n## %s\n\n", day);
          last_day = lineup_day_key_from_date_time (start);
        }

      /* As the window shows it: the clock of the app, the zone named. */
      when = lineup_format_when (start, end, zone == NULL || lineup_session_get_floating (session),
                                 schedule, twelve_hour, FALSE);
      append_markdown_session (out, schedule, session, exported_ids, when, end_assumed);
    }

  if (n_exported != NULL)
    *n_exported = sorted->len;
  if (n_skipped != NULL)
    *n_skipped = 0;

  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Files                                                                   */

gboolean
lineup_export_format_for_path (const gchar        *path,
                               LineupExportFormat *format,
                               GError            **error)
{
  g_autofree gchar *lower = NULL;
  g_autofree gchar *display = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_equal (path, "-") || g_str_has_suffix (lower, ".ics"))
    {
      if (format != NULL)
        *format = LINEUP_EXPORT_ICALENDAR;
      return TRUE;
    }
  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    {
      if (format != NULL)
        *format = LINEUP_EXPORT_MARKDOWN;
      return TRUE;
    }

  display = g_filename_display_name (path);
  g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_FORMAT,
               _("Cannot tell the export format of “%s”: name it .ics (iCalendar) "
                 "or .md (Markdown)"), display);
  return FALSE;
}

static const gchar *
format_extension (LineupExportFormat format)
{
  return format == LINEUP_EXPORT_MARKDOWN ? ".md" : ".ics";
}

gchar *
lineup_export_suggest_name (LineupSchedule     *schedule,
                            LineupExportFormat  format)
{
  const gchar *title = schedule != NULL ? lineup_schedule_get_title (schedule) : NULL;
  g_autofree gchar *stem = NULL;
  GString *name;

  if (title == NULL || *title == '\0')
    /* Translators: the file name an exported agenda is given when the
     * post has no title, before its extension */
    stem = g_strdup (_("Agenda"));
  else
    /* Translators: the file name of an exported agenda, before its
     * extension; %s is the post's title */
    stem = g_strdup_printf (_("%s Agenda"), title);

  /* Characters no file name on a common file system takes, or that would
   * make a folder of it. */
  name = g_string_new (NULL);
  for (const gchar *p = stem; *p != '\0' && g_utf8_strlen (name->str, -1) < 120;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
          c == '<' || c == '>' || c == '|' || g_unichar_iscntrl (c))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
  if (name->len == 0)
    g_string_assign (name, "agenda");
  g_string_append (name, format_extension (format));
  return g_string_free (name, FALSE);
}

gchar *
lineup_export_ensure_extension (const gchar        *name,
                                LineupExportFormat  format)
{
  g_return_val_if_fail (name != NULL, NULL);

  if (lineup_export_format_for_path (name, NULL, NULL) && !g_str_equal (name, "-"))
    return g_strdup (name);
  return g_strconcat (name, format_extension (format), NULL);
}

static gboolean
write_stdout (const gchar  *text,
              GError      **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(GError) local_error = NULL;

  if (!g_output_stream_write_all (out, text, strlen (text), NULL, NULL, &local_error) ||
      !g_output_stream_flush (out, NULL, &local_error))
    {
      g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_WRITE,
                   _("Could not write to standard output: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
lineup_export_write (LineupSchedule *schedule,
                     GPtrArray      *sessions,
                     const gchar    *path,
                     guint          *n_exported,
                     guint          *n_skipped,
                     GError        **error)
{
  return lineup_export_write_full (schedule, sessions, path, lineup_locale_uses_12h_clock (),
                                   n_exported, n_skipped, error);
}

gboolean
lineup_export_write_full (LineupSchedule *schedule,
                          GPtrArray      *sessions,
                          const gchar    *path,
                          gboolean        twelve_hour,
                          guint          *n_exported,
                          guint          *n_skipped,
                          GError        **error)
{
  LineupExportFormat format;
  g_autofree gchar *text = NULL;
  g_autofree gchar *display = NULL;
  g_autoptr(GError) local_error = NULL;
  guint exported = 0, skipped = 0;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (schedule), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_exported != NULL)
    *n_exported = 0;
  if (n_skipped != NULL)
    *n_skipped = 0;

  if (!lineup_export_format_for_path (path, &format, error))
    return FALSE;

  if (format == LINEUP_EXPORT_ICALENDAR)
    text = lineup_export_icalendar (schedule, sessions, NULL, &exported, &skipped);
  else
    text = lineup_export_markdown (schedule, sessions, twelve_hour, &exported, &skipped);

  if (n_exported != NULL)
    *n_exported = exported;
  if (n_skipped != NULL)
    *n_skipped = skipped;

  display = g_str_equal (path, "-") ? g_strdup (_("standard output"))
                                    : g_filename_display_name (path);

  if (exported == 0)
    {
      if (skipped == 1)
        g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                     _("Nothing written to “%s”: the starred talk has no time yet"), display);
      else if (skipped > 1)
        g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Nothing written to “%s”: "
                                  "none of the %u starred talk has a time yet",
                                  "Nothing written to “%s”: "
                                  "none of the %u starred talks has a time yet",
                                  skipped),
                     display, skipped);
      else
        g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_EMPTY,
                     _("Nothing written to “%s”: no talk is starred"), display);
      return FALSE;
    }

  if (g_str_equal (path, "-"))
    return write_stdout (text, error);

  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_set_error (error, LINEUP_EXPORT_ERROR, LINEUP_EXPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, local_error->message);
      return FALSE;
    }

  return TRUE;
}
