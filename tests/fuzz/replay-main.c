/* replay-main.c — runs a fuzz target's entry point on files, without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * replay-TARGET [--prefix=NAME] PATH…
 *
 * Each PATH is a file or a folder (its files, sorted; with --prefix only those
 * whose name starts with NAME).  Every file goes through
 * LLVMFuzzerTestOneInput () once, as one TAP test case.  A crash or a broken
 * check aborts the program, which fails the test.  No case has a time limit:
 * how long an input takes says nothing about correctness on a slow or busy
 * machine.  A hang is stopped by the test's timeout, and slow inputs are the
 * fuzzer's business (its -timeout).
 */
#define G_LOG_DOMAIN "lineup-fuzz"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fuzz-common.h"

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const gchar * const *) a, *(const gchar * const *) b);
}

static void
collect (const gchar *path,
         const gchar *prefix,
         GPtrArray   *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  const gchar *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] == '.')
        continue;   /* .gitkeep and the like */
      if (prefix != NULL && !g_str_has_prefix (name, prefix))
        continue;
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_strdup (g_ptr_array_index (names, i)));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const gchar *prefix = NULL;
  guint failures = 0;
  gint i;

  LLVMFuzzerInitialize (&argc, &argv);

  for (i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--prefix="))
        prefix = argv[i] + strlen ("--prefix=");
      else if (g_str_equal (argv[i], "--tap"))
        ;
      else
        collect (argv[i], prefix, files);
    }

  if (files->len == 0)
    {
      printf ("1..0 # SKIP no input files\n");
      return 0;
    }

  printf ("1..%u\n", files->len);
  for (guint n = 0; n < files->len; n++)
    {
      const gchar *path = g_ptr_array_index (files, n);
      g_autofree gchar *contents = NULL;
      g_autofree gchar *base = g_path_get_basename (path);
      g_autoptr(GError) error = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          printf ("not ok %u - %s: %s\n", n + 1, base, error->message);
          failures++;
          continue;
        }

      printf ("# %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
      fflush (stdout);
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      printf ("ok %u - %s\n", n + 1, base);
      fflush (stdout);
    }

  return failures == 0 ? 0 : 1;
}
