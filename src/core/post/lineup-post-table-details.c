/* lineup-post-table-details.c — what a schedule table says of its talks
 * besides their rows
 *
 * A workshop's table writes a talk's details in rows of their own under it,
 * their time cell empty: "Panel speakers: **Name, Name**", "Moderator:
 * **Name**", "&nbsp; - Challenge results" (an item of its agenda), "Add
 * to calendar: [Google](…) • [Outlook](…)".  Such rows
 * are no talks of a group the row above would head; the speakers they name
 * are the talk's.  And a table with no column of speakers may write each
 * cell "Title, Full Name": when most of its cells do, the names after the
 * comma are the speakers.  A cell that dates the rows may label its day
 * and write it in numbers: "Day 2 (09/24)".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

/* Cells that end with names in a table of "Title, Name" cells, at least. */
#define MIN_COMMA_BYLINES 3

static cmark_node *
nth_cell (LineupPostTableRow *row,
          guint               n)
{
  return n < row->cells->len ? g_ptr_array_index (row->cells, n) : NULL;
}

gboolean
lineup_post_table_role_is_talk (LineupPostColumnRole role)
{
  return role == COLUMN_OTHER || role == COLUMN_TITLE || role == COLUMN_DAY_TALKS;
}

/* The text of @row's first talk cell with any, NULL when none. */
static gchar *
first_talk_text (LineupPostTableRow         *row,
                 const LineupPostColumnRole *roles,
                 guint                       n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree gchar *text = NULL;
      gchar *p;

      if (!lineup_post_table_role_is_talk (roles[i]) || nth_cell (row, i) == NULL)
        continue;
      text = lineup_post_table_cell_text (nth_cell (row, i));
      /* "&nbsp; - item": cmark reads the entity as a no-break space */
      for (p = text; *p == ' ' || g_str_has_prefix (p, "\xC2\xA0"); p += *p == ' ' ? 1 : 2)
        ;
      if (*p != '\0')
        return g_strdup (p);
    }
  return NULL;
}

/* "Add day 1 to calendar: [Google](…) • [Outlook](…)": a label and links,
 * no talk. */
static gboolean
cell_labels_links (cmark_node *cell)
{
  gboolean colon = FALSE, linked = FALSE;

  for (cmark_node *node = cell != NULL ? cmark_node_first_child (cell) : NULL; node != NULL;
       node = cmark_node_next (node))
    {
      cmark_node_type type = cmark_node_get_type (node);
      const gchar *literal = type == CMARK_NODE_TEXT ? cmark_node_get_literal (node) : NULL;

      if (type == CMARK_NODE_LINK)
        {
          if (!colon)
            return FALSE;
          linked = TRUE;
        }
      else if (literal != NULL && !linked)
        colon |= strchr (literal, ':') != NULL;
      else if (literal != NULL && lineup_post_count_letters (literal, -1) > 0)
        return FALSE;
    }
  return linked;
}

/* "Optimal transport (OT) has become a powerful tool for … ." under a
 * talk's row: its abstract, sentences no title is made of. */
static gboolean
reads_as_abstract (const gchar *text)
{
  guint words = lineup_post_count_words (text);
  guint sentences = 0;

  for (const gchar *p = strstr (text, ". "); p != NULL; p = strstr (p + 2, ". "))
    sentences++;
  return words >= 40 || (words >= 20 && sentences >= 2);
}

gboolean
lineup_post_table_row_is_detail (LineupPostTableRow         *row,
                                 const LineupPostColumnRole *roles,
                                 guint                       n_columns)
{
  g_autofree gchar *text = NULL;

  for (guint i = 0; i < n_columns; i++)
    if (roles[i] == COLUMN_TIME && nth_cell (row, i) != NULL)
      return FALSE;
  if ((text = first_talk_text (row, roles, n_columns)) == NULL)
    return FALSE;
  for (guint i = 0; i < n_columns; i++)
    if (lineup_post_table_role_is_talk (roles[i]) && cell_labels_links (nth_cell (row, i)))
      return TRUE;
  return ((text[0] == '-' || text[0] == '*') && text[1] == ' ') ||
         g_str_has_prefix (text, "\xE2\x80\xA2") || reads_as_abstract (text) ||
         lineup_post_layouts_field (text, NULL) == LINEUP_POST_FIELD_SPEAKERS;
}

