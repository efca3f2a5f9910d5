#!/usr/bin/env bash
# Builds a native package of Orrery with the JDK's jpackage.
#   installers/jpackage.sh [app-image|deb|rpm|msi|dmg]   (default: app-image)
# The result goes to installers/target/. deb/rpm need dpkg-deb/rpmbuild, msi needs WiX, dmg macOS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/find-jdk.sh"
. "$root/scripts/jvm-options.sh"
orrery_find_jdk
type="${1:-app-image}"
java_options=()
for o in "${ORRERY_JVM_OPTIONS[@]}"; do
  java_options+=(--java-options "$o")
done
(cd "$root" && ./mvnw -B -q -DskipTests -pl app -am package)
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' "$root/pom.xml" | head -n 1)"
input="$root/installers/target/input"
rm -rf "$input" && mkdir -p "$input"
cp "$root/app/target/orrery.jar" "$input/"
"$JAVA_HOME/bin/jpackage" \
  --type "$type" \
  --name Orrery \
  --app-version "${version:-0.1.0}" \
  --vendor "Orrery" \
  --description "Design ML pipelines visually and run them on Argo Workflows" \
  --input "$input" \
  --main-jar orrery.jar \
  --main-class dev.orrery.app.Main \
  "${java_options[@]}" \
  --dest "$root/installers/target"
echo "Package written to installers/target/" >&2
