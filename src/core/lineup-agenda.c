/* lineup-agenda.c — the starred talks, kept in $XDG_DATA_HOME/lineup/agenda.yaml
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <yaml.h>

#include "lineup-core.h"

#define AGENDA_VERSION "1"
#define DEFAULT_AUTOSAVE_DELAY 500

/* post key → GHashTable (id → LineupAgendaEntry) */
typedef GHashTable Stars;

/* A change this process made and has not written yet. */
typedef struct
{
  gboolean           starred;
  LineupAgendaEntry *entry;   /* what to write when starred */
} Change;

struct _LineupAgenda
{
  GObject       parent_instance;

  gchar        *path;
  gchar        *lock_path;

  Stars        *saved;     /* the file as last read or written */
  GHashTable   *claims;    /* post key → Claim */
  Stars        *effective; /* saved, with the claims applied (saved itself when none) */
  GHashTable   *pending;   /* post key → GHashTable (id → Change) */

  GSource      *save_source;
  guint         autosave_delay;

  GFileMonitor *monitor;
  GSource      *reread_source;

  GFile        *recovered_file;   /* where the last unreadable file was kept */

  guint         n_writes;
  gboolean      disposed;
};

G_DEFINE_FINAL_TYPE (LineupAgenda, lineup_agenda, G_TYPE_OBJECT)

G_DEFINE_QUARK (lineup-agenda-error-quark, lineup_agenda_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_RECOVERED_FILE,
  N_PROPS
};

enum {
  CHANGED,
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Entries and tables */

void
lineup_agenda_entry_free (LineupAgendaEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->start);
  g_free (entry);
}

static LineupAgendaEntry *
entry_new (const gchar *id,
           const gchar *title,
           const gchar *start)
{
  LineupAgendaEntry *entry = g_new0 (LineupAgendaEntry, 1);

  entry->id = g_strdup (id);
  entry->title = g_strdup (title ? title : "");
  entry->start = g_strdup (start);
  return entry;
}

static LineupAgendaEntry *
entry_copy (const LineupAgendaEntry *entry)
{
  return entry_new (entry->id, entry->title, entry->start);
}

/* A post's stars that Lineup 0.1 saved under its old key (its file's name).
 * Several posts may share an old key (every Hugo "index.md"): each claims
 * only the ids of its own talks, and the rest stay for the others. */
typedef struct
{
  gchar      *old_key;
  GHashTable *ids;   /* set of the ids to move */
} Claim;

static void
claim_free (Claim *claim)
{
  g_free (claim->old_key);
  g_hash_table_unref (claim->ids);
  g_free (claim);
}

static void
change_free (Change *change)
{
  lineup_agenda_entry_free (change->entry);
  g_free (change);
}

static Stars *
stars_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) g_hash_table_unref);
}

static GHashTable *
stars_ensure_post (Stars       *stars,
                   const gchar *post_key)
{
  GHashTable *post = g_hash_table_lookup (stars, post_key);

  if (post == NULL)
    {
      post = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                    (GDestroyNotify) lineup_agenda_entry_free);
      g_hash_table_insert (stars, g_strdup (post_key), post);
    }
  return post;
}

/* Takes @entry.  The entry owns the key. */
static void
stars_add (Stars             *stars,
           const gchar       *post_key,
           LineupAgendaEntry *entry)
{
  g_hash_table_replace (stars_ensure_post (stars, post_key), entry->id, entry);
}

static void
stars_remove (Stars       *stars,
              const gchar *post_key,
              const gchar *id)
{
  GHashTable *post = g_hash_table_lookup (stars, post_key);

  if (post != NULL && g_hash_table_remove (post, id) && g_hash_table_size (post) == 0)
    g_hash_table_remove (stars, post_key);
}

static Stars *
stars_copy (Stars *stars)
{
  Stars *copy = stars_new ();
  GHashTableIter iter;
  const gchar *post_key;
  GHashTable *post;

  g_hash_table_iter_init (&iter, stars);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, (gpointer *) &post))
    {
      GHashTableIter entries;
      LineupAgendaEntry *entry;

      g_hash_table_iter_init (&entries, post);
      while (g_hash_table_iter_next (&entries, NULL, (gpointer *) &entry))
        stars_add (copy, post_key, entry_copy (entry));
    }
  return copy;
}