cmark_node *
lineup_post_table_detail_speakers (GPtrArray                  *rows,
                                   guint                       index,
                                   const LineupPostColumnRole *roles,
                                   guint                       n_columns)
{
  g_autoptr(GString) names = g_string_new (NULL);
  cmark_node *cell;

  for (guint r = index + 1; r < rows->len; r++)
    {
      LineupPostTableRow *row = g_ptr_array_index (rows, r);
      g_autofree gchar *text = NULL;
      gsize value = 0;

      if (!lineup_post_table_row_is_detail (row, roles, n_columns))
        break;
      text = first_talk_text (row, roles, n_columns);
      if (lineup_post_layouts_field (text, &value) == LINEUP_POST_FIELD_SPEAKERS)
        g_string_append_printf (names, "%s%s", names->len > 0 ? " & " : "", text + value);
    }
  if (names->len == 0)
    return NULL;
  cell = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_append_text (cell, names->str);
  return cell;
}

gboolean
lineup_post_table_cells_end_with_names (GPtrArray                  *rows,
                                        const LineupPostColumnRole *roles,
                                        guint                       n_columns)
{
  guint named = 0, filled = 0;

  for (guint r = 0; r < rows->len; r++)
    for (guint i = 0; i < n_columns; i++)
      {
        cmark_node *cell = nth_cell (g_ptr_array_index (rows, r), i);
        g_autofree gchar *text = NULL;
        gchar *comma;

        if (cell == NULL || !lineup_post_table_role_is_talk (roles[i]))
          continue;
        text = lineup_post_table_cell_text (cell);
        if (lineup_post_table_is_filler (text))
          continue;
        filled++;
        if ((comma = strrchr (text, ',')) != NULL && comma != text &&
            strchr (g_strstrip (comma + 1), ' ') != NULL &&
            lineup_byline_looks_like_people (comma + 1))
          named++;
      }
  return named >= MIN_COMMA_BYLINES && named * 2 > filled;
}

/* "Day 2 (09/24)": month and day in numbers, one of them over 12 so that
 * they read only one way; "September 24", or NULL. */
static gchar *
numeric_day (const gchar *text)
{
  static const gchar * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  for (const gchar *p = text; *p != '\0'; p++)
    {
      guint a = 0, b = 0, da = 0, db = 0;
      const gchar *q = p;

      if (!g_ascii_isdigit (*p) || (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '/')))
        continue;
      for (; g_ascii_isdigit (*q) && da < 3; q++, da++)
        a = a * 10 + (guint) (*q - '0');
      if (da > 2 || *q != '/')
        continue;
      for (q++; g_ascii_isdigit (*q) && db < 3; q++, db++)
        b = b * 10 + (guint) (*q - '0');
      if (db == 0 || db > 2 || *q == '/' || g_ascii_isalnum (*q))
        continue;
      if (a >= 1 && a <= 12 && b > 12 && b <= 31)
        return g_strdup_printf ("%s %u", months[a - 1], b);
      if (b >= 1 && b <= 12 && a > 12 && a <= 31)
        return g_strdup_printf ("%s %u", months[b - 1], a);
      return NULL;
    }
  return NULL;
}

/* "Day 2", "Tag 1", "Día 3": a label that numbers the days; its length,
 * separators after it included, or 0. */
