/* lineup-post-reader-units.c — the body's blocks made units
 *
 * Each block of the body is flattened into a unit and its lines, what the
 * recognisers (lineup-post-layouts.h) read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"

static void
line_free (LineupPostLine *line)
{
  for (guint i = 0; i < line->links->len; i++)
    g_free (g_array_index (line->links, LineupPostLink, i).url);
  g_array_unref (line->links);
  g_clear_pointer (&line->marks, g_array_unref);
  g_free (line->text);
  g_free (line);
}

void
lineup_post_reader_unit_free (LineupPostUnit *unit)
{
  if (unit == NULL)   /* walked and freed already */
    return;
  g_ptr_array_unref (unit->lines);
  g_clear_pointer (&unit->extra, g_ptr_array_unref);
  g_free (unit->text);
  g_free (unit->folded);
  g_free (unit->parent_byline);
  g_free (unit);
}

typedef struct
{
  GString        *text;
  LineupPostLine *line;
  guint           letters;
  guint           emphasised_letters;
  guint           strong_letters;
  gint            open_brackets;   /* '(' or '[' not yet closed */
  gboolean        open_quote;      /* a '"' or '“' not yet closed */
} LineBuilder;

static void
line_builder_start (LineBuilder *builder,
                    cmark_node  *first)
{
  builder->line = g_new0 (LineupPostLine, 1);
  builder->line->links = g_array_new (FALSE, TRUE, sizeof (LineupPostLink));
  builder->line->marks = g_array_new (FALSE, TRUE, sizeof (LineupPostLink));
  builder->line->first = first;
  builder->text = g_string_new (NULL);
  builder->letters = builder->emphasised_letters = builder->strong_letters = 0;
  builder->open_brackets = 0;
  builder->open_quote = FALSE;
}

/* Keeps @spans (LineupPostLink) within a text cut to @length bytes. */
static void
clamp_spans (GArray *spans,
             gsize   length)
{
  for (guint i = 0; i < spans->len; i++)
    {
      LineupPostLink *span = &g_array_index (spans, LineupPostLink, i);

      span->start = MIN (span->start, length);
      span->end = MIN (span->end, length);
    }
}

/* "### Programme {#programme}", "Title {: .talk}": a kramdown attribute list
 * at the end of a line names its anchor or style, not its text. */
static void
strip_attribute_list (LineupPostLine *line)
{
  gchar *open = strrchr (line->text, '{');
  gsize length;

  if (open == NULL || (open[1] != '#' && open[1] != ':') || !g_str_has_suffix (open, "}") ||
      (open[1] == '#' && strchr (open, ' ') != NULL))
    return;
  *open = '\0';
  g_strchomp (line->text);
  length = strlen (line->text);
  clamp_spans (line->links, length);
  clamp_spans (line->marks, length);
}

/* " ~ **Invited talk**: Name" under "- 9:30 - 10:30": a definition
 * list's marker (Pandoc's), no text of the line. */
static void
strip_definition_marker (LineupPostLine *line)
{
  gsize skip;
  GArray *spans[] = { line->links, line->marks };

  if (line->text[0] != '~' || line->text[1] != ' ')
    return;
  for (skip = 1; line->text[skip] == ' '; skip++)
    ;
  memmove (line->text, line->text + skip, strlen (line->text + skip) + 1);
  for (guint s = 0; s < G_N_ELEMENTS (spans); s++)
    for (guint i = 0; i < spans[s]->len; i++)
      {
        LineupPostLink *span = &g_array_index (spans[s], LineupPostLink, i);

        span->start = span->start > skip ? span->start - skip : 0;
        span->end = span->end > skip ? span->end - skip : 0;
      }
}

