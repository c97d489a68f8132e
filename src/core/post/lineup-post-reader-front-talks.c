/* lineup-post-reader-front-talks.c — talks listed in the front matter
 *
 * An event site's page often keeps its programme in the front matter and
 * lets the site's layout render it; the body says little or nothing:
 *
 *     ---
 *     title: Lightning Talks
 *     date: 2017-12-19
 *     talks:
 *       - title: Progressive Web Apps
 *         speaker: Ada Lovelace
 *         time: 7:00 PM
 *       - title: Testing with Cypress
 *         speakers: [Alan Turing, Grace Hopper]
 *         time: 7:15 PM
 *     ---
 *
 * or nests it, as a summit's page does: days, the slots of each day, the
 * sessions of each slot, the talks of a session:
 *
 *     Intro Text: Sept 19 - 20, 2019 | Heidelberg
 *     Day1:
 *       - time: 9:30 AM
 *         session:
 *           - title: "Workshop 2: Image Processing"
 *             presenter:
 *               - people: [Jorge Martinez Garcia, Felix Delattre]
 *                 organization: HOT
 *           - title: Discussion Sessions
 *             subsessions:
 *               - title: "An Intro to Software Collaboration"
 *
 * The front matter is read into a tree.  A mapping in a list is a talk when
 * it has a title and a time, a day or speakers, its own or those of the
 * mappings around it (a slot's time is its sessions'), unless lists under
 * it hold talks (a group of sessions).  "Day1" over a list counts the
 * event's days from the first date the page names; a date as a key is that
 * day.  Each talk's slot is read from its date and time as the body's
 * would be, its speakers are the names it lists (not their organisations);
 * a break or a placeholder is no talk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-post-document.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

/* Each field under its names, compared folded to lower case. */
typedef enum
{
  FIELD_TITLE,
  FIELD_NAME,      /* a title when the entry has a time or speakers, else a person's name */
  FIELD_SPEAKERS,
  FIELD_TIME,
  FIELD_END,
  FIELD_DATE,
  FIELD_URL,
  FIELD_DESCRIPTION,
  FIELD_ROOM,
  N_FIELDS
} Field;

static const struct
{
  const gchar *name;
  Field        field;
} field_names[] = {
  { "title", FIELD_TITLE }, { "talk", FIELD_TITLE }, { "topic", FIELD_TITLE },
  { "session", FIELD_TITLE }, { "subject", FIELD_TITLE }, { "name", FIELD_NAME },
  { "what", FIELD_TITLE }, { "at", FIELD_TIME },
  { "speaker", FIELD_SPEAKERS }, { "speakers", FIELD_SPEAKERS }, { "presenter", FIELD_SPEAKERS },
  { "presenters", FIELD_SPEAKERS }, { "by", FIELD_SPEAKERS }, { "who", FIELD_SPEAKERS },
  { "author", FIELD_SPEAKERS }, { "authors", FIELD_SPEAKERS },
  { "time", FIELD_TIME }, { "start", FIELD_TIME }, { "start_time", FIELD_TIME },
  { "starts", FIELD_TIME }, { "hour", FIELD_TIME }, { "when", FIELD_TIME }, { "slot", FIELD_TIME },
  { "end", FIELD_END }, { "end_time", FIELD_END }, { "ends", FIELD_END },
  { "date", FIELD_DATE }, { "day", FIELD_DATE },
  { "url", FIELD_URL }, { "link", FIELD_URL }, { "href", FIELD_URL },
  { "description", FIELD_DESCRIPTION }, { "abstract", FIELD_DESCRIPTION },
  { "summary", FIELD_DESCRIPTION }, { "details", FIELD_DESCRIPTION },
  { "room", FIELD_ROOM }, { "location", FIELD_ROOM }, { "venue", FIELD_ROOM },
};

/* A list of more entries than this is no page's programme. */
#define MAX_FRONT_TALKS 2000
/* Deeper than this is no programme (and must not exhaust the stack). */
#define MAX_TREE_DEPTH 32


static gint
field_of (const gchar *key)
{
  g_autofree gchar *lower = g_ascii_strdown (key, -1);

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (g_str_equal (lower, field_names[i].name))
      return (gint) field_names[i].field;
  return -1;
}

