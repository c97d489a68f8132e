/* lineup-byline.c — "Title - Name & Name, Org; Name, Org" → title + speakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-byline"

#include "config.h"

#include <string.h>

#include "lineup-core.h"

G_DEFINE_BOXED_TYPE (LineupSpeaker, lineup_speaker, lineup_speaker_copy, lineup_speaker_free)

LineupSpeaker *
lineup_speaker_new (const gchar *name,
                    const gchar *affiliation)
{
  LineupSpeaker *self = g_new0 (LineupSpeaker, 1);

  self->name = g_strdup (name != NULL ? name : "");
  /* An empty affiliation means "none": keep one representation of it. */
  self->affiliation = (affiliation != NULL && *affiliation != '\0') ? g_strdup (affiliation) : NULL;
  return self;
}

LineupSpeaker *
lineup_speaker_copy (const LineupSpeaker *speaker)
{
  g_return_val_if_fail (speaker != NULL, NULL);
  return lineup_speaker_new (speaker->name, speaker->affiliation);
}

void
lineup_speaker_free (LineupSpeaker *speaker)
{
  if (speaker == NULL)
    return;
  g_free (speaker->name);
  g_free (speaker->affiliation);
  g_free (speaker);
}

void
lineup_byline_split (const gchar  *text,
                     gchar       **title,
                     gchar       **byline)
{
  if (title != NULL)
    *title = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (byline != NULL)
    *byline = NULL;
}

GPtrArray *
lineup_byline_parse (const gchar *byline)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
}

gboolean
lineup_byline_looks_like_people (const gchar *text)
{
  return FALSE;
}

static gboolean
same_affiliation (const LineupSpeaker *a,
                  const LineupSpeaker *b)
{
  return g_strcmp0 (a->affiliation, b->affiliation) == 0;
}

/* Each speaker reads "Name (Org)"; consecutive speakers of the same
 * affiliation share one "(Org)" after the last of them, so "Hemanth Malla,
 * Maxime Visonneau (Datadog)".  Never NULL. */
gchar *
lineup_byline_format (GPtrArray *speakers)
{
  GString *out;

  if (speakers == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  for (guint i = 0; i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);
      const LineupSpeaker *next = i + 1 < speakers->len ? g_ptr_array_index (speakers, i + 1) : NULL;

      if (speaker == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, speaker->name != NULL ? speaker->name : "");
      if (speaker->affiliation != NULL && *speaker->affiliation != '\0'
          && (next == NULL || !same_affiliation (speaker, next)))
        g_string_append_printf (out, " (%s)", speaker->affiliation);
    }
  return g_string_free (out, FALSE);
}
