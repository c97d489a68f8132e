/* test-session.c — LineupSession and LineupSchedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lineup-core.h"

static GDateTime *
chicago (gint day,
         gint hour,
         gint minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Chicago");

  return g_date_time_new (tz, 2023, 11, day, hour, minute, 0);
}

static LineupSession *
make_session (const gchar *id,
              const gchar *title,
              gint         day,
              gint         hour,
              gint         minute,
              gint         length)
{
  LineupSession *session = lineup_session_new (id, title);

  if (day > 0)
    {
      g_autoptr(GDateTime) start = chicago (day, hour, minute);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, length);

      lineup_session_set_times (session, start, end);
    }
  return session;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_session_notify (void)
{
  g_autoptr(LineupSession) session = make_session ("a", "Title", 6, 9, 15, 25);
  guint starred = 0, title = 0, conflicts = 0;
  const gchar *ids[] = { "b", NULL };

  g_signal_connect (session, "notify::starred", G_CALLBACK (count_notify), &starred);
  g_signal_connect (session, "notify::title", G_CALLBACK (count_notify), &title);
  g_signal_connect (session, "notify::conflicts", G_CALLBACK (count_notify), &conflicts);

  lineup_session_set_starred (session, TRUE);
  lineup_session_set_starred (session, TRUE);
  g_assert_cmpuint (starred, ==, 1);
  lineup_session_set_title (session, "Title");
  g_assert_cmpuint (title, ==, 0);
  lineup_session_set_title (session, "Other");
  g_assert_cmpuint (title, ==, 1);
  lineup_session_set_conflicts (session, ids);
  lineup_session_set_conflicts (session, ids);
  g_assert_cmpuint (conflicts, ==, 1);
  g_assert_cmpuint (lineup_session_get_n_conflicts (session), ==, 1);
  lineup_session_set_conflicts (session, NULL);
  g_assert_cmpuint (conflicts, ==, 2);
  g_assert_nonnull (lineup_session_get_conflicts (session));
  g_assert_cmpuint (lineup_session_get_n_conflicts (session), ==, 0);
}

static void
test_session_search_text (void)
{
  g_autoptr(LineupSession) session = make_session ("a", "Controlling Access", 6, 9, 50, 25);
  g_autoptr(GPtrArray) speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);

  g_ptr_array_add (speakers, lineup_speaker_new ("Luis Ramírez", "SuperOrbital"));
  lineup_session_set_speakers (session, speakers);
  lineup_session_set_track (session, "CiliumCon");
  g_assert_nonnull (g_strstr_len (lineup_session_get_search_text (session), -1, "ramirez"));
  g_assert_nonnull (g_strstr_len (lineup_session_get_search_text (session), -1, "superorbital"));
  g_assert_nonnull (g_strstr_len (lineup_session_get_search_text (session), -1, "ciliumcon"));
  /* invalidated by a change */
  lineup_session_set_track (session, "ArgoCon");
  g_assert_nonnull (g_strstr_len (lineup_session_get_search_text (session), -1, "argocon"));
  g_assert_null (g_strstr_len (lineup_session_get_search_text (session), -1, "ciliumcon"));
  g_assert_cmpstr (lineup_session_get_speakers_text (session), ==, "Luis Ramírez (SuperOrbital)");
  g_assert_cmpuint (lineup_session_get_day_key (session), ==, 20231106);

  /* Given away to an index, the text is made again when asked for. */
  {
    g_autofree gchar *kept = g_strdup (lineup_session_get_search_text (session));
    g_autofree gchar *stolen = lineup_session_steal_search_text (session);
    g_autofree gchar *again = lineup_session_steal_search_text (session);

    g_assert_cmpstr (stolen, ==, kept);
    g_assert_cmpstr (again, ==, kept);
    g_assert_false (again == stolen);
    g_assert_cmpstr (lineup_session_get_search_text (session), ==, kept);
  }
}

/* A session keeps its times as instants and zones and makes GDateTimes when
 * asked: they must be the ones it was given, and days are the zone's. */
