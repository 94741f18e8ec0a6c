#!/usr/bin/env bash
# The gateway's composed read (GET /api/ideas/{id}: three back-end calls in parallel, composed, status derived)
# against a trivial gateway endpoint (GET /api/me: signed in the same way, answered by the gateway alone), in one
# run, with wrk on loopback. Every request signs in with HTTP Basic as a demo user (GATEWAY_USER, default alice;
# GATEWAY_PASSWORD, default demo).
# Needs a running system (deploy/local/run.sh [--instances N]) and wrk (apt-get install wrk).
# Bounded: each measurement runs DURATION (default 15s) with CONNECTIONS (default 16) connections, after a
# 5 s warm-up of each.
# Usage: bench/gateway-reads.sh [gateway-url]
set -euo pipefail
GATEWAY="${1:-http://127.0.0.1:8080}" DURATION="${DURATION:-15s}" CONNECTIONS="${CONNECTIONS:-16}"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
AUTH="$(printf '%s:%s' "${GATEWAY_USER:-alice}" "${GATEWAY_PASSWORD:-demo}" | base64)"

id="$(curl -fsS -u "${GATEWAY_USER:-alice}:${GATEWAY_PASSWORD:-demo}" -X POST "$GATEWAY/api/ideas" -H 'Content-Type: application/json' -d '{"title":"Gateway read benchmark",
  "problem":"Measure composed reads","team":"bench-reads","themes":["customer-experience"],
  "reach":5000,"impact":2,"confidence":80,"effortWeeks":1,"timeCriticality":8,"riskReduction":5}' | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')"
for _ in $(seq 50); do   # until its roadmap part is there, so every read composes all three parts
  curl -fsS -u "${GATEWAY_USER:-alice}:${GATEWAY_PASSWORD:-demo}" "$GATEWAY/api/ideas/$id" | grep -q '"status":"SCHEDULED"' && break
  sleep 0.2
done

rate() { # url
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Basic $AUTH" "$1" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Basic $AUTH" "$1" | tee /dev/stderr | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'
}
composed="$(rate "$GATEWAY/api/ideas/$id")"
trivial="$(rate "$GATEWAY/api/me")"
echo "composed read: $composed req/s; trivial endpoint: $trivial req/s"
awk -v c="$composed" -v t="$trivial" 'BEGIN { printf "ratio composed/trivial: %.3f\n", c / t }'
