#!/usr/bin/python3
# test-open-file.py — `lineup FILE` as a user starts it: the real program
# with a file argument opens that file in its window (read back from the
# accessibility tree), a second `lineup FILE` hands its file to the running
# instance (which shows both: several sources at once), and a file that cannot be read opens a window that says why
# instead of silently showing the built-in post.
#
# Usage: test-open-file.py PATH-TO-LINEUP TESTS-DATA-DIR
# Needs a session bus and a display: dbus-run-session -- xvfb-run -a meson test
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import lineup_atspi as a11y
except (ImportError, ValueError) as error:
    print('1..0 # SKIP no AT-SPI bindings: %s' % error)
    sys.exit(0)

BUILTIN_TITLE = 'Cilium Talks at KubeCon NA 2023'
PIXIE = ('pixie-io_blog.px.dev__content_blog_kubecon-na-2022_index.md',
         'Come meet us at Kubecon NA 2022',
         'Tracing SSL/TLS Encrypted Microservices with eBPF')
FLUX = ('fluxcd_website__content_en_blog_2022-10-19-kubecon-2022-na_index.md',
        'Flux proudly representing at KubeCon 2022 NA')


def names_in(node):
    return [name for _, _, name, _ in a11y.walk(node)]


def main():
    if len(sys.argv) != 3 or not os.access(sys.argv[1], os.X_OK):
        print('usage: test-open-file.py PATH-TO-LINEUP TESTS-DATA-DIR', file=sys.stderr)
        return 2
    program, data_dir = sys.argv[1], sys.argv[2]

    # A hung call must fail the test, not stall it.
    signal.alarm(4 * a11y.CAP_SECONDS)
    keep = a11y.init()  # noqa: F841 (kept alive until the test ends)
    tap = a11y.Tap(8)

    # The posts are given as paths relative to each process's own folder, as
    # a user types them.
    work = tempfile.mkdtemp(prefix='lineup-open-file-')
    os.makedirs(os.path.join(work, 'first'))
    os.makedirs(os.path.join(work, 'second'))
    shutil.copy(os.path.join(data_dir, PIXIE[0]), os.path.join(work, 'first', 'pixie.md'))
    shutil.copy(os.path.join(data_dir, FLUX[0]), os.path.join(work, 'second', 'flux.md'))

    primary = None
    try:
        # 1. `lineup pixie.md`: the window shows pixie.md.
        primary = a11y.start_lineup(program, ['pixie.md'], cwd=os.path.join(work, 'first'))
        app = a11y.wait_for(lambda: a11y.find_app(primary.pid) or primary.poll() is not None,
                            'lineup to appear on the accessibility bus')
        tap.check(primary.poll() is None, 'lineup FILE runs', 'exit status %s' % primary.poll())
        window = a11y.wait_for(lambda: a11y.window_named(app, PIXIE[1]),
                               'a window titled "%s"' % PIXIE[1])
        tap.check(window is not None, 'lineup FILE opens a window titled as FILE',
                  a11y.window_titles(app))
        a11y.wait_for(lambda: any(PIXIE[2] in n for n in names_in(window)),
                      'a row naming "%s"' % PIXIE[2])
        tap.check(BUILTIN_TITLE not in a11y.window_titles(app),
                  'the built-in post is not opened beside FILE', a11y.window_titles(app))

        # 2. A second `lineup flux.md`, from another folder, hands the file to
        # the running instance and exits.
        second = subprocess.run([program, 'flux.md'], cwd=os.path.join(work, 'second'),
                                env=dict(os.environ, GTK_A11Y='atspi'),
                                timeout=a11y.CAP_SECONDS)
        tap.check(second.returncode == 0, 'a second lineup FILE exits once handed over',
                  'exit status %s' % second.returncode)
        # Several sources are shown at once: the running window adds it.
        both = '%s + %s' % (PIXIE[1], FLUX[1])
        a11y.wait_for(lambda: a11y.window_named(app, both),
                      'the running lineup to show both posts, titled "%s"' % both)
        tap.check(primary.poll() is None and a11y.window_named(app, both) is not None
                  and len(a11y.window_titles(app)) == 1,
                  'the running instance adds the second file to the first, in one window',
                  a11y.window_titles(app))

        # 3. A file that does not exist: a window that names it and says why.
        missing = subprocess.run([program, 'missing.md'], cwd=os.path.join(work, 'second'),
                                 env=dict(os.environ, GTK_A11Y='atspi'),
                                 timeout=a11y.CAP_SECONDS)
        tap.check(missing.returncode == 0, 'lineup MISSING.md is handed over too',
                  'exit status %s' % missing.returncode)
        a11y.wait_for(lambda: any('missing.md' in n and 'no such file' in n
                                  for n in names_in(app)),
                      'a window saying that missing.md does not exist')
        tap.check(BUILTIN_TITLE not in a11y.window_titles(app),
                  'a missing file does not open the built-in post', a11y.window_titles(app))
        a11y.stop(primary)

        # 4. The same as the first program started: the error, not the
        # built-in post.
        primary = a11y.start_lineup(program, ['missing.md'], cwd=work)
        app = a11y.wait_for(lambda: a11y.find_app(primary.pid) or primary.poll() is not None,
                            'lineup MISSING.md to appear on the accessibility bus')
        a11y.wait_for(lambda: primary.poll() is not None or
                      any('missing.md' in n and 'no such file' in n for n in names_in(app)),
                      'the first window to say that missing.md does not exist')
        titles = a11y.window_titles(app) if primary.poll() is None else []
        tap.check(titles == ['Lineup'],
                  'lineup MISSING.md opens one window, with the error and without a post',
                  titles)
    except TimeoutError as error:
        tap.check(False, 'lineup FILE', error)
    finally:
        a11y.stop(primary)
        shutil.rmtree(work, ignore_errors=True)

    return tap.status()


if __name__ == '__main__':
    sys.exit(main())
