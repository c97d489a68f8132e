/* lineup-post-table-private.h — what the files reading tables share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cmark.h>
#include <glib.h>

#include "lineup-post-layouts.h"

G_BEGIN_DECLS

/* The columns a table may have: more are left out. */
#define LINEUP_POST_TABLE_MAX_COLUMNS 16

/* A body row of a table. */
typedef struct
{
  GPtrArray  *cells;          /* cmark_node: a paragraph of the cell's inlines, or NULL */
  gint        line;
} LineupPostTableRow;

/* What a column of a table holds. */
typedef enum
{
  COLUMN_OTHER,       /* a room, or any column of talks */
  COLUMN_TIME,        /* the time, or its start */
  COLUMN_END,
  COLUMN_DAY,
  COLUMN_SPEAKERS,
  COLUMN_TITLE,
  COLUMN_FIELD,       /* "Room", "Location", "Notes": what the talk's description says */
  COLUMN_SKIP,        /* the same times in another zone ("UTC time | EDT time") */
  COLUMN_DAY_TALKS,   /* "Saturday": the talks of that day */
} LineupPostColumnRole;

/* lineup-post-table-header.c */

/* The role a column's header names ("Time", "Speakers", "Room", "Zeit"…),
 * COLUMN_OTHER when it names none (a room of talks). */
LineupPostColumnRole lineup_post_table_role_of_header (const gchar *header);
/* "UTC time", "Time (CEST)": a time column's header that names its zone. */
gboolean lineup_post_table_header_has_zone (const gchar *header);

/* lineup-post-table-abstract.c: "<b>Title</b><br><br>Abstract<br><br>Name
 * [@handle](…), Role, Org<br>Name, Role, Org": the people of the cell's
 * last part, one a line, joined by ", " (NULL when it has no such part);
 * @title keeps its first line, the parts between go to @item as
 * paragraphs (the talk's description). */
gchar      *lineup_post_table_take_abstract_byline (cmark_node  *title,
                                                    cmark_node  *item);
/* lineup-post-table-details.c: "- Names" (or "- Speaker: Names", with
 * @labelled) on a line of its own after the title's in @paragraph, the
 * first block of @item.  From a column of their own (@own_column), the
 * speakers follow the title's line: the lines after it ("<a>Title</a><br/>A
 * retrospective on …", a subtitle) go to a paragraph of their own, for the
 * talk's description. */
void        lineup_post_table_append_byline (cmark_node  *item,
                                             cmark_node  *paragraph,
                                             const gchar *names,
                                             gboolean     labelled,
                                             gboolean     own_column);
/* lineup-post-table-details.c: rows under a talk's row that tell more of it,
 * and cells that name their speakers after a comma; @roles are the
 * columns' (@n_columns of them). */
/* Whether a column of @role holds talks: a room's, the titles, a day's. */
gboolean    lineup_post_table_role_is_talk       (LineupPostColumnRole        role);
/* "&nbsp; - Challenge results", "Moderator: **Name**", its time cell empty. */
gboolean    lineup_post_table_row_is_detail      (LineupPostTableRow         *row,
                                                  const LineupPostColumnRole *roles,
                                                  guint                       n_columns);
/* "| 10.30am | Room 1 | Title<br/>Name |" over "| | Room 2 | Title<br/>Name
 * |": both rows name their room, so @row, timed, is the first of parallel
 * talks in its slot, not the heading of a group that @next opens. */
gboolean    lineup_post_table_rows_name_rooms    (LineupPostTableRow         *row,
                                                  LineupPostTableRow         *next,
                                                  const LineupPostColumnRole *roles,
                                                  guint                       n_columns);
/* "*Title* <details><summary>Abstract</summary>Text</details>" in a cell of
 * a Markdown table: the <details> and all it holds go, in place. */
void        lineup_post_table_drop_details       (cmark_node                 *cell);
/* "[Mark Adams]" in a speakers cell (a reference link never defined): the
 * name without its brackets, and "[1]" marks dropped.  Takes @text. */
gchar      *lineup_post_table_unbracket_names    (gchar                      *text);
/* The speakers the detail rows under row @index name, as a cell (free it
 * with cmark_node_free()), or NULL. */
cmark_node *lineup_post_table_detail_speakers    (GPtrArray                  *rows,
                                                  guint                       index,
                                                  const LineupPostColumnRole *roles,
                                                  guint                       n_columns);
/* The day a cell gives, as a date the slot scanner reads ("Day 2 (09/24)"
 * → "September 24"), or NULL when it gives none or more than a label
 * beside it. */
