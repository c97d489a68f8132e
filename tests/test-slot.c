/* test-slot.c — tests for lineup-slot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-slot"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "lineup-core.h"
#include "lineup-test-growth.h"

#define D LINEUP_SLOT_DATE
#define T LINEUP_SLOT_TIME
#define HM(h, m) ((h) * 60 + (m))

typedef struct
{
  const gchar     *text;
  LineupSlotFound  found;
  gint             year, month, day, weekday;
  gint             start, end;
  const gchar     *zone;
  const gchar     *span;   /* the text the span covers; NULL: the whole text */
} ScanCase;

static const ScanCase scan_cases[] = {
  /* The built-in post's layout. */
  { "Monday, November 6, 2023 • 9:15 am - 9:40 am", D | T, 2023, 11, 6, 1,
    HM (9, 15), HM (9, 40), "", NULL },
  { "Wednesday, November 8 • 5:25 pm - 6:00 pm", D | T, 0, 11, 8, 3,
    HM (17, 25), HM (18, 0), "", NULL },
  { "12:15pm - 12:40pm", T, 0, 0, 0, 0, HM (12, 15), HM (12, 40), "", NULL },
  { "2:00 pm - 2:35 pm CST", T, 0, 0, 0, 0, HM (14, 0), HM (14, 35), "CST", NULL },
  { "2:55 pm - 3:30pm", T, 0, 0, 0, 0, HM (14, 55), HM (15, 30), "", NULL },
  { "12:00 am - 12:30 am", T, 0, 0, 0, 0, HM (0, 0), HM (0, 30), "", NULL },

  /* Separators between the date and the time, and inside the range. */
  { "Monday, November 6 · 9:15 am - 9:40 am", D | T, 0, 11, 6, 1,
    HM (9, 15), HM (9, 40), "", NULL },
  { "Monday, November 6 | 9:15 am - 9:40 am", D | T, 0, 11, 6, 1,
    HM (9, 15), HM (9, 40), "", NULL },
  { "Monday, November 6 - 9:15 am - 9:40 am", D | T, 0, 11, 6, 1,
    HM (9, 15), HM (9, 40), "", NULL },
  { "November 6 – 9:15 am – 9:40 am", D | T, 0, 11, 6, 0,
    HM (9, 15), HM (9, 40), "", NULL },
  { "November 6 — 9:15 am—9:40 am", D | T, 0, 11, 6, 0,
    HM (9, 15), HM (9, 40), "", NULL },
  { "9 am to 5 pm", T, 0, 0, 0, 0, HM (9, 0), HM (17, 0), "", NULL },
  /* Double hyphens (issue 16, pyOpenSci): am/pm once, a range across noon. */
  { "11:45--12:15 PM", T, 0, 0, 0, 0, HM (11, 45), HM (12, 15), "", NULL },
  { "11:00--4:30 PM", T, 0, 0, 0, 0, HM (11, 0), HM (16, 30), "", NULL },
  { "11:00 -- 4:30 PM", T, 0, 0, 0, 0, HM (11, 0), HM (16, 30), "", NULL },
  /* A 24-hour time with a stray "pm" is the 24-hour time. */
  { "15:55pm", T, 0, 0, 0, 0, HM (15, 55), -1, "", NULL },
  { "15:55pm - 16:30pm", T, 0, 0, 0, 0, HM (15, 55), HM (16, 30), "", NULL },
  { "Tuesday, May 14 • 13:30PM - 14:00PM CEST", D | T, 0, 5, 14, 2,
    HM (13, 30), HM (14, 0), "CEST", NULL },
  /* The zone in brackets after the time (ArcheoFOSS: "**10:00** [CEST] Name") */
  { "10:00 [CEST] Filippo Rossi", T, 0, 0, 0, 0, HM (10, 0), -1, "CEST", "10:00 [CEST]" },
  { "10:00 (CEST) Filippo Rossi", T, 0, 0, 0, 0, HM (10, 0), -1, "CEST", "10:00 (CEST)" },
  { "10:00 [CEST) Filippo Rossi", T, 0, 0, 0, 0, HM (10, 0), -1, "", "10:00" },
  /* No-break and narrow no-break spaces inside and around times. */
  { "9:15\u00a0am\u00a0-\u00a09:40\u00a0am", T, 0, 0, 0, 0, HM (9, 15), HM (9, 40), "", NULL },
  { "2:00\u202fpm\u2013\u202f2:35\u202fpm\u00a0CST", T, 0, 0, 0, 0, HM (14, 0), HM (14, 35),
    "CST", NULL },
  { "November\u00a06 \u00b7 9\u00a0am", D | T, 0, 11, 6, 0, HM (9, 0), -1, "", NULL },
  { "1:45--2:30 PM", T, 0, 0, 0, 0, HM (13, 45), HM (14, 30), "", NULL },
  /* A zone glued to the meridiem (issue 16, dapr). */
  { "5:45pm - 6:15pmEST", T, 0, 0, 0, 0, HM (17, 45), HM (18, 15), "EST", NULL },
  { "Tuesday at 10am", D | T, 0, 0, 0, 2, HM (10, 0), -1, "", NULL },
  /* An offset glued to GMT/UTC is part of the zone (issue 16, final5). */
  { "Dec 12 9:10 AM GMT+08", D | T, 0, 12, 12, 0, HM (9, 10), -1, "UTC+8", NULL },
  { "9:10 AM (UTC-5) Talk", T, 0, 0, 0, 0, HM (9, 10), -1, "UTC-5", "9:10 AM (UTC-5)" },
  { "9:10 AM UTC+05:30 Talk", T, 0, 0, 0, 0, HM (9, 10), -1, "", "9:10 AM UTC+05:30" },
  { "9:10 AM UTC+1:00 Talk", T, 0, 0, 0, 0, HM (9, 10), -1, "UTC+1", "9:10 AM UTC+1:00" },
  /* Compact 12-hour times (issue 16, Kubernetes contributor summit). */
  { "1030a", T, 0, 0, 0, 0, HM (10, 30), -1, "", NULL },
  { "235p", T, 0, 0, 0, 0, HM (14, 35), -1, "", NULL },
  { "1140am", T, 0, 0, 0, 0, HM (11, 40), -1, "", NULL },
  { "8AM-530PM", T, 0, 0, 0, 0, HM (8, 0), HM (17, 30), "", NULL },
  { "9a - 1230p", T, 0, 0, 0, 0, HM (9, 0), HM (12, 30), "", NULL },
  /* "a", "hasta", "até" between two times (Spanish, Portuguese) */
  { "13:00 a 15:00:", T, 0, 0, 0, 0, HM (13, 0), HM (15, 0), "", "13:00 a 15:00" },
  { "8:00 às 12:00", T, 0, 0, 0, 0, HM (8, 0), HM (12, 0), "", NULL },
  { "10:00 hasta 11:30", T, 0, 0, 0, 0, HM (10, 0), HM (11, 30), "", NULL },
  { "14:00 até 15:00", T, 0, 0, 0, 0, HM (14, 0), HM (15, 0), "", NULL },
  /* A 12-hour time's letter after its minutes: "9:30a", "1:30p" (GPTP) */
  { "9:30a **Keynote**", T, 0, 0, 0, 0, HM (9, 30), -1, "", "9:30a" },
  { "1:30p-2:15p", T, 0, 0, 0, 0, HM (13, 30), HM (14, 15), "", NULL },

  /* 24-hour times, European posts. */
  { "14:00–14:35", T, 0, 0, 0, 0, HM (14, 0), HM (14, 35), "", NULL },
  { "Tuesday, March 19, 2024, 09:00 - 09:10 CET", D | T, 2024, 3, 19, 2,
    HM (9, 0), HM (9, 10), "CET", NULL },
  { "Tuesday, March 19, 2024 09:00 - 09:10 CET", D | T, 2024, 3, 19, 2,
    HM (9, 0), HM (9, 10), "CET", NULL },
  { "Thursday, March 21 • 17:25 - 18:00", D | T, 0, 3, 21, 4,
    HM (17, 25), HM (18, 0), "", NULL },
  { "23:00 - 01:00", T, 0, 0, 0, 0, HM (23, 0), HM (1, 0), "", NULL },
  { "9h30 - 10h15", T, 0, 0, 0, 0, HM (9, 30), HM (10, 15), "", NULL },
  /* French hours without minutes (issue 16, EuroPython recap). */
  { "14h30-15h", T, 0, 0, 0, 0, HM (14, 30), HM (15, 0), "", NULL },
  { "9h - 10h30", T, 0, 0, 0, 0, HM (9, 0), HM (10, 30), "", NULL },
  { "9h", T, 0, 0, 0, 0, HM (9, 0), -1, "", NULL },
  { "10:00 to 13:00", T, 0, 0, 0, 0, HM (10, 0), HM (13, 0), "", NULL },
  /* A labelled field's value: the time before the date (OpenFeature). */
  { "10:10 CET, Tue, 19 Mar 2024", D | T, 2024, 3, 19, 2, HM (10, 10), -1, "CET", NULL },
  { "2024-03-19 09:00", D | T, 2024, 3, 19, 0, HM (9, 0), -1, "", NULL },
  /* Polish and Russian weekdays before a dotted date (a workshop's table) */
  { "Piątek, 2.12.2022 15.30 - 18.00", D | T, 2022, 12, 2, 5, HM (15, 30), HM (18, 0), "", NULL },
  { "Суббота, 3.12.2022", D, 2022, 12, 3, 6, -1, -1, "", NULL },
  /* ISO unpadded, as a lecture programme writes it */
  { "2021-11-4  09:00 to 11:00 CET", D | T, 2021, 11, 4, 0, HM (9, 0), HM (11, 0), "CET", NULL },
  { "2021-1-15", D, 2021, 1, 15, 0, -1, -1, "", NULL },
  /* year first with slashes or dots, as Japan and China write it */
  { "2025/06/05~06 にアムステルダムで", D, 2025, 6, 5, 0, -1, -1, "", "2025/06/05" },
  { "2025.6.5 10:00", D | T, 2025, 6, 5, 0, HM (10, 0), -1, "", NULL },
  { "10:15:00 - 11:00:00", T, 0, 0, 0, 0, HM (10, 15), HM (11, 0), "", NULL },

  /* am/pm written once, after the end time. */
  { "Monday, October 24 • 9:15am - 9:20am", D | T, 0, 10, 24, 1,
    HM (9, 15), HM (9, 20), "", NULL },
  { "9:10 - 9:35 AM", T, 0, 0, 0, 0, HM (9, 10), HM (9, 35), "", NULL },
  { "11:30 - 1:00 PM", T, 0, 0, 0, 0, HM (11, 30), HM (13, 0), "", NULL },
  { "9 - 10am", T, 0, 0, 0, 0, HM (9, 0), HM (10, 0), "", NULL },
  { "11 am - 1:00", T, 0, 0, 0, 0, HM (11, 0), HM (13, 0), "", NULL },
  { "9:00 a.m. - 10:30 a.m. PT", T, 0, 0, 0, 0, HM (9, 0), HM (10, 30), "PT", NULL },

  /* Start only. */
  { "Monday, October 24, 2022 9:25 AM EDT", D | T, 2022, 10, 24, 1,
    HM (9, 25), -1, "EDT", NULL },
  { "11:55 AM EDT:", T, 0, 0, 0, 0, HM (11, 55), -1, "EDT", "11:55 AM EDT" },
  { "10am", T, 0, 0, 0, 0, HM (10, 0), -1, "", NULL },
  { "9:15 am - 99:99", T, 0, 0, 0, 0, HM (9, 15), -1, "", "9:15 am" },
  { "Monday, November 6 at 9:15 am (CST)", D | T, 0, 11, 6, 1,
    HM (9, 15), -1, "CST", NULL },

  /* Text around the slot stays outside the span. */
  { "9:45 - 10:15 GitOpsCon: [Title]", T, 0, 0, 0, 0, HM (9, 45), HM (10, 15), "",
    "9:45 - 10:15" },
  { "(eBPF Day - Monday, October 24, 2022 9:25 AM EDT)", D | T, 2022, 10, 24, 1,
    HM (9, 25), -1, "EDT", "Monday, October 24, 2022 9:25 AM EDT" },
  { "Wednesday, November 8 • 5:25 pm - 6:00 pm • Room W183", D | T, 0, 11, 8, 3,
    HM (17, 25), HM (18, 0), "", "Wednesday, November 8 • 5:25 pm - 6:00 pm" },
  { "Monday Morning Keynote — Tuesday, Nov 7 • 9:00 am", D | T, 0, 11, 7, 2,
    HM (9, 0), -1, "", "Tuesday, Nov 7 • 9:00 am" },
  { "9:15 am CSTX", T, 0, 0, 0, 0, HM (9, 15), -1, "", "9:15 am" },
  { "9:15 am cst", T, 0, 0, 0, 0, HM (9, 15), -1, "", "9:15 am" },

  /* Dates alone: day-first, ordinals, abbreviations, weekday alone. */
  { "Monday, 23 March", D, 0, 3, 23, 1, -1, -1, "", NULL },
  { "23 March 2024", D, 2024, 3, 23, 0, -1, -1, "", NULL },
  { "Tuesday 12th of November", D, 0, 11, 12, 2, -1, -1, "", NULL },
  { "November 12th", D, 0, 11, 12, 0, -1, -1, "", NULL },
  { "Nov 6", D, 0, 11, 6, 0, -1, -1, "", NULL },
  { "Sept. 5", D, 0, 9, 5, 0, -1, -1, "", NULL },
  { "Nov.21", D, 0, 11, 21, 0, -1, -1, "", NULL },
  { "Wed. Sept 6th, 2023", D, 2023, 9, 6, 3, -1, -1, "", NULL },
  { "Tuesday", D, 0, 0, 0, 2, -1, -1, "", NULL },
  { "February 29", D, 0, 2, 29, 0, -1, -1, "", NULL },
  { "February 29, 2024", D, 2024, 2, 29, 0, -1, -1, "", NULL },
  /* A range of days with its year after the last: the first day's too
   * (the span stays on the first day). */
  { "Tuesday Jul 10 through Friday Jul 13, 2018", D, 2018, 7, 10, 2, -1, -1, "", "Tuesday Jul 10" },
  { "July 10-13, 2018", D, 2018, 7, 10, 0, -1, -1, "", "July 10" },
  { "Sep 30 \xE2\x80\x93 Oct 2, 2025", D, 2025, 9, 30, 0, -1, -1, "", "Sep 30" },
  { "Nov 6 - 10:00", D | T, 0, 11, 6, 0, HM (10, 0), -1, "", NULL },
  /* Implausible years are left out of the date. */
  { "November 6, 99999", D, 0, 11, 6, 0, -1, -1, "", "November 6" },
  { "November 6, 1900", D, 0, 11, 6, 0, -1, -1, "", "November 6" },
  { "KubeCon 2023 on November 6", D, 0, 11, 6, 0, -1, -1, "", "November 6" },

  /* A weekday and a day of the month, no month (the reader takes the month
   * from the context): the day is 1–31 and ends there. */
  { "Thu 19: [Title](url)", D, 0, 0, 19, 4, -1, -1, "", "Thu 19" },
  /* Chinese and Japanese write no spaces: a time glued to the words after
   * it ("19:00開始", "start at 19:00"), the day's sign "号" as well as "日" */
  { "19:00開始", T, 0, 0, 0, 0, HM (19, 0), -1, "", "19:00" },
  { "4月11号晚上7:30举办", T, 0, 0, 0, 0, HM (7, 30), -1, "", "7:30" },
  { "4月11号举办", D, 0, 4, 11, 0, -1, -1, "", "4月11号" },
  { "2018年6月30日(土)", D, 2018, 6, 30, 0, -1, -1, "", "2018年6月30日" },
  { "2030년 4월 16일 (화)", D, 2030, 4, 16, 0, -1, -1, "", "2030년 4월 16일" },
  /* ordinals of other languages, "at" in them, "mayo" after "de" */
  { "1º de novembro às 14h00", D | T, 0, 11, 1, 0, HM (14, 0), -1, "", "1º de novembro às 14h00" },
  { "1er novembre à 14h", D | T, 0, 11, 1, 0, HM (14, 0), -1, "", "1er novembre à 14h" },
  { "1° de noviembre 14:00", D | T, 0, 11, 1, 0, HM (14, 0), -1, "", "1° de noviembre 14:00" },
  { "5 de mayo a las 10:00", D | T, 0, 5, 5, 0, HM (10, 0), -1, "", "5 de mayo a las 10:00" },
  { "12 maart om 19:00", D | T, 0, 3, 12, 0, HM (19, 0), -1, "", "12 maart om 19:00" },
  { "12 maja o 18:00", D | T, 0, 5, 12, 0, HM (18, 0), -1, "", "12 maja o 18:00" },
  { "12 мая в 19:00", D | T, 0, 5, 12, 0, HM (19, 0), -1, "", "12 мая в 19:00" },
  { "21 augusti 2025", D, 2025, 8, 21, 0, -1, -1, "", "21 augusti 2025" },
  { "Cinco de Mayo party", 0, 0, 0, 0, 0, -1, -1, "", "" },
  { "13 Mayo 2025", D, 2025, 5, 13, 0, -1, -1, "", "13 Mayo 2025" },
  /* a weekday, a dash, then its date */
  { "## Friday - Nov 14th", D, 0, 11, 14, 5, -1, -1, "", "Friday - Nov 14th" },
  { "Saturday \xE2\x80\x93 15 November", D, 0, 11, 15, 6, -1, -1, "",
    "Saturday \xE2\x80\x93 15 November" },
  /* a weekday over "dd.mm" without the last dot */
  { "### Freitag 30.06", D, 0, 6, 30, 5, -1, -1, "", "Freitag 30.06" },
  { "Samstag 01.07", D, 0, 7, 1, 6, -1, -1, "", "Samstag 01.07" },
  { "4월 16일", D, 0, 4, 16, 0, -1, -1, "", "4월 16일" },
  /* spaced as some Japanese pages write it */
  { "### 6 月 1 日 (金)", D, 0, 6, 1, 0, -1, -1, "", "6 月 1 日" },
  /* a comma after the month, the weekday after a dash (EuroRust) */
  { "## October, 13 - Thursday", D, 0, 10, 13, 4, -1, -1, "", "October, 13 - Thursday" },
  { "October 12 – Wednesday", D, 0, 10, 12, 3, -1, -1, "", "October 12 – Wednesday" },
  /* the year before the month's name (a meetup's archive: "### 2018 October
   * 9"), with a comma too; not the end of a longer number */
  { "### 2018 October 9", D, 2018, 10, 9, 0, -1, -1, "", "2018 October 9" },
  { "2019, January 10", D, 2019, 1, 10, 0, -1, -1, "", "2019, January 10" },
  { "Room 12018 October 9", D, 0, 10, 9, 0, -1, -1, "", "October 9" },
  { "In October, 13 people came", 0, 0, 0, 0, 0, -1, -1, "", "" },
  /* a day and a month, then the weekday: day first but for an English one */
  { "8/10 (terça)", D, 0, 10, 8, 2, -1, -1, "", "8/10 (terça" },
  { "9/10 (quarta-feira)", D, 0, 10, 9, 3, -1, -1, "", "9/10 (quarta-feira" },
  { "10/9, Thursday", D, 0, 10, 9, 4, -1, -1, "", "10/9, Thursday" },
  { "Wed 18", D, 0, 0, 18, 3, -1, -1, "", NULL },
  { "Thursday 19", D, 0, 0, 19, 4, -1, -1, "", NULL },
  { "Thu, 19", D, 0, 0, 19, 4, -1, -1, "", NULL },
  { "Thu. 19th • 9:00 - 9:30", D | T, 0, 0, 19, 4, HM (9, 0), HM (9, 30), "", NULL },
  { "Wed 18 Keynote", D, 0, 0, 18, 3, -1, -1, "", "Wed 18" },
  { "Fri 1 at 10am", D | T, 0, 0, 1, 5, HM (10, 0), -1, "", NULL },
  /* …but a number that starts a time range or carries am/pm is the time. */
  { "Tuesday 9 - 10am", D | T, 0, 0, 0, 2, HM (9, 0), HM (10, 0), "", NULL },
  { "Thu 9 - 10am", T, 0, 0, 0, 0, HM (9, 0), HM (10, 0), "", "9 - 10am" },
  { "Saturday 5 PM", D | T, 0, 0, 0, 6, HM (17, 0), -1, "", NULL },
  { "Sat 5 pm", T, 0, 0, 0, 0, HM (17, 0), -1, "", "5 pm" },
  { "Thursday 19:00", D | T, 0, 0, 0, 4, HM (19, 0), -1, "", NULL },
  { "Thursday 19 servers", D, 0, 0, 0, 4, -1, -1, "", "Thursday" },

  /* Dotted times (15.30): two-digit minutes, and either am/pm or a range with
   * another time. */
  { "(15.30 - 16:00)", T, 0, 0, 0, 0, HM (15, 30), HM (16, 0), "", "15.30 - 16:00" },
  { "15:30 - 16.00", T, 0, 0, 0, 0, HM (15, 30), HM (16, 0), "", NULL },
  { "15.30 - 16.00", T, 0, 0, 0, 0, HM (15, 30), HM (16, 0), "", NULL },
  { "14.00–14.35 CET", T, 0, 0, 0, 0, HM (14, 0), HM (14, 35), "CET", NULL },
  { "9.15am - 9.40am", T, 0, 0, 0, 0, HM (9, 15), HM (9, 40), "", NULL },
  { "9.15 - 9.40 am", T, 0, 0, 0, 0, HM (9, 15), HM (9, 40), "", NULL },
  { "11.30 - 1.00 PM", T, 0, 0, 0, 0, HM (11, 30), HM (13, 0), "", NULL },
  { "9.15 a.m.", T, 0, 0, 0, 0, HM (9, 15), -1, "", NULL },
  /* Other languages' days, in lower case as they write them */
  { "mardi 12 mars 2024", D, 2024, 3, 12, 2, -1, -1, "", NULL },
  { "Mercredi 23 juin", D, 0, 6, 23, 3, -1, -1, "", NULL },
  { "Donnerstag, 24. Juni 2021", D, 2021, 6, 24, 4, -1, -1, "", NULL },
  { "miércoles 23 de junio", D, 0, 6, 23, 3, -1, -1, "", NULL },
  { "12 août 2021", D, 2021, 8, 12, 0, -1, -1, "", NULL },
  { "woensdag 23 juni 2021", D, 2021, 6, 23, 3, -1, -1, "", NULL },
  { "martedì 12 marzo 2024", D, 2024, 3, 12, 2, -1, -1, "", NULL },
  { "12.03.2024", D, 2024, 3, 12, 0, -1, -1, "", NULL },
  { "26.03.24", D, 2024, 3, 26, 0, -1, -1, "", NULL },
  /* Portuguese weekdays end in "-feira"; the weekday tells 02/09 is
   * September the 2nd; "segunda" alone is "second" */
  { "Terça-feira, 02/09/2014", D, 2014, 9, 2, 2, -1, -1, "", NULL },
  { "quinta-feira 4 de setembro", D, 0, 9, 4, 4, -1, -1, "", NULL },
  { "Segunda-feira, 26 de março de 2018, 17h", D | T, 2018, 3, 26, 1, HM (17, 0), -1, "", NULL },
  { "a segunda edição", 0, 0, 0, 0, 0, -1, -1, "", "" },
  /* a range of days in one month is its first day */
  { "KubeCon EU, Paris, 19-22 March", D, 0, 3, 19, 0, -1, -1, "", "19-22 March" },
  /* day and month with their dots and no year, after a weekday */
  { "Day 1, Tue 24.6.", D, 0, 6, 24, 2, -1, -1, "", "Tue 24.6." },
  { "Thu 3.7. Closing", D, 0, 7, 3, 4, -1, -1, "", "Thu 3.7." },
  /* month/day with no year after a weekday, a day over 12 first */
  { "THURSDAY 7/13", D, 0, 7, 13, 4, -1, -1, "", NULL },
  { "Fri 14/7", D, 0, 7, 14, 5, -1, -1, "", NULL },
  { "Tuesday 3/4 10:00", D | T, 0, 3, 4, 2, HM (10, 0), -1, "", NULL },
  /* German's o'clock */
  { "10 Uhr – Vortrag: Linux", T, 0, 0, 0, 0, HM (10, 0), -1, "", "10 Uhr" },
  { "um 9.30 Uhr", T, 0, 0, 0, 0, HM (9, 30), -1, "", "9.30 Uhr" },
  { "10:00 hs. – Charla: FastAPI", T, 0, 0, 0, 0, HM (10, 0), -1, "", "10:00 hs." },
  { "18:30 a 20:00 hs", T, 0, 0, 0, 0, HM (18, 30), HM (20, 0), "", "18:30 a 20:00 hs" },
  /* A dotted time alone that opens a line with a title after it */
  { "9.30 Welcome", T, 0, 0, 0, 0, HM (9, 30), -1, "", "9.30" },
  { "14.00 – Keynote: Rust", T, 0, 0, 0, 0, HM (14, 0), -1, "", "14.00" },
  { "Thursday, March 21 • 17.25 - 18.00", D | T, 0, 3, 21, 4,
    HM (17, 25), HM (18, 0), "", NULL },
  { "Thu 19 (15.30 - 16:00)", D | T, 0, 0, 19, 4, HM (15, 30), HM (16, 0), "",
    "Thu 19 (15.30 - 16:00" },

  /* Noon and midday: 12:00, in a range or as "12 noon". */
  { "11:30 am - noon", T, 0, 0, 0, 0, HM (11, 30), HM (12, 0), "", NULL },
  { "11:30 - Noon", T, 0, 0, 0, 0, HM (11, 30), HM (12, 0), "", NULL },
  { "11:30 - midday", T, 0, 0, 0, 0, HM (11, 30), HM (12, 0), "", NULL },
  { "noon - 1:30 pm", T, 0, 0, 0, 0, HM (12, 0), HM (13, 30), "", NULL },
  { "noon - 1:30", T, 0, 0, 0, 0, HM (12, 0), HM (13, 30), "", NULL },
  { "12 noon - 1pm", T, 0, 0, 0, 0, HM (12, 0), HM (13, 0), "", NULL },
  { "12 noon", T, 0, 0, 0, 0, HM (12, 0), -1, "", NULL },
  { "Tuesday, March 19 • 11:00 - 12 noon", D | T, 0, 3, 19, 2,
    HM (11, 0), HM (12, 0), "", NULL },

  /* Lower-case full month names, only before a day. */
  { "march 19", D, 0, 3, 19, 0, -1, -1, "", NULL },
  { "Tuesday, march 19 at 9:00", D | T, 0, 3, 19, 2, HM (9, 0), -1, "", NULL },
  { "november 6, 2023 • 9:15 am", D | T, 2023, 11, 6, 0, HM (9, 15), -1, "", NULL },
  { "march 5 PM", T, 0, 0, 0, 0, HM (17, 0), -1, "", "5 PM" },

  /* Numeric dates: month or day first, as the numbers or the weekday tell. */
  { "**Wednesday 05/22/19 11:05, Hall 8.0 E1.**", D | T, 2019, 5, 22, 3, HM (11, 5), -1, "",
    "Wednesday 05/22/19 11:05" },
  { "Monday 05/20/19 9:00-17:00, Room D2", D | T, 2019, 5, 20, 1, HM (9, 0), HM (17, 0), "",
    "Monday 05/20/19 9:00-17:00" },
  { "Monday 05/06/19 10:00", D | T, 2019, 5, 6, 1, HM (10, 0), -1, "", NULL },
  { "Wednesday 05/06/19 10:00", D | T, 2019, 6, 5, 3, HM (10, 0), -1, "", NULL },
  { "22/05/2019", D, 2019, 5, 22, 0, -1, -1, "", NULL },
  { "05/06/19 10:00", T, 0, 0, 0, 0, HM (10, 0), -1, "", "10:00" },
  { "Friday 05/06/19 10:00", T, 0, 0, 0, 0, HM (10, 0), -1, "", "10:00" },
};

