/* lineup-post-reader.c — a conference post (front matter + Markdown) → LineupSchedule
 *
 * The body is parsed by cmark and flattened into units (see
 * lineup-post-layouts.h).  The walk keeps the context a reader keeps in mind
 * — the day, the track, the talk being read — and asks the recognisers what
 * each unit is.  Talks are collected first and dated at the end, because a
 * post may name its time zone only once, near the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <yaml.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "lineup-post-context.h"
#include "lineup-post-document.h"
#include "lineup-post-layouts.h"
#include "lineup-post-reader.h"
#include "lineup-post-reader-private.h"
#include "lineup-text.h"

/* Front matter bigger than this is not a blog post's metadata. */
#define MAX_FRONT_MATTER_EVENTS 20000
/* Lists nested deeper than this are read as prose. */
#define MAX_LIST_DEPTH 8
/* A block with more inlines than this, or a line longer than this, is prose:
 * no talk is written that way, and the recognisers need not read it. */
#define MAX_UNIT_NODES 8192
#define MAX_LINE_BYTES (16 * 1024)
/* Descriptions: blocks nested deeper than this are kept as plain text (cmark
 * would repeat the nesting's prefix on every line), and a description stops
 * growing at this size. */
#define MAX_DESCRIPTION_DEPTH 16
#define MAX_DESCRIPTION_BYTES (256 * 1024)
/* The event's city is named in the title or the introduction. */
#define MAX_CITY_UNITS 64

G_DEFINE_QUARK (lineup-post-error-quark, lineup_post_error)

typedef struct
{
  gchar      *title;
  gchar      *date;
  gchar      *path;
  gchar      *url;
  gchar      *slug;
  gchar      *summary;
  gchar      *year;         /* "pub-year: 2018", without a date */
  GPtrArray  *tags;
  GPtrArray  *categories;
} FrontMatter;

typedef struct
{
  gchar       *title;
  gchar       *byline;
  gchar       *label;
  gchar       *url;
  gchar       *track;          /* a GRefString: talks share their track's name */
  LineupSlot   slot;
  LineupSlotFound found;
  gint         day_year, day_month, day_day;   /* the day in context */
  gint         day_weekday;
  guint        list;           /* the list the talk is an item of (LineupPostUnit.list), or 0 */
  guint        line;
  GString     *description;   /* while the talk is read */
  gchar       *finished;      /* then: the description, in a block of its size */
} Talk;

/* A piece of the body and its tree (see "Pieces" below). */
typedef struct
{
  cmark_node  *document;
  const gchar *text;        /* its text, in the reader's buffer */
  GArray      *lines;       /* guint32: where each of its lines starts in @text */
  gsize        length;
  guint        units_end;   /* the units of its blocks end there (once parsed) */
  gboolean     parsed;      /* all its blocks are units */
} Piece;

typedef struct
{
  const gchar  *display_name;
  guint         body_offset;       /* lines before the body */
  guint         line_offset;       /* lines before the piece being parsed */
  guint         n_lists;           /* talk lists so far */
  gboolean      sliceable;         /* top-level blocks may be copied from the text */
  const Piece  *piece;             /* the piece of the unit being walked */
  FrontMatter   front;
  gint          pub_year, pub_month, pub_day;
  GPtrArray    *units;             /* LineupPostUnit */
  GPtrArray    *talks;             /* Talk */
  GPtrArray    *warnings;
  gchar        *zone_abbreviation; /* first one the post names */
  gchar        *mentioned_zone;    /* a zone after a time in prose or a quote */
  gint          known_year;        /* the last year the post wrote in a date */
  gint          guessed_year;      /* the year assumed for a post that gives none */
  guint         city;              /* the event's city (lineup-post-context), 0: none */
  guint         city_units;        /* units looked at for it */
} Reader;

static void
talk_free (Talk *talk)
{
  if (talk == NULL)   /* made a session already */
    return;
  g_free (talk->title);
  g_free (talk->byline);
  g_free (talk->label);
  g_free (talk->url);
  g_clear_pointer (&talk->track, g_ref_string_release);
  if (talk->description != NULL)
    g_string_free (talk->description, TRUE);
  g_free (talk->finished);
  g_free (talk);
}

/* A talk is complete when the next one opens: its description (grown by
 * doubling) moves to a block of its own size.  A large post holds many
 * talks at once before they become sessions. */
static void
talk_finish (Talk *talk)
{
  gchar *text;

  if (talk->description == NULL)
    return;
  text = g_strstrip (g_string_free (g_steal_pointer (&talk->description), FALSE));
  talk->finished = g_realloc (text, strlen (text) + 1);
}

static void
line_free (LineupPostLine *line)
{
  for (guint i = 0; i < line->links->len; i++)
    g_free (g_array_index (line->links, LineupPostLink, i).url);
  g_array_unref (line->links);
  g_free (line->text);
  g_free (line);
}

static void
unit_free (LineupPostUnit *unit)
{
  if (unit == NULL)   /* walked and freed already */
    return;
  g_ptr_array_unref (unit->lines);
  g_clear_pointer (&unit->extra, g_ptr_array_unref);
  g_free (unit->text);
  g_free (unit->folded);
  g_free (unit);
}

static void
front_matter_clear (FrontMatter *front)
{
  g_clear_pointer (&front->title, g_free);
  g_clear_pointer (&front->date, g_free);
  g_clear_pointer (&front->path, g_free);
  g_clear_pointer (&front->url, g_free);
  g_clear_pointer (&front->slug, g_free);
  g_clear_pointer (&front->summary, g_free);
  g_clear_pointer (&front->year, g_free);
  g_clear_pointer (&front->tags, g_ptr_array_unref);
  g_clear_pointer (&front->categories, g_ptr_array_unref);
}

