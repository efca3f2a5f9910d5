#!/usr/bin/env bash
# Takes docs/screenshots/designer-wired.png (the sample's ports and named edges, the Train → Evaluate
# edge selected) and docs/screenshots/monitor-edge.png (the sample run on this computer, the same edge
# on the run's graph showing the model that flowed). Needs python3; see scene-snapshot.sh for the rest.
set -euo pipefail
here="$(dirname "$0")"
"$here/scene-snapshot.sh" dev.orrery.app.shell.WiredScreenshot docs/screenshots/designer-wired.png \
  "${SCREENSHOT_DISPLAY:-95}"
"$here/scene-snapshot.sh" dev.orrery.app.monitor.RunEdgeScreenshot docs/screenshots/monitor-edge.png \
  "${SCREENSHOT_DISPLAY:-95}"
