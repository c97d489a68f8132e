/* lineup-post-reader-walk.c — the walk over the units
 *
 * It keeps the context a reader keeps in mind — the day, the track, the talk
 * being read — and asks the recognisers what each unit is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-layouts-private.h"
#include "lineup-byline-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

static void
note_slot (Reader           *reader,
           const LineupSlot *slot)
{
  if (lineup_year_is_plausible (slot->year))
    reader->known_year = slot->year;
  if (slot->zone[0] != '\0' && reader->zone_abbreviation == NULL &&
      lineup_slot_zone_for_abbreviation (slot->zone) != NULL)
    reader->zone_abbreviation = g_strdup (slot->zone);
}

static void
walk_set_day (Walk             *walk,
              Reader           *reader,
              const LineupSlot *slot)
{
  note_slot (reader, slot);
  walk->weekday = slot->weekday;
  walk->range_day = walk->prose_day = FALSE;
  if (slot->month == 0 && slot->day != 0 &&
      (walk->month != 0 || lineup_post_reader_month_in_context (reader) != 0))
    {
      gint year = walk->year ? walk->year : lineup_post_reader_year_in_context (reader);
      gint month = walk->month ? walk->month : lineup_post_reader_month_in_context (reader);

      if (lineup_post_reader_find_month_for_day (&year, &month, slot->day, slot->weekday))
        {
          walk->year = walk->year ? year : 0;
          walk->month = month;
          walk->day = slot->day;
        }
      return;
    }
  if (slot->month == 0)
    {
      /* "## Thursday" before any date: the first Thursday after the post's
       * date (lineup-post-reader-talks.c); the later weekdays go on from
       * there.  A post without a date keeps no day. */
      if (walk->month == 0 && slot->weekday != 0)
        lineup_post_reader_day_after_post (reader, &walk->year, &walk->month, &walk->day);
      /* "## Tuesday": the next such weekday after the day in context */
      if (walk->month != 0 && slot->weekday != 0)
        {
          gint year = walk->year ? walk->year : lineup_post_reader_year_in_context (reader);
          g_autoptr(GDateTime) d = g_date_time_new_utc (year, walk->month, walk->day, 0, 0, 0);

          for (gint i = 0; d != NULL && i < 7; i++)
            {
              if (g_date_time_get_day_of_week (d) == slot->weekday)
                break;
              GDateTime *next = g_date_time_add_days (d, 1);

              g_date_time_unref (d);
              d = next;
            }
          if (d != NULL)
            {
              if (walk->year != 0)
                walk->year = g_date_time_get_year (d);
              walk->month = g_date_time_get_month (d);
              walk->day = g_date_time_get_day_of_month (d);
            }
        }
      return;
    }

  walk->year = lineup_year_is_plausible (slot->year) ? slot->year : 0;
  walk->month = slot->month;
  walk->day = slot->day;
}

/* Gives @talk the time of @slot, keeping the day its own line gave when the
 * slot names none ("Thu 19: [Title](url)" then "(15:30 - 16:00)"). */
static void
talk_set_slot (Talk             *talk,
               const LineupSlot *slot,
               LineupSlotFound   found)
{
  LineupSlot merged = *slot;

  if ((talk->found & LINEUP_SLOT_DATE) && !(found & LINEUP_SLOT_DATE))
    {
      merged.year = talk->slot.year;
      merged.month = talk->slot.month;
      merged.day = talk->slot.day;
      merged.weekday = talk->slot.weekday;
      found |= LINEUP_SLOT_DATE;
    }
  talk->slot = merged;
  talk->found = found;
}