/* Text that holds no date and no time. */
static const gchar *no_slot[] = {
  /* Not compact times: a year, a 24-hour number, a room, a bare "9a". */
  "2018a", "1300p", "1075a", "Room 2a", "99p", "13:30p", "9:30ab",
  /* A month word is no date ("3 月のイベント", the events of March). */
  "3 \xE6\x9C\x88\xE3\x81\xAE\xE3\x82\xA4\xE3\x83\x99\xE3\x83\xB3\xE3\x83\x88",
  /* Fractions and impossible numeric dates. */
  "1/2/3", "3/4", "13/13/19", "05/22/1", "5/22/19/2",
  "",
  "   ",
  "Just a title",
  "99:99 pm",
  "25:00",
  "24:00",
  "9:60",
  "13:00 pm",
  "0:30 am",
  "2023",
  "25 talks",
  "KubeCon 2023",
  "v1.14",
  "1.14",
  "3/4 cup",
  "Cilium 1.14.2 released",
  "3:1",
  "a 16:9 screen",
  "12:34:56:78",
  "1:23:4",
  "10 - 11",
  "9th",
  "10x faster",
  "a 2h workshop",
  "48h",
  "+05:30",
  "192.168.1.10:8080",
  "http://localhost:8080/",
  "Mon",
  "Sun and moon",
  "monday",
  "may 5",
  "March 32",
  "32 March",
  "February 30",
  "February 29, 2023",
  "2023-13-01",
  "2023-02-30",
  "Room 3: 30 people",
  "9:15abc",
  "9:15.5",
  "version 1:2",
  "Monitoring Mondays",
  /* Weekday + day: a three-letter weekday with a day that is not one. */
  "Mon 5 servers",
  "Sat 12 of them",
  "mon 5",
  "Wed 32",
  "Wed 0",
  "Wed 18x",
  "Wed 1.5",
  "Wed 018",
  "Tue 1.14",
  /* Dotted numbers that are versions, decimals or lone numbers. */
  "15.30",
  "3.12 release notes",
  "Python 3.10.11",
  "3.10.11 is out",
  "Python 3.12 is out",
  "costs 15.30 euros",
  "1.14 - 1.15",
  "3.10 - 3.12",
  "v1.14 - v1.15",
  "1.14.2 - 1.15.0",
  "15.3 - 16.00",
  "16.00 - 15.30",
  "9.15.00 - 10.00",
  "Kubernetes 1.27 - 1.29",
  "15.30-16.00.1",
  "15.30 - 16.00:45",
  /* Noon only as 12:00 in a range or after 12. */
  "noon",
  "Lunch at noon",
  "midday break",
  "11 noon",
  "afternoon tea",
  /* Lower-case months: full names before a day that ends there, not "may". */
  "19 march",
  "jan 5",
  "we march 5 miles",
};

