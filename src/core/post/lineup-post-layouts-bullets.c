/* lineup-post-layouts-bullets.c — a talk told in a bullet of prose
 *
 * "Check out the [Intro to Vitess](sched) session led by Name and Name on
 * June 25th at 11:45.", "Name and Name are doing an [Intro to
 * Vitess](sched), covering… **Wednesday 05/22/19 11:05, Hall 8.0 E1.**":
 * one link, a date and a time somewhere in the sentences around it, the
 * speakers in a "led by" byline or as the subject of the link's sentence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-layouts-private.h"

/* A bullet that only holds a talk line ("[Title](url) - Name, 10:00") is
 * for the talk-line recogniser: this one wants sentences around the link. */
#define MIN_PROSE_LETTERS 40
/* A name is one to four capitalised words ("Sugu", "Natalia Reka Ivanko"). */
#define MAX_NAME_WORDS    4
/* A byline after its marker is a few names, not a paragraph. */
#define MAX_BYLINE_BYTES  200

/* The link that names the talk: a Sched session if the bullet has one,
 * else its only link with words (maps and bare addresses do not count). */
static const LineupPostLink *
talk_link (const LineupPostLine *line)
{
  const LineupPostLink *found = NULL;
  guint count = 0;

  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *l = &g_array_index (line->links, LineupPostLink, i);

      if (l->url == NULL || l->url[0] == '#' ||
          lineup_post_count_letters (line->text + l->start, l->end - l->start) < 2 ||
          strstr (l->url, "/maps") != NULL || strstr (l->url, "maps.") != NULL ||
          g_str_has_prefix (line->text + l->start, "http"))
        continue;
      if (lineup_post_layouts_is_sched_url (l->url))
        return l;
      found = l;
      count++;
    }
  return count == 1 ? found : NULL;
}

/* Whether @word (up to @end) is a capitalised name word: "Jiten",
 * "Mørk", not "We", "JD.com" nor "2019". */
static gboolean
is_name_word (const gchar *word,
              const gchar *end)
{
  g_autofree gchar *copy = NULL;

  while (end > word && strchr (",.;:", end[-1]) != NULL)
    end--;
  copy = g_strndup (word, end - word);

  if (!g_unichar_isupper (g_utf8_get_char (copy)))
    return FALSE;
  for (const gchar *p = copy; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }
  return TRUE;
}

/* A capitalised word that opens sentences, not names. */
static gboolean
is_not_a_name (const gchar *word)
{
  static const gchar * const not_names[] = {
    "We", "I", "You", "He", "She", "They", "It", "Our", "Us", "This", "That", "These",
    "Those", "There", "The", "A", "An", "And", "Join", "Come", "Check", NULL
  };
  g_autofree gchar *copy = g_strndup (word, strcspn (word, ",.;:"));

  return g_strv_contains (not_names, copy);
}

/* Splits @text into words at spaces; the words keep their punctuation. */
static GStrv
split_words (const gchar *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) pieces = g_strsplit (text, " ", -1);

  for (guint i = 0; pieces[i] != NULL; i++)
    if (*pieces[i] != '\0')
      g_strv_builder_add (builder, pieces[i]);
  return g_strv_builder_end (builder);
}

/* Reads the names that end at words[*i] (inclusive), going back: "Name",
 * "Name and Name", "Name, Name and Name".  Returns them in order joined
 * by "; ", or NULL; *i is left at the first word before the subject. */
