/* lineup-post-table-fields.c — tables of a talk's fields, cells' references
 *
 * Besides schedules, posts write a talk's fields as a table of two columns
 * under its heading ("| **Speakers** | Name (Org) |", "| **Date** | Sunday,
 * March 22 |", "| **Time** | 16:05 - 16:40 CET |").  Such a table becomes
 * the paragraphs the walk already reads under a talk: its time slot (the
 * date and the time in one line), its speakers ("Speakers: …"), then the
 * other fields (the room…) for its description.  With a title among its
 * fields, it is a talk of its own.
 *
 * In a schedule, a cell may link with a reference ("[Welcome]") defined
 * anywhere in the post, which the cell, parsed on its own, needs beside it.
 * (Rows that are no talk: lineup-post-table-filler.c.)
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
#include "lineup-slot.h"
#include "lineup-text.h"

/* A field's name has this many words at most ("Date & Time"). */
#define MAX_KEY_WORDS 3

/* The words of folded @text: runs of letters, digits, '-' and '\'' (so
 * "third-party" is not "party"). */
GPtrArray *
lineup_post_table_split_words (const gchar *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const gchar *p = text;

  while (*p != '\0')
    {
      const gchar *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '-' || *p == '\''))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, (gsize) (p - start)));
    }
  return words;
}

gchar *
lineup_post_table_joined_words (const gchar  *text,
                                GPtrArray   **words)
{
  g_autofree gchar *folded = lineup_text_fold (text);
  g_autoptr(GPtrArray) split = lineup_post_table_split_words (folded);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < split->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " " : "",
                            (const gchar *) g_ptr_array_index (split, i));
  if (words != NULL)
    *words = g_steal_pointer (&split);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* Tables of fields ---------------------------------------------------------- */

typedef enum
{
  FIELD_NONE,         /* not a field's name */
  FIELD_OTHER,        /* the room, the track, the level…: for the description */
  FIELD_END,
  FIELD_DATE,
  FIELD_TIME,
  FIELD_SPEAKERS,
  FIELD_TITLE,
} FieldKind;

/* What the name of a field says it holds: its last word does ("Date &
 * Time" is a time, "Session type" no title), its other words only make it
 * a field ("Speaker bio"); a note in brackets says nothing ("Speakers
 * (Org)"). */
static FieldKind
field_kind (const gchar *key)
{
  static const struct { const gchar *word; FieldKind kind; } names[] = {
    { "title", FIELD_TITLE }, { "talk", FIELD_TITLE }, { "session", FIELD_TITLE },
    { "speaker", FIELD_SPEAKERS }, { "speakers", FIELD_SPEAKERS },
    { "presenter", FIELD_SPEAKERS }, { "presenters", FIELD_SPEAKERS },
    { "host", FIELD_SPEAKERS }, { "hosts", FIELD_SPEAKERS },
    { "facilitator", FIELD_SPEAKERS }, { "facilitators", FIELD_SPEAKERS },
    { "moderator", FIELD_SPEAKERS }, { "moderators", FIELD_SPEAKERS },
    { "panelists", FIELD_SPEAKERS }, { "who", FIELD_SPEAKERS },
    { "time", FIELD_TIME }, { "when", FIELD_TIME }, { "start", FIELD_TIME },
    { "starts", FIELD_TIME }, { "slot", FIELD_TIME },
    { "date", FIELD_DATE }, { "day", FIELD_DATE },
    { "end", FIELD_END }, { "ends", FIELD_END },
    { "location", FIELD_OTHER }, { "room", FIELD_OTHER }, { "where", FIELD_OTHER },
    { "venue", FIELD_OTHER }, { "track", FIELD_OTHER }, { "stage", FIELD_OTHER },
    { "level", FIELD_OTHER }, { "type", FIELD_OTHER }, { "format", FIELD_OTHER },
    { "duration", FIELD_OTHER }, { "language", FIELD_OTHER }, { "audience", FIELD_OTHER },
    { "link", FIELD_OTHER }, { "url", FIELD_OTHER }, { "video", FIELD_OTHER },
    { "slides", FIELD_OTHER }, { "recording", FIELD_OTHER },
  };
  g_autofree gchar *folded = lineup_text_fold (key);
  g_autoptr(GPtrArray) words = NULL;
  FieldKind kind = FIELD_NONE;
  gchar *bracket;

  if ((bracket = strchr (folded, '(')) != NULL)
    *bracket = '\0';
  words = lineup_post_table_split_words (folded);
  if (words->len == 0 || words->len > MAX_KEY_WORDS)
    return FIELD_NONE;
  for (guint w = 0; w < words->len; w++)
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      if (strcmp (g_ptr_array_index (words, w), names[i].word) == 0)
        kind = w + 1 == words->len ? names[i].kind : MAX (kind, FIELD_OTHER);
  return kind;
}

