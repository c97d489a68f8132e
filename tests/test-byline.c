/* test-byline.c — title/byline split and speaker parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "lineup-core.h"
#include "lineup-test-growth.h"

#define MAX_SPEAKERS 8

typedef struct
{
  const gchar *byline;
  guint        n;
  const gchar *names[MAX_SPEAKERS];
  const gchar *affiliations[MAX_SPEAKERS];   /* NULL: none */
} ParseCase;

static void
assert_speakers (const gchar     *what,
                 GPtrArray       *speakers,
                 const ParseCase *c)
{
  g_assert_nonnull (speakers);
  if (speakers->len != c->n)
    {
      g_autofree gchar *got = lineup_byline_format (speakers);

      g_error ("%s: expected %u speakers, got %u: %s", what, c->n, speakers->len, got);
    }
  for (guint i = 0; i < c->n; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      g_test_message ("%s: #%u %s / %s", what, i, speaker->name,
                      speaker->affiliation ? speaker->affiliation : "(none)");
      g_assert_cmpstr (speaker->name, ==, c->names[i]);
      g_assert_cmpstr (speaker->affiliation, ==, c->affiliations[i]);
    }
}

static const ParseCase parse_cases[] = {
  /* a room in the brackets is no organisation */
  { "Jacqueline Kazan (Auditorium Only)", 1, { "Jacqueline Kazan" }, { NULL } },
  { "Ana Lee (Room 101), Bo Chen (Acme)", 2, { "Ana Lee", "Bo Chen" }, { NULL, "Acme" } },
  /* a nickname in brackets inside the name; an academic title dropped */
  { "Juliana (Jules) Barros Lima", 1, { "Juliana (Jules) Barros Lima" }, { NULL } },
  { "Professor Robert Ghrist, University of Pennsylvania", 1, { "Robert Ghrist" },
    { "University of Pennsylvania" } },
  /* an organisation, then its country's code */
  { "Peter Müller, ETH Zurich, CH.", 1, { "Peter Müller" }, { "ETH Zurich" } },
  { "Ana Lee, Università di Torino, IT", 1, { "Ana Lee" }, { "Università di Torino" } },
  /* a middle dot lists people */
  { "Fernanda Viégas · Martin Wattenberg", 2, { "Fernanda Viégas", "Martin Wattenberg" },
    { NULL, NULL } },
  /* an author list, commas only: the last name is a name too, a last item
   * that can only be an organisation is theirs */
  { "Jixian Li,Dan Van Boxel, Joshua A Levine", 3,
    { "Jixian Li", "Dan Van Boxel", "Joshua A Levine" }, { NULL, NULL, NULL } },
  { "Thomas Marrinan, Silvio Rizzi, Michael E. Papka, ", 3,
    { "Thomas Marrinan", "Silvio Rizzi", "Michael E. Papka" }, { NULL, NULL, NULL } },
  { "Ana Lee, Bo Chen, Acme Labs", 2, { "Ana Lee", "Bo Chen" }, { "Acme Labs", "Acme Labs" } },
  { "Ana Lee, Bo Chen, Red Hat", 2, { "Ana Lee", "Bo Chen" }, { "Red Hat", "Red Hat" } },
  { "Ana Lee, Bo Chen, Isovalent", 2, { "Ana Lee", "Bo Chen" }, { "Isovalent", "Isovalent" } },
  { "Ana Lee, Bo Chen, Google Cloud", 2, { "Ana Lee", "Bo Chen" },
    { "Google Cloud", "Google Cloud" } },
  /* a bracket naming a companion and their affiliation */
  { "Ana Ruiz (with Ben Ode, Acme & Globex)", 2,
    { "Ana Ruiz", "Ben Ode" }, { "Acme & Globex", "Acme & Globex" } },
  { "Ana Ruiz (with Ben Ode)", 2, { "Ana Ruiz", "Ben Ode" }, { NULL, NULL } },
  /* a Japanese honorific after each name */
  { "Kenta Murata さん & Yusaku Hatanaka さん", 2, { "Kenta Murata", "Yusaku Hatanaka" },
    { NULL, NULL } },
  /* the organisation after an at sign */
  { "Ana Lee @ Acme, Bo Chen @ Globex Labs", 2,
    { "Ana Lee", "Bo Chen" }, { "Acme", "Globex Labs" } },
  { "Ana Lee @ Acme and Bo Chen @ Globex Labs", 2,
    { "Ana Lee", "Bo Chen" }, { "Acme", "Globex Labs" } },
  /* what comes before " @ " is a name; " and " inside an organisation and
   * brackets after it stay in it */
  { "稲垣 衛 @ 千葉大学大学院融合理工学府, 山本光晴 @ 千葉大学大学院理学研究院", 2,
    { "稲垣 衛", "山本光晴" }, { "千葉大学大学院融合理工学府", "千葉大学大学院理学研究院" } },
  /* a dash between spaces after a name opens the organisation (a role
   * before it dropped); not a double family name */
  { "Jane Doe - Google, John Roe - Microsoft", 2,
    { "Jane Doe", "John Roe" }, { "Google", "Microsoft" } },
  { "Тихон Соколов – Full Stack Developer, msk vue.js", 1, { "Тихон Соколов" }, { "msk vue.js" } },
  { "Lotte Willems - van Dijk", 1, { "Lotte Willems - van Dijk" }, { NULL } },
  { "Tsutomu Kobayashi @ Japan Science and Technology Agency", 1,
    { "Tsutomu Kobayashi" }, { "Japan Science and Technology Agency" } },
  { "Daniel GAINA @ Institute of Mathematics for Industry (IMI), Kyushu University", 1,
    { "Daniel GAINA" }, { "Institute of Mathematics for Industry (IMI), Kyushu University" } },
  /* the ideographic comma lists people */
  { "小林直樹、押川広樹(東京大学)", 2, { "小林直樹", "押川広樹" }, { "東京大学", "東京大学" } },
  { "Hemanth Malla & Maxime Visonneau, Datadog", 2,
    { "Hemanth Malla", "Maxime Visonneau" }, { "Datadog", "Datadog" } },
  { "Christine Kim, Isovalent", 1, { "Christine Kim" }, { "Isovalent" } },
  /* a '+' glued to a word is no separator */
  { "Bo Chan, C++ Guild", 1, { "Bo Chan" }, { "C++ Guild" } },
  { "Bo Chan + Di Fu", 2, { "Bo Chan", "Di Fu" }, { NULL, NULL } },
  /* one family's two people share its name */
  { "Szabi and Zsuzsa Marka", 2, { "Szabi Marka", "Zsuzsa Marka" }, { NULL, NULL } },
  { "Timur Solodovnikov, ClickHouse, Inc", 1,
    { "Timur Solodovnikov" }, { "ClickHouse, Inc" } },
  /* an organisation of two parts, "for" after an institution's noun, and
   * one with its initials */
  { "Daniela Butano, Department of Genetics, University of Cambridge", 1,
    { "Daniela Butano" }, { "Department of Genetics, University of Cambridge" } },
  { "Ali Niknejad, Centre for Transport Studies, Imperial College London", 1,
    { "Ali Niknejad" }, { "Centre for Transport Studies, Imperial College London" } },
  { "Joanna Jordan, Catherine Barnaby, Bath Institute for Mathematical Innovation (IMI)", 2,
    { "Joanna Jordan", "Catherine Barnaby" },
    { "Bath Institute for Mathematical Innovation",
      "Bath Institute for Mathematical Innovation" } },
  { "Marcel Zięba, Isovalent & Dorde Lapcevic, Google", 2,
    { "Marcel Zięba", "Dorde Lapcevic" }, { "Isovalent", "Google" } },
  { "Keith Mattix, Microsoft; John Howard, Google; Lin Sun, solo.io; Thomas Graf, Isovalent; "
    "Flynn, Buoyant", 5,
    { "Keith Mattix", "John Howard", "Lin Sun", "Thomas Graf", "Flynn" },
    { "Microsoft", "Google", "solo.io", "Isovalent", "Buoyant" } },
  { "Joseph Sandoval & Tony Gosselin Adobe", 2,
    { "Joseph Sandoval", "Tony Gosselin" }, { "Adobe", "Adobe" } },
  /* A three-word last name is not an org unless its last word looks like one. */
  { "John Fastabend & Natalia Reka Ivanko", 2,
    { "John Fastabend", "Natalia Reka Ivanko" }, { NULL, NULL } },
  { "Tamao Nakahara (Weaveworks) and Ivan Anisimov (RingCentral)", 2,
    { "Tamao Nakahara", "Ivan Anisimov" }, { "Weaveworks", "RingCentral" } },
  { "Jeremy Olmsted-Thompson & Laura Lorenz (Google), Paul Morie (Apple),", 3,
    { "Jeremy Olmsted-Thompson", "Laura Lorenz", "Paul Morie" },
    { "Google", "Google", "Apple" } },
  { "Luis Ramírez (Isovalent)", 1, { "Luis Ramírez" }, { "Isovalent" } },
  { "Thomas Graf, CTO, Isovalent", 1, { "Thomas Graf" }, { "Isovalent" } },
  { "Jane Doe, Senior Software Engineer, Acme", 1, { "Jane Doe" }, { "Acme" } },
  { "Jane Doe (Co-founder, Acme)", 1, { "Jane Doe" }, { "Acme" } },
  /* The role is dropped and the parenthesis then covers every name since the
   * last affiliation, as in "A & B (Org)": Jake Sanders gets Jetstack too. */
  { "Jake Sanders, cert-manager Maintainer & Ashley Davis (Jetstack)", 2,
    { "Jake Sanders", "Ashley Davis" }, { "Jetstack", "Jetstack" } },
  { "-- Liz Rice, Isovalent", 1, { "Liz Rice" }, { "Isovalent" } },
  { "> Leigh Capili (VMware)", 1, { "Leigh Capili" }, { "VMware" } },
  { "— Anna Kapuścińska, Isovalent", 1, { "Anna Kapuścińska" }, { "Isovalent" } },
  { "* by Matt Turner (Tetrate)", 1, { "Matt Turner" }, { "Tetrate" } },
  { "_By Frank Brockners (Cisco)_", 1, { "Frank Brockners" }, { "Cisco" } },
  { "Christine Kim 🚀, Isovalent", 1, { "Christine Kim 🚀" }, { "Isovalent" } },
  { "Thomas Graf, Bill Mulligan & Liz Rice, Isovalent; Purvi Desai, Google", 4,
    { "Thomas Graf", "Bill Mulligan", "Liz Rice", "Purvi Desai" },
    { "Isovalent", "Isovalent", "Isovalent", "Google" } },
  { "James McShane, SuperOrbital; Hemanth Malla, Datadog; Liz Rice & Thomas Graf, Isovalent", 4,
    { "James McShane", "Hemanth Malla", "Liz Rice", "Thomas Graf" },
    { "SuperOrbital", "Datadog", "Isovalent", "Isovalent" } },
  { "Lewis Denham-Parry, Control Plane & Natalia Reka Ivanko, Isovalent", 2,
    { "Lewis Denham-Parry", "Natalia Reka Ivanko" }, { "Control Plane", "Isovalent" } },
  /* "A, Org & B, Org" with a two-word organisation that has the shape of a
   * name: its last word is a company noun, so it is no third speaker. */
  { "Anna Müller, Polar Signals & Bob Stone, Datadog", 2,
    { "Anna Müller", "Bob Stone" }, { "Polar Signals", "Datadog" } },
  { "Zoë Kim, Acme Industries & Luis Ramírez, Orbit Dynamics; Mei Zhang, Blue Insights", 3,
    { "Zoë Kim", "Luis Ramírez", "Mei Zhang" },
    { "Acme Industries", "Orbit Dynamics", "Blue Insights" } },
  /* The same shape with a person stays a list of people. */
  { "Thomas Graf, Bill Mulligan & Liz Rice, Isovalent", 3,
    { "Thomas Graf", "Bill Mulligan", "Liz Rice" }, { "Isovalent", "Isovalent", "Isovalent" } },
  { "Daneyon Hansen, Solo.io & Yutaro Hayakawa, Isovalent", 2,
    { "Daneyon Hansen", "Yutaro Hayakawa" }, { "Solo.io", "Isovalent" } },
  { "Frederic Lardinois, TechCrunch; Andrew Sauber, The New York Times; Daniel Bernier, Bell; "
    "Purvi Desai, Google & James McShane, SuperOrbital", 5,
    { "Frederic Lardinois", "Andrew Sauber", "Daniel Bernier", "Purvi Desai", "James McShane" },
    { "TechCrunch", "The New York Times", "Bell", "Google", "SuperOrbital" } },
  { "Andrew Block & Karena Angell (Red Hat), Matt Farina (SUSE) Scott Rigby\n> (Weaveworks)", 4,
    { "Andrew Block", "Karena Angell", "Matt Farina", "Scott Rigby" },
    { "Red Hat", "Red Hat", "SUSE", "Weaveworks" } },
  { "> Anusha Hegde & Winnie Kwon & Sedef Savas (VMware), Richard Case\n> (Weaveworks),\n>\n"
    "> Avishay Traeger (Red Hat)", 5,
    { "Anusha Hegde", "Winnie Kwon", "Sedef Savas", "Richard Case", "Avishay Traeger" },
    { "VMware", "VMware", "VMware", "Weaveworks", "Red Hat" } },
  { "Scott Rigby, Somtochi Onyekwere, Niki Manoledaki & Soulé Ba (Weaveworks),", 4,
    { "Scott Rigby", "Somtochi Onyekwere", "Niki Manoledaki", "Soulé Ba" },
    { "Weaveworks", "Weaveworks", "Weaveworks", "Weaveworks" } },
  { "Priyanka \\\"Pinky\\\" Ravi (Weaveworks)", 1,
    { "Priyanka \"Pinky\" Ravi" }, { "Weaveworks" } },
  { "Pablo Chico de Guzman (Okteto), Vinay Kulkarni (Futurewei Technologies)", 2,
    { "Pablo Chico de Guzman", "Vinay Kulkarni" }, { "Okteto", "Futurewei Technologies" } },
  { "Liz Rice & Maartje Eyskens, Isovalent; Nico Meisenzahl, white duck; Vlad Ungureanu, "
    "Palantir Technologies", 4,
    { "Liz Rice", "Maartje Eyskens", "Nico Meisenzahl", "Vlad Ungureanu" },
    { "Isovalent", "Isovalent", "white duck", "Palantir Technologies" } },
  /* Job titles joined by "and" / "&", an organisation after the last one, and
   * an organisation "from" another: none of them is a person. */
  { "Sebastian Scheele, Co-founder and CEO, Loodse", 1, { "Sebastian Scheele" }, { "Loodse" } },
  { "Yaron Schneider, Dapr co-creator & co-founder Diagrid", 1,
    { "Yaron Schneider" }, { "Diagrid" } },
  { "Jacob Aronoff, Lightstep from ServiceNow & Andy Keller, observIQ", 2,
    { "Jacob Aronoff", "Andy Keller" }, { "Lightstep from ServiceNow", "observIQ" } },
  { "Ann Lee, Maintainer & Bo Chan, Acme", 2, { "Ann Lee", "Bo Chan" }, { "Acme", "Acme" } },
  { "Raymond de Jong", 1, { "Raymond de Jong" }, { NULL } },
  { "  Sanskar   Jaiswal\t&  Kingdon Barrett  ", 2,
    { "Sanskar Jaiswal", "Kingdon Barrett" }, { NULL, NULL } },
  { "", 0, { NULL }, { NULL } },
  { " ,;& ", 0, { NULL }, { NULL } },
};