static void
line_builder_finish (LineBuilder *builder,
                     cmark_node  *last,
                     GPtrArray   *lines)
{
  LineupPostLine *line = builder->line;

  if (line == NULL)
    return;

  line->text = lineup_post_reader_collapse_with_links (builder->text->str, line->links);
  if (line->marks->len > 0)
    g_free (lineup_post_reader_collapse_with_links (builder->text->str, line->marks));
  strip_attribute_list (line);
  strip_definition_marker (line);
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

/* The length of the emoji shortcode (":calendar:", ":+1:") at @p, which
 * starts a word, or 0. */
static gsize
shortcode_at (const gchar *p,
              const gchar *start)
{
  gsize n = 1;
  gboolean letter = FALSE;

  if (*p != ':' || (p > start && !g_ascii_isspace (p[-1]) && p[-1] != '(' && p[-1] != '*'))
    return 0;
  for (; g_ascii_islower (p[n]) || g_ascii_isdigit (p[n]) || p[n] == '_' || p[n] == '+' ||
         p[n] == '-'; n++)
    letter |= g_ascii_islower (p[n]);
  if (!letter || n < 3 || p[n] != ':' ||
      (p[n + 1] != '\0' && !g_ascii_isspace (p[n + 1]) && !g_ascii_ispunct (p[n + 1])))
    return 0;
  return n + 1;
}

/* @text without its emoji shortcodes (":calendar: **Thursday**"): a site
 * draws them as pictures, they are no words of a title. */
static void
append_without_shortcodes (GString     *out,
                           const gchar *text)
{
  const gchar *p = text;

  for (const gchar *colon = strchr (p, ':'); colon != NULL; colon = strchr (colon + 1, ':'))
    {
      gsize n = shortcode_at (colon, text);

      if (n == 0)
        continue;
      g_string_append_len (out, p, colon - p);
      p = colon + n;
      colon = p - 1;
    }
  g_string_append (out, p);
}

static void
line_builder_append (LineBuilder *builder,
                     const gchar *text,
                     gint         emphasis,
                     gint         strong)
{
  guint letters = 0;
  gsize before = builder->text->len;

  append_without_shortcodes (builder->text, text);
  for (const gchar *p = builder->text->str + before; *p; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p)))
        letters++;
      else if (*p == '(' || *p == '[')
        builder->open_brackets++;
      else if ((*p == ')' || *p == ']') && builder->open_brackets > 0)
        builder->open_brackets--;
      else if (*p == '"')
        builder->open_quote = !builder->open_quote;
      else if (g_str_has_prefix (p, "\xE2\x80\x9C") || g_str_has_prefix (p, "\xE2\x80\x9D"))
        builder->open_quote = p[2] == '\x9C';
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
  /* "Name: "Photoshop to Web: Adventures in Pixel Perfect" then "Text"" */
  if (builder->open_brackets > 0 || builder->open_quote)
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

/* "- 17:15 **Room A**: Title (Name) /" then "**Room B**: Title (Name)":
 * talks side by side in one timetable line, each after the name of its
 * room in bold.  Whether the line so far is one such talk, closed by its
 * speakers' bracket and a slash; then, at the next bold run, the line is
 * cut there (the slash dropped) and @time (unless NULL) the time that opens
 * it, for the next talk to open with. */
static gboolean
ends_parallel_talk (LineBuilder  *builder,
                    gchar       **time)
{
  const gchar *text;
  gsize end;
  LineupSlot slot;

  if (builder->line == NULL || builder->open_brackets > 0)
    return FALSE;
  text = builder->text->str;
  end = builder->text->len;
  while (end > 0 && g_ascii_isspace (text[end - 1]))
    end--;
  if (end < 2 || text[end - 1] != '/')
    return FALSE;
  end--;
  while (end > 0 && g_ascii_isspace (text[end - 1]))
    end--;
  if (end == 0 || text[end - 1] != ')' ||
      !(lineup_slot_scan (text, &slot) & LINEUP_SLOT_TIME) ||
      lineup_post_count_letters (text, (gssize) slot.span_start) > 0 || slot.span_end > end)
    return FALSE;
  if (time != NULL)
    {
      *time = g_strdup_printf ("%.*s ", (gint) slot.span_end, text);
      g_string_truncate (builder->text, end);
    }
  return TRUE;
}