static gsize
day_label_length (const gchar *text)
{
  static const gchar * const labels[] = { "day", "tag", "dag", "jour", "giorno", "d\xC3\xAD" "a", NULL };
  const gchar *p = text;

  for (guint i = 0; labels[i] != NULL; i++)
    if (g_ascii_strncasecmp (text, labels[i], strlen (labels[i])) == 0 &&
        text[strlen (labels[i])] == ' ')
      {
        p = text + strlen (labels[i]) + 1;
        break;
      }
  if (p == text || !g_ascii_isdigit (*p))
    return 0;
  while (g_ascii_isdigit (*p))
    p++;
  while (*p == ' ' || *p == ':' || *p == '-' || *p == ',')
    p++;
  return (gsize) (p - text);
}

gchar *
lineup_post_table_day_of (const gchar *text)
{
  const gchar *rest = text + day_label_length (text);
  g_autofree gchar *bare = NULL;
  LineupSlot slot;
  gsize length = strlen (rest);

  /* "(09/24)" */
  if (length > 2 && rest[0] == '(' && rest[length - 1] == ')')
    bare = g_strndup (rest + 1, length - 2);
  else
    bare = g_strdup (rest);
  if (lineup_slot_scan (bare, &slot) == LINEUP_SLOT_DATE)
    return slot.month != 0 && slot.day != 0 && lineup_slot_is_whole (bare, &slot)
           ? g_steal_pointer (&bare) : NULL;
  if (lineup_slot_scan (bare, &slot) != LINEUP_SLOT_NONE || strspn (bare, "0123456789/") != strlen (bare))
    return NULL;
  return numeric_day (bare);
}

/* Whether @cell's text is digits alone. */
static gboolean
is_bare_number (cmark_node *cell)
{
  g_autofree gchar *text = g_strstrip (lineup_post_table_cell_text (cell));

  return *text != '\0' && strspn (text, "0123456789") == strlen (text);
}

gboolean
lineup_post_table_column_holds (GPtrArray *rows,
                                guint      column,
                                gboolean   days)
{
  guint found = 0, filled = 0;
  /* "01/11/28" reads either way: the column's other dates tell which */
  LineupDateOrder order = days ? lineup_post_table_day_order (rows, column)
                               : LINEUP_DATE_ORDER_UNKNOWN;

  for (guint r = 0; r < rows->len; r++)
    {
      cmark_node *cell = nth_cell (g_ptr_array_index (rows, r), column);
      g_autofree gchar *text = NULL;
      g_autofree gchar *day = NULL;
      LineupSlot slot;

      if (cell == NULL)
        continue;
      /* "9.55", "1430": times as a timetable's cells write them */
      text = lineup_post_table_expand_compact_times (lineup_post_table_cell_text (cell));
      /* "1", "2" under "1115 - 1200 | **Block 1**": the talks of the block,
       * numbered */
      if (!days && lineup_post_table_numbers_talk (text))
        continue;
      filled++;
      if (days)
        found += (day = lineup_post_table_day_of (text)) != NULL ||
                 (lineup_post_layouts_find_ordered_date (text, order, &slot) &&
                  slot.span_start == 0 && text[slot.span_end] == '\0');
      /* "335" alone is a number ("| 0900 - 1000 |" is a time) */
      else
        found += (lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) &&
                 lineup_slot_is_whole (text, &slot) && !is_bare_number (cell);
    }
  return filled > 0 && found * 2 >= filled;
}

gboolean
lineup_post_table_column_is_empty (GPtrArray *header,
                                   GPtrArray *rows,
                                   guint      column)
{
  if (column < header->len && *(const gchar *) g_ptr_array_index (header, column) != '\0')
    return FALSE;
  for (guint r = 0; r < rows->len; r++)
    {
      cmark_node *cell = nth_cell (g_ptr_array_index (rows, r), column);
      g_autofree gchar *text = cell != NULL ? lineup_post_table_cell_text (cell) : NULL;

      if (text != NULL && *g_strstrip (text) != '\0')
        return FALSE;
    }
  return TRUE;
}

/* "Máquina de Anticítera [slides (pdf)](…)": the link to a talk's material
 * after its title is no part of it.  Drops it from @paragraph. */
