/* test-layouts.c — the post layouts Lineup reads, one small post for each
 *
 * Every post in tests/data/layouts/ shows one way other projects write their
 * conference posts (where the time slot sits, how days and speakers are given)
 * with traps that look like talks and are not.  For each post the table gives
 * every talk Lineup must find, in schedule order, and nothing else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lineup-core.h"
#include "lineup-test-growth.h"

#define MAX_TALKS 12

typedef struct
{
  const gchar *title;
  const gchar *speakers;   /* names joined by "; ", "" for none */
  const gchar *date;       /* YYYY-MM-DD ("YYYY" for a guessed year), NULL: untimed */
  const gchar *start;      /* HH:MM */
  const gchar *end;        /* HH:MM, NULL: no end */
} ExpectedTalk;

typedef struct
{
  const gchar  *file;
  const gchar  *zone;              /* IANA id of the whole post, NULL: floating */
  guint         n_talks;
  ExpectedTalk  talks[MAX_TALKS];
  const gchar  *warnings[4];       /* each must start one warning */
  gint          guess_weekday;     /* "YYYY": the weekday of the post's first day */
} LayoutCase;

static const LayoutCase cases[] = {
  /* Slot as a plain paragraph after the link, day headings, 24-hour times,
   * the zone named once in a note; a prose paragraph that starts with a
   * link and gives a time, booth hours between two talks. */
  { "plain-slot-24h.md", "Europe/Paris", 4, {
      { "Kestrel in Production: Two Years of Lessons",
        "Ana Souza", "2023-09-19", "11:00", "11:40" },
      { "Tracing Without Tears", "Piotr Nowak", "2023-09-19", "14:30", "15:10" },
      { "Lightning Talk: Tiny Schedulers", "Mei Lin", "2023-09-20", "09:05", "09:15" },
      { "Panel: The Future of Observability Pipelines", "", "2023-09-20", "16:00", "16:45" },
    } },
  /* Slot in italics on the line after the link (soft break), am/pm only
   * after the end time (11:40 - 12:10 PM starts before noon), no zone. */
  { "italic-softbreak.md", NULL, 4, {
      { "Dataframes at the Speed of Thought", "Joris Bakker", "2023-04-18", "09:10", "09:35" },
      { "Testing Notebooks Like Code",
        "Fatima Haddad; Lars Visser", "2023-04-18", "11:40", "12:10" },
      { "Lightning Talks", "", "2023-04-18", "16:30", "17:15" },
      { "Quill Internals: a Guided Tour", "Sanne de Vries", "2023-04-19", "14:00", "14:40" },
    } },
  /* Slot before the link in its own paragraph, days as bold paragraphs,
   * "-- Name, Org" speaker lines, a link that is not a Sched one, kiosk
   * hours at the end. */
  { "slot-before-bold-days.md", "America/New_York", 4, {
      { "Scaling Heron to 10,000 Clusters", "Rosa Delgado", "2022-10-26", "11:00", "11:35" },
      { "Heron and Gateway API: A Love Story",
        "Tom Becker; Aiko Sato", "2022-10-26", "14:30", "15:05" },
      { "Heron Project Update", "Rosa Delgado", "2022-10-27", "10:30", "11:05" },
      { "Tutorial: Writing Your First Heron Plugin",
        "Ivan Petrov; Grace Okafor", "2022-10-27", "16:00", "17:30" },
    } },
  /* "9:45 - 10:15 GitOpsCon: [Title](url)" with "> Name (Org)" quotes,
   * "### Tuesday 12th of November" day-first ordinal headings, # and ####
   * headings, the year from the front matter. */
  { "inline-label-quotes.md", NULL, 4, {
      { "How to Achieve (Actual) GitOps with Wren and Terraform",
        "Priya Raman", "2024-11-12", "09:45", "10:15" },
      { "Simplifying Edge Deployments Using Wren",
        "Igor DC; Adarsh Vincent", "2024-11-12", "11:10", "11:40" },
      { "Tutorial: So You Want To Write a Wren Provider",
        "Anusha Hegde; Winnie Kwon; Richard Case", "2024-11-13", "14:30", "16:00" },
      { "Wren, Linkerd, And Gateway API: Oh My!", "Jason Morgan", "2024-11-13", "15:25", "16:00" },
    } },
  /* "[Title](url) (Tuesday, 10:30 - 11:00) Name (Org)" in "*" bullets, the
   * date given once in prose, a second day named by its weekday only, a
   * start time only, no date in the front matter. */
  { "parens-prose-date.md", NULL, 4, {
      { "Lumen Internals: How Queries Get Fast", "Hannah Berg", "2023-04-18", "10:30", "11:00" },
      { "Ask Me Anything: Lumen Maintainers", "", "2023-04-18", "15:00", "15:45" },
      { "From Cron to Events: Migrating a Data Platform",
        "Mikkel Dahl; Sofie Lund", "2023-04-19", "09:00", "09:40" },
      { "Closing Keynote: Twenty Years of Open Data", "", "2023-04-19", "16:30", NULL },
    } },
  /* "### [Title - Speaker, Org](url)" (and ####), en and em dashes before
   * the speakers, "*Monday, 23 March • 14:00 - 14:30*" day-first slots. */
  { "heading-links-day-first.md", NULL, 4, {
      { "Otter 3.0: What's New and What's Next", "Leena Kapoor", "2026-03-23", "14:00", "14:30" },
      { "Running Otter at the Edge", "Karl Jensen; Maja Holm", "2026-03-23", "15:10", "15:40" },
      { "Keynote: Community Matters", "Dana Whitfield", "2026-03-24", "09:00", "09:15" },
      { "Otter Maintainer Track", "", "2026-03-24", "11:00", "11:45" },
    } },
  /* "+" and "1." bullets, "[**Title**](url)", "—"/"–" before the speakers,
   * "## Thursday, March 23rd" ordinal headings, a list of plain links. */
  { "bullets-bold-dashes.md", "Europe/Paris", 4, {
      { "Sparrow for Platform Teams", "Olga Novak", "2023-03-23", "10:00", "10:40" },
      { "Packaging Sparrow Plugins", "Jan Kowalski; Eva Horak", "2023-03-23", "13:00", "13:40" },
      { "Sparrow Security Model", "Ben Adler", "2023-03-24", "09:30", "10:10" },
      { "Contributor Workshop", "", "2023-03-24", "14:00", "16:00" },
    } },
  /* No links at all: "- 10:00 - 10:30 Opening remarks", "**14:00** Panel: …",
   * start times only, "Doors open at 8:30" in the introduction. */
  { "timetable-unlinked.md", NULL, 5, {
      { "Keynote: Ten Years of Finch", "Marta Ruiz", "2023-06-08", "09:15", "10:00" },
      { "Lightning talks", "", "2023-06-08", "10:30", NULL },
      { "Finch on Small Devices", "Tomás Ortega", "2023-06-08", "11:00", "11:45" },
      { "Panel: Is the Monolith Back?", "", "2023-06-08", "14:00", NULL },
      { "Closing keynote", "", "2023-06-08", "15:30", "16:15" },
    } },
  /* The same talk listed twice (kept once), two talks sharing one URL (both
   * kept), a link to a talk in the introduction's prose. */
  { "duplicates.md", NULL, 3, {
      { "Chaos Engineering for the Rest of Us", "Nadia Ferreira", "2025-05-14", "10:00", "10:40" },
      { "Error Budgets in Practice", "Omar Haddad", "2025-05-14", "11:00", "11:40" },
      { "On-call Without Burnout", "Lea Wagner", "2025-05-14", "13:30", "14:10" },
    } },
  /* Mac Roman mojibake repaired, "*Name, Org | 13:35 - 14:00*" speaker lines
   * with the time, "Thursday March 23rd 2023" without commas, "10:00-10:25". */
  { "mojibake.md", "Europe/Paris", 3, {
      { "Cilium’s New Datapath – What Changed and Why",
        "José Núñez", "2023-03-23", "13:35", "14:00" },
      { "Observability with Hubble: Zürich’s Story",
        "Zoë Müller; Søren Berg", "2023-03-23", "14:10", "14:35" },
      { "eBPF for Everyone", "Ana Lúcia Gomes", "2023-03-24", "10:00", "10:25" },
    } },
  /* "### Tuesday 17 May - [GitOpsCon](…)" day headings with a link, times in
   * brackets wrapped over two lines, a meeting's own unlinked agenda in a
   * post that links its talks (dropped, but for its lightning talk in bold
   * that names who gives it: "**Intro to Ibis** lightning talk + Q&A with
   * Noor"), the zone named only in a quote, a Sched office hour (kept: it
   * is on the conference's schedule), "Thu 19: [Title](…) (11:00 - 11:30)"
   * under "### Wednesday 18 May - Friday May 20": the day before the link,
   * the time after it. */
  { "day-heading-links.md", "Europe/Paris", 9, {
      { "Intro to Ibis", "Noor", "2022-05-16", "13:30", NULL },
      { "Ibis's Top 10 Features", "Stefan Pope", "2022-05-16", "14:00", NULL },
      { "What is GitOps and How to Get It Right",
        "Dana Gold; Scott Reed", "2022-05-17", "09:00", "09:35" },
      { "Hiding in Plain Sight - How Ibis Decrypts Secrets",
        "Somto Okafor", "2022-05-17", "11:05", "11:15" },
      { "Landlords for Multi-tenant Clusters", "Michael Irving", "2022-05-17", "13:35", "14:05" },
      { "Ibis Security Deep Dive", "Stefan Pope", "2022-05-18", "11:55", "12:30" },
      { "Ibis Project Office Hour", "Paulo Gil", "2022-05-18", "13:30", "14:15" },
      { "Automating the Setup of a Cluster", "Kim Shaw", "2022-05-19", "11:00", "11:30" },
      { "Observing a Network at Scale", "Fern Cruz; Dan Caba", "2022-05-20", "11:00", "11:35" },
    } },
  /* Days given as a weekday and a day of the month with no month ("Thu 19",
   * "### Wed 25": the month in context, September, from the post's date),
   * dotted times mixed with colon times, "noon" ending a range, office
   * hours that are not a talk. */
  { "weekday-day-dotted.md", "Europe/Paris", 3, {
      { "Heron Storage Internals", "Lea Vogt", "2024-09-19", "15:30", "16:00" },
      { "Running Heron at the Edge", "Omar Haddad; Jun Park", "2024-09-20", "09:15", "09:40" },
      { "Ask the Heron Maintainers", "Lea Vogt", "2024-09-25", "14:00", "14:30" },
    } },
  /* Tables (issue 16): rows of time | title | speakers with a zone in the
   * time header, a group row whose time the rows under it take; a table
   * without outer pipes right under a line of prose, one column per room
   * with "Title (Name, Name @ Org)" cells; a table with no time column
   * (sponsors), left alone; the day stated once in prose. */
  { "tables.md", "Europe/Paris", 7, {
      { "Welcome and Keynote", "Ada Lovelace", "2025-03-20", "09:00", "09:20" },
      { "Wren at Scale", "Bo Chen; Dee Ray", "2025-03-20", "09:30", "10:00" },
      { "Tiny Wren Plugins", "Eve Stone", "2025-03-20", "10:15", "11:00" },
      { "Wren on a Raspberry Pi", "Finn Wolf", "2025-03-20", "10:15", "11:00" },
      { "Inside the Wren Scheduler", "Gil Hart", "2025-03-20", "14:00", "14:40" },
      { "Wren Testing Strategies", "Hana Ito; Ivo Kral", "2025-03-20", "14:00", "14:40" },
      { "Closing panel", "", "2025-03-20", "15:00", "15:30" },
    } },
  /* Tables whose headers say nothing (issue 16, a devroom's programme):
   * "Heure | Présentation | Intervenant", the time column told by its times
   * and the speakers' by its names (bold, "A & B"), also where a title reads
   * as names ("Plover and Raspberry Pi") or is one word; a room column
   * (a field), a linked name, a lunch row, speakers to be decided; a
   * sponsors' table. */
  { "table-names-column.md", NULL, 7, {
      { "Plover Winding Around Datacubes", "Ada Lovelace", "2026-01-31", "10:30", NULL },
      { "PLV - planning plover migrations", "Bo Chen", "2026-01-31", "11:00", NULL },
      { "Ploverlab", "Carl Dunn; Dee Ray", "2026-01-31", "11:30", NULL },
      { "Plover and Raspberry Pi", "José Núñez", "2026-02-01", "09:00", NULL },
      { "Asynchronous Plovers", "Eve Stone", "2026-02-01", "09:30", NULL },
      { "Typing Plovers, Gradually", "Finn Wolf", "2026-02-01", "13:00", NULL },
      { "Plover Futures", "", "2026-02-01", "13:30", NULL },
    } },
  /* A personal plan (issue 16): CRLF line endings, Start and End columns,
   * a Location column (a field, not talks), titles as reference links
   * defined at the bottom; lunch, snack, party and reception rows and an
   * UNDECIDED row without a time are no talks (nor does that row make the
   * talk above it a group's heading). */
  { "table-start-end-crlf.md", NULL, 5, {
      { "Welcome", "", "2025-10-16", "09:30", "09:45" },
      { "Herons at Scale", "", "2025-10-16", "09:45", "10:30" },
      { "Heron Security", "", "2025-10-16", "12:00", "12:30" },
      { "Wading Birds talk", "", "2025-10-17", "13:40", "14:20" },
      { "Closing", "", "2025-10-17", "16:15", "16:45" },
    } },
  /* A talk's fields in a table of two columns under its heading (issue 16,
   * openfeature): "| **Speakers** | Name (Org) |", a date without a year and
   * a time with a zone in rows of their own, the first field in the header
   * row, "Presenters"; a table of fields with its own title is a talk; a
   * booth's table and its hours are not. */
  { "table-fields.md", "Europe/Amsterdam", 3, {
      { "Building Magpie Pipelines", "Ada Lovelace", "2026-03-23", "16:05", "16:40" },
      { "Magpie Update From the Maintainers", "Bo Chen; Carl Dunn", "2026-03-25", "11:45",
        "12:15" },
      { "Magpie Storage Internals", "Dee Ray", "2026-03-26", "15:15", "15:45" },
    } },
  /* A body of raw HTML (issue 16): <h4> days split by <strong>, list items
   * "<strong>2:35-3:10pm:</strong> <a>Title</a> (a note)", an item with no
   * time, a Sched event listed again on another day (kept once), an image
   * in the introduction, a footer with another date. */
  { "html-body.md", NULL, 3, {
      { "Heron at Scale", "", "2021-06-15", "10:00", "10:30" },
      { "Heron & Friends", "", "2021-06-15", "14:35", "15:10" },
      { "Tutorial: Heron Workshop", "", "2021-06-16", "11:00", "12:00" },
    } },
  /* The day from context (issue 16): no date in the front matter, the day
   * stated once in the introduction ("Thursday 14th March"), the year only
   * in the title; times in brackets after heading links. */
  { "title-year.md", NULL, 2, {
      { "Magpie Storage Internals", "", "2019-03-14", "10:00", "10:40" },
      { "Magpie at the Edge", "", "2019-03-14", "14:15", "14:50" },
    } },
  /* Times before the title in headings (issue 16, pyOpenSci): "### 11:45--12:15
   * PM: Title" with icon tags, double hyphens, am/pm once at the end, a range
   * across noon; a heading without a time stays a section.  Under each, a
   * paragraph of field lines: the room in italics (not a speaker), then the
   * speakers in bold with their names linked, then the description. */
  { "heading-times.md", NULL, 3, {
      { "Finch Maintainers Summit", "", "2024-05-17", "11:00", "16:30" },
      { "Finch for Tables", "Ada Lovelace; Bo Chen", "2024-05-17", "11:45", "12:15" },
      { "Compiled Finch Extensions", "Carl Dunn", "2024-05-18", "13:45", "14:30" },
    } },
  /* Speakers, then the time after a bar (issue 16, dapr): "[Title](url) -
   * Name, Org & Name, Org | 4:15pm - 4:45pm EST", a zone glued to the
   * meridiem ("5:30pmEST"), bold day lines without a year, kiosk hours. */
  { "bar-after-speakers.md", "America/New_York", 3, {
      { "Wren Platform APIs", "Ada Lovelace; Bo Chen", "2025-11-11", "16:15", "16:45" },
      { "Durable Wren Agents", "Carl Dunn", "2025-11-11", "17:00", "17:30" },
      { "Wren Blueprints", "Dee Ray", "2025-11-12", "15:00", "15:30" },
    } },
  /* Speakers with a verb, wrapped by the editor (issue 16, kubevirt):
   * "[Title](url) led by Name,\n Role, [Org](url) and Name, [Org](url)",
   * "presented\n by", the slot in a sub-list, the year only in "pub-year",
   * a meetup's own fields (not a talk). */
  { "led-by-wrapped.md", "America/Los_Angeles", 2, {
      { "Wren Introductory Session", "Ada Lovelace; Bo Chen", "2018-12-11", "10:50", NULL },
      { "Wren Deep Dive", "Carl Dunn", "2018-12-13", "13:45", NULL },
    } },
  /* <br> inside list items (issue 16, opentelemetry): "**[Title](url)**<br>
   * by Name, Org; Name,\n Org<br> Tuesday, November 7 • 11:00am - 11:35am",
   * the byline and the slot wrapped by the editor ("by\n Name", "November
   * 8\n • 4:30pm"). */
  { "br-bylines.md", NULL, 3, {
      { "Wren in 2023: A Decade of Nests", "Ada Lovelace", "2023-11-07", "11:00", "11:35" },
      { "Wren Is Still so Hard - Why?", "Bo Chen; Carl Dunn; Dee Ray", "2023-11-07", "14:30",
        "15:05" },
      { "Wren Tracing for Monoliths", "Eve Stone", "2023-11-08", "16:30", "17:05" },
    } },
  /* Zones are places (issue 16): "CST" in a post about Shanghai is
   * Asia/Shanghai, not America/Chicago. */
  { "city-zone.md", "Asia/Shanghai", 2, {
      { "Wren on Edge Devices", "Li Wei", "2023-09-26", "10:30", "11:05" },
      { "Scaling Wren Clusters", "Zhang Min", "2023-09-26", "14:00", "14:35" },
    } },
  /* Zones are places (issue 16): "MST" in Salt Lake City is America/Denver;
   * "MST" in Arizona is America/Phoenix, which keeps standard time in July
   * (9:00 MST is 16:00 UTC there, 15:00 UTC in Denver). */
  { "place-zone.md", "America/Denver", 2, {
      { "Magpie on Small Clusters", "Ruth Cole", "2024-11-13", "11:15", "11:50" },
      { "Magpie and WebAssembly", "Ken Ito", "2024-11-13", "16:00", "16:35" },
    } },
  { "arizona-zone.md", "America/Phoenix", 2, {
      { "Magpie Storage Deep Dive", "Ruth Cole", "2024-07-16", "09:00", "09:40" },
      { "Magpie at the Edge", "Ken Ito", "2024-07-16", "14:00", "14:40" },
    } },
  /* A kind or track after a bar (issue 16): "[Title | Project Lightning
   * Talk](url)" is "Title", but "Apples | Oranges: …" stays whole; job
   * titles in the byline ("Co-founder and CEO", "co-creator & co-founder
   * Org") and "Org from Org" are not people; a 24-hour time with a stray
   * "pm" ("15:55pm"), no-break spaces inside a range, kiosk hours. */
  { "kinds-after-bar.md", "America/New_York", 4, {
      { "Wren at the Edge", "Ada Lovelace", "2025-11-10", "15:37", "15:42" },
      { "Wren Storage Internals", "Bo Chen", "2025-11-10", "15:55", "16:30" },
      { "Apples | Oranges: Comparing Wren Schedulers", "Carl Dunn; Dee Ray", "2025-11-11",
        "10:00", "10:30" },
      { "Ask the Wren Maintainers", "Eve Stone", "2025-11-11", "11:00", "11:45" },
    } },
  /* A talk with a section of its own (issue 16, opentelemetry's
   * Contribfest): the heading names it, the prose under it links its Sched
   * event with its day and time; a booth section written the same way with
   * no Sched event is not a talk. */
  { "section-talk.md", NULL, 2, {
      { "Wren in 2023: A Decade of Nests", "Ada Lovelace", "2023-11-07", "11:00", "11:35" },
      { "Wren Contribfest", "", "2023-11-08", "14:30", "15:55" },
    } },
  /* Labelled fields under a talk (issue 16, Helm and Carvel): "DATE:" and
   * "TIME:" paragraphs under a linked heading, in either order and as
   * lines of one paragraph; "- When:" and "- Where:" sub-bullets under a
   * linked item; a day after a dash ending a heading ("Pre-event Content –
   * April 1"); traps: "the [session page](sched)" in a sentence, a booth
   * with its hours and a "LOCATION:" field. */
  { "field-paragraphs.md", "Europe/London", 5, {
      { "Project Lightning Talk | Finch in Five Minutes", "", "2025-04-01", "11:40", "11:47" },
      { "Growing the Finch Ecosystem", "", "2025-04-02", "16:15", "17:30" },
      { "Finch 2 and You", "", "2025-04-03", "16:45", "17:15" },
      { "Scaling Finch - Lessons from Production", "Ruth Okoro; Tom Lind", "2025-04-04",
        "14:00", "14:35" },
      { "Finch at the Edge", "Priya Das", "2025-04-04", "14:55", "15:30" },
    } },
  /* A heading with no link, then its abstract, then its fields, is a talk
   * (issue 16, OpenFeature and etcd): "**Speakers**: …\", "**Time**: 10:10
   * CET, Tue, 19 Mar 2024\", "**URL**: …"; "Presenters" listing two names;
   * "- **Facillitators:** …" and "- **Date & Time:** …" bullets under a
   * numbered heading whose prose links the Sched event; "**Title**"
   * paragraphs as headings; traps: a booth heading with a time field,
   * office hours in bold with theirs. */
  { "field-headings.md", "Europe/Paris", 6, {
      { "Pelican Lightning Talk", "Mike Brenner", "2024-03-19", "10:10", NULL },
      { "Feature Flags Improv", "Tara Quinn", "2024-03-20", "17:25", NULL },
      { "Flags at Scale in the Real World", "Ana Ruiz", "2024-03-21", "14:00", "14:35" },
      { "Zero to Pelican", "Ben Ode", "2024-03-21", "16:30", "17:00" },
      { "Contribfest - Learn from the maintainers", "Tara Quinn; Ravi Menon; Lea Vogt",
        "2024-03-22", "11:00", NULL },
      { "Observable Rollouts", "Michael Brenner; Daniel Dorn", "2024-03-22", "16:00", NULL },
    } },
  /* "## Title" then "### Name: …", "### Room: …", "### Time: March 7, 2025,
   * 10:00 - 10:45 CET" sub-headings; "## Location:" and "## Date:" headings
   * at the top; a title that starts with a bracket; traps: a booth with a
   * time, a start time only. */
  { "heading-fields.md", "Europe/Paris", 3, {
      { "Trends in Package Signing", "Hilde Maes", "2025-03-07", "10:00", "10:45" },
      { "(R)evolution of Build Caches",
        "Joris Peeters; Anouk Smet", "2025-03-07", "14:30", "15:00" },
      { "Flat Configs for Everyone", "Lotte Willems", "2025-03-08", "11:00", NULL },
    } },
  /* An HTML <table> Time/Topic/Speaker: "9:30" and "2:15" without am/pm
   * (after "1:30 pm", the afternoon), "noon"; the day in the introduction
   * before the event's hours, the year from the title; "Name, Name, Org"
   * speakers; traps: a map link in the prose, breakfast, lunch, a break. */
  { "html-table-bare-times.md", NULL, 5, {
      { "Welcome and Roadmap", "Ana Souza", "2024-05-16", "09:30", NULL },
      { "Kestrel at the Edge", "Piotr Nowak; Mei Lin", "2024-05-16", "11:30", NULL },
      { "Migrating Without Downtime", "Grace Okafor", "2024-05-16", "13:30", NULL },
      { "Observability Deep Dive", "Ivan Petrov", "2024-05-16", "14:15", NULL },
      { "Closing Panel", "Rosa Delgado", "2024-05-16", "15:20", NULL },
    } },
  /* An HTML <table> whose titles are written in Markdown: `code` spans lose
   * their backticks there too (``a`b`` keeps its inner one, a lone ` stays),
   * dotted "10.00 - 10.30" ranges; coffee with no speaker is no talk. */
  { "html-table-code-titles.md", NULL, 3, {
      { "Proving simp Lemmas About Fin n Arrays", "Hanna Berg", "2024-06-11", "10:00", "10:30" },
      { "A Verified Parser for a`b Strings",
        "Tomas Ruiz; Lea Vogel", "2024-06-11", "10:30", "11:00" },
      { "Why ` Is Not a Letter", "Omar Diaz", "2024-06-11", "11:00", "11:30" },
    } },
  /* French-style times (issue 16, a EuroPython recap): "09h30 - Title",
   * "14h30-15h - Title", "16h - Title", "10:00 to 13:00 - Title" bullets
   * under day headings, a title that reads like a name ("Packaging
   * Summit"), one with a dash in it, one with its kind in brackets; traps: "around 18h." ending a
   * sentence, "2h longer". */
  { "french-times.md", NULL, 8, {
      { "Opening of the conference", "", "2025-06-25", "09:30", NULL },
      { "Typing at Scale", "", "2025-06-25", "10:45", NULL },
      { "Testing the Tests - Assess and Improve Your Code", "", "2025-06-25", "11:25", NULL },
      { "[poster] Exploring Latency", "", "2025-06-25", "12:50", NULL },
      { "Lightning talks", "", "2025-06-25", "14:30", "15:00" },
      { "Packaging Summit", "", "2025-06-25", "16:00", NULL },
      { "Why Lock Files Took Four Years", "", "2025-06-26", "09:00", NULL },
      { "Sprint Kick-off Workshop", "", "2025-06-26", "10:00", "13:00" },
    } },
  /* "Kind: [Title](url), Room 106, 10:00 to 13:00" bullets (issue 16,
   * Pivotal at SCALE): "to" and "until" ranges after a room; traps: a
   * lightning talk in prose with no time, a booth whose link is its hours
   * ("on [Saturday from 10:00 to 18:00](url)"). */
  { "to-ranges.md", NULL, 4, {
      { "Introduction to Plover Pipelines", "Marissa Bosch", "2024-03-14", "10:00", "13:00" },
      { "Building Images with Buildpacks", "Kevin Takeda", "2024-03-14", "14:00", "15:30" },
      { "Tour de Data Types", "Andreas Scholz", "2024-03-15", "09:30", "10:30" },
      { "Beyond a Single Mesh - Discovery and Federation", "", "2024-03-15", "17:00", "18:00" },
    } },
  /* Talks without a time under a day: kept on that day, without a time,
   * each with a warning naming its line. */
  { "untimed.md", "Europe/Paris", 3, {
      { "Release Engineering on a Shoestring", "Kai Brandt", "2024-03-11", "14:00", "14:30" },
      { "Governance for Small Projects", "Greta Lind", "2024-03-11", NULL, NULL },
      { "Funding Open Source: a Field Guide", "Paul Meyer; Ines Roth", "2024-03-11", NULL, NULL },
    },
    { "untimed.md:10: no time is given for “Governance for Small Projects”; it is listed under its day",
      "untimed.md:11: no time is given for “Funding Open Source: a Field Guide”; it is listed under its day" } },
  /* A meetup series: each evening's talk after its date, no times, in a
   * bullet ("* 2015-01-29: Name - Title", "…: Title by Name", a bracket of
   * slide links after it) or a paragraph (a full stop after the title).
   * Traps: a free slot, a dated line with no speaker. */
  { "meetup-series-dates.md", NULL, 4, {
      { "Theorems for free", "Barbara Liskov", "2014-12-18", NULL, NULL },
      { "What's new in GHC 7.10", "Ada Lovelace", "2015-01-29", NULL, NULL },
      { "An introduction to Agda", "Grace Hopper", "2015-02-26", NULL, NULL },
      { "Streaming with pipes", "Alan Turing", "2015-03-26", NULL, NULL },
    } },
  /* A meetup series in Portuguese: "* Data: 02/06/2018" (the label's
   * language writes the day first) and "* Local: …" over a label and the
   * list of "[Title](url) (Name)" talks, no times.  Traps: links in the
   * intro before any day, a list of slides and photos after a paragraph
   * of prose. */
  { "meetup-date-fields.md", NULL, 2, {
      { "Comunidades Python: uma teia resistente", "Clara Nobre", "2018-06-02", NULL, NULL },
      { "Deploy rápido de aplicações com Dokku", "Sedir Morais", "2018-06-02", NULL, NULL },
    } },
  /* A workshop's timetable: the days in plain paragraphs ("Monday 16th",
   * the month and year in the intro), dotted times before the links
   * ("09.30 [Title](url)"), a title that starts before its link ("Arrival
   * and [Welcome](url)").  Traps: break and lunch, a link in the prose. */
  { "plain-days-dotted-links.md", NULL, 5, {
      { "Arrival and Welcome", "", "2013-12-16", "09:00", NULL },
      { "Recap on the command line", "Ada Lovelace", "2013-12-16", "09:30", NULL },
      { "Python 1: Reading and writing files", "Alan Turing", "2013-12-16", "11:00", NULL },
      { "Version control with git", "Ada Lovelace", "2013-12-17", "09:30", NULL },
      { "Introducing R", "Grace Hopper", "2013-12-17", "13:30", NULL },
    } },
  /* A liveblog's talks under their days with no times: "**THURSDAY
   * 7/13**" (month/day after a weekday, the year from the front matter)
   * over "* Name - Title" items, a heading over "[Title](url) - Name"
   * items, and a day whose list mixes a timed talk with untimed ones.
   * Traps: lunch in a day's list, a list of things to bring under a
   * paragraph, a name on both sides of the dash ("Kavya Joshi -
   * Understanding Channels": the list says which side is the speaker). */
  { "day-lists-untimed.md", NULL, 8, {
      { "Go reliability and durability at Dropbox", "Tammy Butow", "2017-07-13", NULL, NULL },
      { "The future of Go", "Russ Cox", "2017-07-13", NULL, NULL },
      { "Understanding Channels", "Kavya Joshi", "2017-07-13", NULL, NULL },
      { "Advanced Testing in Go", "Mitchell Hashimoto", "2017-07-14", NULL, NULL },
      { "Functional programming in Go", "Aaron Schlesinger", "2017-07-14", NULL, NULL },
      { "Workshop: Profiling Go services", "Rhys Hiltner", "2017-07-15", "10:00", NULL },
      { "The new era of Go package management", "Sam Boyer", "2017-07-15", NULL, NULL },
      { "gRPC in production", "Alan Shreve", "2017-07-15", NULL, NULL },
    },
    { "day-lists-untimed.md:13: no time is given for “Go reliability and durability at Dropbox”; "
      "it is listed under its day" } },
  /* A meetup's programme that names no day at all: each talk keeps the time
   * of day it is given, without a day; traps: the doors in the intro, a
   * break. */
  { "no-day-times.md", NULL, 4, {
      { "Welcome and community news", "", NULL, "18:30", "18:45" },
      { "Rust in the Linux kernel", "Ana Souza", NULL, "18:45", "19:30" },
      { "Writing a tiny compiler in a weekend", "Jonas Berg", NULL, "19:45", "20:15" },
      { "Lightning talks (sign up at the door)", "", NULL, "20:15", NULL },
    },
    { "no-day-times.md:7: no day is given for “Welcome and community news”; it is listed without a day" } },
  /* A summer school's days "Day 1, Mon 22.6." (dotted day and month, the
   * year from the title) over tables of one topic column; traps: meals,
   * transport, exercises, sports and free time, a break "& what goes with it". */
  { "summer-school-days.md", NULL, 3, {
      { "Introduction to the school", "", "2026-06-22", "10:30", NULL },
      { "Introduction to clusters", "", "2026-06-22", "13:00", NULL },
      { "Message passing", "", "2026-06-23", "09:00", NULL },
    } },
  /* A hackathon's schedule: talks between its milestones.  Traps: hacking
   * begins, a talk slot whose topic is not known yet ("Company / Topic
   * TBD"), the submission deadline, judging, meals. */
  { "hackathon-milestones.md", NULL, 3, {
      { "Sensor Data Visualization with Plotting Libraries", "", "2014-10-25", "13:00", NULL },
      { "Mobile Device Security", "", "2014-10-25", "16:00", NULL },
      { "Demos of the Teams' Projects", "", "2014-10-26", "14:00", NULL },
    } },
  /* A table of time | comment whose linked titles carry their speaker in
   * brackets ("[Git 101 (Morten Nielsen)](url)").  Traps: the group row
   * "Talks/workshops" over them, ordering pizzas. */
  { "table-linked-bracket-names.md", NULL, 3, {
      { "OpenStack Cloud Computing", "Mehrdad Moshar", "2016-05-21", "11:00", "11:45" },
      { "Password management basics", "Victor Truica", "2016-05-21", "12:15", "12:45" },
      { "Git 101", "Morten Nielsen", "2016-05-21", "14:00", "14:45" },
    } },
  /* A table whose editor left out the header and delimiter rows: each line
   * "| Title | 7:50-8:00 |", the kind of talk before its speaker's link
   * ("Invited Talk - [Name](url)") or name.  Traps: a coffee-break, lunch,
   * a header-less table of something else (no times). */
  { "bare-table-kinds.md", "America/New_York", 3, {
      { "Invited Talk", "Bob Williamson", "2021-12-13", "08:00", "08:30" },
      { "Contributed Talk", "Wouter Kool", "2021-12-13", "08:30", "08:45" },
      { "Invited Talk", "Michaela Rosca", "2021-12-13", "10:00", "10:30" },
    } },
  /* An event page whose programme is in the front matter ("talks:" of
   * title / speaker(s) / time / end / url / description), the page's date
   * its day; speakers as a string, a list, a mapping or a list of
   * mappings.  Traps: a pizza break, the hosts (names, no titles), a
   * sponsor with a title but no time nor speaker, the doors in the body. */
  { "front-matter-talks.md", NULL, 4, {
      { "Progressive Web Apps", "Ada Lovelace", "2017-12-19", "19:00", NULL },
      { "Testing with Cypress", "Alan Turing; Grace Hopper", "2017-12-19", "19:15", "19:30" },
      { "WebAssembly: the Good Parts", "Barbara Liskov", "2017-12-19", "19:45", NULL },
      { "Offline-first with Service Workers",
        "Edsger Dijkstra; Margaret Hamilton", "2017-12-19", "20:00", NULL },
    } },
  /* A user group's evening: each talk a heading over a paragraph that only
   * names its speaker ("[Name](url):" or a plain name), the abstract in a
   * quote; the day in the intro, the year in the title; no times.  Traps:
   * the section heading over the talks and its prose, the host's heading
   * over its name, the venue's heading over a sentence. */
  { "meetup-speaker-headings.md", NULL, 3, {
      { "A different take on validation using dry-validation",
        "Alfredo Motta", "2019-02-11", NULL, NULL },
      { "Capybara architecture overview", "Ben Holmes", "2019-02-11", NULL, NULL },
      { "Using Rails with a CDN", "Gideon Goldberg", "2019-02-11", NULL, NULL },
    } },
  /* A French workshop's programme: bold days with their rooms in brackets
   * ("**Jeudi 28 novembre (salles 007 et 008)**"), dotted times, the
   * speaker in bold before the link and closed by a full stop, lines broken
   * with <br/>.  Traps: lunch, a coffee break, a session's italic title. */
  { "french-speakers-first.md", NULL, 4, {
      { "Hypergraph-Based Contextuality", "Mladen Pavičić", "2019-11-28", "14:00", NULL },
      { "Methods for contextual finite geometries", "Jessy Colonval", "2019-11-28", "15:00", NULL },
      { "A graphical language for beam splitters",
        "Alexandre Clément", "2019-11-29", "09:00", NULL },
      { "SZX: scalable graphical calculus", "Titouan Carette", "2019-11-29", "09:30", NULL },
    } },
  /* A workshop's programme of stacked blocks: the time, the title in bold
   * (or italics), the speakers in italics, as raw HTML <p> blocks with <br/>
   * and as Markdown lines with hard breaks; the day in the intro, EST.
   * Traps: a break's block, an HTML comment with a button in a block. */
  { "stacked-time-title-speakers.md", "America/New_York", 3, {
      { "Featured Speaker", "Julien Bigot", "2024-11-18", "09:05", "09:45" },
      { "Optimizing Dslash Performance on GPUs with SYCL",
        "Amanda S. Dufek; Steven A. Gottlieb", "2024-11-18", "09:45", "10:00" },
      { "Performance Portability of Stencil Codes",
        "Ana Souza; Piotr Nowak", "2024-11-18", "10:30", "11:00" },
    } },
  /* The time written at the start of the link's text ("**[11:00am
   * Title](sched)** – Name"), under day headings; the year from the front
   * matter.  Traps: office hours, the schedule's own link in the intro. */
  { "link-text-times.md", NULL, 3, {
      { "New Storage Technologies and Linux", "Ric Wheeler", "2013-10-21", "11:00", NULL },
      { "Thinking Beyond RDBMS", "Shekhar Gulati", "2013-10-21", "16:40", NULL },
      { "An Introduction to OpenDaylight", "Chris Wright", "2013-10-22", "10:50", NULL },
    } },
  /* No year anywhere, not even a front matter date: the year (this one, the
   * next or the last) in which May 14 is a Wednesday, with a warning. */
  { "no-year.md", NULL, 2, {
      { "Magpie Storage Deep Dive", "Ruth Cole", "YYYY-05-14", "10:00", "10:30" },
      { "Magpie and WebAssembly", "Ken Ito", "YYYY-05-14", "11:00", "11:30" },
    },
    { "no-year.md:9: the post gives no year; assuming " }, 3 },
  /* Talks written as sentences (issue 16, linkerd): "**1:00 pm**: Name
   * (@handle), Role, will give a workshop on [Title](sched) on …. Room …",
   * "Name (Org) will …",
   * roles between the names, a wholly bold item, a verb without "will"; the
   * same workshop in the introduction without a time, a booth bullet, drinks
   * at a booth with a time but no names. */
  { "prose-sentences.md", NULL, 5, {
      { "running Wren in production", "Ada Lovelace", "2019-10-14", "13:00", NULL },
      { "keeping every node busy", "B Chen", "2019-10-14", "18:00", NULL },
      { "a tour of the Wren roadmap", "Gus Hale", "2019-10-15", "09:00", NULL },
      { "nests at scale with Wren and Magpie", "Carl Dunn; Dee Ray", "2019-10-15", "11:40", NULL },
      { "Finchly moved a global fleet to Wren", "Eve Stone; Finn Park", "2019-10-15", "15:40",
        NULL },
    } },
  /* Bylines in brackets (issue 16, pivotal): "Kind: [Title](url) (by
   * [Name](…) and [Name](…)), Room 106, 10:00 to 13:00"; a lightning talk in
   * prose that starts with a link, booth hours written as links
   * ("on [Friday, March 6 from 10:00 to 18:00](hall)"). */
  { "bracketed-bylines.md", NULL, 4, {
      { "Introduction to Wren", "Ada Lovelace; Bo Chen", "2020-03-05", "10:00", "13:00" },
      { "Packaging Wren Plugins", "Carl Dunn", "2020-03-05", "14:00", "15:30" },
      { "Wren at the Edge – Challenges and Solutions", "Dee Ray; Eve Stone", "2020-03-06",
        "15:00", "15:45" },
      { "Beyond a Single Nest - Discovery and Federation", "Finn Park", "2020-03-06", "17:00",
        "17:45" },
    } },
  /* Nested date bullets (issue 16, carvel): "- Tuesday, October 25 • 4:15pm–
   * 4:45pm" over "    - [Title](sched) by Name & Name, Org"; headings that
   * link an event's page are sections; "- 15-minute presentation by Name";
   * demos without links under a date bullet, "4:00pm – Title by Name", a
   * title that opens with a tag ("[poster] Title"). */
  { "nested-date-bullets.md", "America/New_York", 7, {
      { "TAG App Delivery Project Meeting", "Carl Dunn", "2022-10-25", "13:00", "17:00" },
      { "Experimenting with CUE and Wren for NestOps", "Ada Lovelace; Bo Chen", "2022-10-25",
        "16:15", "16:45" },
      { "Keynote: Beyond Automation: Nests Need a Mindset", "Dee Ray", "2022-10-26", "09:40",
        "09:45" },
      { "How I gave all my developers automatic access to nests using ytt", "Eve Stone",
        "2022-10-26", "16:00", NULL },
      { "Nestworks packaged their platform with Wren (and you can too)", "Carl Dunn",
        "2022-10-26", "19:00", NULL },
      { "How Wren can help your release management across sites", "Finn Park", "2022-10-28",
        "14:00", NULL },
      { "[poster] Wren Nests in the Wild", "Gus Hale", "2022-10-28", "15:00", NULL },
    } },
  /* Hugo's JSON front matter (no "---": a "{" object, tabs, a trailing
   * comma, a brace in a string, "Pubdate" capitalised, a later "Lastmod"
   * that is no publication date) dates "### Tuesday";
   * the slot after the link with am/pm only on its end ("11:40 – 12:25pm"
   * starts before noon); booth hours and a prose link are no talks. */
  { "json-front-matter.md", NULL, 4, {
      { "Tracing the Scheduler", "", "2019-10-29", "10:00", "12:30" },
      { "Memory Folios, One Year On", "", "2019-10-29", "13:30", "14:15" },
      { "Rust in the Block Layer", "", "2019-10-30", "11:40", "12:25" },
      { "Live Patching Panel", "", "2019-10-30", "16:30", "17:15" },
    } },
  /* "## Friday" … "## Monday" with no date: the first such days after the
   * front matter date (a Friday, so "Friday" is the next one), the later
   * headings going on from there across the weekend. */
  { "weekday-headings.md", NULL, 4, {
      { "Workshop: Corvid from Zero", "Lena Hart", "2021-03-12", "10:00", "13:00" },
      { "Corvid on Small Boards", "Omar Diaz", "2021-03-12", "15:00", "15:45" },
      { "Growing a Community Around Corvid", "Rita Moss", "2021-03-13", "16:30", "17:30" },
      { "Corvid Roadmap Q&A", "Lena Hart", "2021-03-15", "09:30", "10:15" },
    } },
  /* A plain "Friday:" paragraph and "**Saturday**" bold paragraphs over the
   * day's list, dated from the front matter's publication_date; a bold tip
   * and a prose link are not days nor talks. */
  { "weekday-bold-days.md", NULL, 4, {
      { "Welcome drinks", "", "2023-01-27", "19:00", "20:00" },
      { "Opening", "", "2023-01-28", "09:30", "09:55" },
      { "Bricks All the Way Down", "", "2023-01-28", "13:30", "14:00" },
      { "Mortar Internals", "", "2023-01-29", "11:00", "11:50" },
    } },
  /* "* Wednesday" list items holding that day's talks as children, the days
   * from the event's dates in prose ("From 2024-07-08 to 2024-07-14"), not
   * from the earlier front matter date; weekday phrases in a prose list and
   * a tutorial heading without a time are not talks. */
  { "weekday-nested-items.md", NULL, 5, {
      { "You don't have to be a wizard to work on the interpreter",
        "", "2024-07-10", "09:30", NULL },
      { "Design pressure and the shape of code", "", "2024-07-10", "10:45", NULL },
      { "Typing a large codebase", "", "2024-07-10", "14:30", NULL },
      { "Why lock files took four years", "", "2024-07-11", "09:20", NULL },
      { "Behind the scenes of web frameworks", "", "2024-07-11", "16:30", NULL },
    } },
  /* "(Wednesday, 10:30 - 11:00)" after each link and no day anywhere else:
   * the first such weekdays after the front matter date (a Monday). */
  { "weekday-in-slot.md", NULL, 3, {
      { "Plover Internals", "Ines Vale", "2022-06-01", "10:30", "11:00" },
      { "Streaming with Plover", "Tomas Berg", "2022-06-02", "15:00", "15:45" },
      { "Plover at Scale: a Panel", "", "2022-06-03", "09:00", "09:40" },
    } },
  /* Bullets that open with a bold date and time, then the link (issue 16,
   * kcp): "at Event -- Names" after it, the event sometimes a link of its
   * own and a few words long; "Name, Name" two people in a post whose
   * bylines give no affiliation; the year from the front matter, a start
   * only; a pavilion kiosk bullet and a prose link are no talks. */
  { "date-first-bullets.md", NULL, 4, {
      { "Unlocking Nests: Bridging Wren and Magpie", "Ana Souza", "2025-10-07", "17:40", NULL },
      { "Building a Platform API Layer with Wren", "Piotr Nowak", "2025-10-08", "11:05", NULL },
      { "Wren-style APIs for SaaS Control Planes (Project Lightning Talk)",
        "Ana Souza; Piotr Nowak", "2025-10-08", "15:00", NULL },
      { "Why Nests Are Hard, and How to Make Them Better.", "Mei Lin; Ana Souza; Tom Becker",
        "2025-10-10", "15:25", NULL },
    } },
  /* "## 2024 Schedule" gives the year of the "## April 16" days under it
   * and names no track; tables with two time columns (UTC and CEST): the
   * first is read, in its zone; "Name, Name" speakers' cells; a row whose
   * unlinked title is long; a note in brackets and a beer event are no
   * talks. */
  { "year-heading-tables.md", "UTC", 6, {
      { "Intro & Welcome", "Ruth Cole", "2024-04-16", "13:00", NULL },
      { "Wren Desktop: Nests Made Simple", "Bo Chen; Dee Ray", "2024-04-16", "13:30", NULL },
      { "Tracing Wren with eBPF", "Gil Hart", "2024-04-16", "14:00", NULL },
      { "Wren on Tiny Boards", "Eve Stone; Finn Wolf; Hana Ito", "2024-04-17", "13:00", NULL },
      { "The Future of Wren Runtimes", "Ivo Kral", "2024-04-17", "13:30", NULL },
      /* an unlinked title of 17 words: a table's row is a talk however long */
      { "Community Hour: Why We Need a Shared Plugin Registry for Every Wren Runtime and How to "
        "Build It Together", "Ruth Cole", "2024-04-17", "14:00", NULL },
    } },
  /* Markdown lists inside HTML <details> blocks whose <summary> names the
   * day ("<b>Saturday 6th Feb 2021</b>"), "10h - 10h50 : Title" bullets, a
   * title with a dash and no speakers; traps: a front matter "time", a
   * <details> of photos with booth hours, "at 10h" in the introduction. */
  { "details-days.md", NULL, 4, {
      { "Write-Ahead Logs, One More Time", "", "2021-02-06", "10:00", "10:50" },
      { "Compaction Without Tears", "", "2021-02-06", "11:00", "11:25" },
      { "Kestrel - 2010 to 2020 and beyond!", "", "2021-02-06", "14:30", "15:00" },
      { "Why Fsync Lies", "", "2021-02-07", "16:00", "16:50" },
    } },
  /* A raw HTML body: "<h1>Saturday Morning</h1>" (the first Saturday after
   * the post's date), "<h2>10:50 AM talks</h2>" over several talks, "3:15
   * talk" after "2:00 PM talks" (the afternoon), link titles wrapped over
   * lines, "(Name) - summary" after each link; traps: the post's own title
   * linked in an <h1>, a 4:15 PM in a summary, an evening auction. */
  { "html-slot-headings.md", NULL, 4, {
      { "Getting Started with Stream Processing", "Ana Souza", "2019-05-11", "10:50", NULL },
      { "Five Powerful Heron Features", "Piotr Nowak", "2019-05-11", "10:50", NULL },
      { "Backpressure Explained", "Mei Lin", "2019-05-11", "14:00", NULL },
      { "Exactly Once, For Real", "Rosa Delgado", "2019-05-11", "15:15", NULL },
    } },
  /* An HTML <table> read as a GitHub table is: a "Time (CEST)" header
   * naming the zone, time | title | speakers rows in <thead>/<tbody>, a
   * title wrapped over lines, one in <strong>, a row without speakers; the
   * day in the introduction; traps: a table of sponsors (no time column),
   * booth hours in the closing prose. */
  { "html-table.md", "Europe/Paris", 3, {
      { "Heron for Analysts", "Ana Souza", "2022-04-12", "10:00", "10:30" },
      { "Streaming Joins Explained", "Piotr Nowak; Mei Lin", "2022-04-12", "11:15", "11:45" },
      { "Lightning Talks", "", "2022-04-12", "14:00", NULL },
    } },
  /* HTML tables laid out as a browser shows them (issue 16, BSides-style):
   * the day in a <th colspan=4> over the header, tracks as columns, a
   * workshop cell spanning two rows (read once), keynotes and breaks
   * spanning the tracks, Markdown in markdown="span" cells ("**9:00**",
   * links in the header), a keynote naming its speaker first ("Keynote:
   * [Name - Title](url)"), a second day in a body row of one header cell,
   * titles that end in "..." or "." or read like names; traps: a "rowspan"
   * on the Time header, registration, lunch, "After party: …" and "Doors
   * close" rows (a <tfoot> inside the <tbody>), a note row of one wide cell
   * with a time in it, desk hours in the closing prose. */
  { "html-table-grid.md", NULL, 8, {
      { "Fuzzing the Kernel Scheduler", "", "2024-03-14", "10:00", NULL },
      { "Hands-on Firmware Reversing Workshop", "", "2024-03-14", "10:00", NULL },
      { "Modern Lattice Crypto", "", "2024-03-14", "10:00", NULL },
      { "So you want to break a badge...", "", "2024-03-14", "11:00", NULL },
      { "The long history of door locks.", "", "2024-03-14", "11:00", NULL },
      { "Keynote: Why Every Lock Is a Puzzle", "Ada Brennan", "2024-03-15", "09:00", NULL },
      { "Building Badges on a Budget", "", "2024-03-15", "09:30", NULL },
      { "Patch Tuesday, Explained", "", "2024-03-15", "09:30", NULL },
    } },
  /* Bootstrap tables under <h3> days, cut by blank lines (cmark ends the
   * HTML block there and reads the rest as indented code), each talk cell
   * "<a href="#id">Title</a><br/>Name" linking its abstract further down;
   * traps: registration and lunch rows, the abstract blocks (a heading, a
   * speaker, a time in the text, a link to slides). */
  { "html-table-split.md", NULL, 4, {
      { "Threat Modelling for Small Teams", "Dana Whitfield", "2024-10-05", "10:30", "11:20" },
      { "Why my garage door opener trusts everyone.",
        "Tomasz Wierzbicki", "2024-10-05", "11:30", "11:50" },
      { "Logging You Can Actually Search", "Priya Raman", "2024-10-06", "11:00", "11:50" },
      { "Closing Ceremonies", "", "2024-10-06", "16:50", "17:00" },
    } },
  /* An event page (Ceph Days style): its day only in the front matter
   * ("date:" with "end:"), a <table> whose header row is plain cells
   * "Time | Abstract | Speaker", each abstract cell a bold title over a
   * <p> of text, speaker cells an image then "Name (Org)" or "Name, Org"
   * (which win over a title's brackets that read like a name: "(Reef
   * Release)");
   * traps: CFP dates in a list, times in the abstracts, the check-in,
   * coffee and reception rows. */
  { "html-table-abstracts.md", NULL, 2, {
      { "Keynote - The State of Bramble", "Grace Okafor", "2024-09-12", "09:15", NULL },
      { "Compaction Without Tears (Reef Release)", "Ivan Petrov", "2024-09-12", "13:30", NULL },
    } },
  /* A raw HTML table "Time | Session | Title" (useR! style): header cells
   * written right in the <table>, weekday-only day rows (<th
   * colspan="4">Tuesday</th>) dated by a range in prose whose year comes
   * once, after its last day; times without am/pm, afternoon from 1:00;
   * "Keynote: Name" labels giving the speakers, the label as the title
   * when the title cell is empty or TBA, an italic "(Click to see
   * abstract)" left out; traps: a hidden abstract row of one wide cell with
   * times in it, tea, lunch and reception rows whose title cell names
   * something else, "Parallel sessions (4)"; "Welcome to Quillcon" is a
   * ceremony (README: welcomes are no talks). */
  { "html-table-sessions.md", NULL, 4, {
      { "Notebooks as Documents", "Marta Ibarra", "2019-09-10", "13:45", NULL },
      { "Sponsor keynote", "Owen Park", "2019-09-10", "17:00", NULL },
      { "Keynote", "Lena Vogt", "2019-09-11", "09:05", NULL },
      { "Types for Tired Programmers", "Ravi Menon", "2019-09-11", "13:00", NULL },
    } },
  /* An HTML table dated by its <caption> ("Day 1: Thursday, April 18,
   * 2024"), a time cell spanning two rows (the time of both talks beside
   * it), a Room column (a field: the old reader crashed on it, the table's
   * header unset), cells of paragraphs (the title, then its speakers or an
   * abstract); traps: a coffee row spanning three columns, booth hours in
   * the introduction, a time in an abstract. */
  { "html-table-caption.md", NULL, 5, {
      { "Streaming Joins in Wren", "Ana Souza", "2024-04-18", "10:00", "10:40" },
      { "Schema Evolution Without Fear", "Piotr Nowak", "2024-04-18", "10:00", "10:40" },
      { "Wren on Small Devices", "Mei Lin; Omar Diaz", "2024-04-18", "11:00", "11:40" },
      { "Wren and the Query Planner", "Grace Okafor", "2024-04-18", "11:40", "12:20" },
      { "Lightning Talks", "", "2024-04-18", "12:20", "13:00" },
    } },
  /* A bold date with an aside in brackets over each table ("**May 5
   * (Monday)**": the weekday fixes the year the post does not give; "**May 6
   * (Talks)**"), a range "1:00-4:00pm"; traps: booth hours in the
   * introduction, a bold date with a longer note and no talks. */
  { "bold-day-aside-tables.md", NULL, 3, {
      { "Hands-on Heron Pipelines", "Ana Souza", "YYYY-05-05", "13:00", "16:00" },
      { "Backpressure Explained", "Piotr Nowak", "YYYY-05-06", "11:50", NULL },
      { "Exactly Once, For Real", "Mei Lin; Rosa Delgado", "YYYY-05-06", "14:35", NULL },
    },
    { "bold-day-aside-tables.md:14: the post gives no year; assuming " }, 1 },
  /* A table whose columns are days ("Time | Saturday | Sunday": the first
   * such weekdays after the post's date), one talk per day in a row, times
   * written "09:15&nbsp;AM", cells "[Title](url)<br/>Names", a ragged last
   * row; traps: registration, breaks, lunch and a party in the cells, a
   * prose link in the introduction. */
  { "day-columns-table.md", NULL, 4, {
      { "Heron for Analysts", "Ana Souza", "2024-03-09", "09:15", NULL },
      { "Backpressure Explained", "Rosa Delgado", "2024-03-09", "10:15", NULL },
      { "Lightning Talks", "", "2024-03-09", "16:30", NULL },
      { "Streaming Joins Explained", "Piotr Nowak; Mei Lin", "2024-03-10", "09:15", NULL },
    } },
  /* Compact 12-hour times ("1030a", "235p") and a "Speaker & Title" column
   * of "Title, Name and Name" cells; traps: a title that ends in a list of
   * topics or a working group, lunch, a "9a - 1030a" range in the prose;
   * "[50 mins]" and "- @handle", "w/ …'s @handle" notes after titles; the
   * next table's day an italic weekday alone ("*Wednesday*"). */
  { "compact-times-speaker-title.md", NULL, 7, {
      { "Project Intros: Storage, Scheduling, Autoscaling", "", "2024-04-16", "10:30", NULL },
      { "Behind the Release: How Heron Tests Heron",
        "Rosa Delgado; Tom Becker", "2024-04-16", "11:40", NULL },
      { "Deep Dives: Networking, Policy WG", "", "2024-04-16", "14:35", NULL },
      { "Open Governance, Open Roadmaps", "Ana Souza", "2024-04-16", "16:05", NULL },
      { "Code Review Clinic", "", "2024-04-16", "16:45", NULL },
      { "State of Storage", "", "2024-04-16", "17:30", NULL },
      { "Deep Dive: Storage", "", "2024-04-17", "10:50", NULL },
    } },
  /* "**09:30 - 11:00**: Title (Name)<br>" lines under "## Day 1" and an
   * italic date, speakers in parentheses (before a ": subtitle" too);
   * traps: tea, lunch and a dinner without a link, a note in parentheses
   * that names no one, a prose link, "Welcome by the organizers" (a
   * ceremony, tests/data/other/README.md). */
  { "bold-time-paren-speakers.md", NULL, 3, {
      { "Introduction to stream processing", "Ana Souza", "2023-03-11", "09:30", "11:00" },
      { "Backpressure in practice: from theory to the field",
        "Rosa Delgado; Tom Becker", "2023-03-11", "11:30", "12:15" },
      { "Practicals (temperature sensors)", "", "2023-03-11", "13:30", "15:00" },
    } },
  /* A table of 24-hour times written without colons ("1345 - 1400", "915 -
   * 940") under "## Day 1: Tuesday 9th September 2025" headings; link texts
   * wrapped in quotes; "Name & Name - Org" and "Name - Role at Org" speaker
   * cells, a company or a role alone in one, a double surname "Name - van
   * Name"; a keynote by a known speaker whose title is still to come;
   * traps: lunch, tea, "TBA | Sponsor Panel", a raffle, booth hours
   * written the same way in the closing prose. */
  { "table-compact-times.md", NULL, 7, {
      { "Opening Session", "", "2025-09-09", "13:30", "13:45" },
      { "Kestrel at the Edge: Lessons from Production",
        "Ana Souza", "2025-09-09", "13:45", "14:00" },
      { "Quiet Clusters - Fewer Pages, Better Sleep",
        "Piotr Nowak; Mei Lin", "2025-09-09", "14:00", "14:30" },
      { "Magpie Storage Deep Dive", "Ruth Cole", "2025-09-10", "09:15", "09:40" },
      { "Workshop: Tracing Without Tears", "", "2025-09-10", "10:00", "10:30" },
      { "Tiny Schedulers", "Lotte Willems - van Dijk", "2025-09-10", "10:30", "11:00" },
      { "Keynote: TBA", "Hilde Maes", "2025-09-10", "11:00", "11:30" },
    } },
  /* Time | Description | Comment under "#### Thursday, May 23rd" with no
   * year: the year is the one the table writes ("Wren Days Denver 2019!")
   * on which May 23 is a Thursday; am/pm after the end only; the Comment
   * column holds the speakers beside the linked talks and notes beside the
   * breaks, and a workshop's linked title beside "Workshops" (not a lone
   * linked first name beside a title of its own: no speaker, the title
   * stays); traps: a sponsor shout-out, "Talk: _title TBC_", an open-space
   * session, the day's close, breakfast, lunch and coffee with their notes. */
  { "table-comment-column.md", NULL, 5, {
      { "Kestrel at the Edge", "Ana Souza", "2019-05-23", "11:30", "12:15" },
      { "Magpie Storage Deep Dive", "Ruth Cole", "2019-05-23", "13:00", "13:45" },
      { "Tracing Without Tears", "", "2019-05-23", "14:25", "15:00" },
      { "Quiet Clusters", "Piotr Nowak", "2019-05-23", "15:20", "16:05" },
      { "Ask the maintainers", "", "2019-05-23", "16:05", "16:45" },
    },
    { "table-comment-column.md:19: the dates give no year; assuming 2019,"
      " the year the post writes" } },
  /* A padded table of "2:00 PM" starts, the day and year in the prose: an
   * italic row at the time of the talk under it is a session's heading; a
   * bold title wrapped with "<br>" between two bold parts; a "([demo](…))"
   * aside after a title; traps: a break, drinks "sponsored by [Globex](…)",
   * the end of the event, a prose link, the welcome (a ceremony). */
  { "table-session-rows.md", NULL, 5, {
      { "State of the Wren", "Ruth Cole", "2024-02-02", "14:10", NULL },
      { "Wren Powering Notebooks", "Ken Ito", "2024-02-02", "14:50", NULL },
      { "Answering Questions Faster with Wren", "Mei Lin", "2024-02-02", "14:55", NULL },
      { "wren_pg, Wren-powered Postgres", "Piotr Nowak", "2024-02-02", "15:00", NULL },
      { "Wrapping up", "", "2024-02-02", "15:10", NULL },
    } },
  /* Bullets of 12-hour times without am/pm under "##### Monday, May 27"
   * headings, the year from the week's heading: "12:00 - 2:00 Lunch" then
   * "2:00 - 3:30" goes from the morning on into the afternoon; traps: a
   * break and lunch, a prose link. */
  { "bullets-bare-afternoon.md", NULL, 6, {
      { "Lecture (C1)", "", "2019-05-27", "09:00", "10:30" },
      { "Lecture (N1)", "", "2019-05-27", "14:00", "15:30" },
      { "TA session (N1)", "", "2019-05-27", "16:00", "17:00" },
      { "Lecture (N2)", "", "2019-05-28", "09:00", "10:30" },
      { "TA session (N2)", "", "2019-05-28", "11:00", "12:00" },
      { "Lecture (C2)", "", "2019-05-28", "14:00", "15:30" },
    } },
  /* HTML <div> pairs, a time then a bold title, under "<h4>Friday 14th
   * March, 2014</h4>" (a dummy front matter date), "Title by Name from
   * Org" and "by A and B from Org" bylines; rows of <span>s (time, title,
   * name) the next day; traps: registration, a coffee break, lunch, open
   * space slots, a prose <div> with a link and a time. */
  { "html-div-timetable.md", NULL, 5, {
      { "Opening keynote", "Marta Kowalczyk", "2014-03-14", "09:30", "10:15" },
      { "Pipelines - Beyond green builds", "Oskar Lindqvist", "2014-03-14", "10:15", "11:00" },
      { "Alert fatigue: triage, runbooks, reporting",
        "Priya Raman; Tomasz", "2014-03-14", "11:15", "12:00" },
      { "Queues in practice", "Ingrid Solberg", "2014-03-15", "09:30", "10:15" },
      { "Lightning talks", "", "2014-03-15", "10:15", "11:00" },
    } },
  /* A Franklin.jl page: HTML in a "~~~" fence, "<h3>Monday 16th July 2018
   * <span>…</span></h3>" days, a workshop grid timed by its column headers
   * ("Morning (09:00 - 12:00)") with "Title (Name, Name)" cells and a
   * Breakfast cell spanning the rows, then a time | activity table with
   * bare "Keynote" rows; traps: "Talks" rows linking the talks' page,
   * breakfast and lunch, HTML in a "~~~html" fence and in a plain "```"
   * fence (code, not the schedule). */
  { "franklin-raw-html.md", NULL, 6, {
      { "Parsing with Combinators", "Lena Fischer", "2018-07-16", "09:00", "12:00" },
      { "Type Systems in Practice", "Jonas Berg", "2018-07-16", "09:00", "12:00" },
      { "Profiling Numeric Code", "Arun Mehta; Sofia Petrova", "2018-07-16", "13:30", "17:00" },
      { "Packaging for Everyone", "Zoë Martin", "2018-07-16", "13:30", "17:00" },
      { "Keynote", "", "2018-07-17", "09:00", "09:45" },
      { "Keynote", "", "2018-07-17", "13:30", "14:15" },
    } },
  /* HTML blocks with no heading: <dt> times over <dd> titles ("by Name",
   * "by Name from Org") under a bold day, then a grid of rooms whose column
   * headers give the times ("Morning, 10:00 - 11:30"); traps: drinks, a
   * break, lunch and a TBD cell, times in the prose around. */
  { "html-dl-grid.md", NULL, 4, {
      { "Rust on microcontrollers", "Jane Doe", "2021-05-06", "18:30", "19:00" },
      { "Async in anger", "John Smith", "2021-05-06", "19:00", "19:30" },
      { "Graphs for everyone", "Ann Lee", "2021-05-07", "10:00", "11:30" },
      { "Parsing with care", "Bo Chan; Cy Dee", "2021-05-07", "10:00", "11:30" },
    } },
  /* Bullets of prose around one Sched link: "session led by A and B on
   * October 15th at 10:30", "Name will speak on [Title] … on October 15th
   * at 14:05", the byline before the link, "[Title](sched) by Name at 9:15
   * on October 16th" (the time before the date), "[Title](sched) with Name";
   * the year from the front matter.  Traps: a session with no time, a map
   * link with a time, a prose link. */
  { "prose-bullets-on-date.md", NULL, 5, {
      { "Heron in Ten Minutes", "Marta Ruiz; Tomás Ortega", "2024-10-15", "10:30", NULL },
      { "Failover Without Fear: Heron's Replication", "Ines Carvalho", "2024-10-15", "14:05",
        NULL },
      { "Heron Backups, Explained", "Ana Souza", "2024-10-16", "09:15", NULL },
      { "Heron Speaks Portuguese", "Li Wei; Marta Ruiz", "2024-10-16", "11:20", NULL },
      { "Ask the Heron Maintainers", "Piotr Nowak", "2024-10-16", "16:30", NULL },
    } },
  /* Bullets of prose ending in "**Wednesday 06/14/23 11:05, Hall 3 E1.**"
   * (US numeric dates), first-name speakers as the sentence's subject
   * ("Anna and Luca are giving an [Title]"), a workshop "we" attend (no
   * speakers) whose prose also says "3pm".  Traps: a dated bullet with two
   * links and no time, a bullet with no link, a booth. */
  { "prose-bullets-bold-trailer.md", NULL, 3, {
      { "Stream Processing Summit", "", "2023-06-12", "09:00", "17:00" },
      { "Introduction to Finch", "Anna; Luca", "2023-06-14", "11:05", NULL },
      { "Finch Joins Deep Dive", "Marco; Sofia", "2023-06-15", "14:50", NULL },
    } },
  /* A meetup's programme: "- 17:45 - 18:15: Title by Name (20 + 10 min)"
   * (the duration is no part of the title), a "Date:" line, then a "##"
   * section per talk repeating its title, linked or not, with "By Name"
   * (its description, link and speakers, no new talk).  Traps: snacks "sponsored by" a company, a
   * raffle, and "20:10: Let's go on to a bar nearby" ending the evening. */
  { "meetup-programme.md", NULL, 3, {
      { "Parsing Without Panic in Wren", "Søren Ågård Holm", "2025-11-20", "17:45", "18:15" },
      { "A word from our host", "", "2025-11-20", "18:15", "18:25" },
      { "Async Wren in Practice", "Ida Lindqvist", "2025-11-20", "19:15", "19:45" },
    } },
  /* The same programme ending in a session that starts when the line before
   * it ends ("19:50: Closing keynote"): a session, not the end marker of
   * meetup-programme.md.  Trap: a dinner "sponsored by" a company. */
  { "meetup-closing-keynote.md", NULL, 3, {
      { "Finch on Microcontrollers", "Kari Nordmann", "2024-03-07", "18:10", "18:40" },
      { "Typed Finch", "Ola Hansen", "2024-03-07", "19:20", "19:50" },
      { "Closing keynote", "", "2024-03-07", "19:50", NULL },
    } },
  /* "| 09:30 | Parsers |": one-word titles in a Time | Session table, the
   * speakers in brackets after some ("Linkers (Dara Quint)", a title that
   * reads as "Name - Name" once the table writes it as a row).  Traps:
   * registration, coffee, lunch, a TBD slot, booth hours after the table. */
  { "table-one-word-titles.md", NULL, 4, {
      { "Parsers", "", "2024-05-14", "09:30", NULL },
      { "Linkers", "Dara Quint", "2024-05-14", "10:15", NULL },
      { "Borrowck: Lifetimes in Practice", "Elena Ruiz; Farid Nadir", "2024-05-14", "11:30", NULL },
      { "Incremental", "Gwen Hart", "2024-05-14", "13:30", NULL },
    } },
  /* "Keynote: Name (Org) - Title", "Research talk: Name, Org - Title" in
   * timetable bullets and in a Time | Session table: the kind, then the
   * speakers, then the title after the dash.  Traps: coffee, lunch, a prose
   * link with a dash, poster hours after the table. */
  { "kind-byline-title.md", NULL, 5, {
      { "Keynote: Computing Before Computers", "Ada Byron", "2024-06-04", "09:15", NULL },
      { "Research talk: Faster Joins on Small Machines", "Bo Chan", "2024-06-04", "10:00", NULL },
      { "Industry talk: Lakehouses in Practice", "Carla Diaz", "2024-06-04", "11:00", NULL },
      { "Keynote: Storage at Scale", "Dara Quint", "2024-06-04", "13:00", NULL },
      { "Research talk: Vectorised Parsing", "Eli Fox", "2024-06-04", "14:00", NULL },
    } },
  /* A GitHub table timed by its column headers ("| Room | Morning (09:00 -
   * 12:00) | Afternoon (13:30 - 17:00) |"), "Title (Name, Name)" cells, as
   * the HTML grid of franklin-raw-html.md.  Traps: a table of rooms and
   * seats, lunch, registration and TBD cells, booth hours after it. */
  { "table-header-times.md", NULL, 3, {
      { "Async Rust from Scratch", "Ann Lee; Bo Chan", "2024-09-12", "09:00", "12:00" },
      { "Macros Without Fear", "Dara Quint", "2024-09-12", "09:00", "12:00" },
      { "Embedded Rust on the RP2040", "Carla Diaz", "2024-09-12", "13:30", "17:00" },
    } },
  /* A wide table padded with tabs whose time column holds italic day rows
   * ("| *4 June 2024* | | |") dating the rows under them.  Traps: the help
   * desk's hours in the intro, a break, an empty row, a lunch row, a link,
   * the welcome (a ceremony). */
  { "table-day-rows.md", NULL, 3, {
      { "Wren basics", "Ana Souza", "2024-06-04", "09:15", "10:30" },
      { "Parallel Wren", "Ida Lindqvist", "2024-06-05", "09:00", "10:00" },
      { "Round-table", "", "2024-06-05", "13:30", "14:30" },
    } },
  /* Tables under "<center> <h2>Day 1 - 9th August, 2024</h2> </center>"
   * whose rows carry a date cell the header does not declare: the row's
   * own date wins over the heading's.  Trap: the village's opening hours. */
  { "table-html-day-date-cell.md", NULL, 4, {
      { "Opening Note", "Ana Souza", "2024-08-09", "12:00", "12:10" },
      { "Recon with Finch", "Kari Nordmann", "2024-08-09", "12:10", "12:50" },
      { "Finch at scale", "Ida Lindqvist", "2024-08-10", "11:00", "11:40" },
      { "Graphs of grey data", "Ola Hansen", "2024-08-10", "13:00", "13:30" },
    } },
  /* A Spanish agenda: "**Fecha:** 14 de septiembre de 2024", one table per
   * room, am/pm only at a range's end.  Traps: "Almuerzo" (lunch), the
   * registration time in prose, a link. */
  { "table-spanish-date.md", NULL, 4, {
      { "Keynote de Apertura", "Ana Souza", "2024-09-14", "09:00", "10:00" },
      { "Finch desde cero", "Kari Nordmann", "2024-09-14", "10:20", "11:00" },
      { "Finch y la nube", "Ola Hansen", "2024-09-14", "11:40", "12:20" },
      { "Finch en producción", "Ida Lindqvist", "2024-09-14", "13:30", "14:10" },
    } },
  /* Backslash line breaks in table cells: "Title \\ Speaker: _Name_" (a
   * LaTeX-style break), a cell closed by a backslash before the next row,
   * a second line that is no byline, a room code before a title ("B12:"),
   * the parallel room's hack time on the row the table cut, the day's "End".
   * Traps: a coffee break, prose times. */
  { "table-backslash-breaks.md", NULL, 4, {
      { "Sparse Circuits at Scale", "Odile Marchetti", "2024-06-12", "09:15", "10:00" },
      { "Counting Without Tears", "Rafael Quintero", "2024-06-12", "10:30", "11:15" },
      { "Probabilistic Sentences", "Hana Sato", "2024-06-12", "11:15", "12:00" },
      { "Open problems bring your own questions", "", "2024-06-12", "14:00", "15:00" },
    } },
  /* TOML front matter ("+++", Zola) whose title gives the year ("date" in its
   * [extra] table is not the post's), "- 10:00 : Title" bullets, a bullet
   * over its own list of timed talks (a block's name, not a talk).  Traps: a
   * room open "until ~13:00", a call open until 12:00 in the prose. */
  { "toml-nested-bullets.md", "Europe/Paris", 5, {
      { "Welcome and practical information", "", "2024-03-05", "10:00", NULL },
      { "Parsing Markdown without tears", "", "2024-03-05", "10:15", NULL },
      { "Twenty years of plain text", "", "2024-03-05", "10:40", NULL },
      { "Open discussion", "", "2024-03-05", "11:00", NULL },
      { "Writing a recogniser in an afternoon", "", "2024-03-06", "10:00", NULL },
    } },
  /* A meetup heading with a "- Date: 12 March, 2024 at 17:00 - 20:00" field
   * (still read as a talk of its own), then an agenda of "- HH:MM - HH:MM:
   * Title" items on that day, their speakers in nested "- Name, Org" items
   * before a "- Slides: url" item. */
  { "meetup-date-field-agenda.md", NULL, 3, {
      { "Spring Wren Meetup", "", "2024-03-12", "17:00", "20:00" },
      { "Parsing Without Panic in Wren", "Ida Lindqvist", "2024-03-12", "17:30", "18:00" },
      { "Typed Wren in Practice", "Ola Hansen; Kari Nordmann", "2024-03-12", "18:00", "18:30" },
    } },
  /* A table's cell of several talks, one a bulleted line cut by "<br />"
   * ("&bull; *Title* ([Name](url))"), all in the row's slot: the session's
   * name before the first bullet is no talk, a note after the speakers is
   * left out, "Keynote: [Name](url)" names its speaker, "Keynote talk:
   * *Title*" its kind.  Traps: times in the intro prose, a booth row. */
  { "table-bulleted-session-cells.md", NULL, 6, {
      { "Keynote", "Ines Moreau", "2025-10-10", "09:30", "10:15" },
      { "Counting birds at scale", "Oskar Berg", "2025-10-10", "10:30", "12:00" },
      { "Nests, maps and (mostly) patience", "Hana Kimura", "2025-10-10", "10:30", "12:00" },
      { "Parsing wren song with tiny models!", "Tomas Lind", "2025-10-10", "10:30", "12:00" },
      { "Field recorders on a budget", "Lea Novak", "2025-10-10", "13:30", "14:15" },
      { "The wren genome, briefly", "Sam Okoro", "2025-10-10", "13:30", "14:15" },
    } },
  /* Personal notes: "Date: … / Time: 8:30AM to 6:00PM" under a day's
   * heading gives the day of the time lines below (a whole day's hours, no
   * talk); a link in the notes without a time does not make the unlinked
   * timetable a meeting's agenda; "01 - Name - Title" after the time names
   * the speaker after a running number.  Trap: a time in the notes' prose. */
  { "notes-day-hours-fields.md", NULL, 7, {
      { "Opening Keynote with Ada", "", "2021-05-06", "09:00", NULL },
      { "Parsing the Finch grammar", "", "2021-05-06", "09:40", NULL },
      { "Finch on small boards", "", "2021-05-06", "10:40", NULL },
      { "demo repo for the boards", "", "2021-05-06", NULL, NULL },
      { "Typed Finch in practice", "Kari Nordmann", "2021-05-07", "09:30", NULL },
      { "Closing panel", "", "2021-05-07", "10:00", NULL },
      { "Finch 2.0 - What Comes Next", "", "2021-05-07", "10:30", NULL },
    } },
  /* A grid of rooms as columns with 24-hour times written "1030": each
   * title followed by a link to its issue ("[216](…)", "[#197](…)"), which is
   * a reference, not the title; traps: "_previous session continues_"
   * cells, lunch in both rooms, the info desk's hours in the prose. */
  { "table-room-columns-issue-links.md", NULL, 4, {
      { "Release working group", "", "2019-12-13", "10:30", NULL },
      { "Streams Promise Support", "", "2019-12-13", "10:30", NULL },
      { "Package maintenance", "", "2019-12-13", "11:30", NULL },
      { "Diagnostics deep dive", "", "2019-12-13", "13:30", NULL },
    } },
  /* Tables headed in Japanese ("# | 時間 | タイトル | 登壇者 | ディレクトリ",
   * en-dash ranges) and French ("Heure | Titre | Intervenant") under ISO
   * day headings; traps: a row still to be decided ("未定 | 未確認"), lunch
   * ("Déjeuner"), the registration time in the prose. */
  { "table-headers-other-languages.md", NULL, 3, {
      { "ストリーム処理入門", "Yoko Nakao", "2026-09-26", "10:00", "11:00" },
      { "バックプレッシャーの話", "Mai Takahashi", "2026-09-26", "11:15", "12:15" },
      { "Les jointures en flux", "Anne Martin", "2026-09-27", "10:00", NULL },
    } },
  /* Programmes in other languages: "mardi 12 mars 2024" and "Dienstag, 19.
   * März 2024" day headings in lower case or with a dotted day, a dotted
   * date "26.03.24", dotted times "9.30" opening a line, German "10 Uhr",
   * " -- " before the speaker, a two-word title after a timed talk; traps:
   * breaks in French and German, "Networking", a version and a price. */
  { "european-programmes.md", NULL, 7, {
      { "Ouverture des journées", "", "2024-03-12", "09:30", NULL },
      { "Présentation de PeerTube", "Marie Dupont", "2024-03-12", "10:00", NULL },
      { "Les communs numériques", "Paul Martin", "2024-03-12", "10:45", NULL },
      { "Vortrag: Einführung in Linux", "", "2024-03-19", "10:00", NULL },
      { "Rust im Kernel", "Erika Musterfrau", "2024-03-19", "11:15", NULL },
      { "Fast Code", "", "2024-03-26", "14:00", NULL },
      { "Writing GUIs", "John Smith", "2024-03-26", "14:30", NULL },
    } },
  /* "### 09:30 – Title" headings with a start time only, each with a
   * "**Speaker:**" field; traps: registration and a coffee break. */
  { "heading-start-times.md", NULL, 3, {
      { "Keynote: The Future of Platform Engineering",
        "Alice Johnson", "2025-06-10", "09:30", NULL },
      { "Observability at Scale", "Bob Brown", "2025-06-10", "10:15", NULL },
      { "Secrets Without Tears", "Carla Diaz", "2025-06-10", "11:30", NULL },
    } },
  /* The day only in the title ("… am 2018-04-21"), not the front matter's
   * date; "10 Uhr" times; a break. */
  { "title-day.md", NULL, 2, {
      { "Vortrag: Einführung in Linux", "", "2018-04-21", "10:00", NULL },
      { "Workshop: Freie Anwendungen", "", "2018-04-21", "13:00", NULL },
    } },
  /* Tables with dotted time cells ("09.00", "9.30"), a "Lecturer" and an
   * "Instructor" column; the first table links its talks, the second does
   * not (its talks name speakers, so they are no agenda items); traps:
   * breaks, a dinner time and a price in the prose. */
  { "table-dotted-times.md", NULL, 4, {
      { "Course introduction", "Åsa Björklund", "2023-01-30", "09:00", NULL },
      { "Quality Control", "Henrik Gezelius", "2023-01-30", "11:00", NULL },
      { "Dimensionality reduction", "Paulo Czarnewski", "2023-01-31", "09:00", NULL },
      { "Data integration", "Anna Svensson", "2023-01-31", "10:30", NULL },
    } },
  /* One heading per talk with "**Time:**" and "**Featured speakers:**" /
   * "**Guest speaker:**" fields, the time then the same time in other zones
   * ("4pm CET/11am EST/8am PST", "16:00 CET (10:00 EST)"), emoji
   * shortcodes (":calendar:") that are pictures, not words. */
  { "fields-featured-zones.md", "Europe/Paris", 3, {
      { "Episode 6: Bootstrapping a Self-funded Company",
        "Alison Gianotto; Roberto Galoppini", "2020-11-03", "16:00", NULL },
      { "Episode 7: Open Source Foundations", "Karen Sandler", "2020-11-10", "16:00", NULL },
      { "Episode 8: Licensing in Practice", "John Lilly", "2020-11-17", "17:00", NULL },
    } },
  /* Pelican's metadata lines ("Title:", "Date:" with a template's stale
   * date) over an HTML body: the day stated in a "<p>" ("held December 11"),
   * the year in the file's name (workshop-2020-…); an HTML table. */
  { "workshop-2020-schedule.md", NULL, 3, {
      { "Keynote: Sensing Health from Text", "", "2020-12-11", "09:10", "09:40" },
      { "First spotlight session", "", "2020-12-11", "09:40", "10:10" },
      { "Keynote: Fair Models in the Clinic", "", "2020-12-11", "10:30", "11:00" },
    } },
  /* "(talk) Title", "(workshop) Title": a kind in brackets opens the title
   * and stays in it (its "(" was cut, leaving "talk) Title"); traps: doors
   * and meals in an HTML table. */
  { "html-table-kind-tags.md", NULL, 2, {
      { "(talk) Plot.ly: Sensor Data Visualization", "", "2014-10-25", "13:00", NULL },
      { "(workshop) Web-based Visualizations with D3.js", "", "2014-10-25", "14:00", NULL },
    } },
  /* A grid of one column per day ("Mardi 22 juin 2021", "Mercredi 23
   * juin 2021") with its times on both sides: the right-hand column of times
   * is no talk; a link's "<br>" before the speaker; trap: "Café". */
  { "html-grid-times-both-sides.md", NULL, 4, {
      { "Exposé invité", "Thomas Schiex", "2021-06-22", "11:10", NULL },
      { "Session A (Jeunes chercheurs)", "", "2021-06-22", "14:00", NULL },
      { "Session D (Exposés courts)", "", "2021-06-23", "11:10", NULL },
      { "Exposé invité", "Claude-Guy Quimper", "2021-06-23", "14:00", NULL },
    } },
  /* An HTML table headed "時間 | トラック" (one track: its column holds the
   * talks), the day as Japanese writes it ("2018年6月30日"), lengths after
   * the times ("(40分)"), cells indented with their title, speaker and
   * abstract in paragraphs ("Name / Org"), a note after the title's
   * paragraph ("6分×3本"); traps: doors and a lunch written without spaces. */
  { "html-table-cells-japanese.md", NULL, 2, {
      { "Deploying esa from Okinawa", "Naoto Koshikawa", "2018-06-30", "10:10", "10:50" },
      { "ライトニングトーク Part 1", "", "2018-06-30", "10:50", "11:10" },
    } },
  /* Breaks linked on the schedule like the talks ("[Lunch 🍲](sched)",
   * "[Coffee Break ☕](sched)") are no talks; a talk whose title starts with
   * "Lunch and Learn" and names its speaker is one. */
  { "linked-breaks.md", NULL, 3, {
      { "GitOps Without Tears", "Oreen Livni", "2024-11-13", "11:15", NULL },
      { "Unifying Observability with Exemplars", "Charlie Le", "2024-11-13", "14:30", NULL },
      { "Lunch and Learn: Tracing at Scale", "Ana Souza", "2024-11-13", "16:30", NULL },
    } },
  /* "## Title (~6:15pm)": headings that end with their time in brackets,
   * "~" for about, titles of two capitalised words after a talk; traps: a
   * heading without a time, a time in the prose under it. */
  { "heading-times-after.md", NULL, 3, {
      { "Purpose Statement", "", "2025-09-19", "18:15", NULL },
      { "Round-the-Room Intros", "", "2025-09-19", "18:20", NULL },
      { "Build Systems Deep Dive", "", "2025-09-19", "19:00", NULL },
    } },
  /* A day's schedule: "#### 10:00am-10:45am block" headings over lists of
   * "Name - Title" without times, each item a talk in the block's slot (one
   * a name on both sides of the dash); the day stated in a sentence of the
   * introduction that is also the post's date.  Traps: the zone's offset
   * ("UTC -07:00") is no time, a block whose items are no talks. */
  { "slot-block-lists.md", "America/Los_Angeles", 6, {
      { "Keynote", "Piotr Nowak", "2022-10-15", "09:10", NULL },
      { "Packaging Rust for Distributions", "Mei Lin", "2022-10-15", "10:00", "10:45" },
      { "The Joy of Small Tools", "Lars Visser", "2022-10-15", "10:00", "10:45" },
      { "Accessibility Audits for Free Desktops", "Fatima Haddad", "2022-10-15", "10:00", "10:45" },
      { "Mapping Trails with OpenStreetMap", "Joris Bakker", "2022-10-15", "10:45", "11:30" },
      { "Introducing Open Hardware at Universities",
        "Suraj Kumar Mahto", "2022-10-15", "10:45", "11:30" },
    } },
  /* A course's day, "Wednesday 14th" (no month: no day), its room on the
   * first line of the paragraph of its talk lines; a title whose links in
   * brackets are its slides ("([HTML](…), [PDF](…))"), the speakers in
   * brackets after.  Traps: coffee, lunch. */
  { "room-field-day-lines.md", NULL, 3, {
      { "Lecture: Welcome and practicalities", "Anna Berg", NULL, "09:00", "09:15" },
      { "Lecture: Read alignment", "Karl Lund", NULL, "09:15", "10:15" },
      { "Lecture: Quality control", "Maja Holm", NULL, "10:30", "12:00" },
    } },
  /* Sessions of a conference's catalogue, "# 1. DEV301 - Title" (the code is
   * no part of the title; "Navigating Complexity" is no speaker), their
   * "Time:" field over the location's.  Trap: "Contributed by [Name](url)",
   * the post's author. */
  { "catalogue-codes.md", "America/Los_Angeles", 2, {
      { "Extending the Platform", "", "2023-11-27", "10:00", "11:00" },
      { "Navigating Complexity: Vector Search at Scale", "", "2023-11-28", "14:30", "15:30" },
    } },
  /* A workshop's table whose rows without a time tell more of the talk
   * above: its panel's speakers and moderator, the items of its agenda
   * ("&nbsp; - Challenge results").  Trap: the coffee break. */
  { "table-detail-rows.md", NULL, 2, {
      { "Panel 1: What data do we need next?",
        "Mei Lin; Lars Visser; Joris Bakker", "2024-05-11", "09:15", "10:00" },
      { "Concluding Remarks", "", "2024-05-11", "11:00", "11:30" },
    } },
  /* A table of one room whose cells are "Title, Full Name" (no speakers'
   * column): the names after the comma are the speakers when most cells end
   * so.  Traps: coffee, a title with commas of its own, "Organizers Welcome"
   * (a ceremony). */
  { "table-comma-names.md", NULL, 4, {
      { "Fedora on Small Boards", "Tuan Truong", "2014-02-28", "09:20", NULL },
      { "Mesh Networks for Villages", "Bastian Bittorf", "2014-02-28", "09:40", NULL },
      { "From Open Source to Open Government", "Chia-liang Kao", "2014-02-28", "10:20", NULL },
      { "Data, Maps and Rivers", "Kate Chapman", "2014-02-28", "10:40", NULL },
    } },
  /* A table whose day and time share a cell, "Sun., Nov. 12<br>8:30am-5:00pm"
   * (the break parts them), the zone in the header; titles with a colon are
   * no "Name: Title" ("Navigating Complexity: …", "…: Case Studies, Best
   * Practices, and Scaling Strategies"). */
  { "table-br-day-time.md", "America/Denver", 3, {
      { "Better Testing for Science", "", "2023-11-12", "08:30", "17:00" },
      { "Navigating Complexity: Portability in HPC", "", "2023-11-15", "12:15", "13:15" },
      { "Fostering Inclusivity: Case Studies, Best Practices, and Scaling Strategies",
        "", "2023-11-15", "13:30", "15:00" },
    } },
  /* Titles set off in bold or italics with their speakers beside them:
   * "**Title**, [_Name_](photo.jpg) (Org)" (the link is the speaker's),
   * "**Firebase Primitives**, _Name_" (a title that reads as names), "with
   * _Name_", "*Title* (Name, Org)", "Keynote 1: **Name** (Org) - *Title*"
   * in a table; times in code spans, "13:30am" (a 24-hour time with a stray
   * am).  Traps: registration, the day's end, a coffee break. */
  { "marked-titles.md", NULL, 5, {
      { "How to Ship a Progressive Web App", "Ana Souza", "2019-05-04", "09:30", NULL },
      { "Firebase Primitives", "Frank Van Puffelen", "2019-05-04", "10:10", NULL },
      { "[FIRESIDE CHAT] The Future of Tech in Riverside",
        "Piotr Nowak", "2019-05-04", "13:30", NULL },
      { "Shape Analysis of Rivers", "Mei Lin", "2019-05-04", "14:10", NULL },
      { "Data Pipelines at Scale", "Lars Visser", "2019-05-04", "15:00", NULL },
    } },
  /* A meetup's page: each evening's heading ("### September 18 2019 -
   * [Host](url)") over a paragraph a talk, after a marker ("🗣 Name - Title",
   * "🗣 [Name - Title](slides)"), no times.  Traps: the evening's slides and
   * playlist ("📔 [Group - Slides](…)"), a sentence with a dash, a
   * paragraph in a section that is no day's. */
  { "meetup-day-sections.md", NULL, 3, {
      { "Go: An Origin Story", "Mei Lin", "2019-07-17", NULL, NULL },
      { "Going from 0 to 1 in parallel tests", "Ana Souza", "2019-09-18", NULL, NULL },
      { "Managing Groups of Goroutines", "Piotr Nowak", "2019-09-18", NULL, NULL },
    } },
  /* A table whose cells name the people first: "Name (Org), Title",
   * "**Invited Talk:** Name (Org), Title" (the kind dropped), "Name, Name
   * and Name, Title"; the slides in square brackets after ("[[Slides](…)]");
   * the day without its year, which the post writes further down.  Trap:
   * the follow-up meetings' slides. */
  { "people-first-cells.md", "America/New_York", 5, {
      { "Introduction on Objectives", "", "2024-10-24", "11:00", NULL },
      { "Challenges with Open Datasets", "Dev Mehta", "2024-10-24", "11:05", NULL },
      { "Standard API for Trace Data", "Marc Witteman", "2024-10-24", "11:15", NULL },
      { "Efficient Trace Storage", "Ana Souza; Li Wei; Mei Lin", "2024-10-24", "11:25", NULL },
      { "Discussion and Next Steps", "", "2024-10-24", "11:45", NULL },
    },
    { "people-first-cells.md:11: the dates give no year; assuming 2024,"
      " the year the post writes" } },
  /* A table whose time column is headed by its day in numbers ("Day 1
   * (09/23)"), the next day a row of that column ("**Day 2 (09/24)**");
   * bold titles with their instructors in italics ("_Instructors: Name
   * (Org), Name (Org)_").  Traps: a break, a row of calendar links under a
   * talk (not a group it heads). */
  { "table-day-header-instructors.md", "America/New_York", 5, {
      { "Welcome and Introduction to Day 1", "", "2024-09-23", "10:50", "11:00" },
      { "Analysing Spike Trains with Python",
        "Ana Souza; Piotr Nowak", "2024-09-23", "11:00", "13:00" },
      { "Neuron Morphologies with Navis", "Mei Lin", "2024-09-23", "13:30", "15:30" },
      { "Welcome and Introduction to Day 2", "", "2024-09-24", "10:50", "11:00" },
      { "Single-Cell Data with CAJAL", "Lars Visser", "2024-09-24", "11:00", "13:00" },
    },
    { "table-day-header-instructors.md:7: the dates give no year; assuming 2024,"
      " the year the post writes" } },
  /* Paragraphs "range: Title - Name" whose ranges leave out minutes ("11:30
   * - 12:", "12 - 1:", "11-11:30:") and am/pm (after noon: "1:30 - 2" is in
   * the afternoon), under bold days with a note after a colon ("**Aug 26:
   * Day 2 - Project hacking…**"). */
  { "paragraph-bare-hours.md", "America/Los_Angeles", 5, {
      { "Introduction to this training", "Ana Souza", "2021-08-25", "09:00", "10:30" },
      { "Adopting the format, Piotr Nowak's Lab", "Piotr Nowak", "2021-08-25", "11:30", "12:00" },
      { "Cell Explorer", "Mei Lin", "2021-08-25", "12:00", "13:00" },
      { "Overview of the tools", "", "2021-08-25", "13:30", "14:00" },
      { "Advanced writing", "Lars Visser", "2021-08-26", "11:00", "11:30" },
    } },
  /* A raw HTML table without a header: dotted times ("9.55"), each title
   * over "<i>Name<br>Institute, City, Country</i>".  Trap: the coffee
   * break. */
  { "html-table-dotted-names.md", NULL, 1, {
      { "Standardising genomics analyses", "Piotr Nowak", "2017-09-14", "10:30", NULL },
    } },
  /* Raw HTML tables under weekday headings ("## Saturday"), the dates only
   * in a list of prose above ("**When?** 31st of October and 1st of
   * November"), the year in the title; rows of header cells inside the
   * table ("Session 2", its rooms), times in row headers ("<th>09:15</th>").
   * Traps: a break, the section and room rows. */
  { "html-section-rows-weekdays.md", NULL, 3, {
      { "Being a Graduate Engineer", "", "2015-10-31", "12:30", NULL },
      { "Docker: Cloudify Your Life", "", "2015-10-31", "12:30", NULL },
      { "Team Presentations", "", "2015-11-01", "15:30", NULL },
    } },
  /* An attendee's plan: "| Time | Lesson | Conference |" tables (the
   * lessons are the talks, the conference a field), compact times
   * ("0900"); titles with a colon that are no "Name: Title" ("Full Speed
   * Ahead: What's Next…", "Let's Encrypt: …").  Trap: a break. */
  { "table-lesson-conference.md", NULL, 3, {
      { "Full Speed Ahead: What's Next for Containers", "", "2015-08-17", "10:10", NULL },
      { "oVirt Integration with Foreman - Bringing Your Data Center Up",
        "", "2015-08-17", "11:00", NULL },
      { "Let's Encrypt: A Certificate Authority for the Whole Web",
        "", "2015-08-18", "15:00", NULL },
    } },
  /* A heading a talk, over a list of its time and its speakers ("### Title",
   * "- 10:00am - 12:00pm", "- Name, Name").  Traps: breakfast and
   * registration, a heading over a list of things to bring. */
  { "heading-time-items.md", NULL, 3, {
      { "Bridge Workshop", "", "2012-05-21", "09:00", "17:00" },
      { "Getting Started with JRuby", "Ana Souza", "2012-05-21", "10:00", "12:00" },
      { "Intro to Graph Databases", "Piotr Nowak; Mei Lin", "2012-05-21", "13:30", "17:00" },
    } },
  /* A catalogue's cards: "**Session ID:** [CODE](url) | Kind" over the
   * time in bold, then "**Speaker:** Name (Org)" over the title in bold
   * (the code is no title). */
  { "session-id-cards.md", NULL, 2, {
      { "Does Your Data Lake Need a Little Chlorine?", "Ana Souza", "2022-06-28", "12:30", NULL },
      { "Interactive Analytics with PrestoDB",
        "Piotr Nowak; Mei Lin", "2022-06-28", "13:30", NULL },
    } },
  /* A user group's table of Date | Talk | Author and no times: each row a
   * talk on its day, its slides a field. */
  { "table-date-talk-author.md", NULL, 3, {
      { "pybind11: Python to C++ bindings", "Ana Souza", "2016-06-15", NULL, NULL },
      { "Ranges", "Piotr Nowak", "2016-08-16", NULL, NULL },
      { "Parallelism TS 1 and TS2", "Ana Souza", "2017-02-20", NULL, NULL },
    },
    { "table-date-talk-author.md:9: no time is given for “Parallelism TS 1 and TS2”; "
      "it is listed under its day" } },
  /* Spanish headings "### Title, por Name." over their time in bold in a
   * list ("- **14.30h**": the hour mark after the minutes). */
  { "heading-por-hours.md", NULL, 3, {
      { "Inicio del Festival", "", "2019-04-27", "14:00", NULL },
      { "Semillas abiertas", "Ana Souza", "2019-04-27", "14:30", NULL },
      { "Wikipedia", "Mei Lin", "2019-04-27", "15:30", NULL },
    } },
  /* A congress's bullets "**10:00** Name, Name" over the title on a line of
   * its own, linked to its abstract or in italics; a day heading "Day 1.
   * October 15<sup>th</sup> 2020" (the date with its year, not "1.
   * October").  Traps: a coffee break, the names read as a title. */
  { "names-over-titles.md", NULL, 4, {
      { "Conference welcome and opening", "", "2020-10-15", "09:30", NULL },
      { "Human response to climate change: a FLOS-based workflow.",
        "Ana Souza; Piotr Nowak", "2020-10-15", "10:00", NULL },
      { "Strumenti digitali per la cultura visuale", "Mei Lin", "2020-10-15", "10:25", NULL },
      { "Rome - open-source tools for the analysis of ancient architectures",
        "Lars Visser; Joris Bakker; Fatima Haddad", "2020-10-15", "11:40", NULL },
    } },
  /* A Hugo landing page: no body, the programme Markdown in a literal
   * block of a section of the front matter.  Timed items over sub-lists
   * of "**Title.** Names." (the items take the slot, and are no talks);
   * the citation's full stops are neither title nor name ("Payton J.
   * Thomas" keeps his initial).  Traps: breaks, a coffee break. */
  { "landing-sections.md", NULL, 6, {
      { "Welcome and kick-off", "", "2023-09-11", "09:00", "09:10" },
      { "Energy Aware Mapping of Kestrel Circuits",
        "Ana Souza; Payton J. Thomas; Piotr Nowak", "2023-09-11", "09:10", "09:30" },
      { "Local Feedback: More Logic, Less Leakage", "Mei Lin", "2023-09-11", "09:30", "09:50" },
      { "Library Design with Controlled Annealing",
        "Lars Visser; Joris Bakker", "2023-09-11", "09:50", "09:55" },
      { "How to Train Your Tracer, from Zero to Hero",
        "Fatima Haddad; Sanne de Vries", "2023-09-12", "12:15", "12:30" },
      { "Patterns in Cell Colonies",
        "Rosa Delgado; Tom Becker; Aiko Sato", "2023-09-12", "12:15", "12:30" },
    } },
  /* A newsletter's "HH:MM - HH:MM - Title - Name, Org & Name, Org" lines
   * under bold days: a title labelled "Poster Session:" is a talk (a bare
   * "Poster Session" slot is not), an organisation with a bar in it
   * ("OpenSSF | The Linux Foundation") belongs to the byline. */
  { "dash-lines-labels.md", NULL, 3, {
      { "Poster Session: Serve Cakes for Your Developers: a Zero Trust Stack!",
        "Ana Souza; Piotr Nowak", "2024-03-20", "18:00", "20:00" },
      { "Keynote: Heron in its Next Decade",
        "Mei Lin; Lars Visser", "2024-03-21", "10:05", "10:15" },
      { "It's Not Just About SBOMs: Perspectives on Supply Chains",
        "Joris Bakker; Fatima Haddad; Sanne de Vries", "2024-03-21", "14:00", "14:35" },
    } },
  /* A blog's "### Keynote: [Title](url), Name, Org" over "#### 13:35 -
   * 13:55 CET, [Room](venue)": the timed sub-heading is the talk's slot and
   * room, the kind before the link starts the title; an event's range of
   * days ("19-22 March") is its first day; "### [Observability Day](page):
   * Wednesday, 20th March" is a day, no talk; an unlinked "### Kind: Title,
   * Name, Org" heading is a talk when its sub-heading gives the time.
   * Traps: a session's heading over timed talk headings (one of them
   * "Room for…"), unlinked "Title - Name" talks in a post that links
   * others. */
  /* A virtual event's README in HTML: "<h3>Session: CODE</h3>" over
   * "<h3><a>Title w/ Name & Name</a></h3>" over a Markdown "### **Time:
   * 9:00-9:30AM PDT**" line inside the HTML block; "# Day 1 (10/1/20):"
   * (a date either way round) counted from the first day a sentence in a
   * heading names ("On October 1st & 2nd from 9AM PDT…"), and "##### Day
   * 2" later in the post. */
  { "html-numbered-days.md", "America/Los_Angeles", 4, {
      { "Octant - A Platform for Building Cluster UIs",
        "Ana Souza", "2020-10-01", "09:00", "09:30" },
      { "Let's Build an Operator in Go!", "Piotr Nowak; Mei Lin", "2020-10-01", "11:00", "12:30" },
      { "Serverless on Your Own Terms", "Lars Visser", "2020-10-02", "10:00", "11:00" },
      { "Kubernetes and Logging: Do It Right", "Joris Bakker", "2020-10-02", NULL, NULL },
    } },
  /* A conference-goer's picks: "**Title**" over "CNA1780QU - 2 pm" (a
   * catalogue code, then the time) under day headings; a table of
   * "SEC6319-SPO -- Title" sessions (the code is no part of the title).
   * Traps: a bold line over prose ("**Meet me at the booth**"), titles
   * whose part before the colon reads like a name ("Deploy
   * Enterprise-Grade Wren", "GitHub Live Presentation"). */
  { "bold-coded-slots.md", NULL, 5, {
      { "What's New with Wren and Emerging Use Cases", "", "2018-08-27", "14:00", NULL },
      { "Deploy Enterprise-Grade Wren: Real-World Stories From Customers",
        "", "2018-08-27", "16:30", NULL },
      { "Freeing Security from the Bounds of Hardware", "", "2018-08-28", "14:00", NULL },
      { "3 Reasons Why Your Team Needs an Identity Manager", "", "2018-08-28", "15:30", NULL },
      { "GitHub Live Presentation: Building Apps with Wren", "", "2018-08-28", "16:30", NULL },
    } },
  /* A Portuguese programme: "#### Terça-feira, 02/09/2014" over a table
   * of Data | Hora | Título | Autor (the weekday tells the day of
   * 02/09/2014); "### Segunda-feira, 26 de março de 2018, 17h", a day and
   * a time over a list; "| Palestrante | Tema | Duração |" tables with no
   * time, the talks of the evening heading them.  Traps: coffee breaks,
   * "## Março 2018" over the time heading (a month, no talk), a time
   * heading after an evening without talks (it crashed the reader). */
  { "portuguese-weekdays.md", NULL, 6, {
      { "Conferência de Abertura: Conhecimento em grupo",
        "Ana Souza", "2014-09-02", "15:00", NULL },
      { "Conferência 2: Pode o saber-como ser gettierizado?",
        "Piotr Nowak", "2014-09-02", "19:00", NULL },
      { "Conferência 3: Conhecimento e informação", "Mei Lin", "2014-09-03", "09:00", NULL },
      { "Como construir seu instrumento musical", "Lars Visser", "2018-03-26", "17:00", NULL },
      { "Integração Gitlab e Github", "Joris Bakker", "2018-04-16", "17:00", NULL },
      { "Computação Ubíqua", "Fatima Haddad", "2018-04-16", "17:00", NULL },
    } },
  /* A workshop's Authors | Title | Time table: the paper's kind after its
   * title ("(long)", "(short paper)", "(abstract)") is no part of it; a
   * bracket that is ("(in Practice)") stays.  Trap: a break row. */
  { "paper-kinds-table.md", NULL, 4, {
      { "Modeling Contrast in Argument Graphs", "Ana Souza; Piotr Nowak", NULL, "09:10", "09:40" },
      { "Towards an Argument Knowledge Base",
        "Mei Lin; Lars Visser; Joris Bakker", NULL, "11:00", "11:20" },
      { "Stance Classification with Small Models", "Fatima Haddad", NULL, "14:00", "14:15" },
      { "Reasoning about Trust (in Practice)", "Sanne de Vries", NULL, "14:15", "14:35" },
    } },
  /* An academic programme in German: "**9:15-10:45 Panel 1: Title**"
   * over a list of "Name (Place): *Title*" papers, which take the panel's
   * slot (the panel is no talk of its own); "und" between two names; a
   * title that opens with a German quote („…“).  Traps: registration, a
   * coffee break, the discussant's line, the organisers' welcome (a
   * ceremony). */
  { "panels-with-papers.md", NULL, 3, {
      { "Die Ästhetik der Übersetzung. Kunstkino im Fokus",
        "Ana Souza", "2021-11-19", "09:15", "10:45" },
      { "„Digitaler Jianghu“. Realität und Fiktion im Dokumentarfilm",
        "Piotr Nowak; Mei Lin", "2021-11-19", "09:15", "10:45" },
      { "Theater als Infrastruktur für Wissenstransfer",
        "Joris Bakker", "2021-11-19", "11:15", "12:45" },
    } },
  { "talk-subheading-slots.md", "Europe/Paris", 6, {
      { "Keynote: Components, the Portable Future", "Ana Souza", "2024-03-19", "13:35", "13:55" },
      { "User Talk: Edge Evolution at a Telco", "Piotr Nowak", "2024-03-19", "15:15", "15:40" },
      { "Instrumenting Components with OpenTelemetry",
        "Mei Lin; Lars Visser", "2024-03-20", "11:40", "12:05" },
      { "Live Presentation: Building the Distributed Apps of the Future",
        "Joris Bakker", "2024-03-21", "16:00", "16:30" },
      { "Fast Snapshots for Everyone", "Fatima Haddad", "2024-03-22", "10:00", "10:30" },
      { "Room for Improvement: Caching Layers", "Sanne de Vries", "2024-03-22", "10:30", "11:00" },
    } },
  /* A workshop's days: "from **Monday 13th** till **Friday 17th July
   * 2020**" starts on the 13th (the range's first day borrows the month
   * of its end), so "### Monday:" is July 13th and "### Wednesday:" the
   * 15th.  A headerless HTML table whose second column is an empty icon
   * cell: the title is the next one, the names joined by no-break spaces
   * the last.  Trap: tech support, a row without a speaker. */
  { "range-weekday-headings.md", NULL, 5, {
      { "Welcome and a first proof", "Ana Souza", "2020-07-13", "13:00", "13:30" },
      { "Meta-programming and tactic writing", "Piotr Nowak", "2020-07-13", "13:30", "18:00" },
      { "Structures and classes", "Mei Lin", "2020-07-15", "10:00", "12:00" },
      { "Warum Enterprise Linux?", "Lars Visser", "2020-07-15", "11:30", NULL },
      { "Prisirah - digitaler Bilderrahmen", "Joris Bakker", "2020-07-15", "11:40", NULL },
    } },
  /* "* Start: Tuesday August 28th 2018 at 09:50" is when the event begins,
   * no talk, and dates "### Tuesday: Symposium…" and the Wednesday after
   * it; "Souza/Nowak: *Title*" names its speakers by their surnames.
   * Traps: the finish line, lunch, "Keynote:" is no one's surname. */
  { "event-bounds-surnames.md", NULL, 4, {
      { "Introduction to constructive category theory",
        "Souza; Nowak", "2018-08-28", "10:00", "12:00" },
      { "Categories in quiver algebras", "Skartsæterhagen", "2018-08-28", "13:00", "13:40" },
      { "Keynote: Machine learning and string theory", "", "2018-08-28", "14:00", "14:40" },
      { "Computing with categories", "Lin", "2018-08-29", "10:00", "13:00" },
    } },
  /* An event page's front matter "startDate:" dates its headerless table;
   * "Title, por Name y Name" names two speakers, while "Gitlab y Github"
   * in a title joins no names. */
  { "startdate-front-spanish.md", NULL, 5, {
      { "Recepción de los asistentes", "", "2016-02-25", "10:45", "11:00" },
      { "Ley de Protección de Datos", "Ana Souza", "2016-02-25", "11:00", "11:45" },
      { "Experiencia emprendedora", "Piotr Nowak; Mei Lin", "2016-02-25", "11:45", "12:15" },
      { "Integración de Gitlab y Github", "Lars Visser", "2016-02-25", "12:15", "12:45" },
      { "Clausura de la jornada", "", "2016-02-25", "12:45", "13:00" },
    } },
  /* An attendee's notes: "## Title" over a list of its speaker ("Name
   * ([@handle](url))") and its slot ("Day 2 - 14:30 – 15:30 - track 2
   * ([slides](url))"), the days counted from "on May 13th and 14th" in the
   * prose.  Trap: a heading over a list of names and no slot. */
  { "heading-speaker-slot-lists.md", NULL, 3, {
      { "Your API is a UI", "Ana Souza", "2016-05-13", "11:00", "12:00" },
      { "How We Saved a Million Switching Runtimes", "Mei Lin", "2016-05-14", "09:45", "10:45" },
      { "Dip Your Toes in the Sea of Security", "Piotr Nowak", "2016-05-14", "14:30", "15:30" },
    } },
  /* Conference notes under a date heading: "### *Title* - [Name](url),
   * [Org](url)", "### *Title*, [Name](url)", "### Title, [Name](url)" give
   * the title first and the linked speaker after it; "### Name - [Title](url)"
   * the speaker first.  "#### Topics" under a talk is part of it, no track. */
  { "title-linked-speaker-headings.md", NULL, 4, {
      { "What is a developer?", "Ana Souza", "2012-09-20", NULL, NULL },
      { "Designing Hypermedia APIs", "Piotr Nowak", "2012-09-20", NULL, NULL },
      { "Off the tracks", "Mei Lin", "2012-09-20", NULL, NULL },
      { "Fighting code smells", "Lars Visser", "2012-09-20", NULL, NULL },
    } },
  /* Conference notes: an index of "[Name - Title](#anchor)" by time (the
   * speaker first in every entry that cannot be read the other way, so in
   * "Mei Lin - Numerical Ruby" too), then a section per talk whose
   * "#### [Title](url)" repeats an indexed title (that talk, not another);
   * lightning talks as "### Name [@handle](url)" over "[Title](url)". */
  { "notes-index-speaker-headings.md", NULL, 7, {
      { "Disposable Components", "Ana Souza", NULL, "09:10", NULL },
      { "Off the Menu: Building a Client-Side With Ember", "Piotr Nowak", NULL, "09:40", NULL },
      { "Numerical Ruby", "Mei Lin", NULL, "09:55", NULL },
      { "Sinatra in Six Lines or How to do Crazy Stuff", "Lars Visser", NULL, "10:25", NULL },
      { "You don't know bundler", "Joris Bakker", NULL, NULL, NULL },
      { "Sharing the Environment with Vagrant", "Fatima Haddad", NULL, NULL, NULL },
      { "ok glass, now what?", "Sanne de Vries", NULL, NULL, NULL },
    } },
  /* Notes that list the talks in tables of "Talk Title | Speaker | My
   * Notes | …" and no time, under "## Day One" (no date): every row is a
   * talk, the one row of the second table too.  Trap: a table of links. */
  { "notes-talk-tables.md", NULL, 4, {
      { "Accessibility and JS", "Ana Souza", NULL, NULL, NULL },
      { "Build the Mobile Web You Want", "Piotr Nowak", NULL, NULL, NULL },
      { "Cold War", "Mei Lin", NULL, NULL, NULL },
      { "Recreating a Dial-up Modem in JS", "Lars Visser", NULL, NULL, NULL },
    } },
  /* A company's talks as linked bold titles, each over "👤 **Name**" and
   * "⏰ 16:05 – 16:55 | Room: Alfa | Track: …" (lines of the item, or
   * paragraphs of it after blank lines): its speaker, time and room. */
  { "emoji-marked-fields.md", NULL, 3, {
      { "What implementing nests taught us", "Ana Souza", "2025-10-22", "16:05", "16:55" },
      { "Kubernetes from the Nest Out", "Piotr Nowak", "2025-10-23", "10:25", "10:55" },
      { "Why wrens took the crown", "Mei Lin", "2025-10-23", "17:20", "17:35" },
    } },
  /* A project's talks at a conference, in a table: a poster's number
   * ("A-113: Title") is no part of its title, nor is a session's code
   * after its kind ("Tutorial PM6: Title" is "Tutorial: Title"); a
   * keynote's number stays ("Keynote 1: Title"). */
  { "poster-codes-table.md", NULL, 4, {
      { "Tutorial: Making Wren Work for You",
        "Ana Souza; Piotr Nowak", "2017-07-21", "14:30", NULL },
      { "Statistical Inference of Nest Communities", "Mei Lin", "2017-07-21", "18:00", NULL },
      { "A Pipeline for Feather Sequencing", "Lars Visser", "2017-07-21", "18:00", NULL },
      { "Keynote 1: Why Birds Sing", "Joris Bakker", "2017-07-21", "19:00", NULL },
    } },
  /* A project's post about its talks, in sentences: each item links one
   * talk's page in the conference's schedule ("…/schedule/event/…") and
   * names its speaker beside it ("Name will present", "will be Name’s
   * account", "Name will show"); the title's quotes are no part of it.
   * Trap: an item linking the project's own event. */
  { "prose-event-links.md", NULL, 3, {
      { "Unify your nests — How Wren can run on any of your hardware",
        "Ana Souza", "2022-02-06", NULL, NULL },
      { "A year of RISC-V adventures", "Piotr Nowak", NULL, NULL, NULL },
      { "Declare All Your Needs", "Mei Lin", NULL, NULL, NULL },
    } },
  { "meetup-speaker-lists.md", NULL, 8, {
      { "Shell Aliases", "Joris Bakker", "2019-01-03", NULL, NULL },
      { "Wrapped Lists in Practice", "Ana Souza", "2019-01-03", NULL, NULL },
      { "Pager Duty Without Tears", "Mei Lin", "2019-01-03", NULL, NULL },
      { "Kanban v. Scrum", "Fatima Haddad", "2019-01-03", NULL, NULL },
      { "Unit Testing with Property Checks", "Lars Visser", "2019-01-03", NULL, NULL },
      { "What is a Message Queue (and when do I need one?)",
        "Piotr Nowak", "2019-02-07", NULL, NULL },
      { "Accessible Forms: Labels, Errors and the Things Screen Readers Say",
        "Mei Lin", "2019-02-07", NULL, NULL },
      { "Pair Programming Practice", "Ana Souza", "2019-03-07", NULL, NULL },
    } },
  { "recap-lengths-lightning.md", NULL, 7, {
      { "Keynote", "Ana Souza", "2013-02-28", "09:15", "10:05" },
      { "Operations for the Gentle Rubyist", "Piotr Nowak", "2013-02-28", "10:15", "10:55" },
      { "Big Data Without the Apathy", "Mei Lin", "2013-02-28", "11:05", "12:05" },
      { "Treading Water in a Stream", "Joris Bakker", "2013-03-01", "09:45", "10:25" },
      { "Hacking the Renderer", "Fatima Haddad", "2013-03-01", "13:25", "14:05" },
      { "You Don't Know Rack", "Lars Visser", "2013-03-01", "13:25", "14:05" },
      { "Keynote: How to write a great paper.", "Ana Souza", "2013-03-01", "16:00", "17:00" },
    } },
  { "notes-day-number-headings.md", NULL, 5, {
      { "The Declaration of Cyborg Rights", "Ana Souza", "2017-04-07", NULL, NULL },
      { "Refactoring CSS Without Losing Your Mind.", "Piotr Nowak", "2017-04-07", NULL, NULL },
      { "Monorepo workflows for JavaScript projects.", "Mei Lin", "2017-04-08", NULL, NULL },
      { "Building command-line tools with MRuby", "Joris Bakker", "2017-04-09", NULL, NULL },
      { "Deletion Driven Development: Code to delete code!",
        "Fatima Haddad", "2017-04-09", NULL, NULL },
    } },
  { "speaker-page-links.md", NULL, 4, {
      { "Build better products with the power of community",
        "Анна Соуза", "2019-10-12", "11:00", NULL },
      { "Неатомарные операции в асинхронной среде", "Пётр Новак", "2019-10-12", "11:00", NULL },
      { "Fatal, gracias", "Joris Bakker", "2019-10-13", "09:30", "10:20" },
      { "¡El Futuro de la Web! Lo nuevo de CSS", "Mei Lin", "2019-10-13", "09:30", "10:20" },
    } },
  { "notes-heading-by.md", NULL, 3, {
      { "Key note - how to build a magical living room", "Ana Souza", "2018-11-14", NULL, NULL },
      { "Let's subclass Hash - what's the worst that could happen?",
        "Piotr Nowak", "2018-11-14", NULL, NULL },
      { "Reducing Enumerable - An Illustrated Adventure",
        "Joris Bakker", "2018-11-14", NULL, NULL },
    } },
  { "announced-talk-list.md", NULL, 4, {
      { "Genetic Algorithms (Neuroevolution, Search)", "", "2020-01-25", NULL, NULL },
      { "Unit Test Generation", "", "2020-01-25", NULL, NULL },
      { "Roassal 3", "", "2020-01-25", NULL, NULL },
      { "Bridging Smalltalk and Python", "", "2020-01-25", NULL, NULL },
    } },
  { "days-side-by-side.md", NULL, 5, {
      { "Welcome and Introductions", "Ana Souza", "2016-06-16", "08:30", NULL },
      { "Module 1: Introduction to Sequencing", "Mei Lin", "2016-06-16", "09:30", NULL },
      { "Module 2: Alignment and Visualization", "Joris Bakker", "2016-06-16", "13:30", NULL },
      { "Module 3: Expression and Differential Expression",
        "Piotr Nowak", "2016-06-17", "08:30", NULL },
      { "Module 4: Isoform Discovery", "Fatima Haddad", "2016-06-17", "13:00", NULL },
    } },
  { "bare-table-columns.md", NULL, 4, {
      { "RNA localization in the cell", "Piotr Nowak", "2017-06-28", "11:15", NULL },
      { "Defining the Mechanisms of RNA Targeting", "Mei Lin", "2017-06-28", "11:23", NULL },
      { "Docking of Small Molecules against Nucleic Acid Targets.",
        "Joris Bakker", "2017-06-28", "12:23", NULL },
      { "Fast read-to-read alignment", "Fatima Haddad", "2017-06-28", "13:10", NULL },
    } },
  { "day-first-meetups.md", NULL, 4, {
      { "Novidades do C# 7", "Ana Souza", "2017-05-08", NULL, NULL },
      { "Introdução ao TypeScript", "Piotr Nowak", "2017-05-08", NULL, NULL },
      { "Funções na nuvem com Azure", "Mei Lin", "2017-06-05", NULL, NULL },
      { "BDD com SpecFlow e Selenium", "Joris Bakker", "2017-06-05", NULL, NULL },
    } },
  /* "9/14/2022" reads month first only, so "10/5/2022" is the 5th of
   * October; "meets on Wednesdays at 3:30 pm" is every talk's time */
  { "seminar-series.md", NULL, 4, {
      { "Gradual Typing Performance, Revisited", "Ben Greenman", "2022-09-14", "15:30", NULL },
      { "Effects as Capabilities",
        "Jonathan Brachthäuser; Daan Leijen", "2022-10-05", "15:30", NULL },
      { "Verified Parsers for Binary Formats", "Sam Lasser", "2022-10-12", "15:30", NULL },
      { "Ownership Types for Everyone", "Aaron Weiss", "2022-11-02", "15:30", NULL },
    } },
  /* "### 09:30 - 10:15 Title" under weekday headings that give no date:
   * talks without a day; "**Speaker(s) :**" over a list of names */
  { "notes-slot-headings.md", NULL, 3, {
      { "Écrire des tests qui durent", "Claire Martin", NULL, "09:30", "10:15" },
      { "Kubernetes sans douleur", "Hugo Bernard; Léa Petit", NULL, "10:30", "11:15" },
      { "Le retour des monolithes", "Nicolas Roux", NULL, "14:00", "14:45" },
    } },
  /* a day's table with no link after one with links is still the
   * timetable; commas under "Authors" separate people */
  { "workshop-tables-authors.md", NULL, 5, {
      { "Sketch-Guided Synthesis of Loop Invariants",
        "Maria Lopez; Tom Baker; Wei Chen", "2025-06-30", "09:05", NULL },
      { "Synthesis Modulo Oracles", "Paul Horn; Daniel Gnad", "2025-06-30", "09:20", NULL },
      { "Learning Programs from Noisy Traces",
        "Ana Souza; Jonas Berg; Lea Petit", "2025-07-01", "09:05", NULL },
      { "Type-Directed Repair at Scale", "Grace Kim", "2025-07-01", "09:20", NULL },
      { "Tooling Demos", "", "2025-07-01", "09:35", NULL },
    } },
  /* a report that names no day at all: its talks are on the day it was
   * written (the front matter's date) */
  { "report-post-day.md", NULL, 3, {
      { "Async in Practice", "Katharina Fey", "2019-11-10", NULL, NULL },
      { "Unsafe Code Guidelines", "Ralf Jung", "2019-11-10", NULL, NULL },
      { "Embedded Rust on a Budget", "Jonas Berg", "2019-11-10", NULL, NULL },
    } },
  /* "__Title__" over "* Speaker: Name / Role": a talk with no time, on
   * the day of the meetup's page */
  { "meetup-bold-speaker.md", NULL, 3, {
      { "Records in Practice", "Anna Kowalska", "2024-03-14", NULL, NULL },
      { "Testing Without Mocks", "Omar Haddad", "2024-03-14", NULL, NULL },
      { "Why Your Build Is Slow", "Lina Berg", "2024-03-14", NULL, NULL },
    } },
  /* "- **Title**: [[Slides]](…)" over "- Name [@handle](…), Role, [Org](…)"
   * items, under a "- Date:" field; the host's welcome is no talk */
  { "meetup-agenda-people.md", NULL, 3, {
      { "Writing Your First Operator", "Jonas Berg", "2024-12-05", NULL, NULL },
      { "Service Meshes Without Sidecars",
        "Priya Natarajan; Tom Okafor", "2025-03-12", NULL, NULL },
      { "Policy as Code with OPA", "Mei Lin", "2025-03-12", NULL, NULL },
    } },
  /* HTML in a Markdown file: "<strong>When:</strong>" lines are fields (the
   * day of the list), an <OL> whose items hold blank lines is one list,
   * "<strong>Title</strong> [5 min]" over "<em> - by Name</em>" a talk */
  { "html-lightning-list.md", NULL, 3, {
      { "Packaging with Nix", "Hana Novak", "2025-10-09", NULL, NULL },
      { "Self-hosting your calendar", "Sebastian", "2025-10-09", NULL, NULL },
      { "Typesetting Music on Linux", "Scott Miller", "2025-10-09", NULL, NULL },
    } },
  /* "## Talks:" over "Name - "Title" - url" items (a first name alone too,
   * a middle initial without its dot, addresses written out after the
   * title): talks with neither a day nor a time */
  { "heading-quoted-talks.md", NULL, 4, {
      { "Publishing data in an open source world", "Alex Waters", NULL, NULL, NULL },
      { "Data & Gamification", "Stacey Ray", NULL, NULL, NULL },
      { "PyLadies' plans for the Pythonistas in the North West", "Tania", NULL, NULL, NULL },
      { "Python: from means and sums to text classification with deep learning",
        "Jennifer A Stark", NULL, NULL, NULL },
    } },
  /* "2024/05/15~17" (year first, slashes) names the days "# Day 1" and
   * "# Day 2" count from */
  { "report-day-numbers-ja.md", NULL, 3, {
      { "Writing Ruby Parsers by Hands", "Kevin Newton", "2024-05-15", NULL, NULL },
      { "Ruby in the Browser", "Yuta Saito", "2024-05-15", NULL, NULL },
      { "Ractor Tuning Notes", "Koichi Sasada", "2024-05-16", NULL, NULL },
    } },
  /* a report's sentences: "the first talk was **Title** by [Name](url)";
   * "**Old Brewery**, organised by the sponsors" names no one */
  { "report-prose-bold.md", NULL, 3, {
      { "Go Modules in Anger", "Ana Souza", "2019-07-25", NULL, NULL },
      { "Profiling Without Tears", "Piotr Nowak", "2019-07-25", NULL, NULL },
      { "Generics, One Year On", "Mei Lin", "2019-07-25", NULL, NULL },
    } },
  /* a programme nested in the front matter: days ("Day1", counted from
   * the page's "Oct 3 - 4, 2024"), slots, sessions and a group's
   * subsessions (the group is none); people, not their organisation */
  { "front-matter-programme.md", NULL, 4, {
      { "Workshop 1: Mapping with Drones",
        "Chloé Durand; Marc Petit", "2024-10-03", "09:30", NULL },
      { "Open Data in Cities", "Ines Moreau", "2024-10-03", "09:30", NULL },
      { "Mentoring New Mappers", "", "2024-10-03", "09:30", NULL },
      { "Lightning Talks: Tools We Love", "Jonas Berg", "2024-10-04", "09:00", NULL },
    } },
  /* "*Title* by [Name](url) [[Slides]](…)": the material after the names
   * is none of them; a title's stray "by" goes */
  { "workshop-invited-slides.md", NULL, 2, {
      { "Towards Verification of Neural Networks", "Clark Barrett", "2017-12-08", "16:10", NULL },
      { "Robust Optimization and Generalization", "Ludwig Schmidt", "2017-12-08", "16:40", NULL },
    } },
  /* an HTML table never closed ends with the page; a session's cell lists
   * its papers ("<li>Title<br><i>Names</i>"), each in the row's slot, its
   * commas between people; the day's line has its zone under it */
  { "html-session-papers.md", NULL, 2, {
      { "Persistent Homology for Time Series",
        "Mei Lin; Jonas Berg; Piotr Nowak", "2024-10-15", "13:45", "14:45" },
      { "Stable Merge Trees at Scale", "Lea Petit; Omar Haddad", "2024-10-15", "13:45", "14:45" },
    } },
  /* no date in the front matter nor the body: a Jekyll post's file is
   * named after its day, and its untimed talks are on it */
  { "2021-06-10-lightning-night.md", NULL, 2, {
      { "Fuzzing in Ten Minutes", "Ana Souza", "2021-06-10", NULL, NULL },
      { "Why My Shell Is Slow", "Jonas Berg", "2021-06-10", NULL, NULL },
    } },
  /* a section per speaker ("## Name", a first name alone too), the title
   * under "### Talk Title" or "### Talk" in any order with the bio; a
   * speaker without one gives no talk */
  { "speaker-sections.md", NULL, 3, {
      { "Shipping Small Pull Requests", "Ana Souza", NULL, NULL, NULL },
      { "Docs as Code Without Tears", "Jonas", NULL, NULL, NULL },
      { "Regular Expressions for Great Good", "Piotr Nowak", NULL, NULL, NULL },
    } },
  /* a report's sentences: "[Title](…/schedule/event/…) by Name" (a link
   * to another page is no talk), two to a sentence */
  { "report-event-links.md", NULL, 4, {
      { "Designing for Failure", "Walter Heck", "2021-02-06", NULL, NULL },
      { "Ephemeral Environments", "Jeff Knurek", "2021-02-06", NULL, NULL },
      { "Lazy Image Pulls", "Ana Souza", "2021-02-06", NULL, NULL },
      { "Stories around ModBus", "Richard Hartmann", "2021-02-07", NULL, NULL },
    } },
  /* a post that announces talks is written before them: with no day
   * anywhere, they have none (not the post's date) */
  { "announce-untimed-no-day.md", NULL, 2, {
      { "Faster Builds with Remote Caching", "Anna Kowalska", NULL, NULL, NULL },
      { "Observability for Small Teams", "Omar Haddad", NULL, NULL, NULL },
    } },
  /* "“Title” by Name and Name, Role, Org -* [sched.co link](…)": items that
   * open with the title in quotes (maybe with the talk's link inside them),
   * the people after it with or without "by", their roles after commas
   * ("Developer and Team Lead at Initech"); "And many more http://…" is
   * not a talk, nor is a quoted testimonial outside the list. */
  { "quoted-title-bylines.md", "Europe/Lisbon", 5, {
      { "Heron Hardware Hacks: Exploring the API Through Knobs and Sliders",
        "Ivo Lemos; Bruna Dias", NULL, NULL, NULL },
      { "hnets: what's new with runtimes and Heron", "Jon Bolle", NULL, NULL, NULL },
      { "Heron Documentation: Contributing, fixing issues, collecting bounties",
        "Joan Mills", NULL, NULL, NULL },
      { "What is a message bus's role in a Heron world?", "Tiago Carvalho", NULL, NULL, NULL },
      { "Heron in Production in a Newsroom", "Erica Lewin", NULL, NULL, NULL },
    } },
  /* A guide's picks by catalogue code: "1. **[ARC312](…) | Title [[video](…)]**
   * — why to go", "* **ARC201 | Title**"; a session listed twice is one
   * talk; products in a title ("Amazon Kinesis Data Streams and AWS
   * Lambda", "(Amazon RDS and Amazon Aurora)") are no speakers. */
  { "catalogue-picks.md", "America/Los_Angeles", 7, {
      { "Resilience lifecycle: A mental model for resilience.", "", NULL, NULL, NULL },
      { "Drive resilience with recovery controllers", "", NULL, NULL, NULL },
      { "Backup and disaster recovery strategies", "", NULL, NULL, NULL },
      { "Monitoring resilient architectures with Resilience Hub", "", NULL, NULL, NULL },
      { "Deploying object storage in multiple Regions", "", NULL, NULL, NULL },
      { "Serverless data streaming: Amazon Kinesis Data Streams and AWS Lambda",
        "", NULL, NULL, NULL },
      { "Improve resilience of database workloads (Amazon RDS and Amazon Aurora)",
        "", NULL, NULL, NULL },
    } },
  /* A workshop's table under "### Programme {#programme}" (a kramdown
   * anchor, not part of the heading), its one day given in the sentence
   * above it that also names the zone ("takes place on **July 8, 2026** …
   * All times are local UK time (BST, UTC+1)"); arrival, breaks, a TBD
   * talk and an open discussion are no talks. */
  { "workshop-day-in-prose.md", "Europe/London", 3, {
      { "Polymorphisms and the Complexity of Colouring",
        "Ada Moreau", "2026-07-08", "10:00", "11:00" },
      { "Hierarchies for Graph Isomorphism", "Rahul Menon", "2026-07-08", "11:30", "12:00" },
      { "Three colours are enough: a short proof",
        "Lena de Vries", "2026-07-08", "14:30", "15:00" },
    } },
  /* kramdown's tables without a header under "<h2> Friday </h2>": cells
   * split by tabs, "|----|" over the rows, "| ===" between groups of them,
   * a short row ("| 8:30 – 8:42 | | Welcome |"), '{: rules="groups" }' and
   * a note ("Students marked with *.") right under them; a session's row
   * names its chair ("Chair: Name"), no talk.  Trailing tabs after the
   * front matter's "---".  The page ("layout: page"), edited on Thursday
   * 14 March ("modified:"), was ahead of its Friday then. */
  { "kramdown-bare-tables.md", NULL, 5, {
      { "Spacetime from Entanglement", "Nico Salas", "2019-03-15", "08:42", "08:54" },
      { "Holography in curved spacetimes", "Prem Rathi", "2019-03-15", "08:54", "09:06" },
      { "The Meaning of Horizon Entropy", "Ari Wall", "2019-03-15", "09:06", "09:18" },
      { "Tests in the solar system and beyond",
        "Quentin G Bailey", "2019-03-16", "08:30", "08:42" },
      { "Quasinormal Modes of Modified Gravity", "Lucia Manfredi", "2019-03-16", "08:42", "08:54" },
    } },
  /* A recap's highlights: "[Title](url)" with a hard break, the speakers
   * alone on the next line ("Finn Ellison, Jon Harker"), then a sentence
   * about the talk; no day or time anywhere (the post's date, with the
   * time it was published, is not the day of talks it tells as past). */
  { "recap-title-name-lines.md", NULL, 4, {
      { "Put Up or Shut Up", "Kora Adams", NULL, NULL, NULL },
      { "Trustworthy Software in the Real World", "Jamie Sharpe", NULL, NULL, NULL },
      { "Male/Female/Othered", "Finn Ellison; Jon Harker", NULL, NULL, NULL },
      { "Open Tools for Scientific Research", "Amy Boyd", NULL, NULL, NULL },
    } },
  /* Talks whose recordings a post lists ("Recordings from … 2030"), with
   * no day anywhere: the date the post was published at, with its time,
   * is when the videos came out, not the talks' day. */
  { "recordings-title-byline-items.md", NULL, 5, {
      { "State of the Emulator", "Pia Lindqvist", NULL, NULL, NULL },
      { "Faster Block Devices with Polling", "Tomas Brenner", NULL, NULL, NULL },
      { "Tracing a Whole Machine", "Wen Mei; Dara Okafor", NULL, NULL, NULL },
      { "Snapshots without Pauses", "Ruth Abebe", NULL, NULL, NULL },
      { "A Year of the New Device Model", "Jonas Keller", NULL, NULL, NULL },
    } },
  /* Slides listed as "[Day 2 - Beginner - Session 1 - Title](url)": the
   * day, the track and the session number are no part of the title; the
   * days are the two the intro names, counted by "### Day 2" headings. */
  { "day-session-numbered-slides.md", NULL, 5, {
      { "Stream analytics at a broadcaster", "", "2030-03-14", NULL, NULL },
      { "Running risk models on Streamline", "", "2030-03-14", NULL, NULL },
      { "Your first pipeline", "", "2030-03-15", NULL, NULL },
      { "How runners execute a pipeline", "", "2030-03-15", NULL, NULL },
      { "Writing a new SDK", "", "2030-03-15", NULL, NULL },
    } },
  /* A programme whose rows link sections of the page ("[Invited talk
   * 1](#invited-talk-1)"), each section a table of fields without a header
   * row ("| **Title** | … |", "| **題目** | … |", "| **氏名** | … |"): the
   * section's talk takes the row's time; a row that links a section of two
   * talks is their block (they stay without a time). */
  { "programme-rows-link-sections.md", NULL, 5, {
      { "Numerical computing with Julia, an introduction", "Yuki Nagase",
        "2031-11-15", "13:10", "14:10" },
      { "Productivity meets performance on a supercomputer", "Valentin Ruhl",
        "2031-11-15", "14:10", "15:10" },
      { "Reconstructing density fields in three dimensions", "Masa Akamine",
        "2031-11-15", "15:20", "15:35" },
      { "Faster loops with Tullio", "Ryo Miwa", "2031-11-15", NULL, NULL },
      { "Running a Julia community", "Shun Goto", "2031-11-15", NULL, NULL },
    } },
  /* "### Invited talk 1" over "- Speaker: Name (Org)" then "- Title: …"
   * (or "- 演者:" then "- 題目:"): the heading, a talk once its speaker
   * came, only numbers it; the title field is its title. */
  { "heading-speaker-then-title-items.md", NULL, 4, {
      { "Emulating matrix products in Julia", "Katsu Ozawa", "2031-12-13", NULL, NULL },
      { "Julia as seen by a Python user", "Yoshi Tamura", "2031-12-13", NULL, NULL },
      { "Julia and high school mathematics", "Dan Shimizu", "2031-12-13", NULL, NULL },
      { "Teaching Julia to first-year students", "Yu Matsuura", "2031-12-13", NULL, NULL },
    } },
  /* A schedule's tables under "## Friday - Nov 14th" (the weekday, a dash,
   * the date), a "Speaker" column of handles and names ("Corgi",
   * "heartsh8ped", "Sam Thorpe (Hollow)") and rows of fillers written in
   * the speaker's cell ("🌭 Lunch"): every handle is a speaker. */
  { "table-handles-speaker-column.md", NULL, 8, {
      { "From OSINT to Oh No", "NULLKEY", "2031-11-14", "09:00", NULL },
      { "Who Queries the Query?", "Corgi", "2031-11-14", "10:00", NULL },
      { "One Technique, Many Failures", "Sam Thorpe", "2031-11-14", "10:30", NULL },
      { "A Guide to the Small Web", "heartsh8ped", "2031-11-14", "13:00", NULL },
      { "Bluetooth Warwalking: Hacking the Airwaves with Your Phone", "Matt",
        "2031-11-14", "15:30", NULL },
      { "Managing an Update Server in a Standalone Network", "poiupoiu",
        "2031-11-15", "10:00", NULL },
      { "Erase and Replace Electronic Shelf Labels", "Tyler Crane", "2031-11-15", "11:00", NULL },
      { "How to Brew Your Own Chatbot at Home", "brimstone", "2031-11-15", "13:30", NULL },
    } },
  /* Hugo's links, "[Title]({{< ref "talks-bios#keynote" >}})" (and
   * "{{% relref … %}}"), whose address the site writes; the speakers in
   * an item below the talk's, the room after them in emphasised brackets
   * ("- Name & Name _(Stübli)_"). */
  { "hugo-shortcode-links-room-notes.md", NULL, 4, {
      { "Keynote", "Miriam Dunn Castelli", "2031-09-13", "09:45", "10:30" },
      { "Tracking threat actors with public data", "Patricia Schlaepfer; Ben Urech",
        "2031-09-13", "11:00", "11:20" },
      { "How to break, then fix, differential privacy", "Damien Desmarais",
        "2031-09-13", "11:25", "11:45" },
      { "Golden mistake", "Alexandra Rodchenko", "2031-09-13", "14:55", "15:15" },
    } },
  /* A page whose date a tool wrote to the second ("2031-11-02T08:42:12-
   * 06:00", Hugo's "hugo new"): when the page was made, not the day of the
   * times its HTML table gives ("Title, por Name."). */
  { "page-timestamp-no-day.md", NULL, 3, {
      { "Construye una nube híbrida", "Héctor Valdés", NULL, "09:30", "11:00" },
      { "Introducción a OpenShift", "Javier Arce", NULL, "11:30", "12:30" },
      { "Migrar bases de datos a la nube", "Rolando Cedeño", NULL, "11:30", "12:30" },
    } },
  /* Nuxt's MDC components, ":AgendaItem{time=… speaker=… title=…}" a
   * line each inside "::div{…}" … "::": a talk each, but the activities
   * ("is-activity": the opening, breaks, lunch). */
  { "mdc-agenda-items.md", NULL, 4, {
      { "What is the iterator and how does it build an ecosystem in Go?", "TennTenn",
        "2031-11-08", "09:05", "09:45" },
      { "Mastering Large HTTP Requests", "Cheryl Hsu", "2031-11-08", "09:55", "10:35" },
      { "A Gin user's rethinking: those bad smells", "葉家郡", "2031-11-08", "13:45", "14:25" },
      { "A Deep Dive into a Campaign System", "Peng Hsuan", "2031-11-08", "16:30", "17:00" },
    } },
  /* A Chinese table of talks without times, "| 演讲 | 演讲者 | 视频 | 其它材料 |":
   * the talk's column (演讲, after the speakers' 演讲者 it starts), then its
   * speakers ("Title - subtitle" keeps its dash: the name is after the
   * last); the day from the prose. */
  { "chinese-talk-column-table.md", NULL, 4, {
      { "用 Julia 实现非公理化推理系统", "孙常新", "2031-01-18", NULL, NULL },
      { "Julia 社区、包注册以及镜像介绍", "陈久宁", "2031-01-18", NULL, NULL },
      { "WordCloud.jl - 用julia生成漂亮的词云", "郭勇智", "2031-01-18", NULL, NULL },
      { "以并行和GPU更快一步", "郭昊轩", "2031-01-18", NULL, NULL },
    } },
  /* "## Title", its abstract and a link, then "### Speaker: Name" and
   * the speaker's bio: the sub-heading names the talk's speaker, however
   * far under the title (a Zine page, its front matter in Ziggy). */
  { "abstract-then-speaker-subheading.md", NULL, 3, {
      { "Zine: a Static Site Generator Written in Zig", "Lorena Cruz", "2031-10-11", NULL, NULL },
      { "rayzui: a zooming user interface library", "Martin Weber", "2031-10-11", NULL, NULL },
      { "Approaches to Memory Mapped I/O", "Mattia Moretti", "2031-10-11", NULL, NULL },
    } },
  /* An HTML grid whose cells hold a talk's speaker and title, then spans
   * the classes of which say what else they are ("area", "twitter",
   * "website", "abstract", "bio"): no part of the cell's line. */
  { "html-grid-class-asides.md", NULL, 4, {
      { "Clean Architecture with ASP.NET Core", "Jason Tailor", "2031-08-09", "10:30", NULL },
      { "UX for Developers", "Laura Summer", "2031-08-09", "10:30", NULL },
      { "Let’s go Serverless", "Mai Nguyen", "2031-08-09", "11:30", NULL },
      { "The 5 W's of Accessibility", "Rhiana Heath", "2031-08-09", "11:30", NULL },
    } },
  /* A roundup's list of "Title — Name ([video](…))" items, some with a
   * next line of more material ("    ([slides](…))"): the links are the
   * talk's material; "What Could Go Wrong? — Name", read as a talk of its
   * own, leaves its list's other items talks too. */
  { "roundup-material-links-items.md", NULL, 5, {
      { "Go, Open Source, Community", "Ross Cole", NULL, NULL, NULL },
      { "Delve Into Go", "Derek Parkes", NULL, NULL, NULL },
      { "What Could Go Wrong?", "Kevin Cantrell", NULL, NULL, NULL },
      { "Go GC: Solving the Latency Problem", "Rita Hudson", NULL, NULL, NULL },
      { "Simplicity and Go", "Katrin Cox-Buday", NULL, NULL, NULL },
    } },
  /* A week's timetable, "9 AM - 12 PM: Title (Name; OUGL)" lines and
   * items (the room's code after a semicolon), one talk of the week linked:
   * a timetable still, its other talks kept (one names no one); breakfast
   * and lunch none. */
  { "week-timetable-one-linked-room-codes.md", NULL, 8, {
      { "Open science in practice", "Ariel Roth", "2031-09-08", "09:00", "10:30" },
      { "Reproducibility in fMRI: What is the problem?", "Russ Pollard",
        "2031-09-08", "10:30", "12:00" },
      { "Data science tutorials", "Valentina Stone", "2031-09-08", "13:00", "15:00" },
      { "Cloud computing", "Tara Madison", "2031-09-09", "09:00", "12:00" },
      { "Signal processing for beginners", "", "2031-09-09", "13:00", "15:00" },
      { "Machine learning", "Jake Vander", "2031-09-10", "09:00", "11:00" },
      { "Machine learning in neuroimaging", "Chris Holden", "2031-09-10", "11:00", "12:00" },
      { "Statistical practice in neuroimaging", "Jean Poulin", "2031-09-10", "13:00", "15:00" },
    } },
  /* "| Session | Speaker | Co-Speaker |": both people columns are the
   * talk's speakers (an empty co-speaker's cell none); the day from the
   * prose. */
  { "table-speaker-co-speaker.md", NULL, 3, {
      { "Apache DeltaSpike, the CDI Toolbox", "Rafael Benedetti; Antoine Sabot",
        "2031-10-25", NULL, NULL },
      { "You Have Got Microservices: Now Secure Them", "Steven Post; Stian Thorsen",
        "2031-10-25", NULL, NULL },
      { "Apache Lucene for Java EE Developers", "Sanne Grinaldi", "2031-10-25", NULL, NULL },
    } },
  /* A reading group's weeks, "**Jan 22:** [Name](url) on *Title*.": the
   * speaker, "on", the title; the hour from "**Meeting time and
   * location:** Wednesdays at **12:30**" (a bold label opens the line). */
  { "reading-group-name-on-title.md", NULL, 4, {
      { "A Theory of Universal Online Learnability", "Hong Wang", "2031-01-22", "12:30", NULL },
      { "Instance-Dependent Optimality in Mean Estimation", "Ray Song",
        "2031-01-29", "12:30", NULL },
      { "An Introduction to Computational Topology", "Shubha Varsh", "2031-02-12", "12:30", NULL },
      { "Sample Compression Scheme Reductions", "Arvind Rama", "2031-02-19", "12:30", NULL },
    } },
  /* Indonesian fields under each talk's heading ("- Tanggal: 2031/06/21",
   * "- Pukul: 13:00 - 15:00", "- Pembicara: Name, Role, Org"), the
   * headings numbered as a series' episodes ("Online series #3: Title"),
   * the table of contents linking them no talk. */
  { "indonesian-series-fields.md", NULL, 3, {
      { "Kubernetes for beginners", "Gazandi Cahya", "2031-04-26", "13:00", "14:00" },
      { "Stay Productive & Work Life Balance", "Aji Imawan", "2031-06-14", "13:00", "14:30" },
      { "How to Think in Functional Programming", "Fachri Nasution", "2031-06-21", "13:00", "15:00" },
    } },
  /* "- 13:40 ~ 14:10 :  郭學聰 -- Title [[slides](…)]": a name in one word
   * (Chinese, or a handle: "appleboy") before a double dash, the title
   * after it (its commas no names); the day from the heading above. */
  { "timed-one-word-name-first.md", NULL, 3, {
      { "Marshal 不給你的, 自己來", "郭學聰", "2031-08-03", "13:40", "14:10" },
      { "GoLearn: 簡單利用 Go 語言處理機器學習", "陳憶賢", "2031-08-03", "14:15", "14:45" },
      { "自架 Git 伺服器的選擇 Gitea", "appleboy", "2031-08-03", "16:00", "16:30" },
    } },
  /* Meetups under "## 2031-04-23 № 4", each talk an item "`Title - Name`
   * [pdf](…) [web](…)": the code span is the item's text, the links after
   * it its material. */
  { "day-headings-material-items.md", NULL, 5, {
      { "Profiling Elixir", "Lucjan Suska", "2031-03-26", NULL, NULL },
      { "GraphQL demo with Absinthe", "Bartek Korp", "2031-03-26", NULL, NULL },
      { "Mailboxes are unbounded", "Fabian Krol", "2031-03-26", NULL, NULL },
      { "Beyond the request-response cycle", "Robert Szczyg", "2031-04-23", NULL, NULL },
      { "Debugging Elixir in production", "Marcin Wysok", "2031-04-23", NULL, NULL },
    } },
  /* "はじめに" (to begin: the organisers' introduction) and "閉会" (the
   * closing) in a Japanese timetable are no talks. */
  { "japanese-list-introduction-row.md", NULL, 2, {
      { "深層学習を速くするいくつかの方法", "上西 康太", "2030-05-23", "19:40", "20:05" },
      { "機械学習モデルを保守していくには", "島内 翔", "2030-05-23", "20:05", "20:30" },
    } },
  /* A recap's lists of the talks seen, each under "## Friday 5." (the
   * month and year from the file's name) and a paragraph whose last
   * sentence leads in ("… Here is a short list:", "the sessions"): "Title
   * -- Name" items, a title with a dash of its own ("… -- PerfCake --
   * Name"), groups ("* Keynote -- two parts") over their own talks. */
  { "2016-02-04-recap-nested-dashes.md", NULL, 10, {
      { "Microservices", "Tomas Berka", "2016-02-05", NULL, NULL },
      { "Middleware Today", "Marek Lisy", "2016-02-05", NULL, NULL },
      { "Architecting Large Java Projects", "Markus Eisel", "2016-02-05", NULL, NULL },
      { "Productive Web development with Eclipse", "", "2016-02-05", NULL, NULL },
      { "Transactions Returning to NoSQL", "Marek Lisy", "2016-02-05", NULL, NULL },
      { "Django Girls Rock!", "Mia Ariel", "2016-02-05", NULL, NULL },
      { "Summer of Code", "Michal Prazak", "2016-02-05", NULL, NULL },
      { "Modern performance testing applied -- PerfCake",
        "Martin Vesely; Pavel Mazik", "2016-02-06", NULL, NULL },
      { "Mobile testing challenges and solutions", "Tadeas Kriz", "2016-02-06", NULL, NULL },
      { "Scheduling your clouds: How we (almost) beat academia",
        "Lukas Petrik", "2016-02-06", NULL, NULL },
    } },
  /* A recap ("I ended up going…", "this was", "I also got to talk"):
   * weekday headings ("Wednesday" then "---") after the post's date name
   * no day — the event came before the post.  A paragraph about the day
   * before its "Title: Name" items (the last colon opens the speaker: "IoT:
   * Myths and Realities: Name"; "Keynote: Name" is a keynote); a room's
   * group over its own talks; a sentence item is no talk. */
  { "recap-weekday-colon-lists.md", NULL, 7, {
      { "Data Engineering with Search Engines and Spark", "Grant Inge", NULL, NULL, NULL },
      { "Culture Trumps Tools", "Matt Micken", NULL, NULL, NULL },
      { "Continuous Engineering for IoT", "Jim Rueda", NULL, NULL, NULL },
      { "IoT: Myths and Realities", "Tim McShane", NULL, NULL, NULL },
      { "Keynote", "Scott Hansen", NULL, NULL, NULL },
      { "Life in the Trenches with Spark", "Ian Pointer", NULL, NULL, NULL },
      { "Secrets, Certificates, and Identity with Vault", "Mitchell Hashi", NULL, NULL, NULL },
    } },
  /* A recap's minutes: a table of contents of "[Saturday 10:00 Title -
   * Name](#anchor)" links (no track: "## Table of contents"), one with
   * its day and time written twice, then a heading per talk; each talk
   * once.  Written after the event ("I attended", "I went", "were"): its
   * weekdays name no day. */
  { "minutes-toc-headings.md", NULL, 4, {
      { "How free software could run a city", "Dana Cooper", NULL, "10:00", NULL },
      { "Is the web ready for all?", "Ioana Chirea", NULL, "11:00", NULL },
      { "Doomed are the dinosaurs!", "David Heij", NULL, "11:30", NULL },
      { "A treasure trove of tech", "Michiel Leen", NULL, "16:00", NULL },
    } },
  /* A recap's highlights as "[Name - Title](video)" items under topic
   * headings, no day or time: a list that names people on one side lists
   * talks; "Name / Name" are two people; "9:30 in the morning" in a
   * description is no time of the talk.  Pelican's "Title:" metadata; a
   * "2021 recap" is of a year's conference, not of the day it is dated. */
  { "recap-video-links.md", NULL, 4, {
      { "Drop Your Tools - Does Expertise have a Dark Side?", "Sean Brody", NULL, NULL, NULL },
      { "Who cares about Democracy?", "Vanessa Teal", NULL, NULL, NULL },
      { "Power ISA and a Tiny Core Introduction", "Michael Neul; Anton Blanch", NULL, NULL, NULL },
      { "Tiny Core Microarchitecture", "Paul Mack", NULL, NULL, NULL },
    } },
  /* An event's page whose talks are its front matter ("talks:" of title,
   * presenter, company), its body a template loop: the page's date is the
   * event's; quoted titles lose their quotes; the host's intro and closing
   * remarks are no talks. */
  { "front-talks-event-page.md", NULL, 3, {
      { "Static analysis of speed with Inference", "Ezgi Cicek", "2020-11-03", NULL, NULL },
      { "MobileBoost: optimizations for critical sections",
        "Olek Stash", "2020-11-03", NULL, NULL },
      { "Challenges in iOS speed engineering", "Gunnar Kudr", "2020-11-03", NULL, NULL },
    } },
  /* A tutorial repository's README: "## Monday, 8AM (Room 203) Title"
   * headings, a weekday and a time (no end, no date anywhere) then the
   * room in brackets before the title. */
  { "tutorial-day-time-room-headings.md", NULL, 4, {
      { "Modern Time Series Analysis", "", NULL, "08:00", NULL },
      { "PyTest", "", NULL, "08:00", NULL },
      { "GPU Data Science", "", NULL, "08:00", NULL },
      { "Bayesian Data Science: Probabilistic Programming", "", NULL, "13:00", NULL },
    } },
  /* A Portuguese programme of headings: "# 8/10 (quarta)" (day first, a
   * weekday without "-feira", no year: the file's name says 2026, the
   * weekdays say 2025), "##### Horário: 18:50 - 22:20" over "######
   * Minicurso: [Title][ref]" and "###### Local: Laboratório 2"; links to
   * "{{ site.url }}/…" that Jekyll fills in; the opening is no talk. */
  { "programacao-2026.md", NULL, 3, {
      { "Ciência de Dados com R", "", "2025-10-08", "18:50", "22:20" },
      { "Oficina de Robótica", "", "2025-10-08", "18:50", "22:20" },
      { "Jogos - primeiros passos como Engenheiro de Software",
        "", "2025-10-09", "19:00", "20:30" },
    } },
  /* A recap written a month later ("I visited", "I had company", "I
   * asked", "I went"): its "### Saturday" is not the one after the post,
   * but that of "the first weekend of February" its prose names (in the
   * title's year); talks in sentences, "[Title](…/schedule/event/…) by
   * Name" two to a sentence. */
  { "recap-first-weekend.md", NULL, 4, {
      { "Designing for Failure", "Walt Heck", "2021-02-06", NULL, NULL },
      { "Ephemeral Environments", "Jeff Knur", "2021-02-06", NULL, NULL },
      { "Lazy distribution of images", "Akira Suda", "2021-02-06", NULL, NULL },
      { "Tracing in Storage", "Deepa Upadhya", "2021-02-07", NULL, NULL },
    } },
  /* A Japanese event report (Hugo, "{{% table %}}" shortcodes round its
   * tables): a timetable of "18:10〜18:40" (a wave dash, or a full-width
   * tilde, between the times), then a table of "|発表者|タイトル|" (names
   * in any script; "田中 駿（CA）" with full-width brackets) without
   * times, the talks of the day the post links. */
  { "lt-party-tables-ja.md", NULL, 6, {
      { "基調講演：学生エンジニアの未来", "", "2019-03-24", "18:10", "18:40" },
      { "パネル討論：インターンのすすめ", "", "2019-03-24", "18:40", "19:00" },
      { "林檎にすりおろされた話", "ふぇありー", "2019-03-24", NULL, NULL },
      { "脱出ゲームこそ、最高の教育", "さんた", "2019-03-24", NULL, NULL },
      { "AI Labでの研究とチャットボット", "田中 駿", "2019-03-24", NULL, NULL },
      { "Minecraftと創造", "smk7758", "2019-03-24", NULL, NULL },
    } },
  /* "## Short Talks From Members", a paragraph on how to add one, then
   * "- Name: "Title"" and "- Name: Vim" items: people by their talks, no
   * day; a team's "- Name: Chair" under "## Team" is none. */
  { "network-launch-member-talks.md", NULL, 4, {
      { "The Software Sustainability Institute", "Alex Konov", NULL, NULL, NULL },
      { "Why I write code", "Roman Spesiv", NULL, NULL, NULL },
      { "Vim", "Ken Munroe", NULL, NULL, NULL },
      { "Solr", "Swithun Crow", NULL, NULL, NULL },
    } },
  /* "(Saturday, 11:00, … track)" items in a post whose prose names the
   * deadline "Sunday, 1 February": an event's days run together, so the
   * Saturday is the day before, in January, not the next one */
  { "contest-weekday-before.md", "Europe/Paris", 3, {
      { "Arenas for everyone", "", "2026-01-31", "11:00", NULL },
      { "Allocators in Zig, from the ground up", "", "2026-01-31", "15:30", NULL },
      { "Who freed my pointer?", "", "2026-02-01", "10:00", NULL },
    } },
  /* "### Anaconda" over "- Title: …", "- Presenters: Name, Engineer" and
   * "- Also attending:": each title item a talk, the heading its
   * presenters' organisation; "These talks were grouped into three
   * sections:" lists sections, no talks */
  { "summit-title-fields.md", NULL, 4, {
      { "Typed containers without tears", "Siu Kwan Lam", NULL, NULL, NULL },
      { "LLVM upgrades, one version at a time", "Ralf Gommers", NULL, NULL, NULL },
      { "CUDA kernels from Python", "Keith Kraus; Ben Zaitlen", NULL, NULL, NULL },
      { "Seismic Analysis", "Jonathan Grey", NULL, NULL, NULL },
    } },
  /* "- March 2026" over "    - <a href=…>Name</a>" over "      - Title":
   * each title a talk of the person above it ("by Fred Brooks" is part of
   * the title), a month no day; the same without months under a heading */
  { "meetup-people-titles.md", NULL, 7, {
      { "Lightning talk: Book presentation of The Mythical Man-Month by Fred Brooks",
        "Noor Haddad", NULL, NULL, NULL },
      { "Why your CI is slow, and what to do about it", "Piet de Vries", NULL, NULL, NULL },
      { "Property-based testing in practice", "Lena Kowalski", NULL, NULL, NULL },
      { "Lightning talk: Introduction to Hypothesis", "Lena Kowalski", NULL, NULL, NULL },
      { "Elm, the runtime error killer", "Jordy Maas", NULL, NULL, NULL },
      { "Compilers for the curious", "Ada Brennan", NULL, NULL, NULL },
      { "Databases that never forget", "Tomás Ortega", NULL, NULL, NULL },
    } },
  /* MDX components: "<Admonition title={<a href=…>Title</a}>" around
   * "<Speaker name='…'/>" components, "<Talk title=… speaker=… time=…/>";
   * one in a code fence is an example, "<Video/>" no talk */
  { "mdx-components.md", NULL, 3, {
      { "Fearless FFI: C's old friends", "Kim Lee", NULL, "10:30", NULL },
      { "Opening Keynote: Ten Years of the Borrow Checker", "Niko M. Matsakis", NULL, NULL, NULL },
      { "Async Rust without tears", "Ana Ruiz; Bo Chen", NULL, NULL, NULL },
    } },
  /* "* **Title** por Name, Role of [Org](…)." over "* Inicia: 10:00 am (GMT
   * -6)" and "+ Termina: 11:45 CDMX (UTC-6)": a bold title and its
   * speakers, then its start and end as fields; the day from the prose;
   * "**Bienvenida**" at "09:50 horas CDMX" is a welcome, no talk */
  { "flisol-bold-por-fields.md", NULL, 3, {
      { "Software libre en la escuela", "Ana Beltrán", "2026-04-25", "10:00", NULL },
      { "Nextcloud en tu casa", "Diego Ríos", "2026-04-25", "11:00", "11:45" },
      { "Rust para principiantes", "Lucía Ortega; Mario Pérez", "2026-04-25", "16:00", "17:30" },
    } },
  /* front-matter talks whose authors are citations ("- family: Briol" /
   * "given: François-Xavier"), dated by the file's name; "Arrivals",
   * "Welcome" and "Coffee Break" are no talks */
  { "2026-09-14-csl-authors.md", NULL, 2, {
      { "Bayesian quadrature in practice",
        "François-Xavier Briol", "2026-09-14", "09:15", "10:15" },
      { "Solvers that know their error",
        "Philipp Hennig; Hans Kersting", "2026-09-14", "10:30", "11:30" },
    } },
  /* "## Bioinformatics Hub, October 14, 2026": an event, then its whole
   * date, over the table of its talks */
  { "hub-heading-date-table.md", NULL, 3, {
      { "Site localisation for every modification",
        "Lena Fischer", "2026-10-14", "14:00", "14:20" },
      { "Glycan search spaces that fit in memory", "Oskar Lind", "2026-10-14", "14:20", "14:40" },
      { "A portal for protein function", "Mira Jansen", "2026-10-14", "14:40", "15:00" },
    } },
  /* "## Block 1: 10:30 AM - 12:00 PM" (a numbered group, then its time)
   * over "| Speaker | Slide Deck | Video |": the slides' column holds the
   * titles, every row takes the block's time */
  { "lightning-blocks-slides.md", NULL, 3, {
      { "Monitoring at the edge", "Dana Selby", NULL, "10:30", "12:00" },
      { "Interfaces you can read", "Harvey Lao", NULL, "10:30", "12:00" },
      { "TLS without tears", "Chris Shore", NULL, "13:30", "15:00" },
    } },
  /* "- 2026-01-22, Ida Lang and Tom Kraus, Some Rust Workflows": a date,
   * people, a comma, then the title; "Jonas Becker, tbd" and a name alone
   * are no talks */
  { "dated-comma-talks.md", NULL, 4, {
      { "Writing a parser with nom", "Tom Kraus", "2025-11-13", NULL, NULL },
      { "Async in practice", "Ida Lang", "2025-12-11", NULL, NULL },
      { "Some Rust Workflows", "Ida Lang; Tom Kraus", "2026-01-22", NULL, NULL },
      { "Error handling without tears", "Mara Weiss", "2026-03-05", NULL, NULL },
    } },
  /* "9:30a", "1:30p": 12-hour times with one letter; "**People**: "Title""
   * and "**Keynote by Name** "Title"": the people in bold, the title in
   * quotes; breaks, "End of Session" and "End of Workshop" are no talks */
  { "workshop-letter-times.md", NULL, 4, {
      { "Evolving programs that explain themselves", "Ada Brennan", "2026-05-14", "09:30", NULL },
      { "Lexicase selection, ten years on",
        "Tom Okafor; Mei Lin; Priya Natarajan", "2026-05-14", "11:00", NULL },
      { "The next fifteen years", "Jonas Berg; Ana Ruiz", "2026-05-14", "13:30", NULL },
      { "Lexicase at scale", "Lena Fischer", "2026-05-15", "09:30", NULL },
    } },
  /* "*   **18:30: Title**" then "by [Name](/speakers.html#…)" on the next
   * line: the speakers' links are their names, not a sentence; "Doors
   * open" and a sponsored break are no talks */
  { "meetup-bold-time-by-link.md", NULL, 2, {
      { "Writing a tiny allocator", "Mara Weiss", "2026-03-12", "18:30", NULL },
      { "Fearless FFI", "Ida Lang; Tom Kraus", "2026-03-12", "19:45", NULL },
    } },
  /* a paragraph of prose (naming the day) whose last line "12:00 a 14:00:"
   * leads in to '* "Title", Name' items: each a talk at that time, a
   * one-word title too; such items under a day's heading, on that day */
  { "quoted-talks-time-lead-in.md", NULL, 5, {
      { "Hardware libre en el aula", "Juan González Gómez", "2026-09-24", "12:00", "14:00" },
      { "Wikidata para investigadores", "Laura Pérez Ruiz", "2026-09-24", "12:00", "14:00" },
      { "Damegender", "David Arroyo Menéndez", "2026-09-24", "12:00", "14:00" },
      { "Mapas libres con OpenStreetMap", "Marta Gil Soto", "2026-09-25", NULL, NULL },
      { "Música con software libre", "Pablo Ríos Vega", "2026-09-25", NULL, NULL },
    } },
  /* "| Palestrante | Tema | Duração |" under "### Segunda-feira, 23 de
   * março de 2026, 17h", a title cell ending with its "[slides (pdf)](…)"
   * or "[vídeo (youtube)](…)": the material's link is no part of it */
  { "palestras-slides-cells.md", NULL, 3, {
      { "Como construir seu sintetizador", "Ana Souza", "2026-03-23", "17:00", NULL },
      { "Máquina de Anticítera", "Rui Costa", "2026-03-23", "17:00", NULL },
      { "Vida após o estágio", "Lia Prado", "2026-03-23", "17:00", NULL },
    } },
  /* a recap's "[Title](video) _by_ [_Name_](…) - summary" items (the byline
   * on the item's next line too) and "[Title](url) by [Name](url)" lines of
   * a paragraph: talks without a day or a time; "[Title](video) (Name,
   * Name) – summary" */
  { "recap-linked-by.md", NULL, 6, {
      { "Launching into Rust", "Kathy Spardlin", NULL, NULL, NULL },
      { "Error Handling", "Bill Kennedy", NULL, NULL, NULL },
      { "Everything You Wanted to Know About Rust Web Apps (But were afraid to ask)",
        "Mark Bates", NULL, NULL, NULL },
      { "Async Rust in Practice", "Ann Lee; Bo Chen", NULL, NULL, NULL },
      { "Review of an Operator from a DBA prospective", "Marco Tusa", NULL, NULL, NULL },
      { "Ten Things To Do When You Have a Bottleneck", "Peter Zaitsev", NULL, NULL, NULL },
    } },
  /* "| Day | Speaker | Title |" whose days are the event's numbers ("1",
   * "2"), no dates: the talks, without a day */
  { "newsletter-day-number-table.md", NULL, 3, {
      { "Visual application design", "Rik Arends", NULL, NULL, NULL },
      { "Arc in the kernel", "Alice Ryhl", NULL, NULL, NULL },
      { "Type theory for busy engineers", "Niko Matsakis", NULL, NULL, NULL },
    } },
  /* a recap's lists of bare links to the conference's talk pages
   * (".../schedule/presentation/72/") under "### 1日目": talks, without a
   * day; a sponsors' page in such a list and a list of other links are none */
  { "recap-event-page-links.md", NULL, 4, {
      { "週末サイエンティストのススメ", "", NULL, NULL, NULL },
      { "Getting started with chatops in python", "", NULL, NULL, NULL },
      { "pandasによる時系列データ処理", "", NULL, NULL, NULL },
      { "Building a pipeline with Pandas and AWS Lambda", "", NULL, NULL, NULL },
    } },
  /* "## [**Conférence : Titre par Alice Vasseur et Jean Dupont**](…)": "by"
   * in French inside a linked title; "Apprendre par la pratique" names no
   * one */
  { "oratrices-par-headings.md", NULL, 3, {
      { "Keynote: L'économie du partage", "Laure Némée", NULL, NULL, NULL },
      { "Conférence : Donnez une âme à vos assistants",
        "Alice Vasseur; Jean-Philippe Encausse", NULL, NULL, NULL },
      { "Quickie : Apprendre par la pratique", "", NULL, NULL, NULL },
    } },
  /* a recap's "Wednesday" and "Thursday" sections of "Title: Name" items; the
   * next year's dates in its conclusion ("on October 25-27, 2026 next
   * year") date none of them */
  { "recap-next-year-date.md", NULL, 4, {
      { "Data Engineering with Solr and Spark", "Grant Ingersoll", NULL, NULL, NULL },
      { "Culture Trumps Tools", "Matt Micene", NULL, NULL, NULL },
      { "Life in the Trenches with Spark", "Ian Pointer", NULL, NULL, NULL },
      { "An End to Boring Data", "Heather Shapiro", NULL, NULL, NULL },
    } },
  /* notes: "## Human Errors" right over "#### Olivier Lacan", then prose: a
   * talk and its speaker; "## Sessions" over "### Feature Flags Improv" is
   * no such pair; a date in a talk's notes ("Feb 24 1993") is no day "#
   * Day 02" counts from */
  { "notes-title-over-speaker.md", NULL, 3, {
      { "Human Errors", "Olivier Lacan", NULL, NULL, NULL },
      { "Orbital Rocket Guidance", "Nate Berkopec", NULL, NULL, NULL },
      { "Lending Privilege", "Anjuan Simmons", NULL, NULL, NULL },
    } },
  /* a front matter's grid: "rows:" of "columns:", the first "- column:
   * {time: 09:30}", the others "talk: {speaker: …, title: …}": each talk
   * at its row's time, on the event page's day; a "textfield" no talk */
  { "front-schedule-grid.md", NULL, 3, {
      { "Security after the pandemic", "Brenno de Winter", "2026-05-12", "09:30", NULL },
      { "Secure development lifecycle in open source projects", "Wouter van Rooij",
        "2026-05-12", "11:00", NULL },
      { "Open Source ERP with Odoo", "Jeroen Baten", "2026-05-12", "11:00", NULL },
    } },
  /* "| 时段 | 主题 | 讲者 | 职务 |" (Chinese: slot, topic, speaker, role),
   * on the day the front matter's "start:" gives, not the page's "date:";
   * "开场致词 Opening" is an opening, no talk */
  { "cjk-table-event-start.md", NULL, 2, {
      { "The power of communities - why open source wins", "Neil McGovern", "2026-11-03",
        "09:30", "10:00" },
      { "腾讯开源与社区实践", "Jorge Arteio", "2026-11-03", "10:00", "10:30" },
    } },
  /* "### Title" right over "**Track:** LLVM · **Day:** Sunday" /
   * "**Speakers:** Name, Name": fields on one line parted by a middle dot
   * (or a bar before a label) and, without a time, a speakers' field right
   * under a heading make it a talk on its day; "## About Acme" over "**Host:**"
   * does not */
  { "headings-dotted-fields.md", NULL, 3, {
      { "Planes, Ships, Birds – Building Real-Time Maps", "Ana Lima", "2027-02-06", NULL, NULL },
      { "Hotpatching in Production with XRay", "Pablo Marquez; Ida Berg", "2027-02-07", NULL,
        NULL },
      { "Inverted indexes: the why, the what, and the how.", "Elmi Adams", "2027-02-07", NULL,
        NULL },
    } },
  /* a programme typed as columns: "09:10-10:00 Name<TAB>Title" and
   * "11:30-12:00<TAB>Title<TAB>Name and Name": the tab parts speakers and
   * title, either side first */
  { "programme-tab-columns.md", NULL, 5, {
      { "Looking Backward; Looking Forward", "Ada Okafor", "2026-09-14", "09:10", "10:00" },
      { "A Brouwerian proof of the Fan Theorem", "Michael Fourier", "2026-09-14", "10:00",
        "10:30" },
      { "A Brief History of Semantics", "Stephen Brookes", "2026-09-15", "11:00", "11:30" },
      { "First-order differential programming", "Gordon Platt; Ina Kemp", "2026-09-15", "11:30",
        "12:00" },
      { "Memories of a Friend", "", "2026-09-15", "12:00", "12:30" },
    } },
  /* a Japanese programme: "### 12/2(水)", "### 12/3（木）" days (month first,
   * the weekday in Japanese); "Name(Org)「Title」", "Name(Org): Title (draft)",
   * names parted by "、"; notes wholly in brackets ("(オープニング)", "(休憩)",
   * "Name: (TBA)") are no talks; "### 日付 / Date" names nobody */
  { "japanese-programme-dates.md", NULL, 4, {
      { "Coq からの低レベル C コード生成", "田中哲", "2026-12-02", "13:40", "14:10" },
      { "A common notation system for both calculi", "佐藤雅彦", "2026-12-02", "14:10", "15:00" },
      { "Program Verification via HFL Model Checking (draft)", "小林直樹; 押川広樹", "2026-12-03",
        "10:30", "10:50" },
      { "Mizarによる微分幾何形式化の準備状況(陰関数定理)", "師玉康成", "2026-12-03", "13:30",
        "14:00" },
    } },
  /* the last line of a paragraph of several ("…and OLPC\nIn particular, there
   * were [Mozilla related sessions as follows:](wiki)") announces the list
   * under it, linked items ("[Fennec](slides)") too */
  { "announced-sessions-last-line.md", NULL, 5, {
      { "Mozilla Europe", "", NULL, NULL, NULL },
      { "What’s after Firefox 3.1", "", NULL, NULL, NULL },
      { "Rising to the Sun(bird)", "", NULL, NULL, NULL },
      { "Fennec", "", NULL, NULL, NULL },
      { "Events/EduCamp@FOSDEM2027", "", NULL, NULL, NULL },
    } },
  /* "- **Title**" items with "👤 Name (Org)" and "16:05 – 16:55 | Room: Alfa |
   * Track: …" on later lines or in paragraphs of their own (no symbol before
   * the time) under day headings */
  { "bold-items-person-slot-lines.md", NULL, 3, {
      { "What implementing encryption taught us about PostgreSQL", "Jan Wiesner",
        "2026-10-21", "16:05", "16:55" },
      { "Kubernetes from the Database Out", "Alastair Toms", "2026-10-22", "10:25", "10:55" },
      { "TDE as an Extension: A Different Path for Encryption", "Zsolt Parra", "2026-10-22",
        "11:25", "12:15" },
    } },
  /* breaks, registration, a members' meeting, a city tour, an unconfirmed
   * workshop and welcomes in Italian, Spanish and German ("Apertura
   * dell’evento", "Pausa", "Bentornati", "Acreditación", "Taller a confirmar",
   * "Begrüßung durch das Organisationsteam", "Stadtführung"), nor a hackweek's
   * own hours ("Icebreakers", "Project Check-in") and ceremonies ("Welcome to
   * Snakehackweek", "Best Paper Award & Closing Remarks") */
  { "fillers-other-languages.md", NULL, 7, {
      { "Archivi del software: perché servono", "Roberto Dicosta", "2026-09-16", "15:15", NULL },
      { "Il codice come patrimonio culturale", "Stefania Vitale", "2026-09-16", "17:30", NULL },
      { "Mapas abiertos para todos", "Laura Pérez", "2026-10-17", "09:30", NULL },
      { "Datos abiertos en el municipio", "Diego Martín", "2026-10-17", "15:30", NULL },
      { "Daoismus und Liberalismus", "Fabian Heuer", "2026-11-21", "09:30", NULL },
      { "Tidy data with pandas", "Ana Lima", "2026-12-07", "10:30", NULL },
      /* a kind of talk before the colon ("Spotlight Paper") names no one */
      { "Spotlight Paper: Training Fair Tabular Models", "", "2026-12-07", "14:00", NULL },
    } },
  /* an event page's "### 讲师与演讲话题" (speakers and talks) over one heading
   * per talk, the biography under it opening with the speaker ("郑德明 唯品会
   * …", "Ana Lima, platform engineer…"), no times: the page's day; "#### 场地"
   * (the venue) and the photos' section are no talks; "SOFAMosn 持续演进…" is
   * no one's name */
  { "section-talk-headings.md", "Asia/Shanghai", 3, {
      { "唯品会 Service Mesh 的实践分享", "郑德明", "2026-01-10", NULL, NULL },
      { "SOFAMosn 持续演进路径及实践案例", "陈逸飞", "2026-01-10", NULL, NULL },
      { "Meshes at the edge", "Ana Lima", "2026-01-10", NULL, NULL },
    } },
  /* "**Title - Name & Name, Org**" opening a paragraph in the section of "##
   * Our Talks" (the description on the next line or paragraph); a bold
   * note there, and a booth's bold line in another section, are no talks */
  { "section-bold-title-lines.md", NULL, 2, {
      { "Scale Kubernetes to Manage 60K Nodes Through Architectural Extension",
        "Yan Huang; Yi Xiong", NULL, NULL, NULL },
      { "Network QoS Classes for Containers & Pods Via eBPF/XDP", "Vinay Kumar; Phu Tran", NULL,
        NULL, NULL },
    } },
  /* a front matter's "program:" of "at:"/"what:"/"who:" entries, some marked
   * "talk: true" (or yes): only those are talks, on the page's date */
  { "front-program-at-what-who.md", NULL, 2, {
      { "AIに自己開示し、自己分析を進める", "saita shinya", "2026-08-28", "19:10", NULL },
      { "ソフトウェアエンジニアのAI活用事例", "afuroda", "2026-08-28", "19:40", NULL },
    } },
  /* a plan ("date: 2027-3-12", one digit for the month): "##### Monday - …"
   * is the Monday after; "Session 2" over another list of the day's talks;
   * "[A](url)*   [B](url)": list items an editor ran together */
  { "plan-sessions-run-together.md", NULL, 5, {
      { "Robots at MySpace: Massive Scaling with Robotic Studio", "", "2027-03-15", NULL, NULL },
      { "Silverlight 9 Overview", "", "2027-03-15", NULL, NULL },
      { "Understanding the Model-View-ViewModel Pattern", "", "2027-03-15", NULL, NULL },
      { "Authoring with Expression Blend", "", "2027-03-15", NULL, NULL },
      { "OData: There's a Feed for That", "", "2027-03-16", NULL, NULL },
    } },
  /* a plan dated "Tue May 24 00:33:00 EDT 2016" (a date written out):
   * "#### Thursday" is the Thursday after */
  { "plan-written-date.md", NULL, 3, {
      { "Agda from Nothing", "", "2016-05-26", NULL, NULL },
      { "Make Your Own Lisp Interpreter", "", "2016-05-26", NULL, NULL },
      { "Type Kwon Do", "", "2016-05-27", NULL, NULL },
    } },
  /* "## Sessions" over an event README's list of titles, each linked to its
   * session's folder: a linked title may be long; "Comprendre la Mémoire :
   * du matériel…" (a French colon, set apart) names no speaker */
  { "readme-sessions-long-links.md", NULL, 4, {
      { "Beyond text-only LLMs: unlocking multimodality", "", NULL, NULL, NULL },
      { "Comprendre la Mémoire : du matériel à l’utilisation en C#", "", NULL, NULL, NULL },
      { "Sécurité des services PaaS Azure : embarquez dans le Grand 8 du RBAC et jetez vos clés "
        "d'API", "", NULL, NULL, NULL },
      { "It works on my machine :)", "", NULL, NULL, NULL },
    } },
  /* "## Session 1" over "**Time:**", "**Speaker:**", "**Talk Title:**" fields:
   * the heading is a label, the field the title ("12:55-1:10 PM" runs past
   * noon); "INTRO", "INTERMISSION", "OUTRO" are no talks */
  { "session-label-title-fields.md", NULL, 2, {
      { "The Virtual Coffee Effect", "Bekah Weigel", NULL, "12:10", "12:20" },
      { "OTel Me a Story: Observing Code in Production", "Andy Ennamorato", NULL, "12:55",
        "13:10" },
    } },
  /* Zola's TOML front matter holding the programme: "[[extra.days]]" (its
   * date) over "[[extra.days.talks]]" tables; basic, literal and multi-line
   * strings, an escape ("\\u2014"), an array of speakers; a break marked in
   * its table */
  { "toml-front-programme.md", NULL, 3, {
      { "curl with Rust", "Daniel Steinberg", "2027-10-14", "10:00", "10:30" },
      { "Optimising stable sort in Rust — and mostly failing", "Lukas Berg; Ana \"Ann\" Lima",
        "2027-10-14", "10:45", "11:15" },
      { "The life of a Rust security vulnerability", "Pietro Alberti", "2027-10-15", "10:00",
        "10:30" },
    } },
  /* a paragraph that names the event's days ("November 12-15, 2024", in a
   * shortcode's text) gives the talks listed under it no day (it gave them
   * the first); a weekday heading still counts from it */
  { "prose-event-range-untimed.md", NULL, 4, {
      { "Meshery Maintainers' Track: Life of a Packet", "Ada Lovelace", "2024-11-14", NULL, NULL },
      { "Why Choose Meshery in 2025", "", NULL, NULL, NULL },
      { "Tutorial: Live with Gateway API V1.2", "", NULL, NULL, NULL },
      { "Testing Kubernetes Without Kubernetes: A Networking Deep Dive", "", NULL, NULL, NULL },
    } },
  /* notes: a heading of a quoted title and "by" the people is a talk
   * (it was a track over nothing); a quoted heading without "by" is not */
  { "notes-quoted-title-headings.md", NULL, 2, {
      { "Software Freedom and Ethical Technology", "Karen Sandler", NULL, NULL, NULL },
      { "Keep it Secret, Keep it Safe!", "Robin Davis; Ana Lima", NULL, NULL, NULL },
    } },
  /* notes of a day: a paragraph of a title in bold (wrapped or not) over
   * the line of its speaker is a talk on the day; a committee or a break
   * over names is not */
  { "notes-bold-title-speaker-line.md", NULL, 2, {
      { "Infrastructure as Logic: The foundation of Composable Architecture", "Aaron Sempf",
        "2026-03-17", NULL, NULL },
      { "Build RAG from Scratch", "Phil Nash", "2026-03-17", NULL, NULL },
    } },
  /* columns aligned with runs of spaces part like tabs; when both sides
   * read as names ("Sparse Approximations"), the one with an organisation
   * is the people */
  { "programme-space-columns.md", NULL, 3, {
      { "Introduction to kernels", "Ada Lovelace", "2014-06-09", "09:00", "10:30" },
      { "Sparse Approximations", "Alan Turing", "2014-06-09", "11:00", "12:30" },
      { "Deep Kernels", "Grace Hopper", "2014-06-10", "09:00", "10:30" },
    } },
  /* the event's day and hours in a quote before its talks, linked without
   * times: the day is theirs (the quote was not read for one); the venue's
   * link to a map is no talk */
  { "quote-event-date.md", NULL, 2, {
      { "Hard Lessons Learned from Prometheus Exporters", "Hong Chiu", "2026-04-23", NULL, NULL },
      { "Metric instrumentation: from Dropwizard to OpenTelemetry", "Paul Hsieh", "2026-04-23",
        NULL, NULL },
    } },
  /* "Day 2 (June 4th) Lecture 1: Title by [Name](…) & [Name](…)": the
   * event's day by number then its date in brackets, a numbered kind of talk
   * before the title (no part of it); the opening session is no talk; the
   * year is the title's */
  { "dated-numbered-lectures.md", NULL, 2, {
      { "Optimization methods for interface design", "Anna Feit; Joao Belo", "2024-06-04", NULL,
        NULL },
      { "Modeling user interfaces from pixels", "Amanda Swearngin", "2024-06-05", NULL, NULL },
    } },
  /* a bold title, a numbered kind before it, over a paragraph of its
   * instructors; the day a sentence names after the event's range of days
   * (which gives none) */
  { "bold-title-instructor-paragraph.md", NULL, 2, {
      { "Run Your Crab Code on Embedded and On the Web", "Carl Kadie", "2024-09-10", NULL, NULL },
      { "Real World Testing in Crab", "Jorge Ortiz Fuentes; Ana Lima", "2024-09-10", NULL, NULL },
    } },
  /* A meetup's archive (issue 16): under each evening's heading ("#### \\#3 -
   * Tuesday, November 22nd", the year in a bold line above), items that open
   * with a title in bold and name the people after "by" (an aside link
   * between); a bold item without "by" ("Drinks afterwards") is none.  The
   * year is guessed from the first evening, and each weekday moves it
   * ("**2015**": Tuesday, November 24th is of 2015, not 2016). */
  { "meetup-archive-bold-title-by.md", NULL, 5, {
      { "Static Site Builders of the Year", "Hanna Berger", "2015-11-24", NULL, NULL },
      { "XSL/T - Generating Pages Like It's 1999", "Jonas Gruber", "2015-11-24", NULL, NULL },
      { "Hello, Hugo! A First Site in Ten Minutes", "Sofia Novak", "2016-10-19", NULL, NULL },
      { "Slides from Markdown: One Source for Web and Print", "Hanna Berger", "2016-11-22",
        NULL, NULL },
      { "Case Study - Inside a Bakery's Website", "Lukas Wimmer", "2016-11-22", NULL, NULL },
    } },
  /* A French programme's table with no day (issue 16): "Title - Name (Ville
   * de Lyon)" keeps the name as the speaker and the bracket as the
   * organisation, though it reads as a name too; "Clôture / remerciements"
   * and "Fin" are no talks; a heading below that repeats a title is its
   * description, no talk of its own; a citation's date in that description
   * ("24/06/2003") is no day of the talks above it. */
  { "programme-citation-date-below.md", NULL, 3, {
      { "Cartographier les rivières", "Ada Martin", NULL, "09:40", NULL },
      { "Des extensions pour les urbanistes", "Paul Roux", NULL, "10:15", NULL },
      { "Le cadastre dans QGIS", "Léa Petit", NULL, "14:00", NULL },
    } },
  /* A school's README (issue 16): a bare list of "Title (Names)" items, the
   * names of their material after ("slides code"; no links), no day and no
   * time: its talks, since the post has no other.  An item whose bracket
   * names no one, one with more than material after its bracket ("in the
   * library"), and a sentence with a bracket are none. */
  { "school-readme-bracket-people.md", NULL, 4, {
      { "Keynote: Fairness Beyond Accuracy", "Maria van den Berg", NULL, NULL, NULL },
      { "Causal Models for Audits", "Tomas Lindqvist", NULL, NULL, NULL },
      { "Fair Ranking in Search", "Aiko Tanaka; Pedro Alves", NULL, NULL, NULL },
      { "Privacy and Fairness", "Nadia Rahman", NULL, NULL, NULL },
    } },
  /* The same shape beside timed talks is an aside ("Booth tour (Name)
   * slides"): no talks of the programme. */
  { "timed-with-bracket-list.md", NULL, 2, {
      { "Scaling Feature Stores", "Ana Ruiz", "2024-05-14", "10:00", NULL },
      { "Streaming Joins Explained", "Li Wei", "2024-05-14", "14:30", NULL },
    } },
  /* A user group's lightning talks (issue 16): headings that open with a
   * number and a name in bold, the title after a dash; no day, no time.
   * "**Slides** - on the group's drive" names no one. */
  { "lightning-bold-name-headings.md", NULL, 3, {
      { "base::Reduce()", "Marta Kowalski", NULL, NULL, NULL },
      { "purrr::map2()", "Tom Okafor", NULL, NULL, NULL },
      { "dplyr::across() & dplyr::where()", "Ines Duarte", NULL, NULL, NULL },
    } },
  /* A meetup's page (issue 16): people over their demos, and below them
   * the one day a labelled field gives ("### Date: 1 Dec 2021"): theirs. */
  { "meetup-date-field-below.md", NULL, 3, {
      { "Parsing Logs with Regular Expressions", "Rosa Jimenez", "2021-12-01", NULL, NULL },
      { "A Module to Manage SQL Data", "Ken Adeyemi", "2021-12-01", NULL, NULL },
      { "Random Password Generator", "Olga Petrova", "2021-12-01", NULL, NULL },
    } },
  /* A school's HTML grid (issue 16), days as columns: rows apart by blank
   * lines and comments ("<!-- 09:00 - 10:30 -->", a block cmark ends on the
   * line before it starts); titles in quotes over their people ("“Title”
   * (Name)": the quotes go); a welcome cocktail is no talk; the year is the
   * front matter description's ("octubre 2014", a Monday the 20th). */
  { "html-grid-comments.md", NULL, 3, {
      { "Modelos de lenguaje", "Omar Flores", "2014-10-20", "09:00", "10:30" },
      { "Optimización", "Victoria Peterson", "2014-10-20", "10:50", "12:00" },
      { "Métricas de evaluación", "Luciana Ferrer", "2014-10-21", "09:00", "10:30" },
    } },
  /* A title in quotes before its people in brackets: the quotes go, unless
   * they quote parts of it ("\"Yes\" and \"No\""). */
  { "quoted-titles-people.md", NULL, 2, {
      { "Talk A", "Omar Flores", "2025-10-20", "10:00", NULL },
      { "\"Yes\" and \"No\"", "Ana Lee", "2025-10-20", "11:00", NULL },
    } },
  /* A meetup's evening (issue 16): paragraphs that open with a link to a
   * person, then the title after "on", a colon or a capital, up to the
   * first sentence's end; a role after the name is none of it.  "[Name](…)
   * wrote the invitation" is no talk. */
  { "meetup-person-link-paragraphs.md", NULL, 4, {
      { "Cleaning Survey Data Without Tears", "Rosa Jimenez", NULL, NULL, NULL },
      { "Forecasting Bus Arrivals with Simple Models", "Ken Adeyemi", NULL, NULL, NULL },
      { "Bayesian Analysis for Crop Trials", "Olga Petrova", NULL, NULL, NULL },
      { "Mentoring in Google Summer of Code", "Tom Baker", NULL, NULL, NULL },
    } },
  /* A trip report (issue 16): linked titles "by Name." then a sentence
   * about the talk (a name wrapped across lines, initials "J. R." kept);
   * the event's days written "20–22 January" (the scanner reads its first
   * day) give the talks no day. */
  { "trip-report-by-name-summary.md", NULL, 3, {
      { "The Storage Shift", "Steve Ellis", NULL, NULL, NULL },
      { "Beyond TAP: polyglot testing", "David Gibson", NULL, NULL, NULL },
      { "Partly Cloudy IPA", "J. R. Smith", NULL, NULL, NULL },
    } },
  /* A workshop's HTML table whose header lies (issue 16): "Time | Type |
   * Title & Speakers" over cells day | time | title: the column of dates is
   * the day, the column of times the time, whatever the header says. */
  { "html-table-header-lies.md", NULL, 2, {
      { "Introduction to Quantum Computing", "Francesco Arzani", "2024-09-23", "10:00", "13:30" },
      { "Online-to-PAC conversions", "Gergely Neu", "2024-09-24", "15:00", "17:30" },
    } },
  /* Spanish tables "Hora | Charla | Presentador/a" (tabs in the cells) under
   * "## Lunes 13 de marzo de 2023": the speakers' column writes first names
   * alone, each a person ("Lucía"), as "Globex" alone in a column of full
   * names is not (table-compact-times.md).  Traps: "Bienvenida", a
   * farewell ("Despedida"), questions ("Dudas | Todos") and the attendees'
   * group work ("Trabajo en grupo Proyectos A", "… A y B"). */
  { "table-spanish-first-names.md", NULL, 4, {
      { "Ciencia abierta en la práctica", "Lucía", "2023-03-13", "08:15", "09:00" },
      { "Mapas en Python", "Tomás", "2023-03-13", "09:00", "09:45" },
      { "Series temporales en R", "Inés", "2023-03-13", "09:45", "10:30" },
      { "Datos satelitales", "Rafael", "2023-03-14", "08:15", "09:00" },
    } },
  /* "14:00 \"Title\" Name ([details](…))": a title wholly in quotes, then
   * its speaker (or "by Name"); "\"Yes\" and \"No\" in plain language" is a
   * title of its own.  A day's frame ("10:00 – 17:00 Time to work on your
   * projects", "09:00 – 17:00 Open Hacking between the lectures": six hours
   * or more, no one, no link, over talks of that day) is no talk; "09:00 –
   * 17:00 Bridge Workshop" is (a kind of talk).  Trap: registration. */
  { "quoted-title-then-name.md", NULL, 6, {
      { "The craft of the scientific paper", "Ana Souza", "2022-04-05", "14:00", NULL },
      { "Figures that explain", "Piotr Nowak", "2022-04-05", "15:00", NULL },
      { "\"Yes\" and \"No\" in plain language", "", "2022-04-05", "16:00", NULL },
      { "Sampling in the field", "Mei Lin", "2022-04-06", "09:00", "11:00" },
      { "Bridge Workshop", "", "2022-04-06", "09:00", "17:00" },
      { "Models of behaviour", "Lars Visser", "2022-04-06", "13:30", "15:00" },
    } },
  /* "Title (@Mauro)", "[Title](…) (@Mauro and @Victor)": a bracket of
   * handles, each a capitalised name, gives the speakers by those names
   * (linked or not; "@Victor)" was read as a room), beside "(Victor
   * Smith)".  Bold times at the end of the items. */
  { "handles-in-brackets.md", NULL, 4, {
      { "Overview of the language", "Mauro", "2023-03-24", "09:10", "09:30" },
      { "Practical: your first lines of code", "Mauro; Victor", "2023-03-24", "09:30", "10:30" },
      { "Why I like Julia", "Victor", "2023-03-24", "11:00", "11:15" },
      { "Package and project management", "Victor Smith", "2023-03-24", "11:15", "11:45" },
    } },
  /* "**0900** - Title - Name<br/>" lines: four digits in bold, an hour and
   * its minutes (three such lines, one before ten: "**2023** edition" is a
   * year), under "#### Thursday November 2<br/>"; the year the post writes.
   * Traps: a welcome, a coffee break, "Lunch @ Eckers (10 minute walk…)",
   * "Hackathon Group Work", "Wrap up", "**2024** edition in Bergen…" (a
   * year: no dash after it). */
  { "bold-compact-times.md", NULL, 4, {
      { "Welcome talk", "Ana Souza", "2023-11-02", "09:15", NULL },
      { "Intro to Bayesian Statistics", "Piotr Nowak", "2023-11-02", "10:45", NULL },
      { "Intro to Git for Hackers", "Mei Lin", "2023-11-02", "14:00", NULL },
      { "Tutorial driven development", "Lars Visser", "2023-11-03", "09:30", NULL },
    },
    { "bold-compact-times.md:13: the dates give no year; assuming 2023,"
      " the year the post writes" } },
  /* A title still to come beside its speaker ("**TBA** (Name)", "**Título a
   * definir** (Name)", "**TBA** (30 min)" over "Name @ Org") is no talk
   * yet; nor are a closed room, a contest ("Capture The Flag"), a village,
   * certification exams, a social event, "Day opens", "Workshop opens",
   * "Welcome + Icebreaker" beside its hosts.  "Opening Ceremonies" stays, as
   * "Closing Ceremonies" does in html-table-split.md. */
  { "placeholder-titles-speakers.md", NULL, 5, {
      { "Opening Ceremonies", "", "2023-10-14", "08:30", NULL },
      { "Guardians of Reality: Countering Hype", "Ana Souza", "2023-10-14", "09:00", NULL },
      { "Three Ways to Target Developers", "Mei Lin", "2023-10-14", "11:00", NULL },
      { "Logging You Can Actually Search", "Rosa Delgado", "2023-10-14", "15:00", NULL },
      { "Proofs about Matchings", "Mei Lin", "2023-10-15", "15:25", "15:55" },
    } },
  /* One paragraph of "7:35 - 8:00 | Title" lines, each over "| Speaker:
   * Name, Org" (no table: no delimiter row): every line a talk, not the
   * first only ("⏰ 10:25 | Room: 2" under a talk is its time); the prose
   * gives the evening's start ("on Saturday, April 11, 2020 at 7:30pm") and
   * the first talk is at a bare "7:30": the bare hours are in the evening.
   * Traps: the opening words, the links under the agenda. */
  { "evening-bar-lines.md", NULL, 3, {
      { "The user group: past, present and future", "Piotr Nowak", "2020-04-11", "19:35", "20:00" },
      { "Rooted at home, open to the world", "Mei Lin", "2020-04-11", "20:00", "20:25" },
      { "Panel discussion", "", "2020-04-11", "20:25", "20:50" },
    } },
  /* The same in Chinese: "4月11号晚上7:30" (in the evening, 晚上) in the
   * prose, "7:30 - 7:35 | 开幕致词" (the opening words: no talk) first. */
  { "evening-chinese.md", NULL, 3, {
      { "用户组的过去、现在和未来", "", "2020-04-11", "19:35", "20:00" },
      { "从边缘到云的安卓", "", "2020-04-11", "20:00", "20:25" },
      { "蓬勃发展的处理器生态", "", "2020-04-11", "20:25", "20:50" },
    } },
  /* Bootstrap rows of <div>s (time | title and "Trainer: <a>Name</a>" |
   * room), each row its own HTML block between blank lines: read together
   * as one table.  Traps: doors opening, lunch, "UNCONFERENCE (2 TALKS)". */
  { "html-div-rows-blank-lines.md", NULL, 2, {
      { "Hack this workshop!", "Piotr Nowak; Mei Lin", "2018-09-21", "09:00", "13:30" },
      { "Pragmatic TDD", "Ana Souza", "2018-09-21", "09:00", "19:00" },
    } },
  /* An Indonesian table "TANGGAL | WAKTU KEGIATAN | PEMBICARA | AGENDA"
   * (date, time, speaker, the item): dotted times in the time column
   * ("16.00-17.30"), an open end ("16.00-SELESAI": until it is over). */
  { "table-indonesian-dotted-times.md", NULL, 3, {
      { "Lightning talk - Semantic Search with Kestrel", "Ana Souza", "2020-05-13", "16:00", NULL },
      { "Tech Talk - Backend in a Hurry", "Piotr Nowak", "2020-05-14", "16:00", "17:30" },
      { "Tech Talk - Kotlin for the Backend", "Mei Lin", "2020-05-15", "19:30", NULL },
    } },
  /* A column of numeric dates that all read both ways ("04/05/2020" …
   * "07/05/2020"): day first, as the days follow each other that way
   * (month first they would be months apart); "05/05/2020" alone read
   * before. */
  { "table-numeric-days-both-ways.md", NULL, 4, {
      { "Semantic Search with Kestrel", "Ana Souza", "2020-05-04", "16:00", NULL },
      { "Backend in a Hurry", "Piotr Nowak", "2020-05-05", "16:00", NULL },
      { "Kotlin for the Backend", "Mei Lin", "2020-05-06", "16:00", "17:00" },
      { "Infrastructure of Public Keys", "Lars Visser", "2020-05-07", "16:00", "17:00" },
    } },
  /* German tables "Zeit | Programmpunkt | Vortragende": the venue opening
   * and closing ("Öffnung", "Schließung des Veranstaltungsorts"), setting up
   * and clearing away ("Aufbau", "Abbau"), food and drink ("Essen und
   * Trinken"), "Ende der Veranstaltung" are no talks; nor is a link to the
   * programme's calendar file (".ics"). */
  { "german-venue-hours-ics.md", NULL, 3, {
      { "Kamerasysteme für Roboter", "Ana Souza", "2017-12-02", "12:00", NULL },
      { "Lidar im Straßenverkehr", "Piotr Nowak", "2017-12-02", "15:00", NULL },
      { "Roboterfußball für Einsteiger", "Mei Lin", "2017-12-03", "13:30", NULL },
    } },
  /* "Lecture 1.a (Okafor): <a>Free probability</a>" in a <div> day of <li>
   * lines ("9:00 - 10:00 &bull; <strong>…</strong>"), and the same in
   * Markdown: a kind of talk, its number, its speaker in brackets start the
   * title as written; the bracket names the speaker, a surname alone will
   * do.  "11:35 - 1:00" runs past noon.  Traps: "Workshop (Beginners) on
   * notebooks" (no colon: no speaker), "Problem Session 2 (Ana Lima, Bo
   * Chen): …" (full names: the older reading), breakfast, a coffee break. */
  { "kind-bracket-speakers.md", NULL, 7, {
      { "Lecture 1.a (Okafor): Free probability", "Okafor", "2025-06-16", "09:00", "10:00" },
      { "Problem Session 1.a (Lindqvist): Free probability", "Lindqvist", "2025-06-16",
        "10:30", "12:00" },
      { "Tutorial (Moreau): Computing spectra", "Moreau", "2025-06-16", "11:35", "13:00" },
      { "Lecture 2.b (Okafor): Free probability", "Okafor", "2025-06-17", "09:00", "10:00" },
      { "Problem Session 2: Exercises on moments", "Ana Lima; Bo Chen", "2025-06-17",
        "10:30", "11:00" },
      { "Workshop (Beginners) on notebooks", "", "2025-06-17", "11:00", "11:30" },
      { "Keynote Lecture: Universality", "Iris Tan", "2025-06-17", "14:00", "15:00" },
    } },
  /* "* 10:30 Session 1" over items that name their people, then their title:
   * on a line of its own in italics after "<br>", in a <ul> of <li>s written
   * in HTML inside the item (a hidden abstract after it), or after a colon.
   * Every talk takes its session's time.  "Haining Tong" is a name (Pinyin,
   * not a verb's -ing), and so is "Mining Zhao"; "Sustainable Computing:
   * …" names no one, all of it is the title.  "09:05 Keynote, Chair: Name<br>"
   * over "<b>Name</b><br>" over "_Title_": the kind's speaker and title.
   * Traps: registration, lunch, a break, the sessions themselves. */
  { "session-items-people-first.md", NULL, 8, {
      { "Energy Efficiency in Programming Languages", "João Saraiva", "2025-11-05", "09:05",
        NULL },
      { "Verification of Dataflow Networks with a Theorem Prover",
        "Anna Berg; Lukas Weber; Wang Yi", "2025-11-05", "10:30", NULL },
      { "Finding Inductive Invariants Fast", "Thomas Brandt; Vera Stoltz", "2025-11-05",
        "10:30", NULL },
      { "Consistency Analysis of GPU Kernels", "Haining Tong; Keijo Lund", "2025-11-05",
        "13:30", NULL },
      { "Register Machines for Timed Systems", "Mining Zhao; Ana Silva", "2025-11-05",
        "13:30", NULL },
      { "Modelling systems with register machines", "Samuel Grant; Elli Anders",
        "2025-11-05", "15:30", NULL },
      { "Deadlock detection for process networks", "Nadia Hoff; Keijo Lund", "2025-11-05",
        "15:30", NULL },
      { "Sustainable Computing: Measuring the energy use of clusters", "", "2025-11-05",
        "16:30", NULL },
    } },
  /* "### Session One" then "11:00 - 12:30" (or "15:30 - til close", an open
   * end) over a table without outer pipes of "Name | Title (please pick
   * one)": every row a talk in that slot, the names its speakers.  The day:
   * the intro's "closed on the 28th of May" gives way to the later "over
   * the course of Thursday June 13th" (a weekday, the right one).  Traps:
   * the session headings, "Break for refreshments". */
  { "session-tables-name-column.md", NULL, 7, {
      { "Never Type \"ls\" Again: a shell in the browser", "Larry Chapman", "2019-06-13",
        "11:00", "12:30" },
      { "Compile-Time Code Weaving", "Ines Eyre", "2019-06-13", "11:00", "12:30" },
      { "embd.go", "Karan Mistry", "2019-06-13", "11:00", "12:30" },
      { "JSONPath: do you need to unmarshal it all?", "Nadia Sardo", "2019-06-13",
        "13:30", "15:00" },
      { "Tiny containers for compiled programs", "Brian Hicks", "2019-06-13", "13:30", "15:00" },
      { "Scaling a code search engine", "Gabriel Asante", "2019-06-13", "15:30", NULL },
      { "A debugger built on source rewriting", "Jeremy Schultz", "2019-06-13", "15:30", NULL },
    } },
  /* A Chinese meetup's talks: "**《Title》**" (book-title marks, or 「」),
   * then fields with full-width colons: "**时间：** 13:30-14:30", two
   * "**主讲人：** Name，a sentence about them" (the names only, both), "**讲师：**",
   * "**摘要：**".  Traps: the event's "**会议日期/时间**：…，13:30 – 16:30" (a
   * field: the date), a bold line of welcome, the venue. */
  { "cjk-field-talks.md", NULL, 3, {
      { "Wren 之道", "Lena Hartmann; 王小明", "2019-11-08", "13:30", "14:30" },
      { "Wren 在边缘计算中的实践", "陈静", "2019-11-08", "14:40", "15:20" },
      { "快速上手 Wren", "李华", "2019-11-08", "15:30", "16:30" },
    } },
  /* An HTML table whose sessions are header rows ("<thead><th><td
   * colspan=3><b>Session 1: 9:00 - 10:30</b>"): no talks, and the row above
   * each stays a talk.  "Deploying <a>Jingle</a>", "<a>PubSub</a> and the Web":
   * a linked word of the title; "Máquina de Anticítera <a>slides (pdf)</a>":
   * the material's link goes; "<a>LumiSpy</a> (Cathodoluminescence)": the
   * note in brackets is the title's (beside a speakers' cell, even one that
   * reads as names: "(Quantitative EDS)").  Traps: the welcome, a break, lunch. */
  { "html-table-session-rows.md", NULL, 7, {
      { "Presenting Core", "Yara Minsk", "2013-09-27", "09:00", NULL },
      { "Deploying Jingle", "Diana Cionescu", "2013-09-27", "09:30", NULL },
      { "Raising Bytecode to C", "Michel Maury; Benoit Vaillant", "2013-09-27", "10:10", NULL },
      { "PubSub and the Web", "Nathan Frost", "2013-09-27", "11:00", NULL },
      { "LumiSpy (Cathodoluminescence)", "Jonas Lehmann", "2013-09-27", "11:30", NULL },
      { "NeXL (Quantitative EDS)", "Nicholas Richter", "2013-09-27", "11:50", NULL },
      { "Máquina de Anticítera", "Rui Costa", "2013-09-27", "12:10", NULL },
    } },
  /* "#### 09:10-10:00 - Runtime system" over paragraphs "Title, by Name, Name
   * (Org)." then "[PDF Abstract](…).": the heading is the slot of the
   * paragraphs' talks.  A "(*)" after a title is a footnote's mark; "(University
   * of Cambridge) ." a stop set apart; "Name (I), Name (I+O); (I = INRIA, O =
   * WrenPro)." the key to the letters.  Traps: the welcome, lunch, a coffee
   * break in a comment. */
  { "timed-headings-by-paragraphs.md", NULL, 5, {
      { "Multicore Wren", "Stephen Dolan; Leo White; Anil Madhav", "2014-09-05", "09:10",
        "10:00" },
      { "Ephemerons meet the Wren GC", "François Bobet", "2014-09-05", "09:10", "10:00" },
      { "Introduction to 0install", "Thomas Leonard", "2014-09-05", "10:25", "11:20" },
      { "Transport Layer Security purely in Wren", "Hannes Mehnert; David Kaloper",
        "2014-09-05", "10:25", "11:20" },
      { "A Proposal for Namespaces in Wren", "Pierrick Coudert; Fabrice Le Fessier; Benjamin Canot",
        "2014-09-05", "14:00", "14:55" },
    } },
  /* A table cell "**Dr. Jörg Kunze** (Basler AG) <br>[EN] Title": the people
   * before the break, the title after it, its language tag ("[EN]") and the
   * names' academic titles ("Dr.", "Dipl.-Inf. Dipl.-Ing.") left out.
   * Traps: the venue opening and closing. */
  { "table-people-break-title.md", NULL, 3, {
      { "Bayer Pattern and Image Quality", "Jörg Kunze", "2017-12-02", "12:00", NULL },
      { "Fahrstrategien für autonome Shuttles", "Martin Krähling", "2017-12-02", "15:00", NULL },
      { "How to Solve a Problem", "Stefan Richter", "2017-12-02", "17:00", NULL },
    } },
  /* "held on the 24th and 27th of March 2023" over "## Day 1" and "## Day 2":
   * two days listed, not a range; Day 2 is the 27th (a Monday), not the
   * 25th.  Traps: a coffee break. */
  { "numbered-days-listed.md", NULL, 4, {
      { "Overview of the language", "Mauro", "2023-03-24", "09:10", "09:30" },
      { "Your first lines of code", "Mauro; Victor", "2023-03-24", "09:30", "10:30" },
      { "Geospatial data handling", "Mauro", "2023-03-27", "09:00", "09:30" },
      { "Parallel computing", "Victor", "2023-03-27", "10:00", "10:30" },
    } },
  /* "**Oct 4: 04:00 pm**: Developer Keynote" before any other talk or day:
   * a line that opens with its own day and time is a talk, not the
   * introduction; then "**Oct 5:**" over "- **09:00 am:** Title" items.  The
   * year the post writes. */
  { "dated-bold-lines.md", NULL, 4, {
      { "Developer Keynote", "", "2023-10-04", "16:00", NULL },
      { "The path to scalable success: Insights on scaling your app", "", "2023-10-05", "09:00",
        NULL },
      { "Business value 101: How identity powers business outcomes", "", "2023-10-05", "09:45",
        NULL },
      { "Faster and more secure logins with passkeys", "", "2023-10-05", "14:00", NULL },
    } },
  /* "## Monday 16 - Runtime" (a weekday and a day of the month, no month) in
   * a post with no date: the month is the one its address names ("path =
   * \"workshop-2023-10/program\""), the year its title's; Monday 16 is in
   * October 2023 (January 2023 had one too).  "Name (with Name)" is both.
   * Traps: the coffee rows, "**Discussion**, chair Name" (no talk; "Discussion:
   * Prize for …" is one). */
  { "address-month-weekday-days.md", NULL, 5, {
      { "Mixing at module boundaries", "Dimitra Vlaykova", "2023-10-16", "10:00", "10:40" },
      { "The challenge of simulating schedulers", "Friedrich Kupfer", "2023-10-16", "10:40",
        "11:20" },
      { "Discussion: Prize for the best scheduler", "", "2023-10-16", "17:45", "18:00" },
      { "Finite state machines for parsers", "Rémi Bourgeon; Pascal Tremble", "2023-10-17",
        "09:30", "10:10" },
      { "Fully incremental compilation", "Adrien Moreau", "2023-10-17", "10:10", "10:50" },
    } },
  /* "- 3:10pm Key features (Farago)": a surname alone in the brackets that
   * end the titles, one of them ("Senn") twice: the speakers.  "(CUDA)" is
   * an acronym, no one.  The day: "## Time/place" over "- Date: 2019-10-25,
   * 3pm-5pm", the event's fields (no talk). */
  { "bracket-surnames-list.md", NULL, 5, {
      { "Key features", "Farago", "2019-10-25", "15:10", NULL },
      { "Why is Wren fast and flexible?", "Trott", "2019-10-25", "15:30", NULL },
      { "Mundane data analysis tasks", "Senn", "2019-10-25", "16:00", NULL },
      { "Scientific computing", "Senn", "2019-10-25", "16:15", NULL },
      { "Parallel and GPU computing (CUDA)", "", "2019-10-25", "16:30", NULL },
    } },
  /* The whole schedule in the front matter: "schedule:" over "- day: Monday,
   * June 9th, 2025" over "slots:" of rows written as lists of scalars
   * ("- [\"10:00 - 10:30\", \"Foundation Report\", \"\"]"): the time, then
   * the title.  "Acme: Security Status Report" names an organisation, no
   * one; the zone the body names ("Eastern Daylight (UTC -4)").  Traps:
   * the welcome, lunch, the farewell. */
  { "front-matter-slot-rows.md", "America/New_York", 4, {
      { "Foundation Report", "", "2025-06-09", "10:00", "10:30" },
      { "Wren: General Status and Stats", "", "2025-06-09", "10:30", "11:15" },
      { "Acme: Security Status Report", "", "2025-06-09", "13:00", "13:30" },
      { "Site Report from Lund", "", "2025-06-10", "09:30", "10:00" },
    } },
  /* "All times are UTC +2.": the offset after "UTC" (a space before its
   * sign) is the zone, not UTC itself. */
  { "zone-note-utc-offset.md", "Etc/GMT-2", 2, {
      { "Release planning for 0.5", "Ana Souza", "2025-06-09", "16:00", "16:30" },
      { "The new garbage collector", "Piotr Nowak", "2025-06-09", "16:30", "17:00" },
    } },
  /* An HTML table of two tracks ("Intro", "Advanced": no room's names) whose
   * cells are "<a>Title</a><br><i>Names</i>": a column of talks, not of
   * speakers (its cells' first lines are titles).  The year the title
   * writes; "#### Monday 28/08".  Traps: registration, a break. */
  { "html-table-track-columns.md", NULL, 4, {
      { "Machine learning", "Olivia Grisel; Tim Heald", "2017-08-28", "09:00", NULL },
      { "Wren", "Guillaume Lemaire", "2017-08-28", "09:00", NULL },
      { "Advanced data frames", "Joris Van den Bosch", "2017-08-28", "11:00", NULL },
      { "Arrays", "Gert Ingolf", "2017-08-28", "11:00", NULL },
    } },
  /* "**11:15–11:45 JST – Title**" over bullets of its fields ("- Panelists:
   * Name (Org), Name (Org)", "- Speakers: Name & Name (Org)", "- Topic: …"):
   * the speakers' field gives the talk's speakers.  "Toward Sustainable
   * OSPO: …" opens with a title's word, no one's name. */
  { "bold-slots-field-bullets.md", "Asia/Tokyo", 2, {
      { "Ways To Level Up OSPO Stages With Local Meetups", "Masayuki Kuwano; Ana Jiménez Sanz",
        "2025-12-08", "11:15", "11:45" },
      { "Toward Sustainable OSPO: Lessons Learned From One Year of Operations",
        "Yuichi Nakano; Yusuke Furuya", "2025-12-08", "12:05", "12:35" },
    } },
  /* "<h3>At <a>Mobile and Ubiquitous Multimedia</a>, November 27th, Lisbon,
   * Portugal</h3>" before the programme: no talk, but the day of the talks
   * that give only a time (the year is the title's).  "Oral presentation 1
   * - " and "Talk 3: " number the talks, no part of their titles; "Keynote
   * 2: " stays (it says what the talk is); "Keynote: Dr. Name" is a keynote
   * and its speaker */
  { "dateline-heading-numbered-talks.md", NULL, 7, {
      { "Keynote speaker I", "Ana Lima", "2022-11-27", "09:15", "10:15" },
      { "Using Wrist Sensors for Calm in Children", "", "2022-11-27", "11:15", "11:30" },
      { "Eliciting Empathy: a narrative review", "", "2022-11-27", "11:30", "11:45" },
      { "Roundtable discussion", "", "2022-11-27", "11:45", "12:30" },
      { "Facial Expression Recognition with EMG Sensors", "", "2022-11-27", "14:00", "14:15" },
      { "Keynote 2: Communicating Physical Experiences", "", "2022-11-27", "16:00", "17:00" },
      { "Keynote", "Joris Bakker", "2022-11-27", "17:00", "17:30" },
    } },
  /* A programme of parallel talks: "| Time | Room |" over a delimiter row of
   * three cells (the talks' column has no header); a timed row over untimed
   * ones is the first of the slot's talks when each row names its room (no
   * group heading); delimiter rows again between the slots; "Title<br/>Name,
   * Department of X, University of Y" (an organisation of two parts, or with
   * its initials); "Break to allow you to change rooms" is no talk; a
   * column of numbered places ("Workshop W1", and one "Main Auditorium")
   * beside the linked titles is no column of talks */
  { "room-rows-short-header.md", NULL, 10, {
      { "Keynote Talk", "Ana Lima", "2019-09-20", "09:15", "10:00" },
      { "Why twigs beat straw.", "Mei Lin", "2019-09-20", "10:30", "10:50" },
      { "Weaving at scale.", "Lars Visser; Joris Bakker", "2019-09-20", "10:30", "10:50" },
      { "Mud as mortar.", "Piotr Nowak", "2019-09-20", "10:30", "10:50" },
      { "Nests in cities: a survey.", "Ana Souza", "2019-09-20", "11:00", "11:20" },
      { "Feathers for warmth.", "Karl Lund", "2019-09-20", "11:00", "11:20" },
      { "Sponsored Workshop", "", "2019-09-20", "14:00", "15:15" },
      { "Using drones to find nests", "Maja Holm", "2019-09-20", "14:00", "15:15" },
      { "Introduction to twig joinery", "Anna Berg", "2019-09-20", "14:00", "15:15" },
      { "The nests of tomorrow", "Karl Lund", "2019-09-20", "15:15", "16:00" },
    } },
  /* An HTML table written across blank lines, each talk's row followed by a
   * row of its abstract (time and type cells empty): the abstract is no
   * talk and does not make the row above a group's heading.  The day is
   * only in the front matter's description ("held … on December 16th
   * 2023 in Room 220") */
  { "html-abstract-rows-summary-day.md", NULL, 2, {
      { "The making of the twig scheme", "Ana Lima", "2023-12-16", "09:00", "10:00" },
      { "Unbalanced nests: efficient repairs for windy places", "Mei Lin", "2023-12-16", "10:30",
        "11:00" },
    } },
  /* Tables under day headings whose speakers are reference links never
   * defined ("[Mark Adams]", "[A], [B]", a note's mark "[1]" after one);
   * the list of the event's days ("- Monday, May 19 - Tutorial (tutorials
   * begin at 9am)") names no talks; "End of first day" and "Meeting Closes"
   * are no talks */
  { "unresolved-reference-speakers.md", NULL, 5, {
      { "Tutorial I: Twig basics", "Ana Lima", "2025-05-19", "09:00", NULL },
      { "Emergent shapes of woven nests", "Mei Lin", "2025-05-19", "13:30", NULL },
      { "A projection method for feather counts", "Lars Visser", "2025-05-20", "09:05", NULL },
      { "Dense mud mortars", "Joris Bakker; Piotr Nowak", "2025-05-20", "09:30", NULL },
      { "Nests of the lattice", "Ana Souza", "2025-05-20", "11:00", NULL },
    } },
  /* "### [Day 1](day1), Monday, August 24th, 2026" over each day's table:
   * the day's heading, no talk; "### Class enrollment on the [Nest
   * Cloud](url)" is a section, its link after an article no talk's title */
  { "linked-day-number-headings.md", NULL, 4, {
      { "Introduction to twigs (part I)", "Lima", "2026-08-24", "09:10", "10:30" },
      { "Twigs (part II)", "Lima", "2026-08-24", "11:00", "12:30" },
      { "Mud for mortar", "Lin", "2026-08-25", "09:00", "10:30" },
      { "Feathers and warmth", "Visser", "2026-08-25", "11:00", "12:30" },
    } },
  /* "- **Part I: Title**: 20 mins (8:05–8:25) — *Name*": the time in
   * brackets between the title (its length dropped) and its speaker; the
   * day from "Time: Aug 3, 2025 8:00 AM - 11:00 AM (EDT)" in the HTML
   * heading block before the programme (EDT: the usual zone, Toronto keeps
   * its rules) */
  { "tutorial-parts-bracket-times.md", "America/New_York", 3, {
      { "Part I: Nest Foundations", "Ana Lima", "2025-08-03", "08:05", "08:25" },
      { "Part II: Architecture of Small Nests", "Mei Lin", "2025-08-03", "08:25", "09:00" },
      { "Part III: Weak to Strong Twigs", "Lars Visser", "2025-08-03", "09:15", "10:00" },
    } },
  /* "| 08:40 | **Session 1** | |" over the session's timed rows: its label,
   * no talk */
  { "table-session-label-rows.md", NULL, 4, {
      { "Welcome and Workshop Overview", "Ana Lima", "2021-11-17", "08:30", NULL },
      { "Infrastructure for robotic nest surgery", "Mei Lin", "2021-11-17", "08:40", NULL },
      { "An open toolkit for nest robots", "Lars Visser", "2021-11-17", "09:00", NULL },
      { "Error correction for soft nests", "Joris Bakker", "2021-11-17", "10:30", NULL },
    } },
  /* An HTML table whose title cells are "<details><summary>Title</summary>
   * <p>Abstract…</p></details>": the summary is the title, the abstract no
   * part of it */
  { "html-details-title-cells.md", NULL, 3, {
      { "Nest Status Report", "Ana Lima; Mei Lin", "2025-06-06", "09:15", "10:15" },
      { "Required Twig Arguments", "Lars Visser", "2025-06-06", "10:15", "10:40" },
      { "The Nest Debugger", "Karl Lund", "2025-06-06", "10:50", "11:15" },
    } },
  /* An HTML table of time | author | title without a header: the title
   * cell's "(Show Abstract)" toggle and the abstract it hides (a <div
   * style="display:none"> with blank lines inside) are no part of the
   * title */
  { "html-hidden-abstract-toggles.md", "Europe/Paris", 2, {
      { "The Inevitability of Nests", "Ana Lima", "2020-04-14", "16:05", "16:25" },
      { "Growing a nest culture at SAP", "Mei Lin; Lars Visser", "2020-04-14", "16:25", "16:40" },
    } },
  /* "* Name: Title" among the speakers announced before the programme:
   * the same talks as the programme's rows, not untimed talks of their own */
  { "announced-speakers-then-programme.md", NULL, 3, {
      { "Nest Language Server", "Michael Peyton Jones", "2024-06-06", "09:30", "10:30" },
      { "NestUp", "Julian Ospald", "2024-06-06", "10:45", "11:45" },
      { "The Nest Compiler", "Richard Eisenberg", "2024-06-07", "09:30", "10:30" },
    } },
  /* "- **13:45** - Title (Name, Org) (a remark) - [Slides](…), [Session
   * recording](…)": the links to the talk's material at the end are no
   * part of it (they made the line no talk), the remark after the people's
   * bracket neither; "(*Name*, [slides](…))" is the people's bracket */
  { "material-links-after-byline.md", NULL, 4, {
      { "Empowering nest builders using twigs", "Ana Lima", "2013-10-22", "13:45", NULL },
      { "Kimchi: Simplified Nest Management", "Mei Lin", "2013-10-22", "14:30", NULL },
      { "Quality of service for nests", "Lars Visser", "2013-10-22", "15:30", NULL },
      { "Twig physics", "Joris Bakker", "2013-10-22", "16:00", NULL },
    } },
  /* "11:00, Lammemuir 1" (or "14:20" alone) over "[Title](…) - Name, Org"
   * in one paragraph: the time (and room) of the linked talk under it, not
   * a talk named after the room (nor the next paragraph's time) */
  { "time-room-over-link.md", NULL, 3, {
      { "RAM Snapshots in Nests", "Ana Lima", "2013-10-21", "11:00", NULL },
      { "Nests and Cloud-Init integration", "Mei Lin", "2013-10-21", "12:00", NULL },
      { "Empowering Nest Builders", "Lars Visser", "2013-10-21", "14:20", NULL },
    } },
  /* A workshop's table of papers under session rows: "Title. <u>Name</u>,
   * Name, and Name." (the title, a full stop, its authors; "Scott T.
   * Grafton" holds a full stop too) */
  { "paper-rows-title-stop-authors.md", NULL, 3, {
      { "Nest Planning: A Primer", "Ana Lima; Mei Lin; Lars Visser", "2025-03-04", "08:30",
        "10:30" },
      { "A Benchmark for Hierarchical Nests", "Joris Bakker; Scott T. Grafton; Piotr Nowak",
        "2025-03-04", "08:30", "10:30" },
      { "Active Twig Selection from Human Feedback", "Ana Souza; Karl Lund; Maja Holm",
        "2025-03-04", "14:00", "15:30" },
    } },
  /* Table cells "**[Invited talk by Name](#anchor) (20 min)**: <br> Title"
   * (the kind and its speaker, then the title) and "**Contributed talks:**
   * <br>\\- Title<br>\\- Title" (a slot's talks, one a line after a dash);
   * "Spotlight talks (11 x 3 min)" without its lengths */
  { "table-kind-by-name-cells.md", NULL, 5, {
      { "On Using Twig Datasets to Evaluate Nests", "Ana Lima", "2021-04-16", "15:10",
        "15:30" },
      { "Catastrophic Forgetting in Deep Nests", "", "2021-04-16", "15:30", "16:00" },
      { "Reproducible Evaluations of Nest Models", "", "2021-04-16", "15:30", "16:00" },
      { "Spotlight talks", "", "2021-04-16", "16:05", "16:40" },
      { "Open Nest Benchmark Challenge", "Mei Lin", "2021-04-16", "18:30", "19:10" },
    } },
  /* Markdown table cells "**Talk 1:** *Title* <details><summary>Abstract
   * </summary>Text</details>": the abstract behind its toggle is no part of
   * the title; "\\end{table}" under the rows (no pipe) is no row (it made
   * the last row a group's heading, "end{table}" its talk) */
  { "markdown-cell-details.md", "UTC", 4, {
      { "Overview of NestReach", "Ana Lima", "2021-12-09", "14:20", "15:00" },
      { "Synthesis of nests from time-series data", "Mei Lin", "2021-12-09", "15:00", "15:30" },
      { "Round table: Nests of the future", "Joris Bakker", "2021-12-09", "17:00", "18:00" },
      { "Nests of the south", "Karl Lund", "2021-12-10", "13:00", "14:00" },
    } },
  { "time-heading-lightning-headings.md", NULL, 3, {
      { "Web Components, Use it or Lose it?", "Sara Lindqvist", "2017-05-17", "19:20", NULL },
      { "Boostez votre amélioration continue !", "Anne Gaborit", "2017-05-17", "19:20", NULL },
      { "Draw me a feature", "Andreea Dumitru", "2017-05-17", "19:20", NULL },
    } },
  /* "## 3/6/2022" and "## 4/6/2022": the days of one month; "### PM" no
   * track; "**Room**: Title (Name)" with the room in bold, several rooms
   * side by side after " / ", titles the editor wrapped */
  { "plan-bold-rooms-parallel.md", NULL, 12, {
      { "Continuous delivery is a state of mind", "Ralf Conte", "2022-06-03", "10:15", NULL },
      { "Generating PDF files with transformers to train object detection on text documents",
        "Lorenzo Pace", "2022-06-03", "11:00", NULL },
      { "Parsing PDF files with transformers", "Lea Pisa", "2022-06-03", "11:20", NULL },
      { "Indoor gardens for the home office", "Ana Lima", "2022-06-03", "11:45", NULL },
      { "Testing systems beyond accuracy", "", "2022-06-03", "12:30", NULL },
      { "Keynote: Pro tips for writing (unit) tests worth keeping", "Rita Hale", "2022-06-03",
        "14:30", NULL },
      { "Head first machine learning", "Gino Forte", "2022-06-03", "17:15", NULL },
      { "Supercharge your shell", "Justin Moor", "2022-06-03", "17:15", NULL },
      { "Web accessibility in mind", "Diana Berni", "2022-06-03", "17:15", NULL },
      { "Write any program in one line", "Nico Vera", "2022-06-04", "14:30", NULL },
      { "Writing faster Python 3", "Seb Witt", "2022-06-04", "14:30", NULL },
      { "Global strategies for regional open source", "Nora Kobo; Alin Jerp", "2022-06-05",
        "14:50", "15:20" },
    } },
  /* "#### 8:55-9:50 Developing in R": a session's name after its time over
   * "* [Name](/speakers/…): Title" items; the day heading's hours are no
   * talk's time; a link to the schedule elsewhere is no talk */
  { "session-headings-linked-names.md", NULL, 6, {
      { "The Messy Space between Analysis and Output", "Jo Nolan", "2022-09-17", "08:05",
        "08:45" },
      { "10 Simple Rules for Teaching R", "Tia Timmer", "2022-09-17", "08:05", "08:45" },
      { "Benchmarking Forecasting Algorithms with R Packages", "Dora Berg", "2022-09-17", "08:55",
        "09:50" },
      { "Going Beyond Tidyverse 101", "Pia Gagne", "2022-09-17", "08:55", "09:50" },
      { "The Challenges of Legacy Code", "Vera Duran; Emma Zhang", "2022-09-17", "11:05",
        "12:00" },
      { "A Dashboard for Hourly Energy Balance", "Jeff Roth", "2022-09-17", "13:15", "14:10" },
    } },
  /* Pelican's metadata closed by "---"; "It took place last week-end": the
   * weekdays are the last before the post's date */
  { "pelican-metadata-last-weekend.md", NULL, 3, {
      { "How free software could change a town hall", "Dana Cooper", "2020-02-01", "10:00",
        NULL },
      { "Doomed are the dinosaurs!", "David Heik", "2020-02-01", "11:30", NULL },
      { "Bringing back ethics to open source", "Toby Lang", "2020-02-02", "12:55", NULL },
    } },
  /* "## 10:30-11:30 Session 1: Compilers" over "### Title" headings, each
   * over its authors and their organisations ("Name, MIT CSAIL (USA)") */
  { "session-slot-author-headings.md", NULL, 4, {
      { "Functional Pearl: A Compiler in 500 Lines of Code", "Ada Rompf; Nadia Amin",
        "2015-08-31", "10:30", "11:30" },
      { "An Optimizing Compiler for the Web", "Adam Chlip", "2015-08-31", "10:30", "11:30" },
      { "Bounded Refinement Types", "Nika Vazou; Alex Bakst", "2015-08-31", "11:50", "12:30" },
      { "Which simple types have a unique inhabitant?", "Gabe Scher; Didi Remy", "2015-09-01",
        "10:30", "11:30" },
    } },
  /* "[Title](slides) - [Name](profile) - [Org](site)": the organisation
   * after a dash; "19:45 - 20:00: "Title" - [Name](profile)": a quoted title
   * before its speaker's link; "Arrive and mingle" is no talk */
  { "meetup-linked-name-dash-org.md", NULL, 3, {
      { "Past and Present", "Naya Posti", "2019-06-20", "19:05", "19:20" },
      { "The Keeper of Notarization", "Rick Mallow", "2019-06-20", "19:25", "19:40" },
      { "Rise Again", "Nick Hayes", "2019-06-20", "19:45", "20:00" },
    } },
  /* An HTML table whose time cells give the slot's length under the time
   * ("<br><span>30m</span>"); "Full Paper #12: "Title"": the label before a
   * quoted title is the talk's track */
  { "html-table-length-paper-labels.md", NULL, 3, {
      { "Keynote: Workarounds are Everywhere", "Inga van de Weer", "2024-11-19", "09:20",
        "10:15" },
      { "Digital Sovereignty: Affordances in Open Source Projects", "Marta Klar; Ulla Lechner",
        "2024-11-19", "11:15", "11:45" },
      { "On the Way to Better Information Systems", "Isa Fries; Max Greiner; Ulla Lechner",
        "2024-11-19", "11:15", "11:45" },
    } },
  /* An HTML table whose cells list a session's papers (a bold title over
   * its authors, each; a bold note under them), beside a second time column
   * that times the other room's talks one under the other */
  { "html-table-session-cells.md", NULL, 4, {
      { "Industrial Talk - Adapting to Nests", "Marco Monte", "2024-11-18", "09:30", "09:40" },
      { "Seeking Success in Public Procurement of Nests", "Sanna Marjala", "2024-11-18", "09:30",
        "10:30" },
      { "Trustworthy Nests for Aligned Birds: A Research Plan", "Josa Cerqueira", "2024-11-18",
        "09:30", "10:30" },
      { "Research Talk - Product Management in Nest Startups", "Fred Patton", "2024-11-18",
        "09:40", "10:05" },
    } },
  /* "### 11:15 – 11:40" over "**Name, Org**" and "*Title*": a slot's
   * speakers in bold (maybe under "**Keynote**", an affiliation's plain
   * line under them), its title in italics; "Org, Australia": a country */
  { "slot-headings-people-italic-titles.md", NULL, 7, {
      { "Designing language technologies with speech communities", "Steve Byrd", "2024-07-25",
        "10:15", "11:15" },
      { "Documenting island languages for the long term", "Nick Tieber", "2024-07-25", "11:15",
        "11:40" },
      { "Make your own language apps!", "Vera Raff", "2024-07-25", "11:40", "12:05" },
      { "The online dictionary of the Tahitian Academy", "Jacques Vernon", "2024-07-25", "13:55",
        "14:20" },
      { "Disseminating resources for Iaai", "Anne Dotte; Stef Geneix", "2024-07-25", "14:20",
        "14:45" },
      { "Learning island languages in the digital age", "Fabi Waca", "2024-07-25", "15:30",
        "15:55" },
      { "The Little Kids' Word List", "Carmel Shanessy; Vanessa Davies", "2024-07-25", "16:00",
        "16:25" },
    } },
  /* "**9:15 – 10:00** Title *M. Visser*": a bold time, the title, its
   * speakers in italics at the end; "Shuttle (Hotel - Park)" and
   * "Networking event" are no talks */
  { "bold-times-italic-speakers.md", NULL, 4, {
      { "Plenary session 1 The Power of JuliaGeo", "M. Visser", "2023-01-09", "09:15", "10:00" },
      { "Hands-on session 1 Julia for beginners", "L. Kilpatrick", "2023-01-09", "10:20",
        "12:15" },
      { "Hands-on session 2.1 Geostatistics in Julia", "J. Hoffman; R. Schouten", "2023-01-09",
        "14:00", "15:55" },
      { "Plenary session 1 SAR data manipulation", "F. Cremer", "2023-01-10", "09:00", "09:45" },
    } },
  /* "**12:30pm - 1pm**" over a loose list: every item takes the slot;
   * "by [Name](/speaker/profile/66/) and [Phillip Cloud](…) - Room 310/311":
   * each link to a person's page is a speaker, whatever the name looks like
   * ("Mariatta" alone, "Cloud"), and the room after a dash is no name */
  { "bold-slot-loose-list-speaker-pages.md", NULL, 6, {
      { "Designing Everyday APIs", "Lena Fischer", "2025-05-16", "12:30", "13:00" },
      { "Ajustando modelos en español", "María José Ortega", "2025-05-16", "12:30", "13:00" },
      { "Porque SQL está en todas partes", "Nadia Clement; Phillip Cloud", "2025-05-16", "15:30",
        "16:00" },
      { "Voices of the Community Podcast", "Chen Wei Ho; Mariatta; Tessa Ivanova", "2025-05-16",
        "17:15", "17:45" },
      { "Packaging without tears", "Lea Wassermann; Kara Sowinski; Chris Rosen", "2025-05-16",
        "17:15", "17:45" },
      { "Observability for beginners", "Ana Paula Gomes", "2025-05-17", "10:30", "11:00" },
    } },
  /* "####\t10:20 - 11:05\tOlga Petrenko" (or "Keynote: Name", "Keynote:
   * \tName", "(Special Session)\tName") over "**Title**": the heading names
   * the speaker, the bold line under it is the title, even when it reads as
   * names ("Instability, Computational Efficiency and Statistical
   * Accuracy") or its abstract follows on the next line; "1:00 -1:45" after
   * "11:50 - 1:00" is in the afternoon */
  { "timed-person-headings-bold-titles.md", NULL, 6, {
      { "Coordinates with Physical Meaning", "Marta Lindqvist", "2025-06-04", "09:00", "10:00" },
      { "On step sizes in stochastic gradient descent", "Olga Petrenko", "2025-06-04", "10:20",
        "11:05" },
      { "Beyond the Lazy/Active Dichotomy", "Arno Jacobs", "2025-06-04", "13:00", "13:45" },
      { "Intelligence Quantified (IQ)", "Peter Shaw", "2025-06-04", "15:00", "15:45" },
      { "Practice, Theory, and Theorems for Random Matrices", "Michael Moran", "2025-06-05",
        "09:00", "10:00" },
      { "Instability, Computational Efficiency and Statistical Accuracy", "Nils Holm",
        "2025-06-05", "16:05", "16:50" },
    } },
  /* An HTML grid with a day a column; a cell gives each paper a paragraph
   * ("<p><em>Title</em><a class="pdf-icon" …></a><br />Authors</p>") after
   * the session's name and chair: a talk a paragraph, the icon link no
   * link, "<b>(nominated for best paper)</b>" under the authors a note, a
   * keynote's own time before its title ("10:30--11:30: Title") its slot */
  { "html-day-columns-paper-paragraphs.md", NULL, 7, {
      { "Taming the Monster of Oversight", "Holger Hartmann", "2025-04-09", "10:30", "11:30" },
      { "Interpolation with Auxiliary Invariants", "Dirk Bauer; Po-Chun Chen; Nian-Ze Li",
        "2025-04-09", "10:30", "12:30" },
      { "Test Generation with Automata", "Max Bart; Marie-Claire Jakob", "2025-04-09", "10:30",
        "12:30" },
      { "The Spin on Spin", "Gerald Holm", "2025-04-09", "14:00", "14:30" },
      { "Two Decades of Formal Verification", "Rance Clive; David Hansen; Scott Smolen",
        "2025-04-09", "14:00", "15:00" },
      { "Learning the State Machine Behind a Text Editor", "Pierre Gantier", "2025-04-10",
        "10:30", "12:30" },
      { "Verification Witnesses 2.0", "Paula Ayala; Dirk Bauer; Jan Strejc", "2025-04-10",
        "10:30", "12:30" },
    } },
  /* <div> cards, a time beside "<h4>Keynote 1 — "Title"</h4> <p><b>Speaker:</b>
   * Name - Org</p>": the card's blocks a line each, the numbered kind a
   * label, "Name - Org" a person and her organisation; the day from
   * "Thursday, October 1, 2026 · Rooms 403 and 404, <a>Riverside Convention
   * Center</a>", a dateline (its venue's link no talk) */
  { "html-cards-numbered-keynotes.md", NULL, 2, {
      { "Role of touch in active manipulation", "Roberta Klein", "2026-10-01", "08:25",
        "08:50" },
      { "Tactile Robotics: Past and Future", "Nathan Lepper", "2026-10-01", "08:50", "09:15" },
    } },
  /* "Title - Name, Name, Name A Name": after a dash, a list of authors and
   * commas only; the last name is one more author (no one's organisation,
   * no title read before it), but "…, Red Hat" is theirs */
  { "dash-author-lists.md", NULL, 3, {
      { "Force-Directed Layouts by Edge Sampling", "Jixian Li; Dan Van Boxel; Joshua A Levine",
        "2024-05-02", "10:00", NULL },
      { "Remote Rendering at Scale", "Thomas Marrin; Silvia Rizzo; Michael E. Papka",
        "2024-05-02", "10:30", NULL },
      { "Spectral Sparsification", "Ana Lee; Bo Chen", "2024-05-02", "11:00", NULL },
    } },
  /* "## Title" over "Presented by [Name](…) \\| Sunday, August 11, 9:00 AM -
   * 12:30 PM \\| Level: Intermediate": the heading is the talk, the line its
   * speakers and slot (the speaker's link no talk, with "Presented by:" too) */
  { "heading-presented-by-bar-slot.md", NULL, 3, {
      { "Don't Touch That Dial! An Introduction to Channels", "Ken Whitfield", "2019-08-11",
        "09:00", "12:30" },
      { "How to React the Right Way", "Jack McCoy; Geoffrey Sechtman", "2019-08-11", "09:00",
        "12:30" },
      { "Build and Launch a Website on Wagtail, in Three Hours!", "Tom Dyer", "2019-08-11",
        "13:30", "17:00" },
    } },
  /* "* 19h10-20h00: [Title by Name](#title-by-name)": after its time, a link
   * to the talk's section further down is the talk's, its text the title
   * and the speaker; the section under it is that talk's; a table of
   * contents' anchors (no times) are no talks */
  { "agenda-anchor-links-by.md", NULL, 3, {
      { "Welcome and refreshments", "", "2022-09-13", "18:15", "19:00" },
      { "A hacker’s view on #containers and #K8S", "Philip Bogaert", "2022-09-13", "19:10",
        "20:00" },
      { "An Audit of Political Ad Policy Enforcement", "Victor Le Poch", "2022-09-13", "20:10",
        "21:00" },
    } },
  /* "[Name](…) will present [Title](sched) on Tuesday, July 9 at 11:00 -
   * 11:20.": the people before the verb speak, "on" after the link starts
   * no title (it did: "on Past, Present…") */
  { "prose-will-present-links.md", NULL, 3, {
      { "Tutorial: Efficient Data Analysis with Data.Table", "Paula Correa; Elio Campos",
        "2024-07-08", "09:00", "12:30" },
      { "Past, Present, and Future of Data.Table", "Tyson Barrow", "2024-07-09", "11:00",
        "11:20" },
      { "Performance Testing for Data.Table", "Doris Amoako", "2024-07-11", "10:30", "10:35" },
    } },
  /* An HTML cell listing a session's papers, "Title<br><font>Best Paper
   * Honorable Mention</font><br><i>Authors</i>": the award's line is no
   * name nor part of the title; a session of one paper ("<h4>Graph
   * Layouts</h4> (Session Chair: Name) <ul><li>Title by Edge Sampling<br>
   * <i>Name</i>") is that paper ("by" a word of its title) */
  { "html-session-list-award-lines.md", NULL, 4, {
      { "Force-Directed Graph Layouts by Edge Sampling", "Robert Gower", "2019-10-21", "10:10",
        "10:30" },
      { "Distributed Percolation Analysis for Turbulent Flows",
        "Anke Frieder; Wiebke Kopp; Marco Atzor", "2019-10-21", "14:20", "15:40" },
      { "Ranking Viscous Finger Simulations with Topology-aware Matchings",
        "Maxime Solier; Martin Petit; Julien Tiernan", "2019-10-21", "14:20", "15:40" },
      { "Topology-Based Spectral Sparsification", "Amyra Meidan; Seok-Hee Hong; Kwan-Liu Ma",
        "2019-10-21", "14:20", "15:40" },
    } },
  /* An HTML cell "Names<br><em>Title</em>": the authors, then the title in
   * italics, with or without a full stop after the names, even when the
   * title reads as names ("Session-typed Metaprogramming"); the cell
   * "Session:<br>Name" beside them a label */
  { "html-people-over-italic-titles.md", NULL, 4, {
      { "Session types for the transport layer", "Samuel Cavo; Ivan Nikitin; Ornela Dardo",
        "2024-04-06", "10:30", "11:05" },
      { "Behavioural Types for Heterogeneous Systems", "Simon Fowles; Philipp Hallen; Sam Lindsey",
        "2024-04-06", "11:05", "11:40" },
      { "Session-typed Metaprogramming", "Pedro Angelo; Atsushi Igawa; Vasco Vascon",
        "2024-04-06", "16:30", "17:05" },
      { "Implementing the asynchronous pi-calculus", "Lasse Nielsen; Nobuko Yoshi", "2024-04-06",
        "17:05", "17:30" },
    } },
  /* An HTML grid: "2:00pm" then "[asyncio: We Did It Wrong](…)", a title in
   * lower case after a time, is a talk (the "m" of "pm" read as prose
   * before a link in the middle of a sentence made it none) */
  /* "### 09:45 – 10:45 ライトニングトーク セッション1" over a table (HTML or
   * Markdown) of talks with no time of their own: the heading is their
   * session and its time theirs, no talk itself; a timed heading over its
   * abstract stays a talk */
  { "timed-heading-over-talk-table.md", NULL, 4, {
      { "招待講演：研究評価のこれから", "", "2027-07-04", "09:00", "09:40" },
      { "科学評価指標の次元削減と構造分析", "中村 洋一", "2027-07-04", "09:45", "10:45" },
      { "大学研究の独自性指標の構築", "太田 由紀", "2027-07-04", "09:45", "10:45" },
      { "研究者のキャリアと分野間距離", "柴田 佳", "2027-07-04", "11:00", "12:00" },
    } },
  /* table cells "Name (Org)<br> **Title**" and "Name (Org) **Title**": the
   * title in bold after its speaker, under the name or on its line (a bold
   * title that reads as names, "Energy Networks and Follow-ons", too) */
  { "table-people-bold-title-inline.md", NULL, 2, {
      { "Energy Networks and Follow-ons", "Andrea Molina", "2027-08-13", "08:40", NULL },
      { "Generation via Program Induction", "Wen Liang", "2027-08-13", "09:20", NULL },
    } },
  /* "### Tuesday" headings in a post dated February 11 that says the event
   * is "only four more weeks away": the Tuesday from four weeks on; "Lightning
   * talk: [Sandboxes Explained](sched)": a kind before the link to the talk's
   * page in the schedule, not to its speaker's */
  { "weekday-headings-weeks-away.md", NULL, 2, {
      { "A Quick Look at TAG Runtime", "Mia Berg", "2027-03-16", "12:30", "12:37" },
      { "Lightning talk: Sandboxes Explained", "Omar Haddad", "2027-03-17", "13:00", "13:15" },
    } },
  /* "held on Thursday, 20.05.2027." (a dotted date that ends its
   * sentence) dates the table; among the abstracts, a heading that words a
   * talk's title otherwise, over the byline of that talk's speaker alone,
   * is that talk's abstract, no talk of its own */
  { "table-dotted-date-reworded-abstract.md", NULL, 2, {
      { "Lazy Clause Generation in Practice", "Ilse Nyberg", "2027-05-20", "10:00", "10:30" },
      { "Solving at the University of Turku", "Tomas Lindqvist", "2027-05-20", "10:30",
        "11:00" },
    } },
  /* A Dutch programme: "Vrijdag 10 december 2027" (a month in lower case,
   * spelt as in English); "16.00-16.50 Keuzelezingen:" over a list (an
   * empty item in it) is no talk, its items' slot; "Title. D. Jacobs",
   * "Soc. Wet. Iss. A. ter Maas" (initials and a surname after the full
   * stop; an abbreviated title keeps its own); "Plenaire lezing door Ida
   * Smit" (the Dutch "by"; "Een rondleiding door de sterrenwacht" is no
   * door, "Door open" is); the reception, tea, dinner, breakfast, the
   * closing and the bus are no talks */
  { "dutch-colon-list-initials.md", NULL, 6, {
      { "Plenaire lezing", "Ida Smit", "2027-12-10", "14:05", "15:00" },
      { "Rechtsstaat in de klas", "D. Jacobs", "2027-12-10", "16:00", "16:50" },
      { "Black hole finder", "P. Jonker", "2027-12-10", "16:00", "16:50" },
      { "Soc. Wet. Iss.", "A. ter Maas", "2027-12-10", "16:00", "16:50" },
      { "Docenten en AI", "T. Naberink", "2027-12-11", "08:45", "09:35" },
      { "Een rondleiding door de sterrenwacht", "", "2027-12-11", "09:40", "10:30" },
    } },
  /* "**Tuesday 14 March 2028**  " on the first line of a paragraph of
   * "**09.15-10.00** Lecture: Title (Name)  " lines (a room's field and a
   * registration among them): the day of the talks under it; "**Friday
   * 17th**" the 17th after it */
  { "day-line-over-talk-lines.md", NULL, 6, {
      { "Lecture: Introduction to the Shell", "Karin Lund", "2028-03-14", "09:15", "10:00" },
      { "Exercise: Introduction to the Shell", "Karin Lund; Omar Berg", "2028-03-14", "10:00",
        "12:00" },
      { "Lecture: Read Alignment", "Pia Holm", "2028-03-15", "09:00", "10:30" },
      { "Exercise: Read Alignment", "Pia Holm; Leo Ek", "2028-03-15", "10:30", "12:00" },
      { "Lecture: Variant Calling", "Nils Ahl", "2028-03-17", "09:00", "10:00" },
      { "Exercise: Variant Calling", "Nils Ahl; Pia Holm", "2028-03-17", "10:00", "12:00" },
    } },
  /* "**Monday**" alone on the first line of a paragraph of talk lines, in
   * a post that gives no date: the talks are read, with their times and
   * no day (a weekday alone names none) */
  { "weekday-line-over-talk-lines.md", NULL, 4, {
      { "Lecture: Read Alignment", "Pia Holm", NULL, "09:00", "10:30" },
      { "Lecture: Introduction to the Shell", "Karin Lund", NULL, "09:15", "10:00" },
      { "Exercise: Introduction to the Shell", "Karin Lund; Omar Berg", NULL, "10:00", "12:00" },
      { "Exercise: Read Alignment", "Pia Holm; Leo Ek", NULL, "10:30", "12:00" },
    }, { "weekday-line-over-talk-lines.md:10: no day is given for "
         "“Lecture: Introduction to the Shell”" } },
  /* "📅 **Sábado 21 de octubre de 2028**" over "🕘 **9:00 a 17:00 horas**"
   * and the place, in one paragraph: the event's day and hours, no talk */
  { "event-day-hours-place.md", NULL, 2, {
      { "Mapeo colaborativo en escuelas", "", "2028-10-21", "09:15", "09:45" },
      { "Catastro de arbolado urbano con datos abiertos", "", "2028-10-21", "09:45", "10:15" },
    } },
  /* A definition list (Pandoc's " ~ " lines) under each time's item: the
   * time, the people (after their kind: "**Invited talk**: Name"), then the
   * title in quotes, linked in quotes or in emphasis */
  { "definition-list-programme.md", NULL, 3, {
      { "Embedded questions across languages", "Marta Olsen", "2028-03-09", "09:30", "10:30" },
      { "Clause size and selection in Kwa", "Jonas Weber; Lea Fischer; Tim Braun", "2028-03-09",
        "10:30", "11:10" },
      { "Factive verbs and their complements", "Ana Ruiz", "2028-03-09", "11:30", "12:10" },
    } },
  /* Cells "[**Title**](#a) <br> <span class="label label-warning">Level</span>
   * <br> Name": a Bootstrap label or badge (the talk's level) is no part of
   * the speaker's name; "[**Title **](#a)" (a space before the closing
   * marks leaves them as text) loses its stray "**" */
  { "table-badge-levels.md", NULL, 5, {
      { "Afinal o que aconteceu com o HTTP2?", "Nelson Duarte", "2030-09-21", "10:20", NULL },
      { "Bancos de dados livres", "Vera Froes", "2030-09-21", "10:20", NULL },
      { "Criar música programando", "Jerônimo Madruga", "2030-09-21", "11:10", NULL },
      { "PHP e PostgreSQL", "Everton Heckler", "2030-09-21", "11:10", NULL },
      { "O que é ciência de dados", "Lorenzo Antunes", "2030-09-21", "16:30", NULL },
    } },
  /* An HTML table "Time | Title | Track | Speakers" whose title cells put a
   * subtitle under the linked title: the speakers are still the talk's,
   * the subtitle its description */
  { "html-table-subtitle-speakers.md", NULL, 2, {
      { "Quarry - an open starter for small devices", "Ana Kowalska", "2029-02-03", "10:30",
        "11:00" },
      { "Secure boot on every board", "Marek Nowak", "2029-02-03", "13:50", "14:15" },
    } },
  /* Cells "<b>Title</b><br><br>Abstract<br><br>Name [@handle](…), Role,
   * Org<br>Name, Role, Org<br>": the title, the abstract's parts, then a
   * person a line (a name alone before its handle too); a badge linked
   * after the title ("[![Binder](…svg)](…)") holds no text of it */
  { "table-cell-abstract-people.md", "America/New_York", 3, {
      { "Why notebooks?", "Rosa Delgado", "2027-05-14", "10:15", "10:55" },
      { "Triage Queue Explorer", "Ian Boyle; Mia Chen; Tom Ward", "2027-05-14", "11:00", "11:55" },
      { "Stream Graph Mapper", "Kestrel", "2027-05-14", "12:30", "13:00" },
    } },
  /* "Welcome: Name/Name (Org)", "Opening remarks: Name", "Logistics and
   * announcements" open the day: no talks, whoever speaks; "by Mary
   * Major/Rick Minor (Red Hat)" names two people ("CI/CD" in a title
   * stays) */
  { "welcome-hosts-slash-names.md", NULL, 4, {
      { "Building better packages with Quill", "Jana Dvořák", "2029-05-17", "10:00", "10:30" },
      { "Tessellate on small boards", "Mary Major; Rick Minor", "2029-05-17", "11:00", "11:45" },
      { "Testing the kernel with Kestrel", "Ann Smith; Tomás Ruiz", "2029-05-18", "09:30", NULL },
      { "CI/CD for firmware", "Omar Farouk", "2029-05-18", "10:15", NULL },
    } },
  /* Meetups' doors opening: "18:30 Einlass", "18h30 : Accueil", "19h00 :
   * Check-in" are no talks (nor "Pause") */
  { "meetup-doors-einlass-accueil.md", NULL, 4, {
      { "Kubernetes-Operatoren mit Rust schreiben", "Max Mustermann", "2030-03-12", "19:00",
        "19:30" },
      { "Fehlerbehandlung ohne Tränen", "Erika Musterfrau", "2030-03-12", "19:30", "20:00" },
      { "Embedded Rust auf dem RP2040", "Jonas Weber", "2030-03-12", "20:15", "20:45" },
      { "Écrire un parseur avec nom", "Claire Dubois", "2030-03-14", "19:15", "19:45" },
    } },
  /* A Japanese study group's timetable: "オープニング" and "クロージング" (the
   * opening, the closing) are no talks, whoever speaks, nor the break and the
   * party; "## タイムテーブル" (the timetable) is no track */
  { "japanese-timetable-heading-opening.md", NULL, 3, {
      { "Goのジェネリクス入門", "山田 太郎", "2030-02-22", "19:10", "19:40" },
      { "pprofで始めるパフォーマンス改善", "佐藤 花子", "2030-02-22", "19:40", "20:10" },
      { "GoでつくるCLIツール", "鈴木 一郎", "2030-02-22", "20:20", "20:50" },
    } },
  /* Chinese and Korean meetups' tables: a name of one word ("张伟", "김민수")
   * in the speakers' column ("讲师", "발표자") is a speaker; "2030년 4월 16일"
   * dates its heading (no track); "네트워킹" (networking) is no talk */
  { "cjk-tables-one-word-names.md", NULL, 5, {
      { "Rust 异步运行时剖析", "张伟", "2030-04-13", "14:10", "14:50" },
      { "用 Rust 写数据库", "李娜", "2030-04-13", "14:50", "15:30" },
      { "嵌入式 Rust 实践", "王芳", "2030-04-13", "15:45", "16:25" },
      { "러스트로 만드는 웹 서버", "김민수", "2030-04-16", "19:00", "19:30" },
      { "소유권 다시 보기", "이서연", "2030-04-16", "19:30", "20:00" },
    } },
  /* A heading a talk with Portuguese fields: "**Palestrante:**", "**Quando:**
   * 31 de outubro, 10h30 às 11h00 — Auditório 1" (a room after the dash),
   * "**Data:** 2 de novembro, 16h15", "1º de novembro às 14h00" */
  { "portuguese-talk-headings-quando.md", NULL, 3, {
      { "Tipagem gradual na prática", "Ana Paula Souza", "2030-10-31", "10:30", "11:00" },
      { "Django sem medo de assíncrono", "Bruno Lima; Carla Mendes", "2030-11-01", "14:00", NULL },
      { "Pandas 2.0: o que mudou", "Diego Ramos", "2030-11-02", "16:15", NULL },
    } },
  /* A day's lists of talks written as sentences: "Title. Ponente y autor:
   * Name (Presentación)", "Title. Name, role (Presentación)" (a one-item
   * list under its subheading too), "Autoría: Name" alone, "Ponentes Name y
   * Name" without its colon, "Title. Speaker: Name", "Prof. Name / Title"
   * ("Profa.Name" too); "Más información. Consulta la web del evento." is
   * no talk */
  { "day-list-sentence-talks.md", NULL, 10, {
      { "La wiki como paradigma de la cultura libre", "Pilar Ortega", "2031-03-12", NULL, NULL },
      { "Zotero avanzado. El manual que hacía falta", "Miguel Álvarez Peralta", "2031-03-12", NULL,
        NULL },
      { "Museo virtual en el metaverso", "Sara Núñez Clavell; Agustín Martínez Peláez", "2031-03-12",
        NULL, NULL },
      { "Web para el aula del siglo XXI. Conversaciones en espacios digitales", "Liuba González Cid",
        "2031-03-12", NULL, NULL },
      { "¡Pero qué haces, insensato!", "Daniel Esteban Roque", "2031-03-12", NULL, NULL },
      { "Hardware libre en el laboratorio de procesos volcánicos",
        "Sandra González Muñoz; Marta Rincón Ramos", "2031-03-13", NULL, NULL },
      { "Testing the kernel in the open", "Ann Smith", "2031-03-13", NULL, NULL },
      { "Microeconomía", "Juan Carlos Aguado Franco", "2031-03-13", NULL, NULL },
      { "Introducción a la Educación Física", "Nuria Romero Parra", "2031-03-13", NULL, NULL },
      { "Sistemas Telemáticos, Fundamentos de Redes", "José Centeno González", "2031-03-13", NULL,
        NULL },
    } },
  /* An HTML grid written with blank lines in its cells: "10:30⏎11:00" (the
   * end under the start) is the row's time, "[Title](url)⏎⏎Name⏎⏎Abstract"
   * the title and its speakers (the abstract left out) */
  { "html-table-stacked-times-names.md", NULL, 3, {
      { "Programs and machines", "Michel Rijnders", "2031-10-04", "10:30", "11:00" },
      { "Working effectively with pull requests", "Georgia Gousi", "2031-10-04", "10:30", "11:00" },
      { "Rails Considered Harmful", "Ruth John; Emma Armstrong", "2031-10-04", "11:15", "11:45" },
    } },
  /* A table with a blank header and compact times ("1015 - 1100"):
   * "**Block 1**" over rows numbered "1", "2" (its talks, linked, no time
   * of their own; "3 | May the Forth…" is no date); "#newsociety" keeps
   * its hash; "Open Doors, registration, draw your own badge, and coffee"
   * and "Closing remarks and goodbye" are no talks */
  { "table-blocks-numbered-talks.md", NULL, 12, {
      { "#newsociety — a call out to future humans", "", NULL, "10:15", "11:00" },
      { "Algorithm assembly instructions without words", "", NULL, NULL, NULL },
      { "Who is afraid of the big bad O?", "", NULL, NULL, NULL },
      { "May the Forth Be with You", "", NULL, NULL, NULL },
      { "The joy of simulating forces", "", NULL, NULL, NULL },
      { "The Grammar of Syntax", "", NULL, NULL, NULL },
      { "Let's hand write DNS messages", "", NULL, NULL, NULL },
      { "The Ceylon type system", "", NULL, NULL, NULL },
      { "Creating apps for the terminal", "", NULL, NULL, NULL },
      { "Machine learning for the curious", "", NULL, NULL, NULL },
      { "Carp: A Language for the 21st century", "", NULL, NULL, NULL },
      { "2560 bytes ought to be enough", "", NULL, NULL, NULL },
    } },
  /* An HTML timetable's cell: the title in bold, then "Moderator: [Name]",
   * "Panelists: [Dr. A], Dr. B, and [C]" or "Morning Keynote by [Dr. Name]"
   * on lines of their own: the talk's people, no talks of their own
   * ("Dr. Crystallee Crain" after a comma is a name, no role); the
   * speakers' template left unfilled ("{{ person.affiliation }}") is no
   * talk */
  { "panel-moderator-panelists-lines.md", NULL, 2, {
      { "Open Scholarship Panel", "Nick Shockey; David Edwards; Crystallee Crain; Jen Klaudinyi",
        "2031-02-01", "09:15", NULL },
      { "Precision Medicine: Connecting Openness and Equity", "Kadija Ferryman", "2031-02-01",
        "11:00", NULL },
    } },
  /* A user group's archive: "| 3. Juni 2031 |" (a cell cmark would read
   * as an ordered list) dates its row; "Carsten Geckeler<br>Hans-Jürgen
   * Husel" in the speakers' cell is two people */
  { "table-german-dotted-dates-br-names.md", NULL, 4, {
      { "Einführung in Git", "Hans-Jürgen Husel", "2031-06-03", NULL, NULL },
      { "Groupware mit Kolab", "Martin Konold", "2031-07-01", NULL, NULL },
      { "Compute Cluster in der Industrie", "Karsten Gaier", "2031-11-04", NULL, NULL },
      { "Die Skriptsprachen Perl und Python", "Carsten Geckeler; Hans-Jürgen Husel", "2031-12-02",
        NULL, NULL },
    } },
  /* A Japanese meetup's recap: "##@deeeetさん Title" (a heading without the
   * space after its marks, as kramdown reads it) names the talk after the
   * speaker's handle ("@kazunori_279 Title", "Mookさん Title" too);
   * "#hashtag" is text; the day in the prose */
  { "japanese-recap-handle-headings.md", NULL, 4, {
      { "Quillの基礎/Quillに期待すること", "deeeet", "2031-01-17", NULL, NULL },
      { "WebアプリケーションにおけるQuillチューニング", "y_uuk1", "2031-01-17", NULL, NULL },
      { "Kestrel Engineについて", "kazunori_279", "2031-01-17", NULL, NULL },
      { "Gitのコミットごとに環境を作ってみた", "Mook", "2031-01-17", NULL, NULL },
    } },
  /* "# [Aniversário de 10 anos][0] [Novembro de 2031]" opening the page
   * is its title, no talk (nor does it keep the prose's "No dia 13 de
   * Novembro de 2031" from dating the talks under it) */
  { "linked-page-title-prose-day.md", NULL, 3, {
      { "Operações vetoriais com NumPy", "Luciano Ramalho", "2031-11-13", NULL, NULL },
      { "Uma análise matemática do Jazz", "Bernardo Fontes", "2031-11-13", NULL, NULL },
      { "Criando um OCR no scikit-learn!", "Danilo Bellini", "2031-11-13", NULL, NULL },
    } },
  /* A Japanese reading group's table: "開催日" (the day held) dates the
   * rows ("[2031-05-21](…)", "2031/6/4"), "輪読対象" (what is read) is the
   * title, "po3rin さん", "ゆで卵さん" in "発表者" are speakers; "335" under
   * "ボリューム" (the length) is no time; "## スケジュール" no track */
  { "japanese-reading-group-table.md", NULL, 4, {
      { "Preface / 1. Introduction and Overview", "yahonda", "2031-05-21", NULL, NULL },
      { "2. B-Tree Basics", "po3rin", "2031-06-04", NULL, NULL },
      { "3. File Formats", "ゆで卵", "2031-06-24", NULL, NULL },
      { "4. Implementing B-Trees", "Yuji Ito", "2031-07-10", NULL, NULL },
    } },
  /* "* **Title** — Names, Org | Wednesday, Nov 12, 2:30pm - 3:05pm MST |
   * Room 151": the time after the title and its people, a room after it */
  { "bold-title-people-slot-bar-room.md", "America/Denver", 3, {
      { "Project Lightning Talk: What's New in Heron", "Ivan Petrov", "2031-11-11", "09:40",
        "09:45" },
      { "Scaling Heron to 10,000 Clusters", "Rosa Delgado", "2031-11-12", "14:30", "15:05" },
      { "Heron and Gateway API: A Love Story", "Tom Becker; Aiko Sato", "2031-11-13", "11:00",
        "11:30" },
    } },
  /* "19h15 : **Title** par Name" ("by" in French after a title in bold),
   * "Panel: Title — moderated by Name" (the participle goes with "by") */
  { "bold-title-par-moderated-by.md", NULL, 3, {
      { "Introduction à Nix", "Jean Dupont", "2031-03-14", "19:15", NULL },
      { "Rust pour les développeurs Python", "Marie Curie; Paul Martin", "2031-03-14", "19:45",
        NULL },
      { "Panel: Financer le logiciel libre", "Sam Lee", "2031-03-14", "20:30", NULL },
    } },
  /* Paragraphs of fields: "Talk: Title" (the title's label), "Speaker:",
   * "When: 10:00–10:30", the day in the prose; "Talk: Lunch" is no talk */
  { "talk-speaker-when-fields.md", NULL, 2, {
      { "Writing a compiler in a weekend", "Li Wei", "2031-12-04", "10:00", "10:30" },
      { "Property-based testing for everyone", "Emma Svensson", "2031-12-04", "10:40", "11:10" },
    } },
  /* "### 10:00 - 10:45 | Main Hall" over "**Title** — Name": the heading
   * gives the slot (its room after the bar), no talk of its own */
  { "time-room-headings-bold-talks.md", NULL, 3, {
      { "Opening keynote: Why we build", "Sara Kim", "2031-06-03", "10:00", "10:45" },
      { "Type-safe SQL", "Omar Haddad", "2031-06-03", "11:00", "11:30" },
      { "State machines everywhere", "Lena Vogel", "2031-06-04", "09:30", "10:15" },
    } },
  /* A recap's day lists ("## Day 1" of "June 12–13, 2031"): "**Title** by
   * Name — summary", "Title by Name" and "Title by Name — summary" items
   * (the summary is no part of the byline) */
  { "recap-day-lists-by-summary.md", NULL, 4, {
      { "The state of CSS", "Una Kravets", "2031-06-12", NULL, NULL },
      { "Signals everywhere", "Ryan Carniato", "2031-06-12", NULL, NULL },
      { "Rust for JavaScript developers", "Lin Clark", "2031-06-13", NULL, NULL },
      { "WebGPU in practice", "Corentin Wallez", "2031-06-13", NULL, NULL },
    } },
  /* A Polish meetup: titles in „…" (the low opening quote closed as typed,
   * as Polish or as German do) lose their quotes; "Rejestracja",
   * "Powitanie", "Przerwa" (registration, welcome, a break) are no talks */
  { "polish-meetup-low-quotes.md", NULL, 3, {
      { "Virtual threads w praktyce", "Jan Kowalski", "2031-02-20", "18:30", NULL },
      { "Spring Boot 4: co nowego?", "Anna Nowak", "2031-02-20", "19:30", NULL },
      { "Testy kontraktowe", "Ewa Wiśniewska", "2031-02-20", "20:30", NULL },
    } },
  /* "- **Talk:** *Title* | Name", "- *Title* | Name", "- Title | Name" under
   * day headings: a bar parts the title from its speaker */
  { "day-list-title-bar-speaker.md", NULL, 4, {
      { "Rendering text fast", "Jana Novak", "2031-10-04", NULL, NULL },
      { "Physics for games", "Petr Svoboda", "2031-10-04", NULL, NULL },
      { "Quill 5 roadmap", "Karel Cerny", "2031-10-05", NULL, NULL },
      { "Editor plugins in practice", "Eva Dvorak", "2031-10-05", NULL, NULL },
    } },
  /* TOML front matter after a blank first line is still the front matter
   * (its "date = …" is the post's, no day of the talks: the prose's is) */
  { "toml-front-after-blank-line.md", NULL, 2, {
      { "Records in practice", "Anna Ivanova", "2031-10-21", NULL, NULL },
      { "Loom deep dive", "Ivan Petrov", "2031-10-21", NULL, NULL },
    } },
  /* Paragraphs "**Name** – _Title_", each over its abstract; the day in the
   * prose ("On **June 3** …") */
  { "bold-name-dash-italic-title-paragraphs.md", NULL, 3, {
      { "Object Oriented JUnit Tests", "Yegor Bugayenko", "2031-06-03", NULL, NULL },
      { "Evolution of Future in Java and Scala", "Andrey Ershov", "2031-06-03", NULL, NULL },
      { "Monitor Your Containers", "Philipp Krenn", "2031-06-03", NULL, NULL },
    } },
  /* A club's record of meetups: dated tables whose speakers' column holds
   * "Core-Team" or handles ("[@ryzokuken](…)"), and one with no speakers'
   * column at all: every row is a talk on its day ("Postponed", "No
   * meeting" are none) */
  { "dated-tables-handles-team.md", NULL, 5, {
      { "Kernel hacking 101", "", "2030-08-30", NULL, NULL },
      { "Shell scripting", "", "2030-09-14", NULL, NULL },
      { "How to Open Source", "", "2031-08-27", NULL, NULL },
      { "Intro to Git & Github", "", "2031-09-03", NULL, NULL },
      { "Wanna Play Linux", "", "2031-10-10", NULL, NULL },
    } },
  /* A club's past practices: "- **Week 2:** *Title*. Presented by Name.
   * [Slides](…)" items under term headings, no days: "Week 2:" is no part
   * of the title, a first name alone after "Presented by" is the speaker */
  { "club-weeks-presented-by.md", NULL, 4, {
      { "Python Pickles", "Ronak", NULL, NULL, NULL },
      { "Number Theory", "Vivek Shah", NULL, NULL, NULL },
      { "Pyjails", "Jason", NULL, NULL, NULL },
      { "Network Traffic Analysis", "Alec", NULL, NULL, NULL },
    } },
  /* "Tuesday: August 19, 2031" on the post's own date is the meetup's day,
   * no dateline; "- ######Title (Name)" items (a heading in an item, its
   * marks glued) are the talks */
  { "meetup-day-on-post-date-brackets.md", NULL, 3, {
      { "Hapi.js", "Devin Clark", "2031-08-19", NULL, NULL },
      { "Hubot Scripts", "Rick Yoesting", "2031-08-19", NULL, NULL },
      { "Mental Health in Tech", "Caleb Creed", "2031-08-19", NULL, NULL },
    } },
  /* A hackathon's tables: a track's emoji after a title ("Choosing a Tech
   * Stack 🧪") and "+ Event Kickoff +" marks are no part of titles; the
   * kickoff, "Hacky Hour", "Movie Night", "Trivia", "… Due", "Code Cut Off"
   * are no talks */
  { "hackathon-table-marks.md", "America/New_York", 4, {
      { "Choosing a Tech Stack", "", "2031-01-09", "18:30", "19:00" },
      { "Using User Experience", "", "2031-01-09", "19:00", "19:30" },
      { "Introduction to Git", "", "2031-01-10", "10:00", "11:30" },
      { "Creating Pixel Art", "", "2031-01-10", "13:00", "13:45" },
    } },
  /* The front matter's "subtitle: Morning of 21st August 2028, Leeds" dates
   * the post ("Monday 21st of August" in the prose has no year); "Session
   * welcome and aims" and "Conclusions and next steps" are no talks */
  { "front-subtitle-date.md", NULL, 3, {
      { "Keynote: Rewriting a solver with stencils", "Omar Farouk", "2028-08-21", "09:05",
        "09:40" },
      { "Research paper: Kernels for small cores", "Julia Stein", "2028-08-21", "09:40", "10:05" },
      { "Panel session", "", "2028-08-21", "10:30", "11:50" },
    } },
  /* A seminar series: "- **Apr 10, 2029**: Title ([notebook](…)) (Name)"
   * items (the people in the last bracket, a bracket of links before it
   * the talk's material), the hours given once ("- Time: 3:00-4:00pm,
   * Tuesdays through spring quarter 2029"); traps: a week without a
   * seminar, "TBA" */
  { "seminar-series-weekly-time.md", NULL, 4, {
      { "Notebooks Beyond the Basics", "Lena Ortiz", "2029-04-10", "15:00", "16:00" },
      { "Fast Arrays with NumPy", "Lena Ortiz", "2029-04-17", "15:00", "16:00" },
      { "Sky Catalogues", "Bram de Wit", "2029-04-24", "15:00", "16:00" },
      { "Graph Analysis with Python", "Chiara Russo", "2029-05-08", "15:00", "16:00" },
    } },
  /* A reading group's table "Date | Topic | Room | Lead" of dates with a
   * two-digit year, the first reading either way ("01/11/28": the later
   * "15/11/28" tells); "meets every <b>week on Wednesdays at 11-12</b>"
   * (bare hours) in the prose */
  { "reading-group-weekly-hours.md", NULL, 3, {
      { "Technical: Retrieval for language models", "Priya Raman", "2028-11-01", "11:00",
        "12:00" },
      { "Discussion: Measuring factuality", "Femi Adeyemi; Rui Costa", "2028-11-08", "11:00",
        "12:00" },
      { "Technical: Diffusion models", "Ed Hart", "2028-11-15", "11:00", "12:00" },
    } },
  /* Talks under dated headings without times, "We meet every Thursday at
   * 12:30-13:15" in the prose: the series' hours are theirs */
  { "lunch-talks-weekly-headings.md", NULL, 4, {
      { "Caching at the edge", "Ines Alves", "2029-03-01", "12:30", "13:15" },
      { "Writing good error messages", "Tom Keller", "2029-03-01", "12:30", "13:15" },
      { "Property testing in practice", "Yuki Mori", "2029-03-08", "12:30", "13:15" },
      { "Reading a flame graph", "Omar Haddad", "2029-03-08", "12:30", "13:15" },
    } },
  /* An HTML table whose cells set "<span class="talk-title">Title</span>"
   * over "<span class="details">Names</span>" (the page's style breaks the
   * line); "Session 1 - Solving in practice" and "Session 2: Dependencies"
   * rows at the time of the talk under them are the sessions' labels; the
   * front matter's "excerpt: 17 July 2029 · Porto" dates the post */
  { "html-table-title-spans.md", NULL, 4, {
      { "Invited Talk: Forty Years of Clause Learning", "Hana Novak", "2029-07-17", "09:00",
        NULL },
      { "Certified Expansion for True Formulas", "Ravi Menon; Lea Brandt; Mira Kovac",
        "2029-07-17", "09:40", NULL },
      { "Stronger Dependency Schemes", "Karl Weber; Ana Lima", "2029-07-17", "10:50", NULL },
      { "Symmetry in Quantified Formulas", "Paul Stein", "2029-07-17", "11:10", NULL },
    } },
  /* Time cells "8:10 PST / 17:10 CET": the same time in a second zone is
   * no part of the title; "Session 1 - __available for proposals__" and
   * "Lightning talk 2 - __available for proposals__" are open slots,
   * "Break/Networking (Tea break) & Group Photo" a break */
  { "table-two-zone-times.md", "America/Los_Angeles", 3, {
      { "What's new in Quill 4", "", "2029-12-06", "08:10", NULL },
      { "Reviews at scale", "", "2029-12-06", "09:10", NULL },
      { "Ask the maintainers", "", "2029-12-06", "09:40", NULL },
    } },
  /* Event sections "### Quill @ Riverside Hub Porto (21st July 2029)": the
   * date in brackets after the name is the day of the section's talks (the
   * prose's "July 13th" is another party's); "#### Programme Committee" in
   * the day's section ends its programme: its "Name - Org" items are no
   * talks; " (https://git.io/…)" in a title, an address, is no part of it */
  { "event-sections-bracket-days.md", NULL, 4, {
      { "Quill in five years", "Nora Blake", "2029-07-13", "18:00", "18:40" },
      { "Plugins we love", "Omar Farouk", "2029-07-13", "18:45", "19:25" },
      { "What's new in Quill 5", "Lena Ortiz", "2029-07-21", "15:30", "16:10" },
      { "From 0 to 2000 hosts", "Bram de Wit", "2029-07-21", "16:15", "16:55" },
    } },
  /* "- 6:00 PM - Presentations start (…)" over a list of "Name - Title"
   * items in its item: their slot, no talk; the host's "Opening", doors
   * and mingling are no talks; "Tomorrow!" in the title of a post of May
   * 13 puts them on May 14 */
  { "timed-item-nested-talks.md", NULL, 2, {
      { "Quill 5 preview", "Omar Farouk", "2029-05-14", "18:00", NULL },
      { "Themes in Quill", "Lena Ortiz", "2029-05-14", "18:00", NULL },
    } },
  /* A summit's table: "Coding" (the hackathon's hours), "Dinner -
   * Celebrations for Lark v4.0" (a meal and what goes with it) and "End of
   * the Lark User Summit" are no talks */
  { "summit-table-fillers.md", NULL, 3, {
      { "Lark 4.0 and beyond", "", "2029-08-23", "09:30", NULL },
      { "Scaling reviews at a bank", "", "2029-08-23", "14:00", NULL },
      { "Plugins in practice", "", "2029-08-24", "09:30", NULL },
    } },
  /* "| 9:30 - 11:00 | The PhD Process |" over rows within its time, the
   * first starting with it: their session, no talk */
  { "table-range-session-rows.md", NULL, 4, {
      { "Finding a topic worth five years", "", "2029-10-08", "09:30", "10:00" },
      { "Teaching your first class", "", "2029-10-08", "10:00", "10:30" },
      { "Mental health in academia", "", "2029-10-08", "10:30", "11:00" },
      { "Poster teasers", "Rory Lee", "2029-10-08", "11:00", "11:30" },
    } },
  /* "10:00 - 11:00 Welcome and introduction …" over "- **Welcome** from
   * Name & Name" and "- **Name**: "Title"" items: the items take its time,
   * the welcome among them is no talk; "Discussion and closing remarks"
   * is none either */
  { "timed-session-list-welcome-item.md", NULL, 3, {
      { "General introduction and goals", "Paula Sanz Blanco", "2029-02-06", "10:00", "11:00" },
      { "Status of the Seville node", "Jorge Oliva", "2029-02-06", "10:00", "11:00" },
      { "Emulating simulations with machine learning", "Marta Iranzo", "2029-02-07", "11:30",
        "12:30" },
    } },
  /* "<strong>Event date:</strong>&nbsp;Saturday, April 21, 2029 - full day,
   * starts at 9:00 AM" is a field of the event, no talk; "Welcome + Lab instructions" and
   * "Closing speech, prize draw (sponsor giveaway)" are ceremonies */
  { "bootcamp-event-date-welcome.md", NULL, 2, {
      { "Serverless in practice", "Ines Duarte", "2029-04-21", "09:30", "10:30" },
      { "Keeping secrets out of source", "Tom Vermeulen", "2029-04-21", "10:30", "11:30" },
    } },
  /* "16:25 休息/礼物" (a break, and gifts) in a Chinese agenda is no talk;
   * "## 议程" (the agenda) names no track */
  { "chinese-meetup-rest-break.md", NULL, 3, {
      { "《Django 企业开发实战》成书的故事", "", "2029-11-24", "15:15", NULL },
      { "一个移动应用使用预测的推荐系统", "", "2029-11-24", "15:55", NULL },
      { "OpenResty 新生态", "", "2029-11-24", "16:30", NULL },
    } },
  /* "17 Uhr – Diskussion und Austausch" (discussion and exchange) is no talk */
  { "german-linux-day-discussion.md", NULL, 2, {
      { "Vortrag: Einführung in Linux", "", "2029-04-20", "10:00", NULL },
      { "Vortrag: Linux im Alltag", "", "2029-04-20", "14:00", NULL },
    } },
  /* Rows whose "Who" is "Everyone": the attendees'
   * own hours, no talks */
  { "workshop-table-everyone.md", NULL, 2, {
      { "Data sharing between laboratories", "Grace Namata", "2029-09-11", "10:00", NULL },
      { "Metadata standards for field samples", "Peter Okello", "2029-09-11", "11:45", NULL },
    } },
  /* An event's page whose front matter gives "start_time" and "end_time"
   * (besides the date it was written): the talks are on the start's day */
  { "front-start-time-event.md", NULL, 2, {
      { "DebConf report", "Han Young", "2029-09-15", "13:00", NULL },
      { "Building an input method", "Kim Min", "2029-09-15", "14:00", NULL },
    } },
  /* Chinese and Japanese tables: "場所" names the room's column; titles in
   * 《》 lose the marks; "開会挨拶" (the opening greeting) and "昼休み" (the
   * lunch break) are no talks; "Name（alias），bio；Name（alias），bio" and "Name
   * （alias），bio" are people */
  { "table-cjk-headers-book-titles.md", NULL, 4, {
      { "ライトニングトーク - 「ローカル AI アプリ開発」", "Daniel Ohm", "2027-03-20", "12:00",
        "12:10" },
      { "服务网格的超大规模实践", "曾凡林; 汪萌山", "2027-03-20", "13:30", "14:10" },
      { "函数计算在小程序场景的应用", "周海", "2027-03-20", "14:10", "14:50" },
      { "MOSN 社区化发布", "", "2027-03-20", "14:50", "15:30" },
    } },
  /* "# PostGIS Day London 20th Nov 2029" over a table of the day's talks: the
   * first heading, a page's title, dates them */
  { "table-h1-date.md", NULL, 3, {
      { "Quick Intro", "", "2029-11-20", "10:00", NULL },
      { "Spatial Indexes at Scale", "Tim Marlow", "2029-11-20", "10:15", NULL },
      { "Using PostGIS to power a dashboard", "Stephanie Knox", "2029-11-20", "10:45", NULL },
    } },
  /* "# PHP Braga Day 21st Feb 2028": the first heading dates a page with
   * no front matter; an agenda indented as code, every line opening with a
   * time, is read as a list ("Talk 2: "Title" // Name"); code that is no
   * agenda stays code */
  { "code-agenda-h1-date.md", NULL, 2, {
      { "The Future of Testing", "Nuno Marques", "2028-02-21", "19:15", NULL },
      { "Beautiful CLI Apps", "Francisca Madeira", "2028-02-21", "19:30", NULL },
    } },
  /* an undated page titled "Programme du mercredi 10 novembre": the day
   * of its talks, the weekday fixing the year (a guess, with a warning);
   * grid cells "Name (Org) [Title](…)" after the row's time */
  { "front-title-weekday-grid.md", NULL, 5, {
      { "Réseaux d’automates et systèmes complexes", "Anne Richet", "YYYY-11-10", "13:30",
        NULL },
      { "Contraintes et applications", "Jean-Claude Roux", "YYYY-11-10", "14:00", NULL },
      { "Green Data Centers as Grid Support", "Ramon Aparo", "YYYY-11-10", "15:15", "15:45" },
      { "Redactable Smart Contracts", "Luigi Lamberti", "YYYY-11-10", "15:15", "15:45" },
      { "Adaptive Control of Quantum Networks", "Ramon Aparo", "YYYY-11-10", "15:45", "16:15" },
    },
    { "front-title-weekday-grid.md:12: the post gives no year; assuming " }, 3 },
  /* a post dated with a time of day ("date: 2027-10-22 04:15:00") whose
   * table of timed talks names no day: the post's day; "Title (Name, Org)"
   * cells, a last part that is no name being the organisation */
  { "table-paren-people-post-day.md", NULL, 3, {
      { "Compiling Array Programs to GPUs", "Eric Holm", "2027-10-22", "09:00", "09:30" },
      { "Partial Evaluation by Interpreter Specialization", "Niels Jonsson", "2027-10-22",
        "09:30", "10:00" },
      { "It's only Quine time", "Jason Hemming; Dan Frieden", "2027-10-22", "13:15", "13:45" },
    } },
  /* items over a sub-list of their fields ("start_time: 09:15:00", a key
   * as programs write it); "Invited Talk by
   * Name, Org: Title" and "Title: Name and Name, Org" give their speakers */
  { "items-over-field-lists.md", NULL, 3, {
      { "Sparse Retrieval for Low-Resource Languages", "", "2027-11-14", "09:15", "09:45" },
      { "Evaluating Translation without References", "Tomás Reis", "2027-11-14", "09:45",
        "10:30" },
      { "Shared Task Winners", "Inês Costa; Miguel Pinto", "2027-11-14", "11:00", "11:30" },
    } },
  /* a page of HTML: <div>s and a comment left open across blank lines
   * (what follows reads as indented code to cmark), Bootstrap tabs whose
   * labels are the days of their panes, "8:00 às 12:00", table cells of a
   * title over one name a line, "Intervalo" and "Não disponível" (no talk) */
  { "html-page-tabs-days.md", NULL, 5, {
      { "Minicurso: Testes com Python", "Carla Menezes; Rui Tavares", "2027-05-20", "08:00",
        "12:00" },
      { "Minicurso: Testes com Python", "Carla Menezes; Rui Tavares", "2027-05-20", "13:00",
        "17:00" },
      { "Tutorial: Git do zero", "Paulo Freitas", "2027-05-20", "13:00", "17:00" },
      { "ARQUITETURA SEM MEDO", "Helena Duarte", "2027-05-21", "09:00", "10:00" },
      { "DADOS ABERTOS NA PRÁTICA", "Marcos Lima", "2027-05-21", "10:30", "11:10" },
    } },
  /* "### Nov.18" (a day glued to the month's dot) over items "HH:MM - HH:MM
   * **Title** (30 + 15 min)<br/>" then "Name @ Org<br/>" and an abstract:
   * a Han name in one word, brackets and a comma inside the organisation
   * (the line is long, its names short), two people with their own "@",
   * " and " inside an organisation's name */
  { "items-bold-title-at-affiliation.md", NULL, 4, {
      { "Formalizing Sheaves in Lean", "小川瑞史", "2027-11-18", "13:10", "13:55" },
      { "Certified Parsing of Binary Formats", "Daniel Marin", "2027-11-18", "13:55", "14:40" },
      { "Petri Nets and Termination in Coq", "稲垣 衛; 山本光晴", "2027-11-19", "09:00", "09:45" },
      { "Event-B Models as Coq Proofs", "Tsutomu Kobayashi", "2027-11-19", "09:45", "10:30" },
    } },
  /* a front matter in JSON: a "timeline" of "time"/"name" entries, the
   * speakers in a "header" field ("Name – Role, Org", "Name - Org, role");
   * registration, a break and the networking in Russian are no talks */
  { "front-json-timeline-header.md", NULL, 3, {
      { "Реактивность без магии", "Вера Павлова", "2025-03-14", "19:00", "19:40" },
      { "Тесты, которые не стыдно показать", "Игорь Лебедев", "2025-03-14", "20:00", "20:40" },
      { "Small components, big apps", "Jane Doe", "2025-03-14", "20:40", "21:10" },
    } },
  { "html-grid-lowercase-title.md", NULL, 4, {
      { "No Student Left Behind! A session for true beginners", "Deanna Vickers; Justina Vickers",
        "2019-03-23", "13:00", NULL },
      { "Other Talk Here", "Ann Lee", "2019-03-23", "13:00", NULL },
      { "Getting started with Deep Learning", "Deborah Hanus", "2019-03-23", "14:00", NULL },
      { "asyncio: We Did It Wrong", "Lynn Root", "2019-03-23", "14:00", NULL },
    } },
};

