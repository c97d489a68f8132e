/* lineup-post-reader-talks.c — talks become sessions: year, time and zone, link, id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

void
lineup_post_reader_talk_free (Talk *talk)
{
  if (talk == NULL)   /* made a session already */
    return;
  g_free (talk->title);
  g_free (talk->byline);
  g_free (talk->unsplit_title);
  g_free (talk->label);
  g_free (talk->room);
  g_free (talk->url);
  g_clear_pointer (&talk->track, g_ref_string_release);
  if (talk->description != NULL)
    g_string_free (talk->description, TRUE);
  g_free (talk->finished);
  g_free (talk);
}

/* A talk is complete when the next one opens: its description (grown by
 * doubling) moves to a block of its own size.  A large post holds many
 * talks at once before they become sessions. */
void
lineup_post_reader_talk_finish (Talk *talk)
{
  gchar *text;

  if (talk->description == NULL)
    return;
  text = g_strstrip (g_string_free (g_steal_pointer (&talk->description), FALSE));
  talk->finished = g_realloc (text, strlen (text) + 1);
}

void
lineup_post_reader_note_body_years (Reader      *reader,
                                    const gchar *body)
{
  for (const gchar *p = body; *p != '\0' && reader->n_body_years < G_N_ELEMENTS (reader->body_years);
       p++)
    {
      gint value = 0, digits = 0;
      gboolean seen = FALSE;

      if (!g_ascii_isdigit (*p) || (p > body && g_ascii_isalnum (p[-1])))
        continue;
      while (g_ascii_isdigit (p[digits]) && digits < 5)
        value = value * 10 + (p[digits] - '0'), digits++;
      p += digits - 1;
      if (digits != 4 || g_ascii_isalnum (p[1]) || !lineup_year_is_plausible (value))
        continue;
      for (guint i = 0; i < reader->n_body_years; i++)
        seen |= reader->body_years[i] == value;
      if (!seen)
        reader->body_years[reader->n_body_years++] = value;
    }
}

/* A post whose dates give no year, nor its front matter: the first year it
 * writes elsewhere ("Welcome to ContainerDays Boston 2016!") on which its
 * first day falls on the weekday the post names ("Tuesday, May 24"); else
 * the year in which that day falls on that weekday: this one, the next,
 * else the nearest before (every weekday comes round within twelve years);
 * this year when it names no weekday.  Chosen once per post, with a
 * warning. */
static gint
guess_year (Reader *reader,
            Talk   *talk,
            gint    month,
            gint    day,
            gint    weekday)
{
  if (reader->guessed_year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      gint this_year = g_date_time_get_year (now);
      gboolean written;

      /* no weekday to check: the year the post writes ("December 5th, 2024"
       * further down), else this one */
      reader->guessed_year = weekday == 0 && reader->n_body_years > 0 ? reader->body_years[0]
                                                                     : this_year;
      for (guint i = 0; weekday != 0 && i < reader->n_body_years; i++)
        if (lineup_weekday_of (reader->body_years[i], month, day) == weekday)
          {
            reader->guessed_year = reader->body_years[i];
            weekday = 0;
          }
      written = reader->n_body_years > 0 && weekday == 0;
      for (gint back = -1; weekday != 0 && back <= 10; back++)
        {
          gint year = back < 0 ? this_year : back == 0 ? this_year + 1 : this_year - back;

          if (lineup_weekday_of (year, month, day) == weekday)
            {
              reader->guessed_year = year;
              break;
            }
        }
      if (written)
        lineup_post_reader_warn (reader, talk->line, LINEUP_READ_NOTE_DOCUMENT,
                                 _("the dates give no year; assuming %d, the year the post writes"),
                                 reader->guessed_year);
      else
        lineup_post_reader_warn (reader, talk->line, LINEUP_READ_NOTE_DOCUMENT,
                                 _("the post gives no year; assuming %d"),
                                 reader->guessed_year);
    }
  return reader->guessed_year;
}

