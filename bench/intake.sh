#!/usr/bin/env bash
# Intake through the gateway: POST /api/ideas (each idea with its own title, signed in with HTTP Basic as a demo
# user: GATEWAY_USER, default alice; GATEWAY_PASSWORD, default demo), wrk on loopback with CONNECTIONS (default 16)
# connections for DURATION (default 30s), after a 5 s warm-up. Prints ideas/s (answered 201) and the latency
# percentiles; wrk's "Non-2xx or 3xx responses" line counts refusals (a 429 means the write rate limit was hit).
# Needs a running system with the per-user write rate limit lifted for the run:
#   WRITE_RATE_LIMIT=100000000 deploy/local/run.sh &
# and wrk (apt-get install wrk). Every idea posted goes on through evaluation and the roadmap (team bench-intake).
# Usage: bench/intake.sh [gateway-url]
set -euo pipefail
GATEWAY="${1:-http://127.0.0.1:8080}" DURATION="${DURATION:-30s}" CONNECTIONS="${CONNECTIONS:-16}"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
AUTH="$(printf '%s:%s' "${GATEWAY_USER:-alice}" "${GATEWAY_PASSWORD:-demo}" | base64)"
script="$(mktemp --suffix=.lua)"
trap 'rm -f "$script"' EXIT
cat >"$script" <<LUA
-- each wrk thread numbers its own ideas; the run's start time keeps titles apart across runs
local run = "$(date +%s)"
local thread_number = 0
local sent = 0
function setup(thread)
  thread_number = thread_number + 1
  thread:set("me", thread_number)
end
function request()
  sent = sent + 1
  local body = string.format('{"title":"Intake benchmark %s-%d-%d","problem":"Measure intake through the gateway",'
    .. '"team":"bench-intake","themes":["cost-efficiency"],"reach":%d,"impact":1,"confidence":80,"effortWeeks":2,'
    .. '"timeCriticality":3,"riskReduction":2}', run, me, sent, 100 + sent % 900)
  return wrk.format("POST", "/api/ideas", {["Content-Type"] = "application/json", ["Authorization"] = "Basic $AUTH"}, body)
end
LUA
wrk -t2 -c"$CONNECTIONS" -d5s -s "$script" "$GATEWAY" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$GATEWAY"
