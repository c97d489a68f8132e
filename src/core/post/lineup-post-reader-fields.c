/* lineup-post-reader-fields.c — labelled fields give the talk its day, time, speakers and room
 *
 * "DATE: Wednesday April 2" then "TIME: 16:15 - 17:30 BST" under a linked
 * heading; "- When: Wednesday, March 20 • 15:25 - 16:00" under a linked
 * item; or a heading with no link, an abstract, then "**Speakers**: …\",
 * "**Time**: 10:10 CET, Tue, 19 Mar 2024\", "**URL**: https://sched.co/…":
 * there the heading is the talk, made when a field gives its time.  Fields
 * seen before the time (the speakers, a link in the abstract) wait for it.
 * A time alone under such a heading ("### Title" then "- 10:00am -
 * 12:00pm", "- Name") is its time too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-byline-private.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

/* A slot this long (six hours) or longer is the hours of a whole day. */
#define DAY_HOURS_MINUTES (6 * 60)
/* A title in bold is a phrase, not a sentence. */
#define MAX_BOLD_TITLE_WORDS 20

void
lineup_post_reader_walk_clear_fields (Walk *walk)
{
  g_clear_pointer (&walk->heading, g_free);
  g_clear_pointer (&walk->field_byline, g_free);
  g_clear_pointer (&walk->field_title, g_free);
  g_clear_pointer (&walk->field_room, g_free);
  g_clear_pointer (&walk->field_url, g_free);
  if (walk->field_description != NULL)
    g_string_free (g_steal_pointer (&walk->field_description), TRUE);
}

/* A heading may be the title of the talk its fields describe. */
void
lineup_post_reader_walk_heading (Walk                 *walk,
                                 const LineupPostUnit *unit)
{
  lineup_post_reader_walk_clear_fields (walk);
  if (unit->has_link || *unit->text == '\0')
    return;
  walk->heading = g_strdup (unit->text);
  walk->heading_line = unit->line;
  walk->heading_depth = unit->kind == LINEUP_UNIT_HEADING ? unit->level : 0;
}

/* "## Title" then "### Name: …", "### Room: …", "### Time: February 2,
 * 2013 12:30 - 13:00 CET": headings under the title's that are its labelled
 * fields.  A "Time" or "Date" heading counts when it is a date or a time. */
gboolean
lineup_post_reader_walk_is_field_heading (const Walk           *walk,
                                          const LineupPostUnit *unit)
{
  gsize value = 0;
  LineupPostField field;
  LineupSlot slot;

  /* under the title, or under the talk its "Time" made ("### Room" last) */
  if (unit->kind != LINEUP_UNIT_HEADING || unit->has_link || unit->lines->len != 1 ||
      (walk->heading == NULL && (walk->talk == NULL || !walk->talk->from_fields)) ||
      walk->heading_depth == 0 || unit->level <= walk->heading_depth)
    return FALSE;
  field = lineup_post_layouts_field (unit->text, &value);
  if (field == LINEUP_POST_FIELD_WHEN)
    return lineup_slot_scan (unit->text + value, &slot) != LINEUP_SLOT_NONE;
  return field != LINEUP_POST_FIELD_NONE;
}

/* "**El poder del software libre** por Jon Hall, Chairman": a title in
 * bold, unlinked, then "by" in a few languages and its speakers, set in
 * @title and @people. */
static gboolean
bold_then_byline (const LineupPostLine  *line,
                  gchar                **title,
                  gchar                **people)
{
  static const gchar * const bys[] = { "by ", "por ", "par ", "von ", "di ", "com ", NULL };
  const LineupPostLink *mark;
  const gchar *rest;

  if (line->marks->len == 0)
    return FALSE;
  mark = &g_array_index (line->marks, LineupPostLink, 0);
  if (mark->start != 0 || mark->end >= strlen (line->text) ||
      (line->links->len > 0 && g_array_index (line->links, LineupPostLink, 0).start < mark->end))
    return FALSE;
  rest = line->text + mark->end;
  while (*rest == ' ')
    rest++;
  for (guint i = 0; bys[i] != NULL; i++)
    if (g_str_has_prefix (rest, bys[i]))
      {
        g_autofree gchar *names = lineup_post_trim_separators (rest + strlen (bys[i]),
                                                               strlen (rest + strlen (bys[i])));

        /* "Jon Hall, Chairman of the Board of the [LPI](…)": the name */
        if (!lineup_byline_looks_like_people (names) && strchr (names, ',') != NULL)
          *strchr (names, ',') = '\0';
        if (!lineup_byline_looks_like_people (names))
          return FALSE;
        *title = lineup_post_trim_separators (line->text, mark->end);
        *people = g_steal_pointer (&names);
        return TRUE;
      }
  return FALSE;
}

