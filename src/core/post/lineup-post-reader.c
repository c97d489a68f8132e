/* lineup-post-reader.c — a conference post (front matter + Markdown) → LineupSchedule
 *
 * The body is parsed by cmark and flattened into units (see
 * lineup-post-layouts.h).  The walk keeps the context a reader keeps in mind
 * — the day, the track, the talk being read — and asks the recognisers what
 * each unit is.  Talks are collected first and dated at the end, because a
 * post may name its time zone only once, near the end.
 *
 * This file checks and reads the text and makes the schedule; the other
 * lineup-post-reader-*.c files are its sections (see
 * lineup-post-reader-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "lineup-byline-private.h"
#include "lineup-post-reader-private.h"

G_DEFINE_QUARK (lineup-post-error-quark, lineup_post_error)

static void
reader_clear (Reader *reader)
{
  lineup_post_reader_front_matter_clear (&reader->front);
  g_clear_pointer (&reader->units, g_ptr_array_unref);
  g_clear_pointer (&reader->talks, g_ptr_array_unref);
  g_clear_pointer (&reader->notes, g_ptr_array_unref);
  g_clear_pointer (&reader->zone_abbreviation, g_free);
  g_clear_pointer (&reader->mentioned_zone, g_free);
  g_clear_pointer (&reader->heading_title, g_free);
  g_clear_pointer (&reader->anchors, g_array_unref);
  lineup_post_reader_front_entries_clear (&reader->front_entries);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

void
lineup_post_reader_warn (Reader              *reader,
                         guint                line,
                         LineupReadNoteScope  scope,
                         const gchar         *format,
                         ...)
{
  g_autofree gchar *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->notes,
                   lineup_read_note_new (reader->display_name, line, scope, message));
}

static gboolean
check_text (const gchar  *display_name,
            const gchar  *data,
            gsize         length,
            GError      **error)
{
  guint bad_line = 0;
  gboolean blank = TRUE;

  for (gsize i = 0; i < length && blank; i++)
    if (!g_ascii_isspace (data[i]))
      blank = FALSE;
  if (length == 0 || blank)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_EMPTY,
                   "%s:1: %s", display_name, _("the file is empty"));
      return FALSE;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      const gchar *nul = memchr (data, '\0', length);
      guint line = 1;

      for (const gchar *p = data; p < nul; p++)
        line += *p == '\n';
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NOT_TEXT,
                   "%s:%u: %s", display_name, line,
                   _("this is not a text file (it contains a NUL byte)"));
      return FALSE;
    }

  if (!lineup_text_validate (data, length, &bad_line))
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NOT_TEXT,
                   "%s:%u: %s", display_name, bad_line ? bad_line : 1,
                   _("the text is not valid UTF-8"));
      return FALSE;
    }

  return TRUE;
}

/* The zone the post's times are written in, and the zone they are shown in:
 * the post's own zone (from an abbreviation it names), unless --timezone or
 * the preference overrides it.  A post that names a zone keeps its instants
 * (9:15 CST is shown as 16:15 in Europe/Berlin); a post that names none is
 * read in the override zone, or left floating. */
static gboolean
schedule_zones (Reader       *reader,
                const gchar  *zone_override,
                GTimeZone   **read_tz,
                GTimeZone   **show_tz,
                gchar       **zone_id,
                GError      **error)
{
  const gchar *post_id = NULL;
  g_autoptr(GTimeZone) post_tz = NULL;
  g_autoptr(GTimeZone) override_tz = NULL;

  if (zone_override != NULL)
    {
      override_tz = g_time_zone_new_identifier (zone_override);
      if (override_tz == NULL)
        {
          g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_BAD_ZONE,
                       _("“%s” is not a known time zone (use a name like Europe/Berlin)"),
                       zone_override);
          return FALSE;
        }
    }

  if (reader->zone_abbreviation != NULL)
    {
      /* "MST" in Salt Lake City: the city's own zone, so that DST is right. */
      post_id = lineup_post_context_city_zone (reader->city, reader->zone_abbreviation);
      if (post_id == NULL)
        post_id = lineup_slot_zone_for_abbreviation (reader->zone_abbreviation);
    }
  if (post_id != NULL)
    post_tz = g_time_zone_new_identifier (post_id);

  if (post_tz != NULL)
    {
      *read_tz = g_time_zone_ref (post_tz);
      *show_tz = override_tz ? g_time_zone_ref (override_tz) : NULL;
      *zone_id = g_strdup (override_tz ? zone_override : post_id);
    }
  else if (override_tz != NULL)
    {
      *read_tz = g_time_zone_ref (override_tz);
      *show_tz = NULL;
      *zone_id = g_strdup (zone_override);
    }
  else
    {
      *read_tz = g_time_zone_new_utc ();
      *show_tz = NULL;
      *zone_id = NULL;
    }

  return TRUE;
}