static gboolean
free_data (GNode   *node,
           gpointer user_data)
{
  NodeData *data = node->data;

  g_free (data->text);
  g_free (data);
  return FALSE;
}

void
lineup_post_reader_front_entries_clear (FrontEntries *entries)
{
  if (entries->root != NULL)
    {
      g_node_traverse (entries->root, G_IN_ORDER, G_TRAVERSE_ALL, -1, free_data, NULL);
      g_node_destroy (entries->root);
    }
  entries->root = NULL;
  entries->current = NULL;
  entries->depth = 0;
  entries->skipped = 0;
}

GNode *
lineup_post_reader_front_node_new (GNode       *parent,
                                   NodeKind     kind,
                                   const gchar *text,
                                   guint        line)
{
  NodeData *data = g_new0 (NodeData, 1);
  GNode *node = g_node_new (data);

  data->kind = kind;
  data->line = line;
  data->text = kind == NODE_SCALAR ? g_strdup (text) : NULL;
  if (parent != NULL)
    g_node_append (parent, node);
  return node;
}

static GNode *
add_node (FrontEntries       *entries,
          NodeKind            kind,
          const yaml_event_t *event,
          guint               first_line)
{
  GNode *node;

  /* a second document: not read */
  if (entries->current == NULL && entries->root != NULL)
    return NULL;
  node = lineup_post_reader_front_node_new (entries->current, kind,
                                            kind == NODE_SCALAR
                                            ? (const gchar *) event->data.scalar.value : NULL,
                                            (guint) event->start_mark.line + first_line);
  if (entries->current == NULL)
    entries->root = node;
  return node;
}

void
lineup_post_reader_front_entries_event (FrontEntries       *entries,
                                        const yaml_event_t *event,
                                        gint                depth,
                                        guint               first_line)
{
  GNode *node;

  switch (event->type)
    {
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
      /* nothing deeper is read: the tree is walked and freed recursively */
      if (entries->skipped > 0 || entries->depth >= MAX_TREE_DEPTH)
        {
          entries->skipped++;
          break;
        }
      node = add_node (entries, event->type == YAML_MAPPING_START_EVENT ? NODE_MAP : NODE_SEQUENCE,
                       event, first_line);
      if (node != NULL)
        {
          entries->current = node;
          entries->depth++;
        }
      break;

    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      if (entries->skipped > 0)
        entries->skipped--;
      else if (entries->current != NULL)
        {
          entries->current = entries->current->parent;
          entries->depth--;
        }
      break;

    case YAML_SCALAR_EVENT:
      if (entries->current != NULL && entries->skipped == 0)
        add_node (entries, NODE_SCALAR, event, first_line);
      break;

    case YAML_NO_EVENT:
    case YAML_STREAM_START_EVENT:
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_START_EVENT:
    case YAML_DOCUMENT_END_EVENT:
    case YAML_ALIAS_EVENT:
    default:
      break;
    }
}

static NodeKind
kind_of (GNode *node)
{
  return ((NodeData *) node->data)->kind;
}

static const gchar *
text_of (GNode *node)
{
  return node != NULL && kind_of (node) == NODE_SCALAR ? ((NodeData *) node->data)->text : NULL;
}

NodeKind
lineup_post_reader_front_node_kind (GNode *node)
{
  return kind_of (node);
}

const gchar *
lineup_post_reader_front_node_text (GNode *node)
{
  return text_of (node);
}

/* Reading the tree ----------------------------------------------------------- */

/* What a mapping gives the mappings inside it: a slot's time is its
 * sessions', a day's key its talks'. */
typedef struct
{
  const gchar *time;
  const gchar *end;
  const gchar *date;
  const gchar *room;
  guint        event_day;   /* "Day1": the event's first day is 1; 0 when none */
  gboolean     in_schedule; /* under a key that names the talks ("schedule:") */
} Inherited;

typedef struct
{
  Reader    *reader;
  GPtrArray *talks;          /* Talk: the candidates, in the page's order */
  gint       first_year, first_month, first_day;   /* the first day the page names */
  /* "talk: true" beside some entries: the others (a welcome, a break) are
   * none; those without the mark */
  gboolean    any_marked;
  GHashTable *unmarked;
  /* a talk with its title listed under "schedule:", "talks:": a list of
   * one is the page's one talk, not some other setting */
  gboolean    named_list;
} Tree;

