/* lineup-post-table.c — a schedule table becomes a list of talks
 *
 * cmark has no tables: it reads a GitHub table as one paragraph of lines
 * with pipes.  Such a paragraph (a header row, then a delimiter row such as
 * "|:---:|---|") is split here into rows and cells, each cell's text parsed
 * by cmark for its inlines.  Posts publish schedules as tables of many
 * shapes: a time column and one column per room whose cells are "Title
 * (Name @ Org)"; rows of time | title | speakers; a day column; a group row
 * whose time applies to the rows under it (their time cell is empty).  Each
 * talk becomes one list item written the way the walk already reads an
 * unlinked talk: "DAY TIME Title - Names, Org", keeping the cell's own
 * inlines (links, emphasis), the speakers on a line of their own.  Columns
 * are told by their headers (Time, Start, End, Room, Title, Speakers…) or
 * by their cells (times; names); a row that is a meal, a break or a
 * placeholder is no talk.  A table of a talk's fields (Speakers, Date, Time
 * under its heading) is read in lineup-post-table-fields.c.  Any other
 * table without a time column is left alone: it is not a schedule.  The
 * rows and cells are cut from the text in lineup-post-table-rows.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-context.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

typedef LineupPostTableRow Row;
typedef LineupPostColumnRole ColumnRole;

typedef struct
{
  GPtrArray  *rows;           /* Row: the body rows */
  GPtrArray  *header;         /* gchar *: the header row's cells (borrowed) */
  ColumnRole  roles[LINEUP_POST_TABLE_MAX_COLUMNS];
  guint       n_columns;
  gchar      *time_header;    /* the time column's header ("Time (CEST)") */
  gchar      *time;           /* the last time written: a group row's */
  gchar      *day;
  gboolean    title_then_names; /* "Speaker & Title": cells "Title, Name" */
  gboolean    dated;          /* a column of days and no times: talks by day */
  gboolean    listed;         /* titles and speakers, no times: the talks of the slot above */
  gboolean    first_names;    /* a name alone in the speakers' column: "- Speaker: Laura" */
  LineupDateOrder day_order;  /* how the column of days writes "04/05/2020" */
} Table;

static cmark_node *
nth_cell (Row   *row,
          guint  n)
{
  return n < row->cells->len ? g_ptr_array_index (row->cells, n) : NULL;
}

static gboolean
column_holds_times (Table *table,
                    guint  column)
{
  return lineup_post_table_column_holds (table->rows, column, FALSE);
}

static gboolean
is_talk_column (const Table *table,
                guint        column)
{
  return lineup_post_table_role_is_talk (table->roles[column]);
}

static guint
table_count_talk_columns (const Table *table)
{
  guint n = 0;

  for (guint i = 0; i < table->n_columns; i++)
    n += is_talk_column (table, i);
  return n;
}

/* What the cells say of the columns their headers leave unnamed: the column
 * of times right after the time column is its end; the last column most of
 * whose cells are names is the speakers' (a title may read as names too:
 * "Python and Raspberry Pi").  And
 * with a column of titles or of speakers, each row is one talk: the first
 * column of talks holds its title, the others are its fields. */
