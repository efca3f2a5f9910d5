#!/usr/bin/env bash
# Takes the README's screenshots of the designer window (light and dark, the sample pipeline) under Xvfb.
# Needs: Xvfb, xdotool, ImageMagick's import, GTK 3 (apt-get install xvfb xdotool imagemagick libgtk-3-0),
# a JDK 21+ in JAVA_HOME, and the app built (./mvnw -pl app -am install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
cp_file=$(mktemp)
./mvnw -B -q -o -pl app -am dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
classpath="app/target/classes:designer/ui/target/classes:designer/core/target/classes:$(cat "$cp_file")"
display=:97
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
for theme in light dark; do
  DISPLAY=$display "$JAVA_HOME/bin/java" -Dorrery.theme=$theme -cp "$classpath" dev.orrery.app.shell.DesktopApp &
  app=$!
  for _ in $(seq 1 60); do
    win=$(DISPLAY=$display xdotool search --name "Orrery" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 0.5
  done
  DISPLAY=$display xdotool windowmove "$win" 0 0 windowsize "$win" 1600 1000
  sleep 3
  # select the train step so the property sheet shows its GPU settings
  DISPLAY=$display xdotool mousemove ${TRAIN_X:-620} ${TRAIN_Y:-515} click 1
  sleep 1.5
  DISPLAY=$display import -window root "$out/designer-$theme.png"
  kill $app
  wait $app 2>/dev/null || true
done
rm -f "$cp_file"
echo "wrote $out/designer-light.png and $out/designer-dark.png"
