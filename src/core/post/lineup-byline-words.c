/* lineup-byline-words.c — what names, roles and organisations look like
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "lineup-byline"

#include "config.h"

#include <string.h>

#include "lineup-byline-private.h"

/* Lower-case words that may sit inside a name ("Raymond de Jong", "Ludwig
 * van Beethoven") but neither start nor end it. */
static const gchar * const particles[] = {
  "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du",
  "dos", "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", NULL
};

/* Words that make a comma part a job title, which is dropped. */
static const gchar * const role_words[] = {
  "CTO", "CEO", "CFO", "COO", "CIO", "CISO", "CPO", "VP", "SVP", "EVP", "Founder",
  "Co-founder", "Cofounder", "Co-Founder", "Maintainer", "Maintainers", "Engineer",
  "Developer", "Advocate", "Manager", "Director", "Architect", "Evangelist",
  "Principal", "Senior", "Staff", "President", "Chief", "Officer", "Contributor",
  "Chair", "Co-chair", "Researcher", "Scientist", "Student", "Professor",
  "Consultant", "Intern", "SRE", "Head", "Lead", "Ambassador", "Champion", "Creator",
  "Co-creator", "Cocreator", "Author", "Co-author", "Co-maintainer", "Co-lead", "Committer",
  "Specialist", "Analyst", "Technologist", "Strategist", "Organizer", "Organiser",
  "Organizers", "Organisers", NULL
};

/* Words that make a part read as an organisation rather than a person. */
static const gchar * const org_words[] = {
  "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "GmbH", "Corp", "Corp.", "Corporation",
  "Company", "Systems", "Technologies", "Technology", "Labs", "Lab", "Networks",
  "Cloud", "Software", "Solutions", "Services", "Hat", "Plane", "Times", "Group",
  "University", "Universität", "Université", "Universidad", "College", "Institute",
  "Foundation", "Security", "Data", "Web", "Bank", "Research", "Partners",
  "Consulting", "Computing", "Studio", "Studios", "Games", "Media", "Digital",
  "Telecom", "Communications", "Platforms", "Interactive", "Holdings", "Capital",
  "Analytics", "Robotics", "Ventures", "Project", "Community", "Canada",
  /* Plural company nouns no surname is made of ("Polar Signals"). */
  "Signals", "Industries", "Dynamics", "Insights", "Metrics", "Machines", "Devices",
  "Sciences", "Logistics", "Semiconductors", "Microsystems",
  /* public bodies and their parts ("Edinburgh Parallel Computing Centre") */
  "Centre", "Center", "Department", "Laboratory", "Laboratories", "Society", "Association",
  "Agency", "Council", "Ministry", "Academy", NULL
};

/* A comma part made only of one of these stays with the previous org. */
static const gchar * const org_suffixes[] = {
  "Inc", "Inc.", "LLC", "L.L.C.", "Ltd", "Ltd.", "GmbH", "Corp", "Corp.", "AG",
  "SA", "S.A.", "SAS", "BV", "B.V.", "PLC", "Co", "Co.", "Limited", "LLP", "Oy",
  "AB", "ApS", "KK", "Pty", "Pty Ltd", NULL
};

/* Organisations common in cloud-native bylines; only used for the "A & B Org"
 * layout with no comma, where nothing else tells "Org" from a surname. */
static const gchar * const known_orgs[] = {
  "Adobe", "Google", "Microsoft", "Amazon", "AWS", "Apple", "Meta", "Facebook",
  "Intel", "Cisco", "Netflix", "IBM", "Oracle", "VMware", "Weaveworks", "Buoyant",
  "Jetstack", "Isovalent", "Datadog", "SUSE", "Canonical", "Cloudflare", "Tetrate",
  "Twitter", "Uber", "Shopify", "Spotify", "Salesforce", "Alibaba", "Tencent",
  "Huawei", "Bloomberg", "Elastic", "GitLab", "GitHub", "HashiCorp", "Docker",
  "Mirantis", "Rancher", "NVIDIA", "Nutanix", "Palantir", "Sysdig", "Splunk",
  "Grafana", "Dynatrace", "Akamai", "Equinix", "Intuit", "Airbnb", "LinkedIn",
  "Yahoo", "eBay", "PayPal", "Stripe", "Snyk", "Aqua", "Chainguard", "Kong",
  "Mercari", "Rakuten", "Okteto", "Codefresh", "Fermyon", "Roche", "Seznam", NULL
};