static void
table_read_cells (Table *table)
{
  guint people = G_MAXUINT;
  gboolean has_end = FALSE, has_speakers = FALSE, has_title = FALSE;

  for (guint i = 0; i < table->n_columns; i++)
    {
      has_end |= table->roles[i] == COLUMN_END;
      has_speakers |= table->roles[i] == COLUMN_SPEAKERS;
      has_title |= table->roles[i] == COLUMN_TITLE;
    }
  for (guint i = 0; i + 1 < table->n_columns && !has_end; i++)
    if (table->roles[i] == COLUMN_TIME && table->roles[i + 1] == COLUMN_OTHER &&
        column_holds_times (table, i + 1))
      has_end = TRUE, table->roles[i + 1] = COLUMN_END;

  /* Where titles read as names too, the speakers follow the title. */
  for (guint i = 0; i < table->n_columns && !has_speakers; i++)
    if (table->roles[i] == COLUMN_OTHER && !lineup_post_table_header_names_room (table->header, i) &&
        lineup_post_table_column_people (table->rows, i) >= 0.5)
      people = i;
  /* A lone column of talks is the titles', whatever they read as. */
  if (people != G_MAXUINT && table_count_talk_columns (table) > 1)
    table->roles[people] = COLUMN_SPEAKERS, has_speakers = TRUE;

  /* No header: the titles are the wordiest column left (not "McGill"). */
  if (has_speakers && !has_title && lineup_post_table_header_is_blank (table->header) &&
      (people = lineup_post_table_wordiest_column (table->rows, table->roles, table->n_columns)) != G_MAXUINT)
    table->roles[people] = COLUMN_TITLE, has_title = TRUE;
  /* Rows of one talk: its title is the first column of talks left. */
  for (guint i = 0; i < table->n_columns && (has_title || has_speakers); i++)
    if (table->roles[i] == COLUMN_OTHER)
      table->roles[i] = has_title ? COLUMN_FIELD : COLUMN_TITLE, has_title = TRUE;
  /* "Time | Abstract | Speaker": none left, the abstracts open with their titles */
  for (guint i = 0; i < table->n_columns && has_speakers && !has_title; i++)
    if (table->roles[i] == COLUMN_FIELD &&
        lineup_post_table_header_is_abstract (table->header->pdata[i]))
      table->roles[i] = COLUMN_TITLE, has_title = TRUE;
  /* "Time | Track" (one track): a field column alone beside the times holds the talks */
  for (guint i = 0; i < table->n_columns && !has_title && table_count_talk_columns (table) == 0; i++)
    if (table->roles[i] == COLUMN_FIELD)
      table->roles[i] = COLUMN_TITLE, has_title = TRUE;
  /* "Fedora Linux, Tuan Truong" in most cells: titles then their speakers */
  if (!has_speakers && !table->title_then_names)
    table->title_then_names = lineup_post_table_cells_end_with_names (table->rows, table->roles,
                                                                      table->n_columns);
}

static gboolean
table_read_columns (Table      *table,
                    GPtrArray  *header)
{
  gboolean has_time = FALSE;

  table->n_columns = MIN (header->len, LINEUP_POST_TABLE_MAX_COLUMNS);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const gchar *text = g_ptr_array_index (header, i);

      table->roles[i] = lineup_post_table_header_is_day (text) ? COLUMN_DAY_TALKS
                                                                : lineup_post_table_role_of_header (text);
      if (table->roles[i] == COLUMN_TITLE)
        {
          g_autofree gchar *folded = lineup_text_fold (text);

          table->title_then_names |= strstr (folded, "speaker") != NULL ||
                                     strstr (folded, "presenter") != NULL;
        }
      if (table->roles[i] == COLUMN_TIME && table->time_header != NULL &&
          lineup_post_table_header_has_zone (table->time_header) &&
          lineup_post_table_header_has_zone (text))
        table->roles[i] = COLUMN_SKIP;   /* the first zone's column is read */
      if (table->roles[i] == COLUMN_TIME && table->time_header == NULL)
        table->time_header = g_strdup (text);
    }
  lineup_post_table_settle_roles (table->roles, table->n_columns, header, table->rows);
  table->first_names = lineup_post_table_writes_first_names (table->rows, table->roles,
                                                             table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    if (table->roles[i] == COLUMN_DAY)
      table->day_order = lineup_post_table_day_order (table->rows, i);

  for (guint i = 0; i < table->n_columns; i++)
    {
      has_time |= table->roles[i] == COLUMN_TIME;
      if (table->roles[i] == COLUMN_OTHER && lineup_post_table_column_is_empty (table->header, table->rows, i))
        table->roles[i] = COLUMN_SKIP;
    }
  /* the first column of times is the time, a second one (repeated on the right) is skipped */
  for (guint i = 0; i < table->n_columns; i++)
    if (table->roles[i] == COLUMN_OTHER && column_holds_times (table, i))
      table->roles[i] = has_time ? COLUMN_SKIP : COLUMN_TIME, has_time = TRUE;
  /* "| Day 1 (09/23) | |" over a column of times: the day of the rows */
  for (guint i = 0; i < table->n_columns && !has_time; i++)
    if ((table->roles[i] == COLUMN_DAY_TALKS || table->roles[i] == COLUMN_DAY) &&
        column_holds_times (table, i))
      {
        table->roles[i] = COLUMN_TIME, has_time = TRUE;
        g_free (table->day);
        table->day = lineup_post_table_day_of (g_ptr_array_index (header, i));
      }
  /* "| Date | Talk | Author |": a meetup's talks by day, no times */
  for (guint i = 0; i < table->n_columns && !has_time; i++)
    if (table->roles[i] == COLUMN_DAY && table_count_talk_columns (table) > 0 &&
        lineup_post_table_column_holds (table->rows, i, TRUE))
      table->dated = has_time = TRUE;
  /* "| Palestrante | Tema | Duração |" under "### Segunda-feira, 26 de
   * março de 2018, 17h": the talks of that evening, in order */
  if (!has_time && lineup_post_table_has_role (table->roles, table->n_columns, COLUMN_TITLE) &&
      lineup_post_table_has_role (table->roles, table->n_columns, COLUMN_SPEAKERS))
    table->listed = has_time = TRUE;
  if (has_time)
    table_read_cells (table);
  return has_time;
}

