/* lineup-post-layouts-prose.c — talks, speakers and rooms written as prose
 *
 * "Title by Name", "[Title](url) (by [Name](…) and [Name](…)), Room 104,
 * 09:30 to 12:30", and list items that are a sentence around one link:
 * "**1:00 pm**: Name (@handle), Role, will give a workshop on
 * [Title](sched) on Kubernetes. Room 4."
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

/* A room or a hall is a few words ("Room 104", "Ballroom B"), not a phrase. */
#define MAX_ROOM_LETTERS 40
#define MAX_ROOM_WORDS   6
/* A name is two to four words ("J Evans", "Natalia Reka Ivanko"). */
#define MAX_NAME_WORDS   4

/* "Ranjib Dey from ThoughtWorks", "A and B from example.com": names, then
 * where they come from, as the byline "A and B (Org)"; NULL when the words
 * before "from" are no names or nothing follows. */
static gchar *
read_names_from (const gchar *people)
{
  const gchar *from = strstr (people, " from ");
  g_autofree gchar *names = NULL;
  g_autofree gchar *org = NULL;

  if (from == NULL || strstr (from + 1, " from ") != NULL)
    return NULL;
  names = lineup_post_trim_separators (people, from - people);
  org = lineup_post_trim_separators (from + 6, strlen (from + 6));
  if (*org == '\0' || lineup_post_count_words (org) > MAX_ROOM_WORDS ||
      strchr (org, '(') != NULL || !lineup_byline_looks_like_people (names))
    return NULL;
  return g_strdup_printf ("%s (%s)", names, org);
}

/* "Light dinner sponsored by Org": who pays for it, not who speaks. */
static gboolean
names_a_sponsor (const gchar *text,
                 const gchar *by)
{
  static const gchar * const payers[] = {
    "sponsored", "powered", "provided", "offered", "brought to you", "catered", NULL
  };

  for (guint i = 0; payers[i] != NULL; i++)
    {
      gsize length = strlen (payers[i]);

      if ((gsize) (by - text) >= length &&
          g_ascii_strncasecmp (by - length, payers[i], length) == 0)
        return TRUE;
    }
  return FALSE;
}

gchar *
lineup_post_cut_sponsor (const gchar *text)
{
  for (const gchar *p = strstr (text, " by "); p != NULL; p = strstr (p + 1, " by "))
    if (names_a_sponsor (text, p))
      {
        const gchar *start = p;

        while (start > text && start[-1] != ' ')
          start--;
        return lineup_post_trim_separators (text, start - text);
      }
  return g_strdup (text);
}

/* "20 + 10 min", "10 min", "1h", "11 x 3 min": numbers joined by "+" (or
 * "x"), then a unit. */
static gboolean
is_duration (const gchar *text)
{
  static const gchar * const units[] = {
    "min", "mins", "minute", "minutes", "m", "h", "hr", "hrs", "hour", "hours",
    /* German, French, Spanish; Japanese and Chinese minutes, hours */
    "minuten", "stunde", "stunden", "minutos", "heure", "heures", "分", "分钟", "時間", "小时",
    NULL
  };
  g_autofree gchar *unit = NULL;
  gboolean number = FALSE;
  const gchar *p;

  /* "11 x 3 min": so many talks of so many minutes */
  for (p = text; g_ascii_isdigit (*p) || *p == ' ' || *p == '+' ||
                 (*p == 'x' && number && p[1] == ' '); p++)
    number |= g_ascii_isdigit (*p);
  unit = g_strstrip (g_strdup (p));
  return number && g_strv_contains (units, unit);
}

gchar *
lineup_post_strip_duration_aside (const gchar *title)
{
  g_autofree gchar *copy = g_strstrip (g_strdup (title));
  gchar *open = strrchr (copy, '(');
  gchar *colon = strrchr (copy, ':');

  /* "(10 min)" */
  if (open != NULL && open != copy && g_str_has_suffix (open, ")"))
    {
      g_autofree gchar *inside = g_strndup (open + 1, strlen (open + 1) - 1);

      if (is_duration (inside))
        *open = '\0';
    }
  /* "**Part I: Foundations**: 20 mins (8:05–8:25)": the length after a colon */
  else if (colon != NULL && colon != copy && is_duration (colon + 1))
    *colon = '\0';
  return g_strstrip (g_steal_pointer (&copy));
}

/* "Multicore OCaml, by Name": a title is a phrase, not a sentence. */
#define MAX_BY_TITLE_WORDS 20

