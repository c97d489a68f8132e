/* gen-post.c — writes a synthetic post: gen-post N [SEED] > post.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "lineup-gen-post.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) post = NULL;
  LineupGenPostInfo info;
  guint64 n;
  guint64 seed = 1;

  if (argc < 2 || argc > 3 || !g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXUINT32, &n, NULL)
      || (argc == 3 && !g_ascii_string_to_unsigned (argv[2], 10, 0, G_MAXUINT64, &seed, NULL)))
    {
      g_printerr ("usage: gen-post N [SEED] > post.md\n");
      return EXIT_FAILURE;
    }

  post = lineup_gen_post ((guint) n, seed, &info);
  if (fwrite (post->str, 1, post->len, stdout) != post->len || fflush (stdout) != 0)
    {
      g_printerr ("gen-post: cannot write the post\n");
      return EXIT_FAILURE;
    }
  g_printerr ("%u talks (%u untimed, %u speakers), %u tracks, %u rooms, %u days, %zu bytes\n",
              info.n_talks, info.n_untimed, info.n_speakers, info.n_tracks, info.n_rooms,
              info.n_days, info.size);
  return EXIT_SUCCESS;
}