static gboolean
row_has_time (const Table *table,
              Row         *row)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (table->roles[i] == COLUMN_TIME && nth_cell (row, i) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
cell_is_filler (cmark_node *cell)
{
  g_autofree gchar *text = lineup_post_table_cell_text (cell);

  return lineup_post_table_is_filler (text);
}

/* "*14 August 2025*", "10th August", "Friday": a cell that is a day and
 * nothing else (no time).  In the time column with the rest of its row
 * empty it is a day row dating the rows under it; in another column (one
 * the header does not even declare) it dates its own row, and is no title. */
static gboolean
cell_is_day (cmark_node *cell)
{
  g_autofree gchar *text = lineup_post_table_cell_text (cell);
  g_autofree gchar *day = lineup_post_table_day_of (text);

  return day != NULL;
}

/* The day of @row written in a cell other than its talks' ("| 9:00 | Title |
 * 10th August |"), set as the table's day; TRUE when the row holds nothing
 * else (a day row: "| *14 August 2025* | | |"). */
static gboolean
read_row_day (Table *table,
              Row   *row)
{
  gboolean found = FALSE, alone = TRUE;

  for (guint i = 0; i < row->cells->len; i++)
    {
      cmark_node *cell = g_ptr_array_index (row->cells, i);
      ColumnRole role = i < table->n_columns ? table->roles[i] : COLUMN_SKIP;

      if (cell == NULL)
        continue;
      if (!found && role != COLUMN_SPEAKERS && role != COLUMN_DAY_TALKS &&
          role != COLUMN_DAY && cell_is_day (cell))
        {
          g_autofree gchar *text = lineup_post_table_cell_text (cell);

          g_free (table->day);
          table->day = lineup_post_table_day_of (text);
          found = TRUE;
        }
      else if (!cell_is_filler (cell))
        alone = FALSE;
    }
  if (found && alone)
    g_clear_pointer (&table->time, g_free);
  return found && alone;
}

/* "<td colspan=3><b>Session 2: 11:00 - 12:30</b></td>", "Break: 10:30-11:00":
 * a row without a time cell, one cell that names a part of the day and its
 * time; no talk. */
static gboolean
row_is_timed_heading (const Table *table,
                      Row         *row)
{
  g_autofree gchar *text = NULL;
  cmark_node *only = NULL;
  LineupSlot slot;

  if (row_has_time (table, row))
    return FALSE;
  for (guint i = 0; i < row->cells->len; i++)
    if (g_ptr_array_index (row->cells, i) != NULL)
      {
        if (only != NULL && only != g_ptr_array_index (row->cells, i))
          return FALSE;
        only = g_ptr_array_index (row->cells, i);
      }
  if (only == NULL)
    return FALSE;
  text = lineup_post_table_cell_text (only);
  return (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) && slot.end_minute >= 0 &&
         lineup_post_count_letters (text, (gssize) slot.span_start) > 0 &&
         lineup_post_count_letters (text + slot.span_end, -1) == 0;
}

/* A row without a time that is no talk (an empty row, "| | | UNDECIDED |",
 * "Session 2: 11:00 - 12:30"): it does not make the row above it the
 * heading of a group. */
static gboolean
row_is_timeless_filler (const Table *table,
                        Row         *row)
{
  if (row_has_time (table, row))
    return FALSE;
  if (row_is_timed_heading (table, row))
    return TRUE;
  for (guint i = 0; i < table->n_columns; i++)
    if (is_talk_column (table, i) && nth_cell (row, i) != NULL &&
        !cell_is_filler (nth_cell (row, i)))
      return FALSE;
  return TRUE;
}

/* "Location: Theater", one a line: the fields of the row, for the talk's
 * description, their inlines moved (@move) or as plain text (a row of
 * several talks).  NULL when it has none. */
static cmark_node *
make_fields (const Table *table,
             Row         *row,
             gint         line,
             gboolean     move)
{
  cmark_node *paragraph = NULL;

  for (guint i = 0; i < table->n_columns; i++)
    {
      cmark_node *cell = nth_cell (row, i);
      g_autofree gchar *name = NULL;

      if (table->roles[i] != COLUMN_FIELD || cell == NULL || i >= table->header->len)
        continue;
      name = lineup_post_table_clean_key (g_ptr_array_index (table->header, i));
      if (paragraph == NULL)
        {
          paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
          lineup_post_document_set_line (paragraph, line);
        }
      else
        cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
      if (*name != '\0')
        {
          g_autofree gchar *label = g_strdup_printf ("%s: ", name);

          lineup_post_document_append_text (paragraph, label);
        }
      if (move)
        lineup_post_document_move_children (paragraph, cell);
      else
        {
          g_autofree gchar *text = lineup_post_table_cell_text (cell);

          lineup_post_document_append_text (paragraph, text);
        }
    }
  return paragraph;
}

static cmark_node *
make_item (const Table *table,
           Row         *row,
           cmark_node  *title,
           cmark_node  *speakers,
           gboolean     alone,
           const gchar *column_day)
{
  cmark_node *item = cmark_node_new (CMARK_NODE_ITEM);
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  cmark_node *fields, *aside;
  gboolean abstract = FALSE;
  const gchar *day = column_day ? column_day : table->day;
  g_autofree gchar *names = NULL;
  g_autofree gchar *own = lineup_post_table_take_leading_time (title);
  const gchar *time = own != NULL ? own : table->time;
  g_autofree gchar *when = g_strdup_printf ("%s%s%s ", day ? day : "", day && time ? " " : "",
                                            time ? time : "");

  lineup_post_document_set_line (item, row->line);
  lineup_post_document_set_line (paragraph, row->line);
  cmark_node_append_child (item, paragraph);
  if (day != NULL || time != NULL)
    lineup_post_document_append_text (paragraph, when);
  lineup_post_table_unquote_title (title);
  lineup_post_table_drop_room_code (title);
  lineup_post_table_drop_number_links (title);
  lineup_post_table_settle_title_link (title, speakers != NULL);
  aside = lineup_post_table_take_aside_link (title, row->line);
  if (speakers != NULL)
    lineup_post_table_unwrap_breaks (title);
  if (speakers == NULL)
    abstract = (names = lineup_post_table_take_abstract_byline (title, item)) != NULL;
  if (speakers == NULL && names == NULL &&
      (names = lineup_post_table_take_break_byline (title)) == NULL)
    {
      if (table->title_then_names)
        lineup_post_table_rewrite_comma_byline (title);
      lineup_post_table_rewrite_paren_byline (title);
    }
  lineup_post_document_move_children (paragraph, title);
  /* The speakers on a line of their own: a title that reads as names
   * ("Python and Raspberry Pi - Ben Nuttall") is still a title.  Their
   * names only: a line of links is a sentence, not a byline. */
  if (speakers != NULL && names == NULL)
    names = lineup_post_table_dash_byline (lineup_post_table_plural_names (
        lineup_post_table_unbracket_names (lineup_post_table_people_cell_text (speakers)),
        table->header, table->roles, table->n_columns));
  /* untimed, "Title - Names" on one line as a list of talks writes them */
  if (names != NULL && table->listed)
    lineup_post_table_append_dash_byline (paragraph, names);
  else if (names != NULL)
    lineup_post_table_append_byline (item, paragraph, names,
                                     table->first_names || abstract, speakers != NULL);
  if ((fields = make_fields (table, row, row->line, alone)) != NULL)
    cmark_node_append_child (item, fields);
  if (aside != NULL)
    cmark_node_append_child (item, aside);
  return item;
}

/* The time of a row: its start, and its end when a column of its own
 * holds it ("9:30am" and "9:45am" → "9:30am - 9:45am"). */
static void
read_row_time (Table      *table,
               cmark_node *start,
               cmark_node *end)
{
  g_autofree gchar *end_text = NULL;
  g_autofree gchar *start_text = NULL;

  if (start == NULL)
    return;
  start_text = lineup_post_table_cell_text (start);
  g_free (table->time);
  /* "10:10 - 10:50 (40分)": the length says no more than the time */
  table->time = lineup_post_table_time_cell (start_text);
  if (end != NULL && *(end_text = lineup_post_table_cell_text (end)) != '\0')
    {
      gchar *range = g_strdup_printf ("%s - %s", table->time, end_text);

      g_free (table->time);
      table->time = range;
    }
}

/* "_First session_" at the time of the talk under it: the session's
 * heading, no talk. */
static gboolean
row_heads_next (const Table *table,
                Row         *row,
                Row         *next,
                cmark_node  *title,
                cmark_node  *speakers)
{
  guint i = 0;
  g_autofree gchar *text = lineup_post_table_cell_text (title);

  while (i < table->n_columns && table->roles[i] != COLUMN_TIME)
    i++;
  return speakers == NULL && next != NULL && i < table->n_columns &&
         (lineup_post_table_is_emphasis_only (title) || lineup_post_table_names_session (text)) &&
         lineup_post_table_same_text (row, next, i);
}

/* The talks of row @index, appended to @list.  A row whose time cell is
 * empty takes the time of the rows above it; a row followed by such rows is
 * the group's heading, not a talk.  A meal, a break or a placeholder is no
 * talk. */
static void
add_row (Table      *table,
         guint       index,
         cmark_node *list)
{
  Row *row = g_ptr_array_index (table->rows, index);
  Row *next = NULL;
  cmark_node *title_cells[LINEUP_POST_TABLE_MAX_COLUMNS];
  const gchar *title_days[LINEUP_POST_TABLE_MAX_COLUMNS];
  cmark_node *speakers = NULL, *start = NULL, *end = NULL, *details;
  g_autoptr(GPtrArray) parts = NULL;
  guint n_titles = 0;

  if (read_row_day (table, row) || row_is_timed_heading (table, row) ||
      lineup_post_table_row_is_detail (row, table->roles, table->n_columns))
    return;
  for (guint i = 0; i < table->n_columns; i++)
    {
      cmark_node *cell = nth_cell (row, i);

      if (cell == NULL)
        continue;
      switch (table->roles[i])
        {
        case COLUMN_TIME:
          start = start ? start : cell;
          break;
        case COLUMN_END:
          end = end ? end : cell;
          break;
        case COLUMN_DAY:
          g_free (table->day);
          table->day = lineup_post_table_iso_day (lineup_post_table_cell_text (cell),
                                                  table->day_order);
          break;
        case COLUMN_SPEAKERS:   /* not "TBD"; "| Speaker | Co-Speaker |" joined */
          if (cell_is_filler (cell) || lineup_post_table_cell_is_pending (cell))
            break;
          if (speakers != NULL)
            lineup_post_document_append_text (speakers, "; ");
          if (speakers != NULL)
            lineup_post_document_move_children (speakers, cell);
          speakers = speakers != NULL ? speakers : cell;
          break;
        case COLUMN_FIELD:
        case COLUMN_SKIP:
          break;
        case COLUMN_OTHER:
        case COLUMN_TITLE:
        case COLUMN_DAY_TALKS:
        default:
          if (!cell_is_filler (cell) && !cell_is_day (cell))
            {
              title_days[n_titles] = table->roles[i] == COLUMN_DAY_TALKS
                                     ? g_ptr_array_index (table->header, i) : NULL;
              title_cells[n_titles++] = cell;
            }
          break;
        }
    }
  read_row_time (table, start, end);
  /* "Workshops | [Title](url)": the linked cell is the talk */
  if (n_titles == 1 && lineup_post_table_take_linked_title (&speakers, &title_cells[0]))
    title_days[0] = NULL;

  if (speakers == NULL)
    n_titles = lineup_post_table_drop_pending (title_cells, title_days, n_titles);
  if ((table->time == NULL && !(table->dated && table->day != NULL) && !table->listed) ||
      n_titles == 0)
    return;
  for (guint i = index + 1; i < table->rows->len && next == NULL; i++)
    if (!row_is_timeless_filler (table, g_ptr_array_index (table->rows, i)) &&
        !lineup_post_table_row_is_detail (g_ptr_array_index (table->rows, i), table->roles,
                                          table->n_columns))
      next = g_ptr_array_index (table->rows, i);
  if (row_has_time (table, row) && next != NULL && !row_has_time (table, next) &&
      !lineup_post_table_rows_name_rooms (row, next, table->roles, table->n_columns))
    return;
  if (n_titles == 1 && row_heads_next (table, row, next, title_cells[0], speakers))
    return;
  /* A cell of talks, one a bulleted line: all in the row's slot. */
  if (speakers == NULL && n_titles == 1 &&
      (parts = lineup_post_table_split_bullets (title_cells[0], row->line)) != NULL)
    {
      for (guint i = 0; i + 1 < parts->len; i += 2)
        cmark_node_append_child (list, make_item (table, row, g_ptr_array_index (parts, i),
                                                  g_ptr_array_index (parts, i + 1), FALSE,
                                                  title_days[0]));
      return;
    }
  /* Rows of time | title | speakers: one talk; columns of rooms: one each. */
  if (speakers == NULL && n_titles == 1 && (details = lineup_post_table_detail_speakers (table->rows, index, table->roles,
                                                   table->n_columns)) != NULL)
    {
      cmark_node_append_child (list, make_item (table, row, title_cells[0], details, TRUE,
                                                title_days[0]));
      cmark_node_free (details);
    }
  else if (speakers != NULL)
    cmark_node_append_child (list, make_item (table, row, title_cells[0], speakers, TRUE,
                                              title_days[0]));
  else
    for (guint i = 0; i < n_titles; i++)
      cmark_node_append_child (list, make_item (table, row, title_cells[i], NULL, n_titles == 1,
                                                title_days[i]));
}

/* "Time (CEST)": a paragraph naming the zone, or NULL. */
static cmark_node *
make_zone_note (Table *table,
                gint   line)
{
  g_autofree gchar *zone = NULL;
  cmark_node *paragraph;

  if (table->time_header == NULL ||
      (zone = lineup_post_layouts_find_zone_note (table->time_header)) == NULL)
    return NULL;
  paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_set_line (paragraph, line);
  lineup_post_document_append_text (paragraph, table->time_header);
  return paragraph;
}

static void
add_zone_note (Table      *table,
               cmark_node *table_node)
{
  cmark_node *paragraph = make_zone_note (table, lineup_post_document_line (table_node));

  if (paragraph != NULL)
    cmark_node_insert_before (table_node, paragraph);
}

/* The talks of @table's rows as a list, or NULL when none. */
static cmark_node *
make_list (Table *table,
           gint   line)
{
  cmark_node *list = cmark_node_new (CMARK_NODE_LIST);

  cmark_node_set_list_type (list, CMARK_BULLET_LIST);
  cmark_node_set_list_tight (list, TRUE);
  lineup_post_document_set_line (list, line);
  lineup_post_document_mark_table (list);
  if (table->listed)
    lineup_post_document_mark_talks (list);
  for (guint i = 0; i < table->rows->len; i++)
    add_row (table, i, list);
  if (cmark_node_first_child (list) != NULL)
    return list;
  cmark_node_free (list);
  return NULL;
}

/* Reading the table's text --------------------------------------------------- */

typedef struct
{
  const gchar *text;
  gsize        length;
  GArray      *starts;        /* gsize: where each line starts */
  GHashTable  *definitions;   /* of references (lineup_post_table_definitions_new()) */
} Lines;

static const gchar *
line_at (const Lines *lines,
         gint         number,
         gsize       *length)
{
  gsize start, end;

  if (number < 1 || (guint) number > lines->starts->len)
    return NULL;
  start = g_array_index (lines->starts, gsize, number - 1);
  end = (guint) number < lines->starts->len
        ? g_array_index (lines->starts, gsize, number) - 1
        : lines->length;
  *length = end - start;
  return lines->text + start;
}

/* The lines of @paragraph before its header row, parsed again, go before
 * it: prose written right above a table. */
static void
keep_prose_before (cmark_node  *paragraph,
                   const Lines *lines,
                   gint         first,
                   gint         header)
{
  gsize start = g_array_index (lines->starts, gsize, first - 1);
  gsize end = g_array_index (lines->starts, gsize, header - 1);
  cmark_node *document = cmark_parse_document (lines->text + start, end - start,
                                               CMARK_OPT_DEFAULT);
  cmark_node *child;

  while ((child = cmark_node_first_child (document)) != NULL)
    {
      cmark_node_unlink (child);
      lineup_post_document_set_line (child, first);
      cmark_node_insert_before (paragraph, child);
    }
  cmark_node_free (document);
}

static void
table_clear (Table *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table->time_header);
  g_free (table->time);
  g_free (table->day);
}

