/* lineup-session-filter.c — which talks the list shows: search, track, room,
 * day, My Agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session-filter"

#include "config.h"

#include "lineup-session-filter.h"

struct _LineupSessionFilter
{
  GtkFilter          parent_instance;

  LineupSchedule    *schedule;
  gchar             *query;          /* folded, or NULL */
  GStrv              query_words;    /* its words, split once per search */
  /* The schedule's search texts in one buffer, built when idle; and which
   * of its talks query_words keeps (NULL until the filter first needs it). */
  LineupSearchIndex *search_index;
  guint8            *search_hits;
  guint              warm_source;    /* builds search_index when idle */
  gchar             *track;          /* NULL = every track */
  gchar             *room;           /* NULL = every room */
  guint              day_key;        /* LINEUP_SESSION_FILTER_ANY_DAY = every day */
  gboolean           agenda_mode;
};

G_DEFINE_FINAL_TYPE (LineupSessionFilter, lineup_session_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_SCHEDULE,
  PROP_QUERY,
  PROP_TRACK,
  PROP_ROOM,
  PROP_DAY_KEY,
  PROP_AGENDA_MODE,
  PROP_SEARCH_INDEXED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Search */

static gboolean
matches_query (LineupSessionFilter *self,
               LineupSession       *session)
{
  guint position;

  if (self->query_words == NULL)
    return TRUE;
  /* The talks the query keeps are worked out once per search (and per
   * schedule), when the filter first asks, so that it then looks a byte up
   * for each talk (docs/performance.md).  Until the index holds every text,
   * each talk is searched on its own: the filter model spreads that over
   * several frames, which one pass over every talk would not. */
  if (self->search_hits == NULL && self->search_index != NULL &&
      lineup_search_index_is_complete (self->search_index))
    {
      self->search_hits = g_malloc (MAX (1, lineup_search_index_get_n_talks (self->search_index)));
      lineup_search_index_match (self->search_index, (const gchar * const *) self->query_words,
                                 self->search_hits);
    }
  /* The index answers for the talks it holds; any other talk (the schedule
   * changed since) is searched on its own. */
  if (self->search_hits != NULL &&
      lineup_search_index_lookup (self->search_index, session, &position))
    return self->search_hits[position];
  return lineup_session_matches (session, (const gchar * const *) self->query_words);
}

static gboolean
lineup_session_filter_match (GtkFilter *filter,
                             gpointer   item)
{
  LineupSessionFilter *self = LINEUP_SESSION_FILTER (filter);
  LineupSession *session = item;

  if (self->agenda_mode && lineup_session_get_pick (session) == LINEUP_PICK_NONE)
    return FALSE;
  if (self->track != NULL && g_strcmp0 (self->track, lineup_session_get_track (session)) != 0)
    return FALSE;
  if (self->room != NULL && g_strcmp0 (self->room, lineup_session_get_room (session)) != 0)
    return FALSE;
  if (self->day_key != LINEUP_SESSION_FILTER_ANY_DAY &&
      self->day_key != lineup_session_get_day_key (session))
    return FALSE;
  return matches_query (self, session);
}

/* The talks' folded search texts are made on first use, then copied into
 * the search index: do both while the main loop is idle, a slice at a time,
 * so that no keystroke in the search entry pays for a whole conference. */
/* Well under a 16 ms frame. */
#define WARM_SLICE_USEC (4 * G_TIME_SPAN_MILLISECOND)

static gboolean
warm_search_texts_cb (gpointer user_data)
{
  LineupSessionFilter *self = user_data;
  gint64 deadline = g_get_monotonic_time () + WARM_SLICE_USEC;

  /* Small steps until the slice's time is up: making a talk's text may
   * mean splitting its title and parsing its speakers first. */
  while (!lineup_search_index_build_step (self->search_index, 64))
    if (g_get_monotonic_time () >= deadline)
      return G_SOURCE_CONTINUE;
  self->warm_source = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_INDEXED]);
  return G_SOURCE_REMOVE;
}

static void
restart_search_index (LineupSessionFilter *self)
{
  gboolean was_indexed = lineup_session_filter_get_search_indexed (self);

  g_clear_handle_id (&self->warm_source, g_source_remove);
  g_clear_pointer (&self->search_index, lineup_search_index_unref);
  if (self->schedule != NULL)
    {
      self->search_index = lineup_search_index_new_empty (self->schedule);
      self->warm_source = g_idle_add_full (G_PRIORITY_LOW, warm_search_texts_cb, self, NULL);
    }
  g_clear_pointer (&self->search_hits, g_free);
  if (was_indexed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_INDEXED]);
}

