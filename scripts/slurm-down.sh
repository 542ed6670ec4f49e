#!/usr/bin/env bash
# Stops what scripts/slurm-up.sh started and removes the files it wrote, as recorded in $STATE/started, and nothing
# else: each process by its recorded PID, only if that PID still runs the recorded program. The installed packages
# stay installed (removing them is 'apt-get remove slurmctld slurmd slurm-client munge').
set -uo pipefail

STATE=${NETBALANCE_SLURM_STATE:-/tmp/netbalance-slurm}
say() { echo "slurm-down: $*"; }

if [ ! -e "$STATE/started" ]; then
  say "nothing recorded in $STATE/started; nothing to stop"
  exit 0
fi

stop() { # name pid
  local name=$1 pid=$2
  if [ "$(cat "/proc/$pid/comm" 2> /dev/null)" != "$name" ]; then
    say "$name (pid $pid) is no longer running"
    return
  fi
  kill "$pid"
  for _ in $(seq 100); do
    [ "$(cat "/proc/$pid/comm" 2> /dev/null)" = "$name" ] || { say "stopped $name (pid $pid)"; return; }
    grep -q '^State:.*Z' "/proc/$pid/status" 2> /dev/null && { say "stopped $name (pid $pid)"; return; }
    sleep 0.1
  done
  say "$name (pid $pid) did not stop within 10 s; sending SIGKILL"
  kill -9 "$pid" 2> /dev/null
}

# Daemons in the reverse order of their start (slurmd, slurmctld, munged), then the files.
tac "$STATE/started" | while read -r kind name value; do
  case "$kind" in
    pid) stop "$name" "$value" ;;
  esac
done
tac "$STATE/started" | while read -r kind name rest; do
  case "$kind" in
    file) rm -f "$name" && say "removed $name" ;;
    installed) say "left installed: $name $rest" ;;
  esac
done
mv "$STATE" "$STATE.stopped.$(date -u +%Y%m%dT%H%M%SZ)" && say "logs kept in $STATE.stopped.*"
