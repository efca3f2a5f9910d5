#!/usr/bin/env bash
# Runs CompareOpenBenchmark headless (Monocle, software rendering, unthrottled pulses): the time from
# "Compare with" to the comparison drawn, for two versions of a 5,000-step pipeline differing in 50 steps.
# Usage: benchmarks/compare-open.sh [steps] [runs]   (compiles what it needs first, scripts/classpath.sh;
# the modules' own target/classes come first, so a snapshot another checkout installed cannot shadow them)
# Extra JVM options (JFR, GC logging) in BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jvm-options.sh # the app's own JVM options
. scripts/classpath.sh
deps=$(orrery_classpath benchmarks runtime)
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" "${ORRERY_JVM_OPTIONS[@]}" -Xmx800m ${BENCH_JAVA_OPTS:-} \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djavafx.animation.fullspeed=true \
  -cp "benchmarks/target/classes:designer/ui/target/classes:designer/core/target/classes:$deps" dev.orrery.benchmarks.CompareOpenBenchmark "${1:-5000}" "${2:-7}"
