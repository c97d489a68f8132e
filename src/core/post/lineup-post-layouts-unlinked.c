/* lineup-post-layouts-unlinked.c — talk lines without a link
 *
 * "9:00 - 9:30 Opening Remarks", "- 16:30 - Packaging Summit", "### 11:45--12:15
 * PM: Title", and a block of a time over its title in bold: a time and a
 * short title, with the checks that keep prose, sentences and a meeting's
 * own agenda out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot-private.h"

#define MAX_UNLINKED_WORDS   16
/* "01 - Title": a running number before a talk line has this many digits at most. */
#define MAX_RUNNING_NUMBER_DIGITS 2

/* TRUE when @title has too many words for an unlinked talk.  Speakers
 * written after it do not count, and a title followed by speakers may be
 * longer: the speakers show it is a talk, not prose (strimzi's table); so
 * may the title of a timetable's row (@timetable: a list item that opens
 * with its time, as a schedule table's rows are written). */
static gboolean
title_too_long (const gchar *title,
                gboolean     timetable)
{
  g_autofree gchar *bare = NULL;
  g_autofree gchar *byline = NULL;

  lineup_byline_split (title, &bare, &byline);
  if (byline == NULL && !timetable)
    return lineup_post_count_words (title) > MAX_UNLINKED_WORDS;
  return lineup_post_count_words (byline != NULL ? bare : title) > MAX_UNLINKED_WORDS + 8;
}

/* A title that ends as a sentence does.  A timetable's row (@timetable) may
 * end with a full stop or an ellipsis ("The ancestry of Kubernetes.", "So
 * you want to hack AI..."): only two sentences are prose there. */
static gboolean
ends_as_sentence (const gchar *title,
                  gboolean     timetable)
{
  if (!g_str_has_suffix (title, "."))
    return FALSE;
  return !timetable || strstr (title, ". ") != NULL;
}

/* "- 13:15 : Invited talks" over its own list of "- 13:15 : Title" items:
 * a bullet whose nested list starts with a timed item is the name of a block
 * of talks, which its items list. */
static gboolean
item_heads_timed_items (const LineupPostUnit    *unit,
                        const LineupPostContext *context)
{
  const LineupPostUnit *next = context->next;
  cmark_node *last;
  LineupSlot slot;

  if (unit->kind != LINEUP_UNIT_ITEM || next == NULL || next->kind != LINEUP_UNIT_ITEM ||
      next->lines->len == 0)
    return FALSE;
  last = cmark_node_last_child (unit->node);
  if (last == NULL || cmark_node_get_type (last) != CMARK_NODE_LIST ||
      cmark_node_parent (next->node) != last)
    return FALSE;
  return (lineup_post_line_scan (g_ptr_array_index (next->lines, 0), &slot) &
          LINEUP_SLOT_TIME) != 0 && slot.span_start == 0;
}

/* "Zoom remains open until ~18:00": a time after "until", "till" or
 * "before" ends something, and one after "after" bounds it ("parking is
 * free after 5pm"); it starts no talk. */
