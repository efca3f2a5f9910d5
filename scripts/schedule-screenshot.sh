#!/usr/bin/env bash
# Takes docs/screenshots/designer-schedule.png: the pipeline's Schedule section with two schedules in
# Europe/Berlin, their readings and next firing times (see scene-snapshot.sh for what it needs).
exec "$(dirname "$0")/scene-snapshot.sh" dev.orrery.app.shell.ScheduleScreenshot \
  "${1:-docs/screenshots/designer-schedule.png}" "${SCREENSHOT_DISPLAY:-94}"
