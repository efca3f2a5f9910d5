#!/usr/bin/env bash
# Runs CompareBenchmark (issue 15 item 5) headless (Monocle, software rendering, unthrottled pulses):
# N runs selected in the monitor and compared; time to the comparison's first frame and to every run's
# metrics shown; frame intervals while the table scrolls down and up.
# Usage: benchmarks/monitor-compare.sh [runs] [parameters] [metrics] [px per frame] [passes]
# Extra JVM options (GC logging, JFR) in BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jvm-options.sh # the app's own JVM options
. scripts/classpath.sh
deps=$(orrery_classpath benchmarks runtime)
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" "${ORRERY_JVM_OPTIONS[@]}" -Xmx1g ${BENCH_JAVA_OPTS:-} \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djavafx.animation.fullspeed=true \
  -cp "benchmarks/target/classes:app/target/classes:runtime-bridge/target/classes:designer/ui/target/classes:designer/core/target/classes:$deps" \
  dev.orrery.benchmarks.monitor.CompareBenchmark "$@"