gchar      *lineup_post_table_day_of             (const gchar                *text);
/* Whether most of the cells of @column are times (@days FALSE), the
 * column of times when its header does not tell; or whole days. */
/* A column with no header and nothing in its cells ("<td><a
 * class="light"></a></td>", an icon's place). */
gboolean    lineup_post_table_column_is_empty    (GPtrArray                  *header,
                                                  GPtrArray                  *rows,
                                                  guint                       column);
gboolean    lineup_post_table_column_holds       (GPtrArray                  *rows,
                                                  guint                       column,
                                                  gboolean                    days);
/* Whether most talk cells end with ", Full Name": titles, then speakers. */
gboolean    lineup_post_table_cells_end_with_names (GPtrArray                  *rows,
                                                    const LineupPostColumnRole *roles,
                                                    guint                       n_columns);

/* lineup-post-table.c */

/* The plain text of a cell, spaces collapsed (lineup-post-table-fields.c). */
gchar    *lineup_post_table_cell_text      (cmark_node         *cell);

/* lineup-post-table-rows.c */

/* "|:---:| --- |": only pipes, colons, dashes and spaces, with a dash and a pipe. */
gboolean  lineup_post_table_is_delimiter_row (const gchar     *line,
                                              gsize            length);
/* "| ===", "|-----|": kramdown's line between a table's groups of rows (or
 * over a table without a header), a delimiter row too, or the table's
 * attributes ('{: rules="groups" }'): no row. */
gboolean  lineup_post_table_is_group_line (const gchar     *line,
                                           gsize            length);
/* The cells' texts of a row (gchar *), trimmed, without the outer pipes. */
GPtrArray *lineup_post_table_split_row     (const gchar        *line,
                                            gsize               length);
/* The header row's cells, and an empty one for each cell the delimiter row
 * has more ("| Time | Room |" over "| :--- | :--- | --- |": the talks'
 * column has no header). */
GPtrArray *lineup_post_table_split_header  (const gchar        *line,
                                            gsize               length,
                                            const gchar        *delimiter,
                                            gsize               delimiter_length);
/* A row of the table at line @number: each cell parsed by cmark (NULL when
 * empty), with the reference @definitions it names; at most
 * LINEUP_POST_TABLE_MAX_COLUMNS cells. */
LineupPostTableRow *lineup_post_table_row_new (const gchar     *line,
                                               gsize            length,
                                               gint             number,
                                               GHashTable      *definitions);
void      lineup_post_table_row_free       (LineupPostTableRow *row);
/* "830 - 930", "1345": a time cell written without colons (24-hour, a
 * start or a range), as "8:30 - 9:30".  Takes @text; returns it when it is
 * no such time. */
gchar    *lineup_post_table_expand_compact_times (gchar *text);
/* lineup-post-table-header.c: the time a row's time cell gives, as
 * lineup_post_table_expand_compact_times() writes it; "(40分)" after it
 * and the same time in a second zone ("8:00 PST / 17:00 CET") left out. */
gchar    *lineup_post_table_time_cell (const gchar *text);
/* "3. Juni 2003" as "3\\. Juni 2003": a cell's text that cmark would read
 * as an ordered list, escaped; NULL when it is no such text. */
gchar    *lineup_post_table_escape_ordered_start (const gchar *text);
/* A line of a cell: its nodes [start, end) and their text. */
typedef struct
{
  guint  start;
  guint  end;
  gchar *text;
} LineupPostTableLine;

/* The lines of a cell whose inline @nodes they are, cut at its breaks
 * ("<br>", a hard break): LineupPostTableLine, freed with the array. */
GArray   *lineup_post_table_cut_lines (GPtrArray *nodes);
/* "Carsten Geckeler<br>Hans-Jürgen Husel": a speakers' cell a person a
 * line, as "Carsten Geckeler & Hans-Jürgen Husel"; else its text. */
gchar    *lineup_post_table_people_cell_text (cmark_node *cell);
/* "1", "12": a talk's number in a time column, under its block's time. */
gboolean  lineup_post_table_numbers_talk (const gchar *text);
/* "\"Title\"", "[\"Title\"](url)": a title cell wrapped in double quotes
 * loses them (a quote inside it keeps them all). */
void      lineup_post_table_unquote_title (cmark_node *cell);
/* "10:30--11:30: Title": a title cell that opens with a range of its own
 * and a colon loses it; the range, or NULL. */