static gboolean
closes_with_bracket (const gchar *text,
                     const gchar *so_far)
{
  g_autofree gchar *trimmed = g_strchomp (g_strdup (text));
  gsize length = strlen (trimmed);
  gchar *open = strchr (trimmed, '(');

  /* "(Name) /" then the next room's talk */
  if (length > 0 && trimmed[length - 1] == '/')
    {
      trimmed[--length] = '\0';
      length = strlen (g_strchomp (trimmed));
    }

  if (length == 0 || trimmed[length - 1] != ')' || open == NULL ||
      (open != trimmed && strchr (so_far, '(') != NULL))
    return FALSE;
  /* "Norio Kobota & Alin Jerpelea (Sony)": a byline of its own */
  *open = '\0';
  return !lineup_byline_looks_like_people (g_strchomp (trimmed));
}

/* "- 11:00 Title per affinamento" then "dell'object detection (Name)": a
 * timetable's line that opens with its time goes on when the next opens in
 * lower case, the title the editor wrapped (but "by Name", "with Name" name
 * its speakers), or when it ends with the bracket the line so far lacks
 * ("Python 3 (Name)", "(Name)"). */
static gboolean
continues_sentence (const LineBuilder *builder,
                    cmark_node        *node)
{
  static const gchar * const markers[] = { "by ", "with ", "and ", "presented ", "led ", NULL };
  const gchar *text = node != NULL && cmark_node_get_type (node) == CMARK_NODE_TEXT
                      ? cmark_node_get_literal (node) : NULL;
  LineupSlot slot;

  if (text == NULL || builder->line == NULL ||
      !(g_unichar_islower (g_utf8_get_char (text)) ||
        closes_with_bracket (text, builder->text->str)) ||
      !(lineup_slot_scan (builder->text->str, &slot) & LINEUP_SLOT_TIME) ||
      lineup_post_count_letters (builder->text->str, (gssize) slot.span_start) > 0)
    return FALSE;
  for (guint i = 0; markers[i] != NULL; i++)
    if (g_str_has_prefix (text, markers[i]))
      return FALSE;
  return TRUE;
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
/* "[A](url)*   [B](url)*   [C](url)": an editor ran a list's items
 * together; the bullet between two links parts them as a line break would. */
static gboolean
is_run_together_bullet (cmark_node *node)
{
  const gchar *literal;

  if (cmark_node_get_type (node) != CMARK_NODE_TEXT || cmark_node_previous (node) == NULL ||
      cmark_node_next (node) == NULL ||
      cmark_node_get_type (cmark_node_previous (node)) != CMARK_NODE_LINK ||
      cmark_node_get_type (cmark_node_next (node)) != CMARK_NODE_LINK)
    return FALSE;
  literal = cmark_node_get_literal (node);
  return literal != NULL && literal[0] == '*' && literal[1] == ' ' &&
         literal[strspn (literal + 1, " ") + 1] == '\0';
}

static void
collect_lines (cmark_node *block,
               GPtrArray  *lines)
{
  cmark_iter *iter;
  cmark_event_type ev;
  LineBuilder builder = { 0 };
  cmark_node *previous_top = NULL;
  gint emphasis = 0, strong = 0, in_link = 0, in_image = 0;
  gsize link_start = 0, mark_start = 0;
  guint first_line = lines->len;
  gchar *time = NULL;

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
                               !starts_with_bullet (cmark_node_next (node)) &&
                               !continues_sentence (&builder, cmark_node_next (node)) &&
                               !ends_parallel_talk (&builder, NULL)) ||
                              type == CMARK_NODE_LINEBREAK ||
                              (type == CMARK_NODE_HTML_INLINE && is_line_break_html (node)) ||
                              is_run_together_bullet (node);

          if (is_break)
            {
              line_builder_finish (&builder, previous_top, lines);
              previous_top = node;
              continue;
            }
          if (type == CMARK_NODE_STRONG && ends_parallel_talk (&builder, &time))
            {
              line_builder_finish (&builder, previous_top, lines);
              line_builder_start (&builder, node);
              line_builder_append (&builder, time, 0, 0);
              g_clear_pointer (&time, g_free);
            }
          if (builder.line == NULL)
            line_builder_start (&builder, node);
          previous_top = node;
        }

      switch (type)
        {
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
          if (ev == CMARK_EVENT_ENTER && emphasis + strong == 0 && builder.line != NULL)
            mark_start = builder.text->len;
          if (type == CMARK_NODE_EMPH)
            emphasis += ev == CMARK_EVENT_ENTER ? 1 : -1;
          else
            strong += ev == CMARK_EVENT_ENTER ? 1 : -1;
          if (ev == CMARK_EVENT_EXIT && emphasis + strong == 0 && builder.line != NULL &&
              builder.text->len > mark_start)
            {
              LineupPostLink mark = { mark_start, builder.text->len, NULL };

              g_array_append_val (builder.line->marks, mark);
            }
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
          /* "[![Binder](badge.svg)](…)": a link around an image alone
           * holds no text of the line */
          else if (--in_link == 0 && builder.text->len > link_start)
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

GPtrArray *
lineup_post_reader_first_lines (cmark_node *item)
{
  cmark_node *first = cmark_node_first_child (item);
  GPtrArray *lines;

  if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
    return NULL;
  lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  collect_lines (first, lines);
  return lines;
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

/* "- [Title](url)" then "    - When: 15:25 - 16:00": the list under a
 * linked title holds that talk's details, a list of its own. */
static gboolean
unit_starts_with_link (const LineupPostUnit *unit)
{
  const LineupPostLine *line;

  if (unit->lines->len == 0)
    return FALSE;
  line = g_ptr_array_index (unit->lines, 0);
  return line->links->len > 0 && g_array_index (line->links, LineupPostLink, 0).start == 0;
}

/* The items after @first take the slot of @parent, which is no talk. */
static void
give_parent_slot (Reader         *reader,
                  LineupPostUnit *parent,
                  guint           first)
{
  LineupSlot slot;
  LineupSlotFound found = lineup_post_line_scan (lineup_post_reader_lead_line (parent), &slot);

  /* a paragraph of prose that ends leading in stays prose (its days) */
  parent->holds_talks = parent->kind != LINEUP_UNIT_PARAGRAPH || parent->lines->len == 1;
  for (guint i = first; i < reader->units->len; i++)
    {
      LineupPostUnit *unit = g_ptr_array_index (reader->units, i);

      unit->parent_slot = slot;
      unit->parent_found = found;
    }
}

static void add_talk_list (Reader *reader, cmark_node *list, guint depth, guint root);

/* "- Name" over "    - Title" items: each title a talk of the person
 * above it, whose item is no unit. */
static void
add_people_titles (Reader     *reader,
                   cmark_node *list,
                   guint       depth,
                   guint       root)
{
  guint serial = root != 0 ? root : ++reader->n_lists;

  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      g_autofree gchar *person = lineup_post_reader_person_over_titles (item);
      cmark_node *titles = cmark_node_last_child (item);
      guint first = reader->units->len;

      lineup_post_document_mark_talks (titles);
      add_talk_list (reader, titles, depth + 1, serial);
      for (guint i = first; i < reader->units->len; i++)
        {
          LineupPostUnit *unit = g_ptr_array_index (reader->units, i);

          unit->parent_byline = g_strdup (person);
        }
    }
}

/* The items of a list nested in a talk list belong to its outermost list
 * (@root, 0 for a list of its own), unless a linked title heads them. */
static void
add_talk_list (Reader     *reader,
               cmark_node *list,
               guint       depth,
               guint       root)
{
  guint serial = root != 0 ? root : ++reader->n_lists;

  for (cmark_node *item = cmark_node_first_child (list); item; item = cmark_node_next (item))
    {
      cmark_node *first = cmark_node_first_child (item);
      LineupPostUnit *unit = unit_new (LINEUP_UNIT_ITEM, item, reader->line_offset);
      cmark_node *child;

      unit->list = serial;
      unit->table_talks = lineup_post_document_holds_talks (list);
      unit->table_row = lineup_post_document_is_table (list);
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
          gboolean sub_list = cmark_node_get_type (child) == CMARK_NODE_LIST &&
                              depth < MAX_LIST_DEPTH;
          /* no sub-list of talks came between the item and this block */
          gboolean item_last = unit == g_ptr_array_index (reader->units, reader->units->len - 1);
          /* "- Name [@handle](…), Role, [Org](…)" items: the item's speakers */
          g_autofree gchar *people = NULL;

          /* "* 1:25 p.m. Lightning Talks" over "* _Title_ by [Name](url)" */
          if (sub_list && item_last && lineup_post_reader_lists_marked_talks (unit, child))
            {
              guint sub_first = reader->units->len;

              add_talk_list (reader, child, depth + 1, serial);
              give_parent_slot (reader, unit, sub_first);
            }
          /* "- February 2026" over "    - Name" over "        - Title" */
          else if (sub_list && item_last && lineup_post_reader_lists_people_over_titles (child))
            {
              unit->holds_talks = TRUE;
              add_people_titles (reader, child, depth + 1, serial);
            }
          /* "* Keynote -- two parts" over "* Title -- Name" items in a list
           * of talks: a group of them, no talk itself */
          else if (sub_list && item_last && unit->table_talks &&
                   lineup_post_layouts_list_names_people (child))
            {
              unit->holds_talks = TRUE;
              lineup_post_document_mark_talks (child);
              add_talk_list (reader, child, depth + 1, serial);
            }
          else if (sub_list && lineup_post_reader_is_talk_list (child, depth + 1) &&
                   !(item_last && (people = lineup_post_layouts_people_of_list (child)) != NULL))
            add_talk_list (reader, child, depth + 1,
                           unit_starts_with_link (unit) ? 0 : serial);
          else if (item_last)
            g_ptr_array_add (unit->extra, child);
          else
            lineup_post_reader_add_block (reader, child, depth + 1);
        }
    }
}