static void
test_parse_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autoptr(GPtrArray) speakers = lineup_byline_parse (parse_cases[i].byline);

      assert_speakers (parse_cases[i].byline, speakers, &parse_cases[i]);
    }
}

static void
test_parse_null (void)
{
  g_autoptr(GPtrArray) speakers = lineup_byline_parse (NULL);

  g_assert_nonnull (speakers);
  g_assert_cmpuint (speakers->len, ==, 0);
}

typedef struct
{
  const gchar *text;
  const gchar *title;
  const gchar *byline;   /* NULL: no byline */
} SplitCase;

static const SplitCase split_cases[] = {
  { "Day 2 with Cilium - What to Expect Running at Scale - Hemanth Malla & Maxime Visonneau, "
    "Datadog",
    "Day 2 with Cilium - What to Expect Running at Scale",
    "Hemanth Malla & Maxime Visonneau, Datadog" },
  { "Keynote: CNCF Graduated Project Updates", "Keynote: CNCF Graduated Project Updates", NULL },
  /* "Toward" opens a title, no one's name */
  { "Toward Sustainable OSPO: Lessons Learned From One Year of Operations",
    "Toward Sustainable OSPO: Lessons Learned From One Year of Operations", NULL },
  /* the speaker's organisation in a bracket before the colon */
  { "佐藤雅彦(京都大学): A common notation system", "A common notation system",
    "佐藤雅彦(京都大学)" },
  /* columns parted by a tab */
  { "Dana Scott\tLooking Backward; Looking Forward", "Looking Backward; Looking Forward",
    "Dana Scott" },
  { "Documentary Film - eBPF: Unlocking the Kernel",
    "Documentary Film - eBPF: Unlocking the Kernel", NULL },
  { "Sponsored Keynote: Effortless Mutual Authentication With Cilium`- Christine Kim, Isovalent",
    "Sponsored Keynote: Effortless Mutual Authentication With Cilium",
    "Christine Kim, Isovalent" },
  /* Full names on one side of the first colon: the speakers before the
   * title, or several after it; a kind, a topic or a bracket stays whole. */
  { "Tali Dekel: Pretrained diffusion is all we need", "Pretrained diffusion is all we need",
    "Tali Dekel" },
  { "Panel Discussion: Arash Vahdat, Ruiqi Gao, Tim Salimans", "Panel Discussion",
    "Arash Vahdat, Ruiqi Gao, Tim Salimans" },
  { "Rust: Past, Present, Future", "Rust: Past, Present, Future", NULL },
  { "Lightning Talk: Tiny Schedulers", "Lightning Talk: Tiny Schedulers", NULL },
  { "Research Talk: Kernel Bypass", "Research Talk: Kernel Bypass", NULL },
  /* both sides read as names: left whole */
  { "Opening Keynote: Ada Lovelace, Alan Turing", "Opening Keynote: Ada Lovelace, Alan Turing", NULL },
  { "Team Presentations (2-3 minutes, code: no slides please!)",
    "Team Presentations (2-3 minutes, code: no slides please!)", NULL },
  { "OmniGibson: BEHAVIOR Physics Simulation", "OmniGibson: BEHAVIOR Physics Simulation", NULL },
  /* The people in a last bracket; a place, a part or a topic in one stays. */
  { "Git 101 (Morten Nielsen)", "Git 101", "Morten Nielsen" },
  { "Panel: The Road Ahead (Ada Lovelace, Alan Turing)", "Panel: The Road Ahead",
    "Ada Lovelace, Alan Turing" },
  /* a kind of talk and only its speaker, marked by an academic title */
  { "Keynote: Dr. Nicole Wheeler", "Keynote", "Dr. Nicole Wheeler" },
  /* a numbered kind, then the speaker and the title after a dash; a number
   * after no kind is no kind's */
  { "Keynote 2: Adam Harley - Scaling Up Fine-Grained Tracking",
    "Keynote 2: Scaling Up Fine-Grained Tracking", "Adam Harley" },
  { "Chapter 2: Adam Harley - Scaling Up Fine-Grained Tracking",
    "Chapter 2: Adam Harley - Scaling Up Fine-Grained Tracking", NULL },
  { "Keynote: Tiny Schedulers", "Keynote: Tiny Schedulers", NULL },
  /* the talk's kind first in the bracket; a colon before it goes */
  { "Current Status and Challenges (Talk, Yasset Perez-Riverol, EMBL-EBI, UK)",
    "Current Status and Challenges", "Yasset Perez-Riverol, EMBL-EBI, UK" },
  { "Dockerfile - based Nests: (Talk, Olivier Sallou, France)", "Dockerfile - based Nests",
    "Olivier Sallou, France" },
  { "Welcome (Visboekzaal B)", "Welcome (Visboekzaal B)", NULL },
  { "Intro to Rust (Part 2)", "Intro to Rust (Part 2)", NULL },
  { "Practicals (temperature sensors)", "Practicals (temperature sensors)", NULL },
  { "Workshop (Room 4)", "Workshop (Room 4)", NULL },
  /* Balanced backticks are code, not strays. */
  { "Using `kubectl`- Jane Doe, Acme", "Using `kubectl`", "Jane Doe, Acme" },
  { "From Eventual to Strict Encryption – Securing Cilium’s WireGuard Encryption - Leonard "
    "Cohnen, Edgeless Systems",
    "From Eventual to Strict Encryption – Securing Cilium’s WireGuard Encryption",
    "Leonard Cohnen, Edgeless Systems" },
  { "A Talk — Jane Doe, Acme", "A Talk", "Jane Doe, Acme" },
  { "A Talk – Jane Doe (Acme)", "A Talk", "Jane Doe (Acme)" },
  { "Hands-on Workshop: Network Policies - The Not-So-Hard Way - Raymond de Jong, Isovalent",
    "Hands-on Workshop: Network Policies - The Not-So-Hard Way", "Raymond de Jong, Isovalent" },
  { "Hands-on Workshop: Network Policies - The Not-So-Hard Way",
    "Hands-on Workshop: Network Policies - The Not-So-Hard Way", NULL },
  { "cert-manager - Past, Present and Future", "cert-manager - Past, Present and Future", NULL },
  { "At the Intersection of Cilium CNI and Service Mesh - Who Has the Right of Way?🚦",
    "At the Intersection of Cilium CNI and Service Mesh - Who Has the Right of Way?🚦", NULL },
  { "“Are These Things Talking to Each Other?” - Observing Kubernetes Networking with Cilium, "
    "Hubble and Grafana - Anna Kapuścińska, Isovalent",
    "“Are These Things Talking to Each Other?” - Observing Kubernetes Networking with Cilium, "
    "Hubble and Grafana",
    "Anna Kapuścińska, Isovalent" },
  { "  Plain Title  ", "Plain Title", NULL },
  { "- Jane Doe, Acme", "- Jane Doe, Acme", NULL },
  { "", "", NULL },
};