static gint
weekday_of (gint year,
            gint month,
            gint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (gint) g_date_get_weekday (&date);
}

/* The documented rule for a post with no year: this year, the next, else
 * the nearest before, whichever puts the day on the weekday the post names;
 * this year when it names none. */
static gint
guessed_year (gint month,
              gint day,
              gint weekday)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint this_year = g_date_time_get_year (now);
  /* This year, the next, then back: every weekday comes round in 12 years. */
  const gint candidates[] = { this_year, this_year + 1, this_year - 1, this_year - 2,
                              this_year - 3, this_year - 4, this_year - 5, this_year - 6,
                              this_year - 7, this_year - 8, this_year - 9, this_year - 10 };

  if (weekday == 0)
    return this_year;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (weekday_of (candidates[i], month, day) == weekday)
      return candidates[i];
  g_assert_not_reached ();
}

static LineupSchedule *
read_layout (const gchar  *file,
             GError      **error)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", "layouts", file, NULL);
  g_autoptr(GFile) gfile = g_file_new_for_path (path);

  return lineup_post_reader_read_file (gfile, NULL, NULL, error);
}

static gchar *
speaker_names (LineupSession *session)
{
  GPtrArray *speakers = lineup_session_get_speakers (session);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < speakers->len; i++)
    {
      LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      if (i > 0)
        g_string_append (names, "; ");
      g_string_append (names, speaker->name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
dump_schedule (LineupSchedule *schedule)
{
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      g_autofree gchar *names = speaker_names (session);
      g_autofree gchar *start = lineup_format_iso8601 (lineup_session_get_start (session),
                                                       lineup_session_get_floating (session));

      g_test_message ("  %u: “%s” [%s] %s", i, lineup_session_get_title (session), names,
                      start ? start : "untimed");
    }
}

static void
assert_time (LineupSchedule *schedule,
             LineupSession  *session,
             GDateTime      *actual,
             const gchar    *zone,
             const gchar    *date,
             const gchar    *hhmm)
{
  gint year, month, day, hour, minute;

  g_assert_nonnull (actual);
  g_assert_cmpint (sscanf (date, "%d-%d-%d", &year, &month, &day), ==, 3);
  g_assert_cmpint (sscanf (hhmm, "%d:%d", &hour, &minute), ==, 2);

  if (zone == NULL)
    {
      g_autofree gchar *iso = lineup_format_iso8601 (actual, TRUE);
      g_autofree gchar *expected = g_strdup_printf ("%sT%s:00", date, hhmm);

      g_assert_true (lineup_session_get_floating (session));
      g_assert_null (lineup_schedule_get_zone_id (schedule));
      g_assert_cmpstr (iso, ==, expected);
    }
  else
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
      g_autoptr(GDateTime) expected = NULL;

      g_assert_nonnull (tz);
      expected = g_date_time_new (tz, year, month, day, hour, minute, 0);
      g_assert_false (lineup_session_get_floating (session));
      g_assert_cmpstr (lineup_schedule_get_zone_id (schedule), ==, zone);
      if (!g_date_time_equal (actual, expected))
        {
          g_autofree gchar *a = lineup_format_iso8601 (actual, FALSE);
          g_autofree gchar *e = lineup_format_iso8601 (expected, FALSE);

          g_error ("“%s”: %s, expected %s", lineup_session_get_title (session), a, e);
        }
    }
}

