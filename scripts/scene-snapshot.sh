#!/usr/bin/env bash
# Runs one of the app's screenshot tools (test classes that draw a window and write a scene snapshot)
# under Xvfb with the real GTK glass. Usage: scripts/scene-snapshot.sh CLASS OUTPUT.png [DISPLAY-NUMBER]
# Needs: Xvfb, GTK 3 and a JDK 21+ in JAVA_HOME (the classes are compiled first, scripts/classpath.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/classpath.sh
deps=$(orrery_classpath app test)
classpath="app/target/test-classes:app/target/classes:designer/ui/target/classes:designer/core/target/classes"
classpath="$classpath:runtime-bridge/target/classes:runtime-bridge/target/test-classes:$deps"
display=:${3:-95}
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -Dorrery.theme="${THEME:-light}" \
  -cp "$classpath" "$1" "$2"
