/* lineup-post-table-header.c — what a table's column headers name
 *
 * "Time", "Start", "Speakers", "Room", "Zeit", "登壇者": the role of each
 * column, read from its header's words (lineup-post-table.c reads the cells
 * of the columns whose headers name none).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

/* What a header says as a whole: "Room" or "Location" alone names a field
 * of each talk (where "Room B" is a column of talks), "Start" or "From",
 * "End" or "To" half of the time. */
static LineupPostColumnRole
role_of_header_words (const gchar *folded)
{
  static const gchar * const fields[] = {
    "room", "rooms", "location", "venue", "where", "track", "stage", "hall", "level", "type",
    "format", "kind", "notes", "note", "comments", "abstract", "summary", "language",
    "audience", "duration", "link", "links", "video", "slides", "conference", "category",
    "categories", "tag", "tags",
    /* a talk's length: Portuguese, Spanish, German, French, Italian, Dutch */
    "duração", "duracao", "duración", "duracion", "dauer", "durée", "duree", "durata", "duur",
    /* a place: Japanese, Chinese */
    "場所", "会場", "地点", "会场",
    NULL
  };
  static const gchar * const starts[] = { "start", "starts", "from", "begin", "begins", NULL };
  static const gchar * const ends[] = { "end", "ends", "to", "until", "till", "finish", NULL };
  g_autoptr(GPtrArray) words = lineup_post_table_split_words (folded);
  const gchar *first;

  if (words->len == 0 || words->len > 2)
    return COLUMN_OTHER;
  first = g_ptr_array_index (words, 0);
  if (words->len == 1 && g_strv_contains (fields, first))
    return COLUMN_FIELD;
  if (g_strv_contains (starts, first))
    return COLUMN_TIME;
  if (g_strv_contains (ends, first))
    return COLUMN_END;
  return COLUMN_OTHER;
}

