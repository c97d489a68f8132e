/* lineup-agenda.c — the starred talks, kept in $XDG_DATA_HOME/lineup/agenda.yaml
 *
 * The GObject: what this process starred and has not written yet, the
 * coalesced save, watching the file for other processes' stars, stars
 * moving from a post's old key to its new one and to a talk's new id.  The table, the YAML and the
 * file itself are in lineup-agenda-stars.c, -codec.c and -file.c (see
 * lineup-agenda-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-agenda-private.h"
#include "lineup-conflicts.h"

#define DEFAULT_AUTOSAVE_DELAY 500

struct _LineupAgenda
{
  GObject       parent_instance;

  gchar        *path;
  gchar        *lock_path;

  LineupStars  *saved;     /* the file as last read or written */
  GHashTable   *claims;    /* post key → LineupAgendaClaim */
  GHashTable   *follows;   /* post key → GHashTable (old id → new id) */
  GHashTable   *fills;     /* post key → GHashTable (id → LineupAgendaEntry): the talks
                              now, for the fields older entries lack (written with the
                              next save only) */
  LineupStars  *effective; /* saved, with the claims and follows applied (saved itself
                              when none) */
  GHashTable   *pending;   /* post key → GHashTable (id → LineupAgendaChange) */

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

static LineupStars *
dup_view (LineupAgenda *self)
{
  LineupStars *view = lineup_stars_copy (self->effective);

  lineup_stars_apply_pending (view, self->pending);
  return view;
}

/* A canonical string of the picks (post key, id, kind), to tell whether
 * a re-read changed anything. */
static gchar *
view_digest (LineupAgenda *self)
{
  g_autoptr(GHashTable) view = dup_view (self);
  g_autoptr(GPtrArray) keys = lineup_stars_sorted_keys (view);
  g_autoptr(GString) digest = g_string_new (NULL);

  for (guint i = 0; i < keys->len; i++)
    {
      const gchar *post_key = g_ptr_array_index (keys, i);
      g_autoptr(GPtrArray) entries =
        lineup_stars_post_sorted_entries (g_hash_table_lookup (view, post_key));

      for (guint j = 0; j < entries->len; j++)
        {
          LineupAgendaEntry *entry = g_ptr_array_index (entries, j);

          g_string_append_printf (digest, "%s%c%s%c%c%c", post_key, 0x1f, entry->id, 0x1f,
                                  entry->maybe ? 'm' : 'g', 0x1e);
        }
    }
  return g_string_free (g_steal_pointer (&digest), FALSE);
}

static void
update_effective (LineupAgenda *self)
{
  g_clear_pointer (&self->effective, g_hash_table_unref);
  if (g_hash_table_size (self->claims) == 0 && g_hash_table_size (self->follows) == 0)
    {
      self->effective = g_hash_table_ref (self->saved);
      return;
    }
  self->effective = lineup_stars_copy (self->saved);
  lineup_stars_apply_claims (self->effective, self->claims);
  lineup_stars_apply_follows (self->effective, self->follows);
}

static void
replace_saved (LineupAgenda *self,
               LineupStars  *stars)
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
  g_clear_pointer (&self->follows, g_hash_table_unref);
  g_clear_pointer (&self->fills, g_hash_table_unref);
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
  self->saved = lineup_stars_new ();
  self->claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) lineup_agenda_claim_free);
  self->follows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
  self->fills = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_hash_table_unref);
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

/* Both loads: @read_only leaves an unreadable file where it is (and takes
 * a shared lock only if the lock file is there); otherwise it is moved
 * aside under the exclusive lock.  Either way such a file leaves the agenda
 * empty, and usable all the same. */
static gboolean
load (LineupAgenda  *self,
      gboolean       read_only,
      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *before = view_digest (self);
  g_autofree gchar *aside = NULL;
  LineupStars *stars = NULL;
  gboolean ok;
  int fd;

  if (read_only)
    {
      fd = lineup_agenda_file_lock_shared_if_there (self->lock_path);
      ok = lineup_agenda_file_read_in_place (self->path, &stars, &local_error);
    }
  else
    {
      fd = lineup_agenda_file_lock (self->path, self->lock_path, TRUE, FALSE, NULL);
      ok = lineup_agenda_file_read_or_move_aside (self->path, &stars, &aside, &local_error);
    }
  lineup_agenda_file_unlock (fd);
  set_recovered_file (self, aside);

  if (ok)
    replace_saved (self, stars);
  else if (g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
    replace_saved (self, lineup_stars_new ());

  emit_changed_if (self, before);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

gboolean
lineup_agenda_load (LineupAgenda  *self,
                    GError       **error)
{
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load (self, FALSE, error);
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
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load (self, TRUE, error);
}

const LineupAgendaEntry *
lineup_agenda_lookup (LineupAgenda *self,
                      const gchar  *post_key,
                      const gchar  *id)
{
  GHashTable *table;

  if (post_key == NULL || id == NULL)
    return NULL;

  if ((table = g_hash_table_lookup (self->pending, post_key)) != NULL)
    {
      LineupAgendaChange *change = g_hash_table_lookup (table, id);

      if (change != NULL)
        return change->starred ? change->entry : NULL;
    }
  if ((table = g_hash_table_lookup (self->effective, post_key)) != NULL)
    return g_hash_table_lookup (table, id);
  return NULL;
}

gboolean
lineup_agenda_is_starred (LineupAgenda *self,
                          const gchar  *post_key,
                          const gchar  *id)
{
  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);

  return lineup_agenda_lookup (self, post_key, id) != NULL;
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
lineup_agenda_record (LineupAgenda      *self,
                      const gchar       *post_key,
                      const gchar       *id,
                      LineupAgendaEntry *entry)
{
  GHashTable *changes;
  LineupAgendaChange *change;

  changes = g_hash_table_lookup (self->pending, post_key);
  if (changes == NULL)
    {
      changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) lineup_agenda_change_free);
      g_hash_table_insert (self->pending, g_strdup (post_key), changes);
    }

  change = g_new0 (LineupAgendaChange, 1);
  change->starred = entry != NULL;
  change->entry = entry;
  g_hash_table_replace (changes, g_strdup (id), change);
}