/* Applies this process's changes on top of @stars. */
static void
stars_apply_pending (Stars      *stars,
                     GHashTable *pending)
{
  GHashTableIter iter;
  const gchar *post_key;
  GHashTable *changes;

  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, (gpointer *) &changes))
    {
      GHashTableIter citer;
      const gchar *id;
      Change *change;

      g_hash_table_iter_init (&citer, changes);
      while (g_hash_table_iter_next (&citer, (gpointer *) &id, (gpointer *) &change))
        {
          if (change->starred)
            stars_add (stars, post_key, entry_copy (change->entry));
          else
            stars_remove (stars, post_key, id);
        }
    }
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const gchar **) a, *(const gchar **) b);
}

/* Moves the claimed stars of each post that has none under its own key yet
 * (once it has, the move is done, by this process or another). */
static void
stars_apply_claims (Stars      *stars,
                    GHashTable *claims)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  const gchar *post_key;

  /* In order of the keys, so that every process moves the same way. */
  g_hash_table_iter_init (&iter, claims);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, NULL))
    g_ptr_array_add (keys, (gpointer) post_key);
  g_ptr_array_sort (keys, compare_strings);

  for (guint i = 0; i < keys->len; i++)
    {
      Claim *claim = g_hash_table_lookup (claims, g_ptr_array_index (keys, i));
      GHashTable *old;
      GHashTableIter ids;
      const gchar *id;

      if (g_hash_table_contains (stars, g_ptr_array_index (keys, i)))
        continue;
      old = g_hash_table_lookup (stars, claim->old_key);
      if (old == NULL)
        continue;

      g_hash_table_iter_init (&ids, claim->ids);
      while (g_hash_table_iter_next (&ids, (gpointer *) &id, NULL))
        {
          LineupAgendaEntry *entry = g_hash_table_lookup (old, id);

          if (entry == NULL)
            continue;
          g_hash_table_steal (old, id);
          stars_add (stars, g_ptr_array_index (keys, i), entry);
        }
      if (g_hash_table_size (old) == 0)
        g_hash_table_remove (stars, claim->old_key);
    }
}

static GDateTime *
parse_start (const gchar *start)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (start == NULL)
    return NULL;
  /* Floating times (no offset) compare as if they were UTC: good enough
   * to order the talks of one post, which all share a zone. */
  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (start, utc);
}

static gint
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LineupAgendaEntry *ea = *(LineupAgendaEntry **) a;
  const LineupAgendaEntry *eb = *(LineupAgendaEntry **) b;
  g_autoptr(GDateTime) sa = parse_start (ea->start);
  g_autoptr(GDateTime) sb = parse_start (eb->start);
  gint c;

  if (sa == NULL || sb == NULL)
    {
      if ((sa == NULL) != (sb == NULL))
        return sa == NULL ? 1 : -1;
    }
  else if ((c = g_date_time_compare (sa, sb)) != 0)
    return c;

  if ((c = g_strcmp0 (ea->start, eb->start)) != 0)
    return c;
  return strcmp (ea->id, eb->id);
}

/* The entries of one post, sorted by start then id (borrowed). */
static GPtrArray *
post_sorted_entries (GHashTable *post)
{
  GPtrArray *entries = g_ptr_array_new ();
  GHashTableIter iter;
  LineupAgendaEntry *entry;

  g_hash_table_iter_init (&iter, post);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    g_ptr_array_add (entries, entry);
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

static GPtrArray *
stars_sorted_keys (Stars *stars)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  const gchar *post_key;

  g_hash_table_iter_init (&iter, stars);
  while (g_hash_table_iter_next (&iter, (gpointer *) &post_key, NULL))
    g_ptr_array_add (keys, (gpointer) post_key);
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}

/* Reading the file */

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

