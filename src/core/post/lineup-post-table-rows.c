/* lineup-post-table-rows.c — a GitHub table's text cut into rows and cells, and the
 * bylines of its title cells
 *
 * cmark has no tables (and Debian 12's cmark-gfm is quadratic on long
 * lines): the reader cuts the paragraph of pipes itself.  A cell is split at
 * the pipes that are neither escaped nor in a code span, and its text is
 * parsed by cmark for its inlines, with the reference definitions it names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-byline-private.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"

/* "|:---:| --- |": only pipes, colons, dashes and spaces, with a dash and a
 * pipe. */
gboolean
lineup_post_table_is_delimiter_row (const gchar *line,
                                    gsize        length)
{
  gboolean dash = FALSE, pipe = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (line[i] == '-')
        dash = TRUE;
      else if (line[i] == '|')
        pipe = TRUE;
      else if (line[i] != ':' && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
        return FALSE;
    }
  return dash && pipe;
}

gboolean
lineup_post_table_is_group_line (const gchar *line,
                                 gsize        length)
{
  gboolean equals = FALSE, pipe = FALSE;

  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  /* '{: rules="groups" }': kramdown's attributes of the table */
  if (lineup_post_table_is_delimiter_row (line, length) ||
      (length > 3 && line[0] == '{' && line[1] == ':' && line[length - 1] == '}'))
    return TRUE;
  for (gsize i = 0; i < length; i++)
    {
      if (line[i] == '=')
        equals = TRUE;
      else if (line[i] == '|')
        pipe = TRUE;
      else if (!g_ascii_isspace (line[i]) && line[i] != '-' && line[i] != ':' && line[i] != '+')
        return FALSE;
    }
  return equals && pipe;
}

/* The cells of a row: split at pipes that are neither escaped nor inside a
 * code span, without the outer pipes, trimmed.  "\|" stays a pipe. */
GPtrArray *
lineup_post_table_split_row (const gchar *line,
                             gsize        length)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean in_code = FALSE;
  gsize start = 0, end = length;

  while (start < end && g_ascii_isspace (line[start]))
    start++;
  while (end > start && g_ascii_isspace (line[end - 1]))
    end--;
  if (start < end && line[start] == '|')
    start++;
  if (end > start && line[end - 1] == '|' && (end - 1 == start || line[end - 2] != '\\'))
    end--;

  for (gsize i = start; i <= end; i++)
    {
      if (i == end || (line[i] == '|' && !in_code))
        {
          g_ptr_array_add (cells, g_strstrip (g_strdup (cell->str)));
          g_string_truncate (cell, 0);
          continue;
        }
      if (line[i] == '`')
        in_code = !in_code;
      if (line[i] == '\\' && i + 1 < end && line[i + 1] == '|')
        continue;
      g_string_append_c (cell, line[i]);
    }
  return cells;
}

GPtrArray *
lineup_post_table_split_header (const gchar *line,
                                gsize        length,
                                const gchar *delimiter,
                                gsize        delimiter_length)
{
  GPtrArray *header = lineup_post_table_split_row (line, length);
  g_autoptr(GPtrArray) delimiters = lineup_post_table_split_row (delimiter, delimiter_length);

  while (header->len < delimiters->len)
    g_ptr_array_add (header, g_strdup (""));
  return header;
}

/* A cell's text parsed by cmark, with the definitions of the references it
 * names ("[Welcome]"): the paragraph holding its inlines, or NULL for an
 * empty cell. */
static cmark_node *
parse_cell (const gchar *text,
            GHashTable  *definitions)
{
  g_autofree gchar *defined = lineup_post_table_definitions_for (definitions, text);
  g_autofree gchar *escaped = lineup_post_table_escape_ordered_start (text);
  g_autofree gchar *source = NULL;
  cmark_node *document, *paragraph;

  if (*text == '\0')
    return NULL;
  text = escaped != NULL ? escaped : text;
  if (defined != NULL)
    text = source = g_strconcat (text, "\n\n", defined, NULL);
  document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  paragraph = cmark_node_first_child (document);
  if (paragraph != NULL && cmark_node_get_type (paragraph) == CMARK_NODE_PARAGRAPH)
    {
      lineup_post_table_drop_details (paragraph);
      cmark_node_unlink (paragraph);
    }
  else
    paragraph = NULL;
  cmark_node_free (document);
  return paragraph;
}

