/* lineup-post-reader-private.h — what the post reader's files share, and its knobs for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not part of the core's API: only the lineup-post-reader*.c files, the tests
 * and the fuzz target include this header.  The reader (lineup-post-reader.c:
 * checking and reading the text, the zones, the schedule) splits off the front
 * matter (-front.c), parses the body in pieces (-pieces.c), flattens its blocks
 * into units (-units.c), walks them (-walk.c) collecting talks and their
 * descriptions (-descriptions.c), and makes the talks sessions (-talks.c).
 */
#pragma once

#include <cmark.h>
#include <glib.h>
#include <yaml.h>

#include "lineup-date.h"
#include "lineup-post-context.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts.h"
#include "lineup-post-reader.h"
#include "lineup-text.h"

G_BEGIN_DECLS

/* The body is given to cmark in pieces of about this many bytes, cut at
 * blank lines where cutting cannot change what cmark reads (see
 * lineup-post-reader-pieces.c), so that the tree of a whole large post never
 * exists at once. */
#define LINEUP_POST_PIECE_SIZE (64 * 1024)

/* For tests: 0 parses the body in one piece, 1 cuts it at every place it can
 * be cut.  Process-wide; returns the previous value, for the test to put
 * back. */
gsize           lineup_post_reader_set_piece_size (gsize bytes);
/* How many pieces this process has parsed (for tests). */
guint           lineup_post_reader_count_pieces   (void);

/* Front matter bigger than this is not a blog post's metadata. */
#define MAX_FRONT_MATTER_EVENTS 20000
/* Lists nested deeper than this are read as prose. */
#define MAX_LIST_DEPTH 8
/* A block with more inlines than this, or a line longer than this, is prose:
 * no talk is written that way, and the recognisers need not read it. */
#define MAX_UNIT_NODES 8192
#define MAX_LINE_BYTES (16 * 1024)
/* Descriptions: blocks nested deeper than this are kept as plain text (cmark
 * would repeat the nesting's prefix on every line), and a description stops
 * growing at this size. */
#define MAX_DESCRIPTION_DEPTH 16
#define MAX_DESCRIPTION_BYTES (256 * 1024)
/* Days named in the prose that are remembered. */
#define MAX_MENTIONED_DAYS 16
/* The event's city is named in the title or the introduction. */
#define MAX_CITY_UNITS 64

typedef struct
{
  gchar      *title;
  gchar      *date;
  gchar      *path;
  gchar      *url;
  gchar      *slug;
  gchar      *summary;
  gchar      *year;         /* "pub-year: 2018", without a date */
  gchar      *end;          /* "end: 2024-07-17": an event's page, its date the first day */
  gchar      *modified;     /* "modified: 2018-03-14T14:31:46-07:00": the last edit */
  gchar      *start;        /* "start: 2019-11-03 09:00:00": an event page's first day */
  gchar      *layout;       /* "layout: page": a site's page, not a post */
  GPtrArray  *tags;
  GPtrArray  *categories;
  /* The Markdown of its literal blocks ("text: |-" in the sections of a
   * Hugo landing page), each on the lines it has in the file. */
  GString    *markdown;
  guint       markdown_lines;
} FrontMatter;

/* A node of the front matter's tree. */
typedef enum
{
  NODE_SCALAR,
  NODE_MAP,       /* its children: a key (a scalar), then its value, and so on */
  NODE_SEQUENCE,
} NodeKind;

typedef struct
{
  NodeKind kind;
  gchar   *text;   /* NODE_SCALAR */
  guint    line;
} NodeData;

/* The front matter as a tree, for the talks it lists
 * (lineup-post-reader-front-talks.c). */
typedef struct
{
  GNode *root;      /* the top mapping, or NULL */
  GNode *current;   /* the mapping or list being read */
  guint  depth;     /* of current */
  guint  skipped;   /* mappings and lists open deeper than read */
} FrontEntries;