/* "by" in Spanish, Portuguese, French, German, Italian: after a comma, or
 * (Spanish, French) alone before full names ("Titre par Alice Vasseur et
 * Jean-Philippe Encausse") */
static const gchar * const other_bys[] = {
  ", por ", ", par ", ", von ", ", di ", " par ", " por ", " door ", NULL
};

/* "Graph Layouts by Edge Sampling - Ana Lee, Bo Chen": the people are the
 * list after the dash, "by" a word of the title. */
static gboolean
lists_after_dash (const gchar *people)
{
  g_autofree gchar *head = NULL;
  g_autofree gchar *names = NULL;

  lineup_byline_split (people, &head, &names);
  return names != NULL && (strchr (names, ',') != NULL || strstr (names, " and ") != NULL) &&
         strchr (head, ',') == NULL && strstr (head, " and ") == NULL;
}

/* "moderated by", "presented by": the words "by" ends. */
static const gchar * const by_words[] = {
  "moderated", "presented", "hosted", "led", "facilitated", "given", "Moderated", "Presented",
  "Hosted", "Led", NULL
};

gboolean
lineup_post_split_by_byline (const gchar  *text,
                             gchar       **before,
                             gchar       **byline)
{
  const gchar *by = NULL;
  g_autofree gchar *people = NULL;

  gsize by_length = 4;

  for (const gchar *p = strstr (text, " by "); p != NULL; p = strstr (p + 1, " by "))
    by = p;
  /* "Wikipedia, por Constanza Verón": "by" in Spanish, Portuguese, French,
   * German, Italian, Dutch; only before a person's name */
  for (guint i = 0; by == NULL && other_bys[i] != NULL; i++)
    for (const gchar *p = strstr (text, other_bys[i]); p != NULL; p = strstr (p + 1, other_bys[i]))
      by = p, by_length = strlen (other_bys[i]);
  if (by == NULL || lineup_post_count_letters (text, by - text) == 0 ||
      names_a_sponsor (text, by))
    return FALSE;
  people = lineup_post_trim_separators (by + by_length, strlen (by + by_length));
  /* "Una Kravets — a tour of what landed this year.": a recap's summary
   * after the names */
  {
    gsize dash_length = 0;
    const gchar *dash = lineup_post_find_dash (people, &dash_length);

    if (dash != NULL && dash > people && g_unichar_islower (g_utf8_get_char (dash + dash_length)))
      {
        g_autofree gchar *head = lineup_post_trim_separators (people, (gsize) (dash - people));

        if (lineup_byline_looks_like_people (head))
          g_free (g_steal_pointer (&people)), people = g_steal_pointer (&head);
      }
  }
  /* "Constanza Verón.": the sentence's full stop ("Jr." and "Inc." keep theirs) */
  {
    gsize length = strlen (people);

    if (length > 3 && people[length - 1] == '.' && g_ascii_islower (people[length - 2]) &&
        strrchr (people, ' ') != NULL &&
        strlen (strrchr (people, ' ') + 1) > 4)
      people[length - 1] = '\0';
  }
  if ((by_length != 4 && !lineup_byline_looks_like_people (people)) || lists_after_dash (people))
    return FALSE;
  if (*people != '\0' && !lineup_byline_looks_like_people (people))
    {
      gchar *from = read_names_from (people);

      if (from == NULL)
        return FALSE;
      g_free (people);
      people = from;
    }
  if (*people == '\0')
    return FALSE;

  *before = lineup_post_trim_separators (text, by - text);
  /* "Panel: Funding — moderated by Name": the participle goes with "by" */
  for (guint i = 0; by_words[i] != NULL; i++)
    if (g_str_has_suffix (*before, by_words[i]) &&
        (strlen (*before) == strlen (by_words[i]) ||
         (*before)[strlen (*before) - strlen (by_words[i]) - 1] == ' '))
      {
        gchar *shorter = lineup_post_trim_separators (*before,
                                                      strlen (*before) - strlen (by_words[i]));

        g_free (*before);
        *before = shorter;
        break;
      }
  *byline = g_steal_pointer (&people);
  return TRUE;
}

gboolean
lineup_post_split_talk_by_byline (const gchar  *text,
                                  gchar       **title,
                                  gchar       **byline)
{
  g_autofree gchar *head = NULL;
  g_autofree gchar *people = NULL;

  if (!lineup_post_split_by_byline (text, &head, &people) || lineup_post_count_words (head) < 2 ||
      !lineup_byline_looks_like_people (people))
    return FALSE;
  *title = g_steal_pointer (&head);
  *byline = g_steal_pointer (&people);
  return TRUE;
}

