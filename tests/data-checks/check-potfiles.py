#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check po/POTFILES.in against the sources.

Every C or GtkBuilder file under src/ that marks a string for translation must be listed,
every data file with translatable text must be listed, and every listed file must exist.
Usage: check-potfiles.py SOURCE_ROOT
"""

import os
import re
import sys

# _("…"), N_("…"), C_("ctx", "…"), NC_(…), ngettext (…), g_dngettext (…) and
# translatable="yes" in .ui files.  A call may have a space before its parenthesis.
MARKERS = re.compile(
    r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)\s*\(\s*"'
    r'|translatable\s*=\s*"(?:yes|true|1)"'
)

DATA_FILES = [
    'data/io.github.lineupapp.Lineup.desktop.in',
    'data/io.github.lineupapp.Lineup.metainfo.xml.in',
    'data/io.github.lineupapp.Lineup.gschema.xml',
]


def read_potfiles(root):
    listed = []
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                listed.append(line)
    return listed


def files_with_markers(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, 'src')):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(('.c', '.h', '.ui')):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding='utf-8', errors='replace') as f:
                text = f.read()
            # Comments may show the syntax without using it.
            if name.endswith(('.c', '.h')):
                text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
                text = re.sub(r'//[^\n]*', '', text)
            else:
                text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
            if MARKERS.search(text):
                found.append(os.path.relpath(path, root))
    return found


def main():
    root = sys.argv[1]
    listed = read_potfiles(root)
    errors = []

    seen = set()
    for entry in listed:
        if entry in seen:
            errors.append(f'po/POTFILES.in lists {entry} twice')
        seen.add(entry)
        if not os.path.isfile(os.path.join(root, entry)):
            errors.append(f'po/POTFILES.in lists {entry}, which does not exist')

    needed = files_with_markers(root) + DATA_FILES
    for path in needed:
        if path not in seen:
            errors.append(f'{path} has translatable strings but is not in po/POTFILES.in')

    print(f'1..1')
    if errors:
        for e in errors:
            print(f'# {e}')
        print('not ok 1 - POTFILES.in matches the sources')
        return 1
    print(f'# {len(needed)} files with translatable strings, all listed')
    print('ok 1 - POTFILES.in matches the sources')
    return 0


if __name__ == '__main__':
    sys.exit(main())