/* The one-line paragraph (or heading, @heading given) right before @list,
 * when it is the last unit. */
static LineupPostUnit *
block_before (Reader     *reader,
              cmark_node *list,
              gboolean    heading)
{
  LineupPostUnit *last;

  if (reader->units->len == 0 || cmark_node_previous (list) == NULL)
    return NULL;
  last = g_ptr_array_index (reader->units, reader->units->len - 1);
  if (last == NULL || last->lines->len != 1 || last->node != cmark_node_previous (list) ||
      !(last->kind == LINEUP_UNIT_PARAGRAPH || (heading && last->kind == LINEUP_UNIT_HEADING)))
    return NULL;
  return last;
}

/* The paragraph right before @list, when it is the last unit and ends
 * with a line of its own that leads in ("…de 2019.\n13:00 a 15:00:"). */
static LineupPostUnit *
lead_in_before (Reader     *reader,
                cmark_node *list)
{
  LineupPostUnit *last;
  const gchar *text;

  if (reader->units->len == 0 || cmark_node_previous (list) == NULL)
    return NULL;
  last = g_ptr_array_index (reader->units, reader->units->len - 1);
  if (last == NULL || last->kind != LINEUP_UNIT_PARAGRAPH || last->lines->len == 0 ||
      last->node != cmark_node_previous (list))
    return NULL;
  text = lineup_post_reader_lead_line (last)->text;
  return last->lines->len == 1 || g_str_has_suffix (text, ":") ? last : NULL;
}

