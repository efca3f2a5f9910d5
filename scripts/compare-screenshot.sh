#!/usr/bin/env bash
# Takes docs/screenshots/designer-compare.png: the sample pipeline compared with an older version of it
# (File ▸ Compare With…), the changed train step selected. Renders headless with Monocle and the software
# pipeline (as the UI tests do): only a JDK 21+ in JAVA_HOME. Usage: scripts/compare-screenshot.sh [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/classpath.sh
deps=$(orrery_classpath app test)
classpath="app/target/test-classes:app/target/classes:designer/ui/target/classes:designer/core/target/classes"
classpath="$classpath:runtime-bridge/target/classes:runtime-bridge/target/test-classes:$deps"
"${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" -Dglass.platform=Monocle -Dmonocle.platform=Headless \
  -Dprism.order=sw -Dprism.text=t2k -Dheadless.geometry=1600x1000-32 -Djava.awt.headless=true \
  -Dorrery.theme="${THEME:-light}" -cp "$classpath" dev.orrery.app.shell.CompareScreenshot \
  "${1:-docs/screenshots/designer-compare.png}"
