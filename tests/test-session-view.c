/* test-session-view.c — the detail pane and the Markdown view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-session-view"

#include "config.h"

#include <langinfo.h>

#include <adwaita.h>

#include "lineup-core.h"
#include "lineup-markdown-view.h"
#include "lineup-session-view.h"
#include "lineup-ui-resources.h"

/* Helpers ---------------------------------------------------------------- */

static GDateTime *
chicago (gint day,
         gint hour,
         gint minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Chicago");

  g_assert_nonnull (tz);
  return g_date_time_new (tz, 2023, 11, day, hour, minute, 0);
}

static LineupSession *
make_session (const gchar *id,
              const gchar *title,
              gint         day,
              gint         h1,
              gint         m1,
              gint         h2,
              gint         m2)
{
  LineupSession *session = lineup_session_new (id, title);
  g_autoptr(GDateTime) start = chicago (day, h1, m1);
  g_autoptr(GDateTime) end = chicago (day, h2, m2);

  lineup_session_set_times (session, start, end);
  return session;
}

static gboolean
locale_is_12h (void)
{
  const gchar *fmt = nl_langinfo (T_FMT);

  return strstr (fmt, "%p") || strstr (fmt, "%r") || strstr (fmt, "%I") || strstr (fmt, "%l");
}

/* Shown = visible, and every container up to @top shows it. */
static gboolean
is_shown (GtkWidget *widget,
          GtkWidget *top)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (!gtk_widget_get_visible (w) || !gtk_widget_get_child_visible (w))
        return FALSE;
      if (w == top)
        break;
    }
  return TRUE;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, out);
}

static GtkWidget *
find_one (GtkWidget *top,
          GType      type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  collect (top, type, all);
  g_assert_cmpuint (all->len, ==, 1);
  return g_ptr_array_index (all, 0);
}

/* The star button: the one toggle button not inside the menu button beside it. */
static GtkWidget *
find_star_button (GtkWidget *top)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GtkWidget *star = NULL;

  collect (top, GTK_TYPE_TOGGLE_BUTTON, all);
  for (guint i = 0; i < all->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (all, i);

      if (gtk_widget_get_ancestor (button, GTK_TYPE_MENU_BUTTON) != NULL)
        continue;
      g_assert_null (star);
      star = button;
    }
  g_assert_nonnull (star);
  return star;
}

/* The shown label whose text is @text, or NULL. */
static GtkLabel *
find_label (GtkWidget   *top,
            const gchar *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (top, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (label), text) == 0 && is_shown (GTK_WIDGET (label), top))
        return label;
    }
  return NULL;
}

/* The shown label whose text contains @part, or NULL. */
static GtkLabel *
find_label_containing (GtkWidget   *top,
                       const gchar *part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (top, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_text (label), part) != NULL && is_shown (GTK_WIDGET (label), top))
        return label;
    }
  return NULL;
}

static GtkWidget *
ancestor_of_label (GtkWidget   *top,
                   const gchar *text,
                   GType        type)
{
  GtkLabel *label = find_label (top, text);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (GTK_WIDGET (label), type);
}

static gint
offset_of (LineupMarkdownView *view,
           const gchar        *needle)
{
  g_autofree gchar *text = lineup_markdown_view_get_text (view);
  const gchar *at = strstr (text, needle);

  g_assert_nonnull (at);
  return (gint) g_utf8_pointer_to_offset (text, at);
}

