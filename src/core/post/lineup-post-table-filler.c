/* lineup-post-table-filler.c — rows of a schedule that are no talk
 *
 * In a schedule, a row whose title is a meal, a break, a party, the day's
 * end or a placeholder ("TBD") is no talk, nor is a slot of talks listed
 * elsewhere ("Talks") or a column of marks (":white_check_mark:").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-table"

#include "config.h"

#include <string.h>

#include "lineup-post-layouts-private.h"
#include "lineup-post-table-private.h"
#include "lineup-text.h"

/* A title of this many words or fewer naming a meal or a break is one. */
#define MAX_FILLER_WORDS 5

/* "Open Space 3", "Opening - Open Space", "Re-Opening of Open Spaces": an
 * open space's slots are the unconference's, no talks of their own (a title
 * with any other word, "Welcome, introduction, OpenSpaces explanation", is
 * one). */
static gboolean
is_open_space (GPtrArray *words)
{
  static const gchar * const slot_words[] = {
    "open", "space", "spaces", "openspace", "openspaces", "opening", "re-opening", "reopening",
    "closing", "of", "the", "session", "sessions", "unconference", NULL
  };
  gboolean space = FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      const gchar *word = g_ptr_array_index (words, i);

      space |= g_str_has_suffix (word, "space") || g_str_has_suffix (word, "spaces");
      if (!g_strv_contains (slot_words, word) && !g_ascii_isdigit (word[0]))
        return FALSE;
    }
  return space;
}

/* The words of a meal or a break, in a few languages (see is_filler). */
static const gchar * const break_words[] = {
  "lunch", "breakfast", "brunch", "dinner", "snack", "snacks", "coffee", "tea", "break", "breaks",
  "drink", "excursion", "raffle", "pizza", "pizzas", "doors", "posters", "arrival",
  "arrivals", "arrive", "mingle", "mingling",
  "party", "reception", "registration", "drinks", "beer", "adjourn", "get-together", "pub",
  /* a sponsor's minute, the unconference's own rounds, a day's end */
  "shout-out", "shoutout", "close",
  /* a hackathon's milestones and evenings */
  "judging", "deadline", "due", "trivia",
  /* Spanish: lunch, breakfast, dinner, registration, a break */
  "almuerzo", "desayuno", "cena", "registro", "receso",
  /* French, German, Dutch, Italian, Portuguese, Japanese */
  "déjeuner", "dejeuner", "diner", "pause", "mittagessen", "mittagspause", "kaffeepause",
  "lunchpauze",
  /* Dutch: a reception, breakfast, tea, drinks, the bus leaving ("door",
   * the Dutch "by", is no door) */
  "ontvangst", "ontbijt", "thee", "borrel", "aperitief", "vertrek",
  "café", "cafe", "kaffee", "koffie", "caffè", "pranzo", "comida", "almoço", "almoco",
  "昼食", "休憩",
  /* a break, registration, dinner, a members' meeting, a city tour (folded:
   * no accents) */
  "pausa", "intervalo", "acreditacion", "acreditacao", "credenciamento", "inscripcion",
  "registrazione",
  "anmeldung", "abendessen", "merienda", "aperitivo", "aperitif", "mitgliederversammlung",
  "intermission", "cocktail",
  /* certification exams, a conference's villages (rooms to visit) */
  "exams", "village",
  "stadtfuhrung",
  /* German: setting up, clearing away, the venue opening or closing, food
   * and drink (folded: no umlauts) */
  "aufbau", "abbau", "offnung", "schliessung", "essen", "trinken",
  /* doors open (German "Einlass", French "Accueil"), checking in */
  "einlass", "accueil", "check-in",
  /* Polish: registration, a break, lunch, dinner, coffee */
  "rejestracja", "przerwa", "obiad", "kolacja", "kawa",
  /* Russian: a break, registration, lunch, dinner, coffee, a buffet */
  "перерыв", "регистрация", "обед", "ужин", "кофе", "кофе-брейк", "фуршет", NULL
};

/* Japanese and Chinese write no spaces: a break's word inside a longer one
 * ("ランチブレイク", "おやつの時間", "开场签到"). */
