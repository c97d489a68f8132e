/* lineup-settings.h — the app's GSettings, when its schema is installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A GSettings for @schema_id (the app's is APP_ID), or NULL when no such
 * schema is installed: a build run from its folder without the compiled
 * schema still works, it just remembers nothing.  g_settings_new() would
 * abort instead. */
GSettings *lineup_settings_try_new (const gchar *schema_id);

G_END_DECLS