static void
test_scan (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (scan_cases); i++)
    {
      const ScanCase *c = &scan_cases[i];
      LineupSlot slot;
      LineupSlotFound found;
      g_autofree gchar *span = NULL;

      g_test_message ("“%s”", c->text);
      found = lineup_slot_scan (c->text, &slot);
      g_assert_cmpint (found, ==, c->found);
      g_assert_cmpint (slot.year, ==, c->year);
      g_assert_cmpint (slot.month, ==, c->month);
      g_assert_cmpint (slot.day, ==, c->day);
      g_assert_cmpint (slot.weekday, ==, c->weekday);
      g_assert_cmpint (slot.start_minute, ==, c->start);
      g_assert_cmpint (slot.end_minute, ==, c->end);
      g_assert_cmpstr (slot.zone, ==, c->zone);
      g_assert_cmpuint (slot.span_start, <=, slot.span_end);
      g_assert_cmpuint (slot.span_end, <=, strlen (c->text));
      span = g_strndup (c->text + slot.span_start, slot.span_end - slot.span_start);
      g_assert_cmpstr (span, ==, c->span != NULL ? c->span : c->text);
    }
}

/* "Day 1 - 11:00 – 12:00": the event's day by its number, right before a
 * time, is part of the slot; other words before a number are not. */