/* "**Title**" alone in its paragraph, then fields: a heading written in
 * bold.  So is "- **Title** por Name" over "- Inicia: 09:00" in a list.  It
 * ends the talk before it and becomes the next one's title. */
gboolean
lineup_post_reader_walk_bold_title (Walk                 *walk,
                                    const LineupPostUnit *unit,
                                    const LineupPostUnit *next)
{
  LineupPostContext context = { 0 };
  LineupPostRecognition r = { 0 };
  const LineupPostLine *line;
  g_autofree gchar *title = NULL;
  g_autofree gchar *people = NULL;
  gboolean fields;

  if ((unit->kind != LINEUP_UNIT_PARAGRAPH && unit->kind != LINEUP_UNIT_ITEM) ||
      unit->lines->len != 1 || next == NULL)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  if (!(line->strong ? !unit->has_link : bold_then_byline (line, &title, &people)) ||
      g_str_has_suffix (line->text, ":"))
    return FALSE;
  fields = lineup_post_layouts_recognise_fields (next, &context, &r);
  lineup_post_recognition_clear (&r);
  /* "**Title**" over "CNA1780QU - 2 pm" */
  if (!fields && next->kind == LINEUP_UNIT_PARAGRAPH && next->lines->len == 1)
    {
      g_autofree gchar *room = NULL;
      gboolean labelled;
      LineupSlot slot;
      LineupSlotFound found;

      fields = lineup_post_reader_read_slot_line (next->text, &labelled, &slot, &found, &room);
    }
  if (!fields)
    return FALSE;

  walk->talk = NULL;
  lineup_post_reader_walk_heading (walk, unit);
  if (title != NULL)
    {
      g_free (walk->heading);
      walk->heading = g_steal_pointer (&title);
      walk->field_byline = g_steal_pointer (&people);
    }
  return TRUE;
}

/* Prose under such a heading, before its fields: the talk's abstract, and
 * its Sched link ("join this [hands on session](https://…sched.com/event/…)"). */
void
lineup_post_reader_walk_under_heading (Walk                 *walk,
                                       Reader               *reader,
                                       const LineupPostUnit *unit)
{
  if (walk->heading == NULL || unit->kind == LINEUP_UNIT_OTHER)
    return;
  for (guint i = 0; walk->field_url == NULL && i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);

      for (guint j = 0; walk->field_url == NULL && j < line->links->len; j++)
        {
          const gchar *url = g_array_index (line->links, LineupPostLink, j).url;

          if (lineup_post_layouts_is_sched_url (url))
            walk->field_url = g_strdup (url);
        }
    }
  if (walk->field_description == NULL)
    walk->field_description = g_string_new (NULL);
  if (walk->field_description->len < MAX_DESCRIPTION_BYTES)
    lineup_post_reader_append_block (reader, walk->field_description, unit->node);
}

/* "https://sched.co/1aQWX" written bare, or a link's target. */
static gchar *
field_url (const LineupPostLine *line,
           const gchar          *value)
{
  if (line->links->len > 0)
    return g_strdup (g_array_index (line->links, LineupPostLink, 0).url);
  if (g_str_has_prefix (value, "https://") || g_str_has_prefix (value, "http://"))
    return g_strndup (value, strcspn (value, " "));
  return NULL;
}

/* "Michael Beemer, Daniel Dyla" under a "Speakers" label: a list of names,
 * not a name and an organisation, when every part is shaped like a name. */
