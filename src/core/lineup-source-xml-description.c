/* lineup-source-xml-description.c — an event's texts as its description (Markdown)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The subtitle, the abstract and the description (once each, when they
 * differ) and the links.  HTML goes through lineup_post_document_html_to_markdown(),
 * but for the fast path: abstracts of only <p> paragraphs of plain words
 * (half of FOSDEM's) are their text, without an HTML parse and a Markdown
 * rendering each.  Plain text loses the XML's indent.
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-document.h"
#include "lineup-source-xml-private.h"

static gboolean
looks_like_html (const gchar *text)
{
  const gchar *p = text;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '!'))
    return TRUE;
  return strstr (text, "<p>") != NULL || strstr (text, "<br") != NULL;
}

/* The lines after the first lose the indent they share (the XML's own
 * indent, which Markdown would take for code). */
static gchar *
dedent (const gchar *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gsize common = G_MAXSIZE;
  GString *out;

  for (guint i = 1; lines[i] != NULL; i++)
    {
      gsize n = strspn (lines[i], " \t");

      if (lines[i][n] != '\0')
        common = MIN (common, n);
    }
  out = g_string_new (g_strstrip (lines[0]));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      gsize n = strspn (lines[i], " \t");

      g_string_append_c (out, '\n');
      g_string_append (out, lines[i][n] == '\0' ? "" : lines[i] + MIN (common, n));
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* Where a run of plain text stops: the end, white space, a tag, what
 * Markdown would read as markup (an entity too), a control character. */
static const guint8 plain_stop[256] = {
  [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1,
  ['\t'] = 1, ['\n'] = 1, [0x0b] = 1, [0x0c] = 1, ['\r'] = 1, [0x0e] = 1, [0x0f] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1,
  [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1,
  [0x1e] = 1, [0x1f] = 1, [0x7f] = 1,
  [' '] = 1, ['<'] = 1, ['>'] = 1, ['*'] = 1, ['_'] = 1, ['`'] = 1, ['\\'] = 1, ['['] = 1,
  [']'] = 1, ['#'] = 1, ['&'] = 1, ['!'] = 1, ['|'] = 1, ['~'] = 1,
};

/* The length of the run of plain text at @p. */
static gsize
plain_run (const gchar *p)
{
  const gchar *q = p;

  while (!plain_stop[(guchar) *q])
    q++;
  return (gsize) (q - p);
}

/* <a href="URL">words</a> at @p as Markdown ([words](URL), or <URL> when
 * the words are the URL); what follows it, or NULL when it is anything
 * less plain. */
static const gchar *
plain_link (const gchar *p,
            GString     *out,
            gboolean     space)
{
  const gchar *url = p + 9;
  gsize url_length = strcspn (url, "\" <>()\\&'`*_[]");
  const gchar *text;
  const gchar *end;

  if (url_length == 0 || strncmp (url + url_length, "\">", 2) != 0 ||
      (g_ascii_strncasecmp (url, "https://", 8) != 0 &&
       g_ascii_strncasecmp (url, "http://", 7) != 0))
    return NULL;
  text = url + url_length + 2;
  end = strstr (text, "</a>");
  if (end == NULL || end == text || text[0] == ' ' || end[-1] == ' ')
    return NULL;
  /* Words with single spaces between them. */
  for (const gchar *q = text; q < end; q++)
    if ((plain_stop[(guchar) *q] && *q != ' ') || (q[0] == ' ' && q[1] == ' '))
      return NULL;
  if (space)
    g_string_append_c (out, ' ');
  if ((gsize) (end - text) == url_length && strncmp (text, url, url_length) == 0)
    g_string_append_printf (out, "<%.*s>", (int) url_length, url);
  else
    g_string_append_printf (out, "[%.*s](%.*s)", (int) (end - text), text, (int) url_length, url);
  return end + 4;
}

/* Abstracts that are only <p> paragraphs of plain words (half of FOSDEM's)
 * are their text, paragraph by paragraph, with spaces collapsed: what
 * lineup_post_document_html_to_markdown() makes of them, without an HTML parse and
 * a Markdown rendering each.  NULL for anything else. */
static gchar *
plain_paragraphs (const gchar *html)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const gchar *p = html;
  gboolean in_paragraph = FALSE;
  gboolean space = FALSE;
  gsize paragraph_start = 0;

  while (*p != '\0')
    {
      guchar c = (guchar) *p;

      if (c == '<')
        {
          if (!in_paragraph && strncmp (p, "<p>", 3) == 0)
            {
              if (out->len > 0)
                g_string_append (out, "\n\n");
              paragraph_start = out->len;
              in_paragraph = TRUE;
              p += 3;
            }
          else if (in_paragraph && strncmp (p, "</p>", 4) == 0)
            {
              if (out->len > paragraph_start && out->str[out->len - 1] == ' ')
                g_string_truncate (out, out->len - 1);
              if (out->len == paragraph_start)
                g_string_truncate (out, paragraph_start >= 2 ? paragraph_start - 2 : 0);
              in_paragraph = FALSE;
              p += 4;
            }
          else if (in_paragraph && strncmp (p, "<a href=\"", 9) == 0)
            {
              if ((p = plain_link (p, out, space && out->len > paragraph_start)) == NULL)
                return NULL;
            }
          else
            return NULL;
          space = FALSE;
          continue;
        }
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        {
          space = TRUE;
          p++;
        }
      else
        {
          gsize run = plain_run (p);

          /* A paragraph starts with a letter: "1." "-" "+" would be lists. */
          if (!in_paragraph || run == 0 ||
              (out->len == paragraph_start && c < 0x80 && !g_ascii_isalpha (c)))
            return NULL;
          if (space && out->len > paragraph_start)
            g_string_append_c (out, ' ');
          g_string_append_len (out, p, (gssize) run);
          space = FALSE;
          p += run;
        }
    }
  if (in_paragraph)
    return NULL;
  return g_strndup (out->str, out->len);
}

static gchar *
as_markdown (const gchar *text)
{
  if (text == NULL)
    return NULL;
  if (looks_like_html (text))
    {
      gchar *plain = plain_paragraphs (text);

      if (plain != NULL)
        return _lineup_source_xml_strip_or_null (plain);
      g_autofree gchar *html = g_strdup (text);

      /* Line breaks in HTML are spaces (outside <pre>); kept, they would
       * come out of the conversion as "&#10;". */
      if (strstr (html, "<pre") == NULL)
        for (gchar *c = html; *c != '\0'; c++)
          if (*c == '\n' || *c == '\r')
            *c = ' ';
      return _lineup_source_xml_strip_or_null (lineup_post_document_html_to_markdown (html));
    }
  return _lineup_source_xml_strip_or_null (dedent (text));
}

gchar *
_lineup_source_xml_event_description (Event *event)
{
  g_autofree gchar *subtitle = g_strdup (event->values[FIELD_SUBTITLE]);
  g_autofree gchar *abstract = as_markdown (event->values[FIELD_ABSTRACT]);
  g_autofree gchar *description = as_markdown (event->values[FIELD_DESCRIPTION]);
  GString *out = g_string_new (NULL);
  gchar *result;

  subtitle = _lineup_source_xml_strip_or_null (g_steal_pointer (&subtitle));
  if (subtitle != NULL && g_strcmp0 (subtitle, event->values[FIELD_TITLE]) != 0)
    g_string_append_printf (out, "*%s*\n\n", subtitle);
  if (abstract != NULL)
    g_string_append_printf (out, "%s\n\n", abstract);
  if (description != NULL && g_strcmp0 (description, abstract) != 0)
    g_string_append_printf (out, "%s\n\n", description);
  if (event->links != NULL)
    g_string_append (out, event->links->str);
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  /* A GString holds up to twice its text: the model keeps an exact copy. */
  result = g_strndup (out->str, out->len);
  g_string_free (out, TRUE);
  return result;
}
