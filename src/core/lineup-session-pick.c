/* lineup-session-pick.c — what a talk was picked as: going or maybe
 *
 * The "starred" flag (lineup-session.c) is going; "maybe" is a backup the
 * user keeps in the agenda without counting it in conflicts.  The two are
 * never both set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session"

#include "config.h"

#include "lineup-session-private.h"

gboolean
lineup_session_get_maybe (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), FALSE);

  return self->maybe;
}

void
lineup_session_set_maybe (LineupSession *self,
                          gboolean       maybe)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  maybe = !!maybe;
  if (self->maybe == (guint) maybe)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (maybe)
    lineup_session_set_starred (self, FALSE);
  self->maybe = maybe;
  /* By name: the pspec table is lineup-session.c's. */
  g_object_notify (G_OBJECT (self), "maybe");
  g_object_thaw_notify (G_OBJECT (self));
}

LineupPick
lineup_session_get_pick (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), LINEUP_PICK_NONE);

  if (self->starred)
    return LINEUP_PICK_GOING;
  if (self->maybe)
    return LINEUP_PICK_MAYBE;
  return LINEUP_PICK_NONE;
}

void
lineup_session_set_pick (LineupSession *self,
                         LineupPick     pick)
{
  g_return_if_fail (LINEUP_IS_SESSION (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (pick == LINEUP_PICK_GOING)
    lineup_session_set_starred (self, TRUE);
  else if (pick == LINEUP_PICK_MAYBE)
    lineup_session_set_maybe (self, TRUE);
  else
    {
      lineup_session_set_starred (self, FALSE);
      lineup_session_set_maybe (self, FALSE);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const gchar *
lineup_pick_to_string (LineupPick pick)
{
  switch (pick)
    {
    case LINEUP_PICK_GOING:
      return "going";
    case LINEUP_PICK_MAYBE:
      return "maybe";
    case LINEUP_PICK_NONE:
    default:
      return "none";
    }
}

LineupPick
lineup_pick_next (LineupPick pick)
{
  switch (pick)
    {
    case LINEUP_PICK_NONE:
      return LINEUP_PICK_GOING;
    case LINEUP_PICK_GOING:
      return LINEUP_PICK_MAYBE;
    case LINEUP_PICK_MAYBE:
    default:
      return LINEUP_PICK_NONE;
    }
}

gboolean
lineup_pick_from_string (const gchar *text,
                         LineupPick  *out_pick)
{
  g_return_val_if_fail (out_pick != NULL, FALSE);

  if (g_strcmp0 (text, "going") == 0)
    *out_pick = LINEUP_PICK_GOING;
  else if (g_strcmp0 (text, "maybe") == 0)
    *out_pick = LINEUP_PICK_MAYBE;
  else if (g_strcmp0 (text, "none") == 0)
    *out_pick = LINEUP_PICK_NONE;
  else
    return FALSE;
  return TRUE;
}