/* The year the name of the file (its last component) gives, or 0. */
static gint
file_name_year (Reader *reader)
{
  g_autofree gchar *base = NULL;

  if (reader->display_name == NULL)
    return 0;
  base = g_path_get_basename (reader->display_name);
  return lineup_year_in_text (base);
}

/* "Monday, November 6" in a post dated January 2024 (a recap, or a date
 * edited later), "quarta" in a folder named for the next year's edition:
 * the weekday fixes the year, the nearest one. */
static gint
fit_weekday (gint year,
             gint month,
             gint day,
             gint weekday)
{
  if (weekday != 0 && month != 0 && day != 0 && lineup_weekday_of (year, month, day) != weekday)
    {
      if (lineup_weekday_of (year - 1, month, day) == weekday)
        return year - 1;
      if (lineup_weekday_of (year + 1, month, day) == weekday)
        return year + 1;
    }
  return year;
}

static gint
resolve_year (Reader *reader,
              Talk   *talk,
              gint    month,
              gint    day,
              gint    weekday)
{
  gint year = 0;

  if (lineup_year_is_plausible (talk->slot.year))
    return talk->slot.year;
  if (talk->day_year != 0)
    return talk->day_year;
  if (reader->known_year != 0)
    return reader->known_year;
  /* "Cilium Talks at KubeCon NA 2023": the event's year, whenever the post
   * was written or last edited. */
  if ((year = lineup_year_in_text (reader->front.title)) != 0)
    return year;
  /* "…/2020/content/pages/schedule.md": the site's folder of that year,
   * where a template's date was left as it was. */
  if ((year = file_name_year (reader)) != 0)
    return fit_weekday (year, month, day, weekday);
  if (reader->pub_year != 0)
    {
      year = reader->pub_year;
      /* A post from December about a conference in January. */
      if (reader->pub_month != 0 && month + 6 < reader->pub_month)
        year++;
      return fit_weekday (year, month, day, weekday);
    }
  /* No date: a year of its own ("pub-year: 2018"), or in the path
   * ("2017-11-30-prometheus-at-cloudnativecon"). */
  if ((year = lineup_year_in_text (reader->front.year)) != 0 ||
      (year = lineup_year_in_text (reader->front.path)) != 0)
    return year;
  /* the guess is the post's first day's year: an archive of meetups over
   * several years ("**2015**", "#### #1 - Tuesday, November 24th") names
   * each one's weekday */
  return fit_weekday (guess_year (reader, talk, month, day, weekday), month, day, weekday);
}

/* Moves a day to @weekday: the first such weekday on or after it ("(Wednesday,
 * 9:00)" under "Tuesday, April 18"), or with @nearest the closest one, up to three days before ("(Saturday, 12:00)"
 * in a post whose prose names "Sunday, 2 February": an event's days run
 * together). */
static void
move_to_weekday (gint     *year,
                 gint     *month,
                 gint     *day,
                 gint      weekday,
                 gboolean  nearest)
{
  GDate date;
  gint ahead;

  if (!g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year) ||
      weekday < 1 || weekday > 7)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
  ahead = (weekday - (gint) g_date_get_weekday (&date) + 7) % 7;
  if (nearest && ahead > 3)
    g_date_subtract_days (&date, (guint) (7 - ahead));
  else
    g_date_add_days (&date, (guint) ahead);
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *day = g_date_get_day (&date);
}

/* A post is written before its event: the day after its own date (from the
 * front matter) is the first its weekdays can name — "### Friday" in a post
 * of a Friday is next week's; a recap names none, unless it says the event
 * was last week.  A site's page ("layout: page") is kept up
 * to date until its event: edited later ("modified: …"), it was still ahead
 * of it then (a post's later edits are corrections).  FALSE when the post
 * has no date. */
#define DAYS_IN_WEEK 7