static void
reader_clear (Reader *reader)
{
  front_matter_clear (&reader->front);
  g_clear_pointer (&reader->units, g_ptr_array_unref);
  g_clear_pointer (&reader->talks, g_ptr_array_unref);
  g_clear_pointer (&reader->warnings, g_ptr_array_unref);
  g_clear_pointer (&reader->zone_abbreviation, g_free);
  g_clear_pointer (&reader->mentioned_zone, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

static void
reader_warn (Reader      *reader,
             guint        line,
             const gchar *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
reader_warn (Reader      *reader,
             guint        line,
             const gchar *format,
             ...)
{
  g_autofree gchar *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->warnings,
                   g_strdup_printf ("%s:%u: %s", reader->display_name, line, message));
}

/* Front matter ----------------------------------------------------------- */

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
          g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_FRONT_MATTER,
                       "%s:%u:%u: %s: %s", reader->display_name,
                       (guint) parser.problem_mark.line + first_line,
                       (guint) parser.problem_mark.column + 1,
                       _("broken front matter"),
                       parser.problem ? parser.problem : _("unreadable YAML"));
          ok = FALSE;
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
              GPtrArray **target = NULL;

              if (g_str_equal (key, "tags"))
                target = &reader->front.tags;
              else if (g_str_equal (key, "categories"))
                target = &reader->front.categories;
              if (target != NULL)
                {
                  g_clear_pointer (target, g_ptr_array_unref);
                  *target = g_steal_pointer (&sequence);
                }
              g_clear_pointer (&key, g_free);
            }
          if (depth == 2)
            g_clear_pointer (&sequence, g_ptr_array_unref);
          depth--;
          break;

        case YAML_SCALAR_EVENT:
          {
            const gchar *value = (const gchar *) event.data.scalar.value;

            if (depth == 1 && key == NULL)
              key = g_strdup (value);
            else if (depth == 1)
              {
                gchar **target = NULL;

                if (g_str_equal (key, "title"))
                  target = &reader->front.title;
                else if (g_str_equal (key, "date") ||
                         (reader->front.date == NULL && g_str_equal (key, "created_at")))
                  target = &reader->front.date;
                else if (g_str_equal (key, "pub-year") || g_str_equal (key, "year"))
                  target = &reader->front.year;
                else if (g_str_equal (key, "path"))
                  target = &reader->front.path;
                else if (g_str_equal (key, "url"))
                  target = &reader->front.url;
                else if (g_str_equal (key, "slug"))
                  target = &reader->front.slug;
                else if (g_str_equal (key, "summary") ||
                         (reader->front.summary == NULL &&
                          (g_str_equal (key, "ogSummary") || g_str_equal (key, "description"))))
                  target = &reader->front.summary;
                else if (g_str_equal (key, "tags") || g_str_equal (key, "categories"))
                  {
                    GPtrArray **list = g_str_equal (key, "tags") ? &reader->front.tags
                                                                 : &reader->front.categories;
                    g_clear_pointer (list, g_ptr_array_unref);
                    *list = g_ptr_array_new_with_free_func (g_free);
                    if (*value != '\0')
                      g_ptr_array_add (*list, g_strdup (value));
                  }

                if (target != NULL)
                  {
                    g_free (*target);
                    *target = g_strdup (value);
                  }
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

/* Reads the leading YYYY-MM-DD of a front matter date. */
static void
parse_publication_date (Reader *reader)
{
  const gchar *d = reader->front.date;
  gint y, m, day;

  if (d == NULL || strlen (d) < 10)
    return;
  if (sscanf (d, "%4d-%2d-%2d", &y, &m, &day) != 3)
    return;
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || day < 1 || day > 31)
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
static gchar *
post_key (Reader      *reader,
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

/* Units ------------------------------------------------------------------- */

typedef struct
{
  GString        *text;
  LineupPostLine *line;
  guint           letters;
  guint           emphasised_letters;
  guint           strong_letters;
  gint            open_brackets;   /* '(' not yet closed */
} LineBuilder;

static void
line_builder_start (LineBuilder *builder,
                    cmark_node  *first)
{
  builder->line = g_new0 (LineupPostLine, 1);
  builder->line->links = g_array_new (FALSE, TRUE, sizeof (LineupPostLink));
  builder->line->first = first;
  builder->text = g_string_new (NULL);
  builder->letters = builder->emphasised_letters = builder->strong_letters = 0;
  builder->open_brackets = 0;
}

/* Collapses the white space of @text as lineup_text_collapse_space() does,
 * moving the link offsets along, in one pass (a line may hold a million
 * links). */
static gchar *
collapse_with_links (const gchar *text,
                     GArray      *links)
{
  gsize length = strlen (text);
  gchar *out = g_malloc (length + 1);   /* never longer than @text */
  gsize out_len = 0;
  gboolean pending_space = FALSE;
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
        pending_space = out_len > 0;
      else
        {
          if (pending_space)
            out[out_len++] = ' ';
          pending_space = FALSE;
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

static void
line_builder_finish (LineBuilder *builder,
                     cmark_node  *last,
                     GPtrArray   *lines)
{
  LineupPostLine *line = builder->line;

  if (line == NULL)
    return;

  line->text = collapse_with_links (builder->text->str, line->links);
  line->last = last;
  line->emphasised = builder->letters > 0 && builder->emphasised_letters == builder->letters;
  line->strong = builder->letters > 0 && builder->strong_letters == builder->letters;
  g_string_free (builder->text, TRUE);
  builder->text = NULL;
  builder->line = NULL;

  if (*line->text == '\0' && line->links->len == 0)
    line_free (line);
  else
    g_ptr_array_add (lines, line);
}

static void
line_builder_append (LineBuilder *builder,
                     const gchar *text,
                     gint         emphasis,
                     gint         strong)
{
  guint letters = 0;

  g_string_append (builder->text, text);
  for (const gchar *p = text; *p; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p)))
        letters++;
      else if (*p == '(')
        builder->open_brackets++;
      else if (*p == ')' && builder->open_brackets > 0)
        builder->open_brackets--;
    }
  builder->letters += letters;
  if (emphasis > 0 || strong > 0)
    builder->emphasised_letters += letters;
  if (strong > 0)
    builder->strong_letters += letters;
}

/* A soft break inside brackets or after a dash does not end the line: the
 * editor wrapped "(11:00 -" and "12:30)", or "Title -" and "Name (Org)". */
static gboolean
line_builder_continues (const LineBuilder *builder)
{
  const gchar *end;

  if (builder->line == NULL)
    return FALSE;
  if (builder->open_brackets > 0)
    return TRUE;
  end = builder->text->str + builder->text->len;
  while (end > builder->text->str && g_ascii_isspace (end[-1]))
    end--;
  /* "by Name, Org; Name," then "Org": a list, or "by" then the names; a
   * byline runs on to the next hard break; "Tuesday, November 7 •" then the
   * time. */
  if (g_ascii_strncasecmp (builder->text->str, "by ", 3) == 0 ||
      (end - builder->text->str >= 3 && memcmp (end - 3, "\xE2\x80\xA2", 3) == 0))
    return TRUE;
  if ((end - builder->text->str >= 1 && (end[-1] == ',' || end[-1] == ';' || end[-1] == '&')) ||
      (end - builder->text->str >= 3 && g_ascii_strncasecmp (end - 3, " by", 3) == 0) ||
      (end - builder->text->str == 2 && g_ascii_strncasecmp (end - 2, "by", 2) == 0))
    return TRUE;
  return (end - builder->text->str >= 1 && end[-1] == '-') ||
         (end - builder->text->str >= 3 &&
          (memcmp (end - 3, "\xE2\x80\x93", 3) == 0 || memcmp (end - 3, "\xE2\x80\x94", 3) == 0));
}

/* "November 8" then "• 2:30pm": the line goes on. */
static gboolean
starts_with_bullet (cmark_node *node)
{
  const gchar *text = node != NULL && cmark_node_get_type (node) == CMARK_NODE_TEXT
                      ? cmark_node_get_literal (node) : NULL;

  return text != NULL && g_str_has_prefix (text, "\xE2\x80\xA2");
}

static gboolean
is_line_break_html (cmark_node *node)
{
  const gchar *html = cmark_node_get_literal (node);

  return html != NULL && g_ascii_strncasecmp (html, "<br", 3) == 0;
}

/* TRUE when @block holds few enough nodes to be read for talks.  Looks at
 * MAX_UNIT_NODES nodes at most. */
static gboolean
block_is_small (cmark_node *block)
{
  cmark_iter *iter = cmark_iter_new (block);
  guint n = 0;

  while (n <= MAX_UNIT_NODES && cmark_iter_next (iter) != CMARK_EVENT_DONE)
    n++;
  cmark_iter_free (iter);
  return n <= MAX_UNIT_NODES;
}

static gboolean
lines_are_short (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    if (strlen (((LineupPostLine *) g_ptr_array_index (lines, i))->text) > MAX_LINE_BYTES)
      return FALSE;
  return TRUE;
}

/* Splits the inlines of @block (a paragraph or heading) into lines at its
 * top-level line breaks.  A block too large to hold talks gives no line. */
static void
collect_lines (cmark_node *block,
               GPtrArray  *lines)
{
  cmark_iter *iter;
  cmark_event_type ev;
  LineBuilder builder = { 0 };
  cmark_node *previous_top = NULL;
  gint emphasis = 0, strong = 0, in_link = 0, in_image = 0;
  gsize link_start = 0;
  guint first_line = lines->len;

  if (!block_is_small (block))
    return;

  iter = cmark_iter_new (block);
  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      gboolean top = cmark_node_parent (node) == block;

      if (node == block)
        continue;

      if (top && ev == CMARK_EVENT_ENTER)
        {
          gboolean is_break = (type == CMARK_NODE_SOFTBREAK &&
                               !line_builder_continues (&builder) &&
                               !starts_with_bullet (cmark_node_next (node))) ||
                              type == CMARK_NODE_LINEBREAK ||
                              (type == CMARK_NODE_HTML_INLINE && is_line_break_html (node));

          if (is_break)
            {
              line_builder_finish (&builder, previous_top, lines);
              previous_top = node;
              continue;
            }
          if (builder.line == NULL)
            line_builder_start (&builder, node);
          previous_top = node;
        }

      switch (type)
        {
        case CMARK_NODE_EMPH:
          emphasis += ev == CMARK_EVENT_ENTER ? 1 : -1;
          break;
        case CMARK_NODE_STRONG:
          strong += ev == CMARK_EVENT_ENTER ? 1 : -1;
          break;
        case CMARK_NODE_IMAGE:
          in_image += ev == CMARK_EVENT_ENTER ? 1 : -1;
          break;
        case CMARK_NODE_LINK:
          if (in_image > 0)
            break;
          if (ev == CMARK_EVENT_ENTER)
            {
              if (in_link++ == 0)
                link_start = builder.text->len;
            }
          else if (--in_link == 0)
            {
              LineupPostLink link = { link_start, builder.text->len,
                                      g_strdup (cmark_node_get_url (node)) };

              g_array_append_val (builder.line->links, link);
            }
          break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          if (in_image == 0)
            line_builder_append (&builder, cmark_node_get_literal (node), emphasis, strong);
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          line_builder_append (&builder, " ", emphasis, strong);
          break;
        default:
          break;
        }
    }

  line_builder_finish (&builder, previous_top, lines);
  cmark_iter_free (iter);

  if (!lines_are_short (lines))
    g_ptr_array_remove_range (lines, first_line, lines->len - first_line);
}

static LineupPostUnit *
unit_new (LineupUnitKind  kind,
          cmark_node     *node,
          guint           line_offset)
{
  LineupPostUnit *unit = g_new0 (LineupPostUnit, 1);

  unit->kind = kind;
  unit->node = node;
  unit->line = (guint) MAX (lineup_post_document_line (node), 1) + line_offset;
  unit->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  return unit;
}

static void
unit_finish (LineupPostUnit *unit)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < unit->lines->len; i++)
    {
      LineupPostLine *line = g_ptr_array_index (unit->lines, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, line->text);
      if (line->links->len > 0)
        unit->has_link = TRUE;
    }
  unit->text = g_string_free (g_steal_pointer (&text), FALSE);
}