static gboolean
has_tag_at (LineupMarkdownView *view,
            const gchar        *tag_name,
            gint                offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static gchar *
buffer_range (LineupMarkdownView *view,
              gint                start,
              gint                end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, end);
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

static LineupMarkdownView *
markdown_view_new (const gchar *markdown)
{
  LineupMarkdownView *view = LINEUP_MARKDOWN_VIEW (g_object_ref_sink (lineup_markdown_view_new ()));

  lineup_markdown_view_set_markdown (view, markdown);
  return view;
}

/* Records ::activate-link and stops the default handler (nothing is opened
 * during tests). */
static gboolean
on_activate_link (LineupMarkdownView *view,
                  const gchar        *uri,
                  GPtrArray          *seen)
{
  g_ptr_array_add (seen, g_strdup (uri));
  return TRUE;
}

/* Markdown view ---------------------------------------------------------- */

static void
test_markdown_render (void)
{
  static const struct {
    const gchar *markdown;
    const gchar *text;
  } cases[] = {
    { "", "" },
    { "Hello *world*", "Hello world" },
    { "**bold** and `code`", "bold and code" },
    { "one\ntwo", "one two" },
    { "one  \ntwo", "one\ntwo" },
    { "First paragraph.\n\nSecond one.", "First paragraph.\nSecond one." },
    { "- a\n- b\n", "• a\n• b" },
    { "* a\n\n* b\n", "• a\n• b" },
    { "3. x\n4. y\n", "3. x\n4. y" },
    { "1) x\n2) y\n", "1) x\n2) y" },
    { "- a\n  - b\n    - c\n", "• a\n◦ b\n▪ c" },
    { "- \n- b\n", "• \n• b" },
    { "- - x\n", "• \n◦ x" },
    { "> quoted\n> text", "quoted text" },
    { "# Head\n\npara", "Head\npara" },
    { "```\ncode\n  indented\n```\n", "code\n  indented" },
    { "    indented code\n", "indented code" },
    { "Tom <b>& Jerry</b>", "Tom <b>& Jerry</b>" },
    { "&lt;b&gt; &amp; &copy;", "<b> & ©" },
    { "<div>raw & <script>x</script></div>\n", "<div>raw & <script>x</script></div>" },
    { "a\n\n---\n\nb", "a\n⁂\nb" },
    { "[click](javascript:alert(1))", "click" },
    { "![alt text](https://example.com/i.png)", "alt text" },
    { "<span>Pango &amp; markup</span> <i>x", "<span>Pango & markup</span> <i>x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LineupMarkdownView) view = markdown_view_new (cases[i].markdown);
      g_autofree gchar *text = lineup_markdown_view_get_text (view);

      g_test_message ("case %u: %s", i, cases[i].markdown);
      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (lineup_markdown_view_get_markdown (view), ==, cases[i].markdown);
      g_assert_finalize_object (g_steal_pointer (&view));
    }
}

static void
test_markdown_tags (void)
{
  static const struct {
    const gchar *needle;
    const gchar *tag;
    gboolean     expected;
  } checks[] = {
    { "bold", "strong", TRUE },
    { "plain", "strong", FALSE },
    { "plain", "emphasis", FALSE },
    { "slanted", "emphasis", TRUE },
    { "slanted", "strong", FALSE },
    { "both", "strong", TRUE },
    { "both", "emphasis", TRUE },
    { "mono", "code", TRUE },
    { "plain", "code", FALSE },
    { "Heading", "heading-1", TRUE },
    { "Sub", "heading-2", TRUE },
    { "plain", "heading-1", FALSE },
    { "wise words", "quote", TRUE },
    { "plain", "quote", FALSE },
    { "block code", "code-block", TRUE },
    { "nested item", "indent-2", TRUE },
    { "outer item", "indent-1", TRUE },
    { "plain", "indent-1", FALSE },
  };
  g_autoptr(LineupMarkdownView) view =
    markdown_view_new ("# Heading\n\n## Sub\n\n"
                       "plain **bold** *slanted* ***both*** `mono`\n\n"
                       "> wise words\n\n"
                       "```\nblock code\n```\n\n"
                       "- outer item\n  - nested item\n");

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_test_message ("%s has %s: %d", checks[i].needle, checks[i].tag, checks[i].expected);
      g_assert_cmpint (has_tag_at (view, checks[i].tag, offset_of (view, checks[i].needle)),
                       ==, checks[i].expected);
    }

  g_assert_finalize_object (g_steal_pointer (&view));
}

static void
test_markdown_uri_schemes (void)
{
  static const struct {
    const gchar *uri;
    gboolean     openable;
  } cases[] = {
    { "https://example.com/", TRUE },
    { "http://example.com/", TRUE },
    { "HTTPS://EXAMPLE.COM/", TRUE },
    { "mailto:someone@example.com", TRUE },
    { "javascript:alert(1)", FALSE },
    { "JavaScript:alert(1)", FALSE },
    { " javascript:alert(1)", FALSE },
    { "file:///etc/passwd", FALSE },
    { "data:text/html,<b>x</b>", FALSE },
    { "ftp://example.com/", FALSE },
    { "relative/page.html", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].uri ? cases[i].uri : "(null)");
      g_assert_cmpint (lineup_markdown_uri_is_openable (cases[i].uri), ==, cases[i].openable);
    }
}

