#!/usr/bin/env bash
# Intake through the gateway at several connection counts on one running local system, with the CPU each process
# spent per stored idea: bench/intake.sh per connection count (WARM, default 120s, at 64 connections first), and
# after each run a wait until the pipeline has caught up (the five processes together below 0.25 core over 2 s, at
# most 90 s), so that the CPU of the events an idea causes is counted with the run that posted it.
# Per run it prints wrk's ideas/s and percentiles, the ideas stored (the gateway's count of POST /api/ideas answered
# 201, warm-up and catch-up included), and per process CPU seconds (utime + stime of /proc/<pid>/stat; in brackets
# those of the JIT's compiler threads) and milliseconds per stored idea.
# Needs a system started by deploy/local/run.sh with WRITE_RATE_LIMIT=100000000 (its pid files name the processes),
# the same DATA_DIR here, and wrk. Hold the build lock while it runs: /work/build-lock bench/intake-series.sh
# Usage: [DATA_DIR=...] [SERIES="16 64 128 256"] [WARM=120s] [DURATION=30s] bench/intake-series.sh [gateway-url]
set -euo pipefail
GATEWAY="${1:-http://127.0.0.1:8080}"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_DIR="${DATA_DIR:-$BENCH/../.data}"
PROCESSES=(kafka idea-service evaluation-service roadmap-service gateway)

pid_of() { cat "$DATA_DIR/run/$1.pid"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, in clock ticks
jit_ticks() {
  local f stat
  for f in /proc/"$1"/task/*/stat; do
    stat="$(cat "$f" 2>/dev/null)" || continue
    [[ "$stat" == *"CompilerThre"* ]] && echo "${stat##*) }"   # fields after the thread name
  done | awk '{s += $12 + $13} END {print s + 0}'
}
all_ticks() { local p; for p in "${PROCESSES[@]}"; do ticks "$(pid_of "$p")"; done | awk '{s += $1} END {print s}'; }
caught_up() {
  local i a b
  for ((i = 0; i < 45; i++)); do
    a="$(all_ticks)"; sleep 2; b="$(all_ticks)"
    (((b - a) * 100 < 50 * $(getconf CLK_TCK))) && return 0
  done
  echo "  (still busy after 90 s)"
}
stored() {
  curl -s -m 5 "$GATEWAY/actuator/prometheus" | awk '/^http_server_requests_seconds_count/ && /method="POST"/ \
    && /status="201"/ && /uri="\/api\/ideas"/ {s += $NF} END {print s + 0}'
}
snapshot() { local p pid; for p in "${PROCESSES[@]}"; do pid="$(pid_of "$p")"; echo "$p $(ticks "$pid") $(jit_ticks "$pid")"; done; }

for p in "${PROCESSES[@]}"; do [[ -r "$DATA_DIR/run/$p.pid" ]] || { echo "no $DATA_DIR/run/$p.pid: start deploy/local/run.sh first" >&2; exit 1; }; done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${WARM:-120s}" != 0 ]]; then
  echo "warming up: ${WARM:-120s} at 64 connections"
  CONNECTIONS=64 DURATION="${WARM:-120s}" "$BENCH/intake.sh" "$GATEWAY" >/dev/null
fi
caught_up
for connections in ${SERIES:-16 64 128 256}; do
  before="$(snapshot)" stored_before="$(stored)"
  result="$(CONNECTIONS=$connections "$BENCH/intake.sh" "$GATEWAY")"
  caught_up
  after="$(snapshot)" ideas=$(($(stored) - stored_before))
  echo "== $connections connections: $(awk '/Requests\/sec/ {print $2}' <<<"$result") ideas/s (wrk)," \
    "p50 $(awk '$1 == "50%" {print $2}' <<<"$result"), p99 $(awk '$1 == "99%" {print $2}' <<<"$result")," \
    "$ideas ideas stored, load average $(cut -d' ' -f1 /proc/loadavg)"
  grep -E 'Non-2xx|Socket errors' <<<"$result" || true
  paste <(echo "$before") <(echo "$after") | awk -v n="$ideas" -v hz="$(getconf CLK_TCK)" '{
    s = ($5 - $2) / hz; j = ($6 - $3) / hz; t += s
    printf "  %-19s %6.1f s CPU (JIT %5.1f s) %6.2f ms per idea\n", $1, s, j, n ? 1000 * s / n : 0
  } END { printf "  %-19s %6.1f s CPU            %6.2f ms per idea\n", "all five", t, n ? 1000 * t / n : 0 }'
done
