#!/usr/bin/env bash
# Builds the app image (installers/jpackage.sh app-image: the app with its own Java runtime) and runs
# its launcher as a user would, once: --version, validate of a sample pipeline, and the designer on a
# machine without a display and without GTK 3 (a plain message, exit 2). .ci/run calls it after the tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/installers/jpackage.sh" app-image
launcher="$root/installers/target/Orrery/bin/Orrery"
fail() { echo "check-app-image: $*" >&2; exit 1; }
[ -x "$launcher" ] || fail "no launcher at $launcher"

version=$("$launcher" --version) || fail "--version exited $?"
[[ "$version" == Orrery\ * ]] || fail "--version printed '$version'"

"$launcher" validate "$root/assets/samples/local-ml.orrery.yaml" || fail "validate of the sample exited $?"

status=0
message=$(env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" 2>&1 </dev/null) || status=$?
[ "$status" -eq 2 ] && [[ "$message" == *"no display"* ]] || fail "without a display: exit $status, '$message'"

if [ "$(uname -s)" = Linux ]; then
  empty=$(mktemp -d)
  trap 'rm -rf "$empty"' EXIT
  status=0
  # A display is set but GTK 3 cannot be found (the library search is pointed at an empty folder).
  message=$(DISPLAY=:99 JAVA_TOOL_OPTIONS="-Dorrery.librarySearchPath=$empty" "$launcher" 2>&1 </dev/null) || status=$?
  [ "$status" -eq 2 ] && [[ "$message" == *"needs GTK 3"*"apt-get install libgtk-3-0"* ]] \
    || fail "without GTK 3: exit $status, '$message'"
  [[ "$message" != *Exception* ]] || fail "without GTK 3 a stack trace was printed: '$message'"
fi
echo "check-app-image: ok ($version: --version, validate, designer without display and without GTK 3)"
