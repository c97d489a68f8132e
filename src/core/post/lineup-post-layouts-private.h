/* lineup-post-layouts-private.h — what the recognisers' files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-post-layouts.h"

G_BEGIN_DECLS

/* Text helpers (lineup-post-layouts.c) */

/* Letters and digits in @text (@length -1: up to the NUL). */
guint        lineup_post_count_letters       (const gchar         *text,
                                              gssize               length);
/* Words (runs of letters and digits) in @text. */
guint        lineup_post_count_words         (const gchar         *text);
/* The words of a speaker line outside its organisations: what brackets
 * hold and what follows " @ " up to the next comma ("Daniel GAINA @
 * Institute of Mathematics for Industry (IMI), Kyushu University": four). */
guint        lineup_post_count_name_words    (const gchar         *text);
/* Whether @text has more than @limit words (counting no further). */
gboolean     lineup_post_more_words_than     (const gchar         *text,
                                              guint                limit);
/* A copy of @text without the white space and separators around it. */
gchar       *lineup_post_trim_separators     (const gchar         *text,
                                              gsize                length);
/* "OPN311", "HSM5292": a catalogue's code of a session, capital letters
 * then digits, at the start of @text; its length in bytes, or 0. */
gsize        lineup_post_session_code_length (const gchar        *text);
/* Whether @length bytes of @text are such a code and nothing else. */
gboolean     lineup_post_is_session_code     (const gchar         *text,
                                              gsize                length);
/* Whether @text starts with a marker before speakers: a dash, "by", "with", "|". */
gboolean     lineup_post_starts_with_dash    (const gchar         *text);
/* @text after its speaker markers ("-- ", "— ", "By ", "Speakers: "…). */
const gchar *lineup_post_skip_speaker_marker (const gchar         *text);
/* "@Mauro and @Victor", "@Ana, @Li": handles alone, each a capitalised name,
 * as the names "Mauro; Victor"; NULL when @text is not so. */
gchar       *lineup_post_handles_as_names    (const gchar         *text);
/* The plain text of an item's paragraph when it is one run of text
 * ("Mika Mattila, Netum"), or NULL. */
/* The plain text of each line of @paragraph (at its soft and hard breaks). */
GStrv        lineup_post_layouts_paragraph_lines (cmark_node        *paragraph);
const gchar *lineup_post_item_plain_text     (cmark_node          *item);
/* "⏰ 16:05 – 16:55 | Room: Alfa", "👤 **Name**": the line after the emoji
 * or symbol that marks it, or NULL when none does. */
gchar       *lineup_post_strip_marker        (const gchar        *text);
/* Whether @bare (a marked line, lineup_post_strip_marker()) opens with a
 * time and has nothing after it but fields after a bar; its time in @slot. */
gboolean     lineup_post_marked_slot         (const gchar        *bare,
                                              LineupSlot         *slot);
/* "⏰ 16:05 – 16:55 | Room: Alfa", "10:25 – 10:55 | Track: DBA": a line that
 * gives a talk's time alone, maybe after a symbol, fields after a bar. */
gboolean     lineup_post_is_slot_text        (const gchar        *text);
/* The first spaced dash (" - ", " – ", " — ") in @text and its length in
 * @length; NULL when none. */
const gchar *lineup_post_find_dash           (const gchar        *text,
                                              gsize              *length);
/* "Title - Name (Ville de Lyon)": whether the words after the last dash of
 * @text's first @length bytes read as a person's name; then a bracket after
 * them holds an organisation (one that may read as a name too). */
gboolean     lineup_post_names_person_at_end (const gchar        *text,
                                              gsize               length);
/* @text without a bracket that closes it ("Name (Org)" → "Name"), trimmed. */
gchar       *lineup_post_without_last_bracket (const gchar        *text);
/* Whether folded @text contains any of @needles (folded, NULL-terminated). */
gboolean     lineup_post_folded_contains_any (const gchar         *text,
                                              const gchar * const *needles);

