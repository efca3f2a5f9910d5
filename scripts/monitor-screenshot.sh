#!/usr/bin/env bash
# Takes docs/screenshots/monitor.png: the monitor with a local run of the sample and two runs on a
# mock cluster (fabric8's mock API server and the fake Argo controller of runtime-bridge's tests).
# Needs python3 for the sample run; see scene-snapshot.sh for the rest.
exec "$(dirname "$0")/scene-snapshot.sh" dev.orrery.app.monitor.MonitorScreenshot \
  "${1:-docs/screenshots/monitor.png}" "${SCREENSHOT_DISPLAY:-96}"
