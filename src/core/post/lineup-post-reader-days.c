/* lineup-post-reader-days.c — the days a post names outside its talks
 *
 * The days its prose mentions ("It will take place virtually November
 * 17th-20th"), the year in context, and the numbered days of the event
 * ("##### Day 2") counted from the first mentioned one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lineup-date.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"

/* The year to count weekdays in when the day in context gives none: the
 * last one written, the post title's ("Grand Tech Meetup 2015"), the
 * post's, the first the body writes, else a leap year's. */
gint
lineup_post_reader_year_in_context (const Reader *reader)
{
  gint year;

  if (reader->known_year != 0)
    return reader->known_year;
  if ((year = lineup_year_in_text (reader->front.title)) != 0)
    return year;
  if (reader->pub_year != 0)
    return reader->pub_year;
  return reader->n_body_years > 0 ? reader->body_years[0] : 2000;
}

gint
lineup_post_reader_month_in_context (const Reader *reader)
{
  return reader->pub_month != 0 ? reader->pub_month : reader->path_month;
}

/* The text of @node's inlines, each block on a line of its own, up to
 * MAX_LINE_BYTES and a little more. */
static gchar *
plain_text (cmark_node *node)
{
  g_autoptr(GString) text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (node);
  cmark_event_type ev;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE && text->len <= MAX_LINE_BYTES)
    {
      cmark_node *child = cmark_iter_get_node (iter);

      if (ev == CMARK_EVENT_ENTER && cmark_node_get_type (child) == CMARK_NODE_TEXT)
        g_string_append (text, cmark_node_get_literal (child));
      else if (ev == CMARK_EVENT_EXIT && cmark_node_get_type (child) == CMARK_NODE_PARAGRAPH)
        g_string_append_c (text, '\n');
    }
  cmark_iter_free (iter);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "from Monday 13th till Friday 17th July 2020", "du 3 au 5 mai": a
 * range whose first day is written without its month.  @slot is the day
 * found in @text, the range's end; it becomes the range's first day when
 * the words before it are a day number and at most two joining words.
 * Its span is left as it was. */
#define MAX_RANGE_JOINERS 2

static gboolean
is_day_number (const gchar *word,
               gint         before)
{
  static const gchar * const suffixes[] = { "", "st", "nd", "rd", "th", "er", "e", "\xC2\xBA", NULL };
  gchar *end = NULL;
  gint64 n = g_ascii_strtoll (word, &end, 10);

  return end != word && n >= 1 && n < before && g_strv_contains (suffixes, end);
}

void
lineup_post_reader_range_start (const gchar *text,
                                LineupSlot  *slot)
{
  static const gchar * const joiners[] = {
    "till", "until", "to", "through", "thru", "and", "bis", "und", "au", "et", "al", "a", "y",
    "e", "de", NULL
  };
  g_autofree gchar *before = NULL;
  g_autoptr(GPtrArray) words = NULL;
  guint joined = 0;
  gint i;

  if (slot->month == 0 || slot->day <= 1 || slot->span_start == 0 || slot->span_start > strlen (text))
    return;
  before = g_utf8_strdown (text, (gssize) slot->span_start);
  words = lineup_post_table_split_words (before);
  for (i = (gint) words->len - 1; i >= 0 && joined <= MAX_RANGE_JOINERS; i--, joined++)
    {
      const gchar *word = g_ptr_array_index (words, i);

      if (is_day_number (word, slot->day))
        {
          slot->day = (gint) g_ascii_strtoll (word, NULL, 10);
          slot->weekday = 0;
          return;
        }
      if (!g_strv_contains (joiners, word))
        return;
    }
}

/* "on 20–22 January": a span that joins two day numbers by a dash (not
 * "2024-03-19" nor "10:00-11:00"), read by the scanner as its first day. */
