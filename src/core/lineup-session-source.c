/* lineup-session-source.c — where a talk comes from, when several sources
 * are shown at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session"

#include "config.h"

#include "lineup-session-private.h"

const gchar *
lineup_session_get_source_key (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->source_key;
}

const gchar *
lineup_session_get_source_title (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->source_title;
}

void
lineup_session_set_source (LineupSession *self,
                           const gchar   *key,
                           const gchar   *title)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  _lineup_session_set_interned (&self->source_key, key);
  _lineup_session_set_interned (&self->source_title, title);
}

GPtrArray *
lineup_session_get_twins (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);
  return self->twins;
}

void
lineup_session_add_twin (LineupSession *self,
                         LineupSession *twin)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  g_return_if_fail (LINEUP_IS_SESSION (twin));
  g_return_if_fail (twin != self);

  if (self->twins == NULL)
    self->twins = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->twins, g_object_ref (twin));
}

void
lineup_session_clear_twins (LineupSession *self)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));
  g_clear_pointer (&self->twins, g_ptr_array_unref);
}
