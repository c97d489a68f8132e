/* lineup-post-layouts-sentences.c — a talk written as sentences
 *
 * A university's open days list each talk in a day's list as sentences:
 * the title, then who gives it, then maybe who wrote it and the slides:
 *
 *     * Zotero avanzado. El manual que hacía falta. Ponente y autor: Miguel Álvarez (Presentación)
 *     * El proyecto LibreOffice. Ítalo Vignoli, miembro fundador de TDF (Presentación)
 *     * ¡Pero qué haces, insensato! Daniel Esteban Roque (EducaMadrid) (Presentación)
 *
 * The people are the sentence after a speakers' label ("Ponente:",
 * "Speakers:", "Autoría:"), else the last sentence when it reads as names
 * (a role after a comma goes); the title is all before.  A bracket of the
 * talk's material at the end ("(Presentación - Fuente)") is no part of
 * either.  The same lists give a teacher's course as "Prof. Name / Title":
 * a title of address opens the name, a slash ends it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-layouts-private.h"
#include "lineup-text.h"

/* A speakers' label is a few words ("Ponentes y autoras:"). */
#define MAX_LABEL_BYTES 32

/* @text without a last bracket that only names the talk's material. */
static gchar *
without_material (const gchar *text)
{
  gchar *copy = g_strstrip (g_strdup (text));
  gsize length = strlen (copy);
  gchar *open;

  if (length == 0 || copy[length - 1] != ')' || (open = strrchr (copy, '(')) == NULL)
    return copy;
  copy[length - 1] = '\0';
  if (lineup_post_layouts_names_material (open + 1))
    *open = '\0';
  else
    copy[length - 1] = ')';
  return g_strstrip (copy);
}

/* Where the sentence that ends at @p (". ", "! ", "? ") leaves off in the
 * title: after "!" and "?", before ".". */
static gsize
title_end (const gchar *text,
           const gchar *p)
{
  return (gsize) (p - text) + (*p == '.' ? 0 : 1);
}

/* @value up to its next sentence ("Name. Autoría: …"), its role after a
 * comma dropped when that is what kept it from reading as names. */
static gchar *
people_of (const gchar *value,
           gboolean     labelled)
{
  const gchar *stop = strstr (value, ". ");
  g_autofree gchar *names = g_strndup (value, stop != NULL ? (gsize) (stop - value)
                                                           : strlen (value));
  gchar *comma;
  gsize length;

  g_strstrip (names);
  /* "Presented by Ronak.": a first name alone after a label, its full stop */
  length = strlen (names);
  if (labelled && length > 1 && names[length - 1] == '.')
    names[length - 1] = '\0';
  if (lineup_byline_looks_like_people (names) ||
      (labelled && lineup_post_layouts_is_one_word_name (names)))
    return g_steal_pointer (&names);
  if ((comma = strchr (names, ',')) != NULL)
    {
      *comma = '\0';
      g_strchomp (names);
      if (lineup_byline_looks_like_people (names))
        return g_steal_pointer (&names);
    }
  return NULL;
}

static gboolean
take (LineupPostTalk *talk,
      const gchar    *text,
      gsize           title_length,
      gchar          *people)
{
  g_autofree gchar *title = g_strstrip (g_strndup (text, title_length));
  static const gchar * const weeks[] = { "Week ", "Semana ", "Woche ", "Semaine ", NULL };

  /* "Week 2: Python Pickles": the club's week, no part of the title */
  for (guint i = 0; weeks[i] != NULL; i++)
    if (g_str_has_prefix (title, weeks[i]))
      {
        const gchar *number = title + strlen (weeks[i]);
        gsize digits = strspn (number, "0123456789");

        if (digits > 0 && number[digits] == ':' && number[digits + 1] == ' ')
          memmove (title, number + digits + 2, strlen (number + digits + 2) + 1);
      }
  if (people == NULL || lineup_post_count_words (title) < 1)
    {
      g_free (people);
      return FALSE;
    }
  talk->title = g_steal_pointer (&title);
  talk->byline = people;
  talk->found = LINEUP_SLOT_NONE;
  return TRUE;
}

