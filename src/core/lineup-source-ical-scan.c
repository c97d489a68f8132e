/* lineup-source-ical-scan.c — the iCalendar reader's walk over the raw lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libical names no lines: before it parses, the lines are read here, to
 * check that every BEGIN has its END (a truncated file is an error at its
 * last line), to find where the calendar starts and ends, and to learn the
 * line of each event's BEGIN:VEVENT, DTSTART and DTEND (or DURATION).
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lineup-source-ical-private.h"

#define MAX_DEPTH 16

typedef struct
{
  GPtrArray  *stack;     /* component names (gchar*) */
  EventLines  event;
  guint       last_line;
  gboolean    opened;    /* BEGIN:VCALENDAR seen */
  gsize       start;     /* offset of BEGIN:VCALENDAR */
  gsize       end;       /* offset after END:VCALENDAR, 0 before */
} Scan;

/* Whether the logical line @text is "NAME:..." or "NAME;..." for @name. */
static gboolean
is_property (const gchar *text,
             const gchar *name)
{
  gsize n = strlen (name);

  return g_ascii_strncasecmp (text, name, n) == 0 && (text[n] == ':' || text[n] == ';');
}

/* The component a "BEGIN:NAME" / "END:NAME" line names (parameters
 * allowed, as libical allows them), or NULL when @text is not @keyword. */
static const gchar *
component_line (const gchar *text,
                const gchar *keyword)
{
  gsize n = strlen (keyword);
  const gchar *colon;

  if (g_ascii_strncasecmp (text, keyword, n) != 0 || (text[n] != ':' && text[n] != ';'))
    return NULL;
  colon = strchr (text + n, ':');
  return colon ? colon + 1 : "";
}

static gboolean
scan_begin (Scan         *scan,
            Reader       *reader,
            const gchar  *name,
            guint         line,
            GError      **error)
{
  if (scan->stack->len >= MAX_DEPTH)
    {
      lineup_source_set_error (error, reader->input, line, "%s", _("components nested too deeply"));
      return FALSE;
    }
  g_ptr_array_add (scan->stack, g_ascii_strup (name, -1));
  scan->opened = TRUE;
  if (scan->stack->len == 2 && g_ascii_strcasecmp (name, "VEVENT") == 0)
    scan->event = (EventLines) { line, 0, 0 };
  return TRUE;
}

static gboolean
scan_end (Scan         *scan,
          Reader       *reader,
          const gchar  *name,
          guint         line,
          GError      **error)
{
  guint depth = scan->stack->len;
  const gchar *open = depth > 0 ? g_ptr_array_index (scan->stack, depth - 1) : "";

  if (g_ascii_strcasecmp (open, name) != 0)
    {
      if (*open == '\0')
        lineup_source_set_error (error, reader->input, line,
                                 _("“END:%s” without “BEGIN:%s”"), name, name);
      else
        lineup_source_set_error (error, reader->input, line,
                                 _("“END:%s” where “END:%s” was expected"), name, open);
      return FALSE;
    }
  if (scan->stack->len == 2 && g_ascii_strcasecmp (open, "VEVENT") == 0)
    g_array_append_val (reader->lines, scan->event);
  g_ptr_array_remove_index (scan->stack, scan->stack->len - 1);
  return TRUE;
}

/* Handles one unfolded line that starts at @line.  Spaces before the first
 * line are skipped; trailing spaces stay, as libical keeps them. */
static gboolean
scan_logical_line (Scan         *scan,
                   Reader       *reader,
                   const gchar  *text,
                   guint         line,
                   GError      **error)
{
  const gchar *name;

  while (*text == ' ' || *text == '\t')
    text++;
  if (*text == '\0')
    return TRUE;
  if (scan->stack->len == 0 && g_ascii_strcasecmp (text, "BEGIN:VCALENDAR") != 0)
    {
      lineup_source_set_error (error, reader->input, line, "%s",
                               _("not an iCalendar file: “BEGIN:VCALENDAR” expected"));
      return FALSE;
    }
  if ((name = component_line (text, "BEGIN")) != NULL)
    return scan_begin (scan, reader, name, line, error);
  if ((name = component_line (text, "END")) != NULL)
    return scan_end (scan, reader, name, line, error);
  if (scan->stack->len == 2 &&
      g_ascii_strcasecmp (g_ptr_array_index (scan->stack, 1), "VEVENT") == 0)
    {
      if (scan->event.dtstart == 0 && is_property (text, "DTSTART"))
        scan->event.dtstart = line;
      else if (scan->event.dtend == 0 &&
               (is_property (text, "DTEND") || is_property (text, "DURATION")))
        scan->event.dtend = line;
    }
  return TRUE;
}

/* Handles the logical line gathered so far (if any); the calendar ends
 * at @pos when it closes. */
static gboolean
flush_logical_line (Scan     *scan,
                    Reader   *reader,
                    GString  *logical,
                    guint     logical_line,
                    gsize     pos,
                    GError  **error)
{
  if (logical_line == 0 || logical->len == 0)
    return TRUE;
  if (!scan_logical_line (scan, reader, logical->str, logical_line, error))
    return FALSE;
  if (scan->opened && scan->stack->len == 0)
    scan->end = pos;
  return TRUE;
}

/* Walks the raw lines: BEGIN/END balance, the lines of each VEVENT, where the
 * calendar ends (*end).  Lines end in LF or CRLF; folded lines start with a
 * space or a tab. */
gboolean
_lineup_source_ical_scan_lines (Reader      *reader,
                                const gchar *data,
                                gsize        length,
                                gsize       *start,
                                gsize       *end,
                                GError     **error)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) logical = g_string_new (NULL);
  Scan scan = { stack, { 0, 0, 0 }, 0, FALSE, 0, 0 };
  guint logical_line = 0;
  guint line = 0;
  gsize pos = length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

  while (pos < length && scan.end == 0)
    {
      const gchar *nl = memchr (data + pos, '\n', length - pos);
      gsize stop = nl ? (gsize) (nl - data) : length;
      gsize next = nl ? stop + 1 : length;
      gsize text_end = stop;

      line++;
      if (text_end > pos && data[text_end - 1] == '\r')
        text_end--;
      if (text_end > pos && (data[pos] == ' ' || data[pos] == '\t') && logical->len > 0)
        g_string_append_len (logical, data + pos + 1, text_end - pos - 1);
      else
        {
          if (!flush_logical_line (&scan, reader, logical, logical_line, pos, error))
            return FALSE;
          g_string_assign (logical, "");
          g_string_append_len (logical, data + pos, text_end - pos);
          logical_line = line;
          if (stack->len == 0 && scan.end == 0)
            for (scan.start = pos; scan.start < text_end && g_ascii_isspace (data[scan.start]);)
              scan.start++;
        }
      if (text_end > pos)
        scan.last_line = line;
      pos = next;
    }
  if (scan.end == 0 && !flush_logical_line (&scan, reader, logical, logical_line, length, error))
    return FALSE;
  if (scan.end == 0)
    {
      const gchar *open = stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : "VCALENDAR";

      lineup_source_set_error (error, reader->input, scan.last_line,
                               _("the calendar ends without “END:%s”"), open);
      return FALSE;
    }
  *start = scan.start;
  *end = scan.end;
  return TRUE;
}