static void
test_session_times (void)
{
  static const struct
  {
    const gchar *zone;
    const gchar *iso;          /* start, in the zone */
    guint        day_key;
  } cases[] = {
    { "America/Chicago", "2023-11-06T23:30:00.250000-06:00", 20231106 },   /* 05:30 UTC next day */
    { "America/Chicago", "2023-11-05T01:30:00-05:00", 20231105 },          /* before the DST end… */
    { "America/Chicago", "2023-11-05T01:30:00-06:00", 20231105 },          /* …and after it */
    { "Asia/Kolkata", "2024-02-29T00:15:00+05:30", 20240229 },             /* 18:45 UTC the day before */
    { "Pacific/Kiritimati", "2000-01-01T00:00:00+14:00", 20000101 },
    { "UTC", "1969-12-31T23:59:59.500000Z", 19691231 },                    /* before the epoch */
    { "UTC", "1600-03-01T12:00:00Z", 16000301 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (cases[i].zone);
      g_autoptr(GDateTime) given = g_date_time_new_from_iso8601 (cases[i].iso, NULL);
      g_autoptr(GDateTime) start = g_date_time_to_timezone (given, tz);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 45);
      g_autoptr(GDateTime) same_instant_utc = g_date_time_to_utc (start);
      g_autoptr(LineupSession) session = lineup_session_new ("a", "Talk");
      guint notified = 0;
      gint64 start_usec, end_usec;
      gboolean has_end;

      g_test_message ("%s in %s", cases[i].iso, cases[i].zone);
      g_assert_nonnull (tz);
      g_assert_nonnull (given);
      lineup_session_set_times (session, start, end);
      g_signal_connect (session, "notify::start", G_CALLBACK (count_notify), &notified);

      g_assert_true (g_date_time_equal (lineup_session_get_start (session), start));
      g_assert_cmpint (g_date_time_get_utc_offset (lineup_session_get_start (session)), ==,
                       g_date_time_get_utc_offset (start));
      g_assert_cmpint (g_date_time_get_microsecond (lineup_session_get_start (session)), ==,
                       g_date_time_get_microsecond (start));
      g_assert_cmpstr (g_date_time_get_timezone_abbreviation (lineup_session_get_start (session)), ==,
                       g_date_time_get_timezone_abbreviation (start));
      g_assert_true (g_date_time_equal (lineup_session_get_end (session), end));
      g_assert_true (lineup_session_get_start (session) == lineup_session_get_start (session));
      g_assert_cmpuint (lineup_session_get_day_key (session), ==, cases[i].day_key);
      g_assert_true (lineup_session_get_times_usec (session, &start_usec, &end_usec, &has_end));
      g_assert_true (has_end);
      g_assert_cmpint (end_usec - start_usec, ==, 45 * G_TIME_SPAN_MINUTE);

      /* The same instant at the same offset changes nothing; at another offset it does. */
      lineup_session_set_times (session, start, end);
      g_assert_cmpuint (notified, ==, 0);
      lineup_session_set_times (session, same_instant_utc, end);
      g_assert_cmpuint (notified, ==, g_date_time_get_utc_offset (start) != 0 ? 1 : 0);

      lineup_session_set_times (session, NULL, NULL);
      g_assert_null (lineup_session_get_start (session));
      g_assert_null (lineup_session_get_end (session));
      g_assert_cmpuint (lineup_session_get_day_key (session), ==, 0);
      g_assert_false (lineup_session_get_times_usec (session, &start_usec, &end_usec, &has_end));
    }
}

/* A day without a time: kept only for a real date, given up once the talk
 * has a start, sorted at the end of its day (after the day's timed talks,
 * before the next day's), and what tells two talks of one title apart. */
