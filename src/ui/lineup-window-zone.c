/* lineup-window-zone.c — the window's Time Zone menu, following the zone preference
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lineup-window-private.h"

/* The zone override to read posts with, or NULL for the post's own. */
const gchar *
_lineup_window_get_zone_override (LineupWindow *self)
{
  return lineup_zone_preference_get_reading_zone (self->zone_preference, self->zone_picked);
}

const gchar *
_lineup_window_get_time_zone (LineupWindow *self)
{
  /* The template's menu asks before the preference is given. */
  if (self->zone_preference == NULL)
    return "";
  return lineup_zone_preference_get_time_zone (self->zone_preference);
}

/* "America/Port_of_Spain": an underscore in a menu label is a mnemonic. */
static gchar *
escape_mnemonics (const gchar *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static GMenuItem *
time_zone_item_new (const gchar *label,
                    const gchar *target)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "win.time-zone", g_variant_new_string (target));
  return item;
}

/* After "Event Time Zone": "My Time Zone (Europe/Berlin)", which follows
 * the computer wherever it is when Lineup runs, and a zone chosen by name
 * (the setting, or an older Lineup's), shown as such so that one item is
 * always checked. */
static void
update_time_zone_items (LineupWindow *self)
{
  g_autofree gchar *local_id = lineup_zone_dup_local_id ();
  const gchar *zone = _lineup_window_get_time_zone (self);

  while (g_menu_model_get_n_items (G_MENU_MODEL (self->time_zone_section)) > 1)
    g_menu_remove (self->time_zone_section, 1);

  if (local_id != NULL)
    {
      g_autofree gchar *escaped = escape_mnemonics (local_id);
      /* Translators: a menu item; %s is the computer's time zone, as in
       * "Europe/Berlin" */
      g_autofree gchar *label = g_strdup_printf (_("_My Time Zone (%s)"), escaped);
      g_autoptr(GMenuItem) item = time_zone_item_new (label, LINEUP_ZONE_LOCAL);

      g_menu_append_item (self->time_zone_section, item);
    }
  if (*zone != '\0' && !g_str_equal (zone, LINEUP_ZONE_LOCAL))
    {
      g_autofree gchar *label = escape_mnemonics (zone);
      g_autoptr(GMenuItem) item = time_zone_item_new (label, zone);

      g_menu_append_item (self->time_zone_section, item);
    }
}

/* The preference changed, in this window's menu, another's or the setting:
 * a zone was picked, and the post is read again in it. */
static void
on_zone_preference_changed_cb (LineupWindow *self)
{
  update_time_zone_items (self);
  self->zone_picked = TRUE;
  _lineup_window_reread (self);
  g_object_notify (G_OBJECT (self), "time-zone");
}

/* Once constructed: the application's preference, or one of its own for a
 * window on its own (in tests). */
void
_lineup_window_follow_zone_preference (LineupWindow *self)
{
  if (self->zone_preference == NULL)
    self->zone_preference = lineup_zone_preference_new ();
  g_signal_connect_object (self->zone_preference, "notify::time-zone",
                           G_CALLBACK (on_zone_preference_changed_cb), self, G_CONNECT_SWAPPED);
  update_time_zone_items (self);
  /* The menu's state was asked before the preference was given. */
  if (*_lineup_window_get_time_zone (self) != '\0')
    g_object_notify (G_OBJECT (self), "time-zone");
}