static void
test_split_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (split_cases); i++)
    {
      g_autofree gchar *title = NULL;
      g_autofree gchar *byline = NULL;

      g_test_message ("split: %s", split_cases[i].text);
      lineup_byline_split (split_cases[i].text, &title, &byline);
      g_assert_cmpstr (title, ==, split_cases[i].title);
      g_assert_cmpstr (byline, ==, split_cases[i].byline);
    }
}

/* split_parse gives the same split, and the speakers parse gives. */
static void
test_split_parse_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (split_cases); i++)
    {
      g_autofree gchar *title = NULL;
      g_autofree gchar *byline = NULL;
      g_autoptr(GPtrArray) speakers = NULL;
      g_autoptr(GPtrArray) expected = NULL;
      g_autofree gchar *got = NULL;
      g_autofree gchar *want = NULL;

      g_test_message ("split_parse: %s", split_cases[i].text);
      lineup_byline_split_parse (split_cases[i].text, &title, &byline, &speakers);
      g_assert_cmpstr (title, ==, split_cases[i].title);
      g_assert_cmpstr (byline, ==, split_cases[i].byline);
      if (split_cases[i].byline == NULL)
        {
          g_assert_null (speakers);
          continue;
        }
      g_assert_nonnull (speakers);
      expected = lineup_byline_parse (split_cases[i].byline);
      g_assert_cmpuint (speakers->len, ==, expected->len);
      got = lineup_byline_format (speakers);
      want = lineup_byline_format (expected);
      g_assert_cmpstr (got, ==, want);
    }
}

