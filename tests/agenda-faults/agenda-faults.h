/* agenda-faults.h — the toggle sequence shared by agenda-writer and its checker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#define AGENDA_FAULTS_POST "faults.md"

/* Step @step (1-based) stars "<prefix>-<step>"; every fifth step also
 * unstars the talk starred three steps before, so removals are exercised
 * as much as additions. */
static inline gboolean
agenda_faults_step_unstars (guint  step,
                            guint *unstarred)
{
  if (step % 5 != 0 || step <= 3)
    return FALSE;
  *unstarred = step - 3;
  return TRUE;
}

/* Whether "<prefix>-<n>" is starred once steps 1..@steps are done. */
static inline gboolean
agenda_faults_starred_after (guint n,
                             guint steps)
{
  guint unstarred;

  if (n == 0 || n > steps)
    return FALSE;
  /* Only step n + 3 can unstar n. */
  return !(n + 3 <= steps && agenda_faults_step_unstars (n + 3, &unstarred));
}
