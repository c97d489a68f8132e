/* lineup-post-layouts.c — the recognisers the post reader asks about each block
 *
 * Each recogniser looks at one unit (see lineup-post-layouts.h) and either
 * claims it, filling in a LineupPostRecognition, or lets the next one try.
 * They are tried in the order of the table at the end of this file; the
 * talk recognisers are in lineup-post-layouts-talks.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-date.h"
#include "lineup-post-layouts-private.h"
#include "lineup-text.h"
#include "lineup-slot-private.h"

/* "(pre-recorded)": the longest bracketed tag kept at a title's start. */
#define MAX_TAG_BYTES 24

static void
talk_clear (LineupPostTalk *talk)
{
  g_free (talk->title);
  g_free (talk->byline);
  g_free (talk->label);
  g_free (talk->room);
  g_free (talk->url);
  g_free (talk->summary);
}

void
lineup_post_recognition_clear (LineupPostRecognition *recognition)
{
  g_clear_pointer (&recognition->text, g_free);
  if (recognition->talks != NULL)
    {
      for (guint i = 0; i < recognition->talks->len; i++)
        talk_clear (&g_array_index (recognition->talks, LineupPostTalk, i));
      g_clear_pointer (&recognition->talks, g_array_unref);
    }
  memset (recognition, 0, sizeof *recognition);
}

/* Small text helpers */

/* g_unichar_isalnum () of the character at @p, without decoding ASCII. */
static inline gboolean
is_alnum_at (const gchar *p)
{
  return (guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p));
}

guint
lineup_post_count_letters (const gchar *text,
                           gssize       length)
{
  const gchar *end = length < 0 ? text + strlen (text) : text + length;
  guint n = 0;

  for (const gchar *p = text; p < end && *p; p = g_utf8_next_char (p))
    if (is_alnum_at (p))
      n++;
  return n;
}

/* The words of @text, counting no further than @limit + 1. */
static guint
count_words_up_to (const gchar *text,
                   guint        limit)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const gchar *p = text; *p && n <= limit; p = g_utf8_next_char (p))
    {
      gboolean alnum = is_alnum_at (p);

      if (alnum && !in_word)
        n++;
      in_word = alnum;
    }
  return n;
}

guint
lineup_post_count_words (const gchar *text)
{
  return count_words_up_to (text, G_MAXUINT - 1);
}

guint
lineup_post_count_name_words (const gchar *text)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint depth = 0;
  gboolean org = FALSE;

  for (const gchar *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0 && *p == '@' && p > text && p[-1] == ' ')
        org = TRUE;
      else if (depth == 0 && strchr (",;&", *p) != NULL)
        org = FALSE;
      if (depth == 0 && !org && *p != ')')
        g_string_append_c (names, *p);
    }
  return lineup_post_count_words (names->str);
}

gboolean
lineup_post_more_words_than (const gchar *text,
                             guint        limit)
{
  return count_words_up_to (text, limit) > limit;
}

/* Trims white space and the punctuation that separates the parts of a talk
 * line (dashes, bullets, colons, brackets, pipes). */
/* "(R)", "(talk)", "(pre-recorded)": a short bracket of letters at @p. */
static gboolean
bracket_is_tag (const gchar *p,
                const gchar *end)
{
  for (const gchar *q = p + 1; q < end && q - p <= MAX_TAG_BYTES; q++)
    if (*q == ')')
      return q > p + 1;
    else if (!g_ascii_isalpha (*q) && *q != ' ' && *q != '-')
      return FALSE;
  return FALSE;
}