static gboolean
days_joined_in_span (const gchar      *text,
                     const LineupSlot *slot)
{
  const gchar *end = text + slot->span_end;

  for (const gchar *p = text + slot->span_start; p < end; p++)
    {
      const gchar *first = p, *next;
      gsize dash;

      while (p < end && g_ascii_isdigit (*p))
        p++;
      if (p == first || p - first > 2 || (first > text && strchr ("-/:.", first[-1]) != NULL))
        continue;
      dash = *p == '-' ? 1
             : (g_str_has_prefix (p, "\u2013") || g_str_has_prefix (p, "\u2014")) ? 3 : 0;
      for (next = p + dash; dash > 0 && next < end && g_ascii_isdigit (*next); next++)
        ;
      if (dash > 0 && next > p + dash && next - (p + dash) <= 2 &&
          (*next == '\0' || strchr ("-/:.", *next) == NULL || next[1] == ' ' || next[1] == '\0'))
        return TRUE;
    }
  return FALSE;
}

/* "November 12-15, 2024", "Nov 12 – Nov 15", "from Monday 13th till
 * Friday 17th July": whether the day @slot found in @text is the first or
 * the last of a range, so that the text names an event's days and not one
 * day. */
gboolean
lineup_post_reader_names_range (const gchar      *text,
                                const LineupSlot *slot)
{
  static const gchar * const joiners[] = {
    "-", "\u2013", "\u2014", "to", "till", "until", "through", "thru", "bis", "au", "al", NULL
  };
  LineupSlot first = *slot;
  const gchar *p;

  lineup_post_reader_range_start (text, &first);
  if (first.day != slot->day)
    return TRUE;
  if (slot->span_end == 0 || slot->span_end > strlen (text))
    return FALSE;
  if (days_joined_in_span (text, slot))
    return TRUE;
  for (p = text + slot->span_end; *p == ' '; p++)
    ;
  for (guint i = 0; joiners[i] != NULL; i++)
    {
      gsize length = strlen (joiners[i]);
      const gchar *next = p + length;

      if (g_ascii_strncasecmp (p, joiners[i], length) != 0 ||
          (g_ascii_isalpha (*p) && g_ascii_isalpha (*next)))
        continue;
      while (*next == ' ')
        next++;
      return g_ascii_isdigit (*next) ||
             lineup_slot_month_from_name (next, strcspn (next, " ,.")) != 0;
    }
  return FALSE;
}

/* The whole days @unit's prose names ("31st of October and 1st of
 * November"), a few per unit. */
#define MAX_DAYS_PER_UNIT 4
#define MIN_SENTENCE_WORDS 12

/* "The first weekend of February I visited FOSDEM": that Saturday and
 * Sunday, in the year of the context.  FALSE when @words (folded) name no
 * such weekend.  @line: where the prose names them. */
static gboolean
note_weekend (Reader    *reader,
              GPtrArray *words,
              guint      line)
{
  static const gchar * const ordinals[] = { "first", "second", "third", "fourth", "last" };

  for (guint i = 0; i + 3 < words->len; i++)
    {
      const gchar *of = g_ptr_array_index (words, i + 2);
      gint month = lineup_slot_month_from_name (g_ptr_array_index (words, i + 3), (gsize) -1);
      guint nth = 0;
      gint year, day;

      const gchar *word = g_ptr_array_index (words, i);

      while (nth < G_N_ELEMENTS (ordinals) && !g_str_equal (ordinals[nth], word))
        nth++;
      if (nth == G_N_ELEMENTS (ordinals) || month == 0 ||
          !g_str_equal (g_ptr_array_index (words, i + 1), "weekend") ||
          !(g_str_equal (of, "of") || g_str_equal (of, "in")))
        continue;
      year = lineup_post_reader_year_in_context (reader);
      if (!lineup_year_is_plausible (year) || reader->n_mentioned_days + 2 > MAX_MENTIONED_DAYS)
        return FALSE;
      /* the first Saturday of the month, then on by weeks; the last whole
       * weekend for "last" */
      for (day = 1; lineup_weekday_of (year, month, day) != 6; day++)
        ;
      if (nth + 1 < G_N_ELEMENTS (ordinals))
        day += 7 * (gint) nth;
      else
        while (day + 8 <= lineup_days_in_month (year, month))
          day += 7;
      if (day + 1 > lineup_days_in_month (year, month))
        return FALSE;
      for (gint d = 0; d < 2; d++)
        {
          reader->mentioned_days[reader->n_mentioned_days].year = year;
          reader->mentioned_days[reader->n_mentioned_days].month = month;
          reader->mentioned_days[reader->n_mentioned_days].line = line;
          reader->mentioned_days[reader->n_mentioned_days++].day = day + d;
        }
      return TRUE;
    }
  return FALSE;
}