gboolean
lineup_post_reader_day_after_post (Reader *reader,
                                   gint   *year,
                                   gint   *month,
                                   gint   *day)
{
  GDate date;
  gint y, m, d;

  /* a recap ("I ended up going…") was written after its event, on a day
   * it does not say, unless that was last week */
  if (!lineup_year_is_plausible (reader->pub_year) ||
      (lineup_post_reader_reads_as_recap (reader) && !reader->past_week) ||
      !g_date_valid_dmy ((GDateDay) reader->pub_day, (GDateMonth) reader->pub_month,
                         (GDateYear) reader->pub_year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) reader->pub_day, (GDateMonth) reader->pub_month,
                  (GDateYear) reader->pub_year);
  /* "It took place last week-end": each weekday the last before the post */
  if (reader->past_week)
    g_date_subtract_days (&date, DAYS_IN_WEEK);
  if (reader->front.modified != NULL && g_strcmp0 (reader->front.layout, "page") == 0 &&
      sscanf (reader->front.modified, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
      lineup_year_is_plausible (y) &&
      g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      GDate edited;

      g_date_clear (&edited, 1);
      g_date_set_dmy (&edited, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
      if (g_date_compare (&edited, &date) > 0)
        date = edited;
    }
  /* "only four more weeks away": the event's week, its days from the
   * day four weeks on (the weeks rounded down) */
  g_date_add_days (&date, reader->weeks_ahead > 0 ? DAYS_IN_WEEK * reader->weeks_ahead : 1);
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *day = g_date_get_day (&date);
  return TRUE;
}

/* An event's page ("date: 2024-07-17" with "end: 2024-07-17" in its front
 * matter) dates the event, not a post: its date is the day of the talks
 * that name none.  FALSE for a post. */
static gboolean
event_page_day (Reader *reader,
                gint   *year,
                gint   *month,
                gint   *day)
{
  gint y, m, d;

  if (reader->front.end == NULL)
    return FALSE;
  /* "start: 2019-11-03 09:00:00" on a page dated when it was written */
  if (reader->front.start != NULL &&
      sscanf (reader->front.start, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
      lineup_year_is_plausible (y) &&
      g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      *year = y;
      *month = m;
      *day = d;
      return TRUE;
    }
  if (!lineup_year_is_plausible (reader->pub_year) ||
      !g_date_valid_dmy ((GDateDay) reader->pub_day, (GDateMonth) reader->pub_month,
                         (GDateYear) reader->pub_year))
    return FALSE;
  *year = reader->pub_year;
  *month = reader->pub_month;
  *day = reader->pub_day;
  return TRUE;
}


/* "The workshop takes place on **July 6, 2026** at Royal Holloway": the one
 * day the prose names is the day of the timed talks that name none.  FALSE
 * when it names none, or several, or names it only below the talk (a
 * citation's date in a description: "…, 24/06/2003, CNAM"). */
static gboolean
only_mentioned_day (Reader *reader,
                    Talk   *talk,
                    gint   *year,
                    gint   *month,
                    gint   *day)
{
  if (reader->n_mentioned_days == 0 || reader->mentioned_days[0].line > talk->line)
    return FALSE;
  for (guint i = 1; i < reader->n_mentioned_days; i++)
    if (reader->mentioned_days[i].month != reader->mentioned_days[0].month ||
        reader->mentioned_days[i].day != reader->mentioned_days[0].day)
      return FALSE;
  *month = reader->mentioned_days[0].month;
  *day = reader->mentioned_days[0].day;
  *year = lineup_year_is_plausible (reader->mentioned_days[0].year)
          ? reader->mentioned_days[0].year : resolve_year (reader, talk, *month, *day, 0);
  return lineup_year_is_plausible (*year) &&
         g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
}

static GDateTime *
make_time (GTimeZone *tz,
           gint       year,
           gint       month,
           gint       day,
           gint       minute)
{
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_date_time_new (tz, year, month, day, minute / 60, minute % 60, 0);
}

/* A talk's link is opened in a browser: only http(s) and mailto are kept.
 * "javascript:", "data:", "file:", relative links… leave the talk without
 * a link (it stays a talk).  Not lineup_link_is_openable(): that one looks
 * at the scheme only, so it would keep "http:example.com" or "https:/x",
 * which this rule has always dropped (a web link here is written "http://"
 * or "https://"); the talks' links stay what they were. */
static const gchar *
safe_url (const gchar *url)
{
  if (url == NULL)
    return NULL;
  if (g_ascii_strncasecmp (url, "https://", 8) == 0 ||
      g_ascii_strncasecmp (url, "http://", 7) == 0 ||
      g_ascii_strncasecmp (url, "mailto:", 7) == 0)
    return url;
  return NULL;
}

/* The day the prose names ("When? 31st of October and 1st of November")
 * that falls on @weekday in its year, the post's when it writes none.
 * FALSE when none does. */
static gboolean
mentioned_day (Reader *reader,
               Talk   *talk,
               gint    weekday,
               gint   *year,
               gint   *month,
               gint   *day)
{
  for (guint i = 0; i < reader->n_mentioned_days; i++)
    {
      gint m = reader->mentioned_days[i].month;
      gint d = reader->mentioned_days[i].day;
      gint y = reader->mentioned_days[i].year;

      if (!lineup_year_is_plausible (y))
        y = resolve_year (reader, talk, m, d, weekday);
      if (lineup_weekday_of (y, m, d) == weekday)
        {
          *year = y;
          *month = m;
          *day = d;
          return TRUE;
        }
    }
  /* "Start: Tuesday August 28th" then "### Wednesday": the event's days
   * follow the first one named, in its week */
  if (!lineup_post_reader_nth_day (reader, 1, year, month, day))
    return FALSE;
  move_to_weekday (year, month, day, weekday, FALSE);
  return TRUE;
}

/* The day a talk is on: its slot's ("Thu 19", "July 13"), the day heading
 * it is under, the first such weekday after the post's date, for a timed
 * talk the one day an event page, the post's title or prose names, else in
 * a post of the day itself (dated with a time) its date.  FALSE: none. */
static gboolean
talk_day (Reader   *reader,
          Talk     *talk,
          gboolean  timed,
          gint     *year_out,
          gint     *month_out,
          gint     *day_out)
{
  const LineupSlot *slot = &talk->slot;
  /* "Thu 19" before any day: counted from the month the post was written */
  gint month = slot->month ? slot->month
               : talk->day_month ? talk->day_month
               : slot->day ? reader->pub_month : 0;
  gint day = slot->month || talk->day_month == 0 ? slot->day : talk->day_day;
  gint weekday = slot->month || talk->day_month == 0 ? slot->weekday : talk->day_weekday;
  gint year = month != 0 ? resolve_year (reader, talk, month, day, weekday) : 0;
  gint title_weekday = 0, after = -1;

  if (slot->event_day != 0 && slot->month == 0 && slot->day == 0 &&
      lineup_post_reader_nth_day (reader, (guint) slot->event_day, &year, &month, &day))
    ;   /* "Day 2 - 15:30 – 16:30" in a post that names "May 13th and 14th" */
  else if (slot->month == 0 && slot->day != 0 && year != 0)
    {
      /* "Thu 19": a day of the month in context */
      if (lineup_post_reader_find_month_for_day (&year, &month, slot->day, slot->weekday))
        day = slot->day;
    }
  else if (slot->month == 0 && slot->weekday != 0 && year != 0)
    move_to_weekday (&year, &month, &day, slot->weekday, TRUE);
  else if (month == 0 && slot->day == 0 && slot->weekday != 0 &&
           lineup_post_reader_day_after_post (reader, &year, &month, &day))
    {
      /* "[Title](url) (Thursday, 10:30)" and no day anywhere else: the
       * first Thursday after the post's date, as for "## Thursday". */
      move_to_weekday (&year, &month, &day, slot->weekday, FALSE);
    }
  else if (month == 0 && slot->day == 0 && slot->weekday == 0 && talk->day_weekday != 0 &&
           mentioned_day (reader, talk, talk->day_weekday, &year, &month, &day))
    ;   /* "## Saturday" in a post that names "31st of October" */
  else if (month == 0 && slot->day == 0 && slot->weekday == 0 && slot->event_day == 0 &&
           reader->n_field_days == 1)
    {
      /* "### Date: 1 Dec 2021" below a meetup's talks: the one day a
       * labelled field gives is theirs */
      month = reader->field_day.month;
      day = reader->field_day.day;
      year = reader->field_day.year ? reader->field_day.year
                                     : resolve_year (reader, talk, month, day, 0);
    }
  else if (timed && month == 0 && slot->day == 0 && slot->weekday == 0 &&
           !event_page_day (reader, &year, &month, &day) &&
           !lineup_post_reader_title_day (reader, &year, &month, &day, &title_weekday) &&
           only_mentioned_day (reader, talk, &year, &month, &day))
    ;
  else if (month == 0 && slot->day == 0 && slot->weekday == 0 && slot->event_day == 0 &&
           !reader->some_talk_dated && reader->n_mentioned_days == 0 &&
           !lineup_post_reader_title_day (reader, &year, &month, &day, &title_weekday) &&
           ((after = lineup_post_reader_title_days_after_post (reader)) >= 0 ||
            lineup_post_reader_reads_as_day_of_post (reader)) &&
           lineup_year_is_plausible (reader->pub_year) &&
           g_date_valid_dmy ((GDateDay) reader->pub_day, (GDateMonth) reader->pub_month,
                             (GDateYear) reader->pub_year))
    {
      /* a meetup's page, a report of the day: the talks of a post that
       * names no day at all are on the day it was written ("Tomorrow!":
       * the day after) */
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) reader->pub_day, (GDateMonth) reader->pub_month,
                      (GDateYear) reader->pub_year);
      g_date_add_days (&date, (guint) MAX (after, 0));
      year = g_date_get_year (&date);
      month = g_date_get_month (&date);
      day = g_date_get_day (&date);
    }

  if (year == 0 && month != 0 && day != 0 && title_weekday != 0)   /* "mercredi 5 novembre" */
    year = resolve_year (reader, talk, month, day, title_weekday);
  if (month == 0 || year == 0 || day == 0)
    return FALSE;
  *year_out = year;
  *month_out = month;
  *day_out = day;
  return TRUE;
}

LineupSession *
lineup_post_reader_talk_to_session (Reader    *reader,
                                    Talk      *talk,
                                    GTimeZone *tz,
                                    GTimeZone *show_tz,
                                    gboolean   floating)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  LineupSession *session;
  const LineupSlot *slot = &talk->slot;

  session = lineup_session_new (NULL, NULL);
  /* "Full Paper #8: "Title"": the label is the talk's track */
  talk->title = lineup_text_unquote_labelled (talk->title, talk->label == NULL ? &talk->label
                                                                                : NULL);
  lineup_post_reader_take_byline_room (talk);
  lineup_text_drop_trailing_marks (talk->title);
  if (talk->byline != NULL)
    {
      /* "“Title” (Name)": the quotes set the title off its people */
      g_autofree gchar *clean = lineup_text_unquote (lineup_text_clean_title (talk->title));

      lineup_session_set_title (session, clean);
      /* Parsed into speakers when first asked for (a row shown, a search). */
      lineup_session_set_byline (session, talk->byline);
    }
  else
    {
      /* "Title - Name, Org": split when first asked for. */
      lineup_session_set_title_with_byline (session, talk->title);
    }
  lineup_session_set_line (session, talk->line);
  lineup_session_set_floating (session, floating);
  lineup_session_set_url (session, safe_url (talk->url));
  lineup_session_set_track (session, talk->label ? talk->label : talk->track);
  if (talk->room != NULL)
    lineup_session_set_room (session, talk->room);

  /* The description moves to the session, in a block of its own size. */
  lineup_post_reader_talk_finish (talk);
  lineup_session_take_description (session, g_steal_pointer (&talk->finished));

  if (talk->found & LINEUP_SLOT_TIME)
    {
      gint year = 0, month = 0, day = 0;

      talk_day (reader, talk, TRUE, &year, &month, &day);
      if (month == 0 || year == 0)
        {
          /* a meetup's programme that names no date: the time of day stays */
          lineup_session_set_clock (session, slot->start_minute, slot->end_minute);
          lineup_post_reader_warn (reader, talk->line, LINEUP_READ_NOTE_NO_DAY,
                                   _("no day is given for “%s”; it is listed without a day"),
                                   lineup_session_get_title (session));
        }
      else if ((start = make_time (tz, year, month, day, slot->start_minute)) == NULL)
        lineup_post_reader_warn (reader, talk->line, LINEUP_READ_NOTE_ENTRY, _("the date of “%s” does not exist"),
                                 lineup_session_get_title (session));
      else if (slot->end_minute >= 0)
        {
          gint end_minute = slot->end_minute;

          end = make_time (tz, year, month, day, end_minute);
          if (end != NULL && g_date_time_compare (end, start) < 0)
            {
              /* "11:00 pm - 1:00 am" runs past midnight; anything else is a typo. */
              if (slot->start_minute >= 18 * 60 && end_minute <= 6 * 60)
                {
                  GDateTime *next = g_date_time_add_days (end, 1);

                  g_date_time_unref (end);
                  end = next;
                }
              else
                {
                  lineup_post_reader_warn (reader, talk->line, LINEUP_READ_NOTE_ENTRY, _("“%s” ends before it starts"),
                                           lineup_session_get_title (session));
                  g_clear_pointer (&end, g_date_time_unref);
                }
            }
        }
    }
  else
    {
      gint year, month, day;

      /* a liveblog's talks under "Thursday 7/13": the day stays */
      if (talk_day (reader, talk, FALSE, &year, &month, &day))
        {
          lineup_session_set_day (session, year, month, day);
          lineup_post_reader_warn (reader, talk->line, LINEUP_READ_NOTE_NO_TIME,
                                   _("no time is given for “%s”; it is listed under its day"),
                                   lineup_session_get_title (session));
        }
      else
        /* a bare list's talk: the post gives no times, nothing was misread */
        lineup_post_reader_warn (reader, talk->line,
                                 talk->weak ? LINEUP_READ_NOTE_NO_TIME : LINEUP_READ_NOTE_ENTRY,
                                 _("no time found for “%s”"), lineup_session_get_title (session));
    }

  start = lineup_date_time_to_zone (start, show_tz);
  end = lineup_date_time_to_zone (end, show_tz);
  lineup_session_set_times (session, start, end);
  return session;
}