static void
test_markdown_links (void)
{
  static const struct {
    const gchar *text;
    const gchar *uri;   /* NULL: shown as text, not a link */
  } expected[] = {
    { "site", "https://example.com/a" },
    { "bad", NULL },
    { "mail", "mailto:a@example.com" },
    { "local", NULL },
    { "https://x.org", "https://x.org" },
    { "plain", NULL },
  };
  g_autoptr(LineupMarkdownView) view =
    markdown_view_new ("plain [site](https://example.com/a) [bad](javascript:alert(1)) "
                       "[mail](mailto:a@example.com) [local](file:///etc/passwd) <https://x.org>");
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  g_signal_connect (view, "activate-link", G_CALLBACK (on_activate_link), seen);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gint offset = offset_of (view, expected[i].text);

      g_test_message ("link %s", expected[i].text);
      g_assert_cmpstr (lineup_markdown_view_get_link_at (view, offset), ==, expected[i].uri);
      g_assert_cmpint (has_tag_at (view, "link", offset), ==, expected[i].uri != NULL);
      g_assert_cmpint (lineup_markdown_view_activate_link_at (view, offset), ==,
                       expected[i].uri != NULL);

      if (expected[i].uri != NULL)
        {
          gint start, end;
          g_autofree gchar *range = NULL;

          g_assert_cmpuint (seen->len, ==, n + 1);
          g_assert_cmpstr (g_ptr_array_index (seen, n), ==, expected[i].uri);

          g_assert_cmpstr (lineup_markdown_view_get_link (view, n, &start, &end), ==,
                           expected[i].uri);
          range = buffer_range (view, start, end);
          g_assert_cmpstr (range, ==, expected[i].text);
          n++;
        }
      else
        g_assert_cmpuint (seen->len, ==, n);
    }

  g_assert_cmpuint (lineup_markdown_view_get_n_links (view), ==, n);

  /* Changing the text forgets the old links. */
  lineup_markdown_view_set_markdown (view, "no links [here](javascript:void(0))");
  g_assert_cmpuint (lineup_markdown_view_get_n_links (view), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&view));
}

static void
test_markdown_keyboard (void)
{
  g_autoptr(LineupMarkdownView) view =
    markdown_view_new ("[one](https://one.example) text [no](javascript:x) "
                       "[two](https://two.example)");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  GtkTextIter a, b;
  g_autofree gchar *first = NULL;
  g_autofree gchar *second = NULL;
  g_autofree gchar *back = NULL;

  g_signal_connect (view, "activate-link", G_CALLBACK (on_activate_link), seen);

  /* Tab goes from link to link, skipping the refused one, then lets go. */
  g_assert_true (lineup_markdown_view_move_to_link (view, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &a, &b));
  first = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  g_assert_cmpstr (first, ==, "one");

  g_assert_true (lineup_markdown_view_move_to_link (view, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &a, &b));
  second = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  g_assert_cmpstr (second, ==, "two");

  g_assert_true (lineup_markdown_view_activate_link_at_cursor (view));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "https://two.example");

  g_assert_false (lineup_markdown_view_move_to_link (view, GTK_DIR_TAB_FORWARD));

  g_assert_true (lineup_markdown_view_move_to_link (view, GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &a, &b));
  back = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  g_assert_cmpstr (back, ==, "one");
  g_assert_false (lineup_markdown_view_move_to_link (view, GTK_DIR_TAB_BACKWARD));

  /* Enter on plain text does nothing. */
  gtk_text_buffer_get_iter_at_offset (buffer, &a, offset_of (view, "text"));
  gtk_text_buffer_place_cursor (buffer, &a);
  g_assert_false (lineup_markdown_view_activate_link_at_cursor (view));
  g_assert_cmpuint (seen->len, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&view));
}