static const gchar * const next_edition[] = {
  "next year", "next edition", "next time", "l'anno prossimo", NULL
};

/* Whether the word right before @slot's day in @text is "and" ("the 24th
 * and 27th of March"). */
static gboolean
lists_two_days (const gchar      *text,
                const LineupSlot *slot)
{
  static const gchar * const ands[] = { "and", "und", "et", "y", "e", "&", NULL };
  g_autofree gchar *before = g_utf8_strdown (text, (gssize) MIN (slot->span_start, strlen (text)));
  g_autoptr(GPtrArray) words = lineup_post_table_split_words (before);

  return words->len > 0 && g_strv_contains (ands, g_ptr_array_index (words, words->len - 1));
}

void
lineup_post_reader_note_mentioned_days (Reader               *reader,
                                        const LineupPostUnit *unit)
{
  g_autofree gchar *list_text = NULL;
  const gchar *text = unit->text;
  LineupSlot slot;
  gint last_day;

  /* "- **When?** 31st of October and 1st of November": a list of prose */
  if (unit->kind == LINEUP_UNIT_OTHER && cmark_node_get_type (unit->node) == CMARK_NODE_LIST)
    text = list_text = plain_text (unit->node);
  /* a heading names a day or a talk, unless it is a sentence ("<h3>On
   * October 1st & 2nd, we have two days packed with…</h3>") */
  if ((unit->kind == LINEUP_UNIT_HEADING && lineup_post_count_words (text) < MIN_SENTENCE_WORDS) ||
      strlen (text) > MAX_LINE_BYTES)
    return;
  /* "It will be on October 22-24, 2017 next year": the next edition's */
  if (lineup_post_folded_contains_any (lineup_post_unit_folded (unit), next_edition))
    return;
  if (g_strstr_len (lineup_post_unit_folded (unit), -1, "weekend") != NULL)
    {
      g_autoptr(GPtrArray) words = lineup_post_table_split_words (lineup_post_unit_folded (unit));

      if (note_weekend (reader, words, unit->line))
        return;
    }
  for (guint i = 0; i < MAX_DAYS_PER_UNIT && reader->n_mentioned_days < MAX_MENTIONED_DAYS; i++)
    {
      if (lineup_slot_scan (text, &slot) == LINEUP_SLOT_NONE || slot.span_end == 0)
        return;
      /* "On October 1st & 2nd from 9AM PDT": the hours are found first */
      if (slot.month == 0 && slot.span_start > 0)
        {
          g_autofree gchar *before = g_strndup (text, slot.span_start);
          LineupSlot day;

          if ((lineup_slot_scan (before, &day) & LINEUP_SLOT_DATE) && day.month != 0)
            slot = day;
        }
      last_day = slot.day;
      lineup_post_reader_range_start (text, &slot);
      if (slot.month != 0 && slot.day != 0 && reader->n_mentioned_days == 0)
        reader->first_mention_in_talks = reader->talks->len > 0;
      if (slot.month != 0 && slot.day != 0)
        {
          reader->mentioned_days[reader->n_mentioned_days].year = slot.year;
          reader->mentioned_days[reader->n_mentioned_days].month = slot.month;
          reader->mentioned_days[reader->n_mentioned_days].line = unit->line;
          reader->mentioned_days[reader->n_mentioned_days++].day = slot.day;
        }
      /* "the 24th and 27th of March": two days, not a range */
      if (slot.month != 0 && last_day != slot.day && lists_two_days (text, &slot) &&
          reader->n_mentioned_days < MAX_MENTIONED_DAYS)
        {
          reader->mentioned_days[reader->n_mentioned_days] =
            reader->mentioned_days[reader->n_mentioned_days - 1];
          reader->mentioned_days[reader->n_mentioned_days++].day = last_day;
        }
      text += slot.span_end;
    }
}