static void
test_split_null_outputs (void)
{
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;

  /* Either output may be skipped. */
  lineup_byline_split ("Talk - Jane Doe, Acme", &title, NULL);
  g_assert_cmpstr (title, ==, "Talk");
  lineup_byline_split ("Talk - Jane Doe, Acme", NULL, &byline);
  g_assert_cmpstr (byline, ==, "Jane Doe, Acme");
  g_clear_pointer (&title, g_free);
  lineup_byline_split (NULL, &title, NULL);
  g_assert_cmpstr (title, ==, "");
}

typedef struct
{
  const gchar *text;
  gboolean     people;
} PeopleCase;

static const PeopleCase people_cases[] = {
  { "Hemanth Malla & Maxime Visonneau, Datadog", TRUE },
  { "Keith Mattix, Microsoft; John Howard, Google; Lin Sun, solo.io; Thomas Graf, Isovalent; "
    "Flynn, Buoyant", TRUE },
  { "Joseph Sandoval & Tony Gosselin Adobe", TRUE },
  { "Yaron Schneider, Dapr co-creator & co-founder Diagrid", TRUE },
  { "Jacob Aronoff, Lightstep from ServiceNow & Andy Keller, observIQ", TRUE },
  { "Ann Lee, Stories from Nowhere", FALSE },
  /* marks in an affiliation, none in a name or before the first comma */
  { "Jonas Rosland, EMC {code}", TRUE },
  { "Di Fu, Org [beta] & Ann Lee, Acme #1", TRUE },
  { "Jonas {Rosland}, EMC", FALSE },
  { "Ann Lee, Acme: the Story", FALSE },
  { "Ann Lee, Acme?", FALSE },
  { "Igor DC & Adarsh Vincent Chittilappilly (Intel)", TRUE },
  { "Louis De Los Santos, Isovalent", TRUE },
  { "Liz Rice", TRUE },
  /* a name in Han characters or Hangul has no space: two to four of them */
  { "王伟, Alibaba", TRUE },
  { "堵俊平、马全一", TRUE },
  { "佐藤雅彦(京都大学)", TRUE },
  { "小川瑞史 @ 北陸先端科学技術大学院大学", TRUE },
  { "小川瑞史 @", FALSE },
  { "Daniel GAINA @ Institute of Mathematics for Industry (IMI), Kyushu University", TRUE },
  { "Ann Lee, Stories for Nowhere", FALSE },
  { "云原生应用的未来", FALSE },
  { "CNCF Graduated Project Updates", FALSE },
  { "eBPF: Unlocking the Kernel", FALSE },
  { "What to Expect Running at Scale", FALSE },
  { "Past, Present and Future", FALSE },
  { "Flynn, Buoyant", FALSE },
  { "The Not-So-Hard Way", FALSE },
  { "Who Has the Right of Way?", FALSE },
  { "Everything You Need to Know in 5 Minutes", FALSE },
  { "Jane Doe, Acme | 13:35", FALSE },
  { "Jane Doe 2, Acme", FALSE },
  { "Jane Doe, 12345", FALSE },
  { "Jane Doe, talks with us", FALSE },
  { "Observing Kubernetes Networking with Cilium, Hubble and Grafana", FALSE },
  { "Getting Started Contributing", FALSE },
  { "Ask Me Anything", FALSE },
  { "", FALSE },
  { " & , ; ", FALSE },
};