/* The byte after the ")" closing the "(" at @text, or NULL. */
static const gchar *
skip_brackets (const gchar *text)
{
  gint open = 0;

  for (const gchar *p = text; *p; p++)
    {
      open += *p == '(' ? 1 : *p == ')' ? -1 : 0;
      if (open == 0)
        return p + 1;
    }
  return NULL;
}

/* A short place: "Room 104", "Ballroom B", "Room Skagit 1 at the TCC". */
static gchar *
read_room (const gchar *text)
{
  g_autofree gchar *room = lineup_post_trim_separators (text, strlen (text));

  while (*room != '\0' && room[strlen (room) - 1] == '.')
    room[strlen (room) - 1] = '\0';
  if (*room == '\0' || !g_unichar_isupper (g_utf8_get_char (room)) ||
      lineup_post_count_letters (room, -1) > MAX_ROOM_LETTERS ||
      lineup_post_count_words (room) > MAX_ROOM_WORDS)
    return NULL;
  return g_steal_pointer (&room);
}

gboolean
lineup_post_read_bracketed_byline (const gchar  *text,
                                   gchar       **byline,
                                   gchar       **room)
{
  const gchar *end;
  g_autofree gchar *inside = NULL;
  g_autofree gchar *people = NULL;
  g_autofree gchar *rest = NULL;

  while (g_ascii_isspace (*text))
    text++;
  if (*text != '(' || (end = skip_brackets (text)) == NULL)
    return FALSE;
  inside = g_strndup (text + 1, end - text - 2);
  /* "(@Victor and @Mauro)": names, though first names alone */
  if ((people = lineup_post_handles_as_names (inside)) == NULL)
    {
      const gchar *names = lineup_post_skip_speaker_marker (inside);

      people = lineup_post_trim_separators (names, strlen (names));
      if (*people == '\0' || !lineup_byline_looks_like_people (people))
        return FALSE;
    }

  rest = lineup_post_trim_separators (end, strlen (end));
  *room = NULL;
  if (*rest != '\0' && (*room = read_room (rest)) == NULL)
    return FALSE;
  *byline = g_steal_pointer (&people);
  return TRUE;
}

/* Whether @word starts with a capital: a name's word or initial. */
static gboolean
is_capitalised (const gchar *word)
{
  return g_unichar_isupper (g_utf8_get_char (word));
}

/* The run of capitalised words that ends @text ("Prometheus team member
 * Frederic Branczyk" → "Frederic Branczyk"), or NULL when shorter than a name. */
static gchar *
name_at_end (const gchar *text)
{
  g_autofree gchar *stripped = g_strstrip (g_strdup (text));
  g_auto(GStrv) words = g_strsplit (stripped, " ", -1);
  g_autofree gchar *copy = NULL;
  guint n = g_strv_length (words);
  guint first = n;

  while (first > 0 && n - first < MAX_NAME_WORDS && *words[first - 1] != '\0' &&
         is_capitalised (words[first - 1]))
    first--;
  if (n - first < 2)
    return NULL;
  copy = g_strjoinv (" ", words + first);
  return g_steal_pointer (&copy);
}

/* Whether @piece is nothing but a name: two to four capitalised words. */
static gboolean
is_bare_name (const gchar *piece)
{
  g_auto(GStrv) words = g_strsplit (piece, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > MAX_NAME_WORDS)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (*words[i] == '\0' || !is_capitalised (words[i]) ||
        lineup_post_count_letters (words[i], -1) != g_utf8_strlen (words[i], -1))
      return FALSE;
  return lineup_byline_looks_like_people (piece);
}

/* One piece of the subject: "Name (@handle)", "Name (Org)", "Name", a role,
 * or the verb that ends the subject (*stop).  Adds the name it holds to
 * @names. */
