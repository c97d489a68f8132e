#define G_LOG_DOMAIN "lineup-cli"

#include "config.h"

#include "lineup-cli.h"

#include <stdio.h>

void
lineup_cli_options_clear (LineupCliOptions *options)
{
  g_clear_pointer (&options->star, g_strfreev);
  g_clear_pointer (&options->unstar, g_strfreev);
  g_clear_pointer (&options->export_path, g_free);
  g_clear_pointer (&options->timezone, g_free);
  g_clear_pointer (&options->post_path, g_free);
}

gboolean
lineup_cli_is_command (const LineupCliOptions *options)
{
  return options->list || options->agenda || options->star != NULL ||
         options->unstar != NULL || options->export_path != NULL;
}

int
lineup_cli_run (const LineupCliOptions *options,
                FILE                   *out,
                FILE                   *err)
{
  fprintf (err, "lineup: not implemented yet\n");
  return 1;
}