/* lineup-post-layouts-prose.c: speakers and rooms written in prose */

/* "Title by Name & Name, Org": splits @text at its last " by " when what
 * follows reads as people; FALSE (nothing set) otherwise. */
gboolean     lineup_post_split_by_byline     (const gchar         *text,
                                              gchar              **before,
                                              gchar              **byline);
/* The same for a talk: two words of title at least before "by", and what
 * follows read as people. */
gboolean     lineup_post_split_talk_by_byline (const gchar        *text,
                                               gchar             **title,
                                               gchar             **byline);
/* @text before a sponsor clause: "Light dinner sponsored by Org" → "Light
 * dinner"; a copy of @text when it has none. */
gchar       *lineup_post_cut_sponsor          (const gchar       *text);
/* @title without a duration aside after it: "Welcome (10 min)", "Title by
 * Name (20 + 10 min)", "Title: 20 mins" → "Welcome", "Title by Name",
 * "Title". */
gchar       *lineup_post_strip_duration_aside (const gchar       *title);
gboolean     lineup_post_layouts_is_length (const gchar *text);
/* "(by Name and Name), Room 104": a byline in brackets, then maybe a short
 * place.  Sets *byline and *room (NULL when none); FALSE when @text is not so. */
gboolean     lineup_post_read_bracketed_byline (const gchar       *text,
                                                gchar            **byline,
                                                gchar            **room);

/* Recognisers in files of their own */

/* lineup-post-layouts-talks.c: the fields every talk line gives, and
 * booths, kiosks and office hours, which are no talks. */
void         lineup_post_layouts_set_talk    (LineupPostTalk      *talk,
                                              guint                line_index,
                                              gchar               *title,
                                              const LineupSlot    *slot,
                                              LineupSlotFound      found);
gboolean     lineup_post_layouts_title_is_not_a_talk (const gchar *title);
gboolean     lineup_post_layouts_title_calls_to_act (const gchar *title);
gboolean     lineup_post_layouts_names_short_talks (const gchar *folded);
gboolean     lineup_post_layouts_item_names_people_first (const LineupPostUnit *item);
gboolean     lineup_post_layouts_names_part_of_day (const gchar *folded);
/* "Slides", "Video", "YouTube Playlist": a link to a talk's material. */
gboolean     lineup_post_layouts_title_is_material (const gchar *title);
/* "Welcoming speech and opening", "Closing remarks", "Intro": the host's
 * words around the talks, none itself. */
gboolean     lineup_post_layouts_title_is_ceremony (const gchar *title);
/* "And many more http://…sched.org/", "…and more!": the end of a list of
 * talks, pointing to the rest of the programme. */
gboolean     lineup_post_layouts_title_announces_more (const gchar *title);

/* lineup-post-layouts-unlinked.c: a line with a time and a short title but
 * no link ("9:00 - 9:30 Opening Remarks"), a heading that starts with its
 * time, and a block of a time over its title in bold. */
gboolean     lineup_post_layouts_unlinked_talk_line (const LineupPostUnit    *unit,
                                                     guint                    index,
                                                     const LineupPostContext *context,
                                                     LineupPostTalk          *talk);
gboolean     lineup_post_layouts_heading_starts_with_time (const LineupPostUnit *unit,
                                                           guint                 index);
/* "**09.00-09.15** Registration": a time, then a break. */
gboolean     lineup_post_layouts_line_is_timed_filler (const LineupPostLine *line);
gboolean     lineup_post_layouts_bold_title_under_slot (const LineupPostUnit *unit,
                                                        guint                 index,
                                                        LineupPostTalk       *talk);

/* lineup-post-layouts-fields.c: "*Name, Org*", "- Name" under the open
 * talk: its speakers. */
gboolean     lineup_post_layouts_recognise_speakers (const LineupPostUnit    *unit,
                                                     const LineupPostContext *context,
                                                     LineupPostRecognition   *out);

/* lineup-post-layouts-fields.c: lineup_post_layouts_find_zone_note() of
 * @text, given it folded (lineup_text_fold()). */