static void
read_subject_piece (const gchar *piece,
                    gboolean     last,
                    gboolean    *stop,
                    GPtrArray   *names)
{
  const gchar *bracket;

  if (g_str_has_prefix (piece, "and "))
    piece += 4;
  if ((bracket = strchr (piece, '(')) != NULL)
    {
      g_autofree gchar *head = g_strndup (piece, bracket - piece);
      gchar *name = name_at_end (head);
      const gchar *after = skip_brackets (bracket);

      if (name != NULL)
        g_ptr_array_add (names, name);
      /* "(@wm) will join other engineers from IBM, Google…": the verb */
      *stop = after == NULL || lineup_post_count_letters (after, -1) > 0;
      return;
    }
  if (is_bare_name (piece))
    {
      g_ptr_array_add (names, g_strdup (piece));
      return;
    }
  /* ", Linkerd core maintainer," between a name and the next: a role */
  *stop = last || names->len == 0;
}

/* The speakers named before the verb: "Name (@handle), Role, and Name,
 * Role, will…" → "Name; Name", or NULL. */
static gchar *
read_subject (const gchar *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) commas = g_strsplit (text, ",", -1);
  gboolean stop = FALSE;

  for (guint i = 0; commas[i] != NULL && !stop; i++)
    {
      g_auto(GStrv) pieces = g_strsplit (commas[i], " and ", -1);

      for (guint j = 0; pieces[j] != NULL && !stop; j++)
        {
          g_strstrip (pieces[j]);
          if (*pieces[j] == '\0')
            continue;
          read_subject_piece (pieces[j], commas[i + 1] == NULL && pieces[j + 1] == NULL,
                              &stop, names);
        }
    }
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (gchar **) names->pdata);
}

/* The one link of @line with words in it, or NULL when there are none or
 * more than one. */
static const LineupPostLink *
only_link (const LineupPostLine *line)
{
  const LineupPostLink *found = NULL;

  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *l = &g_array_index (line->links, LineupPostLink, i);

      if (l->url == NULL || lineup_post_count_letters (line->text + l->start,
                                                       l->end - l->start) < 2)
        continue;
      if (found != NULL)
        return NULL;
      found = l;
    }
  return found;
}

/* The last sentence after the link, when it is a place: "…on Kubernetes.
 * Room Skagit 1 at the TCC." */
static gchar *
read_room_sentence (const gchar *after)
{
  g_autofree gchar *text = g_strstrip (g_strdup (after));
  gchar *dot;

  while (*text != '\0' && text[strlen (text) - 1] == '.')
    text[strlen (text) - 1] = '\0';
  dot = strrchr (text, '.');
  if (dot == NULL)
    return NULL;
  return read_room (dot + 1);
}

gboolean
lineup_post_layouts_recognise_prose_talk (const LineupPostUnit    *unit,
                                          const LineupPostContext *context,
                                          LineupPostRecognition   *out)
{
  const LineupPostLine *line;
  const LineupPostLink *link;
  LineupPostTalk talk = { 0 };
  g_autofree gchar *subject = NULL;
  g_autofree gchar *byline = NULL;
  LineupSlot slot = { 0 };
  LineupSlotFound found;

  if (unit->kind != LINEUP_UNIT_ITEM || unit->lines->len != 1)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  if ((link = only_link (line)) == NULL)
    return FALSE;

  /* The time opens the item, before the sentence. */
  found = lineup_post_line_scan (line, &slot);
  if ((found & LINEUP_SLOT_TIME) == 0 || slot.span_end > link->start ||
      lineup_post_count_letters (line->text, slot.span_start) > 0)
    return FALSE;

  subject = g_strndup (line->text + slot.span_end, link->start - slot.span_end);
  g_strdelimit (subject, ":", ' ');
  if ((byline = read_subject (subject)) == NULL)
    return FALSE;

  talk.title = lineup_post_trim_separators (line->text + link->start, link->end - link->start);
  talk.byline = g_steal_pointer (&byline);
  talk.url = g_strdup (link->url);
  talk.room = read_room_sentence (line->text + link->end);
  talk.slot = slot;
  talk.found = found;
  return lineup_post_layouts_add_talk (out, &talk);
}

/* A paragraph's lines before the first that is links alone ("[PDF
 * Abstract](…)."), joined; NULL when it has none. */
static gchar *
lines_before_links (const LineupPostUnit *unit)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);

      if (line->links->len > 0 && lineup_post_line_only_links (line, 0, strlen (line->text)))
        break;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, line->text);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

