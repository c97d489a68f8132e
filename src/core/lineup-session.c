/* lineup-session.c — one talk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session"

#include "config.h"

#include <string.h>

#include "lineup-date.h"
#include "lineup-session-private.h"
#include "lineup-text.h"

G_DEFINE_FINAL_TYPE (LineupSession, lineup_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SPEAKERS,
  PROP_SPEAKERS_TEXT,
  PROP_TRACK,
  PROP_ROOM,
  PROP_KIND,
  PROP_LANGUAGE,
  PROP_START,
  PROP_END,
  PROP_URL,
  PROP_DESCRIPTION,
  PROP_STARRED,
  PROP_MAYBE,
  PROP_CONFLICTS,
  PROP_N_CONFLICTS,
  PROP_CHANGE_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lineup_session_invalidate_search (LineupSession *self)
{
  g_clear_pointer (&self->search_text, g_free);
}

static gboolean
set_string (gchar       **field,
            const gchar  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* The conflicts are one allocation (see lineup_session_set_conflicts), or
 * this shared empty list. */
static gchar *no_conflicts[] = { NULL };

static gboolean
strv_equal (const gchar * const *a,
            const gchar * const *b)
{
  for (; *a != NULL && *b != NULL; a++, b++)
    {
      if (*a != *b && strcmp (*a, *b) != 0)
        return FALSE;
    }
  return *a == NULL && *b == NULL;
}

static void
conflicts_free (gchar **conflicts)
{
  if (conflicts != NULL && conflicts != no_conflicts)
    g_free (conflicts);
}

static gint64
to_usec (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static void
moment_clear (Moment *moment)
{
  g_clear_pointer (&moment->tz, g_time_zone_unref);
  g_clear_pointer (&moment->date_time, g_date_time_unref);
  moment->usec = 0;
}

static void
moment_set (Moment    *moment,
            GDateTime *dt)
{
  moment_clear (moment);
  if (dt == NULL)
    return;
  moment->usec = to_usec (dt);
  moment->tz = g_time_zone_ref (g_date_time_get_timezone (dt));
}

/* Whole seconds since the epoch, rounded down. */
static gint64
moment_seconds (const Moment *moment)
{
  gint64 seconds = moment->usec / G_USEC_PER_SEC;

  return moment->usec % G_USEC_PER_SEC < 0 ? seconds - 1 : seconds;
}

/* The offset from UTC, in seconds, of the moment's zone at that moment. */
static gint32
moment_offset (const Moment *moment)
{
  gint64 seconds = moment_seconds (moment);
  gint interval = g_time_zone_find_interval (moment->tz, G_TIME_TYPE_UNIVERSAL, seconds);

  return interval >= 0 ? g_time_zone_get_offset (moment->tz, interval) : 0;
}

static GDateTime *
moment_get (Moment *moment)
{
  if (moment->tz == NULL)
    return NULL;
  if (moment->date_time == NULL)
    {
      gint64 seconds = moment_seconds (moment);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
      g_autoptr(GDateTime) exact = g_date_time_add (utc, moment->usec - seconds * G_USEC_PER_SEC);

      moment->date_time = g_date_time_to_timezone (exact, moment->tz);
    }
  return moment->date_time;
}

/* Same instant and same offset from UTC (or both none). */
static gboolean
moment_equal (const Moment *moment,
              GDateTime    *dt)
{
  if (moment->tz == NULL || dt == NULL)
    return moment->tz == NULL && dt == NULL;
  return moment->usec == to_usec (dt) &&
         moment_offset (moment) == g_date_time_get_utc_offset (dt) / G_USEC_PER_SEC;
}

static void
lineup_session_finalize (GObject *object)
{
  LineupSession *self = LINEUP_SESSION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->speakers, g_ptr_array_unref);
  g_clear_pointer (&self->speakers_text, g_free);
  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->unsplit, g_free);
  g_clear_pointer (&self->track, g_ref_string_release);
  g_clear_pointer (&self->room, g_ref_string_release);
  g_clear_pointer (&self->kind, g_ref_string_release);
  g_clear_pointer (&self->language, g_ref_string_release);
  moment_clear (&self->start);
  moment_clear (&self->end);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->description, g_free);
  conflicts_free (self->conflicts);
  self->conflicts = NULL;
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->source_key, g_ref_string_release);
  g_clear_pointer (&self->source_title, g_ref_string_release);
  g_clear_pointer (&self->twins, g_ptr_array_unref);
  g_clear_pointer (&self->change_note, g_free);

  G_OBJECT_CLASS (lineup_session_parent_class)->finalize (object);
}

