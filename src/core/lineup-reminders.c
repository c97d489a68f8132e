/* lineup-reminders.c — a reminder before each going talk
 *
 * The talks are kept sorted by start, so that with one lead for all the
 * next reminder due is that of the first talk not yet reminded of that has
 * not started.  One timer waits for it; when it fires, every reminder due
 * by the clock is sent, the file written once, and the timer armed again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-reminders"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lineup-reminders.h"

#define USEC_PER_MINUTE (G_USEC_PER_SEC * (gint64) 60)
/* Entries for talks that started longer ago than this leave the file. */
#define KEEP_USEC (USEC_PER_MINUTE * 60 * 24)
/* The longest the timer sleeps.  Timeouts count monotonic time, which
 * stops while the machine is suspended: a laptop that slept through a
 * reminder's time notices within a minute of waking up. */
#define MAX_SLEEP_MS (60 * 1000)
#define GROUP_PREFIX "reminder "
#define MAX_LEAD_MINUTES (24 * 60)

/* The real clock */

static gint64
real_now_usec (LineupClock *clock)
{
  return g_get_real_time ();
}

static guint
real_add_timeout (LineupClock *clock,
                  guint        delay_ms,
                  GSourceFunc  func,
                  gpointer     data)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GSource) source = NULL;

  /* Whole seconds let the system wake up once for several timers; a
   * reminder a second late is on time. */
  if (delay_ms == 0)
    source = g_timeout_source_new (0);
  else
    source = g_timeout_source_new_seconds ((delay_ms + 999) / 1000);
  g_source_set_callback (source, func, data, NULL);
  g_source_set_static_name (source, "[lineup-reminders] next");
  return g_source_attach (source, context);
}

static void
real_remove_timeout (LineupClock *clock,
                     guint        id)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  GSource *source = g_main_context_find_source_by_id (context, id);

  if (source != NULL)
    g_source_destroy (source);
}

static LineupClock real_clock = {
  real_now_usec,
  real_add_timeout,
  real_remove_timeout,
};

LineupClock *
lineup_clock_get_real (void)
{
  return &real_clock;
}

/* The object */

typedef struct
{
  LineupSession *session;
  gint64         start;
} Talk;

/* A reminder sent: what the file keeps. */
typedef struct
{
  gchar  *source;   /* "" when the talk has no source key */
  gchar  *id;
  gint64  start;
} Sent;

struct _LineupReminders
{
  GObject      parent_instance;

  LineupClock *clock;
  gchar       *state_path;
  guint        lead_minutes;

  GPtrArray   *talks;       /* Talk, by start */
  GHashTable  *sent;        /* sent_key () → Sent */
  guint        timeout_id;  /* the clock's, 0 when not armed */
};

G_DEFINE_FINAL_TYPE (LineupReminders, lineup_reminders, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEAD_MINUTES,
  N_PROPS
};

enum {
  REMIND,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
talk_free (Talk *talk)
{
  g_object_unref (talk->session);
  g_free (talk);
}

static void
sent_free (Sent *sent)
{
  g_free (sent->source);
  g_free (sent->id);
  g_free (sent);
}

/* One string per talk and start: the source's length first keeps two
 * different (source, id) pairs from giving the same key. */
static gchar *
sent_key (const gchar *source,
          const gchar *id,
          gint64       start)
{
  return g_strdup_printf ("%" G_GSIZE_FORMAT ":%s%s@%" G_GINT64_FORMAT,
                          strlen (source), source, id, start);
}

static const gchar *
talk_source (Talk *talk)
{
  const gchar *source = lineup_session_get_source_key (talk->session);

  return source != NULL ? source : "";
}

static const gchar *
talk_id (Talk *talk)
{
  const gchar *id = lineup_session_get_id (talk->session);

  return id != NULL ? id : "";
}

static gboolean
is_sent (LineupReminders *self,
         Talk            *talk)
{
  g_autofree gchar *key = sent_key (talk_source (talk), talk_id (talk), talk->start);

  return g_hash_table_contains (self->sent, key);
}

static void
add_sent (LineupReminders *self,
          const gchar     *source,
          const gchar     *id,
          gint64           start)
{
  Sent *sent = g_new0 (Sent, 1);

  sent->source = g_strdup (source);
  sent->id = g_strdup (id);
  sent->start = start;
  g_hash_table_replace (self->sent, sent_key (source, id, start), sent);
}

static gint64
now_usec (LineupReminders *self)
{
  return self->clock->now_usec (self->clock);
}

static gint64
lead_usec (LineupReminders *self)
{
  return self->lead_minutes * USEC_PER_MINUTE;
}

/* The file */

static gint64
parse_instant (const gchar *text)
{
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL || (dt = g_date_time_new_from_iso8601 (text, NULL)) == NULL)
    return G_MININT64;
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static gchar *
format_instant (gint64 usec)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) exact = NULL;

  if (dt == NULL)
    return NULL;
  exact = g_date_time_add (dt, usec % G_USEC_PER_SEC);
  return g_date_time_format_iso8601 (exact);
}

