/* lineup-post-layouts-labels.c — what the text before a talk's link is
 *
 * "9:45 - 10:15 GitOpsCon: [Title](url)": a label (the track), or the start
 * of the title ("Keynote: [Title](url)", "09:00 Arrival and [Welcome](url)"),
 * or its speakers ("14.00 **Name** (Org). [Title](url)"); and the event's
 * link over its day ("### [Observability Day](page): Tuesday, 19th March").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-layouts-private.h"
#include "lineup-text.h"

/* "09:00 Arrival and [Welcome](url)": a label that ends with a small word
 * in lower case is the start of the title, which goes on in the link. */
static void
join_open_label (LineupPostLinkedLine  *pieces,
                 gchar      **title)
{
  static const gchar * const joiners[] = {
    "and", "of", "to", "with", "for", "on", "in", "the", "a", "an", "at", NULL
  };
  const gchar *label = pieces->label;
  g_autofree gchar *before = pieces->before != NULL ? g_strchomp (g_strdup (pieces->before))
                                                    : NULL;
  const gchar *last;
  gchar *joined;

  /* "[Title](url) on Monday, July 8 at 09:00": a word after the link starts
   * no title */
  if (label == NULL || *label == '\0' || lineup_post_count_words (label) > 3 ||
      before == NULL || !g_str_has_suffix (before, label))
    return;
  last = strrchr (label, ' ');
  last = last != NULL ? last + 1 : label;
  if (!g_strv_contains (joiners, last))
    return;
  joined = g_strconcat (label, " ", *title, NULL);
  g_free (*title);
  *title = joined;
  g_clear_pointer (&pieces->label, g_free);
}

/* "14.00 **Mladen Pavičić** (CEMS, Croatia). [Title](url)": the people
 * between the time and the link, closed by a full stop or a colon, are its
 * speakers, not a label.  Returns the byline, or NULL. */
static gchar *
label_names_speakers (LineupPostLinkedLine *pieces)
{
  gsize length = pieces->label != NULL ? strlen (pieces->label) : 0;
  g_autofree gchar *people = NULL;

  if (length < 2 || (pieces->label[length - 1] != '.' && pieces->label[length - 1] != ':'))
    return NULL;
  people = g_strndup (pieces->label, length - 1);
  if (!lineup_byline_looks_like_people (people))
    return NULL;
  g_clear_pointer (&pieces->label, g_free);
  return g_steal_pointer (&people);
}

/* "9:00 **Lecture 1.a (Blitvic): [Positivity everywhere](url)**": a kind of
 * talk and its speakers in brackets start the title as written; the
 * bracket's names are the byline.  Returns the byline, or NULL. */
static gchar *
kind_label_names_speakers (LineupPostLinkedLine  *pieces,
                           gchar                **title)
{
  g_autofree gchar *label = NULL;
  gchar *people, *joined;

  if (pieces->label == NULL)
    return NULL;
  label = g_strstrip (g_strdup (pieces->label));
  if (g_str_has_suffix (label, ":"))
    label[strlen (label) - 1] = '\0';
  if ((people = lineup_byline_kind_then_people (label)) == NULL)
    return NULL;
  joined = g_strconcat (label, ": ", *title, NULL);
  g_free (*title);
  *title = joined;
  g_clear_pointer (&pieces->label, g_free);
  return people;
}

/* A label is a short name ("GitOpsCon"), not a phrase: a longer one is leftover. */
static void
drop_long_label (LineupPostLinkedLine *pieces)
{
  const gchar *label = pieces->label;

  if (label != NULL &&
      (*label == '\0' || lineup_post_count_letters (label, -1) > LINEUP_POST_MAX_LABEL_LETTERS ||
       lineup_post_count_words (label) > 5))
    {
      pieces->leftover += lineup_post_count_letters (label, -1);
      g_clear_pointer (&pieces->label, g_free);
    }
}

/* "Keynote: [Joe Grand - Troublemakers and Superpowers](url)": a keynote
 * names its speaker first.  When the part before the link's last dash reads
 * as people and the part after it does not, the title is "Keynote: " and the
 * part after, the byline the part before (the label taken).  Returns the
 * byline, or NULL. */
