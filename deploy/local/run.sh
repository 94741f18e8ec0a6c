#!/usr/bin/env bash
# Runs the whole Innovation Pipeline on one machine, without Docker: a real Apache Kafka broker
# (single-node KRaft, jars from Maven Central) and the four services as plain `java -jar`.
# Everything listens on 127.0.0.1 only. Data lives under $DATA_DIR and survives restarts.
#
# Usage: deploy/local/run.sh [--instances N] [--with-prometheus] [--kafka-only] [--rebuild] [--reset] [--stop] [--help]
# Needs: Linux (or WSL), bash 4.3+, a JDK 17+, curl. Network: Maven Central, on the first run only.
#
# Environment (all optional):
#   name                     default                                  meaning
#   DATA_DIR                 <repo>/.data                             all runtime data: Kafka jars and data, service state, logs
#   KAFKA_PORT               9092                                     Kafka client listener (PLAINTEXT) on 127.0.0.1
#   KAFKA_CONTROLLER_PORT    9093                                     KRaft controller listener on 127.0.0.1
#   KAFKA_BOOTSTRAP_SERVERS  127.0.0.1:$KAFKA_PORT                    handed to the services: where they find Kafka
#   KAFKA_HEAP_OPTS          -Xms512m -Xmx512m                        broker heap
#   KAFKA_JVM_OPTS           -XX:+UseG1GC -XX:MaxGCPauseMillis=20 ... other broker JVM options
#   BIND_ADDRESS             127.0.0.1                                address the services' HTTP servers bind to
#   GATEWAY_PORT             8080                                     gateway HTTP port (web UI, REST, SSE)
#   IDEA_SERVICE_PORT        8081                                     idea-service HTTP port
#   EVALUATION_SERVICE_PORT  8082                                     evaluation-service HTTP port
#   ROADMAP_SERVICE_PORT     8083                                     roadmap-service HTTP port
#   INSTANCES                1                                        instances of each back-end (--instances N); instance i
#                                                                     listens on its service's port + 10 * (i - 1)
#   IDEA_SERVICE_URL         http://127.0.0.1:$IDEA_SERVICE_PORT        where the gateway finds idea-service (with several
#                                                                     instances: all their URLs, comma-separated)
#   EVALUATION_SERVICE_URL   http://127.0.0.1:$EVALUATION_SERVICE_PORT  where the gateway finds evaluation-service
#   ROADMAP_SERVICE_URL      http://127.0.0.1:$ROADMAP_SERVICE_PORT     where the gateway finds roadmap-service
#   STATE_DIR                $DATA_DIR/<service>/state (per service)  Kafka Streams state (RocksDB); set by this script per service
#   JAVA_OPTS_SERVICE        -Xms128m -Xmx256m -XX:+UseSerialGC       JVM options of every service (replaces the default)
#                            -XX:MaxMetaspaceSize=192m -Xss512k
#                            -XX:ReservedCodeCacheSize=64m
#   JAVA_OPTS_IDEA_SERVICE, JAVA_OPTS_EVALUATION_SERVICE,             extra JVM options for one service, appended
#   JAVA_OPTS_ROADMAP_SERVICE, JAVA_OPTS_GATEWAY   (empty)            (e.g. -Dspring.profiles.active=...)
#   STARTUP_TIMEOUT          180                                      seconds to wait for every service to report UP
#   KAFKA_START_TIMEOUT      60                                       seconds to wait for the broker port
#   STOP_TIMEOUT             30                                       seconds a process gets after SIGTERM before SIGKILL
#   JAVA_HOME                (java on PATH)                           the JDK to run (17 or later; a JDK, not a JRE,
#                                                                     for the topic-creation step)
#   PROMETHEUS_PORT          9090                                     --with-prometheus: Prometheus web UI and API on 127.0.0.1
#   PROMETHEUS_BIN           prometheus (on PATH)                     --with-prometheus: the Prometheus server to run (Debian:
#                                                                     apt-get install prometheus)
# Any other variable set in the environment (SPRING_PROFILES_ACTIVE, ...) reaches the services too.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<EOF
Usage: deploy/local/run.sh [options]