/* Words of talk titles that do not occur in people's names (compared without
 * case).  "CNCF Graduated Project Updates" is four capitalised words, but not
 * a person. */
static const gchar * const title_words[] = {
  "With", "To", "The", "Of", "For", "In", "On", "A", "An", "At", "And", "Or",
  "From", "By", "Into", "Via", "Toward", "Towards", "Is", "Are", "How", "What", "Why",
  "When", "Where", "Who", "Your", "Our", "My", "Not", "It", "We", "You", "Its", "This", "That",
  "Running", "Project", "Projects", "Update", "Updates", "Graduated", "Keynote",
  "Talk", "Lightning", "Workshop", "Tutorial", "Panel", "Session", "Introduction",
  "Intro", "Deep", "Dive", "Unlocking", "Getting", "Started", "Expect", "Scale",
  "Network", "Networking", "Security", "Cloud", "Native", "Service", "Mesh",
  "Kubernetes", "Cilium", "eBPF", "Linux", "Open", "Source", "Beyond", "Meeting",
  "Community", "Lessons", "Learned", "Learnt", "Film", "Documentary", "Demo",
  "Closing", "Opening", "Remarks", "Welcome", "Break", "Lunch", "Office", "Hours",
  "Contribfest", "Kernel", "Future", "Past", "Present", "Way", "Day", "Me", "Us",
  "Them", "All", "Anything", "Everything", "Nothing", "Ask", "Meet", "Hello", "New",
  "Best", "Practices", "Using", "Building", "Introducing", "Hands-on", "Q&A",
  "Studies", "Strategies", "Technologies", "Challenges", "Directions", "Approaches",
  /* verbs a title opens with ("Deploy Enterprise-Grade Kubernetes: …") */
  "Deploy", "Deploying", "Build", "Run", "Secure", "Securing", "Scaling", "Migrate",
  "Migrating", "Monitor", "Monitoring", "Automate", "Automating", "Make", "Making",
  "Bring", "Bringing", "Put", "Manage", "Managing", "Explore", "Exploring",
  /* other languages' talks and openings ("Conferência de Abertura") */
  "Conferência", "Conferencia", "Conférence", "Palestra", "Ponencia", "Vortrag",
  "Abertura", "Apertura", "Ouverture", "Eröffnung", NULL
};

/* Lower-case words that belong to sentences, not to organisation names
 * ("white duck" and "cert-manager" are fine, "at Scale" is not). */
static const gchar * const function_words[] = {
  "with", "to", "for", "in", "on", "at", "from", "by", "into", "via", "vs", "how",
  "what", "why", "when", "where", "is", "are", "your", "our", "my", "we", "you",
  "it", "this", "that", NULL
};

/* The lists above as hash sets, built once: a byline is checked against
 * them word by word, and a post may hold a hundred thousand bylines.  A list
 * compared without case holds its words in ASCII lower case. */
static const struct
{
  const gchar * const *list;
  gboolean             ignore_case;
} word_lists[] = {
  { particles, FALSE }, { role_words, TRUE }, { org_words, TRUE }, { org_suffixes, TRUE },
  { known_orgs, TRUE }, { title_words, TRUE }, { function_words, FALSE },
};

/* Longer than any word of the lists. */
#define MAX_LIST_WORD 32

static GHashTable *word_sets[G_N_ELEMENTS (word_lists)];

static GHashTable *
word_set (const gchar * const *list)
{
  static gsize built = 0;
  guint i;

  if (g_once_init_enter (&built))
    {
      for (guint l = 0; l < G_N_ELEMENTS (word_lists); l++)
        {
          word_sets[l] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint w = 0; word_lists[l].list[w] != NULL; w++)
            {
              const gchar *word = word_lists[l].list[w];

              g_assert (strlen (word) < MAX_LIST_WORD);
              g_hash_table_add (word_sets[l], word_lists[l].ignore_case ? g_ascii_strdown (word, -1)
                                                                         : g_strdup (word));
            }
        }
      g_once_init_leave (&built, 1);
    }

  for (i = 0; i < G_N_ELEMENTS (word_lists); i++)
    if (word_lists[i].list == list)
      break;
  g_assert (i < G_N_ELEMENTS (word_lists));
  return word_sets[i];
}

/* Whether @word is in @list (one of word_lists), ignoring ASCII case when
 * the list says so, as g_ascii_strcasecmp() does. */
