#!/usr/bin/env bash
# Builds a native package of Orrery with the JDK's jpackage.
#   installers/jpackage.sh [app-image|deb|rpm|msi|dmg]   (default: app-image)
# The result goes to installers/target/. deb/rpm need dpkg-deb and fakeroot / rpmbuild, msi needs WiX, dmg macOS.
# deb and rpm: depend on GTK 3 and libXtst (JavaFX loads them at run time, so jpackage cannot see
# them), add a menu entry with the icon of assets/icons/, and put an `orrery` command on the PATH
# (installers/linux/: the deb's postinst and prerm, the rpm's spec).
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
linux_options=()
case "$type" in
  deb|rpm)
    if [ "$type" = deb ]; then
      deps="libgtk-3-0, libxtst6"
      category=devel
    else
      deps="gtk3, libXtst"
      category="Development/Tools"
    fi
    linux_options=(--linux-package-name orrery --linux-package-deps "$deps" --linux-app-category "$category"
      --linux-shortcut --linux-menu-group "Development;" --icon "$root/assets/icons/orrery.png"
      --resource-dir "$root/installers/linux")
    ;;
esac
(cd "$root" && ./mvnw -B -q -DskipTests -pl app -am package)
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' "$root/pom.xml" | head -n 1)"
input="$root/installers/target/input"
rm -rf "$input" && mkdir -p "$input"
cp "$root/app/target/orrery.jar" "$input/"
# jpackage refuses to write over an earlier app image
[ "$type" = app-image ] && rm -rf "$root/installers/target/Orrery"
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
  "${linux_options[@]}" \
  --dest "$root/installers/target"
echo "Package written to installers/target/" >&2