gchar       *lineup_post_layouts_find_zone_note_folded (const gchar *text,
                                                        const gchar *folded);

/* lineup-post-layouts-marked.c: "09:30 **Title**, _Name_ (Org)", a title in
 * emphasis and its speakers beside it. */
/* lineup-post-layouts-marked.c: "- Irvi Aini [@irvifa](…), Engineer,
 * [Org](…)" items: the people a list names, one an item, before their
 * roles ("Irvi Aini; Giovan Isa Musthofa"); NULL when an item names no one. */
gchar       *lineup_post_layouts_people_of_list (cmark_node *list);
/* lineup-post-layouts-marked.c: "- **Title**: [[Slides]](…)" over such a
 * list of people: a talk with no time of its own. */
gboolean     lineup_post_layouts_marked_item_talk (const LineupPostUnit    *unit,
                                                   guint                    index,
                                                   LineupPostTalk          *talk);
gboolean     lineup_post_layouts_marked_title_talk (const LineupPostUnit    *unit,
                                                    guint                    index,
                                                    const LineupPostContext *context,
                                                    LineupPostTalk          *talk);

/* lineup-post-layouts-talks.c: a unit of talk lines. */
gboolean     lineup_post_layouts_recognise_talks (const LineupPostUnit    *unit,
                                                  const LineupPostContext *context,
                                                  LineupPostRecognition   *out);

/* lineup-post-layouts-untimed.c: "* Name - Title", a line of a list right
 * under a day ("**THURSDAY 7/13**") that gives no times.  Fills @talk from
 * line @index of @unit; FALSE when the line is no such talk. */
gboolean     lineup_post_layouts_day_list_talk (const LineupPostUnit    *unit,
                                                guint                    index,
                                                const LineupPostContext *context,
                                                LineupPostTalk          *talk);
/* @text, an item of @list, split at its dash as the list's items agree. */
gboolean     lineup_post_layouts_split_agreed_item (cmark_node     *list,
                                                    const gchar    *text,
                                                    LineupPostTalk *talk);
/* The text of @item's first paragraph, links' text included, or NULL. */
gchar       *lineup_post_layouts_item_text (cmark_node *item);

/* lineup-post-layouts-items.c: weak talks, kept only in a post with no
 * other (drop_weak_talks() in lineup-post-reader.c).  "- Title (Name)
 * slides code", "- Name - Title": an item of a bare list whose items agree
 * on their shape. */
gboolean     lineup_post_layouts_bare_list_talk (const LineupPostUnit    *unit,
                                                 guint                    index,
                                                 const LineupPostContext *context,
                                                 LineupPostTalk          *talk);
/* "### 1. **Name** - Title" */
gboolean     lineup_post_layouts_bold_name_heading_talk (const LineupPostUnit *unit,
                                                         guint                 index,
                                                         LineupPostTalk       *talk);
/* "[Name](…) on Title." */
gboolean     lineup_post_layouts_person_link_talk (const LineupPostUnit *unit,
                                                   guint                 index,
                                                   LineupPostTalk       *talk);
/* Whether most of @list's first items read as "Title (Names) slides". */
gboolean     lineup_post_layouts_list_of_bracket_people (cmark_node *list);

/* A line that names speakers is short: a few people, not a sentence. */
#define LINEUP_POST_MAX_SPEAKER_LINE_WORDS 8

/* lineup-post-layouts-untimed.c: the people a speaker line under a talk's
 * heading names ("(by Eric Hodel)", "by Ana Souza", "Mei Lin"), or NULL. */
gchar       *lineup_post_layouts_speaker_line (const gchar *text);
/* "Presented by [Name](…) | Sunday, August 13, 9:00 AM - 12:30 PM | Level:
 * Intermediate": a speaker line, then the talk's slot after a bar; the
 * people, or NULL. */
gchar       *lineup_post_layouts_speaker_slot_line (const gchar     *text,
                                                    LineupSlot      *slot,
                                                    LineupSlotFound *found);
