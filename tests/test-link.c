/* test-link.c — tests for lineup-link
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-link"

#include "config.h"

#include "lineup-core.h"

typedef struct
{
  const gchar *uri;
  gboolean     openable;
  gboolean     web;
} Case;

static const Case cases[] = {
  { "https://example.com/", TRUE, TRUE },
  { "http://example.com/", TRUE, TRUE },
  { "HTTPS://EXAMPLE.COM/", TRUE, TRUE },
  { "mailto:someone@example.com", TRUE, FALSE },
  { "MailTo:someone@example.com", TRUE, FALSE },
  { "javascript:alert(1)", FALSE, FALSE },
  { "JavaScript:alert(1)", FALSE, FALSE },
  { " javascript:alert(1)", FALSE, FALSE },
  { " https://example.com/", FALSE, FALSE },
  { "file:///etc/passwd", FALSE, FALSE },
  { "data:text/html,<b>x</b>", FALSE, FALSE },
  { "ftp://example.com/", FALSE, FALSE },
  { "relative/page.html", FALSE, FALSE },
  { "#anchor", FALSE, FALSE },
  { "", FALSE, FALSE },
  { NULL, FALSE, FALSE },
};

static void
test_openable (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].uri ? cases[i].uri : "(null)");
      g_assert_cmpint (lineup_link_is_openable (cases[i].uri), ==, cases[i].openable);
    }
}

static void
test_web (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].uri ? cases[i].uri : "(null)");
      g_assert_cmpint (lineup_link_is_web (cases[i].uri), ==, cases[i].web);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/link/openable", test_openable);
  g_test_add_func ("/link/web", test_web);

  return g_test_run ();
}