LineupPostColumnRole
lineup_post_table_role_of_header (const gchar *header)
{
  g_autofree gchar *folded = lineup_text_fold (header);
  LineupPostColumnRole role = role_of_header_words (folded);
  static const struct { const gchar *word; LineupPostColumnRole role; } words[] = {
    { "time", COLUMN_TIME }, { "when", COLUMN_TIME }, { "slot", COLUMN_TIME },
    { "hour", COLUMN_TIME }, { "date", COLUMN_DAY }, { "day", COLUMN_DAY },
    { "speaker", COLUMN_SPEAKERS }, { "presenter", COLUMN_SPEAKERS },
    /* before "session": "Session Leader(s)" */
    { "leader", COLUMN_SPEAKERS }, { "host", COLUMN_SPEAKERS },
    { "facilitator", COLUMN_SPEAKERS }, { "moderator", COLUMN_SPEAKERS },
    { "panelist", COLUMN_SPEAKERS }, { "author", COLUMN_SPEAKERS },
    { "who", COLUMN_SPEAKERS }, { "lecturer", COLUMN_SPEAKERS },
    { "instructor", COLUMN_SPEAKERS }, { "teacher", COLUMN_SPEAKERS },
    { "trainer", COLUMN_SPEAKERS }, { "tutor", COLUMN_SPEAKERS },
    { "title", COLUMN_TITLE }, { "talk", COLUMN_TITLE },
    { "session", COLUMN_TITLE }, { "topic", COLUMN_TITLE },
    { "lesson", COLUMN_TITLE }, { "lecture", COLUMN_TITLE }, { "presentation", COLUMN_TITLE },
    /* German, French, Spanish, Dutch, Japanese headers */
    { "zeit", COLUMN_TIME }, { "heure", COLUMN_TIME }, { "horaire", COLUMN_TIME },
    { "hora", COLUMN_TIME }, { "tijd", COLUMN_TIME }, { "時間", COLUMN_TIME },
    { "時刻", COLUMN_TIME }, { "datum", COLUMN_DAY }, { "fecha", COLUMN_DAY },
    { "日付", COLUMN_DAY }, { "vortragend", COLUMN_SPEAKERS }, { "referent", COLUMN_SPEAKERS },
    { "intervenant", COLUMN_SPEAKERS }, { "orateur", COLUMN_SPEAKERS },
    { "ponente", COLUMN_SPEAKERS }, { "spreker", COLUMN_SPEAKERS },
    { "sprecher", COLUMN_SPEAKERS }, { "dozent", COLUMN_SPEAKERS },
    { "animateur", COLUMN_SPEAKERS }, { "orador", COLUMN_SPEAKERS },
    { "relatore", COLUMN_SPEAKERS }, { "palestrante", COLUMN_SPEAKERS },
    { "登壇者", COLUMN_SPEAKERS }, { "講演者", COLUMN_SPEAKERS }, { "発表者", COLUMN_SPEAKERS },
    { "titel", COLUMN_TITLE }, { "thema", COLUMN_TITLE }, { "titre", COLUMN_TITLE },
    { "titulo", COLUMN_TITLE }, { "título", COLUMN_TITLE }, { "onderwerp", COLUMN_TITLE },
    { "tema", COLUMN_TITLE }, { "palestra", COLUMN_TITLE }, { "sujet", COLUMN_TITLE },
    /* Indonesian: the date */
    { "tanggal", COLUMN_DAY },
    /* Spanish: "Presentador/a", "Expositor" */
    { "presentador", COLUMN_SPEAKERS }, { "expositor", COLUMN_SPEAKERS },
    { "タイトル", COLUMN_TITLE }, { "演題", COLUMN_TITLE },
    /* Japanese: the day it is held, the day; the theme, what is read */
    { "開催日", COLUMN_DAY }, { "日程", COLUMN_DAY }, { "テーマ", COLUMN_TITLE },
    { "輪読", COLUMN_TITLE },
    /* Chinese: time slot, time, topic, title, speaker, lecturer, guest */
    { "时段", COLUMN_TIME }, { "时间", COLUMN_TIME }, { "主题", COLUMN_TITLE },
    { "题目", COLUMN_TITLE }, { "讲者", COLUMN_SPEAKERS }, { "讲师", COLUMN_SPEAKERS },
    { "演讲者", COLUMN_SPEAKERS }, { "嘉宾", COLUMN_SPEAKERS },
    /* after the speakers' "演讲者", "报告人": the talk, the report, the issue */
    { "报告人", COLUMN_SPEAKERS }, { "分享人", COLUMN_SPEAKERS }, { "演讲", COLUMN_TITLE },
    { "报告", COLUMN_TITLE }, { "议题", COLUMN_TITLE },
    /* Korean: time, title, topic, presenter, speaker */
    { "시간", COLUMN_TIME }, { "제목", COLUMN_TITLE }, { "주제", COLUMN_TITLE },
    { "발표자", COLUMN_SPEAKERS }, { "연사", COLUMN_SPEAKERS },
  };

  if (role != COLUMN_OTHER)
    return role;
  /* "Speaker & Title", "Talk / Speaker": one column holds both */
  if ((strstr (folded, "speaker") != NULL || strstr (folded, "presenter") != NULL) &&
      (strstr (folded, "title") != NULL || strstr (folded, "talk") != NULL))
    return COLUMN_TITLE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i].word) != NULL)
      return words[i].role;
  return COLUMN_OTHER;
}

/* Whether @test holds for every cell of @column (an empty one too: @test
 * says whether it may be), and one cell at least has text. */
static gboolean
every_cell (GPtrArray *rows,
            guint      column,
            gboolean (*test) (const gchar *text, gpointer data),
            gpointer   data)
{
  guint filled = 0;

  for (guint r = 0; r < rows->len; r++)
    {
      LineupPostTableRow *row = g_ptr_array_index (rows, r);
      g_autofree gchar *text = NULL;

      if (column >= row->cells->len || g_ptr_array_index (row->cells, column) == NULL)
        continue;
      text = lineup_post_table_cell_text (g_ptr_array_index (row->cells, column));
      if (!test (text, data))
        return FALSE;
      filled += *text != '\0';
    }
  return filled > 0;
}

