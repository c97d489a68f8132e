#!/usr/bin/python3
# test-a11y-names.py — every control of the real `lineup` has a proper name
# on the accessibility bus: none named after its GType (what GTK says when a
# widget has no name), no mnemonic underscores or doubled labels, and each
# row's star button says which talk it stars.
#
# Usage: test-a11y-names.py PATH-TO-LINEUP
# Needs a session bus and a display: dbus-run-session -- xvfb-run -a meson test
#
# SPDX-License-Identifier: GPL-3.0-or-later

import collections
import os
import re
import signal
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import lineup_atspi as a11y
except (ImportError, ValueError) as error:
    print('1..0 # SKIP no AT-SPI bindings: %s' % error)
    sys.exit(0)

GTYPE_NAME = re.compile(r'^(Gtk|Adw|Lineup|Gdk)[A-Z][A-Za-z]+$')
CONTROLS = {'push button', 'toggle button', 'check box', 'radio button', 'menu button',
            'entry', 'combo box', 'link', 'list', 'list item', 'menu item', 'slider',
            'spin button', 'text', 'label', 'frame', 'page tab', 'check menu item',
            'radio menu item'}
TUTORIAL = ('1R2on', 'Tutorial: Demystifying Cilium: Learn How to Build an eBPF CNI Plugin '
            'from Scratch')
SCARS = ('1R2ts', 'Service Mesh Battle Scars: Technology, Timing, and Tradeoffs')
FIRST = "From Imagination to Implementation: Inside Adobe's Production-Grade Deployment"


def doubled(name):
    """'All Talks All Talks': a label said twice."""
    words = name.split()
    half = len(words) // 2
    return len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


def main():
    if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
        print('usage: test-a11y-names.py PATH-TO-LINEUP', file=sys.stderr)
        return 2
    program = sys.argv[1]

    signal.alarm(4 * a11y.CAP_SECONDS)
    keep = a11y.init()  # noqa: F841 (kept alive until the test ends)
    tap = a11y.Tap(6)

    # Two starred talks that overlap, so that the conflict marks are there.
    subprocess.run([program, '--star=' + TUTORIAL[0], '--star=' + SCARS[0]],
                   stdout=subprocess.DEVNULL, check=True, timeout=a11y.CAP_SECONDS)
    process = a11y.start_lineup(program)
    try:
        app = a11y.wait_for(lambda: a11y.find_app(process.pid), 'lineup on the accessibility bus')
        a11y.wait_for(lambda: any(FIRST in name for _, _, name, _ in a11y.walk(app)),
                      'the rows of the list')
        nodes = list(a11y.walk(app))

        gtype_named = sorted({'%s %r' % (role, name) for _, role, name, _ in nodes
                              if role in CONTROLS and GTYPE_NAME.match(name)})
        tap.check(not gtype_named, 'no control is named after its GType', gtype_named)

        mnemonics = sorted({name for _, role, name, _ in nodes
                            if role in CONTROLS and re.search(r'(^|\s)_\w', name)})
        tap.check(not mnemonics, 'no name shows a mnemonic underscore', mnemonics)

        twice = sorted({name for _, role, name, _ in nodes if role in CONTROLS and doubled(name)})
        tap.check(not twice, 'no name says its label twice', twice)

        stars = [name for _, role, name, ancestors in nodes
                 if role in ('push button', 'toggle button') and 'list item' in ancestors
                 and 'star' in name.lower()]
        repeated = [name for name, count in collections.Counter(stars).items() if count > 1]
        tap.check(len(stars) >= 3 and not repeated,
                  'each row\'s star button has a name of its own',
                  'star buttons: %s' % stars[:6])
        tap.check(any(FIRST in name for name in stars),
                  'a row\'s star button names its talk', stars[:3])

        # A row reads its day too (the list groups talks by day).
        rows = [name for _, role, name, _ in nodes if FIRST in name and 'Sandoval' in name]
        tap.check(any('Monday' in row and '09:15' in row for row in rows),
                  'a row reads its day, time and title', rows)
    except TimeoutError as error:
        tap.check(False, 'accessible names', error)
    finally:
        a11y.stop(process)

    return tap.status()


if __name__ == '__main__':
    sys.exit(main())