/* A table of a talk's fields replaces @paragraph (and is cleared): TRUE. */
static gboolean
rewrite_fields (cmark_node  *paragraph,
                const Lines *lines,
                Table       *table,
                gint         first,
                gint         delimiter)
{
  gboolean bare = delimiter < first;
  const gchar *line = NULL;
  gsize length = 0;
  Row *header;

  /* "| **題目** | Title |" line after line, no header: the first is a field */
  if (table->header->len != 2 ||
      (bare ? table->rows->len == 0 : (line = line_at (lines, delimiter - 1, &length)) == NULL))
    return FALSE;
  header = bare ? g_ptr_array_steal_index (table->rows, 0)
                : lineup_post_table_row_new (line, length, delimiter - 1, lines->definitions);
  if (!lineup_post_table_is_fields (header, table->rows))
    {
      if (bare)
        g_ptr_array_insert (table->rows, 0, header);
      else
        lineup_post_table_row_free (header);
      return FALSE;
    }
  delimiter = bare ? first + 1 : delimiter;
  if (delimiter - 1 > first)
    keep_prose_before (paragraph, lines, first, delimiter - 1);
  lineup_post_table_rewrite_fields (paragraph, header, table->rows, delimiter - 1);
  lineup_post_table_row_free (header);
  cmark_node_free (paragraph);
  table_clear (table);
  return TRUE;
}