/* "1", "2": a number of one or two digits, the event's day. */
static gboolean
is_day_number (const gchar *text,
               gpointer     data)
{
  return *text != '\0' && strlen (text) <= 2 && strspn (text, "0123456789") == strlen (text);
}

/* Empty, or nothing but what GPOINTER_TO_UINT (@data) says ("a date alone",
 * "a time alone"). */
static gboolean
scans_as (const gchar *text,
          gpointer     data)
{
  LineupSlot slot;

  return *text == '\0' ||
         lineup_slot_scan (text, &slot) == (LineupSlotFound) GPOINTER_TO_UINT (data);
}

/* Whether every filled cell of @column is the event's day's number
 * ("| 1 |", "| 2 |"). */
static gboolean
numbers_days (GPtrArray *rows,
              guint      column)
{
  return every_cell (rows, column, is_day_number, NULL);
}

/* "Workshop C2", "Room 3": a place's name and its short code with a digit,
 * the name as @head says (set by the first). */
static gboolean
is_numbered_place (const gchar  *text,
                   gchar       **head)
{
  const gchar *space = strrchr (text, ' ');

  if (space == NULL || space == text || strlen (space + 1) > 4 ||
      strpbrk (space + 1, "0123456789") == NULL || lineup_post_count_words (text) > 3)
    return FALSE;
  if (*head == NULL)
    *head = g_strndup (text, (gsize) (space - text));
  return strncmp (*head, text, (gsize) (space - text)) == 0 &&
         (*head)[space - text] == '\0';
}

typedef struct
{
  gchar *head;    /* "Workshop": the places' name */
  guint  places;  /* cells that number a place of that name */
  guint  others;
} Places;

/* Counts @text (a cell) in @data, a Places; never fails. */
static gboolean
count_place (const gchar *text,
             gpointer     data)
{
  Places *places = data;

  if (*text != '\0' && is_numbered_place (text, &places->head))
    places->places++;
  else if (*text != '\0')
    places->others++;
  return TRUE;
}

/* Whether the filled cells of @column number places of one name, two or
 * more and nearly all ("Workshop C1", "Workshop C2", then "Main
 * Auditorium"): where the talk beside is held. */
static gboolean
numbers_places (GPtrArray *rows,
                guint      column)
{
  Places places = { NULL, 0, 0 };

  every_cell (rows, column, count_place, &places);
  g_free (places.head);
  return places.places >= 2 && places.others * 3 <= places.places;
}

/* Whether every filled cell of @column scans as @found and nothing more
 * (a date alone, a time alone), and one cell at least is filled. */
static gboolean
column_holds (GPtrArray       *rows,
              guint            column,
              LineupSlotFound  found)
{
  return every_cell (rows, column, scans_as, GUINT_TO_POINTER (found));
}

/* "Time | Type | Title & Speakers" over "Monday, September 23 | 10:00 -
 * 13:30 | Title": a header that lies; the cells say which column is the
 * day and which the time. */
static void
settle_day_and_time (LineupPostColumnRole *roles,
                     guint                 n_columns,
                     GPtrArray            *rows)
{
  for (guint i = 0; i < n_columns; i++)
    if (roles[i] == COLUMN_TIME && column_holds (rows, i, LINEUP_SLOT_DATE))
      for (guint j = 0; j < n_columns; j++)
        if (j != i && (roles[j] == COLUMN_FIELD || roles[j] == COLUMN_OTHER) &&
            column_holds (rows, j, LINEUP_SLOT_TIME))
          {
            roles[i] = COLUMN_DAY;
            roles[j] = COLUMN_TIME;
            return;
          }
}

