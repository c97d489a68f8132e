#!/usr/bin/python3
# check-devenv.py — the uninstalled program run as the README runs it
# (`meson devenv -C BUILD lineup`) speaks the user's language: the build's
# translations are found, not only libc's dates.
#
# Usage: check-devenv.py MESON BUILD-DIR SOURCE-DIR
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys

CASES = [
    ('de_DE.UTF-8', 'Alle Vorträge in zeitlicher Reihenfolge ausgeben'),
    ('fr_FR.UTF-8', None),
]


def available(locale_name):
    listed = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.split()
    wanted = locale_name.lower().replace('utf-8', 'utf8')
    return any(name.lower() == wanted for name in listed)


def french_of(source, msgid):
    """The French msgstr of @msgid, read from the source po file."""
    text = open(os.path.join(source, 'po', 'fr.po'), encoding='utf-8').read()
    start = text.index('msgid "%s"' % msgid)
    line = text[start:].split('\n')[1]
    return line[len('msgstr "'):-1]


def main():
    meson, build, source = sys.argv[1], sys.argv[2], sys.argv[3]
    msgid = 'Print every talk, in time order'
    print('1..%d' % len(CASES))
    failed = 0
    for number, (locale_name, expected) in enumerate(CASES, 1):
        if expected is None:
            expected = french_of(source, msgid)
        if not available(locale_name):
            print('not ok %d - %s # the locale is not generated (build-aux/setup-debian.sh)'
                  % (number, locale_name))
            failed += 1
            continue
        env = dict(os.environ, LC_ALL=locale_name, LANG=locale_name)
        env.pop('LANGUAGE', None)
        result = subprocess.run([meson, 'devenv', '-C', build, 'lineup', '--help'],
                                capture_output=True, text=True, env=env, timeout=300)
        ok = result.returncode == 0 and expected in result.stdout
        print('%s %d - meson devenv lineup --help speaks %s%s'
              % ('ok' if ok else 'not ok', number, locale_name,
                 '' if ok else ' # exit %d, expected "%s" in:\n# %s'
                 % (result.returncode, expected, result.stdout.replace('\n', '\n# '))))
        failed += not ok
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
