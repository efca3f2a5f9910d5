#!/usr/bin/env bash
# Takes docs/screenshots/designer-sweep.png: the local-sweep sample's sweep step and its Sweep section
# (parameters, product or zip, run count, the graph's parallelism); see scene-snapshot.sh for what it needs.
exec "$(dirname "$0")/scene-snapshot.sh" dev.orrery.app.shell.SweepScreenshot \
  "${1:-docs/screenshots/designer-sweep.png}" "${SCREENSHOT_DISPLAY:-93}"
