/* lineup-post-reader-pieces.c — the body parsed in pieces cut at blank lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-reader-private.h"

/* The body is parsed in pieces cut at blank lines.  A cut is safe before a
 * line that starts a new top-level block whatever came before it: a line
 * after a blank line, at the left margin (not a list's continuation, not
 * indented code), and not a list item (which could continue a loose list
 * above).  Paragraphs, block quotes, lists, indented code and HTML blocks of
 * kinds 6 and 7 all end there.  Three things reach across blank lines from
 * above: fenced code, HTML blocks of kinds 1 to 5 (comments, <pre>,
 * <script>…), and link reference definitions (used anywhere in the
 * document).  A body that may hold any of them is parsed in one piece.
 * And an HTML table is never cut: a blank line ends its HTML block, but
 * lineup-post-html.c reads it whole again from the blocks it was cut into. */

static gsize piece_size = LINEUP_POST_PIECE_SIZE;
static gint pieces_parsed;

gsize
lineup_post_reader_set_piece_size (gsize bytes)
{
  gsize previous = piece_size;

  piece_size = bytes;
  return previous;
}

gsize
lineup_post_reader_get_piece_size (void)
{
  return piece_size;
}

guint
lineup_post_reader_count_pieces (void)
{
  return (guint) g_atomic_int_get (&pieces_parsed);
}

Piece *
lineup_post_reader_piece_new (const gchar *text,
                              gsize        length)
{
  Piece *piece = g_new0 (Piece, 1);
  guint32 zero = 0;

  piece->text = text;
  piece->length = length;
  piece->document = lineup_post_document_parse (text, length);
  piece->lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (piece->lines, zero);
  for (const gchar *p = memchr (text, '\n', length); p != NULL && p + 1 < text + length;
       p = memchr (p + 1, '\n', length - (gsize) (p + 1 - text)))
    {
      guint32 start = (guint32) (p + 1 - text);

      g_array_append_val (piece->lines, start);
    }
  g_atomic_int_inc (&pieces_parsed);
  return piece;
}

void
lineup_post_reader_piece_free (Piece *piece)
{
  cmark_node_free (piece->document);
  g_array_unref (piece->lines);
  g_free (piece);
}

gboolean
lineup_post_reader_body_may_be_cut (const gchar *body,     /* NUL-terminated */
                                    gsize        length)
{
  static const gchar *const verbatim[] = { "script", "pre", "style", "textarea" };
  const gchar *end = body + length;

  if (strstr (body, "```") != NULL || strstr (body, "~~~") != NULL || strstr (body, "]:") != NULL)
    return FALSE;

  for (const gchar *p = memchr (body, '<', length); p != NULL;
       p = memchr (p + 1, '<', (gsize) (end - p - 1)))
    {
      gsize rest = (gsize) (end - p - 1);

      if (rest > 0 && (p[1] == '!' || p[1] == '?'))
        return FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (verbatim); i++)
        if (rest >= strlen (verbatim[i]) &&
            g_ascii_strncasecmp (p + 1, verbatim[i], strlen (verbatim[i])) == 0)
          return FALSE;
    }
  return TRUE;
}

static gboolean
line_is_blank (const gchar *line,
               const gchar *next)
{
  for (const gchar *p = line; p < next; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
      return FALSE;
  return TRUE;
}

/* Whether @line (which follows a blank line) starts a top-level block that
 * nothing above can continue. */
static gboolean
line_starts_block (const gchar *line,
                   const gchar *next)
{
  const gchar *p = line;

  /* cmark ends a list marker with any ASCII space, vertical tab included
   * (which g_ascii_isspace () leaves out). */
#define ENDS_MARKER(q) ((q) == next || g_ascii_isspace (*(q)) || *(q) == '\v')
  /* Not indented, and not a control character either. */
  if (p == next || (guchar) *p <= ' ' || *p == 0x7F)
    return FALSE;
  /* cmark drops a byte-order mark at the start of a document only: a piece
   * must not start with one. */
  if (next - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    return FALSE;
  if ((*p == '-' || *p == '+' || *p == '*') && ENDS_MARKER (p + 1))
    return FALSE;
  while (p < next && p - line < 9 && g_ascii_isdigit (*p))
    p++;
  if (p > line && p < next && (*p == '.' || *p == ')') && ENDS_MARKER (p + 1))
    return FALSE;
#undef ENDS_MARKER
  return TRUE;
}

/* The end of the piece that starts at @start: the first place after @size
 * bytes where the body may be cut, or @end.  Adds the lines it passes to
 * @lines. */
const gchar *
lineup_post_reader_piece_end (const gchar *start,
                              const gchar *end,
                              gsize        size,
                              guint       *lines)
{
  const gchar *line = start;
  gboolean blank_before = FALSE;
  gboolean div_before = FALSE;   /* the last block opened with a <div> */
  gint tables = 0;

  while (line < end)
    {
      const gchar *eol = memchr (line, '\n', (gsize) (end - line));
      const gchar *next = eol != NULL ? eol + 1 : end;
      gboolean div = next - line >= 4 && g_ascii_strncasecmp (line, "<div", 4) == 0;

      /* rows of <div>s set apart by blank lines are read together
       * (lineup-post-html-blocks.c): no cut between them; nor before a
       * table, which the block above may time ("11:00 - 12:30") */
      if (blank_before && tables == 0 && (gsize) (line - start) >= size &&
          line_starts_block (line, next) && !(div && div_before) &&
          memchr (line, '|', (gsize) (next - line)) == NULL)
        break;
      if (blank_before && line_starts_block (line, next))
        div_before = div;
      else if (line == start)
        div_before = div;
      blank_before = line_is_blank (line, next);
      tables = MAX (tables + lineup_post_document_html_balance (line, (gsize) (next - line)), 0);
      if (eol != NULL)
        (*lines)++;
      line = next;
    }
  return line;
}