static void
test_session_day_only (void)
{
  g_autoptr(LineupSession) morning = make_session ("m", "Morning", 6, 9, 0, 30);
  g_autoptr(LineupSession) evening = make_session ("e", "Evening", 6, 23, 0, 30);
  g_autoptr(LineupSession) next = make_session ("n", "Next day", 7, 9, 0, 30);
  g_autoptr(LineupSession) day = lineup_session_new ("d", "Some day");
  g_autoptr(LineupSession) other_day = lineup_session_new ("o", "Some day");
  g_autoptr(LineupSession) untimed = lineup_session_new ("u", "Whenever");
  g_autoptr(LineupSession) clock = lineup_session_new ("c", "Some day");
  g_autofree gchar *when_day = NULL;
  g_autofree gchar *when_other = NULL;
  g_autofree gchar *when_clock = NULL;
  g_autofree gchar *when_untimed = NULL;
  g_autofree gchar *when_timed = NULL;
  gint year = 0, month = 0, dom = 0;

  /* no such day: nothing is kept */
  lineup_session_set_day (day, 2023, 2, 29);
  g_assert_false (lineup_session_get_day (day, NULL, NULL, NULL));
  lineup_session_set_day (day, 2023, 13, 1);
  g_assert_false (lineup_session_get_day (day, NULL, NULL, NULL));
  g_assert_cmpuint (lineup_session_get_day_key (day), ==, 0);

  lineup_session_set_day (day, 2023, 11, 6);
  g_assert_true (lineup_session_get_day (day, &year, &month, &dom));
  g_assert_cmpint (year, ==, 2023);
  g_assert_cmpint (month, ==, 11);
  g_assert_cmpint (dom, ==, 6);
  g_assert_cmpuint (lineup_session_get_day_key (day), ==, 20231106);
  g_assert_false (lineup_session_get_clock (day, NULL, NULL));

  g_assert_cmpint (lineup_session_compare (morning, day), <, 0);
  g_assert_cmpint (lineup_session_compare (evening, day), <, 0);
  g_assert_cmpint (lineup_session_compare (day, next), <, 0);
  g_assert_cmpint (lineup_session_compare (next, day), >, 0);
  g_assert_cmpint (lineup_session_compare (day, untimed), <, 0);
  g_assert_cmpint (lineup_session_compare (untimed, day), >, 0);

  lineup_session_set_day (other_day, 2023, 11, 7);
  lineup_session_set_clock (clock, 9 * 60, -1);
  when_day = lineup_session_dup_when_key (day);
  when_other = lineup_session_dup_when_key (other_day);
  when_clock = lineup_session_dup_when_key (clock);
  when_untimed = lineup_session_dup_when_key (untimed);
  when_timed = lineup_session_dup_when_key (morning);
  g_assert_cmpstr (when_day, ==, "2023-11-06");
  g_assert_cmpstr (when_other, ==, "2023-11-07");
  g_assert_cmpstr (when_clock, ==, "T09:00");
  g_assert_cmpstr (when_untimed, ==, "");
  g_assert_cmpstr (when_timed, ==, "2023-11-06T09:00:00");

  /* a start wins over the day */
  {
    g_autoptr(GDateTime) start = chicago (8, 10, 0);

    lineup_session_set_times (day, start, NULL);
    g_assert_false (lineup_session_get_day (day, NULL, NULL, NULL));
    g_assert_cmpuint (lineup_session_get_day_key (day), ==, 20231108);
  }
}

/* A title written with its speakers is split when first asked for, as the
 * reader would have split it. */
static void
test_session_title_with_byline (void)
{
  static const struct
  {
    const gchar *written;
    const gchar *title;
    const gchar *speakers_text;
    guint        n_speakers;
  } cases[] = {
    { "Come  BGP with Me  - Daneyon Hansen, Solo.io & Yutaro Hayakawa, Isovalent",
      "Come BGP with Me", "Daneyon Hansen (Solo.io), Yutaro Hayakawa (Isovalent)", 2 },
    { "cert-manager - Past, Present and Future", "cert-manager - Past, Present and Future", "", 0 },
    { "Tetragon – Natalia Reka Ivanko & Ada Lovelace, Isovalent", "Tetragon",
      "Natalia Reka Ivanko, Ada Lovelace (Isovalent)", 2 },
    { "  •  ", "•", "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LineupSession) by_title = lineup_session_new ("a", NULL);
      g_autoptr(LineupSession) by_speakers = lineup_session_new ("b", NULL);
      g_autoptr(LineupSession) by_search = lineup_session_new ("c", NULL);
      g_autofree gchar *folded_title = lineup_text_fold (cases[i].title);

      g_test_message ("“%s”", cases[i].written);
      lineup_session_set_title_with_byline (by_title, cases[i].written);
      lineup_session_set_title_with_byline (by_speakers, cases[i].written);
      lineup_session_set_title_with_byline (by_search, cases[i].written);

      /* Whichever is asked first, the answers are the same. */
      g_assert_cmpstr (lineup_session_get_title (by_title), ==, cases[i].title);
      g_assert_cmpstr (lineup_session_get_speakers_text (by_title), ==, cases[i].speakers_text);
      g_assert_cmpuint (lineup_session_get_speakers (by_speakers)->len, ==, cases[i].n_speakers);
      g_assert_cmpstr (lineup_session_get_title (by_speakers), ==, cases[i].title);
      g_assert_true (g_str_has_prefix (lineup_session_get_search_text (by_search), folded_title));
      g_assert_cmpstr (lineup_session_get_speakers_text (by_search), ==, cases[i].speakers_text);
    }

  /* Speakers or a title set afterwards win over what the split would give. */
  {
    g_autoptr(LineupSession) session = lineup_session_new ("a", NULL);
    g_autoptr(GPtrArray) speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);

    g_ptr_array_add (speakers, lineup_speaker_new ("Luis Ramírez", "SuperOrbital"));
    lineup_session_set_title_with_byline (session, "Title - Ada Lovelace, Analytical");
    lineup_session_set_speakers (session, speakers);
    g_assert_cmpstr (lineup_session_get_title (session), ==, "Title");
    g_assert_cmpstr (lineup_session_get_speakers_text (session), ==, "Luis Ramírez (SuperOrbital)");

    lineup_session_set_title_with_byline (session, "Other - Grace Hopper, Navy");
    lineup_session_set_title (session, "Renamed");
    g_assert_cmpstr (lineup_session_get_title (session), ==, "Renamed");
    g_assert_cmpstr (lineup_session_get_speakers_text (session), ==, "Grace Hopper (Navy)");
  }
}