/* A post that gives a time but no day: the time of day, "HH:MM" or NULL. */
static void
assert_time_of_day (LineupSession *session,
                    const gchar   *start,
                    const gchar   *end)
{
  gint start_minute = -1, end_minute = -1;
  g_autofree gchar *start_text = NULL;
  g_autofree gchar *end_text = NULL;

  if (lineup_session_get_clock (session, &start_minute, &end_minute))
    g_assert_cmpint (start_minute, >=, 0);
  if (start_minute >= 0)
    start_text = g_strdup_printf ("%02d:%02d", start_minute / 60, start_minute % 60);
  if (end_minute >= 0)
    end_text = g_strdup_printf ("%02d:%02d", end_minute / 60, end_minute % 60);
  g_assert_cmpstr (start_text, ==, start);
  g_assert_cmpstr (end_text, ==, end);
}

/* A post that gives a day but no time: that day, "YYYY-MM-DD". */
static void
assert_day_without_time (LineupSession *session,
                         const gchar   *date)
{
  gint year = 0, month = 0, day = 0;
  g_autofree gchar *text = NULL;

  g_assert_null (lineup_session_get_start (session));
  g_assert_null (lineup_session_get_end (session));
  g_assert_false (lineup_session_get_clock (session, NULL, NULL));
  g_assert_true (lineup_session_get_day (session, &year, &month, &day));
  text = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  g_assert_cmpstr (text, ==, date);
  g_assert_cmpuint (lineup_session_get_day_key (session), ==, lineup_day_key (year, month, day));
}