static void
drop_trailing_material (cmark_node *paragraph)
{
  cmark_node *link = cmark_node_last_child (paragraph);
  cmark_node *before = link != NULL ? cmark_node_previous (link) : NULL;
  g_autofree gchar *label = NULL;
  g_autofree gchar *kept = NULL;

  if (before == NULL || cmark_node_get_type (link) != CMARK_NODE_LINK ||
      cmark_node_get_type (before) != CMARK_NODE_TEXT)
    return;
  label = lineup_post_table_cell_text (link);
  if (!lineup_post_layouts_title_is_material (label))
    return;
  kept = g_strchomp (g_strdup (cmark_node_get_literal (before)));
  cmark_node_set_literal (before, kept);
  cmark_node_free (link);
}

void
lineup_post_table_append_dash_byline (cmark_node  *paragraph,
                                      const gchar *names)
{
  cmark_node *text;
  g_autofree gchar *line = NULL;

  drop_trailing_material (paragraph);
  text = cmark_node_first_child (paragraph);

  /* one run of text, as an item of "Title - Names" is */
  if (text != NULL && cmark_node_next (text) == NULL &&
      cmark_node_get_type (text) == CMARK_NODE_TEXT)
    {
      line = g_strconcat (cmark_node_get_literal (text), " - ", names, NULL);
      cmark_node_set_literal (text, line);
    }
  else
    {
      line = g_strconcat (" - ", names, NULL);
      lineup_post_document_append_text (paragraph, line);
    }
}

gboolean
lineup_post_table_header_names_room (GPtrArray *header,
                                     guint      column)
{
  const gchar *text;
  g_autofree gchar *folded = NULL;

  if (column >= header->len)
    return FALSE;
  text = g_ptr_array_index (header, column);
  folded = lineup_text_fold (text);
  return lineup_post_layouts_is_place (text) || strstr (folded, "track") != NULL;
}

gboolean
lineup_post_table_is_blank (const gchar *text)
{
  for (const gchar *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

gboolean
lineup_post_table_header_is_blank (GPtrArray *header)
{
  for (guint i = 0; i < header->len; i++)
    if (!lineup_post_table_is_blank (g_ptr_array_index (header, i)))
      return FALSE;
  return TRUE;
}

guint
lineup_post_table_wordiest_column (GPtrArray                  *rows,
                                   const LineupPostColumnRole *roles,
                                   guint                       n_columns)
{
  guint best = G_MAXUINT, most = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      guint letters = 0;

      if (roles[c] != COLUMN_OTHER)
        continue;
      for (guint r = 0; r < rows->len; r++)
        {
          cmark_node *cell = nth_cell (g_ptr_array_index (rows, r), c);
          g_autofree gchar *text = cell != NULL ? lineup_post_table_cell_text (cell) : NULL;

          letters += text != NULL ? lineup_post_count_letters (text, -1) : 0;
        }
      if (letters > most)
        best = c, most = letters;
    }
  return best;
}

gboolean
lineup_post_table_rows_name_rooms (LineupPostTableRow         *row,
                                   LineupPostTableRow         *next,
                                   const LineupPostColumnRole *roles,
                                   guint                       n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      cmark_node *here = nth_cell (row, i);
      cmark_node *there = nth_cell (next, i);
      g_autofree gchar *here_text = NULL;
      g_autofree gchar *there_text = NULL;

      if (roles[i] != COLUMN_FIELD || here == NULL || there == NULL)
        continue;
      here_text = lineup_post_table_cell_text (here);
      there_text = lineup_post_table_cell_text (there);
      if (*here_text != '\0' && *there_text != '\0' && strcmp (here_text, there_text) != 0)
        return TRUE;
    }
  return FALSE;
}

gchar *
lineup_post_table_unbracket_names (gchar *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const gchar *p = text; *p != '\0'; p++)
    {
      const gchar *close = *p == '[' ? strchr (p + 1, ']') : NULL;

      if (close == NULL || memchr (p + 1, '[', (gsize) (close - p - 1)) != NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }
      /* "[Mark Adams]" is the name, "[1]" a note's mark */
      if ((gsize) (close - p - 1) > strspn (p + 1, "0123456789*, "))
        g_string_append_len (out, p + 1, close - p - 1);
      p = close;
    }
  g_free (text);
  return g_string_free (out, FALSE);
}

