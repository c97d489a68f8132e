/* lineup-slot-zone.c — time zone abbreviations: "CST" → America/Chicago,
 * but "CST" in Shanghai → Asia/Shanghai
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
  { "MT", "America/Denver" },
  { "HST", "Pacific/Honolulu" },
  { "AKST", "America/Anchorage" },
  { "AKDT", "America/Anchorage" },
  { "AST", "America/Halifax" },
  { "ADT", "America/Halifax" },
  { "NZST", "Pacific/Auckland" },
  { "NZDT", "Pacific/Auckland" },
  { "ACST", "Australia/Adelaide" },
  { "ACDT", "Australia/Adelaide" },
  { "AWST", "Australia/Perth" },
  { "IDT", "Asia/Jerusalem" },
  { "SAST", "Africa/Johannesburg" },
  { "MSK", "Europe/Moscow" },
  { "TRT", "Europe/Istanbul" },
  { "BRT", "America/Sao_Paulo" },
  { "PHT", "Asia/Manila" },
  { "WIB", "Asia/Jakarta" },
  { "MYT", "Asia/Kuala_Lumpur" },
};

/* Event places whose clocks, written with one of these abbreviations, are
 * not those of the abbreviation's usual zone above: another offset ("CST"
 * in Shanghai, "IST" in Dublin or Tel Aviv, "BST" in Dhaka, "PST" in Manila)
 * or other summer-time rules ("MST" in Arizona and "AEST" in Brisbane have
 * none, Mexico City dropped it in 2022).  A place whose zone keeps the usual
 * zone's rules (Detroit and Toronto as America/New_York, Berlin and Valencia
 * as Europe/Paris) is not listed: the usual zone is what posts and their
 * readers expect there.  Salt Lake City, London and Amsterdam are, as issue
 * 16 names them.  A place may have several rows, one per zone. */
static const struct
{
  const gchar *place;
  const gchar *zone;
  const gchar *abbreviations;   /* space-separated, with spaces around */
} places[] = {
  { "Amsterdam", "Europe/Amsterdam", " CET CEST " },
  { "London", "Europe/London", " GMT BST " },
  { "Manchester", "Europe/London", " GMT BST " },
  { "Edinburgh", "Europe/London", " GMT BST " },
  { "Dublin", "Europe/Dublin", " GMT IST " },
  { "Ireland", "Europe/Dublin", " GMT IST " },
  { "Salt Lake City", "America/Denver", " MST MDT MT " },
  { "Phoenix", "America/Phoenix", " MST MT " },
  { "Arizona", "America/Phoenix", " MST MT " },
  { "Tucson", "America/Phoenix", " MST MT " },
  { "Scottsdale", "America/Phoenix", " MST MT " },
  { "Shanghai", "Asia/Shanghai", " CST " },
  { "Beijing", "Asia/Shanghai", " CST " },
  { "Shenzhen", "Asia/Shanghai", " CST " },
  { "Hangzhou", "Asia/Shanghai", " CST " },
  { "China", "Asia/Shanghai", " CST " },
  { "Taipei", "Asia/Taipei", " CST " },
  { "Taiwan", "Asia/Taipei", " CST " },
  { "Mexico City", "America/Mexico_City", " CST CDT " },
  { "Guadalajara", "America/Mexico_City", " CST CDT " },
  { "Monterrey", "America/Monterrey", " CST CDT " },
  { "Saskatchewan", "America/Regina", " CST " },
  { "Saskatoon", "America/Regina", " CST " },
  { "Cancún", "America/Cancun", " EST " },
  { "Cancun", "America/Cancun", " EST " },
  { "Tel Aviv", "Asia/Jerusalem", " IST IDT " },
  { "Jerusalem", "Asia/Jerusalem", " IST IDT " },
  { "Haifa", "Asia/Jerusalem", " IST IDT " },
  { "Dhaka", "Asia/Dhaka", " BST " },
  { "Bangladesh", "Asia/Dhaka", " BST " },
  { "Manila", "Asia/Manila", " PST PHT " },
  { "Philippines", "Asia/Manila", " PST PHT " },
  { "Melbourne", "Australia/Melbourne", " AEST AEDT " },
  { "Brisbane", "Australia/Brisbane", " AEST " },
  { "Gold Coast", "Australia/Brisbane", " AEST " },
  { "Queensland", "Australia/Brisbane", " AEST " },
  { "Darwin", "Australia/Darwin", " ACST " },
  { "Cairo", "Africa/Cairo", " EET EEST " },
  { "Egypt", "Africa/Cairo", " EET EEST " },
  { "Tunis", "Africa/Tunis", " CET " },
  { "Tunisia", "Africa/Tunis", " CET " },
  { "Algiers", "Africa/Algiers", " CET " },
  { "Riyadh", "Asia/Riyadh", " AST " },
  { "Saudi Arabia", "Asia/Riyadh", " AST " },
  { "Doha", "Asia/Qatar", " AST " },
  { "Qatar", "Asia/Qatar", " AST " },
  { "San Juan", "America/Puerto_Rico", " AST " },
  { "Puerto Rico", "America/Puerto_Rico", " AST " },
  { "Honolulu", "Pacific/Honolulu", " HST " },
};