static void
test_layout (gconstpointer data)
{
  const LayoutCase *layout = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout (layout->file, &error);
  g_autoptr(LineupSchedule) again = read_layout (layout->file, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) warnings = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (schedule);
  dump_schedule (schedule);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, layout->n_talks);

  for (guint i = 0; i < layout->n_talks; i++)
    {
      const ExpectedTalk *expected = &layout->talks[i];
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      g_autofree gchar *names = speaker_names (session);
      g_autofree gchar *date = NULL;
      const gchar *id = lineup_session_get_id (session);

      g_test_message ("%s: talk %u “%s”", layout->file, i, expected->title);
      g_assert_cmpstr (lineup_session_get_title (session), ==, expected->title);
      g_assert_cmpstr (names, ==, expected->speakers);

      /* Ids: present, distinct, and the same on every read. */
      g_assert_nonnull (id);
      g_assert_cmpstr (id, !=, "");
      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_cmpstr (id, ==, lineup_session_get_id (lineup_schedule_get_session (again, i)));

      if (expected->date != NULL && expected->start == NULL)
        {
          assert_day_without_time (session, expected->date);
          continue;
        }
      if (expected->date == NULL)
        {
          /* no day either: not one the reader guessed */
          g_assert_false (lineup_session_get_day (session, NULL, NULL, NULL));
          g_assert_null (lineup_session_get_start (session));
          g_assert_null (lineup_session_get_end (session));
          assert_time_of_day (session, expected->start, expected->end);
          continue;
        }

      if (g_str_has_prefix (expected->date, "YYYY"))
        {
          gint month, day, first_month, first_day;

          /* The year is the one in which the post's first day falls on
           * its weekday. */
          g_assert_cmpint (sscanf (expected->date, "YYYY-%d-%d", &month, &day), ==, 2);
          g_assert_cmpint (sscanf (layout->talks[0].date, "YYYY-%d-%d", &first_month, &first_day),
                           ==, 2);
          date = g_strdup_printf ("%04d-%02d-%02d",
                                  guessed_year (first_month, first_day, layout->guess_weekday),
                                  month, day);
        }
      else
        date = g_strdup (expected->date);

      assert_time (schedule, session, lineup_session_get_start (session), layout->zone, date,
                   expected->start);
      if (expected->end == NULL)
        g_assert_null (lineup_session_get_end (session));
      else
        assert_time (schedule, session, lineup_session_get_end (session), layout->zone, date,
                     expected->end);
    }

  warnings = lineup_schedule_dup_warnings (schedule);
  for (guint i = 0; i < G_N_ELEMENTS (layout->warnings) && layout->warnings[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < warnings->len && !found; j++)
        found = g_str_has_prefix (g_ptr_array_index (warnings, j), layout->warnings[i]);
      if (!found)
        g_error ("%s: no warning “%s”", layout->file, layout->warnings[i]);
    }
}