gboolean
lineup_post_reader_weekday_fits (const Reader     *reader,
                                 const LineupSlot *slot)
{
  gint year = slot->year != 0 ? slot->year : lineup_post_reader_year_in_context (reader);

  return slot->weekday != 0 && slot->month != 0 &&
         g_date_valid_dmy ((GDateDay) slot->day, (GDateMonth) slot->month, (GDateYear) year) &&
         lineup_weekday_of (year, slot->month, slot->day) == slot->weekday;
}

/* "### Date: 1 Dec 2021", "Date: 2024-03-19": a day a labelled field
 * gives, wherever it stands (a meetup's page gives it below its talks). */
void
lineup_post_reader_note_field_day (Reader               *reader,
                                   const LineupPostUnit *unit)
{
  LineupSlot slot;

  if (unit->lines->len != 1 || !lineup_post_layouts_date_field (unit->text, &slot))
    return;
  if (reader->n_field_days == 0)
    {
      reader->field_day.year = slot.year;
      reader->field_day.month = slot.month;
      reader->field_day.day = slot.day;
    }
  if (reader->n_field_days == 0 || reader->field_day.month != slot.month ||
      reader->field_day.day != slot.day)
    reader->n_field_days++;
}

/* A recap: "I ended up going…", "this was a refreshing change"; an
 * announcement: "we will be there", "join us". */
#define MIN_RECAP_WORDS 3

/* "KubeCon EU 2024 is only four more weeks away!", "two weeks from now":
 * how many weeks after the post the event is, or 0. */
static guint
weeks_away (GPtrArray *words)
{
  static const gchar * const numbers[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", NULL
  };

  for (guint i = 1; i + 1 < words->len; i++)
    {
      const gchar *word = g_ptr_array_index (words, i);
      const gchar *next = g_ptr_array_index (words, i + 1);
      const gchar *count = g_ptr_array_index (words, i - 1);

      if ((!g_str_equal (word, "weeks") && !g_str_equal (word, "week")) ||
          !(g_str_equal (next, "away") ||
            (g_str_equal (next, "from") && i + 2 < words->len &&
             g_str_equal (g_ptr_array_index (words, i + 2), "now"))))
        continue;
      if (g_str_equal (count, "more") && i >= 2)
        count = g_ptr_array_index (words, i - 2);
      for (guint n = 0; numbers[n] != NULL; n++)
        if (g_str_equal (count, numbers[n]))
          return n + 1;
      if (count[0] >= '1' && count[0] <= '8' && count[1] == '\0')
        return (guint) (count[0] - '0');
    }
  return 0;
}

void
lineup_post_reader_note_tense (Reader               *reader,
                               const LineupPostUnit *unit)
{
  static const gchar * const past[] = {
    "was", "were", "had", "went", "attended", "enjoyed", "ended", "got", "gave", "learned",
    "learnt", "saw", "met", "watched", "loved", "spent", "decided", "helped", "heard", "took",
    "visited", "asked", "started", "came", "did", "felt", "liked", "found", "talked", "joined",
    "recordings", "recorded", NULL
  };
  static const gchar * const future[] = {
    "will", "ll", "upcoming", "join", "register", "tomorrow", "forward", "soon", "don", NULL
  };
  /* "It took place last week-end": the event's days, in the week before
   * the post */
  static const gchar * const last_week[] = {
    "last week", "last weekend", "last week-end", "this past week", "this past weekend",
    "past weekend", NULL
  };
  g_autoptr(GPtrArray) words = NULL;

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || strlen (unit->text) > MAX_LINE_BYTES)
    return;
  reader->past_week |= lineup_post_folded_contains_any (unit->text, last_week);
  words = lineup_post_table_split_words (lineup_post_unit_folded (unit));
  if (reader->weeks_ahead == 0)
    reader->weeks_ahead = weeks_away (words);
  for (guint i = 0; i < words->len; i++)
    {
      const gchar *word = g_ptr_array_index (words, i);

      reader->past_words += g_strv_contains (past, word);
      reader->future_words += g_strv_contains (future, word);
    }
}

