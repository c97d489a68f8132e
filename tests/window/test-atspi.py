#!/usr/bin/python3
# test-atspi.py — the real `lineup` program, seen through the accessibility
# tree (AT-SPI): the talks' rows and the detail pane's title are there.
#
# Usage: test-atspi.py PATH-TO-LINEUP
# Needs a session bus and a display: dbus-run-session -- xvfb-run -a meson test
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import signal
import subprocess
import sys
import time

# The program must talk to the accessibility bus, whatever the test env says.
os.environ.pop('NO_AT_BRIDGE', None)

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError) as error:
    print('1..0 # SKIP no AT-SPI bindings: %s' % error)
    sys.exit(0)

# Titles of the built-in post, as the program must show them.
FIRST_TITLE = ("From Imagination to Implementation: Inside Adobe's Production-Grade "
               "Deployment with Cilium")
ROW_TITLES = [
    FIRST_TITLE,
    'Controlling Access to External APIs with Cilium',
    'Using Cilium CNI in ClickHouse Cloud',
]

tests = []


def check(ok, name, detail=''):
    tests.append(ok)
    print('%s %d - %s%s' % ('ok' if ok else 'not ok', len(tests), name,
                            '' if ok or not detail else ' # ' + detail))
    sys.stdout.flush()


def start_bus_launcher():
    """Makes sure the accessibility bus runs (dbus activation usually does it)."""
    launcher = '/usr/libexec/at-spi-bus-launcher'
    if os.path.exists(launcher):
        return subprocess.Popen([launcher, '--launch-immediately'],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return None


def walk(node, depth=0, ancestors=()):
    """Yields (accessible, role name, name, ancestor roles)."""
    if node is None or depth > 60:
        return
    try:
        role = node.get_role_name()
        name = node.get_name() or ''
        count = node.get_child_count()
    except Exception:  # the program may change the tree while we read it
        return
    yield node, role, name, ancestors
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, ancestors + (role,))


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def hold_display():
    """Waits until the X server takes connections, and keeps one open.

    Xvfb resets itself when its last client leaves (the window test that ran
    just before this one): a program started during the reset cannot open the
    display.  Holding a connection also keeps the server from resetting while
    the test runs."""
    try:
        gi.require_version('Gdk', '4.0')
        from gi.repository import Gdk
    except (ImportError, ValueError):
        return None
    name = os.environ.get('DISPLAY')
    deadline = time.monotonic() + 10
    while name and time.monotonic() < deadline:
        display = Gdk.Display.open(name)
        if display is not None:
            return display
        time.sleep(0.1)
    return None


def main():
    if len(sys.argv) != 2 or not os.access(sys.argv[1], os.X_OK):
        print('usage: test-atspi.py PATH-TO-LINEUP', file=sys.stderr)
        return 2

    # A hung call must fail the test, not stall it.
    signal.alarm(75)
    display = hold_display()  # kept open until the test ends
    launcher = start_bus_launcher()
    Atspi.init()
    Atspi.set_timeout(3000, 15000)
    program = subprocess.Popen([sys.argv[1]], env=dict(os.environ, GTK_A11Y='atspi'))
    print('1..5')
    try:
        app = None
        deadline = time.monotonic() + 30
        nodes = []
        while time.monotonic() < deadline:
            app = app or find_app(program.pid)
            if app is not None:
                nodes = list(walk(app))
                names = [name for _, _, name, _ in nodes]
                if all(any(title in name for name in names) for title in ROW_TITLES):
                    break
            if program.poll() is not None:
                break
            time.sleep(0.3)

        check(program.poll() is None, 'lineup runs', 'exit status %s' % program.poll())
        check(app is not None, 'lineup is on the accessibility bus')

        names = [name for _, _, name, _ in nodes]
        missing = [t for t in ROW_TITLES if not any(t in name for name in names)]
        check(not missing, 'rows name their talks', 'missing: %s' % missing)

        # A row's accessible label reads time, title and speakers.
        row_labels = [name for _, _, name, _ in nodes
                      if FIRST_TITLE in name and 'Joseph Sandoval' in name and '9:15' in name]
        check(bool(row_labels), 'a row reads its time, title and speakers',
              'names with the title: %s' % [n for n in names if FIRST_TITLE in n])

        # The detail pane shows the selected (first) talk's title outside the list.
        detail = [name for _, role, name, ancestors in nodes
                  if name == FIRST_TITLE and 'list item' not in ancestors
                  and 'list' not in ancestors]
        check(bool(detail), "the detail pane's title is the first talk's")
    finally:
        program.terminate()
        try:
            program.wait(10)
        except subprocess.TimeoutExpired:
            program.kill()
        if launcher is not None:
            launcher.terminate()
            launcher.wait(10)

    return 0 if all(tests) else 1


if __name__ == '__main__':
    sys.exit(main())
