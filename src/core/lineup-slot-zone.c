/* lineup-slot-zone.c — time zone abbreviations: "CST" → America/Chicago
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-slot"

#include "config.h"

#include <string.h>

#include "lineup-slot-private.h"

static const struct
{
  const gchar *abbreviation;
  const gchar *zone;
} zones[] = {
  { "CST", "America/Chicago" },
  { "CDT", "America/Chicago" },
  { "CT", "America/Chicago" },
  { "EST", "America/New_York" },
  { "EDT", "America/New_York" },
  { "ET", "America/New_York" },
  { "PST", "America/Los_Angeles" },
  { "PDT", "America/Los_Angeles" },
  { "PT", "America/Los_Angeles" },
  { "MST", "America/Denver" },
  { "MDT", "America/Denver" },
  { "CET", "Europe/Paris" },
  { "CEST", "Europe/Paris" },
  { "BST", "Europe/London" },
  { "GMT", "UTC" },
  { "UTC", "UTC" },
  { "WET", "Europe/Lisbon" },
  { "WEST", "Europe/Lisbon" },
  { "EET", "Europe/Helsinki" },
  { "EEST", "Europe/Helsinki" },
  { "IST", "Asia/Kolkata" },
  { "JST", "Asia/Tokyo" },
  { "KST", "Asia/Seoul" },
  { "AEST", "Australia/Sydney" },
  { "AEDT", "Australia/Sydney" },
  { "SGT", "Asia/Singapore" },
  { "HKT", "Asia/Hong_Kong" },
};

const gchar *
lineup_slot_zone_for_abbreviation (const gchar *abbreviation)
{
  if (abbreviation == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    if (g_ascii_strcasecmp (abbreviation, zones[i].abbreviation) == 0)
      return zones[i].zone;
  return NULL;
}

gsize
lineup_slot_match_zone (const Scanner *s,
                        gsize          pos,
                        gchar          zone[8])
{
  Token t, after;
  gboolean parenthesised = FALSE;
  gsize length;

  lineup_slot_lex (s, pos, &t);
  if (token_is_punct (&t, '('))
    {
      parenthesised = TRUE;
      lineup_slot_lex (s, t.end, &t);
    }
  if (t.kind != TOKEN_WORD)
    return 0;
  length = t.end - t.start;
  if (length < 2 || length > 4)
    return 0;
  for (gsize i = t.start; i < t.end; i++)
    if (!g_ascii_isupper (s->text[i]))
      return 0;

  memset (zone, 0, 8);
  memcpy (zone, s->text + t.start, length);
  if (lineup_slot_zone_for_abbreviation (zone) == NULL)
    return 0;

  lineup_slot_lex (s, t.end, &after);
  if (after.glued && after.kind == TOKEN_NUMBER)
    return 0;   /* "UTC+1" is read as "UTC" below, but "CST2" is no zone */
  if (parenthesised)
    return token_is_punct (&after, ')') ? after.end : 0;
  return t.end;
}
