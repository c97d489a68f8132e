/* lineup-cli-changes.c — `lineup --agenda`: what changed in the picks
 *
 * The command line shows the changes the window shows (both ask
 * lineup_agenda_dup_changes) and, being a way to look, never acknowledges
 * them: they stay until the user does, in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "lineup-cli-changes.h"

static void
print_text (GPtrArray *changes,
            FILE      *out)
{
  if (changes->len == 0)
    return;

  fprintf (out, "%s\n", _("Changes to your agenda:"));
  for (guint i = 0; i < changes->len; i++)
    {
      LineupPickChange *change = g_ptr_array_index (changes, i);
      const gchar *title = change->session != NULL ? lineup_session_get_title (change->session)
                                                   : change->before->title;
      g_autofree gchar *describe = lineup_pick_change_describe (change);
      g_autofree gchar *line = g_strdup_printf ("%s — %s", title, describe);
      g_autofree gchar *clean = lineup_text_strip_controls (line);

      fprintf (out, "  %s\n", clean);
    }
  fprintf (out, "\n");
}

static void
add_string_or_null (JsonBuilder *builder,
                    const gchar *name,
                    const gchar *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL && *value != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
changes_node (LineupPickChangeFlags flags)
{
  static const struct
  {
    LineupPickChangeFlags  flag;
    const gchar           *name;
  } names[] = {
    { LINEUP_PICK_MOVED, "moved" },
    { LINEUP_PICK_RENAMED, "renamed" },
    { LINEUP_PICK_ROOM, "room" },
    { LINEUP_PICK_TRACK, "track" },
  };
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (flags & names[i].flag)
      json_builder_add_string_value (builder, names[i].name);
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static JsonNode *
before_node (const LineupAgendaEntry *before)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string_or_null (builder, "title", before->title);
  add_string_or_null (builder, "start", before->start);
  add_string_or_null (builder, "end", before->end);
  add_string_or_null (builder, "room", before->room);
  add_string_or_null (builder, "track", before->track);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The pick's line, with what changed in it when it did. */
static gchar *
pick_line (LineupSession     *session,
           LineupPickChange  *change,
           LineupCliJsonLine  json_line)
{
  g_autofree gchar *line = json_line (session);
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *object;

  if (change == NULL)
    return g_steal_pointer (&line);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, line, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return g_steal_pointer (&line);
  object = json_node_get_object (json_parser_get_root (parser));
  json_object_set_member (object, "changes", changes_node (change->flags));
  json_object_set_member (object, "before", before_node (change->before));
  return json_to_string (json_parser_get_root (parser), FALSE);
}

static gchar *
gone_line (LineupPickChange *change)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", change->before->id);
  add_string_or_null (builder, "title", change->before->title);
  add_string_or_null (builder, "start", change->before->start);
  add_string_or_null (builder, "end", change->before->end);
  add_string_or_null (builder, "source", change->key);
  json_builder_set_member_name (builder, "gone");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static void
print_json (GPtrArray         *changes,
            GPtrArray         *picks,
            LineupCliJsonLine  json_line,
            FILE              *out)
{
  g_autoptr(GHashTable) by_session = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      LineupPickChange *change = g_ptr_array_index (changes, i);

      if (change->session != NULL)
        g_hash_table_insert (by_session, change->session, change);
    }

  for (guint i = 0; i < picks->len; i++)
    {
      LineupSession *session = g_ptr_array_index (picks, i);
      g_autofree gchar *line = pick_line (session, g_hash_table_lookup (by_session, session),
                                          json_line);

      fprintf (out, "%s\n", line);
    }

  for (guint i = 0; i < changes->len; i++)
    {
      LineupPickChange *change = g_ptr_array_index (changes, i);

      if (change->flags & LINEUP_PICK_GONE)
        {
          g_autofree gchar *line = gone_line (change);

          fprintf (out, "%s\n", line);
        }
    }
}

gboolean
lineup_cli_print_agenda_changes (LineupAgenda      *agenda,
                                 GPtrArray         *sources,
                                 LineupSchedule    *shown,
                                 GPtrArray         *picks,
                                 gboolean           json,
                                 LineupCliJsonLine  json_line,
                                 FILE              *out)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_pick_change_free);

  /* Each source's picks, under its own key; clashes among all shown. */
  for (guint i = 0; i < sources->len; i++)
    {
      g_autoptr(GPtrArray) some = lineup_agenda_dup_changes (agenda, g_ptr_array_index (sources, i),
                                                             shown);

      g_ptr_array_set_free_func (some, NULL);
      g_ptr_array_extend_and_steal (changes, g_steal_pointer (&some));
    }

  if (!json)
    {
      print_text (changes, out);
      return FALSE;
    }
  print_json (changes, picks, json_line, out);
  return TRUE;
}