/* "| Opening Remarks | 7:50-8:00 |" line after line and no delimiter row:
 * a table whose editor left out its header.  Every line of @paragraph is a
 * row (or kramdown's "| ==="), at least MIN_BARE_ROWS, most as wide as the
 * widest (a short row's last cells are empty); returns that number of
 * cells, 0 when it is no such table. */
#define MIN_BARE_ROWS 3

static guint
bare_table_columns (const Lines *lines,
                    gint         first,
                    gint        *last)
{
  guint columns = 0, rows = 0, full = 0;

  for (gint n = first; n <= *last; n++)
    {
      gsize length;
      const gchar *line = line_at (lines, n, &length);
      g_autoptr(GPtrArray) cells = NULL;

      while (line != NULL && length > 0 && g_ascii_isspace (*line))
        line++, length--;
      if (line != NULL && lineup_post_table_is_group_line (line, length))
        continue;
      /* "Students marked with *." right under the rows: the table ends */
      if (line != NULL && rows >= MIN_BARE_ROWS && line[0] != '|')
        {
          *last = n - 1;
          break;
        }
      if (line == NULL || length < 2 || line[0] != '|')
        return 0;
      cells = lineup_post_table_split_row (line, length);
      if (cells->len < 2)
        return 0;
      rows++;
      full = cells->len > columns ? 1 : full + (cells->len == columns);
      columns = MAX (columns, cells->len);
    }
  return rows >= MIN_BARE_ROWS && 2 * full > rows ? columns : 0;
}

