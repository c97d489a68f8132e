/* lineup-post-layouts-fields.c — labelled fields under a talk: "Time: 16:15 - 17:30 BST"
 *
 * A talk's details are often written as labelled lines under its title
 * ("DATE: Wednesday April 2", "**Speakers**: Name\", "- When: Wednesday,
 * March 20 • 15:25 - 16:00", "**Date & Time:** Tuesday, November 7, 4:30pm
 * CST"), as paragraphs, as the lines of one paragraph or as list items.  A
 * unit is fields when every one of its lines starts with a label this file
 * knows; the walk (lineup-post-reader-fields.c) gives their values to the
 * talk, or makes the heading above them a talk.  A note that names the
 * zone of all the times ("All times are listed in Pacific Daylight Time") is
 * read here too, and a line of names under a talk, its speakers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-text.h"

/* A label is a few words before a colon ("Date & Time:"). */
#define MAX_LABEL_BYTES 24
/* More lines than this is a text, not a talk's fields. */
#define MAX_FIELD_LINES 12

/* Labels compared whole, after folding to lower case without "(s)". */
static const struct
{
  const gchar     *label;
  LineupPostField  field;
} labels[] = {
  { "date", LINEUP_POST_FIELD_WHEN }, { "time", LINEUP_POST_FIELD_WHEN },
  { "when", LINEUP_POST_FIELD_WHEN }, { "date & time", LINEUP_POST_FIELD_WHEN },
  { "date and time", LINEUP_POST_FIELD_WHEN }, { "date/time", LINEUP_POST_FIELD_WHEN },
  { "time & date", LINEUP_POST_FIELD_WHEN }, { "day & time", LINEUP_POST_FIELD_WHEN },
  { "day", LINEUP_POST_FIELD_WHEN }, { "time slot", LINEUP_POST_FIELD_WHEN },
  { "timeslot", LINEUP_POST_FIELD_WHEN }, { "session time", LINEUP_POST_FIELD_WHEN },
  { "event date", LINEUP_POST_FIELD_WHEN }, { "event time", LINEUP_POST_FIELD_WHEN },
  /* Portuguese, Spanish, French, German, Italian, Dutch */
  { "horario", LINEUP_POST_FIELD_WHEN }, { "horário", LINEUP_POST_FIELD_WHEN },
  { "hora", LINEUP_POST_FIELD_WHEN },
  { "fecha", LINEUP_POST_FIELD_WHEN }, { "heure", LINEUP_POST_FIELD_WHEN },
  { "horaire", LINEUP_POST_FIELD_WHEN }, { "uhrzeit", LINEUP_POST_FIELD_WHEN },
  { "zeit", LINEUP_POST_FIELD_WHEN }, { "orario", LINEUP_POST_FIELD_WHEN },
  { "tijd", LINEUP_POST_FIELD_WHEN },
  /* when, the date, the day: Portuguese and Italian, Spanish, French, German */
  { "quando", LINEUP_POST_FIELD_WHEN }, { "cuando", LINEUP_POST_FIELD_WHEN },
  { "cuándo", LINEUP_POST_FIELD_WHEN }, { "quand", LINEUP_POST_FIELD_WHEN },
  { "wann", LINEUP_POST_FIELD_WHEN }, { "data", LINEUP_POST_FIELD_WHEN },
  { "dia", LINEUP_POST_FIELD_WHEN }, { "día", LINEUP_POST_FIELD_WHEN },
  { "jour", LINEUP_POST_FIELD_WHEN }, { "giorno", LINEUP_POST_FIELD_WHEN },
  /* "Inicia: 10:00 CDMX" over "Termina: 10:45 CDMX": a start, then an end */
  { "start", LINEUP_POST_FIELD_WHEN }, { "starts", LINEUP_POST_FIELD_WHEN },
  { "start time", LINEUP_POST_FIELD_WHEN }, { "inicia", LINEUP_POST_FIELD_WHEN },
  { "inicio", LINEUP_POST_FIELD_WHEN }, { "comienza", LINEUP_POST_FIELD_WHEN },
  { "beginn", LINEUP_POST_FIELD_WHEN }, { "début", LINEUP_POST_FIELD_WHEN },
  { "inizio", LINEUP_POST_FIELD_WHEN }, { "início", LINEUP_POST_FIELD_WHEN },
  { "end", LINEUP_POST_FIELD_END }, { "ends", LINEUP_POST_FIELD_END },
  { "end time", LINEUP_POST_FIELD_END }, { "termina", LINEUP_POST_FIELD_END },
  { "fin", LINEUP_POST_FIELD_END }, { "finaliza", LINEUP_POST_FIELD_END },
  { "ende", LINEUP_POST_FIELD_END }, { "fine", LINEUP_POST_FIELD_END },
  { "término", LINEUP_POST_FIELD_END },
  { "by", LINEUP_POST_FIELD_SPEAKERS }, { "who", LINEUP_POST_FIELD_SPEAKERS },
  { "name", LINEUP_POST_FIELD_SPEAKERS },
  { "room", LINEUP_POST_FIELD_ROOM }, { "where", LINEUP_POST_FIELD_ROOM },
  { "location", LINEUP_POST_FIELD_ROOM }, { "venue", LINEUP_POST_FIELD_ROOM },
  { "salle", LINEUP_POST_FIELD_ROOM }, { "raum", LINEUP_POST_FIELD_ROOM },
  { "sala", LINEUP_POST_FIELD_ROOM }, { "local", LINEUP_POST_FIELD_ROOM },
  { "lugar", LINEUP_POST_FIELD_ROOM }, { "lieu", LINEUP_POST_FIELD_ROOM },
  { "ort", LINEUP_POST_FIELD_ROOM }, { "luogo", LINEUP_POST_FIELD_ROOM },
  { "url", LINEUP_POST_FIELD_URL }, { "link", LINEUP_POST_FIELD_URL },
  { "session link", LINEUP_POST_FIELD_URL }, { "sched", LINEUP_POST_FIELD_URL },
  { "session id", LINEUP_POST_FIELD_OTHER }, { "session code", LINEUP_POST_FIELD_OTHER },
  { "track", LINEUP_POST_FIELD_OTHER }, { "level", LINEUP_POST_FIELD_OTHER },
  { "type", LINEUP_POST_FIELD_OTHER }, { "format", LINEUP_POST_FIELD_OTHER },
  { "duration", LINEUP_POST_FIELD_OTHER }, { "audience", LINEUP_POST_FIELD_OTHER },
  { "also attending", LINEUP_POST_FIELD_OTHER },
  /* Chinese and Japanese, with a full-width colon ("**主讲人：** 姜宁"; the
   * times' labels are cjk_when) */
  { "主讲人", LINEUP_POST_FIELD_SPEAKERS }, { "讲师", LINEUP_POST_FIELD_SPEAKERS },
  { "讲者", LINEUP_POST_FIELD_SPEAKERS }, { "演讲者", LINEUP_POST_FIELD_SPEAKERS },
  { "嘉宾", LINEUP_POST_FIELD_SPEAKERS }, { "分享嘉宾", LINEUP_POST_FIELD_SPEAKERS },
  { "登壇者", LINEUP_POST_FIELD_SPEAKERS }, { "講演者", LINEUP_POST_FIELD_SPEAKERS },
  { "発表者", LINEUP_POST_FIELD_SPEAKERS }, { "地点", LINEUP_POST_FIELD_ROOM },
  { "会场", LINEUP_POST_FIELD_ROOM }, { "場所", LINEUP_POST_FIELD_ROOM },
  { "会場", LINEUP_POST_FIELD_ROOM }, { "摘要", LINEUP_POST_FIELD_OTHER },
  { "简介", LINEUP_POST_FIELD_OTHER }, { "题目", LINEUP_POST_FIELD_TITLE },
  { "议题", LINEUP_POST_FIELD_TITLE }, { "タイトル", LINEUP_POST_FIELD_TITLE },
  /* Indonesian: the date, the hour, the time, the speaker, the title, the place */
  { "tanggal", LINEUP_POST_FIELD_WHEN }, { "pukul", LINEUP_POST_FIELD_WHEN },
  { "waktu", LINEUP_POST_FIELD_WHEN }, { "pembicara", LINEUP_POST_FIELD_SPEAKERS },
  { "judul", LINEUP_POST_FIELD_TITLE }, { "tempat", LINEUP_POST_FIELD_ROOM },
  /* "| **題目** | Title |", "| **氏名** | Name |", "- 演者: Name" */
  { "題目", LINEUP_POST_FIELD_TITLE }, { "演題", LINEUP_POST_FIELD_TITLE },
  { "氏名", LINEUP_POST_FIELD_SPEAKERS }, { "演者", LINEUP_POST_FIELD_SPEAKERS },
  { "所属", LINEUP_POST_FIELD_OTHER }, { "概要", LINEUP_POST_FIELD_OTHER },
  /* "- Title: ETL Pipelines" over "- Presenters: Name" */
  { "title", LINEUP_POST_FIELD_TITLE }, { "talk title", LINEUP_POST_FIELD_TITLE },
  { "session title", LINEUP_POST_FIELD_TITLE }, { "talk", LINEUP_POST_FIELD_TITLE },
  { "titel", LINEUP_POST_FIELD_TITLE }, { "titre", LINEUP_POST_FIELD_TITLE },
  { "título", LINEUP_POST_FIELD_TITLE }, { "titolo", LINEUP_POST_FIELD_TITLE },
};