static void
test_event_day (void)
{
  static const struct
  {
    const gchar *text;
    gint         event_day;
    const gchar *span;
  } cases[] = {
    { "Day 1 - 11:00 \xE2\x80\x93 12:00 - track 1", 1, "Day 1 - 11:00 \xE2\x80\x93 12:00" },
    { "Tag 2, 9:30", 2, "Tag 2, 9:30" },
    { "* day 3 \xE2\x80\x94 10:00 to 11:00", 3, "day 3 \xE2\x80\x94 10:00 to 11:00" },
    { "Jour 2 : 14h00", 2, "Jour 2 : 14h00" },
    { "Birthday 2 - 10:00", 0, "10:00" },
    { "Day 15 - 10:00", 0, "10:00" },
    { "Day 2 keynote at 10:00", 0, "10:00" },
    { "Room 1 - 10:00", 0, "10:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LineupSlot slot;
      g_autofree gchar *span = NULL;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (lineup_slot_scan (cases[i].text, &slot), ==, T);
      g_assert_cmpint (slot.event_day, ==, cases[i].event_day);
      g_assert_cmpint (slot.month, ==, 0);
      span = g_strndup (cases[i].text + slot.span_start, slot.span_end - slot.span_start);
      g_assert_cmpstr (span, ==, cases[i].span);
    }
}

static void
test_scan_none (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (no_slot); i++)
    {
      LineupSlot slot;

      /* Garbage in the struct must not leak out. */
      memset (&slot, 0x5a, sizeof slot);
      g_test_message ("“%s”", no_slot[i]);
      g_assert_cmpint (lineup_slot_scan (no_slot[i], &slot), ==, LINEUP_SLOT_NONE);
      g_assert_cmpint (slot.year, ==, 0);
      g_assert_cmpint (slot.month, ==, 0);
      g_assert_cmpint (slot.day, ==, 0);
      g_assert_cmpint (slot.weekday, ==, 0);
      g_assert_cmpint (slot.start_minute, ==, -1);
      g_assert_cmpint (slot.end_minute, ==, -1);
      g_assert_cmpstr (slot.zone, ==, "");
      g_assert_cmpuint (slot.span_start, ==, 0);
      g_assert_cmpuint (slot.span_end, ==, 0);
      g_assert_false (lineup_slot_is_whole (no_slot[i], &slot));
    }
}