gchar *
lineup_post_reader_speakers_value (const gchar *value)
{
  g_autofree gchar *trimmed = lineup_post_trim_separators (value, strlen (value));
  g_auto(GStrv) parts = NULL;

  if (strpbrk (trimmed, ";&()") != NULL || strstr (trimmed, " and ") != NULL)
    return g_steal_pointer (&trimmed);
  parts = g_strsplit (trimmed, ",", -1);
  if (g_strv_length (parts) < 2)
    return g_steal_pointer (&trimmed);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (!lineup_byline_looks_like_list_name (parts[i]))
        return g_steal_pointer (&trimmed);
    }
  return g_strjoinv (" & ", parts);
}

static void
replace (gchar **field,
         gchar  *value)
{
  g_free (*field);
  *field = value;
}

/* The speakers "Speaker: Name / Role" gives, in a paragraph of its own
 * or as the first item of a list; NULL when @unit is no such line. */
static gchar *
speaker_field_of (const LineupPostUnit *unit)
{
  g_autofree gchar *text = NULL;
  gsize value = 0;
  gsize length;

  if (unit->kind == LINEUP_UNIT_PARAGRAPH && unit->lines->len == 1)
    text = g_strdup (unit->text);
  else if (unit->kind == LINEUP_UNIT_OTHER && cmark_node_get_type (unit->node) == CMARK_NODE_LIST &&
           cmark_node_first_child (unit->node) != NULL)
    {
      cmark_node *first = cmark_node_first_child (cmark_node_first_child (unit->node));

      if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
        return NULL;
      text = lineup_post_table_cell_text (first);
    }
  if (text == NULL || lineup_post_layouts_field (text, &value) != LINEUP_POST_FIELD_SPEAKERS)
    return NULL;
  /* "Name / Tech Lead @Org": the role after a slash */
  length = strcspn (text + value, "/");
  text[value + length] = '\0';
  if (lineup_post_count_words (text + value) > LINEUP_POST_MAX_SPEAKER_LINE_WORDS ||
      !lineup_byline_looks_like_people (text + value))
    return NULL;
  return lineup_post_reader_speakers_value (text + value);
}

/* "__Title__" over "* Speaker: Name / Role": a title in bold whose next
 * line names its speaker is a talk, with no time of its own (a meetup's
 * lightning talks).  Whether @unit opened it. */
gboolean
lineup_post_reader_walk_bold_speaker (Walk                 *walk,
                                      Reader               *reader,
                                      const LineupPostUnit *unit,
                                      const LineupPostUnit *next)
{
  LineupPostTalk title = { 0 };
  const LineupPostLine *line;
  gchar *byline;
  Talk *talk;

  if (unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len != 1 || unit->has_link ||
      next == NULL)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  if (!line->strong || g_str_has_suffix (line->text, ":") ||
      lineup_post_count_words (line->text) > MAX_BOLD_TITLE_WORDS ||
      lineup_post_layouts_title_is_not_a_talk (line->text) ||
      lineup_post_unit_scan (unit, NULL) != LINEUP_SLOT_NONE ||
      (byline = speaker_field_of (next)) == NULL)
    return FALSE;
  title.title = g_strdup (line->text);
  talk = lineup_post_reader_walk_open_talk (walk, reader, unit, &title);
  g_free (title.title);
  g_free (talk->byline);
  talk->byline = byline;
  talk->from_fields = TRUE;
  return TRUE;
}

/* "2. Contribfest - Learn…" → "Contribfest - Learn…": a section's number is
 * no part of the title. */
static gchar *
heading_title (const gchar *heading)
{
  const gchar *p = heading;

  while (g_ascii_isdigit (*p))
    p++;
  if (p > heading && (*p == '.' || *p == ')') && p[1] == ' ')
    heading = p + 2;
  return lineup_post_trim_separators (heading, strlen (heading));
}