typedef struct
{
  gchar       *title;
  gchar       *byline;
  gchar       *unsplit_title;  /* the title before its brackets gave the byline */
  gchar       *label;
  gchar       *room;
  gchar       *url;
  gchar       *track;          /* a GRefString: talks share their track's name */
  LineupSlot   slot;
  LineupSlotFound found;
  gint         day_year, day_month, day_day;   /* the day in context */
  gint         day_weekday;
  guint        list;           /* the list the talk is an item of (LineupPostUnit.list), or 0 */
  gboolean     table_row;      /* a row of a table */
  gboolean     twelve_hour;    /* its time was written with am/pm (or read as afternoon) */
  guint        line;
  gboolean     from_fields;    /* a talk of labelled fields (a heading's, or an entry of the
                                * front matter): kept without a link */
  gboolean     by_speaker_line; /* a heading made a talk by the speaker line under it */
  gboolean     session;         /* no talk itself, dropped after the walk: a timed heading
                                 * or line over its talks, a table row over its rows, an
                                 * hour given by "Everyone" */
  gboolean     opens_list;      /* "16.00-16.50 Lightning talks:", a timed line that
                                 * ends with a colon: maybe over a list of its talks */
  gboolean     weak;           /* an item of a bare list: kept in a post with no other talk */
  GString     *description;   /* while the talk is read */
  gchar       *finished;      /* then: the description, in a block of its size */
} Talk;

/* A piece of the body and its tree (see lineup-post-reader-pieces.c). */
typedef struct
{
  cmark_node  *document;
  const gchar *text;        /* its text, in the reader's buffer */
  GArray      *lines;       /* guint32: where each of its lines starts in @text */
  gsize        length;
  guint        units_end;   /* the units of its blocks end there (once parsed) */
  gboolean     parsed;      /* all its blocks are units */
} Piece;

typedef struct
{
  const gchar  *display_name;
  guint         body_offset;       /* lines before the body */
  guint         line_offset;       /* lines before the piece being parsed */
  guint         n_lists;           /* talk lists so far */
  gboolean      sliceable;         /* top-level blocks may be copied from the text */
  const Piece  *piece;             /* the piece of the unit being walked */
  FrontMatter   front;
  gint          pub_year, pub_month, pub_day;
  gint          path_month;        /* "path = workshop-2023-10/program": the month the page's
                                    * address names, when the post has no date */
  LineupDateOrder date_order;      /* how the post writes "08/05/2017" */
  gboolean      some_talk_dated;   /* a talk has a day, or its weekday, of its own */
  gint          prose_evening;     /* "on April 11 at 7:30pm": the prose's evening, or -1 */
  GPtrArray    *units;             /* LineupPostUnit */
  GPtrArray    *talks;             /* Talk */
  GPtrArray    *notes;             /* LineupReadNote */
  gchar        *zone_abbreviation; /* first one the post names */
  gchar        *mentioned_zone;    /* a zone after a time in prose or a quote */
  gchar        *heading_title;     /* "# Title" opening a post without a front matter title */
  gboolean      linked_title;      /* "# [Title](url)" opens it: the page's title, no talk */
  FrontEntries  front_entries;     /* the front matter's lists of mappings */
  gint          known_year;        /* the last year the post wrote in a date */
  gint          guessed_year;      /* the year assumed for a post that gives none */
  gint          body_years[8];     /* the first years the body writes, in any text */
  guint         n_body_years;
  /* "When? 31st of October and 1st of November": the first whole days the
   * prose names (year 0 when it gives none) and the line naming each, for
   * the weekdays of "## Saturday" headings */
  struct { gint year, month, day; guint line; } mentioned_days[MAX_MENTIONED_DAYS];
  guint         n_mentioned_days;
  /* "### Date: 1 Dec 2021": the days labelled fields give, the first kept */
  struct { gint year, month, day; } field_day;
  guint         n_field_days;
  /* the first was named among the talks' notes ("Ruby's birthday: Feb 24
   * 1993"), no day of the event "# Day 2" counts from */
  gboolean      first_mention_in_talks;
  /* "## Short Talks From Members": the last heading names talks, and how
   * many blocks came after it */
  gboolean      announcing_heading;
  guint         blocks_after_heading;
  /* the prose's verbs so far: a recap tells of its event in the past */
  guint         past_words;
  guint         future_words;
  gboolean      past_week;      /* the prose says "last week-end", "this past week" */
  guint         weeks_ahead;    /* "four more weeks away": the event, weeks after the post */
  guint         city;              /* the event's city (lineup-post-context), 0: none */
  guint         city_units;        /* units looked at for it */
  GArray       *anchors;           /* the headings' anchors (lineup-post-reader-anchors.c) */
} Reader;