Runs a single-node Apache Kafka broker (KRaft) and the four services (idea-service,
evaluation-service, roadmap-service, gateway) on 127.0.0.1, waits until all report UP,
prints their URLs and keeps running until Ctrl-C (or SIGTERM), which stops everything:
services first, the broker last. Data in $DATA_DIR survives restarts.

Options:
  --instances N  run N instances of each back-end (default 1); instance i of a service listens
                 on the service's port + 10 * (i - 1), e.g. idea-service on 8081, 8091, 8101;
                 the gateway reaches them all
  --with-prometheus
                 also run Prometheus (Debian's package, if installed) on 127.0.0.1:${PROMETHEUS_PORT:-9090}
                 with the scrape configuration and alert rules of deploy/prometheus, scraping every
                 service started here; its data lives in $DATA_DIR/prometheus, it stops with the rest
  --kafka-only   start only the broker and create the topics (for Kafka clients, or to run
                 services from an IDE against it)
  --rebuild      build the service jars even if they exist (./mvnw -DskipTests install)
  --reset        delete all pipeline data first (Kafka topics, service state); keeps the jars
  --stop         stop what a previous run left running (e.g. after its shell was killed)
  -h, --help     this text

Environment variables (ports, heaps, DATA_DIR, ...) are listed at the top of this script.
Logs: $LOG_DIR/<name>.log.   Kafka tools: deploy/local/kafka-cli.sh --help
EOF
}

KAFKA_ONLY=false REBUILD=false RESET=false WITH_PROMETHEUS=false
INSTANCES="${INSTANCES:-1}"
while (($#)); do
  arg=$1; shift
  case "$arg" in
    --instances) INSTANCES="${1:-}"; shift || true ;;
    --instances=*) INSTANCES="${arg#--instances=}" ;;
    --kafka-only) KAFKA_ONLY=true ;;
    --with-prometheus) WITH_PROMETHEUS=true ;;
    --rebuild) REBUILD=true ;;
    --reset) RESET=true ;;
    --stop) STOP_ONLY=true ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $arg" ;;
  esac
done
[[ "$INSTANCES" =~ ^[1-9][0-9]?$ ]] || die "--instances takes a number from 1 to 99, not '$INSTANCES'"

# ---------------------------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------------------------
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}"
export BIND_ADDRESS="${BIND_ADDRESS:-127.0.0.1}"
export GATEWAY_PORT="${GATEWAY_PORT:-8080}"
export IDEA_SERVICE_PORT="${IDEA_SERVICE_PORT:-8081}"
export EVALUATION_SERVICE_PORT="${EVALUATION_SERVICE_PORT:-8082}"
export ROADMAP_SERVICE_PORT="${ROADMAP_SERVICE_PORT:-8083}"

KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms512m -Xmx512m}"
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}"
# Small heaps and the serial collector: four services plus the broker stay under ~3 GiB RSS.
JAVA_OPTS_SERVICE="${JAVA_OPTS_SERVICE:--Xms128m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -Xss512k -XX:ReservedCodeCacheSize=64m}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-180}"   # four Spring Boot services may share only 2 cores
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-60}"
STOP_TIMEOUT="${STOP_TIMEOUT:-30}"
PROMETHEUS_PORT="${PROMETHEUS_PORT:-9090}"
PROMETHEUS_BIN="${PROMETHEUS_BIN:-prometheus}"
PROMETHEUS_HOME="$DATA_DIR/prometheus"

SERVICES=(idea-service evaluation-service roadmap-service gateway)
BACK_ENDS=(idea-service evaluation-service roadmap-service)
declare -A PORT_VARIABLE=(
  [idea-service]=IDEA_SERVICE_PORT [evaluation-service]=EVALUATION_SERVICE_PORT
  [roadmap-service]=ROADMAP_SERVICE_PORT [gateway]=GATEWAY_PORT)
# Processes: instance 1 of a back-end keeps the service's name (and data directory), instance i is <service>-i.
PROCS=() ; declare -A PORT=() SERVICE_OF=()
for svc in "${BACK_ENDS[@]}"; do
  base="${!PORT_VARIABLE[$svc]}" urls=()
  for ((i = 1; i <= INSTANCES; i++)); do
    name=$svc; ((i == 1)) || name="$svc-$i"
    PROCS+=("$name"); PORT[$name]=$((base + 10 * (i - 1))); SERVICE_OF[$name]=$svc
    urls+=("http://127.0.0.1:${PORT[$name]}")
  done
  url_variable="${PORT_VARIABLE[$svc]%_PORT}_URL"
  export "$url_variable=${!url_variable:-$(IFS=,; echo "${urls[*]}")}"