/* Sets @error and returns FALSE, so a check can end with "return fail (…)". */
static gboolean
fail (GError            **error,
      LineupAgendaError   code,
      const gchar        *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError            **error,
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

/* A file that is not an agenda: the reason goes to @error, the line of the
 * fault (1-based; 0 when it is the file as a whole) to *@where. */
#define corrupt(error, where, at, ...) \
  (*(where) = (gulong) (at), fail (error, LINEUP_AGENDA_ERROR_CORRUPT, __VA_ARGS__))
#define io_error(error, ...) fail (error, LINEUP_AGENDA_ERROR_IO, __VA_ARGS__)

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
parse_entry (yaml_document_t *doc,
             yaml_node_t     *node,
             Stars           *stars,
             const gchar     *post_key,
             gulong          *where,
             GError         **error)
{
  const gchar *id = NULL;
  const gchar *title = NULL;
  const gchar *start = NULL;

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

  stars_add (stars, post_key, entry_new (id, title, start));
  return TRUE;
}

static gboolean
parse_document (yaml_document_t *doc,
                Stars           *stars,
                gulong          *where,
                GError         **error)
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

static gboolean
parse_agenda (const gchar  *contents,
              gsize         length,
              Stars       **out_stars,
              gulong       *where,
              GError      **error)
{
  g_autoptr(GHashTable) stars = stars_new ();
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

/* Reads @path.  A missing file is an empty agenda.  Fails with
 * LINEUP_AGENDA_ERROR_CORRUPT (the reason only, its line in *@where) when
 * the file is there but is not an agenda, LINEUP_AGENDA_ERROR_IO (a full
 * message) when it cannot be read at all. */
static gboolean
read_agenda (const gchar  *path,
             Stars       **out_stars,
             gulong       *where,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *contents = NULL;
  GStatBuf st;
  gsize length;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *out_stars = stars_new ();
          return TRUE;
        }
      return io_error (error, _("Could not read the agenda file “%s”: %s"),
                       path, g_strerror (saved_errno));
    }
  if (S_ISDIR (st.st_mode))
    return corrupt (error, where, 0, _("it is a folder, not a file"));
  if (!S_ISREG (st.st_mode))
    return corrupt (error, where, 0, _("it is not a regular file"));

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    return io_error (error, _("Could not read the agenda file “%s”: %s"),
                     path, local_error->message);

  return parse_agenda (contents, length, out_stars, where, error);
}

/* Writing the file */

static int
write_to_string (void          *data,
                 unsigned char *buffer,
                 size_t         size)
{
  g_string_append_len (data, (const gchar *) buffer, size);
  return 1;
}

static gboolean
emit_scalar (yaml_emitter_t     *emitter,
             const gchar        *value,
             yaml_scalar_style_t style)
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
emit_mapping_start (yaml_emitter_t      *emitter,
                    yaml_mapping_style_t style)
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

static gboolean
emit_stars (yaml_emitter_t *emitter,
            Stars          *stars)
{
  g_autoptr(GPtrArray) keys = stars_sorted_keys (stars);
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
      g_autoptr(GPtrArray) entries = post_sorted_entries (g_hash_table_lookup (stars, post_key));

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
          if (entry->start != NULL
              && (!emit_scalar (emitter, "start", YAML_PLAIN_SCALAR_STYLE)
                  || !emit_scalar (emitter, entry->start, YAML_ANY_SCALAR_STYLE)))
            return FALSE;
          if (!emit_mapping_end (emitter))
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

static GString *
format_agenda (Stars   *stars,
               GError **error)
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

/* Locking: every reader and writer of the file takes a flock on a lock file
 * beside it (never on the file itself, which is replaced by rename). */

static int
open_lock (LineupAgenda *self,
           gboolean      exclusive,
           gboolean      required,
           GError      **error)
{
  int fd;

  if (required)
    {
      g_autofree gchar *dir = g_path_get_dirname (self->path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          io_error (error, _("Could not create the folder “%s”: %s"),
                    dir, g_strerror (saved_errno));
          return -1;
        }
    }

  fd = g_open (self->lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      /* A lock file someone else created in a folder we cannot write. */
      if (saved_errno == EACCES || saved_errno == EROFS)
        fd = g_open (self->lock_path, O_RDONLY | O_CLOEXEC, 0);
      errno = saved_errno;
    }
  if (fd < 0)
    {
      int saved_errno = errno;

      /* A reader can do without: writes are atomic renames. */
      if (required)
        io_error (error, _("Could not lock the agenda file “%s”: %s"),
                  self->lock_path, g_strerror (saved_errno));
      return -1;
    }

  while (flock (fd, exclusive ? LOCK_EX : LOCK_SH) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EINTR)
        continue;
      close (fd);
      if (required)
        io_error (error, _("Could not lock the agenda file “%s”: %s"),
                  self->lock_path, g_strerror (saved_errno));
      return -1;
    }

  return fd;
}