void
lineup_post_table_settle_roles (LineupPostColumnRole *roles,
                                guint                 n_columns,
                                GPtrArray            *header,
                                GPtrArray            *rows)
{
  settle_day_and_time (roles, n_columns, rows);
  for (guint i = 0; i < n_columns; i++)
    if (roles[i] == COLUMN_DAY && lineup_post_table_has_role (roles, n_columns, COLUMN_TITLE) &&
        numbers_days (rows, i))
      roles[i] = COLUMN_SKIP;
  /* "| 2.00pm | Workshop C1 | [Title](url) |" in a table without headers:
   * the numbered places beside the talks are no talks */
  for (guint i = 0; i < n_columns; i++)
    if (roles[i] == COLUMN_OTHER && numbers_places (rows, i))
      for (guint j = 0; j < n_columns; j++)
        if (j != i && lineup_post_table_role_is_talk (roles[j]) && !numbers_places (rows, j))
          {
            roles[i] = COLUMN_FIELD;
            break;
          }
  /* "| Name | Title (please pick one) |": beside the titles, a name is a
   * person's */
  for (guint i = 0; i < n_columns && i < header->len; i++)
    {
      static const gchar * const names[] = { "name", "names", "nom", "nombre", "nome", NULL };
      g_autofree gchar *folded = lineup_text_fold (g_ptr_array_index (header, i));

      if (roles[i] == COLUMN_OTHER && g_strv_contains (names, g_strstrip (folded)) &&
          lineup_post_table_has_role (roles, n_columns, COLUMN_TITLE) &&
          !lineup_post_table_has_role (roles, n_columns, COLUMN_SPEAKERS))
        roles[i] = COLUMN_SPEAKERS;
    }
  if (lineup_post_table_has_role (roles, n_columns, COLUMN_TITLE) ||
      !lineup_post_table_has_role (roles, n_columns, COLUMN_SPEAKERS))
    return;
  for (guint i = 0; i < n_columns && i < header->len; i++)
    {
      g_autofree gchar *folded = lineup_text_fold (g_ptr_array_index (header, i));

      if (roles[i] == COLUMN_OTHER && (strstr (folded, "slide") != NULL ||
                                       strstr (folded, "deck") != NULL))
        {
          roles[i] = COLUMN_TITLE;
          return;
        }
    }
}

gboolean
lineup_post_table_has_role (const LineupPostColumnRole *roles,
                            guint                       n_columns,
                            LineupPostColumnRole        role)
{
  for (guint i = 0; i < n_columns; i++)
    if (roles[i] == role)
      return TRUE;
  return FALSE;
}

gboolean
lineup_post_table_writes_first_names (GPtrArray                  *rows,
                                      const LineupPostColumnRole *roles,
                                      guint                       n_columns)
{
  guint filled = 0, first_names = 0, names = 0;

  for (guint i = 0; i < n_columns; i++)
    for (guint r = 0; roles[i] == COLUMN_SPEAKERS && r < rows->len; r++)
      {
        LineupPostTableRow *row = g_ptr_array_index (rows, r);
        g_autofree gchar *text = NULL;

        if (i >= row->cells->len || g_ptr_array_index (row->cells, i) == NULL)
          continue;
        text = lineup_post_table_cell_text (g_ptr_array_index (row->cells, i));
        /* "🌭 Lunch" across the row */
        filled += *text != '\0' && !lineup_post_table_is_filler (text);
        if (*text != '\0' && (lineup_post_layouts_is_one_word_name (text) ||
                               lineup_post_layouts_is_handle (text)))
          first_names++;
        else if (*text != '\0' && lineup_byline_looks_like_people (text))
          names++;
      }
  /* "Tyler Crumpton", "Corgi", "_NSAKEY", "Mog": mostly people, some by one word */
  return first_names >= 2 && (first_names + names) * 3 >= filled * 2;
}

/* "04/05/2020", "30/10/23": the two numbers and the year of a numeric
 * date, or FALSE. */