/* @paragraph holds a table when one of its lines is a delimiter row under a
 * header row with as many cells, or when all its lines are rows
 * (bare_table_columns()). */
static void
rewrite_table (cmark_node  *paragraph,
               const Lines *lines)
{
  gint first = cmark_node_get_start_line (paragraph);
  gint last = cmark_node_get_end_line (paragraph);
  Table table = { 0 };
  g_autoptr(GPtrArray) header = NULL;
  cmark_node *list;
  const gchar *line;
  gsize length;
  gint delimiter = 0;
  guint bare_columns = 0;

  for (gint n = first + 1; n <= last && delimiter == 0; n++)
    if ((line = line_at (lines, n, &length)) != NULL && lineup_post_table_is_delimiter_row (line, length))
      delimiter = n;
  if (delimiter == 0 && (bare_columns = bare_table_columns (lines, first, &last)) != 0)
    {
      /* no header: the columns are told by their cells */
      header = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < bare_columns; i++)
        g_ptr_array_add (header, g_strdup (""));
      delimiter = first - 1;
    }
  else if (delimiter == 0 || (line = line_at (lines, delimiter - 1, &length)) == NULL ||
           memchr (line, '|', length) == NULL)
    return;
  else
    {
      gsize delimiter_length = 0;
      const gchar *delimiter_line = line_at (lines, delimiter, &delimiter_length);

      header = lineup_post_table_split_header (line, length, delimiter_line, delimiter_length);
    }

  table.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_post_table_row_free);
  for (gint n = delimiter + 1; n <= last && (line = line_at (lines, n, &length)) != NULL; n++)
    /* "\end{table}" right under the rows: a line without a pipe is no row */
    if (!lineup_post_table_is_group_line (line, length) && memchr (line, '|', length) != NULL)
      g_ptr_array_add (table.rows, lineup_post_table_row_new (line, length, n, lines->definitions));
  table.header = header;
  if (rewrite_fields (paragraph, lines, &table, first, delimiter) ||
      lineup_post_table_rewrite_day_pairs (paragraph, header, table.rows))
    return;
  if (!table_read_columns (&table, header))
    {
      /* "| Room | Morning (09:00 - 12:00) |": timed by its headers */
      if (delimiter - 1 == first)
        lineup_post_table_rewrite_time_grid (paragraph, header, table.rows);
      table_clear (&table);
      return;
    }

  if (delimiter - 1 > first)
    keep_prose_before (paragraph, lines, first, delimiter - 1);
  add_zone_note (&table, paragraph);
  if ((list = make_list (&table, delimiter - 1)) != NULL)
    cmark_node_insert_before (paragraph, list);
  cmark_node_free (paragraph);
  table_clear (&table);
}