/* Speaker labels are matched by their start, plural or not, and as the
 * editor spelled them ("Facillitators"). */
static const gchar * const speaker_roots[] = {
  "speaker", "presenter", "facil", "host", "panelist", "panellist", "moderator",
  "instructor", "lecturer", "teacher", "trainer",
  /* French, German, Spanish, Portuguese, Italian */
  "intervenant", "orateur", "oratrice", "referent", "sprecher", "ponente", "palestrante",
  "relatore", "relatrice",
  /* "Author", "Ponente y autor", "Autoría": who wrote it gives it */
  "author", "autor", NULL
};

static const gchar * const cjk_when[] = { "时间", "時間", "日期", "日時", NULL };

static LineupPostField
field_of_label (const gchar *label)
{
  const gchar *last_word = strrchr (label, ' ');
  guint words = 1;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (label, labels[i].label))
      return labels[i].field;
  /* "会议日期/时间": a Chinese or Japanese label ends with its word */
  for (guint i = 0; cjk_when[i] != NULL; i++)
    if (g_str_has_suffix (label, cjk_when[i]))
      return LINEUP_POST_FIELD_WHEN;
  for (const gchar *p = label; *p != '\0'; p++)
    words += *p == ' ';
  /* "Speakers", "Facilitator", "Hosts", and "Featured speakers", "Guest
   * speaker": a speaker's word last in at most three */
  last_word = last_word != NULL ? last_word + 1 : label;
  if (words <= 3)
    for (guint i = 0; speaker_roots[i] != NULL; i++)
      if (g_str_has_prefix (last_word, speaker_roots[i]))
        return LINEUP_POST_FIELD_SPEAKERS;
  return LINEUP_POST_FIELD_NONE;
}