static gchar *
talk_id (LineupSession *session)
{
  g_autofree gchar *code = lineup_post_layouts_sched_code (lineup_session_get_url (session));
  g_autofree gchar *folded = NULL;
  g_autofree gchar *start = NULL;

  if (code != NULL)
    return g_steal_pointer (&code);

  folded = lineup_text_fold (lineup_session_get_title (session));
  /* the start, or the day or time of day the post gives without it */
  start = lineup_session_dup_when_key (session);
  return lineup_text_short_hash (folded, start, NULL);
}

/* Gives every session its id; drops a talk listed twice. */
GPtrArray *
lineup_post_reader_assign_ids (GPtrArray *sessions)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sessions, i);
      g_autofree gchar *id = talk_id (session);
      LineupSession *other = g_hash_table_lookup (by_id, id);

      if (other != NULL)
        {
          g_autofree gchar *a = lineup_text_fold (lineup_session_get_title (session));
          g_autofree gchar *b = lineup_text_fold (lineup_session_get_title (other));
          g_autofree gchar *when_a = lineup_session_dup_when_key (session);
          g_autofree gchar *when_b = lineup_session_dup_when_key (other);
          gboolean same_time = g_str_equal (when_a, when_b);

          /* A Sched event has one time: listed again under another day,
           * it is still the same talk (the first listing wins). */
          g_autofree gchar *code =
            lineup_post_layouts_sched_code (lineup_session_get_url (session));

          if (g_str_equal (a, b) && (same_time || code != NULL))
            continue;   /* the same talk, listed twice */

          /* Two talks share a link (a copy-paste slip in the post): keep
           * both, with ids that stay stable across reads. */
          {
            g_autofree gchar *hash = lineup_text_short_hash (a, NULL);
            gchar *unique = g_strdup_printf ("%s-%.4s", id, hash);

            g_free (id);
            id = unique;
          }
          if (g_hash_table_contains (by_id, id))
            continue;
        }

      lineup_session_set_id (session, id);
      g_hash_table_insert (by_id, g_steal_pointer (&id), session);
      g_ptr_array_add (kept, g_object_ref (session));
    }

  return kept;
}

