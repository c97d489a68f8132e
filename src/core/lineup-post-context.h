/* lineup-post-context.h — what the text around the talks says about their days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The year a post's title or path names ("Prometheus at CloudNativeCon
 * 2017", "/blog/2022/10/kubecon/"): the last stand-alone number from 1970
 * to 2200, or 0. */
gint lineup_post_context_year_in (const gchar *text);

G_END_DECLS