/* A list whose items start with a link or a time lists talks: each item is
 * a unit.  Any other list is prose (a talk's description, say). */
static gboolean
is_talk_list (cmark_node *list)
{
  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      cmark_node *first = cmark_node_first_child (item);
      g_autoptr(GPtrArray) lines = NULL;

      if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
        continue;
      lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
      collect_lines (first, lines);
      if (lines->len > 0)
        {
          LineupPostLine *line = g_ptr_array_index (lines, 0);
          LineupSlot slot;

          if (line->links->len > 0 || (lineup_post_line_scan (line, &slot) & LINEUP_SLOT_TIME))
            return TRUE;
        }
    }
  return FALSE;
}

static void add_block (Reader *reader, cmark_node *node, guint depth);

static void
add_talk_list (Reader     *reader,
               cmark_node *list,
               guint       depth)
{
  guint serial = ++reader->n_lists;

  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      cmark_node *first = cmark_node_first_child (item);
      LineupPostUnit *unit = unit_new (LINEUP_UNIT_ITEM, item, reader->line_offset);
      cmark_node *child;

      unit->list = serial;
      unit->extra = g_ptr_array_new ();
      child = first;
      if (first != NULL && cmark_node_get_type (first) == CMARK_NODE_PARAGRAPH)
        {
          collect_lines (first, unit->lines);
          lineup_post_context_merge_byline_lines (unit->lines);
          child = cmark_node_next (first);
        }
      unit_finish (unit);
      g_ptr_array_add (reader->units, unit);

      /* The rest of the item: a sub-list of talks gets its own units, any
       * other block belongs to the item's talk. */
      for (; child != NULL; child = cmark_node_next (child))
        {
          if (cmark_node_get_type (child) == CMARK_NODE_LIST && depth < MAX_LIST_DEPTH &&
              is_talk_list (child))
            add_talk_list (reader, child, depth + 1);
          else if (unit == g_ptr_array_index (reader->units, reader->units->len - 1))
            g_ptr_array_add (unit->extra, child);
          else
            add_block (reader, child, depth + 1);
        }
    }
}

static void
add_block (Reader     *reader,
           cmark_node *node,
           guint       depth)
{
  LineupPostUnit *unit;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_HEADING:
      unit = unit_new (LINEUP_UNIT_HEADING, node, reader->line_offset);
      unit->level = cmark_node_get_heading_level (node);
      collect_lines (node, unit->lines);
      break;

    case CMARK_NODE_PARAGRAPH:
      unit = unit_new (LINEUP_UNIT_PARAGRAPH, node, reader->line_offset);
      collect_lines (node, unit->lines);
      break;

    case CMARK_NODE_BLOCK_QUOTE:
      unit = unit_new (LINEUP_UNIT_QUOTE, node, reader->line_offset);
      for (cmark_node *child = cmark_node_first_child (node); child;
           child = cmark_node_next (child))
        if (cmark_node_get_type (child) == CMARK_NODE_PARAGRAPH)
          collect_lines (child, unit->lines);
      break;

    case CMARK_NODE_LIST:
      if (depth < MAX_LIST_DEPTH && is_talk_list (node))
        {
          add_talk_list (reader, node, depth);
          return;
        }
      unit = unit_new (LINEUP_UNIT_OTHER, node, reader->line_offset);
      break;

    default:
      unit = unit_new (LINEUP_UNIT_OTHER, node, reader->line_offset);
      break;
    }

  unit_finish (unit);
  g_ptr_array_add (reader->units, unit);
}

/* Descriptions ------------------------------------------------------------ */

static void
append_markdown (GString     *description,
                 const gchar *markdown)
{
  g_autofree gchar *trimmed = g_strstrip (g_strdup (markdown));
  gsize room;
  const gchar *end;

  if (*trimmed == '\0' || description->len >= MAX_DESCRIPTION_BYTES)
    return;
  if (description->len > 0)
    g_string_append (description, "\n\n");

  /* Past the limit, cut at a character boundary. */
  room = MAX_DESCRIPTION_BYTES - MIN (description->len, MAX_DESCRIPTION_BYTES);
  end = trimmed + strlen (trimmed);
  if ((gsize) (end - trimmed) > room)
    {
      end = trimmed + room;
      while (end > trimmed && (*end & 0xC0) == 0x80)
        end--;
    }
  g_string_append_len (description, trimmed, end - trimmed);
}

/* TRUE when containers are nested more than @limit deep in @node. */
static gboolean
nested_deeper_than (cmark_node *node,
                    gint        limit)
{
  cmark_iter *iter = cmark_iter_new (node);
  cmark_event_type ev;
  gint depth = 0;
  gboolean deep = FALSE;

  while (!deep && (ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      if (ev == CMARK_EVENT_ENTER && cmark_node_first_child (cmark_iter_get_node (iter)) != NULL)
        deep = ++depth > limit;
      else if (ev == CMARK_EVENT_EXIT)
        depth--;
    }
  cmark_iter_free (iter);
  return deep;
}

/* The words of @node, one space between blocks and lines. */
static gchar *
plain_text (cmark_node *node)
{
  cmark_iter *iter = cmark_iter_new (node);
  g_autoptr(GString) text = g_string_new (NULL);
  cmark_event_type ev;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE && text->len < MAX_DESCRIPTION_BYTES)
    {
      cmark_node *child = cmark_iter_get_node (iter);
      const gchar *literal;

      if (ev != CMARK_EVENT_ENTER)
        continue;
      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          literal = cmark_node_get_literal (child);
          if (literal != NULL)
            g_string_append (text, literal);
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
          g_string_append_c (text, ' ');
          break;
        default:
          break;
        }
    }
  cmark_iter_free (iter);
  return lineup_text_collapse_space (text->str);
}

/* The text of a paragraph at the top level of the piece, as written. */
static gchar *
source_of (const Piece *piece,
           cmark_node  *paragraph)
{
  gint first = cmark_node_get_start_line (paragraph);
  gint last = cmark_node_get_end_line (paragraph);
  const gchar *start, *end;

  /* A block lineup-post-document made has no position of its own. */
  if (cmark_node_get_user_data (paragraph) != NULL)
    return NULL;
  if (first < 1 || last < first || (guint) last > piece->lines->len)
    return NULL;
  start = piece->text + g_array_index (piece->lines, guint32, first - 1);
  end = (guint) last < piece->lines->len
        ? piece->text + g_array_index (piece->lines, guint32, last)
        : piece->text + piece->length;
  return g_strndup (start, (gsize) (end - start));
}

/* A block of a talk's description, as Markdown.  A paragraph at the top
 * level is copied from the post (no reference definition can change its
 * meaning: see body_may_be_cut()); anything else is rendered by cmark. */
static void
append_block (Reader     *reader,
              GString    *description,
              cmark_node *node)
{
  g_autofree gchar *markdown = NULL;

  if (description->len >= MAX_DESCRIPTION_BYTES)
    return;
  if (reader->sliceable && reader->piece != NULL &&
      cmark_node_get_type (node) == CMARK_NODE_PARAGRAPH &&
      cmark_node_parent (node) == reader->piece->document &&
      (markdown = source_of (reader->piece, node)) != NULL)
    ;
  else if (nested_deeper_than (node, MAX_DESCRIPTION_DEPTH))
    markdown = plain_text (node);
  else
    markdown = cmark_render_commonmark (node, CMARK_OPT_DEFAULT, 0);

  append_markdown (description, markdown);
}

/* Moves the inlines of lines [@from, @to] of @unit into a new paragraph and
 * renders it: the part of a talk's own block that is description. */