/* What a schedule's row and a table of fields give a talk besides its
 * title and time: the link a reference defines, the other columns (the
 * room) in its description. */
static void
test_table_cells (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) plan = read_layout ("table-start-end-crlf.md", &error);
  g_autoptr(LineupSchedule) fields = NULL;
  LineupSession *session;

  g_assert_no_error (error);
  session = lineup_schedule_get_session (plan, 0);
  g_assert_cmpstr (lineup_session_get_url (session), ==, "https://example.org/2025/welcome.html");
  g_assert_cmpstr (lineup_session_get_description (session), ==, "Location: Main Stage");
  session = lineup_schedule_get_session (plan, 2);
  g_assert_cmpstr (lineup_session_get_description (session), ==, "Location: Room **B**");

  fields = read_layout ("table-fields.md", &error);
  g_assert_no_error (error);
  session = lineup_schedule_get_session (fields, 0);
  g_assert_cmpstr (lineup_session_get_url (session), ==, "https://sched.co/3AbC1");
  /* The Location row is the talk's room (a labelled field). */
  g_assert_cmpstr (lineup_session_get_room (session), ==, "Maintainer Summit -- Forum");
  /* The rule ("---") under the talk is not part of its description. */
  g_assert_cmpstr (lineup_session_get_description (session), ==,
                   "Ada walks through a package pipeline any maintainer can build.");

  /* A cell's abstract, its parts parted by "<br><br>", is the description,
   * a paragraph a part; the people under it are no part of it. */
  g_clear_pointer (&plan, g_object_unref);
  plan = read_layout ("table-cell-abstract-people.md", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lineup_session_get_description (lineup_schedule_get_session (plan, 0)), ==,
                   "An introduction to notebooks to kick off the day.\n\n"
                   "We connect to a few popular log stores.");
  g_assert_cmpstr (lineup_session_get_description (lineup_schedule_get_session (plan, 2)), ==,
                   "Mapping network logs in a few lines.");
}