/* "Chair: Ashmeet Singh", "Session chairs: A and B": the row that opens a
 * session names who chairs it, no talk. */
static gboolean
names_a_chair (const gchar *title)
{
  static const gchar * const labels[] = {
    "chair:", "chair :", "chairs:", "session chair:", "session chairs:", "chaired by ",
    "moderator:", "moderators:", NULL
  };

  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize length = strlen (labels[i]);

      if (g_ascii_strncasecmp (title, labels[i], length) == 0)
        {
          g_autofree gchar *people = g_strstrip (g_strdup (title + length));

          return lineup_byline_looks_like_people (people) ||
                 lineup_post_layouts_is_first_name (people);
        }
    }
  return FALSE;
}

/* "Morning Tea/Snacks", "Lunch break", "workshop dinner!": a timed line with no link and
 * no speakers whose few words name a break is no talk, in any layout (tables drop theirs
 * already); nor is a session's chair, a title still to come ("TBA" beside its speaker) or a
 * link to a calendar file ("[.ics file - add to your calendar](…/event.ics)"). */
static gboolean
is_break (const Talk *talk)
{
  /* "Light dinner sponsored by Org" is a dinner; "[Lunch 🍲](sched)" too,
   * linked on the schedule as everything is */
  if (talk->url != NULL ? g_str_has_suffix (talk->url, ".ics")
                        : talk->title != NULL && lineup_post_table_is_placeholder (talk->title))
    return TRUE;
  /* "Shuttle (Hotel - Terinov)": the bracket is the way, no one's name */
  if (talk->title != NULL && talk->url == NULL && lineup_post_table_names_journey (talk->title))
    return TRUE;
  return talk->byline == NULL && talk->title != NULL && (talk->found & LINEUP_SLOT_TIME) &&
         (talk->url == NULL ? lineup_post_table_is_filler (talk->title) ||
                              names_a_chair (talk->title)
                            : lineup_post_table_is_bare_break (talk->title));
}