static void
append_lines (GString              *description,
              const LineupPostUnit *unit,
              guint                 from,
              guint                 to)
{
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
  g_autofree gchar *markdown = NULL;

  for (guint i = from; i <= to && i < unit->lines->len; i++)
    {
      LineupPostLine *line = g_ptr_array_index (unit->lines, i);
      cmark_node *node = line->first;

      if (cmark_node_first_child (paragraph) != NULL)
        cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_SOFTBREAK));
      while (node != NULL)
        {
          cmark_node *next = cmark_node_next (node);
          gboolean last = node == line->last;

          cmark_node_unlink (node);
          cmark_node_append_child (paragraph, node);
          if (last)
            break;
          node = next;
        }
      line->first = line->last = NULL;
    }

  markdown = cmark_render_commonmark (paragraph, CMARK_OPT_DEFAULT, 0);
  append_markdown (description, markdown);
  cmark_node_free (paragraph);
}

/* The walk ---------------------------------------------------------------- */

typedef struct
{
  Talk     *talk;              /* the open talk, or NULL */
  gchar    *track;
  gint      track_level;
  gint      year, month, day;  /* the day in context */
  gint      weekday;
  gboolean  ended;             /* a closing section: no more descriptions */
  gboolean  closed;            /* the open talk's description ended */
  LineupSlot pending_slot;     /* a slot seen before its talk's link */
  LineupSlotFound pending_found;
  guint     pending_unit;
} Walk;

static void
note_slot (Reader           *reader,
           const LineupSlot *slot)
{
  if (slot->year >= 1970 && slot->year <= 2200)
    reader->known_year = slot->year;
  if (slot->zone[0] != '\0' && reader->zone_abbreviation == NULL &&
      lineup_slot_zone_for_abbreviation (slot->zone) != NULL)
    reader->zone_abbreviation = g_strdup (slot->zone);
}

/* "Thu 19" under "Tuesday, October 17": the first month, from the one in
 * context on, in which @day exists (and falls on @weekday, when given). */
static gboolean
find_month_for_day (gint *year,
                    gint *month,
                    gint  day,
                    gint  weekday)
{
  gint y = *year, m = *month;

  for (gint i = 0; i < 14; i++)
    {
      if (g_date_valid_dmy ((GDateDay) day, (GDateMonth) m, (GDateYear) y))
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) m, (GDateYear) y);
          if (weekday == 0 || (gint) g_date_get_weekday (&date) == weekday)
            {
              *year = y;
              *month = m;
              return TRUE;
            }
        }
      if (++m > 12)
        {
          m = 1;
          y++;
        }
    }
  return FALSE;
}

static void
walk_set_day (Walk             *walk,
              Reader           *reader,
              const LineupSlot *slot)
{
  note_slot (reader, slot);
  walk->weekday = slot->weekday;
  if (slot->month == 0 && slot->day != 0 && (walk->month != 0 || reader->pub_month != 0))
    {
      gint year = walk->year ? walk->year
                  : reader->known_year ? reader->known_year
                  : reader->pub_year ? reader->pub_year : 2000;
      gint month = walk->month ? walk->month : reader->pub_month;

      if (find_month_for_day (&year, &month, slot->day, slot->weekday))
        {
          walk->year = walk->year ? year : 0;
          walk->month = month;
          walk->day = slot->day;
        }
      return;
    }
  if (slot->month == 0)
    {
      /* "## Tuesday": the next such weekday after the day in context */
      if (walk->month != 0 && slot->weekday != 0)
        {
          gint year = walk->year ? walk->year
                      : reader->known_year ? reader->known_year
                      : reader->pub_year ? reader->pub_year : 2000;
          g_autoptr(GDateTime) d = g_date_time_new_utc (year, walk->month, walk->day, 0, 0, 0);

          for (gint i = 0; d != NULL && i < 7; i++)
            {
              if (g_date_time_get_day_of_week (d) == slot->weekday)
                break;
              GDateTime *next = g_date_time_add_days (d, 1);

              g_date_time_unref (d);
              d = next;
            }
          if (d != NULL)
            {
              walk->month = g_date_time_get_month (d);
              walk->day = g_date_time_get_day_of_month (d);
            }
        }
      return;
    }

  walk->year = slot->year >= 1970 && slot->year <= 2200 ? slot->year : 0;
  walk->month = slot->month;
  walk->day = slot->day;
}

/* Gives @talk the time of @slot, keeping the day its own line gave when the
 * slot names none ("Thu 19: [Title](url)" then "(15:30 - 16:00)"). */
static void
talk_set_slot (Talk             *talk,
               const LineupSlot *slot,
               LineupSlotFound   found)
{
  LineupSlot merged = *slot;

  if ((talk->found & LINEUP_SLOT_DATE) && !(found & LINEUP_SLOT_DATE))
    {
      merged.year = talk->slot.year;
      merged.month = talk->slot.month;
      merged.day = talk->slot.day;
      merged.weekday = talk->slot.weekday;
      found |= LINEUP_SLOT_DATE;
    }
  talk->slot = merged;
  talk->found = found;
}

static Talk *
walk_open_talk (Walk                 *walk,
                Reader               *reader,
                const LineupPostUnit *unit,
                LineupPostTalk       *found)
{
  Talk *talk = g_new0 (Talk, 1);

  if (reader->talks->len > 0)
    talk_finish (g_ptr_array_index (reader->talks, reader->talks->len - 1));

  talk->title = g_steal_pointer (&found->title);
  talk->byline = g_steal_pointer (&found->byline);
  talk->label = g_steal_pointer (&found->label);
  talk->url = g_steal_pointer (&found->url);
  talk->track = walk->track != NULL ? g_ref_string_new_intern (walk->track) : NULL;
  talk->slot = found->slot;
  talk->found = found->found;
  talk->line = unit->line;
  talk->description = g_string_new (NULL);
  talk->day_year = walk->year;
  talk->day_month = walk->month;
  talk->day_day = walk->day;
  talk->day_weekday = walk->weekday;
  talk->list = unit->kind == LINEUP_UNIT_ITEM ? unit->list : 0;

  if ((talk->found & LINEUP_SLOT_TIME) == 0 && walk->pending_found != LINEUP_SLOT_NONE)
    {
      talk_set_slot (talk, &walk->pending_slot, walk->pending_found);
    }
  walk->pending_found = LINEUP_SLOT_NONE;
  note_slot (reader, &talk->slot);

  g_ptr_array_add (reader->talks, talk);
  walk->talk = talk;
  walk->closed = FALSE;
  return talk;
}

static void
walk_take_rest_of_unit (Walk                 *walk,
                        const LineupPostUnit *unit,
                        guint                 from,
                        guint                 to)
{
  Talk *talk = walk->talk;
  guint description_from = G_MAXUINT;

  for (guint i = from; i <= to && i < unit->lines->len; i++)
    {
      const LineupPostLine *line = g_ptr_array_index (unit->lines, i);
      LineupSlot slot;
      LineupSlotFound found;
      gchar *byline = NULL;

      if (description_from == G_MAXUINT)
        {
          if ((talk->found & LINEUP_SLOT_TIME) == 0 &&
              lineup_post_layouts_line_is_slot (line, &slot, &found))
            {
              talk_set_slot (talk, &slot, found);
              continue;
            }
          if (line->emphasised && lineup_post_context_is_place (line->text))
            continue;   /* "*Room 402*": where, not who */
          if (talk->byline == NULL && (line->emphasised || g_str_has_prefix (line->text, "-") ||
                                       g_ascii_strncasecmp (line->text, "by ", 3) == 0 ||
                                       g_str_has_prefix (line->text, "\xE2\x80\x94")) &&
              lineup_post_layouts_line_is_speakers (line, &byline, &slot, &found))
            {
              talk->byline = byline;
              if ((found & LINEUP_SLOT_TIME) && (talk->found & LINEUP_SLOT_TIME) == 0)
                {
                  talk_set_slot (talk, &slot, found);
                }
              continue;
            }
          description_from = i;
        }
    }

  if (description_from != G_MAXUINT)
    append_lines (talk->description, unit, description_from, to);
}

/* Where the event is: the title, or the first units that name a city. */
static void
note_city (Reader               *reader,
           const LineupPostUnit *unit)
{
  if (reader->city != 0 || reader->city_units++ >= MAX_CITY_UNITS)
    return;
  if (reader->city_units == 1)
    reader->city = lineup_post_context_find_city (reader->front.title);
  if (reader->city == 0)
    reader->city = lineup_post_context_find_city (unit->text);
}