/* A shared lock for a reader that must not create anything: none when no
 * lock file is there yet (writes are atomic renames: a reader can do
 * without). */
static int
open_existing_lock_shared (LineupAgenda *self)
{
  int fd = g_open (self->lock_path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return -1;
  while (flock (fd, LOCK_SH) != 0)
    {
      if (errno == EINTR)
        continue;
      close (fd);
      return -1;
    }
  return fd;
}

static void
close_lock (int fd)
{
  if (fd >= 0)
    close (fd);   /* releases the flock */
}

/* Moves an unreadable file out of the way, never over another one. */
static gchar *
move_aside (const gchar  *path,
            GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree gchar *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree gchar *aside = NULL;
      GStatBuf st;

      if (n == 1)
        aside = g_strdup_printf ("%s.broken-%s", path, stamp);
      else
        aside = g_strdup_printf ("%s.broken-%s-%u", path, stamp, n);

      if (g_lstat (aside, &st) == 0)
        continue;
      if (g_rename (path, aside) != 0)
        {
          int saved_errno = errno;

          io_error (error, _("The agenda file “%s” is unreadable and could not be kept aside "
                             "as “%s”: %s"),
                    path, aside, g_strerror (saved_errno));
          return NULL;
        }
      return g_steal_pointer (&aside);
    }

  io_error (error, _("The agenda file “%s” is unreadable and could not be kept aside"), path);
  return NULL;
}

/* Reads the file; an unreadable one is left where it is, @out_stars NULL
 * and a CORRUPT error "PATH:LINE: reason". */
static gboolean
read_in_place (LineupAgenda  *self,
               Stars        **out_stars,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gulong line = 0;

  *out_stars = NULL;
  if (read_agenda (self->path, out_stars, &line, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (line > 0)
    g_set_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT, "%s:%lu: %s",
                 self->path, line, local_error->message);
  else
    g_set_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT, "%s: %s",
                 self->path, local_error->message);
  return FALSE;
}

/* Reads the file; an unreadable one is moved aside (the caller holds the
 * exclusive lock), its new name given in @out_aside, and @out_stars is left
 * NULL with a CORRUPT error naming both files. */
static gboolean
read_or_move_aside (LineupAgenda  *self,
                    Stars        **out_stars,
                    gchar        **out_aside,
                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *aside = NULL;
  g_autofree gchar *reason = NULL;
  gulong line = 0;

  *out_stars = NULL;
  if (read_agenda (self->path, out_stars, &line, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  aside = move_aside (self->path, error);
  if (aside == NULL)
    return FALSE;

  if (line > 0)
    reason = g_strdup_printf (_("line %lu: %s"), line, local_error->message);
  else
    reason = g_strdup (local_error->message);
  g_set_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT,
               _("The agenda file “%s” could not be read (%s). It was kept as “%s” and a "
                 "new agenda was started."),
               self->path, reason, aside);
  *out_aside = g_steal_pointer (&aside);
  return FALSE;
}

/* Remembers where an unreadable file was kept, and tells (after the lock
 * is released: a handler may read the agenda). */
static void
set_recovered_file (LineupAgenda *self,
                    const gchar  *aside)
{
  if (aside == NULL)
    return;
  g_clear_object (&self->recovered_file);
  self->recovered_file = g_file_new_for_path (aside);
  if (!self->disposed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOVERED_FILE]);
}

/* The starred set as this process sees it */