gchar    *lineup_post_table_take_leading_time (cmark_node *title);
/* "Name & Name - Org": a speakers cell whose names are followed by a dash
 * and an organisation or a role, as "Name & Name (Org)".  Takes @text;
 * returns it when it is no such byline, NULL when it names a role and no
 * one ("Conference Organisers"). */
gchar    *lineup_post_table_dash_byline   (gchar      *text);
/* "Giuseppe Canonaco, Alberto Pozanco, Daniel Borrajo" under "Authors":
 * a column named in the plural lists people, a comma between two of them,
 * never before an organisation; rewritten with "&".  Takes @text. */
/* "Ana Souza, Jonas Berg and Lea Petit": every comma part a person's name,
 * joined with "&"; NULL when a part may be an organisation. */
gchar    *lineup_post_table_people_list   (const gchar                *text);
gchar    *lineup_post_table_plural_names  (gchar                      *text,
                                           GPtrArray                  *header,
                                           const LineupPostColumnRole *roles,
                                           guint                       n_columns);
/* The share of the filled cells of @column that are names ("**Ben
 * Nuttall**", "A & B", "A, B", "A and B"), leaving out "TBD" and the like:
 * of all the rows (@rows: LineupPostTableRow), or of the rows with a link
 * in another cell when that is more (the talks' rows, where the other rows
 * hold notes). */
gdouble   lineup_post_table_column_people (GPtrArray  *rows,
                                           guint       column);
/* "Workshops | [Title](url)<br/>note": when the cell read as the speakers
 * holds a link and no names while the title cell holds none, that link's
 * line is the title: @title becomes it, @speakers NULL, and TRUE. */
gboolean  lineup_post_table_take_linked_title (cmark_node **speakers,
                                               cmark_node **title);
/* "**Title** <br> **goes on**": in a title cell beside a speakers cell a
 * break only wraps the title; it becomes a space. */
void      lineup_post_table_unwrap_breaks (cmark_node *title);
/* Whether cell @column of @a and of @b are both there and read the same. */
gboolean  lineup_post_table_same_text     (LineupPostTableRow *a,
                                           LineupPostTableRow *b,
                                           guint               column);
/* Whether a cell is one emphasis and nothing else ("_First session_"). */
gboolean  lineup_post_table_is_emphasis_only (cmark_node *cell);
/* "**Title** ([demo](url))", "Title [slides (pdf)](url)": a link in brackets
 * after a title, or one to the talk's material, is an aside, taken out of
 * @title into a paragraph of its own (at @line), or NULL. */
cmark_node *lineup_post_table_take_aside_link (cmark_node *title,
                                               gint        line);

/* lineup-post-table-label.c */

/* "Time | Session | Title": each row's session cell (a label, "Keynote:
 * Name", a break) merged into its title cell, one talk a row (the session
 * cells are left empty).  @header: gchar *; @rows: GPtrArray of cell
 * paragraphs (cmark_node or NULL).  Nothing happens without both columns. */
void      lineup_post_table_merge_label_column (GPtrArray      *header,
                                                GPtrArray      *rows);

/* lineup-post-table-grid.c */

/* @text holds a time ("Morning (08:30 - 12:00)", "10:00"). */
gboolean  lineup_post_table_text_has_time  (const gchar        *text);
/* Cell @column of body row @row of a grid as a new paragraph (NULL when
 * empty), its line in *@line. */
typedef cmark_node *(*LineupPostGridCellFunc) (gpointer data,
                                               guint    row,
                                               guint    column,
                                               gint    *line);
/* A grid whose column headers give the times ("Room | Morning (09:00 -
 * 12:00) | Afternoon (13:30 - 17:00)", cells "Title (Name, Name)") read as
 * the table Time | Title (| the first column, when its header holds no
 * time: the room) with one row per cell, column after column: appended to
 * @header (gchar *), @rows (GPtrArray of cells) and @lines (gint) for
 * lineup_post_document_add_table().  @heads: the column headers, @n_rows
 * the body rows, their cells given by @cell_func.  FALSE, nothing
 * appended, unless two headers or more hold a time. */
gboolean  lineup_post_table_read_time_grid (GPtrArray             *heads,
                                            guint                  n_rows,
                                            LineupPostGridCellFunc cell_func,
                                            gpointer               data,
                                            GPtrArray             *header,
                                            GPtrArray             *rows,
                                            GArray                *lines);
/* A GitHub table of header texts @heads and body @rows (LineupPostTableRow)
 * timed by its headers replaces @paragraph (freed) with its talks: TRUE.
 * FALSE for any other table (a body cell that holds a time among them);
 * title cells may then have been taken from @rows. */