static Talk *
walk_open_talk (Walk                 *walk,
                Reader               *reader,
                const LineupPostUnit *unit,
                LineupPostTalk       *found)
{
  Talk *talk = g_new0 (Talk, 1);

  lineup_post_reader_drop_session_heading (walk, reader, unit, found);
  if (reader->talks->len > 0)
    lineup_post_reader_talk_finish (g_ptr_array_index (reader->talks, reader->talks->len - 1));

  talk->title = g_steal_pointer (&found->title);
  talk->byline = g_steal_pointer (&found->byline);
  lineup_post_reader_talk_find_byline (talk, unit);
  talk->label = g_steal_pointer (&found->label);
  talk->room = g_steal_pointer (&found->room);
  talk->url = g_steal_pointer (&found->url);
  talk->track = walk->track != NULL ? g_ref_string_new_intern (walk->track) : NULL;
  talk->slot = found->slot;
  talk->found = found->found;
  talk->weak = found->weak;
  talk->line = unit->line;
  talk->description = g_string_new (NULL);
  if (found->summary != NULL)
    lineup_post_reader_append_text (talk->description, found->summary);
  /* "KubeCon, November 12-15, 2024" then a list of talks: their days
   * are not known */
  talk->day_year = walk->range_day ? 0 : walk->year;
  talk->day_month = walk->range_day ? 0 : walk->month;
  talk->day_day = walk->range_day ? 0 : walk->day;
  talk->day_weekday = walk->weekday;
  talk->list = unit->kind == LINEUP_UNIT_ITEM ? unit->list : 0;
  talk->table_row = unit->kind == LINEUP_UNIT_ITEM && unit->table_row;
  talk->opens_list = lineup_post_layouts_opens_list (unit);
  lineup_post_reader_trim_title_notes (talk);
  lineup_post_reader_take_paren_byline (talk);
  /* "《释放云原生价值…》": the marks only set the title apart */
  talk->title = talk->title != NULL ? lineup_text_unquote (talk->title) : NULL;

  if ((talk->found & LINEUP_SLOT_TIME) == 0 && (unit->parent_found & LINEUP_SLOT_TIME))
    talk_set_slot (talk, &unit->parent_slot, unit->parent_found);
  else if ((talk->found & LINEUP_SLOT_TIME) == 0 && walk->pending_found != LINEUP_SLOT_NONE)
    {
      talk_set_slot (talk, &walk->pending_slot, walk->pending_found);
      /* "**1:30pm - 5pm**" over a list: the slot of its every item */
      walk->slot_list = unit->kind == LINEUP_UNIT_ITEM ? unit->list : 0;
      walk->list_slot = walk->pending_slot;
      walk->list_found = walk->pending_found;
    }
  else if ((talk->found & LINEUP_SLOT_TIME) == 0 && unit->kind == LINEUP_UNIT_ITEM &&
           unit->list != 0 && unit->list == walk->slot_list)
    talk_set_slot (talk, &walk->list_slot, walk->list_found);
  else if ((talk->found & LINEUP_SLOT_TIME) == 0 && walk->heading_found != LINEUP_SLOT_NONE)
    talk_set_slot (talk, &walk->heading_slot, walk->heading_found);
  walk->pending_found = LINEUP_SLOT_NONE;
  note_slot (reader, &talk->slot);

  g_ptr_array_add (reader->talks, talk);
  walk->talk = talk;
  walk->talk_level = unit->kind == LINEUP_UNIT_HEADING ? unit->level : 0;
  walk->closed = FALSE;
  return talk;
}

/* "Finn Ellis, Jonathan Harker": a line of names alone is short. */
#define MAX_NAME_LINE_WORDS 8

static void
walk_take_rest_of_unit (Walk                 *walk,
                        const LineupPostUnit *unit,
                        guint                 from,
                        guint                 to)
{
  Talk *talk = walk->talk;
  guint description_from = G_MAXUINT;

  for (guint i = from; i <= to && i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);
      LineupSlot slot;
      LineupSlotFound found;
      gchar *byline = NULL;

      if (description_from == G_MAXUINT)
        {
          if (i == from && lineup_post_reader_take_byline_summary (talk, line))
            {
              description_from = i + 1;
              continue;
            }
          if ((talk->found & LINEUP_SLOT_TIME) == 0 &&
              lineup_post_layouts_line_is_slot (line, &slot, &found))
            {
              talk_set_slot (talk, &slot, found);
              continue;
            }
          if (line->emphasised && lineup_post_layouts_is_place (line->text))
            continue;   /* "*Room 402*": where, not who */
          /* "Crimson Project (Squid Release)" then "- Name (Org)": the
           * speakers' own line wins over a guess from the brackets; so
           * does "[Title](url)" then "Kronda Adair" alone on the next line */
          if ((talk->byline == NULL || talk->unsplit_title != NULL) &&
              (line->emphasised || g_str_has_prefix (line->text, "-") ||
               g_ascii_strncasecmp (line->text, "by ", 3) == 0 ||
               g_str_has_prefix (line->text, "\xE2\x80\x94") ||
               (i == from && talk->byline == NULL && line->links->len == 0 &&
                lineup_post_count_name_words (line->text) <= MAX_NAME_LINE_WORDS &&
                !lineup_post_layouts_is_place (line->text))) &&
              lineup_post_layouts_line_is_speakers (line, &byline, &slot, &found))
            {
              if (talk->unsplit_title != NULL)
                {
                  g_free (talk->title);
                  talk->title = g_steal_pointer (&talk->unsplit_title);
                }
              g_free (talk->byline);
              talk->byline = byline;
              if ((found & LINEUP_SLOT_TIME) && (talk->found & LINEUP_SLOT_TIME) == 0)
                {
                  talk_set_slot (talk, &slot, found);
                }
              continue;
            }
          if (lineup_post_reader_take_marked_field (talk, line->text))
            continue;
          description_from = i;
        }
    }

  if (description_from != G_MAXUINT)
    lineup_post_reader_append_lines (talk->description, unit, description_from, to);
}