/* The heading above the fields becomes their talk. */
static Talk *
open_heading_talk (Walk                 *walk,
                   Reader               *reader,
                   const LineupPostUnit *unit,
                   const LineupSlot     *when,
                   LineupSlotFound       found)
{
  static const gchar * const not_talks[] = {
    "booth", "kiosk", "office hour", "project pavilion", "happy hour", NULL
  };
  LineupPostTalk heading = { 0 };
  Talk *talk;

  if (walk->heading == NULL || lineup_post_folded_contains_any (walk->heading, not_talks))
    return NULL;

  /* "## Session 1" over "**Talk Title:** Just Ship It": the heading is a label */
  heading.title = walk->field_title != NULL ? g_steal_pointer (&walk->field_title)
                                            : heading_title (walk->heading);
  /* "### Wikipedia, por Constanza Verón.", "### Title, Dan Norris, Cosmonic" */
  if (walk->field_byline == NULL)
    {
      g_autofree gchar *bare = NULL;

      if (lineup_post_split_by_byline (heading.title, &bare, &walk->field_byline) ||
          lineup_byline_split_trailing (heading.title, &bare, &walk->field_byline))
        {
          g_free (heading.title);
          heading.title = g_steal_pointer (&bare);
        }
    }
  heading.slot = *when;
  heading.found = found;
  talk = lineup_post_reader_walk_open_talk (walk, reader, unit, &heading);
  g_free (heading.title);
  /* the heading named the track too: the talk is no track of its own */
  if (talk->track != NULL && g_strcmp0 (talk->track, walk->heading) == 0)
    {
      g_clear_pointer (&talk->track, g_ref_string_release);
      g_clear_pointer (&walk->track, g_free);
    }
  talk->line = walk->heading_line;
  talk->from_fields = TRUE;
  talk->list = 0;
  talk->byline = g_steal_pointer (&walk->field_byline);
  talk->room = g_steal_pointer (&walk->field_room);
  talk->url = g_steal_pointer (&walk->field_url);
  if (walk->field_description != NULL)
    g_string_append (talk->description, walk->field_description->str);
  lineup_post_reader_walk_clear_fields (walk);
  return talk;
}

Talk *
lineup_post_reader_walk_slot_heading (Walk                 *walk,
                                      Reader               *reader,
                                      const LineupPostUnit *unit,
                                      const LineupSlot     *slot,
                                      LineupSlotFound       found)
{
  if (walk->heading == NULL || !(found & LINEUP_SLOT_TIME) ||
      (walk->heading_depth == 0 && unit->kind != LINEUP_UNIT_PARAGRAPH) ||
      lineup_post_table_is_filler (walk->heading))
    return NULL;
  return open_heading_talk (walk, reader, unit, slot, found);
}

gboolean
lineup_post_reader_read_slot_line (const gchar      *text,
                                   gboolean         *labelled,
                                   LineupSlot       *slot,
                                   LineupSlotFound  *found,
                                   gchar           **room)
{
  gsize skip = 0;
  g_autofree gchar *rest = NULL;

  *labelled = lineup_post_layouts_field (text, &skip) == LINEUP_POST_FIELD_WHEN;
  if (*labelled)
    text += skip;
  else if ((skip = lineup_post_session_code_length (text)) > 0)
    text += skip;   /* "CNA1780QU - 2 pm" */
  *found = lineup_slot_scan (text, slot);
  if (!(*found & LINEUP_SLOT_TIME) || lineup_post_count_letters (text, slot->span_start) > 0)
    return FALSE;
  /* "#### 10:30 Next Talk", "#### 10:30 Room for Improvement: Caches" */
  rest = lineup_post_trim_separators (text + slot->span_end, strlen (text + slot->span_end));
  if (*rest != '\0' && (!lineup_post_layouts_is_place (rest) || strpbrk (rest, ":?!") != NULL))
    return FALSE;
  *room = g_steal_pointer (&rest);
  return TRUE;
}

static void
apply_to_talk (Walk             *walk,
               Talk             *talk,
               const LineupSlot *when,
               LineupSlotFound   found)
{
  if (found != LINEUP_SLOT_NONE)
    {
      LineupSlot merged = talk->slot;
      LineupSlotFound merged_found = talk->found;

      lineup_slot_merge (&merged, &merged_found, when, found);
      talk->slot = merged;
      talk->found = merged_found;
    }
  if (talk->byline == NULL && walk->field_byline != NULL)
    {
      talk->byline = g_steal_pointer (&walk->field_byline);
      walk->field_byline_talk = talk;
    }
  else if (walk->field_byline != NULL && walk->field_byline_talk == talk)
    {
      /* "**主讲人：** A" then "**主讲人：** B": one field a speaker */
      gchar *joined = g_strconcat (talk->byline, "; ", walk->field_byline, NULL);

      g_free (talk->byline);
      talk->byline = joined;
      g_clear_pointer (&walk->field_byline, g_free);
    }
  /* a heading's talk ("## Session 1"), its title in a field right under it */
  if (walk->field_title != NULL && walk->talk_level > 0 && talk->description->len == 0)
    {
      g_free (talk->title);
      talk->title = g_steal_pointer (&walk->field_title);
    }
  if (talk->room == NULL && walk->field_room != NULL)
    talk->room = g_steal_pointer (&walk->field_room);
  if (talk->url == NULL && walk->field_url != NULL)
    talk->url = g_steal_pointer (&walk->field_url);
}