/* lineup-post-layouts-unlinked.c: "**Title** lightning talk with Name": the
 * bold run right after @slot's span (the line's start for an empty slot)
 * in @title, the person a "with"/"by" phrase names in @byline (or NULL). */
gboolean     lineup_post_layouts_split_marked_title (const LineupPostLine *line,
                                                     const LineupSlot     *slot,
                                                     gchar               **title,
                                                     gchar               **byline);

/* lineup-post-layouts-untimed.c: the first "08/05/2017" in @text read in
 * @order into @slot (its span set); FALSE when there is none or the order
 * is not known. */
gboolean     lineup_post_layouts_find_ordered_date (const gchar     *text,
                                                    LineupDateOrder  order,
                                                    LineupSlot      *slot);

/* lineup-post-layouts-untimed.c: "## Reducing Enumerable by Brandon
 * Weaver": a heading of a post that has a day naming a talk and its
 * speaker, without a time. */
gboolean     lineup_post_layouts_heading_byline_talk (const LineupPostUnit    *unit,
                                                      guint                    index,
                                                      const LineupPostContext *context,
                                                      LineupPostTalk          *talk);

/* lineup-post-layouts-sections.c: "#### Title" in the section of "### Talks",
 * over the speaker's biography. */
gboolean     lineup_post_layouts_people_over_italic_title (const LineupPostUnit    *unit,
                                                           const LineupPostContext *context,
                                                           LineupPostTalk          *talk);
gboolean     lineup_post_layouts_slot_heading_talk (const LineupPostUnit    *unit,
                                                    guint                    index,
                                                    const LineupPostContext *context,
                                                    LineupPostTalk          *talk);
gboolean     lineup_post_layouts_section_heading_talk (const LineupPostUnit    *unit,
                                                       guint                    index,
                                                       const LineupPostContext *context,
                                                       LineupPostTalk          *talk);

/* lineup-post-layouts-sections.c: "**Title - Name, Org**" opening a paragraph
 * in the section of "## Our Talks". */
gboolean     lineup_post_layouts_section_bold_talk (const LineupPostUnit    *unit,
                                                    guint                    index,
                                                    const LineupPostContext *context,
                                                    LineupPostTalk          *talk);

/* lineup-post-layouts-items.c: "Lecture 1: Title", "Oral presentation 2 -
 * Title": a kind of talk and its number before a title are cut off @text, in
 * place (when a title of two words or more follows). */
void         lineup_post_layouts_cut_numbered_kind (gchar *text);
/* the same for a kind that says only "a talk" ("Talk 5: Title"), not
 * "Keynote 1: Title" */
void         lineup_post_layouts_cut_numbered_talk (gchar *text);

/* lineup-post-layouts-sections.c: "**Title**" over "Name", a paragraph of
 * its own in a post that has a day, or over a paragraph of its speakers. */
gboolean     lineup_post_layouts_bold_title_speaker_talk (const LineupPostUnit    *unit,
                                                          guint                    index,
                                                          const LineupPostContext *context,
                                                          LineupPostTalk          *talk);

/* lineup-post-layouts-untimed.c: "🗣 [Name - Title](slides)", a paragraph
 * in the section of a day's heading that names a speaker and a title. */
gboolean     lineup_post_layouts_day_section_talk (const LineupPostUnit    *unit,
                                                   guint                    index,
                                                   const LineupPostContext *context,
                                                   LineupPostTalk          *talk);

/* lineup-post-layouts-untimed.c: "* 2014-01-30: Name - Title", a line
 * that starts with a whole date and goes on as a talk. */
/* lineup-post-layouts-linked.c: @line's text without its brackets of
 * nothing but links ("Title ([HTML](…), [PDF](…)) (Name)" → "Title (Name)",
 * "[[Slides](…)]") and without the links to its material that end it
 * ("Title (Name) - [Slides](…), [Session recording](…)"), or NULL when a
 * link stands outside these. */