static void
walk_unit (Walk           *walk,
           Reader         *reader,
           guint           index)
{
  LineupPostUnit *unit = g_ptr_array_index (reader->units, index);
  LineupPostContext context = { 0 };
  LineupPostRecognition r;
  Talk *talk = walk->closed ? NULL : walk->talk;

  note_city (reader, unit);

  context.in_talk = talk != NULL;
  context.talk_has_time = talk != NULL && (talk->found & LINEUP_SLOT_TIME);
  context.talk_has_speakers = talk != NULL && talk->byline != NULL;
  context.talk_has_description = talk != NULL && talk->description->len > 0;
  context.seen_talk = reader->talks->len > 0;
  context.have_day = walk->month != 0;
  context.pending_slot = walk->pending_found != LINEUP_SLOT_NONE;
  context.next = index + 1 < reader->units->len ? g_ptr_array_index (reader->units, index + 1)
                                                 : NULL;
  context.pub_year = reader->pub_year;
  context.pub_month = reader->pub_month;
  context.pub_day = reader->pub_day;

  lineup_post_layouts_recognise (unit, &context, &r);

  switch (r.role)
    {
    case LINEUP_ROLE_TALK:
      walk->ended = FALSE;
      for (guint i = 0; i < r.talks->len; i++)
        {
          LineupPostTalk *found = &g_array_index (r.talks, LineupPostTalk, i);
          guint next_line = i + 1 < r.talks->len
                            ? g_array_index (r.talks, LineupPostTalk, i + 1).line_index
                            : unit->lines->len;

          walk_open_talk (walk, reader, unit, found);
          if (found->line_index + 1 < next_line)
            walk_take_rest_of_unit (walk, unit, found->line_index + 1, next_line - 1);
        }
      if (unit->extra != NULL)
        for (guint i = 0; i < unit->extra->len; i++)
          append_block (reader, walk->talk->description, g_ptr_array_index (unit->extra, i));
      break;

    case LINEUP_ROLE_DAY:
      walk->talk = NULL;
      walk_set_day (walk, reader, &r.slot);
      break;

    case LINEUP_ROLE_TRACK:
      walk->talk = NULL;
      walk->ended = FALSE;
      if (walk->track == NULL || unit->level <= walk->track_level || walk->track_level == 0 ||
          unit->level > walk->track_level)
        {
          g_free (walk->track);
          walk->track = g_strdup (r.text);
          walk->track_level = unit->level;
        }
      break;

    case LINEUP_ROLE_END:
      walk->talk = NULL;
      walk->ended = TRUE;
      g_clear_pointer (&walk->track, g_free);
      break;

    case LINEUP_ROLE_CLOSING:
      walk->closed = TRUE;
      break;

    case LINEUP_ROLE_SLOT:
      note_slot (reader, &r.slot);
      if (talk != NULL && !context.talk_has_time && !context.talk_has_description)
        {
          talk_set_slot (talk, &r.slot, r.found);
        }
      else if ((r.found & LINEUP_SLOT_DATE) && !(r.found & LINEUP_SLOT_TIME))
        walk_set_day (walk, reader, &r.slot);
      else
        {
          /* The slot of the talk that follows ("slot before link"). */
          walk->pending_slot = r.slot;
          walk->pending_found = r.found;
          walk->pending_unit = index;
        }
      break;

    case LINEUP_ROLE_SPEAKERS:
      if (talk != NULL)
        {
          talk->byline = g_steal_pointer (&r.text);
          if ((r.found & LINEUP_SLOT_TIME) && !(talk->found & LINEUP_SLOT_TIME))
            {
              talk_set_slot (talk, &r.slot, r.found);
            }
        }
      break;

    case LINEUP_ROLE_ZONE_NOTE:
      if (reader->zone_abbreviation == NULL)
        reader->zone_abbreviation = g_strdup (r.text);
      break;

    case LINEUP_ROLE_NONE:
    default:
      if (talk != NULL && !walk->ended)
        {
          if (unit->kind == LINEUP_UNIT_ITEM)
            {
              cmark_node *first = cmark_node_first_child (unit->node);

              if (unit->lines->len > 0)
                append_lines (talk->description, unit, 0, unit->lines->len - 1);
              else if (first != NULL && cmark_node_get_type (first) == CMARK_NODE_PARAGRAPH)
                append_block (reader, talk->description, first);
              for (guint i = 0; unit->extra != NULL && i < unit->extra->len; i++)
                append_block (reader, talk->description, g_ptr_array_index (unit->extra, i));
            }
          else if (lineup_post_context_fields_first (unit, talk->byline != NULL,
                                                     talk->description->len > 0))
            /* "*Room 402*\" then "**[Name](url) & [Name](url)**\" then
             * the description, in one paragraph under the talk. */
            walk_take_rest_of_unit (walk, unit, 0, unit->lines->len - 1);
          else
            append_block (reader, talk->description, unit->node);
        }
      else if (talk == NULL && unit->kind == LINEUP_UNIT_PARAGRAPH)
        {
          /* "The event takes place on April 18, 2023": a day for the talks
           * that give only a time. */
          LineupSlot slot;

          if (walk->month == 0 && (lineup_post_unit_scan (unit, &slot) & LINEUP_SLOT_DATE) &&
              slot.month != 0 &&
              !(slot.month == reader->pub_month && slot.day == reader->pub_day))
            walk_set_day (walk, reader, &slot);
        }
      break;
    }

  /* "> Monday, May 16, 13:00 - 17:00 CEST" in a note: the post's zone, when
   * neither its talks nor a zone note name one. */
  if (reader->mentioned_zone == NULL && r.role != LINEUP_ROLE_TALK &&
      unit->kind != LINEUP_UNIT_HEADING && strlen (unit->text) <= MAX_LINE_BYTES)
    {
      LineupSlot slot;

      if ((lineup_post_unit_scan (unit, &slot) & LINEUP_SLOT_TIME) && slot.zone[0] != '\0' &&
          lineup_slot_zone_for_abbreviation (slot.zone) != NULL)
        reader->mentioned_zone = g_strdup (slot.zone);
    }

  if (walk->pending_found != LINEUP_SLOT_NONE && walk->pending_unit != index &&
      r.role != LINEUP_ROLE_TALK)
    walk->pending_found = LINEUP_SLOT_NONE;

  lineup_post_recognition_clear (&r);
}

/* Sessions ---------------------------------------------------------------- */

/* The weekday (1 = Monday … 7 = Sunday) of a date, or 0 when it does not exist. */
static gint
weekday_of (gint year,
            gint month,
            gint day)
{
  GDate date;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (gint) g_date_get_weekday (&date);
}

/* A post that writes no year anywhere, not even in its front matter date:
 * the year, among this one, the next and the last, in which its first day
 * falls on the weekday the post names ("Wednesday, May 14"); this year when
 * it names no weekday or none fits.  Chosen once per post, with a warning. */
static gint
guess_year (Reader *reader,
            Talk   *talk,
            gint    month,
            gint    day,
            gint    weekday)
{
  if (reader->guessed_year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      gint this_year = g_date_time_get_year (now);
      const gint candidates[] = { this_year, this_year + 1, this_year - 1 };

      reader->guessed_year = this_year;
      for (guint i = 0; weekday != 0 && i < G_N_ELEMENTS (candidates); i++)
        if (weekday_of (candidates[i], month, day) == weekday)
          {
            reader->guessed_year = candidates[i];
            break;
          }
      reader_warn (reader, talk->line, _("the post gives no year; assuming %d"),
                   reader->guessed_year);
    }
  return reader->guessed_year;
}

static gint
resolve_year (Reader *reader,
              Talk   *talk,
              gint    month,
              gint    day,
              gint    weekday)
{
  gint year = 0;

  if (talk->slot.year >= 1970 && talk->slot.year <= 2200)
    return talk->slot.year;
  if (talk->day_year != 0)
    return talk->day_year;
  if (reader->known_year != 0)
    return reader->known_year;
  if (reader->pub_year != 0)
    {
      year = reader->pub_year;
      /* A post from December about a conference in January. */
      if (reader->pub_month != 0 && month + 6 < reader->pub_month)
        year++;
      return year;
    }
  /* No date: a year of its own ("pub-year: 2018"), or in the title or path
   * ("… at CloudNativeCon 2017"). */
  if ((year = lineup_post_context_year_in (reader->front.year)) != 0 ||
      (year = lineup_post_context_year_in (reader->front.title)) != 0 ||
      (year = lineup_post_context_year_in (reader->front.path)) != 0)
    return year;
  return guess_year (reader, talk, month, day, weekday);
}

/* "(Wednesday, 9:00)" under "Tuesday, April 18": the first such weekday on or
 * after the day in context. */
static void
advance_to_weekday (gint *year,
                    gint *month,
                    gint *day,
                    gint  weekday)
{
  GDate date;

  if (!g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year) ||
      weekday < 1 || weekday > 7)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
  g_date_add_days (&date, (guint) ((weekday - (gint) g_date_get_weekday (&date) + 7) % 7));
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *day = g_date_get_day (&date);
}