typedef struct
{
  Talk     *talk;              /* the open talk, or NULL */
  gint      talk_level;        /* the level of the heading that opened it, 0: none */
  gchar    *track;
  gint      year, month, day;  /* the day in context */
  gint      weekday;
  gboolean  range_day;         /* the day is the first of the event's ("May 3-5"): weekdays
                                * count from it, no talk takes it */
  gboolean  prose_day;         /* the day is the prose's ("closed on the 20th of July") */
  gboolean  ended;             /* a closing section: no more descriptions */
  gboolean  closed;            /* the open talk's description ended */
  LineupSlot pending_slot;     /* a slot seen before its talk's link */
  LineupSlotFound pending_found;
  guint     pending_unit;
  guint     slot_list;         /* the list under a slot ("**1:30pm - 5pm**"), its every item's */
  LineupSlot list_slot;
  LineupSlotFound list_found;
  LineupSlot heading_slot;     /* a heading that is only a time: every talk under it */
  LineupSlotFound heading_found;
  gint      heading_level;
  gint      heading_minute;    /* the start of the last such heading of the day, or 0 */
  guint     day_list;          /* the list under the last day (its number), or 0 */
  guint     day_own_list;      /* the list the day is an item of ("* Data: 02/06/2018"), or 0 */
  gboolean  day_list_pending;  /* a day seen, its list not yet */
  gboolean  speakers_label;    /* the unit before was "**Speaker(s) :**" */
  gchar    *person;            /* "## Amy Shackles" over "### Talk Title": the name, or NULL */
  gint      person_level;
  gboolean  title_next;        /* under "### Talk Title": the next paragraph is the title */
  gboolean  person_talk;       /* the open talk is the person's */
  gint      day_heading_level; /* the level of the heading that gave the day, until its section ends */
  /* The last heading without a link, a talk when its fields give a time
   * (lineup-post-reader-fields.c), and what came under it so far. */
  gchar    *heading;
  guint     heading_line;
  gint      heading_depth;     /* its level; deeper "### Time: …" headings are its fields */
  gchar    *field_byline;
  const Talk *field_byline_talk;  /* the talk whose byline a speakers' field gave */
  gchar    *field_title;       /* "**Talk Title:** …" under "## Session 1": the title */
  gchar    *field_room;
  gchar    *field_url;
  GString  *field_description;
  guint     fields_list;       /* the list of its speakers and slot, read at its first item */
  cmark_node *fields_item;     /* "* Title" over "    * start_time: 09:30:00": that item */
  cmark_node *list_item;       /* the last item walked that holds a list, and its text */
  gchar    *list_item_text;
  guint     list_item_line;
  gchar    *speaker_heading;   /* the name the heading just walked is, or NULL */
  gboolean  speaker_run;       /* in a run of such headings */
  gint      talks_heading_level; /* in the section of "## Talks": its level, or 0 */
} Walk;

/* lineup-post-reader.c */
void            lineup_post_reader_warn               (Reader         *reader,
                                                       guint           line,
                                                       LineupReadNoteScope scope,
                                                       const gchar    *format,
                                                       ...) G_GNUC_PRINTF (4, 5);

/* "13:35 - 13:55 CET, Room E05", "Time: 9:00-9:30AM PDT", "CNA1780QU - 2
 * pm": a line that is a talk's slot, maybe labelled or after a session's
 * code, then nothing but a place (*@room, "" when none). */
gboolean        lineup_post_reader_read_slot_line     (const gchar      *text,
                                                       gboolean         *labelled,
                                                       LineupSlot       *slot,
                                                       LineupSlotFound  *found,
                                                       gchar           **room);

