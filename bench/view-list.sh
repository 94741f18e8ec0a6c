#!/usr/bin/env bash
# The pipeline view under load: COUNT (100,000) ideas' events on the event topics, then GET /api/ideas pages of
# 50 at RATE (100) requests/s for SECONDS (60), open loop; prints p50/p99/p99.9/max (bench/ViewList.java).
# Needs the local broker with nothing but a gateway reading the event topics:
#   deploy/local/run.sh --kafka-only, then the gateway alone, e.g.
#   java -Xmx1g -jar gateway/target/gateway-*.jar   (KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT)
# Usage: bench/view-list.sh [gateway-url]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../deploy/local/common.sh
source deploy/local/common.sh
GATEWAY="${1:-http://127.0.0.1:8080}" COUNT="${COUNT:-100000}" RATE="${RATE:-100}" SECONDS_="${SECONDS_:-60}"
ensure_kafka_lib
"$JAVA" -Xmx512m -cp "$KAFKA_LIB/*" bench/ViewList.java "127.0.0.1:$KAFKA_PORT" "$GATEWAY" "$COUNT" "$RATE" "$SECONDS_"
