#!/usr/bin/python3
# test-keyboard.py — the real `lineup` driven by the (XTest) keyboard alone:
# Ctrl+F and a search, Down from the search to the list, Enter keeps the
# focus in the list beside the details, Escape clears the search from the
# list; in a narrow window Enter shows the talk and Escape goes back.
#
# Usage: test-keyboard.py PATH-TO-LINEUP
# Needs a session bus and a display: dbus-run-session -- xvfb-run -a meson test
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import signal
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import lineup_atspi as a11y
    from gi.repository import Atspi
except (ImportError, ValueError) as error:
    print('1..0 # SKIP no AT-SPI bindings: %s' % error)
    sys.exit(0)

CONTROL = 1 << 2
DOWN, RETURN, ESCAPE = 0xff54, 0xff0d, 0xff1b
# The first talk the search "bgp" keeps.
BGP_TITLE = ("What's Smoother Than Your Morning Espresso Pull? Bridging Gaps with BGP "
             "and Cilium!")
FIRST = "From Imagination to Implementation: Inside Adobe's Production-Grade Deployment"


def press(modifiers, keysyms):
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.LOCKMODIFIERS)
    for keysym in keysyms:
        Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


def focused(app):
    """(role, text of the focused accessible and its descendants, ancestor roles)."""
    for node, role, name, ancestors in a11y.walk(app):
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                text = ' '.join(n for _, _, n, _ in a11y.walk(node))
                return role, text, ancestors
        except Exception:
            continue
    return None


def focus_in_list(app, text=None):
    found = focused(app)
    return found is not None and found[0] == 'list item' and 'list' in found[2] and \
        (text is None or text in found[1])


def entry_text(app):
    for node, role, name, _ in a11y.walk(app):
        if role == 'entry' and name == 'Search talks':
            return node.get_text(0, node.get_character_count())
    return None


def detail_shows(app, title):
    return any(role == 'label' and name == title and 'list' not in ancestors
               for _, role, name, ancestors in a11y.walk(app))


def run(program, tap, env=None, narrow=False):
    process = a11y.start_lineup(program) if env is None else None
    if env is not None:
        import subprocess
        process = subprocess.Popen([program], env=dict(os.environ, GTK_A11Y='atspi', **env))
    try:
        app = a11y.wait_for(lambda: a11y.find_app(process.pid), 'lineup on the accessibility bus')
        a11y.wait_for(lambda: any(FIRST in name for _, _, name, _ in a11y.walk(app)),
                      'the rows of the list')
        press(CONTROL, [ord('f')])
        a11y.wait_for(lambda: focused(app) and focused(app)[0] == 'entry',
                      'Ctrl+F to focus the search entry')
        # Down right after the last letter, as a quick typist does: before
        # the entry reports the search (150 ms after the last key).
        press(0, [ord(c) for c in 'bgp'] + [DOWN])
        a11y.wait_for(lambda: entry_text(app) == 'bgp', 'the entry to read "bgp"')
        a11y.wait_for(lambda: focus_in_list(app, 'BGP'),
                      'Down to move the focus to a BGP talk in the list')
        tap.check(True, '%sDown goes from the search to the list' % ('narrow: ' if narrow else ''))

        press(0, [RETURN])
        if not narrow:
            a11y.wait_for(lambda: detail_shows(app, BGP_TITLE), 'the details of the talk')
            # Enter must leave the focus where it is: wait for it to settle.
            a11y.wait_for(lambda: focused(app) is not None, 'a focused widget')
            tap.check(focus_in_list(app, 'BGP'), 'Enter keeps the focus in the list',
                      focused(app))
            press(0, [ESCAPE])
            a11y.wait_for(lambda: entry_text(app) == '',
                          'Escape in the list to clear the search')
            tap.check(focus_in_list(app), 'Escape clears the search from the list')
        else:
            a11y.wait_for(lambda: focused(app) is not None and not focus_in_list(app),
                          'Enter to show the talk (the focus leaves the list)')
            tap.check(True, 'narrow: Enter shows the talk')
            press(0, [ESCAPE])
            a11y.wait_for(lambda: focus_in_list(app), 'Escape to go back to the list')
            tap.check(entry_text(app) == 'bgp', 'narrow: Escape goes back and keeps the search',
                      entry_text(app))
    finally:
        a11y.stop(process)


def main():
    if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
        print('usage: test-keyboard.py PATH-TO-LINEUP', file=sys.stderr)
        return 2
    program = sys.argv[1]

    signal.alarm(6 * a11y.CAP_SECONDS)
    keep = a11y.init()  # noqa: F841 (kept alive until the test ends)
    tap = a11y.Tap(6)
    try:
        run(program, tap)
        # A phone-sized window: the settings say so (keyfile backend).
        config = tempfile.mkdtemp(prefix='lineup-keyboard-')
        os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
        with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as keyfile:
            keyfile.write('[io/github/lineupapp/Lineup]\nwindow-width=360\nwindow-height=700\n')
        run(program, tap, env={'GSETTINGS_BACKEND': 'keyfile', 'XDG_CONFIG_HOME': config},
            narrow=True)
    except TimeoutError as error:
        tap.check(False, 'keyboard', error)
    return tap.status()


if __name__ == '__main__':
    sys.exit(main())
