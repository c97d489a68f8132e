/* lineup-schedule.c — the talks of one post, a GListModel of LineupSession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-schedule"

#include "config.h"

#include "lineup-date.h"
#include "lineup-schedule.h"

struct _LineupSchedule
{
  GObject     parent_instance;

  GPtrArray  *sessions;       /* LineupSession, sorted by lineup_session_compare */
  GHashTable *by_id;          /* id → LineupSession (borrowed) */
  gchar      *title;
  gchar      *date;
  gchar      *summary;
  gchar      *key;
  gchar      *old_key;
  gchar      *zone_id;
  gchar      *zone_abbreviation;
  GFile      *file;
  GStrv       tags;
  GStrv       categories;
  GPtrArray  *notes;
  gboolean    spans_years;    /* its dated talks are of several years */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LineupSchedule, lineup_schedule, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KEY,
  PROP_ZONE_ID,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
lineup_schedule_get_item_type (GListModel *model)
{
  return LINEUP_TYPE_SESSION;
}

static guint
lineup_schedule_get_n_items (GListModel *model)
{
  return LINEUP_SCHEDULE (model)->sessions->len;
}

static gpointer
lineup_schedule_get_item (GListModel *model,
                          guint       position)
{
  LineupSchedule *self = LINEUP_SCHEDULE (model);

  if (position >= self->sessions->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->sessions, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = lineup_schedule_get_item_type;
  iface->get_n_items = lineup_schedule_get_n_items;
  iface->get_item = lineup_schedule_get_item;
}

static void
lineup_schedule_finalize (GObject *object)
{
  LineupSchedule *self = LINEUP_SCHEDULE (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->old_key, g_free);
  g_clear_pointer (&self->zone_id, g_free);
  g_clear_pointer (&self->zone_abbreviation, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->notes, g_ptr_array_unref);

  G_OBJECT_CLASS (lineup_schedule_parent_class)->finalize (object);
}

static void
lineup_schedule_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LineupSchedule *self = LINEUP_SCHEDULE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_ZONE_ID:
      g_value_set_string (value, self->zone_id);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->sessions->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_schedule_class_init (LineupScheduleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lineup_schedule_finalize;
  object_class->get_property = lineup_schedule_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, ro);
  properties[PROP_ZONE_ID] = g_param_spec_string ("zone-id", NULL, NULL, NULL, ro);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lineup_schedule_init (LineupSchedule *self)
{
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->notes = lineup_read_notes_new ();
  self->tags = g_new0 (gchar *, 1);
  self->categories = g_new0 (gchar *, 1);
}

LineupSchedule *
lineup_schedule_new (void)
{
  return g_object_new (LINEUP_TYPE_SCHEDULE, NULL);
}

static void
replace_string (LineupSchedule *self,
                gchar         **field,
                const gchar    *value,
                GParamSpec     *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

const gchar *
lineup_schedule_get_title (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->title;
}

void
lineup_schedule_set_title (LineupSchedule *self,
                           const gchar    *title)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  replace_string (self, &self->title, title, properties[PROP_TITLE]);
}

const gchar *
lineup_schedule_get_date (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->date;
}

void
lineup_schedule_set_date (LineupSchedule *self,
                          const gchar    *date)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  replace_string (self, &self->date, date, NULL);
}

const gchar *
lineup_schedule_get_summary (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->summary;
}

void
lineup_schedule_set_summary (LineupSchedule *self,
                             const gchar    *summary)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  replace_string (self, &self->summary, summary, NULL);
}

const gchar *
lineup_schedule_get_key (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->key;
}

void
lineup_schedule_set_key (LineupSchedule *self,
                         const gchar    *key)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  replace_string (self, &self->key, key, properties[PROP_KEY]);
}

const gchar *
lineup_schedule_get_old_key (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->old_key;
}

void
lineup_schedule_set_old_key (LineupSchedule *self,
                             const gchar    *old_key)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  g_free (self->old_key);
  self->old_key = g_strdup (old_key);
}

const gchar *
lineup_schedule_get_zone_id (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->zone_id;
}

const gchar *
lineup_schedule_get_zone_abbreviation (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->zone_abbreviation;
}

void
lineup_schedule_set_zone (LineupSchedule *self,
                          const gchar    *zone_id,
                          const gchar    *abbreviation)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  replace_string (self, &self->zone_abbreviation, abbreviation, NULL);
  replace_string (self, &self->zone_id, zone_id, properties[PROP_ZONE_ID]);
}

GFile *
lineup_schedule_get_file (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->file;
}

void
lineup_schedule_set_file (LineupSchedule *self,
                          GFile          *file)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  g_set_object (&self->file, file);
}

GStrv
lineup_schedule_get_tags (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->tags;
}

void
lineup_schedule_set_tags (LineupSchedule      *self,
                          const gchar * const *tags)
{
  static const gchar * const empty[] = { NULL };

  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  g_strfreev (self->tags);
  self->tags = g_strdupv ((gchar **) (tags ? tags : empty));
}

