/* lineup-post-table-abstract.c — a schedule cell with its talk's abstract and speakers
 *
 * A cell may hold a whole talk, its parts parted by blank lines ("<br><br>"):
 *
 *   | 10:15am-10:55am | <b>Title</b><br><br>An introduction to …<br><br>
 *     Name [@handle](…), Role, Org<br>Name, Role, Org<br> |
 *
 * (one row).  The first part, one line, is the title; the last, one person
 * a line ("Name, Role, Org", a handle after the name), the speakers; the
 * parts between are the abstract's paragraphs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-document.h"
#include "lineup-post-table-private.h"

static void
line_clear (LineupPostTableLine *line)
{
  g_free (line->text);
}

static gboolean
line_is_blank (const LineupPostTableLine *line)
{
  return line->text[strspn (line->text, " \t\n")] == '\0';
}

GArray *
lineup_post_table_cut_lines (GPtrArray *nodes)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (LineupPostTableLine));
  guint start = 0;

  g_array_set_clear_func (lines, (GDestroyNotify) line_clear);
  for (guint i = 0; i <= nodes->len; i++)
    {
      LineupPostTableLine line = { start, i, NULL };
      g_autoptr(GString) text = NULL;

      if (i < nodes->len && !lineup_post_table_is_break_node (g_ptr_array_index (nodes, i)))
        continue;
      text = g_string_new (NULL);
      for (guint j = start; j < i; j++)
        {
          g_autofree gchar *part = lineup_post_table_cell_text (g_ptr_array_index (nodes, j));

          /* the text of a node alone has lost its blanks: "Name [@handle](…)" */
          g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", part);
        }
      line.text = g_string_free (g_steal_pointer (&text), FALSE);
      g_array_append_val (lines, line);
      start = i + 1;
    }
  return lines;
}

/* "Roberto Rodriguez @Cyb3rWard0g, Threat Researcher, Microsoft MSTIC",
 * "Sevickson @SKwid345, Security Engineer, DICTU": the person's name, or
 * NULL when the line names nobody first. */
static gchar *
person_of (const gchar *text)
{
  g_autofree gchar *head = g_strndup (text, strcspn (text, ","));
  g_auto(GStrv) words = g_strsplit (g_strstrip (head), " ", -1);
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean handle = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      /* the handle closes the name */
      if (*words[i] == '@')
        {
          handle = words[i + 1] == NULL;
          break;
        }
      g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", words[i]);
    }
  if (name->len == 0 || (strchr (text, ',') == NULL && !handle))
    return NULL;
  /* one word is a name when a handle follows it */
  if (!lineup_byline_looks_like_people (name->str) &&
      !(handle && strchr (name->str, ' ') == NULL &&
        g_unichar_isupper (g_utf8_get_char (name->str))))
    return NULL;
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The names of the people of lines [@first, @last], one a line, joined by
 * ", "; NULL unless every line names one. */
static gchar *
people_of (GArray *lines,
           guint   first,
           guint   last)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    {
      g_autofree gchar *name = person_of (g_array_index (lines, LineupPostTableLine, i).text);

      if (name == NULL)
        return NULL;
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

gchar *
lineup_post_table_take_abstract_byline (cmark_node  *title,
                                        cmark_node  *item)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GArray) lines = NULL;
  gchar *names;
  guint last, first_people, after_title;

  for (cmark_node *node = cmark_node_first_child (title); node; node = cmark_node_next (node))
    g_ptr_array_add (nodes, node);
  lines = lineup_post_table_cut_lines (nodes);
  /* the title alone on the first line, a blank line after it */
  if (lines->len < 5 || line_is_blank (&g_array_index (lines, LineupPostTableLine, 0)) ||
      !line_is_blank (&g_array_index (lines, LineupPostTableLine, 1)))
    return NULL;
  last = lines->len - 1;
  while (last > 0 && line_is_blank (&g_array_index (lines, LineupPostTableLine, last)))
    last--;
  for (first_people = last; first_people > 0; first_people--)
    if (line_is_blank (&g_array_index (lines, LineupPostTableLine, first_people - 1)))
      break;
  /* an abstract between the title and the people */
  for (after_title = 2; after_title < first_people; after_title++)
    if (!line_is_blank (&g_array_index (lines, LineupPostTableLine, after_title)))
      break;
  if (after_title >= first_people || (names = people_of (lines, first_people, last)) == NULL)
    return NULL;

  /* the abstract's parts, a paragraph each */
  for (guint i = 0; i < lines->len; i++)
    {
      const LineupPostTableLine *line = &g_array_index (lines, LineupPostTableLine, i);
      cmark_node *paragraph;

      if (i < after_title || i >= first_people || line_is_blank (line))
        continue;
      if (i == after_title || line_is_blank (line - 1))
        {
          paragraph = cmark_node_new (CMARK_NODE_PARAGRAPH);
          lineup_post_document_set_line (paragraph, lineup_post_document_line (title));
          cmark_node_append_child (item, paragraph);
        }
      else
        {
          paragraph = cmark_node_last_child (item);
          cmark_node_append_child (paragraph, cmark_node_new (CMARK_NODE_LINEBREAK));
        }
      for (guint j = line->start; j < line->end; j++)
        cmark_node_append_child (paragraph, g_ptr_array_index (nodes, j));
    }
  /* what is left after the title's line: the breaks and the people */
  for (guint i = g_array_index (lines, LineupPostTableLine, 0).end; i < nodes->len; i++)
    {
      cmark_node *node = g_ptr_array_index (nodes, i);

      if (cmark_node_parent (node) == title)
        cmark_node_free (node);
    }
  return names;
}