static gboolean
numeric_date (const gchar *text,
              guint       *a,
              guint       *b,
              guint       *year)
{
  gint consumed = 0;

  if (strlen (text) > 10 || sscanf (text, "%2u/%2u/%4u%n", a, b, year, &consumed) != 3 ||
      (gsize) consumed != strlen (text))
    return FALSE;
  if (consumed >= 3 && text[consumed - 3] == '/')
    *year += 2000;
  return *a >= 1 && *b >= 1 && *year >= 1970;
}

LineupDateOrder
lineup_post_table_day_order (GPtrArray *rows,
                             guint      column)
{
  guint one_way[2] = { 0, 0 }, runs[2] = { 0, 0 };
  guint last_a = 0, last_b = 0, last_year = 0;

  for (guint r = 0; r < rows->len; r++)
    {
      LineupPostTableRow *row = g_ptr_array_index (rows, r);
      g_autofree gchar *text = NULL;
      guint a, b, year;

      if (column >= row->cells->len || g_ptr_array_index (row->cells, column) == NULL)
        continue;
      text = lineup_post_table_cell_text (g_ptr_array_index (row->cells, column));
      if (!numeric_date (text, &a, &b, &year))
        continue;
      one_way[0] += a <= 12 && b > 12 && b <= 31;
      one_way[1] += b <= 12 && a > 12 && a <= 31;
      runs[0] += year == last_year && a == last_a && b == last_b + 1;
      runs[1] += year == last_year && b == last_b && a == last_a + 1;
      last_a = a, last_b = b, last_year = year;
    }
  if (one_way[0] != one_way[1])
    return one_way[0] > one_way[1] ? LINEUP_DATE_ORDER_MONTH_FIRST : LINEUP_DATE_ORDER_DAY_FIRST;
  if (runs[0] != runs[1])
    return runs[0] > runs[1] ? LINEUP_DATE_ORDER_MONTH_FIRST : LINEUP_DATE_ORDER_DAY_FIRST;
  return LINEUP_DATE_ORDER_UNKNOWN;
}

gchar *
lineup_post_table_iso_day (gchar           *text,
                           LineupDateOrder  order)
{
  guint a, b, year;
  gchar *iso;

  if (order == LINEUP_DATE_ORDER_UNKNOWN || !numeric_date (text, &a, &b, &year))
    return text;
  if (order == LINEUP_DATE_ORDER_DAY_FIRST)
    iso = g_strdup_printf ("%04u-%02u-%02u", year, b, a);
  else
    iso = g_strdup_printf ("%04u-%02u-%02u", year, a, b);
  g_free (text);
  return iso;
}

gboolean
lineup_post_table_numbers_talk (const gchar *text)
{
  gsize digits = strspn (text, "0123456789");

  return digits > 0 && digits <= 2 && text[digits] == '\0';
}

gboolean
lineup_post_table_header_has_zone (const gchar *header)
{
  g_autofree gchar *zone = lineup_post_layouts_find_zone_note (header);

  return zone != NULL;
}

gchar *
lineup_post_table_time_cell (const gchar *text)
{
  g_autofree gchar *bare = lineup_post_strip_duration_aside (text);
  const gchar *slash = strstr (bare, " / ");
  LineupSlot first, second;

  /* "1", "2" under a block's time: the number of a talk in it, no time */
  if (lineup_post_table_numbers_talk (bare))
    return g_strdup ("");
  /* "8:00 PST / 17:00 CET": the same time in a second zone says no more */
  if (slash != NULL)
    {
      g_autofree gchar *head = g_strndup (bare, (gsize) (slash - bare));

      if ((lineup_slot_scan (head, &first) & LINEUP_SLOT_TIME) &&
          lineup_slot_is_whole (head, &first) &&
          (lineup_slot_scan (slash + 3, &second) & LINEUP_SLOT_TIME) &&
          lineup_slot_is_whole (slash + 3, &second))
        return lineup_post_table_expand_compact_times (g_steal_pointer (&head));
    }
  return lineup_post_table_expand_compact_times (g_steal_pointer (&bare));
}