void
lineup_post_table_row_free (LineupPostTableRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (g_ptr_array_index (row->cells, i) != NULL)
      cmark_node_free (g_ptr_array_index (row->cells, i));
  g_ptr_array_unref (row->cells);
  g_free (row);
}

LineupPostTableRow *
lineup_post_table_row_new (const gchar *line,
                           gsize        length,
                           gint         number,
                           GHashTable  *definitions)
{
  g_autoptr(GPtrArray) texts = lineup_post_table_split_row (line, length);
  LineupPostTableRow *row = g_new0 (LineupPostTableRow, 1);

  row->line = number;
  row->cells = g_ptr_array_new ();
  for (guint i = 0; i < texts->len && i < LINEUP_POST_TABLE_MAX_COLUMNS; i++)
    g_ptr_array_add (row->cells, parse_cell (g_ptr_array_index (texts, i), definitions));
  return row;
}

/* "1345", "830", "09.00", "9:30" in a time cell: hours 0–23, minutes 0–59
 * (to @out as "9:30"); the number of bytes read, or 0. */
static gsize
read_compact_time (const gchar *p,
                   GString     *out)
{
  gsize digits = 0;
  gint value, hour, minute;

  while (g_ascii_isdigit (p[digits]))
    digits++;
  if ((digits == 1 || digits == 2) && (p[digits] == '.' || p[digits] == ':') &&
      g_ascii_isdigit (p[digits + 1]) && g_ascii_isdigit (p[digits + 2]) &&
      !g_ascii_isdigit (p[digits + 3]) && p[digits + 3] != '.')
    {
      hour = (gint) g_ascii_strtoll (p, NULL, 10);
      minute = (gint) g_ascii_strtoll (p + digits + 1, NULL, 10);
      if (hour > 23 || minute > 59)
        return 0;
      g_string_append_printf (out, "%d:%02d", hour, minute);
      return digits + 3;
    }
  if (digits < 3 || digits > 4)
    return 0;
  value = (gint) g_ascii_strtoll (p, NULL, 10);
  hour = value / 100;
  minute = value % 100;
  if (hour > 23 || minute > 59)
    return 0;
  g_string_append_printf (out, "%d:%02d", hour, minute);
  return digits;
}

