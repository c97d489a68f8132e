/* lineup-post-layouts.h — the recognisers the post reader asks about each block
 *
 * The reader flattens the cmark AST into "units" (a heading, a paragraph, a
 * list item of a talk list, a block quote, any other block), each split into
 * "lines" at its top-level line breaks.  A table of small recognisers looks
 * at one unit at a time, with the walk's context, and says what it is: a day
 * heading, a track heading, a talk, a time slot, a speaker line…  To teach
 * Lineup a new layout, write one more recogniser and add it to the table in
 * lineup-post-layouts.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark.h>
#include <glib.h>

#include "lineup-slot.h"

G_BEGIN_DECLS

typedef enum
{
  LINEUP_UNIT_HEADING,
  LINEUP_UNIT_PARAGRAPH,
  LINEUP_UNIT_ITEM,       /* one item of a list whose items are talks */
  LINEUP_UNIT_QUOTE,
  LINEUP_UNIT_OTHER,      /* code, HTML, a list of prose, a rule… */
} LineupUnitKind;

/* Private: a slot scan made once (lineup_post_line_scan(), _unit_scan()). */
/* How a post writes a numeric date that reads both ways ("08/05/2017"). */
typedef enum
{
  LINEUP_DATE_ORDER_UNKNOWN,
  LINEUP_DATE_ORDER_MONTH_FIRST,
  LINEUP_DATE_ORDER_DAY_FIRST,
} LineupDateOrder;

typedef struct
{
  gboolean        done;
  LineupSlotFound found;
  LineupSlot      slot;
} LineupPostScan;

typedef struct
{
  gsize  start;           /* byte offsets of the link's text in the line */
  gsize  end;
  gchar *url;
} LineupPostLink;

typedef struct
{
  gchar       *text;        /* plain text, spaces collapsed, no markup */
  GArray      *links;       /* LineupPostLink */
  GArray      *marks;       /* LineupPostLink without a url: the runs in emphasis or strong */
  cmark_node  *first;       /* the line's first and last top-level inline */
  cmark_node  *last;
  guint        emphasised : 1;  /* every letter is inside emphasis/strong */
  guint        strong : 1;      /* every letter is inside strong */
  LineupPostScan scan;        /* private */
} LineupPostLine;

typedef struct
{
  LineupUnitKind  kind;
  gint            level;        /* heading level */
  guint           line;         /* 1-based line in the file */
  cmark_node     *node;         /* the block (paragraph, heading, item, quote…) */
  GPtrArray      *lines;        /* LineupPostLine */
  GPtrArray      *extra;        /* cmark_node: more blocks of an item (description) */
  gchar          *text;         /* all lines joined by a space */
  guint           list;         /* ITEM: its list, numbered from 1 in the post */
  /* ITEM of a sub-list of talks under a timed item ("- **12:15** Lightning
   * talks:" over "    - **Title.** Name and Name."): that item's slot */
  LineupSlot      parent_slot;
  LineupSlotFound parent_found;
  gchar          *parent_byline;  /* ITEM: the person of "- Name" over "    - Title" */
  guint           holds_talks : 1;  /* ITEM: such a timed item, a slot and no talk */
  guint           table_talks : 1;  /* ITEM: a row of a table of titles and speakers, a talk */
  guint           table_row : 1;    /* ITEM: a row of a table, of any kind */
  guint           has_link : 1;
  LineupPostScan  scan;         /* private */
  gchar          *folded;       /* private: lineup_post_unit_folded() */
} LineupPostUnit;

