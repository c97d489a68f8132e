/* lineup-post-reader-collapse.c — a line's white space collapsed, its
 * links kept on their text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"

/* Collapses the white space of @text as lineup_text_collapse_space() does,
 * moving the link offsets along, in one pass (a line may hold a million
 * links).  A run of white space with a tab in it stays a tab: a programme
 * typed as columns ("Dana Scott<TAB>Looking Backward") parts its cells so;
 * so does a run of spaces that aligns columns ("**Name**, Org     Title"). */
#define MIN_COLUMN_SPACES 3
gchar *
lineup_post_reader_collapse_with_links (const gchar *text,
                                        GArray      *links)
{
  gsize length = strlen (text);
  gchar *out = g_malloc (length + 1);   /* never longer than @text */
  gsize out_len = 0;
  gboolean pending_space = FALSE;
  gboolean pending_tab = FALSE;
  guint spaces = 0;             /* the ASCII spaces of the pending run */
  guint next = 0;               /* boundary index: 2*i is a start, 2*i+1 an end */
  guint n_boundaries = links->len * 2;
  const gchar *p = text;

  for (;;)
    {
      gsize offset = (gsize) (p - text);
      const gchar *after;
      gboolean space;

      while (next < n_boundaries)
        {
          LineupPostLink *link = &g_array_index (links, LineupPostLink, next / 2);
          gsize *boundary = next % 2 == 0 ? &link->start : &link->end;

          if (*boundary > offset)
            break;
          *boundary = next % 2 == 0 ? out_len + (pending_space ? 1 : 0) : out_len;
          next++;
        }
      if (*p == '\0')
        break;

      if ((guchar) *p < 0x80)
        {
          after = p + 1;
          /* g_unichar_isspace () on ASCII (not '\v') */
          space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          after = g_utf8_next_char (p);
          space = g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007 ||
                  c == 0xFEFF || c == 0x200B;
        }

      if (space)
        {
          spaces += *p == ' ';
          pending_tab = (pending_tab || *p == '\t' || spaces >= MIN_COLUMN_SPACES) && out_len > 0;
          pending_space = out_len > 0;
        }
      else
        {
          if (pending_space)
            out[out_len++] = pending_tab ? '\t' : ' ';
          pending_space = pending_tab = FALSE;
          spaces = 0;
          while (p < after)
            out[out_len++] = *p++;
        }
      p = after;
    }
  out[out_len] = '\0';

  for (guint i = 0; i < links->len; i++)
    {
      LineupPostLink *link = &g_array_index (links, LineupPostLink, i);

      link->start = MIN (link->start, out_len);
      link->end = CLAMP (link->end, link->start, out_len);
    }

  return out;
}