static gchar *
keynote_speaker_first (LineupPostLinkedLine  *pieces,
                       gchar      **title)
{
  g_autofree gchar *folded = NULL;
  const gchar *dash;
  g_autofree gchar *head = NULL;
  g_autofree gchar *tail = NULL;

  if (pieces->label == NULL || (dash = g_strrstr (*title, " - ")) == NULL)
    return NULL;
  folded = lineup_text_fold (pieces->label);
  if (!g_str_has_suffix (g_strstrip (folded), "keynote"))
    return NULL;
  head = g_strstrip (g_strndup (*title, (gsize) (dash - *title)));
  tail = g_strstrip (g_strdup (dash + 3));
  if (*tail == '\0' || !lineup_byline_looks_like_people (head) ||
      lineup_byline_looks_like_people (tail))
    return NULL;
  g_free (*title);
  *title = g_strdup_printf ("%s: %s", pieces->label, tail);
  g_clear_pointer (&pieces->label, g_free);
  return g_steal_pointer (&head);
}

/* A title after a speaker's link is a phrase, not a paragraph. */
#define MAX_AFTER_TITLE_BYTES 400

/* "Invited Talk - [Bob Williamson](url)": a kind of talk before a link to
 * its speaker's page; the kind is the title, the link's text the speaker
 * ("Keynote: Title" when a title follows the link).  Returns the byline,
 * or NULL. */
static gchar *
kind_then_linked_speaker (LineupPostLinkedLine  *pieces,
                          gchar      **title)
{
  static const gchar * const kinds[] = {
    "talk", "keynote", "lecture", "presentation", "tutorial", NULL
  };
  g_autofree gchar *folded = NULL;
  const gchar *last;
  gchar *byline;

  if (pieces->label == NULL || lineup_post_count_words (pieces->label) > 3 ||
      !lineup_byline_looks_like_people (*title))
    return NULL;
  folded = g_strstrip (lineup_text_fold (pieces->label));
  last = strrchr (folded, ' ');
  if (!g_strv_contains (kinds, last != NULL ? last + 1 : folded))
    return NULL;
  byline = *title;
  /* "Keynote: [**Name**](url) How to write a great paper.": the title
   * follows the speaker's link */
  if (pieces->after != NULL)
    {
      g_autofree gchar *after = lineup_post_trim_separators (pieces->after, strlen (pieces->after));

      if (lineup_post_count_words (after) >= 2 && !lineup_byline_looks_like_people (after) &&
          strlen (after) <= MAX_AFTER_TITLE_BYTES)
        {
          g_autofree gchar *label = g_steal_pointer (&pieces->label);

          *title = g_strdup_printf ("%s: %s", label, after);
          pieces->leftover -= MIN (pieces->leftover, lineup_post_count_letters (after, -1));
          pieces->after[0] = '\0';
          return byline;
        }
    }
  *title = g_steal_pointer (&pieces->label);
  return byline;
}

/* "Cloud Native Wasm Day", "ArgoCon", "Co-Located Events": the name of an
 * event, not of a talk, by its last word. */
static gboolean
names_an_event (const gchar *title)
{
  static const gchar * const events[] = {
    "day", "days", "summit", "conference", "event", "events", "forum", "meetup",
    "festival", "fest", "camp", "week", NULL
  };
  g_autofree gchar *folded = g_strstrip (lineup_text_fold (title));
  const gchar *space = strrchr (title, ' ');
  const gchar *last = space != NULL ? space + 1 : title;
  const gchar *folded_last = strrchr (folded, ' ');
  gsize length = strlen (last);

  if (g_strv_contains (events, folded_last != NULL ? folded_last + 1 : folded))
    return TRUE;
  /* "KubeCon", "BackstageCon" */
  return length >= 5 && g_str_has_suffix (last, "Con") && g_ascii_islower (last[length - 4]);
}