/* A recap's summary after the speakers and a dash ("[Title](video) _by_
 * Name - summary", the byline on the item's next line, "(Name, Name) –
 * summary") is the talk's description; the speakers' line is no part of it,
 * nor is the closing prose. */
static void
test_recap_summaries (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) recap = read_layout ("recap-linked-by.md", &error);
  static const gchar * const descriptions[] = {
    "a contributor gives pointers for people getting started.",
    "ideas on how to use the error types well.",
    "a survey of crates for building web apps.",
    "how two\nteams moved their services to *async*.",
    "",
    "",
  };

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (recap), ==, G_N_ELEMENTS (descriptions));
  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    g_assert_cmpstr (lineup_session_get_description (lineup_schedule_get_session (recap, i)), ==,
                     descriptions[i]);
}

/* Two different talks that share one URL are both kept, each with its own id. */
static void
test_shared_url (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("duplicates.md", &error);
  LineupSession *a, *b;

  g_assert_no_error (error);
  a = lineup_schedule_get_session (schedule, 1);
  b = lineup_schedule_get_session (schedule, 2);
  g_assert_cmpstr (lineup_session_get_url (a), ==, lineup_session_get_url (b));
  g_assert_cmpstr (lineup_session_get_id (a), !=, lineup_session_get_id (b));
  /* The Sched code stays the id of the first one. */
  g_assert_cmpstr (lineup_session_get_id (a), ==, "2Ba02");
  g_assert_true (g_str_has_prefix (lineup_session_get_id (b), "2Ba02-"));
}

