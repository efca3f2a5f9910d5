#!/usr/bin/env bash
# Takes docs/screenshots/monitor-compare.png (and monitor-compare-pipeline.png beside it): three local
# runs of the local-ml sample compared (needs python3); see scene-snapshot.sh for what it needs.
exec "$(dirname "$0")/scene-snapshot.sh" dev.orrery.app.monitor.CompareScreenshot \
  "${1:-docs/screenshots/monitor-compare.png}" "${SCREENSHOT_DISPLAY:-94}"