/* The text of a post, in memory of its own.  The reader gives the pages it
 * is done with back to the system as the walk goes, so that a large post and
 * the schedule made of it are never both in memory (a post may be 64 MB). */
typedef struct
{
  gchar    *data;
  gsize     size;       /* bytes allocated */
  gsize     released;   /* bytes from the start given back */
  gboolean  mapped;
} TextBuffer;

/* Below this, the text is in the heap and never given back early. */
#define TEXT_BUFFER_MAP_SIZE (1024 * 1024)

/* Room for @length bytes and a NUL. */
static void
text_buffer_init (TextBuffer *buffer,
                  gsize       length)
{
  buffer->size = length + 2;
  buffer->released = 0;
  buffer->mapped = FALSE;
#if defined (G_OS_UNIX) && defined (MADV_DONTNEED) && defined (MAP_ANONYMOUS)
  if (length >= TEXT_BUFFER_MAP_SIZE)
    {
      void *pages = mmap (NULL, buffer->size, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

      if (pages != MAP_FAILED)
        {
          buffer->data = pages;
          buffer->mapped = TRUE;
          return;
        }
    }
#endif
  buffer->data = g_malloc (buffer->size);
}

/* A copy of the @length bytes at @data, NUL-terminated. */
static void
text_buffer_init_copy (TextBuffer  *buffer,
                       const gchar *data,
                       gsize        length)
{
  text_buffer_init (buffer, length);
  memcpy (buffer->data, data, length);
  buffer->data[length] = '\0';
}

/* Gives back the whole pages before @upto: the walk is done with them. */
static void
text_buffer_release (TextBuffer  *buffer,
                     const gchar *upto)
{
#if defined (G_OS_UNIX) && defined (MADV_DONTNEED) && defined (MAP_ANONYMOUS)
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  gsize end = (gsize) (upto - buffer->data) / page * page;

  if (!buffer->mapped || end <= buffer->released)
    return;
  madvise (buffer->data + buffer->released, end - buffer->released, MADV_DONTNEED);
  buffer->released = end;
#endif
}

static void
text_buffer_clear (TextBuffer *buffer)
{
  if (buffer->data == NULL)
    return;
#if defined (G_OS_UNIX) && defined (MADV_DONTNEED) && defined (MAP_ANONYMOUS)
  if (buffer->mapped)
    munmap (buffer->data, buffer->size);
  else
#endif
    g_free (buffer->data);
  buffer->data = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TextBuffer, text_buffer_clear)

/* Every line ends with a LF: a CRLF loses its CR and a lone CR (which ends a
 * line for cmark and YAML) becomes a LF, in place, so that nothing after
 * (table rows, pieces, descriptions, front matter, the counts of lines)
 * meets a CR. */
static void
normalise_line_ends (gchar *text)
{
  gchar *cr = strchr (text, '\r');
  gchar *out;

  if (cr == NULL)
    return;
  for (out = cr; *cr != '\0'; cr++)
    {
      if (*cr != '\r')
        *out++ = *cr;
      else if (cr[1] != '\n')
        *out++ = '\n';
    }
  *out = '\0';
}

/* The byte-order mark dropped, and the text repaired if it went through a
 * wrong encoding (in place: the post may be tens of megabytes).  Returns
 * where the text starts. */
static gchar *
prepare_text (gchar *start)
{
  if (g_str_has_prefix (start, "\xEF\xBB\xBF"))
    start += 3;
  lineup_text_repair_mojibake_in_place (start);
  normalise_line_ends (start);
  lineup_post_reader_repair_compact_times (start);
  lineup_post_reader_repair_shortcode_links (start);
  return start;
}

/* The body is parsed a piece at a time.  The blocks become units as the
 * walk needs them (it looks one unit ahead), each unit is freed once
 * walked, and a piece's tree once all its units are: neither the
 * flattened text nor the tree of the whole post exists at once.  The pages
 * of @text before the piece being walked are given back. */
static void
walk_body (Reader      *reader,
           TextBuffer  *text,
           const gchar *body)
{
  const gchar *body_end;
  const gchar *cut;              /* where the next piece starts, NULL after the last */
  guint cut_line = 0;            /* lines of the body before it */
  gboolean may_cut;
  GQueue pieces = G_QUEUE_INIT;  /* Piece, oldest first */
  cmark_node *next_block = NULL;
  Walk walk = { 0 };

  reader->sliceable = lineup_post_reader_body_may_be_cut (body, strlen (body));
  reader->date_order = lineup_post_reader_date_order (body);
  reader->prose_evening = lineup_post_reader_prose_evening (body);
  may_cut = lineup_post_reader_get_piece_size () > 0 && reader->sliceable;
  body_end = body + strlen (body);
  cut = body;
  for (guint i = 0;; i++)
    {
      LineupPostUnit *unit;

      while (reader->units->len <= i + 1)
        {
          if (next_block == NULL)
            {
              const gchar *piece_start = cut;
              Piece *piece;

              if (cut == NULL)
                break;
              reader->line_offset = reader->body_offset + cut_line;
              cut = may_cut ? lineup_post_reader_piece_end (cut, body_end,
                                                            lineup_post_reader_get_piece_size (),
                                                            &cut_line)
                            : body_end;
              piece = lineup_post_reader_piece_new (piece_start, (gsize) (cut - piece_start));
              g_queue_push_tail (&pieces, piece);
              next_block = cmark_node_first_child (piece->document);
              if (next_block == NULL)
                piece->parsed = TRUE;
              if (cut == body_end)
                cut = NULL;
              continue;
            }
          lineup_post_reader_add_block (reader, next_block, 0);
          next_block = cmark_node_next (next_block);
          if (next_block == NULL)
            {
              Piece *piece = g_queue_peek_tail (&pieces);

              piece->parsed = TRUE;
              piece->units_end = reader->units->len;
            }
        }
      if (i >= reader->units->len)
        break;

      /* The pieces whose units are all walked go, with their text; the
       * oldest piece left holds unit i. */
      while (((Piece *) g_queue_peek_head (&pieces))->parsed &&
             ((Piece *) g_queue_peek_head (&pieces))->units_end <= i)
        lineup_post_reader_piece_free (g_queue_pop_head (&pieces));
      reader->piece = g_queue_peek_head (&pieces);
      text_buffer_release (text, reader->piece->text);

      lineup_post_reader_note_anchor (reader, g_ptr_array_index (reader->units, i));
      lineup_post_reader_walk_unit (&walk, reader, i);

      unit = g_ptr_array_index (reader->units, i);
      reader->units->pdata[i] = NULL;
      lineup_post_reader_unit_free (unit);
    }
  g_queue_clear_full (&pieces, (GDestroyNotify) lineup_post_reader_piece_free);
  if (reader->talks->len > 0)
    lineup_post_reader_talk_finish (g_ptr_array_index (reader->talks, reader->talks->len - 1));
  reader->piece = NULL;
  g_free (walk.track);
  lineup_post_reader_walk_clear_fields (&walk);
  g_clear_pointer (&walk.speaker_heading, g_free);
  g_clear_pointer (&walk.person, g_free);
  g_clear_pointer (&walk.list_item_text, g_free);
}

/* A body without talks, under a front matter that writes the programme in
 * its literal blocks (a Hugo landing page's sections): the blocks are the
 * post, read on their lines of the file. */
static void
walk_front_markdown (Reader *reader)
{
  g_auto(TextBuffer) text = { 0 };
  guint body_offset = reader->body_offset;

  text_buffer_init_copy (&text, reader->front.markdown->str, reader->front.markdown->len);
  g_ptr_array_set_size (reader->units, 0);
  reader->body_offset = 0;
  walk_body (reader, &text, text.data);
  reader->body_offset = body_offset;
}

/* The schedule of the post, without its sessions. */
static LineupSchedule *
schedule_new_for_post (Reader      *reader,
                       const gchar *display_name,
                       const gchar *key,
                       const gchar *zone_id,
                       const gchar *zone_override)
{
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autofree gchar *post_key_text = NULL;

  /* the front matter's title, else the heading that opens the post */
  lineup_schedule_set_title (schedule, reader->front.title ? reader->front.title
                                       : reader->heading_title ? reader->heading_title
                                       : display_name);
  lineup_schedule_set_date (schedule, reader->front.date);
  lineup_schedule_set_summary (schedule, reader->front.summary);
  post_key_text = lineup_post_reader_post_key (reader, key);
  lineup_schedule_set_key (schedule, post_key_text);
  /* Lineup 0.1 keyed a post without a path by its file's name. */
  if (reader->front.path == NULL && g_strcmp0 (key, post_key_text) != 0)
    lineup_schedule_set_old_key (schedule, key);
  lineup_schedule_set_zone (schedule, zone_id,
                            zone_override == NULL ? reader->zone_abbreviation : NULL);
  if (reader->front.tags != NULL)
    {
      g_ptr_array_add (reader->front.tags, NULL);
      lineup_schedule_set_tags (schedule, (const gchar * const *) reader->front.tags->pdata);
    }
  if (reader->front.categories != NULL)
    {
      g_ptr_array_add (reader->front.categories, NULL);
      lineup_schedule_set_categories (schedule,
                                      (const gchar * const *) reader->front.categories->pdata);
    }
  for (guint i = 0; i < reader->notes->len; i++)
    lineup_schedule_add_note (schedule, g_ptr_array_index (reader->notes, i));
  return g_steal_pointer (&schedule);
}

static gboolean
is_weak (const Talk *talk)
{
  return talk->weak;
}

/* The day a talk is on (its date, weekday, event day), as a number to
 * compare. */
static gint
day_key (const Talk *talk)
{
  gint month = talk->slot.month != 0 ? talk->slot.month : talk->day_month;
  gint day = talk->slot.month != 0 ? talk->slot.day : talk->day_day;

  return (month * 32 + day) * 8 * 64 + talk->slot.weekday * 64 + talk->slot.event_day;
}

/* A slot of six hours or more that names no one, links nowhere and is no
 * kind of talk ("Bridge Workshop" is a day's talk), over two talks at least
 * that start within it on its day ("10:00 – 17:00 Time to work on your
 * projects", "09:00 – 17:00 Open Hacking"): the day's frame, an aside
 * beside the talks (weak).  Quadratic: posts of a few hundred talks only. */
#define FRAME_MINUTES (6 * 60)
#define MAX_FRAME_TALKS 2000

static void
mark_frame_slots (Reader *reader)
{
  for (guint i = 0; i < reader->talks->len && reader->talks->len <= MAX_FRAME_TALKS; i++)
    {
      Talk *frame = g_ptr_array_index (reader->talks, i);
      guint within = 0;

      if (frame->byline != NULL || frame->url != NULL || frame->slot.start_minute < 0 ||
          frame->title == NULL || lineup_byline_names_a_kind (frame->title) ||
          frame->slot.end_minute - frame->slot.start_minute < FRAME_MINUTES)
        continue;
      for (guint j = 0; j < reader->talks->len; j++)
        {
          const Talk *talk = g_ptr_array_index (reader->talks, j);

          within += j != i && day_key (talk) == day_key (frame) &&
                    talk->slot.start_minute >= frame->slot.start_minute &&
                    talk->slot.start_minute < frame->slot.end_minute &&
                    talk->slot.end_minute - talk->slot.start_minute < FRAME_MINUTES;
        }
      frame->weak |= within >= 2;
    }
}

/* The items of bare lists ("- Title (Name) slides code") are the talks of
 * a post that has no other; beside others, they are asides, but in a list
 * of theirs that another talk is one of ("What Could Go Wrong? — Name",
 * read otherwise), where they are most. */
#define WEAK_MAJORITY 3

static void
drop_weak_talks (Reader *reader)
{
  /* a list's number: how many strong talks, and weak ones, it holds */
  g_autoptr(GHashTable) strong = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) weak = g_hash_table_new (NULL, NULL);
  gboolean any = FALSE;

  for (guint i = 0; i < reader->talks->len; i++)
    {
      const Talk *talk = g_ptr_array_index (reader->talks, i);
      GHashTable *counts = talk->weak ? weak : strong;
      gpointer list = GUINT_TO_POINTER (talk->list);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, list));

      any |= !talk->weak;
      g_hash_table_insert (counts, list, GUINT_TO_POINTER (n + 1));
    }
  if (!any)
    return;
  for (guint i = 0; i < reader->talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader->talks, i);
      gpointer list = GUINT_TO_POINTER (talk->list);
      guint n_strong = GPOINTER_TO_UINT (g_hash_table_lookup (strong, list));

      talk->weak &= talk->list == 0 || n_strong == 0 ||
                    GPOINTER_TO_UINT (g_hash_table_lookup (weak, list)) <= WEAK_MAJORITY * n_strong;
    }
  lineup_post_reader_drop_talks (reader, is_weak);
}

