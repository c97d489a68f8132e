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
 * (Rows that are no talk: lineup-post-table-filler.c; what a cell holds
 * besides a title: lineup-post-table-cells.c.)
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

/* "| **題目** | … |", "| **Ponente** | … |": the name of a field as a
 * labelled line ("Ponente: Name") has it. */
static FieldKind
labelled_kind (const gchar *key)
{
  switch (lineup_post_layouts_label_field (key, strlen (key)))
    {
    case LINEUP_POST_FIELD_TITLE:
      return FIELD_TITLE;
    case LINEUP_POST_FIELD_SPEAKERS:
      return FIELD_SPEAKERS;
    case LINEUP_POST_FIELD_WHEN:
      return FIELD_TIME;
    case LINEUP_POST_FIELD_END:
      return FIELD_END;
    case LINEUP_POST_FIELD_ROOM:
    case LINEUP_POST_FIELD_URL:
    case LINEUP_POST_FIELD_OTHER:
      return FIELD_OTHER;
    case LINEUP_POST_FIELD_NONE:
    default:
      return FIELD_NONE;
    }
}

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
  return kind != FIELD_NONE ? kind : labelled_kind (key);
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
  cmark_node *rest;

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
  lineup_post_document_move_children (paragraph, title->value);
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
  Field *title;

  g_return_if_fail (fields != NULL);

  slot = slot_text (fields);
  if ((title = find_field (fields, FIELD_TITLE)) != NULL && *slot != '\0')
    {
      cmark_node_insert_before (paragraph, talk_item (fields, line));
      return;
    }
  /* Without a time: "Title: …" as the walk reads a talk's labelled fields */
  if (title != NULL)
    {
      cmark_node *labelled = new_paragraph ("Title: ", line);

      lineup_post_document_move_children (labelled, title->value);
      cmark_node_insert_before (paragraph, labelled);
    }

  /* Under the talk's heading: the slot first, then the speakers, as the
   * walk reads them under a talk; the rest is its description. */
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