/* lineup-post-reader-days.c */
/* The year to count weekdays in when the day in context gives none. */
gint            lineup_post_reader_year_in_context    (const Reader   *reader);
/* The month to find a day of the month in when the day in context gives
 * none: the post's, else the one its address names. */
gint            lineup_post_reader_month_in_context   (const Reader   *reader);
/* Notes the whole days @unit's prose names, a few per unit. */
/* Counts the words of @unit's prose that tell of the event as past ("was",
 * "attended") or to come ("will", "join"). */
void            lineup_post_reader_note_tense (Reader               *reader,
                                               const LineupPostUnit *unit);
/* Whether the prose so far tells of the event as past: a recap. */
gboolean        lineup_post_reader_reads_as_recap (const Reader *reader);
/* "Friday July 10th": @slot names a day with its weekday, and the right one. */
gboolean        lineup_post_reader_weekday_fits (const Reader     *reader,
                                                 const LineupSlot *slot);
void            lineup_post_reader_note_mentioned_days (Reader              *reader,
                                                        const LineupPostUnit *unit);
/* "### Date: 1 Dec 2021": notes the day of a labelled field, @unit being a day. */
void            lineup_post_reader_note_field_day (Reader               *reader,
                                                   const LineupPostUnit *unit);
/* "##### Day 2": the event's second day, counted from the first day the
 * prose names; FALSE when @unit is no such heading or none is named. */
gboolean        lineup_post_reader_numbered_day       (const Reader         *reader,
                                                       const LineupPostUnit *unit,
                                                       LineupSlot           *slot);
/* The event's @number'th day (1 is the first), counted from the first day
 * the prose names; FALSE when it names none. */
gboolean        lineup_post_reader_nth_day            (const Reader         *reader,
                                                       guint                 number,
                                                       gint                 *year,
                                                       gint                 *month,
                                                       gint                 *day);
/* "from Monday 13th till Friday 17th July 2020": @slot, the day found in
 * @text, becomes the first day of the range it ends. */
void            lineup_post_reader_range_start        (const gchar          *text,
                                                       LineupSlot           *slot);
/* "November 12-15, 2024": whether @slot's day in @text is one of a range. */
gboolean        lineup_post_reader_names_range        (const gchar          *text,
                                                       const LineupSlot     *slot);

/* "Linux Presentation Day am 2018-04-21", "Meetup — March 14, 2024": a
 * post whose title names a whole day holds that day's talks, when no day is
 * given anywhere else; so does one whose front matter's summary names it
 * ("description: … held at NeurIPS on December 16th 2023 in Room 220").
 * A weekday and a day without a year give @year 0 and their @weekday. */
/* The post's first heading, when it is its title: reader->heading_title
 * (reader->linked_title when it links: no talk, and no title either). */
void            lineup_post_reader_note_page_title (Reader *reader,
                                                    guint   index);
gboolean        lineup_post_reader_title_day (const Reader *reader,
                                              gint         *year,
                                              gint         *month,
                                              gint         *day,
                                              gint         *weekday);
/* "The event takes place on April 18, 2023" ("> 2026-04-23 09:00 - 16:50 @
 * venue" in a quote, "### At [MUM](url), November 27th, Lisbon" over the
 * programme): a day for the talks that give only a time.  "Posted on
 * October 15, 2022" is when the post was written; a sentence that names the
 * same day ("today's schedule, for Saturday, October 15, 2022") says the
 * talks are on it.  A later day with its weekday is surer than the first
 * without ("Friday July 10th"). */
void            lineup_post_reader_walk_prose_day (Walk                 *walk,
                                                   Reader               *reader,
                                                   const LineupPostUnit *unit);

/* lineup-post-reader-front.c */
void            lineup_post_reader_front_matter_clear (FrontMatter    *front);
const gchar    *lineup_post_reader_split_front_matter (Reader         *reader,
                                                       const gchar    *text,
                                                       GError        **error);
void            lineup_post_reader_parse_publication_date (Reader     *reader);
gchar          *lineup_post_reader_post_key           (Reader         *reader,
                                                       const gchar    *fallback);