gchar *
lineup_post_trim_separators (const gchar *text,
                             gsize        length)
{
  const gchar *start = text;
  const gchar *end = text + length;

  while (start < end)
    {
      gunichar c = g_utf8_get_char (start);

      if (!(g_unichar_isspace (c) || g_unichar_ispunct (c) || c == 0x2022 || c == 0xB7 ||
            c == '|' || c == '>'))
        break;
      /* keep an opening quote or bracket that starts a title ("„", "«",
       * "《", "「", "『" too) */
      if (c == '"' || c == 0x201C || c == '\'' || c == 0x2018 || c == 0x201E || c == 0xAB ||
          c == 0x300A || c == 0x300C || c == 0x300E)
        break;
      /* "¡El Futuro de la Web!", "¿Qué es?": Spanish opens its marks */
      if (c == 0xA1 || c == 0xBF)
        break;
      /* "🦆s in the Lakehouse": a symbol glued to a word is part of it */
      if (c >= 0x80 && lineup_text_symbols_start_word (start, end))
        break;
      /* "[poster] Exploring LLM latency": a tag the title closes */
      if (c == '[' && memchr (start, ']', end - start) != NULL)
        break;
      /* "#newsociety — a call out", "#sig-network: Update": a hashtag */
      if (c == '#' && start + 1 < end && g_unichar_isalpha (g_utf8_get_char (start + 1)))
        break;
      /* "(R)evolution of Java Packaging", "(talk) Plot.ly: …": a bracket
       * a word or two closes */
      if (c == '(' && bracket_is_tag (start, end))
        break;
      /* "(オープニング)", "(TBA)": a note wholly in brackets keeps them */
      if (c == '(' && end[-1] == ')' && memchr (start + 1, '(', end - start - 1) == NULL)
        break;
      start = g_utf8_next_char (start);
    }
  while (end > start)
    {
      const gchar *prev = g_utf8_find_prev_char (start, end);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char (prev);
      if (!(g_unichar_isspace (c) || c == '-' || c == ':' || c == ',' || c == ';' ||
            c == '|' || c == 0x2022 || c == 0xB7 || c == 0x2013 || c == 0x2014 ||
            c == '(' || c == '[' || c == '~'))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

/* The units and lines are const to the recognisers; these caches are the
 * only fields written through them. */
static LineupSlotFound
scan_once (const LineupPostScan *scan,
           const gchar          *text,
           LineupSlot           *slot)
{
  LineupPostScan *cache = (LineupPostScan *) scan;

  if (!scan->done)
    {
      memset (&cache->slot, 0, sizeof cache->slot);
      cache->found = lineup_slot_scan (text, &cache->slot);
      cache->done = TRUE;
    }
  if (slot != NULL)
    *slot = scan->slot;
  return scan->found;
}

LineupSlotFound
lineup_post_line_scan (const LineupPostLine *line,
                       LineupSlot           *slot)
{
  return scan_once (&line->scan, line->text, slot);
}

LineupSlotFound
lineup_post_unit_scan (const LineupPostUnit *unit,
                       LineupSlot           *slot)
{
  /* One line: the unit's text is the line's. */
  if (unit->lines->len == 1)
    return lineup_post_line_scan (g_ptr_array_index (unit->lines, 0), slot);
  return scan_once (&unit->scan, unit->text, slot);
}

const gchar *
lineup_post_unit_folded (const LineupPostUnit *unit)
{
  LineupPostUnit *cache = (LineupPostUnit *) unit;

  if (unit->folded == NULL)
    cache->folded = lineup_text_fold (unit->text);
  return unit->folded;
}

static gboolean
contains_any (const gchar         *folded,
              const gchar * const *needles)
{
  for (guint i = 0; needles[i] != NULL; i++)
    if (strstr (folded, needles[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
lineup_post_folded_contains_any (const gchar         *text,
                                 const gchar * const *needles)
{
  g_autofree gchar *folded = lineup_text_fold (text);

  return contains_any (folded, needles);
}

gboolean
lineup_post_starts_with_dash (const gchar *text)
{
  while (*text == ' ')
    text++;
  return g_str_has_prefix (text, "- ") || g_str_has_prefix (text, "-- ") ||
         g_str_has_prefix (text, "\xE2\x80\x93") /* – */ ||
         g_str_has_prefix (text, "\xE2\x80\x94") /* — */ ||
         g_str_has_prefix (text, "by ") || g_str_has_prefix (text, "By ") ||
         g_str_has_prefix (text, "with ") || g_str_has_prefix (text, "| ");
}

/* Removes a leading speaker marker: "-- ", "— ", "> ", "By ", "Speakers: ". */
const gchar *
lineup_post_skip_speaker_marker (const gchar *text)
{
  static const gchar * const markers[] = {
    "--", "\xE2\x80\x94", "\xE2\x80\x93", "-", ">", "|", "//",
    "Speakers:", "Speaker:", "speakers:", "speaker:", "Presented by", "presented by",
    "Led by", "led by", "Hosted by", "hosted by", "Instructor:", "Instructors:", "Host:",
    "Hosts:", "Presenter:", "Presenters:", "Trainer:", "Trainers:",
    "Moderated by", "moderated by", "By ", "by ", "with ", "With ",
    /* "by" in French, Spanish and Portuguese, German, Dutch */
    "par ", "por ", "von ", "door ", NULL
  };
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      while (*text == ' ')
        text++;
      for (guint i = 0; markers[i] != NULL; i++)
        if (g_str_has_prefix (text, markers[i]))
          {
            text += strlen (markers[i]);
            again = TRUE;
            break;
          }
    }
  return text;
}

gchar *
lineup_post_handles_as_names (const gchar *text)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit_set (text, " ,&", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || g_str_equal (words[i], "and"))
        continue;
      if (words[i][0] != '@' || !lineup_post_layouts_is_first_name (words[i] + 1))
        return NULL;
      g_string_append_printf (names, "%s%s", names->len > 0 ? "; " : "", words[i] + 1);
    }
  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

gboolean
lineup_post_layouts_is_sched_url (const gchar *url)
{
  g_autofree gchar *code = lineup_post_layouts_sched_code (url);

  return code != NULL;
}

/* "https://kccncna2023.sched.com/event/1R2tD/…" and "https://sched.co/1R2tD" → "1R2tD". */
gchar *
lineup_post_layouts_sched_code (const gchar *url)
{
  const gchar *p;
  const gchar *host_end;
  gsize n = 0;

  if (url == NULL)
    return NULL;

  if (g_str_has_prefix (url, "https://"))
    p = url + 8;
  else if (g_str_has_prefix (url, "http://"))
    p = url + 7;
  else
    return NULL;

  host_end = strchr (p, '/');
  if (host_end == NULL)
    return NULL;

  if (host_end - p == 8 && g_ascii_strncasecmp (p, "sched.co", 8) == 0)
    p = host_end + 1;
  else if (host_end - p > 10 && g_ascii_strncasecmp (host_end - 10, ".sched.com", 10) == 0 &&
           g_str_has_prefix (host_end, "/event/"))
    p = host_end + 7;
  else
    return NULL;

  while (g_ascii_isalnum (p[n]))
    n++;
  if (n == 0 || n > 16)
    return NULL;
  return g_strndup (p, n);
}

gboolean
lineup_post_layouts_line_is_slot (const LineupPostLine *line,
                                  LineupSlot           *slot,
                                  LineupSlotFound      *found)
{
  LineupSlotFound f;

  f = lineup_post_line_scan (line, slot);
  if (found != NULL)
    *found = f;
  return (f & LINEUP_SLOT_TIME) != 0 && line->links->len == 0 &&
         lineup_slot_is_whole (line->text, slot);
}

/* Recognisers */

/* Headings that end the list of talks. */
static const gchar * const end_section_words[] = {
  "conclusion", "summary", "wrap", "see you", "get involved", "about ", "resources",
  "thank", "contact", "join us", "faq", "learn more", "stay in touch", "what's next",
  "whats next", "closing", "final",
  /* a workshop's page after its programme */
  "call for papers", "important dates", "committee", "workshop history", NULL
};

static gboolean
recognise_end_section (const LineupPostUnit    *unit,
                       const LineupPostContext *context,
                       LineupPostRecognition   *out)
{
  if (unit->kind != LINEUP_UNIT_HEADING || unit->has_link ||
      lineup_post_more_words_than (unit->text, 6) ||
      !lineup_post_folded_contains_any (unit->text, end_section_words))
    return FALSE;

  out->role = LINEUP_ROLE_END;
  return TRUE;
}

/* A day over its talks: "**Saturday**", "*Tuesday*" or "Friday:" just before a list (or a table), or
 * a list item "Wednesday" whose own list holds that day's talks. */
static gboolean
heads_talks (const LineupPostUnit    *unit,
             const LineupPostLine    *line,
             const LineupPostContext *context)
{
  const LineupPostUnit *next = context->next;
  cmark_node *last;
  gsize length;

  /* "**Monday 23rd**" on the first line of the paragraph of its talks */
  if (next != NULL && next->node == unit->node && unit->kind == LINEUP_UNIT_PARAGRAPH &&
      (line->strong || line->emphasised))
    return TRUE;
  if (next == NULL || next->kind != LINEUP_UNIT_ITEM)
    return FALSE;
  if (unit->kind == LINEUP_UNIT_ITEM)
    {
      last = cmark_node_last_child (unit->node);
      return last != NULL && cmark_node_get_type (last) == CMARK_NODE_LIST &&
             cmark_node_parent (next->node) == last;
    }
  length = strlen (line->text);
  /* plain "Monday 16th" too: recognise_day wants it to be nothing but a day */
  return unit->kind == LINEUP_UNIT_PARAGRAPH &&
         (line->strong || line->emphasised || (length > 0 && line->text[length - 1] == ':') ||
          unit->lines->len == 1);
}

/* A lead-in is a line, not a paragraph of prose. */
#define MAX_LEAD_IN_WORDS 10

/* "Agenda del sábado 13 de octubre de 2019:" over the day's table: a short
 * line that ends with a whole day and a colon. */
static gboolean
lead_in_ends_with_date (const gchar      *text,
                        const LineupSlot *slot)
{
  g_autofree gchar *after = NULL;
  gsize length = strlen (text);

  while (length > 0 && text[length - 1] == ' ')
    length--;
  if (slot->month == 0 || slot->day == 0 || length == 0 || text[length - 1] != ':' ||
      lineup_post_count_words (text) > MAX_LEAD_IN_WORDS || slot->span_end > length)
    return FALSE;
  after = lineup_post_trim_separators (text + slot->span_end, length - slot->span_end);
  return *after == '\0';
}

/* "**April 2 (Thursday)**": a bold date with its weekday (kept in @slot),
 * or a word about the day ("(Workshops)"), in brackets after it; or a
 * short note after a colon or a dash ("**Aug 25: Day 1 - New user
 * training**"). */
#define MAX_DAY_NOTE_WORDS 9

static gboolean
date_with_aside (const gchar *text,
                 LineupSlot  *slot)
{
  g_autofree gchar *before = NULL;
  g_autofree gchar *after = NULL;
  gboolean abbreviated, place;
  gsize length;

  if (slot->month == 0 || slot->day == 0 || slot->span_end > strlen (text))
    return FALSE;
  before = lineup_post_trim_separators (text, slot->span_start);
  if (*before != '\0')
    return FALSE;
  after = g_strstrip (g_strdup (text + slot->span_end));
  length = strlen (after);
  /* "**Aug 26: Day 2 - Project hacking with help from devs**" */
  if (length > 2 && (after[0] == ':' || g_str_has_prefix (after, "- ") ||
                     g_str_has_prefix (after, "\xE2\x80\x93") || g_str_has_prefix (after, "\xE2\x80\x94")))
    return !lineup_post_more_words_than (after, MAX_DAY_NOTE_WORDS);
  if (length < 3 || after[0] != '(' || after[length - 1] != ')' ||
      strchr (after + 1, '(') != NULL || strchr (after, ')') != after + length - 1)
    return FALSE;
  /* "(salles 007 et 008)": a place may have numbers and words, a note not */
  place = lineup_post_layouts_is_place (after);
  if ((!place && strpbrk (after, "0123456789") != NULL) ||
      lineup_post_more_words_than (after, place ? 5 : 2))
    return FALSE;
  if (slot->weekday == 0)
    slot->weekday = lineup_slot_weekday_from_name (after + 1, length - 2, &abbreviated);
  return TRUE;
}

static gboolean
second_line_notes_zone (const LineupPostUnit *unit)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, 1);
  g_autofree gchar *zone = lineup_post_layouts_find_zone_note (line->text);

  return zone != NULL;
}

static gboolean
recognise_day (const LineupPostUnit    *unit,
               const LineupPostContext *context,
               LineupPostRecognition   *out)
{
  const LineupPostLine *line;
  LineupSlot slot = { 0 };
  LineupSlotFound found;

  /* "**Monday, October 14, 2024**" over "(Eastern Time, UTC−05:00)" too */
  if (!(unit->lines->len == 1 || (unit->lines->len == 2 && unit->kind == LINEUP_UNIT_PARAGRAPH &&
                                  second_line_notes_zone (unit))) ||
      (unit->has_link && unit->kind != LINEUP_UNIT_HEADING))
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);

  if (unit->kind == LINEUP_UNIT_HEADING)
    ;
  else if (unit->kind == LINEUP_UNIT_PARAGRAPH && line->emphasised)
    ;
  else if (unit->kind == LINEUP_UNIT_ITEM)
    ;   /* "- Wednesday, October 26" over its talks; whole, checked below */
  else if (!heads_talks (unit, line, context))
    return FALSE;

  found = lineup_post_line_scan (line, &slot);
  /* "### 1º Meetup: 08/05/2017" in Portuguese: the 8th of May */
  if (found == LINEUP_SLOT_NONE &&
      lineup_post_layouts_find_ordered_date (line->text, context->date_order, &slot))
    found = LINEUP_SLOT_DATE;
  if (found != LINEUP_SLOT_DATE)
    return FALSE;

  /* A paragraph must be nothing but the date; a heading may add a note
   * ("Monday, October 24 (Flux Project Meeting at KubeCon)"). */
  if (unit->kind == LINEUP_UNIT_HEADING)
    {
      if (lineup_post_count_letters (line->text, slot.span_start) > 12 &&
          !lineup_post_layouts_heading_ends_with_date (line->text, &slot))
        return FALSE;
    }
  else if (!lineup_slot_is_whole (line->text, &slot) &&
           !(line->strong && date_with_aside (line->text, &slot)) &&
           !(unit->kind == LINEUP_UNIT_PARAGRAPH && lead_in_ends_with_date (line->text, &slot)))
    return FALSE;

  /* "_October 30th, 2023_" under the title is when the post was written. */
  if (unit->kind == LINEUP_UNIT_PARAGRAPH && !line->strong && !context->seen_talk &&
      slot.month == context->pub_month && slot.day == context->pub_day)
    return FALSE;

  /* A weekday alone in a paragraph is too weak a signal, unless it heads
   * the list of that day's talks. */
  if (slot.month == 0 && slot.day == 0 && unit->kind != LINEUP_UNIT_HEADING &&
      !heads_talks (unit, line, context))
    return FALSE;

  out->role = LINEUP_ROLE_DAY;
  out->slot = slot;
  out->found = found;
  return TRUE;
}


/* Whether a heading names a track ("eBPF Day", "GitOpsCon") rather than
 * saying something: an exclamation or a question ("Awesome sessions … join
 * the StrimziCon!"), an aside with its own time ("Meet the Maintainers
 * (3:30pm)"), or the post's own title repeated over its talks. */
#define MAX_TRACK_SENTENCE_WORDS 5

static gboolean
heading_names_track (const LineupPostUnit    *unit,
                     const LineupPostContext *context)
{
  g_autofree gchar *title = NULL;
  const gchar *text = unit->text;
  gsize length = strlen (text);
  LineupSlot slot;

  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;
  /* "!", "?", a field ("Local: Auditório"), a sentence ("Click the heading
   * of a topic to see its slides.") */
  if ((length > 0 && (text[length - 1] == '!' || text[length - 1] == '?')) ||
      lineup_post_layouts_field (text, NULL) != LINEUP_POST_FIELD_NONE ||
      (length > 0 && text[length - 1] == '.' &&
       lineup_post_count_words (text) > MAX_TRACK_SENTENCE_WORDS))
    return FALSE;
  if (lineup_post_unit_scan (unit, &slot) & LINEUP_SLOT_TIME)
    return FALSE;
  /* "## Schedule": what follows, not a track of it; nor "### AM", "###
   * Afternoon": a part of the day */
  if (lineup_post_layouts_is_schedule_word (lineup_post_unit_folded (unit)) ||
      lineup_post_layouts_names_part_of_day (lineup_post_unit_folded (unit)))
    return FALSE;
  if (context->title == NULL)
    return TRUE;
  title = lineup_text_fold (context->title);
  return g_strcmp0 (g_strstrip (title), lineup_post_unit_folded (unit)) != 0;
}

/* "## 2023 Schedule", "## Agenda 2024": a heading that gives the year of
 * the schedule under it names no track; the year is that of the days below
 * ("## March 22"), which write none. */
static gboolean
recognise_year_heading (const LineupPostUnit    *unit,
                        const LineupPostContext *context,
                        LineupPostRecognition   *out)
{
  static const gchar * const words[] = {
    "schedule", "agenda", "programme", "program", "timetable", "lineup", "line-up", NULL
  };
  g_auto(GStrv) folded = NULL;
  gint year;
  gboolean named = FALSE;

  if (unit->kind != LINEUP_UNIT_HEADING || unit->has_link ||
      lineup_post_more_words_than (unit->text, 6) ||
      lineup_post_unit_scan (unit, NULL) != LINEUP_SLOT_NONE ||
      (year = lineup_year_in_text (unit->text)) == 0)
    return FALSE;
  folded = g_strsplit_set (lineup_post_unit_folded (unit), " :,.-", -1);
  for (guint i = 0; folded[i] != NULL && !named; i++)
    named = g_strv_contains (words, folded[i]);
  if (!named)
    return FALSE;

  out->role = LINEUP_ROLE_TRACK;   /* no track: ends the one before */
  out->slot.year = year;
  return TRUE;
}

static gboolean
recognise_track (const LineupPostUnit    *unit,
                 const LineupPostContext *context,
                 LineupPostRecognition   *out)
{
  if (unit->kind != LINEUP_UNIT_HEADING)
    return FALSE;

  out->role = LINEUP_ROLE_TRACK;
  /* A heading that does not name a track still ends the one before it
   * (text NULL): see heading_names_track(). */
  if (heading_names_track (unit, context))
    out->text = lineup_text_strip_leading_symbols (unit->text);
  return TRUE;
}

static gboolean
recognise_slot (const LineupPostUnit    *unit,
                const LineupPostContext *context,
                LineupPostRecognition   *out)
{
  const LineupPostLine *line;

  if (unit->kind == LINEUP_UNIT_OTHER || unit->kind == LINEUP_UNIT_HEADING ||
      unit->lines->len == 0)
    return FALSE;

  line = g_ptr_array_index (unit->lines, 0);
  /* "**Session ID:** [HSM5292](…) | Meetup" over "**Tuesday, June 28,
   * 12:30 p.m.**": the time under a field of the talk */
  if (unit->lines->len == 2 && lineup_post_layouts_field (line->text, NULL) != LINEUP_POST_FIELD_NONE)
    line = g_ptr_array_index (unit->lines, 1);
  if (!lineup_post_layouts_line_is_slot (line, &out->slot, &out->found))
    return FALSE;

  out->role = LINEUP_ROLE_SLOT;
  return TRUE;
}

/* "Block 1: ", "Session 2 - ": a group of @words and its number, before
 * the time of the @length bytes of @text. */
static gboolean
numbers_a_group (const gchar         *text,
                 gsize                length,
                 const gchar * const *words)
{
  g_autofree gchar *before = lineup_post_trim_separators (text, length);
  g_autofree gchar *folded = lineup_text_fold (before);
  gchar *space = strrchr (folded, ' ');

  if (space == NULL || strspn (space + 1, "0123456789") != strlen (space + 1) ||
      space[1] == '\0')
    return FALSE;
  *space = '\0';
  return g_strv_contains (words, folded);
}

/* "session 1: compilers", "session 4: foundations i" after a heading's
 * time (folded): a numbered group of talks, and its name. */
static gboolean
opens_with_group (const gchar         *folded,
                  const gchar * const *words)
{
  const gchar *colon = strchr (folded, ':');

  return colon != NULL && numbers_a_group (folded, (gsize) (colon - folded), words);
}

/* A session's name after its time ("#### 8:55-9:50 Developing in R"). */
#define MAX_SESSION_NAME_WORDS 8
/* "### 10:00 - 10:45 | Main Hall": a room is a few words. */
#define MAX_HEADING_ROOM_WORDS 3

/* "10:50 AM talks", "## 14:00 - 15:30", "#### 10:00am-10:45am block": a
 * heading that is nothing but a time (maybe after its day, or a numbered
 * group: "## Block 1: 10:30 AM - 12:30 PM"), or a time and the word for what
 * happens then, is the slot of every talk under it (read by the walk until
 * the next heading as high). */
static gboolean
recognise_slot_heading (const LineupPostUnit    *unit,
                        const LineupPostContext *context,
                        LineupPostRecognition   *out)
{
  static const gchar * const words[] = { "talk", "talks", "session", "sessions", "block", "slot",
                                         NULL };
  const LineupPostLine *line;
  g_autofree gchar *after = NULL;
  g_autofree gchar *folded = NULL;
  gsize value = 0;

  if (unit->kind != LINEUP_UNIT_HEADING || unit->lines->len != 1 || unit->has_link)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  /* "### Segunda-feira, 26 de março de 2018, 17h": the day too */
  out->found = lineup_post_line_scan (line, &out->slot);
  if (!(out->found & LINEUP_SLOT_TIME))
    return FALSE;
  /* "##### Horário: 20:15 - 20:45": its label may name the time */
  if (lineup_post_count_letters (line->text, out->slot.span_start) > 0 &&
      !(lineup_post_layouts_field (line->text, &value) == LINEUP_POST_FIELD_WHEN &&
        value <= out->slot.span_start &&
        lineup_post_count_letters (line->text + value, out->slot.span_start - value) == 0) &&
      !numbers_a_group (line->text, out->slot.span_start, words))
    return FALSE;
  after = lineup_post_trim_separators (line->text + out->slot.span_end,
                                       strlen (line->text + out->slot.span_end));
  folded = lineup_text_fold (after);
  /* "#### 09:10-10:00 - Runtime system" over "Title, by Name." paragraphs;
   * "### 19:20 : Lighting-talks" over the talks' own headings */
  /* "### 10:00 - 10:45 | Main Hall": the room of the talks under it */
  if (*folded != '\0' && !g_strv_contains (words, g_strstrip (folded)) &&
      !(lineup_post_count_words (folded) <= MAX_HEADING_ROOM_WORDS &&
        lineup_post_layouts_is_room_name (after)) &&
      !lineup_post_layouts_by_paragraph (context->next, NULL, NULL) &&
      !lineup_post_layouts_names_short_talks (folded) && !opens_with_group (folded, words) &&
      !(lineup_post_count_words (folded) <= MAX_SESSION_NAME_WORDS &&
        lineup_post_layouts_item_names_people_first (context->next)))
    return FALSE;

  out->role = LINEUP_ROLE_SLOT;
  return TRUE;
}

/* A paragraph after a talk that invites to a booth is no part of the talk. */
static const gchar * const closing_words[] = {
  "stop by", "booth", "see you", "swag", "project pavilion", "hope to see", NULL
};

static gboolean
recognise_closing (const LineupPostUnit    *unit,
                   const LineupPostContext *context,
                   LineupPostRecognition   *out)
{
  if (!context->in_talk || unit->kind != LINEUP_UNIT_PARAGRAPH ||
      !contains_any (lineup_post_unit_folded (unit), closing_words))
    return FALSE;

  out->role = LINEUP_ROLE_CLOSING;
  return TRUE;
}

typedef gboolean (*LineupRecogniser) (const LineupPostUnit    *unit,
                                      const LineupPostContext *context,
                                      LineupPostRecognition   *out);

/* The order matters: the first recogniser that claims a unit wins. */
static const struct
{
  const gchar      *name;
  LineupRecogniser  recognise;
} recognisers[] = {
  { "end-section", recognise_end_section },
  { "event-bound", lineup_post_layouts_recognise_event_bound },
  { "fields",      lineup_post_layouts_recognise_fields },
  { "slot-heading", recognise_slot_heading },
  { "prose-bullet", lineup_post_layouts_recognise_prose_bullet },
  { "catalogue-item", lineup_post_layouts_recognise_catalogue_item },
  { "session-item", lineup_post_layouts_recognise_session_item },
  { "by-paragraph", lineup_post_layouts_recognise_by_paragraph },
  { "talks",       lineup_post_layouts_recognise_talks },
  { "prose-talk",  lineup_post_layouts_recognise_prose_talk },
  { "prose-bold",  lineup_post_layouts_recognise_prose_bold },
  { "quoted-item", lineup_post_layouts_recognise_quoted_item },
  { "prose-event", lineup_post_layouts_recognise_prose_event },
  { "date-field",  lineup_post_layouts_recognise_date_field },
  { "day",         recognise_day },
  { "year-heading", recognise_year_heading },
  { "zone-heading", lineup_post_layouts_recognise_zone_heading },
  { "track",       recognise_track },
  { "slot",        recognise_slot },
  { "speakers",    lineup_post_layouts_recognise_speakers },
  { "closing",     recognise_closing },
  { "zone-note",   lineup_post_layouts_recognise_zone_note },
};

/* "@ [Conference Centre](https://maps.app.goo.gl/…)": a link to a map
 * names the venue. */
static gboolean
links_a_map (const gchar *url)
{
  static const gchar * const maps[] = {
    "://maps.", "://goo.gl/maps", "google.com/maps", "openstreetmap.org", "://osm.org", NULL
  };

  for (guint i = 0; url != NULL && maps[i] != NULL; i++)
    if (strstr (url, maps[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* "[Slides](…)", "[Video](…)": a link to a talk's material names no talk,
 * whichever recogniser read it as one; nor does "And many more", nor a
 * day's line.  FALSE when no talk is left. */
static gboolean
keep_talks (LineupPostRecognition *out)
{
  if (out->role != LINEUP_ROLE_TALK)
    return TRUE;
  for (guint i = out->talks->len; i-- > 0;)
    {
      LineupPostTalk *talk = &g_array_index (out->talks, LineupPostTalk, i);

      if (talk->title != NULL &&
          (lineup_post_layouts_title_is_material (talk->title) ||
           lineup_post_layouts_title_announces_more (talk->title) ||
           lineup_post_title_opens_with_day (talk->title) || links_a_map (talk->url)))
        {
          talk_clear (talk);
          g_array_remove_index (out->talks, i);
        }
    }
  return out->talks->len > 0;
}

LineupPostRole
lineup_post_layouts_recognise (const LineupPostUnit    *unit,
                               const LineupPostContext *context,
                               LineupPostRecognition   *out)
{
  memset (out, 0, sizeof *out);

  /* a timed item over its talks: their slot */
  if (unit->holds_talks)
    {
      out->found = lineup_post_unit_scan (unit, &out->slot);
      out->role = LINEUP_ROLE_SLOT;
      g_debug ("line %u: slot over talks", unit->line);
      return out->role;
    }
  for (guint i = 0; i < G_N_ELEMENTS (recognisers); i++)
    {
      if (recognisers[i].recognise (unit, context, out) && keep_talks (out))
        {
          g_debug ("line %u: %s", unit->line, recognisers[i].name);
          return out->role;
        }
      lineup_post_recognition_clear (out);
    }

  out->role = LINEUP_ROLE_NONE;
  return LINEUP_ROLE_NONE;
}