/* Whether @node is raw HTML that opens (or, @closing, closes) a <details>. */
static gboolean
is_details_tag (cmark_node *node,
                gboolean    closing)
{
  const gchar *literal = cmark_node_get_type (node) == CMARK_NODE_HTML_INLINE
                         ? cmark_node_get_literal (node) : NULL;

  return literal != NULL &&
         g_ascii_strncasecmp (literal, closing ? "</details" : "<details", closing ? 9 : 8) == 0;
}

void
lineup_post_table_drop_details (cmark_node *cell)
{
  cmark_node *node = cmark_node_first_child (cell);

  while (node != NULL)
    {
      cmark_node *next = cmark_node_next (node);

      if (is_details_tag (node, FALSE))
        {
          /* up to its end, or the cell's */
          gboolean closed = FALSE;

          while (node != NULL && !closed)
            {
              next = cmark_node_next (node);
              closed = is_details_tag (node, TRUE);
              cmark_node_free (node);
              node = next;
            }
        }
      node = next;
    }
}

/* "<a>Title</a><br/>A retrospective on …": the lines of @paragraph after its
 * title's, the talk's subtitle, as a paragraph of their own (NULL when
 * there are none). */
static cmark_node *
take_subtitle (cmark_node *paragraph)
{
  cmark_node *brk, *node, *rest;

  for (brk = cmark_node_first_child (paragraph); brk != NULL; brk = cmark_node_next (brk))
    if (cmark_node_get_type (brk) == CMARK_NODE_LINEBREAK)
      break;
  if (brk == NULL || cmark_node_next (brk) == NULL)
    return NULL;
  rest = cmark_node_new (CMARK_NODE_PARAGRAPH);
  lineup_post_document_set_line (rest, lineup_post_document_line (paragraph));
  while ((node = cmark_node_next (brk)) != NULL)
    {
      cmark_node_unlink (node);
      cmark_node_append_child (rest, node);
    }
  cmark_node_free (brk);
  return rest;
}

void
lineup_post_table_append_byline (cmark_node  *item,
                                 cmark_node  *paragraph,
                                 const gchar *names,
                                 gboolean     labelled,
                                 gboolean     own_column)
{
  g_autofree gchar *byline = g_strconcat (labelled ? "- Speaker: " : "- ", names, NULL);
  cmark_node *subtitle = own_column ? take_subtitle (paragraph) : NULL;

  cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
  lineup_post_document_append_text (paragraph, byline);
  if (subtitle != NULL)
    cmark_node_append_child (item, subtitle);
}

gchar *
lineup_post_table_escape_ordered_start (const gchar *text)
{
  gsize digits = strspn (text, "0123456789");

  /* "3. Juni 2003", "2) Title": cmark would read an ordered list */
  if (digits == 0 || digits > 9 || (text[digits] != '.' && text[digits] != ')') ||
      (text[digits + 1] != ' ' && text[digits + 1] != '\0'))
    return NULL;
  return g_strdup_printf ("%.*s\\%s", (gint) digits, text, text + digits);
}

gchar *
lineup_post_table_people_cell_text (cmark_node *cell)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  for (cmark_node *node = cmark_node_first_child (cell); node; node = cmark_node_next (node))
    g_ptr_array_add (nodes, node);
  lines = lineup_post_table_cut_lines (nodes);
  if (lines->len < 2)
    return lineup_post_table_cell_text (cell);
  for (guint i = 0; i < lines->len; i++)
    {
      const gchar *text = g_array_index (lines, LineupPostTableLine, i).text;
      g_autofree gchar *line = g_strstrip (g_strdup (text));

      if (!lineup_byline_looks_like_people (line))
        return lineup_post_table_cell_text (cell);
      g_string_append_printf (names, "%s%s", i > 0 ? " & " : "", line);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}