typedef struct
{
  FieldKind   kind;
  gchar      *key;
  cmark_node *value;        /* borrowed: the cell's paragraph, or NULL */
} Field;

static void
field_clear (Field *field)
{
  g_free (field->key);
}

static cmark_node *
row_cell (LineupPostTableRow *row,
          guint               n)
{
  return n < row->cells->len ? g_ptr_array_index (row->cells, n) : NULL;
}

/* The fields of the table, or NULL when it is not a table of fields: two
 * columns, most names (and at least two) known, a time, a date or speakers
 * among them. */
static GArray *
read_fields (LineupPostTableRow *header,
             GPtrArray          *rows)
{
  g_autoptr(GArray) fields = g_array_new (FALSE, TRUE, sizeof (Field));
  guint known = 0, telling = 0;

  g_array_set_clear_func (fields, (GDestroyNotify) field_clear);
  if (header->cells->len != 2)
    return NULL;
  /* The header row may be the first field: row -1. */
  for (gint i = -1; i < (gint) rows->len; i++)
    {
      LineupPostTableRow *row = i < 0 ? header : g_ptr_array_index (rows, i);
      cmark_node *key = row_cell (row, 0);
      Field field = { FIELD_NONE, NULL, row_cell (row, 1) };

      if (row->cells->len > 2)
        return NULL;
      if (key == NULL)
        continue;
      field.key = lineup_post_table_cell_text (key);
      field.kind = field_kind (field.key);
      g_array_append_val (fields, field);
    }
  for (guint i = 0; i < fields->len; i++)
    {
      FieldKind kind = g_array_index (fields, Field, i).kind;

      known += kind != FIELD_NONE;
      telling += kind >= FIELD_DATE;
    }
  if (known < 2 || known * 2 < fields->len || telling == 0)
    return NULL;
  return g_steal_pointer (&fields);
}

/* The plain text of the values of the fields of @kind, joined by @separator. */
static gchar *
join_values (GArray      *fields,
             FieldKind    kind,
             const gchar *separator)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < fields->len; i++)
    {
      Field *field = &g_array_index (fields, Field, i);
      g_autofree gchar *text = NULL;

      if (field->kind != kind || field->value == NULL)
        continue;
      text = lineup_post_table_cell_text (field->value);
      if (*text == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined, text);
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* "Sunday, March 22, 16:05 - 16:40 CET": the date, the time and the end. */
static gchar *
slot_text (GArray *fields)
{
  g_autofree gchar *date = join_values (fields, FIELD_DATE, ", ");
  g_autofree gchar *time = join_values (fields, FIELD_TIME, " - ");
  g_autofree gchar *end = join_values (fields, FIELD_END, " ");
  GString *slot = g_string_new (date);

  if (*time != '\0')
    g_string_append_printf (slot, "%s%s", slot->len > 0 ? ", " : "", time);
  if (*end != '\0' && *time != '\0')
    g_string_append_printf (slot, " - %s", end);
  return g_string_free (slot, FALSE);
}

static cmark_node *
new_paragraph (const gchar *text,
               gint         line)
{
  cmark_node *paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);

  lineup_post_document_set_line (paragraph, line);
  if (text != NULL)
    lineup_post_document_append_text (paragraph, text);
  return paragraph;
}

/* A field's name without its emphasis and colon ("**Room:**" → "Room"). */
gchar *
lineup_post_table_clean_key (const gchar *key)
{
  const gchar *start = key;
  const gchar *end = key + strlen (key);

  while (*start == '*' || *start == '_' || g_ascii_isspace (*start))
    start++;
  while (end > start && (end[-1] == '*' || end[-1] == '_' || end[-1] == ':' ||
                         g_ascii_isspace (end[-1])))
    end--;
  return g_strndup (start, (gsize) (end - start));
}

/* "Location: Forum", one a line: the fields the walk leaves to the
 * description.  NULL when there are none. */