void
lineup_post_reader_drop_talks (Reader   *reader,
                               gboolean (*dropped) (const Talk *talk))
{
  guint kept = 0;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      if (dropped (talk))
        lineup_post_reader_talk_free (talk);
      else
        reader->talks->pdata[kept++] = talk;
    }
  reader->talks->len = kept;
}

/* "- 20:50 - 21:00: Closing remarks" then "- 21:00: Let's continue at a
 * bar": in a list whose talks all give a range, a last line with no link
 * and no speakers that only starts when the one before it ends marks the
 * end of the programme, not a talk. */
static void
drop_end_marker (Reader *reader)
{
  /* "20:00: Closing keynote" names a session, "20:00: Close" the end */
  static const gchar * const sessions[] = {
    "keynote", "talk", "panel", "remarks", "closing", "session", "workshop", "q&a", NULL
  };

  for (guint i = reader->talks->len; i-- > 1;)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);
      Talk *before = g_ptr_array_index (reader->talks, i - 1);
      guint ranges = 0;

      if (talk->list == 0 || talk->url != NULL || talk->byline != NULL ||
          (talk->found & LINEUP_SLOT_TIME) == 0 || talk->slot.end_minute >= 0 ||
          before->list != talk->list || before->slot.end_minute != talk->slot.start_minute ||
          talk->title == NULL || lineup_post_folded_contains_any (talk->title, sessions) ||
          (i + 1 < reader->talks->len &&
           ((Talk *) g_ptr_array_index (reader->talks, i + 1))->list == talk->list))
        continue;
      for (guint j = i; j-- > 0;)
        {
          Talk *other = g_ptr_array_index (reader->talks, j);

          if (other->list != talk->list)
            break;
          if (other->slot.end_minute < 0)
            {
              ranges = 0;
              break;
            }
          ranges++;
        }
      if (ranges >= 3)
        lineup_post_reader_talk_free (g_ptr_array_steal_index (reader->talks, i));
    }
}

