/* lineup-post-reader-front.c — the front matter (libyaml)
 *
 * Split off the top of the post and read; the post's date and its key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <yaml.h>

#include "lineup-date.h"
#include "lineup-post-reader-private.h"
#include "lineup-slot.h"
#include "lineup-text.h"

void
lineup_post_reader_front_matter_clear (FrontMatter *front)
{
  g_clear_pointer (&front->title, g_free);
  g_clear_pointer (&front->date, g_free);
  g_clear_pointer (&front->path, g_free);
  g_clear_pointer (&front->url, g_free);
  g_clear_pointer (&front->slug, g_free);
  g_clear_pointer (&front->summary, g_free);
  g_clear_pointer (&front->year, g_free);
  g_clear_pointer (&front->end, g_free);
  g_clear_pointer (&front->modified, g_free);
  g_clear_pointer (&front->start, g_free);
  g_clear_pointer (&front->layout, g_free);
  g_clear_pointer (&front->tags, g_ptr_array_unref);
  g_clear_pointer (&front->categories, g_ptr_array_unref);
  if (front->markdown != NULL)
    g_string_free (g_steal_pointer (&front->markdown), TRUE);
}

/* A literal block of several lines, at any depth, keeps its Markdown: a
 * landing page writes its whole programme there.  Its content starts on
 * the line after its "|" (@first_line: the front matter's first line in
 * the file). */
static void
front_matter_take_markdown (FrontMatter        *front,
                            const yaml_event_t *event,
                            guint               first_line)
{
  const gchar *value = (const gchar *) event->data.scalar.value;
  guint line = (guint) event->start_mark.line + first_line;

  if (event->data.scalar.style != YAML_LITERAL_SCALAR_STYLE || strchr (value, '\n') == NULL)
    return;
  if (front->markdown == NULL)
    front->markdown = g_string_new (NULL);
  for (; front->markdown_lines < line; front->markdown_lines++)
    g_string_append_c (front->markdown, '\n');
  g_string_append (front->markdown, value);
  if (front->markdown->str[front->markdown->len - 1] != '\n')
    g_string_append_c (front->markdown, '\n');
  for (const gchar *c = value; *c != '\0'; c++)
    front->markdown_lines += *c == '\n';
  front->markdown_lines++;
}

/* "tags:" or "categories:" (any case) followed by a list; any other list is
 * ignored. */
static void
front_matter_take_list (FrontMatter  *front,
                        const gchar  *key,
                        GPtrArray   **sequence)
{
  GPtrArray **target = NULL;

  if (g_ascii_strcasecmp (key, "tags") == 0)
    target = &front->tags;
  else if (g_ascii_strcasecmp (key, "categories") == 0)
    target = &front->categories;
  if (target != NULL)
    {
      g_clear_pointer (target, g_ptr_array_unref);
      *target = g_steal_pointer (sequence);
    }
}

/* "key: value" at the top level: the keys the post reader knows, under their
 * other names too; a lone "tags: word" is a list of one. */
static void
front_matter_take_scalar (FrontMatter *front,
                          const gchar *key,
                          const gchar *value)
{
  gchar **target = NULL;
  g_autofree gchar *lower = g_ascii_strdown (key, -1);

  /* Hugo reads its keys whatever their case ("Title", "Pubdate"). */
  key = lower;
  if (g_str_equal (key, "title"))
    target = &front->title;
  else if (g_str_equal (key, "date") ||
           (front->date == NULL &&
            (g_str_equal (key, "created_at") || g_str_equal (key, "publication_date") ||
             g_str_equal (key, "pubdate") || g_str_equal (key, "publishdate") ||
             g_str_equal (key, "startdate") || g_str_equal (key, "start_date"))))
    target = &front->date;
  else if (g_str_equal (key, "pub-year") || g_str_equal (key, "year"))
    target = &front->year;
  else if (g_str_equal (key, "end") || g_str_equal (key, "end_date") ||
           g_str_equal (key, "enddate") || g_str_equal (key, "end_time"))
    target = &front->end;
  else if (g_str_equal (key, "start") || g_str_equal (key, "event_start") ||
           g_str_equal (key, "start_time"))
    target = &front->start;
  else if (g_str_equal (key, "modified") || g_str_equal (key, "last_modified_at") ||
           g_str_equal (key, "lastmod"))
    target = &front->modified;
  else if (g_str_equal (key, "layout"))
    target = &front->layout;
  else if (g_str_equal (key, "path"))
    target = &front->path;
  else if (g_str_equal (key, "url"))
    target = &front->url;
  else if (g_str_equal (key, "slug"))
    target = &front->slug;
  else if (g_str_equal (key, "summary") ||
           (front->summary == NULL &&
            (g_str_equal (key, "ogSummary") || g_str_equal (key, "description") ||
             g_str_equal (key, "subtitle") || g_str_equal (key, "excerpt"))))
    target = &front->summary;
  else if (g_str_equal (key, "tags") || g_str_equal (key, "categories"))
    {
      GPtrArray **list = g_str_equal (key, "tags") ? &front->tags : &front->categories;

      g_clear_pointer (list, g_ptr_array_unref);
      *list = g_ptr_array_new_with_free_func (g_free);
      if (*value != '\0')
        g_ptr_array_add (*list, g_strdup (value));
    }

  /* "title:" left empty (a landing page takes the site's): no title, so
   * that the heading opening the post is one */
  if (target == &front->title && *value == '\0')
    g_clear_pointer (target, g_free);
  else if (target != NULL)
    {
      g_free (*target);
      *target = g_strdup (value);
    }
}