static Stars *
dup_view (LineupAgenda *self)
{
  Stars *view = stars_copy (self->effective);

  stars_apply_pending (view, self->pending);
  return view;
}

/* A canonical string of the starred (post key, id) pairs, to tell whether
 * a re-read changed anything. */
static gchar *
view_digest (LineupAgenda *self)
{
  g_autoptr(GHashTable) view = dup_view (self);
  g_autoptr(GPtrArray) keys = stars_sorted_keys (view);
  g_autoptr(GString) digest = g_string_new (NULL);

  for (guint i = 0; i < keys->len; i++)
    {
      const gchar *post_key = g_ptr_array_index (keys, i);
      g_autoptr(GPtrArray) entries = post_sorted_entries (g_hash_table_lookup (view, post_key));

      for (guint j = 0; j < entries->len; j++)
        {
          LineupAgendaEntry *entry = g_ptr_array_index (entries, j);

          g_string_append_printf (digest, "%s%c%s%c", post_key, 0x1f, entry->id, 0x1e);
        }
    }
  return g_string_free (g_steal_pointer (&digest), FALSE);
}

static void
update_effective (LineupAgenda *self)
{
  g_clear_pointer (&self->effective, g_hash_table_unref);
  if (g_hash_table_size (self->claims) == 0)
    {
      self->effective = g_hash_table_ref (self->saved);
      return;
    }
  self->effective = stars_copy (self->saved);
  stars_apply_claims (self->effective, self->claims);
}

static void
replace_saved (LineupAgenda *self,
               Stars        *stars)
{
  g_hash_table_unref (self->saved);
  self->saved = stars;
  update_effective (self);
}

static void
emit_changed_if (LineupAgenda *self,
                 const gchar  *before)
{
  g_autofree gchar *after = view_digest (self);

  if (!self->disposed && !g_str_equal (before, after))
    g_signal_emit (self, signals[CHANGED], 0);
}

/* GObject */

static void
lineup_agenda_dispose (GObject *object)
{
  LineupAgenda *self = LINEUP_AGENDA (object);

  if (self->save_source != NULL)
    {
      g_source_destroy (self->save_source);
      g_clear_pointer (&self->save_source, g_source_unref);
    }
  if (self->reread_source != NULL)
    {
      g_source_destroy (self->reread_source);
      g_clear_pointer (&self->reread_source, g_source_unref);
    }
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  /* Last chance for stars a deferred save has not written yet (quietly:
   * nobody should hear from a disposed object). */
  self->disposed = TRUE;
  if (self->pending != NULL && g_hash_table_size (self->pending) > 0)
    {
      g_autoptr(GError) error = NULL;

      if (!lineup_agenda_save (self, &error))
        g_debug ("Stars lost on exit: %s", error->message);
    }

  G_OBJECT_CLASS (lineup_agenda_parent_class)->dispose (object);
}

static void
lineup_agenda_finalize (GObject *object)
{
  LineupAgenda *self = LINEUP_AGENDA (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->lock_path, g_free);
  g_clear_object (&self->recovered_file);
  g_clear_pointer (&self->saved, g_hash_table_unref);
  g_clear_pointer (&self->claims, g_hash_table_unref);
  g_clear_pointer (&self->effective, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);

  G_OBJECT_CLASS (lineup_agenda_parent_class)->finalize (object);
}

