#!/usr/bin/env bash
# Runs `callroute explore` over every world of worlds/, bench/worlds/large.yaml and the examples,
# with and without symmetry, on one and two threads, with queries, bounds and JSON, and writes each
# run's output (timing lines removed) and exit status to one file per run in OUTDIR.
# Two builds give the same results when `diff -r` of their OUTDIRs is empty.
#
#   bench/explore/outputs.sh /tmp/before        # on the old build
#   bench/explore/outputs.sh /tmp/after         # on the new build
#   diff -r /tmp/before /tmp/after && echo identical
set -u
out=${1:?usage: bench/explore/outputs.sh OUTDIR}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
n=0
one() { # NAME ARGS...
  local name=$1; shift
  n=$((n + 1))
  ./callroute explore --no-color "$@" 2>&1 \
    | sed -E -e '/^(seconds|states per second|memory per state|classes per second):/d' \
             -e '/"seconds" *:/d' >"$out/$name.txt"
  echo "exit ${PIPESTATUS[0]}" >>"$out/$name.txt"
}
for w in worlds/*.yaml bench/worlds/large.yaml; do
  b=$(basename "$w" .yaml)
  for t in 1 2; do
    one "$b-nosym-t$t" "$w" --no-symmetry --threads "$t"
    one "$b-sym-t$t" "$w" --threads "$t"
  done
done
for w in worlds/*.yaml; do
  b=$(basename "$w" .yaml)
  for c in 0 1 3; do
    one "$b-calls$c" "$w" --no-symmetry --max-calls "$c" --threads 2
  done
  one "$b-depth4" "$w" --no-symmetry --max-depth 4
  one "$b-never" "$w" --no-symmetry --never 'output=builtInReceiver' --never 'voip=interrupted&call=held' --format json
  one "$b-never-sym" "$w" --never 'output=builtInSpeaker&voip=active' --threads 2
  one "$b-reach" "$w" --no-symmetry --reach 'output=builtInSpeaker&voip=interrupted'
  one "$b-reach-sym" "$w" --reach 'input=none&call=held' --threads 2
  one "$b-bitstate" "$w" --no-symmetry --bitstate 8K --threads 1
done
for e in examples/*.yaml; do
  b=$(basename "$e" .yaml)
  one "ex-$b" "$e" --no-symmetry --max-calls 2 --threads 2
  one "ex-$b-never" "$e" --never 'output=builtInReceiver&call=active' --max-calls 2 --threads 1
done
echo "$n runs written to $out"
