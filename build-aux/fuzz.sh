#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz in _build-fuzz (clang,
# -Dfuzzing=true) and runs each for SECONDS (default 60).  Exits non-zero if
# a target crashes, leaks, hangs (-timeout), runs out of memory or if the
# build fails.
#
#   build-aux/fuzz.sh [SECONDS] [TARGET…]     TARGET: post-reader, slot, agenda,
#                                             source-xml, source-json, source-ical
#
# New inputs go to _build-fuzz/fuzz-corpus/TARGET (the seeds in
# tests/fuzz/corpus/fuzz-TARGET and tests/fuzz/regressions stay untouched);
# a crashing input is written to _build-fuzz/fuzz-artifacts/.  Minimise it
# (fuzz-TARGET -minimize_crash=1 -runs=10000 FILE) and save it as
# tests/fuzz/regressions/fuzz-TARGET-SHORT-NAME: the fuzz-replay tests replay it.
# LINEUP_FUZZ_ARGS adds libFuzzer options (e.g. "-jobs=2 -workers=2").
set -eu
cd "$(dirname "$0")/.."

seconds=${1:-60}
if [ $# -gt 0 ]; then shift; fi
targets=${*:-post-reader slot agenda source-xml source-json source-ical}
build=_build-fuzz

if [ ! -f "$build/build.ninja" ]; then
  CC=${CC:-clang} meson setup "$build" -Dfuzzing=true -Dbenchmarks=false
else
  meson configure "$build" -Dfuzzing=true
fi
set --
for t in $targets; do
  set -- "$@" "tests/fuzz/fuzz-$t"
done
ninja -C "$build" -j"${LINEUP_FUZZ_BUILD_JOBS:-2}" "$@"

mkdir -p "$build/fuzz-artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export G_DEBUG="${G_DEBUG:-gc-friendly}"
export LC_ALL=C.UTF-8

status=0
for t in $targets; do
  corpus="$build/fuzz-corpus/$t"
  seeds="tests/fuzz/corpus/fuzz-$t"
  mkdir -p "$corpus"
  # The regressions of this target join the seeds.
  for r in tests/fuzz/regressions/fuzz-"$t"-*; do
    [ -f "$r" ] && cp -f "$r" "$corpus/"
  done
  dict=
  [ -f "tests/fuzz/fuzz-$t.dict" ] && dict="-dict=tests/fuzz/fuzz-$t.dict"
  echo "== fuzz-$t for ${seconds}s"
  # shellcheck disable=SC2086
  if ! "$build/tests/fuzz/fuzz-$t" \
         -max_total_time="$seconds" -print_final_stats=1 -timeout=5 \
         -rss_limit_mb=2048 -artifact_prefix="$build/fuzz-artifacts/fuzz-$t-" \
         $dict ${LINEUP_FUZZ_ARGS:-} "$corpus" "$seeds"; then
    echo "fuzz-$t: FAILED (see $build/fuzz-artifacts/)" >&2
    status=1
  fi
done
exit $status
