/* lineup-zone.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-zone"

#include "config.h"

#include "lineup-zone.h"

gchar *
lineup_zone_dup_local_id (void)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const gchar *id = g_time_zone_get_identifier (local);
  g_autoptr(GTimeZone) check = NULL;

  /* "UTC" or ":/etc/localtime" on some systems: only an id that reads back
   * as a zone is one a post can be shown in. */
  if (id == NULL || *id == '\0' || *id == ':')
    return NULL;
  check = g_time_zone_new_identifier (id);
  return check != NULL ? g_strdup (id) : NULL;
}

gchar *
lineup_zone_resolve (const gchar *preference)
{
  if (preference == NULL || *preference == '\0')
    return NULL;
  if (g_str_equal (preference, LINEUP_ZONE_LOCAL))
    return lineup_zone_dup_local_id ();
  return g_strdup (preference);
}