/* A front matter libyaml cannot read ("title: KubeCon: Our Talks", "title:
 * 'What's New'": Jekyll would stop there, but a post's talks are in its
 * body): its top-level "key: value" lines, each value as written without
 * the quotes around it ("\"key\": \"value\"," of JSON too). */
static void
read_front_matter_lines (Reader      *reader,
                         const gchar *text,
                         gsize        length)
{
  g_auto(GStrv) lines = NULL;
  g_autofree gchar *copy = g_strndup (text, length);

  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gchar *key = lines[i] + (lines[i][0] == '"');
      gchar *colon = strchr (key, ':');
      gchar *value;
      gsize n;

      if (colon == NULL || colon == key)
        continue;
      *colon = '\0';
      if (colon[-1] == '"' && key > lines[i])
        colon[-1] = '\0';
      if (key[strspn (key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")]
          != '\0')
        continue;
      value = g_strstrip (colon + 1);
      n = strlen (value);
      if (n > 0 && value[n - 1] == ',' && key > lines[i])
        value[--n] = '\0';
      if (n >= 2 && (value[0] == '"' || value[0] == '\'') && value[n - 1] == value[0])
        {
          value[n - 1] = '\0';
          value++;
        }
      if (*value != '\0')
        front_matter_take_scalar (&reader->front, key, value);
    }
}

static gboolean
parse_front_matter (Reader       *reader,
                    const gchar  *text,
                    gsize         length,
                    guint         first_line,
                    GError      **error)
{
  yaml_parser_t parser;
  yaml_event_t event;
  gboolean ok = TRUE;
  gint depth = 0;
  guint n_events = 0;
  gchar *key = NULL;
  GPtrArray *sequence = NULL;
  gboolean done = FALSE;

  if (!yaml_parser_initialize (&parser))
    g_error ("Out of memory");
  yaml_parser_set_input_string (&parser, (const guchar *) text, length);

  while (!done)
    {
      if (!yaml_parser_parse (&parser, &event))
        {
          lineup_post_reader_warn (reader, (guint) parser.problem_mark.line + first_line,
                                   LINEUP_READ_NOTE_DOCUMENT,
                                   _("broken front matter (%s): only its “key: value” lines "
                                     "are read"),
                                   parser.problem ? parser.problem : _("unreadable YAML"));
          read_front_matter_lines (reader, text, length);
          break;
        }

      if (++n_events > MAX_FRONT_MATTER_EVENTS)
        {
          g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER,
                       "%s:%u: %s", reader->display_name, first_line,
                       _("the front matter is too large"));
          ok = FALSE;
          yaml_event_delete (&event);
          break;
        }

      lineup_post_reader_front_entries_event (&reader->front_entries, &event,
                                              depth + (event.type == YAML_MAPPING_START_EVENT ||
                                                       event.type == YAML_SEQUENCE_START_EVENT),
                                              first_line);
      switch (event.type)
        {
        case YAML_STREAM_END_EVENT:
          done = TRUE;
          break;

        case YAML_ALIAS_EVENT:
          /* Aliases are how "billion laughs" bombs are built; a post's
           * metadata never needs them. */
          g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER,
                       "%s:%u: %s", reader->display_name,
                       (guint) event.start_mark.line + first_line,
                       _("YAML aliases are not allowed in the front matter"));
          ok = FALSE;
          done = TRUE;
          break;

        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
          depth++;
          if (event.type == YAML_SEQUENCE_START_EVENT && depth == 2 && key != NULL &&
              sequence == NULL)
            sequence = g_ptr_array_new_with_free_func (g_free);
          else if (depth == 2)
            g_clear_pointer (&key, g_free);   /* a nested mapping: ignored */
          break;

        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
          if (depth == 2 && sequence != NULL && key != NULL)
            {
              front_matter_take_list (&reader->front, key, &sequence);
              g_clear_pointer (&key, g_free);
            }
          if (depth == 2)
            g_clear_pointer (&sequence, g_ptr_array_unref);
          depth--;
          break;

        case YAML_SCALAR_EVENT:
          {
            const gchar *value = (const gchar *) event.data.scalar.value;

            front_matter_take_markdown (&reader->front, &event, first_line);
            if (depth == 1 && key == NULL)
              key = g_strdup (value);
            else if (depth == 1)
              {
                front_matter_take_scalar (&reader->front, key, value);
                g_clear_pointer (&key, g_free);
              }
            else if (depth == 2 && sequence != NULL)
              g_ptr_array_add (sequence, g_strdup (value));
          }
          break;

        case YAML_NO_EVENT:
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
        default:
          break;
        }

      yaml_event_delete (&event);
    }

  g_free (key);
  g_clear_pointer (&sequence, g_ptr_array_unref);
  yaml_parser_delete (&parser);
  return ok;
}

