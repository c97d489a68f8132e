/* lineup-post-document-mdx.c — MDX components of talks as Markdown items
 *
 * A Docusaurus or Astro page (MDX) may list its talks as components:
 *
 *     <Admonition type="note" title={<a href="/docs/day-one/cake">Rails as a cake</a>}>
 *       <Speaker name='Vladimir Dementyev' position='Principal Engineer' />
 *     </Admonition>
 *
 *     <Talk title="Arenas for everyone" speaker="Ana Ruiz" time="11:00" />
 *
 * cmark sees such markup as HTML blocks, which hold no talk.  A component
 * whose attributes name a title (title, talk, session) becomes a list item
 * of labelled fields, "- Title: [Title](url)<br>Speakers: Name<br>Time:
 * 11:00": its time and address from its own attributes, its speakers from
 * its own (speaker, speakers, presenter…) or from components inside it
 * ("<Speaker name='…'/>"); Nuxt's MDC writes them ":AgendaItem{title=… }".  Text
 * inside the component stays, indented under the item (its description);
 * the lines of the tags become blank ones, so that every line keeps its
 * number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-document"

#include "config.h"

#include <string.h>

#include "lineup-post-document.h"

/* Components nested deeper than this are read as text. */
#define MAX_DEPTH 8
/* An attribute's name; a longer one is none we read. */
#define MAX_NAME_BYTES 16

typedef struct
{
  gchar     *title;
  gchar     *url;
  gchar     *time;
  GPtrArray *people;     /* gchar* */
  GString   *region;     /* a titled component's text as it is rewritten */
  gboolean   aside;      /* "is-activity", "break": a break's, no talk's */
} Frame;

typedef struct
{
  const gchar *text;
  gsize        length;
  GString     *out;
  gsize        copied;   /* the text before this offset is written */
  Frame        frames[MAX_DEPTH];
  guint        depth;
  gboolean     changed;
} Rewriter;

typedef enum
{
  TEXT,    /* kept; indented inside a talk's component */
  TAG,     /* a tag: its line breaks inside a talk's component, else kept */
  LINES,   /* its line breaks only */
} Kind;

static void
frame_clear (Frame *frame)
{
  g_clear_pointer (&frame->title, g_free);
  g_clear_pointer (&frame->url, g_free);
  g_clear_pointer (&frame->time, g_free);
  g_clear_pointer (&frame->people, g_ptr_array_unref);
  if (frame->region != NULL)
    g_string_free (g_steal_pointer (&frame->region), TRUE);
}

/* "{<a href="/docs/x">Title</a>}", "{'Title'}", "Title": the text of an
 * attribute's value, without markup; its link's target in @href. */