gboolean
lineup_post_layouts_is_speakers_label (const gchar *text)
{
  g_autofree gchar *label = NULL;
  gsize length = strlen (text);

  while (length > 0 && text[length - 1] == ' ')
    length--;
  if (length < 2 || length > MAX_LABEL_BYTES || text[length - 1] != ':')
    return FALSE;
  label = g_ascii_strdown (text, length - 1);
  g_strstrip (label);
  length = strlen (label);
  if (length > 3 && g_str_has_suffix (label, "(s)"))
    label[length - 3] = '\0';
  return field_of_label (label) == LINEUP_POST_FIELD_SPEAKERS;
}

LineupPostField
lineup_post_layouts_label_field (const gchar *text,
                                 gsize        length)
{
  g_autofree gchar *label = NULL;

  if (length == 0 || length > MAX_LABEL_BYTES)
    return LINEUP_POST_FIELD_NONE;
  /* "Horário:", "Lieu :": letters of any language */
  for (const gchar *p = text; p < text + length; p = g_utf8_next_char (p))
    if (!(g_unichar_isalpha (g_utf8_get_char (p)) || *p == ' ' || *p == '&' || *p == '/' ||
          *p == '(' || *p == ')' || *p == '_'))
      return LINEUP_POST_FIELD_NONE;

  /* "start_time: 09:30:00": a key as a program writes it */
  label = g_strdelimit (g_utf8_strdown (text, (gssize) length), "_", ' ');
  g_strstrip (label);
  length = strlen (label);
  if (length > 3 && g_str_has_suffix (label, "(s)"))
    label[length - 3] = '\0';
  return field_of_label (label);
}

