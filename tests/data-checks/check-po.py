#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the translations: each language in po/LINGUAS has a .po file that msgfmt accepts
with --check, and that translates every message the current sources mark for
translation (none missing, none fuzzy).

Usage: check-po.py SOURCE_ROOT
"""

import os
import re
import subprocess
import sys
import tempfile

# The keywords of meson's i18n.gettext(preset: 'glib').
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]

results = []


def check(ok, what, detail=''):
    results.append((bool(ok), what, detail))
    return bool(ok)


def statistics(text):
    counts = {'translated': 0, 'fuzzy': 0, 'untranslated': 0}
    for n, kind in re.findall(r'(\d+) (translated|fuzzy|untranslated) messages?', text):
        counts[kind] = int(n)
    return counts


def untranslated_ids(po):
    """The msgids left empty or fuzzy, for the failure message."""
    r = subprocess.run(['msgattrib', '--untranslated', '--no-wrap', po],
                       capture_output=True, text=True)
    f = subprocess.run(['msgattrib', '--only-fuzzy', '--no-wrap', po],
                       capture_output=True, text=True)
    ids = re.findall(r'^msgid "(.+)"$', r.stdout + f.stdout, re.M)
    return ids


def main():
    root = sys.argv[1]
    po_dir = os.path.join(root, 'po')
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
        languages = [w for line in f for w in line.split('#')[0].split()]
    check(languages, 'po/LINGUAS names at least one language')

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'lineup.pot')
        r = subprocess.run(['xgettext', '--package-name=lineup', *XGETTEXT_ARGS,
                            '-f', os.path.join(po_dir, 'POTFILES.in'), '-D', root,
                            '-o', pot], capture_output=True, text=True)
        if not check(r.returncode == 0 and os.path.isfile(pot),
                     'xgettext extracts the template from po/POTFILES.in', r.stderr):
            return finish()
        total = statistics(subprocess.run(
            ['msgfmt', '--statistics', '-o', os.devnull, pot],
            capture_output=True, text=True).stderr)['untranslated']
        check(total > 0, 'the template has messages', f'{total}')

        for lang in languages:
            po = os.path.join(po_dir, lang + '.po')
            if not check(os.path.isfile(po), f'po/{lang}.po exists'):
                continue
            r = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                               capture_output=True, text=True)
            check(r.returncode == 0, f'msgfmt --check accepts po/{lang}.po', r.stderr)

            merged = os.path.join(tmp, lang + '.po')
            r = subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged,
                                po, pot], capture_output=True, text=True)
            if not check(r.returncode == 0, f'po/{lang}.po merges with the template',
                         r.stderr):
                continue
            r = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, merged],
                               capture_output=True, text=True)
            stats = statistics(r.stderr)
            missing = untranslated_ids(merged)
            check(stats['untranslated'] == 0 and stats['fuzzy'] == 0
                  and stats['translated'] == total,
                  f'po/{lang}.po translates all {total} messages of the current sources',
                  f'{stats}; update with `meson compile -C BUILD lineup-update-po` and '
                  f'translate: {missing[:10]}')
    return finish()


def finish():
    print(f'1..{len(results)}')
    failed = 0
    for n, (ok, what, detail) in enumerate(results, 1):
        detail = ' '.join(str(detail).split())[:800]
        if ok:
            print(f'ok {n} - {what}')
        else:
            failed += 1
            print(f'not ok {n} - {what}' + (f' # {detail}' if detail else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