/* "UTC+8", "GMT-5": a whole-hour offset from UTC, as the Etc zone with
 * the POSIX sign ("UTC+8" is Etc/GMT-8). */
static const gchar *
zone_for_offset (const gchar *abbreviation)
{
  static const gchar *const east[] = {
    "UTC", "Etc/GMT-1", "Etc/GMT-2", "Etc/GMT-3", "Etc/GMT-4", "Etc/GMT-5",
    "Etc/GMT-6", "Etc/GMT-7", "Etc/GMT-8", "Etc/GMT-9", "Etc/GMT-10",
    "Etc/GMT-11", "Etc/GMT-12", "Etc/GMT-13", "Etc/GMT-14",
  };
  static const gchar *const west[] = {
    "UTC", "Etc/GMT+1", "Etc/GMT+2", "Etc/GMT+3", "Etc/GMT+4", "Etc/GMT+5",
    "Etc/GMT+6", "Etc/GMT+7", "Etc/GMT+8", "Etc/GMT+9", "Etc/GMT+10",
    "Etc/GMT+11", "Etc/GMT+12",
  };
  gchar sign;
  guint hours = 0;
  const gchar *p;

  if (g_ascii_strncasecmp (abbreviation, "UTC", 3) != 0
      && g_ascii_strncasecmp (abbreviation, "GMT", 3) != 0)
    return NULL;
  sign = abbreviation[3];
  if ((sign != '+' && sign != '-') || !g_ascii_isdigit (abbreviation[4]))
    return NULL;
  for (p = abbreviation + 4; g_ascii_isdigit (*p) && hours < 100; p++)
    hours = hours * 10 + (guint) (*p - '0');
  if (*p != '\0')
    return NULL;
  if (sign == '+')
    return hours < G_N_ELEMENTS (east) ? east[hours] : NULL;
  return hours < G_N_ELEMENTS (west) ? west[hours] : NULL;
}

const gchar *
lineup_slot_zone_for_abbreviation (const gchar *abbreviation)
{
  if (abbreviation == NULL)
    return NULL;
  if (zone_for_offset (abbreviation) != NULL)
    return zone_for_offset (abbreviation);
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    if (g_ascii_strcasecmp (abbreviation, zones[i].abbreviation) == 0)
      return zones[i].zone;
  return NULL;
}

/* Where @place is written as a word of @text, or -1 ("Salt Lake City" in
 * "at Salt Lake City's…", not "Phoenixville"). */
static gssize
place_position (const gchar *text,
                const gchar *place)
{
  gsize length = strlen (place);

  for (const gchar *p = strstr (text, place); p != NULL; p = strstr (p + 1, place))
    if ((p == text || !g_ascii_isalpha (p[-1])) && !g_ascii_isalpha (p[length]))
      return p - text;
  return -1;
}

guint
lineup_slot_zone_find_place (const gchar *text)
{
  gssize best = -1;
  guint found = 0;

  if (text == NULL)
    return 0;
  /* The place written first; of two at the same spot the longer name. */
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      gssize at = place_position (text, places[i].place);
      gboolean longer = found != 0 && strlen (places[i].place) > strlen (places[found - 1].place);

      if (at >= 0 && (best < 0 || at < best || (at == best && longer)))
        {
          best = at;
          found = i + 1;
        }
    }
  return found;
}