/* Where the event is: the title, or the first units that name a city. */
static void
note_city (Reader               *reader,
           const LineupPostUnit *unit)
{
  if (reader->city != 0 || reader->city_units++ >= MAX_CITY_UNITS)
    return;
  if (reader->city_units == 1)
    reader->city = lineup_post_context_find_city (reader->front.title);
  if (reader->city == 0)
    reader->city = lineup_post_context_find_city (unit->text);
}

/* The list the unit at @index is an item of, or 0. */
static guint
unit_list (const Reader *reader,
           guint         index)
{
  const LineupPostUnit *unit;

  if (index >= reader->units->len)
    return 0;
  unit = g_ptr_array_index (reader->units, index);
  return unit->kind == LINEUP_UNIT_ITEM ? unit->list : 0;
}

/* The list of a day's talks is the first list after the day: right under it ("**Thursday
 * 7/13**"), or after the day's other fields and a label ("* Data: 02/06/2018", "* Local:
 * IMD", "**Programação:**").  A heading or a paragraph of prose ends the wait. */
#define MAX_LABEL_WORDS 6

static void
walk_find_day_list (Walk                 *walk,
                    const LineupPostUnit *unit)
{
  /* a heading as high as the day's ends its section */
  if (unit->kind == LINEUP_UNIT_HEADING && unit->level <= walk->day_heading_level)
    walk->day_heading_level = 0;
  /* "### Speakers:" or "### Room A" in the day's section, or a label
   * paragraph after its first list ("Session 2"): the list under it is the
   * day's */
  else if (walk->day_heading_level > 0 && !unit->has_link &&
           (unit->kind == LINEUP_UNIT_HEADING ||
            (unit->kind == LINEUP_UNIT_PARAGRAPH && unit->lines->len == 1 &&
             walk->day_list != 0 && !walk->day_list_pending)) &&
           lineup_post_count_words (unit->text) <= MAX_LABEL_WORDS)
    {
      walk->day_list = 0;
      walk->day_list_pending = TRUE;
      return;
    }
  /* "Wednesday", a paragraph about the day, then its "Title: Name" items */
  if (!walk->day_list_pending && walk->day_heading_level > 0 && unit->kind == LINEUP_UNIT_ITEM &&
      unit->list != walk->day_list && unit->list != walk->day_own_list &&
      lineup_post_layouts_list_names_people (cmark_node_parent (unit->node)))
    walk->day_list = unit->list;
  if (!walk->day_list_pending)
    return;
  if (unit->kind == LINEUP_UNIT_ITEM && unit->list != walk->day_own_list)
    {
      walk->day_list = unit->list;
      walk->day_list_pending = FALSE;
    }
  else if (unit->kind != LINEUP_UNIT_ITEM &&
           (unit->kind != LINEUP_UNIT_PARAGRAPH || lineup_post_count_words (unit->text) > MAX_LABEL_WORDS))
    walk->day_list_pending = FALSE;
}

/* "**Speaker(s) :**" over a list of names ("- Pierre Zemb"), a list of
 * prose to the recognisers: the open talk's speakers, one an item.
 * Whether @unit was that list. */
static gboolean
walk_speakers_list (Walk                 *walk,
                    Talk                 *talk,
                    const LineupPostUnit *unit)
{
  g_autoptr(GString) byline = NULL;
  gboolean under_label = walk->speakers_label;

  walk->speakers_label = unit->kind == LINEUP_UNIT_PARAGRAPH && unit->lines->len == 1 &&
                         lineup_post_layouts_is_speakers_label (unit->text);
  if (!under_label || talk == NULL || talk->byline != NULL || unit->kind != LINEUP_UNIT_OTHER ||
      cmark_node_get_type (unit->node) != CMARK_NODE_LIST)
    return FALSE;
  byline = g_string_new (NULL);
  for (cmark_node *item = cmark_node_first_child (unit->node); item; item = cmark_node_next (item))
    {
      cmark_node *first = cmark_node_first_child (item);
      g_autofree gchar *name = NULL;

      if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
        return FALSE;
      name = lineup_post_table_cell_text (first);
      if (lineup_post_count_words (name) > LINEUP_POST_MAX_SPEAKER_LINE_WORDS ||
          !lineup_byline_looks_like_people (name))
        return FALSE;
      g_string_append_printf (byline, "%s%s", byline->len > 0 ? "; " : "", name);
    }
  if (byline->len == 0)
    return FALSE;
  talk->byline = g_string_free (g_steal_pointer (&byline), FALSE);
  return TRUE;
}

