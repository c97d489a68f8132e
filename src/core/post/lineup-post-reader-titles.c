/* lineup-post-reader-titles.c — a talk's title under a heading that names
 * its speaker; a timed heading that is a session
 *
 * Workshop programmes often give each slot a heading with its time and its
 * speaker ("#### 10:20 - 11:05 Liza Rebrova", "#### 9:00 - 10:00 Keynote:
 * Marina Meila") and the title in bold on the line under it, its abstract
 * below.  The heading opens the talk as it reads (a title that is a name);
 * the bold line then makes the name the byline and itself the title.
 *
 * A heading with a time over a table of talks with none ("### 09:45 –
 * 10:45 Lightning talks" over rows of titles and presenters) is their
 * session: its time is theirs, and it is dropped once the walk is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-text.h"

/* The name a heading "Keynote: Marina Meila", "(Special Session) Patrick
 * Shafto" or "Liza Rebrova" gives, the kind before it in @kind. */
static gchar *
heading_person (const Talk  *talk,
                gchar      **kind)
{
  g_autofree gchar *title = g_strstrip (g_strdup (talk->title));
  const gchar *colon = strchr (title, ':');
  const gchar *close;

  if (colon != NULL)
    {
      *kind = g_strndup (title, (gsize) (colon - title));
      return g_strstrip (g_strdup (colon + 1));
    }
  if (title[0] == '(' && (close = strchr (title, ')')) != NULL)
    {
      *kind = g_strndup (title + 1, (gsize) (close - title - 1));
      return g_strstrip (g_strdup (close + 1));
    }
  return g_steal_pointer (&title);
}

/* "#### 10:20 - 11:05 Liza Rebrova" over "**On step size choices in
 * gradient descent**" (maybe its abstract on the lines below): the heading
 * named the speaker, the line in bold under it is the talk's title, a kind
 * before the name its label.  Whether @unit was so. */
static gboolean
take_bold_title (Walk                 *walk,
                 Talk                 *talk,
                 const LineupPostUnit *unit)
{
  const LineupPostLine *line;
  g_autofree gchar *kind = NULL;
  g_autofree gchar *name = NULL;

  if (walk->talk_level == 0 || talk->url != NULL || talk->byline != NULL ||
      talk->description == NULL || talk->description->len > 0 || talk->title == NULL ||
      unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len == 0 || unit->has_link)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  if (!line->strong || lineup_post_count_letters (line->text, -1) < 3 ||
      lineup_post_layouts_field (line->text, NULL) != LINEUP_POST_FIELD_NONE)
    return FALSE;
  name = heading_person (talk, &kind);
  if ((kind != NULL && lineup_post_more_words_than (kind, 2)) ||
      !lineup_byline_may_be_person (name) || !lineup_byline_looks_like_people (name))
    return FALSE;
  talk->byline = g_steal_pointer (&name);
  if (kind != NULL && talk->label == NULL)
    talk->label = g_steal_pointer (&kind);
  g_free (talk->title);
  talk->title = lineup_post_trim_separators (line->text, strlen (line->text));
  if (unit->lines->len > 1)
    lineup_post_reader_append_lines (talk->description, unit, 1, unit->lines->len - 1);
  return TRUE;
}

/* "#### 10:20 - 11:05 Liza Rebrova" over "**Title**": read as prose, as
 * the speakers of the talk ("**Instability, Efficiency and Accuracy**"
 * reads as names) or as a talk without a time of its own, the line in bold
 * is the title of the talk the heading opened.  Whether @unit was so. */
gboolean
lineup_post_reader_walk_bold_title_under_person (Walk                        *walk,
                                                 Talk                        *talk,
                                                 const LineupPostUnit        *unit,
                                                 const LineupPostRecognition *r)
{
  if (r->role == LINEUP_ROLE_TALK)
    {
      for (guint i = 0; i < r->talks->len; i++)
        if (g_array_index (r->talks, LineupPostTalk, i).found & LINEUP_SLOT_TIME)
          return FALSE;
    }
  else if (r->role != LINEUP_ROLE_NONE && r->role != LINEUP_ROLE_SPEAKERS)
    return FALSE;
  return take_bold_title (walk, talk, unit);
}

void
lineup_post_reader_drop_session_heading (Walk                 *walk,
                                         Reader               *reader,
                                         const LineupPostUnit *unit,
                                         const LineupPostTalk *found)
{
  Talk *above = walk->talk;

  if ((found->found & LINEUP_SLOT_TIME) || unit->kind != LINEUP_UNIT_ITEM ||
      above == NULL || walk->closed || (walk->talk_level == 0 && !above->opens_list) ||
      !(above->found & LINEUP_SLOT_TIME) || above->byline != NULL || reader->talks->len == 0 ||
      g_ptr_array_index (reader->talks, reader->talks->len - 1) != above)
    return;
  above->session = TRUE;
  /* "16.00-16.50 Keuzelezingen:" over "- Title. A. Maas" items: the slot of
   * the list's every item */
  if (walk->talk_level == 0)
    {
      walk->slot_list = unit->list;
      walk->list_slot = above->slot;
      walk->list_found = above->found;
      return;
    }
  walk->heading_slot = above->slot;
  walk->heading_found = above->found;
  walk->heading_level = walk->talk_level;
}

static gboolean
is_session (const Talk *talk)
{
  return talk->session;
}

static gboolean
same_day (const Talk *a,
          const Talk *b)
{
  return a->slot.year == b->slot.year && a->slot.month == b->slot.month &&
         a->slot.day == b->slot.day && a->slot.weekday == b->slot.weekday &&
         a->day_month == b->day_month && a->day_day == b->day_day;
}

/* "| 9:30 - 11:20 | The PhD Process |" over "| 9:30 - 10:00 | Identifying
 * topics |" and more rows within its time: a row of a table whose range
 * holds the rows under it, the first starting with it, is their session,
 * no talk. */
static void
mark_session_rows (Reader *reader)
{
  for (guint i = 0; i + 2 < reader->talks->len; i++)
    {
      Talk *session = g_ptr_array_index (reader->talks, i);
      const Talk *first = g_ptr_array_index (reader->talks, i + 1);
      const Talk *second = g_ptr_array_index (reader->talks, i + 2);
      const LineupSlot *s = &session->slot;

      if (!session->table_row || !first->table_row || !second->table_row ||
          session->byline != NULL || s->start_minute < 0 || s->end_minute < 0 ||
          first->slot.start_minute != s->start_minute || first->slot.end_minute < 0 ||
          first->slot.end_minute >= s->end_minute ||
          second->slot.start_minute < first->slot.end_minute ||
          second->slot.start_minute >= s->end_minute ||
          !same_day (session, first) || !same_day (session, second))
        continue;
      session->session = TRUE;
    }
}

/* "| 09:00 | Future planning | Everyone |": the attendees' own hour (a
 * discussion, a hackathon), no talk. */
static gboolean
given_by_everyone (const Talk *talk)
{
  static const gchar * const everyone[] = {
    "everyone", "everybody", "all", "all participants", "all attendees", "participants",
    "attendees", "todos", "tous", "alle", "tutti", NULL
  };
  g_autofree gchar *folded = talk->byline != NULL ? lineup_text_fold (talk->byline) : NULL;

  return folded != NULL && g_strv_contains (everyone, g_strstrip (folded));
}

void
lineup_post_reader_drop_session_headings (Reader *reader)
{
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      talk->session |= given_by_everyone (talk);
    }
  mark_session_rows (reader);
  lineup_post_reader_drop_talks (reader, is_session);
}