/* Notes whether heading @unit names talks, for the list a paragraph after
 * it may hold. */
static void
note_heading (Reader               *reader,
              const LineupPostUnit *unit)
{
  reader->blocks_after_heading = 0;
  reader->announcing_heading = unit->lines->len == 1 &&
                               lineup_post_reader_heading_names_talks (unit);
}

/* "**Monday 23 January**  " then "**09.15-10.00** Lecture: …  " lines in
 * one paragraph: the first line is the day of the talks under it, a unit
 * of its own before theirs. */
static void
split_day_line (Reader         *reader,
                LineupPostUnit *unit)
{
  LineupPostLine *first, *second;
  LineupPostUnit *day;
  LineupSlot slot;
  gsize value;
  guint timed = 0;

  if (unit->lines->len < 3)
    return;
  first = g_ptr_array_index (unit->lines, 0);
  second = g_ptr_array_index (unit->lines, 1);
  /* "Room: [Trippelrummet](map)" between: a field of the day's talks */
  if (unit->lines->len > 3 &&
      lineup_post_layouts_field (second->text, &value) == LINEUP_POST_FIELD_ROOM)
    second = g_ptr_array_index (unit->lines, 2);
  if (!first->emphasised || lineup_post_line_scan (first, &slot) != LINEUP_SLOT_DATE ||
      !lineup_slot_is_whole (first->text, &slot) ||
      !(lineup_post_line_scan (second, &slot) & LINEUP_SLOT_TIME))
    return;
  /* talks, two at least: "📅 **Sábado 17 de octubre**" over "🕘 **9:00 a
   * 17:00 horas**" and the place is the event's day */
  for (guint i = 1; i < unit->lines->len; i++)
    timed += (lineup_post_line_scan (g_ptr_array_index (unit->lines, i), &slot) &
              LINEUP_SLOT_TIME) != 0;
  if (timed < 2)
    return;
  day = unit_new (LINEUP_UNIT_PARAGRAPH, unit->node, reader->line_offset);
  g_ptr_array_add (day->lines, g_ptr_array_steal_index (unit->lines, 0));
  unit_finish (day);
  g_ptr_array_add (reader->units, day);
  unit->line++;
}

