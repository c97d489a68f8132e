/* fuzz-slot.c — lineup_slot_scan () and lineup_slot_is_whole () on any text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-fuzz"

#include "config.h"

#include <string.h>

#include "lineup-slot.h"
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree gchar *text = NULL;
  LineupSlot slot;
  LineupSlotFound found;
  gsize length;

  /* The scanner takes a C string: stop at the first NUL like a caller would. */
  text = g_strndup ((const gchar *) data, size);
  length = strlen (text);

  memset (&slot, 0xA5, sizeof slot);   /* _scan must initialise every field */
  found = lineup_slot_scan (text, &slot);

  FUZZ_CHECK ((found & ~(LINEUP_SLOT_DATE | LINEUP_SLOT_TIME)) == 0);
  FUZZ_CHECK (slot.month >= 0 && slot.month <= 12);
  FUZZ_CHECK (slot.day >= 0 && slot.day <= 31);
  FUZZ_CHECK (slot.weekday >= 0 && slot.weekday <= 7);
  FUZZ_CHECK (slot.year >= 0);
  FUZZ_CHECK (slot.start_minute >= -1 && slot.start_minute < 24 * 60);
  FUZZ_CHECK (slot.end_minute >= -1 && slot.end_minute <= 24 * 60);
  FUZZ_CHECK (((found & LINEUP_SLOT_TIME) != 0) == (slot.start_minute >= 0));
  FUZZ_CHECK (slot.start_minute >= 0 || slot.end_minute == -1);
  FUZZ_CHECK (memchr (slot.zone, '\0', sizeof slot.zone) != NULL);
  FUZZ_CHECK (slot.span_start <= slot.span_end);
  FUZZ_CHECK (slot.span_end <= length);
  if (found != LINEUP_SLOT_NONE)
    FUZZ_CHECK (slot.span_start < slot.span_end);

  /* Must not crash, whatever it says. */
  (void) lineup_slot_is_whole (text, &slot);

  /* The name helpers take any bytes, NUL-terminated or counted. */
  (void) lineup_slot_zone_for_abbreviation (text);
  FUZZ_CHECK (lineup_slot_month_from_name (text, length) >= 0);
  FUZZ_CHECK (lineup_slot_month_from_name (text, length) <= 12);

  return 0;
}
