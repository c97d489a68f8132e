#!/usr/bin/python3
# test-overlap-jump.py — the crash of issue 14, through the user's path: the
# real `lineup`, its stars set with `lineup --star`, Ctrl+F and a search
# typed on the keyboard, the talk's row clicked, then the other talk under
# "Overlaps With Starred Talks" clicked although the search hides it.  The
# window must survive and show that talk, the search giving way.
#
# Usage: test-overlap-jump.py PATH-TO-LINEUP
# Needs a session bus and a display (no window manager: xvfb-run places the
# window at 0,0, so the accessible extents are screen coordinates).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import signal
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import lineup_atspi as a11y
    from gi.repository import Atspi
except (ImportError, ValueError) as error:
    print('1..0 # SKIP no AT-SPI bindings: %s' % error)
    sys.exit(0)

TUTORIAL = ('1R2on', 'Tutorial: Demystifying Cilium: Learn How to Build an eBPF CNI Plugin '
            'from Scratch')
SCARS = ('1R2ts', 'Service Mesh Battle Scars: Technology, Timing, and Tradeoffs')
OTHER_ROW = 'Controlling Access to External APIs with Cilium'



def find(node, role, name):
    """The first accessible under @node with @role and @name."""
    for found, found_role, found_name, _ in a11y.walk(node):
        if found_role == role and found_name == name:
            return found
    return None


def labels_under(node, text):
    """The labels under @node (may be None) whose text contains @text."""
    return [found for found, role, name, _ in a11y.walk(node)
            if role == 'label' and text in name] if node is not None else []


def detail_title(app, title):
    """The detail pane's title label, if it reads @title (the only label
    with the whole title outside the lists)."""
    for node, role, name, ancestors in a11y.walk(app):
        if role == 'label' and name == title and 'list' not in ancestors:
            return node
    return None


def entry_text(app):
    entry = find(app, 'entry', 'Search talks')
    if entry is None:
        return None
    return entry.get_text(0, entry.get_character_count())


def click(node):
    extents = node.get_extents(Atspi.CoordType.SCREEN)
    x = extents.x + extents.width // 2
    y = extents.y + extents.height // 2
    Atspi.generate_mouse_event(x, y, 'b1c')


CONTROL = 1 << 2  # the X11 Control modifier


def press_keys(modifiers, keysyms):
    """Presses and releases each X keysym with @modifiers held."""
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.LOCKMODIFIERS)
    for keysym in keysyms:
        Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


def type_text(text):
    """Types ASCII @text key by key (X keysyms are the ASCII codes)."""
    press_keys(0, [ord(c) for c in text])


def click_first_row(talks):
    """Clicks the first row of the list (its rows are not always in the
    accessibility tree right after a search in GTK 4.8)."""
    extents = talks.get_extents(Atspi.CoordType.SCREEN)
    Atspi.generate_mouse_event(extents.x + extents.width // 2, extents.y + 40, 'b1c')
    return False


def main():
    if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
        print('usage: test-overlap-jump.py PATH-TO-LINEUP', file=sys.stderr)
        return 2
    program = sys.argv[1]

    signal.alarm(4 * a11y.CAP_SECONDS)
    keep = a11y.init()  # noqa: F841 (kept alive until the test ends)
    tap = a11y.Tap(5)

    starred = subprocess.run([program, '--star=' + TUTORIAL[0], '--star=' + SCARS[0]],
                             stdout=subprocess.DEVNULL, timeout=a11y.CAP_SECONDS)
    tap.check(starred.returncode == 0, 'lineup --star stars both talks',
              'exit status %s' % starred.returncode)

    process = a11y.start_lineup(program)
    try:
        app = a11y.wait_for(lambda: a11y.find_app(process.pid), 'lineup on the accessibility bus')
        talks = a11y.wait_for(lambda: find(app, 'list', 'Talks'), 'the list of talks')
        a11y.wait_for(lambda: labels_under(talks, OTHER_ROW), 'the rows of the list')

        # Ctrl+F, then the search typed on the keyboard.
        press_keys(CONTROL, [0x66])                               # Ctrl+F
        type_text('battle scars')
        a11y.wait_for(lambda: entry_text(app) == 'battle scars',
                      'the search entry to read "battle scars"')

        # A click on the only row left (the first one) shows the talk and
        # what it overlaps.
        a11y.wait_for(lambda: detail_title(app, SCARS[1]) or click_first_row(talks),
                      'the detail pane to show "%s" after a click on its row' % SCARS[1])
        tap.check(entry_text(app) == 'battle scars', 'the search is typed and the talk shown')
        overlaps = a11y.wait_for(lambda: find(app, 'list', 'Overlaps With Starred Talks'),
                                 'the list of overlapping talks in the detail pane')
        overlap = a11y.wait_for(lambda: labels_under(overlaps, TUTORIAL[1]),
                                'the tutorial under the overlapping talks')
        tap.check(bool(overlap), 'the detail pane names the overlapping tutorial')

        # A click on the tutorial there: the window survives and shows it.
        click(overlap[0])
        shown = a11y.wait_for(lambda: process.poll() is not None or
                              detail_title(app, TUTORIAL[1]),
                              'the detail pane to show the tutorial')
        tap.check(process.poll() is None, 'the window survives the jump',
                  'exit status %s' % process.poll())
        tap.check(shown is not True and entry_text(app) == '',
                  'the tutorial is shown and the search gave way', entry_text(app))
    except TimeoutError as error:
        tap.check(False, 'the overlap jump', error)
    finally:
        a11y.stop(process)

    return tap.status()


if __name__ == '__main__':
    sys.exit(main())
