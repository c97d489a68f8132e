/* lineup-post-reader.h — a conference post (front matter + Markdown) → LineupSchedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lineup-schedule.h"

G_BEGIN_DECLS

#define LINEUP_POST_ERROR (lineup_post_error_quark ())

typedef enum
{
  LINEUP_POST_ERROR_NOT_TEXT,        /* binary, NUL bytes, invalid UTF-8 */
  LINEUP_POST_ERROR_EMPTY,
  LINEUP_POST_ERROR_FRONT_MATTER,    /* broken YAML, never closed, alias bomb */
  LINEUP_POST_ERROR_NO_TALKS,
  LINEUP_POST_ERROR_TOO_LARGE,
  LINEUP_POST_ERROR_BAD_ZONE,        /* --timezone names no known zone */
  LINEUP_POST_ERROR_MALFORMED,       /* a published schedule that is broken or not one */
} LineupPostError;

GQuark          lineup_post_error_quark        (void);

/* Reads a post.  @display_name names the file in messages ("post.md"); @key is
 * the fallback post key (the file's basename) when the front matter names the
 * post by none of path, url, slug or title; @zone_override is an IANA id that wins over the post's zone, or NULL.
 * Errors are "DISPLAY_NAME:LINE: message". */
LineupSchedule *lineup_post_reader_read_bytes  (GBytes       *bytes,
                                                const gchar  *display_name,
                                                const gchar  *key,
                                                const gchar  *zone_override,
                                                GError      **error);

/* Reads a file (a missing file, a directory, a binary file… are errors with
 * the file's name). */
LineupSchedule *lineup_post_reader_read_file   (GFile        *file,
                                                const gchar  *zone_override,
                                                GCancellable *cancellable,
                                                GError      **error);

/* Like read_file, naming the file @display_name in messages (the path as the
 * user typed it, say). */
LineupSchedule *lineup_post_reader_read_file_full (GFile        *file,
                                                   const gchar  *display_name,
                                                   const gchar  *zone_override,
                                                   GCancellable *cancellable,
                                                   GError      **error);

/* Posts larger than this are refused (LINEUP_POST_ERROR_TOO_LARGE). */
#define LINEUP_POST_MAX_SIZE (64 * 1024 * 1024)

G_END_DECLS
