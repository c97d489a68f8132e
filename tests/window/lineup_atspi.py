# lineup_atspi.py — what the AT-SPI window tests share: starting the real
# `lineup`, finding it on the accessibility bus, walking its tree, waiting
# for a condition with one generous cap, and TAP output.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import time

# The program must talk to the accessibility bus, whatever the test env says.
os.environ.pop('NO_AT_BRIDGE', None)

import gi  # noqa: E402

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

# One cap for anything that never happens: generous, since the suite runs on
# slow, busy machines and under AddressSanitizer.
CAP_SECONDS = 120


class Tap:
    """Prints one TAP line per check; the plan is printed first."""

    def __init__(self, plan):
        self.results = []
        print('1..%d' % plan)
        sys.stdout.flush()

    def check(self, ok, name, detail=''):
        self.results.append(bool(ok))
        print('%s %d - %s%s' % ('ok' if ok else 'not ok', len(self.results), name,
                                '' if ok or not detail else ' # ' + str(detail)))
        sys.stdout.flush()
        return ok

    def status(self):
        return 0 if self.results and all(self.results) else 1


def wait_for(condition, what, cap=CAP_SECONDS, interval=0.1):
    """Polls condition() until it returns a true value, which is returned.
    After cap seconds, raises TimeoutError naming what never happened."""
    deadline = time.monotonic() + cap
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError('timed out after %d s waiting for: %s' % (cap, what))
        time.sleep(interval)


def start_bus_launcher():
    """Makes sure the accessibility bus runs (dbus activation usually does it)."""
    launcher = '/usr/libexec/at-spi-bus-launcher'
    if os.path.exists(launcher):
        return subprocess.Popen([launcher, '--launch-immediately'],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    if not name:
        return None
    return wait_for(lambda: Gdk.Display.open(name), 'the X server %s to take a connection' % name)


def init():
    """Connects to the accessibility bus; returns what must stay alive."""
    display = hold_display()
    launcher = start_bus_launcher()
    Atspi.init()
    Atspi.set_timeout(3000, 15000)
    return display, launcher


def start_lineup(program, args=(), cwd=None):
    """Starts the real program with its accessibility bridge on."""
    return subprocess.Popen([program] + list(args), cwd=cwd,
                            env=dict(os.environ, GTK_A11Y='atspi'))


def stop(process, timeout=10):
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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


def window_titles(app):
    """The titles of the application's top-level windows (frames)."""
    titles = []
    try:
        count = app.get_child_count()
    except Exception:
        return titles
    for i in range(count):
        try:
            child = app.get_child_at_index(i)
            if child is not None and child.get_role_name() == 'frame':
                titles.append(child.get_name() or '')
        except Exception:
            continue
    return titles


def window_named(app, title):
    """The top-level window titled @title, or None."""
    try:
        count = app.get_child_count()
    except Exception:
        return None
    for i in range(count):
        try:
            child = app.get_child_at_index(i)
            if child is not None and child.get_name() == title:
                return child
        except Exception:
            continue
    return None
