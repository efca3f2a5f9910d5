#!/usr/bin/env bash
# Runs ComparisonChartsBenchmark (issue 15, the comparison charts) headless (Monocle, software rendering, unthrottled pulses).
# Usage: benchmarks/compare-charts.sh [runs] [rounds]
# Extra JVM options (GC logging, JFR) in BENCH_JAVA_OPTS.
# (compiles what it needs first, scripts/classpath.sh;
# the modules' own target/classes come first, so a snapshot another checkout installed cannot shadow them)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jvm-options.sh # the app's own JVM options
. scripts/classpath.sh
deps=$(orrery_classpath benchmarks runtime)
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" "${ORRERY_JVM_OPTIONS[@]}" -Xmx1g ${BENCH_JAVA_OPTS:-} \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djavafx.animation.fullspeed=true \
  -cp "benchmarks/target/classes:app/target/classes:runtime-bridge/target/classes:designer/ui/target/classes:designer/core/target/classes:$deps" dev.orrery.benchmarks.compare.ComparisonChartsBenchmark "$@"
