#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest: valid JSON, the keys flatpak-builder needs, a tight
sandbox, and every downloaded source pinned by its sha256.

Usage: check-flatpak-manifest.py MANIFEST
"""

import json
import re
import sys

APP_ID = 'io.github.lineupapp.Lineup'
REQUIRED = ['app-id', 'runtime', 'runtime-version', 'sdk', 'command', 'modules', 'finish-args']
# --share=network: schedules opened from a web address (Open Address…, refresh).
FINISH_ARGS = ['--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri',
               '--share=network']
DOWNLOADED = {'archive', 'file', 'patch', 'extra-data'}

results = []


def check(ok, what, detail=''):
    results.append((bool(ok), what, detail))


def walk_modules(modules, where='modules'):
    for i, module in enumerate(modules):
        if isinstance(module, str):
            check(False, f'{where}[{i}] is inline', f'{module!r}: keep every module in the manifest')
            continue
        name = module.get('name', f'#{i}')
        check('buildsystem' in module or 'build-commands' in module,
              f'module {name} says how it builds')
        sources = module.get('sources', [])
        check(sources, f'module {name} has sources')
        for src in sources:
            kind = src.get('type')
            if kind in DOWNLOADED and ('url' in src or 'mirror-urls' in src):
                sha = src.get('sha256', '')
                check(re.fullmatch(r'[0-9a-f]{64}', sha),
                      f'module {name}: {src.get("url")} is pinned by sha256',
                      f'sha256 is {sha!r}')
                check(src.get('url', '').startswith('https://'),
                      f'module {name}: {src.get("url")} is fetched over https')
            elif kind == 'git':
                check(re.fullmatch(r'[0-9a-f]{40}', src.get('commit', '')),
                      f'module {name}: git source is pinned to a commit')
        walk_modules(module.get('modules', []), f'module {name}')


def main():
    path = sys.argv[1]
    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print('1..1')
        print(f'not ok 1 - {path} is valid JSON # {e}')
        return 1

    check(isinstance(manifest, dict), 'the manifest is a JSON object')
    for key in REQUIRED:
        check(manifest.get(key), f'the manifest has {key}')
    check(manifest.get('app-id') == APP_ID, f'app-id is {APP_ID}', repr(manifest.get('app-id')))
    check(manifest.get('runtime') == 'org.gnome.Platform', 'runtime is org.gnome.Platform')
    check(manifest.get('sdk') == 'org.gnome.Sdk', 'sdk is org.gnome.Sdk')
    check(manifest.get('command') == 'lineup', 'command is lineup')

    finish = manifest.get('finish-args', [])
    check(sorted(finish) == sorted(FINISH_ARGS), 'finish-args are exactly the expected ones',
          f'got {finish}')
    broad = [a for a in finish
             if re.match(r'--filesystem=(host|home|~|/)', a) or a.startswith('--filesystem')]
    check(not broad, 'no file system access is asked for', f'got {broad}')

    modules = manifest.get('modules', [])
    walk_modules(modules)
    names = [m.get('name') for m in modules if isinstance(m, dict)]
    check(names and names[-1] == 'lineup', 'the last module is the app itself', f'got {names}')
    if names and names[-1] == 'lineup':
        app = modules[-1]
        check(app.get('buildsystem') == 'meson', 'the app builds with meson')
        check({'type': 'dir', 'path': '../..'} in app.get('sources', []),
              'the app is built from this source tree')

    print(f'1..{len(results)}')
    failed = 0
    for n, (ok, what, detail) in enumerate(results, 1):
        if ok:
            print(f'ok {n} - {what}')
        else:
            failed += 1
            print(f'not ok {n} - {what}' + (f' # {detail}' if detail else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