void
lineup_post_reader_add_block (Reader     *reader,
                              cmark_node *node,
                              guint       depth)
{
  LineupPostUnit *unit, *parent;

  if (depth == 0 && cmark_node_get_type (node) != CMARK_NODE_HEADING)
    reader->blocks_after_heading++;
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
      split_day_line (reader, unit);
      break;

    case CMARK_NODE_BLOCK_QUOTE:
      unit = unit_new (LINEUP_UNIT_QUOTE, node, reader->line_offset);
      for (cmark_node *child = cmark_node_first_child (node); child;
           child = cmark_node_next (child))
        if (cmark_node_get_type (child) == CMARK_NODE_PARAGRAPH)
          collect_lines (child, unit->lines);
      break;

    case CMARK_NODE_LIST:
      if (depth < MAX_LIST_DEPTH && (parent = lead_in_before (reader, node)) != NULL &&
          (lineup_post_reader_lists_marked_talks (parent, node) ||
           lineup_post_layouts_times_a_table (parent, node)))
        {
          /* "**9:15-10:45 Panel 1: Title**" over "- Name (Org): *Title*" */
          guint first = reader->units->len;

          add_talk_list (reader, node, depth, 0);
          give_parent_slot (reader, parent, first);
          return;
        }
      /* "…and OLPC.\nIn particular, there were sessions as follows:": the
       * last line of a paragraph may lead in too */
      if (depth < MAX_LIST_DEPTH &&
          (((parent = block_before (reader, node, TRUE)) != NULL &&
            lineup_post_reader_announces_talks (parent, node)) ||
           ((parent = lead_in_before (reader, node)) != NULL && parent->lines->len > 1 &&
            lineup_post_reader_announces_talks (parent, node))))
        lineup_post_document_mark_talks (node);
      /* "- Ken Munro: Vim" under "## Short Talks From Members" and a
       * paragraph on how to give one: people by their talks */
      else if (depth < MAX_LIST_DEPTH && reader->announcing_heading &&
               reader->blocks_after_heading == 2 && lineup_post_layouts_list_names_people (node) &&
               lineup_post_reader_items_are_titles (node))
        lineup_post_document_mark_talks (node);
      if (depth < MAX_LIST_DEPTH && lineup_post_reader_lists_people_over_titles (node))
        {
          add_people_titles (reader, node, depth, 0);
          return;
        }
      if (depth < MAX_LIST_DEPTH && lineup_post_reader_is_talk_list (node, depth))
        {
          add_talk_list (reader, node, depth, 0);
          return;
        }
      unit = unit_new (LINEUP_UNIT_OTHER, node, reader->line_offset);
      break;

    default:
      unit = unit_new (LINEUP_UNIT_OTHER, node, reader->line_offset);
      break;
    }

  unit_finish (unit);
  if (unit->kind == LINEUP_UNIT_HEADING)
    note_heading (reader, unit);
  g_ptr_array_add (reader->units, unit);
}