/* What the recognisers know of the unit's surroundings. */
static void
walk_context (const Walk        *walk,
              const Reader      *reader,
              guint              index,
              const Talk        *talk,
              LineupPostContext *context)
{
  context->in_talk = talk != NULL;
  context->talk_has_time = talk != NULL && (talk->found & LINEUP_SLOT_TIME);
  context->talk_has_speakers = talk != NULL && talk->byline != NULL;
  context->talk_has_description = talk != NULL && talk->description->len > 0;
  context->seen_talk = reader->talks->len > 0;
  context->have_day = walk->month != 0 || walk->weekday != 0;
  context->day_list = walk->day_list != 0 && unit_list (reader, index) == walk->day_list;
  context->day_section = walk->day_heading_level > 0;
  context->pending_slot = walk->pending_found != LINEUP_SLOT_NONE;
  context->heading_slot = walk->heading_found != LINEUP_SLOT_NONE;
  context->next = index + 1 < reader->units->len ? g_ptr_array_index (reader->units, index + 1)
                                                  : NULL;
  context->pub_year = reader->pub_year;
  context->pub_month = reader->pub_month;
  context->pub_day = reader->pub_day;
  context->date_order = reader->date_order;
  context->title = reader->front.title;
}

/* One or more talks open in @unit, each with the lines up to the next. */
static void
walk_talks (Walk                        *walk,
            Reader                      *reader,
            LineupPostUnit              *unit,
            const LineupPostRecognition *r)
{
  walk->ended = FALSE;
  for (guint i = 0; i < r->talks->len; i++)
    {
      LineupPostTalk *found = &g_array_index (r->talks, LineupPostTalk, i);
      guint next_line = i + 1 < r->talks->len
                        ? g_array_index (r->talks, LineupPostTalk, i + 1).line_index
                        : unit->lines->len;

      gboolean twelve_hour = lineup_post_reader_list_afternoon (reader, walk, unit, found);

      walk_open_talk (walk, reader, unit, found);
      walk->talk->twelve_hour = twelve_hour;
      /* a summary on the talk's line goes on over the next lines */
      if (found->line_index + 1 < next_line && found->summary != NULL)
        lineup_post_reader_continue_lines (walk->talk->description, unit,
                                           found->line_index + 1, next_line - 1);
      else if (found->line_index + 1 < next_line)
        walk_take_rest_of_unit (walk, unit, found->line_index + 1, next_line - 1);
    }
  /* "- 19:00 - 19:25: Title" over "- Name, Org" items: its speakers. */
  if (unit->extra != NULL && unit->extra->len > 0 && walk->talk->byline == NULL)
    walk->talk->byline = lineup_post_layouts_list_speakers (g_ptr_array_index (unit->extra, 0));
  if (unit->extra != NULL)
    for (guint i = 0; i < unit->extra->len; i++)
      {
        cmark_node *block = g_ptr_array_index (unit->extra, i);

        /* "👤 **Name**" and "⏰ 16:05 – 16:55" as paragraphs of the item, or
         * lines of one */
        if (walk->talk->description->len == 0 && cmark_node_get_type (block) == CMARK_NODE_PARAGRAPH &&
            lineup_post_reader_take_marked_fields (walk->talk, block))
          continue;
        lineup_post_reader_append_block (reader, walk->talk->description, block);
      }
}

static void
walk_slot (Walk                        *walk,
           Reader                      *reader,
           Talk                        *talk,
           const LineupPostContext     *context,
           const LineupPostRecognition *r,
           guint                        index)
{
  const LineupPostUnit *unit = g_ptr_array_index (reader->units, index);

  note_slot (reader, &r->slot);
  if (unit->kind == LINEUP_UNIT_HEADING)
    {
      walk->talk = NULL;
      walk->heading_slot = r->slot;
      walk->heading_found = r->found;
      walk->heading_level = unit->level;
      if (walk->heading_minute > 0)
        lineup_post_reader_afternoon_after (&walk->heading_slot, unit->text, walk->heading_minute);
      walk->heading_minute = walk->heading_slot.start_minute;
      if (r->found & LINEUP_SLOT_DATE)
        walk_set_day (walk, reader, &r->slot);
    }
  else if (talk != NULL && !context->talk_has_time && !context->talk_has_description)
    {
      talk_set_slot (talk, &r->slot, r->found);
    }
  else if (talk == NULL && unit->kind == LINEUP_UNIT_ITEM &&
           lineup_post_reader_walk_slot_heading (walk, reader, unit, &r->slot, r->found) != NULL)
    ;   /* "### Title" over "- 10:00am - 12:00pm" */
  else if ((r->found & LINEUP_SLOT_DATE) && !(r->found & LINEUP_SLOT_TIME))
    walk_set_day (walk, reader, &r->slot);
  else
    {
      /* The slot of the talk that follows ("slot before link"). */
      walk->pending_slot = r->slot;
      walk->pending_found = r->found;
      walk->pending_unit = index;
    }
}