static void
lineup_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LineupSession *self = LINEUP_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, lineup_session_get_title (self));
      break;
    case PROP_SPEAKERS:
      g_value_set_boxed (value, lineup_session_get_speakers (self));
      break;
    case PROP_SPEAKERS_TEXT:
      g_value_set_string (value, lineup_session_get_speakers_text (self));
      break;
    case PROP_TRACK:
      g_value_set_string (value, self->track);
      break;
    case PROP_ROOM:
      g_value_set_string (value, self->room);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_START:
      g_value_set_boxed (value, lineup_session_get_start (self));
      break;
    case PROP_END:
      g_value_set_boxed (value, lineup_session_get_end (self));
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_STARRED:
      g_value_set_boolean (value, self->starred);
      break;
    case PROP_MAYBE:
      g_value_set_boolean (value, self->maybe);
      break;
    case PROP_CONFLICTS:
      g_value_set_boxed (value, self->conflicts);
      break;
    case PROP_CHANGE_NOTE:
      g_value_set_string (value, self->change_note);
      break;
    case PROP_N_CONFLICTS:
      g_value_set_uint (value, lineup_session_get_n_conflicts (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LineupSession *self = LINEUP_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      lineup_session_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      lineup_session_set_title (self, g_value_get_string (value));
      break;
    case PROP_SPEAKERS:
      lineup_session_set_speakers (self, g_value_get_boxed (value));
      break;
    case PROP_TRACK:
      lineup_session_set_track (self, g_value_get_string (value));
      break;
    case PROP_ROOM:
      lineup_session_set_room (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      lineup_session_set_kind (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      lineup_session_set_language (self, g_value_get_string (value));
      break;
    case PROP_URL:
      lineup_session_set_url (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      lineup_session_set_description (self, g_value_get_string (value));
      break;
    case PROP_STARRED:
      lineup_session_set_starred (self, g_value_get_boolean (value));
      break;
    case PROP_MAYBE:
      lineup_session_set_maybe (self, g_value_get_boolean (value));
      break;
    case PROP_CONFLICTS:
      lineup_session_set_conflicts (self, g_value_get_boxed (value));
      break;
    case PROP_CHANGE_NOTE:
      lineup_session_set_change_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_session_class_init (LineupSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lineup_session_finalize;
  object_class->get_property = lineup_session_get_property;
  object_class->set_property = lineup_session_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_SPEAKERS] = g_param_spec_boxed ("speakers", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_SPEAKERS_TEXT] = g_param_spec_string ("speakers-text", NULL, NULL, NULL, ro);
  properties[PROP_TRACK] = g_param_spec_string ("track", NULL, NULL, NULL, rw);
  properties[PROP_ROOM] = g_param_spec_string ("room", NULL, NULL, NULL, rw);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, rw);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, rw);
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_STARRED] = g_param_spec_boolean ("starred", NULL, NULL, FALSE, rw);
  properties[PROP_MAYBE] = g_param_spec_boolean ("maybe", NULL, NULL, FALSE, rw);
  properties[PROP_CONFLICTS] = g_param_spec_boxed ("conflicts", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_N_CONFLICTS] = g_param_spec_uint ("n-conflicts", NULL, NULL,
                                                    0, G_MAXUINT, 0, ro);

  properties[PROP_CHANGE_NOTE] = g_param_spec_string ("change-note", NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lineup_session_init (LineupSession *self)
{
  self->conflicts = no_conflicts;
  self->clock_start = self->clock_end = -1;
}

LineupSession *
lineup_session_new (const gchar *id,
                    const gchar *title)
{
  return g_object_new (LINEUP_TYPE_SESSION, "id", id, "title", title, NULL);
}

const gchar *
lineup_session_get_id (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->id;
}

void
lineup_session_set_id (LineupSession *self,
                       const gchar   *id)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  if (set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
speakers_changed (LineupSession *self)
{
  g_clear_pointer (&self->speakers_text, g_free);
  lineup_session_invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKERS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKERS_TEXT]);
}

/* A title written with its speakers becomes the title and a byline. */
static void
split_title (LineupSession *self)
{
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;

  if (self->unsplit == NULL)
    return;
  lineup_byline_split (self->unsplit, &title, &byline);
  g_free (self->title);
  /* "“Title” (Name)": the quotes set the title off its people */
  self->title = byline != NULL ? lineup_text_unquote (lineup_text_clean_title (title))
                               : lineup_text_clean_title (title);
  if (self->speakers == NULL && self->byline == NULL)
    self->byline = g_steal_pointer (&byline);
  g_clear_pointer (&self->unsplit, g_free);
}

const gchar *
lineup_session_get_title (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);

  split_title (self);
  return self->title;
}

void
lineup_session_set_title_with_byline (LineupSession *self,
                                      const gchar   *text)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  g_clear_pointer (&self->speakers, g_ptr_array_unref);
  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->title, g_free);
  g_free (self->unsplit);
  self->unsplit = g_strdup (text);
  speakers_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
