/* lineup-agenda-pick.c — setting a pick and its kind (going or maybe)
 *
 * A pick is an entry of the agenda; a maybe pick is one whose entry says
 * "pick: maybe" (see lineup-agenda.h).  Changing the kind is one pending
 * change like starring: the entry written carries it, so two processes
 * merge kinds as they merge stars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include "lineup-agenda-private.h"

LineupPick
lineup_agenda_get_pick (LineupAgenda *self,
                        const gchar  *post_key,
                        const gchar  *id)
{
  const LineupAgendaEntry *entry;

  g_return_val_if_fail (LINEUP_IS_AGENDA (self), LINEUP_PICK_NONE);

  if ((entry = lineup_agenda_lookup (self, post_key, id)) == NULL)
    return LINEUP_PICK_NONE;
  return entry->maybe ? LINEUP_PICK_MAYBE : LINEUP_PICK_GOING;
}

void
lineup_agenda_set_pick (LineupAgenda  *self,
                        const gchar   *post_key,
                        LineupSession *session,
                        LineupPick     pick)
{
  LineupAgendaEntry *entry = NULL;
  const LineupAgendaEntry *was;
  const gchar *id;

  g_return_if_fail (LINEUP_IS_AGENDA (self));
  g_return_if_fail (post_key != NULL);
  g_return_if_fail (LINEUP_IS_SESSION (session));
  g_return_if_fail (pick == LINEUP_PICK_NONE || pick == LINEUP_PICK_GOING
                    || pick == LINEUP_PICK_MAYBE);

  id = lineup_session_get_id (session);
  g_return_if_fail (id != NULL && *id != '\0');

  lineup_session_set_pick (session, pick);
  if (lineup_agenda_get_pick (self, post_key, id) == pick)
    return;

  /* A pick changing kind keeps what it last saw of its talk, so that a
   * change not yet acknowledged is still reported. */
  if (pick != LINEUP_PICK_NONE)
    {
      was = lineup_agenda_lookup (self, post_key, id);
      entry = was != NULL ? lineup_agenda_entry_copy (was)
                          : lineup_agenda_entry_new_for_session (session);
      entry->maybe = pick == LINEUP_PICK_MAYBE;
    }
  lineup_agenda_record (self, post_key, id, entry);
  lineup_agenda_commit (self);
}

void
lineup_agenda_set_starred (LineupAgenda  *self,
                           const gchar   *post_key,
                           LineupSession *session,
                           gboolean       starred)
{
  lineup_agenda_set_pick (self, post_key, session,
                          starred ? LINEUP_PICK_GOING : LINEUP_PICK_NONE);
}