gboolean
lineup_post_layouts_by_paragraph (const LineupPostUnit  *unit,
                                  gchar                **title,
                                  gchar                **byline)
{
  g_autofree gchar *text = NULL;
  g_autofree gchar *before = NULL;
  g_autofree gchar *people = NULL;
  gchar *key;

  if (unit == NULL || unit->kind != LINEUP_UNIT_PARAGRAPH || !unit->has_link ||
      (text = lines_before_links (unit)) == NULL || strstr (text, ", by ") == NULL)
    return FALSE;
  /* "… (University of Cambridge) .": the sentence's stop, set apart; "Name
   * (C), Name (C); (C = University of Cambridge).": the key to the
   * organisations' letters */
  if (g_str_has_suffix (g_strchomp (text), " ."))
    text[strlen (text) - 2] = '\0';
  if ((key = g_strrstr (text, "; (")) != NULL && strstr (key, " = ") != NULL)
    *key = '\0';
  if (!lineup_post_split_by_byline (text, &before, &people) ||
      lineup_post_count_words (before) < 2 || lineup_post_count_words (before) > MAX_BY_TITLE_WORDS)
    return FALSE;
  if (title != NULL)
    *title = g_steal_pointer (&before);
  if (byline != NULL)
    *byline = g_steal_pointer (&people);
  return TRUE;
}

gboolean
lineup_post_layouts_recognise_by_paragraph (const LineupPostUnit    *unit,
                                            const LineupPostContext *context,
                                            LineupPostRecognition   *out)
{
  LineupPostTalk talk = { 0 };

  if (!context->heading_slot || !lineup_post_layouts_by_paragraph (unit, &talk.title, &talk.byline))
    return FALSE;
  talk.found = LINEUP_SLOT_NONE;
  talk.slot.start_minute = talk.slot.end_minute = -1;
  return lineup_post_layouts_add_talk (out, &talk);
}

gboolean
lineup_post_layouts_is_event_page (const gchar *url)
{
  return lineup_post_layouts_is_sched_url (url) ||
         ((g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")) &&
          (strstr (url, "/schedule/event/") != NULL || strstr (url, "/talk/") != NULL ||
           strstr (url, "/schedule/session/") != NULL ||
           strstr (url, "/schedule/presentation/") != NULL));
}

/* The speaker a sentence names beside the link: "Andrew Tropin will show",
 * "will be Ekaitz Zarraga’s account", "Arun Isaac presenting", "by Name";
 * NULL when none reads as a person. */
static gchar *
name_in_sentence (const gchar *text)
{
  static gsize once;
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("(?:\\bby\\s+)?(\\p{Lu}[\\p{L}.-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})"
                           "(?=\\s+will\\b|[\u2019']s\\b|\\s+present|\\s*$|,)",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree gchar *whole = g_match_info_fetch (match, 0);
      g_autofree gchar *name = g_match_info_fetch (match, 1);

      if ((g_str_has_prefix (whole, "by") || !g_str_has_suffix (text, name)) &&
          lineup_byline_may_be_person (name))
        return g_steal_pointer (&name);
    }
  return NULL;
}

gboolean
lineup_post_layouts_recognise_prose_event (const LineupPostUnit    *unit,
                                           const LineupPostContext *context,
                                           LineupPostRecognition   *out)
{
  const LineupPostLine *line = NULL;
  const LineupPostLink *link = NULL;
  LineupPostTalk talk = { 0 };
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  g_autofree gchar *byline = NULL;
  LineupSlot slot = { 0 };

  if (unit->kind != LINEUP_UNIT_ITEM ||
      (lineup_post_unit_scan (unit, &slot) & LINEUP_SLOT_TIME))
    return FALSE;
  /* the sentence may wrap: one of its lines holds the link */
  for (guint i = 0; i < unit->lines->len; i++)
    {
      const LineupPostLine *l = g_ptr_array_index (unit->lines, i);
      const LineupPostLink *found = NULL;

      for (guint j = 0; j < l->links->len; j++)
        {
          const LineupPostLink *k = &g_array_index (l->links, LineupPostLink, j);

          if (k->url == NULL || !lineup_post_layouts_is_event_page (k->url))
            continue;
          if (found != NULL || link != NULL)
            return FALSE;   /* one talk's page only */
          found = k;
        }
      if (found != NULL)
        {
          line = l;
          link = found;
          g_string_append_len (before, l->text, (gssize) found->start);
          g_string_append (after, l->text + found->end);
        }
      else
        g_string_append_printf (link == NULL ? before : after, " %s ", l->text);
    }
  if (link == NULL || lineup_post_count_letters (line->text + link->start, link->end - link->start) < 3)
    return FALSE;
  if ((byline = name_in_sentence (before->str)) == NULL &&
      (byline = name_in_sentence (after->str)) == NULL)
    return FALSE;
  talk.title = lineup_text_unquote (lineup_post_trim_separators (line->text + link->start,
                                                                 link->end - link->start));
  talk.byline = g_steal_pointer (&byline);
  talk.url = g_strdup (link->url);
  talk.found = lineup_post_unit_scan (unit, &talk.slot);
  return lineup_post_layouts_add_talk (out, &talk);
}

/* Whether a link of @line starts at @at. */
static gboolean
link_starts (const LineupPostLine *line,
             gsize                 at)
{
  for (guint i = 0; i < line->links->len; i++)
    if (g_array_index (line->links, LineupPostLink, i).start == at)
      return TRUE;
  return FALSE;
}

/* The speaker "by" names right at @text: "by [Kavya Joshi](…)", "by Ron
 * Evans, who…"; NULL when none reads as a person. */
static gchar *
name_after_by (const LineupPostLine *line,
               gsize                 at)
{
  const gchar *text = line->text + at;
  g_autofree gchar *name = NULL;
  gsize start;

  text += strspn (text, " ");
  if (!g_str_has_prefix (text, "by "))
    return NULL;
  start = (gsize) (text + 3 - line->text);
  for (guint i = 0; i < line->links->len; i++)
    {
      const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, i);

      if (link->start == start)
        name = g_strndup (line->text + link->start, link->end - link->start);
    }
  if (name == NULL)
    {
      const gchar *from = line->text + start;
      gsize length = 0;

      /* up to the sentence's next mark or the next link */
      while (from[length] != '\0' && strchr (",.;:()!?+", from[length]) == NULL &&
             !link_starts (line, start + length))
        length++;
      name = g_strndup (from, length);
      /* "by Walter Heck and [Next Title](…)" */
      g_strchomp (name);
      if (g_str_has_suffix (name, " and"))
        name[strlen (name) - 4] = '\0';
    }
  g_strstrip (name);
  if (lineup_post_count_words (name) > MAX_NAME_WORDS || !lineup_byline_looks_like_people (name))
    return NULL;
  return g_steal_pointer (&name);
}