/* lineup-post-reader-pieces.c */
gsize           lineup_post_reader_get_piece_size     (void);
Piece          *lineup_post_reader_piece_new          (const gchar    *text,
                                                       gsize           length);
void            lineup_post_reader_piece_free         (Piece          *piece);
gboolean        lineup_post_reader_body_may_be_cut    (const gchar    *body,
                                                       gsize           length);
const gchar    *lineup_post_reader_piece_end          (const gchar    *start,
                                                       const gchar    *end,
                                                       gsize           size,
                                                       guint          *lines);

/* lineup-post-reader-units.c */
void            lineup_post_reader_unit_free          (LineupPostUnit *unit);
void            lineup_post_reader_add_block          (Reader         *reader,
                                                       cmark_node     *node,
                                                       guint           depth);
GPtrArray      *lineup_post_reader_first_lines        (cmark_node     *item);

/* lineup-post-reader-lists.c */
gboolean        lineup_post_reader_is_talk_list       (cmark_node     *list,
                                                       guint           depth);
/* The line of @parent (an item, or the paragraph before a list) that
 * leads in to the list under it: an item's first, a paragraph's last. */
LineupPostLine *lineup_post_reader_lead_line          (const LineupPostUnit *parent);
gboolean        lineup_post_reader_lists_marked_talks (const LineupPostUnit *parent,
                                                       cmark_node     *list);
gboolean        lineup_post_reader_heading_names_talks (const LineupPostUnit *heading);
gboolean        lineup_post_reader_items_are_titles   (cmark_node     *list);
gboolean        lineup_post_reader_heading_over_talks (const LineupPostUnit *heading);
gboolean        lineup_post_reader_announces_talks    (const LineupPostUnit *lead_in,
                                                       cmark_node     *list);
gchar          *lineup_post_reader_person_over_titles (cmark_node     *item);
gboolean        lineup_post_reader_lists_people_over_titles (cmark_node *list);

/* lineup-post-reader-descriptions.c */
/* Appends @block to @talk's description; a list of the talk's fields
 * ("- Speakers: Name") gives its speakers when it has none. */
void            lineup_post_reader_describe_talk (Reader     *reader,
                                                  Talk       *talk,
                                                  cmark_node *block);
void            lineup_post_reader_append_block       (Reader         *reader,
                                                       GString        *description,
                                                       cmark_node     *node);
gboolean        lineup_post_reader_take_byline_summary (Talk                 *talk,
                                                        const LineupPostLine *line);
gboolean        lineup_post_reader_take_marked_fields (Talk       *talk,
                                                       cmark_node *paragraph);
void            lineup_post_reader_append_text        (GString        *description,
                                                       const gchar    *text);
void            lineup_post_reader_append_lines       (GString        *description,
                                                       const LineupPostUnit *unit,
                                                       guint           from,
                                                       guint           to);
void            lineup_post_reader_continue_lines     (GString        *description,
                                                       const LineupPostUnit *unit,
                                                       guint           from,
                                                       guint           to);

/* lineup-post-reader-walk.c */
/* lineup-post-reader-titles.c */
/* "### 09:45 – 10:45 Lightning talks" over a table of talks without a time
 * of their own (@unit, @found, the first row): the heading was their
 * session, no talk; its time is theirs, to the end of its section.  So is
 * a timed line that ends with a colon over a list, for the list's items. */
void            lineup_post_reader_drop_session_heading (Walk                 *walk,
                                                         Reader               *reader,
                                                         const LineupPostUnit *unit,
                                                         const LineupPostTalk *found);
/* Frees the talks that were such headings. */
void            lineup_post_reader_drop_session_headings (Reader              *reader);
gboolean        lineup_post_reader_walk_bold_title_under_person (Walk                        *walk,
                                                                 Talk                        *talk,
                                                                 const LineupPostUnit        *unit,
                                                                 const LineupPostRecognition *r);
void            lineup_post_reader_walk_unit          (Walk           *walk,
                                                       Reader         *reader,
                                                       guint           index);