/* "Prof. Juan Carlos Aguado / Microeconomía", "Profa.Nuria Romero /
 * Física": the name after its title of address, the title after the slash. */
static gboolean
addressed_name_then_title (const gchar    *text,
                           LineupPostTalk *talk)
{
  static const gchar * const titles[] = {
    "Prof.", "Profa.", "Prof", "Dr.", "Dra.", "Lic.", "Ing.", "Mtro.", "Mtra.", NULL
  };
  const gchar *slash = strstr (text, " / ");
  g_autofree gchar *name = NULL;
  gsize skip = 0, length;

  /* a space after the title, or none after its dot ("Profa.Nuria") */
  for (guint i = 0; titles[i] != NULL && skip == 0; i++)
    if (g_str_has_prefix (text, titles[i]) &&
        (text[strlen (titles[i])] == ' ' || g_ascii_isupper (text[strlen (titles[i])])))
      skip = strlen (titles[i]);
  if (skip == 0 || slash == NULL)
    return FALSE;
  name = g_strstrip (g_strndup (text + skip, (gsize) (slash - text) - skip));
  if (!lineup_byline_looks_like_people (name) || lineup_post_count_words (slash + 3) == 0)
    return FALSE;
  talk->title = g_strstrip (g_strdup (slash + 3));
  /* "…, Fundamentos de Redes de Ordenadores.": the sentence's full stop */
  length = strlen (talk->title);
  if (length > 2 && talk->title[length - 1] == '.' && g_ascii_islower (talk->title[length - 2]))
    talk->title[length - 1] = '\0';
  talk->byline = g_steal_pointer (&name);
  talk->found = LINEUP_SLOT_NONE;
  return TRUE;
}

gboolean
lineup_post_layouts_sentence_talk (const LineupPostLine *line,
                                   LineupPostTalk       *talk)
{
  g_autofree gchar *text = without_material (line->text);
  const gchar *last = NULL;

  if (addressed_name_then_title (text, talk))
    return TRUE;

  for (const gchar *p = text; (p = strpbrk (p, ".!?")) != NULL; p++)
    {
      const gchar *label = p + 2;
      const gchar *colon;

      if (p[1] != ' ' || p == text)
        continue;
      last = p;
      /* "Title. Ponente y autor: Name" */
      colon = strchr (label, ':');
      if (colon != NULL && (gsize) (colon - label) < MAX_LABEL_BYTES)
        {
          g_autofree gchar *head = g_strndup (label, (gsize) (colon + 1 - label));

          if (lineup_post_layouts_is_speakers_label (head))
            return take (talk, text, title_end (text, p), people_of (colon + 1, TRUE));
        }
      /* "*Python Pickles*. Presented by Ronak." */
      if (lineup_post_skip_speaker_marker (label) != label && g_ascii_isalpha (*label))
        {
          gchar *people = people_of (lineup_post_skip_speaker_marker (label), TRUE);

          if (people != NULL)
            return take (talk, text, title_end (text, p), people);
        }
      /* "Title. Ponentes Name y Name": the label's word without its colon */
      {
        const gchar *space = strchr (label, ' ');
        g_autofree gchar *word = space != NULL ? g_strndup (label, (gsize) (space - label)) : NULL;
        g_autofree gchar *head = word != NULL ? g_strconcat (word, ":", NULL) : NULL;
        gchar *people;

        if (head != NULL && lineup_post_layouts_is_speakers_label (head) &&
            (people = people_of (space + 1, TRUE)) != NULL)
          return take (talk, text, title_end (text, p), people);
      }
    }
  /* "Title. Name, role": the last sentence */
  return last != NULL && take (talk, text, title_end (text, last), people_of (last + 2, FALSE));
}