gboolean
lineup_post_layouts_recognise_prose_bold (const LineupPostUnit    *unit,
                                          const LineupPostContext *context,
                                          LineupPostRecognition   *out)
{
  if (unit->kind != LINEUP_UNIT_PARAGRAPH || !(context->have_day || context->pub_year != 0))
    return FALSE;
  for (guint i = 0; i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);

      for (guint j = 0; line->marks != NULL && j < line->marks->len; j++)
        {
          const LineupPostLink *mark = &g_array_index (line->marks, LineupPostLink, j);
          LineupPostTalk talk = { 0 };
          g_autofree gchar *title = NULL;
          gchar *name;

          /* a sentence around it: the run is no heading in bold */
          if (line->emphasised || mark->end <= mark->start ||
              lineup_post_count_letters (line->text, (gssize) mark->start) == 0 ||
              (name = name_after_by (line, mark->end)) == NULL)
            continue;
          title = lineup_post_trim_separators (line->text + mark->start, mark->end - mark->start);
          if (lineup_post_count_letters (title, -1) < 3 ||
              lineup_post_layouts_title_is_not_a_talk (title))
            {
              g_free (name);
              continue;
            }
          talk.title = g_steal_pointer (&title);
          talk.byline = name;
          talk.line_index = i;
          talk.found = LINEUP_SLOT_NONE;
          lineup_post_layouts_add_talk (out, &talk);
        }
      /* "my favourite was [Title](…/schedule/event/…) by Name" */
      for (guint j = 0; j < line->links->len; j++)
        {
          const LineupPostLink *link = &g_array_index (line->links, LineupPostLink, j);
          LineupPostTalk talk = { 0 };
          gchar *name;

          if (link->end <= link->start || !lineup_post_layouts_is_event_page (link->url) ||
              (name = name_after_by (line, link->end)) == NULL)
            continue;
          talk.title = lineup_post_trim_separators (line->text + link->start,
                                                    link->end - link->start);
          talk.byline = name;
          talk.url = g_strdup (link->url);
          talk.line_index = i;
          talk.found = LINEUP_SLOT_NONE;
          lineup_post_layouts_add_talk (out, &talk);
        }
    }
  if (out->talks == NULL)
    return FALSE;
  out->role = LINEUP_ROLE_TALK;
  return TRUE;
}