gboolean        lineup_post_reader_find_month_for_day (gint           *year,
                                                       gint           *month,
                                                       gint            day,
                                                       gint            weekday);
Talk           *lineup_post_reader_walk_open_talk     (Walk           *walk,
                                                       Reader         *reader,
                                                       const LineupPostUnit *unit,
                                                       LineupPostTalk *found);
void            lineup_post_reader_note_slot          (Reader         *reader,
                                                       const LineupSlot *slot);
void            lineup_post_reader_walk_set_day       (Walk           *walk,
                                                       Reader         *reader,
                                                       const LineupSlot *slot);

/* lineup-post-reader-fields.c */
/* "Michael Beemer, Daniel Dyla" under a "Speakers" label: the names, joined
 * so that none reads as the organisation of the one before. */
gchar          *lineup_post_reader_speakers_value (const gchar *value);
/* "### Title" then "- 10:00am - 12:00pm": the heading with that time, a
 * talk; NULL when there is no such heading (a break's). */
Talk           *lineup_post_reader_walk_slot_heading  (Walk                 *walk,
                                                       Reader               *reader,
                                                       const LineupPostUnit *unit,
                                                       const LineupSlot     *slot,
                                                       LineupSlotFound       found);
void            lineup_post_reader_walk_fields        (Walk           *walk,
                                                       Reader         *reader,
                                                       Talk           *talk,
                                                       const LineupPostUnit *unit);
gboolean        lineup_post_reader_walk_is_field_heading (const Walk           *walk,
                                                          const LineupPostUnit *unit);
void            lineup_post_reader_walk_heading       (Walk           *walk,
                                                       const LineupPostUnit *unit);
gboolean        lineup_post_reader_walk_bold_title    (Walk           *walk,
                                                       const LineupPostUnit *unit,
                                                       const LineupPostUnit *next);
/* lineup-post-reader-people.c: "## Amy Shackles" over "### Talk Title"
 * over the title's paragraph: a talk per person's section.  Whether @index
 * was read so. */
gboolean        lineup_post_reader_walk_person_sections (Walk           *walk,
                                                         Reader         *reader,
                                                         guint           index);
gboolean        lineup_post_reader_walk_bold_speaker  (Walk           *walk,
                                                       Reader         *reader,
                                                       const LineupPostUnit *unit,
                                                       const LineupPostUnit *next);
void            lineup_post_reader_walk_under_heading (Walk           *walk,
                                                       Reader         *reader,
                                                       const LineupPostUnit *unit);
void            lineup_post_reader_walk_clear_fields  (Walk           *walk);
/* "#### Title" then "[Name](url):" alone in its paragraph: the heading is
 * a talk by that speaker, without a time.  TRUE when it opened one.  Kept
 * only when two or more headings of a post read so
 * (lineup_post_reader_drop_lone_speaker_lines()). */
/* lineup-post-reader-hours.c: whether @found's time is of the 12-hour
 * kind, after moving a bare hour of @unit into the afternoon where the
 * day's list says so. */
gboolean        lineup_post_reader_list_afternoon     (const Reader         *reader,
                                                       const Walk           *walk,
                                                       const LineupPostUnit *unit,
                                                       LineupPostTalk       *found);
/* "We meet on April 11 at 7:30pm" over "7:30 - 7:35 | Title": the prose's
 * first time is in the evening and the first talk's is that hour without
 * am/pm; the talks' bare hours move into the afternoon
 * (lineup-post-reader-hours.c). */
void            lineup_post_reader_evening_from_prose (Reader      *reader);
/* "The seminar meets on Thursdays at 4:00 pm", "- Time: 3:00-4:00pm,
 * Mondays": a series' hours, stated once, which its talks with a day and
 * no time take (lineup-post-reader-series.c). */
void            lineup_post_reader_series_hours       (Reader      *reader,
                                                       const gchar *body);
/* The first time the prose writes, when in the afternoon or the evening
 * ("at 7:30pm", "晚上7:30"), in minutes; -1 otherwise. */