static gchar *
expand_compact_times (const gchar *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const gchar *p = text;
  gsize n;

  p += strspn (p, " ");
  if ((n = read_compact_time (p, out)) == 0)
    return NULL;
  p += n;
  p += strspn (p, " ");
  if (*p == '\0')
    return g_string_free (g_steal_pointer (&out), FALSE);
  if (*p == '-')
    p++;
  else if (g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—"))
    p += strlen ("–");
  else if (!g_ascii_isdigit (*p))   /* "9:30⏎9:40": the end under the start */
    return NULL;
  p += strspn (p, " ");
  g_string_append (out, " - ");
  if ((n = read_compact_time (p, out)) == 0)
    return NULL;
  p += n;
  p += strspn (p, " ");
  if (*p != '\0')
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "16.00" at @p: an hour and its minutes written with a dot; its length,
 * the time written "16:00" to @out; 0 when @p starts with no such time. */
static gsize
read_dotted_time (const gchar *p,
                  GString     *out)
{
  gsize hour_digits = strspn (p, "0123456789");
  gint hour, minute;

  if (hour_digits < 1 || hour_digits > 2 || p[hour_digits] != '.' ||
      strspn (p + hour_digits + 1, "0123456789") != 2)
    return 0;
  hour = (gint) g_ascii_strtoll (p, NULL, 10);
  minute = (gint) g_ascii_strtoll (p + hour_digits + 1, NULL, 10);
  if (hour > 23 || minute > 59)
    return 0;
  g_string_append_printf (out, "%d:%02d", hour, minute);
  return hour_digits + 3;
}

/* "16.00-17.30", "16.00-SELESAI" (until the end) in a column of times:
 * "16:00 - 17:30", "16:00"; NULL when @text is not so. */
static gchar *
expand_dotted_times (const gchar *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const gchar *p = text + strspn (text, " ");
  gsize n;

  if ((n = read_dotted_time (p, out)) == 0)
    return NULL;
  p += n + strspn (p + n, " ");
  if (*p == '-')
    p += 1 + strspn (p + 1, " ");
  else if (*p != '\0')
    return NULL;
  if (*p != '\0' && read_dotted_time (p, g_string_append (out, " - ")) == 0)
    {
      /* an open end: a word and nothing else */
      for (const gchar *w = p; *w != '\0'; w++)
        if (!g_ascii_isalpha (*w) && *w != ' ')
          return NULL;
      g_string_truncate (out, out->len - 3);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const gchar * const quotes[] = { "\"", "“", "”", NULL };

/* The length of the quote mark at @text, or 0. */
static gsize
quote_at (const gchar *text)
{
  for (guint i = 0; quotes[i] != NULL; i++)
    if (g_str_has_prefix (text, quotes[i]))
      return strlen (quotes[i]);
  return 0;
}

/* The length of the quote mark ending @text's first @length bytes, or 0. */
static gsize
quote_before (const gchar *text,
              gsize        length)
{
  for (guint i = 0; quotes[i] != NULL; i++)
    {
      gsize n = strlen (quotes[i]);

      if (n <= length && memcmp (text + length - n, quotes[i], n) == 0)
        return n;
    }
  return 0;
}

static guint
count_quotes (const gchar *text)
{
  guint n = 0;

  for (gsize i = 0; text[i] != '\0'; i++)
    n += quote_at (text + i) > 0;
  return n;
}

void
lineup_post_table_unquote_title (cmark_node *cell)
{
  cmark_iter *iter = cmark_iter_new (cell);
  cmark_node *first = NULL, *last = NULL;
  cmark_event_type ev;
  guint n_quotes = 0;
  gsize open, close, length;
  const gchar *text;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (ev != CMARK_EVENT_ENTER || cmark_node_get_type (node) != CMARK_NODE_TEXT)
        continue;
      first = first ? first : node;
      last = node;
      n_quotes += count_quotes (cmark_node_get_literal (node));
    }
  cmark_iter_free (iter);
  /* Two marks, one opening the title, one closing it. */
  if (first == NULL || n_quotes != 2 || (open = quote_at (cmark_node_get_literal (first))) == 0)
    return;
  text = cmark_node_get_literal (last);
  length = strlen (text);
  while (length > 0 && text[length - 1] == ' ')
    length--;
  if ((close = quote_before (text, length)) == 0 || (first == last && length < open + close + 1))
    return;
  {
    g_autofree gchar *trimmed = g_strndup (text, length - close);

    cmark_node_set_literal (last, trimmed);
  }
  {
    g_autofree gchar *rest = g_strdup (cmark_node_get_literal (first) + open);

    cmark_node_set_literal (first, rest);
  }
}

static gchar *
dash_byline (const gchar *text)
{
  static const gchar * const dashes[] = { " - ", " – ", " — ", NULL };
  const gchar *dash = NULL;
  gsize dash_length = 0;
  g_autofree gchar *names = NULL;
  g_autofree gchar *org = NULL;

  for (guint i = 0; dashes[i] != NULL && dash == NULL; i++)
    if ((dash = strstr (text, dashes[i])) != NULL)
      dash_length = strlen (dashes[i]);
  if (dash == NULL || strchr (text, '(') != NULL)
    return NULL;
  names = g_strstrip (g_strndup (text, (gsize) (dash - text)));
  org = g_strstrip (g_strdup (dash + dash_length));
  /* "Remco Poortinga - van Wijnen": a double surname */
  if (*org == '\0' || g_ascii_islower (*org) || strstr (org, dashes[0]) != NULL ||
      !lineup_byline_looks_like_people (names))
    return NULL;
  return g_strdup_printf ("%s (%s)", names, org);
}

gchar *
lineup_post_table_expand_compact_times (gchar *text)
{
  gchar *expanded = expand_compact_times (text);

  if (expanded == NULL)
    expanded = expand_dotted_times (text);
  if (expanded == NULL)
    return text;
  g_free (text);
  return expanded;
}

gchar *
lineup_post_table_dash_byline (gchar *text)
{
  gchar *rewritten = dash_byline (text);

  if (rewritten == NULL)
    {
      /* "Conference Organisers": a role, no one's name beside it */
      if (lineup_byline_is_role (text) && strpbrk (text, ",(&") == NULL)
        g_clear_pointer (&text, g_free);
      return text;
    }
  g_free (text);
  return rewritten;
}

static gboolean
has_link (cmark_node *cell)
{
  cmark_iter *iter;
  cmark_event_type ev;
  gboolean found = FALSE;

  if (cell == NULL)
    return FALSE;
  iter = cmark_iter_new (cell);
  while (!found && (ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    found = ev == CMARK_EVENT_ENTER && cmark_node_get_type (cmark_iter_get_node (iter)) == CMARK_NODE_LINK;
  cmark_iter_free (iter);
  return found;
}

static gboolean
other_cell_links (LineupPostTableRow *row,
                  guint               column)
{
  for (guint i = 0; i < row->cells->len; i++)
    if (i != column && has_link (g_ptr_array_index (row->cells, i)))
      return TRUE;
  return FALSE;
}

/* "[Scikit-learn](…)<br>*Olivier Grisel & Tim Head*": a cell of lines reads
 * as people only when its first line does (a talk's title over its
 * speakers does not). */
static gboolean
first_line_is_people (cmark_node *cell)
{
  g_autoptr(GString) line = g_string_new (NULL);
  cmark_node *child;

  for (child = cmark_node_first_child (cell); child != NULL; child = cmark_node_next (child))
    {
      g_autofree gchar *text = NULL;

      if (cmark_node_get_type (child) == CMARK_NODE_LINEBREAK ||
          cmark_node_get_type (child) == CMARK_NODE_SOFTBREAK ||
          lineup_post_table_is_break_node (child))
        break;
      text = lineup_post_table_cell_text (child);
      g_string_append (line, text);
    }
  if (child == NULL)
    return TRUE;
  g_strstrip (line->str);
  return lineup_byline_looks_like_people (line->str);
}

/* Counts the rows of @column: all of them ([0]), and those beside a link
 * ([1], the rows of talks), the filled ones and those whose cell is names. */
gdouble
lineup_post_table_column_people (GPtrArray *rows,
                                 guint      column)
{
  guint people[2] = { 0, 0 }, filled[2] = { 0, 0 };

  for (guint r = 0; r < rows->len; r++)
    {
      LineupPostTableRow *row = g_ptr_array_index (rows, r);
      cmark_node *cell = column < row->cells->len ? g_ptr_array_index (row->cells, column) : NULL;
      g_autofree gchar *text = NULL;
      gboolean is_people;

      if (cell == NULL)
        continue;
      text = lineup_post_table_cell_text (cell);
      if (lineup_post_table_is_filler (text) || lineup_post_table_is_pending (text))
        continue;
      is_people = lineup_byline_looks_like_people (text) && first_line_is_people (cell);
      filled[0]++, people[0] += is_people;
      if (other_cell_links (row, column))
        filled[1]++, people[1] += is_people;
    }
  if (filled[0] == 0)
    return 0.0;
  /* Speakers beside the linked talks, notes beside the breaks. */
  if (filled[1] >= 2)
    return MAX ((gdouble) people[0] / filled[0], (gdouble) people[1] / filled[1]);
  return (gdouble) people[0] / filled[0];
}

static guint
count_words (const gchar *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0';
  return n;
}

gboolean
lineup_post_table_take_linked_title (cmark_node **speakers,
                                     cmark_node **title)
{
  g_autofree gchar *text = NULL;
  g_autofree gchar *kind = NULL;
  g_autofree gchar *linked = NULL;
  cmark_node *node, *next, *link;

  if (*speakers == NULL || !has_link (*speakers) || has_link (*title))
    return FALSE;
  text = lineup_post_table_cell_text (*speakers);
  if (lineup_byline_looks_like_people (text))
    return FALSE;
  /* The cell opens with the link ("_[Title](url)_"), a title of a few
   * words ("[Phil](…), Acme" is a byline); the title cell only names the
   * slot's kind ("Workshops"). */
  link = cmark_node_first_child (*speakers);
  while (link != NULL && (cmark_node_get_type (link) == CMARK_NODE_EMPH ||
                          cmark_node_get_type (link) == CMARK_NODE_STRONG))
    link = cmark_node_first_child (link);
  if (link == NULL || cmark_node_get_type (link) != CMARK_NODE_LINK)
    return FALSE;
  linked = lineup_post_table_cell_text (link);
  kind = lineup_post_table_cell_text (*title);
  if (count_words (linked) < 3 || count_words (kind) > 3)
    return FALSE;
  /* Its first line: "<br/>Any other tool" is a note. */
  for (node = cmark_node_first_child (*speakers); node != NULL; node = next)
    {
      next = cmark_node_next (node);
      if (cmark_node_get_type (node) == CMARK_NODE_LINEBREAK ||
          (cmark_node_get_type (node) == CMARK_NODE_HTML_INLINE &&
           g_ascii_strncasecmp (cmark_node_get_literal (node), "<br", 3) == 0))
        break;
    }
  for (; node != NULL; node = next)
    {
      next = cmark_node_next (node);
      cmark_node_free (node);
    }
  *title = *speakers;
  *speakers = NULL;
  return TRUE;
}

gboolean
lineup_post_table_is_emphasis_only (cmark_node *cell)
{
  cmark_node *child = cell != NULL ? cmark_node_first_child (cell) : NULL;

  return child != NULL && cmark_node_next (child) == NULL &&
         cmark_node_get_type (child) == CMARK_NODE_EMPH;
}

/* Whether @text (a text node's, next to a link) goes on the link's phrase:
 * a letter right before it (@before: "Deploying "), or a word in lower case
 * right after it (" and the Web"). */
static gboolean
joins_phrase (cmark_node *text,
              gboolean    before)
{
  const gchar *literal;
  gsize length;

  if (text == NULL || cmark_node_get_type (text) != CMARK_NODE_TEXT)
    return FALSE;
  literal = cmark_node_get_literal (text);
  length = strlen (literal);
  if (before)
    return length >= 2 && literal[length - 1] == ' ' && g_ascii_isalpha (literal[length - 2]);
  return literal[0] == ' ' && g_ascii_islower (literal[1]);
}

/* Whether @link's text names a talk's material ("slides (pdf)", "video"). */
static gboolean
link_names_material (cmark_node *link)
{
  g_autofree gchar *text = lineup_post_table_cell_text (link);

  return lineup_post_layouts_title_is_material (g_strstrip (text));
}

/* @link moved into a paragraph of its own (an aside of line @line). */
static cmark_node *
aside_paragraph (cmark_node *link,
                 gint        line)
{
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);

  lineup_post_document_set_line (paragraph, line);
  cmark_node_unlink (link);
  cmark_node_append_child (paragraph, link);
  return paragraph;
}

cmark_node *
lineup_post_table_take_aside_link (cmark_node *title,
                                   gint        line)
{
  cmark_node *close = cmark_node_last_child (title);
  cmark_node *link = close != NULL ? cmark_node_previous (close) : NULL;
  cmark_node *open = link != NULL ? cmark_node_previous (link) : NULL;
  cmark_node *paragraph;
  const gchar *before;
  g_autofree gchar *kept = NULL;
  gsize length;

  /* "Máquina de Anticítera [slides (pdf)](…)": the material's link after the
   * title, no bracket around it */
  if (close != NULL && cmark_node_get_type (close) == CMARK_NODE_LINK &&
      joins_phrase (link, TRUE) && link_names_material (close))
    {
      kept = g_strchomp (g_strdup (cmark_node_get_literal (link)));
      if (lineup_post_count_letters (kept, -1) == 0)
        return NULL;
      cmark_node_set_literal (link, kept);
      return aside_paragraph (close, line);
    }
  if (open == NULL || cmark_node_get_type (close) != CMARK_NODE_TEXT ||
      cmark_node_get_type (link) != CMARK_NODE_LINK ||
      cmark_node_get_type (open) != CMARK_NODE_TEXT ||
      strspn (cmark_node_get_literal (close), ") ") != strlen (cmark_node_get_literal (close)) ||
      strchr (cmark_node_get_literal (close), ')') == NULL)
    return NULL;
  before = cmark_node_get_literal (open);
  length = strlen (before);
  while (length > 0 && before[length - 1] == ' ')
    length--;
  if (length == 0 || before[length - 1] != '(')
    return NULL;
  /* the title itself: words before the bracket */
  kept = g_strndup (before, length - 1);
  if (*g_strstrip (kept) == '\0' && cmark_node_previous (open) == NULL)
    return NULL;
  paragraph = aside_paragraph (link, line);
  cmark_node_free (close);
  if (*kept == '\0')
    cmark_node_free (open);
  else
    cmark_node_set_literal (open, kept);
  return paragraph;
}

void
lineup_post_table_unwrap_breaks (cmark_node *title)
{
  cmark_node *next;

  for (cmark_node *node = cmark_node_first_child (title); node != NULL; node = next)
    {
      next = cmark_node_next (node);
      if (cmark_node_previous (node) == NULL || next == NULL ||
          cmark_node_get_type (node) != CMARK_NODE_HTML_INLINE ||
          g_ascii_strncasecmp (cmark_node_get_literal (node), "<br", 3) != 0)
        continue;
      lineup_post_document_append_text (title, " ");
      cmark_node_insert_before (node, cmark_node_last_child (title));
      cmark_node_free (node);
    }
}

gboolean
lineup_post_table_same_text (LineupPostTableRow *a,
                             LineupPostTableRow *b,
                             guint               column)
{
  g_autofree gchar *here = NULL;
  g_autofree gchar *there = NULL;

  if (column >= a->cells->len || column >= b->cells->len ||
      g_ptr_array_index (a->cells, column) == NULL || g_ptr_array_index (b->cells, column) == NULL)
    return FALSE;
  here = lineup_post_table_cell_text (g_ptr_array_index (a->cells, column));
  there = lineup_post_table_cell_text (g_ptr_array_index (b->cells, column));
  return strcmp (here, there) == 0;
}

/* "Speaker & Title" cells: "Title, Name and Name" is rewritten "Title -
 * Name and Name" when what follows the last comma reads as people; "SIG
 * Intros: Apps, Auth, Storage" stays a title. */
void
lineup_post_table_rewrite_comma_byline (cmark_node *cell)
{
  cmark_node *last = cmark_node_last_child (cell);
  const gchar *literal, *comma;
  g_autofree gchar *names = NULL;
  g_autofree gchar *title = NULL;
  g_autofree gchar *text = NULL;

  if (last == NULL || cmark_node_get_type (last) != CMARK_NODE_TEXT)
    return;
  literal = cmark_node_get_literal (last);
  if ((comma = strrchr (literal, ',')) == NULL || comma == literal)
    return;
  names = g_strstrip (g_strdup (comma + 1));
  /* a full name at least: one word is a topic ("Storage") */
  if (strchr (names, ' ') == NULL || !lineup_byline_looks_like_people (names))
    return;
  /* "Policy WG", "Cloud SIG": an acronym is no part of a name */
  for (const gchar *p = names; *p != '\0'; p++)
    if ((p == names || p[-1] == ' ') && g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]))
      return;
  title = g_strstrip (g_strndup (literal, (gsize) (comma - literal)));
  text = g_strdup_printf ("%s - %s", title, names);
  cmark_node_set_literal (last, text);
}

/* The byline the parentheses of "Title (Name & Name @ Org)" hold: their
 * names, each part a name, then the organisation after "@"; when no "@"
 * and the last comma part is no one's name ("(Eric Holk, Indiana)",
 * "(Jason Hemann and Dan Friedman, Indiana)"), as written. */
static gchar *
paren_byline (const gchar *inner)
{
  const gchar *at = strchr (inner, '@');
  const gchar *comma = strrchr (inner, ',');
  g_autofree gchar *names = g_strndup (inner, at != NULL ? (gsize) (at - inner) : strlen (inner));
  g_autofree gchar *last = comma != NULL ? g_strstrip (g_strdup (comma + 1)) : NULL;
  g_auto(GStrv) parts = NULL;
  GString *byline;

  if (at == NULL && last != NULL && !lineup_byline_may_be_person (last))
    return g_strstrip (g_strdup (inner));
  parts = g_strsplit (g_strdelimit (names, "&", ','), ",", -1);
  byline = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_string_append_printf (byline, "%s%s", byline->len > 0 ? " & " : "", parts[i]);
  if (byline->len == 0)
    {
      g_string_free (byline, TRUE);
      return NULL;
    }
  if (at != NULL)
    {
      g_autofree gchar *org = g_strstrip (g_strdup (at + 1));

      if (*org != '\0')
        g_string_append_printf (byline, ", %s", org);
    }
  return g_string_free (byline, FALSE);
}

/* "Title (Name & Name @ Org)" in a cell: the parentheses hold the speakers.
 * Rewrites the cell's last text as "Title - Name & Name, Org" when what the
 * parentheses hold reads as people, and no name is before them. */
void
lineup_post_table_rewrite_paren_byline (cmark_node *cell)
{
  cmark_node *last = cmark_node_last_child (cell);
  const gchar *literal, *open;
  g_autofree gchar *inner = NULL;
  g_autofree gchar *byline = NULL;
  gsize length;

  if (last == NULL || cmark_node_get_type (last) != CMARK_NODE_TEXT)
    return;
  literal = cmark_node_get_literal (last);
  length = strlen (literal);
  while (length > 0 && g_ascii_isspace (literal[length - 1]))
    length--;
  if (length < 3 || literal[length - 1] != ')' ||
      (open = g_strrstr_len (literal, (gssize) length, "(")) == NULL || open == literal ||
      lineup_post_names_person_at_end (literal, (gsize) (open - literal)))
    return;

  inner = g_strndup (open + 1, (gsize) (literal + length - 1 - (open + 1)));
  byline = paren_byline (inner);
  if (byline == NULL || !lineup_byline_looks_like_people (byline))
    return;

  {
    g_autofree gchar *title = g_strstrip (g_strndup (literal, (gsize) (open - literal)));
    g_autofree gchar *text = g_strdup_printf ("%s - %s", title, byline);

    cmark_node_set_literal (last, text);
  }
}

/* "[Pyxem](…) (4D-STEM analysis)": a note in brackets that ends the cell
 * after its link is the title's too, not material, nor people unless the
 * row names its speakers in a cell of their own (@has_speakers); it goes
 * into the link's text. */
static void
join_link_note (cmark_node *link,
                gboolean    has_speakers)
{
  cmark_node *note = cmark_node_next (link);
  const gchar *literal;
  g_autofree gchar *inside = NULL;
  gsize length;

  if (note == NULL || cmark_node_next (note) != NULL ||
      cmark_node_get_type (note) != CMARK_NODE_TEXT)
    return;
  literal = cmark_node_get_literal (note);
  length = strlen (literal);
  if (length < 4 || literal[0] != ' ' || literal[1] != '(' || literal[length - 1] != ')')
    return;
  inside = g_strndup (literal + 2, length - 3);
  if (strpbrk (inside, "()") != NULL ||
      (!has_speakers && lineup_byline_looks_like_people (inside)) ||
      lineup_post_layouts_title_is_material (inside) || lineup_post_count_letters (inside, -1) < 3)
    return;
  cmark_node_unlink (note);
  cmark_node_append_child (link, note);
}

void
lineup_post_table_settle_title_link (cmark_node *title,
                                      gboolean    has_speakers)
{
  cmark_node *link = NULL, *child;

  for (child = cmark_node_first_child (title); child != NULL; child = cmark_node_next (child))
    if (cmark_node_get_type (child) == CMARK_NODE_LINK)
      {
        if (link != NULL)
          return;
        link = child;
      }
  /* "Deploying [Jingle](…/jingle/)", "[PubSub](…/pubsub/) and the Web": a
   * word of the title linked to its glossary page, not the talk's */
  if (link == NULL)
    return;
  if (!(joins_phrase (cmark_node_previous (link), TRUE) ||
        joins_phrase (cmark_node_next (link), FALSE)))
    {
      join_link_note (link, has_speakers);
      return;
    }
  /* (not "Máquina de Anticítera [slides (pdf)](…)": the talk's material,
   * lineup_post_table_take_aside_link()) */
  if (link_names_material (link))
    return;
  while ((child = cmark_node_first_child (link)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_insert_before (link, child);
    }
  cmark_node_free (link);
}

gchar *
lineup_post_table_plural_names (gchar                      *text,
                                GPtrArray                  *header,
                                const LineupPostColumnRole *roles,
                                guint                       n_columns)
{
  g_autofree gchar *folded = NULL;
  gchar *people;
  const gchar *name = NULL;

  for (guint i = 0; i < n_columns && header != NULL && i < header->len && name == NULL; i++)
    if (roles[i] == COLUMN_SPEAKERS)
      name = g_ptr_array_index (header, i);
  if (name == NULL)
    return text;
  folded = g_utf8_strdown (name, -1);
  g_strstrip (folded);
  if ((!g_str_has_suffix (folded, "s") && !g_str_has_suffix (folded, "(s)")) ||
      (people = lineup_post_table_people_list (text)) == NULL)
    return text;
  g_free (text);
  return people;
}

gchar *
lineup_post_table_people_list (const gchar *text)
{
  g_auto(GStrv) parts = NULL;

  if (strchr (text, ',') == NULL || strpbrk (text, "()[]|") != NULL)
    return NULL;
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      /* "…, and Name" */
      if (g_str_has_prefix (parts[i], "and "))
        memmove (parts[i], parts[i] + 4, strlen (parts[i] + 4) + 1);
      if (!lineup_byline_may_be_person (parts[i]))
        return NULL;
    }
  return g_strjoinv (" & ", parts);
}