lineup_session_set_title (LineupSession *self,
                          const gchar   *title)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  split_title (self);
  if (set_string (&self->title, title))
    {
      lineup_session_invalidate_search (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

GPtrArray *
lineup_session_get_speakers (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);

  split_title (self);
  if (self->speakers == NULL && self->byline != NULL)
    {
      self->speakers = lineup_byline_parse (self->byline);
      g_clear_pointer (&self->byline, g_free);
    }
  if (self->speakers == NULL)
    self->speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
  return self->speakers;
}

static gpointer
copy_speaker (gconstpointer speaker,
              gpointer      user_data)
{
  return lineup_speaker_copy (speaker);
}

void
lineup_session_set_speakers (LineupSession *self,
                             GPtrArray     *speakers)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  lineup_session_take_speakers (self, speakers != NULL
                                      ? g_ptr_array_copy (speakers, copy_speaker, NULL)
                                      : NULL);
}

void
lineup_session_take_speakers (LineupSession *self,
                              GPtrArray     *speakers)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  split_title (self);
  g_clear_pointer (&self->speakers, g_ptr_array_unref);
  g_clear_pointer (&self->byline, g_free);
  self->speakers = speakers;
  if (self->speakers != NULL)
    g_ptr_array_set_free_func (self->speakers, (GDestroyNotify) lineup_speaker_free);
  speakers_changed (self);
}

void
lineup_session_set_byline (LineupSession *self,
                           const gchar   *byline)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  split_title (self);
  g_clear_pointer (&self->speakers, g_ptr_array_unref);
  g_free (self->byline);
  self->byline = g_strdup (byline);
  speakers_changed (self);
}

const gchar *
lineup_session_get_speakers_text (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);

  if (self->speakers_text == NULL)
    self->speakers_text = lineup_byline_format (lineup_session_get_speakers (self));
  if (self->speakers_text == NULL)
    self->speakers_text = g_strdup ("");
  return self->speakers_text;
}

const gchar *
lineup_session_get_track (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->track;
}

void
lineup_session_set_track (LineupSession *self,
                          const gchar   *track)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  if (g_strcmp0 (self->track, track) != 0)
    {
      g_clear_pointer (&self->track, g_ref_string_release);
      self->track = track != NULL ? g_ref_string_new_intern (track) : NULL;
      lineup_session_invalidate_search (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
    }
}