static gchar *
names_back (GStrv  words,
            gint  *i)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean joined = FALSE;

  while (*i >= 0)
    {
      gint last = *i;
      g_autoptr(GString) name = g_string_new (NULL);

      while (*i >= 0 && last - *i < MAX_NAME_WORDS &&
             is_name_word (words[*i], words[*i] + strlen (words[*i])) &&
             (*i == last || !g_str_has_suffix (words[*i], ",")))
        (*i)--;
      /* "We", "This" open a sentence, not a name ("Roni He" is one) */
      while (*i < last && is_not_a_name (words[*i + 1]))
        (*i)++;
      if (*i == last)
        break;
      for (gint w = *i + 1; w <= last; w++)
        g_string_append_printf (name, "%s%s", w > *i + 1 ? " " : "", words[w]);
      while (name->len > 0 && name->str[name->len - 1] == ',')
        g_string_truncate (name, name->len - 1);
      g_ptr_array_insert (names, 0, g_string_free (g_steal_pointer (&name), FALSE));
      /* "A and B", "A & B", then "A, B and C" once an "and" was read */
      if (*i >= 0 && (g_str_equal (words[*i], "and") || g_str_equal (words[*i], "&")))
        {
          joined = TRUE;
          (*i)--;
          continue;
        }
      if (*i >= 0 && joined && g_str_has_suffix (words[*i], ","))
        continue;
      break;
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (gchar **) names->pdata);
}

/* "Name and Name are doing an [Title]…", "For those who want more,
 * Name will speak on [Title]": the names just before the first verb of
 * the sentence that holds the link (@sentence, up to the link). */
static gchar *
subject_names (const gchar *sentence)
{
  static const gchar * const verbs[] = {
    "will", "are", "is", "was", "were", "shall", "presents", "present", "gives", "give",
    "leads", "lead", "hosts", "host", "speaks", "talks", "discusses", "joins", "join", NULL
  };
  g_auto(GStrv) words = split_words (sentence);
  gint verb = -1;
  gint i;
  g_autofree gchar *names = NULL;

  for (gint w = 0; words[w] != NULL && verb < 0; w++)
    if (g_strv_contains (verbs, words[w]))
      verb = w;
  if (verb <= 0)
    return NULL;
  i = verb - 1;
  names = names_back (words, &i);
  /* the subject opens the sentence or follows a clause's comma */
  if (names == NULL || (i >= 0 && !g_str_has_suffix (words[i], ",")))
    return NULL;
  return g_steal_pointer (&names);
}

static gchar *names_after (const gchar *start);

/* "session led by Name and Name on June 25th", "with this session led by
 * Name and Name [Title]": the names after a byline marker in @text. */
static gchar *
marked_names (const gchar *text)
{
  static const gchar * const markers[] = {
    " led by ", " presented by ", " given by ", " delivered by ", " hosted by ",
    " moderated by ", " facilitated by ", " taught by ", " run by ", NULL
  };
  const gchar *start = NULL;

  for (guint m = 0; markers[m] != NULL && start == NULL; m++)
    if ((start = strstr (text, markers[m])) != NULL)
      start += strlen (markers[m]);
  /* "[Title](url) by Name", "[Title](url) with Name": right after the link */
  while (start == NULL && (*text == ' ' || *text == ','))
    text++;
  if (start == NULL && (g_str_has_prefix (text, "by ") || g_str_has_prefix (text, "with ")))
    start = strchr (text, ' ') + 1;
  if (start == NULL)
    return NULL;
  return names_after (start);
}

/* The names that open @start ("Name and Name on June 25th…"). */
static gchar *
names_after (const gchar *start)
{
  g_autofree gchar *tail = NULL;
  g_auto(GStrv) words = NULL;
  gint n, i;

  tail = g_strndup (start, MIN (strlen (start), MAX_BYLINE_BYTES));
  words = split_words (tail);
  /* the names run until a word in lower case other than "and" */
  for (n = 0; words[n] != NULL; n++)
    if (!(is_name_word (words[n], words[n] + strcspn (words[n], ",.;")) ||
          g_str_equal (words[n], "and") || g_str_equal (words[n], "&")))
      break;
  while (n > 0 && (g_str_equal (words[n - 1], "and") || g_str_equal (words[n - 1], "&")))
    n--;
  if (n == 0)
    return NULL;
  for (gint w = 0; w < n; w++)
    if (strcspn (words[w], ".;") < strlen (words[w]))
      {
        n = w + 1;   /* "…and Name." ends the sentence */
        words[w][strcspn (words[w], ".;")] = '\0';
        break;
      }
  i = n - 1;
  return names_back (words, &i);
}