static void
test_markdown_hostile (void)
{
  g_autoptr(GString) deep_quote = g_string_new (NULL);
  g_autoptr(GString) deep_list = g_string_new (NULL);
  g_autoptr(GString) deep_emph = g_string_new (NULL);
  const gchar *invalid = "bad \xff\xfe bytes **and \xc3 more**";
  const gchar *inputs[4];

  for (guint i = 0; i < 3000; i++)
    g_string_append (deep_quote, "> ");
  g_string_append (deep_quote, "bottom");
  for (guint i = 0; i < 300; i++)
    {
      for (guint j = 0; j < i * 2; j++)
        g_string_append_c (deep_list, ' ');
      g_string_append (deep_list, "- level\n");
    }
  for (guint i = 0; i < 2000; i++)
    g_string_append (deep_emph, "*[");
  g_string_append (deep_emph, "core");
  for (guint i = 0; i < 2000; i++)
    g_string_append (deep_emph, "](https://e.example)*");

  inputs[0] = deep_quote->str;
  inputs[1] = deep_list->str;
  inputs[2] = deep_emph->str;
  inputs[3] = invalid;

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(LineupMarkdownView) view = markdown_view_new (inputs[i]);
      g_autofree gchar *text = lineup_markdown_view_get_text (view);

      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpuint (strlen (text), >, 0);
      g_assert_finalize_object (g_steal_pointer (&view));
    }
}

/* Session view ----------------------------------------------------------- */

typedef struct
{
  GPtrArray *toggled;     /* LineupSession, refs */
  GPtrArray *activated;   /* LineupSession, refs */
  gboolean   star_it;     /* whether the toggle-star handler changes the model */
} Events;

static void
on_toggle_star (LineupSessionView *view,
                LineupSession     *session,
                Events            *events)
{
  g_ptr_array_add (events->toggled, g_object_ref (session));
  if (events->star_it)
    lineup_session_set_starred (session, !lineup_session_get_starred (session));
}

static void
on_session_activated (LineupSessionView *view,
                      LineupSession     *session,
                      Events            *events)
{
  g_ptr_array_add (events->activated, g_object_ref (session));
}

static LineupSessionView *
session_view_new (void)
{
  return LINEUP_SESSION_VIEW (g_object_ref_sink (lineup_session_view_new ()));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_view_empty (void)
{
  g_autoptr(LineupSessionView) view = session_view_new ();
  g_autoptr(LineupSession) session = make_session ("a", "A Talk", 6, 9, 0, 9, 30);
  GtkWidget *status = find_one (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE);
  guint notified = 0;

  g_signal_connect (view, "notify::session", G_CALLBACK (count_notify), &notified);

  g_assert_null (lineup_session_view_get_session (view));
  g_assert_true (is_shown (status, GTK_WIDGET (view)));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Talk Selected");
  g_assert_null (find_label (GTK_WIDGET (view), "A Talk"));

  lineup_session_view_set_session (view, session);
  g_assert_true (lineup_session_view_get_session (view) == session);
  g_assert_false (is_shown (status, GTK_WIDGET (view)));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "A Talk"));
  g_assert_cmpuint (notified, ==, 1);

  /* Same value: no notification. */
  lineup_session_view_set_session (view, session);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (view, "session", NULL, NULL);
  g_assert_true (is_shown (status, GTK_WIDGET (view)));
  g_assert_cmpuint (notified, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&view));
  g_assert_finalize_object (g_steal_pointer (&session));
}

/* A maybe: an outlined star, marked, and the next click removes it; the
 * menu beside it sets either kind for this talk. */
static void
check_maybe (GtkWidget     *top,
             GtkWidget     *star,
             LineupSession *talk)
{
  GtkWidget *menu_button = find_one (top, GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = NULL;
  const gchar *kinds[] = { "going", "maybe", "none" };

  lineup_session_set_maybe (talk, TRUE);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (star)), ==, "non-starred-symbolic");
  g_assert_true (gtk_widget_has_css_class (star, "lineup-maybe"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Remove from Picks");

  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GVariant) action = g_menu_model_get_item_attribute_value (
        menu, i, G_MENU_ATTRIBUTE_ACTION, G_VARIANT_TYPE_STRING);
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
        menu, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE ("(ss)"));
      const gchar *id, *kind;

      g_assert_cmpstr (g_variant_get_string (action, NULL), ==, "win.set-pick");
      g_variant_get (target, "(&s&s)", &id, &kind);
      g_assert_cmpstr (id, ==, lineup_session_get_id (talk));
      g_assert_cmpstr (kind, ==, kinds[i]);
    }
}