/* An unreadable file counts as empty: at worst a reminder is sent again. */
static void
load_sent (LineupReminders *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) groups = NULL;
  gint64 oldest = now_usec (self) - KEEP_USEC;

  if (!g_key_file_load_from_file (file, self->state_path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("Reminders file “%s” not read, taken as empty: %s",
                 self->state_path, error->message);
      return;
    }

  groups = g_key_file_get_groups (file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree gchar *source = NULL;
      g_autofree gchar *id = NULL;
      g_autofree gchar *start_text = NULL;
      gint64 start;

      if (!g_str_has_prefix (groups[i], GROUP_PREFIX))
        continue;
      source = g_key_file_get_string (file, groups[i], "source", NULL);
      id = g_key_file_get_string (file, groups[i], "id", NULL);
      start_text = g_key_file_get_string (file, groups[i], "start", NULL);
      start = parse_instant (start_text);
      if (id == NULL || start == G_MININT64 || start < oldest)
        continue;
      add_sent (self, source != NULL ? source : "", id, start);
    }
}

static gint
compare_sent (gconstpointer a,
              gconstpointer b)
{
  const Sent *sa = *(const Sent * const *) a;
  const Sent *sb = *(const Sent * const *) b;
  gint cmp;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  cmp = strcmp (sa->source, sb->source);
  return cmp != 0 ? cmp : strcmp (sa->id, sb->id);
}

/* The entries for talks started over a day ago leave the table. */
static GPtrArray *
dup_kept_sent (LineupReminders *self)
{
  GPtrArray *kept = g_ptr_array_new ();
  gint64 oldest = now_usec (self) - KEEP_USEC;
  GHashTableIter iter;
  Sent *sent;

  g_hash_table_iter_init (&iter, self->sent);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &sent))
    {
      if (sent->start < oldest)
        g_hash_table_iter_remove (&iter);
      else
        g_ptr_array_add (kept, sent);
    }
  g_ptr_array_sort (kept, compare_sent);
  return kept;
}

