/* lineup-application.h — the application: actions, command line, opening files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lineup-core.h"
#include "lineup-zone-preference.h"

G_BEGIN_DECLS

#define LINEUP_TYPE_APPLICATION (lineup_application_get_type ())

G_DECLARE_FINAL_TYPE (LineupApplication, lineup_application, LINEUP, APPLICATION, AdwApplication)

LineupApplication *lineup_application_new        (void);

/* The agenda shared by every window (loaded on first use). */
LineupAgenda      *lineup_application_get_agenda (LineupApplication *self);

/* The time-zone preference, with --timezone, shared by every window. */
LineupZonePreference *lineup_application_get_zone_preference (LineupApplication *self);

/* The zone to read posts in: --timezone, else the preference, or NULL. */
const gchar       *lineup_application_get_zone_override (LineupApplication *self);

G_END_DECLS