static cmark_node *
other_fields (GArray *fields,
              gint    line)
{
  cmark_node *paragraph = NULL;

  for (guint i = 0; i < fields->len; i++)
    {
      Field *field = &g_array_index (fields, Field, i);
      g_autofree gchar *key = NULL;
      g_autofree gchar *value = NULL;
      g_autofree gchar *text = NULL;

      if ((field->kind != FIELD_OTHER && field->kind != FIELD_NONE) || field->value == NULL)
        continue;
      key = lineup_post_table_clean_key (field->key);
      value = lineup_post_table_cell_text (field->value);
      text = g_strdup_printf ("%s: %s", key, value);
      if (paragraph == NULL)
        paragraph = new_paragraph (NULL, line);
      else
        cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
      lineup_post_document_append_text (paragraph, text);
    }
  return paragraph;
}

/* The first field of @kind, or NULL. */
static Field *
find_field (GArray    *fields,
            FieldKind  kind)
{
  for (guint i = 0; i < fields->len; i++)
    if (g_array_index (fields, Field, i).kind == kind &&
        g_array_index (fields, Field, i).value != NULL)
      return &g_array_index (fields, Field, i);
  return NULL;
}

/* A table of fields with a title: a talk of its own, an item of a list as
 * a schedule's row is ("SLOT Title - Speakers"). */
static cmark_node *
talk_item (GArray *fields,
           gint    line)
{
  g_autofree gchar *slot = slot_text (fields);
  g_autofree gchar *speakers = join_values (fields, FIELD_SPEAKERS, ", ");
  Field *title = find_field (fields, FIELD_TITLE);
  cmark_node *list = cmark_node_new (CMARK_NODE_LIST);
  cmark_node *item = cmark_node_new (CMARK_NODE_ITEM);
  cmark_node *paragraph = new_paragraph (NULL, line);
  cmark_node *child, *rest;

  cmark_node_set_list_type (list, CMARK_BULLET_LIST);
  cmark_node_set_list_tight (list, TRUE);
  lineup_post_document_set_line (list, line);
  lineup_post_document_set_line (item, line);
  cmark_node_append_child (list, item);
  cmark_node_append_child (item, paragraph);
  if (*slot != '\0')
    {
      g_autofree gchar *before = g_strconcat (slot, " ", NULL);

      lineup_post_document_append_text (paragraph, before);
    }
  while ((child = cmark_node_first_child (title->value)) != NULL)
    {
      cmark_node_unlink (child);
      cmark_node_append_child (paragraph, child);
    }
  if (*speakers != '\0')
    {
      g_autofree gchar *byline = g_strconcat (" - ", speakers, NULL);

      lineup_post_document_append_text (paragraph, byline);
    }
  if ((rest = other_fields (fields, line)) != NULL)
    cmark_node_append_child (item, rest);
  return list;
}

gboolean
lineup_post_table_is_fields (LineupPostTableRow *header,
                             GPtrArray          *rows)
{
  g_autoptr(GArray) fields = read_fields (header, rows);

  return fields != NULL;
}

void
lineup_post_table_rewrite_fields (cmark_node         *paragraph,
                                  LineupPostTableRow *header,
                                  GPtrArray          *rows,
                                  gint                line)
{
  g_autoptr(GArray) fields = read_fields (header, rows);
  g_autofree gchar *slot = NULL;
  g_autofree gchar *speakers = NULL;
  cmark_node *rest;

  g_return_if_fail (fields != NULL);

  if (find_field (fields, FIELD_TITLE) != NULL)
    {
      cmark_node_insert_before (paragraph, talk_item (fields, line));
      return;
    }

  /* Under the talk's heading: the slot first, then the speakers, as the
   * walk reads them under a talk; the rest is its description. */
  slot = slot_text (fields);
  if (*slot != '\0')
    cmark_node_insert_before (paragraph, new_paragraph (slot, line));
  speakers = join_values (fields, FIELD_SPEAKERS, ", ");
  if (*speakers != '\0')
    {
      g_autofree gchar *text = g_strconcat ("Speakers: ", speakers, NULL);

      cmark_node_insert_before (paragraph, new_paragraph (text, line));
    }
  if ((rest = other_fields (fields, line)) != NULL)
    cmark_node_insert_before (paragraph, rest);
}

/* Reference definitions ------------------------------------------------------ */

