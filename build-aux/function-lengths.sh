#!/bin/sh
# function-lengths.sh — the longest C functions, with their lines
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/function-lengths.sh [FILE…]   (default: every .c under src/)
# Prints "LINES FILE:LINE NAME", longest first.  Needs Universal Ctags, which
# knows where each function ends.
if [ $# -eq 0 ]; then
  set -- $(find src -name '*.c' | sort)
fi
# GLib macros that take no semicolon would hide the function after them.
ctags --fields=+ne --c-kinds=f \
  -D "G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(t,f)=" -D "G_DEFINE_AUTOPTR_CLEANUP_FUNC(t,f)=" \
  -D "G_DEFINE_AUTO_CLEANUP_FREE_FUNC(t,f,n)=" -o - "$@" | awk -F'\t' '{
  line = ""; end = "";
  for (i = 3; i <= NF; i++) {
    if ($i ~ /^line:/) line = substr($i, 6);
    if ($i ~ /^end:/) end = substr($i, 5);
  }
  if (line != "" && end != "") printf "%5d %s:%s %s\n", end - line + 1, $2, line, $1
}' | sort -rn
