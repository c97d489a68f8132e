/* test-window-search.c — the window's search with its search index: the rows
 * a query keeps, alone and with the track, day and agenda filters, before
 * and after the index holds every text, and across a change of schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "lineup-session-row.h"
#include "lineup-window.h"
#include "lineup-test-window.h"

/* Enough talks for the window to build its index over several idle slices. */
#define N_TALKS 4500

/* Helpers ---------------------------------------------------------------- */

static gboolean
search_indexed (gpointer data)
{
  gboolean indexed = FALSE;

  g_object_get (data, "search-indexed", &indexed, NULL);
  return indexed;
}

/* Whether a row showing @session is on screen. */
static gboolean
row_shown (LineupWindow  *window,
           LineupSession *session)
{
  g_autoptr(GPtrArray) rows = lineup_test_find_all (window, LINEUP_TYPE_SESSION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      LineupSessionRow *row = g_ptr_array_index (rows, i);

      if (lineup_session_row_get_session (row) == session &&
          gtk_widget_get_mapped (GTK_WIDGET (row)))
        return TRUE;
    }
  return FALSE;
}

static GtkEditable *
search_entry (LineupWindow *window)
{
  GtkWidget *entry = lineup_test_find_first (window, GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

/* Types @text; the entry reports it after its delay. */
static void
type_query (LineupWindow *window,
            const gchar  *text)
{
  lineup_test_search (window, text);
}

/* Picks @label in the track (@which 0) or day (1) dropdown. */
static void
select_dropdown (LineupWindow *window,
                 guint         which,
                 const gchar  *label)
{
  g_autoptr(GPtrArray) dropdowns = lineup_test_find_all (window, GTK_TYPE_DROP_DOWN);
  GtkDropDown *dropdown;
  GListModel *model;
  guint position = GTK_INVALID_LIST_POSITION;

  /* Track, Day, and Room (hidden for a post). */
  g_assert_cmpuint (dropdowns->len, ==, 3);
  dropdown = g_ptr_array_index (dropdowns, which);
  model = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      position = i;
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (dropdown, position);
  lineup_test_settle (window);
}

/* The talks: talk i (id "t<i>") is built from rules the expectations below
 * follow. */

static guint
talk_number (LineupSession *session)
{
  return (guint) strtoul (lineup_session_get_id (session) + 1, NULL, 10);
}

static gboolean is_bgp (guint i)      { return i % 10 == 0; }
static gboolean is_zoe (guint i)      { return i % 7 == 0; }
static gboolean is_starred (guint i)  { return i % 5 == 0; }
static guint    track_of (guint i)    { return i % 3; }
static guint    day_of (guint i)      { return i / 1500; }

static LineupSchedule *
make_schedule (guint        n,
               const gchar *key)
{
  LineupSchedule *schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/Chicago");
  const gchar *tracks[] = { "Track A", "Track B", "Track C" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree gchar *id = g_strdup_printf ("t%u", i);
      g_autofree gchar *title = g_strdup_printf ("Talk %u", i);
      LineupSession *session = lineup_session_new (id, title);
      g_autoptr(GPtrArray) speakers = NULL;
      g_autoptr(GDateTime) start = g_date_time_new (zone, 2023, 11, 6 + day_of (i), 9 + i % 8,
                                                    (i / 8) % 60, 0);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 25);

      speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
      g_ptr_array_add (speakers, is_zoe (i) ? lineup_speaker_new ("Zoë Ångström", "Isovalent")
                                            : lineup_speaker_new ("Sam Lee", NULL));
      lineup_session_set_speakers (session, speakers);
      lineup_session_set_track (session, tracks[track_of (i)]);
      lineup_session_set_times (session, start, end);
      /* Every text ends with "tail" and the next one starts with "talk". */
      lineup_session_set_description (session, is_bgp (i) ? "About BGP routing, tail"
                                                          : "About eBPF, tail");
      lineup_session_set_starred (session, is_starred (i));
      g_ptr_array_add (sessions, session);
    }
  lineup_schedule_set_key (schedule, key);
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  return schedule;
}

typedef gboolean (*Rule) (guint i);

static gboolean rule_all (guint i)           { return TRUE; }
static gboolean rule_none (guint i)          { return FALSE; }
static gboolean rule_bgp (guint i)           { return is_bgp (i); }
static gboolean rule_zoe (guint i)           { return is_zoe (i); }
static gboolean rule_bgp_zoe (guint i)       { return is_bgp (i) && is_zoe (i); }
static gboolean
rule_talk_42 (guint i)
{
  gchar number[16];

  g_snprintf (number, sizeof number, "%u", i);
  return strstr (number, "42") != NULL;
}
static gboolean rule_bgp_track_b (guint i)   { return is_bgp (i) && track_of (i) == 1; }
static gboolean rule_bgp_day_1 (guint i)     { return is_bgp (i) && day_of (i) == 0; }
static gboolean rule_zoe_starred (guint i)   { return is_zoe (i) && is_starred (i); }

/* The window shows, in schedule order, exactly the talks @rule keeps (and
 * the first of them in a row on screen); returns how many. */
static guint
assert_shown (LineupWindow   *window,
              LineupSchedule *schedule,
              Rule            rule)
{
  GListModel *model = lineup_window_get_model (window);
  guint n = lineup_schedule_get_n_sessions (schedule);
  guint shown = 0;
  LineupSession *first = NULL;

  for (guint p = 0; p < n; p++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, p);
      g_autoptr(LineupSession) item = NULL;

      if (!rule (talk_number (session)))
        continue;
      item = g_list_model_get_item (model, shown);
      g_assert_nonnull (item);
      g_assert_cmpstr (lineup_session_get_id (item), ==, lineup_session_get_id (session));
      if (first == NULL)
        first = session;
      shown++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, shown);
  if (first != NULL)
    g_assert_true (row_shown (window, first));
  return shown;
}