/* The text of @map's scalar value under @key, or NULL. */
static const gchar *
map_value (GNode       *map,
           const gchar *key)
{
  for (GNode *child = map->children; child != NULL && child->next != NULL;
       child = child->next->next)
    if (text_of (child) != NULL && g_ascii_strcasecmp (text_of (child), key) == 0 &&
        text_of (child->next) != NULL && *text_of (child->next) != '\0')
      return text_of (child->next);
  return NULL;
}

/* "Ada", "[Alan, Grace]", "{name: Ada}", "[{name: Ada}, …]", "[{people:
 * [Jorge, Felix], organization: HOT}]": the names @value lists, into
 * @names. */
static void
collect_names (GNode   *value,
               GString *names,
               guint    depth)
{
  if (depth > MAX_TREE_DEPTH)
    return;
  if (kind_of (value) == NODE_SCALAR)
    {
      if (*text_of (value) != '\0')
        g_string_append_printf (names, "%s%s", names->len > 0 ? "; " : "", text_of (value));
      return;
    }
  if (kind_of (value) == NODE_SEQUENCE)
    {
      for (GNode *child = value->children; child != NULL; child = child->next)
        collect_names (child, names, depth + 1);
      return;
    }
  /* "{family: Tran, given: Dustin}": a citation's name (CSL), given first */
  if (map_value (value, "family") != NULL)
    {
      const gchar *given = map_value (value, "given");

      g_string_append_printf (names, "%s%s%s%s", names->len > 0 ? "; " : "",
                              given != NULL ? given : "", given != NULL ? " " : "",
                              map_value (value, "family"));
      return;
    }
  for (GNode *key = value->children; key != NULL && key->next != NULL; key = key->next->next)
    {
      const gchar *name = text_of (key);

      /* a person's name, or the people of a group; never the organisation */
      if (name != NULL && (g_ascii_strcasecmp (name, "name") == 0 ||
                           g_ascii_strcasecmp (name, "people") == 0 ||
                           g_ascii_strcasecmp (name, "person") == 0))
        collect_names (key->next, names, depth + 1);
    }
}

/* "Day1", "day_2", "Day 3": the event's day a key numbers, or 0. */
static guint
day_of_key (const gchar *key)
{
  const gchar *p = key;

  if (key == NULL || g_ascii_strncasecmp (key, "day", 3) != 0)
    return 0;
  p += 3;
  p += strspn (p, " _-");
  if (*p == '\0' || strspn (p, "0123456789") != strlen (p) || strlen (p) > 2)
    return 0;
  return (guint) g_ascii_strtoull (p, NULL, 10);
}

/* The day @inherited names, written as a post would ("2019-09-20"). */
static gchar *
day_text (const Tree      *tree,
          const Inherited *inherited)
{
  GDate date;

  if (inherited->date != NULL)
    return g_strdup (inherited->date);
  if (inherited->event_day == 0 || tree->first_year == 0 ||
      !g_date_valid_dmy ((GDateDay) tree->first_day, (GDateMonth) tree->first_month,
                         (GDateYear) tree->first_year))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) tree->first_day, (GDateMonth) tree->first_month,
                  (GDateYear) tree->first_year);
  g_date_add_days (&date, inherited->event_day - 1);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* "2017-12-19 7:00 PM - 7:15 PM": the entry's slot, as the body would
 * write it.  Without a day of its own, a timed entry is on the page's date:
 * an event's page is dated by its event. */
static LineupSlotFound
entry_slot (const Tree      *tree,
            const gchar    **values,
            const Inherited *inherited,
            LineupSlot      *slot)
{
  const Reader *reader = tree->reader;
  g_autoptr(GString) when = g_string_new (NULL);
  g_autofree gchar *day = values[FIELD_DATE] != NULL ? g_strdup (values[FIELD_DATE])
                                                    : day_text (tree, inherited);
  const gchar *time = values[FIELD_TIME] != NULL ? values[FIELD_TIME] : inherited->time;
  const gchar *end = values[FIELD_TIME] != NULL ? values[FIELD_END] : inherited->end;

  if (day != NULL)
    g_string_append_printf (when, "%s ", day);
  else if (time != NULL && inherited->event_day == 0 && reader->pub_year != 0)
    g_string_append_printf (when, "%04d-%02d-%02d ", reader->pub_year, reader->pub_month, reader->pub_day);
  if (time != NULL)
    g_string_append (when, time);
  if (time != NULL && end != NULL)
    g_string_append_printf (when, " - %s", end);
  return lineup_slot_scan (when->str, slot);
}