/* "_posts/2014-08-29-meeting-11-september.md": a Jekyll post's file is
 * named after the day it was written; that day, or NULL. */
static const gchar *
date_of_file_name (const gchar *name)
{
  const gchar *slash = name != NULL ? strrchr (name, '/') : NULL;

  name = slash != NULL ? slash + 1 : name;
  for (const gchar *p = name; p != NULL && *p != '\0'; p++)
    if ((p == name || p[-1] == '_' || p[-1] == '-') && strlen (p) > 11 &&
        g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[3]) && p[4] == '-' && p[7] == '-' &&
        g_ascii_isdigit (p[8]) && g_ascii_isdigit (p[9]) && p[10] == '-')
      return p;
  return NULL;
}

/* "Tue May 24 00:33:00 EDT 2016", "May 24, 2016": a date written out,
 * its year anywhere in it; FALSE when @text is none. */
static gboolean
scan_written_date (const gchar *text,
                   gint        *year,
                   gint        *month,
                   gint        *day)
{
  LineupSlot slot;

  if (!(lineup_slot_scan (text, &slot) & LINEUP_SLOT_DATE) || slot.month == 0 || slot.day == 0)
    return FALSE;
  *year = slot.year != 0 ? slot.year : lineup_year_in_text (text);
  *month = slot.month;
  *day = slot.day;
  return TRUE;
}

/* "workshop-2023-10/program": the month of a year-month in a page's
 * address, 0 when it names none. */
static gint
address_month (const gchar *address)
{
  for (const gchar *p = address; p != NULL && *p != '\0'; p++)
    {
      gint year, month;

      if ((p != address && g_ascii_isdigit (p[-1])) || strlen (p) < 7 ||
          !g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[3]) || p[4] != '-' ||
          !g_ascii_isdigit (p[5]) || !g_ascii_isdigit (p[6]) || g_ascii_isdigit (p[7]))
        continue;
      year = (gint) g_ascii_strtoll (p, NULL, 10);
      month = (p[5] - '0') * 10 + (p[6] - '0');
      if (lineup_year_is_plausible (year) && month >= 1 && month <= 12)
        return month;
    }
  return 0;
}

/* Reads the leading YYYY-MM-DD of a front matter date ("2010-3-12" too, or a
 * date written out), or of the file's name when the front matter has none. */
void
lineup_post_reader_parse_publication_date (Reader *reader)
{
  const gchar *d = reader->front.date ? reader->front.date
                                      : date_of_file_name (reader->display_name);
  gint y, m, day;

  if (d == NULL)
    {
      reader->path_month = address_month (reader->front.path);
      if (reader->path_month == 0)
        reader->path_month = address_month (reader->front.url);
      if (reader->path_month == 0)
        reader->path_month = address_month (reader->front.slug);
    }
  if (d == NULL || strlen (d) < strlen ("2010-3-1"))
    return;
  if (sscanf (d, "%4d-%2d-%2d", &y, &m, &day) != 3 && !scan_written_date (d, &y, &m, &day))
    return;
  if (!lineup_year_is_plausible (y) || m < 1 || m > 12 || day < 1 || day > 31)
    return;

  reader->pub_year = y;
  reader->pub_month = m;
  reader->pub_day = day;
}