LineupPostField
lineup_post_layouts_field (const gchar *text,
                           gsize       *value_start)
{
  const gchar *colon = strchr (text, ':');
  const gchar *wide = strstr (text, "\xEF\xBC\x9A");   /* "：" */
  gsize colon_length = 1;
  LineupPostField field;

  if (wide != NULL && (colon == NULL || wide < colon))
    colon = wide, colon_length = 3;

  if (colon == NULL ||
      (field = lineup_post_layouts_label_field (text, (gsize) (colon - text))) ==
      LINEUP_POST_FIELD_NONE)
    return LINEUP_POST_FIELD_NONE;

  colon += colon_length;
  while (*colon == ' ')
    colon++;
  if (*colon == '\0')
    return LINEUP_POST_FIELD_NONE;
  if (value_start != NULL)
    *value_start = (gsize) (colon - text);
  return field;
}

/* "4pm CET/11am EST/8am PST", "16:00 CET (10:00 EDT)": the time, then the
 * same time in other zones. */
static gboolean
gives_other_zones (const gchar      *value,
                   const LineupSlot *slot)
{
  const gchar *rest = value + slot->span_end;
  LineupSlot other;

  if (slot->zone[0] == '\0')
    return FALSE;
  while (*rest == ' ')
    rest++;
  if (*rest != '/' && *rest != '(')
    return FALSE;
  return (lineup_slot_scan (rest + 1, &other) & LINEUP_SLOT_TIME) != 0 && other.zone[0] != '\0';
}

/* "08:50 horas CDMX", "10:00 CDMX (UTC-5)", "9:00 am (GMT -5)": after a
 * time, only the word for hours, a place's or a zone's abbreviation and an
 * offset ("(pizza from 6.45pm)" is a note, no field). */
static gboolean
ends_with_clock_words (const gchar      *value,
                       const LineupSlot *slot)
{
  static const gchar * const words[] = {
    "horas", "hrs", "hours", "uhr", "heures", "ore", "hora", "local", "time", NULL
  };
  g_auto(GStrv) parts = g_strsplit_set (value + slot->span_end, " ()", -1);
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree gchar *lower = g_ascii_strdown (parts[i], -1);
      gsize upper = 0;

      if (*parts[i] == '\0')
        continue;
      while (g_ascii_isupper (parts[i][upper]))
        upper++;
      /* "CDMX", "UTC-6", "-5" */
      if (!(upper <= 5 &&
            strspn (parts[i] + upper, "0123456789+-:") == strlen (parts[i] + upper)) &&
          !g_strv_contains (words, lower))
        return FALSE;
      n++;
    }
  return n > 0 && n <= 4;
}

/* A room after a dash (no time in it) is a few words. */
#define MAX_ROOM_WORDS 4

gchar *
lineup_post_layouts_room_tail (const gchar *rest)
{
  static const gchar * const marks[] = { "\xE2\x80\x94", "\xE2\x80\x93", "-", "|", "@", NULL };
  LineupSlot other;

  while (*rest == ' ')
    rest++;
  for (guint i = 0; marks[i] != NULL; i++)
    if (g_str_has_prefix (rest, marks[i]) && rest[strlen (marks[i])] == ' ')
      {
        rest += strlen (marks[i]);
        return lineup_post_count_words (rest) <= MAX_ROOM_WORDS &&
               lineup_slot_scan (rest, &other) == LINEUP_SLOT_NONE
               ? g_strstrip (g_strdup (rest)) : NULL;
      }
  return NULL;
}

/* "31 de outubro, 10h30 às 11h00 — Auditório 1", "Nov 1, 14:00 | Room 3":
 * the time, then the room after a dash or a bar. */
static gboolean
ends_with_room (const gchar      *value,
                const LineupSlot *slot)
{
  g_autofree gchar *room = lineup_post_layouts_room_tail (value + slot->span_end);

  return lineup_post_count_letters (value, (gssize) slot->span_start) == 0 && room != NULL;
}

/* Whether @line is a field the recogniser accepts: a "When" with nothing
 * but a date and a time (and a room after a dash), no link ("Time: 10:00
 * Opening Remarks" and "When: [Title](url)" are talks). */