static void
test_search_words (void)
{
  g_autoptr(LineupSession) session = make_session ("a", "Come BGP with Me", 6, 14, 40, 25);
  g_autoptr(GPtrArray) speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
  g_auto(GStrv) words = lineup_search_words ("  Ramírez\tBGP ");
  g_auto(GStrv) one = lineup_search_words ("bgp");
  g_auto(GStrv) other = lineup_search_words ("bgp kernel");
  g_auto(GStrv) none = lineup_search_words (" \t ");

  g_ptr_array_add (speakers, lineup_speaker_new ("Luis Ramírez", "SuperOrbital"));
  lineup_session_set_speakers (session, speakers);

  g_assert_cmpuint (g_strv_length (words), ==, 2);
  g_assert_cmpstr (words[0], ==, "ramirez");
  g_assert_cmpstr (words[1], ==, "bgp");
  g_assert_null (none);
  g_assert_null (lineup_search_words (NULL));

  /* every word must appear, anywhere in the talk */
  g_assert_true (lineup_session_matches (session, (const gchar * const *) words));
  g_assert_true (lineup_session_matches (session, (const gchar * const *) one));
  g_assert_false (lineup_session_matches (session, (const gchar * const *) other));
  g_assert_true (lineup_session_matches (session, NULL));
  g_assert_true (lineup_search_matches ((const gchar * const *) one, "a bgp talk"));
  g_assert_false (lineup_search_matches ((const gchar * const *) other, "a bgp talk"));
}

static void
test_iso8601 (void)
{
  g_autoptr(GDateTime) dt = chicago (6, 12, 15);
  g_autoptr(GTimeZone) kolkata = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr(GDateTime) india = g_date_time_to_timezone (dt, kolkata);
  g_autofree gchar *a = lineup_format_iso8601 (dt, FALSE);
  g_autofree gchar *b = lineup_format_iso8601 (dt, TRUE);
  g_autofree gchar *c = lineup_format_iso8601 (india, FALSE);

  g_assert_cmpstr (a, ==, "2023-11-06T12:15:00-06:00");
  g_assert_cmpstr (b, ==, "2023-11-06T12:15:00");
  g_assert_cmpstr (c, ==, "2023-11-06T23:45:00+05:30");
  g_assert_null (lineup_format_iso8601 (NULL, FALSE));
}

static void
items_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *count)
{
  (*count)++;
}

