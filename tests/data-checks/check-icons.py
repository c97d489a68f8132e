#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the app icons: the full-colour one is a 128×128 SVG, the symbolic one a 16×16
SVG drawn only in the symbolic foreground colour, and both render with rsvg-convert.

Usage: check-icons.py SOURCE_ROOT [RSVG_CONVERT]
"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = 'io.github.lineupapp.Lineup'
SVG = '{http://www.w3.org/2000/svg}'
results = []


def check(ok, what, detail=''):
    results.append((bool(ok), what, detail))


def colours(root):
    found = set()
    for el in root.iter():
        for attr in ('fill', 'stroke', 'stop-color', 'color'):
            value = el.get(attr)
            if value:
                found.add(value.lower())
        for prop in (el.get('style') or '').split(';'):
            if ':' in prop:
                k, v = prop.split(':', 1)
                if k.strip() in ('fill', 'stroke', 'stop-color', 'color'):
                    found.add(v.strip().lower())
    return found


def check_svg(path, size, rsvg):
    name = os.path.basename(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        check(False, f'{name} is well-formed SVG', str(e))
        return None
    check(root.tag == SVG + 'svg', f'{name} is an SVG document', root.tag)
    check(root.get('viewBox') == f'0 0 {size} {size}', f'{name} is drawn on a {size}×{size} canvas',
          repr(root.get('viewBox')))
    check(not any(el.tag in (SVG + 'text', SVG + 'image') for el in root.iter()),
          f'{name} has no text or embedded images')
    if rsvg:
        with tempfile.TemporaryDirectory() as tmp:
            for px in (16, 32, 64, 128):
                out = os.path.join(tmp, f'{px}.png')
                r = subprocess.run([rsvg, '-w', str(px), '-h', str(px), path, '-o', out],
                                   capture_output=True, text=True)
                head = b''
                if r.returncode == 0:
                    with open(out, 'rb') as f:
                        head = f.read(24)
                # PNG width and height sit in the IHDR chunk.
                ok = (r.returncode == 0 and head[:8] == b'\x89PNG\r\n\x1a\n'
                      and int.from_bytes(head[16:20], 'big') == px
                      and int.from_bytes(head[20:24], 'big') == px)
                check(ok, f'{name} renders at {px} px', r.stderr.strip())
    return root


def main():
    src = sys.argv[1]
    rsvg = sys.argv[2] if len(sys.argv) > 2 else None
    icons = os.path.join(src, 'data', 'icons', 'hicolor')

    full = check_svg(os.path.join(icons, 'scalable', 'apps', APP_ID + '.svg'), 128, rsvg)
    if full is not None:
        used = {c for c in colours(full) if re.fullmatch(r'#[0-9a-f]{6}', c)}
        check(len(used) >= 4, 'the full-colour icon is in colour', f'colours: {sorted(used)}')

    sym = check_svg(os.path.join(icons, 'symbolic', 'apps', APP_ID + '-symbolic.svg'), 16, rsvg)
    if sym is not None:
        used = colours(sym) - {'none'}
        check(used == {'#241f31'}, 'the symbolic icon uses only #241f31', f'colours: {sorted(used)}')
        check(not any(el.tag.endswith('Gradient') for el in sym.iter()),
              'the symbolic icon has no gradients')

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