/* What names the post in the agenda (and in its calendar UIDs), whatever its
 * file is called: the front matter's path, url or slug as written; else its
 * title folded into a slug, with the date ("our-talks-at-kubecon-2024-03-01");
 * the file's name (@fallback) only when the front matter has none of these.
 * A Hugo post is often "index.md" in a folder of its own, and a post is
 * renamed or saved under another name without becoming another post. */
gchar *
lineup_post_reader_post_key (Reader      *reader,
                             const gchar *fallback)
{
  const FrontMatter *front = &reader->front;
  const gchar *named[] = { front->path, front->url, front->slug };
  g_autofree gchar *folded = NULL;
  GString *slug;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      g_autofree gchar *value = g_strstrip (g_strdup (named[i] ? named[i] : ""));

      if (*value != '\0')
        return g_steal_pointer (&value);
    }

  folded = lineup_text_fold (front->title);
  slug = g_string_new (NULL);
  for (const gchar *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (slug, c);
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    {
      g_string_free (slug, TRUE);
      return g_strdup (fallback);
    }
  if (reader->pub_year != 0)
    g_string_append_printf (slug, "-%04d-%02d-%02d", reader->pub_year, reader->pub_month,
                            reader->pub_day);
  return g_string_free (slug, FALSE);
}

/* The end of Hugo's JSON front matter: a "{" alone or before a quoted key on
 * the first line (never "{{" or "{%", a template tag), read up to its
 * matching "}" (braces in strings do not count) when nothing but blanks
 * follows that on its line.  Returns the "}" or NULL. */
static const gchar *
json_front_matter_end (const gchar *text)
{
  const gchar *p = text + 1;
  const gchar *q;

  while (*p == ' ' || *p == '\t')
    p++;
  if ((*p != '\n' && *p != '\r' && *p != '"') ||
      (p = lineup_text_json_object_end (text, text + strlen (text))) == NULL)
    return NULL;
  for (q = p + 1; *q == ' ' || *q == '\t' || *q == '\r'; q++)
    ;
  return (*q == '\n' || *q == '\0') ? p : NULL;
}

/* Splits Hugo's JSON front matter ("{ "title": … }", valid YAML flow syntax)
 * off the top.  Returns the body, or @text when it has none. */
static const gchar *
split_json_front_matter (Reader       *reader,
                         const gchar  *text,
                         GError      **error)
{
  const gchar *end = json_front_matter_end (text);
  const gchar *eol;
  guint lines = 1;

  if (end == NULL)
    return text;
  if (!parse_front_matter (reader, text, end + 1 - text, 1, error))
    return NULL;
  for (const gchar *p = text; p < end; p++)
    lines += *p == '\n';
  eol = strchr (end, '\n');
  reader->body_offset = lines;
  return eol ? eol + 1 : end + 1;
}

/* One "key = value" line of TOML front matter: a quoted string ("…" with
 * its backslash escapes, or '…' as is) or a bare value (a date, a number).
 * Arrays and inline tables are skipped. */
static void
toml_front_matter_line (Reader      *reader,
                        const gchar *line,
                        gsize        n)
{
  g_autofree gchar *copy = g_strndup (line, n);
  g_autofree gchar *value = NULL;
  gchar *eq = strchr (copy, '=');
  gchar *key;
  gchar *v;

  if (eq == NULL)
    return;
  *eq = '\0';
  key = g_strstrip (copy);
  v = g_strstrip (eq + 1);
  if (*key == '\0' || *key == '#' || *v == '[' || *v == '{')
    return;
  if (*v == '"' || *v == '\'')
    {
      gchar *close = strrchr (v + 1, *v);

      if (close == NULL)
        return;
      *close = '\0';
      value = *v == '"' ? g_strcompress (v + 1) : g_strdup (v + 1);
    }
  else
    {
      gchar *hash = strchr (v, '#');

      if (hash != NULL)
        *hash = '\0';
      value = g_strdup (g_strstrip (v));
    }
  front_matter_take_scalar (&reader->front, key, value);
}

/* Splits Zola's and Hugo's TOML front matter ("+++\n…\n+++\n") off the
 * top: its top-level keys, up to the first "[table]".  Returns the body, or
 * @text when the front matter is never closed. */
