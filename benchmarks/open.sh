#!/usr/bin/env bash
# Runs OpenBenchmark (JMH): the parse of a generated 5,000- and 10,000-step Argo file beside
# Jackson readTree of the same text. Usage: benchmarks/open.sh [JMH options]   (compiles what it needs first)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/classpath.sh
deps=$(orrery_classpath benchmarks runtime)
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -cp "benchmarks/target/classes:designer/core/target/classes:$deps" \
  org.openjdk.jmh.Main OpenBenchmark "$@"
