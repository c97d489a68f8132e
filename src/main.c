/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lineup-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LineupApplication) app = NULL;

  const gchar *localedir = g_getenv ("LINEUP_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* `meson devenv` points LINEUP_LOCALEDIR at the build's translations, so
   * that the uninstalled program is not half translated (dates from libc,
   * words from nowhere). */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lineup_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
