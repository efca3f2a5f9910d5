#!/usr/bin/env bash
# Takes docs/screenshots/designer-groups.png: Argo's dag-nested example with one sub-pipeline group
# expanded in place and an inner step selected (needs ../shared/argo/examples; see scene-snapshot.sh).
exec "$(dirname "$0")/scene-snapshot.sh" dev.orrery.app.shell.GroupsScreenshot \
  "${1:-docs/screenshots/designer-groups.png}" "${SCREENSHOT_DISPLAY:-95}"
