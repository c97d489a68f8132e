/* lineup-builtin-post.c — the post Lineup ships as its default document
 *
 * The post is compiled into the core library (data/lineup-posts.gresource.xml),
 * so the window and the command line read the same copy, and neither needs
 * GTK for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-builtin-post"

#include "config.h"

#include "lineup-builtin-post.h"
#include "lineup-post-reader.h"
#include "lineup-post-resources.h"

#define BUILTIN_POST_NAME "cilium-kubecon-na-2023.md"

LineupSchedule *
lineup_builtin_post_read (const gchar  *zone_override,
                          GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  /* Looked up in this library's own resource (not the global ones): calling
   * it is also what keeps the resource in every program that reads the post. */
  bytes = g_resource_lookup_data (lineup_posts_get_resource (),
                                  RESOURCE_BASE "/posts/" BUILTIN_POST_NAME,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return lineup_post_reader_read_bytes (bytes, BUILTIN_POST_NAME, BUILTIN_POST_NAME,
                                        zone_override, error);
}