gchar       *lineup_post_line_text_without_link_brackets (const LineupPostLine *line);
gboolean     lineup_post_layouts_dated_talk (const LineupPostUnit    *unit,
                                             guint                    index,
                                             const LineupPostContext *context,
                                             LineupPostTalk          *talk);

/* lineup-post-layouts-untimed.c: "* Data: 02/06/2018", a meetup's day,
 * labelled (lineup_post_layouts_date_field()). */
/* "- With [“Title”](https://fosdem.org/…/schedule/event/x/), Name will
 * show…": an item of prose around the link to a talk's schedule page, a
 * talk by the person it names. */
/* lineup-post-layouts-items.c: "“Title” by Name, Role", "ARC312 | Title" items */
/* Adds @talk (taken) to @out's talks, @out a talk; TRUE. */
gboolean     lineup_post_layouts_add_talk (LineupPostRecognition *out,
                                           LineupPostTalk        *talk);
gboolean     lineup_post_layouts_recognise_quoted_item (const LineupPostUnit    *unit,
                                                        const LineupPostContext *context,
                                                        LineupPostRecognition   *out);
/* "09:05 Keynote, Chair: Name<br>" over "**João Saraiva**<br>" over
 * "*Energy Efficiency in Programming Languages*": a kind of talk (and who
 * chairs it) on the time's line, its speakers, then its title in emphasis,
 * each on a line of its own.  Takes the speakers and that title for @talk,
 * read on line @index (lineup-post-layouts-items.c). */
gboolean     lineup_post_layouts_kind_over_people_and_title (const LineupPostUnit *unit,
                                                             guint                 index,
                                                             LineupPostTalk       *talk);
/* "- 9:30 - 10:30" over " ~ **Invited talk**: Name" over " ~ "Title"" (a
 * definition list): the time, the people (maybe after their kind), then
 * the title in quotes, linked or in emphasis, each on a line of its own,
 * the first lines of @unit (lineup-post-layouts-items.c). */
gboolean     lineup_post_layouts_slot_people_title (const LineupPostUnit *unit,
                                                    guint                 index,
                                                    LineupPostTalk       *talk);
/* lineup-post-layouts-linked.c: "11:00, Lammemuir 1" (or "**9:00 - 9:30**")
 * over "[Title](…) - Name, Org" in one paragraph: line @index is the time
 * (and the room) of the linked talk on the next line.  Sets @slot, @found
 * and @room (NULL when the line names none). */
gboolean     lineup_post_layouts_slot_over_link (const LineupPostUnit  *unit,
                                                 guint                  index,
                                                 LineupSlot            *slot,
                                                 LineupSlotFound       *found,
                                                 gchar                **room);
/* Whether line @index of @unit is a linked talk under its time (the line
 * before, lineup_post_layouts_slot_over_link()). */
gboolean     lineup_post_layouts_slot_above     (const LineupPostUnit  *unit,
                                                 guint                  index);
/* lineup-post-layouts-linked.c: "Contributed by [David E. Bernholdt](url)",
 * "Posted by [Name](url)": whether @before, the text before a link, makes
 * it a link on the post's author (no talk). */
gboolean     lineup_post_is_author_link         (const gchar           *before);
/* Whether every letter of @line's text from @start to @end is a link's
 * (lineup-post-layouts-linked.c). */
gboolean     lineup_post_line_only_links (const LineupPostLine *line,
                                          gsize                 start,
                                          gsize                 end);
/* "Multicore OCaml, by Stephen Dolan, Leo White (University of Cambridge)."
 * over "[PDF Abstract](…).": a paragraph that is a talk's title, ", by " and
 * its people, then links to its material; its title and byline. */
gboolean     lineup_post_layouts_by_paragraph (const LineupPostUnit  *unit,
                                               gchar                **title,
                                               gchar                **byline);
/* Such a paragraph under a heading that times it ("#### 09:10-10:00 -
 * Runtime system") is a talk in that slot. */