static void
lineup_agenda_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LineupAgenda *self = LINEUP_AGENDA (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_RECOVERED_FILE:
      g_value_set_object (value, self->recovered_file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_agenda_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LineupAgenda *self = LINEUP_AGENDA (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_free (self->path);
      if (g_value_get_string (value) != NULL)
        self->path = g_value_dup_string (value);
      else
        self->path = g_build_filename (g_get_user_data_dir (), "lineup", "agenda.yaml", NULL);
      g_free (self->lock_path);
      self->lock_path = g_strconcat (self->path, ".lock", NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_agenda_class_init (LineupAgendaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lineup_agenda_dispose;
  object_class->finalize = lineup_agenda_finalize;
  object_class->get_property = lineup_agenda_get_property;
  object_class->set_property = lineup_agenda_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECOVERED_FILE] =
    g_param_spec_object ("recovered-file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
lineup_agenda_init (LineupAgenda *self)
{
  self->saved = stars_new ();
  self->claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) claim_free);
  self->effective = g_hash_table_ref (self->saved);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY;
}

/* Public API */

LineupAgenda *
lineup_agenda_new (const gchar *path)
{
  return g_object_new (LINEUP_TYPE_AGENDA, "path", path, NULL);
}

const gchar *
lineup_agenda_get_path (LineupAgenda *self)
{
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), NULL);
  return self->path;
}

gboolean
lineup_agenda_load (LineupAgenda  *self,
                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *before = NULL;
  g_autofree gchar *aside = NULL;
  Stars *stars = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  before = view_digest (self);

  /* Exclusive: an unreadable file is moved aside under the lock. */
  fd = open_lock (self, TRUE, FALSE, NULL);
  ok = read_or_move_aside (self, &stars, &aside, &local_error);
  close_lock (fd);
  set_recovered_file (self, aside);

  if (ok)
    replace_saved (self, stars);
  else if (g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
    replace_saved (self, stars_new ());

  emit_changed_if (self, before);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

GFile *
lineup_agenda_get_recovered_file (LineupAgenda *self)
{
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), NULL);
  return self->recovered_file;
}

gboolean
lineup_agenda_load_read_only (LineupAgenda  *self,
                              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *before = NULL;
  Stars *stars = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  before = view_digest (self);

  fd = open_existing_lock_shared (self);
  ok = read_in_place (self, &stars, &local_error);
  close_lock (fd);

  if (ok)
    replace_saved (self, stars);
  else if (g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
    replace_saved (self, stars_new ());

  emit_changed_if (self, before);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

gboolean
lineup_agenda_is_starred (LineupAgenda *self,
                          const gchar  *post_key,
                          const gchar  *id)
{
  GHashTable *table;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);

  if (post_key == NULL || id == NULL)
    return FALSE;

  if ((table = g_hash_table_lookup (self->pending, post_key)) != NULL)
    {
      Change *change = g_hash_table_lookup (table, id);

      if (change != NULL)
        return change->starred;
    }
  if ((table = g_hash_table_lookup (self->effective, post_key)) != NULL)
    return g_hash_table_contains (table, id);
  return FALSE;
}

static gboolean
on_save_timeout_cb (gpointer data)
{
  LineupAgenda *self = data;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->save_source, g_source_unref);
  if (!lineup_agenda_flush (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (LineupAgenda *self)
{
  g_autoptr(GMainContext) context = NULL;

  if (self->autosave_delay == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!lineup_agenda_flush (self, &error))
        g_signal_emit (self, signals[SAVE_FAILED], 0, error);
      return;
    }

  /* Counted from the first change, not the last: a steady stream of
   * changes is still written every autosave_delay. */
  if (self->save_source != NULL)
    return;

  context = g_main_context_ref_thread_default ();
  self->save_source = g_timeout_source_new (self->autosave_delay);
  g_source_set_static_name (self->save_source, "[lineup-agenda] save");
  g_source_set_callback (self->save_source, on_save_timeout_cb, self, NULL);
  g_source_attach (self->save_source, context);
}

void
lineup_agenda_set_starred (LineupAgenda  *self,
                           const gchar   *post_key,
                           LineupSession *session,
                           gboolean       starred)
{
  GHashTable *changes;
  Change *change;
  const gchar *id;

  g_return_if_fail (LINEUP_IS_AGENDA (self));
  g_return_if_fail (post_key != NULL);
  g_return_if_fail (LINEUP_IS_SESSION (session));

  id = lineup_session_get_id (session);
  g_return_if_fail (id != NULL && *id != '\0');

  starred = !!starred;
  lineup_session_set_starred (session, starred);
  if (lineup_agenda_is_starred (self, post_key, id) == starred)
    return;

  changes = g_hash_table_lookup (self->pending, post_key);
  if (changes == NULL)
    {
      changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) change_free);
      g_hash_table_insert (self->pending, g_strdup (post_key), changes);
    }

  change = g_new0 (Change, 1);
  change->starred = starred;
  if (starred)
    {
      g_autofree gchar *start =
        lineup_format_iso8601 (lineup_session_get_start (session),
                               lineup_session_get_floating (session));

      change->entry = entry_new (id, lineup_session_get_title (session), start);
    }
  g_hash_table_replace (changes, g_strdup (id), change);

  g_signal_emit (self, signals[CHANGED], 0);
  schedule_save (self);
}

GPtrArray *
lineup_agenda_dup_entries (LineupAgenda *self,
                           const gchar  *post_key)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_agenda_entry_free);
  g_autoptr(GHashTable) view = NULL;
  GHashTable *post;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), result);

  if (post_key == NULL)
    return result;

  view = dup_view (self);
  if ((post = g_hash_table_lookup (view, post_key)) != NULL)
    {
      g_autoptr(GPtrArray) entries = post_sorted_entries (post);

      for (guint i = 0; i < entries->len; i++)
        g_ptr_array_add (result, entry_copy (g_ptr_array_index (entries, i)));
    }
  return result;
}

