/* lineup-session-private.h — a talk's fields, for the files of LineupSession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-session.h"

G_BEGIN_DECLS

/* A time kept as microseconds and a zone: sorting and sweeping many talks
 * need no GDateTime, and a GDateTime is made only when asked for (a post may
 * hold a hundred thousand talks; a window shows a few dozen). */
typedef struct
{
  gint64      usec;
  GTimeZone  *tz;          /* NULL: no time */
  GDateTime  *date_time;   /* made on first use */
} Moment;

struct _LineupSession
{
  GObject     parent_instance;

  gchar      *id;
  gchar      *title;
  GPtrArray  *speakers;     /* NULL until set or asked for */
  gchar      *byline;       /* speakers as written, parsed when first asked for */
  gchar      *unsplit;      /* "Title - Name, Org" as written, split when first asked for */
  gchar      *speakers_text;
  gchar      *track;        /* a GRefString, interned: talks share their track's name */
  gchar      *room;         /* a GRefString, interned, or NULL */
  gchar      *kind;         /* a GRefString, interned, or NULL */
  gchar      *language;     /* a GRefString, interned, or NULL */
  Moment      start;
  Moment      end;
  gchar      *url;
  gchar      *description;
  GStrv       conflicts;
  gchar      *search_text;
  gchar      *source_key;   /* a GRefString, interned, or NULL (lineup-session-source.c) */
  gchar      *source_title; /* a GRefString, interned, or NULL */
  GPtrArray  *twins;        /* LineupSession: the same talk in other sources, or NULL */
  gchar      *change_note;  /* what changed since the user picked it, until seen */
  guint       line;
  gint16      clock_start;  /* a time of day without a day (lineup-session-clock.c), or -1 */
  gint16      clock_end;
  guint       day_only;     /* a day without a time (lineup-session-clock.c): lineup_day_key(), or 0 */
  guint       starred : 1;   /* going */
  guint       maybe : 1;     /* a backup pick (lineup-session-pick.c); never with starred */
  guint       floating : 1;
};

/* Sets an interned field (a GRefString); TRUE when it changed.  "" is NULL. */
gboolean _lineup_session_set_interned (gchar       **field,
                                       const gchar  *value);

G_END_DECLS