/* A label as links match it: case-folded, white space collapsed. */
static gchar *
fold_label (const gchar *label,
            gsize        length)
{
  g_autofree gchar *copy = g_strndup (label, length);
  g_autofree gchar *collapsed = lineup_text_collapse_space (copy);

  return g_utf8_casefold (collapsed, -1);
}

GHashTable *
lineup_post_table_definitions_new (const gchar *text,
                                   gsize        length)
{
  GHashTable *definitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const gchar *end = text + length;
  const gchar *line = text;

  while (line < end)
    {
      const gchar *eol = memchr (line, '\n', (gsize) (end - line));
      const gchar *p = line, *close;

      if (eol == NULL)
        eol = end;
      while (p < eol && p - line < 3 && *p == ' ')
        p++;
      /* "[Label]: https://…" (the first definition of a label wins) */
      if (p < eol && *p == '[' &&
          (close = memchr (p, ']', (gsize) (eol - p))) != NULL && close > p + 1 &&
          close + 1 < eol && close[1] == ':')
        {
          gchar *label = fold_label (p + 1, (gsize) (close - p - 1));

          if (!g_hash_table_contains (definitions, label))
            g_hash_table_insert (definitions, label, g_strndup (line, (gsize) (eol - line)));
          else
            g_free (label);
        }
      line = eol + 1;
    }
  return definitions;
}

gchar *
lineup_post_table_definitions_for (GHashTable  *definitions,
                                   const gchar *cell_text)
{
  g_autoptr(GString) found = NULL;
  const gchar *open = cell_text;

  if (definitions == NULL || g_hash_table_size (definitions) == 0)
    return NULL;
  while ((open = strchr (open, '[')) != NULL)
    {
      const gchar *close = strchr (open + 1, ']');
      g_autofree gchar *label = NULL;
      const gchar *definition;

      if (close == NULL)
        break;
      label = fold_label (open + 1, (gsize) (close - open - 1));
      if ((definition = g_hash_table_lookup (definitions, label)) != NULL)
        {
          if (found == NULL)
            found = g_string_new (NULL);
          g_string_append_printf (found, "%s\n", definition);
        }
      open = close + 1;
    }
  return found != NULL ? g_string_free (g_steal_pointer (&found), FALSE) : NULL;
}

gboolean
lineup_post_table_header_is_day (const gchar *header)
{
  LineupSlot slot;

  return header != NULL && lineup_slot_scan (header, &slot) == LINEUP_SLOT_DATE &&
         lineup_slot_is_whole (header, &slot);
}

gboolean
lineup_post_table_header_is_abstract (const gchar *header)
{
  g_autofree gchar *folded = lineup_text_fold (header);

  g_strstrip (folded);
  return g_str_equal (folded, "abstract") || g_str_equal (folded, "summary");
}

gboolean
lineup_post_table_is_break_node (cmark_node *node)
{
  const gchar *literal;

  if (cmark_node_get_type (node) == CMARK_NODE_LINEBREAK)
    return TRUE;
  if (cmark_node_get_type (node) != CMARK_NODE_HTML_INLINE ||
      (literal = cmark_node_get_literal (node)) == NULL)
    return FALSE;
  return g_ascii_strncasecmp (literal, "<br", 3) == 0 &&
         (literal[3] == '>' || literal[3] == '/' || g_ascii_isspace (literal[3]));
}

/* A backslash line break the table kept as text: "Title \\ Speaker: Name"
 * (a LaTeX-style break, read "\\" → "\") is a break; a backslash closing
 * the cell ("Title (Name)\" before a line the table made a row) is
 * dropped. */
static cmark_node *
split_backslash_breaks (cmark_node *cell)
{
  cmark_node *last, *made = NULL;
  const gchar *literal, *mark;
  gsize length;

  for (cmark_node *node = cmark_node_first_child (cell); node != NULL; node = cmark_node_next (node))
    {
      cmark_node *brk, *after;
      g_autofree gchar *before = NULL;

      if (cmark_node_get_type (node) != CMARK_NODE_TEXT ||
          (literal = cmark_node_get_literal (node)) == NULL ||
          (mark = strstr (literal, " \\ ")) == NULL || mark == literal)
        continue;
      before = g_strndup (literal, mark - literal);
      after = cmark_node_new (CMARK_NODE_TEXT);
      cmark_node_set_literal (after, mark + 3);
      brk = cmark_node_new (CMARK_NODE_LINEBREAK);
      cmark_node_set_literal (node, before);
      cmark_node_insert_after (node, brk);
      cmark_node_insert_after (brk, after);
      made = brk;
      break;
    }
  last = cmark_node_last_child (cell);
  if (last == NULL || cmark_node_get_type (last) != CMARK_NODE_TEXT ||
      (literal = cmark_node_get_literal (last)) == NULL ||
      (length = strlen (literal)) < 2 || literal[length - 1] != '\\')
    return made;
  {
    g_autofree gchar *kept = g_strndup (literal, length - 1);

    g_strchomp (kept);
    cmark_node_set_literal (last, kept);
  }
  return made;
}