/* Reads the text in @buffer (checked, NUL-terminated; taken: it is repaired
 * in place, and given back as the walk goes). */
static LineupSchedule *
read_text (TextBuffer   *buffer,
           const gchar  *display_name,
           const gchar  *key,
           const gchar  *zone_override,
           GError      **error)
{
  g_auto(Reader) reader = { 0 };
  g_autoptr(LineupSchedule) schedule = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GTimeZone) show_tz = NULL;
  g_autofree gchar *zone_id = NULL;
  g_auto(TextBuffer) owned = *buffer;
  const gchar *body;

  reader.display_name = display_name;
  reader.units = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_post_reader_unit_free);
  reader.talks = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_post_reader_talk_free);
  reader.notes = lineup_read_notes_new ();

  body = lineup_post_reader_split_front_matter (&reader, prepare_text (owned.data), error);
  if (body == NULL)
    return NULL;
  lineup_post_reader_parse_publication_date (&reader);
  if (reader.pub_year != 0)
    reader.known_year = 0;

  lineup_post_reader_note_body_years (&reader, body);
  /* "description: … entre el 20 y el 21 de octubre 2025." */
  if (reader.front.summary != NULL)
    lineup_post_reader_note_body_years (&reader, reader.front.summary);
  walk_body (&reader, &owned, body);
  lineup_post_reader_series_hours (&reader, body);
  text_buffer_clear (&owned);
  lineup_post_reader_evening_from_prose (&reader);
  lineup_post_reader_front_talks (&reader);
  if (reader.talks->len == 0 && reader.front.markdown != NULL)
    walk_front_markdown (&reader);
  lineup_post_reader_drop_lone_speaker_lines (&reader);
  lineup_post_reader_drop_session_headings (&reader);

  lineup_post_reader_drop_agenda_items (&reader);
  mark_frame_slots (&reader);
  drop_weak_talks (&reader);
  lineup_post_reader_read_people_first (&reader);
  lineup_post_reader_read_quoted_then_people (&reader);
  lineup_post_reader_merge_anchored (&reader);
  lineup_post_reader_merge_repeats (&reader);
  lineup_post_reader_read_commas_as_people (&reader);
  lineup_post_reader_read_bracket_surnames (&reader);
  if (reader.zone_abbreviation == NULL && reader.mentioned_zone != NULL)
    reader.zone_abbreviation = g_strdup (reader.mentioned_zone);

  if (reader.talks->len == 0)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_NO_TALKS,
                   "%s:%u: %s", display_name, reader.body_offset + 1,
                   _("no talks found: Lineup looks for talks with a title (usually a link) and "
                     "a time slot"));
      return NULL;
    }

  if (!schedule_zones (&reader, zone_override, &tz, &show_tz, &zone_id, error))
    return NULL;

  for (guint i = 0; i < reader.talks->len && !reader.some_talk_dated; i++)
    {
      const Talk *talk = g_ptr_array_index (reader.talks, i);

      reader.some_talk_dated = talk->slot.month != 0 || talk->slot.day != 0 ||
                               talk->slot.weekday != 0 || talk->slot.event_day != 0 ||
                               talk->day_month != 0 || talk->day_weekday != 0;
    }
  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  /* Each talk is freed as soon as it is a session. */
  for (guint i = 0; i < reader.talks->len; i++)
    {
      Talk *talk = g_ptr_array_index (reader.talks, i);

      g_ptr_array_add (sessions, lineup_post_reader_talk_to_session (&reader, talk, tz, show_tz,
                                                                     zone_id == NULL));
      lineup_post_reader_talk_free (g_steal_pointer (&reader.talks->pdata[i]));
    }

  schedule = schedule_new_for_post (&reader, display_name, key, zone_id, zone_override);
  lineup_schedule_take_sessions (schedule, lineup_post_reader_assign_ids (sessions));
  return g_steal_pointer (&schedule);
}