static void
test_view_session (void)
{
  g_autoptr(LineupSessionView) view = session_view_new ();
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GPtrArray) speakers =
    g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
  LineupSession *talk =
    make_session ("talk", "Tales from <b>eBPF</b> & Friends", 6, 11, 50, 12, 15);
  LineupSession *other = make_session ("other", "Cilium & Service Mesh", 6, 12, 0, 12, 30);
  Events events = { g_ptr_array_new_with_free_func (g_object_unref),
                    g_ptr_array_new_with_free_func (g_object_unref), FALSE };
  const gchar *conflicts[] = { "other", "missing", NULL };
  LineupMarkdownView *description;
  GtkWidget *url_button, *conflict_row, *star, *top, *window;
  GtkLabel *time_label;
  g_autofree gchar *text = NULL;
  gint bold;

  top = GTK_WIDGET (view);
  /* Rows are activated the way a window does it, so the view needs one. */
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), top);

  g_ptr_array_add (speakers, lineup_speaker_new ("Ada Lovelace", "Analytical Engines"));
  g_ptr_array_add (speakers, lineup_speaker_new ("Grace Hopper", NULL));
  lineup_session_set_speakers (talk, speakers);
  lineup_session_set_track (talk, "KubeCon");
  lineup_session_set_url (talk, "https://kccncna2023.sched.com/event/1R2rx/tales");
  lineup_session_set_description (talk,
                                  "A **bold** claim about `<b>&` and more.\n\n"
                                  "- first point\n- second point\n\n"
                                  "See [the docs](https://docs.cilium.io) or "
                                  "[this](javascript:alert(1)).");
  lineup_session_set_conflicts (talk, conflicts);

  g_ptr_array_add (sessions, talk);
  g_ptr_array_add (sessions, other);
  lineup_schedule_take_sessions (schedule, g_steal_pointer (&sessions));
  lineup_schedule_set_zone (schedule, "America/Chicago", "CST");

  g_signal_connect (view, "toggle-star", G_CALLBACK (on_toggle_star), &events);
  g_signal_connect (view, "session-activated", G_CALLBACK (on_session_activated), &events);

  g_object_set (view, "schedule", schedule, "session", talk, NULL);
  g_assert_true (lineup_session_view_get_schedule (view) == schedule);

  /* Title, as text (not markup), and track */
  g_assert_nonnull (find_label (top, "Tales from <b>eBPF</b> & Friends"));
  g_assert_false (gtk_label_get_use_markup (find_label (top, "Tales from <b>eBPF</b> & Friends")));
  g_assert_nonnull (find_label (top, "KubeCon"));

  /* Speakers, with the affiliation when there is one */
  g_assert_nonnull (find_label (top, "Ada Lovelace, Analytical Engines"));
  g_assert_nonnull (find_label (top, "Grace Hopper"));

  /* Time, with the zone */
  time_label = find_label_containing (top, "12:15");
  g_assert_nonnull (time_label);
  g_assert_nonnull (strstr (gtk_label_get_text (time_label), "CST"));
  g_assert_nonnull (strstr (gtk_label_get_text (time_label), "Mon, Nov 6"));
  if (!locale_is_12h ())
    g_assert_cmpstr (gtk_label_get_text (time_label), ==, "Mon, Nov 6 · 11:50 – 12:15 CST");

  /* Description: literal text, bold run, only the safe link */
  description = LINEUP_MARKDOWN_VIEW (find_one (top, LINEUP_TYPE_MARKDOWN_VIEW));
  text = lineup_markdown_view_get_text (description);
  g_assert_nonnull (strstr (text, "<b>&"));
  g_assert_nonnull (strstr (text, "• first point\n• second point"));
  bold = offset_of (description, "bold");
  g_assert_true (has_tag_at (description, "strong", bold));
  g_assert_true (has_tag_at (description, "strong", bold + 3));
  g_assert_false (has_tag_at (description, "strong", bold + 4));
  g_assert_false (has_tag_at (description, "strong", offset_of (description, "claim")));
  g_assert_cmpuint (lineup_markdown_view_get_n_links (description), ==, 1);
  g_assert_cmpstr (lineup_markdown_view_get_link (description, 0, NULL, NULL), ==,
                   "https://docs.cilium.io");
  g_assert_null (lineup_markdown_view_get_link_at (description, offset_of (description, "this")));

  /* Open Talk Page: shown for https, hidden for anything else */
  url_button = ancestor_of_label (top, "Open Talk Page", GTK_TYPE_BUTTON);
  g_assert_nonnull (url_button);
  g_assert_true (is_shown (url_button, top));
  lineup_session_set_url (talk, "javascript:alert(1)");
  g_assert_false (is_shown (url_button, top));
  lineup_session_set_url (talk, NULL);
  g_assert_false (is_shown (url_button, top));
  lineup_session_set_url (talk, "http://example.com/talk");
  g_assert_true (is_shown (url_button, top));

  /* Conflicts: the other talk (the unknown id is skipped), and activating it */
  conflict_row = ancestor_of_label (top, "Cilium & Service Mesh", GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (conflict_row);
  g_assert_true (is_shown (conflict_row, top));
  g_assert_nonnull (find_label_containing (top, "12:00"));
  g_assert_true (gtk_widget_activate (conflict_row));
  g_assert_cmpuint (events.activated->len, ==, 1);
  g_assert_true (g_ptr_array_index (events.activated, 0) == other);

  /* …and it follows the session live */
  lineup_session_set_conflicts (talk, NULL);
  g_assert_null (find_label (top, "Cilium & Service Mesh"));
  lineup_session_set_title (talk, "Renamed");
  g_assert_nonnull (find_label (top, "Renamed"));
  lineup_session_set_track (talk, NULL);
  g_assert_null (find_label (top, "KubeCon"));

  /* Star: the view asks, the model answers, the button follows the model */
  star = find_star_button (top);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Star");
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (star)), ==, "non-starred-symbolic");

  events.star_it = TRUE;
  g_signal_emit_by_name (star, "clicked");
  g_assert_cmpuint (events.toggled->len, ==, 1);
  g_assert_true (g_ptr_array_index (events.toggled, 0) == talk);
  g_assert_true (lineup_session_get_starred (talk));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (star)), ==, "starred-symbolic");
  /* The button says what the next click does: going → maybe. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Mark as Maybe");

  /* A handler that does not change the model: the button snaps back. */
  events.star_it = FALSE;
  g_signal_emit_by_name (star, "clicked");
  g_assert_cmpuint (events.toggled->len, ==, 2);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));

  check_maybe (top, star, talk);
  lineup_session_set_starred (talk, TRUE);

  /* The model changing elsewhere (the CLI, another window) shows too. */
  lineup_session_set_starred (talk, FALSE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Star");
  g_assert_cmpuint (events.toggled->len, ==, 2);

  /* After the view lets go of the session, its changes do not reach it. */
  lineup_session_view_set_session (view, NULL);
  lineup_session_set_title (talk, "Gone");
  g_assert_null (find_label (top, "Gone"));

  g_ptr_array_unref (events.toggled);
  g_ptr_array_unref (events.activated);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (g_steal_pointer (&view));
  g_assert_finalize_object (g_steal_pointer (&schedule));
}