/* Prose: the open talk's description, or a day stated in the introduction. */
static void
walk_prose (Walk           *walk,
            Reader         *reader,
            Talk           *talk,
            LineupPostUnit *unit)
{
  if (talk != NULL && !walk->ended)
    {
      if (unit->kind == LINEUP_UNIT_ITEM)
        {
          cmark_node *first = cmark_node_first_child (unit->node);

          if (unit->lines->len > 0)
            lineup_post_reader_append_lines (talk->description, unit, 0, unit->lines->len - 1);
          else if (first != NULL && cmark_node_get_type (first) == CMARK_NODE_PARAGRAPH)
            lineup_post_reader_append_block (reader, talk->description, first);
          for (guint i = 0; unit->extra != NULL && i < unit->extra->len; i++)
            lineup_post_reader_append_block (reader, talk->description,
                                             g_ptr_array_index (unit->extra, i));
        }
      else if (lineup_post_context_fields_first (unit, talk->byline != NULL,
                                                 talk->description->len > 0))
        /* "*Room 402*\" then "**[Name](url) & [Name](url)**\" then
         * the description, in one paragraph under the talk. */
        walk_take_rest_of_unit (walk, unit, 0, unit->lines->len - 1);
      else
        lineup_post_reader_describe_talk (reader, talk, unit->node);
    }
  else if (talk == NULL &&
           (unit->kind == LINEUP_UNIT_PARAGRAPH || unit->kind == LINEUP_UNIT_QUOTE))
    lineup_post_reader_walk_prose_day (walk, reader, unit);
}

/* "> Monday, May 16, 13:00 - 17:00 CEST" in a note: the post's zone, when
 * neither its talks nor a zone note name one.  And the days the prose
 * names. */
static void
note_mentioned_zone (Reader               *reader,
                     const LineupPostUnit *unit,
                     LineupPostRole        role)
{
  LineupSlot slot;

  /* "It takes place on **July 6, 2026**. All times are UK time (BST)." */
  if (role == LINEUP_ROLE_NONE || role == LINEUP_ROLE_ZONE_NOTE ||
      (role == LINEUP_ROLE_TRACK && unit->kind == LINEUP_UNIT_HEADING))
    lineup_post_reader_note_mentioned_days (reader, unit);
  if (role == LINEUP_ROLE_NONE)
    lineup_post_reader_note_tense (reader, unit);
  if (reader->mentioned_zone != NULL || role == LINEUP_ROLE_TALK ||
      unit->kind == LINEUP_UNIT_HEADING || strlen (unit->text) > MAX_LINE_BYTES)
    return;
  if ((lineup_post_unit_scan (unit, &slot) & LINEUP_SLOT_TIME) && slot.zone[0] != '\0' &&
      lineup_slot_zone_for_abbreviation (slot.zone) != NULL)
    reader->mentioned_zone = g_strdup (slot.zone);
}

/* "- 18:20 - 18:50: Title by Name" in the programme, then "## Title" (or
 * "## [Title](url)") with its abstract further down: a heading that repeats
 * a timed talk's title opens that talk again, for its description, speakers
 * and link; it is no new talk. */