static gboolean
names_cjk_break (const gchar *folded)
{
  static const gchar * const breaks[] = {
    "休憩", "昼食", "昼休み", "ランチ", "受付", "開場", "懇親会", "おやつ",
    "午餐", "茶歇", "签到", "开场", "休息",
    /* an opening, a closing ceremony ("开幕致词": the opening words; "開会挨拶",
     * "閉会挨拶": the greetings that open and close a Japanese meeting) */
    "开幕", "闭幕", "開会", "閉会",
    /* Korean: networking, a break, lunch */
    "네트워킹", "휴식", "점심", NULL
  };

  for (guint i = 0; breaks[i] != NULL; i++)
    if (strstr (folded, breaks[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* ":white_check_mark:", ":x:": emoji written as shortcodes, a mark in a
 * column of yes and no, and nothing else. */
static gboolean
is_shortcodes (const gchar *text)
{
  const gchar *p = text;
  gboolean any = FALSE;

  for (;;)
    {
      gsize length;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        return any;
      if (*p != ':')
        return FALSE;
      length = strspn (p + 1, "abcdefghijklmnopqrstuvwxyz0123456789_+-");
      if (length == 0 || p[1 + length] != ':')
        return FALSE;
      p += length + 2;
      any = TRUE;
    }
}

/* "**Session 1**", "**Block 1**" over the session's talks: its label, no talk.  "Break
 * to allow you to change rooms", "Coffee break for the posters": a break
 * and what it is for. */
static gboolean
labels_session_or_breaks (GPtrArray *words)
{
  if (words->len == 2 && (g_str_equal (g_ptr_array_index (words, 0), "session") ||
                          g_str_equal (g_ptr_array_index (words, 0), "block")) &&
      strlen (g_ptr_array_index (words, 1)) <= 2 &&
      g_ascii_isdigit (((const gchar *) g_ptr_array_index (words, 1))[0]))
    return TRUE;
  for (guint i = 0; i + 1 < words->len && i < 2; i++)
    if (g_str_equal (g_ptr_array_index (words, i), "break") &&
        (g_str_equal (g_ptr_array_index (words, i + 1), "to") ||
         g_str_equal (g_ptr_array_index (words, i + 1), "for")))
      return TRUE;
  return FALSE;
}

#define MAX_DAY_END_WORDS 7

/* "Day 1 Sessions End", "Conference closes", "End of Session", "End of first
 * day", "Meeting Closes": the day's end, no talk. */
static gboolean
is_day_end (GPtrArray *words)
{
  static const gchar * const ends[] = { "end", "ends", "close", "closes", NULL };
  static const gchar * const whats[] = {
    "day", "sessions", "session", "talks", "conference", "event", "venue", "program",
    "programme", "morning", "afternoon", "the", "workshop", "meetup", "meeting", "first",
    "second", "third", "last", "summit", "hackathon", "symposium", NULL
  };
  /* "End of (the) Session": the end first */
  gboolean first = words->len >= 3 && g_strv_contains (ends, g_ptr_array_index (words, 0)) &&
                   g_str_equal (g_ptr_array_index (words, 1), "of");

  if (words->len < 2 ||
      !(first || g_strv_contains (ends, g_ptr_array_index (words, words->len - 1))))
    return FALSE;
  /* "End of the Gerrit User Summit": the event's name before its kind */
  if (first && words->len <= MAX_DAY_END_WORDS &&
      g_strv_contains (whats, g_ptr_array_index (words, words->len - 1)))
    return TRUE;
  if (words->len > 4)
    return FALSE;
  for (guint i = first ? 2 : 0; i + (first ? 0 : 1) < words->len; i++)
    {
      const gchar *word = g_ptr_array_index (words, i);

      if (!g_strv_contains (whats, word) && !g_ascii_isdigit (word[0]))
        return FALSE;
    }
  return TRUE;
}

/* A slot of the talks listed elsewhere ("<a href=…/schedule>Talks</a>"): no talk,
 * but as a label it names the talk after it ("Poster Session: Serve CAKES"). */
static const gchar * const listed_elsewhere[] = {
  "talks", "sessions", "presentations", "parallel talks", "parallel sessions", "poster session",
  "poster sessions", "talks workshops", "talks and workshops", "workshops and talks",
  "sesiones", "charlas", "sesiones simultaneas", "sesiones paralelas", NULL
};

/* "Trabajo en grupo Proyectos A", "Group work", "Dudas": the attendees'
 * own hours at a workshop (their work, their questions), no talk. */
static gboolean
is_group_work (const gchar *joined)
{
  static const gchar * const works[] = {
    "group work", "groupwork", "trabajo en grupo", "gruppenarbeit", "travail en groupe",
    "lavoro di gruppo", "trabalho em grupo", NULL
  };
  static const gchar * const questions[] = { "dudas", "preguntas", "questions", NULL };

  /* "Trabajo en grupo Proyectos A", "Hackathon Group Work" */
  for (guint i = 0; works[i] != NULL; i++)
    if (g_str_equal (joined, works[i]) ||
        (g_str_has_prefix (joined, works[i]) && joined[strlen (works[i])] == ' ') ||
        (g_str_has_suffix (joined, works[i]) &&
         joined[strlen (joined) - strlen (works[i]) - 1] == ' '))
      return TRUE;
  return g_strv_contains (questions, joined);
}

/* The titles of a slot whose talk is not known yet. */
static const gchar * const unknown_titles[] = {
  "tbd", "tba", "tbc", "undecided", "to be announced", "to be decided", "to be confirmed",
  "n.n.", "未定", "未確認",
  /* a week without its talk */
  "postponed", "cancelled", "canceled", "no seminar", "no meeting", "no talk", "no workshop",
  NULL
};

/* "Taller a confirmar", "Título a definir": to be confirmed, in Spanish,
 * Portuguese, Italian or French, at the end of @words. */
static gboolean
ends_to_be_confirmed (GPtrArray *words)
{
  static const gchar * const confirmed[] = {
    "confirmar", "definir", "confermare", "confirmer", "definire", NULL
  };
  static const gchar * const yets[] = { "a", "por", "da", "à", NULL };

  return words->len >= 2 &&
         g_strv_contains (confirmed, g_ptr_array_index (words, words->len - 1)) &&
         g_strv_contains (yets, g_ptr_array_index (words, words->len - 2));
}

gboolean
lineup_post_table_is_placeholder (const gchar *text)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autofree gchar *joined = lineup_post_table_joined_words (text, &words);

  /* "Session:<br>Networking and Semantics" beside its papers: a label, as
   * empty of a talk's title as "TBA" */
  return words->len > 0 && (g_strv_contains (unknown_titles, joined) ||
                            g_str_equal (joined, "session") ||
                            (words->len <= 3 && ends_to_be_confirmed (words)));
}

gboolean
lineup_post_table_names_session (const gchar *text)
{
  g_autofree gchar *folded = lineup_text_fold (text);
  const gchar *p = folded;
  gsize number;

  if (!g_str_has_prefix (p, "session "))
    return FALSE;
  p += strlen ("session ");
  /* "1", "2a", "IV" */
  number = strspn (p, "0123456789");
  number = number > 0 ? number + (g_ascii_isalpha (p[number]) && !g_ascii_isalpha (p[number + 1]))
                      : strspn (p, "ivx");
  if (number == 0 || number > 4)
    return FALSE;
  p += number;
  return *p == '\0' || g_str_has_prefix (p, ": ") || g_str_has_prefix (p, " - ") ||
         g_str_has_prefix (p, " \xE2\x80\x93 ") || g_str_has_prefix (p, " \xE2\x80\x94 ");
}

/* The ways to the venue: "Shuttle", "Transport from Helsinki city". */
static const gchar * const journeys[] = { "transport", "travel", "shuttle", "bus", NULL };

gboolean
lineup_post_table_names_journey (const gchar *text)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autofree gchar *joined = lineup_post_table_joined_words (text, &words);

  return words->len == 1 && g_strv_contains (journeys, g_ptr_array_index (words, 0));
}

/* "Snack & Saunas at the lake", "Sports: Boating at the lake", "Dinner -
 * Celebrations for v3.0", "Break/Networking (Tea break) & Group Photo": a
 * break (or one of @placeholders) and what goes with it, joined to its
 * first word */
static gboolean
opens_with_break (const gchar         *text,
                  GPtrArray           *words,
                  const gchar * const *placeholders)
{
  const gchar *joiner = strpbrk (text, "&:+/");
  gsize first = strcspn (text, " ");

  if (joiner == NULL && strstr (text, " - ") == text + first)
    joiner = text + first + 1;
  return joiner != NULL && joiner < text + first + 2 &&
         (g_strv_contains (break_words, g_ptr_array_index (words, 0)) ||
          g_strv_contains (placeholders, g_ptr_array_index (words, 0)));
}

/* "Open Doors, registration, draw your own badge, and coffee": a list
 * that opens and ends with a break. */
static gboolean
lists_breaks (const gchar *text)
{
  g_autofree gchar *first = NULL;
  const gchar *last = strrchr (text, ',');

  if (last == NULL)
    return FALSE;
  first = g_strndup (text, strcspn (text, ","));
  last += 1 + strspn (last + 1, " ");
  if (g_str_has_prefix (last, "and "))
    last += strlen ("and ");
  return lineup_post_table_is_filler (first) && lineup_post_table_is_filler (last);
}

gboolean
lineup_post_table_is_filler (const gchar *text)
{
  static const gchar * const placeholders[] = {
    /* a slot the session before fills ("_previous session continues_") */
    "previous session continues", "session continues", "continued", "continues",
    /* the day's own start and end */
    "venue opens", "doors open", "door open", "door opens",
    "end of event", "end of day", "end of conference",
    "day opens", "workshop opens", "ende der veranstaltung",
    "end", "hack time", "open hack time", "hacking time", "hacking begins", "hacking starts",
    "coding",
    "hacking ends", "start hacking", "stop hacking",
    /* the evening's mingling */
    "networking", "socializing", "socialising", "social", "apéro", "apero", "social event",
    "networking event", "свободное общение", "нетворкинг", "movie night", "game night",
    "code cut off", "code cutoff", "hacky hour",
    /* a room shut for a while, a conference's own contest */
    "closed", "capture the flag",
    /* a room with nothing in that slot */
    "nao disponivel", "no disponible", "non disponible", "not available", "unavailable",
    /* when the page itself changed ("modified at 20:30, Sep. 28th") */
    "modified at", "modified", "last modified", "updated at", "updated", "last updated",
    /* a summer school's days around the lectures */
    "free time", "sports", "transport", "travel", "free evening", "exercises",
    /* a hackweek's hours of work on the projects */
    "project work", "project time", "project check-in", "project check-in work", "icebreaker",
    "project work and open sessions",
    "icebreakers", "hackathon", "hackathon sessions", "optional hackathon sessions",
    "unconference",
    /* "## Time/place" over "- Date: 2019-10-25, 3pm-5pm": the event's fields */
    "time place", "time and place", "date and time", "date time", "when and where",
    "when where", "time and location", "date and place", "date and location", "logistics",
    NULL
  };
  g_autofree gchar *unsponsored = lineup_post_cut_sponsor (text);
  g_autofree gchar *folded = lineup_text_fold (text);
  g_autoptr(GPtrArray) words = NULL;
  g_autofree gchar *joined = lineup_post_table_joined_words (text, &words);

  if (words->len == 0 || is_shortcodes (text))
    return TRUE;
  if (text[0] == '(' && text[strlen (text) - 1] == ')')
    return TRUE;   /* "(You may sign up to give a lightning talk on the day.)": a note */
  /* a slot for questions to everyone, under no title of its own */
  if (g_str_equal (joined, "discussion") || g_str_equal (joined, "discussions"))
    return TRUE;
  if (g_strv_contains (placeholders, joined) || g_strv_contains (unknown_titles, joined) ||
      g_strv_contains (listed_elsewhere, joined) || is_day_end (words) || is_group_work (joined))
    return TRUE;
  /* "Lightning talk 2 - __available for proposals__": a slot still open */
  if (g_str_has_suffix (joined, "available for proposals") ||
      g_str_has_suffix (joined, "open for proposals"))
    return TRUE;
  /* "Transport from Helsinki city", "Shuttle to the venue" */
  if (words->len > 1 && g_strv_contains (journeys, g_ptr_array_index (words, 0)))
    return TRUE;
  if (labels_session_or_breaks (words) || opens_with_break (text, words, placeholders))
    return TRUE;
  /* "Drinks and snacks sponsored by [Acme](…)", "Light dinner provided by
   * Org": the sponsor's break, however long */
  if (!g_str_equal (unsponsored, text))
    {
      g_autofree gchar *bare = lineup_text_fold (unsponsored);
      g_autoptr(GPtrArray) bare_words = lineup_post_table_split_words (bare);

      for (guint i = 0; i < bare_words->len; i++)
        if (g_strv_contains (break_words, g_ptr_array_index (bare_words, i)))
          return TRUE;
    }
  if (words->len > MAX_FILLER_WORDS && lists_breaks (text))
    return TRUE;
  /* "After party: bowling + movie night": what the label says */
  if (words->len > MAX_FILLER_WORDS && strchr (text, ':') != NULL)
    {
      g_autofree gchar *label = g_strndup (text, (gsize) (strchr (text, ':') - text));
      g_autofree gchar *folded_label = lineup_text_fold (g_strstrip (label));

      /* ("Discussion: Prize for the best scheduler" names its topic) */
      return *label != '\0' && !g_strv_contains (listed_elsewhere, folded_label) &&
             !g_str_equal (folded_label, "discussion") && lineup_post_table_is_filler (label);
    }
  /* "Lunch @ Eckers (10 minute walk from physics building)", "UNCONFERENCE
   * (2 TALKS)": a note in brackets after a break */
  if (g_str_has_suffix (text, ")") && strstr (text, " (") != NULL && strstr (text, " (") != text)
    {
      g_autofree gchar *head = g_strndup (text, (gsize) (strstr (text, " (") - text));

      if (lineup_post_table_is_filler (head))
        return TRUE;
    }
  if (words->len > MAX_FILLER_WORDS)
    return FALSE;
  if (is_open_space (words) || names_cjk_break (folded))
    return TRUE;
  /* "Company / Topic TBD": a slot whose talk is not known yet ("Keynote:
   * TBA" may have its speaker, and is kept); "Taller a confirmar" */
  for (guint i = 1; i < words->len; i++)
    {
      static const gchar * const unknown[] = { "tbd", "tba", NULL };
      static const gchar * const whats[] = { "topic", "title", "subject", NULL };

      if (g_strv_contains (unknown, g_ptr_array_index (words, i)) &&
          g_strv_contains (whats, g_ptr_array_index (words, i - 1)))
        return TRUE;
    }
  if (ends_to_be_confirmed (words))
    return TRUE;
  for (guint i = 0; i < words->len; i++)
    {
      const gchar *word = g_ptr_array_index (words, i);
      const gchar *hyphen = strchr (word, '-');

      if (g_strv_contains (break_words, word))
        return TRUE;
      /* "Coffee-break", "lunch-break" */
      if (hyphen != NULL && hyphen != word && g_str_equal (hyphen + 1, "break"))
        return TRUE;
    }
  return FALSE;
}

gboolean
lineup_post_table_is_bare_break (const gchar *text)
{
  g_autofree gchar *folded = lineup_text_fold (text);
  g_autoptr(GPtrArray) words = lineup_post_table_split_words (folded);
  gboolean any = FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      const gchar *word = g_ptr_array_index (words, i);

      if (g_strv_contains (break_words, word))
        any = TRUE;
      else if (lineup_post_count_letters (word, -1) > 0)
        return FALSE;
    }
  return any;
}

gboolean
lineup_post_table_is_pending (const gchar *text)
{
  static const gchar * const pending[] = { "tbd", "tba", "tbc", NULL };
  g_autofree gchar *folded = lineup_text_fold (text);
  g_autoptr(GPtrArray) words = lineup_post_table_split_words (folded);

  for (guint i = 0; i < words->len && words->len <= 3; i++)
    if (g_strv_contains (pending, g_ptr_array_index (words, i)))
      return TRUE;
  return FALSE;
}

gboolean
lineup_post_table_cell_is_pending (cmark_node *cell)
{
  g_autofree gchar *text = lineup_post_table_cell_text (cell);

  return lineup_post_table_is_pending (text);
}

guint
lineup_post_table_drop_pending (cmark_node  **cells,
                                const gchar **days,
                                guint         n)
{
  guint kept = 0;

  for (guint i = 0; i < n; i++)
    if (!lineup_post_table_cell_is_pending (cells[i]))
      {
        cells[kept] = cells[i];
        days[kept++] = days[i];
      }
  return kept;
}