/* What the walk knows when it asks about a unit. */
typedef struct
{
  gboolean  in_talk;          /* a talk is open */
  gboolean  talk_has_time;
  gboolean  talk_has_speakers;
  gboolean  talk_has_description;
  gboolean  seen_talk;        /* any talk so far */
  gboolean  have_day;
  gboolean  day_list;         /* an item of the list right under a day ("**Thursday 7/13**") */
  gboolean  day_section;      /* in the section of a day's heading ("### September 18 2019") */
  gboolean  pending_slot;     /* a slot paragraph came just before this unit */
  gboolean  heading_slot;     /* under a heading that is only a time ("10:50 AM talks") */
  const LineupPostUnit *next; /* the following unit, or NULL */
  gint      pub_year, pub_month, pub_day;   /* front matter date, 0 if none */
  const gchar *title;         /* the post's title (front matter), or NULL */
  const gchar *speaker_heading; /* right under "### Name [@handle](url)": the name, or NULL */
  gint      talks_heading_level; /* in the section of "## Talks" (its level), or 0 */
  LineupDateOrder date_order; /* how the post writes "08/05/2017" */
} LineupPostContext;

typedef enum
{
  LINEUP_ROLE_NONE,           /* prose: description of the open talk, or post metadata */
  LINEUP_ROLE_DAY,            /* sets the day for the talks below it */
  LINEUP_ROLE_TRACK,          /* sets the track/event for the talks below it */
  LINEUP_ROLE_END,            /* a closing section: no more talk descriptions */
  LINEUP_ROLE_CLOSING,        /* prose that is not part of a talk (booth, see you…) */
  LINEUP_ROLE_TALK,           /* one or more talks (see lines) */
  LINEUP_ROLE_SLOT,           /* the time slot of the open (or the next) talk; from a
                               * heading, of every talk under it */
  LINEUP_ROLE_SPEAKERS,       /* the speakers of the open talk */
  LINEUP_ROLE_ZONE_NOTE,      /* names the time zone of the whole post */
  LINEUP_ROLE_FIELDS,         /* labelled lines: "Time: …", "Speakers: …" (see lines) */
} LineupPostRole;

/* What a labelled line ("DATE: Wednesday April 2", "Facilitators: …") gives. */
typedef enum
{
  LINEUP_POST_FIELD_NONE,
  LINEUP_POST_FIELD_WHEN,       /* Date, Time, When, Date & Time… */
  LINEUP_POST_FIELD_SPEAKERS,   /* Speaker(s), Presenters, Facilitators, Host, By, Who… */
  LINEUP_POST_FIELD_ROOM,       /* Room, Where, Location, Venue */
  LINEUP_POST_FIELD_URL,        /* URL, Link */
  LINEUP_POST_FIELD_OTHER,      /* Track, Level, Type…: known, not used */
  LINEUP_POST_FIELD_TITLE,      /* Title, Talk title: the talk's own */
  LINEUP_POST_FIELD_END,        /* Ends, End time, Termina: when the talk ends */
} LineupPostField;

/* A talk found on one line of a unit. */
typedef struct
{
  guint        line_index;
  gchar       *title;         /* raw title text (the reader cleans it) */
  gchar       *byline;        /* speakers written next to the title, or NULL */
  gchar       *label;         /* "GitOpsCon" in "9:45 - 10:15 GitOpsCon: [Title](url)" */
  gchar       *room;          /* "Room 104" in "[Title](url) (by Name), Room 104, 9:30 to 12:30" */
  gchar       *url;
  gchar       *summary;       /* "[Title](url) by Name - what it is about": plain text, or NULL */
  LineupSlot   slot;
  LineupSlotFound found;
  gboolean     weak;          /* an item of a bare list: a talk only in a post with no other */
} LineupPostTalk;

typedef struct
{
  LineupPostRole  role;
  LineupSlot      slot;       /* DAY, SLOT */
  LineupSlotFound found;
  gchar          *text;       /* TRACK name, SPEAKERS byline, ZONE_NOTE abbreviation */
  GArray         *talks;      /* TALK: LineupPostTalk */
} LineupPostRecognition;

void     lineup_post_recognition_clear (LineupPostRecognition *recognition);

/* Asks the recognisers, in order, what @unit is.  Returns the role (also
 * stored in @out). */
LineupPostRole lineup_post_layouts_recognise (const LineupPostUnit    *unit,
                                              const LineupPostContext *context,
                                              LineupPostRecognition   *out);