/* A description field, as Markdown: one written in HTML ("<p>Lorem…</p>",
 * as some sites keep it) is read for the Markdown it stands for rather than
 * shown as its tags. */
static GString *
entry_description (const gchar *text)
{
  if (text != NULL && lineup_post_document_looks_like_html (text))
    {
      g_autofree gchar *markdown = lineup_post_document_html_to_markdown (text);

      return g_string_new (markdown);
    }
  return g_string_new (text);
}

/* @values of a mapping in a list, as a talk; NULL when they read as none:
 * a title, and a time, a day or speakers.  "name: Progressive Web Apps" is
 * a title beside a time or speakers; in a list of people ("name: Ada
 * Lovelace", "bio: …") it is a name. */
static Talk *
entry_talk (const Tree      *tree,
            const gchar    **values,
            const gchar     *speakers,
            const Inherited *inherited,
            guint            line)
{
  const gchar *title = values[FIELD_TITLE];
  gboolean timed = values[FIELD_TIME] != NULL || inherited->time != NULL;
  gboolean dated = values[FIELD_DATE] != NULL || inherited->date != NULL || inherited->event_day != 0;
  Talk *talk;

  if (title == NULL && values[FIELD_NAME] != NULL && (timed || speakers != NULL))
    title = values[FIELD_NAME];
  if (title == NULL || !(timed || dated || speakers != NULL) ||
      lineup_post_table_is_filler (title) || lineup_post_layouts_title_is_ceremony (title))
    return NULL;
  talk = g_new0 (Talk, 1);
  /* 'title: “Performance Lab”': the quotes only mark the title */
  talk->title = lineup_text_unquote (g_strdup (title));
  talk->byline = speakers != NULL ? g_strdup (speakers) : NULL;
  talk->url = g_strdup (values[FIELD_URL]);
  talk->room = g_strdup (values[FIELD_ROOM] != NULL ? values[FIELD_ROOM] : inherited->room);
  talk->found = entry_slot (tree, values, inherited, &talk->slot);
  talk->line = line;
  talk->from_fields = TRUE;   /* an entry of fields: a talk, linked or not */
  talk->description = entry_description (values[FIELD_DESCRIPTION]);
  return talk;
}

static guint walk_value (Tree *tree, GNode *value, const gchar *key, const Inherited *inherited,
                         guint depth);

/* The time a map holds and nothing else but layout ("{time: 09:30}", "{column:
 * {time: 09:30}}"), or NULL. */
static const gchar *
lone_time (GNode *map,
           guint  depth)
{
  const gchar *time = NULL;
  guint pairs = 0;

  if (depth > MAX_TREE_DEPTH)
    return NULL;
  for (GNode *key = map->children; key != NULL && key->next != NULL; key = key->next->next)
    pairs++;
  for (GNode *key = map->children; key != NULL && key->next != NULL; key = key->next->next)
    {
      GNode *value = key->next;
      gint field = text_of (key) != NULL ? field_of (text_of (key)) : -1;

      if (field == FIELD_TIME && text_of (value) != NULL && *text_of (value) != '\0')
        time = text_of (value);
      else if (pairs == 1 && kind_of (value) == NODE_MAP)
        return lone_time (value, depth + 1);
      else if (field >= 0)
        return NULL;
    }
  return time;
}

static gboolean
is_yaml_boolean (const gchar *text)
{
  static const gchar * const booleans[] = { "true", "false", "yes", "no", NULL };
  g_autofree gchar *folded = g_ascii_strdown (text, -1);

  return g_strv_contains (booleans, folded);
}

