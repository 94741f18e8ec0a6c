# shellcheck shell=bash disable=SC2034  # sourced: the variables are used by the sourcing scripts
# Shared by deploy/local/run.sh and deploy/local/kafka-cli.sh (sourced, not run).
# Paths, defaults, and fetching the Kafka broker/tools classpath from Maven Central.

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"

DATA_DIR="${DATA_DIR:-$REPO_ROOT/.data}"
case "$DATA_DIR" in /*) ;; *) DATA_DIR="$PWD/$DATA_DIR" ;; esac   # absolute: handed to processes

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

KAFKA_HOME="$DATA_DIR/kafka"
KAFKA_LIB="$KAFKA_HOME/lib"
LOG_DIR="$DATA_DIR/logs"

# "|| true": a closed stderr (e.g. `run.sh | tee` after Ctrl-C) must not abort a shutdown.
log() { printf '[local] %s\n' "$*" >&2 || true; }
die() { printf '[local] ERROR: %s\n' "$*" >&2 || true; exit 1; }

# What decides the contents of $KAFKA_LIB: the Spring Boot parent version (which manages
# kafka.version), any kafka.version override in the root pom, and the broker pom itself.
# When none of these changed since the last copy, the copy is reused without starting Maven.
kafka_lib_stamp() {
  {
    sed -n '/<parent>/,/<\/parent>/p' "$REPO_ROOT/pom.xml" | head -n 8
    grep -E '<(kafka|slf4j|log4j2)\.version>' "$REPO_ROOT/pom.xml" || true
    cat "$LOCAL_DIR/kafka-broker/pom.xml"
  } | sha256sum | cut -c1-16
}

kafka_version() {
  local jars=("$KAFKA_LIB"/kafka_2.13-*.jar) jar
  jar="${jars[0]##*/kafka_2.13-}"
  echo "${jar%.jar}"
}

# Copies the runtime classpath of deploy/local/kafka-broker/pom.xml into $KAFKA_LIB, once.
ensure_kafka_lib() {
  local stamp tmp
  stamp="$(kafka_lib_stamp)"
  if [[ -f "$KAFKA_LIB/.stamp" && "$(cat "$KAFKA_LIB/.stamp")" == "$stamp" ]]; then
    return 0
  fi
  log "fetching the Kafka broker and tools jars (Maven Central, once) into $KAFKA_LIB"
  mkdir -p "$KAFKA_HOME"
  tmp="$KAFKA_HOME/lib.tmp.$$"
  rm -rf "$KAFKA_HOME"/lib.tmp.*   # left by an interrupted fetch
  local copy=(./mvnw -B -q -f deploy/local/kafka-broker/pom.xml
              dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp")
  # The parent pom is read from the checkout (relativePath); should Maven still want it
  # installed (an unusual local setup), install the parent alone and try once more.
  if ! (cd "$REPO_ROOT" && "${copy[@]}"); then
    log "retrying after installing the parent pom (./mvnw -N install)"
    (cd "$REPO_ROOT" && ./mvnw -B -q -N install && "${copy[@]}") || die "could not fetch the Kafka jars"
  fi
  echo "$stamp" >"$tmp/.stamp"
  # Swap in whole, so an interrupted fetch never leaves a half-filled lib directory behind.
  rm -rf "$KAFKA_LIB"
  mv "$tmp" "$KAFKA_LIB"
  local jars=("$KAFKA_LIB"/*.jar)
  log "Kafka $(kafka_version): ${#jars[@]} jars"
}
