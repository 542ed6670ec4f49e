#!/usr/bin/env bash
# Crash trials for results folders: runs a small scenario, kills it with SIGKILL (kill -9) at a random moment, or in
# the middle of publishing, resumes it with --resume, and checks that the folder ends up the same as after an
# uninterrupted run: the same file names (temporary files included: there must be none), the same bytes for every
# table, the same checksums in the manifest. Prints one line per trial and a count of identical outcomes.
#
#   tests/crash/crash-trials.sh [TRIALS_AT_RANDOM] [TRIALS_DURING_PUBLISH] [SEED]
set -uo pipefail
cd "$(dirname "$0")/../.."
random_trials=${1:-20}
publish_trials=${2:-10}
seed=${3:-1}
work=$(mktemp -d /tmp/nbs-crash.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build src/NetBalanceSim.Cli -c Release -o "$work/cli" -v quiet -nologo >/dev/null
cli() { dotnet "$work/cli/netbalance-sim.dll" "$@"; }
args=(run scenarios/default.json --reps 6 --jobs 2)

start=$(date +%s.%N)
cli "${args[@]}" -o "$work/reference" >/dev/null 2>&1
duration=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
echo "uninterrupted run: $duration s; kills at random fall in [0.1, 1.1 x that]"

# A folder's outcome: its file names, each table's bytes and the manifest's list of files with their checksums.
fingerprint() {
  python3 - "$1" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
names = sorted(os.listdir(d))
print("names", " ".join(names))
for n in names:
    if n.endswith(".csv"):
        print(n, hashlib.sha256(open(os.path.join(d, n), "rb").read()).hexdigest())
m = json.load(open(os.path.join(d, "manifest.json")))
print("complete", m["complete"], "files", json.dumps(m["files"], sort_keys=True))
PY
}

# What a kill left: nothing, a journal, a half-published folder, or complete results.
state() {
  local d=$1
  if [ ! -d "$d" ] || [ -z "$(ls -A "$d" | grep -v '^\.netbalance-sim\.' || true)" ]; then echo nothing; return; fi
  if [ -f "$d/manifest.json" ]; then
    if grep -q '"complete": true' "$d/manifest.json"; then echo complete; else echo half-published; fi
  elif [ -f "$d/journal.jsonl" ]; then echo journal
  else echo other:$(ls -A "$d" | tr '\n' ' '); fi
}

expected=$(fingerprint "$work/reference")
identical=0; total=0
declare -A seen=()
RANDOM=$seed
trial() {
  local kind=$1 n=$2 out="$work/t$2"
  if [ "$kind" = random ]; then
    dotnet "$work/cli/netbalance-sim.dll" "${args[@]}" -o "$out" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(awk -v r=$RANDOM -v d="$duration" 'BEGIN { printf "%.2f", 0.1 + 1.1 * d * r / 32767 }')"
  else
    NETBALANCE_SIM_PUBLISH_PAUSE_MS=150 dotnet "$work/cli/netbalance-sim.dll" "${args[@]}" -o "$out" >/dev/null 2>&1 &
    local pid=$!
    until [ -n "$(ls -A "$out" 2>/dev/null | grep -e '-tmp$' -e '^manifest.json$' || true)" ] || ! kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 1.6 * r / 32767 }')"
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local left; left=$(state "$out")
  local temps; temps=$(ls -A "$out" 2>/dev/null | grep -c -e '-tmp$' || true)
  if [ "$left" = nothing ] && [ ! -d "$out" ]; then
    cli "${args[@]}" -o "$out" >/dev/null 2>&1
  else
    cli "${args[@]}" -o "$out" --resume >/dev/null 2>"$out.err" || echo "trial $n: resume failed: $(tail -1 "$out.err")"
  fi
  local got; got=$(fingerprint "$out")
  total=$((total + 1)); seen[$left]=$(( ${seen[$left]:-0} + 1 ))
  if [ "$got" = "$expected" ]; then identical=$((identical + 1)); verdict=identical; else verdict=DIFFERENT; fi
  echo "trial $n ($kind): killed leaving $left ($temps temporary files); after --resume: $verdict"
}
for i in $(seq 1 "$random_trials"); do trial random "$i"; done
for i in $(seq 1 "$publish_trials"); do trial publish "$((random_trials + i))"; done
echo "states after the kill: $(for k in "${!seen[@]}"; do printf '%s %s; ' "$k" "${seen[$k]}"; done)"
echo "$identical of $total folders identical to the uninterrupted run (names, tables, manifest checksums)"
[ "$identical" -eq "$total" ]