/* "Day 1", "Tag 2": the event's day by its number. */
static gboolean
names_numbered_day (const gchar *title)
{
  g_autofree gchar *folded = lineup_text_fold (title);
  const gchar *space = strchr (folded, ' ');
  g_autofree gchar *word = space != NULL ? g_strndup (folded, (gsize) (space - folded)) : NULL;

  return word != NULL && lineup_slot_is_day_word (word) && strlen (space + 1) <= 2 &&
         space[1] != '\0' && strspn (space + 1, "0123456789") == strlen (space + 1);
}

gboolean
lineup_post_heading_links_an_event_day (const LineupPostUnit       *unit,
                                        const gchar                *title,
                                        const LineupPostLinkedLine *pieces)
{
  static const gchar * const places[] = { "at", "in", "@", NULL };
  g_autofree gchar *before = g_strstrip (lineup_text_fold (pieces->before));
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_HEADING)
    return FALSE;
  /* "### At [Mobile and Ubiquitous Multimedia](url), November 27th, Lisbon" */
  if (g_strv_contains (places, before))
    return lineup_slot_scan (pieces->after, &slot) == LINEUP_SLOT_DATE;
  return lineup_post_count_letters (pieces->before, -1) == 0 &&
         lineup_slot_scan (pieces->after, &slot) == LINEUP_SLOT_DATE &&
         lineup_slot_is_whole (pieces->after, &slot) &&
         (names_an_event (title) || names_numbered_day (title));
}

/* "Keynote: [Title](url)", "User Talk: [Title](url)": a kind of talk
 * before the link (its label, or all the text before an untimed one) is
 * the start of its title as written, not a track. */
static void
join_kind_label (LineupPostLinkedLine  *pieces,
                 gchar      **title)
{
  static const gchar * const kinds[] = {
    "talk", "keynote", "panel", "workshop", "tutorial", "demo", "bof", "lecture",
    "presentation", "chat", NULL
  };
  g_autofree gchar *untimed = NULL;
  g_autofree gchar *folded = NULL;
  g_autofree gchar *separator = NULL;
  const gchar *label = pieces->label;
  const gchar *last, *label_at;
  gchar *joined;

  if (label == NULL && pieces->found == LINEUP_SLOT_NONE)
    label = untimed = lineup_post_trim_separators (pieces->before, strlen (pieces->before));
  if (label == NULL || *label == '\0' || lineup_post_count_words (label) > 4 ||
      (label_at = strstr (pieces->before, label)) == NULL)
    return;
  folded = g_strstrip (lineup_text_fold (label));
  last = strrchr (folded, ' ');
  if (!g_strv_contains (kinds, last != NULL ? last + 1 : folded))
    return;
  separator = g_strstrip (g_strdup (label_at + strlen (label)));
  if (g_str_equal (separator, ":"))
    joined = g_strconcat (label, ": ", *title, NULL);
  else
    joined = g_strconcat (label, " ", separator, *separator != '\0' ? " " : "", *title, NULL);
  g_free (*title);
  *title = joined;
  if (untimed != NULL)
    pieces->leftover -= MIN (pieces->leftover, lineup_post_count_letters (untimed, -1));
  g_clear_pointer (&pieces->label, g_free);
}

/* "[Tyson Barrett](…) will present [Title](…) on Tuesday, July 9 at 11:00":
 * the people before a verb of presenting are the speakers; NULL when the
 * text before the link is not so. */
static gchar *
people_before_verb (const LineupPostLinkedLine *pieces)
{
  static const gchar * const verbs[] = {
    " will present", " will be presenting", " presents", " will give", " will talk about",
    " will lead", " will host", NULL
  };
  g_autofree gchar *before = NULL;

  if (pieces->before == NULL)
    return NULL;
  before = g_strchomp (g_strdup (pieces->before));
  for (guint i = 0; verbs[i] != NULL; i++)
    if (g_str_has_suffix (before, verbs[i]))
      {
        g_autofree gchar *people = g_strndup (before, strlen (before) - strlen (verbs[i]));

        return lineup_byline_looks_like_people (people) ? g_steal_pointer (&people) : NULL;
      }
  return NULL;
}