gboolean     lineup_post_layouts_recognise_by_paragraph (const LineupPostUnit    *unit,
                                                         const LineupPostContext *context,
                                                         LineupPostRecognition   *out);
/* "### Session One" then "11:00 - 12:30" over a table of talks without
 * times (@list): a paragraph that is one time, no more, is the slot of
 * every row. */
gboolean     lineup_post_layouts_times_a_table (const LineupPostUnit *unit,
                                                cmark_node           *list);
/* "Ana Lima and Bo Li<br>*Title*", "Ana Lima and Bo Li: Title": @lines (an
 * item's) name people first, then a title (in emphasis on a line of its
 * own, or after a colon); each given when not NULL. */
gboolean     lineup_post_layouts_people_then_title (GPtrArray  *lines,
                                                    gchar     **people,
                                                    gchar     **title);
gboolean     lineup_post_layouts_recognise_session_item (const LineupPostUnit    *unit,
                                                         const LineupPostContext *context,
                                                         LineupPostRecognition   *out);
gboolean     lineup_post_layouts_recognise_catalogue_item (const LineupPostUnit    *unit,
                                                           const LineupPostContext *context,
                                                           LineupPostRecognition   *out);
gboolean     lineup_post_layouts_recognise_prose_event (const LineupPostUnit    *unit,
                                                        const LineupPostContext *context,
                                                        LineupPostRecognition   *out);
gboolean     lineup_post_layouts_recognise_event_bound (const LineupPostUnit    *unit,
                                                        const LineupPostContext *context,
                                                        LineupPostRecognition   *out);
gboolean     lineup_post_layouts_recognise_date_field (const LineupPostUnit    *unit,
                                                       const LineupPostContext *context,
                                                       LineupPostRecognition   *out);

/* lineup-post-layouts-untimed.c: "Tania", "Sebastian": one capitalised word
 * of letters, a speaker who signed up with a first name. */
gboolean     lineup_post_layouts_is_first_name (const gchar *text);
gboolean     lineup_post_layouts_is_one_word_name (const gchar *text);
gboolean     lineup_post_layouts_is_handle        (const gchar *text);
/* Whether @unit is an item of one line (the @index-th, its first), or of
 * that line and lines of links in brackets ("    ([slides](…))"). */
gboolean     lineup_post_layouts_one_line_item    (const LineupPostUnit *unit,
                                                   guint                 index);
gboolean     lineup_post_layouts_names_material (const gchar *text);
gboolean     lineup_post_layouts_take_people_line (GArray               *talks,
                                                   const LineupPostLine *line);
/* "Main Hall", "Room 2", "Hall B": a room's name, its last word a place's
 * (or a number or letter after one). */
gboolean     lineup_post_layouts_is_room_name (const gchar *text);
/* "OUGL", "PAB5", "LH": a room's code, capitals and digits in one short word. */
gboolean     lineup_post_layouts_is_room_code (const gchar *text);
/* " | Room 151", " — Auditório 1": a room after a dash or a bar (no time in
 * it): the room, else NULL. */
gchar       *lineup_post_layouts_room_tail (const gchar *rest);
gboolean     lineup_post_layouts_sentence_talk (const LineupPostLine *line,
                                                LineupPostTalk       *talk);

/* lineup-post-layouts-labels.c: "schedule", "the programme", "Agenda:":
 * a heading's @folded text naming what follows, no track of it. */
gboolean     lineup_post_layouts_is_schedule_word (const gchar *folded);
/* "## All times are in CET", "All times are in CET.": a heading or a
 * paragraph that names the post's zone. */
gboolean     lineup_post_layouts_recognise_zone_heading (const LineupPostUnit    *unit,
                                                         const LineupPostContext *context,
                                                         LineupPostRecognition   *out);
gboolean     lineup_post_layouts_recognise_zone_note (const LineupPostUnit    *unit,
                                                      const LineupPostContext *context,
                                                      LineupPostRecognition   *out);