static gboolean
walk_reopen_repeated (Walk                        *walk,
                      Reader                      *reader,
                      const LineupPostUnit        *unit,
                      const LineupPostRecognition *r)
{
  g_autofree gchar *heading = NULL;
  const gchar *url = NULL;

  if (unit->kind != LINEUP_UNIT_HEADING || walk->ended)
    return FALSE;
  if (r->role == LINEUP_ROLE_TALK && r->talks->len == 1 &&
      (g_array_index (r->talks, LineupPostTalk, 0).found & LINEUP_SLOT_TIME) == 0)
    {
      heading = lineup_text_fold (g_array_index (r->talks, LineupPostTalk, 0).title);
      g_strstrip (heading);
      url = g_array_index (r->talks, LineupPostTalk, 0).url;
    }
  else if ((r->role == LINEUP_ROLE_TRACK || r->role == LINEUP_ROLE_NONE) && !unit->has_link)
    heading = g_strdup (lineup_post_unit_folded (unit));
  else
    return FALSE;
  for (guint i = reader->talks->len; i-- > 0;)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);
      g_autofree gchar *title = NULL;

      if (talk->title == NULL || (talk->found & LINEUP_SLOT_TIME) == 0)
        continue;
      title = lineup_text_fold (talk->title);
      if (!g_str_equal (g_strstrip (title), heading))
        continue;
      if (talk->description == NULL)
        {
          talk->description = g_string_new (talk->finished);
          g_clear_pointer (&talk->finished, g_free);
        }
      if (talk->url == NULL && url != NULL)
        talk->url = g_strdup (url);
      walk->talk = talk;
      walk->closed = FALSE;
      return TRUE;
    }
  return FALSE;
}

/* "### Live Presentation: Building Apps, Name, Org" may be a talk's title;
 * "## March 2018", a month over its days' time headings, is none. */
#define MIN_TITLE_WORDS 3

static gboolean
names_a_talk (const gchar *heading)
{
  LineupSlot slot;

  return lineup_post_count_words (heading) >= MIN_TITLE_WORDS &&
         lineup_slot_scan (heading, &slot) == LINEUP_SLOT_NONE;
}

/* "### Keynote: [Title](url), Name, Org" over "#### 13:35 - 13:55 CET,
 * [Room](url)": a heading that starts with a time, and has nothing after
 * it but a day and a place, under a talk's heading before its description
 * is that talk's slot and room, not a talk of its own nor a time over the
 * talks below.  Under a heading with no link, it makes that heading a talk;
 * so does "CNA1780QU - 2 pm" under a bold title. */
static gboolean
walk_slot_subheading (Walk                 *walk,
                      Reader               *reader,
                      const LineupPostUnit *unit)
{
  Talk *talk = walk->closed ? NULL : walk->talk;
  g_autofree gchar *room = NULL;
  gboolean labelled;
  LineupSlot slot;
  LineupSlotFound found;

  if (unit->kind == LINEUP_UNIT_PARAGRAPH)
    {
      /* under a bold title (lineup_post_reader_walk_bold_title()) */
      if (talk != NULL || walk->heading == NULL || walk->heading_depth != 0 ||
          unit->lines->len != 1 ||
          !lineup_post_reader_read_slot_line (unit->text, &labelled, &slot, &found, &room) ||
          lineup_post_reader_walk_slot_heading (walk, reader, unit, &slot, found) == NULL)
        return FALSE;
      note_slot (reader, &slot);
      return TRUE;
    }
  if (unit->kind != LINEUP_UNIT_HEADING ||
      !lineup_post_reader_read_slot_line (unit->text, &labelled, &slot, &found, &room))
    return FALSE;

  /* "### **Time: 9:00-9:30AM PDT**", even at the level of the talk's heading */
  if (talk != NULL && walk->talk_level > 0 &&
      (walk->talk_level < unit->level || (labelled && walk->talk_level == unit->level)) &&
      !(talk->found & LINEUP_SLOT_TIME) && talk->description->len == 0)
    talk_set_slot (talk, &slot, found);
  else if (talk == NULL && walk->heading != NULL && walk->heading_depth > 0 &&
           walk->heading_depth < unit->level && names_a_talk (walk->heading) &&
           (talk = lineup_post_reader_walk_slot_heading (walk, reader, unit, &slot, found)) != NULL)
    ;
  else
    return FALSE;
  note_slot (reader, &slot);
  if (*room != '\0' && talk->room == NULL)
    talk->room = g_steal_pointer (&room);
  return TRUE;
}

/* What the recognisers cannot tell alone: a heading under a talk's that
 * is its field, a numbered day of the event. */
static void
walk_correct_role (Walk                  *walk,
                   Reader                *reader,
                   const LineupPostUnit  *unit,
                   LineupPostRecognition *r)
{
  LineupSlot day;

  if (lineup_post_reader_walk_is_field_heading (walk, unit))
    {
      lineup_post_recognition_clear (r);
      r->role = LINEUP_ROLE_FIELDS;
    }
  else if (r->role != LINEUP_ROLE_DAY && r->role != LINEUP_ROLE_TALK &&
           lineup_post_reader_numbered_day (reader, unit, &day))
    {
      lineup_post_recognition_clear (r);
      r->role = LINEUP_ROLE_DAY;
      r->slot = day;
      r->found = LINEUP_SLOT_DATE;
    }
}