static LineupPostField
line_field (const LineupPostLine *line)
{
  gsize value = 0;
  LineupPostField field = lineup_post_layouts_field (line->text, &value);
  LineupSlot slot;

  if ((field == LINEUP_POST_FIELD_WHEN || field == LINEUP_POST_FIELD_END) &&
      (line->links->len > 0 || lineup_slot_scan (line->text + value, &slot) == LINEUP_SLOT_NONE ||
       !(lineup_slot_is_whole (line->text + value, &slot) ||
         gives_other_zones (line->text + value, &slot) ||
         ends_with_room (line->text + value, &slot) ||
         (lineup_post_count_letters (line->text + value, (gssize) slot.span_start) == 0 &&
          ends_with_clock_words (line->text + value, &slot)))))
    return LINEUP_POST_FIELD_NONE;
  return field;
}

gboolean
lineup_post_layouts_recognise_fields (const LineupPostUnit    *unit,
                                      const LineupPostContext *context,
                                      LineupPostRecognition   *out)
{
  gboolean telling = FALSE;

  /* "###### Local: Laboratório 2" under a talk's heading: a field as a
   * heading (a time as one is the slot of the talks under it) */
  if (unit->kind == LINEUP_UNIT_HEADING && unit->lines->len == 1)
    {
      LineupPostField field = line_field (g_ptr_array_index (unit->lines, 0));

      if (field != LINEUP_POST_FIELD_ROOM && field != LINEUP_POST_FIELD_SPEAKERS)
        return FALSE;
      out->role = LINEUP_ROLE_FIELDS;
      return TRUE;
    }
  if ((unit->kind != LINEUP_UNIT_PARAGRAPH && unit->kind != LINEUP_UNIT_ITEM) ||
      unit->lines->len == 0 || unit->lines->len > MAX_FIELD_LINES)
    return FALSE;

  for (guint i = 0; i < unit->lines->len; i++)
    {
      LineupPostField field = line_field (g_ptr_array_index (unit->lines, i));

      if (field == LINEUP_POST_FIELD_NONE)
        return FALSE;
      telling = telling || field != LINEUP_POST_FIELD_OTHER;
    }
  if (!telling)
    return FALSE;

  out->role = LINEUP_ROLE_FIELDS;
  return TRUE;
}

gboolean
lineup_post_layouts_is_place (const gchar *text)
{
  static const gchar *const places[] = {
    "room", "hall", "ballroom", "center", "centre", "level", "floor", "booth", "stage",
    "auditorium", "theater", "theatre", "building", "rooms", "halls", "space", "lounge",
    /* French, German, Spanish, Italian, Dutch */
    "salle", "salles", "amphi", "amphitheatre", "saal", "raum", "sala", "aula", "zaal",
  };
  g_autofree gchar *folded = lineup_text_fold (text);
  g_auto(GStrv) words = g_strsplit_set (folded, " ,.;:()/-", -1);

  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (places); j++)
      if (g_str_equal (words[i], places[j]))
        return TRUE;
  return FALSE;
}

gboolean
lineup_post_layouts_is_room_name (const gchar *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " |", -1);
  guint n = 0;
  const gchar *last = NULL, *before = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      before = last, last = words[i], n++;
  /* "Main Hall", "Auditorium"; "Room 2", "Hall B" */
  return n > 0 && (lineup_post_layouts_is_place (last) ||
                   (before != NULL && strlen (last) <= 3 && g_ascii_isalnum (*last) &&
                    lineup_post_layouts_is_place (before)));
}

gboolean
lineup_post_layouts_starts_with_place (const gchar *text)
{
  g_autofree gchar *first = g_strndup (text, strcspn (text, " "));

  return lineup_post_layouts_is_place (first);
}

/* "_NSAKEY", "heartsh8ped", "TipsyBacchus": a handle, one word of
 * letters, digits, '_', '-' and '.', where a label or a column says a
 * speaker goes. */
#define MAX_HANDLE_BYTES 32

gboolean
lineup_post_layouts_is_handle (const gchar *text)
{
  g_autofree gchar *bare = g_strstrip (g_strdup (text));
  guint letters = 0;

  if (strlen (bare) > MAX_HANDLE_BYTES)
    return FALSE;
  for (const gchar *p = bare; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && c != '_' && c != '-' && c != '.')
        return FALSE;
      letters += g_unichar_isalpha (c);
    }
  return letters >= 2;
}

