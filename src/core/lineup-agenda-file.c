/* lineup-agenda-file.c — the agenda file on disk
 *
 * Every reader and writer of the file takes a flock on "<file>.lock" beside
 * it (never on the file itself, which is replaced by rename).  A file that is
 * not an agenda is never overwritten: it is moved aside as
 * "<file>.broken-<time>", or, for a reader that must not change anything,
 * left where it is.  Writes replace the file atomically and durably.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lineup-agenda-private.h"

/* Reads @path.  A missing file is an empty agenda.  Fails with
 * LINEUP_AGENDA_ERROR_CORRUPT (the reason only, its line in *@where) when
 * the file is there but is not an agenda, LINEUP_AGENDA_ERROR_IO (a full
 * message) when it cannot be read at all. */
static gboolean
read_agenda (const gchar  *path,
             LineupStars **out_stars,
             gulong       *where,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *contents = NULL;
  GStatBuf st;
  gsize length;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *out_stars = lineup_stars_new ();
          return TRUE;
        }
      return io_error (error, _("Could not read the agenda file “%s”: %s"),
                       path, g_strerror (saved_errno));
    }
  if (S_ISDIR (st.st_mode))
    return corrupt (error, where, 0, _("it is a folder, not a file"));
  if (!S_ISREG (st.st_mode))
    return corrupt (error, where, 0, _("it is not a regular file"));

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    return io_error (error, _("Could not read the agenda file “%s”: %s"),
                     path, local_error->message);

  return lineup_agenda_codec_parse (contents, length, out_stars, where, error);
}

/* Locking */

int
lineup_agenda_file_lock (const gchar  *path,
                         const gchar  *lock_path,
                         gboolean      exclusive,
                         gboolean      required,
                         GError      **error)
{
  int fd;

  if (required)
    {
      g_autofree gchar *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          io_error (error, _("Could not create the folder “%s”: %s"),
                    dir, g_strerror (saved_errno));
          return -1;
        }
    }

  fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      /* A lock file someone else created in a folder we cannot write. */
      if (saved_errno == EACCES || saved_errno == EROFS)
        fd = g_open (lock_path, O_RDONLY | O_CLOEXEC, 0);
      errno = saved_errno;
    }
  if (fd < 0)
    {
      int saved_errno = errno;

      /* A reader can do without: writes are atomic renames. */
      if (required)
        io_error (error, _("Could not lock the agenda file “%s”: %s"),
                  lock_path, g_strerror (saved_errno));
      return -1;
    }

  while (flock (fd, exclusive ? LOCK_EX : LOCK_SH) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EINTR)
        continue;
      close (fd);
      if (required)
        io_error (error, _("Could not lock the agenda file “%s”: %s"),
                  lock_path, g_strerror (saved_errno));
      return -1;
    }

  return fd;
}

/* A shared lock for a reader that must not create anything: none when no
 * lock file is there yet (writes are atomic renames: a reader can do
 * without). */
int
lineup_agenda_file_lock_shared_if_there (const gchar *lock_path)
{
  int fd = g_open (lock_path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return -1;
  while (flock (fd, LOCK_SH) != 0)
    {
      if (errno == EINTR)
        continue;
      close (fd);
      return -1;
    }
  return fd;
}

void
lineup_agenda_file_unlock (int fd)
{
  if (fd >= 0)
    close (fd);   /* releases the flock */
}

/* Moves an unreadable file out of the way, never over another one. */
static gchar *
move_aside (const gchar  *path,
            GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree gchar *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree gchar *aside = NULL;
      GStatBuf st;

      if (n == 1)
        aside = g_strdup_printf ("%s.broken-%s", path, stamp);
      else
        aside = g_strdup_printf ("%s.broken-%s-%u", path, stamp, n);

      if (g_lstat (aside, &st) == 0)
        continue;
      if (g_rename (path, aside) != 0)
        {
          int saved_errno = errno;

          io_error (error, _("The agenda file “%s” is unreadable and could not be kept aside "
                             "as “%s”: %s"),
                    path, aside, g_strerror (saved_errno));
          return NULL;
        }
      return g_steal_pointer (&aside);
    }

  io_error (error, _("The agenda file “%s” is unreadable and could not be kept aside"), path);
  return NULL;
}

/* Reads the file; an unreadable one is left where it is, @out_stars NULL
 * and a CORRUPT error "PATH:LINE: reason". */
gboolean
lineup_agenda_file_read_in_place (const gchar  *path,
                                  LineupStars **out_stars,
                                  GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gulong line = 0;

  *out_stars = NULL;
  if (read_agenda (path, out_stars, &line, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (line > 0)
    g_set_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT, "%s:%lu: %s",
                 path, line, local_error->message);
  else
    g_set_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT, "%s: %s",
                 path, local_error->message);
  return FALSE;
}

/* Reads the file; an unreadable one is moved aside (the caller holds the
 * exclusive lock), its new name given in @out_aside, and @out_stars is left
 * NULL with a CORRUPT error naming both files. */
gboolean
lineup_agenda_file_read_or_move_aside (const gchar  *path,
                                       LineupStars **out_stars,
                                       gchar       **out_aside,
                                       GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree gchar *aside = NULL;
  g_autofree gchar *reason = NULL;
  gulong line = 0;

  *out_stars = NULL;
  if (read_agenda (path, out_stars, &line, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  aside = move_aside (path, error);
  if (aside == NULL)
    return FALSE;

  if (line > 0)
    reason = g_strdup_printf (_("line %lu: %s"), line, local_error->message);
  else
    reason = g_strdup (local_error->message);
  g_set_error (error, LINEUP_AGENDA_ERROR, LINEUP_AGENDA_ERROR_CORRUPT,
               _("The agenda file “%s” could not be read (%s). It was kept as “%s” and a "
                 "new agenda was started."),
               path, reason, aside);
  *out_aside = g_steal_pointer (&aside);
  return FALSE;
}

gboolean
lineup_agenda_file_write (const gchar  *path,
                          GString      *text,
                          GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_set_contents_full (path, text->str, text->len,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0644, &local_error))
    return TRUE;
  return io_error (error, _("Could not save the agenda to “%s”: %s"),
                   path, local_error->message);
}