gboolean
lineup_post_reader_reads_as_recap (const Reader *reader)
{
  return reader->past_words >= MIN_RECAP_WORDS && reader->future_words * 2 < reader->past_words;
}

/* "##### Day 2", "# Day 1 (10/1/20):": a day of the event counted from
 * the first day its prose names ("It will take place November
 * 17th-20th"). */

/* A word of digits only, a day's or a year's number. */
static gboolean
is_number (const gchar *word)
{
  return *word != '\0' && strspn (word, "0123456789") == strlen (word);
}

gboolean
lineup_post_reader_nth_day (const Reader *reader,
                            guint         number,
                            gint         *year,
                            gint         *month,
                            gint         *day)
{
  gint first_year;
  guint listed = 1, first = 0;
  GDate date;

  if (reader->n_mentioned_days == 0 || number == 0 || number > LINEUP_SLOT_MAX_EVENT_DAY ||
      reader->first_mention_in_talks)
    return FALSE;
  /* "held on the 24th and 27th of March": days listed in one sentence, in
   * order, are the event's days one by one */
  while (listed < reader->n_mentioned_days &&
         reader->mentioned_days[listed].line == reader->mentioned_days[0].line &&
         reader->mentioned_days[listed].month * 32 + reader->mentioned_days[listed].day >
         reader->mentioned_days[listed - 1].month * 32 + reader->mentioned_days[listed - 1].day)
    listed++;
  if (listed >= 2 && number <= listed)
    first = number - 1, number = 1;
  first_year = reader->mentioned_days[first].year ? reader->mentioned_days[first].year
                                                  : lineup_post_reader_year_in_context (reader);
  if (!g_date_valid_dmy ((GDateDay) reader->mentioned_days[first].day,
                         (GDateMonth) reader->mentioned_days[first].month, (GDateYear) first_year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) reader->mentioned_days[first].day,
                  (GDateMonth) reader->mentioned_days[first].month, (GDateYear) first_year);
  g_date_add_days (&date, number - 1);
  *year = (gint) g_date_get_year (&date);
  *month = (gint) g_date_get_month (&date);
  *day = (gint) g_date_get_day (&date);
  return TRUE;
}

gboolean
lineup_post_reader_numbered_day (const Reader         *reader,
                                 const LineupPostUnit *unit,
                                 LineupSlot           *slot)
{
  g_autoptr(GPtrArray) words = NULL;
  const gchar *number_word;
  guint number;

  if (unit->kind != LINEUP_UNIT_HEADING || reader->n_mentioned_days == 0)
    return FALSE;
  words = lineup_post_table_split_words (lineup_post_unit_folded (unit));
  if (words->len < 2 || words->len > 5 ||
      !lineup_slot_is_day_word (g_ptr_array_index (words, 0)))
    return FALSE;
  number_word = g_ptr_array_index (words, 1);
  if (!is_number (number_word) || strlen (number_word) > 2 ||
      (number = (guint) atoi (number_word)) == 0 || number > LINEUP_SLOT_MAX_EVENT_DAY)
    return FALSE;

  memset (slot, 0, sizeof *slot);
  slot->start_minute = slot->end_minute = -1;
  if (!lineup_post_reader_nth_day (reader, number, &slot->year, &slot->month, &slot->day))
    return FALSE;
  /* "(10/1/20)", a date either way round: the year, when it is that day */
  if (words->len == 5 && is_number (g_ptr_array_index (words, 4)))
    {
      gint a = atoi (g_ptr_array_index (words, 2));
      gint b = atoi (g_ptr_array_index (words, 3));
      gint written = atoi (g_ptr_array_index (words, 4));

      written = written < 100 ? 2000 + written : written;
      if (((a == slot->month && b == slot->day) || (b == slot->month && a == slot->day)) &&
          lineup_year_is_plausible (written))
        slot->year = written;
    }
  return TRUE;
}

