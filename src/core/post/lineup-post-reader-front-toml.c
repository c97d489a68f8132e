/* lineup-post-reader-front-toml.c — a TOML front matter's tables, for the talks it lists
 *
 * Zola's and Hugo's pages put their data in TOML between "+++" lines; a
 * conference's schedule page may hold its whole programme there:
 *
 *     [[extra.days]]
 *       date="October, 13 - Thursday"
 *     [[extra.days.talks]]
 *       time="10:00 - 10:30"
 *       speaker="Daniel Stenberg"
 *       title="curl with Rust"
 *
 * The front matter becomes the tree a YAML one gives
 * (lineup-post-reader-front-talks.c reads the talks off it): tables are
 * mappings, arrays of tables lists of mappings, every value a scalar (basic,
 * literal and multi-line strings decoded, an array of strings or numbers a
 * list).  Inline tables and what the tree reader has no use for are
 * skipped; a line it cannot read is skipped, never an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-reader-private.h"

/* Deeper than this is no programme: a table path is cut there. */
#define MAX_TOML_PATH 8
/* A programme of a couple of thousand talks, a few fields each, and no more:
 * appending to a mapping walks its children, so the work stays bounded. */
#define MAX_TOML_NODES 12000

typedef struct
{
  GNode       *root;
  GNode       *table;     /* the mapping keys go into */
  const gchar *p;         /* the text still to read */
  const gchar *end;
  guint        line;      /* p's line in the file */
  guint        nodes;     /* made so far */
} Toml;

static GNode *
node_new (Toml        *t,
          GNode       *parent,
          NodeKind     kind,
          const gchar *text,
          guint        line)
{
  t->nodes++;
  return lineup_post_reader_front_node_new (parent, kind, text, line);
}

static void
skip_blanks (Toml *t)
{
  while (t->p < t->end && (*t->p == ' ' || *t->p == '\t'))
    t->p++;
}

/* Moves past the end of the line (and its comment). */
static void
next_line (Toml *t)
{
  const gchar *eol = memchr (t->p, '\n', (gsize) (t->end - t->p));

  t->p = eol != NULL ? eol + 1 : t->end;
  t->line++;
}

/* The value under @key in mapping @map, or NULL. */
static GNode *
value_of (GNode       *map,
          const gchar *key)
{
  for (GNode *k = map->children; k != NULL && k->next != NULL; k = k->next->next)
    if (g_strcmp0 (lineup_post_reader_front_node_text (k), key) == 0)
      return k->next;
  return NULL;
}

/* The mapping under @key in @map, made when missing; the last mapping of
 * a list of them ("[[extra.days]]" then "[[extra.days.talks]]").  NULL
 * when @key holds a scalar. */
static GNode *
child_table (Toml        *t,
             GNode       *map,
             const gchar *key)
{
  GNode *value = value_of (map, key);

  if (value == NULL)
    {
      node_new (t, map, NODE_SCALAR, key, t->line);
      return node_new (t, map, NODE_MAP, NULL, t->line);
    }
  if (lineup_post_reader_front_node_kind (value) == NODE_SEQUENCE && value->children != NULL &&
      lineup_post_reader_front_node_kind (g_node_last_child (value)) == NODE_MAP)
    return g_node_last_child (value);
  return lineup_post_reader_front_node_kind (value) == NODE_MAP ? value : NULL;
}

/* A key: bare ("extra", "start_time") or quoted. */
static gchar *
read_key (Toml *t)
{
  const gchar *start;

  skip_blanks (t);
  if (t->p < t->end && (*t->p == '"' || *t->p == '\''))
    {
      gchar quote = *t->p++;

      start = t->p;
      while (t->p < t->end && *t->p != quote && *t->p != '\n')
        t->p++;
      if (t->p >= t->end || *t->p != quote)
        return NULL;
      return g_strndup (start, (gsize) (t->p++ - start));
    }
  start = t->p;
  while (t->p < t->end && (g_ascii_isalnum (*t->p) || *t->p == '_' || *t->p == '-'))
    t->p++;
  return t->p > start ? g_strndup (start, (gsize) (t->p - start)) : NULL;
}

/* "[a.b]" or "[[a.b]]": makes current the table the path names. */
static void
read_table_header (Toml *t)
{
  gboolean array = t->p + 1 < t->end && t->p[1] == '[';
  GNode *map = t->root;
  guint depth = 0;

  t->p += array ? 2 : 1;
  t->table = NULL;
  for (;;)
    {
      g_autofree gchar *key = read_key (t);

      skip_blanks (t);
      if (key == NULL || map == NULL || ++depth > MAX_TOML_PATH)
        return;
      if (t->p < t->end && *t->p == '.')
        {
          t->p++;
          map = child_table (t, map, key);
          continue;
        }
      if (t->p >= t->end || *t->p != ']')
        return;
      if (!array)
        {
          t->table = child_table (t, map, key);
          return;
        }
      {
        GNode *list = value_of (map, key);

        if (list == NULL)
          {
            node_new (t, map, NODE_SCALAR, key, t->line);
            list = node_new (t, map, NODE_SEQUENCE, NULL, t->line);
          }
        if (lineup_post_reader_front_node_kind (list) == NODE_SEQUENCE)
          t->table = node_new (t, list, NODE_MAP, NULL, t->line);
        return;
      }
    }
}

/* A basic string's escape at @p ("\n", "\"", "\u00e9") onto @out; returns
 * what follows it. */
