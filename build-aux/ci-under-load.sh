#!/bin/sh
# Runs what CI runs (.ci/run: the README's test command, then the sanitizer
# suite and the fuzz replays) while two busy loops keep both cores of the
# machine occupied, to show that the suite measures correctness alone and
# passes on a slow, busy machine.  Prints how long the run took.
#
# Usage: build-aux/ci-under-load.sh [RUNS]   (default 1; stops at the first failure)
set -u
cd "$(dirname "$0")/.."

runs="${1:-1}"
loops=""

stop_loops () {
  for pid in $loops; do
    kill "$pid" 2>/dev/null
  done
  for pid in $loops; do
    wait "$pid" 2>/dev/null
  done
  loops=""
}
trap stop_loops EXIT
trap 'stop_loops; exit 130' INT TERM

for _ in 1 2; do
  sh -c 'while :; do :; done' &
  loops="$loops $!"
done
echo "ci-under-load: busy loops$loops on $(nproc) cores"

status=0
i=1
while [ "$i" -le "$runs" ]; do
  started=$(date +%s)
  sh .ci/run
  status=$?
  echo "ci-under-load: run $i of $runs: exit $status after $(( $(date +%s) - started )) s"
  [ "$status" -eq 0 ] || break
  i=$((i + 1))
done

stop_loops
exit "$status"