#define MAX_ROOM_CODE_BYTES 6

gboolean
lineup_post_layouts_is_room_code (const gchar *text)
{
  gsize length = strlen (text);

  return length >= 2 && length <= MAX_ROOM_CODE_BYTES &&
         strspn (text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == length &&
         g_ascii_isupper (text[0]);
}

gchar *
lineup_post_layouts_cut_room_tail (gchar *text)
{
  static const gchar * const dashes[] = {
    " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", "; "
  };
  gchar *cut = NULL;
  gsize cut_length = 0;
  g_autofree gchar *tail = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    {
      gchar *p = g_strrstr (text, dashes[i]);

      if (p != NULL && p > cut)
        cut = p, cut_length = strlen (dashes[i]);
    }
  if (cut == NULL || cut == text)
    return NULL;
  tail = g_strstrip (g_strdup (cut + cut_length));
  /* "Name; OUGL", "Name; Room 2": after a semicolon, a room's code or name */
  if (*tail == '\0' || lineup_post_more_words_than (tail, 4) ||
      !(cut[0] == ';' ? lineup_post_layouts_is_room_code (tail) ||
                          lineup_post_layouts_is_room_name (tail)
                      : lineup_post_layouts_starts_with_place (tail)))
    return NULL;
  *cut = '\0';
  g_strchomp (text);
  return g_steal_pointer (&tail);
}

/* "All times are in CET", "(times in PDT)" → "CET". */
gchar *
lineup_post_layouts_find_zone_note (const gchar *text)
{
  g_autofree gchar *folded = lineup_text_fold (text);

  return lineup_post_layouts_find_zone_note_folded (text, folded);
}

/* "UTC-4", "UTC -4", "GMT +1": the zone @found ("UTC") and the whole hours
 * of the offset @after it, as one ("UTC-4"), read by the slot's scanner
 * with the offset set beside its zone; @found alone when no offset
 * follows. */
static gchar *
with_offset (const gchar *found,
             const gchar *after)
{
  g_autofree gchar *glued = NULL;
  gchar zone[8];

  if (!g_str_equal (found, "UTC") && !g_str_equal (found, "GMT"))
    return g_strdup (found);
  glued = g_strconcat (found, after + (*after == ' '), NULL);
  if (!lineup_slot_read_zone (glued, zone) || lineup_slot_zone_for_abbreviation (zone) == NULL)
    return g_strdup (found);
  return g_strdup (zone);
}

gchar *
lineup_post_layouts_find_zone_note_folded (const gchar *text,
                                           const gchar *folded)
{
  gchar found[8];
  const gchar *p = text;

  if (strstr (folded, "time") == NULL && strstr (folded, "zone") == NULL)
    return NULL;

  while (*p)
    {
      gsize n = 0;

      while (*p && !g_ascii_isupper (*p))
        p++;
      while (g_ascii_isupper (p[n]))
        n++;
      if (n >= 2 && n <= 5 && (p == text || !g_ascii_isalnum (p[-1])) &&
          !g_ascii_isalnum (p[n]))
        {
          memcpy (found, p, n);
          found[n] = '\0';
          /* "Pacific Daylight Time, which is UTC -07:00": the zone is
           * the one named, UTC only its offset's reference */
          if (lineup_slot_zone_for_abbreviation (found) != NULL &&
              !((g_str_equal (found, "UTC") || g_str_equal (found, "GMT")) &&
                lineup_slot_zone_from_name (folded) != NULL))
            return with_offset (found, p + n);
        }
      p += n;
    }

  /* "Times are listed in Eastern Standard Time" */
  return g_strdup (lineup_slot_zone_from_name (folded));
}

/* "by [Bodo Kaiser](/speakers.html#bodok) and [Lars Gregori](…)": a line
 * that says "by" and links nothing but the names. */
static gboolean
links_only_names (const LineupPostLine *line)
{
  g_autoptr(GString) rest = g_string_new (NULL);
  gsize at = 3;

  if (g_ascii_strncasecmp (line->text, "by ", 3) != 0)
    return FALSE;
  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

      if (link->start < at)
        return FALSE;
      g_string_append_len (rest, line->text + at, (gssize) (link->start - at));
      at = link->end;
    }
  g_string_append (rest, line->text + at);
  g_strdelimit (rest->str, ",&", ' ');
  g_strstrip (rest->str);
  return *rest->str == '\0' || g_str_equal (rest->str, "and");
}

