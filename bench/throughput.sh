#!/usr/bin/env bash
# Pipeline throughput against the running local system (deploy/local/run.sh [--instances N]), beside the raw
# limit of the same broker on the same machine, measured in the same run:
#   1. Kafka's ProducerPerformance: RAW_COUNT (200,000) records of 500 bytes, acks=all, to a scratch topic (deleted after);
#   2. bench/PipelineThroughput.java: COUNT ideas in one burst on the command topic, timed until each has its
#      final event (roadmap placement, or a decision other than approved) as a read_committed consumer sees it.
# Usage: bench/throughput.sh [count] [teams]      (default 1000 ideas over 20 teams; LIMIT_SECONDS, default 300, bounds the wait)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../deploy/local/common.sh
source deploy/local/common.sh
COUNT="${1:-1000}" TEAMS="${2:-20}" RAW_COUNT="${RAW_COUNT:-200000}"
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
ensure_kafka_lib
scratch="bench-scratch-$$"
cli() { deploy/local/kafka-cli.sh "$@"; }

cli topics --bootstrap-server "$BOOTSTRAP" --create --topic "$scratch" --partitions 3 --replication-factor 1 >/dev/null
trap 'cli topics --bootstrap-server "$BOOTSTRAP" --delete --topic "$scratch" >/dev/null 2>&1 || true' EXIT
raw="$(cli producer-perf-test --topic "$scratch" --num-records "$RAW_COUNT" --record-size 500 --throughput -1 \
  --producer-props bootstrap.servers="$BOOTSTRAP" acks=all | tail -n 1)"
echo "raw Kafka producer: $raw"

pipeline="$("$JAVA" -Xmx256m -cp "$KAFKA_LIB/*" bench/PipelineThroughput.java "$BOOTSTRAP" "$COUNT" "$TEAMS" "${LIMIT_SECONDS:-300}")"
echo "pipeline: $pipeline"

raw_rate="$(sed -n 's/.*records sent, \([0-9.]*\) records\/sec.*/\1/p' <<<"$raw")"
pipe_rate="$(sed -n 's/.*: \([0-9.]*\) ideas\/s.*/\1/p' <<<"$pipeline")"
awk -v r="$raw_rate" -v p="$pipe_rate" 'BEGIN { if (r > 0) printf "ratio pipeline/raw: %.4f (1 : %.0f)\n", p / r, r / p }'