static gboolean
word_in (const gchar         *word,
         const gchar * const *list,
         gboolean             ignore_case)
{
  gchar lower[MAX_LIST_WORD];
  gsize i;

  if (!ignore_case)
    return g_hash_table_contains (word_set (list), word);
  for (i = 0; word[i] != '\0'; i++)
    {
      if (i + 1 >= MAX_LIST_WORD)
        return FALSE;
      lower[i] = g_ascii_tolower (word[i]);
    }
  lower[i] = '\0';
  return g_hash_table_contains (word_set (list), lower);
}

static gboolean
any_word_in (gchar * const       *words,
             const gchar * const *list,
             gboolean             ignore_case)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (word_in (words[i], list, ignore_case))
      return TRUE;
  return FALSE;
}

/* Splits at single spaces, dropping empty words (the text is normalised). */
gchar **
lineup_byline_split_words (const gchar *text)
{
  GPtrArray *words = g_ptr_array_new ();
  const gchar *p = text;

  while (*p != '\0')
    {
      const gchar *start;

      while (*p == ' ')
        p++;
      start = p;
      while (*p != '\0' && *p != ' ')
        p++;
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }
  g_ptr_array_add (words, NULL);
  return (gchar **) g_ptr_array_free (words, FALSE);
}

/* A word with no letter or digit at all ("🚀", "·") takes no part in the
 * judgement but is kept in the name. */
static gboolean
is_symbol_word (const gchar *word)
{
  for (const gchar *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
is_quote (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

/* "Hemanth", "Zięba", "O'Brien", "Olmsted-Thompson", "J.", "王伟", or a
 * quoted nickname ("\"Pinky\"").  No digit, starts with a letter that is not
 * lower case. */
static gboolean
is_name_word (const gchar *word)
{
  const gchar *p = word;
  gunichar first = g_utf8_get_char (p);
  gboolean quoted = FALSE;

  if (is_quote (first))
    {
      quoted = TRUE;
      p = g_utf8_next_char (p);
      first = g_utf8_get_char (p);
    }
  if (!g_unichar_isalpha (first) || g_unichar_islower (first))
    return FALSE;
  /* "Let's", "Google's": a name is no possessive */
  if (g_str_has_suffix (word, "'s") || g_str_has_suffix (word, "\xE2\x80\x99s"))
    return FALSE;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) || g_unichar_ismark (c) || c == '-' || c == '.'
          || c == '\'' || c == 0x2019)
        continue;
      if (quoted && is_quote (c))
        continue;
      return FALSE;
    }
  return TRUE;
}

/* "Navigating Complexity", "Scaling Strategies": a title may open with a
 * verb's -ing form, a person's given name hardly does (short ones such as
 * "Ming" or "Xing" excepted). */
static gboolean
is_gerund (const gchar *word)
{
  static const gchar * const names[] = {
    "Sterling", "Channing", "Browning", "Manning", "Irving", "Deming", "Fleming", "Keating",
    "Harding", "Golding", "Dowling", NULL
  };
  gsize length = strlen (word);

  return length >= 6 && g_str_has_suffix (word, "ing") && !g_strv_contains (names, word);
}

/* The syllables of Hanyu Pinyin, each between spaces. */
static const gchar pinyin[] =
  " a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai "
  "can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua "
  "chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de "
  "dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan "
  "fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan "
  "guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui "
  "hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao "
  "ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei "
  "leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man "
  "mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne "
  "nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai "
  "pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie "
  "qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run "
  "ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou "
  "shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang "
  "tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen "
  "weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao "
  "ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai "
  "zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun "
  "zhuo zi zong zou zu zuan zui zun zuo ";

#define MAX_PINYIN_SYLLABLE 6
#define MAX_PINYIN_WORD 18

/* How many syllables of Pinyin @word is at fewest ("Haining": hai-ning, 2);
 * 0 when it is none ("Scaling"). */
static guint
pinyin_syllables (const gchar *word)
{
  guint fewest[MAX_PINYIN_WORD + 1];
  gchar key[MAX_PINYIN_SYLLABLE + 3];
  gsize n = strlen (word);

  if (n == 0 || n > MAX_PINYIN_WORD)
    return 0;
  fewest[0] = 0;
  for (gsize i = 1; i <= n; i++)
    fewest[i] = G_MAXUINT;
  for (gsize i = 0; i < n; i++)
    for (gsize length = 1; fewest[i] != G_MAXUINT && length <= MAX_PINYIN_SYLLABLE &&
         i + length <= n; length++)
      {
        key[0] = ' ';
        for (gsize k = 0; k < length; k++)
          key[k + 1] = g_ascii_tolower (word[i + k]);
        key[length + 1] = ' ';
        key[length + 2] = '\0';
        if (strstr (pinyin, key) != NULL)
          fewest[i + length] = MIN (fewest[i + length], fewest[i] + 1);
      }
  return fewest[n] != G_MAXUINT ? fewest[n] : 0;
}