static void
test_looks_like_people (void)
{
  g_assert_false (lineup_byline_looks_like_people (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (people_cases); i++)
    {
      g_test_message ("people? %s", people_cases[i].text);
      g_assert_cmpint (lineup_byline_looks_like_people (people_cases[i].text), ==,
                       people_cases[i].people);
    }
}

typedef struct
{
  guint        n;
  const gchar *names[MAX_SPEAKERS];
  const gchar *affiliations[MAX_SPEAKERS];
  const gchar *expected;
} FormatCase;

static const FormatCase format_cases[] = {
  { 0, { NULL }, { NULL }, "" },
  { 1, { "Liz Rice" }, { NULL }, "Liz Rice" },
  { 1, { "Liz Rice" }, { "Isovalent" }, "Liz Rice (Isovalent)" },
  { 2, { "Hemanth Malla", "Maxime Visonneau" }, { "Datadog", "Datadog" },
    "Hemanth Malla, Maxime Visonneau (Datadog)" },
  { 2, { "Marcel Zięba", "Dorde Lapcevic" }, { "Isovalent", "Google" },
    "Marcel Zięba (Isovalent), Dorde Lapcevic (Google)" },
  { 4, { "A B", "C D", "E F", "G H" }, { "X", NULL, "X", "X" },
    "A B (X), C D, E F, G H (X)" },
  { 3, { "A B", "C D", "E F" }, { NULL, NULL, "" }, "A B, C D, E F" },
};

static void
test_format_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      g_autoptr(GPtrArray) speakers = NULL;
      g_autofree gchar *text = NULL;

      speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) lineup_speaker_free);
      for (guint j = 0; j < format_cases[i].n; j++)
        g_ptr_array_add (speakers, lineup_speaker_new (format_cases[i].names[j],
                                                       format_cases[i].affiliations[j]));
      text = lineup_byline_format (speakers);
      g_assert_cmpstr (text, ==, format_cases[i].expected);
    }
}