/* "<i>Name<br>Institute, City, Country</i>": a name on a line of its own
 * over its organisation's lines is read "Name (Institute, City, Country)";
 * over another person's name, "Name & Name".
 * Takes @names (the cell's text), returns it or its rewrite. */
static gchar *
name_over_org (cmark_node *cell,
               gchar      *names)
{
  g_autoptr(GString) first = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (cell);
  cmark_event_type ev;
  gboolean broken = FALSE;
  g_autofree gchar *line = NULL;
  const gchar *rest;

  while (!broken && (ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (ev != CMARK_EVENT_ENTER)
        continue;
      if (lineup_post_table_is_break_node (node))
        broken = first->len > 0;
      else if (cmark_node_get_type (node) == CMARK_NODE_TEXT)
        g_string_append (first, cmark_node_get_literal (node));
    }
  cmark_iter_free (iter);
  line = lineup_text_collapse_space (first->str);
  if (!broken || *line == '\0' || !g_str_has_prefix (names, line) ||
      !lineup_byline_looks_like_people (line))
    return names;
  rest = names + strlen (line);
  while (*rest == ' ' || *rest == ',')
    rest++;
  if (*rest == '\0' || strchr (rest, '(') != NULL)
    return names;
  /* "Maurício Purificação<br>Adewale Andrade D'Alcantara": a name a line */
  if (lineup_byline_may_be_person (rest) && lineup_byline_looks_like_people (rest))
    {
      gchar *rewritten = g_strdup_printf ("%s & %s", line, rest);

      g_free (names);
      return rewritten;
    }
  {
    gchar *rewritten = g_strdup_printf ("%s (%s)", line, rest);

    g_free (names);
    return rewritten;
  }
}

/* "Invited talk by Leman Akoglu (20 min):" over a title: the people after
 * "by" when a kind of talk comes before it.  Takes @text; returns it when it
 * is no such line. */
static gchar *
kind_by_people (gchar *text)
{
  g_autofree gchar *bare = NULL;
  g_autofree gchar *kind = NULL;
  gchar *people = NULL;
  gsize length = strlen (text);

  while (length > 0 && (text[length - 1] == ':' || text[length - 1] == ' '))
    text[--length] = '\0';
  bare = lineup_post_strip_duration_aside (text);
  if (!lineup_post_split_by_byline (bare, &kind, &people) || !lineup_byline_names_a_kind (kind))
    {
      g_free (people);
      return text;
    }
  g_free (text);
  return people;
}

/* "**Dr. Jörg Kunze** (Basler AG) <br>[EN] Bayer Pattern and Image Quality":
 * the people before the break (@brk) of @title, the title after it (the
 * nodes of @rest, moved back into @title).  Returns the names; NULL (nothing
 * moved) when the text before the break is no people. */
static gchar *
people_before_break (cmark_node *title,
                     cmark_node *brk,
                     cmark_node *rest,
                     gboolean    list_only)
{
  cmark_node *head = cmark_node_new (CMARK_NODE_PARAGRAPH);
  g_autofree gchar *people = NULL;

  while (cmark_node_first_child (title) != brk)
    cmark_node_append_child (head, cmark_node_first_child (title));
  people = kind_by_people (g_strstrip (lineup_post_table_cell_text (head)));
  if (!lineup_byline_looks_like_people (people) ||
      (list_only && strchr (people, ',') == NULL && strstr (people, " and ") == NULL))
    {
      while (cmark_node_last_child (head) != NULL)
        cmark_node_prepend_child (title, cmark_node_last_child (head));
      cmark_node_free (head);
      return NULL;
    }
  cmark_node_free (head);
  while (cmark_node_first_child (rest) != NULL)
    cmark_node_append_child (title, cmark_node_first_child (rest));
  return g_steal_pointer (&people);
}

/* Whether @rest holds one run of @type (italics, bold) and nothing else
 * but spaces. */
static gboolean
only_run (cmark_node       *rest,
          cmark_node_type   type)
{
  guint runs = 0;

  for (cmark_node *node = cmark_node_first_child (rest); node != NULL;
       node = cmark_node_next (node))
    {
      g_autofree gchar *text = NULL;

      if (cmark_node_get_type (node) == type)
        {
          runs++;
          continue;
        }
      text = lineup_post_table_cell_text (node);
      if (*g_strstrip (text) != '\0')
        return FALSE;
    }
  return runs == 1;
}

/* "Name, Name and Name<br>**(nominated for best paper)**": a last line in
 * brackets under the names is a note, no part of them; dropped. */
static void
drop_note_line (cmark_node *rest)
{
  cmark_node *last_break = NULL;
  g_autofree gchar *note = NULL;
  cmark_node *note_part;

  for (cmark_node *node = cmark_node_first_child (rest); node != NULL;
       node = cmark_node_next (node))
    if (lineup_post_table_is_break_node (node) && cmark_node_previous (node) != NULL)
      last_break = node;
  if (last_break == NULL || cmark_node_next (last_break) == NULL)
    return;
  note_part = cmark_node_new (CMARK_NODE_PARAGRAPH);
  while (cmark_node_next (last_break) != NULL)
    cmark_node_append_child (note_part, cmark_node_next (last_break));
  note = g_strstrip (lineup_post_table_cell_text (note_part));
  if (note[0] == '(' && g_str_has_suffix (note, ")"))
    {
      cmark_node_free (last_break);
      cmark_node_free (note_part);
      return;
    }
  while (cmark_node_first_child (note_part) != NULL)
    cmark_node_append_child (rest, cmark_node_first_child (note_part));
  cmark_node_free (note_part);
}

gchar *
lineup_post_table_take_break_byline (cmark_node *title)
{
  cmark_node *brk = NULL;
  cmark_node *rest, *made, *last;
  g_autofree gchar *names = NULL;
  g_autofree gchar *dashed = NULL;
  gboolean named;
  gchar *people;
  const gchar *bare;
  g_autoptr(GString) text = g_string_new (NULL);

  made = split_backslash_breaks (title);
  for (cmark_node *node = cmark_node_first_child (title); node != NULL && brk == NULL;
       node = cmark_node_next (node))
    if (lineup_post_table_is_break_node (node) && cmark_node_previous (node) != NULL)
      brk = node;
  /* "Wang Ling (Google DeepMind) **Generation via Program Induction**": the
   * title in bold after the people, on their line, as if under it */
  last = cmark_node_last_child (title);
  if (brk == NULL && last != NULL && cmark_node_get_type (last) == CMARK_NODE_STRONG &&
      cmark_node_previous (last) != NULL)
    {
      brk = made = cmark_node_new (CMARK_NODE_LINEBREAK);
      cmark_node_insert_before (last, brk);
    }
  if (brk == NULL || cmark_node_next (brk) == NULL)
    return NULL;

  /* The names: the cell's text after the break, read as a cell of its own. */
  rest = cmark_node_new (CMARK_NODE_PARAGRAPH);
  while (cmark_node_next (brk) != NULL)
    cmark_node_append_child (rest, cmark_node_next (brk));
  drop_note_line (rest);
  names = lineup_post_table_cell_text (rest);
  names = name_over_org (rest, names);
  /* "Speaker: Name" on the second line: the names after the label */
  bare = lineup_post_skip_speaker_marker (g_strstrip (names));
  /* "Speaker: Roberta Klatzky - Carnegie Mellon University" */
  if ((dashed = lineup_post_linked_name_dash_org (bare)) != NULL)
    bare = dashed;
  /* "Pedro Ângelo and Vasco Vasconcelos<br><em>Session-typed
   * Metaprogramming</em>": a title in italics may read as names, after a
   * list of them ("Title \\ _Hana Sato_" is a title, then its speaker); one
   * in bold after a name ("Name (Org)<br> **Energy Networks and Follow-ons**")
   * is the title */
  named = lineup_byline_looks_like_people (bare) && !only_run (rest, CMARK_NODE_STRONG);
  if (lineup_post_count_letters (bare, -1) >= 3 && (!named || only_run (rest, CMARK_NODE_EMPH)) &&
      (people = people_before_break (title, brk, rest, named)) != NULL)
    {
      cmark_node_free (rest);
      cmark_node_free (brk);
      return people;
    }
  if (*bare == '\0' || !lineup_byline_looks_like_people (bare))
    {
      /* the backslash break with no names after it: a space */
      if (brk == made)
        {
          cmark_node *space = cmark_node_new (CMARK_NODE_TEXT);

          cmark_node_set_literal (space, " ");
          cmark_node_insert_before (brk, space);
          cmark_node_free (brk);
        }
      while (cmark_node_first_child (rest) != NULL)
        cmark_node_append_child (title, cmark_node_first_child (rest));
      cmark_node_free (rest);
      return NULL;
    }
  cmark_node_free (rest);
  cmark_node_free (brk);
  return g_strdup (bare);
}

void
lineup_post_table_drop_room_code (cmark_node *title)
{
  cmark_node *first = cmark_node_first_child (title);
  const gchar *literal;
  gsize digits;

  if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_TEXT ||
      (literal = cmark_node_get_literal (first)) == NULL ||
      !g_ascii_isupper (literal[0]))
    return;
  digits = strspn (literal + 1, "0123456789");
  if (digits < 2 || digits > 4 || literal[1 + digits] != ':' || literal[2 + digits] != ' ')
    return;
  literal += 2 + digits;
  while (*literal == ' ')
    literal++;
  if (*literal == '\0')
    return;
  {
    g_autofree gchar *kept = g_strdup (literal);

    cmark_node_set_literal (first, kept);
  }
}