/* Properties */

LineupSchedule *
lineup_session_filter_get_schedule (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), NULL);

  return self->schedule;
}

/* The track, the room and the day were about the schedule before: they go
 * too. */
void
lineup_session_filter_set_schedule (LineupSessionFilter *self,
                                    LineupSchedule      *schedule)
{
  g_return_if_fail (LINEUP_IS_SESSION_FILTER (self));
  g_return_if_fail (schedule == NULL || LINEUP_IS_SCHEDULE (schedule));

  if (!g_set_object (&self->schedule, schedule))
    return;

  restart_search_index (self);
  if (self->track != NULL)
    {
      g_clear_pointer (&self->track, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
    }
  if (self->room != NULL)
    {
      g_clear_pointer (&self->room, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM]);
    }
  if (self->day_key != LINEUP_SESSION_FILTER_ANY_DAY)
    {
      self->day_key = LINEUP_SESSION_FILTER_ANY_DAY;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY_KEY]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
}

gboolean
lineup_session_filter_get_search_indexed (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), FALSE);

  return self->search_index != NULL && lineup_search_index_is_complete (self->search_index);
}

const gchar *
lineup_session_filter_get_query (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), NULL);

  return self->query != NULL ? self->query : "";
}

void
lineup_session_filter_set_query (LineupSessionFilter *self,
                                 const gchar         *typed)
{
  g_autofree gchar *query = NULL;
  const gchar *old;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (LINEUP_IS_SESSION_FILTER (self));

  query = lineup_text_fold (typed != NULL ? typed : "");
  g_strstrip (query);
  old = lineup_session_filter_get_query (self);
  if (g_str_equal (old, query))
    return;

  /* Every query word must appear: a longer query keeps fewer talks. */
  if (g_str_has_prefix (query, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old, query))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->search_hits, g_free);
  if (*query != '\0')
    {
      /* Split once per search, not once per talk (docs/performance.md). */
      self->query_words = lineup_search_words (query);
      self->query = g_steal_pointer (&query);
    }

  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

const gchar *
lineup_session_filter_get_track (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), NULL);

  return self->track;
}

void
lineup_session_filter_set_track (LineupSessionFilter *self,
                                 const gchar         *track)
{
  g_return_if_fail (LINEUP_IS_SESSION_FILTER (self));

  if (g_strcmp0 (track, self->track) == 0)
    return;

  g_free (self->track);
  self->track = g_strdup (track);
  gtk_filter_changed (GTK_FILTER (self), track == NULL ? GTK_FILTER_CHANGE_LESS_STRICT
                                                       : GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
}

const gchar *
lineup_session_filter_get_room (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), NULL);

  return self->room;
}

/* "" is no room, as lineup_session_set_room() has it. */
void
lineup_session_filter_set_room (LineupSessionFilter *self,
                                const gchar         *room)
{
  g_return_if_fail (LINEUP_IS_SESSION_FILTER (self));

  if (room != NULL && *room == '\0')
    room = NULL;
  if (g_strcmp0 (room, self->room) == 0)
    return;

  g_free (self->room);
  self->room = g_strdup (room);
  gtk_filter_changed (GTK_FILTER (self), room == NULL ? GTK_FILTER_CHANGE_LESS_STRICT
                                                      : GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM]);
}

guint
lineup_session_filter_get_day_key (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), LINEUP_SESSION_FILTER_ANY_DAY);

  return self->day_key;
}

void
lineup_session_filter_set_day_key (LineupSessionFilter *self,
                                   guint                day_key)
{
  g_return_if_fail (LINEUP_IS_SESSION_FILTER (self));

  if (self->day_key == day_key)
    return;

  self->day_key = day_key;
  gtk_filter_changed (GTK_FILTER (self), day_key != LINEUP_SESSION_FILTER_ANY_DAY
                                         ? GTK_FILTER_CHANGE_DIFFERENT
                                         : GTK_FILTER_CHANGE_LESS_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY_KEY]);
}

gboolean
lineup_session_filter_get_agenda_mode (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), FALSE);

  return self->agenda_mode;
}

void
lineup_session_filter_set_agenda_mode (LineupSessionFilter *self,
                                       gboolean             agenda_mode)
{
  g_return_if_fail (LINEUP_IS_SESSION_FILTER (self));

  agenda_mode = !!agenda_mode;
  if (self->agenda_mode == agenda_mode)
    return;

  self->agenda_mode = agenda_mode;
  gtk_filter_changed (GTK_FILTER (self), agenda_mode ? GTK_FILTER_CHANGE_MORE_STRICT
                                                     : GTK_FILTER_CHANGE_LESS_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENDA_MODE]);
}