gboolean
lineup_agenda_save (LineupAgenda  *self,
                    GError       **error)
{
  g_autoptr(GError) corrupt_error = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree gchar *before = NULL;
  g_autofree gchar *aside = NULL;
  Stars *latest = NULL;
  Stars *result;
  int fd;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->save_source != NULL)
    {
      g_source_destroy (self->save_source);
      g_clear_pointer (&self->save_source, g_source_unref);
    }

  before = view_digest (self);

  fd = open_lock (self, TRUE, TRUE, error);
  if (fd < 0)
    return FALSE;

  /* Another process may have written since we last read: start from the
   * file as it is now, not from our memory of it. */
  if (!read_or_move_aside (self, &latest, &aside, &local_error))
    {
      if (!g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
        {
          close_lock (fd);
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s",
                                      _("The agenda was not saved: "));
          return FALSE;
        }
      /* The file is kept aside; what we knew of it is the best base left. */
      latest = stars_copy (self->saved);
      corrupt_error = g_steal_pointer (&local_error);
    }

  result = stars_copy (latest);
  stars_apply_claims (result, self->claims);
  stars_apply_pending (result, self->pending);

  text = format_agenda (result, error);
  if (text == NULL
      || !g_file_set_contents_full (self->path, text->str, text->len,
                                    G_FILE_SET_CONTENTS_CONSISTENT
                                    | G_FILE_SET_CONTENTS_DURABLE,
                                    0644, &local_error))
    {
      close_lock (fd);
      set_recovered_file (self, aside);
      g_hash_table_unref (result);
      if (text != NULL)
        io_error (error, _("Could not save the agenda to “%s”: %s"),
                  self->path, local_error->message);
      /* Keep the pending changes for a later try, but show what others
       * have written meanwhile. */
      replace_saved (self, latest);
      emit_changed_if (self, before);
      return FALSE;
    }

  close_lock (fd);
  set_recovered_file (self, aside);
  self->n_writes++;
  g_hash_table_unref (latest);
  replace_saved (self, result);
  g_hash_table_remove_all (self->pending);
  emit_changed_if (self, before);

  if (corrupt_error != NULL)
    {
      /* The stars are written; the caller still has to tell the user. */
      g_propagate_error (error, g_steal_pointer (&corrupt_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
lineup_agenda_flush (LineupAgenda  *self,
                     GError       **error)
{
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);

  if (!lineup_agenda_has_pending (self))
    {
      if (self->save_source != NULL)
        {
          g_source_destroy (self->save_source);
          g_clear_pointer (&self->save_source, g_source_unref);
        }
      return TRUE;
    }
  return lineup_agenda_save (self, error);
}

gboolean
lineup_agenda_has_pending (LineupAgenda *self)
{
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);
  return g_hash_table_size (self->pending) > 0;
}

void
lineup_agenda_set_autosave_delay (LineupAgenda *self,
                                  guint         delay_ms)
{
  g_return_if_fail (LINEUP_IS_AGENDA (self));
  self->autosave_delay = delay_ms;
}

guint
lineup_agenda_get_n_writes (LineupAgenda *self)
{
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), 0);
  return self->n_writes;
}