static GDateTime *
make_time (GTimeZone *tz,
           gint       year,
           gint       month,
           gint       day,
           gint       minute)
{
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_date_time_new (tz, year, month, day, minute / 60, minute % 60, 0);
}

static GDateTime *
convert (GDateTime *dt,
         GTimeZone *show_tz)
{
  GDateTime *converted;

  if (dt == NULL || show_tz == NULL)
    return dt;
  converted = g_date_time_to_timezone (dt, show_tz);
  g_date_time_unref (dt);
  return converted;
}

/* A talk's link is opened in a browser: only http(s) and mailto are kept.
 * "javascript:", "data:", "file:", relative links… leave the talk without
 * a link (it stays a talk). */
static const gchar *
safe_url (const gchar *url)
{
  if (url == NULL)
    return NULL;
  if (g_ascii_strncasecmp (url, "https://", 8) == 0 || g_ascii_strncasecmp (url, "http://", 7) == 0 ||
      g_ascii_strncasecmp (url, "mailto:", 7) == 0)
    return url;
  return NULL;
}

static LineupSession *
talk_to_session (Reader    *reader,
                 Talk      *talk,
                 GTimeZone *tz,
                 GTimeZone *show_tz,
                 gboolean   floating)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  LineupSession *session;
  const LineupSlot *slot = &talk->slot;

  session = lineup_session_new (NULL, NULL);
  if (talk->byline != NULL)
    {
      g_autofree gchar *clean = lineup_text_clean_title (talk->title);

      lineup_session_set_title (session, clean);
      /* Parsed into speakers when first asked for (a row shown, a search). */
      lineup_session_set_byline (session, talk->byline);
    }
  else
    {
      /* "Title - Name, Org": split when first asked for. */
      lineup_session_set_title_with_byline (session, talk->title);
    }
  lineup_session_set_line (session, talk->line);
  lineup_session_set_floating (session, floating);
  lineup_session_set_url (session, safe_url (talk->url));
  lineup_session_set_track (session, talk->label ? talk->label : talk->track);

  /* The description moves to the session, in a block of its own size. */
  talk_finish (talk);
  lineup_session_take_description (session, g_steal_pointer (&talk->finished));

  if (talk->found & LINEUP_SLOT_TIME)
    {
      /* "Thu 19" before any day: counted from the month the post was written */
      gint month = slot->month ? slot->month
                   : talk->day_month ? talk->day_month
                   : slot->day ? reader->pub_month : 0;
      gint day = slot->month || talk->day_month == 0 ? slot->day : talk->day_day;
      gint weekday = slot->month || talk->day_month == 0 ? slot->weekday : talk->day_weekday;
      gint year = month != 0 ? resolve_year (reader, talk, month, day, weekday) : 0;

      if (slot->month == 0 && slot->day != 0 && year != 0)
        {
          /* "Thu 19": a day of the month in context */
          if (find_month_for_day (&year, &month, slot->day, slot->weekday))
            day = slot->day;
        }
      else if (slot->month == 0 && slot->weekday != 0 && year != 0)
        advance_to_weekday (&year, &month, &day, slot->weekday);

      if (month == 0 || year == 0)
        reader_warn (reader, talk->line, _("no day is given for “%s”; it is listed without a time"),
                     lineup_session_get_title (session));
      else if ((start = make_time (tz, year, month, day, slot->start_minute)) == NULL)
        reader_warn (reader, talk->line, _("the date of “%s” does not exist"),
                     lineup_session_get_title (session));
      else if (slot->end_minute >= 0)
        {
          gint end_minute = slot->end_minute;

          end = make_time (tz, year, month, day, end_minute);
          if (end != NULL && g_date_time_compare (end, start) < 0)
            {
              /* "11:00 pm - 1:00 am" runs past midnight; anything else is a typo. */
              if (slot->start_minute >= 18 * 60 && end_minute <= 6 * 60)
                {
                  GDateTime *next = g_date_time_add_days (end, 1);

                  g_date_time_unref (end);
                  end = next;
                }
              else
                {
                  reader_warn (reader, talk->line, _("“%s” ends before it starts"),
                               lineup_session_get_title (session));
                  g_clear_pointer (&end, g_date_time_unref);
                }
            }
        }
    }
  else
    reader_warn (reader, talk->line, _("no time found for “%s”"),
                 lineup_session_get_title (session));

  start = convert (start, show_tz);
  end = convert (end, show_tz);
  lineup_session_set_times (session, start, end);
  return session;
}

static gchar *
talk_id (LineupSession *session)
{
  g_autofree gchar *code = lineup_post_layouts_sched_code (lineup_session_get_url (session));
  g_autofree gchar *folded = NULL;
  g_autofree gchar *start = NULL;

  if (code != NULL)
    return g_steal_pointer (&code);

  folded = lineup_text_fold (lineup_session_get_title (session));
  start = lineup_format_iso8601 (lineup_session_get_start (session), TRUE);
  return lineup_text_short_hash (folded, start ? start : "", NULL);
}

/* Gives every session its id; drops a talk listed twice. */
static GPtrArray *
assign_ids (GPtrArray *sessions)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sessions, i);
      g_autofree gchar *id = talk_id (session);
      LineupSession *other = g_hash_table_lookup (by_id, id);

      if (other != NULL)
        {
          g_autofree gchar *a = lineup_text_fold (lineup_session_get_title (session));
          g_autofree gchar *b = lineup_text_fold (lineup_session_get_title (other));
          GDateTime *sa = lineup_session_get_start (session);
          GDateTime *sb = lineup_session_get_start (other);
          gboolean same_time = (sa == NULL && sb == NULL) ||
                               (sa != NULL && sb != NULL && g_date_time_equal (sa, sb));

          /* A Sched event has one time: listed again under another day,
           * it is still the same talk (the first listing wins). */
          g_autofree gchar *code =
            lineup_post_layouts_sched_code (lineup_session_get_url (session));

          if (g_str_equal (a, b) && (same_time || code != NULL))
            continue;   /* the same talk, listed twice */

          /* Two talks share a link (a copy-paste slip in the post): keep
           * both, with ids that stay stable across reads. */
          {
            g_autofree gchar *hash = lineup_text_short_hash (a, NULL);
            gchar *unique = g_strdup_printf ("%s-%.4s", id, hash);

            g_free (id);
            id = unique;
          }
          if (g_hash_table_contains (by_id, id))
            continue;
        }

      lineup_session_set_id (session, id);
      g_hash_table_insert (by_id, g_steal_pointer (&id), session);
      g_ptr_array_add (kept, g_object_ref (session));
    }

  return kept;
}

/* A post that links its talks lists other things by time without a link: a
 * meeting's own agenda ("- 13:00 Meet and greet"), a lunch, booth hours.
 * Those are dropped, unless they sit in the same list as linked talks (a
 * timetable where a few sessions have no page).  A post with no linked talk
 * at all is a timetable: every talk is kept. */
static void
drop_agenda_items (Reader *reader)
{
  g_autoptr(GHashTable) linked_lists = g_hash_table_new (NULL, NULL);
  gboolean any_linked = FALSE;
  guint kept = 0;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      if (talk->url != NULL)
        {
          any_linked = TRUE;
          if (talk->list != 0)
            g_hash_table_add (linked_lists, GUINT_TO_POINTER (talk->list));
        }
    }
  if (!any_linked)
    return;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      if (talk->url == NULL &&
          (talk->list == 0 || !g_hash_table_contains (linked_lists, GUINT_TO_POINTER (talk->list))))
        {
          talk_free (talk);
          continue;
        }
      reader->talks->pdata[kept++] = talk;
    }
  reader->talks->len = kept;
}

/* Pieces ------------------------------------------------------------------ */

/* The body is parsed in pieces cut at blank lines.  A cut is safe before a
 * line that starts a new top-level block whatever came before it: a line
 * after a blank line, at the left margin (not a list's continuation, not
 * indented code), and not a list item (which could continue a loose list
 * above).  Paragraphs, block quotes, lists, indented code and HTML blocks of
 * kinds 6 and 7 all end there.  Three things reach across blank lines from
 * above: fenced code, HTML blocks of kinds 1 to 5 (comments, <pre>,
 * <script>…), and link reference definitions (used anywhere in the
 * document).  A body that may hold any of them is parsed in one piece. */

static gsize piece_size = LINEUP_POST_PIECE_SIZE;
static gint pieces_parsed;

gsize
lineup_post_reader_set_piece_size (gsize bytes)
{
  gsize previous = piece_size;

  piece_size = bytes;
  return previous;
}

guint
lineup_post_reader_count_pieces (void)
{
  return (guint) g_atomic_int_get (&pieces_parsed);
}