/* The short words each side counts: the commonest of English, and of the
 * languages that write the day before the month. */
static const gchar * const english_words[] = {
  "the", "and", "of", "to", "with", "is", "for", "on", NULL
};
static const gchar * const day_first_words[] = {
  "de", "que", "em", "para", "com", "do", "da", "dos", "das", "el", "los", "las", "del", "y",
  "le", "les", "des", "et", "du", "pour", "und", "der", "die", "das", "mit", "von", "il", "di",
  "della", "che", "het", "een", "van", "en", "и", "в", "на", NULL
};
/* Words read to tell: a post's first page or two says it. */
#define MAX_WORDS_READ 2000
/* The day-first words outnumber the English ones this many times, and are
 * at least so many. */
#define DAY_FIRST_RATIO 2
#define MIN_DAY_FIRST_WORDS 5

static gboolean
writes_day_first (const gchar *body)
{
  guint english = 0, day_first = 0, read = 0;
  const gchar *p = body;

  while (*p != '\0' && read < MAX_WORDS_READ)
    {
      const gchar *start;
      gchar word[16];
      gsize length;

      while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      length = (gsize) (p - start);
      if (length == 0)
        break;
      read++;
      if (length >= sizeof word)
        continue;
      memcpy (word, start, length);
      word[length] = '\0';
      if (g_strv_contains (english_words, word))
        english++;
      else if (g_strv_contains (day_first_words, word))
        day_first++;
    }
  return day_first >= MIN_DAY_FIRST_WORDS && day_first > DAY_FIRST_RATIO * english;
}

/* How a post's numeric dates with slashes read: those that read one way
 * only ("9/14/2023", "14/9/23"), counted by their way, and whether the
 * others keep one part while the other changes ("3/6/2022", "4/6/2022",
 * "5/6/2022": the days of one month, a conference's days). */
typedef struct
{
  guint    month_first, day_first;
  guint    dates, first_a, first_b;
  gboolean same_a, same_b;
} DateCounts;

static void
count_one_way_dates (const gchar *body,
                     DateCounts  *counts)
{
  counts->same_a = counts->same_b = TRUE;

  for (const gchar *p = body; *p != '\0'; p++)
    {
      guint a, b, year;
      gint consumed = 0;
      gchar token[12];
      gsize length;

      if (!g_ascii_isdigit (*p) || (p > body && (g_ascii_isdigit (p[-1]) || p[-1] == '/')))
        continue;
      /* a copy of the token alone: sscanf() would measure the whole body */
      length = strspn (p, "0123456789/");
      if (length >= 6 && length < sizeof token)
        {
          memcpy (token, p, length);
          token[length] = '\0';
        }
      else
        token[0] = '\0';
      if (token[0] != '\0' && sscanf (token, "%2u/%2u/%4u%n", &a, &b, &year, &consumed) == 3 &&
          (gsize) consumed == length && a >= 1 && b >= 1)
        {
          if (a <= 12 && b > 12 && b <= 31)
            counts->month_first++;
          else if (b <= 12 && a > 12 && a <= 31)
            counts->day_first++;
          if (counts->dates++ == 0)
            {
              counts->first_a = a;
              counts->first_b = b;
            }
          counts->same_a &= a == counts->first_a;
          counts->same_b &= b == counts->first_b;
        }
      p += strspn (p, "0123456789/") - 1;
    }
}

