/* lineup-gen-post.c — synthetic conference posts for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The post imitates data/posts/cilium-kubecon-na-2023.md: front matter, an
 * introduction, then per track a "## Track" heading and, per talk, a
 * paragraph holding one link "[Title - Speaker & Speaker, Org](sched URL)",
 * a bold slot paragraph "**Monday, November 6, 2023 • 9:15 am - 9:40 am**"
 * and one to three description paragraphs.  Half of the talks carry the
 * built-in post's mojibake ("‚Ä¢", "‚Äô"), some slots omit the year or the
 * space before am/pm, some end with the zone (CST/CDT), and about one talk in
 * fifty has no slot at all.  Every talk's text comes from a generator seeded
 * with (seed, talk number), so the post depends only on its size and seed.
 */

#define G_LOG_DOMAIN "lineup-bench"

#include "config.h"

#include <string.h>

#include "lineup-gen-post.h"

#define ROOMS_PER_TRACK 2
#define N_TRACKS (LINEUP_GEN_ROOMS / ROOMS_PER_TRACK)
#define DAY_START (9 * 60)
#define DAY_END (18 * 60 + 30)

/* splitmix64: small, fast and the same on every platform. */
typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint) (rng_next (rng) % n);
}

#define PICK(rng, array) ((array)[rng_below ((rng), G_N_ELEMENTS (array))])

typedef struct
{
  guint32 index;     /* order of generation, seeds the talk's text */
  guint16 day;
  guint8  room;
  guint8  timed;
  guint16 start;     /* minutes from midnight */
  guint16 end;
} Talk;

static const gchar *const track_names[N_TRACKS] = {
  "CiliumCon NA 2023",
  "KubeCon + CloudNativeCon: Networking",
  "Observability Day",
  "Security Track",
  "ArgoCon",
  "Platform Engineering & Operations",
};

static const gchar *const first_names[] = {
  "Joseph", "Tony", "Luis", "Idit", "Christine", "Marino", "Timur", "Natalia", "John",
  "Thomas", "Leonard", "Liz", "Duffie", "Bill", "Nico", "Anna", "Raymond", "Sarah", "Hemanth",
  "Maxime", "Paul", "Daniel", "Jef", "André", "Søren", "Zoë", "Kumar", "Mei", "Olga",
  "Yuki", "Fatima", "Chen", "Priya", "Jonas", "Martynas", "Ana", "Quentin", "Laurent",
  "Dorothy", "Grace", "Amit", "Sven", "Ilya", "Nora", "Tamás", "Miguel", "Aisha", "Kevin",
};

static const gchar *const last_names[] = {
  "Sandoval", "Gosselin", "Ramírez", "Levine", "Kim", "Wijay", "Solodovnikov", "Ivanko",
  "Fastabend", "Graf", "Cohnen", "Rice", "Cooley", "Mulligan", "Vibert", "Kowalski", "de Vries",
  "Malla", "Visonneau", "Chaignon", "Borkmann", "Spaggiari", "Müller", "Nørgaard", "Okafor",
  "Nakamura", "Zhang", "Patel", "Andersson", "Pumputis", "Oliveira", "Monnet", "Bernaille",
  "Hopper", "Lovelace", "Sharma", "Lindqvist", "Petrov", "Brennan", "Szabó", "García", "Haddad",
};

static const gchar *const orgs[] = {
  "Isovalent", "Adobe", "SuperOrbital", "Solo.io", "Datadog", "Google", "Microsoft",
  "Edgeless Systems", "Red Hat", "Cisco", "Palantir", "Bloomberg", "Sky", "Form3", "Seznam.cz",
  "Ericsson", "Trip.com", "Bell Canada", "Intuit", "The New York Times", "SAP", "VMware",
  "Capital One", "Utmost Software", "Polar Signals", "Kinvolk",
};

/* Only as the last group: "Timur Solodovnikov, ClickHouse, Inc" is one speaker. */
static const gchar *const orgs_inc[] = {
  "ClickHouse, Inc", "Acme Networks, Inc.", "Northwind, LLC",
};

static const gchar *const techs[] = {
  "Cilium", "eBPF", "Tetragon", "Hubble", "Kubernetes", "BGP", "WireGuard", "IPv6",
  "Gateway API", "Service Mesh", "Argo CD", "Prometheus", "OpenTelemetry", "SPIFFE",
  "Envoy", "XDP", "Multi-Cluster Networking", "Network Policies", "CNI", "Kube-Proxy",
};