/* "Haining Tong", "Yiming Li": a Chinese given name in Pinyin, its -ing
 * no verb's, then a family name of one syllable. */
static gboolean
is_pinyin_name (gchar **words,
                guint   first,
                guint   last)
{
  guint given;

  if (last - first != 2)
    return FALSE;
  given = pinyin_syllables (words[first]);
  return given >= 2 && given <= 3 && pinyin_syllables (words[first + 1]) == 1;
}

/* "田中哲", "马全一", "김민수": a name written in Han characters (or Hangul)
 * has no space between family and given name; two to four of them. */
#define MIN_CJK_NAME_CHARS 2
#define MAX_CJK_NAME_CHARS 4

gboolean
lineup_byline_is_cjk_name (const gchar *word)
{
  guint n = 0;

  for (const gchar *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if ((script != G_UNICODE_SCRIPT_HAN && script != G_UNICODE_SCRIPT_HANGUL) ||
          ++n > MAX_CJK_NAME_CHARS)
        return FALSE;
    }
  return n >= MIN_CJK_NAME_CHARS;
}

NameShape
lineup_byline_name_shape (const gchar *name)
{
  g_auto(GStrv) words = lineup_byline_split_words (name);
  NameShape shape = { 0, 0, TRUE };
  guint n = g_strv_length (words);
  guint first = 0, last = n;

  /* a family and a given name in one word */
  if (n == 1 && lineup_byline_is_cjk_name (words[0]))
    {
      shape.words = 2;
      return shape;
    }

  while (first < n && is_symbol_word (words[first]))
    first++;
  while (last > first && is_symbol_word (words[last - 1]))
    last--;

  for (guint i = first; i < last; i++)
    {
      if (is_symbol_word (words[i]))
        continue;
      shape.words++;
      if (i != first && i != last - 1 && word_in (words[i], particles, FALSE))
        shape.particles++;
      /* "Jennifer A Stark": a middle initial without its dot, not "a" */
      else if (i != first && i != last - 1 && g_ascii_isupper (words[i][0]) && words[i][1] == '\0')
        ;
      /* "SOFAMosn 持续演进路径及实践案例": a word in Han characters longer
       * than a name's is a phrase */
      else if (g_unichar_get_script (g_utf8_get_char (words[i])) == G_UNICODE_SCRIPT_HAN &&
               g_utf8_strlen (words[i], -1) > MAX_CJK_NAME_CHARS)
        shape.plausible = FALSE;
      else if (!is_name_word (words[i]) || word_in (words[i], title_words, TRUE)
               || strlen (words[i]) > 40 || (i == first && i + 1 < last && is_gerund (words[i]) &&
                   !is_pinyin_name (words, first, last)))
        shape.plausible = FALSE;
    }
  if (shape.words == 0 || shape.words > 5 || shape.words - shape.particles > 4)
    shape.plausible = FALSE;
  return shape;
}