const gchar *
lineup_slot_zone_for_place (guint        place,
                            const gchar *abbreviation)
{
  gchar key[10];

  if (place == 0 || place > G_N_ELEMENTS (places) || abbreviation == NULL
      || strlen (abbreviation) > 6)
    return NULL;
  g_snprintf (key, sizeof key, " %s ", abbreviation);
  for (gsize i = 1; key[i] != ' '; i++)
    key[i] = g_ascii_toupper (key[i]);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    if (strcmp (places[i].place, places[place - 1].place) == 0
        && strstr (places[i].abbreviations, key) != NULL)
      return places[i].zone;
  return NULL;
}

const gchar *
lineup_slot_zone_of_place (guint place)
{
  if (place == 0 || place > G_N_ELEMENTS (places))
    return NULL;
  return places[place - 1].zone;
}

/* A glued offset after "UTC"/"GMT": "+08", "-5", "+05:30".  Whole hours
 * become the zone ("UTC+8"); other offsets are kept in the span but leave
 * no zone.  Returns where the offset ends, or @none when there is none. */
static gsize
match_offset (const Scanner *s,
              const Token   *sign,
              gchar          zone[8],
              gsize          none)
{
  Token hours, colon, minutes;
  gsize end;

  if (!sign->glued || !(token_is_punct (sign, '+') || token_is_punct (sign, '-')
                        || token_is_punct (sign, 0x2212)))
    return none;
  lineup_slot_lex (s, sign->end, &hours);
  if (!hours.glued || hours.kind != TOKEN_NUMBER || hours.digits > 2 || hours.value > 14)
    return none;
  end = hours.end;
  lineup_slot_lex (s, end, &colon);
  if (colon.glued && token_is_punct (&colon, ':'))
    {
      lineup_slot_lex (s, colon.end, &minutes);
      if (minutes.glued && minutes.kind == TOKEN_NUMBER && minutes.digits == 2)
        {
          end = minutes.end;
          if (minutes.value != 0)
            {
              memset (zone, 0, 8);
              return end;
            }
        }
    }
  g_snprintf (zone, 8, "UTC%c%u", token_is_punct (sign, '+') ? '+' : '-', hours.value);
  return end;
}

gsize
lineup_slot_match_zone (const Scanner *s,
                        gsize          pos,
                        gchar          zone[8])
{
  Token t, after;
  gunichar close = 0;
  gsize length, end;

  lineup_slot_lex (s, pos, &t);
  /* "(CEST)", "[CEST]" */
  if (token_is_punct (&t, '(') || token_is_punct (&t, '['))
    {
      close = token_is_punct (&t, '(') ? ')' : ']';
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
    return 0;   /* "UTC+1" is read below, but "CST2" is no zone */
  end = t.end;
  if (strcmp (lineup_slot_zone_for_abbreviation (zone), "UTC") == 0)
    {
      end = match_offset (s, &after, zone, t.end);
      lineup_slot_lex (s, end, &after);
    }
  if (close != 0)
    return token_is_punct (&after, close) ? after.end : 0;
  return end;
}

gboolean
lineup_slot_read_zone (const gchar *text,
                       gchar        zone[8])
{
  Scanner s = { text, strlen (text) };

  return lineup_slot_match_zone (&s, 0, zone) != 0 && zone[0] != '\0';
}

const gchar *
lineup_slot_zone_from_name (const gchar *folded)
{
  /* the longer names first: "central european time" is not "central time" */
  static const struct
  {
    const gchar *name;
    const gchar *abbreviation;
  } names[] = {
    { "central european summer time", "CEST" }, { "central european time", "CET" },
    { "eastern daylight time", "EDT" }, { "eastern standard time", "EST" }, { "eastern time", "EST" },
    { "central daylight time", "CDT" }, { "central standard time", "CST" }, { "central time", "CST" },
    { "mountain daylight time", "MDT" }, { "mountain standard time", "MST" }, { "mountain time", "MST" },
    { "pacific daylight time", "PDT" }, { "pacific standard time", "PST" }, { "pacific time", "PST" },
    { "british summer time", "BST" }, { "greenwich mean time", "GMT" },
    { "japan standard time", "JST" }, { "india standard time", "IST" },
    /* "All times are Eastern Daylight (UTC -4)": the name without "time" */
    { "eastern daylight", "EDT" }, { "central daylight", "CDT" },
    { "mountain daylight", "MDT" }, { "pacific daylight", "PDT" },
  };

  if (folded == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strstr (folded, names[i].name) != NULL)
      return names[i].abbreviation;
  return NULL;
}