static void
test_format_null (void)
{
  g_autofree gchar *text = lineup_byline_format (NULL);

  g_assert_cmpstr (text, ==, "");
}

static void
test_parse_format_round_trip (void)
{
  g_autoptr(GPtrArray) speakers =
    lineup_byline_parse ("James McShane, SuperOrbital; Hemanth Malla, Datadog; "
                         "Liz Rice & Thomas Graf, Isovalent");
  g_autofree gchar *text = lineup_byline_format (speakers);

  g_assert_cmpstr (text, ==,
                   "James McShane (SuperOrbital), Hemanth Malla (Datadog), Liz Rice, Thomas Graf "
                   "(Isovalent)");
}

static void
test_speaker_boxed (void)
{
  g_autoptr(LineupSpeaker) speaker = lineup_speaker_new ("Marcel Zięba", "Isovalent");
  g_autoptr(LineupSpeaker) none = lineup_speaker_new ("Flynn", "");
  LineupSpeaker *copy;

  g_assert_true (G_TYPE_IS_BOXED (LINEUP_TYPE_SPEAKER));
  g_assert_cmpstr (g_type_name (LINEUP_TYPE_SPEAKER), ==, "LineupSpeaker");

  copy = g_boxed_copy (LINEUP_TYPE_SPEAKER, speaker);
  g_assert_true (copy != speaker);
  g_assert_true (copy->name != speaker->name);
  g_assert_cmpstr (copy->name, ==, "Marcel Zięba");
  g_assert_cmpstr (copy->affiliation, ==, "Isovalent");
  g_boxed_free (LINEUP_TYPE_SPEAKER, copy);

  /* An empty affiliation is stored as none. */
  g_assert_null (none->affiliation);
  copy = lineup_speaker_copy (none);
  g_assert_null (copy->affiliation);
  g_assert_cmpstr (copy->name, ==, "Flynn");
  lineup_speaker_free (copy);
  lineup_speaker_free (NULL);
}

/* The expected speaker count of every talk link of the built-in post, read
 * by hand, in the order of the post. */
static const struct
{
  const gchar *title_start;
  guint        n_speakers;
} builtin_expected[] = {
  { "From Imagination to Implementation", 2 },
  { "Controlling Access to External APIs", 1 },
  { "Sponsored Keynote: Advancing Cilium", 1 },
  { "Sponsored Keynote: Effortless Mutual", 1 },
  { "What's Smoother Than Your Morning", 1 },
  { "Using Cilium CNI in ClickHouse Cloud", 1 },
  { "Past, Present, Future of Tetragon", 2 },
  { "Secure Infrastructure with Combined", 1 },
  { "From Eventual to Strict Encryption", 1 },
  { "Come BGP with Me", 2 },
  { "Day 2 with Cilium", 2 },
  { "Why KVStoreMesh?", 1 },
  { "Migrating from Legacy with Ease", 1 },
  { "Netreap: Bridging the Gap", 1 },
  { "Lightning Talk:", 1 },
  { "Keynote: CNCF Graduated Project Updates", 0 },
  { "When Is a Secure Connection Not Encrypted?", 1 },
  { "Tutorial: Demystifying Cilium", 1 },
  { "Service Mesh Battle Scars", 5 },
  { "Turning up Performance to 11", 1 },
  { "Paint the Picture!", 2 },
  { "Documentary Film - eBPF: Unlocking the Kernel", 0 },
  { "🚨 Contribfest", 2 },
  { "Cilium: From Service Mesh to Kubernetes", 4 },
  { "Scaling Kubernetes Networking to 1k", 2 },
};

/* "[text](url)" lines of the post → link texts. */
static GPtrArray *
link_texts (const gchar *contents)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const gchar *close;

      if (lines[i][0] != '[')
        continue;
      close = strstr (lines[i], "](");
      g_assert_nonnull (close);
      g_ptr_array_add (texts, g_strndup (lines[i] + 1, close - lines[i] - 1));
    }
  return texts;
}

static void
test_builtin_post (void)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "..", "data", "posts",
                                                  "cilium-kubecon-na-2023.md", NULL);
  g_autofree gchar *contents = NULL;
  g_autofree gchar *probe = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  /* The post is mojibake (UTF-8 read as Mac Roman): without the repair,
   * "Ram√≠rez" is not a name. */
  probe = lineup_text_repair_mojibake ("Luis Ram\xe2\x88\x9a\xe2\x89\xa0rez, SuperOrbital");
  g_assert_cmpstr (probe, ==, "Luis Ramírez, SuperOrbital");

  texts = link_texts (contents);
  g_assert_cmpuint (texts->len, ==, G_N_ELEMENTS (builtin_expected));
  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree gchar *text = lineup_text_repair_mojibake (g_ptr_array_index (texts, i));
      g_autofree gchar *title = NULL;
      g_autofree gchar *byline = NULL;
      g_autoptr(GPtrArray) speakers = NULL;

      lineup_byline_split (text, &title, &byline);
      speakers = lineup_byline_parse (byline);
      g_test_message ("%s ⇒ [%s] [%s]", text, title, byline ? byline : "(none)");

      g_assert_true (g_str_has_prefix (title, builtin_expected[i].title_start));
      g_assert_cmpuint (strlen (title), >, 0);
      g_assert_null (strchr (title, '`'));
      g_assert_cmpuint (speakers->len, ==, builtin_expected[i].n_speakers);
      g_assert_true ((byline == NULL) == (builtin_expected[i].n_speakers == 0));
      for (guint j = 0; j < speakers->len; j++)
        {
          const LineupSpeaker *speaker = g_ptr_array_index (speakers, j);

          /* Every speaker of this post has an affiliation. */
          g_assert_nonnull (speaker->affiliation);
          g_assert_cmpuint (strlen (speaker->name), >, 0);
        }
    }
}