GStrv
lineup_schedule_get_categories (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->categories;
}

void
lineup_schedule_set_categories (LineupSchedule      *self,
                                const gchar * const *categories)
{
  static const gchar * const empty[] = { NULL };

  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  g_strfreev (self->categories);
  self->categories = g_strdupv ((gchar **) (categories ? categories : empty));
}

GPtrArray *
lineup_schedule_dup_warnings (LineupSchedule *self)
{
  GPtrArray *warnings;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  warnings = g_ptr_array_new_full (self->notes->len, g_free);
  for (guint i = 0; i < self->notes->len; i++)
    g_ptr_array_add (warnings, lineup_read_note_to_string (g_ptr_array_index (self->notes, i)));
  return warnings;
}

GPtrArray *
lineup_schedule_get_notes (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);
  return self->notes;
}

guint
lineup_schedule_count_notes (LineupSchedule      *self,
                             LineupReadNoteScope  scope)
{
  guint n = 0;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), 0);
  for (guint i = 0; i < self->notes->len; i++)
    if (((LineupReadNote *) g_ptr_array_index (self->notes, i))->scope == scope)
      n++;
  return n;
}

guint
lineup_schedule_count_entry_notes (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), 0);
  return lineup_schedule_count_notes (self, LINEUP_READ_NOTE_ENTRY) +
         lineup_schedule_count_notes (self, LINEUP_READ_NOTE_NO_TIME) +
         lineup_schedule_count_notes (self, LINEUP_READ_NOTE_NO_DAY);
}

void
lineup_schedule_add_note (LineupSchedule       *self,
                          const LineupReadNote *note)
{
  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  g_return_if_fail (note != NULL);
  g_ptr_array_add (self->notes, lineup_read_note_copy (note));
}

static gint
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  return lineup_session_compare (*(LineupSession **) a, *(LineupSession **) b);
}

void
lineup_schedule_take_sessions (LineupSchedule *self,
                               GPtrArray      *sessions)
{
  guint removed;

  g_return_if_fail (LINEUP_IS_SCHEDULE (self));
  g_return_if_fail (sessions != NULL);

  removed = self->sessions->len;

  g_ptr_array_set_free_func (sessions, g_object_unref);
  g_ptr_array_sort (sessions, compare_sessions);

  g_hash_table_remove_all (self->by_id);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  self->sessions = sessions;

  self->spans_years = FALSE;
  for (guint i = 0, first_year = 0; i < sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sessions, i);
      guint day = lineup_session_get_day_key (session);
      gint year, month, mday;

      g_hash_table_insert (self->by_id, (gpointer) lineup_session_get_id (session), session);
      if (day == 0)
        continue;
      lineup_day_key_split (day, &year, &month, &mday);
      if (first_year == 0)
        first_year = (guint) year;
      self->spans_years |= (guint) year != first_year;
    }

  if (removed != 0 || sessions->len != 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, sessions->len);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

LineupSession *
lineup_schedule_get_session (LineupSchedule *self,
                             guint           position)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);

  if (position >= self->sessions->len)
    return NULL;
  return g_ptr_array_index (self->sessions, position);
}

LineupSession *
lineup_schedule_find (LineupSchedule *self,
                      const gchar    *id)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, id);
}

guint
lineup_schedule_get_n_sessions (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), 0);
  return self->sessions->len;
}

static gint
compare_lines (gconstpointer a,
               gconstpointer b)
{
  guint la = lineup_session_get_line (*(LineupSession **) a);
  guint lb = lineup_session_get_line (*(LineupSession **) b);

  return la < lb ? -1 : la > lb;
}

GPtrArray *
lineup_schedule_dup_tracks (LineupSchedule *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) tracks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) by_line = NULL;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);

  /* "First appearance" means in the post, not in time order. */
  by_line = g_ptr_array_copy (self->sessions, NULL, NULL);
  g_ptr_array_set_free_func (by_line, NULL);   /* the copy holds no references */
  g_ptr_array_sort (by_line, compare_lines);

  for (guint i = 0; i < by_line->len; i++)
    {
      const gchar *track = lineup_session_get_track (g_ptr_array_index (by_line, i));

      if (track != NULL && *track != '\0' && g_hash_table_add (seen, (gpointer) track))
        g_ptr_array_add (tracks, g_strdup (track));
    }

  return g_steal_pointer (&tracks);
}

GPtrArray *
lineup_schedule_dup_starred (LineupSchedule *self)
{
  GPtrArray *starred;

  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), NULL);

  starred = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (self->sessions, i);

      if (lineup_session_get_starred (session))
        g_ptr_array_add (starred, g_object_ref (session));
    }

  return starred;
}

gboolean
lineup_schedule_spans_years (LineupSchedule *self)
{
  g_return_val_if_fail (LINEUP_IS_SCHEDULE (self), FALSE);

  return self->spans_years;
}
