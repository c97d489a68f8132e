#!/bin/sh
# Installs what Lineup needs to build, run and test on Debian 12 / Ubuntu 24.04.
# Run as root (or through sudo).  Safe to run again: it only adds what is missing.
set -eu

packages="meson ninja-build pkg-config gcc git
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libyaml-dev libcmark-dev libical-dev libjson-glib-dev libxml2-dev libsoup-3.0-dev glib-networking
  gettext desktop-file-utils appstream librsvg2-bin
  xvfb xauth dbus-x11 at-spi2-core python3 python3-gi python3-pyatspi gir1.2-atspi-2.0 gir1.2-gtk-4.0
  python3-icalendar locales tzdata clang libclang-rt-14-dev libxml2-utils"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # shellcheck disable=SC2086
  apt-get install -y --no-install-recommends $missing
fi

# The tests check the German and French translations and locale-dependent
# formats: a fresh machine only has the C locale.
for l in de_DE.UTF-8 fr_FR.UTF-8 en_US.UTF-8; do
  if ! locale -a 2>/dev/null | grep -qi "^$(echo "$l" | sed 's/UTF-8/utf8/')$"; then
    sed -i "s/^# *\($l UTF-8\)/\1/" /etc/locale.gen 2>/dev/null || true
    grep -q "^$l UTF-8" /etc/locale.gen 2>/dev/null || echo "$l UTF-8" >> /etc/locale.gen
    need_gen=1
  fi
done
if [ "${need_gen:-0}" = 1 ]; then
  locale-gen
fi
