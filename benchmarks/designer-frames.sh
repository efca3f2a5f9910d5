#!/usr/bin/env bash
# Runs DesignerFrameBenchmark headless (Monocle, software rendering, unthrottled pulses).
# Usage: benchmarks/designer-frames.sh [steps]   (build first: ./mvnw -pl benchmarks -am install -DskipTests;
# the modules' own target/classes come first, so a snapshot another checkout installed cannot shadow them)
# Extra JVM options (JFR, GC logging) in BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jvm-options.sh # the app's own JVM options
cp_file=$(mktemp)
./mvnw -B -q -o -pl benchmarks -am dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
deps=$(cat "$cp_file") && rm -f "$cp_file"
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" "${ORRERY_JVM_OPTIONS[@]}" -Xmx800m ${BENCH_JAVA_OPTS:-} \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djavafx.animation.fullspeed=true \
  -cp "benchmarks/target/classes:designer/ui/target/classes:designer/core/target/classes:$deps" dev.orrery.benchmarks.DesignerFrameBenchmark "${1:-5000}"
