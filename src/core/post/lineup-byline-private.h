/* lineup-byline-private.h — what the byline reader's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lineup-byline.c splits titles from bylines and formats speakers;
 * lineup-byline-parse.c reads a byline into speakers; lineup-byline-words.c
 * knows what names, roles and organisations look like.
 */
#pragma once

#include "lineup-byline.h"

G_BEGIN_DECLS

/* Longer than any real byline (the built-in post's longest is ~100 bytes):
 * anything longer is title text, and the bound keeps the split linear. */
#define MAX_BYLINE_BYTES 512

typedef struct
{
  guint words;     /* counted words (symbol-only words left out) */
  guint particles;
  gboolean plausible;
} NameShape;

/* lineup-byline-words.c */

/* "田中哲", "马全一": two to four Han (or Hangul) characters, a name. */
gboolean lineup_byline_is_cjk_name (const gchar *word);
/* "Kenta Murata さん", "佐藤 氏": the bytes a Japanese honorific ends the
 * first @length of @text with (the blanks before it too), else 0. */
gsize    lineup_byline_honorific_length (const gchar *text,
                                         gsize        length);

/* Splits at single spaces, dropping empty words (the text is normalised). */
gchar     **lineup_byline_split_words          (const gchar *text);
/* How many words a name has and whether they look like a person's. */
NameShape   lineup_byline_name_shape           (const gchar *name);
/* A job title: "CTO", "Senior Software Engineer", "Maintainer". */
gboolean    lineup_byline_is_role              (const gchar *text);
/* Role words opening @text ("co-founder Diagrid"); the rest in *org. */
gboolean    lineup_byline_split_role_org       (const gchar  *text,
                                                gchar       **org);
/* "Inc", "LLC", "GmbH"…: stays with the organisation before it. */
gboolean    lineup_byline_is_org_suffix        (const gchar *text);
/* A comma part that is a person's name rather than an affiliation. */
gboolean    lineup_byline_looks_like_list_name (const gchar *text);
/* Two to four capitalised words that no organisation, role or title uses. */
gboolean    lineup_byline_may_be_person        (const gchar *text);
/* "Keynote", "Lightning Talk", "GitHub Live Presentation": a kind of talk
 * by its last word, no one's name. */
gboolean    lineup_byline_names_a_kind         (const gchar *text);
/* "van Dijk": @text opens with a particle of family names. */
gboolean    lineup_byline_opens_with_particle  (const gchar *text);
/* Short, a few words, no sentence word, not mostly digits. */
gboolean    lineup_byline_org_is_plausible     (const gchar *org);
/* "IBM", "ClickHouse", a known company: a word that names an organisation. */
gboolean    lineup_byline_org_shaped_word      (const gchar *word);
gboolean    lineup_byline_is_country           (const gchar *text);

G_END_DECLS