LineupSchedule *
lineup_post_reader_read_bytes (GBytes       *bytes,
                               const gchar  *display_name,
                               const gchar  *key,
                               const gchar  *zone_override,
                               GError      **error)
{
  const gchar *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (display_name == NULL)
    display_name = "post";

  data = g_bytes_get_data (bytes, &length);
  if (length > LINEUP_POST_MAX_SIZE)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_TOO_LARGE,
                   "%s: %s", display_name, _("the file is too large to be a post"));
      return NULL;
    }
  if (!check_text (display_name, data, length, error))
    return NULL;

  {
    TextBuffer text;

    text_buffer_init_copy (&text, data, length);
    return read_text (&text, display_name, key, zone_override, error);
  }
}

/* Reads @file into @buffer when it has @size bytes (NUL-terminated).
 * FALSE with no error when the size is unknown or turns out wrong. */
static gboolean
read_at_size (GFile         *file,
              goffset        size,
              TextBuffer    *buffer,
              gsize         *length,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_auto(TextBuffer) text = { 0 };
  gsize n = 0;

  if (size <= 0 || size > LINEUP_POST_MAX_SIZE)
    return FALSE;
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return FALSE;
  /* One byte more than expected tells a file that grew. */
  text_buffer_init (&text, (gsize) size);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), text.data, (gsize) size + 1, &n,
                                cancellable, error))
    return FALSE;
  if (n != (gsize) size)
    return FALSE;
  text.data[n] = '\0';
  *length = n;
  *buffer = text;
  text.data = NULL;
  return TRUE;
}