static void
reread (LineupAgenda *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree gchar *before = view_digest (self);
  Stars *stars = NULL;
  gboolean ok;
  int fd;

  fd = open_lock (self, FALSE, FALSE, NULL);
  ok = read_in_place (self, &stars, &error);
  close_lock (fd);

  /* An unreadable file is left alone here (someone may be editing it); the
   * next load or save keeps it aside. */
  if (!ok)
    {
      g_debug ("Not merging “%s”: %s", self->path, error->message);
      return;
    }

  replace_saved (self, stars);
  emit_changed_if (self, before);
}

static gboolean
on_reread_cb (gpointer data)
{
  LineupAgenda *self = data;

  g_clear_pointer (&self->reread_source, g_source_unref);
  reread (self);
  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed_cb (GFileMonitor      *monitor,
                       GFile             *file,
                       GFile             *other_file,
                       GFileMonitorEvent  event_type,
                       gpointer           data)
{
  LineupAgenda *self = data;
  g_autoptr(GMainContext) context = NULL;

  if (event_type == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED
      || event_type == G_FILE_MONITOR_EVENT_PRE_UNMOUNT
      || event_type == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;

  /* One re-read for a burst of events. */
  if (self->reread_source != NULL)
    return;

  context = g_main_context_ref_thread_default ();
  self->reread_source = g_idle_source_new ();
  g_source_set_static_name (self->reread_source, "[lineup-agenda] reread");
  g_source_set_callback (self->reread_source, on_reread_cb, self, NULL);
  g_source_attach (self->reread_source, context);
}

void
lineup_agenda_watch (LineupAgenda *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gchar *dir = NULL;

  g_return_if_fail (LINEUP_IS_AGENDA (self));

  if (self->monitor != NULL)
    return;

  /* The monitor is more reliable on an existing folder. */
  dir = g_path_get_dirname (self->path);
  g_mkdir_with_parents (dir, 0700);

  file = g_file_new_for_path (self->path);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Cannot watch “%s”: %s", self->path, error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed_cb), self);
}

/* Claims for @schedule the stars its old key holds for its talks, as long
 * as its own key has none. */
static void
claim_old_stars (LineupAgenda   *self,
                 LineupSchedule *schedule)
{
  const gchar *post_key = lineup_schedule_get_key (schedule);
  const gchar *old_key = lineup_schedule_get_old_key (schedule);
  GHashTable *old = NULL;
  Claim *claim;
  GHashTableIter iter;
  const gchar *id;

  if (post_key == NULL)
    return;
  if (old_key != NULL && !g_str_equal (old_key, post_key)
      && !g_hash_table_contains (self->saved, post_key))
    old = g_hash_table_lookup (self->saved, old_key);

  claim = g_new0 (Claim, 1);
  claim->old_key = g_strdup (old_key);
  claim->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (old != NULL)
    {
      g_hash_table_iter_init (&iter, old);
      while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
        if (lineup_schedule_find (schedule, id) != NULL)
          g_hash_table_add (claim->ids, g_strdup (id));
    }

  if (g_hash_table_size (claim->ids) == 0)
    {
      claim_free (claim);
      if (!g_hash_table_remove (self->claims, post_key))
        return;
    }
  else
    g_hash_table_replace (self->claims, g_strdup (post_key), claim);
  update_effective (self);
}

void
lineup_agenda_apply (LineupAgenda   *self,
                     LineupSchedule *schedule)
{
  const gchar *post_key;
  guint n;

  g_return_if_fail (LINEUP_IS_AGENDA (self));
  g_return_if_fail (LINEUP_IS_SCHEDULE (schedule));

  claim_old_stars (self, schedule);
  post_key = lineup_schedule_get_key (schedule);
  n = lineup_schedule_get_n_sessions (schedule);
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      lineup_session_set_starred (session,
                                  lineup_agenda_is_starred (self, post_key,
                                                            lineup_session_get_id (session)));
    }
  lineup_conflicts_update (schedule);
}