gboolean  lineup_post_table_rewrite_time_grid (cmark_node *paragraph,
                                               GPtrArray  *heads,
                                               GPtrArray  *rows);

/* lineup-post-table-details.c: "Room B", "Main hall", "Track 2": a
 * column of talks, whatever they read as. */
gboolean  lineup_post_table_header_names_room (GPtrArray *header,
                                               guint      column);
/* Whether @text (a header's cell) holds nothing but white space. */
gboolean  lineup_post_table_is_blank          (const gchar *text);
/* Whether every cell of @header is empty (a table with no header row). */
gboolean  lineup_post_table_header_is_blank   (GPtrArray *header);
/* The column of @roles still COLUMN_OTHER whose cells hold the most
 * letters (the titles, in a table with no header), or G_MAXUINT. */
guint     lineup_post_table_wordiest_column   (GPtrArray                  *rows,
                                               const LineupPostColumnRole *roles,
                                               guint                       n_columns);

/* lineup-post-table-grid.c: a table of days side by side, each with its
 * column of times ("| | **Day 1** | | **Day 2** |"), replaces @paragraph
 * (freed) with each day's talks and frees @rows: TRUE.  FALSE for any
 * other table (@rows untouched), or when no day reads as talks (their
 * cells then taken from @rows). */
gboolean  lineup_post_table_rewrite_day_pairs (cmark_node *paragraph,
                                               GPtrArray  *heads,
                                               GPtrArray  *rows);

/* lineup-post-table-fields.c */

/* The words of folded @text: runs of letters, digits, '-' and '\'' (so
 * "third-party" is not "party"). */
GPtrArray *lineup_post_table_split_words   (const gchar        *text);
/* The words of @text, folded, joined by single spaces ("Lunch @ Eckers!" →
 * "lunch eckers"); the words themselves in @words when not NULL. */
gchar     *lineup_post_table_joined_words  (const gchar        *text,
                                            GPtrArray         **words);

/* A field's name without its emphasis and colon ("**Room:**" → "Room"). */
gchar    *lineup_post_table_clean_key      (const gchar        *key);

/* Whether the folded, trimmed text of a title cell says the row is no talk:
 * a meal, a break, a party ("Thursday Lunch", "Coffee break") or a
 * placeholder ("TBD", "UNDECIDED"). */
gboolean  lineup_post_table_is_filler      (const gchar        *text);
/* "Shuttle", "Bus": the one word of a way to the venue, no talk. */
gboolean  lineup_post_table_names_journey  (const gchar        *text);
/* "TBA", "To be announced", "Título a definir": a title still to come. */
gboolean  lineup_post_table_is_placeholder (const gchar        *text);
/* "Session 1 - Pragmatics of QBF", "Session II: Dependency QBF": a
 * numbered session's label and its name. */
gboolean  lineup_post_table_names_session  (const gchar        *text);
/* "Lunch 🍲", "Coffee Break ☕": nothing but a break's words and symbols. */
gboolean  lineup_post_table_is_bare_break  (const gchar        *text);
/* "Talk: title TBC", "Speaker TBA": a title or a name not known yet (three
 * words at most, one of them TBD, TBA or TBC). */
gboolean  lineup_post_table_is_pending     (const gchar        *text);
gboolean  lineup_post_table_cell_is_pending (cmark_node       *cell);
/* Drops the pending titles of @cells (and their @days) with no one to give
 * them (a talk by a known speaker is one, title or not); their count left. */
guint     lineup_post_table_drop_pending   (cmark_node        **cells,
                                            const gchar       **days,
                                            guint               n);

/* Whether a table of two columns is a talk's fields ("| **Speakers** | … |",
 * "| **Time** | … |").  @header: the header row (it may be the first
 * field), @rows the body rows (LineupPostTableRow). */
gboolean  lineup_post_table_is_fields      (LineupPostTableRow *header,
                                            GPtrArray          *rows);
/* Puts before @paragraph what the walk reads under a talk: its time slot,
 * its speakers, the other fields (or, with a title among them, a talk of
 * its own).  @line: the table's. */
void      lineup_post_table_rewrite_fields (cmark_node         *paragraph,
                                            LineupPostTableRow *header,
                                            GPtrArray          *rows,
                                            gint                line);

/* Whether a header is a day ("Saturday", "May 6", "Tue, May 6"): its
 * column holds the talks of that day, as a room's column holds the talks
 * in that room. */
