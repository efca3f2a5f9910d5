#!/usr/bin/env bash
# Runs DiffBenchmark (JMH): the semantic diff of two versions of a 5,000-step pipeline
# that differ in 50 steps. Usage: benchmarks/diff.sh [JMH options]   (compiles what it needs first)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/classpath.sh
deps=$(orrery_classpath benchmarks runtime)
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -cp "benchmarks/target/classes:designer/core/target/classes:$deps" \
  org.openjdk.jmh.Main DiffBenchmark "$@"
