/* lineup-zone-preference.c — the zone times are shown in: the preference
 * and the --timezone override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-zone-preference"

#include "config.h"

#include "lineup-core.h"
#include "lineup-settings.h"
#include "lineup-zone-preference.h"

struct _LineupZonePreference
{
  GObject    parent_instance;

  GSettings *settings;      /* NULL when the schema is not installed */
  gchar     *time_zone;     /* the preference; never NULL */
  gchar     *override;      /* --timezone, or NULL */
  gchar     *reading_zone;  /* the last answer of get_reading_zone () */
};

G_DEFINE_FINAL_TYPE (LineupZonePreference, lineup_zone_preference, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIME_ZONE,
  PROP_OVERRIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const gchar *
lineup_zone_preference_get_time_zone (LineupZonePreference *self)
{
  g_return_val_if_fail (LINEUP_IS_ZONE_PREFERENCE (self), "");

  return self->time_zone;
}

void
lineup_zone_preference_set_time_zone (LineupZonePreference *self,
                                      const gchar          *zone)
{
  g_return_if_fail (LINEUP_IS_ZONE_PREFERENCE (self));

  if (zone == NULL)
    zone = "";
  if (g_str_equal (self->time_zone, zone))
    return;

  g_free (self->time_zone);
  self->time_zone = g_strdup (zone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

const gchar *
lineup_zone_preference_get_override (LineupZonePreference *self)
{
  g_return_val_if_fail (LINEUP_IS_ZONE_PREFERENCE (self), NULL);

  return self->override;
}

void
lineup_zone_preference_set_override (LineupZonePreference *self,
                                     const gchar          *zone)
{
  g_return_if_fail (LINEUP_IS_ZONE_PREFERENCE (self));

  if (g_strcmp0 (self->override, zone) == 0)
    return;

  g_free (self->override);
  self->override = g_strdup (zone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERRIDE]);
}

const gchar *
lineup_zone_preference_get_reading_zone (LineupZonePreference *self,
                                         gboolean              picked)
{
  g_return_val_if_fail (LINEUP_IS_ZONE_PREFERENCE (self), NULL);

  if (self->override != NULL && !picked)
    return self->override;

  /* Resolved each time: "local" is the computer's zone as it is now. */
  g_free (self->reading_zone);
  self->reading_zone = lineup_zone_resolve (self->time_zone);
  return self->reading_zone;
}

static void
lineup_zone_preference_dispose (GObject *object)
{
  LineupZonePreference *self = LINEUP_ZONE_PREFERENCE (object);

  if (self->settings != NULL)
    g_settings_unbind (self, "time-zone");
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lineup_zone_preference_parent_class)->dispose (object);
}

static void
lineup_zone_preference_finalize (GObject *object)
{
  LineupZonePreference *self = LINEUP_ZONE_PREFERENCE (object);

  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->override, g_free);
  g_clear_pointer (&self->reading_zone, g_free);

  G_OBJECT_CLASS (lineup_zone_preference_parent_class)->finalize (object);
}

static void
lineup_zone_preference_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LineupZonePreference *self = LINEUP_ZONE_PREFERENCE (object);

  switch (prop_id)
    {
    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;
    case PROP_OVERRIDE:
      g_value_set_string (value, self->override);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_zone_preference_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LineupZonePreference *self = LINEUP_ZONE_PREFERENCE (object);

  switch (prop_id)
    {
    case PROP_TIME_ZONE:
      lineup_zone_preference_set_time_zone (self, g_value_get_string (value));
      break;
    case PROP_OVERRIDE:
      lineup_zone_preference_set_override (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lineup_zone_preference_class_init (LineupZonePreferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lineup_zone_preference_dispose;
  object_class->finalize = lineup_zone_preference_finalize;
  object_class->get_property = lineup_zone_preference_get_property;
  object_class->set_property = lineup_zone_preference_set_property;

  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERRIDE] =
    g_param_spec_string ("override", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lineup_zone_preference_init (LineupZonePreference *self)
{
  self->time_zone = g_strdup ("");
  self->settings = lineup_settings_try_new (APP_ID);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "timezone", self, "time-zone", G_SETTINGS_BIND_DEFAULT);
}

LineupZonePreference *
lineup_zone_preference_new (void)
{
  return g_object_new (LINEUP_TYPE_ZONE_PREFERENCE, NULL);
}