/* A post in which nothing is a talk is an error, not an empty schedule. */
static void
test_no_talks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("no-talks.md", &error);

  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NO_TALKS);
  g_assert_true (g_str_has_prefix (error->message, "no-talks.md:5: no talks found"));
}

/* "**2019** - Title - Name" lines are years, not times ("**0930** - …" in
 * bold-compact-times.md): no line starts before ten, so nothing is read
 * as 20:19, and the post holds no talk. */
static void
test_bold_years (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("bold-years.md", &error);

  g_assert_null (schedule);
  g_assert_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NO_TALKS);
}

/* Hostile input: never a crash, never quadratic.  Each maker writes a post of
 * about @size bytes; the test reads each at 128 KB and at 512 KB. */
typedef gchar *(*HostileMaker) (gsize size);

static gchar *
repeat (const gchar *head,
        const gchar *unit,
        const gchar *tail,
        gsize        size)
{
  GString *text = g_string_new (head);

  while (text->len < size)
    g_string_append (text, unit);
  g_string_append (text, tail);
  return g_string_free (text, FALSE);
}

static gchar *make_long_line (gsize size) { return repeat ("---\ntitle: x\n---\n\n", "word 9:00 ", "\n", size); }
static gchar *make_many_links (gsize size) { return repeat ("", "[Talk](https://sched.co/a) ", "\n", size); }
static gchar *make_linked_talks (gsize size) { return repeat ("", "[Talk - Ann Lee, Org](https://sched.co/Ab1)\n9:00 - 9:30\n\n", "", size); }
static gchar *make_one_paragraph (gsize size) { return repeat ("", "[Talk - Ann Lee, Org](https://sched.co/Ab1)\n9:00 - 9:30\n", "", size); }
static gchar *make_nested_lists (gsize size) { return repeat ("- [Talk](https://sched.co/x) 9:00\n", "- ", "x\n", size); }
static gchar *make_nested_quotes (gsize size) { return repeat ("[Talk](https://sched.co/x) 9:00\n\n", ">", " x\n", size); }
static gchar *make_lazy_quote (gsize size) { return repeat ("[Talk](https://sched.co/x) 9:00\n\n> > > > > > > > > > > > > > > > > > > > x\n", "lazy line\n", "", size); }
static gchar *make_deep_lazy_list (gsize size) { return repeat ("- [Talk](https://sched.co/x) 9:00\n  - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x\n", "y\n", "", size); }
static gchar *make_nul_free_controls (gsize size) { return repeat ("# \x01\x02\x1b[31m\n\n", "[Talk \x7f\xc2\x85](https://sched.co/x) 9:00 \x1b]0;t\x07\n\n", "", size); }
static gchar *make_staircase (gsize size)
{
  GString *text = g_string_new ("## Monday, May 1\n\n- [T](https://sched.co/x) 9:00 - 9:30\n");

  for (guint i = 1; text->len < size; i++)
    {
      for (guint j = 0; j < (i % 400); j++)
        g_string_append (text, "  ");
      g_string_append (text, "- 10:00 - 10:30 [Item](https://e.org/) - Ann Lee\n");
    }
  return g_string_free (text, FALSE);
}
static gchar *make_emphasis (gsize size) { return repeat ("", "*_[", "Talk](u) 9:00\n", size); }
static gchar *make_bad_times (gsize size) { return repeat ("## Monday, May 99999\n\n", "- 99:99 pm [Talk](javascript:alert(1)) 9:00 - 25:61 year 99999\n", "", size); }
static gchar *make_many_talks (gsize size)
{
  GString *text = g_string_new ("## Tuesday, March 19, 2024\n\n");

  for (guint i = 0; text->len < size; i++)
    g_string_append_printf (text, "- %u:%02u - %u:%02u [Talk %u - Ann Lee, Org](https://e.org/%u)\n",
                            9 + i % 10, i % 60, 10 + i % 10, i % 60, i, i);
  return g_string_free (text, FALSE);
}

