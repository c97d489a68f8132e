/* lineup-post-reader-repeats.c — a talk the post names twice: in the
 * programme with its time, then again among its notes or abstracts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <string.h>

#include "lineup-byline.h"
#include "lineup-post-layouts-private.h"
#include "lineup-post-reader-private.h"
#include "lineup-text.h"

/* An index of the talks by time ("* 9:10 [Chad Fowler - Disposable
 * Components](#chad-fowler)"), then a section of notes on each under its
 * title without the time ("#### [Disposable Components](url)"): the
 * untimed talk that repeats a timed one's title is that talk, and gives it
 * what it lacks (its speakers, its link, its description). */
static gchar *
title_key (const gchar *title)
{
  gchar *key = lineup_text_fold (title);
  gsize length = strlen (g_strstrip (key));

  while (length > 0 && strchr ("?!.:", key[length - 1]) != NULL)
    key[--length] = '\0';
  return key;
}

static void
take_missing (gchar **to,
              gchar **from)
{
  if ((*to == NULL || **to == '\0') && *from != NULL && **from != '\0')
    {
      g_free (*to);
      *to = g_steal_pointer (from);
    }
}

/* The first talk of a title is the one repeats merge into. */
static void
remember_title (GHashTable *timed,
                gchar      *key,
                Talk       *talk)
{
  if (g_hash_table_contains (timed, key))
    g_free (key);
  else
    g_hash_table_insert (timed, key, talk);
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const gchar * const *) a, *(const gchar * const *) b);
}

/* The folded names of @byline's people, sorted, one per line; NULL when
 * it names nobody. */
static gchar *
people_key (const gchar *byline)
{
  g_autoptr(GPtrArray) speakers = byline != NULL ? lineup_byline_parse (byline) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) key = g_string_new (NULL);

  if (speakers == NULL || speakers->len == 0)
    return NULL;
  for (guint i = 0; i < speakers->len; i++)
    g_ptr_array_add (names, lineup_text_fold (((LineupSpeaker *) speakers->pdata[i])->name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (key, "%s\n", (const gchar *) names->pdata[i]);
  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* "| 13:30 - 14:00 | Matti Järvisalo | CP at the University of Helsinki |",
 * then among the abstracts "### Constraint Reasoning and Optimization at
 * University of Helsinki" over "**Matti Järvisalo (University of
 * Helsinki)**": an untimed talk after the timed ones, by the very people of
 * one timed talk alone, is that talk's abstract under another wording of
 * its title.  @people maps each timed talk's people_key() to its index + 1,
 * or to G_MAXUINT when several talks share it. */
static void
index_people (GHashTable *people,
              Reader     *reader)
{
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *timed = g_ptr_array_index (reader->talks, i);
      gchar *key;

      if (timed->title == NULL || !(timed->found & LINEUP_SLOT_TIME) ||
          (key = people_key (timed->byline)) == NULL)
        continue;
      if (g_hash_table_contains (people, key))
        g_hash_table_insert (people, key, GUINT_TO_POINTER (G_MAXUINT));
      else
        g_hash_table_insert (people, key, GUINT_TO_POINTER (i + 1));
    }
}

static Talk *
timed_talk_of_people (Reader     *reader,
                      GHashTable *people,
                      guint       before,
                      const gchar *byline)
{
  g_autofree gchar *key = people_key (byline);
  guint index = key != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (people, key)) : 0;

  if (index == 0 || index == G_MAXUINT || index - 1 >= before)
    return NULL;
  return g_ptr_array_index (reader->talks, index - 1);
}

void
lineup_post_reader_merge_repeats (Reader *reader)
{
  g_autoptr(GHashTable) timed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) people = NULL;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);

      const gchar *dash;
      gsize length = 0;

      if (talk->title == NULL || !(talk->found & LINEUP_SLOT_TIME))
        continue;
      remember_title (timed, title_key (talk->title), talk);
      /* "Title - Name (Org)", not split yet: its title alone too */
      if (talk->byline == NULL && (dash = lineup_post_find_dash (talk->title, &length)) != NULL &&
          lineup_post_names_person_at_end (talk->title, strlen (talk->title)))
        {
          g_autofree gchar *head = g_strndup (talk->title, (gsize) (dash - talk->title));

          remember_title (timed, title_key (head), talk);
        }
    }
  for (guint i = reader->talks->len; i-- > 0;)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);
      g_autofree gchar *key = NULL;
      g_autofree gchar *byline = NULL;   /* split off the title, for the repeat */
      Talk *first;

      if (talk->title == NULL || (talk->found & LINEUP_SLOT_TIME))
        continue;
      if ((first = g_hash_table_lookup (timed, key = title_key (talk->title))) == NULL &&
          talk->byline == NULL)
        {
          /* "* Michael Peyton Jones: Nest Language Server" among the
           * speakers announced, the talk in the programme below */
          g_autofree gchar *title = NULL;

          lineup_byline_split_parse (talk->title, &title, &byline, NULL);
          if (byline != NULL)
            {
              g_free (key);
              first = g_hash_table_lookup (timed, key = title_key (title));
            }
        }
      if (first == NULL && talk->byline != NULL)
        {
          if (people == NULL)
            index_people (people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                          reader);
          first = timed_talk_of_people (reader, people, i, talk->byline);
        }
      if (first == NULL)
        continue;
      lineup_post_reader_talk_finish (talk);
      lineup_post_reader_talk_finish (first);
      take_missing (&first->byline, byline != NULL ? &byline : &talk->byline);
      /* "[Name - Title](…README#name)": the index links the notes below it,
       * the repeat the talk's own page */
      if (first->url != NULL && strchr (first->url, '#') != NULL && talk->url != NULL)
        g_clear_pointer (&first->url, g_free);
      take_missing (&first->url, &talk->url);
      /* "Slides: [PDF](…)" from the table, then the abstract */
      if (first->finished != NULL && *first->finished != '\0' && talk->finished != NULL &&
          *talk->finished != '\0')
        {
          gchar *both = g_strconcat (first->finished, "\n\n", talk->finished, NULL);

          g_free (first->finished);
          first->finished = both;
        }
      take_missing (&first->finished, &talk->finished);
      lineup_post_reader_talk_free (g_ptr_array_steal_index (reader->talks, i));
    }
}