gint            lineup_post_reader_prose_evening      (const gchar *body);
/* "**0930** - Title" lines, three at least and one before ten: their times
 * rewritten " *09:30*" in place (lineup-post-reader-hours.c). */
void            lineup_post_reader_repair_compact_times (gchar      *text);
/* lineup-post-reader-shortcodes.c: "[Title]({{< ref "page#anchor" >}})"
 * rewritten "[Title](page#anchor …)", as long, in place. */
void            lineup_post_reader_repair_shortcode_links (gchar    *text);
/* lineup-post-reader-hours.c: moves @slot's bare hour, before @before
 * (minutes), into the afternoon; whether it did. */
gboolean        lineup_post_reader_afternoon_after    (LineupSlot  *slot,
                                                       const gchar *text,
                                                       gint         before);
/* lineup-post-reader-days.c: how @body writes a numeric date that reads
 * both ways: as its dates that read one way only do ("9/14/2023" is month
 * first), else day first when its common short words are those of
 * Portuguese, Spanish, French, German, Italian, Dutch or Russian rather than
 * English ("08/05/2017" is 8 May). */
LineupDateOrder lineup_post_reader_date_order         (const gchar    *body);
/* lineup-post-reader-days.c: "Tomorrow!", "… tonight" in the post's
 * title: the day of its talks, in days after the post's own; -1 when it
 * names none. */
gint            lineup_post_reader_title_days_after_post (const Reader *reader);
/* lineup-post-reader-days.c: whether the post is the page of the day its
 * talks were given ("GopherCon 2018: Day 2", a date with a time). */
gboolean        lineup_post_reader_reads_as_day_of_post  (const Reader *reader);
/* The line from @start to @end when it is prose, not a list's item, a
 * heading, a table row or a quote (lineup-post-reader-days.c); else NULL. */
gchar          *lineup_post_reader_prose_line         (const gchar    *start,
                                                       const gchar    *end);
gboolean        lineup_post_reader_names_role         (const gchar    *heading);
gboolean        lineup_post_reader_walk_speaker_line  (Walk           *walk,
                                                       Reader         *reader,
                                                       const LineupPostUnit *unit);
void            lineup_post_reader_drop_lone_speaker_lines (Reader    *reader);

/* lineup-post-reader-heading-fields.c */

/* "### Andre Arko [@indirect](url)" over "[Title](url)": the speaker the
 * heading at @index names, in a run of such headings or with a handle;
 * NULL otherwise.  Notes the run in @walk. */
gchar          *lineup_post_reader_heading_names_speaker (Walk         *walk,
                                                          const Reader *reader,
                                                          guint         index);
/* "👤 Name", "⏰ 16:05 – 16:55 | Room: Alfa" under a talk: its speakers, or
 * its time and room.  TRUE when @text was such a line. */
gboolean        lineup_post_reader_take_marked_field  (Talk           *talk,
                                                       const gchar    *text);
/* "## Title" over "* Name (@handle)" and "* Day 1 - 11:00 – 12:00 - track
 * 1": a short list of the heading's speakers and slot makes it a talk; the
 * whole list is read at its first item.  TRUE when it made one. */
gboolean        lineup_post_reader_walk_heading_list  (Walk           *walk,
                                                       Reader         *reader,
                                                       guint           index);

/* lineup-post-reader-front-talks.c: reads the front matter into a tree,
 * event by event (@depth after the event, unused), then makes talks of the
 * mappings that read as talks. */
void            lineup_post_reader_front_entries_event (FrontEntries       *entries,
                                                        const yaml_event_t *event,
                                                        gint                depth,
                                                        guint               first_line);
void            lineup_post_reader_front_entries_clear (FrontEntries       *entries);
/* A node's kind, and its text (NULL but for a scalar, or for NULL). */
NodeKind        lineup_post_reader_front_node_kind    (GNode              *node);
const gchar    *lineup_post_reader_front_node_text    (GNode              *node);
/* A node of @kind (@text its scalar's), appended to @parent unless NULL. */
GNode          *lineup_post_reader_front_node_new     (GNode              *parent,
                                                       NodeKind            kind,
                                                       const gchar        *text,
                                                       guint               line);