static void
save_sent (LineupReminders *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GPtrArray) kept = dup_kept_sent (self);
  g_autoptr(GError) error = NULL;
  g_autofree gchar *dir = g_path_get_dirname (self->state_path);
  g_autofree gchar *data = NULL;
  gsize length;

  for (guint i = 0; i < kept->len; i++)
    {
      Sent *sent = g_ptr_array_index (kept, i);
      g_autofree gchar *group = g_strdup_printf (GROUP_PREFIX "%u", i + 1);
      g_autofree gchar *start = format_instant (sent->start);

      if (start == NULL)
        continue;
      g_key_file_set_string (file, group, "source", sent->source);
      g_key_file_set_string (file, group, "id", sent->id);
      g_key_file_set_string (file, group, "start", start);
    }
  data = g_key_file_to_data (file, &length, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_warning (_("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return;
    }
  if (!g_file_set_contents_full (self->state_path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    g_warning (_("Could not save the reminders sent to “%s”: %s"),
               self->state_path, error->message);
}

/* The timer */

static gboolean on_timeout_cb (gpointer data);

static void
disarm (LineupReminders *self)
{
  if (self->timeout_id != 0)
    self->clock->remove_timeout (self->clock, self->timeout_id);
  self->timeout_id = 0;
}

/* When the next reminder is due: its start − lead, or @now when that has
 * passed; G_MAXINT64 when none is to be sent. */
static gint64
next_due (LineupReminders *self,
          gint64           now)
{
  if (self->lead_minutes == 0)
    return G_MAXINT64;
  for (guint i = 0; i < self->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (self->talks, i);

      if (talk->start > now && !is_sent (self, talk))
        return MAX (talk->start - lead_usec (self), now);
    }
  return G_MAXINT64;
}

static void
rearm (LineupReminders *self)
{
  gint64 now = now_usec (self);
  gint64 due = next_due (self, now);
  gint64 delay_ms;

  disarm (self);
  if (due == G_MAXINT64)
    return;
  delay_ms = MIN ((due - now + 999) / 1000, MAX_SLEEP_MS);
  self->timeout_id = self->clock->add_timeout (self->clock, (guint) delay_ms,
                                               on_timeout_cb, self);
}

/* The notification */

static gchar *
dup_title (gint64 start,
           gint64 now)
{
  guint minutes = (guint) ((start - now + USEC_PER_MINUTE - 1) / USEC_PER_MINUTE);

  /* TRANSLATORS: a notification's title: the talk starts in this many minutes */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Starts in %u min", "Starts in %u min",
                                       minutes),
                          minutes);
}

static gchar *
dup_body (LineupSession *session)
{
  const gchar *title = lineup_session_get_title (session);
  const gchar *room = lineup_session_get_room (session);

  if (title == NULL)
    title = "";
  if (room == NULL)
    return g_strdup (title);
  return g_strconcat (title, " · ", room, NULL);
}

/* Every reminder due now, in start order: recorded (and the file written)
 * before any is emitted, so that a handler that gives the talks again, or
 * drops the object, neither repeats nor loses one. */
static void
send_due (LineupReminders *self)
{
  g_autoptr(LineupReminders) hold = g_object_ref (self);
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func ((GDestroyNotify) talk_free);
  gint64 now = now_usec (self);

  for (guint i = 0; self->lead_minutes > 0 && i < self->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (self->talks, i);
      Talk *copy;

      if (talk->start - lead_usec (self) > now)
        break;
      if (talk->start <= now || is_sent (self, talk))
        continue;
      add_sent (self, talk_source (talk), talk_id (talk), talk->start);
      copy = g_new0 (Talk, 1);
      copy->session = g_object_ref (talk->session);
      copy->start = talk->start;
      g_ptr_array_add (due, copy);
    }
  if (due->len > 0)
    save_sent (self);
  rearm (self);

  for (guint i = 0; i < due->len; i++)
    {
      Talk *talk = g_ptr_array_index (due, i);
      g_autofree gchar *title = dup_title (talk->start, now);
      g_autofree gchar *body = dup_body (talk->session);

      g_signal_emit (self, signals[REMIND], 0, talk->session, title, body);
    }
}

static gboolean
on_timeout_cb (gpointer data)
{
  LineupReminders *self = LINEUP_REMINDERS (data);

  self->timeout_id = 0;
  send_due (self);
  return G_SOURCE_REMOVE;
}

/* GObject */

static void
lineup_reminders_dispose (GObject *object)
{
  LineupReminders *self = LINEUP_REMINDERS (object);

  disarm (self);
  g_ptr_array_set_size (self->talks, 0);

  G_OBJECT_CLASS (lineup_reminders_parent_class)->dispose (object);
}

static void
lineup_reminders_finalize (GObject *object)
{
  LineupReminders *self = LINEUP_REMINDERS (object);

  g_clear_pointer (&self->talks, g_ptr_array_unref);
  g_clear_pointer (&self->sent, g_hash_table_unref);
  g_clear_pointer (&self->state_path, g_free);

  G_OBJECT_CLASS (lineup_reminders_parent_class)->finalize (object);
}

static void
lineup_reminders_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LineupReminders *self = LINEUP_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_LEAD_MINUTES:
      g_value_set_uint (value, self->lead_minutes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_reminders_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LineupReminders *self = LINEUP_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_LEAD_MINUTES:
      lineup_reminders_set_lead_minutes (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_reminders_class_init (LineupRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lineup_reminders_dispose;
  object_class->finalize = lineup_reminders_finalize;
  object_class->get_property = lineup_reminders_get_property;
  object_class->set_property = lineup_reminders_set_property;

  properties[PROP_LEAD_MINUTES] =
    g_param_spec_uint ("lead-minutes", NULL, NULL,
                       0, MAX_LEAD_MINUTES, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMIND] =
    g_signal_new ("remind",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  LINEUP_TYPE_SESSION, G_TYPE_STRING, G_TYPE_STRING);
}

static void
lineup_reminders_init (LineupReminders *self)
{
  self->talks = g_ptr_array_new_with_free_func ((GDestroyNotify) talk_free);
  self->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) sent_free);
}

LineupReminders *
lineup_reminders_new (LineupClock *clock,
                      const gchar *state_path)
{
  LineupReminders *self = g_object_new (LINEUP_TYPE_REMINDERS, NULL);

  self->clock = clock != NULL ? clock : lineup_clock_get_real ();
  if (state_path != NULL)
    self->state_path = g_strdup (state_path);
  else
    self->state_path = g_build_filename (g_get_user_data_dir (), "lineup", "reminders.ini",
                                         NULL);
  load_sent (self);
  return self;
}

const gchar *
lineup_reminders_get_state_path (LineupReminders *self)
{
  g_return_val_if_fail (LINEUP_IS_REMINDERS (self), NULL);

  return self->state_path;
}

guint
lineup_reminders_get_lead_minutes (LineupReminders *self)
{
  g_return_val_if_fail (LINEUP_IS_REMINDERS (self), 0);

  return self->lead_minutes;
}

void
lineup_reminders_set_lead_minutes (LineupReminders *self,
                                   guint            minutes)
{
  g_return_if_fail (LINEUP_IS_REMINDERS (self));
  g_return_if_fail (minutes <= MAX_LEAD_MINUTES);

  if (self->lead_minutes == minutes)
    return;
  self->lead_minutes = minutes;
  rearm (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_MINUTES]);
}