/* "Opening remarks", "Welcome", "Abertura do evento — Name": a slot of the
 * programme, no talk of its own whoever speaks (tests/data/other/README.md). */
static gboolean
is_ceremony (const Talk *talk)
{
  return talk->title != NULL && talk->url == NULL && (talk->found & LINEUP_SLOT_TIME) &&
         lineup_post_layouts_title_is_ceremony (talk->title);
}

/* "{{ person.affiliation }}": a site's template the page left unfilled. */
static gboolean
is_template (const Talk *talk)
{
  return talk->title != NULL && (strstr (talk->title, "}}") != NULL ||
                                 strstr (talk->title, "{{") != NULL ||
                                 strstr (talk->title, "{%") != NULL);
}

/* "13:30〜13:40 (オープニング)", "16:00 Name: (TBA)": a timed note wholly
 * in brackets names no talk. */
static gboolean
is_bracketed_note (const Talk *talk)
{
  g_autofree gchar *title = NULL;

  if (talk->title == NULL || !(talk->found & LINEUP_SLOT_TIME))
    return FALSE;
  lineup_byline_split (talk->title, &title, NULL);
  return title[0] == '(' && g_str_has_suffix (title, ")") && strchr (title + 1, '(') == NULL;
}

/* Its byline, or one its title ends with ("Title - Name"). */
static gboolean
names_speakers (const Talk *talk)
{
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;

  if (talk->byline != NULL)
    return TRUE;
  lineup_byline_split (talk->title != NULL ? talk->title : "", &title, &byline);
  return byline != NULL;
}

