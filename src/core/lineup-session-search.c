/* lineup-session-search.c — what a search looks at in a talk, and the match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-session"

#include "config.h"

#include <string.h>

#include "lineup-session-private.h"
#include "lineup-text.h"

const gchar *
lineup_session_get_search_text (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);

  if (self->search_text == NULL)
    {
      g_autoptr(GString) all = g_string_new (NULL);
      GPtrArray *speakers = lineup_session_get_speakers (self);

      /* Fields are separated by a newline so that a query never matches
       * across two of them. */
      const gchar *title = lineup_session_get_title (self);

      g_string_append_printf (all, "%s\n", title ? title : "");
      for (guint i = 0; i < speakers->len; i++)
        {
          LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

          g_string_append_printf (all, "%s\n%s\n", speaker->name,
                                  speaker->affiliation ? speaker->affiliation : "");
        }
      g_string_append_printf (all, "%s\n%s\n%s\n%s", self->track ? self->track : "",
                              self->room ? self->room : "", self->kind ? self->kind : "",
                              self->description ? self->description : "");
      self->search_text = lineup_text_fold (all->str);
    }

  return self->search_text;
}

gchar *
lineup_session_steal_search_text (LineupSession *self)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), NULL);

  (void) lineup_session_get_search_text (self);
  return g_steal_pointer (&self->search_text);
}

GStrv
lineup_search_words (const gchar *typed)
{
  g_autofree gchar *folded = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  if (typed == NULL)
    return NULL;

  folded = lineup_text_fold (typed);
  parts = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      {
        g_strv_builder_add (builder, parts[i]);
        n++;
      }

  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

gboolean
lineup_search_matches (const gchar * const *words,
                       const gchar         *folded_text)
{
  if (words == NULL)
    return TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded_text, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

gboolean
lineup_session_matches (LineupSession       *self,
                        const gchar * const *words)
{
  g_return_val_if_fail (LINEUP_IS_SESSION (self), FALSE);

  /* Skip building the search text when there is nothing to look for. */
  if (words == NULL)
    return TRUE;
  return lineup_search_matches (words, lineup_session_get_search_text (self));
}
