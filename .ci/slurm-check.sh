#!/usr/bin/env bash
# CI: a small sweep through a real Slurm scheduler. Starts a one-node cluster (scripts/slurm-up.sh), runs the sweep
# locally, then as a job array of 3 shards plus a merge job ('netbalance-sim slurm --submit'); kills one running
# shard with kill -9, resubmits that task and the merge, and compares the merged tables byte for byte with the local
# run. Stops the cluster again (scripts/slurm-down.sh) however it ends.
# Exit codes: 0 passed, 77 skipped (Slurm cannot be set up here; the reason is printed), anything else failed.
# Usage: .ci/slurm-check.sh [WORK_DIR]   (the Release build must exist)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(realpath -m "${1:-.ci/out/slurm}")
program="$root/src/NetBalanceSim.Cli/bin/Release/net10.0/netbalance-sim"
wait_s=${NETBALANCE_SLURM_JOB_WAIT_S:-300}
started=$SECONDS

say() { echo "slurm: [$((SECONDS - started)) s] $*"; }
fail() { say "FAILED: $*"; for log in "$work"/job/logs/*.log; do [ -e "$log" ] && { echo "--- $log"; tail -n 20 "$log"; }; done; exit 1; }

[ -x "$program" ] || fail "$program not built (dotnet build -c Release first)"
rm -rf "$work" && mkdir -p "$work/topologies" || fail "cannot create $work"

up=$("$root/scripts/slurm-up.sh" 2>&1); code=$?
echo "$up"
if [ "$code" -eq 77 ]; then
  say "SKIPPED: $(echo "$up" | tail -n 1 | sed 's/^slurm-up: skipped: //')"
  exit 77
fi
# Stop only a cluster this run started (a cluster that was already running is left as it is).
echo "$up" | grep -q "starting nothing" || trap '"$root/scripts/slurm-down.sh"' EXIT
[ "$code" -eq 0 ] || fail "scripts/slurm-up.sh exited with $code"
say "cluster up"

# A 60-vertex ring, 3 points x 16 repetitions: seconds of work, enough for a shard to be killed while it runs.
for v in $(seq 0 59); do echo "$v $(((v + 1) % 60))"; done > "$work/topologies/ring60.edges"
cat > "$work/ring.json" <<'JSON'
{ "name": "ci-ring", "description": "CI: a 60-vertex ring, 3 points x 16 repetitions, seconds of work",
  "repetitions": 16, "sweep": { "TpSeconds": [2, 4, 8] },
  "topology": "topologies/ring60.edges", "physicalNodes": 2, "cpusPerNode": 2, "RateMbps": 300,
  "sinkChanges": 10, "initialPlacementMovesPerVnode": 300, "coordinatorMovesPerSecond": 60000 }
JSON
cd "$work" || fail "cannot enter $work"

t=$SECONDS
"$program" sweep ring.json -o local > local.out 2>&1 || fail "local run failed: $(tail -n 1 local.out)"
say "local run: $(tail -n 1 local.out) ($((SECONDS - t)) s with the program's start)"

# Waits until none of the given jobs is in the queue (or one waits on a dependency that can never be satisfied).
wait_jobs() {
  local deadline=$((SECONDS + wait_s)) left
  while left=$(squeue -h -j "$1" -o '%i %T %r' 2> /dev/null) && [ -n "$left" ]; do
    if [ "${2:-}" != "allow-never" ] && echo "$left" | grep -q DependencyNeverSatisfied; then
      fail "a job waits on a dependency that can never be satisfied (a task failed): $left"
    fi
    [ "${2:-}" = "allow-never" ] && ! echo "$left" | grep -qv DependencyNeverSatisfied && return 0
    [ "$SECONDS" -ge "$deadline" ] && fail "jobs $1 still queued after $wait_s s: $(echo "$left" | paste -sd ';')"
    sleep 0.2
  done
}

t=$SECONDS
submitted=$("$program" slurm ring.json --tasks 3 --time 00:05:00 --submit -o job 2>&1) || fail "slurm --submit failed: $submitted"
echo "$submitted"
array=$(echo "$submitted" | sed -n 's/^submitted array job \([0-9]*\) .*/\1/p')
merge=$(echo "$submitted" | sed -n 's/.* and merge job \([0-9]*\) .*/\1/p')
[ -n "$array" ] && [ -n "$merge" ] || fail "no job ids in: $submitted"
say "submitted array job $array (3 tasks) and merge job $merge (afterok:$array)"

# kill -9 the first shard seen running with at least 2 repetitions in its journal (its folder lock names its process).
deadline=$((SECONDS + wait_s)); killed=""
while [ -z "$killed" ]; do
  for i in 0 1 2; do
    shard=job/shards/$i
    [ -e "$shard/manifest.json" ] && continue
    saved=$(grep -c '"unit"' "$shard/journal.jsonl" 2> /dev/null)
    pid=$(sed -n 's/^process \([0-9]*\): .*/\1/p' "$shard/.netbalance-sim.holder" 2> /dev/null)
    if [ "${saved:-0}" -ge 2 ] && [ -n "$pid" ] && tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q -- "--shard $i/3"; then
      kill -9 "$pid" && killed=$i
      say "kill -9 $pid: shard $i/3 (array task ${array}_$i) with $saved of its repetitions saved"
      break
    fi
  done
  [ -n "$killed" ] && break
  [ "$SECONDS" -ge "$deadline" ] && fail "no shard was seen running within $wait_s s"
  [ -z "$(squeue -h -j "$array" 2> /dev/null)" ] && fail "every shard finished before one could be killed; make the CI sweep longer"
  sleep 0.05
done

wait_jobs "$array"
wait_jobs "$merge" allow-never
reason=$(squeue -h -j "$merge" -o %r 2> /dev/null)
[ "$reason" = "DependencyNeverSatisfied" ] || fail "merge job $merge: expected to wait for ever after a failed task, found '$reason'"
scancel "$merge"
say "array done with task $killed failed; merge $merge never runs (DependencyNeverSatisfied), cancelled"

again=$(sbatch --parsable --array="$killed" job/shards.sbatch) || fail "resubmitting task $killed failed"
again=${again%%;*}
merge=$(sbatch --parsable --dependency=afterok:"$again" job/merge.sbatch) || fail "resubmitting the merge failed"
merge=${merge%%;*}
say "resubmitted task $killed as job $again and the merge as job $merge (afterok:$again)"
wait_jobs "$again,$merge"
grep -h "resuming" "job/logs/shard-$killed.log" | sed 's/^/  /' || fail "shard $killed did not resume from its journal"
[ -e job/results/manifest.json ] || fail "no merged results in job/results"
say "through Slurm in $((SECONDS - t)) s (3 tasks, one killed and resubmitted, merged)"

for file in runs.csv summary.csv tau-trace.csv; do
  cmp "local/$file" "job/results/$file" || fail "job/results/$file differs from the local run's"
  say "identical: $file ($(wc -c < "local/$file") bytes, sha256 $(sha256sum < "local/$file" | cut -c1-16))"
done
say "passed: the merged shards are byte for byte the local run's tables"