static const gchar *const nouns[] = {
  "Production", "Scale", "the Edge", "a Multi-Tenant Platform", "Bare Metal",
  "Thousands of Clusters", "the Data Plane", "Zero Trust", "Day 2 Operations",
  "Hybrid Clouds", "Regulated Industries", "a Budget", "Low Latency Trading",
};

static const gchar *const verbs[] = {
  "Running", "Securing", "Observing", "Debugging", "Scaling", "Migrating to", "Operating",
  "Building", "Replacing", "Troubleshooting", "Automating", "Taming",
};

/* {a} tech, {b} noun, {c} verb, {d} second tech. */
static const gchar *const title_forms[] = {
  "{c} {a} in {b}",
  "From Imagination to Implementation: {c} {a} at {b}",
  "Lessons Learnt {c} {a} on {b}",
  "What's New in {a}?",
  "{a} and {d}: Better Together",
  "Why We Moved from {d} to {a}",
  "Deep Dive into {a} Internals",
  "{c} {d} with {a}: A Case Study",
  "Past, Present, Future of {a} - Where Are We Heading?",
  "Lightning Talk: {a} in 5 Minutes",
  "Tutorial: Hands-On {a} for {b}",
  "How {a} Handles {b} (and Where It Doesn't)",
};

/* Sentences of the descriptions; {a} and {b} are technologies. */
static const gchar *const sentences[] = {
  "In this session we'll delve deep into {a} and its role in our internal platform.",
  "We share what broke, what we fixed, and what we would do differently with {a}.",
  "Attendees will leave with a clear picture of how {a} and {b} fit together.",
  "This talk walks through a real migration, step by step, with numbers.",
  "We’ll demo the new features live and show how to adopt them safely.",
  "Expect flame graphs, packet captures and a few war stories from {b}.",
  "The audience will learn how to avoid the pitfalls of running {a} at scale.",
  "No prior knowledge of {b} is needed, but bring a laptop.",
  "We compare three approaches and measure their cost in latency and memory.",
  "Finally, we look at the roadmap and how the community can help.",
  "Security teams and platform engineers will both find something here.",
  "This is a beginner-friendly introduction to `{a}` policies.",
};

/* Copies @form with {a} {b} {c} {d} replaced (no printf: the forms are data). */
static void
append_template (GString     *out,
                 const gchar *form,
                 const gchar *a,
                 const gchar *b,
                 const gchar *c,
                 const gchar *d)
{
  for (const gchar *p = form; *p != '\0'; p++)
    {
      if (p[0] == '{' && p[1] >= 'a' && p[1] <= 'd' && p[2] == '}')
        {
          const gchar *values[] = { a, b, c, d };
          const gchar *value = values[p[1] - 'a'];

          g_string_append (out, value != NULL ? value : "");
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }
}

static void
append_time (GString *out,
             guint    minutes,
             gboolean tight)
{
  guint hour = minutes / 60;
  guint hour12 = hour % 12 == 0 ? 12 : hour % 12;

  g_string_append_printf (out, "%u:%02u%s%s", hour12, minutes % 60, tight ? "" : " ",
                          hour < 12 ? "am" : "pm");
}

typedef struct
{
  gchar    weekday[16];
  gchar    month[16];
  guint    mday;
  guint    year;
  gboolean dst;
} Day;

static void
day_init (Day       *day,
          guint      offset,
          GTimeZone *chicago)
{
  static const gchar *const weekdays[] = {
    "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  static const gchar *const months[] = {
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };
  g_autoptr(GDateTime) base = g_date_time_new (chicago, 2023, 11, 6, 12, 0, 0);
  g_autoptr(GDateTime) dt = g_date_time_add_days (base, offset);

  g_strlcpy (day->weekday, weekdays[g_date_time_get_day_of_week (dt)], sizeof day->weekday);
  g_strlcpy (day->month, months[g_date_time_get_month (dt)], sizeof day->month);
  day->mday = g_date_time_get_day_of_month (dt);
  day->year = g_date_time_get_year (dt);
  day->dst = g_date_time_is_daylight_savings (dt);
}

static void
append_slug (GString     *out,
             const gchar *text)
{
  gboolean dash = FALSE;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->str[out->len - 1] != '/')
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else if (*p == ' ' || *p == '-' || *p == '/')
        dash = TRUE;
    }
}

/* Sched-like event code: "1" and four characters, distinct for distinct
 * indices below 62^4 (the multiplier is prime to 62^4). */