static void
test_format_time (void)
{
  g_autoptr(LineupSchedule) schedule = lineup_schedule_new ();
  gboolean twelve = locale_is_12h ();
  static const struct {
    gint         h1, m1, h2, m2;   /* h2 < 0: no end; h1 < 0: untimed */
    gboolean     floating;
    const gchar *in24;
    const gchar *in12;
  } cases[] = {
    { 9, 15, 9, 40, FALSE, "Mon, Nov 6 · 09:15 – 09:40 CST", "Mon, Nov 6 · 9:15 – 9:40 AM CST" },
    { 11, 50, 12, 15, FALSE, "Mon, Nov 6 · 11:50 – 12:15 CST",
      "Mon, Nov 6 · 11:50 AM – 12:15 PM CST" },
    { 17, 0, -1, 0, FALSE, "Mon, Nov 6 · 17:00 CST", "Mon, Nov 6 · 5:00 PM CST" },
    { 0, 5, 0, 45, FALSE, "Mon, Nov 6 · 00:05 – 00:45 CST", "Mon, Nov 6 · 12:05 – 12:45 AM CST" },
    { 12, 0, 13, 0, FALSE, "Mon, Nov 6 · 12:00 – 13:00 CST", "Mon, Nov 6 · 12:00 – 1:00 PM CST" },
    { 9, 15, 9, 40, TRUE, "Mon, Nov 6 · 09:15 – 09:40", "Mon, Nov 6 · 9:15 – 9:40 AM" },
    { -1, 0, -1, 0, FALSE, "Time not announced", "Time not announced" },
  };

  lineup_schedule_set_zone (schedule, "America/Chicago", "CST");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LineupSession) session = lineup_session_new ("x", "X");
      g_autoptr(GDateTime) start = cases[i].h1 >= 0 ? chicago (6, cases[i].h1, cases[i].m1) : NULL;
      g_autoptr(GDateTime) end = cases[i].h2 >= 0 ? chicago (6, cases[i].h2, cases[i].m2) : NULL;
      g_autofree gchar *text = NULL;

      g_autofree gchar *in12 = NULL;
      g_autofree gchar *in24 = NULL;

      lineup_session_set_times (session, start, end);
      lineup_session_set_floating (session, cases[i].floating);
      in12 = lineup_session_format_time_with_clock (session, schedule, TRUE);
      in24 = lineup_session_format_time_with_clock (session, schedule, FALSE);
      g_assert_cmpstr (in12, ==, cases[i].in12);
      g_assert_cmpstr (in24, ==, cases[i].in24);

      /* The locale picks the clock. */
      text = lineup_session_format_time (session, schedule);
      g_assert_cmpstr (text, ==, twelve ? cases[i].in12 : cases[i].in24);
    }

  /* Over midnight, both days are shown. */
  {
    g_autoptr(LineupSession) session = lineup_session_new ("late", "Late");
    g_autoptr(GDateTime) start = chicago (6, 23, 0);
    g_autoptr(GDateTime) end = chicago (7, 1, 0);
    g_autofree gchar *text = NULL;

    lineup_session_set_times (session, start, end);
    text = lineup_session_format_time (session, NULL);
    g_assert_nonnull (strstr (text, "Mon, Nov 6"));
    g_assert_nonnull (strstr (text, "Tue, Nov 7"));
    g_assert_nonnull (strstr (text, "CST"));
  }

  /* A fixed-offset zone has no name of its own: the post's is used. */
  {
    g_autoptr(LineupSession) session = lineup_session_new ("fixed", "Fixed");
    g_autoptr(GTimeZone) tz = g_time_zone_new_offset (-6 * 3600);
    g_autoptr(GDateTime) start = g_date_time_new (tz, 2023, 11, 6, 9, 0, 0);
    g_autofree gchar *with = NULL;
    g_autofree gchar *without = NULL;

    lineup_session_set_times (session, start, NULL);
    with = lineup_session_format_time (session, schedule);
    without = lineup_session_format_time (session, NULL);
    g_assert_true (g_str_has_suffix (with, " CST"));
    g_assert_true (g_str_has_suffix (without, " UTC-06:00"));
  }

  g_assert_finalize_object (g_steal_pointer (&schedule));
}

int
main (int   argc,
      char *argv[])
{
  /* Without the shared AT-SPI bus (see lineup_test_window_init). */
  g_setenv ("GTK_A11Y", "test", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Pulls the resources (and the templates in them) into the test. */
  g_assert_nonnull (lineup_ui_get_resource ());

  g_test_add_func ("/markdown-view/render", test_markdown_render);
  g_test_add_func ("/markdown-view/tags", test_markdown_tags);
  g_test_add_func ("/markdown-view/uri-schemes", test_markdown_uri_schemes);
  g_test_add_func ("/markdown-view/links", test_markdown_links);
  g_test_add_func ("/markdown-view/keyboard", test_markdown_keyboard);
  g_test_add_func ("/markdown-view/hostile", test_markdown_hostile);
  g_test_add_func ("/session-view/empty", test_view_empty);
  g_test_add_func ("/session-view/session", test_view_session);
  g_test_add_func ("/session-view/format-time", test_format_time);

  return g_test_run ();
}