/* Whether @rest of @text follows a label ("Speaker: Laura"): a name alone
 * is a person's there, as a table's column of speakers writes it. */
static gboolean
after_label (const gchar *text,
             const gchar *rest)
{
  while (rest > text && rest[-1] == ' ')
    rest--;
  return rest > text && rest[-1] == ':';
}

gboolean
lineup_post_layouts_line_is_speakers (const LineupPostLine *line,
                                      gchar               **byline,
                                      LineupSlot           *slot,
                                      LineupSlotFound      *found)
{
  const gchar *text = lineup_post_skip_speaker_marker (line->text);
  g_autofree gchar *people = NULL;
  LineupSlotFound f = LINEUP_SLOT_NONE;
  LineupSlot s = { 0 };

  /* "**[Name](profile) & [Name](profile)**": a bold or italic line may link
   * its names (pyOpenSci); a plain line with links is a sentence. */
  if (line->links->len > 0 && !line->emphasised && !links_only_names (line))
    return FALSE;

  /* "*Name, Org | 13:35 - 14:00*": the time is part of the speaker line */
  f = lineup_slot_scan (text, &s);
  if ((f & LINEUP_SLOT_TIME) != 0)
    {
      g_autofree gchar *before = lineup_post_trim_separators (text, s.span_start);
      g_autofree gchar *after = lineup_post_trim_separators (text + s.span_end,
                                                             strlen (text + s.span_end));

      if (*before != '\0' && *after != '\0')
        return FALSE;
      people = g_strdup (*before != '\0' ? before : after);
    }
  else
    {
      f = LINEUP_SLOT_NONE;
      people = lineup_post_trim_separators (text, strlen (text));
    }

  if (*people == '\0' ||
      !(lineup_byline_looks_like_people (people) ||
        (after_label (line->text, text) && (lineup_post_layouts_is_one_word_name (people) ||
                                             lineup_post_layouts_is_handle (people)))))
    return FALSE;

  if (byline != NULL)
    *byline = g_steal_pointer (&people);
  if (slot != NULL)
    *slot = s;
  if (found != NULL)
    *found = f;
  return TRUE;
}

/* A line of names under the open talk: its speakers. */
gboolean
lineup_post_layouts_recognise_speakers (const LineupPostUnit    *unit,
                                        const LineupPostContext *context,
                                        LineupPostRecognition   *out)
{
  g_autoptr(GString) joined = NULL;
  static const gchar * const places[] = { "room ", "hall ", "level ", "booth", "floor", NULL };

  if (!context->in_talk || context->talk_has_speakers || context->talk_has_description)
    return FALSE;

  if (unit->kind == LINEUP_UNIT_QUOTE)
    {
      g_autofree gchar *trimmed = NULL;

      joined = g_string_new (NULL);
      for (guint i = 0; i < unit->lines->len; i++)
        {
          const LineupPostLine *line = g_ptr_array_index (unit->lines, i);

          /* The lines of a quote are one byline wrapped by the editor. */
          if (joined->len > 0)
            g_string_append_c (joined, ' ');
          g_string_append (joined, lineup_post_skip_speaker_marker (line->text));
        }
      trimmed = lineup_post_trim_separators (joined->str, joined->len);
      if (*trimmed == '\0' || lineup_post_folded_contains_any (trimmed, places) ||
          !lineup_byline_looks_like_people (trimmed))
        return FALSE;
      out->role = LINEUP_ROLE_SPEAKERS;
      out->text = g_steal_pointer (&trimmed);
      return TRUE;
    }

  if (unit->kind == LINEUP_UNIT_PARAGRAPH && unit->lines->len == 1)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, 0);
      const gchar *text = line->text;

      /* Only an explicit marker, emphasis or a "|" makes a paragraph a
       * speaker line: a plain sentence could start with a name. */
      if (!(line->emphasised || lineup_post_starts_with_dash (text) ||
            g_str_has_prefix (text, "Speaker") || strchr (text, '|') != NULL))
        return FALSE;
      if (lineup_post_folded_contains_any (text, places))
        return FALSE;
      if (!lineup_post_layouts_line_is_speakers (line, &out->text, &out->slot, &out->found))
        return FALSE;
      out->role = LINEUP_ROLE_SPEAKERS;
      return TRUE;
    }

  /* "- 10:00am - 12:00pm" then "- Max De Marzi, Andreas Ronge": the names
   * under the talk's time, an item of their own */
  if (unit->kind == LINEUP_UNIT_ITEM && unit->lines->len == 1 && context->talk_has_time &&
      !unit->has_link && lineup_post_unit_scan (unit, NULL) == LINEUP_SLOT_NONE &&
      !lineup_post_folded_contains_any (unit->text, places) &&
      lineup_byline_looks_like_people (unit->text))
    {
      out->role = LINEUP_ROLE_SPEAKERS;
      out->text = g_strdup (unit->text);
      return TRUE;
    }
  return FALSE;
}