void
lineup_agenda_commit (LineupAgenda *self)
{
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
      g_autoptr(GPtrArray) entries = lineup_stars_post_sorted_entries (post);

      for (guint i = 0; i < entries->len; i++)
        g_ptr_array_add (result, lineup_agenda_entry_copy (g_ptr_array_index (entries, i)));
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
  LineupStars *latest = NULL;
  LineupStars *result;
  int fd;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->save_source != NULL)
    {
      g_source_destroy (self->save_source);
      g_clear_pointer (&self->save_source, g_source_unref);
    }

  before = view_digest (self);

  fd = lineup_agenda_file_lock (self->path, self->lock_path, TRUE, TRUE, error);
  if (fd < 0)
    return FALSE;

  /* Another process may have written since we last read: start from the
   * file as it is now, not from our memory of it. */
  if (!lineup_agenda_file_read_or_move_aside (self->path, &latest, &aside, &local_error))
    {
      if (!g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
        {
          lineup_agenda_file_unlock (fd);
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s",
                                      _("The agenda was not saved: "));
          return FALSE;
        }
      /* The file is kept aside; what we knew of it is the best base left. */
      latest = lineup_stars_copy (self->saved);
      corrupt_error = g_steal_pointer (&local_error);
    }

  result = lineup_stars_copy (latest);
  lineup_stars_apply_claims (result, self->claims);
  lineup_stars_apply_follows (result, self->follows);
  lineup_stars_apply_fills (result, self->fills);
  lineup_stars_apply_pending (result, self->pending);

  text = lineup_agenda_codec_format (result, error);
  if (text == NULL || !lineup_agenda_file_write (self->path, text, error))
    {
      lineup_agenda_file_unlock (fd);
      set_recovered_file (self, aside);
      g_hash_table_unref (result);
      /* Keep the pending changes for a later try, but show what others
       * have written meanwhile. */
      replace_saved (self, latest);
      emit_changed_if (self, before);
      return FALSE;
    }

  lineup_agenda_file_unlock (fd);
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
  LineupStars *stars = NULL;
  gboolean ok;
  int fd;

  fd = lineup_agenda_file_lock (self->path, self->lock_path, FALSE, FALSE, NULL);
  ok = lineup_agenda_file_read_in_place (self->path, &stars, &error);
  lineup_agenda_file_unlock (fd);

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
  LineupAgendaClaim *claim;
  GHashTableIter iter;
  const gchar *id;

  if (post_key == NULL)
    return;
  if (old_key != NULL && !g_str_equal (old_key, post_key)
      && !g_hash_table_contains (self->saved, post_key))
    old = g_hash_table_lookup (self->saved, old_key);

  claim = g_new0 (LineupAgendaClaim, 1);
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
      lineup_agenda_claim_free (claim);
      if (!g_hash_table_remove (self->claims, post_key))
        return;
    }
  else
    g_hash_table_replace (self->claims, g_strdup (post_key), claim);
  update_effective (self);
}

/* Which stars of @schedule's key follow their talk to a new id, and the
 * talks now for the entries that lack fields (see lineup-agenda.h). */
static void
follow_talks (LineupAgenda   *self,
              LineupSchedule *schedule)
{
  const gchar *post_key = lineup_schedule_get_key (schedule);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) matches = NULL;
  GHashTable *moves;
  GHashTable *fills;
  GHashTableIter iter;
  const gchar *old_id;
  LineupSession *session;

  if (post_key == NULL)
    return;
  if (g_hash_table_remove (self->follows, post_key))
    update_effective (self);
  g_hash_table_remove (self->fills, post_key);

  entries = lineup_agenda_dup_entries (self, post_key);
  matches = lineup_agenda_follow_match (entries, schedule);
  moves = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, matches);
  while (g_hash_table_iter_next (&iter, (gpointer *) &old_id, (gpointer *) &session))
    g_hash_table_insert (moves, g_strdup (old_id), g_strdup (lineup_session_get_id (session)));

  fills = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                 (GDestroyNotify) lineup_agenda_entry_free);
  for (guint i = 0; i < entries->len; i++)
    {
      LineupAgendaEntry *entry = g_ptr_array_index (entries, i);
      LineupAgendaEntry *now;

      if (entry->end != NULL && entry->room != NULL && entry->track != NULL)
        continue;
      if ((session = lineup_schedule_find (schedule, entry->id)) == NULL)
        continue;
      now = lineup_agenda_entry_new_for_session (session);
      g_hash_table_insert (fills, now->id, now);
    }

  if (g_hash_table_size (fills) > 0)
    g_hash_table_insert (self->fills, g_strdup (post_key), fills);
  else
    g_hash_table_unref (fills);
  if (g_hash_table_size (moves) > 0)
    {
      g_hash_table_insert (self->follows, g_strdup (post_key), moves);
      update_effective (self);
    }
  else
    g_hash_table_unref (moves);
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
  follow_talks (self, schedule);
  post_key = lineup_schedule_get_key (schedule);
  n = lineup_schedule_get_n_sessions (schedule);
  for (guint i = 0; i < n; i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      lineup_session_set_pick (session,
                               lineup_agenda_get_pick (self, post_key,
                                                       lineup_session_get_id (session)));
    }
  lineup_conflicts_update (schedule);
}