static const gchar *
split_toml_front_matter (Reader      *reader,
                         const gchar *text)
{
  const gchar *p = strchr (text, '\n') + 1;
  gboolean top = TRUE;
  guint line = 2;

  while (*p)
    {
      const gchar *eol = strchr (p, '\n');
      gsize n = eol ? (gsize) (eol - p) : strlen (p);

      if (n > 0 && p[n - 1] == '\r')
        n--;
      if (n == 3 && strncmp (p, "+++", 3) == 0)
        {
          const gchar *start = strchr (text, '\n') + 1;

          /* its tables, for a programme it may hold */
          lineup_post_reader_front_toml_tree (&reader->front_entries, start,
                                              (gsize) (p - start), 2);
          reader->body_offset = line;
          return eol ? eol + 1 : p + n;
        }
      if (n > 0 && *p == '[')
        top = FALSE;
      else if (top)
        toml_front_matter_line (reader, p, n);
      if (eol == NULL)
        break;
      p = eol + 1;
      line++;
    }
  return text;
}

/* Splits Pelican's and MultiMarkdown's metadata ("Title: …\nDate: …\n"
 * up to the first blank line, or a "---" line) off the top: each "Key: value" line, the
 * first one a title.  Returns the body, or @text when there is none. */
static const gchar *
split_metadata_lines (Reader      *reader,
                      const gchar *text)
{
  const gchar *p = text;
  guint line = 0;

  if (g_ascii_strncasecmp (text, "title:", 6) != 0)
    return text;
  while (*p)
    {
      const gchar *eol = strchr (p, '\n');
      gsize n = eol ? (gsize) (eol - p) : strlen (p);
      const gchar *colon = memchr (p, ':', n);
      g_autofree gchar *key = NULL;
      g_autofree gchar *value = NULL;

      if (n > 0 && p[n - 1] == '\r')
        n--;
      line++;
      /* the blank line that ends the metadata, or a rule ("---") */
      if (n == 0 || (n == 3 && (strncmp (p, "---", 3) == 0 || strncmp (p, "...", 3) == 0)))
        {
          reader->body_offset = line;
          return eol ? eol + 1 : p + n;
        }
      if (colon == NULL || colon == p)
        return text;
      for (const gchar *k = p; k < colon; k++)
        if (!g_ascii_isalnum (*k) && *k != '_' && *k != '-' && *k != ' ')
          return text;
      key = g_ascii_strdown (p, colon - p);
      value = g_strndup (colon + 1, n - (gsize) (colon + 1 - p));
      front_matter_take_scalar (&reader->front, key, g_strstrip (value));
      if (eol == NULL)
        break;
      p = eol + 1;
    }
  return text;
}

/* Splits "---\n…\n---\n" off the top.  Returns the body. */
const gchar *
lineup_post_reader_split_front_matter (Reader       *reader,
                                       const gchar  *text,
                                       GError      **error)
{
  const gchar *p;
  const gchar *start = text;
  const gchar *fence = text + strspn (text, "\r\n");
  guint first = 1, line;

  if (*text == '{')
    return split_json_front_matter (reader, text, error);
  /* "\n+++\n…": a blank line or two before the front matter's fence */
  for (p = text; p < fence; p++)
    first += *p == '\n';
  if (first > 1 && first <= 3 && (g_str_has_prefix (fence, "+++\n") ||
                                  g_str_has_prefix (fence, "+++\r\n") ||
                                  g_str_has_prefix (fence, "---\n") ||
                                  g_str_has_prefix (fence, "---\r\n")))
    text = fence;
  else
    first = 1;
  line = first + 1;
  if (g_str_has_prefix (text, "+++\n") || g_str_has_prefix (text, "+++\r\n"))
    {
      const gchar *body = split_toml_front_matter (reader, text);

      if (body == text)
        return start;   /* never closed: no front matter */
      reader->body_offset += first - 1;
      return body;
    }
  /* "---" alone on its line; Jekyll lets spaces and tabs follow it */
  if (!g_str_has_prefix (text, "---") || text[3 + strspn (text + 3, " \t\r")] != '\n')
    return split_metadata_lines (reader, text);

  p = strchr (text, '\n') + 1;
  while (*p)
    {
      const gchar *eol = strchr (p, '\n');
      gsize n = eol ? (gsize) (eol - p) : strlen (p);

      while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
      if ((n == 3 && (strncmp (p, "---", 3) == 0 || strncmp (p, "...", 3) == 0)))
        {
          const gchar *yaml = strchr (text, '\n') + 1;

          if (!parse_front_matter (reader, yaml, p - yaml, first + 1, error))
            return NULL;
          reader->body_offset = line;
          return eol ? eol + 1 : p + n;
        }
      if (eol == NULL)
        break;
      p = eol + 1;
      line++;
    }

  g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER,
               "%s:%u: %s", reader->display_name, first,
               _("the front matter opened here is never closed (no “---” line after it)"));
  return NULL;
}