LineupDateOrder
lineup_post_reader_date_order (const gchar *body)
{
  DateCounts counts = { 0 };

  count_one_way_dates (body, &counts);
  if (counts.month_first > 0 && counts.day_first == 0)
    return LINEUP_DATE_ORDER_MONTH_FIRST;
  if (counts.day_first > 0 && counts.month_first == 0)
    return LINEUP_DATE_ORDER_DAY_FIRST;
  /* "## 3/6/2022", "## 4/6/2022": a month's days, not the sixth of months */
  if (counts.month_first == 0 && counts.day_first == 0 && counts.dates >= 2 &&
      counts.same_a != counts.same_b)
    return counts.same_b ? LINEUP_DATE_ORDER_DAY_FIRST : LINEUP_DATE_ORDER_MONTH_FIRST;
  return writes_day_first (body) ? LINEUP_DATE_ORDER_DAY_FIRST : LINEUP_DATE_ORDER_UNKNOWN;
}

gchar *
lineup_post_reader_prose_line (const gchar *start,
                               const gchar *end)
{
  const gchar *text = start + strspn (start, " \t");

  /* prose only: a list's item, a heading or a table row is an entry */
  if (text >= end || strchr ("-*+#|>", text[0]) != NULL || g_ascii_isdigit (text[0]) ||
      end - text > 600)
    return NULL;
  return g_strndup (text, (gsize) (end - text));
}

/* "Thu 19" under "Tuesday, October 17": the first month, from the one in
 * context on, in which @day exists (and falls on @weekday, when given). */
gboolean
lineup_post_reader_find_month_for_day (gint *year,
                                       gint *month,
                                       gint  day,
                                       gint  weekday)
{
  gint y = *year, m = *month;

  for (gint i = 0; i < 14; i++)
    {
      if (g_date_valid_dmy ((GDateDay) day, (GDateMonth) m, (GDateYear) y))
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) m, (GDateYear) y);
          if (weekday == 0 || (gint) g_date_get_weekday (&date) == weekday)
            {
              *year = y;
              *month = m;
              return TRUE;
            }
        }
      if (++m > 12)
        {
          m = 1;
          y++;
        }
    }
  return FALSE;
}

/* "Published on Saturday, October 15, 2022": a dateline has no more words. */
#define MAX_DATELINE_WORDS 8

/* "Published on Saturday, October 15, 2022", "Posted by Ana on …": a line
 * about the post itself ("Tuesday: August 19, 2014" over a meetup's talks
 * is their day). */
static gboolean
names_publication (const gchar *text)
{
  static const gchar * const words[] = {
    "published", "posted", "updated", "written", "publie", "veroffentlicht", "publicado", NULL
  };

  return lineup_post_folded_contains_any (text, words);
}

/* "…take place on Friday, April 12th, at the venue from 9:00 am to 4:30
 * pm": the event's hours are no talk's, the date before them is the day. */
static LineupSlotFound
prose_date (const LineupPostUnit *unit,
            LineupSlot           *slot)
{
  LineupSlotFound found = lineup_post_unit_scan (unit, slot);
  g_autofree gchar *before = NULL;

  if (found & LINEUP_SLOT_DATE)
    lineup_post_reader_range_start (unit->text, slot);
  if ((found & LINEUP_SLOT_DATE) || !(found & LINEUP_SLOT_TIME) || slot->span_start == 0 ||
      slot->span_start > strlen (unit->text))
    return found;
  before = g_strndup (unit->text, slot->span_start);
  return lineup_slot_scan (before, slot);
}

void
lineup_post_reader_walk_prose_day (Walk                 *walk,
                                   Reader               *reader,
                                   const LineupPostUnit *unit)
{
  LineupSlot slot;

  if ((prose_date (unit, &slot) & LINEUP_SLOT_DATE) &&
      (walk->month == 0 || walk->range_day ||
       (walk->prose_day && lineup_post_reader_weekday_fits (reader, &slot))) &&
      slot.month != 0 &&
      !(slot.month == reader->pub_month && slot.day == reader->pub_day &&
        lineup_post_count_words (unit->text) <= MAX_DATELINE_WORDS &&
        names_publication (unit->text)))
    {
      lineup_post_reader_walk_set_day (walk, reader, &slot);
      walk->range_day = lineup_post_reader_names_range (unit->text, &slot);
      walk->prose_day = !lineup_post_reader_weekday_fits (reader, &slot);
    }
}