static gboolean
ends_with_bound_word (const gchar *before)
{
  static const gchar *const words[] = { "until", "till", "til", "before", "after" };
  g_autofree gchar *lower = g_utf8_strdown (before, -1);
  gsize n = strlen (lower);

  while (n > 0 && !g_ascii_isalpha (lower[n - 1]))
    n--;
  lower[n] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize m = strlen (words[i]);

      if (n >= m && strcmp (lower + n - m, words[i]) == 0 &&
          (n == m || lower[n - m - 1] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* "01 - Name Surname - Title": after a running number, a name ahead of the
 * first dash is the speaker; what follows it the title.  The number alone
 * is dropped ("05 - Lightning Talks").  FALSE when the line has no number. */
static gboolean
split_numbered_speaker (const gchar  *text,
                        gchar       **title,
                        gchar       **byline)
{
  const gchar *p = text;
  const gchar *dash;
  g_autofree gchar *head = NULL;

  while (g_ascii_isdigit (*p))
    p++;
  if (p == text || p - text > MAX_RUNNING_NUMBER_DIGITS || !g_str_has_prefix (p, " - "))
    return FALSE;
  p += 3;
  *byline = NULL;
  dash = strstr (p, " - ");
  if (dash != NULL)
    {
      head = g_strndup (p, (gsize) (dash - p));
      if (lineup_byline_looks_like_people (head) &&
          !lineup_byline_looks_like_people (dash + 3))
        {
          *title = g_strdup (dash + 3);
          *byline = g_steal_pointer (&head);
          return TRUE;
        }
    }
  *title = g_strdup (p);
  return TRUE;
}

/* "Dev Mehta (WPI), Title", "Invited Talk: Ana Souza and Li Wei, Title":
 * the people first, a comma, then the title.  The longest head before a
 * comma that reads as people (without its last bracket, an organisation)
 * is the byline when what follows does not; a kind before the names
 * ("Invited Talk:") is dropped.  FALSE (nothing set) when the text is not
 * so. */
static gboolean
split_people_first (const gchar  *text,
                    gchar       **title,
                    gchar       **byline)
{
  const gchar *colon = strstr (text, ": ");
  const gchar *names = text;
  const gchar *best = NULL;
  g_autofree gchar *dashed = NULL;

  /* "Title - Ana Lee, Bo Chen, Li Wei": the people after the dash */
  lineup_byline_split (text, NULL, &dashed);
  if (dashed != NULL)
    return FALSE;
  /* "Invited Talk: " */
  if (colon != NULL && lineup_post_count_words (text) > 0 && colon - text < 24 &&
      !memchr (text, ',', (gsize) (colon - text)))
    names = colon + 2;
  for (const gchar *comma = strchr (names, ','); comma != NULL; comma = strchr (comma + 1, ','))
    {
      g_autofree gchar *head = g_strndup (names, (gsize) (comma - names));
      g_autofree gchar *bare = NULL;
      gsize length = strlen (head);
      const gchar *open = g_strrstr (head, " (");

      if (length > 0 && head[length - 1] == ')' && open != NULL)
        bare = g_strndup (head, (gsize) (open - head));
      /* a name after a kind, with its organisation, or several: "Exactly
       * Once, For Real" is a title */
      if ((names != text || bare != NULL || strchr (head, ',') != NULL ||
           strstr (head, " and ") != NULL ||
           strstr (head, " & ") != NULL) &&
          strchr (bare != NULL ? bare : head, ' ') != NULL &&
          lineup_byline_looks_like_people (bare != NULL ? bare : head))
        best = comma;
    }
  if (best == NULL || lineup_post_count_words (best + 1) < 2)
    return FALSE;
  *byline = g_strndup (names, (gsize) (best - names));
  /* "Ana Souza, Li Wei and Mei Lin, Efficient Trace Storage": after several
   * names, words that read as one more are the title */
  if (lineup_byline_looks_like_people (best + 1) &&
      !strchr (*byline, ',') && !strstr (*byline, " and ") && !strstr (*byline, " & "))
    {
      g_clear_pointer (byline, g_free);
      return FALSE;
    }
  *title = lineup_post_trim_separators (best + 1, strlen (best + 1));
  return TRUE;
}

/* "**10:00** Name, Name" over "[*Title*](…)": the next line of the unit,
 * linked or in emphasis, may be the title of the names on this one. */
static gboolean
title_follows (const LineupPostUnit *unit,
               guint                 index)
{
  const LineupPostLine *next;

  if (index + 1 >= unit->lines->len)
    return FALSE;
  next = g_ptr_array_index (unit->lines, index + 1);
  return next->emphasised || next->links->len > 0;
}

/* "13:30 **Intro to GitOps and Flux** lightning talk + Q&A with Pinky": the
 * title in bold right after the time, then a phrase about the session that
 * names who gives it ("with Name", "by Name").  The bold title in @title
 * and the person in @byline (NULL when the phrase names nobody); FALSE when
 * no bold run follows the time (@slot's span: none, the line's start). */
gboolean
lineup_post_layouts_split_marked_title (const LineupPostLine *line,
                                        const LineupSlot     *slot,
                                        gchar               **title,
                                        gchar               **byline)
{
  static const gchar * const verbs[] = { " with ", " by ", NULL };
  const gchar *text = line->text;
  gsize at = slot->span_end;
  const LineupPostLink *mark = NULL;
  g_autofree gchar *rest = NULL;
  const gchar *summary;
  gsize dash_length = 0;

  while (text[at] == ' ' || text[at] == ':' || text[at] == '-')
    at++;
  /* the last run, right after the time: "**Answering Questions Faster**
   * **with Wren**" is one title in two runs */
  if (line->marks->len > 0)
    mark = &g_array_index (line->marks, LineupPostLink, line->marks->len - 1);
  if (mark == NULL || mark->start != at || text[mark->end] == '\0')
    return FALSE;
  /* "**Title** by Name — a tour of what landed": a recap's summary after a
   * dash */
  rest = g_strconcat (" ", text + mark->end, NULL);
  summary = lineup_post_find_dash (rest + 1, &dash_length);
  if (summary != NULL && g_unichar_islower (g_utf8_get_char (summary + dash_length)))
    *(gchar *) summary = '\0';
  if (lineup_post_count_words (rest) > MAX_UNLINKED_WORDS)
    return FALSE;
  *title = lineup_post_trim_separators (text + mark->start, mark->end - mark->start);
  *byline = NULL;
  for (guint i = 0; verbs[i] != NULL && *byline == NULL; i++)
    {
      const gchar *verb = strstr (rest, verbs[i]);
      g_autofree gchar *people = NULL;

      if (verb == NULL)
        continue;
      verb += strlen (verbs[i]);
      /* "with Stefan Prodan + Q&A/office hours": the names end at a sign */
      people = lineup_post_trim_separators (verb, strcspn (verb, "+,;(/"));
      if (lineup_byline_looks_like_people (people) || lineup_post_layouts_is_first_name (people))
        *byline = g_steal_pointer (&people);
    }
  return TRUE;
}

/* "- 10:15 **PyWeb**: Title (Name)": a track's name in bold right after the
 * time, in a few words, then a colon and the title.  The name, and in
 * @title_at where the title starts; NULL when the line is not so. */
#define MAX_LABEL_WORDS 4

/* "Title (Name, Name)": a bracket of people ends @text. */
static gboolean
ends_with_people (const gchar *text)
{
  g_autofree gchar *trimmed = g_strstrip (g_strdup (text));
  gsize length = strlen (trimmed);
  const gchar *open = strrchr (trimmed, '(');
  g_autofree gchar *people = NULL;

  if (length == 0 || trimmed[length - 1] != ')' || open == NULL || open == trimmed)
    return FALSE;
  people = g_strndup (open + 1, (gsize) (trimmed + length - 1 - (open + 1)));
  return lineup_byline_looks_like_people (people);
}

static gchar *
marked_label (const LineupPostLine *line,
              const LineupSlot     *slot,
              gsize                *title_at)
{
  const gchar *text = line->text;
  const LineupPostLink *mark;
  gsize at = slot->span_end;
  g_autofree gchar *label = NULL;

  while (text[at] == ' ' || text[at] == '-')
    at++;
  if (line->marks->len == 0)
    return NULL;
  mark = &g_array_index (line->marks, LineupPostLink, 0);
  if (mark->start != at || text[mark->end] != ':' ||
      lineup_post_count_words (text + mark->end + 1) < 2)
    return NULL;
  label = lineup_post_trim_separators (text + mark->start, mark->end - mark->start);
  /* "**PyData II**" reads as a name too: then the speakers in brackets at
   * the end tell that it is none ("**Ana Lima**: Title" names her) */
  if (lineup_post_count_letters (label, -1) < 2 ||
      lineup_post_count_words (label) > MAX_LABEL_WORDS ||
      (lineup_byline_looks_like_people (label) && !ends_with_people (text + mark->end + 1)))
    return NULL;
  *title_at = mark->end + 1;
  return g_steal_pointer (&label);
}

/* "Force-Directed Graph Layouts by Edge Sampling" over "- Robert Gove": the
 * next line names the speakers, and "by" is a word of the title. */
static gboolean
speakers_follow (const LineupPostUnit *unit,
                 guint                 index)
{
  const LineupPostLine *next;
  g_autofree gchar *people = NULL;

  if (index + 1 >= unit->lines->len)
    return FALSE;
  next = g_ptr_array_index (unit->lines, index + 1);
  people = lineup_post_layouts_speaker_line (next->text);
  return people != NULL && lineup_post_starts_with_dash (next->text);
}

/* "**9:15 – 10:00** Plenary session 1 The Power of JuliaGeo *M. Visser*":
 * the people in italics (or bold) that end a timetable's line, the title
 * between the time and them.  FALSE when the line does not end so. */
static gboolean
split_trailing_marked_people (const LineupPostLine  *line,
                              gchar                **title,
                              gchar                **byline)
{
  const LineupPostLink *mark, *first;
  g_autofree gchar *people = NULL;
  gsize length = strlen (line->text);
  LineupSlot slot;

  while (length > 0 && line->text[length - 1] == ' ')
    length--;
  if (line->marks->len < 2)
    return FALSE;
  first = &g_array_index (line->marks, LineupPostLink, 0);
  mark = &g_array_index (line->marks, LineupPostLink, line->marks->len - 1);
  if (mark->end != length || mark->start <= first->end ||
      !(lineup_slot_scan (line->text, &slot) & LINEUP_SLOT_TIME) || slot.span_end > first->end ||
      lineup_post_count_letters (line->text + first->end, (gssize) (mark->start - first->end)) < 3)
    return FALSE;
  people = lineup_post_trim_separators (line->text + mark->start, mark->end - mark->start);
  if (!lineup_byline_looks_like_people (people))
    return FALSE;
  *title = lineup_post_trim_separators (line->text + first->end, mark->start - first->end);
  *byline = g_steal_pointer (&people);
  return TRUE;
}

/* "11:30a **Steven Fine and Erik Hemberg**: "Exploiting Subprograms"
 * (presented remotely)", "9:30a **Keynote by Jeff Clune** "A talk…"": the
 * people in bold right after the time, the title in quotes after them.
 * FALSE when the line is not so. */
static gboolean
split_people_quoted (const LineupPostLine *line,
                     const LineupSlot     *slot,
                     gchar               **title,
                     gchar               **byline)
{
  static const gchar * const opens[] = { "\"", "\xE2\x80\x9C", "\xC2\xAB", NULL };
  static const gchar * const closes[] = { "\"", "\xE2\x80\x9D", "\xC2\xBB", NULL };
  const gchar *text = line->text;
  const LineupPostLink *mark;
  g_autofree gchar *people = NULL;
  const gchar *by, *quote, *close;
  gsize at = slot->span_end;

  while (text[at] == ' ' || text[at] == '-')
    at++;
  if (line->marks->len == 0)
    return FALSE;
  mark = &g_array_index (line->marks, LineupPostLink, 0);
  if (mark->start != at)
    return FALSE;
  quote = text + mark->end;
  while (*quote == ' ' || *quote == ':')
    quote++;
  for (guint i = 0; opens[i] != NULL; i++)
    if (g_str_has_prefix (quote, opens[i]) &&
        (close = strstr (quote + strlen (opens[i]), closes[i])) != NULL)
      {
        g_autofree gchar *marked = g_strndup (text + mark->start, mark->end - mark->start);

        /* "Keynote by Jeff Clune", "Amir H Gandomi et al", "Name and Name
         * (with others)" */
        people = lineup_post_without_last_bracket (marked);
        g_strstrip (people);
        if ((by = strstr (people, " by ")) != NULL)
          memmove (people, by + 4, strlen (by + 4) + 1);
        if (g_str_has_suffix (people, " et al"))
          people[strlen (people) - 6] = '\0';
        if (!lineup_byline_looks_like_people (people) ||
            close == quote + strlen (opens[i]))
          return FALSE;
        *title = g_strndup (quote + strlen (opens[i]),
                            (gsize) (close - quote) - strlen (opens[i]));
        *byline = g_steal_pointer (&people);
        return TRUE;
      }
  return FALSE;
}

/* "Title: 20 mins (8:05–8:25) — Name": the time in brackets, a dash after
 * them, then *@after, people: they become *@byline (*@after empty). */
static gboolean
take_people_after_time (const gchar       *text,
                        const LineupSlot  *slot,
                        gchar            **after,
                        gchar            **byline)
{
  const gchar *open = text + slot->span_start;
  const gchar *close = text + slot->span_end;
  gsize length;

  while (open > text && open[-1] == ' ')
    open--;
  while (*close == ' ')
    close++;
  if (open == text || open[-1] != '(' || *close != ')')
    return FALSE;
  for (close++; *close == ' '; close++)
    ;
  if (lineup_post_find_dash (close - 1, &length) != close - 1 ||
      !lineup_byline_looks_like_people (*after))
    return FALSE;
  *byline = g_steal_pointer (after);
  *after = g_strdup ("");
  return TRUE;
}

/* A line with a time and a short title but no link: "9:00 - 9:30 Opening Remarks". */
/* "## Monday, 8AM (Room 203) PyTest": the room in brackets right after the
 * time (@after_time), before the title. */
static void
take_room_before_title (LineupPostTalk *talk,
                        const gchar    *after_time)
{
  const gchar *open = after_time + strspn (after_time, " ,");
  const gchar *close;
  g_autofree gchar *room = NULL;

  if (*open != '(' || (close = strchr (open, ')')) == NULL || close[1] != ' ' ||
      lineup_post_count_letters (close, -1) < 3)
    return;
  room = g_strndup (open + 1, (gsize) (close - open - 1));
  if (!lineup_post_layouts_is_place (room))
    return;
  talk->room = g_steal_pointer (&room);
  g_free (talk->title);
  talk->title = g_strdup (close + 2);
}

/* "郭學聰 -- Marshal 不給你的, 自己來", "appleboy -- Gitea": a name in one
 * word (Chinese, or a handle) then a double dash, the title after it. */
static gboolean
split_one_word_name_first (const gchar  *text,
                           gchar       **title,
                           gchar       **byline)
{
  const gchar *dash = strstr (text, " -- ");
  g_autofree gchar *head = NULL;

  if (dash == NULL || dash == text || lineup_post_count_letters (dash + 4, -1) < 3)
    return FALSE;
  head = g_strndup (text, (gsize) (dash - text));
  /* "SEC6319-SPO -- Title": a session's code, capitals, is no handle */
  if (!lineup_byline_is_cjk_name (head) &&
      !(lineup_post_layouts_is_handle (head) && strpbrk (head, "abcdefghijklmnopqrstuvwxyz")))
    return FALSE;
  *title = g_strdup (dash + 4);
  *byline = g_steal_pointer (&head);
  return TRUE;
}

gboolean
lineup_post_layouts_unlinked_talk_line (const LineupPostUnit    *unit,
                              guint                    index,
                              const LineupPostContext *context,
                              LineupPostTalk          *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  LineupSlot slot = { 0 };
  LineupSlotFound found;
  g_autofree gchar *before = NULL;
  g_autofree gchar *after = NULL;
  g_autofree gchar *bare = NULL;
  g_autofree gchar *byline = NULL;
  g_autofree gchar *stripped = NULL;
  g_autofree gchar *unlinked = NULL;
  g_autofree gchar *label = NULL;
  const gchar *text;
  const gchar *title;
  gsize length;
  gsize value = 0, title_at = 0;

  if (unit->kind == LINEUP_UNIT_QUOTE)
    return FALSE;
  /* "Title ([HTML](…), [PDF](…)) (Name)": its links are its material */
  if (line->links->len > 0 &&
      (unlinked = lineup_post_line_text_without_link_brackets (line)) == NULL)
    return FALSE;
  text = unlinked != NULL ? unlinked : line->text;
  found = unlinked != NULL ? lineup_slot_scan (text, &slot) : lineup_post_line_scan (line, &slot);
  if ((found & LINEUP_SLOT_TIME) == 0)
    return FALSE;
  /* Only where a schedule is being listed, never in the introduction; a
   * heading that opens with a whole slot ("### 10:45 - 11:30 Title") lists
   * it, under "## Jeudi" as under a date, and so does a line that opens
   * with its day and time ("**Oct 4: 04:00 pm**: Developer Keynote"). */
  if (!context->seen_talk && !context->have_day && unit->kind != LINEUP_UNIT_ITEM &&
      !((unit->kind == LINEUP_UNIT_HEADING || (found & LINEUP_SLOT_DATE)) &&
        (slot.end_minute >= 0 || (found & LINEUP_SLOT_DATE)) &&
        lineup_post_count_letters (text, (gssize) slot.span_start) == 0))
    return FALSE;
  /* "Time: Nov. 30, 4:00 PM - 5:00 PM (PST)": a field of a talk, not one */
  if (lineup_post_layouts_field (text, &value) == LINEUP_POST_FIELD_WHEN)
    return FALSE;

  length = strlen (text);
  before = lineup_post_trim_separators (text, slot.span_start);
  after = lineup_post_trim_separators (text + slot.span_end, length - slot.span_end);

  /* The time is a prefix or a suffix of the line, as in a timetable; or in
   * brackets between the title and its speakers ("**Part I: Foundations**:
   * 20 mins (8:05–8:25) — *Suhang Wang*") */
  if (*before != '\0' && *after != '\0' && !take_people_after_time (text, &slot, &after, &byline))
    return FALSE;
  if ((*after == '\0' && ends_with_bound_word (before)) ||
      item_heads_timed_items (unit, context))
    return FALSE;
  if (unlinked == NULL && *before == '\0' &&
      (label = marked_label (line, &slot, &title_at)) != NULL)
    {
      g_free (after);
      after = lineup_post_trim_separators (text + title_at, length - title_at);
    }
  /* "18:05 - 18:15: Welcome (10 min)": the length says no more than the time */
  stripped = lineup_post_strip_duration_aside (*before != '\0' ? before : after);
  title = stripped;
  /* "13:40 ~ 14:10 : 郭學聰 -- Title", "appleboy -- Title"; "4:00pm – Title
   * by Name" */
  if (*before == '\0' && split_one_word_name_first (title, &bare, &byline))
    title = bare;
  else if (unlinked == NULL && *before == '\0' && label == NULL &&
           (split_people_quoted (line, &slot, &bare, &byline) ||
            lineup_post_layouts_split_marked_title (line, &slot, &bare, &byline)))
    title = bare;
  else if ((unlinked == NULL && *before == '\0' &&
            split_trailing_marked_people (line, &bare, &byline)) ||
           (!speakers_follow (unit, index) && lineup_post_split_by_byline (title, &bare, &byline)))
    title = bare;
  else if (split_numbered_speaker (title, &bare, &byline) ||
           lineup_byline_split_stop (title, &bare, &byline, NULL) ||
           (!title_follows (unit, index) && split_people_first (title, &bare, &byline)))
    title = bare;
  if (lineup_post_count_letters (title, -1) < 3 ||
      title_too_long (title, unit->kind == LINEUP_UNIT_ITEM && *before == '\0') ||
      ends_as_sentence (title, unit->kind == LINEUP_UNIT_ITEM && *before == '\0') ||
      lineup_post_layouts_title_is_not_a_talk (title))
    return FALSE;
  /* "…we left the venue around 18h.": a sentence that ends with a time. */
  if (*before != '\0' && g_str_has_suffix (text, "."))
    return FALSE;
  /* A sentence the editor wrapped: "13:00 - 17:00 (Room 2H): Flux Project
   * Meeting: We will" then "kick off the…". */
  if (index + 1 < unit->lines->len)
    {
      const LineupPostLine *next = g_ptr_array_index (unit->lines, index + 1);

      /* …but "by [Name](…)" on the next line is the talk's byline */
      if (g_unichar_islower (g_utf8_get_char (next->text)) &&
          !(g_str_has_prefix (next->text, "by ") &&
            lineup_byline_looks_like_people (next->text + 3)))
        return FALSE;
    }
  /* "*Name, Org | 13:35 - 14:00*" under a talk is its byline, not a talk;
   * a bullet that starts with its time ("- 16:30 - Packaging Summit", "-
   * 12:30 Essential Logs Pyramid SIEM") is the next talk of the list,
   * whatever its title looks like, and so is a line that starts with its
   * time after a talk that has one ("19:00 Fast Code" after "18:30 Intro"). */
  if (context->in_talk && !context->talk_has_speakers && unit->kind != LINEUP_UNIT_HEADING &&
      !((unit->kind == LINEUP_UNIT_ITEM || context->talk_has_time) && *before == '\0') &&
      lineup_byline_looks_like_people (lineup_post_skip_speaker_marker (title)))
    return FALSE;

  lineup_post_layouts_set_talk (talk, index, g_strdup (title), &slot, found);
  talk->byline = g_steal_pointer (&byline);
  talk->label = g_steal_pointer (&label);
  if (*before == '\0')
    take_room_before_title (talk, text + slot.span_end);
  return TRUE;
}

/* "### 11:45--12:15 PM: Title", "### 09:30 – Keynote: Title": a heading that
 * starts with a time, or ends with it in brackets, is a talk, not a
 * section, under a day (pyOpenSci). */
gboolean
lineup_post_layouts_heading_starts_with_time (const LineupPostUnit *unit,
                          guint                 index)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  gsize length = strlen (line->text);
  LineupSlot slot;

  if ((lineup_post_line_scan (line, &slot) & LINEUP_SLOT_TIME) == 0)
    return FALSE;
  if (slot.span_start == 0)
    return TRUE;
  /* "## Purpose Statement (~6:15pm)": a time in brackets that ends it */
  return length > 0 && line->text[length - 1] == ')' && slot.span_end + 1 >= length &&
         slot.span_start >= 2 && strchr ("(~", line->text[slot.span_start - 1]) != NULL;
}

/* "**09:05 - 09:45 EST**" / "**Featured Speaker**" / "*Julien Bigot*":
 * a block of its time, then its title in bold (or italics) on a line of its
 * own, then (read by the walk) its speakers. */
gboolean
lineup_post_layouts_bold_title_under_slot (const LineupPostUnit *unit,
                       guint                 index,
                       LineupPostTalk       *talk)
{
  const LineupPostLine *line = g_ptr_array_index (unit->lines, index);
  LineupSlot slot;
  LineupSlotFound found = LINEUP_SLOT_NONE;
  g_autofree gchar *title = NULL;

  if (index != 1 || unit->kind != LINEUP_UNIT_PARAGRAPH || !(line->strong || line->emphasised) ||
      line->links->len > 0 ||
      !lineup_post_layouts_line_is_slot (g_ptr_array_index (unit->lines, 0), &slot, &found) ||
      (found & LINEUP_SLOT_TIME) == 0)
    return FALSE;
  title = lineup_post_trim_separators (line->text, strlen (line->text));
  /* an italic line may be the speakers of an untitled slot */
  if (lineup_post_count_letters (title, -1) < 3 || title_too_long (title, FALSE) ||
      lineup_post_layouts_title_is_not_a_talk (title) || lineup_post_table_is_filler (title) ||
      (!line->strong && lineup_byline_looks_like_people (title)))
    return FALSE;
  lineup_post_layouts_set_talk (talk, index, g_steal_pointer (&title), &slot, found);
  return TRUE;
}

/* "**09.00-09.15** Registration" among the lines of a day's talks: a
 * break's time, no talk, and no prose either. */
gboolean
lineup_post_layouts_line_is_timed_filler (const LineupPostLine *line)
{
  LineupSlot slot;
  g_autofree gchar *rest = NULL;

  if (!(lineup_post_line_scan (line, &slot) & LINEUP_SLOT_TIME) ||
      lineup_post_count_letters (line->text, (gssize) slot.span_start) > 0)
    return FALSE;
  rest = lineup_post_trim_separators (line->text + slot.span_end,
                                      strlen (line->text + slot.span_end));
  return *rest != '\0' && lineup_post_table_is_filler (rest);
}