/* When the talk starts: a floating time (no known zone) is read in this
 * computer's zone, as the user at the event reads the clock on the wall. */
static gboolean
talk_start (LineupSession *session,
            gint64        *start)
{
  gint64 end;
  gboolean has_end;
  GDateTime *written;
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) here = NULL;

  if (!lineup_session_get_times_usec (session, start, &end, &has_end))
    return FALSE;
  if (!lineup_session_get_floating (session))
    return TRUE;
  written = lineup_session_get_start (session);
  local = g_time_zone_new_local ();
  here = g_date_time_new (local,
                          g_date_time_get_year (written),
                          g_date_time_get_month (written),
                          g_date_time_get_day_of_month (written),
                          g_date_time_get_hour (written),
                          g_date_time_get_minute (written),
                          g_date_time_get_seconds (written));
  if (here == NULL)
    return FALSE;
  *start = g_date_time_to_unix (here) * G_USEC_PER_SEC + g_date_time_get_microsecond (here);
  return TRUE;
}

static gint
compare_talks (gconstpointer a,
               gconstpointer b)
{
  const Talk *ta = *(const Talk * const *) a;
  const Talk *tb = *(const Talk * const *) b;

  return ta->start < tb->start ? -1 : ta->start > tb->start ? 1 : 0;
}

void
lineup_reminders_set_sessions (LineupReminders *self,
                               GPtrArray       *sessions)
{
  g_return_if_fail (LINEUP_IS_REMINDERS (self));

  g_ptr_array_set_size (self->talks, 0);
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      LineupSession *session = g_ptr_array_index (sessions, i);
      gint64 start;
      Talk *talk;

      g_return_if_fail (LINEUP_IS_SESSION (session));
      if (!talk_start (session, &start))
        continue;
      talk = g_new0 (Talk, 1);
      talk->session = g_object_ref (session);
      talk->start = start;
      g_ptr_array_add (self->talks, talk);
    }
  /* Stable: talks at the same time are reminded of in the order given. */
  g_ptr_array_sort (self->talks, compare_talks);
  rearm (self);
}

gchar *
lineup_reminders_dup_notification_id (LineupSession *session)
{
  const gchar *source;
  const gchar *id;

  g_return_val_if_fail (LINEUP_IS_SESSION (session), NULL);

  source = lineup_session_get_source_key (session);
  id = lineup_session_get_id (session);
  return g_strconcat ("lineup-reminder-", source != NULL ? source : "", "-",
                      id != NULL ? id : "", NULL);
}
