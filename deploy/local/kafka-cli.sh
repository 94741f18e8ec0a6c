#!/usr/bin/env bash
# Runs any Apache Kafka command-line tool from the local broker's classpath ($DATA_DIR/kafka/lib,
# fetched from Maven Central on first use), e.g. to create or inspect topics, or to produce and
# read CloudEvents as an outside system would. The broker itself: deploy/local/run.sh.
#
# Usage: deploy/local/kafka-cli.sh <tool-class-or-alias> [tool arguments...]
#        deploy/local/kafka-cli.sh --help
#
# Environment: DATA_DIR (default <repo>/.data), JAVA_HOME, KAFKA_CLI_OPTS (JVM options of the
# tool, default -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1: tools start faster).
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Short names for the tools a user of this system needs most; class names verified in the
# Kafka 4.1.2 jars (kafka-tools, kafka_2.13). Any other fully-qualified class works as well.
declare -A TOOL=(
  [topics]=org.apache.kafka.tools.TopicCommand
  [console-producer]=org.apache.kafka.tools.ConsoleProducer
  [console-consumer]=org.apache.kafka.tools.consumer.ConsoleConsumer
  [consumer-groups]=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand
  [streams-groups]=org.apache.kafka.tools.streams.StreamsGroupCommand
  [streams-application-reset]=org.apache.kafka.tools.StreamsResetter
  [get-offsets]=org.apache.kafka.tools.GetOffsetShell
  [delete-records]=org.apache.kafka.tools.DeleteRecordsCommand
  [transactions]=org.apache.kafka.tools.TransactionsCommand
  [configs]=kafka.admin.ConfigCommand
  [metadata-quorum]=org.apache.kafka.tools.MetadataQuorumCommand
  [broker-api-versions]=org.apache.kafka.tools.BrokerApiVersionsCommand
  [log-dirs]=org.apache.kafka.tools.LogDirsCommand
  [dump-log]=kafka.tools.DumpLogSegments
  [storage]=kafka.tools.StorageTool
  [producer-perf-test]=org.apache.kafka.tools.ProducerPerformance
  [consumer-perf-test]=org.apache.kafka.tools.ConsumerPerformance
  [e2e-latency]=org.apache.kafka.tools.EndToEndLatency
)

usage() {
  local b="127.0.0.1:$KAFKA_PORT"
  cat <<EOF
Usage: deploy/local/kafka-cli.sh <tool> [arguments...]

<tool> is a fully-qualified Kafka tool class, or one of these short names:
$(for k in $(printf '%s\n' "${!TOOL[@]}" | sort); do printf '  %-20s %s\n' "$k" "${TOOL[$k]}"; done)

A tool without arguments prints its own options. Examples (broker at $b):

  # list topics, describe one
  deploy/local/kafka-cli.sh topics --bootstrap-server $b --list
  deploy/local/kafka-cli.sh topics --bootstrap-server $b --describe --topic innovation.ideas.v1

  # produce a CloudEvent in Kafka binary mode: headers, then key, then value, tab-separated
  printf 'ce_id:1,ce_source:/my-system,ce_type:innovation.idea.submit.v1,ce_specversion:1.0,content-type:application/json\tidea-1\t{"title":"..."}\n' |
    deploy/local/kafka-cli.sh console-producer --bootstrap-server $b --topic innovation.idea-commands.v1 \\
      --property parse.headers=true --property parse.key=true

  # read an output topic with headers and keys
  deploy/local/kafka-cli.sh console-consumer --bootstrap-server $b --topic innovation.ideas.v1 \\
      --from-beginning --property print.headers=true --property print.key=true

  # consumer groups and their lag
  deploy/local/kafka-cli.sh consumer-groups --bootstrap-server $b --describe --all-groups

Logs of the tools go to stderr (warnings only). DATA_DIR: $DATA_DIR
EOF
}

if (($# == 0)) || [[ "$1" == -h || "$1" == --help ]]; then
  usage
  exit 0
fi

class="${TOOL[$1]:-$1}"
shift
ensure_kafka_lib

# shellcheck disable=SC2086  # KAFKA_CLI_OPTS is a word list on purpose
exec "$JAVA" ${KAFKA_CLI_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
  -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/tools-log4j2.xml" \
  -cp "$KAFKA_LIB/*" "$class" "$@"
