#!/usr/bin/env bash
# Takes docs/screenshots/designer-groups.png: Argo's dag-nested example with one sub-pipeline group
# expanded in place and an inner step selected, drawn under Xvfb with the real GTK glass and written
# from a scene snapshot. Needs: Xvfb, GTK 3, a JDK 21+ in JAVA_HOME, ../shared/argo/examples, and the
# test classes built (./mvnw -pl app -am test-compile).
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
./mvnw -B -q -pl app -am dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
classpath="app/target/test-classes:app/target/classes:designer/ui/target/classes:designer/core/target/classes"
classpath="$classpath:runtime-bridge/target/classes:runtime-bridge/target/test-classes:$(cat "$cp_file")"
display=:${SCREENSHOT_DISPLAY:-95}
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$cp_file"' EXIT
sleep 1
DISPLAY=$display "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -Dorrery.theme="${THEME:-light}" \
  -cp "$classpath" dev.orrery.app.shell.GroupsScreenshot "${1:-docs/screenshots/designer-groups.png}"