/* "- Title: ETL Pipelines" (under "### Blue Yonder", the presenters'
 * organisation): a talk of its own, whatever heading is above. */
static Talk *
open_titled_talk (Walk                 *walk,
                  Reader               *reader,
                  const LineupPostUnit *unit,
                  const gchar          *title,
                  gchar                *url)
{
  LineupPostTalk titled = { 0 };
  Talk *talk;

  titled.title = lineup_post_trim_separators (title, strlen (title));
  titled.url = url;
  titled.slot.start_minute = titled.slot.end_minute = -1;
  lineup_post_reader_walk_clear_fields (walk);
  talk = lineup_post_reader_walk_open_talk (walk, reader, unit, &titled);
  g_free (titled.title);
  g_free (titled.url);
  talk->from_fields = TRUE;
  return talk;
}

/* "**Track:** LLVM · **Day:** Saturday", "Speaker: Ana · [Slides](…)":
 * several fields on one line, parted by a middle dot (or a bar before a
 * label); the parts, trimmed. */
static GStrv
split_fields (const gchar *text)
{
  GPtrArray *parts = g_ptr_array_new ();
  const gchar *from = text;

  for (const gchar *p = text; *p != '\0'; p++)
    {
      gsize skip = 0;

      if (g_str_has_prefix (p, " \xC2\xB7 "))
        skip = 4;
      else if (g_str_has_prefix (p, " | ") &&
               lineup_post_layouts_field (p + 3, NULL) != LINEUP_POST_FIELD_NONE)
        skip = 3;
      if (skip == 0)
        continue;
      g_ptr_array_add (parts, g_strstrip (g_strndup (from, (gsize) (p - from))));
      from = p + skip;
      p += skip - 1;
    }
  g_ptr_array_add (parts, g_strstrip (g_strdup (from)));
  g_ptr_array_add (parts, NULL);
  return (GStrv) g_ptr_array_free (parts, FALSE);
}

/* "### Hotpatching ClickHouse with XRay" right over "**Track:** LLVM ·
 * **Day:** Saturday" / "**Speaker:** Pablo Marcos": without a time, fields
 * that name the speakers right under a heading (a blank line apart) make
 * the heading their talk. */
#define MAX_FIELDS_BELOW_HEADING 2

static gboolean
untimed_heading_talk (const Walk           *walk,
                      const LineupPostUnit *unit,
                      gboolean              named)
{
  /* "## Title", its abstract, then "### Speaker: Name": a heading under
   * the title's, however far */
  return named && walk->heading != NULL && walk->heading_depth >= 2 &&
         unit->line > walk->heading_line &&
         (unit->line - walk->heading_line <= MAX_FIELDS_BELOW_HEADING ||
          (unit->kind == LINEUP_UNIT_HEADING && unit->level > walk->heading_depth)) &&
         !lineup_post_table_is_filler (walk->heading);
}

/* One field of @unit's (the @index-th): what it gives goes to @talk, or
 * waits in @walk, @when and @found; a title opens a talk.  Returns the talk. */