static void
append_code (GString *out,
             guint32  index)
{
  static const gchar digits[] =
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  guint64 v = ((guint64) index * 2654435761u) % (62u * 62 * 62 * 62);

  g_string_append_c (out, '1');
  for (guint i = 0; i < 4; i++)
    {
      g_string_append_c (out, digits[v % 62]);
      v /= 62;
    }
}

static guint
append_byline (GString *out,
               Rng     *rng)
{
  static const guint weights[] = { 1, 1, 1, 1, 2, 2, 2, 3, 4, 5 };
  guint n_speakers = PICK (rng, weights);
  guint written = 0;
  guint group = 0;

  while (written < n_speakers)
    {
      /* Drawn first: MIN () evaluates its arguments twice, and two draws
       * made the count disagree with the names written. */
      guint wanted = 1 + rng_below (rng, 2);
      guint in_group = MIN (n_speakers - written, wanted);
      gboolean last = written + in_group == n_speakers;

      /* "A, Org & B, Org" as in real posts; "; " before a pair of names. */
      if (group > 0)
        g_string_append (out, in_group == 1 && rng_below (rng, 3) == 0 ? " & " : "; ");
      for (guint i = 0; i < in_group; i++)
        {
          if (i > 0)
            g_string_append (out, " & ");
          g_string_append_printf (out, "%s %s", PICK (rng, first_names), PICK (rng, last_names));
        }
      g_string_append (out, ", ");
      if (last && in_group == 1 && rng_below (rng, 8) == 0)
        g_string_append (out, PICK (rng, orgs_inc));
      else
        g_string_append (out, PICK (rng, orgs));
      written += in_group;
      group++;
    }
  return n_speakers;
}

static void
append_mojibake (GString     *out,
                 const gchar *text,
                 gboolean     mojibake)
{
  if (!mojibake)
    {
      g_string_append (out, text);
      return;
    }
  for (const gchar *p = text; *p != '\0';)
    {
      if (g_str_has_prefix (p, "’"))
        {
          g_string_append (out, "‚Äô");
          p += strlen ("’");
        }
      else if (g_str_has_prefix (p, "•"))
        {
          g_string_append (out, "‚Ä¢");
          p += strlen ("•");
        }
      else
        g_string_append_c (out, *p++);
    }
}

static void
append_talk (GString           *out,
             const Talk        *talk,
             const Day         *day,
             guint64            seed,
             LineupGenPostInfo *info)
{
  Rng rng = { seed ^ ((guint64) talk->index * G_GUINT64_CONSTANT (0xD1B54A32D192ED03)) };
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) byline = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  guint tech_index = rng_below (&rng, G_N_ELEMENTS (techs));
  const gchar *tech = techs[tech_index];
  const gchar *tech2 = techs[(tech_index + 1 + rng_below (&rng, G_N_ELEMENTS (techs) - 1))
                             % G_N_ELEMENTS (techs)];
  gboolean mojibake = rng_below (&rng, 2) == 0;
  guint n_paragraphs = 1 + rng_below (&rng, 3);

  {
    const gchar *form = PICK (&rng, title_forms);
    const gchar *noun = PICK (&rng, nouns);
    const gchar *verb = PICK (&rng, verbs);

    append_template (title, form, tech, noun, verb, tech2);
  }
  info->n_speakers += append_byline (byline, &rng);

  g_string_append_c (out, '[');
  append_mojibake (out, title->str, mojibake);
  g_string_append (out, " - ");
  g_string_append (out, byline->str);
  g_string_append (out, "](https://colocatedeventsna2023.sched.com/event/");
  append_code (out, talk->index);
  g_string_append_c (out, '/');
  append_slug (out, title->str);
  g_string_append_c (out, '-');
  append_slug (out, byline->str);
  g_string_append (out, ")\n\n");

  if (talk->timed)
    {
      gboolean tight = rng_below (&rng, 10) == 0;
      guint zone = rng_below (&rng, 10);

      g_string_append_printf (line, "**%s, %s %u", day->weekday, day->month, day->mday);
      if (day->year != 2023 || rng_below (&rng, 10) != 0)
        g_string_append_printf (line, ", %u", day->year);
      g_string_append (line, " • ");
      append_time (line, talk->start, tight);
      g_string_append (line, " - ");
      append_time (line, talk->end, tight && rng_below (&rng, 2) == 0);
      if (zone == 0)
        g_string_append (line, day->dst ? " CDT" : " CST");
      g_string_append (line, "**\n\n");
      append_mojibake (out, line->str, mojibake);
    }
  else
    info->n_untimed++;

  for (guint i = 0; i < n_paragraphs; i++)
    {
      guint n_sentences = 1 + rng_below (&rng, 2);

      g_string_truncate (line, 0);
      for (guint j = 0; j < n_sentences; j++)
        {
          if (j > 0)
            g_string_append_c (line, ' ');
          append_template (line, PICK (&rng, sentences), tech, tech2, NULL, NULL);
        }
      g_string_append (line, "\n\n");
      append_mojibake (out, line->str, mojibake);
    }
}