/* @map's talks (itself, or those lists under it hold); how many. */
static guint
walk_map (Tree            *tree,
          GNode           *map,
          gboolean         in_list,
          const Inherited *inherited,
          guint            depth)
{
  const gchar *values[N_FIELDS] = { NULL };
  g_autoptr(GString) names = g_string_new (NULL);
  const gchar *byline = NULL;
  Inherited under = *inherited;
  guint found = 0;
  gboolean marked = FALSE;
  Talk *talk;

  for (GNode *key = map->children; key != NULL && key->next != NULL; key = key->next->next)
    {
      gint field = text_of (key) != NULL ? field_of (text_of (key)) : -1;

      if (field == FIELD_TITLE && text_of (key->next) != NULL &&
          (g_ascii_strcasecmp (text_of (key->next), "true") == 0 ||
           g_ascii_strcasecmp (text_of (key->next), "yes") == 0))
        marked = TRUE;
      if (field == FIELD_SPEAKERS)
        collect_names (key->next, names, depth + 1);
      /* "talk: true" marks the entry a talk: no title */
      else if (field >= 0 && text_of (key->next) != NULL && *text_of (key->next) != '\0' &&
               !is_yaml_boolean (text_of (key->next)))
        values[field] = text_of (key->next);
      /* "header: Тихон Соколов – Full Stack Developer, msk vue.js": a field
       * of another name that holds a byline */
      else if (field < 0 && byline == NULL && text_of (key->next) != NULL &&
               lineup_byline_looks_like_people (text_of (key->next)))
        byline = text_of (key->next);
    }
  if (names->len == 0 && byline != NULL)
    g_string_append (names, byline);
  /* the page's own date is when it was written, not its lists' day */
  if (values[FIELD_TIME] != NULL && depth > 0)
    {
      under.time = values[FIELD_TIME];
      under.end = values[FIELD_END];
    }
  if (depth > 0)
    {
      under.date = values[FIELD_DATE] != NULL ? values[FIELD_DATE] : under.date;
      under.room = values[FIELD_ROOM] != NULL ? values[FIELD_ROOM] : under.room;
    }
  for (GNode *key = map->children; key != NULL && key->next != NULL; key = key->next->next)
    {
      gint field = text_of (key) != NULL ? field_of (text_of (key)) : -1;

      if (kind_of (key->next) != NODE_SCALAR && field != FIELD_SPEAKERS && field != FIELD_DESCRIPTION)
        found += walk_value (tree, key->next, text_of (key), &under, depth + 1);
    }
  /* a group of sessions is none itself */
  if (found > 0 || !in_list || tree->talks->len >= MAX_FRONT_TALKS)
    return found;
  talk = entry_talk (tree, values, names->len > 0 ? names->str : NULL, inherited,
                     ((NodeData *) map->data)->line);
  if (talk == NULL)
    return 0;
  tree->named_list |= inherited->in_schedule && values[FIELD_TITLE] != NULL;
  g_ptr_array_add (tree->talks, talk);
  tree->any_marked |= marked;
  if (!marked)
    g_hash_table_add (tree->unmarked, talk);
  return 1;
}

/* "- [\"10:00 - 10:30\", \"Foundation Report\", \"\"]": a slot written as a row of
 * scalars, its time then its title (a description may follow).  The talk,
 * or NULL when the row is no such slot (or a break). */
static Talk *
row_talk (const Tree      *tree,
          GNode           *row,
          const Inherited *inherited)
{
  const gchar *values[N_FIELDS] = { NULL };
  GNode *first = row->children;
  LineupSlot slot;

  if (first == NULL || first->next == NULL || kind_of (first) != NODE_SCALAR ||
      kind_of (first->next) != NODE_SCALAR || text_of (first) == NULL ||
      text_of (first->next) == NULL ||
      !(lineup_slot_scan (text_of (first), &slot) & LINEUP_SLOT_TIME) ||
      !lineup_slot_is_whole (text_of (first), &slot) ||
      lineup_post_count_letters (text_of (first->next), -1) < 3)
    return NULL;
  values[FIELD_TIME] = text_of (first);
  values[FIELD_TITLE] = text_of (first->next);
  return entry_talk (tree, values, NULL, inherited, ((NodeData *) row->data)->line);
}

/* "schedule:", "talks:", "Programm:": a key that names the talks under it. */
static gboolean
names_schedule (const gchar *key)
{
  static const gchar * const names[] = {
    "schedule", "talks", "program", "programme", "programm", "programa", "agenda", "sessions",
    "lineup", NULL
  };
  g_autofree gchar *folded = g_ascii_strdown (key, -1);

  return g_strv_contains (names, folded);
}