/* Specific bylines of the built-in post, name by name, after the split. */
static const ParseCase builtin_cases[] = {
  { "Service Mesh Battle Scars", 5,
    { "Keith Mattix", "John Howard", "Lin Sun", "Thomas Graf", "Flynn" },
    { "Microsoft", "Google", "solo.io", "Isovalent", "Buoyant" } },
  { "Sponsored Keynote: Effortless Mutual", 1, { "Christine Kim" }, { "Isovalent" } },
  { "Scaling Kubernetes Networking", 2,
    { "Marcel Zięba", "Dorde Lapcevic" }, { "Isovalent", "Google" } },
  { "Controlling Access to External APIs", 1, { "Luis Ramírez" }, { "SuperOrbital" } },
  { "From Imagination to Implementation", 2,
    { "Joseph Sandoval", "Tony Gosselin" }, { "Adobe", "Adobe" } },
  { "Using Cilium CNI", 1, { "Timur Solodovnikov" }, { "ClickHouse, Inc" } },
};

static void
test_builtin_bylines (void)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "..", "data", "posts",
                                                  "cilium-kubecon-na-2023.md", NULL);
  g_autofree gchar *raw = NULL;
  g_autofree gchar *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  g_file_get_contents (path, &raw, NULL, &error);
  g_assert_no_error (error);
  contents = lineup_text_repair_mojibake (raw);
  /* Without the repair, "Ram√≠rez" is not a name: a regression of the
   * repair fails here rather than in the cases below. */
  g_assert_nonnull (strstr (contents, "Ramírez"));

  texts = link_texts (contents);
  for (guint i = 0; i < G_N_ELEMENTS (builtin_cases); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < texts->len && !found; j++)
        {
          const gchar *text = g_ptr_array_index (texts, j);
          g_autofree gchar *title = NULL;
          g_autofree gchar *byline = NULL;
          g_autoptr(GPtrArray) speakers = NULL;

          if (!g_str_has_prefix (text, builtin_cases[i].byline))
            continue;
          found = TRUE;
          lineup_byline_split (text, &title, &byline);
          speakers = lineup_byline_parse (byline);
          assert_speakers (text, speakers, &builtin_cases[i]);
        }
      g_assert_true (found);
    }
}

/* The expectations of the real posts in tests/data: JSON arrays of
 * {"title", "speakers": ["Name", …]}. */
static JsonArray *
load_expectations (const gchar  *json_name,
                   JsonParser  **parser_out)
{
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", json_name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_nonnull (array);
  *parser_out = g_steal_pointer (&parser);
  return array;
}

static void
assert_names (const gchar *what,
              GPtrArray   *speakers,
              JsonArray   *names)
{
  g_autofree gchar *got = lineup_byline_format (speakers);

  g_test_message ("%s ⇒ %s", what, got);
  g_assert_cmpuint (speakers->len, ==, json_array_get_length (names));
  for (guint i = 0; i < speakers->len; i++)
    {
      const LineupSpeaker *speaker = g_ptr_array_index (speakers, i);

      g_assert_cmpstr (speaker->name, ==, json_array_get_string_element (names, i));
    }
}

/* Cilium posts: every talk is a "[Title - Speakers](url)" link (possibly
 * under "### "), in the order of the expectations. */
static void
test_data_cilium_links (gconstpointer data)
{
  const gchar *stem = data;
  g_autofree gchar *md_name = g_strconcat (stem, ".md", NULL);
  g_autofree gchar *json_name = g_strconcat (stem, ".json", NULL);
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", md_name, NULL);
  g_autofree gchar *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *expected;
  guint n = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  expected = load_expectations (json_name, &parser);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const gchar *line = lines[i];
      const gchar *close;
      g_autofree gchar *text = NULL;
      g_autofree gchar *title = NULL;
      g_autofree gchar *byline = NULL;
      g_autoptr(GPtrArray) speakers = NULL;
      JsonObject *talk;

      if (g_str_has_prefix (line, "### "))
        line += 4;
      if (line[0] != '[' || (close = strstr (line, "](")) == NULL)
        continue;
      text = g_strndup (line + 1, close - line - 1);
      lineup_byline_split (text, &title, &byline);
      speakers = lineup_byline_parse (byline);

      g_assert_cmpuint (n, <, json_array_get_length (expected));
      talk = json_array_get_object_element (expected, n++);
      /* The expected title has its decorative emoji stripped. */
      g_assert_true (g_str_has_suffix (title, json_object_get_string_member (talk, "title")));
      assert_names (text, speakers, json_object_get_array_member (talk, "speakers"));
    }
  g_assert_cmpuint (n, ==, json_array_get_length (expected));
}

/* Pixie post: "- 11:55 AM EDT: [Title](url) - Name (Org), Name (Org)": the
 * speaker line after the link, found by title. */