done
PROCS+=(gateway); PORT[gateway]=$GATEWAY_PORT; SERVICE_OF[gateway]=gateway
jar_of() { echo "$REPO_ROOT/$1/target/$1-0.1.0-SNAPSHOT-exec.jar"; }

KAFKA_DATA="$KAFKA_HOME/data"
KAFKA_CONFIG="$KAFKA_HOME/server.properties"
RUN_DIR="$DATA_DIR/run"          # pid files: lets --stop find what a killed run left behind
declare -A PID=()                # name -> pid of the processes this run started

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
T0="$(now)"

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
tail_log() { # name file: show the end of a log to explain a failure
  [[ -f "$2" ]] || return 0
  printf -- '----- last lines of %s -----\n' "$2" >&2
  tail -n "${3:-40}" "$2" >&2
  printf -- '-----\n' >&2
}

# ---------------------------------------------------------------------------------------------
# Stopping: services first (they commit offsets and close their Kafka Streams cleanly while the
# broker is still there), the broker last. SIGTERM, then SIGKILL after STOP_TIMEOUT.
# ---------------------------------------------------------------------------------------------
stop_pids() { # label pid...
  local label=$1; shift
  local pids=() p
  for p in "$@"; do if alive "$p"; then pids+=("$p"); fi; done
  ((${#pids[@]})) || return 0
  log "stopping $label"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT)) left
  while :; do
    left=()
    for p in "${pids[@]}"; do if alive "$p"; then left+=("$p"); fi; done
    ((${#left[@]})) || return 0
    if ((SECONDS >= deadline)); then
      log "$label: still running after ${STOP_TIMEOUT}s, killing pid(s) ${left[*]}"
      kill -KILL "${left[@]}" 2>/dev/null || true
      return 0
    fi
    sleep 0.2
  done
}

STOPPING=false
WATCHDOG=
stop_all() {
  $STOPPING && return 0
  STOPPING=true
  # A second Ctrl-C must not cut the ordered shutdown short; and when our output went through a
  # pipe (run.sh | tee) whose reader died with the same Ctrl-C, writing must not kill us (SIGPIPE).
  trap '' INT TERM HUP PIPE
  local t_stop
  t_stop="$(now)"
  if [[ -n "$WATCHDOG" ]]; then kill "$WATCHDOG" 2>/dev/null || true; fi
  local svc p svc_pids=()
  for svc in "${PROCS[@]}"; do if [[ -n "${PID[$svc]:-}" ]]; then svc_pids+=("${PID[$svc]}"); fi; done
  stop_pids "Prometheus" "${PID[prometheus]:-}"
  stop_pids "services" "${svc_pids[@]}"
  stop_pids "Kafka broker" "${PID[kafka]:-}"
  for p in "${PID[@]}"; do wait "$p" 2>/dev/null || true; done   # reap
  rm -f "$RUN_DIR"/*.pid
  log "stopped in $(since "$t_stop") s"
}

# A pid file names one of ours only while that pid runs our script, jar or broker: after a reboot or a
# SIGKILL the pid may belong to an unrelated process, which must never be signalled or block a start.
ours() { # pid-file
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1")"
  alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -e "deploy/local/run.sh" -e "$DATA_DIR" -e "$REPO_ROOT"
}

# --stop: another run of this script may still be alive (then it does the ordered stop itself),
# or its shell was killed and left java processes behind (then stop them here, in order).
stop_leftovers() {
  local f pid name
  if ours "$RUN_DIR/run.pid"; then
    pid="$(cat "$RUN_DIR/run.pid")"
    log "asking the running deploy/local/run.sh (pid $pid) to stop"
    kill -TERM "$pid"
    local deadline=$((SECONDS + 3 * STOP_TIMEOUT))
    while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
    alive "$pid" && die "deploy/local/run.sh (pid $pid) did not stop within $((3 * STOP_TIMEOUT))s"
    return 0
  fi
  for f in "$RUN_DIR"/*.pid; do
    [[ -f "$f" ]] || continue
    name="$(basename "$f" .pid)"
    [[ "$name" != run ]] || continue
    if ours "$f"; then
      PID[$name]="$(cat "$f")"
      [[ "$name" == kafka || "$name" == prometheus || " ${PROCS[*]} " == *" $name "* ]] || PROCS+=("$name")   # left by a run with more instances
    fi
  done
  if ((${#PID[@]} == 0)); then
    log "nothing from a previous run is running"
  fi
  stop_all
}

if [[ "${STOP_ONLY:-false}" == true ]]; then
  stop_leftovers
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# Pre-flight: Java, a previous run, free ports
# ---------------------------------------------------------------------------------------------
command -v "$JAVA" >/dev/null || die "java not found (install JDK 17+ or set JAVA_HOME)"
java_spec="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
java_major="${java_spec%%.*}"
((${java_major:-0} >= 17)) || die "Java 17 or later needed, found $java_spec ($JAVA)"
$KAFKA_ONLY || command -v curl >/dev/null || die "curl not found (needed to check the services' health)"
if $WITH_PROMETHEUS && $KAFKA_ONLY; then
  log "--with-prometheus ignored: with --kafka-only there is no service to scrape"
  WITH_PROMETHEUS=false
fi
if $WITH_PROMETHEUS && ! command -v "$PROMETHEUS_BIN" >/dev/null; then
  die "--with-prometheus: '$PROMETHEUS_BIN' not found. Install Prometheus (Debian/Ubuntu: sudo apt-get install prometheus; only its binary is used, its system service may stay stopped), set PROMETHEUS_BIN to a prometheus binary, or run without --with-prometheus"
fi

mkdir -p "$RUN_DIR" "$LOG_DIR"
if ours "$RUN_DIR/run.pid"; then
  die "already running (deploy/local/run.sh pid $(cat "$RUN_DIR/run.pid"), DATA_DIR $DATA_DIR); stop it with Ctrl-C there or deploy/local/run.sh --stop"
fi
for f in "$RUN_DIR"/*.pid; do
  if ours "$f"; then
    die "a process from a previous run is still alive ($(basename "$f" .pid), pid $(cat "$f")); run deploy/local/run.sh --stop"
  fi
done
rm -f "$RUN_DIR"/*.pid

check_port() { # name port
  if port_open "$2"; then
    die "port $2 ($1) on 127.0.0.1 is already in use; stop whatever listens there (ss -ltnp 'sport = :$2') or set $1 to another port"
  fi
}
check_port KAFKA_PORT "$KAFKA_PORT"
check_port KAFKA_CONTROLLER_PORT "$KAFKA_CONTROLLER_PORT"
if ! $KAFKA_ONLY; then
  for name in "${PROCS[@]}"; do check_port "${PORT_VARIABLE[${SERVICE_OF[$name]}]} ($name)" "${PORT[$name]}"; done
fi
if $WITH_PROMETHEUS; then check_port PROMETHEUS_PORT "$PROMETHEUS_PORT"; fi

if $RESET; then
  log "--reset: deleting Kafka data and service state under $DATA_DIR"
  rm -rf "$KAFKA_DATA" "$KAFKA_HOME/cluster-id" "$KAFKA_CONFIG"
  for svc in "${BACK_ENDS[@]}"; do rm -rf "${DATA_DIR:?}/$svc" "${DATA_DIR:?}/$svc"-[0-9]*; done
fi

# From here on, whatever happens, nothing started by this run is left behind.
echo $$ >"$RUN_DIR/run.pid"
trap stop_all EXIT
trap 'trap "" PIPE; log "interrupted"; exit 130' INT
trap 'trap "" PIPE; log "terminated"; exit 143' TERM HUP
# Watchdog: if this script dies without running its traps (SIGKILL), a background subshell
# notices within a second and stops what the pid files list, in the same order.
(
  trap '' INT PIPE
  while kill -0 $$ 2>/dev/null; do sleep 1; done
  log "deploy/local/run.sh (pid $$) is gone; stopping what it started"
  stop_leftovers
) &
WATCHDOG=$!

# ---------------------------------------------------------------------------------------------
# Build what is missing
# ---------------------------------------------------------------------------------------------
if ! $KAFKA_ONLY; then
  missing=()
  for svc in "${SERVICES[@]}"; do [[ -s "$(jar_of "$svc")" ]] || missing+=("$svc"); done
  if $REBUILD || ((${#missing[@]})); then
    log "building the services (./mvnw -B -q -DskipTests install)${missing[*]:+; missing: ${missing[*]}}"
    (cd "$REPO_ROOT" && ./mvnw -B -q -DskipTests install) || die "build failed"
    for svc in "${SERVICES[@]}"; do
      [[ -s "$(jar_of "$svc")" ]] || die "build finished but $(jar_of "$svc") is missing"
    done
  fi
fi

# ---------------------------------------------------------------------------------------------
# Kafka: jars, configuration, storage (formatted once), broker
# ---------------------------------------------------------------------------------------------
ensure_kafka_lib

mkdir -p "$KAFKA_DATA"
sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA_DIR@|$KAFKA_DATA|g" \
    "$LOCAL_DIR/kafka/server.properties" >"$KAFKA_CONFIG"

kafka_tool() { # runs a Kafka tool class with quiet logging
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/tools-log4j2.xml" -cp "$KAFKA_LIB/*" "$@"
}

# KRaft storage must be formatted with a cluster id before the first start, and only then:
# formatting again would be refused (or, forced, lose the data). meta.properties marks it done.
if [[ ! -f "$KAFKA_DATA/meta.properties" ]]; then
  if [[ ! -s "$KAFKA_HOME/cluster-id" ]]; then
    kafka_tool kafka.tools.StorageTool random-uuid >"$KAFKA_HOME/cluster-id" || die "kafka.tools.StorageTool random-uuid failed"
  fi
  log "formatting KRaft storage (cluster id $(cat "$KAFKA_HOME/cluster-id")) in $KAFKA_DATA"
  kafka_tool kafka.tools.StorageTool format -t "$(cat "$KAFKA_HOME/cluster-id")" -c "$KAFKA_CONFIG" \
    >"$LOG_DIR/kafka-format.log" 2>&1 || { tail_log format "$LOG_DIR/kafka-format.log"; die "formatting KRaft storage failed"; }
elif [[ ! -s "$KAFKA_HOME/cluster-id" ]]; then
  sed -n 's/^cluster.id=//p' "$KAFKA_DATA/meta.properties" >"$KAFKA_HOME/cluster-id"
fi

log "starting Kafka $(kafka_version) on 127.0.0.1:$KAFKA_PORT (log: $LOG_DIR/kafka.log)"
T_KAFKA="$(now)"
# shellcheck disable=SC2086  # the *_OPTS variables are word lists on purpose
"$JAVA" $KAFKA_HEAP_OPTS $KAFKA_JVM_OPTS \
  -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.xml" -Dkafka.logs.dir="$LOG_DIR" \
  -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_CONFIG" \
  >"$LOG_DIR/kafka.out" 2>&1 </dev/null &
PID[kafka]=$!
echo "${PID[kafka]}" >"$RUN_DIR/kafka.pid"

deadline=$((SECONDS + KAFKA_START_TIMEOUT))
until port_open "$KAFKA_PORT"; do
  if ! alive "${PID[kafka]}"; then
    tail_log kafka "$LOG_DIR/kafka.out" 20; tail_log kafka "$LOG_DIR/kafka.log"
    die "the Kafka broker exited during start-up (logs: $LOG_DIR/kafka.log, $LOG_DIR/kafka.out)"
  fi
  if ((SECONDS >= deadline)); then
    tail_log kafka "$LOG_DIR/kafka.log"
    die "the Kafka broker did not open 127.0.0.1:$KAFKA_PORT within ${KAFKA_START_TIMEOUT}s"
  fi
  sleep 0.2
done
KAFKA_READY_S="$(since "$T_KAFKA")"
log "Kafka ready in ${KAFKA_READY_S} s"

# Topics: one JVM creates every missing topic of the catalogue in contracts in one Admin call (~2 s),
# instead of one TopicCommand JVM per topic (~2 s each). Needs a JDK (single-file source launcher) and
# the contracts jar; the services create the same topics at start-up, so without them we rely on that.
CONTRACTS_JAR="$REPO_ROOT/contracts/target/contracts-0.1.0-SNAPSHOT.jar"
if [[ -f "$CONTRACTS_JAR" ]] && { command -v "${JAVA%java}javac" >/dev/null 2>&1 || [[ -x "${JAVA%java}javac" ]]; }; then
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/tools-log4j2.xml" \
    -cp "$KAFKA_LIB/*:$CONTRACTS_JAR" "$LOCAL_DIR/kafka/CreateTopics.java" "127.0.0.1:$KAFKA_PORT" "${TOPIC_PARTITIONS:-3}" \
    >"$LOG_DIR/kafka-topics.log" 2>&1 || { tail_log topics "$LOG_DIR/kafka-topics.log"; die "creating the topics failed"; }
  log "$(tail -n 1 "$LOG_DIR/kafka-topics.log")"
else
  log "no javac or contracts jar: topics are left to the services (Spring KafkaAdmin)"
fi

# ---------------------------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------------------------
if ! $KAFKA_ONLY; then
  T_SERVICES="$(now)"
  for name in "${PROCS[@]}"; do
    svc="${SERVICE_OF[$name]}"
    state="$DATA_DIR/$name/state"
    mkdir -p "$state"
    logf="$LOG_DIR/$name.log"
    if [[ -f "$logf" ]]; then mv -f "$logf" "$logf.1"; fi   # keep the previous run's log
    extra_var="JAVA_OPTS_$(tr 'a-z-' 'A-Z_' <<<"$svc")"
    # shellcheck disable=SC2086
    env "${PORT_VARIABLE[$svc]}=${PORT[$name]}" STATE_DIR="$state" \
      "$JAVA" $JAVA_OPTS_SERVICE ${!extra_var:-} -jar "$(jar_of "$svc")" \
      >"$logf" 2>&1 </dev/null &
    PID[$name]=$!
    echo "${PID[$name]}" >"$RUN_DIR/$name.pid"
  done
  log "started ${PROCS[*]}; waiting for /actuator/health UP (at most ${STARTUP_TIMEOUT}s)"

  pending=("${PROCS[@]}")
  deadline=$((SECONDS + STARTUP_TIMEOUT))
  while ((${#pending[@]})); do
    still=()
    for svc in "${pending[@]}"; do
      if ! alive "${PID[$svc]}"; then
        tail_log "$svc" "$LOG_DIR/$svc.log"
        die "$svc exited during start-up (log: $LOG_DIR/$svc.log)"
      fi
      if curl -fsS --max-time 2 "http://127.0.0.1:${PORT[$svc]}/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
        log "$svc UP after $(since "$T_SERVICES") s"
      else
        still+=("$svc")
      fi
    done
    pending=("${still[@]}")
    ((${#pending[@]})) || break
    if ((SECONDS >= deadline)); then
      for svc in "${pending[@]}"; do tail_log "$svc" "$LOG_DIR/$svc.log"; done
      die "not UP within ${STARTUP_TIMEOUT}s: ${pending[*]} (logs in $LOG_DIR)"
    fi
    sleep 1
  done
fi

# ---------------------------------------------------------------------------------------------
# Prometheus (--with-prometheus): the scrape configuration and the alert rules of deploy/prometheus (the same files
# docker-compose.yml mounts), with targets/local.yml listing the instances started above; loopback only.
# ---------------------------------------------------------------------------------------------
if $WITH_PROMETHEUS; then
  mkdir -p "$PROMETHEUS_HOME/data" "$PROMETHEUS_HOME/targets"
  cp "$REPO_ROOT/deploy/prometheus/prometheus.yml" "$PROMETHEUS_HOME/prometheus.yml"
  ln -sfn "$REPO_ROOT/deploy/prometheus/rules" "$PROMETHEUS_HOME/rules"
  {
    echo "# Written by deploy/local/run.sh: the instances of this run (see deploy/prometheus/prometheus.yml)."
    for name in "${PROCS[@]}"; do
      printf -- '- targets: ["127.0.0.1:%s"]\n  labels: {application: %s}\n' "${PORT[$name]}" "${SERVICE_OF[$name]}"
    done
  } >"$PROMETHEUS_HOME/targets/local.yml"
  log "starting Prometheus ($("$PROMETHEUS_BIN" --version 2>&1 | head -n 1)) on 127.0.0.1:$PROMETHEUS_PORT (log: $LOG_DIR/prometheus.log)"
  "$PROMETHEUS_BIN" --config.file="$PROMETHEUS_HOME/prometheus.yml" --storage.tsdb.path="$PROMETHEUS_HOME/data" \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" --storage.tsdb.retention.time=15d \
    >"$LOG_DIR/prometheus.log" 2>&1 </dev/null &
  PID[prometheus]=$!
  echo "${PID[prometheus]}" >"$RUN_DIR/prometheus.pid"
  deadline=$((SECONDS + 30))
  until curl -fsS --max-time 2 "http://127.0.0.1:$PROMETHEUS_PORT/-/ready" >/dev/null 2>&1; do
    if ! alive "${PID[prometheus]}"; then
      tail_log prometheus "$LOG_DIR/prometheus.log"
      die "Prometheus exited during start-up (log: $LOG_DIR/prometheus.log)"
    fi
    ((SECONDS < deadline)) || die "Prometheus not ready within 30s (log: $LOG_DIR/prometheus.log)"
    sleep 0.5
  done
  log "Prometheus ready"
fi

# ---------------------------------------------------------------------------------------------
# Up: print where everything is, then wait (Ctrl-C / SIGTERM stops; a crash stops everything)
# ---------------------------------------------------------------------------------------------
{
  echo
  if $KAFKA_ONLY; then
    echo "Kafka is up (broker ready in ${KAFKA_READY_S} s, total $(since "$T0") s)"
  else
    echo "Innovation Pipeline is up in $(since "$T0") s (broker ready in ${KAFKA_READY_S} s)"
    printf '  %-20s %s\n' "gateway" "http://127.0.0.1:$GATEWAY_PORT/"
    for svc in "${PROCS[@]}"; do
      [[ "$svc" != gateway ]] || continue
      printf '  %-20s %s\n' "$svc" "http://127.0.0.1:${PORT[$svc]}/"
    done
    echo "  health               http://127.0.0.1:<port>/actuator/health"
    echo "  Prometheus metrics:"
    for svc in "${PROCS[@]}"; do
      printf '    %-18s %s\n' "$svc" "http://127.0.0.1:${PORT[$svc]}/actuator/prometheus"
    done
  fi
  if $WITH_PROMETHEUS; then
    printf '  %-20s %s\n' "Prometheus" "http://127.0.0.1:$PROMETHEUS_PORT/ (alerts: /alerts, targets: /targets; data: $PROMETHEUS_HOME)"
  fi
  printf '  %-20s %s\n' "Kafka bootstrap" "$KAFKA_BOOTSTRAP_SERVERS"
  printf '  %-20s %s\n' "Kafka tools" "deploy/local/kafka-cli.sh --help"
  printf '  %-20s %s\n' "logs" "$LOG_DIR"
  printf '  %-20s %s\n' "data" "$DATA_DIR"
  echo "Ctrl-C stops everything."
} >&2

while :; do
  wait -n || true   # returns when a child exits; a signal runs its trap (and so stop_all)
  for name in "${!PID[@]}"; do
    if ! alive "${PID[$name]}"; then
      if [[ "$name" == kafka ]]; then logf="$LOG_DIR/kafka.log"; else logf="$LOG_DIR/$name.log"; fi
      if [[ "$name" == prometheus ]]; then   # monitoring is not the pipeline: keep running without it
        tail_log prometheus "$logf" 10
        log "Prometheus (pid ${PID[$name]}) exited; the pipeline keeps running without it (log: $logf)"
        unset "PID[$name]"; rm -f "$RUN_DIR/$name.pid"
        continue
      fi
      # an instance of a back-end that still has others running is survivable: they take over its partitions
      svc="${SERVICE_OF[$name]:-}" survivors=0
      if [[ -n "$svc" && "$svc" != gateway ]]; then
        for other in "${!PID[@]}"; do
          if [[ "$other" != "$name" && "${SERVICE_OF[$other]:-}" == "$svc" ]] && alive "${PID[$other]}"; then survivors=$((survivors + 1)); fi
        done
      fi
      if ((survivors > 0)); then
        log "$name (pid ${PID[$name]}) exited; $survivors other instance(s) of $svc take over its partitions (log: $logf)"
        unset "PID[$name]"; rm -f "$RUN_DIR/$name.pid"
        continue
      fi
      tail_log "$name" "$logf"
      die "$name (pid ${PID[$name]}) exited unexpectedly; stopping the rest"
    fi
  done
done