static gchar *
value_text (const gchar  *value,
            gsize         length,
            gchar       **href)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const gchar *found;
  gboolean in_tag = FALSE;
  gchar quote = 0;

  if (href != NULL && (found = g_strstr_len (value, (gssize) length, "href=")) != NULL &&
      found + 6 < value + length && (found[5] == '"' || found[5] == '\''))
    {
      const gchar *end = memchr (found + 6, found[5], (gsize) (value + length - found - 6));

      if (end != NULL)
        *href = g_strndup (found + 6, (gsize) (end - found - 6));
    }
  for (gsize i = 0; i < length; i++)
    {
      gchar c = value[i];

      if (in_tag)
        {
          if (quote != 0 && c == quote)
            quote = 0;
          else if (quote == 0 && (c == '"' || c == '\''))
            quote = c;
          else if (quote == 0 && c == '>')
            in_tag = FALSE;
          continue;
        }
      if (c == '<')
        in_tag = TRUE;
      else if (c != '{' && c != '}')
        g_string_append_c (text, c == '\n' || c == '\t' ? ' ' : c);
    }
  g_strstrip (text->str);
  text->len = strlen (text->str);
  /* "'Title'", "\"Let's go\"": the quotes around the value, not inside */
  if (text->len >= 2 && strchr ("\"'`", text->str[0]) != NULL &&
      text->str[text->len - 1] == text->str[0])
    {
      g_string_truncate (text, text->len - 1);
      g_string_erase (text, 0, 1);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Where the attribute value at @p ends: after its closing quote, or its
 * closing brace (braces nest, quotes inside them hide braces). */
static gsize
value_end (const gchar *text,
           gsize        p,
           gsize        length)
{
  gchar quote = 0;
  guint braces = 0;

  if (p < length && (text[p] == '"' || text[p] == '\''))
    {
      const gchar *end = memchr (text + p + 1, text[p], length - p - 1);

      return end != NULL ? (gsize) (end - text) + 1 : length;
    }
  for (gsize i = p; i < length; i++)
    {
      gchar c = text[i];

      if (quote != 0)
        quote = c == quote ? 0 : quote;
      else if (c == '"' || c == '\'' || c == '`')
        quote = c;
      else if (c == '{')
        braces++;
      else if (c == '}' && braces > 0 && --braces == 0)
        return i + 1;
      else if (braces == 0 && (g_ascii_isspace (c) || c == '>' || c == '/'))
        return i;
    }
  return length;
}

/* Reads the attributes of the tag whose name ends at @p into @frame.
 * Returns where the tag ends (after its @close, ">" or MDC's "}"), or 0
 * when it does not end; @closed when it is "/>". */
static gsize
read_attributes (const Rewriter *rw,
                 gsize           p,
                 gchar           close,
                 Frame          *frame,
                 gboolean       *closed)
{
  static const gchar * const title_keys[] = { "title", "talk", "session", NULL };
  static const gchar * const people_keys[] = {
    "speaker", "speakers", "presenter", "presenters", "author", "authors", "name", NULL
  };
  static const gchar * const time_keys[] = { "time", "start", "when", "slot", NULL };
  static const gchar * const url_keys[] = { "href", "url", "link", NULL };
  const gchar *text = rw->text;

  while (p < rw->length)
    {
      gchar name[MAX_NAME_BYTES + 1];
      gsize name_start, end;
      g_autofree gchar *value = NULL;
      g_autofree gchar *href = NULL;

      while (p < rw->length && g_ascii_isspace (text[p]))
        p++;
      if (p < rw->length && text[p] == close)
        return p + 1;
      if (p + 1 < rw->length && text[p] == '/' && text[p + 1] == '>')
        {
          *closed = TRUE;
          return p + 2;
        }
      name_start = p;
      while (p < rw->length && (g_ascii_isalnum (text[p]) || text[p] == '-' || text[p] == '_'))
        p++;
      if (p == name_start)
        {
          p = value_end (text, p, rw->length);   /* "{...spread}" */
          if (p == name_start)
            p++;
          continue;
        }
      if (p >= rw->length || text[p] != '=')
        {
          /* a bare attribute ("open"; "is-activity": no talk) */
          frame->aside |= g_strstr_len (text + name_start, (gssize) (p - name_start),
                                        "activity") != NULL ||
                          g_strstr_len (text + name_start, (gssize) (p - name_start),
                                        "break") != NULL;
          continue;
        }
      end = value_end (text, p + 1, rw->length);
      if (p - name_start > MAX_NAME_BYTES)
        {
          p = end;
          continue;
        }
      memcpy (name, text + name_start, p - name_start);
      name[p - name_start] = '\0';
      value = value_text (text + p + 1, end - p - 1, &href);
      if (g_strv_contains (title_keys, name) && frame->title == NULL && *value != '\0')
        {
          frame->title = g_steal_pointer (&value);
          if (frame->url == NULL)
            frame->url = g_steal_pointer (&href);
        }
      else if (g_strv_contains (people_keys, name) && *value != '\0')
        g_ptr_array_add (frame->people, g_steal_pointer (&value));
      else if (g_strv_contains (time_keys, name) && frame->time == NULL)
        frame->time = g_steal_pointer (&value);
      else if (g_strv_contains (url_keys, name) && frame->url == NULL)
        frame->url = g_steal_pointer (&value);
      p = end;
    }
  return 0;
}

/* The innermost talk's component, or NULL. */
static Frame *
open_talk (Rewriter *rw)
{
  for (guint i = rw->depth; i-- > 0;)
    if (rw->frames[i].title != NULL)
      return &rw->frames[i];
  return NULL;
}

/* Writes the text up to @upto where it belongs: to the output, or to the
 * open talk's component, whose text becomes its item's description. */
static void
consume (Rewriter *rw,
         gsize     upto,
         Kind      kind)
{
  Frame *talk = open_talk (rw);
  GString *sink = talk != NULL ? talk->region : rw->out;
  gsize p = rw->copied;

  if (talk == NULL && kind != LINES)
    {
      g_string_append_len (sink, rw->text + p, (gssize) (upto - p));
      rw->copied = upto;
      return;
    }
  while (p < upto)
    {
      const gchar *newline = memchr (rw->text + p, '\n', upto - p);
      gsize end = newline != NULL ? (gsize) (newline - rw->text) : upto;
      gsize first = p;

      while (first < end && (rw->text[first] == ' ' || rw->text[first] == '\t'))
        first++;
      if (kind == TEXT && first < end)
        {
          g_string_append (sink, "  ");
          g_string_append_len (sink, rw->text + first, (gssize) (end - first));
        }
      if (newline != NULL)
        g_string_append_c (sink, '\n');
      p = newline != NULL ? end + 1 : end;
    }
  rw->copied = upto;
}

/* "- Title: [Title](url)<br>Speakers: Name, Name<br>Time: 11:00", where the
 * component was: one line of labelled fields (lineup-post-layouts-fields.c)
 * that "<br>" breaks into lines. */
static void
write_item (Rewriter    *rw,
            const Frame *frame)
{
  Frame *talk = open_talk (rw);
  GString *sink = talk != NULL ? talk->region : rw->out;

  g_string_append (sink, "- Title: ");
  if (frame->url != NULL && *frame->url != '\0' && strpbrk (frame->url, " ()<>") == NULL)
    g_string_append_printf (sink, "[%s](%s)", frame->title, frame->url);
  else
    g_string_append (sink, frame->title);
  for (guint i = 0; i < frame->people->len; i++)
    g_string_append_printf (sink, "%s%s", i == 0 ? "<br>Speakers: " : ", ",
                            (const gchar *) g_ptr_array_index (frame->people, i));
  if (frame->time != NULL)
    g_string_append_printf (sink, "<br>Time: %s", frame->time);
  if (frame->region != NULL)
    g_string_append_len (sink, frame->region->str, (gssize) frame->region->len);
  rw->changed = TRUE;
}

/* Ends the innermost component; a talk's is written as its item. */
static void
pop_frame (Rewriter *rw)
{
  Frame frame = rw->frames[--rw->depth];

  if (frame.title != NULL)
    write_item (rw, &frame);
  frame_clear (&frame);
}

/* The tag at @p ("<Speaker", "</Admonition>"), read into the components
 * open.  Returns where it ends. */
static gsize
read_tag (Rewriter *rw,
          gsize     p)
{
  const gchar *text = rw->text;
  gboolean closing = text[p + 1] == '/';
  gsize q = p + (closing ? 2 : 1);
  gboolean closed = FALSE;
  Frame frame = { 0 };
  Frame *talk;
  gsize end;

  while (q < rw->length && (g_ascii_isalnum (text[q]) || text[q] == '.'))
    q++;
  consume (rw, p, TEXT);
  if (closing)
    {
      const gchar *gt = memchr (text + q, '>', rw->length - q);

      end = gt != NULL ? (gsize) (gt - text) + 1 : rw->length;
      consume (rw, end, TAG);
      if (rw->depth > 0)
        pop_frame (rw);
      return end;
    }

  frame.people = g_ptr_array_new_with_free_func (g_free);
  end = read_attributes (rw, q, '>', &frame, &closed);
  if (end == 0)
    {
      /* no end to the tag: the rest is text */
      frame_clear (&frame);
      consume (rw, rw->length, TEXT);
      return rw->length;
    }
  talk = open_talk (rw);
  if (frame.title == NULL && talk != NULL)
    {
      /* "<Speaker name='…'/>" inside a talk's component */
      g_ptr_array_extend_and_steal (talk->people, g_steal_pointer (&frame.people));
      if (talk->time == NULL)
        talk->time = g_steal_pointer (&frame.time);
    }
  if (frame.title != NULL && closed)
    {
      write_item (rw, &frame);
      consume (rw, end, LINES);
      frame_clear (&frame);
      return end;
    }
  if (closed || rw->depth == MAX_DEPTH)
    {
      frame_clear (&frame);
      consume (rw, end, TAG);
      return end;
    }
  if (frame.title != NULL)
    frame.region = g_string_new (NULL);
  rw->frames[rw->depth++] = frame;
  consume (rw, end, TAG);
  return end;
}

/* ":AgendaItem{time="09:05 - 09:45" speaker="Ana" title="…"}": Nuxt's
 * MDC writes an inline component so, on a line of its own; one whose
 * attributes name a title is a talk's item, unless a bare attribute says
 * it is an activity ("is-activity"), a break's.  Returns where it ends,
 * @p when it is none. */
static gsize
read_mdc_component (Rewriter *rw,
                    gsize     p)
{
  const gchar *text = rw->text;
  gsize q = p + 1;
  gboolean closed = FALSE;
  Frame frame = { 0 };
  gsize end;

  while (q < rw->length && (g_ascii_isalnum (text[q]) || text[q] == '-'))
    q++;
  if (q == p + 1 || q >= rw->length || text[q] != '{')
    return p;
  frame.people = g_ptr_array_new_with_free_func (g_free);
  end = read_attributes (rw, q + 1, '}', &frame, &closed);
  if (end == 0 || frame.title == NULL)
    {
      frame_clear (&frame);
      return p;
    }
  consume (rw, p, TEXT);
  if (!frame.aside)
    write_item (rw, &frame);
  consume (rw, end, LINES);
  rw->changed = TRUE;
  frame_clear (&frame);
  return end;
}

/* Whether @p starts a component's tag: "<Name" or "</Name", a capital
 * first. */
static gboolean
is_component_tag (const gchar *text,
                  gsize        p,
                  gsize        length)
{
  if (p + 2 >= length || text[p] != '<')
    return FALSE;
  if (text[p + 1] == '/')
    return g_ascii_isupper (text[p + 2]);
  return g_ascii_isupper (text[p + 1]);
}

gchar *
lineup_post_document_rewrite_mdx (const gchar *text,
                                  gsize        length)
{
  Rewriter rw = { text, length, NULL, 0, { { 0 } }, 0, FALSE };
  gboolean fenced = FALSE;
  gsize p = 0;

  if (g_strstr_len (text, (gssize) length, "title=") == NULL)
    return NULL;
  rw.out = g_string_sized_new (length);
  /* tags at the start of a line (after its indent), outside code fences;
   * after a tag, another may follow on its line */
  while (p < length)
    {
      const gchar *newline;

      while (p < length && (text[p] == ' ' || text[p] == '\t'))
        p++;
      if (p + 3 <= length &&
          (strncmp (text + p, "```", 3) == 0 || strncmp (text + p, "~~~", 3) == 0))
        fenced = !fenced;
      while (!fenced && is_component_tag (text, p, length))
        {
          p = read_tag (&rw, p);
          while (p < length && (text[p] == ' ' || text[p] == '\t'))
            p++;
        }
      if (!fenced && p < length && text[p] == ':' && rw.depth == 0)
        p = read_mdc_component (&rw, p);
      /* "::div{class='agenda'}" … "::": MDC's block around them, blank */
      if (!fenced && p + 1 < length && text[p] == ':' && text[p + 1] == ':' && rw.depth == 0)
        {
          newline = memchr (text + p, '\n', length - p);
          consume (&rw, p, TEXT);
          consume (&rw, newline != NULL ? (gsize) (newline - text) : length, LINES);
          p = rw.copied;
        }
      newline = p < length ? memchr (text + p, '\n', length - p) : NULL;
      p = newline != NULL ? (gsize) (newline - text) + 1 : length;
    }
  while (rw.depth > 0)
    pop_frame (&rw);
  consume (&rw, length, TEXT);
  if (!rw.changed)
    {
      g_string_free (rw.out, TRUE);
      return NULL;
    }
  return g_string_free (rw.out, FALSE);
}