static const gchar *
read_escape (const gchar *p,
             const gchar *end,
             GString     *out)
{
  static const gchar from[] = "btnfr\"\\";
  static const gchar to[] = "\b\t\n\f\r\"\\";
  const gchar *simple;

  if (p >= end)
    return p;
  if ((simple = strchr (from, *p)) != NULL && *p != '\0')
    {
      g_string_append_c (out, to[simple - from]);
      return p + 1;
    }
  if ((*p == 'u' || *p == 'U') && end - p > (*p == 'u' ? 4 : 8))
    {
      gint digits = *p == 'u' ? 4 : 8;
      gunichar c = 0;

      for (gint i = 1; i <= digits; i++)
        {
          if (!g_ascii_isxdigit (p[i]))
            return p;
          c = c * 16 + (gunichar) g_ascii_xdigit_value (p[i]);
        }
      if (g_unichar_validate (c))
        g_string_append_unichar (out, c);
      return p + digits + 1;
    }
  return p;
}

/* A string at t->p (after its opening quotes): basic (escapes) or literal,
 * on one line or, @multi, up to its closing triple quote. */
static gchar *
read_string (Toml    *t,
             gchar    quote,
             gboolean multi)
{
  GString *out = g_string_new (NULL);

  /* a newline right after the opening quotes is not part of the string */
  if (multi && t->p < t->end && *t->p == '\n')
    t->p++, t->line++;
  else if (multi && t->end - t->p > 1 && t->p[0] == '\r' && t->p[1] == '\n')
    t->p += 2, t->line++;
  while (t->p < t->end)
    {
      if (*t->p == quote && (!multi || (t->end - t->p >= 3 && t->p[1] == quote &&
                                        t->p[2] == quote)))
        {
          t->p += multi ? 3 : 1;
          return g_string_free (out, FALSE);
        }
      if (*t->p == '\n' && !multi)
        break;
      if (*t->p == '\n')
        t->line++;
      if (*t->p == '\\' && quote == '"')
        {
          t->p = read_escape (t->p + 1, t->end, out);
          continue;
        }
      g_string_append_c (out, *t->p++);
    }
  g_string_free (out, TRUE);
  return NULL;
}

/* A value: a string, an array (of strings and numbers), or anything else
 * up to the comment or the end of the line, as text.  NULL (skipped) for an
 * inline table or what cannot be read. */
static GNode *
read_value (Toml  *t,
            guint  depth)
{
  skip_blanks (t);
  if (t->p >= t->end)
    return NULL;
  if (*t->p == '"' || *t->p == '\'')
    {
      gchar quote = *t->p;
      gboolean multi = t->end - t->p >= 3 && t->p[1] == quote && t->p[2] == quote;
      guint line = t->line;
      g_autofree gchar *text = NULL;

      t->p += multi ? 3 : 1;
      text = read_string (t, quote, multi);
      return text != NULL ? node_new (t, NULL, NODE_SCALAR, text, line) : NULL;
    }
  if (*t->p == '[' && depth < MAX_TOML_PATH)
    {
      GNode *list = node_new (t, NULL, NODE_SEQUENCE, NULL, t->line);

      t->p++;
      for (;;)
        {
          GNode *item;

          while (t->p < t->end && (g_ascii_isspace (*t->p) || *t->p == ','))
            t->line += *t->p++ == '\n';
          if (t->p >= t->end || *t->p == ']' || *t->p == '#')
            {
              t->p += t->p < t->end && *t->p == ']';
              return list;
            }
          if (t->nodes >= MAX_TOML_NODES || (item = read_value (t, depth + 1)) == NULL)
            return list;
          g_node_append (list, item);
        }
    }
  if (*t->p == '{')
    return NULL;
  {
    const gchar *start = t->p;

    while (t->p < t->end && *t->p != '\n' && *t->p != '#' && *t->p != ',' && *t->p != ']')
      t->p++;
    if (t->p == start)
      return NULL;
    {
      g_autofree gchar *text = g_strstrip (g_strndup (start, (gsize) (t->p - start)));

      return node_new (t, NULL, NODE_SCALAR, text, t->line);
    }
  }
}

/* Frees a node made apart from the tree, and what it holds. */
static void
drop_node (GNode *node)
{
  FrontEntries holder = { node, NULL, 0, 0 };

  lineup_post_reader_front_entries_clear (&holder);
}

/* "key = value" into the current table. */
static void
read_key_value (Toml *t)
{
  g_autofree gchar *key = read_key (t);
  guint line = t->line;
  GNode *value;

  skip_blanks (t);
  if (key == NULL || t->p >= t->end || *t->p != '=')
    return;
  t->p++;
  if ((value = read_value (t, 0)) == NULL)
    return;
  if (t->table == NULL || value_of (t->table, key) != NULL)
    {
      drop_node (value);
      return;
    }
  node_new (t, t->table, NODE_SCALAR, key, line);
  g_node_append (t->table, value);
}

void
lineup_post_reader_front_toml_tree (FrontEntries *entries,
                                    const gchar  *text,
                                    gsize         length,
                                    guint         first_line)
{
  Toml t = { NULL, NULL, text, text + length, first_line, 0 };

  if (entries->root != NULL)
    return;
  t.root = t.table = lineup_post_reader_front_node_new (NULL, NODE_MAP, NULL, first_line);
  while (t.p < t.end && t.nodes < MAX_TOML_NODES)
    {
      guint line = t.line;

      skip_blanks (&t);
      if (t.p < t.end && *t.p == '[')
        read_table_header (&t);
      else if (t.p < t.end && *t.p != '#' && *t.p != '\n' && *t.p != '\r')
        read_key_value (&t);
      /* a multi-line value moved on already; the rest of its last line goes */
      if (t.line == line || (t.p > text && t.p[-1] != '\n'))
        next_line (&t);
    }
  entries->root = t.root;
}