/* A day's heading or line: the talks below are on its day. */
static void
walk_day (Walk             *walk,
          Reader           *reader,
          guint             index,
          const LineupSlot *slot)
{
  const LineupPostUnit *unit = g_ptr_array_index (reader->units, index);

  lineup_post_reader_note_field_day (reader, unit);
  walk->talk = NULL;
  walk->heading_found = LINEUP_SLOT_NONE;
  walk->heading_minute = 0;
  lineup_post_reader_walk_clear_fields (walk);
  walk_set_day (walk, reader, slot);
  /* "**Thursday 7/13**" over its list: that list's items are its talks */
  walk->day_list = 0;
  walk->day_own_list = unit_list (reader, index);
  walk->day_list_pending = TRUE;
  walk->day_heading_level = unit->kind == LINEUP_UNIT_HEADING ? unit->level : 0;
}

/* What a unit tells before it is recognised: the city, the post's title,
 * the list of the day above. */
static void
walk_note_unit (Walk                 *walk,
                Reader               *reader,
                guint                 index,
                const LineupPostUnit *unit)
{
  note_city (reader, unit);
  /* "* Title" over its sub-list: the item its fields may be under */
  if (unit->kind == LINEUP_UNIT_ITEM &&
      cmark_node_get_type (cmark_node_last_child (unit->node)) == CMARK_NODE_LIST)
    {
      walk->list_item = unit->node;
      walk->fields_item = NULL;   /* a freed piece's node may come back at its address */
      g_free (walk->list_item_text);
      walk->list_item_text = g_strdup (unit->text);
      walk->list_item_line = unit->line;
    }
  lineup_post_reader_note_page_title (reader, index);
  walk_find_day_list (walk, unit);
}

/* A heading that names the track of the talks below, unless it is the
 * post's title, the speaker of the link under it or a part of the talk
 * above. */
static void
walk_track (Walk                        *walk,
            Reader                      *reader,
            Talk                        *talk,
            LineupPostUnit              *unit,
            const LineupPostRecognition *r,
            guint                        index)
{
  if (index == 0 && reader->heading_title != NULL)
    {
      note_slot (reader, &r->slot);   /* the post's title names no track */
      return;
    }
  /* "### Andre Arko [@indirect](url)" over his talk's link: no track */
  if (walk->speaker_heading != NULL)
    {
      walk->talk = NULL;
      return;
    }
  /* "#### Topics" under "### *Title* - [Name](url)": a part of the talk */
  if (talk != NULL && walk->talk_level > 0 && unit->level > walk->talk_level)
    {
      walk_prose (walk, reader, talk, unit);
      return;
    }
  /* A track heading at any level replaces the one before. */
  walk->talk = NULL;
  walk->ended = FALSE;
  g_free (walk->track);
  /* "### Speakers:" over a day's list labels it */
  walk->track = lineup_post_reader_names_role (r->text) ? NULL : g_strdup (r->text);
  note_slot (reader, &r->slot);   /* "## 2023 Schedule" */
  lineup_post_reader_walk_heading (walk, unit);
  if (talk == NULL && walk->month == 0)
    lineup_post_reader_walk_prose_day (walk, reader, unit);
}

/* "## Talks" over the talks' own headings, until a heading as high: the
 * level of the one @unit is under (0: none), noting whether @unit is one. */
static gint
walk_talks_heading (Walk                 *walk,
                    const LineupPostUnit *unit)
{
  gint level;

  if (unit->kind != LINEUP_UNIT_HEADING)
    return walk->talks_heading_level;
  if (unit->level <= walk->talks_heading_level)
    walk->talks_heading_level = 0;
  level = walk->talks_heading_level;
  if (level == 0 && lineup_post_reader_heading_over_talks (unit))
    walk->talks_heading_level = unit->level;
  return level;
}