static Piece *
piece_new (const gchar *text,
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

static void
piece_free (Piece *piece)
{
  cmark_node_free (piece->document);
  g_array_unref (piece->lines);
  g_free (piece);
}

static gboolean
body_may_be_cut (const gchar *body,     /* NUL-terminated */
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
static const gchar *
piece_end (const gchar *start,
           const gchar *end,
           gsize        size,
           guint       *lines)
{
  const gchar *line = start;
  gboolean blank_before = FALSE;

  while (line < end)
    {
      const gchar *eol = memchr (line, '\n', (gsize) (end - line));
      const gchar *next = eol != NULL ? eol + 1 : end;

      if (blank_before && (gsize) (line - start) >= size && line_starts_block (line, next))
        break;
      blank_before = line_is_blank (line, next);
      if (eol != NULL)
        (*lines)++;
      line = next;
    }
  return line;
}

/* Reading ----------------------------------------------------------------- */

static gboolean
check_text (const gchar  *display_name,
            const gchar  *data,
            gsize         length,
            GError      **error)
{
  guint bad_line = 0;
  gboolean blank = TRUE;

  for (gsize i = 0; i < length && blank; i++)
    if (!g_ascii_isspace (data[i]))
      blank = FALSE;
  if (length == 0 || blank)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_EMPTY,
                   "%s:1: %s", display_name, _("the file is empty"));
      return FALSE;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      const gchar *nul = memchr (data, '\0', length);
      guint line = 1;

      for (const gchar *p = data; p < nul; p++)
        line += *p == '\n';
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NOT_TEXT,
                   "%s:%u: %s", display_name, line,
                   _("this is not a text file (it contains a NUL byte)"));
      return FALSE;
    }

  if (!lineup_text_validate (data, length, &bad_line))
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NOT_TEXT,
                   "%s:%u: %s", display_name, bad_line ? bad_line : 1,
                   _("the text is not valid UTF-8"));
      return FALSE;
    }

  return TRUE;
}

/* Splits "---\n…\n---\n" off the top.  Returns the body. */
static const gchar *
split_front_matter (Reader       *reader,
                    const gchar  *text,
                    GError      **error)
{
  const gchar *p;
  guint line = 2;

  if (!(g_str_has_prefix (text, "---\n") || g_str_has_prefix (text, "---\r\n")))
    return text;

  p = strchr (text, '\n') + 1;
  while (*p)
    {
      const gchar *eol = strchr (p, '\n');
      gsize n = eol ? (gsize) (eol - p) : strlen (p);

      if (n > 0 && p[n - 1] == '\r')
        n--;
      if ((n == 3 && (strncmp (p, "---", 3) == 0 || strncmp (p, "...", 3) == 0)))
        {
          const gchar *yaml = strchr (text, '\n') + 1;

          if (!parse_front_matter (reader, yaml, p - yaml, 2, error))
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
               "%s:1: %s", reader->display_name,
               _("the front matter opened here is never closed (no “---” line after it)"));
  return NULL;
}

/* The zone the post's times are written in, and the zone they are shown in:
 * the post's own zone (from an abbreviation it names), unless --timezone or
 * the preference overrides it.  A post that names a zone keeps its instants
 * (9:15 CST is shown as 16:15 in Europe/Berlin); a post that names none is
 * read in the override zone, or left floating. */
static gboolean
schedule_zones (Reader       *reader,
                const gchar  *zone_override,
                GTimeZone   **read_tz,
                GTimeZone   **show_tz,
                gchar       **zone_id,
                GError      **error)
{
  const gchar *post_id = NULL;
  g_autoptr(GTimeZone) post_tz = NULL;
  g_autoptr(GTimeZone) override_tz = NULL;

  if (zone_override != NULL)
    {
      override_tz = g_time_zone_new_identifier (zone_override);
      if (override_tz == NULL)
        {
          g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_BAD_ZONE,
                       _("“%s” is not a known time zone (use a name like Europe/Berlin)"),
                       zone_override);
          return FALSE;
        }
    }

  if (reader->zone_abbreviation != NULL)
    {
      /* "MST" in Salt Lake City: the city's own zone, so that DST is right. */
      post_id = lineup_post_context_city_zone (reader->city, reader->zone_abbreviation);
      if (post_id == NULL)
        post_id = lineup_slot_zone_for_abbreviation (reader->zone_abbreviation);
    }
  if (post_id != NULL)
    post_tz = g_time_zone_new_identifier (post_id);

  if (post_tz != NULL)
    {
      *read_tz = g_time_zone_ref (post_tz);
      *show_tz = override_tz ? g_time_zone_ref (override_tz) : NULL;
      *zone_id = g_strdup (override_tz ? zone_override : post_id);
    }
  else if (override_tz != NULL)
    {
      *read_tz = g_time_zone_ref (override_tz);
      *show_tz = NULL;
      *zone_id = g_strdup (zone_override);
    }
  else
    {
      *read_tz = g_time_zone_new_utc ();
      *show_tz = NULL;
      *zone_id = NULL;
    }

  return TRUE;
}

/* The text of a post, in memory of its own.  The reader gives the pages it
 * is done with back to the system as the walk goes, so that a large post and
 * the schedule made of it are never both in memory (a post may be 64 MB). */
typedef struct
{
  gchar    *data;
  gsize     size;       /* bytes allocated */
  gsize     released;   /* bytes from the start given back */
  gboolean  mapped;
} TextBuffer;

/* Below this, the text is in the heap and never given back early. */
#define TEXT_BUFFER_MAP_SIZE (1024 * 1024)

