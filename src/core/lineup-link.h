/* lineup-link.h — which links Lineup follows: one rule for the whole app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @uri has a scheme Lineup is willing to open from a description:
 * http, https or mailto, in any case.  Anything else (javascript:, file:,
 * data:, a relative path, NULL) is kept as text and never opened. */
gboolean lineup_link_is_openable (const gchar *uri);

/* TRUE when @uri is a web page (http or https, in any case): what a talk's
 * own address, shown as "open the talk's page", may be. */
gboolean lineup_link_is_web      (const gchar *uri);

G_END_DECLS