gboolean
lineup_session_filter_is_narrowed (LineupSessionFilter *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), FALSE);

  return self->query != NULL || self->track != NULL || self->room != NULL ||
         self->day_key != LINEUP_SESSION_FILTER_ANY_DAY;
}

/* Their track and room are unknown: none is kept under a track or room
 * filter. */
gboolean
lineup_session_filter_keeps_unlisted (LineupSessionFilter *self,
                                      const gchar         *folded_title,
                                      guint                day_key)
{
  g_return_val_if_fail (LINEUP_IS_SESSION_FILTER (self), FALSE);

  return self->agenda_mode && self->track == NULL && self->room == NULL &&
         (self->day_key == LINEUP_SESSION_FILTER_ANY_DAY || self->day_key == day_key) &&
         lineup_search_matches ((const gchar * const *) self->query_words, folded_title);
}

/* GObject */

static void
lineup_session_filter_dispose (GObject *object)
{
  LineupSessionFilter *self = LINEUP_SESSION_FILTER (object);

  g_clear_handle_id (&self->warm_source, g_source_remove);
  g_clear_pointer (&self->search_hits, g_free);
  g_clear_pointer (&self->search_index, lineup_search_index_unref);
  g_clear_object (&self->schedule);

  G_OBJECT_CLASS (lineup_session_filter_parent_class)->dispose (object);
}

static void
lineup_session_filter_finalize (GObject *object)
{
  LineupSessionFilter *self = LINEUP_SESSION_FILTER (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->track, g_free);
  g_clear_pointer (&self->room, g_free);

  G_OBJECT_CLASS (lineup_session_filter_parent_class)->finalize (object);
}

static void
lineup_session_filter_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LineupSessionFilter *self = LINEUP_SESSION_FILTER (object);

  switch (prop_id)
    {
    case PROP_SCHEDULE:
      g_value_set_object (value, self->schedule);
      break;
    case PROP_QUERY:
      g_value_set_string (value, lineup_session_filter_get_query (self));
      break;
    case PROP_TRACK:
      g_value_set_string (value, self->track);
      break;
    case PROP_ROOM:
      g_value_set_string (value, self->room);
      break;
    case PROP_DAY_KEY:
      g_value_set_uint (value, self->day_key);
      break;
    case PROP_AGENDA_MODE:
      g_value_set_boolean (value, self->agenda_mode);
      break;
    case PROP_SEARCH_INDEXED:
      g_value_set_boolean (value, lineup_session_filter_get_search_indexed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_filter_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LineupSessionFilter *self = LINEUP_SESSION_FILTER (object);

  switch (prop_id)
    {
    case PROP_SCHEDULE:
      lineup_session_filter_set_schedule (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      lineup_session_filter_set_query (self, g_value_get_string (value));
      break;
    case PROP_TRACK:
      lineup_session_filter_set_track (self, g_value_get_string (value));
      break;
    case PROP_ROOM:
      lineup_session_filter_set_room (self, g_value_get_string (value));
      break;
    case PROP_DAY_KEY:
      lineup_session_filter_set_day_key (self, g_value_get_uint (value));
      break;
    case PROP_AGENDA_MODE:
      lineup_session_filter_set_agenda_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_filter_class_init (LineupSessionFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = lineup_session_filter_dispose;
  object_class->finalize = lineup_session_filter_finalize;
  object_class->get_property = lineup_session_filter_get_property;
  object_class->set_property = lineup_session_filter_set_property;
  filter_class->match = lineup_session_filter_match;

  properties[PROP_SCHEDULE] =
    g_param_spec_object ("schedule", NULL, NULL, LINEUP_TYPE_SCHEDULE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRACK] =
    g_param_spec_string ("track", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROOM] =
    g_param_spec_string ("room", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY_KEY] =
    g_param_spec_uint ("day-key", NULL, NULL, 0, G_MAXUINT, LINEUP_SESSION_FILTER_ANY_DAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGENDA_MODE] =
    g_param_spec_boolean ("agenda-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether every search text of the schedule is in the search index, so
   * that a search costs one pass over one buffer per word. */
  properties[PROP_SEARCH_INDEXED] =
    g_param_spec_boolean ("search-indexed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lineup_session_filter_init (LineupSessionFilter *self)
{
  self->day_key = LINEUP_SESSION_FILTER_ANY_DAY;
}

LineupSessionFilter *
lineup_session_filter_new (void)
{
  return g_object_new (LINEUP_TYPE_SESSION_FILTER, NULL);
}