gboolean  lineup_post_table_header_is_day  (const gchar        *header);

/* Whether a header names the talks' abstracts ("Abstract", "Summary"). */
gboolean  lineup_post_table_header_is_abstract (const gchar    *header);

/* "[Title](url)<br/>Name": the names after a line break in a title cell,
 * taken out of @title (the break and what follows it), or NULL when what
 * follows does not read as names. */
gchar    *lineup_post_table_take_break_byline (cmark_node      *title);
/* Drops a room code opening the title ("F106: Title", "B12: Title"): one
 * capital and two to four digits before a colon. */
void      lineup_post_table_drop_room_code (cmark_node      *title);

/* Reference definitions ("[Label]: https://…") a cell's links may use:
 * the folded label → the definition's line. */
GHashTable *lineup_post_table_definitions_new (const gchar     *text,
                                               gsize            length);
/* The definitions of the labels @cell_text names, one a line, or NULL. */
gchar    *lineup_post_table_definitions_for (GHashTable        *definitions,
                                             const gchar       *cell_text);
/* A title cell's last text "Title, Name and Name" ("Speaker & Title"
 * columns) or "Title (Name & Name @ Org)" rewritten "Title - Names" when
 * the names read as people (lineup-post-table-rows.c). */
void      lineup_post_table_rewrite_comma_byline (cmark_node   *cell);
void      lineup_post_table_rewrite_paren_byline (cmark_node   *cell);
/* "Title [216](…/issues/216)": links whose text is a number after a title
 * cell's text are references, dropped (lineup-post-table-fields.c). */
void      lineup_post_table_drop_number_links (cmark_node      *title);
/* "Deploying [Jingle](…)": a title cell's one link inside its phrase is a
 * word's, not the talk's: its text stays, the link goes (a link to the
 * talk's material, "[slides (pdf)](…)", is left to
 * lineup_post_table_take_aside_link()); a note in brackets after it
 * ("[Pyxem](…) (4D-STEM analysis)") joins its text. */
void      lineup_post_table_settle_title_link (cmark_node     *title,
                                               gboolean        has_speakers);

/* A cell of several talks, each on a line of its own opening with a bullet
 * ("&bull; *Title* ([Name](url))<br />&bull; …"): for each, a paragraph of
 * its title then one of its speakers (or NULL), the cell's lines moved out
 * of it.  NULL when the cell has fewer than two bulleted lines
 * (lineup-post-table-bullets.c). */
GPtrArray *lineup_post_table_split_bullets (cmark_node   *cell,
                                            gint          line);
/* A line break: a hard break or "<br>", "<br/>" (lineup-post-table-fields.c). */
gboolean  lineup_post_table_is_break_node (cmark_node     *node);

/* "Title" becomes "Title - Names" in @paragraph, as an untimed list of
 * talks writes them (lineup-post-table-details.c). */
void         lineup_post_table_append_dash_byline (cmark_node  *paragraph,
                                                   const gchar *names);

/* Settles the roles of columns the header alone cannot tell: "| Speaker |
 * Slide Deck | Video |" (no title column: the slides' column holds the
 * titles, their links' text), "| Day | Speaker | Title |" whose days are
 * the event's numbers ("1", "2"), no dates (skipped). */
void         lineup_post_table_settle_roles (LineupPostColumnRole *roles,
                                             guint                 n_columns,
                                             GPtrArray            *header,
                                             GPtrArray            *rows);
/* Whether one of the @n_columns columns has @role (lineup-post-table-header.c). */
gboolean     lineup_post_table_has_role (const LineupPostColumnRole *roles,
                                         guint                       n_columns,
                                         LineupPostColumnRole        role);

/* Whether the column of speakers holds first names alone ("Laura",
 * "Emilio") in two thirds of its filled cells, two at least: a name alone
 * is a person there, not an organisation. */
gboolean     lineup_post_table_writes_first_names (GPtrArray                  *rows,
                                                   const LineupPostColumnRole *roles,
                                                   guint                       n_columns);

/* How a column of numeric dates writes them ("04/05/2020"): by the ones
 * that read one way only, else by the days that follow each other
 * ("04/05", "05/05", "06/05": day first); unknown when they do not say. */
LineupDateOrder lineup_post_table_day_order (GPtrArray *rows,
                                             guint      column);
/* @text (taken) as "2020-05-04" when it is a numeric date @order reads. */
gchar          *lineup_post_table_iso_day   (gchar           *text,
                                             LineupDateOrder  order);

G_END_DECLS