static Talk *
walk_field (Walk                 *walk,
            Reader               *reader,
            Talk                 *talk,
            const LineupPostUnit *unit,
            const LineupPostLine *line,
            guint                 index,
            const gchar          *text,
            LineupSlot           *when,
            LineupSlotFound      *found,
            gboolean             *named)
{
  gsize start = 0;
  LineupPostField field = lineup_post_layouts_field (text, &start);
  const gchar *value = text + start;
  LineupSlot slot;
  LineupSlotFound slot_found;

  switch (field)
    {
    case LINEUP_POST_FIELD_WHEN:
      slot_found = lineup_slot_scan (value, &slot);
      lineup_slot_merge (when, found, &slot, slot_found);
      break;
    case LINEUP_POST_FIELD_SPEAKERS:
      replace (&walk->field_byline, lineup_post_reader_speakers_value (value));
      *named = TRUE;
      break;
    case LINEUP_POST_FIELD_ROOM:
      replace (&walk->field_room, lineup_post_trim_separators (value, strlen (value)));
      break;
    case LINEUP_POST_FIELD_URL:
      if (walk->field_url == NULL || line->links->len > 0)
        replace (&walk->field_url, field_url (line, value));
      break;
    case LINEUP_POST_FIELD_END:
      /* "Termina: 10:45": the end of the time above */
      if ((lineup_slot_scan (value, &slot) & LINEUP_SLOT_TIME) && (*found & LINEUP_SLOT_TIME) &&
          when->end_minute < 0 && slot.start_minute > when->start_minute)
        when->end_minute = slot.start_minute;
      else if ((lineup_slot_scan (value, &slot) & LINEUP_SLOT_TIME) && talk != NULL &&
               (talk->found & LINEUP_SLOT_TIME) && talk->slot.end_minute < 0 &&
               slot.start_minute > talk->slot.start_minute)
        talk->slot.end_minute = slot.start_minute;
      break;
    case LINEUP_POST_FIELD_TITLE:
      if (index == 0 && talk != NULL && talk->line == walk->heading_line &&
          talk->line < unit->line && talk->description->len == 0)
        {
          /* "### Invited talk 1" over "- Speaker: Name" then "- Title: …":
           * the heading, a talk since its speaker, was its label */
          replace (&talk->title, lineup_post_trim_separators (value, strlen (value)));
          talk->line = unit->line;
          if (talk->url == NULL)
            talk->url = field_url (line, value);
        }
      else if (index == 0)
        talk = open_titled_talk (walk, reader, unit, value, field_url (line, value));
      else
        replace (&walk->field_title, lineup_post_trim_separators (value, strlen (value)));
      break;
    case LINEUP_POST_FIELD_OTHER:
    case LINEUP_POST_FIELD_NONE:
    default:
      break;
    }
  return talk;
}

/* "* Title" over "    * start_time: 09:30:00", "    * chair: Name": the
 * item whose sub-list @unit's fields are in, when it is a line of text. */
static cmark_node *
item_over_fields (const LineupPostUnit *unit)
{
  cmark_node *list = unit->kind == LINEUP_UNIT_ITEM ? cmark_node_parent (unit->node) : NULL;
  cmark_node *item = list != NULL ? cmark_node_parent (list) : NULL;
  cmark_node *first = item != NULL ? cmark_node_first_child (item) : NULL;

  if (item == NULL || cmark_node_get_type (item) != CMARK_NODE_ITEM || first == NULL ||
      cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH || cmark_node_next (first) != list)
    return NULL;
  return item;
}

/* The item @unit's fields are under names their talk: a heading of its
 * own, the talk before ended.  Returns the talk the fields go to. */
static Talk *
fields_under_item (Walk                 *walk,
                   Talk                 *talk,
                   const LineupPostUnit *unit)
{
  cmark_node *item = item_over_fields (unit);

  if (item == NULL || item == walk->fields_item)
    return talk;
  walk->fields_item = item;
  lineup_post_reader_walk_clear_fields (walk);
  /* the item's own unit, walked just before its sub-list's */
  if (item != walk->list_item || *walk->list_item_text == '\0' ||
      lineup_post_count_words (walk->list_item_text) > MAX_BOLD_TITLE_WORDS)
    return talk;
  walk->heading = lineup_text_unquote (g_strdup (walk->list_item_text));
  walk->heading_line = walk->list_item_line;
  walk->heading_depth = 0;
  walk->talk = NULL;
  return NULL;
}