/* lineup_slot_scan() of the line's text, and of the unit's: each text is
 * scanned once however often the recognisers and the reader ask. */
LineupSlotFound lineup_post_line_scan (const LineupPostLine *line,
                                       LineupSlot           *slot);
LineupSlotFound lineup_post_unit_scan (const LineupPostUnit *unit,
                                       LineupSlot           *slot);
/* The unit's text folded with lineup_text_fold(), made once. */
const gchar    *lineup_post_unit_folded (const LineupPostUnit *unit);

/* Helpers shared with the reader. */
gboolean lineup_post_layouts_is_sched_url      (const gchar *url);
/* "https://fosdem.org/2022/schedule/event/riscv/", a pretalx ".../talk/ABC/",
 * ".../schedule/presentation/72/", a Sched event: the page of one talk in a
 * conference's schedule (lineup-post-layouts-prose.c). */
gboolean lineup_post_layouts_is_event_page     (const gchar *url);
gchar   *lineup_post_layouts_sched_code        (const gchar *url);
gboolean lineup_post_layouts_line_is_slot      (const LineupPostLine *line,
                                                LineupSlot           *slot,
                                                LineupSlotFound      *found);
gchar   *lineup_post_layouts_list_speakers     (cmark_node           *list);
/* Whether most of @list's items name people on one side of a dash
 * ("* Name - Title"): a day's talks without times
 * (lineup-post-layouts-untimed.c). */
/* TRUE when @text names a place ("Room 402", "Ballroom BC", "David L.
 * Lawrence Convention Center"), not people. */
gboolean lineup_post_layouts_is_place          (const gchar *text);
/* Whether the first word of @text names a place ("Hall C", "Room 101"). */
gboolean lineup_post_layouts_starts_with_place (const gchar *text);
/* "Naty Clementi - Room 310/311": cuts the room (a place's word first,
 * after a dash or a bar) off the end of @text, and returns it; NULL, @text
 * untouched, when it does not end so. */
gchar    *lineup_post_layouts_cut_room_tail     (gchar       *text);
gboolean lineup_post_layouts_list_names_people (cmark_node           *list);
/* Whether @line starts with a whole date and gives no time ("2014-01-30:
 * Name - Title"), the date in @slot. */
gboolean lineup_post_layouts_line_starts_with_date (const LineupPostLine *line,
                                                    LineupDateOrder       order,
                                                    LineupSlot           *slot);
/* "Data: 02/06/2018", "Date: May 6, 2021": a label of a day and nothing
 * but a whole date after it, in @slot (relative to the value). */
gboolean lineup_post_layouts_date_field (const gchar *text,
                                         LineupSlot  *slot);
gboolean lineup_post_layouts_line_is_speakers  (const LineupPostLine *line,
                                                gchar               **byline,
                                                LineupSlot           *slot,
                                                LineupSlotFound      *found);
/* Whether @line opens with a title in bold or italics that people follow
 * ("**Title.** Name, Name and Name."; lineup-post-layouts-marked.c). */
gboolean lineup_post_layouts_line_is_marked_talk (const LineupPostLine *line);
/* "Speaker(s) :", "Speakers:": a label of speakers with nothing after it,
 * over the list that names them. */
gboolean        lineup_post_layouts_is_speakers_label (const gchar *text);
/* The field @text starts with ("Time: 10:10 CET" → WHEN), its value
 * starting at @value_start; NONE when @text is no labelled line. */
LineupPostField lineup_post_layouts_field      (const gchar *text,
                                                gsize       *value_start);
/* What a field's name, the @length bytes of @text, says it holds ("Time",
 * "Ponente", "題目"), as lineup_post_layouts_field() reads it before its
 * colon. */
LineupPostField lineup_post_layouts_label_field (const gchar *text,
                                                 gsize        length);
/* The zone a note names ("All times are in CET" → "CET"), newly allocated,
 * or NULL. */
gchar   *lineup_post_layouts_find_zone_note    (const gchar *text);

G_END_DECLS