static void
test_is_whole (void)
{
  static const struct
  {
    const gchar *text;
    gboolean     whole;
  } cases[] = {
    { "Monday, November 6, 2023 • 9:15 am - 9:40 am", TRUE },
    { "**Tuesday, March 19, 2024 09:00 - 09:10 CET**", TRUE },
    { "_9:15 am - 9:40 am_", TRUE },
    { "  🕘 9:15 am - 9:40 am  ", TRUE },
    { "> *Thursday, March 21* • 17:25 - 18:00.", TRUE },
    { "9:45 - 10:15 GitOpsCon: [Title]", FALSE },
    { "Join us on Tuesday at 10am for cake", FALSE },
    { "(eBPF Day - Monday, October 24, 2022 9:25 AM EDT)", FALSE },
    { "Wednesday, November 8 • 5:25 pm - 6:00 pm • Room W183", FALSE },
    { "Talk 2 — 9:15 am", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LineupSlot slot;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (lineup_slot_scan (cases[i].text, &slot), !=, LINEUP_SLOT_NONE);
      g_assert_cmpint (lineup_slot_is_whole (cases[i].text, &slot), ==, cases[i].whole);
    }

  /* A slot from some other text must not make is_whole read past the end. */
  {
    LineupSlot slot;

    lineup_slot_scan ("Monday, November 6, 2023 • 9:15 am - 9:40 am", &slot);
    g_assert_false (lineup_slot_is_whole ("9:15", &slot));
    g_assert_false (lineup_slot_is_whole (NULL, &slot));
  }
}

static void
test_month_from_name (void)
{
  static const struct
  {
    const gchar *name;
    gssize       length;   /* -1: strlen */
    gint         month;
  } cases[] = {
    { "January", -1, 1 }, { "jan", -1, 1 }, { "JAN", -1, 1 }, { "Jan.", -1, 1 },
    { "February", -1, 2 }, { "feb", -1, 2 }, { "March", -1, 3 }, { "Apr", -1, 4 },
    { "May", -1, 5 }, { "june", -1, 6 }, { "Jun", -1, 6 }, { "July", -1, 7 },
    { "Jul", -1, 7 }, { "August", -1, 8 }, { "Aug", -1, 8 }, { "September", -1, 9 },
    { "Sep", -1, 9 }, { "Sept", -1, 9 }, { "sept.", -1, 9 }, { "October", -1, 10 },
    { "Oct", -1, 10 }, { "NOVEMBER", -1, 11 }, { "Nov", -1, 11 }, { "December", -1, 12 },
    { "Dec", -1, 12 },
    { "Novemberfoo", 8, 11 },          /* a word inside a longer buffer */
    { "", -1, 0 }, { "J", -1, 0 }, { "Ju", -1, 0 }, { "Junee", -1, 0 }, { "Mayo", -1, 0 },
    { "Octob", -1, 0 }, { "Monday", -1, 0 }, { "Septe", -1, 0 }, { ".", -1, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = cases[i].length < 0 ? strlen (cases[i].name) : (gsize) cases[i].length;

      g_test_message ("“%s”", cases[i].name);
      g_assert_cmpint (lineup_slot_month_from_name (cases[i].name, length), ==,
                       cases[i].month);
    }
  g_assert_cmpint (lineup_slot_month_from_name (NULL, 0), ==, 0);
  g_assert_cmpint (lineup_slot_month_from_name ("March", (gsize) -1), ==, 3);
}

static void
test_zone_for_abbreviation (void)
{
  static const struct
  {
    const gchar *abbreviation;
    const gchar *zone;
  } cases[] = {
    { "CST", "America/Chicago" }, { "CDT", "America/Chicago" },
    { "EST", "America/New_York" }, { "EDT", "America/New_York" },
    { "ET", "America/New_York" },
    { "PST", "America/Los_Angeles" }, { "PDT", "America/Los_Angeles" },
    { "PT", "America/Los_Angeles" },
    { "MST", "America/Denver" }, { "MDT", "America/Denver" },
    { "CET", "Europe/Paris" }, { "CEST", "Europe/Paris" },
    { "BST", "Europe/London" }, { "GMT", "UTC" }, { "UTC", "UTC" },
    { "WET", "Europe/Lisbon" }, { "WEST", "Europe/Lisbon" },
    { "EET", "Europe/Helsinki" }, { "EEST", "Europe/Helsinki" },
    { "IST", "Asia/Kolkata" }, { "JST", "Asia/Tokyo" }, { "KST", "Asia/Seoul" },
    { "AEST", "Australia/Sydney" }, { "AEDT", "Australia/Sydney" },
    { "SGT", "Asia/Singapore" }, { "HKT", "Asia/Hong_Kong" },
    { "MT", "America/Denver" }, { "HST", "Pacific/Honolulu" },
    { "AKST", "America/Anchorage" }, { "AST", "America/Halifax" },
    { "NZST", "Pacific/Auckland" }, { "ACST", "Australia/Adelaide" },
    { "AWST", "Australia/Perth" }, { "IDT", "Asia/Jerusalem" },
    { "SAST", "Africa/Johannesburg" }, { "MSK", "Europe/Moscow" },
    { "cst", "America/Chicago" },
    { "UTC+8", "Etc/GMT-8" }, { "GMT-5", "Etc/GMT+5" }, { "UTC+0", "UTC" },
    { "UTC+15", NULL }, { "UTC+", NULL }, { "UTC+8x", NULL },
    { "XYZ", NULL }, { "", NULL }, { "CSTX", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const gchar *zone = lineup_slot_zone_for_abbreviation (cases[i].abbreviation);

      g_test_message ("%s", cases[i].abbreviation);
      g_assert_cmpstr (zone, ==, cases[i].zone);
      /* Each zone the table names exists in the system's database. */
      if (zone != NULL)
        {
          GTimeZone *tz = g_time_zone_new_identifier (zone);

          g_assert_nonnull (tz);
          g_time_zone_unref (tz);
        }
    }
  g_assert_null (lineup_slot_zone_for_abbreviation (NULL));
}

/* The invariants any scan result must meet. */
static void
check_invariants (const gchar      *text,
                  LineupSlotFound   found,
                  const LineupSlot *slot)
{
  gsize length = strlen (text);

  g_assert_cmpuint (slot->span_start, <=, slot->span_end);
  g_assert_cmpuint (slot->span_end, <=, length);
  g_assert_cmpuint (strnlen (slot->zone, sizeof slot->zone), <, sizeof slot->zone);
  if (slot->zone[0] != '\0')
    g_assert_nonnull (lineup_slot_zone_for_abbreviation (slot->zone));

  if (found & LINEUP_SLOT_TIME)
    {
      g_assert_cmpint (slot->start_minute, >=, 0);
      g_assert_cmpint (slot->start_minute, <, 24 * 60);
      g_assert_cmpint (slot->end_minute, >=, -1);
      g_assert_cmpint (slot->end_minute, <, 24 * 60);
    }
  else
    {
      g_assert_cmpint (slot->start_minute, ==, -1);
      g_assert_cmpint (slot->end_minute, ==, -1);
    }

  if (found & LINEUP_SLOT_DATE)
    {
      g_assert_true (slot->weekday != 0 || (slot->month != 0 && slot->day != 0));
      g_assert_true (slot->year == 0 || (slot->year >= 1970 && slot->year <= 2200));
      g_assert_cmpint (slot->month, >=, 0);
      g_assert_cmpint (slot->month, <=, 12);
      g_assert_cmpint (slot->day, >=, 0);
      g_assert_cmpint (slot->day, <=, 31);
      g_assert_cmpint (slot->weekday, >=, 0);
      g_assert_cmpint (slot->weekday, <=, 7);
    }
  else
    {
      g_assert_cmpint (slot->month + slot->day + slot->weekday + slot->year, ==, 0);
    }

  if (found != LINEUP_SLOT_NONE)
    g_assert_cmpuint (slot->span_end, >, slot->span_start);
}

/* Every prefix of every case, each in its own allocation, so that a read past
 * the end shows up under AddressSanitizer or valgrind. */
static void
test_prefixes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (scan_cases); i++)
    {
      const gchar *text = scan_cases[i].text;
      gsize length = strlen (text);

      for (gsize n = 0; n <= length; n++)
        {
          g_autofree gchar *prefix = g_strndup (text, n);
          LineupSlot slot;
          LineupSlotFound found = lineup_slot_scan (prefix, &slot);

          check_invariants (prefix, found, &slot);
          lineup_slot_is_whole (prefix, &slot);
        }
    }
}

/* Random mixtures of the pieces the grammar is made of, and raw bytes
 * (invalid UTF-8 included). */
static void
test_random (void)
{
  static const gchar *pieces[] = {
    "Monday", "Tue", "Sept", "November", "May", "of", "th", "12", "6", "2023", "99999",
    "9", "15", "00", ":", ":", "-", "–", "—", "to", "am", "pm", "a.m.", "PM", "CST", "EDT",
    "(", ")", ",", ".", " ", " ", " ", "•", "|", "h", "\xc3", "\xe2\x80", "\xff", "é",
    "🚀", "\t", "\n", "at", "2024-03-19", "+", "/", "v",
  };
  GRand *rand = g_rand_new_with_seed (20231106);

  for (guint round = 0; round < 20000; round++)
    {
      GString *text = g_string_new (NULL);
      guint count = (guint) g_rand_int_range (rand, 0, 16);
      LineupSlot slot;
      LineupSlotFound found;
      gchar *copy;

      for (guint i = 0; i < count; i++)
        {
          if (g_rand_int_range (rand, 0, 10) == 0)
            g_string_append_c (text, (gchar) g_rand_int_range (rand, 1, 256));
          else
            g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }

      /* An exact-size copy, so an over-read is caught. */
      copy = g_memdup2 (text->str, text->len + 1);
      found = lineup_slot_scan (copy, &slot);
      check_invariants (copy, found, &slot);
      lineup_slot_is_whole (copy, &slot);
      g_free (copy);
      g_string_free (text, TRUE);
    }

  g_rand_free (rand);
}

typedef struct
{
  const gchar     *head;    /* repeated up to the size */
  const gchar     *tail;    /* then once, NULL for none */
  LineupSlotFound  found;   /* what the scan finds in the whole line */
} LongLine;

/* A line of @size bytes, as the LongLine @data says. */
static gpointer
make_long_line (gsize    size,
                gpointer data)
{
  const LongLine *shape = data;
  GString *line = g_string_new (NULL);

  while (line->len < size)
    g_string_append (line, shape->head);
  if (shape->tail != NULL)
    g_string_append (line, shape->tail);
  return g_string_free (line, FALSE);
}

static void
scan_long_line (gpointer input,
                gpointer data)
{
  const LongLine *shape = data;
  const gchar *line = input;
  LineupSlot slot;
  LineupSlotFound found;

  found = lineup_slot_scan (line, &slot);
  check_invariants (line, found, &slot);
  lineup_slot_is_whole (line, &slot);
  g_assert_cmpint (found, ==, shape->found);
}

/* Long lines in shapes that would make a naive scanner quadratic: the scan
 * of 1 MB takes at most 12 times as long as that of 256 KB. */
static void
test_linear (void)
{
  static const LongLine shapes[] = {
    { "12:34:", NULL, LINEUP_SLOT_NONE },
    { "1:", NULL, LINEUP_SLOT_NONE },
    { "1:2", NULL, LINEUP_SLOT_NONE },
    { "0", NULL, LINEUP_SLOT_NONE },
    { ":", NULL, LINEUP_SLOT_NONE },
    { " ", NULL, LINEUP_SLOT_NONE },
    { "\xff", NULL, LINEUP_SLOT_NONE },
    { "9:15 am - ", NULL, LINEUP_SLOT_TIME },
    { "Monday ", NULL, LINEUP_SLOT_DATE },
    { "Monday, November 6, 2023 • 9:15 am - 9:40 am CST ", NULL,
      LINEUP_SLOT_DATE | LINEUP_SLOT_TIME },
    { "a.", NULL, LINEUP_SLOT_NONE },
    { "1.14 - ", NULL, LINEUP_SLOT_NONE },
    { "15.30 - ", NULL, LINEUP_SLOT_NONE },
    { "Mon 5 ", NULL, LINEUP_SLOT_DATE },
    { "Mon 5 servers ", NULL, LINEUP_SLOT_NONE },
    { "noon - ", NULL, LINEUP_SLOT_TIME },
    { "march ", NULL, LINEUP_SLOT_NONE },
    /* A slot at the very end of a long line is still found. */
    { "1:2:3 ", "9:15 am", LINEUP_SLOT_TIME },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autofree gchar *escaped = g_strescape (shapes[i].head, NULL);
      g_autofree gchar *what = g_strdup_printf ("\"%s\"%s", escaped,
                                                shapes[i].tail ? " then a slot" : "");

      lineup_test_assert_linear (what, 256 * 1024, make_long_line, scan_long_line, g_free,
                                 (gpointer) &shapes[i]);
    }
}

/* Real posts: every slot line of the built-in post (after mojibake repair) and
 * of the KubeCon EU 2024 post is read whole, with a date that matches the
 * calendar and a forward time range. */
/* Zones are places (issue 16): the zone an abbreviation means where the
 * event is, the place's own when it has one, else the usual one. */
static void
test_zone_for_place (void)
{
  static const struct
  {
    const gchar *text;
    const gchar *abbreviation;
    const gchar *zone;
  } cases[] = {
    { "KubeCon comes to Salt Lake City in November", "MST", "America/Denver" },
    { "See you in Salt Lake City!", "mdt", "America/Denver" },
    { "KubeCon + CloudNativeCon Europe in Amsterdam", "CET", "Europe/Amsterdam" },
    { "KubeCon + CloudNativeCon Europe in Amsterdam", "CEST", "Europe/Amsterdam" },
    { "KubeCon Europe, London", "BST", "Europe/London" },
    { "KubeCon Japan in Tokyo", "JST", "Asia/Tokyo" },
    { "KubeCon China in Shanghai", "CST", "Asia/Shanghai" },
    { "Open Source Summit in Dublin", "IST", "Europe/Dublin" },
    { "DevConf in Bengaluru", "IST", "Asia/Kolkata" },
    { "PyCon in Phoenix, Arizona", "MST", "America/Phoenix" },
    { "A summit in Brisbane", "AEST", "Australia/Brisbane" },
    { "A summit in Mexico City", "CST", "America/Mexico_City" },
    { "A meetup in Dhaka", "BST", "Asia/Dhaka" },
    /* The place does not use the abbreviation: the usual zone. */
    { "KubeCon China in Shanghai", "EST", "America/New_York" },
    { "KubeCon in Salt Lake City", "CET", "Europe/Paris" },
    /* Berlin keeps Europe/Paris's rules: not a place of its own. */
    { "FOSS Backstage in Berlin", "CET", "Europe/Paris" },
    /* The place named first; a longer word is no place. */
    { "From Amsterdam to London", "GMT", "UTC" },
    { "From London to Amsterdam", "GMT", "Europe/London" },
    { "Phoenixville and Londonderry", "MST", "America/Denver" },
    { "", "CST", "America/Chicago" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint place = lineup_slot_zone_find_place (cases[i].text);
      const gchar *zone = lineup_slot_zone_for_place (place, cases[i].abbreviation);

      g_test_message ("%s in “%s”", cases[i].abbreviation, cases[i].text);
      if (zone == NULL)
        zone = lineup_slot_zone_for_abbreviation (cases[i].abbreviation);
      g_assert_cmpstr (zone, ==, cases[i].zone);
      if (place != 0)
        {
          GTimeZone *tz = g_time_zone_new_identifier (zone);

          g_assert_nonnull (tz);
          g_time_zone_unref (tz);
        }
    }
  g_assert_cmpuint (lineup_slot_zone_find_place (NULL), ==, 0);
  g_assert_null (lineup_slot_zone_for_place (0, "CST"));
  g_assert_null (lineup_slot_zone_for_place (G_MAXUINT, "CST"));
  g_assert_null (lineup_slot_zone_for_place (lineup_slot_zone_find_place ("Shanghai"), NULL));
  g_assert_null (lineup_slot_zone_for_place (lineup_slot_zone_find_place ("Shanghai"),
                                             "CSTCSTCST"));
}

static void
test_real_posts (void)
{
  g_autofree gchar *builtin = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "posts",
                                                "cilium-kubecon-na-2023.md", NULL);
  g_autofree gchar *eu = g_build_filename (TEST_DATA_DIR,
                                           "cilium_cilium.io__src_posts_2024-02-02-"
                                           "cilium-talks-at-kubecon-eu-2024_index.md", NULL);
  const struct
  {
    const gchar *path;
    const gchar *marker;     /* a line holding this and a ':' is a slot line */
    gint         year;       /* of the conference */
    gint         month;
    const gchar *zone;       /* the zone of the lines that give one */
    guint        lines;
  } posts[] = {
    { builtin, "•", 2023, 11, "CST", 25 },
    { eu, "March", 2024, 3, "CET", 26 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      g_autofree gchar *contents = NULL;
      g_autofree gchar *repaired = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GError) error = NULL;
      guint slot_lines = 0;

      g_file_get_contents (posts[i].path, &contents, NULL, &error);
      g_assert_no_error (error);
      repaired = lineup_text_repair_mojibake (contents);
      lines = g_strsplit (repaired, "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          LineupSlot slot;
          LineupSlotFound found;
          GDate date;

          if (strstr (lines[l], posts[i].marker) == NULL || strchr (lines[l], ':') == NULL)
            continue;
          g_test_message ("%s", lines[l]);
          found = lineup_slot_scan (lines[l], &slot);
          g_assert_cmpint (found, ==, LINEUP_SLOT_DATE | LINEUP_SLOT_TIME);
          g_assert_true (lineup_slot_is_whole (lines[l], &slot));
          g_assert_true (slot.year == 0 || slot.year == posts[i].year);
          g_assert_cmpint (slot.month, ==, posts[i].month);
          g_assert_true (g_date_valid_dmy ((GDateDay) slot.day, (GDateMonth) slot.month,
                                           (GDateYear) posts[i].year));
          g_date_clear (&date, 1);
          g_date_set_dmy (&date, (GDateDay) slot.day, (GDateMonth) slot.month,
                          (GDateYear) posts[i].year);
          g_assert_cmpint (slot.weekday, ==, (gint) g_date_get_weekday (&date));
          g_assert_cmpint (slot.start_minute, >=, 8 * 60);
          g_assert_cmpint (slot.end_minute, >, slot.start_minute);
          if (slot.zone[0] != '\0' || posts[i].zone == NULL)
            g_assert_cmpstr (slot.zone, ==, posts[i].zone != NULL ? posts[i].zone : "");
          slot_lines++;
        }
      g_assert_cmpuint (slot_lines, ==, posts[i].lines);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot/scan", test_scan);
  g_test_add_func ("/slot/scan-none", test_scan_none);
  g_test_add_func ("/slot/event-day", test_event_day);
  g_test_add_func ("/slot/is-whole", test_is_whole);
  g_test_add_func ("/slot/month-from-name", test_month_from_name);
  g_test_add_func ("/slot/zone-for-abbreviation", test_zone_for_abbreviation);
  g_test_add_func ("/slot/zone-for-place", test_zone_for_place);
  g_test_add_func ("/slot/real-posts", test_real_posts);
  g_test_add_func ("/slot/prefixes", test_prefixes);
  g_test_add_func ("/slot/random", test_random);
  g_test_add_func ("/slot/linear", test_linear);

  return g_test_run ();
}