/* lineup-post-layouts-prose.c: "the first talk was **The Scheduler Saga**
 * by [Kavya Joshi](…), it was…": a report's sentences naming the talks
 * seen, in bold, and their speakers. */
gboolean     lineup_post_layouts_recognise_prose_bold (const LineupPostUnit    *unit,
                                                       const LineupPostContext *context,
                                                       LineupPostRecognition   *out);
/* lineup-post-layouts-prose.c: "**1:00 pm**: Name (@handle), Role, will
 * give a workshop on [Title](sched) on Kubernetes. Room 4." */
gboolean     lineup_post_layouts_recognise_prose_talk (const LineupPostUnit    *unit,
                                                       const LineupPostContext *context,
                                                       LineupPostRecognition   *out);

/* lineup-post-layouts-bullets.c: "Check out the [Title](sched) session led
 * by Name and Name on June 25th at 11:45." */
gboolean     lineup_post_layouts_recognise_prose_bullet (const LineupPostUnit    *unit,
                                                         const LineupPostContext *context,
                                                         LineupPostRecognition   *out);

/* lineup-post-layouts-fields.c: a unit of labelled lines ("Time: …"). */
gboolean     lineup_post_layouts_recognise_fields (const LineupPostUnit    *unit,
                                                   const LineupPostContext *context,
                                                   LineupPostRecognition   *out);

/* lineup-post-layouts-labels.c: the text before a talk's link. */

/* A label is a short name ("GitOpsCon"), not a phrase. */
#define LINEUP_POST_MAX_LABEL_LETTERS 40

/* The pieces of a linked talk line around its link, as they are read
 * (lineup-post-layouts-talks.c). */
typedef struct
{
  gchar          *before;      /* the text before the link */
  gchar          *after;       /* after the link, or after the time that follows it */
  gchar          *label;
  gchar          *byline;      /* speakers between the link and a time after it */
  gchar          *room;        /* a place after a bracketed byline */
  gchar          *summary;     /* what the talk is about, after the byline and a dash */
  LineupSlot      slot;
  LineupSlotFound found;
  gboolean        after_time;  /* the time sat after the link */
  guint           leftover;    /* letters that belong to nothing */
} LineupPostLinkedLine;

/* lineup-post-layouts-linked.c: the first link on @line whose text has a
 * word in it (not "[1]", not an anchor "#…", not the speaker's page before
 * the talk's), or NULL. */
const LineupPostLink *lineup_post_linked_find_talk_link (const LineupPostLine *line);
/* lineup-post-layouts-linked.c: "[11:00am Title](url)": moves the time
 * that starts @title before the link. */
void         lineup_post_linked_move_leading_time (LineupPostLinkedLine  *pieces,
                                                   gchar                **title);
/* lineup-post-layouts-linked.c: "*Title* - [Name](url)": makes the text
 * before the link the title, the link's text the byline; FALSE (nothing
 * changed) when the line is no such talk. */
gchar       *lineup_post_linked_name_dash_org (const gchar *people);
gboolean     lineup_post_linked_name_colon_title (LineupPostLinkedLine  *pieces,
                                                  gchar                **title);
gboolean     lineup_post_linked_title_first (LineupPostLinkedLine  *pieces,
                                             gchar                **title,
                                             gboolean               by);
/* lineup-post-layouts-linked.c: "Name - [Title](url)" (in a day's list,
 * @day_item, "Name: [Title](url)" too; in a table's @cell "Name (Org)
 * [Title](url)"): moves the name to the byline. */
gboolean     lineup_post_linked_people_first (LineupPostLinkedLine *pieces,
                                              const gchar          *title,
                                              gboolean              day_item,
                                              gboolean              cell);
/* lineup-post-layouts-items.c: "“Title”, Name", "\"Title\" by Name": where the
 * people after a quoted title start (the closing quote in @close), or NULL
 * when @text opens with no quoted title. */
const gchar *lineup_post_layouts_after_quoted_title (const gchar  *text,
                                                     const gchar **close);
