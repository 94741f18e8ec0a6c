#!/usr/bin/env bash
# The similar-ideas query with COUNT (100,000) ideas indexed: QUERIES (5,000) queries in a row against idea-service's
# index in process; prints p50/p90/p99/p99.9/max and the index's heap (bench/SimilarIdeasQuery.java).
# Usage: bench/similar-ideas.sh [count] [queries]
set -euo pipefail
cd "$(dirname "$0")/.."
classpath_file=idea-service/target/bench-classpath.txt
# builds idea-service and what it needs; the classpath then names the reactor's own jars, not stale copies
./mvnw -B -q -pl idea-service -am package -DskipTests dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$PWD/$classpath_file" >/dev/null
java -Xmx2g -cp "idea-service/target/classes:$(cat "$classpath_file")" bench/SimilarIdeasQuery.java "$@"