void
lineup_post_document_rewrite_tables (cmark_node  *document,
                                     const gchar *text,
                                     gsize        length)
{
  Lines lines = { text, length, NULL, NULL };
  gsize zero = 0;
  cmark_node *next;

  if (memchr (text, '|', length) == NULL)
    return;

  /* "[Label]: https://…": a cell may link with a reference. */
  if (g_strstr_len (text, (gssize) length, "]:") != NULL)
    lines.definitions = lineup_post_table_definitions_new (text, length);
  lines.starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (lines.starts, zero);
  for (const gchar *p = memchr (text, '\n', length); p != NULL && p + 1 < text + length;
       p = memchr (p + 1, '\n', length - (gsize) (p + 1 - text)))
    {
      gsize start = (gsize) (p + 1 - text);

      g_array_append_val (lines.starts, start);
    }

  /* Tables at the top level: inside a quote or a list item every line
   * carries a prefix the rows would have to shed. */
  for (cmark_node *node = cmark_node_first_child (document); node; node = next)
    {
      next = cmark_node_next (node);
      if (cmark_node_get_type (node) == CMARK_NODE_PARAGRAPH)
        rewrite_table (node, &lines);
    }
  g_array_unref (lines.starts);
  g_clear_pointer (&lines.definitions, g_hash_table_unref);
}

gboolean
lineup_post_document_add_table (cmark_node *parent,
                                GPtrArray  *header,
                                GPtrArray  *rows,
                                GArray     *lines)
{
  Table table = { 0 };
  cmark_node *made;
  gint line = lines->len > 0 ? g_array_index (lines, gint, 0) : 0;

  table.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_post_table_row_free);
  table.header = header;
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_new0 (Row, 1);

      row->cells = g_ptr_array_index (rows, i);
      row->line = i < lines->len ? g_array_index (lines, gint, i) : line;
      g_ptr_array_add (table.rows, row);
    }
  if (!table_read_columns (&table, header))
    {
      table_clear (&table);
      return FALSE;
    }
  if ((made = make_zone_note (&table, line)) != NULL)
    cmark_node_append_child (parent, made);
  if ((made = make_list (&table, line)) != NULL)
    cmark_node_append_child (parent, made);
  table_clear (&table);
  return TRUE;
}
