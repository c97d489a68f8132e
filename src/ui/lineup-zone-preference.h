/* lineup-zone-preference.h — the zone times are shown in: the preference
 * and the --timezone override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one owner of the "timezone" setting.  The application keeps one for
 * all its windows; a window made without one has its own.  Windows observe
 * "time-zone" (and set it from their Time Zone menu).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LINEUP_TYPE_ZONE_PREFERENCE (lineup_zone_preference_get_type ())

G_DECLARE_FINAL_TYPE (LineupZonePreference, lineup_zone_preference, LINEUP, ZONE_PREFERENCE, GObject)

/* Follows the "timezone" setting when its schema is installed. */
LineupZonePreference *lineup_zone_preference_new           (void);

/* The preference: "" for the event's zone, LINEUP_ZONE_LOCAL, or an IANA
 * id.  Setting it stores it in the setting; it changes too when the setting
 * does (from any window). */
const gchar          *lineup_zone_preference_get_time_zone (LineupZonePreference *self);
void                  lineup_zone_preference_set_time_zone (LineupZonePreference *self,
                                                            const gchar          *zone);

/* --timezone, or NULL. */
const gchar          *lineup_zone_preference_get_override  (LineupZonePreference *self);
void                  lineup_zone_preference_set_override  (LineupZonePreference *self,
                                                            const gchar          *zone);

/* The zone to read a post in (an IANA id), or NULL for the post's own:
 * --timezone wins, unless @picked (a zone was picked in the Time Zone menu
 * since); else the preference as it is now ("local" is the computer's zone
 * at this moment).  Valid until the next call. */
const gchar          *lineup_zone_preference_get_reading_zone (LineupZonePreference *self,
                                                               gboolean              picked);

G_END_DECLS