const gchar *
lineup_session_get_room (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->room;
}

/* Sets an interned field; TRUE when it changed.  "" is NULL. */
gboolean
_lineup_session_set_interned (gchar       **field,
                              const gchar  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_clear_pointer (field, g_ref_string_release);
  *field = value != NULL ? g_ref_string_new_intern (value) : NULL;
  return TRUE;
}

void
lineup_session_set_room (LineupSession *self,
                         const gchar   *room)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  if (!_lineup_session_set_interned (&self->room, room))
    return;
  lineup_session_invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM]);
}

const gchar *
lineup_session_get_kind (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->kind;
}

void
lineup_session_set_kind (LineupSession *self,
                         const gchar   *kind)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  if (!_lineup_session_set_interned (&self->kind, kind))
    return;
  lineup_session_invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const gchar *
lineup_session_get_language (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->language;
}

void
lineup_session_set_language (LineupSession *self,
                             const gchar   *language)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  if (!_lineup_session_set_interned (&self->language, language))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

GDateTime *
lineup_session_get_start (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return moment_get (&self->start);
}

GDateTime *
lineup_session_get_end (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return moment_get (&self->end);
}

gboolean
lineup_session_get_times_usec (LineupSession *self,
                               gint64        *start,
                               gint64        *end,
                               gboolean      *has_end)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), FALSE);

  if (self->start.tz == NULL)
    return FALSE;
  *start = self->start.usec;
  *end = self->end.tz != NULL ? self->end.usec : self->start.usec;
  *has_end = self->end.tz != NULL;
  return TRUE;
}

void
lineup_session_set_times (LineupSession *self,
                          GDateTime     *start,
                          GDateTime     *end)
{
  gboolean start_changed, end_changed;

  g_return_if_fail (LINEUP_IS_SESSION (self));

  start_changed = !moment_equal (&self->start, start);
  end_changed = !moment_equal (&self->end, end);

  if (start_changed)
    moment_set (&self->start, start);
  if (end_changed)
    moment_set (&self->end, end);

  if (start_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

const gchar *
lineup_session_get_url (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->url;
}

void
lineup_session_set_url (LineupSession *self,
                        const gchar   *url)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  if (set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const gchar *
lineup_session_get_description (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->description;
}

void
lineup_session_set_description (LineupSession *self,
                                const gchar   *description)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  if (g_strcmp0 (self->description, description) != 0)
    lineup_session_take_description (self, g_strdup (description));
}

void
lineup_session_take_description (LineupSession *self,
                                 gchar         *description)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  if (g_strcmp0 (self->description, description) == 0)
    {
      g_free (description);
      return;
    }
  g_free (self->description);
  self->description = description;
  lineup_session_invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gboolean
lineup_session_get_starred (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), FALSE);
  return self->starred;
}

void
lineup_session_set_starred (LineupSession *self,
                            gboolean       starred)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  starred = !!starred;
  if (self->starred == (guint) starred)
    return;
  if (starred)
    lineup_session_set_maybe (self, FALSE);   /* going and maybe never both */
  self->starred = starred;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARRED]);
}

const gchar * const *
lineup_session_get_conflicts (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return (const gchar * const *) self->conflicts;
}

void
lineup_session_set_conflicts (LineupSession       *self,
                              const gchar * const *ids)
{
  gsize n = 0;
  gsize bytes = 0;
  gchar **block;
  gchar *text;

  g_return_if_fail (LINEUP_IS_SESSION (self));

  if (ids == NULL || ids[0] == NULL)
    {
      if (self->conflicts[0] == NULL)
        return;
    }
  else if (strv_equal ((const gchar * const *) self->conflicts, ids))
    return;

  /* One block: the pointers, then the strings they point to.  The conflicts
   * of every starred talk are rewritten together, so one allocation per
   * session rather than one per id matters at 100 000 talks. */
  for (; ids != NULL && ids[n] != NULL; n++)
    bytes += strlen (ids[n]) + 1;

  conflicts_free (self->conflicts);
  if (n == 0)
    self->conflicts = no_conflicts;
  else
    {
      block = g_malloc ((n + 1) * sizeof (gchar *) + bytes);
      text = (gchar *) (block + n + 1);
      for (gsize i = 0; i < n; i++)
        {
          gsize len = strlen (ids[i]) + 1;

          memcpy (text, ids[i], len);
          block[i] = text;
          text += len;
        }
      block[n] = NULL;
      self->conflicts = block;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICTS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
}

guint
lineup_session_get_n_conflicts (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), 0);
  return g_strv_length (self->conflicts);
}