void
lineup_post_reader_walk_unit (Walk   *walk,
                              Reader *reader,
                              guint   index)
{
  LineupPostUnit *unit = g_ptr_array_index (reader->units, index);
  LineupPostContext context = { 0 };
  LineupPostRecognition r;
  Talk *talk = walk->closed ? NULL : walk->talk;
  /* the name the heading just before is, for this unit */
  g_autofree gchar *above = g_steal_pointer (&walk->speaker_heading);

  if (unit->kind == LINEUP_UNIT_HEADING)
    walk->speaker_heading = lineup_post_reader_heading_names_speaker (walk, reader, index);
  walk_note_unit (walk, reader, index, unit);
  if (walk_slot_subheading (walk, reader, unit))
    return;
  /* the speakers and slot under a heading, read with the list's first item */
  if (unit->kind == LINEUP_UNIT_ITEM && walk->fields_list != 0 && unit->list == walk->fields_list)
    return;
  if (lineup_post_reader_walk_heading_list (walk, reader, index))
    return;
  if (walk_speakers_list (walk, talk, unit) ||
      lineup_post_reader_walk_person_sections (walk, reader, index))
    return;
  if (index == 0 && reader->linked_title)
    return;   /* "# [Aniversário de 10 anos][0]": the page's title, no talk */
  walk_context (walk, reader, index, talk, &context);
  context.speaker_heading = above;
  context.talks_heading_level = walk_talks_heading (walk, unit);
  lineup_post_layouts_recognise (unit, &context, &r);
  walk_correct_role (walk, reader, unit, &r);
  if (unit->kind == LINEUP_UNIT_HEADING && unit->level <= walk->heading_level)
    walk->heading_found = LINEUP_SLOT_NONE;   /* the time heading's section ended */
  if (walk_reopen_repeated (walk, reader, unit, &r) ||
      (talk != NULL && lineup_post_reader_walk_bold_title_under_person (walk, talk, unit, &r)))
    {
      lineup_post_recognition_clear (&r);
      return;
    }

  switch (r.role)
    {
    case LINEUP_ROLE_TALK:
      lineup_post_reader_walk_clear_fields (walk);
      walk_talks (walk, reader, unit, &r);
      break;

    case LINEUP_ROLE_FIELDS:
      /* "Time: Aug 3, 2025 8:00 AM - 11:00 AM (EDT)" before the programme */
      if (talk == NULL && walk->month == 0)
        lineup_post_reader_walk_prose_day (walk, reader, unit);
      lineup_post_reader_walk_fields (walk, reader, talk, unit);
      break;

    case LINEUP_ROLE_DAY:
      walk_day (walk, reader, index, &r.slot);
      break;

    case LINEUP_ROLE_TRACK:
      walk_track (walk, reader, talk, unit, &r, index);
      break;

    case LINEUP_ROLE_END:
      walk->talk = NULL, walk->ended = TRUE;
      /* "#### Program Committee": no list after it is the day's */
      walk->day_heading_level = 0, walk->day_list = 0, walk->day_list_pending = FALSE;
      lineup_post_reader_walk_clear_fields (walk);
      g_clear_pointer (&walk->track, g_free);
      break;

    case LINEUP_ROLE_CLOSING:
      walk->closed = TRUE;
      break;

    case LINEUP_ROLE_SLOT:
      walk_slot (walk, reader, talk, &context, &r, index);
      break;

    case LINEUP_ROLE_SPEAKERS:
      if (talk != NULL)
        {
          talk->byline = g_steal_pointer (&r.text);
          if ((r.found & LINEUP_SLOT_TIME) && !(talk->found & LINEUP_SLOT_TIME))
            {
              talk_set_slot (talk, &r.slot, r.found);
            }
        }
      break;

    case LINEUP_ROLE_ZONE_NOTE:
      if (reader->zone_abbreviation == NULL)
        reader->zone_abbreviation = g_strdup (r.text);
      break;

    case LINEUP_ROLE_NONE:
    default:
      if (lineup_post_reader_walk_bold_speaker (walk, reader, unit, context.next) ||
          lineup_post_reader_walk_bold_title (walk, unit, context.next) ||
          (talk == NULL && lineup_post_reader_walk_speaker_line (walk, reader, unit)))
        break;
      if (talk == NULL)
        lineup_post_reader_walk_under_heading (walk, reader, unit);
      walk_prose (walk, reader, talk, unit);
      break;
    }

  note_mentioned_zone (reader, unit, r.role);

  if (walk->pending_found != LINEUP_SLOT_NONE && walk->pending_unit != index &&
      r.role != LINEUP_ROLE_TALK)
    walk->pending_found = LINEUP_SLOT_NONE;

  lineup_post_recognition_clear (&r);
}

/* For lineup-post-reader-fields.c */

Talk *
lineup_post_reader_walk_open_talk (Walk                 *walk,
                                   Reader               *reader,
                                   const LineupPostUnit *unit,
                                   LineupPostTalk       *found)
{
  return walk_open_talk (walk, reader, unit, found);
}

void
lineup_post_reader_note_slot (Reader           *reader,
                              const LineupSlot *slot)
{
  note_slot (reader, slot);
}

void
lineup_post_reader_walk_set_day (Walk             *walk,
                                 Reader           *reader,
                                 const LineupSlot *slot)
{
  walk_set_day (walk, reader, slot);
}
