#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Install the build into a temporary DESTDIR, check what lands there, then run the
installed binary headless in German.

Usage: check-install.py MESON BUILD_ROOT
"""

import gettext
import json
import locale
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

APP_ID = 'io.github.lineupapp.Lineup'
LANGUAGES = ['de', 'fr']
# A string of ours (the desktop file's comment) and what each translation must not be.
PROBE = 'Turn a conference post into a personal agenda'

results = []


def check(ok, what, detail=''):
    results.append((bool(ok), what, detail))
    return bool(ok)


def finish():
    print(f'1..{len(results)}')
    failed = 0
    for n, (ok, what, detail) in enumerate(results, 1):
        detail = ' '.join(str(detail).split())[:600]
        if ok:
            print(f'ok {n} - {what}')
        else:
            failed += 1
            print(f'not ok {n} - {what}' + (f' # {detail}' if detail else ''))
    return 1 if failed else 0


def build_options(meson, build):
    out = subprocess.run([meson, 'introspect', '--buildoptions', build],
                         capture_output=True, text=True, check=True).stdout
    return {o['name']: o['value'] for o in json.loads(out)}


def day_names(name):
    """(full, abbreviated) names of Monday to Thursday in locale NAME."""
    old = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, name)
        # 6 to 9 November 2023 (the built-in post): Monday to Thursday.
        days = [time.strptime(f'2023-11-0{d}', '%Y-%m-%d') for d in (6, 7, 8, 9)]
        return [(time.strftime('%A', t), time.strftime('%a', t)) for t in days]
    finally:
        locale.setlocale(locale.LC_TIME, old)


def has_locale(name):
    r = subprocess.run(['locale', '-a'], capture_output=True, text=True)
    norm = lambda s: s.lower().replace('-', '').replace('_', '')
    return any(norm(l) == norm(name) for l in r.stdout.split())


def main():
    meson, build = sys.argv[1], sys.argv[2]
    opts = build_options(meson, build)
    prefix = opts['prefix'].lstrip('/')

    def under(option):
        value = opts[option]
        return value.lstrip('/') if os.path.isabs(value) else os.path.join(prefix, value)

    bindir, datadir, localedir = under('bindir'), under('datadir'), under('localedir')

    with tempfile.TemporaryDirectory(prefix='lineup-install-') as dest:
        r = subprocess.run([meson, 'install', '-C', build, '--destdir', dest,
                            '--no-rebuild', '--quiet'],
                           capture_output=True, text=True)
        if not check(r.returncode == 0, 'meson install --destdir succeeds',
                     r.stdout + r.stderr):
            return finish()

        binary = os.path.join(dest, bindir, 'lineup')
        expected = {
            'the binary': os.path.join(bindir, 'lineup'),
            'the desktop file': os.path.join(datadir, 'applications', APP_ID + '.desktop'),
            'the AppStream metainfo': os.path.join(datadir, 'metainfo', APP_ID + '.metainfo.xml'),
            'the GSettings schema': os.path.join(datadir, 'glib-2.0', 'schemas',
                                                 APP_ID + '.gschema.xml'),
            'the app icon': os.path.join(datadir, 'icons', 'hicolor', 'scalable', 'apps',
                                         APP_ID + '.svg'),
            'the symbolic icon': os.path.join(datadir, 'icons', 'hicolor', 'symbolic', 'apps',
                                              APP_ID + '-symbolic.svg'),
        }
        for lang in LANGUAGES:
            expected[f'the {lang} translation'] = os.path.join(localedir, lang, 'LC_MESSAGES',
                                                               'lineup.mo')
        for what, rel in expected.items():
            check(os.path.isfile(os.path.join(dest, rel)), f'installs {what} ({rel})',
                  'missing')
        check(os.access(binary, os.X_OK), 'the installed binary is executable')

        # Translations reach the installed files: the .mo catalogues, and the desktop file
        # and metainfo merged with them.
        with open(os.path.join(dest, expected['the desktop file']), encoding='utf-8') as f:
            desktop = f.read()
        with open(os.path.join(dest, expected['the AppStream metainfo']), encoding='utf-8') as f:
            metainfo = f.read()
        for lang in LANGUAGES:
            try:
                cat = gettext.translation('lineup', os.path.join(dest, localedir), [lang])
                text = cat.gettext(PROBE)
            except OSError as e:
                text = str(e)
            check(text != PROBE and text.strip(), f'the {lang} catalogue translates “{PROBE}”',
                  text)
            m = re.search(rf'^Comment\[{lang}\]=(.+)$', desktop, re.M)
            check(m and m.group(1) == text, f'the desktop file has the {lang} comment',
                  m.group(1) if m else 'no Comment[%s]' % lang)
            check(f'<summary xml:lang="{lang}">{text}</summary>' in metainfo,
                  f'the metainfo has the {lang} summary')

        # The installed binary, headless, in German: GLib formats the days per locale.
        if not check(has_locale('de_DE.UTF-8'),
                     'the de_DE.UTF-8 locale is available',
                     'generate it (.ci/run does: sed -i "s/^# *de_DE.UTF-8/de_DE.UTF-8/" '
                     '/etc/locale.gen && locale-gen), or German day names cannot be checked'):
            return finish()

        schemas = os.path.join(dest, 'compiled-schemas')
        os.makedirs(schemas)
        shutil.copy(os.path.join(dest, expected['the GSettings schema']), schemas)
        subprocess.run(['glib-compile-schemas', '--strict', schemas], check=True)

        env = {k: v for k, v in os.environ.items()
               if k not in ('DISPLAY', 'WAYLAND_DISPLAY', 'LC_ALL', 'LANG', 'LANGUAGE')
               and not k.startswith('LC_')}
        env.update({
            'LANGUAGE': 'de', 'LANG': 'de_DE.UTF-8', 'LC_ALL': 'de_DE.UTF-8',
            'GSETTINGS_SCHEMA_DIR': schemas, 'GSETTINGS_BACKEND': 'memory',
            'XDG_DATA_HOME': os.path.join(dest, 'xdg-data'),
            'XDG_CONFIG_HOME': os.path.join(dest, 'xdg-config'),
            'XDG_CACHE_HOME': os.path.join(dest, 'xdg-cache'),
        })
        try:
            r = subprocess.run([binary, '--list'], env=env, capture_output=True, text=True,
                               timeout=60)
            out, err, code = r.stdout, r.stderr, r.returncode
        except subprocess.TimeoutExpired:
            out, err, code = '', 'timed out after 60 s', -1
        check(code == 0, 'the installed lineup --list exits 0', f'exit {code}: {err}')
        lines = [l for l in out.splitlines() if l.strip()]
        check(len(lines) >= 25, 'lineup --list prints the 25 talks of the built-in post',
              f'{len(lines)} lines')
        # The built-in post runs from Monday to Thursday. Ask the locales themselves
        # for the day names, full and abbreviated, rather than guessing the format.
        german, english = day_names('de_DE.UTF-8'), day_names('C.UTF-8')

        def said(word):
            return re.search(rf'(?<!\w){re.escape(word)}(?!\w)', out) is not None

        missing = [full for full, abbr in german if not (said(full) or said(abbr))]
        check(not missing, 'lineup --list names the four days of the post in German',
              f'missing {missing} in: {out[:300]!r}')
        leaked = [w for day in english for w in day if said(w)]
        check(not leaked, 'lineup --list prints no English day names under de_DE.UTF-8',
              f'found {leaked}')
    return finish()


if __name__ == '__main__':
    sys.exit(main())