LineupSchedule *
lineup_post_reader_read_file_full (GFile        *file,
                                   const gchar  *display_name,
                                   const gchar  *zone_override,
                                   GCancellable *cancellable,
                                   GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree gchar *basename = NULL;
  g_autofree gchar *name = NULL;
  LineupSchedule *schedule = NULL;
  TextBuffer text = { 0 };
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  name = g_strdup (display_name ? display_name : basename);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", name,
                   local_error->code == G_IO_ERROR_NOT_FOUND ? _("no such file")
                                                             : local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "%s: %s", name,
                   _("is a folder, not a post"));
      return NULL;
    }
  if (g_file_info_get_size (info) > LINEUP_POST_MAX_SIZE)
    {
      g_set_error (error, LINEUP_POST_ERROR, LINEUP_POST_ERROR_TOO_LARGE, "%s: %s", name,
                   _("the file is too large to be a post"));
      return NULL;
    }

  /* Read at its known size, into the buffer the reader then works in (not
   * grown by doubling, not copied). */
  if (!read_at_size (file, g_file_info_get_size (info), &text, &length, cancellable,
                     &local_error) && local_error == NULL)
    {
      /* Unknown size, or the file grew meanwhile. */
      bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
      if (bytes != NULL)
        schedule = lineup_post_reader_read_bytes (bytes, name, basename, zone_override, error);
    }
  else if (text.data != NULL)
    {
      if (!check_text (name, text.data, length, error))
        {
          text_buffer_clear (&text);
          return NULL;
        }
      schedule = read_text (&text, name, basename, zone_override, error);
    }
  if (local_error != NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", name, local_error->message);
      return NULL;
    }
  if (schedule != NULL)
    lineup_schedule_set_file (schedule, file);
  return schedule;
}

LineupSchedule *
lineup_post_reader_read_file (GFile        *file,
                              const gchar  *zone_override,
                              GCancellable *cancellable,
                              GError      **error)
{
  return lineup_post_reader_read_file_full (file, NULL, zone_override, cancellable, error);
}

void
lineup_post_reader_note_page_title (Reader *reader,
                                    guint   index)
{
  const LineupPostUnit *unit = g_ptr_array_index (reader->units, index);

  if (index == 0)
    reader->linked_title = FALSE;
  if (index != 0 || unit->kind != LINEUP_UNIT_HEADING || unit->level != 1 ||
      reader->front.title != NULL || *unit->text == '\0')
    return;
  /* "# [Aniversário de 10 anos][0]": a link in it, when no other heading
   * is as high (headings of talks would be) */
  for (guint i = 1; unit->has_link && i < reader->units->len; i++)
    {
      const LineupPostUnit *other = g_ptr_array_index (reader->units, i);

      if (other->kind == LINEUP_UNIT_HEADING && other->level == 1)
        return;
    }
  reader->linked_title = unit->has_link;
  if (!unit->has_link)
    reader->heading_title = g_strdup (unit->text);   /* the post's title, for the window */
}
