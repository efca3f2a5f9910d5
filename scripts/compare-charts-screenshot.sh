#!/usr/bin/env bash
# Takes docs/screenshots/compare-charts.png: the comparison charts of a six-run sweep (bars per scalar
# metric, a line chart of the loss per epoch, parallel coordinates); see scene-snapshot.sh for what it needs.
exec "$(dirname "$0")/scene-snapshot.sh" dev.orrery.app.compare.ComparisonChartsScreenshot \
  "${1:-docs/screenshots/compare-charts.png}" "${SCREENSHOT_DISPLAY:-94}"
