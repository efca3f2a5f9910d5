#!/usr/bin/env bash
# Runs DesignerEditBenchmark (issue 18 item 2) headless (Monocle, software rendering, unthrottled pulses).
# Usage: benchmarks/designer-edits.sh [steps] [rounds]   (defaults 10000 and 30)
# The YAML view shown instead of Problems: BENCH_JAVA_OPTS=-Dbench.yamlTab=true. Needs JDK 25 (JFR
# method tracing counts the Pipeline.copy() calls). The build step runs at normal, nice'd priority
# even when the script is started under `chrt -r` (a real-time build would starve the machine).
# (compiles what it needs first, scripts/classpath.sh; the modules' own target/classes come first)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jvm-options.sh # the app's own JVM options
deps=$(chrt -o 0 nice -n 19 bash -c '. scripts/classpath.sh && orrery_classpath benchmarks runtime')
exec "${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java" "${ORRERY_JVM_OPTIONS[@]}" -Xmx1g ${BENCH_JAVA_OPTS:-} \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 \
  -Dprism.order=sw -Dprism.text=t2k -Djavafx.animation.fullspeed=true \
  -cp "benchmarks/target/classes:designer/ui/target/classes:designer/core/target/classes:$deps" \
  dev.orrery.benchmarks.DesignerEditBenchmark "${1:-10000}" "${2:-30}"