void
lineup_post_reader_walk_fields (Walk                 *walk,
                                Reader               *reader,
                                Talk                 *talk,
                                const LineupPostUnit *unit)
{
  LineupSlot when = { 0 };
  LineupSlotFound found = LINEUP_SLOT_NONE;
  gboolean named = FALSE;

  talk = fields_under_item (walk, talk, unit);
  when.start_minute = when.end_minute = -1;
  for (guint i = 0; i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);
      g_auto(GStrv) parts = split_fields (line->text);

      for (guint j = 0; parts[j] != NULL; j++)
        talk = walk_field (walk, reader, talk, unit, line, i + j, parts[j], &when, &found,
                           &named);
    }

  /* "Date: March 4 / Time: 8:30AM to 9:00PM": a date with the hours of a
   * whole day is the day the lines below happen on, no talk. */
  if (talk == NULL && (found & LINEUP_SLOT_DATE) && (found & LINEUP_SLOT_TIME) &&
      when.end_minute >= 0 && when.end_minute - when.start_minute >= DAY_HOURS_MINUTES)
    {
      lineup_post_reader_walk_set_day (walk, reader, &when);
      lineup_post_reader_note_slot (reader, &when);
      return;
    }
  if (talk == NULL && ((found & LINEUP_SLOT_TIME) || untimed_heading_talk (walk, unit, named)))
    {
      talk = open_heading_talk (walk, reader, unit, &when, found);
      /* "### Meetup" then "- Date: 4 April, 2019 at 17:00 - 20:00": the
       * day of the agenda listed under it too. */
      if (talk != NULL && (found & LINEUP_SLOT_DATE) && when.month != 0 && when.day != 0)
        lineup_post_reader_walk_set_day (walk, reader, &when);
    }
  if (talk != NULL)
    apply_to_talk (walk, talk, &when, found);
  else if (found == LINEUP_SLOT_DATE)
    lineup_post_reader_walk_set_day (walk, reader, &when);
  if (found != LINEUP_SLOT_NONE)
    lineup_post_reader_note_slot (reader, &when);
}

/* "### Host" over "[Skills Matter](url)", "### Speakers:": a heading naming
 * a role, not a talk or a track. */
gboolean
lineup_post_reader_names_role (const gchar *heading)
{
  static const gchar * const roles[] = {
    "host", "hosts", "hosted by", "sponsor", "sponsors", "sponsored by", "organiser", "organisers",
    "organizer", "organizers", "venue", "speaker", "speakers", "contact", "about", "team", "mc",
    "emcee", "thanks", NULL
  };
  g_autofree gchar *folded = lineup_text_fold (heading);

  g_strstrip (folded);
  if (g_str_has_suffix (folded, ":"))
    folded[strlen (folded) - 1] = '\0';
  return g_strv_contains (roles, g_strstrip (folded));
}

gboolean
lineup_post_reader_walk_speaker_line (Walk                 *walk,
                                      Reader               *reader,
                                      const LineupPostUnit *unit)
{
  static const LineupSlot no_slot = { .start_minute = -1, .end_minute = -1 };
  const LineupPostLine *line;
  g_autofree gchar *people = NULL;
  LineupSlotFound found = LINEUP_SLOT_NONE;
  LineupSlot slot;
  Talk *talk;

  /* right under the heading, nothing between them */
  if (walk->heading == NULL || walk->heading_depth < 2 || walk->field_description != NULL ||
      unit->kind != LINEUP_UNIT_PARAGRAPH || unit->lines->len != 1)
    return FALSE;
  if (lineup_post_reader_names_role (walk->heading))
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  people = lineup_post_layouts_speaker_line (line->text);
  if (people == NULL &&
      (people = lineup_post_layouts_speaker_slot_line (line->text, &slot, &found)) == NULL)
    return FALSE;
  talk = open_heading_talk (walk, reader, unit, found ? &slot : &no_slot, found);
  if (talk == NULL)
    return FALSE;
  talk->byline = g_steal_pointer (&people);
  talk->by_speaker_line = TRUE;
  /* its heading named no track: it is the talk */
  if (talk->track != NULL && g_str_equal (talk->track, talk->title))
    g_clear_pointer (&talk->track, g_ref_string_release);
  return TRUE;
}

void
lineup_post_reader_drop_lone_speaker_lines (Reader *reader)
{
  guint n = 0, kept = 0;

  for (guint i = 0; i < reader->talks->len; i++)
    n += ((Talk *) g_ptr_array_index (reader->talks, i))->by_speaker_line;
  /* one heading over a name ("### Host" then "[Skills Matter](url)") is no programme */
  if (n != 1)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      if (talk->by_speaker_line)
        lineup_post_reader_talk_free (talk);
      else
        reader->talks->pdata[kept++] = talk;
    }
  reader->talks->len = kept;
}
