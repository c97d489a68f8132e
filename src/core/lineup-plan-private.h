/* lineup-plan-private.h — what only the tests of lineup-plan use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-plan.h"

G_BEGIN_DECLS

/* lineup_plan_suggest(), adding to *@work (when not NULL) one per step of
 * its work: each comparison of the sort, each step of a binary search,
 * each talk weighed.  A test checks how that count grows with the input
 * (the time cannot be asked of a busy machine). */
GPtrArray *lineup_plan_suggest_counted (GPtrArray *going,
                                        GPtrArray *maybe,
                                        guint64   *work);

G_END_DECLS