/* lineup-post-layouts-linked.c: a recap's lists of links without a day or
 * a time: the pages of the conference's talks ("…/schedule/presentation/
 * 72/"), or "[Title](url) by [Name](url)" items and lines; whether the
 * text after a link says "by" ("_by_ [Name](…)"). */
gboolean     lineup_post_linked_lists_event_pages (const LineupPostUnit *unit);
gboolean     lineup_post_linked_lists_bylines     (const LineupPostUnit *unit);
gboolean     lineup_post_linked_says_by           (const gchar          *after);
/* Whether @link names no talk: a map, a place after a day ("Thursday,
 * October 1, 2026 · Rooms 403, [Convention Center](…)": a dateline's
 * venue), a person after "Presented by" (a speakers' line). */
gboolean     lineup_post_linked_names_no_talk     (const LineupPostLine *line,
                                                   const LineupPostLink *link);
/* "[Title](url) by [Name](/speaker/1), [Name](/speaker/2) and [Name](…) -
 * Room 310": the names of people's pages after a talk's link are its
 * @byline, joined by "; " (each a person, whatever the name looks like),
 * the room @pieces's; nothing changes when anything else follows the link. */
void         lineup_post_linked_prefer_speaker_links (const LineupPostLine  *line,
                                                      const LineupPostLink  *title,
                                                      gchar                **byline,
                                                      LineupPostLinkedLine  *pieces);
/* "Naty Clementi and Phillip Cloud - Room 310/311": the people before the
 * room, which becomes @pieces's when it has none; NULL when @people does
 * not end with a room. */
gchar       *lineup_post_linked_people_before_room   (const gchar           *people,
                                                      LineupPostLinkedLine  *pieces);
/* lineup-post-layouts-linked.c: "[**Title**Name](url)": the link's bold
 * opening is the title, the names glued after it the byline. */
void         lineup_post_linked_split_marked (const LineupPostLine  *line,
                                              const LineupPostLink  *link,
                                              gchar                **title,
                                              LineupPostLinkedLine  *pieces);

/* What the label before the link (to @url) is: the start of @title, its
 * speakers (*@byline, when it has none yet), or a track kept in @pieces. */
void         lineup_post_linked_read_label (LineupPostLinkedLine  *pieces,
                                            const gchar           *url,
                                            gchar                **title,
                                            gchar                **byline);
/* "### [Observability Day](page): Tuesday, 19th March", "### [Day 1](day1),
 * Monday, August 24th, 2026", "### At [MUM](url), November 27th, Lisbon": an
 * event's link (or its day's), then only its day, heads that day's talks. */
gboolean     lineup_post_heading_links_an_event_day (const LineupPostUnit       *unit,
                                                     const gchar                *title,
                                                     const LineupPostLinkedLine *pieces);
/* "### Class enrollment on the [Nuvolos Cloud](url)": whether @before, the
 * text before a link, ends with an article after two words or more (a
 * sentence about a thing, no talk's title). */
gboolean     lineup_post_links_after_article        (const gchar                *before);
/* "Monday, May 19 - Tutorial (tutorials begin at 9am)": whether @title
 * opens with a day and its date (that day's line, no talk). */
gboolean     lineup_post_title_opens_with_day       (const gchar                *title);

/* lineup-post-layouts-items.c: whether @unit (a talk's) may be the slot of
 * the list under it: "16.00-16.50 Keuzelezingen:" (a paragraph ending with
 * a colon), "- 6:00 PM - Presentations start" over a list in its item. */
gboolean     lineup_post_layouts_opens_list (const LineupPostUnit *unit);

/* lineup-post-layouts-sections.c: "### Pre-event Content – March 19", "##
 * HUPO Hub, September 30, 2026", "### Foreman @ NETWAYS (21st July 2016)":
 * a heading that names a section, then the day of @slot (its date). */
gboolean     lineup_post_layouts_heading_ends_with_date (const gchar      *text,
                                                         const LineupSlot *slot);

G_END_DECLS