void
lineup_post_linked_read_label (LineupPostLinkedLine  *pieces,
                               const gchar           *url,
                               gchar                **title,
                               gchar                **byline)
{
  join_open_label (pieces, title);
  if (*byline == NULL)
    *byline = people_before_verb (pieces);
  if (*byline == NULL)
    *byline = kind_label_names_speakers (pieces, title);
  if (*byline == NULL)
    *byline = label_names_speakers (pieces);
  drop_long_label (pieces);
  if (*byline == NULL)
    *byline = keynote_speaker_first (pieces, title);
  /* "Lightning talk: [Sandboxes Explained](https://sched.co/…)": a link to
   * the talk's page in the schedule is its title, whatever it reads as */
  if (*byline == NULL && !lineup_post_layouts_is_sched_url (url))
    *byline = kind_then_linked_speaker (pieces, title);
  join_kind_label (pieces, title);
}

gboolean
lineup_post_layouts_is_schedule_word (const gchar *folded)
{
  static const gchar * const words[] = {
    "schedule", "agenda", "programme", "program", "timetable", "the schedule", "the programme",
    "the program", "the agenda", "table of contents", "contents", "toc",
    /* German, French, Spanish, Portuguese, Italian, Dutch; Chinese and
     * Japanese */
    "programm", "tagesordnung", "programa", "programma", "ablauf", "horaire",
    "议程", "日程", "活动议程", "プログラム", "タイムテーブル", "スケジュール", NULL
  };
  g_autofree gchar *bare = g_strstrip (g_strdup (folded + strspn (folded, "#*_ ")));
  gsize length = strlen (bare);

  while (length > 0 && strchr (":*_ ", bare[length - 1]) != NULL)
    bare[--length] = '\0';
  return g_strv_contains (words, bare);
}

/* A note about the times is a sentence at most. */
#define MAX_ZONE_NOTE_WORDS 40

/* @unit as the note that names the zone, or FALSE. */
static gboolean
take_zone_note (const LineupPostUnit  *unit,
                LineupPostRecognition *out)
{
  gchar *zone;

  if (lineup_post_more_words_than (unit->text, MAX_ZONE_NOTE_WORDS))
    return FALSE;
  zone = lineup_post_layouts_find_zone_note_folded (unit->text, lineup_post_unit_folded (unit));
  if (zone == NULL)
    return FALSE;
  out->role = LINEUP_ROLE_ZONE_NOTE;
  out->text = zone;
  return TRUE;
}

/* "###### **Note**: All times mentioned below are in Eastern Daylight Time
 * (EDT)": a note set as a heading names the zone, not a track. */
gboolean
lineup_post_layouts_recognise_zone_heading (const LineupPostUnit    *unit,
                                            const LineupPostContext *context,
                                            LineupPostRecognition   *out)
{
  return unit->kind == LINEUP_UNIT_HEADING && !unit->has_link &&
         (lineup_post_unit_scan (unit, NULL) & LINEUP_SLOT_TIME) == 0 &&
         take_zone_note (unit, out);
}

/* "All times are in CET." */
gboolean
lineup_post_layouts_recognise_zone_note (const LineupPostUnit    *unit,
                                         const LineupPostContext *context,
                                         LineupPostRecognition   *out)
{
  return unit->kind == LINEUP_UNIT_PARAGRAPH && take_zone_note (unit, out);
}

gboolean
lineup_post_links_after_article (const gchar *before)
{
  static const gchar * const articles[] = { "the", "a", "an", NULL };
  g_autofree gchar *trimmed = g_strchomp (g_strdup (before));
  const gchar *last = strrchr (trimmed, ' ');

  return last != NULL && g_strv_contains (articles, last + 1) &&
         lineup_post_count_words (trimmed) >= 3;
}

gboolean
lineup_post_title_opens_with_day (const gchar *title)
{
  LineupSlot slot;

  return (lineup_slot_scan (title, &slot) & LINEUP_SLOT_DATE) && slot.span_start == 0 &&
         slot.weekday != 0 && slot.day != 0;
}
