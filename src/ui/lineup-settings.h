/* lineup-settings.h — the app's GSettings, when its schema is installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The settings of APP_ID, or NULL when the schema is not installed: run
 * from the build folder without it, Lineup still works, it just remembers
 * nothing. */
GSettings *lineup_settings_new (void);

G_END_DECLS