/* lineup-post-reader-front-toml.c: TOML front matter's tables and arrays of
 * tables ("[[extra.days.talks]]") as the tree @entries holds; @text is what
 * the "+++" lines enclose, its first line the file's @first_line. */
void            lineup_post_reader_front_toml_tree    (FrontEntries       *entries,
                                                       const gchar        *text,
                                                       gsize               length,
                                                       guint               first_line);
void            lineup_post_reader_front_talks         (Reader             *reader);

/* lineup-post-reader-talks.c */
void            lineup_post_reader_talk_free          (Talk           *talk);
void            lineup_post_reader_talk_finish        (Talk           *talk);
LineupSession  *lineup_post_reader_talk_to_session    (Reader         *reader,
                                                       Talk           *talk,
                                                       GTimeZone      *tz,
                                                       GTimeZone      *show_tz,
                                                       gboolean        floating);
GPtrArray      *lineup_post_reader_assign_ids         (GPtrArray      *sessions);
/* Notes the first years @body writes anywhere ("ContainerDays Boston 2016!"),
 * a hint for a post whose dates give none. */
void            lineup_post_reader_note_body_years    (Reader         *reader,
                                                       const gchar    *body);
gboolean        lineup_post_reader_day_after_post     (Reader         *reader,
                                                       gint           *year,
                                                       gint           *month,
                                                       gint           *day);
void            lineup_post_reader_drop_agenda_items  (Reader         *reader);
/* Frees the talks @dropped says are none, keeping the others in order. */
void            lineup_post_reader_drop_talks         (Reader         *reader,
                                                       gboolean      (*dropped) (const Talk *talk));

/* lineup-post-reader-people.c: "Name, Name" bylines in a post of names only */
/* "3:10pm Key features (Farage)" … "4:00pm Data analysis (Sen)" … "4:15pm
 * Scientific computing (Sen)": a capitalised word alone in the brackets that
 * end titles, one that names two talks' speaker at least, in a post with
 * three such titles at least, is a surname; each such bracket becomes its
 * talk's speaker. */
#define MIN_BRACKET_SURNAMES 3
void            lineup_post_reader_read_bracket_surnames (Reader *reader);
void            lineup_post_reader_read_commas_as_people (Reader      *reader);
/* "\"Title\" Name Surname": a title in quotes, then its speakers. */
void            lineup_post_reader_read_quoted_then_people (Reader    *reader);
/* "[Name - Title](url)" in most talks of the post: their speakers first. */
void            lineup_post_reader_read_people_first (Reader          *reader);
/* lineup-post-reader-collapse.c: @text with its white space collapsed as
 * lineup_text_collapse_space() does (a run with a tab, or of three spaces
 * or more, a tab: columns), @links (LineupPostLink) moved along. */
gchar          *lineup_post_reader_collapse_with_links (const gchar *text,
                                                        GArray      *links);
/* lineup-post-reader-repeats.c: an untimed talk that repeats a timed one's title (or
 * its people alone) is that talk: merged. */
void            lineup_post_reader_merge_repeats     (Reader          *reader);
/* lineup-post-reader-anchors.c: each heading's anchor noted; then a timed
 * row that links a section ("[Talk 1](#talk-1)") gives its one talk its
 * slot, and goes. */
void            lineup_post_reader_note_anchor       (Reader               *reader,
                                                      const LineupPostUnit *unit);
void            lineup_post_reader_merge_anchored    (Reader          *reader);
void            lineup_post_reader_take_paren_byline     (Talk        *talk);
void            lineup_post_reader_take_byline_room      (Talk        *talk);
void            lineup_post_reader_trim_title_notes      (Talk        *talk);
void            lineup_post_reader_drop_session_code     (Talk        *talk);
/* The speakers a talk's title names in French or Spanish ("Titre par
 * Name"), or the person item above its own ("- Name" over "    - Title"),
 * when its line gave none (lineup-post-reader-people.c). */
void            lineup_post_reader_talk_find_byline      (Talk                 *talk,
                                                          const LineupPostUnit *unit);

G_END_DECLS
