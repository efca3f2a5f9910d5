#!/usr/bin/env bash
# Runs InPlaceSaveBenchmark (JMH): an in-place save of one edit in a 2,000-step Argo file beside the
# canonical full write. Usage: benchmarks/in-place.sh [JMH options]   (compiles what it needs first)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/classpath.sh
deps=$(orrery_classpath benchmarks runtime)
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -cp "benchmarks/target/classes:designer/core/target/classes:$deps" \
  org.openjdk.jmh.Main InPlaceSaveBenchmark "$@"