static gboolean
is_badge_open (const gchar *html)
{
  const gchar *end;
  g_autofree gchar *tag = NULL;

  if (html == NULL || g_ascii_strncasecmp (html, "<span", 5) != 0 ||
      (end = strchr (html, '>')) == NULL)
    return FALSE;
  tag = g_ascii_strdown (html, end - html);
  return strstr (tag, "class=\"label") != NULL || strstr (tag, "class=\"badge") != NULL;
}

gchar *
lineup_post_table_cell_text (cmark_node *cell)
{
  g_autoptr(GString) text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (cell);
  cmark_event_type ev;
  gboolean badge = FALSE;

  while ((ev = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);

      if (ev != CMARK_EVENT_ENTER)
        continue;
      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          if (!badge)
            g_string_append (text, cmark_node_get_literal (node));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, ' ');
          break;
        case CMARK_NODE_HTML_INLINE:
          /* "Nov. 12<br>8:30am": the break parts what it joins */
          if (lineup_post_table_is_break_node (node))
            g_string_append_c (text, ' ');
          /* "<span class="label label-info">Principiante</span>": a
           * Bootstrap badge (the talk's level, a tag), no text of the cell */
          else if (is_badge_open (cmark_node_get_literal (node)))
            badge = TRUE;
          else if (g_ascii_strncasecmp (cmark_node_get_literal (node), "</span", 6) == 0)
            badge = FALSE;
          break;
        default:
          break;
        }
    }
  cmark_iter_free (iter);
  return lineup_text_collapse_space (text->str);
}

/* Whether @link's text is a number ("216", "#216"): a reference to an issue
 * or a note, not a title. */
static gboolean
link_is_number (cmark_node *link)
{
  cmark_node *text = cmark_node_first_child (link);
  const gchar *literal;

  if (text == NULL || cmark_node_next (text) != NULL ||
      cmark_node_get_type (text) != CMARK_NODE_TEXT)
    return FALSE;
  literal = cmark_node_get_literal (text);
  if (*literal == '#')
    literal++;
  return *literal != '\0' && strspn (literal, "0123456789") == strlen (literal);
}

void
lineup_post_table_drop_number_links (cmark_node *title)
{
  cmark_node *last = cmark_node_last_child (title);
  cmark_node *before;

  /* "Title [216](…/issues/216)": the title is the text before it */
  while (last != NULL && cmark_node_get_type (last) == CMARK_NODE_LINK && link_is_number (last) &&
         (before = cmark_node_previous (last)) != NULL)
    {
      cmark_node_free (last);
      last = before;
      if (cmark_node_get_type (last) == CMARK_NODE_TEXT)
        {
          g_autofree gchar *kept = g_strchomp (g_strdup (cmark_node_get_literal (last)));

          cmark_node_set_literal (last, kept);
        }
    }
}