/* Tests ------------------------------------------------------------------ */

static void
test_window_search_index (void)
{
  g_autoptr(LineupSchedule) schedule = make_schedule (N_TALKS, "many.md");
  LineupWindow *window = lineup_window_new (NULL, NULL);
  struct {
    const gchar *typed;
    Rule         rule;
    guint        expected;   /* from the rules, by hand */
  } table[] = {
    { "bgp", rule_bgp, 450 },
    { "BGP ", rule_bgp, 450 },
    { "zoe", rule_zoe, 643 },
    { "Zoë Ångström", rule_zoe, 643 },
    { "ångström bgp", rule_bgp_zoe, 65 },
    { "bgp bgp zoe", rule_bgp_zoe, 65 },
    { "talk 42", rule_talk_42, 194 },
    /* "tail" ends every text and "talk" starts every one. */
    { "tailtalk", rule_none, 0 },
    { "tail talk", rule_all, N_TALKS },
    { "nothing like it", rule_none, 0 },
    { "", rule_all, N_TALKS },
  };
  GWeakRef talk_ref;

  g_weak_ref_init (&talk_ref, lineup_schedule_get_session (schedule, 0));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  lineup_window_set_schedule (window, schedule);
  gtk_window_present (GTK_WINDOW (window));

  /* The first search comes before the window has had time to index: the
   * answer is the same. */
  g_assert_false (search_indexed (window));
  gtk_editable_set_text (search_entry (window), "bgp");
  g_signal_emit_by_name (search_entry (window), "search-changed");
  g_assert_false (search_indexed (window));
  lineup_test_settle (window);
  g_assert_cmpuint (assert_shown (window, schedule, rule_bgp), ==, 450);

  lineup_test_wait_until (search_indexed, window, "the search index to hold every talk");
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_test_message ("query “%s”", table[i].typed);
      type_query (window, table[i].typed);
      g_assert_cmpuint (assert_shown (window, schedule, table[i].rule), ==, table[i].expected);
    }

  /* With the track and day filters. */
  type_query (window, "bgp");
  select_dropdown (window, 0, "Track B");
  g_assert_cmpuint (assert_shown (window, schedule, rule_bgp_track_b), ==, 150);
  select_dropdown (window, 0, "All Tracks");
  select_dropdown (window, 1, "Monday, November 6");
  g_assert_cmpuint (assert_shown (window, schedule, rule_bgp_day_1), ==, 150);
  select_dropdown (window, 1, "All Days");
  g_assert_cmpuint (assert_shown (window, schedule, rule_bgp), ==, 450);

  /* In My Agenda. */
  type_query (window, "zoe");
  lineup_window_set_agenda_view (window, TRUE);
  lineup_test_settle (window);
  g_assert_cmpuint (assert_shown (window, schedule, rule_zoe_starred), ==, 129);
  lineup_window_set_agenda_view (window, FALSE);
  lineup_test_settle (window);
  g_assert_cmpuint (assert_shown (window, schedule, rule_zoe), ==, 643);

  /* Another schedule while searching: the search applies to it, before and
   * after its index is built. */
  {
    g_autoptr(LineupSchedule) other = make_schedule (300, "fewer.md");

    lineup_window_set_schedule (window, other);
    g_assert_false (search_indexed (window));
    lineup_test_settle (window);
    g_assert_cmpuint (assert_shown (window, other, rule_zoe), ==, 43);
    lineup_test_wait_until (search_indexed, window, "the search index to hold every talk");
    type_query (window, "zoe bgp");
    g_assert_cmpuint (assert_shown (window, other, rule_bgp_zoe), ==, 5);
    type_query (window, "");
    g_assert_cmpuint (assert_shown (window, other, rule_all), ==, 300);
  }

  lineup_test_destroy_window (window);
  /* Nothing (the index) holds the talks of the first schedule any more. */
  g_clear_object (&schedule);
  g_assert_null (g_weak_ref_get (&talk_ref));
  g_weak_ref_clear (&talk_ref);
}

int
main (int   argc,
      char *argv[])
{
  lineup_test_window_init (&argc, &argv);

  g_test_add_func ("/window/search-index", test_window_search_index);

  return g_test_run ();
}
