#!/usr/bin/env bash
# Takes the designer's screenshots under Xvfb: the sample pipeline in the light and dark themes, its
# YAML tab, Argo's exit-handlers example, and a generated 300-step pipeline laid out by ELK
# (docs/screenshots/designer-*.png).
# Needs: Xvfb, xdotool, ImageMagick's import, GTK 3 (apt-get install xvfb xdotool imagemagick libgtk-3-0),
# and a JDK 21+ in JAVA_HOME (the classes are compiled first, scripts/classpath.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
. scripts/classpath.sh
large=$(mktemp --suffix=.yaml)
classpath="app/target/classes:designer/ui/target/classes:designer/core/target/classes:$(orrery_classpath app runtime)"
generator_classpath="benchmarks/target/classes:$(orrery_classpath benchmarks runtime)"
display=:97
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$large"' EXIT
sleep 1

# start_app THEME [FILE]: opens the designer (the sample pipeline without a file) at 1600×1000
start_app() {
  DISPLAY=$display "$JAVA_HOME/bin/java" -Dorrery.theme="$1" -cp "$classpath" dev.orrery.app.shell.DesktopApp ${2:+"$2"} &
  app=$!
  win=
  for _ in $(seq 1 60); do
    win=$(DISPLAY=$display xdotool search --name "Orrery" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 0.5
  done
  [ -n "$win" ] || { echo "the Orrery window did not open" >&2; exit 1; }
  DISPLAY=$display xdotool windowmove "$win" 0 0 windowsize "$win" 1600 1000
  sleep 3 # the window's first layout, and ELK's for a file without layout
}

stop_app() {
  kill "$app"
  wait "$app" 2>/dev/null || true
}

shot() {
  DISPLAY=$display import -window root "$out/$1"
  echo "wrote $out/$1"
}

for theme in light dark; do
  start_app $theme
  # select the train step so the property sheet shows its GPU settings
  DISPLAY=$display xdotool mousemove ${TRAIN_X:-620} ${TRAIN_Y:-515} click 1
  sleep 1.5
  shot designer-$theme.png
  if [ $theme = light ]; then
    DISPLAY=$display xdotool key ctrl+F2 # the YAML tab, scrolled to the selected step
    sleep 1.5
    shot designer-yaml.png
  fi
  stop_app
done

# Argo's exit-handlers example: the exit handler drawn as its own step, marked "on exit"
start_app light ../shared/argo/examples/exit-handlers.yaml
shot designer-exit-handler.png
stop_app

"$JAVA_HOME/bin/java" -cp "$generator_classpath" dev.orrery.benchmarks.PipelineGenerator 300 42 "$large"
start_app light "$large"
sleep 2 # the fitted view's sharp picture
shot designer-large.png
stop_app