/* A post that links its talks lists other things by time without a link: a
 * meeting's own agenda ("- 13:00 Meet and greet"), a lunch, booth hours.
 * Those are dropped, unless they name their speakers or sit in the same
 * list as linked talks (a timetable where a few sessions have no page), or
 * in a table when linked talks are in tables too (a day's table with no
 * page at all, after one with pages).  A post with no linked talk
 * at all (or links only off the timetable, without a time) is a timetable:
 * every talk is kept. */
#define MAX_UNLINKED_PER_LINKED 6

void
lineup_post_reader_drop_agenda_items (Reader *reader)
{
  g_autoptr(GHashTable) linked_lists = g_hash_table_new (NULL, NULL);
  guint n_linked = 0, n_unlinked = 0;
  gboolean linked_table = FALSE;   /* a timetable in tables, some rows linked */
  guint kept = 0;

  lineup_post_reader_drop_talks (reader, is_break);
  lineup_post_reader_drop_talks (reader, is_bracketed_note);
  lineup_post_reader_drop_talks (reader, is_template);
  drop_end_marker (reader);
  /* after the end marker, which reads the last slots */
  lineup_post_reader_drop_talks (reader, is_ceremony);
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      /* a link without a time ("[slides](url)" in a talk's notes) links
       * no talk of the timetable */
      if (talk->url != NULL && (talk->found & LINEUP_SLOT_TIME) != 0)
        {
          n_linked++;
          linked_table |= talk->table_row;
          if (talk->list != 0)
            g_hash_table_add (linked_lists, GUINT_TO_POINTER (talk->list));
        }
      else
        n_unlinked += (talk->found & LINEUP_SLOT_TIME) != 0;
    }
  /* a week's timetable where one talk of many has a page is no post that
   * links its talks */
  if (n_linked == 0 || n_unlinked > MAX_UNLINKED_PER_LINKED * n_linked)
    return;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      if (talk->url == NULL && !talk->from_fields && !names_speakers (talk) &&
          !(linked_table && talk->table_row) && (talk->list == 0 || !g_hash_table_contains (linked_lists, GUINT_TO_POINTER (talk->list))))
        {
          lineup_post_reader_talk_free (talk);
          continue;
        }
      reader->talks->pdata[kept++] = talk;
    }
  reader->talks->len = kept;
}
