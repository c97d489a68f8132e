/* lineup-source-ical.c — iCalendar: Sched, pretalx, any calendar (libical) → LineupSchedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-source-reader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lineup-source-reader-private.h"

LineupSchedule *
lineup_source_read_icalendar (const gchar             *data,
                        gsize                    length,
                        const LineupSourceInput *input,
                        GError                 **error)
{
  (void) data;
  (void) length;
  lineup_source_set_error (error, input, 1, "%s", _("this kind of schedule cannot be read yet"));
  return NULL;
}
