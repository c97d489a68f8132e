/* test-settings.c — tests for lineup-settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-settings"

#include "config.h"

#include "lineup-core.h"

/* The tests run with the schema compiled into the build folder. */
static void
test_installed (void)
{
  g_autoptr(GSettings) settings = lineup_settings_try_new (APP_ID);
  g_autofree gchar *id = NULL;

  g_assert_nonnull (settings);
  g_object_get (settings, "schema-id", &id, NULL);
  g_assert_cmpstr (id, ==, APP_ID);
}

static void
test_missing (void)
{
  g_autoptr(GSettings) settings = lineup_settings_try_new ("io.github.lineupapp.NoSuchSchema");

  g_assert_null (settings);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/installed", test_installed);
  g_test_add_func ("/settings/missing", test_missing);

  return g_test_run ();
}
