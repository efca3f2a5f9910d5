#!/usr/bin/env bash
# Takes docs/screenshots/designer-triggers.png (trigger nodes left of the graph, the webhook's form with
# its mappings) and docs/screenshots/designer-test-event.png (its test event dialog); see
# scene-snapshot.sh for what it needs.
exec "$(dirname "$0")/scene-snapshot.sh" dev.orrery.app.shell.TriggerScreenshot \
  "${1:-docs/screenshots/designer-triggers.png}" "${SCREENSHOT_DISPLAY:-93}"