static void
test_schedule_model (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GPtrArray) tracks = NULL;
  g_autoptr(GPtrArray) starred = NULL;
  g_autoptr(LineupSession) first = NULL;
  guint changes = 0;

  g_signal_connect (schedule, "items-changed", G_CALLBACK (items_changed), &changes);

  g_ptr_array_add (sessions, make_session ("late", "Late", 7, 10, 0, 15));
  g_ptr_array_add (sessions, make_session ("untimed", "Untimed", 0, 0, 0, 0));
  g_ptr_array_add (sessions, make_session ("early", "Early", 6, 9, 15, 25));
  g_ptr_array_add (sessions, make_session ("early-long", "Early long", 6, 9, 15, 60));
  for (guint i = 0; i < sessions->len; i++)
    lineup_session_set_line (g_ptr_array_index (sessions, i), 10 * (i + 1));
  lineup_session_set_track (g_ptr_array_index (sessions, 0), "B");
  lineup_session_set_track (g_ptr_array_index (sessions, 2), "A");
  lineup_session_set_track (g_ptr_array_index (sessions, 3), "B");
  lineup_session_set_starred (g_ptr_array_index (sessions, 0), TRUE);
  lineup_session_set_starred (g_ptr_array_index (sessions, 2), TRUE);

  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (schedule)), ==, 4);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (schedule)) == LINEUP_TYPE_SESSION);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (schedule), 4));

  first = g_list_model_get_item (G_LIST_MODEL (schedule), 0);
  g_assert_cmpstr (lineup_session_get_id (first), ==, "early");
  g_assert_cmpstr (lineup_session_get_id (lineup_schedule_get_session (schedule, 1)), ==, "early-long");
  g_assert_cmpstr (lineup_session_get_id (lineup_schedule_get_session (schedule, 2)), ==, "late");
  g_assert_cmpstr (lineup_session_get_id (lineup_schedule_get_session (schedule, 3)), ==, "untimed");
  g_assert_true (lineup_schedule_find (schedule, "late") == lineup_schedule_get_session (schedule, 2));
  g_assert_null (lineup_schedule_find (schedule, "nope"));

  /* Tracks in order of first appearance in the post, not in time. */
  tracks = lineup_schedule_dup_tracks (schedule);
  g_assert_cmpuint (tracks->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (tracks, 0), ==, "B");
  g_assert_cmpstr (g_ptr_array_index (tracks, 1), ==, "A");

  starred = lineup_schedule_dup_starred (schedule);
  g_assert_cmpuint (starred->len, ==, 2);
  g_assert_cmpstr (lineup_session_get_id (g_ptr_array_index (starred, 0)), ==, "early");

  /* Replacing the talks is one change too. */
  lineup_schedule_take_sessions (schedule, g_ptr_array_new ());
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 0);
}

static void
test_session_room (void)
{
  g_autoptr(LineupSession) session = make_session ("a", "Title", 6, 9, 15, 25);
  g_autoptr(LineupSession) other = make_session ("b", "Other", 6, 9, 15, 25);
  g_autofree gchar *room = NULL;
  guint notified = 0;

  g_signal_connect (session, "notify::room", G_CALLBACK (count_notify), &notified);
  g_assert_null (lineup_session_get_room (session));
  lineup_session_set_room (session, "Room W375, Level 3");
  lineup_session_set_room (session, "Room W375, Level 3");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (lineup_session_get_room (session), ==, "Room W375, Level 3");
  g_object_get (session, "room", &room, NULL);
  g_assert_cmpstr (room, ==, "Room W375, Level 3");
  /* Talks in one room share its name. */
  lineup_session_set_room (other, "Room W375, Level 3");
  g_assert_true (lineup_session_get_room (other) == lineup_session_get_room (session));
  /* "" is no room. */
  lineup_session_set_room (session, "");
  g_assert_null (lineup_session_get_room (session));
  g_assert_cmpuint (notified, ==, 2);
}