static gboolean
has_char_where (const gchar *text,
                gboolean   (*pred) (gunichar))
{
  for (const gchar *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (pred (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

gboolean
lineup_byline_is_role (const gchar *text)
{
  g_auto(GStrv) words = lineup_byline_split_words (text);

  return any_word_in (words, role_words, TRUE);
}

/* "co-founder Diagrid" (after "Dapr co-creator &"), "CEO" (after "Co-founder
 * and"), "Team Lead at CoreOS" (after "Developer and"): the role words that
 * open @text (one or two words may qualify them), and the organisation
 * after them in *org ("" when none).  FALSE when @text does not start with
 * a role. */
gboolean
lineup_byline_split_role_org (const gchar  *text,
                              gchar       **org)
{
  static const gchar * const links[] = { "at", "of", "@", "bei", "chez", NULL };
  g_auto(GStrv) words = lineup_byline_split_words (text);
  guint i = 0;

  while (i < 2 && words[i] != NULL && !word_in (words[i], role_words, TRUE))
    i++;
  if (words[i] == NULL || !word_in (words[i], role_words, TRUE))
    return FALSE;
  while (words[i] != NULL && word_in (words[i], role_words, TRUE))
    i++;
  if (words[i] != NULL && i > 0 && g_strv_contains (links, words[i]))
    i++;
  *org = g_strjoinv (" ", words + i);
  return TRUE;
}

gboolean
lineup_byline_is_org_suffix (const gchar *text)
{
  return word_in (text, org_suffixes, TRUE);
}

/* "J.", "J.R.": a name's initials, their dots no company's ("solo.io"). */
static gboolean
is_initials (const gchar *word)
{
  if (*word == '\0')
    return FALSE;
  for (const gchar *p = word; *p != '\0'; p += 2)
    if (!g_ascii_isupper (p[0]) || p[1] != '.')
      return FALSE;
  return TRUE;
}

/* A dot in a word that is no initial. */
static gboolean
has_dot_outside_initials (gchar * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strchr (words[i], '.') != NULL && !is_initials (words[i]))
      return TRUE;
  return FALSE;
}

/* Used only to choose between "name in a list" and "affiliation" for a comma
 * part that is neither first nor last in its group. */
static gboolean
looks_like_org (const gchar *text)
{
  g_auto(GStrv) words = lineup_byline_split_words (text);

  if (g_strv_length (words) < 2)
    return TRUE;
  if (has_dot_outside_initials (words) || strchr (text, '@') != NULL
      || has_char_where (text, g_unichar_isdigit))
    return TRUE;
  if (any_word_in (words, org_words, TRUE) || any_word_in (words, org_suffixes, TRUE))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);

      if (g_unichar_islower (c) && !word_in (words[i], particles, FALSE))
        return TRUE;
    }
  return FALSE;
}

gboolean
lineup_byline_looks_like_list_name (const gchar *text)
{
  NameShape shape;

  if (looks_like_org (text))
    return FALSE;
  shape = lineup_byline_name_shape (text);
  return shape.plausible && shape.words >= 2;
}

/* "Lightstep from ServiceNow": an organisation owned by another is still one
 * organisation, when "from" follows a capitalised word and precedes one
 * shaped like a company's name ("Stories from Nowhere" stays a sentence). */
static gboolean
is_from_between_orgs (gchar * const *words,
                      guint          i)
{
  return i > 0 && words[i + 1] != NULL && strcmp (words[i], "from") == 0
         && !g_unichar_islower (g_utf8_get_char (words[i - 1]))
         && lineup_byline_org_shaped_word (words[i + 1]);
}

/* "Centre for Transport Studies", "Institute for Mathematical Innovation",
 * "Institute of Mathematics for Industry": "for" after the noun of an
 * institution (and its capitalised words or "of"), before a capitalised
 * word. */
static gboolean
is_for_after_institution (gchar * const *words,
                          guint          i)
{
  static const gchar * const institutions[] = {
    "Centre", "Center", "Institute", "School", "Foundation", "Society", "Association",
    "Council", "Agency", "Office", "Ministry", "Laboratory", "Lab", "Department", "Alliance",
    "Initiative", "Network", "Consortium", "Committee", "Fund", "Trust", "Academy", NULL
  };

  guint j = i;

  if (words[i + 1] == NULL || strcmp (words[i], "for") != 0 ||
      !g_unichar_isupper (g_utf8_get_char (words[i + 1])))
    return FALSE;
  while (j > 0 && !g_strv_contains (institutions, words[j - 1]) &&
         (g_unichar_isupper (g_utf8_get_char (words[j - 1])) || strcmp (words[j - 1], "of") == 0))
    j--;
  return j > 0 && g_strv_contains (institutions, words[j - 1]);
}

gboolean
lineup_byline_opens_with_particle (const gchar *text)
{
  g_autofree gchar *first = g_strndup (text, strcspn (text, " "));

  return word_in (first, particles, FALSE);
}

gboolean
lineup_byline_org_is_plausible (const gchar *org)
{
  g_auto(GStrv) words = lineup_byline_split_words (org);
  guint letters = 0, digits = 0;

  if (g_strv_length (words) > 8 || strlen (org) > 120)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    if (word_in (words[i], function_words, FALSE) && !is_from_between_orgs (words, i) &&
        !is_for_after_institution (words, i))
      return FALSE;
  for (const gchar *p = org; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        letters++;
      else if (g_unichar_isdigit (c))
        digits++;
    }
  return letters > 0 && digits <= letters;
}

gboolean
lineup_byline_org_shaped_word (const gchar *word)
{
  guint upper = 0;
  gboolean inner_upper = FALSE;

  if (word_in (word, known_orgs, TRUE))
    return TRUE;
  if (strchr (word, '.') != NULL || has_char_where (word, g_unichar_isdigit))
    return TRUE;
  for (const gchar *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      {
        upper++;
        if (p != word)
          inner_upper = TRUE;
      }
  /* "IBM", "SUSE"; "ClickHouse", "SuperOrbital" — but "McShane",
   * "MacDonald", "DeVries" are names: the inner capital must come at least
   * five letters in, which those prefixes do not reach. */
  if (upper >= 2 && upper == (guint) g_utf8_strlen (word, -1))
    return TRUE;
  if (inner_upper)
    {
      const gchar *second = g_utf8_next_char (word);

      for (const gchar *p = second; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_isupper (g_utf8_get_char (p)))
          return (p - second) >= 4;
    }
  return FALSE;
}

/* "Lovro Sviben", "Nelo-T. Wallus": two to four capitalised words (an
 * initial may have its dot), none of them a word of organisations, roles or
 * titles.  Looser than lineup_byline_looks_like_list_name(): only for a
 * comma part that the rest of the post shows to be a person. */
gboolean
lineup_byline_may_be_person (const gchar *text)
{
  g_auto(GStrv) words = lineup_byline_split_words (text);
  guint n = g_strv_length (words);

  if (n < 2 || n > 4 || strchr (text, '@') != NULL || has_char_where (text, g_unichar_isdigit))
    return FALSE;
  if (any_word_in (words, org_words, TRUE) || any_word_in (words, org_suffixes, TRUE) ||
      any_word_in (words, known_orgs, TRUE) || any_word_in (words, role_words, TRUE) ||
      any_word_in (words, title_words, TRUE))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_unichar_isupper (g_utf8_get_char (words[i])) &&
        (i == 0 || i == n - 1 || !word_in (words[i], particles, FALSE)))
      return FALSE;
  return TRUE;
}

/* "(USA)", "(Switzerland)": a country after an organisation ("MIT CSAIL
 * (USA)"), as programmes of academic conferences write their authors. */
gboolean
lineup_byline_is_country (const gchar *text)
{
  static const gchar * const countries[] = {
    "USA", "U.S.A.", "US", "U.S.", "UK", "U.K.", "United States", "United Kingdom",
    "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Bulgaria", "Canada", "Chile",
    "China", "Colombia", "Croatia", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Egypt",
    "Estonia", "Finland", "France", "Germany", "Greece", "Hong Kong", "Hungary", "Iceland",
    "India", "Indonesia", "Iran", "Ireland", "Israel", "Italy", "Japan", "Kenya", "Korea",
    "South Korea", "Latvia", "Lithuania", "Luxembourg", "Malaysia", "Mexico", "Morocco",
    "Netherlands", "The Netherlands", "New Zealand", "Nigeria", "Norway", "Pakistan", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Saudi Arabia",
    "Scotland", "Serbia", "Singapore", "Slovakia", "Slovenia", "South Africa", "Spain",
    "Sweden", "Switzerland", "Taiwan", "Thailand", "Tunisia", "Turkey", "Ukraine",
    "United Arab Emirates", "UAE", "Uruguay", "Vietnam", "Wales",
    /* Oceania */
    "Fiji", "French Polynesia", "New Caledonia", "Papua New Guinea", "Samoa", "Tonga", "Vanuatu",
    NULL
  };
  /* "ETH Zurich, CH.": the two letters of a country's code */
  static const gchar * const codes[] = {
    "AT", "AU", "BE", "BR", "CA", "CH", "CN", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
    "HU", "IE", "IL", "IN", "IS", "IT", "JP", "KR", "LT", "LU", "LV", "NL", "NO", "NZ", "PL",
    "PT", "RO", "SE", "SI", "SK", NULL
  };
  g_autofree gchar *code = g_strndup (text, strlen (text) == 3 && text[2] == '.' ? 2 : 3);

  return g_strv_contains (countries, text) || g_strv_contains (codes, code);
}

gsize
lineup_byline_honorific_length (const gchar *text,
                                gsize        length)
{
  static const gchar * const honorifics[] = { "\xE3\x81\x95\xE3\x82\x93" /* さん */,
                                              "\xE6\xB0\x8F" /* 氏 */, NULL };

  for (guint i = 0; honorifics[i] != NULL; i++)
    {
      gsize cut = strlen (honorifics[i]);

      if (length > cut && memcmp (text + length - cut, honorifics[i], cut) == 0)
        {
          while (cut < length && text[length - cut - 1] == ' ')
            cut++;
          return cut;
        }
    }
  return 0;
}