guint
lineup_session_get_line (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), 0);
  return self->line;
}

void
lineup_session_set_line (LineupSession *self,
                         guint          line)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  self->line = line;
}

gboolean
lineup_session_get_floating (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), FALSE);
  return self->floating;
}

void
lineup_session_set_floating (LineupSession *self,
                             gboolean       floating)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  self->floating = !!floating;
}

guint
lineup_session_get_day_key (LineupSession *self)
{
  gint64 local;
  gint y, m, d;

  g_return_val_if_fail (LINEUP_IS_SESSION (self), 0);

  if (self->start.tz == NULL)
    return self->day_only;   /* a day without a time, or none */
  /* The day in the session's zone, without making a GDateTime. */
  local = moment_seconds (&self->start) + moment_offset (&self->start);
  lineup_date_from_unix_days (local >= 0 ? local / 86400 : (local - 86399) / 86400, &y, &m, &d);
  return lineup_day_key (y, m, d);
}

gint
lineup_session_compare (LineupSession *a,
                        LineupSession *b)
{
  if (a->start.tz == NULL || b->start.tz == NULL)
    {
      /* A day without a time goes at the end of its day, untimed talks
       * at the end of all. */
      guint a_day = lineup_session_get_day_key (a);
      guint b_day = lineup_session_get_day_key (b);

      if ((a_day == 0) != (b_day == 0))
        return a_day == 0 ? 1 : -1;
      if (a_day != b_day)
        return a_day < b_day ? -1 : 1;
      if ((a->start.tz == NULL) != (b->start.tz == NULL))
        return a->start.tz == NULL ? 1 : -1;
      /* talks given a time of day without a day, in its order, the
       * talks without one after them */
      if (a->start.tz == NULL && (a->clock_start < 0) != (b->clock_start < 0))
        return a->clock_start < 0 ? 1 : -1;
      if (a->start.tz == NULL && a->clock_start != b->clock_start)
        return a->clock_start < b->clock_start ? -1 : 1;
    }
  else if (a->start.usec != b->start.usec)
    return a->start.usec < b->start.usec ? -1 : 1;

  if (a->end.tz != NULL && b->end.tz != NULL && a->end.usec != b->end.usec)
    return a->end.usec < b->end.usec ? -1 : 1;
  if ((a->end.tz == NULL) != (b->end.tz == NULL))
    return a->end.tz == NULL ? -1 : 1;

  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;

  return g_strcmp0 (lineup_session_get_title (a), lineup_session_get_title (b));
}

gchar *
lineup_format_iso8601 (GDateTime *dt,
                       gboolean   floating)
{
  g_autofree gchar *local = NULL;
  gint64 offset;
  gint minutes;

  if (dt == NULL)
    return NULL;

  local = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S");
  if (floating)
    return g_steal_pointer (&local);

  offset = g_date_time_get_utc_offset (dt) / G_TIME_SPAN_MINUTE;
  minutes = (gint) ABS (offset);
  return g_strdup_printf ("%s%c%02d:%02d", local, offset < 0 ? '-' : '+',
                          minutes / 60, minutes % 60);
}

const gchar *
lineup_session_get_change_note (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->change_note;
}

void
lineup_session_set_change_note (LineupSession *self,
                                const gchar   *note)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  if (g_strcmp0 (self->change_note, note) == 0)
    return;
  g_free (self->change_note);
  self->change_note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE_NOTE]);
}
