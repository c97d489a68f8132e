/* lineup-export-icalendar.c — the starred talks as iCalendar (libical)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libical/ical.h>

#include "lineup-export-private.h"
#include "lineup-markdown.h"

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
      g_autoptr(GDateTime) local = lineup_export_wall_clock (dt, ctx->zone, session);

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
      g_autofree gchar *note = lineup_export_assumed_end_note ();

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

/* A talk whose post gives its day but no time is on the attendee's
 * calendar all that day: DTSTART;VALUE=DATE, and DTEND the next day. */
static void
add_whole_day (icalcomponent *event,
               LineupSession *session)
{
  struct icaltimetype day = icaltime_null_date ();

  if (!lineup_session_get_day (session, &day.year, &day.month, &day.day))
    g_return_if_reached ();
  icalcomponent_add_property (event, icalproperty_new_dtstart (day));
  icaltime_adjust (&day, 1, 0, 0, 0);
  icalcomponent_add_property (event, icalproperty_new_dtend (day));
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
  g_autoptr(GDateTime) end =
    start != NULL ? lineup_export_end_or_assumed (start, lineup_session_get_end (session), &end_assumed)
                  : NULL;
  g_autofree gchar *uid = session_uid (session, slug);
  g_autofree gchar *summary = lineup_export_clean_text (lineup_session_get_title (session));
  g_autofree gchar *description_raw = ical_description (session, end_assumed);
  g_autofree gchar *description = lineup_export_clean_text (description_raw);
  g_autofree gchar *track = lineup_export_clean_text (lineup_session_get_track (session));
  g_autofree gchar *room = lineup_export_clean_text (lineup_session_get_room (session));
  const gchar *url = lineup_session_get_url (session);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  if (start == NULL)
    add_whole_day (event, session);
  else
    {
      icalcomponent_add_property (event, time_property (ctx, session, start, kind, FALSE));
      /* A talk with no end is given a length (and says so in its description):
       * calendars show an event with no DTEND as a mere instant, or not at all. */
      icalcomponent_add_property (event, time_property (ctx, session, end, kind, TRUE));
    }
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (*description != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (description));
  if (lineup_export_url_is_safe (url))
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
  g_autofree gchar *calname = lineup_export_clean_text (lineup_schedule_get_title (schedule));
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
  zone = lineup_export_schedule_time_zone (schedule);
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
  sorted = lineup_export_sorted_copy (sessions);

  calendar = new_vcalendar (schedule);

  for (guint i = 0; i < sorted->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sorted, i);
      TimeKind kind;

      /* a talk with neither time nor day has no place in a calendar */
      if (lineup_session_get_start (session) == NULL &&
          !lineup_session_get_day (session, NULL, NULL, NULL))
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

      /* Several sources shown at once: each talk keeps the UID its own
       * source gives it, so that exports re-import without duplicates. */
      if (lineup_session_get_source_key (session) != NULL &&
          g_strcmp0 (lineup_session_get_source_key (session), lineup_schedule_get_key (schedule)) != 0)
        {
          g_autofree gchar *own_slug = slug_of_key (lineup_session_get_source_key (session));

          icalcomponent_add_component (calendar,
                                       session_vevent (&ctx, session, own_slug, kind, ical_stamp));
        }
      else
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