static guint
walk_value (Tree            *tree,
            GNode           *value,
            const gchar     *key,
            const Inherited *inherited,
            guint            depth)
{
  Inherited under = *inherited;
  LineupSlot slot;
  guint found = 0;
  Talk *talk;

  if (depth > MAX_TREE_DEPTH)
    return 0;
  under.in_schedule = key != NULL && names_schedule (key);
  /* "Day1:", "2019-09-20:": the day of what the key holds */
  if ((under.event_day = day_of_key (key)) == 0)
    under.event_day = inherited->event_day;
  else
    under.date = NULL;
  if (key != NULL && lineup_slot_scan (key, &slot) == LINEUP_SLOT_DATE && slot.month != 0 &&
      slot.day != 0 && lineup_slot_is_whole (key, &slot))
    {
      under.date = key;
      under.event_day = 0;
    }
  /* "talk: {speaker: Name, title: …}": a map under a talk's key is one */
  if (kind_of (value) == NODE_MAP)
    return walk_map (tree, value, key != NULL && field_of (key) == FIELD_TITLE, &under, depth);
  for (GNode *child = value->children; child != NULL; child = child->next)
    {
      const gchar *time;

      if (kind_of (child) == NODE_SEQUENCE && tree->talks->len < MAX_FRONT_TALKS &&
          (talk = row_talk (tree, child, &under)) != NULL)
        {
          g_ptr_array_add (tree->talks, talk);
          g_hash_table_add (tree->unmarked, talk);
          found++;
        }
      if (kind_of (child) != NODE_MAP)
        continue;
      /* "- column: {time: 09:30}" then "- column: {talk: …}": a row's time
       * cell is the time of the cells after it */
      if ((time = lone_time (child, depth)) != NULL)
        {
          under.time = time;
          under.end = NULL;
          continue;
        }
      found += walk_map (tree, child, TRUE, &under, depth + 1);
    }
  return found;
}

/* "Intro Text: Sept 19 - 20, 2019 | Heidelberg": the first day the page's
 * own fields name, from which "Day1" counts. */
static void
find_first_day (Tree  *tree,
                GNode *root)
{
  for (GNode *key = root->children; key != NULL && key->next != NULL; key = key->next->next)
    {
      const gchar *value = text_of (key->next);
      LineupSlot slot;

      if (value != NULL && strlen (value) < 200 &&
          (lineup_slot_scan (value, &slot) & LINEUP_SLOT_DATE) && slot.year != 0 &&
          slot.month != 0 && slot.day != 0)
        {
          tree->first_year = slot.year;
          tree->first_month = slot.month;
          tree->first_day = slot.day;
          return;
        }
    }
}

void
lineup_post_reader_front_talks (Reader *reader)
{
  GNode *root = reader->front_entries.root;
  Tree tree = { reader, NULL, 0, 0, 0, FALSE, NULL, FALSE };
  Inherited none = { 0 };

  if (root == NULL || kind_of (root) != NODE_MAP)
    return;
  tree.talks = g_ptr_array_new ();
  tree.unmarked = g_hash_table_new (NULL, NULL);
  find_first_day (&tree, root);
  walk_map (&tree, root, FALSE, &none, 0);
  /* a list of two or more, or one under "schedule:": one mapping
   * elsewhere is some other setting */
  for (guint i = 0; i < tree.talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (tree.talks, i);

      if ((tree.talks->len < 2 && !tree.named_list) ||
          (tree.any_marked && g_hash_table_contains (tree.unmarked, talk)))
        {
          lineup_post_reader_talk_free (talk);
          continue;
        }
      /* the page that lists its event's talks in its front matter is
       * dated by the event ("date: 2019-10-29" beside "talks:") */
      if ((talk->found & LINEUP_SLOT_DATE) == 0 && reader->pub_month != 0 &&
          talk->slot.event_day == 0)
        {
          talk->slot.year = reader->pub_year;
          talk->slot.month = reader->pub_month;
          talk->slot.day = reader->pub_day;
          talk->found |= LINEUP_SLOT_DATE;
        }
      lineup_post_reader_note_slot (reader, &talk->slot);
      lineup_post_reader_talk_finish (talk);
      g_ptr_array_add (reader->talks, talk);
    }
  g_ptr_array_unref (tree.talks);
  g_hash_table_unref (tree.unmarked);
}