gboolean
lineup_post_reader_title_day (const Reader *reader,
                              gint         *year,
                              gint         *month,
                              gint         *day,
                              gint         *weekday)
{
  /* "# PostGIS Day London 20th Nov 2014": the page's own first heading
   * when it has no front matter's title */
  const gchar *texts[] = { reader->front.title, reader->front.summary, reader->heading_title };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      LineupSlot slot;
      gint y;

      if (texts[i] == NULL || !(lineup_slot_scan (texts[i], &slot) & LINEUP_SLOT_DATE) ||
          slot.month == 0 || slot.day == 0)
        continue;
      y = slot.year != 0 ? slot.year : reader->pub_year;
      /* "Programme du mercredi 5 novembre" on an undated page: the
       * weekday is to fix the year (the caller's) */
      if (!(y == 0 && slot.weekday != 0 && slot.day <= lineup_days_in_month (2000, slot.month)) &&
          !(lineup_year_is_plausible (y) &&
            g_date_valid_dmy ((GDateDay) slot.day, (GDateMonth) slot.month, (GDateYear) y)))
        return FALSE;
      *year = y;
      *month = slot.month;
      *day = slot.day;
      *weekday = slot.weekday;
      return TRUE;
    }
  return FALSE;
}

/* The words of the post's title, folded (none when it has no title). */
static GStrv
title_words (const Reader *reader)
{
  g_autofree gchar *folded = NULL;

  if (reader->front.title == NULL)
    return g_new0 (gchar *, 1);
  folded = lineup_text_fold (reader->front.title);
  return g_strsplit_set (folded, " ,.;:!?()[]-–—|/", -1);
}

/* "YUI After Hours - Tomorrow!", "Lightning talks tonight": the day the
 * post's title names, in days after the post's own; -1 when none. */
gint
lineup_post_reader_title_days_after_post (const Reader *reader)
{
  static const gchar * const todays[] = { "today", "tonight", NULL };
  g_auto(GStrv) words = title_words (reader);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], "tomorrow"))
        return 1;
      if (g_strv_contains (todays, words[i]))
        return 0;
    }
  return -1;
}

/* Whether the post is the page of the day its talks were given: dated with
 * a time ("date: 2024-11-21T17:30:00-04:00", an event's start), or titled
 * as a day's report or evening ("GopherCon 2018: Day 2", "RustFest day two",
 * "Lightning night").  A post announcing talks is written before them. */
gboolean
lineup_post_reader_reads_as_day_of_post (const Reader *reader)
{
  static const gchar * const one_day[] = { "day", "night", "evening", "meetup", NULL };
  static const gchar * const reports[] = {
    "recap", "report", "notes", "review", "takeaways", "highlights", NULL
  };
  /* "Presentations from KVM Forum 2019": what a talk left, published after */
  static const gchar * const material[] = {
    "recordings", "videos", "slides", "presentations", "replays", NULL
  };
  const gchar *date = reader->front.date;
  g_auto(GStrv) words = title_words (reader);
  gboolean day = FALSE, report = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      day = day || g_strv_contains (one_day, words[i]);
      report = report || g_strv_contains (reports, words[i]);
      if (g_strv_contains (material, words[i]))
        return FALSE;
    }
  /* "linux.conf.au 2020 recap": a year's conference, several days */
  if (report && !day && lineup_year_in_text (reader->front.title) != 0)
    return FALSE;
  if (day || report)
    return TRUE;
  /* the time a recap was published ("It's that time of year again. Most
   * of us headed up to …") is not its event's; nor is a time to the second
   * ("2019-11-02T08:42:12-06:00"), when a tool made the page */
  return date != NULL && strlen (date) > 13 && (date[10] == 'T' || date[10] == ' ') &&
         g_ascii_isdigit (date[11]) && g_ascii_isdigit (date[12]) && date[13] == ':' &&
         strncmp (date + 11, "00:00", 5) != 0 && !lineup_post_reader_reads_as_recap (reader) &&
         !(strlen (date) >= 19 && date[16] == ':' && strncmp (date + 17, "00", 2) != 0);
}
