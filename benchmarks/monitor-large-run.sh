#!/usr/bin/env bash
# Runs LargeRunBenchmark (issue 18 item 3) headless (Monocle, software rendering, unthrottled pulses):
# one run of 5,000 nodes in the monitor, updated at 50 node phase changes a second.
# Usage: benchmarks/monitor-large-run.sh sweep|nested [nodes] [updates/s] [seconds]   (defaults 5000 50 30)
# The build step runs nice'd at normal priority even when the script is started under `chrt -r`.
# Extra JVM options (GC logging, JFR) in BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jvm-options.sh # the app's own JVM options
deps=$(chrt -o 0 nice -n 19 bash -c '. scripts/classpath.sh && orrery_classpath benchmarks runtime')
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" "${ORRERY_JVM_OPTIONS[@]}" -Xmx1g ${BENCH_JAVA_OPTS:-} \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djavafx.animation.fullspeed=true \
  -cp "benchmarks/target/classes:app/target/classes:runtime-bridge/target/classes:designer/ui/target/classes:designer/core/target/classes:$deps" \
  dev.orrery.benchmarks.monitor.LargeRunBenchmark "${1:-sweep}" "${2:-5000}" "${3:-50}" "${4:-30}"