/* Where the sentence that holds @offset starts in @text. */
static gsize
sentence_start (const gchar *text,
                gsize        offset)
{
  gsize start = 0;

  for (gsize i = 0; i + 1 < offset; i++)
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ')
      start = i + 2;
  return start;
}

/* "at 11:45 on June 25th": the date after (or before) the time, in the
 * same sentence.  Fills @slot's date and returns DATE when found. */
static LineupSlotFound
date_elsewhere (const gchar *text,
                LineupSlot  *slot)
{
  g_autofree gchar *after = g_strdup (text + slot->span_end);
  g_autofree gchar *before = g_strndup (text, slot->span_start);
  const gchar *ends[] = { after, before + sentence_start (before, strlen (before)) };
  LineupSlot date = { 0 };

  after[strcspn (after, ".?!")] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if ((lineup_slot_scan (ends[i], &date) & LINEUP_SLOT_DATE) != 0 && date.month != 0 &&
        date.day != 0)
      {
        slot->year = date.year;
        slot->month = date.month;
        slot->day = date.day;
        slot->weekday = date.weekday;
        return LINEUP_SLOT_DATE;
      }
  return LINEUP_SLOT_NONE;
}

gboolean
lineup_post_layouts_recognise_prose_bullet (const LineupPostUnit    *unit,
                                            const LineupPostContext *context G_GNUC_UNUSED,
                                            LineupPostRecognition   *out)
{
  const LineupPostLine *line;
  const LineupPostLink *link;
  LineupPostTalk talk = { 0 };
  LineupSlot slot = { 0 };
  LineupSlotFound found;
  g_autofree gchar *before = NULL;
  g_autofree gchar *sentence = NULL;
  guint prose;

  /* Not a paragraph: an introduction names a session and its time too. */
  if (unit->kind != LINEUP_UNIT_ITEM || unit->lines->len != 1)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  if ((link = talk_link (line)) == NULL)
    return FALSE;

  /* A whole date and a time, apart from the link */
  found = lineup_post_line_scan (line, &slot);
  if ((found & LINEUP_SLOT_TIME) != 0 && (slot.month == 0 || slot.day == 0))
    found |= date_elsewhere (line->text, &slot);
  if ((found & (LINEUP_SLOT_DATE | LINEUP_SLOT_TIME)) != (LINEUP_SLOT_DATE | LINEUP_SLOT_TIME) ||
      slot.month == 0 || slot.day == 0 ||
      (slot.span_start < link->end && slot.span_end > link->start))
    return FALSE;
  /* "**Mar 18, 5:40pm**: [Title](url) -- Name": a time that opens the
   * bullet makes it a timetable's line */
  if (lineup_post_count_letters (line->text, slot.span_start) == 0)
    return FALSE;
  prose = lineup_post_count_letters (line->text, -1) -
          lineup_post_count_letters (line->text + link->start, link->end - link->start) -
          lineup_post_count_letters (line->text + slot.span_start,
                                     slot.span_end - slot.span_start);
  if (prose < MIN_PROSE_LETTERS)
    return FALSE;

  before = g_strndup (line->text, link->start);
  sentence = g_strdup (before + sentence_start (line->text, link->start));
  talk.byline = marked_names (sentence);
  if (talk.byline == NULL)
    {
      /* "[Title](url) session led by Name and Name on June 25th at 11:45" */
      gsize end = slot.span_start > link->end ? slot.span_start : strlen (line->text);
      g_autofree gchar *after = g_strndup (line->text + link->end, end - link->end);

      talk.byline = marked_names (after);
    }
  if (talk.byline == NULL)
    talk.byline = subject_names (sentence);

  talk.title = lineup_post_trim_separators (line->text + link->start, link->end - link->start);
  talk.url = g_strdup (link->url);
  talk.slot = slot;
  talk.found = found;
  return lineup_post_layouts_add_talk (out, &talk);
}
