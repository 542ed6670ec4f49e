#!/usr/bin/env bash
# Starts a one-node Slurm cluster on this Debian machine, for trying the 'slurm' verb and for CI: installs
# slurmctld, slurmd, slurm-client and munge with apt-get when they are missing, writes a minimal
# /etc/slurm/slurm.conf (only if there is none), starts munged, slurmctld and slurmd without systemd, and waits
# until the node is idle. Everything it starts or writes is recorded in $STATE/started, so that
# scripts/slurm-down.sh stops exactly that and nothing else.
#
# Exit codes: 0 the cluster is up (or was already running: then nothing is recorded and slurm-down leaves it);
#            77 Slurm cannot be set up here (not root, no apt-get, the packages cannot be installed, an
#               /etc/slurm/slurm.conf that is not ours): the reason is the last line on stdout;
#             1 it was installed but did not come up (see the logs in $STATE/log).
# Environment: NETBALANCE_SLURM_STATE (default /tmp/netbalance-slurm), NETBALANCE_SLURM_WAIT_S (default 60).
set -uo pipefail

STATE=${NETBALANCE_SLURM_STATE:-/tmp/netbalance-slurm}
WAIT_S=${NETBALANCE_SLURM_WAIT_S:-60}
CONF=/etc/slurm/slurm.conf
MARK="# Written by NetBalanceSim scripts/slurm-up.sh"

say() { echo "slurm-up: $*"; }
skip() { say "skipped: $*"; exit 77; }
fail() { say "failed: $*"; exit 1; }
record() { echo "$*" >> "$STATE/started"; }

node_state() { timeout 10 sinfo -h -n localhost -o %T 2>/dev/null | head -n 1; }

if command -v sinfo > /dev/null 2>&1 && [ -n "$(node_state)" ]; then
  say "a Slurm cluster is already running (node localhost: $(node_state)); starting nothing"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || skip "needs root to install and start Slurm (running as uid $(id -u))"
[ -e "$STATE/started" ] && fail "$STATE/started exists: a cluster started earlier was not stopped; run scripts/slurm-down.sh first"
mkdir -p "$STATE/log" "$STATE/slurmctld" "$STATE/slurmd" || fail "cannot create $STATE"
: > "$STATE/started"

missing=()
for program in slurmctld slurmd sbatch munged; do
  command -v "$program" > /dev/null 2>&1 || missing+=("$program")
done
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get > /dev/null 2>&1 || skip "${missing[*]} missing and no apt-get to install them"
  say "installing slurmctld slurmd slurm-client munge (missing: ${missing[*]})"
  started=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  timeout 300 apt-get update -q > "$STATE/log/apt-update.log" 2>&1 || skip "apt-get update failed (no network or no package source?): $(tail -n 1 "$STATE/log/apt-update.log")"
  timeout 600 apt-get install -y -q --no-install-recommends slurmctld slurmd slurm-client munge > "$STATE/log/apt-install.log" 2>&1 \
    || skip "apt-get install slurmctld slurmd slurm-client munge failed: $(tail -n 1 "$STATE/log/apt-install.log")"
  record "installed slurmctld slurmd slurm-client munge"
  say "installed in $((SECONDS - started)) s"
fi

# munge: /run/munge does not exist without systemd-tmpfiles; the key comes with the package.
if ! munge -n 2> /dev/null | unmunge > /dev/null 2>&1; then
  install -d -o munge -g munge -m 755 /run/munge || fail "cannot create /run/munge"
  if [ ! -s /etc/munge/munge.key ]; then
    mungekey --create --keyfile=/etc/munge/munge.key && chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key \
      || fail "cannot create /etc/munge/munge.key"
    record "file /etc/munge/munge.key"
  fi
  rm -f /run/munge/munged.pid
  runuser -u munge -- /usr/sbin/munged > "$STATE/log/munged.out" 2>&1 < /dev/null || fail "munged did not start: $(tail -n 1 "$STATE/log/munged.out")"
  for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
  record "pid munged $(cat /run/munge/munged.pid)"
  munge -n | unmunge > /dev/null 2>&1 || fail "munge does not work (munge -n | unmunge)"
  say "munged started (pid $(cat /run/munge/munged.pid))"
fi

if [ -e "$CONF" ] && ! grep -qF "$MARK" "$CONF"; then
  skip "$CONF exists and is not ours; not touching another Slurm configuration"
fi
cpus=$(nproc)
mkdir -p /etc/slurm
cat > "$CONF" <<CONF
$MARK: a one-node cluster without systemd or cgroups.
ClusterName=local
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$STATE/slurmctld
SlurmdSpoolDir=$STATE/slurmd
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$STATE/log/jobcomp.log
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MailProg=/bin/true
MpiDefault=none
NodeName=localhost NodeHostname=localhost CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
record "file $CONF"

# The daemons run in the foreground (-D) in their own sessions, detached from this script's output.
setsid slurmctld -D > "$STATE/log/slurmctld.out" 2>&1 < /dev/null &
record "pid slurmctld $!"
setsid slurmd -D -N localhost > "$STATE/log/slurmd.out" 2>&1 < /dev/null &
record "pid slurmd $!"
started=$SECONDS
until [ "$(node_state)" = "idle" ]; do
  [ $((SECONDS - started)) -ge "$WAIT_S" ] && fail "node localhost not idle after $WAIT_S s (state: '$(node_state)'; logs in $STATE/log)"
  sleep 0.5
done
say "node localhost idle after $((SECONDS - started)) s: $(sinfo -h -o '%P %a %D %T %N' | head -n 1) ($cpus CPUs; MaxArraySize $(scontrol show config | awk -F' *= *' '/^MaxArraySize/ {print $2}'))"