/* Catalogue codes: "OPN311", "HSM5292", "CNA1780QU", "SEC6319-SPO", "A-113" */

gsize
lineup_post_session_code_length (const gchar *text)
{
  gsize letters = 0, digits = 0, length, suffix = 0;

  while (g_ascii_isupper (text[letters]))
    letters++;
  /* a poster's number: "A-113", "B-079" */
  if (letters == 1 && text[1] == '-')
    {
      while (g_ascii_isdigit (text[2 + digits]))
        digits++;
      return digits >= 2 && digits <= 4 && !g_ascii_isalnum (text[2 + digits]) ? 2 + digits : 0;
    }
  while (g_ascii_isdigit (text[letters + digits]))
    digits++;
  if (letters < 2 || letters > 6 || digits < 2 || digits > 4)
    return 0;
  length = letters + digits;
  /* "CNA1780QU": up to three letters after the digits */
  while (suffix < 3 && g_ascii_isupper (text[length + suffix]))
    suffix++;
  if (g_ascii_isalnum (text[length + suffix]))
    return 0;
  length += suffix;
  /* "SEC6319-SPO" */
  if (text[length] == '-')
    {
      for (suffix = 0; g_ascii_isupper (text[length + 1 + suffix]); suffix++)
        ;
      if (suffix >= 2 && suffix <= 4 && !g_ascii_isalnum (text[length + 1 + suffix]))
        length += suffix + 1;
    }
  return length;
}

gboolean
lineup_post_is_session_code (const gchar *text,
                             gsize        length)
{
  g_autofree gchar *trimmed = lineup_post_trim_separators (text, length);

  return *trimmed != '\0' && lineup_post_session_code_length (trimmed) == strlen (trimmed);
}

/* A kind of talk before "by" ("Morning Keynote by Name"): a few words. */
#define MAX_KIND_WORDS 3

/* "Moderator: [Name](…)", "Panelists: A, B, and C", "Morning Keynote by
 * *[Name](…)*" on a line under a talk's title: its people, added to its
 * byline; no talk of their own. */
gboolean
lineup_post_layouts_take_people_line (GArray               *talks,
                                      const LineupPostLine *line)
{
  LineupPostTalk *last;
  g_autofree gchar *people = NULL;
  const gchar *by = strstr (line->text, " by ");
  gsize value = 0;

  if (talks == NULL || talks->len == 0)
    return FALSE;
  if (lineup_post_layouts_field (line->text, &value) == LINEUP_POST_FIELD_SPEAKERS)
    people = lineup_post_trim_separators (line->text + value, strlen (line->text + value));
  else if (by != NULL)
    {
      g_autofree gchar *kind = g_strndup (line->text, (gsize) (by - line->text));

      if (lineup_post_count_words (kind) > MAX_KIND_WORDS || !lineup_byline_names_a_kind (kind))
        return FALSE;
      people = lineup_post_trim_separators (by + 4, strlen (by + 4));
    }
  else
    return FALSE;
  last = &g_array_index (talks, LineupPostTalk, talks->len - 1);
  if (*people != '\0' && lineup_byline_looks_like_people (people))
    {
      gchar *byline = last->byline == NULL ? g_strdup (people)
                                            : g_strconcat (last->byline, "; ", people, NULL);

      g_free (last->byline);
      last->byline = byline;
    }
  return TRUE;
}