/* Times as the window, the CLI and the Markdown export write them. */
static void
test_time_format (void)
{
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier ("America/Chicago");
  g_autoptr(GTimeZone) kolkata = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr(GDateTime) a = g_date_time_new (chicago, 2023, 11, 6, 9, 15, 0);
  g_autoptr(GDateTime) b = g_date_time_new (chicago, 2023, 11, 6, 9, 40, 0);
  g_autoptr(GDateTime) noon_a = g_date_time_new (chicago, 2023, 11, 6, 11, 50, 0);
  g_autoptr(GDateTime) noon_b = g_date_time_new (chicago, 2023, 11, 6, 12, 15, 0);
  g_autoptr(GDateTime) late = g_date_time_new (chicago, 2023, 11, 6, 23, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_new (chicago, 2023, 11, 7, 1, 0, 0);
  g_autoptr(GDateTime) india = g_date_time_new (kolkata, 2023, 11, 6, 9, 15, 0);
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(LineupSession) session = lineup_session_new ("x", "X");
  static const struct {
    gboolean     twelve;
    gboolean     with_day;
    gboolean     floating;
    guint        pair;    /* 0: a–b, 1: noon, 2: over midnight, 3: a, no end */
    const gchar *expected;
  } cases[] = {
    { TRUE, FALSE, FALSE, 0, "9:15 – 9:40 AM CST" },
    { FALSE, FALSE, FALSE, 0, "09:15 – 09:40 CST" },
    { TRUE, TRUE, FALSE, 0, "Mon, Nov 6 · 9:15 – 9:40 AM CST" },
    { TRUE, FALSE, TRUE, 0, "9:15 – 9:40 AM" },
    { TRUE, FALSE, FALSE, 1, "11:50 AM – 12:15 PM CST" },
    { FALSE, FALSE, FALSE, 1, "11:50 – 12:15 CST" },
    { TRUE, FALSE, FALSE, 2, "11:00 PM – Tue, Nov 7 1:00 AM CST" },
    { FALSE, TRUE, FALSE, 3, "Mon, Nov 6 · 09:15 CST" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDateTime *starts[] = { a, noon_a, late, a };
      GDateTime *ends[] = { b, noon_b, next, NULL };
      g_autofree gchar *text = lineup_format_when (starts[cases[i].pair], ends[cases[i].pair],
                                                   cases[i].floating, NULL, cases[i].twelve,
                                                   cases[i].with_day);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  /* No letters in the database's abbreviation: the one the post wrote,
   * else the offset. */
  {
    g_autofree gchar *offset = lineup_format_zone_abbreviation (india, NULL);
    g_autofree gchar *written = NULL;

    lineup_schedule_set_zone (schedule, "Asia/Kolkata", "IST");
    written = lineup_format_zone_abbreviation (india, schedule);
    if (!g_ascii_isalpha (g_date_time_get_timezone_abbreviation (india)[0]))
      {
        g_assert_cmpstr (offset, ==, "UTC+05:30");
        g_assert_cmpstr (written, ==, "IST");
      }
  }

  {
    g_autofree gchar *untimed = lineup_session_format_when (session, NULL, TRUE);
    g_autofree gchar *timed = NULL;

    g_assert_cmpstr (untimed, ==, "Time not announced");
    lineup_session_set_times (session, a, b);
    timed = lineup_session_format_when (session, NULL, FALSE);
    g_assert_cmpstr (timed, ==, "Mon, Nov 6 · 09:15 – 09:40 CST");
  }

  /* In a schedule whose talks are of several years, the day names its year. */
  {
    g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(LineupSession) earlier = lineup_session_new ("y", "Y");
    g_autoptr(GDateTime) year_before = g_date_time_add_years (a, -1);
    g_autoptr(GDateTime) year_before_end = g_date_time_add_years (b, -1);
    g_autofree gchar *one_year = lineup_session_format_when (session, schedule, FALSE);
    g_autofree gchar *two_years = NULL;

    g_assert_cmpstr (one_year, ==, "Mon, Nov 6 · 09:15 – 09:40 CST");
    lineup_session_set_times (earlier, year_before, year_before_end);
    g_ptr_array_add (sessions, g_object_ref (session));
    g_ptr_array_add (sessions, g_object_ref (earlier));
    lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
    g_assert_true (lineup_schedule_spans_years (schedule));
    two_years = lineup_session_format_when (session, schedule, FALSE);
    g_assert_cmpstr (two_years, ==, "Mon, Nov 6, 2023 · 09:15 – 09:40 CST");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/notify", test_session_notify);
  g_test_add_func ("/session/room", test_session_room);
  g_test_add_func ("/session/time-format", test_time_format);
  g_test_add_func ("/session/search-text", test_session_search_text);
  g_test_add_func ("/session/times", test_session_times);
  g_test_add_func ("/session/day-only", test_session_day_only);
  g_test_add_func ("/session/title-with-byline", test_session_title_with_byline);
  g_test_add_func ("/session/iso8601", test_iso8601);
  g_test_add_func ("/session/search-words", test_search_words);
  g_test_add_func ("/schedule/model", test_schedule_model);

  return g_test_run ();
}