static void
test_data_pixie_lines (void)
{
  const gchar *stem = "pixie-io_blog.px.dev__content_blog_kubecon-na-2022_index";
  g_autofree gchar *md_name = g_strconcat (stem, ".md", NULL);
  g_autofree gchar *json_name = g_strconcat (stem, ".json", NULL);
  g_autofree gchar *path = g_test_build_filename (G_TEST_DIST, "data", md_name, NULL);
  g_autofree gchar *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *expected;
  guint checked = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  expected = load_expectations (json_name, &parser);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const gchar *open = strchr (lines[i], '[');
      const gchar *close = open ? strstr (open, "](") : NULL;
      const gchar *url_end = close ? strchr (close, ')') : NULL;
      const gchar *after = url_end && g_str_has_prefix (url_end, ") - ") ? url_end : NULL;
      g_autofree gchar *title = NULL;
      g_autoptr(GPtrArray) speakers = NULL;

      if (!g_str_has_prefix (lines[i], "- ") || after == NULL)
        continue;
      title = g_strndup (open + 1, close - open - 1);
      speakers = lineup_byline_parse (after + 2);
      g_assert_true (lineup_byline_looks_like_people (after + 4));

      for (guint j = 0; j < json_array_get_length (expected); j++)
        {
          JsonObject *talk = json_array_get_object_element (expected, j);

          if (g_strcmp0 (json_object_get_string_member (talk, "title"), title) != 0)
            continue;
          assert_names (after + 2, speakers, json_object_get_array_member (talk, "speakers"));
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 10);
}

/* @size bytes of one unit (the string @data), then a real byline, so the
 * split still has something to find. */
static gpointer
make_big_byline (gsize    size,
                 gpointer data)
{
  const gchar *unit = data;
  GString *big = g_string_new (NULL);

  while (big->len < size)
    g_string_append (big, unit);
  g_string_append (big, " - Jane Doe, Acme");
  return g_string_free (big, FALSE);
}

/* Splits, parses, formats and judges a big byline. */
static void
handle_big_byline (gpointer input,
                   gpointer data)
{
  g_autofree gchar *title = NULL;
  g_autofree gchar *byline = NULL;
  g_autoptr(GPtrArray) speakers = NULL;
  g_autofree gchar *formatted = NULL;

  lineup_byline_split (input, &title, &byline);
  g_assert_nonnull (title);
  speakers = lineup_byline_parse (input);
  formatted = lineup_byline_format (speakers);
  g_assert_nonnull (formatted);
  (void) lineup_byline_looks_like_people (input);
}

/* Big and hostile inputs: no crash, and no quadratic time (512 KB of each
 * unit takes at most 12 times as long as 128 KB). */
static void
test_hostile (void)
{
  static const gchar *units[] = {
    " - ", "(", ")", "&", ",", ";", " and ", "`- ", "Jane Doe", "\xe2\x80\x94", "\xff", "- ",
    "A", " ", "((((", "))))", "\n> ", "\\", "*_", ", Inc", "Jane Doe & ", "Jane Doe, ",
    "Jane Doe (Acme) ", "Jane, CTO, ",
  };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autofree gchar *escaped = g_strescape (units[u], NULL);
      g_autofree gchar *what = g_strdup_printf ("\"%s\"", escaped);

      lineup_test_assert_linear (what, 128 * 1024, make_big_byline, handle_big_byline, g_free,
                                 (gpointer) units[u]);
    }

  /* Truncated UTF-8 and lone separators. */
  {
    static const gchar *odd[] = {
      "\xc3", "(", ")", "&", " - ", "-", "`- ", "a - \xe2\x80", "Jane Doe (Acme", "( Jane",
      "Jane Doe, Acme, Inc, Inc, Inc", "by ", "> > > --", "Jane Doe\\",
    };

    for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
      {
        g_autofree gchar *title = NULL;
        g_autofree gchar *byline = NULL;
        g_autoptr(GPtrArray) speakers = lineup_byline_parse (odd[i]);

        lineup_byline_split (odd[i], &title, &byline);
        g_assert_nonnull (title);
        for (guint j = 0; j < speakers->len; j++)
          {
            const LineupSpeaker *speaker = g_ptr_array_index (speakers, j);

            g_assert_true (g_utf8_validate (speaker->name, -1, NULL));
          }
      }
  }
}

static void
test_unclosed_paren (void)
{
  g_autoptr(GPtrArray) speakers = lineup_byline_parse ("Jane Doe (Acme");
  const LineupSpeaker *speaker;

  g_assert_cmpuint (speakers->len, ==, 1);
  speaker = g_ptr_array_index (speakers, 0);
  g_assert_cmpstr (speaker->name, ==, "Jane Doe");
  g_assert_cmpstr (speaker->affiliation, ==, "Acme");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/speaker/boxed", test_speaker_boxed);
  g_test_add_func ("/byline/format/table", test_format_table);
  g_test_add_func ("/byline/format/null", test_format_null);
  g_test_add_func ("/byline/format/round-trip", test_parse_format_round_trip);
  g_test_add_func ("/byline/parse/table", test_parse_table);
  g_test_add_func ("/byline/parse/null", test_parse_null);
  g_test_add_func ("/byline/parse/unclosed-paren", test_unclosed_paren);
  g_test_add_func ("/byline/split/table", test_split_table);
  g_test_add_func ("/byline/split/null-outputs", test_split_null_outputs);
  g_test_add_func ("/byline/split/parse", test_split_parse_table);
  g_test_add_func ("/byline/looks-like-people", test_looks_like_people);
  g_test_add_func ("/byline/builtin-post/counts", test_builtin_post);
  g_test_add_func ("/byline/builtin-post/speakers", test_builtin_bylines);
  g_test_add_data_func ("/byline/data/cilium-2022",
                        "cilium_cilium.io__src_posts_2022-10-18-kubecon-talks_index",
                        test_data_cilium_links);
  g_test_add_data_func ("/byline/data/cilium-2024",
                        "cilium_cilium.io__src_posts_2024-02-02-"
                        "cilium-talks-at-kubecon-eu-2024_index",
                        test_data_cilium_links);
  g_test_add_func ("/byline/data/pixie", test_data_pixie_lines);
  g_test_add_func ("/byline/hostile", test_hostile);

  return g_test_run ();
}