/* Room for @length bytes and a NUL. */
static void
text_buffer_init (TextBuffer *buffer,
                  gsize       length)
{
  buffer->size = length + 2;
  buffer->released = 0;
  buffer->mapped = FALSE;
#if defined (G_OS_UNIX) && defined (MADV_DONTNEED) && defined (MAP_ANONYMOUS)
  if (length >= TEXT_BUFFER_MAP_SIZE)
    {
      void *pages = mmap (NULL, buffer->size, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

      if (pages != MAP_FAILED)
        {
          buffer->data = pages;
          buffer->mapped = TRUE;
          return;
        }
    }
#endif
  buffer->data = g_malloc (buffer->size);
}

/* Gives back the whole pages before @upto: the walk is done with them. */
static void
text_buffer_release (TextBuffer  *buffer,
                     const gchar *upto)
{
#if defined (G_OS_UNIX) && defined (MADV_DONTNEED) && defined (MAP_ANONYMOUS)
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  gsize end = (gsize) (upto - buffer->data) / page * page;

  if (!buffer->mapped || end <= buffer->released)
    return;
  madvise (buffer->data + buffer->released, end - buffer->released, MADV_DONTNEED);
  buffer->released = end;
#endif
}

static void
text_buffer_clear (TextBuffer *buffer)
{
  if (buffer->data == NULL)
    return;
#if defined (G_OS_UNIX) && defined (MADV_DONTNEED) && defined (MAP_ANONYMOUS)
  if (buffer->mapped)
    munmap (buffer->data, buffer->size);
  else
#endif
    g_free (buffer->data);
  buffer->data = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TextBuffer, text_buffer_clear)

/* Reads the text in @buffer (checked, NUL-terminated; taken: it is repaired
 * in place, and given back as the walk goes). */
static LineupSchedule *
read_text (TextBuffer   *buffer,
           const gchar  *display_name,
           const gchar  *key,
           const gchar  *zone_override,
           GError      **error)
{
  g_auto(Reader) reader = { 0 };
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GTimeZone) show_tz = NULL;
  g_autofree gchar *zone_id = NULL;
  g_autofree gchar *post_key_text = NULL;
  g_auto(TextBuffer) owned = *buffer;
  gchar *start = owned.data;
  const gchar *body;
  const gchar *body_end;
  const gchar *cut;              /* where the next piece starts, NULL after the last */
  guint cut_line = 0;            /* lines of the body before it */
  gboolean may_cut;
  GQueue pieces = G_QUEUE_INIT;  /* Piece, oldest first */
  cmark_node *next_block = NULL;
  Walk walk = { 0 };

  reader.display_name = display_name;

  /* The byte-order mark dropped, and the text repaired if it went through a
   * wrong encoding (in place: the post may be tens of megabytes). */
  if (g_str_has_prefix (start, "\xEF\xBB\xBF"))
    start += 3;
  lineup_text_repair_mojibake_in_place (start);
  /* A lone CR ends a line for cmark and YAML: made a LF, so that every
   * count of lines here (pieces, descriptions, front matter) agrees. */
  for (gchar *cr = strchr (start, '\r'); cr != NULL; cr = strchr (cr + 1, '\r'))
    if (cr[1] != '\n')
      *cr = '\n';

  reader.units = g_ptr_array_new_with_free_func ((GDestroyNotify) unit_free);
  reader.talks = g_ptr_array_new_with_free_func ((GDestroyNotify) talk_free);
  reader.warnings = g_ptr_array_new_with_free_func (g_free);

  body = split_front_matter (&reader, start, error);
  if (body == NULL)
    return NULL;
  parse_publication_date (&reader);
  if (reader.pub_year != 0)
    reader.known_year = 0;

  /* The body is parsed a piece at a time.  The blocks become units as the
   * walk needs them (it looks one unit ahead), each unit is freed once
   * walked, and a piece's tree once all its units are: neither the
   * flattened text nor the tree of the whole post exists at once. */
  reader.sliceable = body_may_be_cut (body, strlen (body));
  may_cut = piece_size > 0 && reader.sliceable;
  body_end = body + strlen (body);
  cut = body;
  for (guint i = 0;; i++)
    {
      LineupPostUnit *unit;

      while (reader.units->len <= i + 1)
        {
          if (next_block == NULL)
            {
              const gchar *piece_start = cut;
              Piece *piece;

              if (cut == NULL)
                break;
              reader.line_offset = reader.body_offset + cut_line;
              cut = may_cut ? piece_end (cut, body_end, piece_size, &cut_line) : body_end;
              piece = piece_new (piece_start, (gsize) (cut - piece_start));
              g_queue_push_tail (&pieces, piece);
              next_block = cmark_node_first_child (piece->document);
              if (next_block == NULL)
                piece->parsed = TRUE;
              if (cut == body_end)
                cut = NULL;
              continue;
            }
          add_block (&reader, next_block, 0);
          next_block = cmark_node_next (next_block);
          if (next_block == NULL)
            {
              Piece *piece = g_queue_peek_tail (&pieces);

              piece->parsed = TRUE;
              piece->units_end = reader.units->len;
            }
        }
      if (i >= reader.units->len)
        break;

      /* The pieces whose units are all walked go, with their text; the
       * oldest piece left holds unit i. */
      while (((Piece *) g_queue_peek_head (&pieces))->parsed &&
             ((Piece *) g_queue_peek_head (&pieces))->units_end <= i)
        piece_free (g_queue_pop_head (&pieces));
      reader.piece = g_queue_peek_head (&pieces);
      text_buffer_release (&owned, reader.piece->text);

      walk_unit (&walk, &reader, i);

      unit = g_ptr_array_index (reader.units, i);
      reader.units->pdata[i] = NULL;
      unit_free (unit);
    }
  g_queue_clear_full (&pieces, (GDestroyNotify) piece_free);
  if (reader.talks->len > 0)
    talk_finish (g_ptr_array_index (reader.talks, reader.talks->len - 1));
  reader.piece = NULL;
  text_buffer_clear (&owned);
  g_free (walk.track);

  drop_agenda_items (&reader);
  if (reader.zone_abbreviation == NULL && reader.mentioned_zone != NULL)
    reader.zone_abbreviation = g_strdup (reader.mentioned_zone);

  if (reader.talks->len == 0)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NO_TALKS,
                   "%s:%u: %s", display_name, reader.body_offset + 1,
                   _("no talks found: Lineup looks for talks with a title (usually a link) and "
                     "a time slot"));
      return NULL;
    }

  if (!schedule_zones (&reader, zone_override, &tz, &show_tz, &zone_id, error))
    return NULL;

  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  /* Each talk is freed as soon as it is a session. */
  for (guint i = 0; i < reader.talks->len; i++)
    {
      g_ptr_array_add (sessions, talk_to_session (&reader, g_ptr_array_index (reader.talks, i),
                                                  tz, show_tz, zone_id == NULL));
      talk_free (g_steal_pointer (&reader.talks->pdata[i]));
    }

  schedule = lineup_schedule_new ();
  lineup_schedule_set_title (schedule, reader.front.title ? reader.front.title : display_name);
  lineup_schedule_set_date (schedule, reader.front.date);
  lineup_schedule_set_summary (schedule, reader.front.summary);
  post_key_text = post_key (&reader, key);
  lineup_schedule_set_key (schedule, post_key_text);
  /* Lineup 0.1 keyed a post without a path by its file's name. */
  if (reader.front.path == NULL && g_strcmp0 (key, post_key_text) != 0)
    lineup_schedule_set_old_key (schedule, key);
  lineup_schedule_set_zone (schedule, zone_id,
                            zone_override == NULL ? reader.zone_abbreviation : NULL);
  if (reader.front.tags != NULL)
    {
      g_ptr_array_add (reader.front.tags, NULL);
      lineup_schedule_set_tags (schedule, (const gchar * const *) reader.front.tags->pdata);
    }
  if (reader.front.categories != NULL)
    {
      g_ptr_array_add (reader.front.categories, NULL);
      lineup_schedule_set_categories (schedule,
                                      (const gchar * const *) reader.front.categories->pdata);
    }
  for (guint i = 0; i < reader.warnings->len; i++)
    lineup_schedule_add_warning (schedule, g_ptr_array_index (reader.warnings, i));

  lineup_schedule_take_sessions (schedule, assign_ids (sessions));
  return g_steal_pointer (&schedule);
}

LineupSchedule *
lineup_post_reader_read_bytes (GBytes       *bytes,
                               const gchar  *display_name,
                               const gchar  *key,
                               const gchar  *zone_override,
                               GError      **error)
{
  const gchar *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (display_name == NULL)
    display_name = "post";

  data = g_bytes_get_data (bytes, &length);
  if (length > LINEUP_POST_MAX_SIZE)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_TOO_LARGE,
                   "%s: %s", display_name, _("the file is too large to be a post"));
      return NULL;
    }
  if (!check_text (display_name, data, length, error))
    return NULL;

  {
    TextBuffer text;

    text_buffer_init (&text, length);
    memcpy (text.data, data, length);
    text.data[length] = '\0';
    return read_text (&text, display_name, key, zone_override, error);
  }
}

/* Reads @file into @buffer when it has @size bytes (NUL-terminated).
 * FALSE with no error when the size is unknown or turns out wrong. */
static gboolean
read_at_size (GFile         *file,
              goffset        size,
              TextBuffer    *buffer,
              gsize         *length,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_auto(TextBuffer) text = { 0 };
  gsize n = 0;

  if (size <= 0 || size > LINEUP_POST_MAX_SIZE)
    return FALSE;
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return FALSE;
  /* One byte more than expected tells a file that grew. */
  text_buffer_init (&text, (gsize) size);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), text.data, (gsize) size + 1, &n,
                                cancellable, error))
    return FALSE;
  if (n != (gsize) size)
    return FALSE;
  text.data[n] = '\0';
  *length = n;
  *buffer = text;
  text.data = NULL;
  return TRUE;
}

LineupSchedule *
lineup_post_reader_read_file_full (GFile        *file,
                                   const gchar  *display_name,
                                   const gchar  *zone_override,
                                   GCancellable *cancellable,
                                   GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree gchar *basename = NULL;
  g_autofree gchar *name = NULL;
  LineupSchedule *schedule = NULL;
  TextBuffer text = { 0 };
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  name = g_strdup (display_name ? display_name : basename);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", name,
                   local_error->code == G_IO_ERROR_NOT_FOUND ? _("no such file")
                                                             : local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "%s: %s", name,
                   _("is a folder, not a post"));
      return NULL;
    }
  if (g_file_info_get_size (info) > LINEUP_POST_MAX_SIZE)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_TOO_LARGE, "%s: %s", name,
                   _("the file is too large to be a post"));
      return NULL;
    }

  /* Read at its known size, into the buffer the reader then works in (not
   * grown by doubling, not copied). */
  if (!read_at_size (file, g_file_info_get_size (info), &text, &length, cancellable,
                     &local_error) && local_error == NULL)
    {
      /* Unknown size, or the file grew meanwhile. */
      bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
      if (bytes != NULL)
        schedule = lineup_post_reader_read_bytes (bytes, name, basename, zone_override, error);
    }
  else if (text.data != NULL)
    {
      if (!check_text (name, text.data, length, error))
        {
          text_buffer_clear (&text);
          return NULL;
        }
      schedule = read_text (&text, name, basename, zone_override, error);
    }
  if (local_error != NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", name, local_error->message);
      return NULL;
    }
  if (schedule != NULL)
    lineup_schedule_set_file (schedule, file);
  return schedule;
}

LineupSchedule *
lineup_post_reader_read_file (GFile        *file,
                              const gchar  *zone_override,
                              GCancellable *cancellable,
                              GError      **error)
{
  return lineup_post_reader_read_file_full (file, NULL, zone_override, cancellable, error);
}