static void
drop_message (const gchar    *domain,
              GLogLevelFlags  level,
              const gchar    *message,
              gpointer        data)
{
}

/* The post @data (a HostileMaker) writes at @size, as bytes. */
static gpointer
make_hostile (gsize    size,
              gpointer data)
{
  HostileMaker make = data;
  gchar *text = make (size);

  return g_bytes_new_take (text, strlen (text));
}

/* Reads a hostile post: a schedule or an error that names the post, and no
 * javascript: link kept. */
static void
read_hostile (gpointer input,
              gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = NULL;

  schedule = lineup_post_reader_read_bytes (input, "hostile.md", "hostile.md", NULL, &error);
  g_assert_true ((schedule == NULL) != (error == NULL));
  if (error != NULL)
    g_assert_true (g_str_has_prefix (error->message, "hostile.md:"));

  for (guint j = 0; schedule != NULL && j < lineup_schedule_get_n_sessions (schedule); j++)
    {
      const gchar *url = lineup_session_get_url (lineup_schedule_get_session (schedule, j));

      g_assert_false (url != NULL && g_str_has_prefix (url, "javascript:"));
    }
}

static void
test_hostile (void)
{
  static const struct { const gchar *name; HostileMaker make; } makers[] = {
    { "10 MB-style single line", make_long_line },
    { "a line of links", make_many_links },
    { "many linked talks", make_linked_talks },
    { "one paragraph of talks", make_one_paragraph },
    { "lazy lines in a deep quote", make_lazy_quote },
    { "lazy lines in a deep list", make_deep_lazy_list },
    { "control characters", make_nul_free_controls },
    { "nested lists", make_nested_lists },
    { "nested quotes", make_nested_quotes },
    { "indentation staircase", make_staircase },
    { "unclosed emphasis", make_emphasis },
    { "impossible times and javascript links", make_bad_times },
    { "thousands of talks", make_many_talks },
  };

  /* The reader logs one debug line per block: not 20 000 of them here. */
  g_log_set_handler ("lineup-post-layouts", G_LOG_LEVEL_DEBUG, drop_message, NULL);
  g_log_set_handler ("lineup-post-reader", G_LOG_LEVEL_DEBUG, drop_message, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (makers); i++)
    lineup_test_assert_linear (makers[i].name, 128 * 1024, make_hostile, read_hostile,
                               (GDestroyNotify) g_bytes_unref, makers[i].make);
}

/* A heading names the track of the talks under it, unless it says
 * something instead: an exclamation, an aside with its own time, the
 * post's title again, the year of the schedule ("## Agenda 2023"), the
 * schedule itself ("## Schedule:") or a table of contents; a kramdown
 * anchor ("{#gitopscon}") is
 * no part of its name.  A day
 * written before a time is not a track. */
static void
test_tracks (void)
{
  const gchar *post =
    "---\ntitle: Heron at KubeCon\ndate: 2023-10-30\n---\n\n"
    "# Heron at KubeCon\n\n"
    "## Monday, November 6\n\n"
    "- 9:00 am - 9:30 am: [Alpha](https://example.org/a) - Ana Souza\n\n"
    "## Cloud Native eBPF Day\n\n"
    "- 10:00 am - 10:30 am: [Beta](https://example.org/b) - Tom Becker\n\n"
    "## Awesome sessions, join us!\n\n"
    "- 11:00 am - 11:30 am: [Gamma](https://example.org/c) - Mei Lin\n\n"
    "## GitOpsCon {#gitopscon}\n\n"
    "- 12:00 pm - 12:30 pm: [Delta](https://example.org/d) - Igor DC\n\n"
    "## Agenda 2023 {#agenda}\n\n"
    "- 1:00 pm - 1:30 pm: [Zeta](https://example.org/z) - Jo Park\n\n"
    "## Schedule:\n\n"
    "- 2:00 pm - 2:30 pm: [Eta](https://example.org/h) - Lea Petit\n\n"
    "## Table of contents\n\n"
    "- 2:30 pm - 2:45 pm: [Iota](https://example.org/i) - Ivo Lind\n\n"
    "## Meet the Maintainers (3:30pm)\n\n"
    "Come and say hello at the booth.\n\n"
    "## [Epsilon](https://example.org/e) (Mon 4:25pm - 5:00pm)\n\n"
    "A talk given as a heading.\n";
  const gchar *tracks[] = { NULL, "Cloud Native eBPF Day", NULL, "GitOpsCon", NULL, NULL, NULL, NULL };
  const gchar *titles[] = { "Alpha", "Beta", "Gamma", "Delta", "Zeta", "Eta", "Iota", "Epsilon" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (post, strlen (post));
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule =
    lineup_post_reader_read_bytes (bytes, "tracks.md", "tracks.md", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);

      g_assert_cmpstr (lineup_session_get_title (session), ==, titles[i]);
      g_assert_cmpstr (lineup_session_get_track (session), ==, tracks[i]);
    }
}

/* "### AM", "### Afternoon": a part of the day names no track; the room in
 * bold before a talk's title ("**PyWeb**: Title (Name)") is its track. */
static void
test_part_of_day_headings (void)
{
  const gchar *tracks[] = { "PyWeb", "PyData II", "PyData II", "Green Garden", "PyWeb", NULL,
                            "PyData II", "Python & Friends II", "Green Garden",
                            "Python & Friends", "PyData", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("plan-bold-rooms-parallel.md", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, G_N_ELEMENTS (tracks));
  for (guint i = 0; i < G_N_ELEMENTS (tracks); i++)
    g_assert_cmpstr (lineup_session_get_track (lineup_schedule_get_session (schedule, i)), ==,
                     tracks[i]);
}

/* "by [Name](…) - Hall C", "by Name, Name and Name - Room TBD": the room
 * after the people is the talk's room, no one's affiliation. */
static void
test_byline_room_tails (void)
{
  static const gchar * const rooms[] = { "Room 301-305", "Room 310/311", "Room 310/311", NULL,
                                         "Room TBD", "Hall C" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("bold-slot-loose-list-speaker-pages.md",
                                                    &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, G_N_ELEMENTS (rooms));
  for (guint i = 0; i < G_N_ELEMENTS (rooms); i++)
    {
      LineupSession *session = lineup_schedule_get_session (schedule, i);
      GPtrArray *speakers = lineup_session_get_speakers (session);

      g_assert_cmpstr (lineup_session_get_room (session), ==, rooms[i]);
      for (guint j = 0; j < speakers->len; j++)
        g_assert_null (((LineupSpeaker *) g_ptr_array_index (speakers, j))->affiliation);
    }
}

/* A room's label in other languages ("**Salle :** Maillot", "Raum:",
 * "Sala:") under a talk's heading is its room, no abstract. */
static void
test_room_labels (void)
{
  static const gchar * const labels[] = { "Salle :", "Raum:", "Sala:", "Room:" };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree gchar *post = g_strdup_printf (
        "# Notes 2023\n\n## Thursday, May 4\n\n"
        "### 10:45 - 11:30 Observable Applications\n\n**%s** Maillot\n\n"
        "### 11:45 - 12:30 Behind the Cloud\n\n**%s** Neuilly 252\n", labels[i], labels[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (post, strlen (post));
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule =
        lineup_post_reader_read_bytes (bytes, "rooms.md", "rooms.md", NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 2);
      g_assert_cmpstr (lineup_session_get_room (lineup_schedule_get_session (schedule, 0)), ==, "Maillot");
      g_assert_cmpstr (lineup_session_get_room (lineup_schedule_get_session (schedule, 1)), ==, "Neuilly 252");
    }
}

/* The year of a day written without one: the title's year beats the front
 * matter date; a weekday with the date fixes the year nearest that date. */
static void
test_year_from_context (void)
{
  static const struct
  {
    const gchar *title;
    const gchar *date;
    const gchar *day;
    const gchar *start;
  } years[] = {
    { "Heron at KubeCon NA 2023", "2024-01-15", "Monday, November 6", "2023-11-06T09:00:00" },
    { "Heron at KubeCon NA 2023", "2024-01-15", "November 6", "2023-11-06T09:00:00" },
    /* A recap dated after the event, or a date edited later. */
    { "Heron at KubeCon NA", "2024-01-15", "Monday, November 6", "2023-11-06T09:00:00" },
    { "Heron at KubeCon EU", "2023-12-20", "Tuesday, March 19", "2024-03-19T09:00:00" },
    /* No weekday: the front matter's year (or the next, for a December
     * post about January). */
    { "Heron at KubeCon NA", "2024-01-15", "November 6", "2024-11-06T09:00:00" },
    { "Heron at FOSDEM", "2023-12-20", "February 3", "2024-02-03T09:00:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree gchar *post =
        g_strdup_printf ("---\ntitle: %s\ndate: %s\n---\n\n## %s\n\n"
                         "- 9:00 am - 9:30 am: [Alpha](https://example.org/a) - Ana Souza\n",
                         years[i].title, years[i].date, years[i].day);
      g_autoptr(GBytes) bytes = g_bytes_new (post, strlen (post));
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule =
        lineup_post_reader_read_bytes (bytes, "year.md", "year.md", NULL, &error);
      g_autofree gchar *start = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), ==, 1);
      start = lineup_format_iso8601 (lineup_session_get_start (lineup_schedule_get_session (schedule, 0)),
                                     TRUE);
      g_test_message ("%s / %s / %s", years[i].title, years[i].date, years[i].day);
      g_assert_cmpstr (start, ==, years[i].start);
    }
}

/* A landing page leaves "title:" empty: the heading that opens its
 * programme is the post's title, no track of its talks. */
static void
test_empty_title (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("landing-sections.md", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (lineup_schedule_get_title (schedule), ==,
                   "Heron Design Week - September 11-12, 2023");
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    g_assert_null (lineup_session_get_track (lineup_schedule_get_session (schedule, i)));
}

/* Conference notes: "#### Topics" under a talk's "### *Title* - [Name](url)"
 * heading is part of that talk (its notes are the description), no track
 * of the talks after it. */
static void
test_talk_subheadings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("title-linked-speaker-headings.md", &error);
  LineupSession *first;

  g_assert_no_error (error);
  for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
    g_assert_null (lineup_session_get_track (lineup_schedule_get_session (schedule, i)));
  first = lineup_schedule_get_session (schedule, 0);
  g_assert_cmpstr (lineup_session_get_title (first), ==, "What is a developer?");
  g_assert_nonnull (strstr (lineup_session_get_description (first), "people who are like you"));
}

/* An index of talks linking the notes below it ("#ana-souza"): the notes'
 * section repeating a title gives that talk its own page and description. */
static void
test_index_repeats (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("notes-index-speaker-headings.md", &error);
  LineupSession *first;

  g_assert_no_error (error);
  first = lineup_schedule_get_session (schedule, 0);
  g_assert_cmpstr (lineup_session_get_title (first), ==, "Disposable Components");
  g_assert_cmpstr (lineup_session_get_url (first), ==, "http://example.org/talks/852-disposable-components");
  g_assert_nonnull (strstr (lineup_session_get_description (first), "tiny units"));
}

/* The reworded abstract goes after the slides the table gave the talk. */
static void
test_reworded_abstract (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("table-dotted-date-reworded-abstract.md",
                                                    &error);
  const gchar *description;

  g_assert_no_error (error);
  description = lineup_session_get_description (lineup_schedule_get_session (schedule, 1));
  g_assert_nonnull (strstr (description, "slides/lindqvist.pdf"));
  g_assert_nonnull (strstr (description, "work on MaxSAT"));
}

/* "#### Click the heading of a topic to see the lecture slides.": a
 * sentence over the programme, no track of it; nor "## 议程" (the agenda). */
static void
test_headings_no_track (void)
{
  static const gchar * const files[] = {
    "day-line-over-talk-lines.md", "chinese-meetup-rest-break.md",
    "japanese-timetable-heading-opening.md", "japanese-reading-group-table.md",
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LineupSchedule) schedule = read_layout (files[f], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (lineup_schedule_get_n_sessions (schedule), >, 0);
      for (guint i = 0; i < lineup_schedule_get_n_sessions (schedule); i++)
        g_assert_null (lineup_session_get_track (lineup_schedule_get_session (schedule, i)));
    }
}

/* "… | 2:30pm - 3:05pm MST | Room 151": the room after the time. */
static void
test_bar_room (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LineupSchedule) schedule = read_layout ("bold-title-people-slot-bar-room.md", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_get_session (schedule, 1)), ==,
                   "Room 151");
  g_assert_cmpstr (lineup_session_get_room (lineup_schedule_get_session (schedule, 2)), ==,
                   "Hall B");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree gchar *name = g_strdup (cases[i].file);
      g_autofree gchar *path = NULL;

      *strrchr (name, '.') = '\0';
      path = g_strconcat ("/layouts/", name, NULL);
      g_test_add_data_func (path, &cases[i], test_layout);
    }
  g_test_add_func ("/layouts/shared-url", test_shared_url);
  g_test_add_func ("/layouts/table-cells", test_table_cells);
  g_test_add_func ("/layouts/recap-summaries", test_recap_summaries);
  g_test_add_func ("/layouts/no-talks", test_no_talks);
  g_test_add_func ("/layouts/bold-years", test_bold_years);
  g_test_add_func ("/layouts/hostile", test_hostile);
  g_test_add_func ("/layouts/tracks", test_tracks);
  g_test_add_func ("/layouts/room-labels", test_room_labels);
  g_test_add_func ("/layouts/part-of-day-headings", test_part_of_day_headings);
  g_test_add_func ("/layouts/byline-room-tails", test_byline_room_tails);
  g_test_add_func ("/layouts/year-from-context", test_year_from_context);
  g_test_add_func ("/layouts/empty-title", test_empty_title);
  g_test_add_func ("/layouts/talk-subheadings", test_talk_subheadings);
  g_test_add_func ("/layouts/index-repeats", test_index_repeats);
  g_test_add_func ("/layouts/reworded-abstract", test_reworded_abstract);
  g_test_add_func ("/layouts/headings-no-track", test_headings_no_track);
  g_test_add_func ("/layouts/bar-room", test_bar_room);

  return g_test_run ();
}
