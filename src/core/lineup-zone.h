/* lineup-zone.h — the time zone preference: the event's, this computer's,
 * or a named one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The stored value of the "this computer's zone, whatever it is when Lineup
 * runs" choice ("" is the event's zone; anything else an IANA id). */
#define LINEUP_ZONE_LOCAL "local"

/* This computer's zone as an IANA id ("Europe/Berlin"), or NULL when GLib
 * cannot name it in a way it reads back. */
gchar *lineup_zone_dup_local_id (void);

/* The zone a preference means now: NULL for the event's zone ("" or NULL),
 * the computer's current zone for LINEUP_ZONE_LOCAL (NULL if it has no
 * id), else a copy of @preference. */
gchar *lineup_zone_resolve      (const gchar *preference);

G_END_DECLS
