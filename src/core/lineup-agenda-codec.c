/* lineup-agenda-codec.c — the agenda file's YAML, read and written
 *
 * The format is described in lineup-agenda.h.  Reading is strict (anything
 * this version did not write is "corrupt", with the line at fault) and
 * guarded against what makes libyaml slow: deep nesting is refused before the
 * document is loaded.  Writing goes through libyaml's emitter, quoting any
 * id or key another YAML reader would take for a number, a boolean or null.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <yaml.h>

#include "lineup-agenda-private.h"
#include "lineup-text.h"

#define AGENDA_VERSION "1"

gboolean
lineup_agenda_fail (GError            **error,
                    LineupAgendaError   code,
                    const gchar        *format,
                    ...)
{
  va_list args;
  g_autofree gchar *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, LINEUP_AGENDA_ERROR, code, message);
  return FALSE;
}

/* Reading */

static const gchar *
scalar_value (yaml_node_t *node)
{
  return (const gchar *) node->data.scalar.value;
}

static gboolean
is_null_scalar (yaml_node_t *node)
{
  const gchar *value;

  if (node->type != YAML_SCALAR_NODE || node->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
    return FALSE;
  value = scalar_value (node);
  return *value == '\0' || g_str_equal (value, "~") || g_str_equal (value, "null")
         || g_str_equal (value, "Null") || g_str_equal (value, "NULL");
}

/* The line where the last quoted scalar that spans lines begins, if one
 * begins before @mark, else the line of @mark (0-based).  Lineup writes
 * every value on one line: a quote that runs on is one that was never
 * closed.  (The scan stops at @mark: what follows may be deep nesting,
 * which libyaml's scanner takes quadratic time over.) */
static gulong
runaway_quote_line (const gchar       *contents,
                    gsize              length,
                    const yaml_mark_t *mark)
{
  yaml_parser_t parser;
  gulong found = mark->line;
  gboolean done = FALSE;

  if (!yaml_parser_initialize (&parser))
    return found;
  yaml_parser_set_input_string (&parser, (const guchar *) contents, length);
  while (!done)
    {
      yaml_token_t token;

      if (!yaml_parser_scan (&parser, &token))
        break;
      done = token.type == YAML_STREAM_END_TOKEN || token.start_mark.index >= mark->index;
      if (!done && token.type == YAML_SCALAR_TOKEN
          && (token.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
              || token.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
          && token.end_mark.line > token.start_mark.line)
        found = token.start_mark.line;
      yaml_token_delete (&token);
    }
  yaml_parser_delete (&parser);
  return found;
}

/* The line (1-based) of a libyaml error in @contents.  A scanner that ran
 * off the end of the text marks the end, a parser that looked for the end
 * of a bracket marks whatever came instead, and a parser that tripped over
 * what an unclosed quote left marks a later line: the fault is where the
 * quote or the bracket began. */
static gulong
yaml_problem_line (const yaml_parser_t *parser,
                   const gchar         *contents,
                   gsize                length)
{
  if (parser->context != NULL
      && (parser->problem_mark.index >= length || strstr (parser->context, "flow") != NULL))
    return parser->context_mark.line + 1;
  return runaway_quote_line (contents, length, &parser->problem_mark) + 1;
}

static const gchar *
yaml_problem (const yaml_parser_t *parser)
{
  return parser->problem ? parser->problem : "invalid YAML";
}

static gboolean
parse_entry (yaml_document_t  *doc,
             yaml_node_t      *node,
             LineupStars      *stars,
             const gchar      *post_key,
             gulong           *where,
             GError          **error)
{
  const gchar *id = NULL;
  const gchar *title = NULL;
  const gchar *start = NULL;
  const gchar *end = NULL;
  const gchar *room = NULL;
  const gchar *track = NULL;
  const gchar *pick = NULL;
  LineupAgendaEntry *entry;

  if (node->type != YAML_MAPPING_NODE)
    return corrupt (error, where, node->start_mark.line + 1,
                    _("a starred talk is not a mapping"));

  for (yaml_node_pair_t *pair = node->data.mapping.pairs.start;
       pair < node->data.mapping.pairs.top; pair++)
    {
      yaml_node_t *key = yaml_document_get_node (doc, pair->key);
      yaml_node_t *value = yaml_document_get_node (doc, pair->value);
      const gchar **field = NULL;

      if (key == NULL || value == NULL || key->type != YAML_SCALAR_NODE)
        return corrupt (error, where, (key ? key : node)->start_mark.line + 1,
                        _("unexpected key in a starred talk"));
      if (g_str_equal (scalar_value (key), "id"))
        field = &id;
      else if (g_str_equal (scalar_value (key), "title"))
        field = &title;
      else if (g_str_equal (scalar_value (key), "start"))
        field = &start;
      else if (g_str_equal (scalar_value (key), "end"))
        field = &end;
      else if (g_str_equal (scalar_value (key), "room"))
        field = &room;
      else if (g_str_equal (scalar_value (key), "track"))
        field = &track;
      else if (g_str_equal (scalar_value (key), "pick"))
        field = &pick;
      else
        continue;   /* room for fields a later version may add */

      if (value->type != YAML_SCALAR_NODE)
        return corrupt (error, where, value->start_mark.line + 1,
                        _("“%s” is not a plain value"), scalar_value (key));
      *field = (field != &id && is_null_scalar (value)) ? NULL : scalar_value (value);
    }

  if (id == NULL || *id == '\0')
    return corrupt (error, where, node->start_mark.line + 1,
                    _("a starred talk has no id"));

  entry = lineup_agenda_entry_new (id, title, start);
  entry->end = g_strdup (end);
  entry->room = g_strdup (room);
  entry->track = g_strdup (track);
  /* Absent (files before picks had kinds) or a kind this version does not
   * know: going, as an older reader takes every entry. */
  entry->maybe = g_strcmp0 (pick, "maybe") == 0;
  lineup_stars_add (stars, post_key, entry);
  return TRUE;
}

static gboolean
parse_document (yaml_document_t  *doc,
                LineupStars      *stars,
                gulong           *where,
                GError          **error)
{
  yaml_node_t *root = yaml_document_get_root_node (doc);
  yaml_node_t *posts = NULL;
  const gchar *version = NULL;
  gulong version_line = 0;

  if (root == NULL)
    return TRUE;   /* an empty file holds no stars */
  if (is_null_scalar (root))
    return TRUE;
  if (root->type != YAML_MAPPING_NODE)
    return corrupt (error, where, root->start_mark.line + 1,
                    _("the top level is not a mapping"));

  for (yaml_node_pair_t *pair = root->data.mapping.pairs.start;
       pair < root->data.mapping.pairs.top; pair++)
    {
      yaml_node_t *key = yaml_document_get_node (doc, pair->key);
      yaml_node_t *value = yaml_document_get_node (doc, pair->value);

      if (key == NULL || value == NULL || key->type != YAML_SCALAR_NODE)
        continue;
      if (g_str_equal (scalar_value (key), "version"))
        {
          if (value->type != YAML_SCALAR_NODE)
            return corrupt (error, where, value->start_mark.line + 1,
                            _("the version is not a number"));
          version = scalar_value (value);
          version_line = value->start_mark.line + 1;
        }
      else if (g_str_equal (scalar_value (key), "posts"))
        posts = value;
    }

  if (version == NULL)
    return corrupt (error, where, root->start_mark.line + 1, _("it has no version"));
  if (!g_str_equal (version, AGENDA_VERSION))
    return corrupt (error, where, version_line,
                    _("unknown version “%s” (this Lineup reads version %s)"),
                    version, AGENDA_VERSION);

  if (posts == NULL || is_null_scalar (posts))
    return TRUE;
  if (posts->type != YAML_MAPPING_NODE)
    return corrupt (error, where, posts->start_mark.line + 1,
                    _("“posts” is not a mapping"));

  for (yaml_node_pair_t *pair = posts->data.mapping.pairs.start;
       pair < posts->data.mapping.pairs.top; pair++)
    {
      yaml_node_t *key = yaml_document_get_node (doc, pair->key);
      yaml_node_t *value = yaml_document_get_node (doc, pair->value);

      if (key == NULL || value == NULL || key->type != YAML_SCALAR_NODE)
        return corrupt (error, where, (key ? key : posts)->start_mark.line + 1,
                        _("a post key is not a plain value"));
      if (is_null_scalar (value))
        continue;
      if (value->type != YAML_SEQUENCE_NODE)
        return corrupt (error, where, value->start_mark.line + 1,
                        _("the talks of “%s” are not a list"), scalar_value (key));

      for (yaml_node_item_t *item = value->data.sequence.items.start;
           item < value->data.sequence.items.top; item++)
        {
          yaml_node_t *node = yaml_document_get_node (doc, *item);

          if (node == NULL)
            return corrupt (error, where, value->start_mark.line + 1,
                            _("a starred talk is missing"));
          if (!parse_entry (doc, node, stars, scalar_value (key), where, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The agenda is four levels deep.  libyaml's loader takes quadratic time on
 * deeply nested flow collections ("[[[[…"), so a first pass over the
 * events gives up early on anything much deeper than an agenda can be. */
#define MAX_DEPTH 16

static gboolean
check_depth (const gchar  *contents,
             gsize         length,
             gulong       *where,
             GError      **error)
{
  yaml_parser_t parser;
  gboolean ok = TRUE;
  gboolean done = FALSE;
  guint depth = 0;

  if (!yaml_parser_initialize (&parser))
    return corrupt (error, where, 0, _("out of memory"));
  yaml_parser_set_input_string (&parser, (const guchar *) contents, length);

  while (ok && !done)
    {
      yaml_event_t event;

      if (!yaml_parser_parse (&parser, &event))
        {
          ok = corrupt (error, where, yaml_problem_line (&parser, contents, length), "%s",
                        yaml_problem (&parser));
          break;
        }
      switch (event.type)
        {
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
          if (++depth > MAX_DEPTH)
            ok = corrupt (error, where, event.start_mark.line + 1, _("nested too deeply"));
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          depth--;
          break;
        case YAML_STREAM_END_EVENT:
          done = TRUE;
          break;
        case YAML_NO_EVENT:
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
        case YAML_ALIAS_EVENT:
        case YAML_SCALAR_EVENT:
        default:
          break;
        }
      yaml_event_delete (&event);
    }

  yaml_parser_delete (&parser);
  return ok;
}

gboolean
lineup_agenda_codec_parse (const gchar  *contents,
                           gsize         length,
                           LineupStars **out_stars,
                           gulong       *where,
                           GError      **error)
{
  g_autoptr(GHashTable) stars = lineup_stars_new ();
  yaml_parser_t parser;
  yaml_document_t doc;
  gboolean ok;
  guint bad_line = 0;

  if (!lineup_text_validate (contents, length, &bad_line))
    return corrupt (error, where, bad_line, _("it is not UTF-8 text"));
  if (!check_depth (contents, length, where, error))
    return FALSE;

  if (!yaml_parser_initialize (&parser))
    return corrupt (error, where, 0, _("out of memory"));
  yaml_parser_set_input_string (&parser, (const guchar *) contents, length);

  if (!yaml_parser_load (&parser, &doc))
    {
      ok = corrupt (error, where, yaml_problem_line (&parser, contents, length), "%s",
                    yaml_problem (&parser));
      yaml_parser_delete (&parser);
      return ok;
    }

  ok = parse_document (&doc, stars, where, error);
  yaml_document_delete (&doc);

  if (ok)
    {
      yaml_document_t extra;

      /* One document only: a second one is not something we wrote. */
      if (!yaml_parser_load (&parser, &extra))
        ok = corrupt (error, where, yaml_problem_line (&parser, contents, length), "%s",
                      yaml_problem (&parser));
      else
        {
          if (yaml_document_get_root_node (&extra) != NULL)
            ok = corrupt (error, where, extra.start_mark.line + 1,
                          _("it holds more than one YAML document"));
          yaml_document_delete (&extra);
        }
    }
  yaml_parser_delete (&parser);

  if (ok)
    *out_stars = g_steal_pointer (&stars);
  return ok;
}

/* Writing */

static int
write_to_string (void          *data,
                 unsigned char *buffer,
                 size_t         size)
{
  g_string_append_len (data, (const gchar *) buffer, size);
  return 1;
}

static gboolean
emit_scalar (yaml_emitter_t      *emitter,
             const gchar         *value,
             yaml_scalar_style_t  style)
{
  yaml_event_t event;

  if (!yaml_scalar_event_initialize (&event, NULL, NULL, (yaml_char_t *) value, -1,
                                     1, 1, style))
    return FALSE;
  return yaml_emitter_emit (emitter, &event);
}

/* Whether a plain scalar would read back as something other than a string
 * in other YAML readers (null, booleans, numbers): such ids and keys are
 * quoted so that the file means the same to everyone. */
static gboolean
looks_typed (const gchar *value)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *r = g_regex_new ("^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
                               "|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
                               "|[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"
                               "|[-+]?0[xob][0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+"
                               "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$",
                               G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regex, r);
    }
  return g_regex_match (regex, value, 0, NULL);
}

static gboolean
emit_string (yaml_emitter_t *emitter,
             const gchar    *value)
{
  return emit_scalar (emitter, value,
                      looks_typed (value) ? YAML_SINGLE_QUOTED_SCALAR_STYLE
                                          : YAML_ANY_SCALAR_STYLE);
}

static gboolean
emit_mapping_start (yaml_emitter_t       *emitter,
                    yaml_mapping_style_t  style)
{
  yaml_event_t event;

  return yaml_mapping_start_event_initialize (&event, NULL, NULL, 1, style)
         && yaml_emitter_emit (emitter, &event);
}

static gboolean
emit_mapping_end (yaml_emitter_t *emitter)
{
  yaml_event_t event;

  return yaml_mapping_end_event_initialize (&event) && yaml_emitter_emit (emitter, &event);
}

/* What the entry last saw of its talk, each field only when known. */
static gboolean
emit_snapshot (yaml_emitter_t          *emitter,
               const LineupAgendaEntry *entry)
{
  const struct
  {
    const gchar         *key;
    const gchar         *value;
    yaml_scalar_style_t  style;
  } fields[] = {
    { "start", entry->start, YAML_ANY_SCALAR_STYLE },
    { "end", entry->end, YAML_ANY_SCALAR_STYLE },
    { "room", entry->room, YAML_DOUBLE_QUOTED_SCALAR_STYLE },
    { "track", entry->track, YAML_DOUBLE_QUOTED_SCALAR_STYLE },
    { "pick", entry->maybe ? "maybe" : NULL, YAML_PLAIN_SCALAR_STYLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].value != NULL
        && (!emit_scalar (emitter, fields[i].key, YAML_PLAIN_SCALAR_STYLE)
            || !emit_scalar (emitter, fields[i].value, fields[i].style)))
      return FALSE;
  return TRUE;
}

static gboolean
emit_stars (yaml_emitter_t *emitter,
            LineupStars    *stars)
{
  g_autoptr(GPtrArray) keys = lineup_stars_sorted_keys (stars);
  yaml_event_t event;

  if (!yaml_stream_start_event_initialize (&event, YAML_UTF8_ENCODING)
      || !yaml_emitter_emit (emitter, &event)
      || !yaml_document_start_event_initialize (&event, NULL, NULL, NULL, 1)
      || !yaml_emitter_emit (emitter, &event)
      || !emit_mapping_start (emitter, YAML_BLOCK_MAPPING_STYLE)
      || !emit_scalar (emitter, "version", YAML_PLAIN_SCALAR_STYLE)
      || !emit_scalar (emitter, AGENDA_VERSION, YAML_PLAIN_SCALAR_STYLE)
      || !emit_scalar (emitter, "posts", YAML_PLAIN_SCALAR_STYLE)
      || !emit_mapping_start (emitter, keys->len ? YAML_BLOCK_MAPPING_STYLE
                                                 : YAML_FLOW_MAPPING_STYLE))
    return FALSE;

  for (guint i = 0; i < keys->len; i++)
    {
      const gchar *post_key = g_ptr_array_index (keys, i);
      g_autoptr(GPtrArray) entries =
        lineup_stars_post_sorted_entries (g_hash_table_lookup (stars, post_key));

      if (!emit_string (emitter, post_key)
          || !yaml_sequence_start_event_initialize (&event, NULL, NULL, 1,
                                                    YAML_BLOCK_SEQUENCE_STYLE)
          || !yaml_emitter_emit (emitter, &event))
        return FALSE;

      for (guint j = 0; j < entries->len; j++)
        {
          LineupAgendaEntry *entry = g_ptr_array_index (entries, j);

          if (!emit_mapping_start (emitter, YAML_BLOCK_MAPPING_STYLE)
              || !emit_scalar (emitter, "id", YAML_PLAIN_SCALAR_STYLE)
              || !emit_string (emitter, entry->id)
              || !emit_scalar (emitter, "title", YAML_PLAIN_SCALAR_STYLE)
              || !emit_scalar (emitter, entry->title, YAML_DOUBLE_QUOTED_SCALAR_STYLE))
            return FALSE;
          if (!emit_snapshot (emitter, entry) || !emit_mapping_end (emitter))
            return FALSE;
        }

      if (!yaml_sequence_end_event_initialize (&event) || !yaml_emitter_emit (emitter, &event))
        return FALSE;
    }

  return emit_mapping_end (emitter)
         && emit_mapping_end (emitter)
         && yaml_document_end_event_initialize (&event, 1)
         && yaml_emitter_emit (emitter, &event)
         && yaml_stream_end_event_initialize (&event)
         && yaml_emitter_emit (emitter, &event);
}

GString *
lineup_agenda_codec_format (LineupStars  *stars,
                            GError      **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  yaml_emitter_t emitter;
  gboolean ok;

  if (!yaml_emitter_initialize (&emitter))
    {
      io_error (error, _("Could not write the agenda: out of memory"));
      return NULL;
    }
  yaml_emitter_set_output (&emitter, write_to_string, out);
  yaml_emitter_set_unicode (&emitter, 1);
  yaml_emitter_set_width (&emitter, -1);
  yaml_emitter_set_indent (&emitter, 2);

  ok = emit_stars (&emitter, stars) && yaml_emitter_flush (&emitter);
  if (!ok)
    io_error (error, _("Could not write the agenda: %s"),
              emitter.problem ? emitter.problem : "YAML emitter error");
  yaml_emitter_delete (&emitter);

  return ok ? g_steal_pointer (&out) : NULL;
}