static gint
compare_talks (gconstpointer a,
               gconstpointer b)
{
  const Talk *x = a;
  const Talk *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (gint) x->room - (gint) y->room;
}

GString *
lineup_gen_post (guint              n_talks,
                 guint64            seed,
                 LineupGenPostInfo *info)
{
  static const guint durations[] = { 5, 25, 25, 25, 30, 30, 30, 35, 35, 40, 45, 60, 90 };
  static const guint gaps[] = { 0, 5, 5, 10, 10, 10, 15, 30 };
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier ("America/Chicago");
  GArray *tracks[N_TRACKS] = { NULL };
  GString *out = g_string_sized_new ((gsize) n_talks * 640 + 4096);
  Rng rng = { seed };
  guint count = 0;
  guint day = 0;

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (chicago != NULL, NULL);

  memset (info, 0, sizeof *info);
  for (guint t = 0; t < N_TRACKS; t++)
    tracks[t] = g_array_new (FALSE, FALSE, sizeof (Talk));

  /* The schedule: rooms filled day after day until there are enough talks. */
  while (count < n_talks)
    {
      for (guint room = 0; room < LINEUP_GEN_ROOMS && count < n_talks; room++)
        {
          guint minute = DAY_START + 5 * rng_below (&rng, 3);

          while (count < n_talks)
            {
              Talk talk = { 0 };
              guint length = PICK (&rng, durations);

              if (minute + length > DAY_END)
                break;
              talk.index = count++;
              talk.day = day;
              talk.room = room;
              talk.timed = rng_below (&rng, 50) != 0;
              talk.start = minute;
              talk.end = minute + length;
              g_array_append_val (tracks[room / ROOMS_PER_TRACK], talk);
              minute = talk.end + PICK (&rng, gaps);
              /* Lunch. */
              if (minute >= 12 * 60 && minute < 13 * 60 && rng_below (&rng, 2) == 0)
                minute = 13 * 60 + 5 * rng_below (&rng, 4);
            }
        }
      day++;
    }

  info->n_talks = count;
  info->n_days = day;
  info->n_rooms = MIN (LINEUP_GEN_ROOMS, count);

  g_string_append (out,
                   "---\n"
                   "path: '" LINEUP_GEN_KEY "'\n"
                   "date: '2023-10-30T17:00:00.000Z'\n"
                   "title: 'Synthetic Conference Talks'\n"
                   "isFeatured: false\n"
                   "ogImage: cover.png\n");
  g_string_append_printf (out, "ogSummary: 'All %u talks of a synthetic conference'\n", count);
  g_string_append (out,
                   "categories:\n"
                   "  - Community\n"
                   "tags:\n"
                   "  - Cilium\n"
                   "  - KubeCon\n"
                   "---\n");
  info->body_offset = out->len;
  g_string_append (out,
                   "\n![Synthetic Conference](cover.png)\n\n"
                   "_October 30th, 2023_\n\n"
                   "_Author: Lineup Benchmarks_\n\n");
  append_mojibake (out,
                   "The community is gathering again, and this year’s programme is the "
                   "largest yet: every talk is listed below, by track.\n\n"
                   "Now, let’s dive into each of the talks!\n\n", TRUE);

  {
    Day cached = { { 0 } };
    guint cached_day = G_MAXUINT;

    for (guint t = 0; t < N_TRACKS; t++)
      {
        if (tracks[t]->len == 0)
          continue;
        g_array_sort (tracks[t], compare_talks);
        g_string_append_printf (out, "## %s\n\n", track_names[t]);
        info->n_tracks++;
        for (guint i = 0; i < tracks[t]->len; i++)
          {
            const Talk *talk = &g_array_index (tracks[t], Talk, i);

            if (talk->day != cached_day)
              {
                day_init (&cached, talk->day, chicago);
                cached_day = talk->day;
              }
            append_talk (out, talk, &cached, seed, info);
          }
      }
  }

  for (guint t = 0; t < N_TRACKS; t++)
    g_array_unref (tracks[t]);
  info->size = out->len;
  return out;
}
