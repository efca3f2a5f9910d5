#!/usr/bin/env bash
# Builds the Debian package (installers/jpackage.sh deb) and checks what a user gets from it:
# it depends on GTK 3 and libXtst, has a menu entry with Orrery's icon, and links `orrery` onto the
# PATH. As root (and unless ORRERY_INSTALL_CHECK=0) it then installs the package with apt-get, which
# also installs the dependencies, runs `orrery --version` and `orrery validate`, and removes the
# package again (the dependencies stay installed). A script for people, not for CI: it needs
# dpkg-deb and fakeroot, and as root it changes the machine.
#   installers/check-linux-package.sh [PACKAGE.deb]   (without an argument it builds one first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fail() { echo "check-linux-package: $*" >&2; exit 1; }
for tool in dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null || fail "needs $tool (apt-get install dpkg fakeroot)"
done
if [ $# -gt 0 ]; then
  deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" # a package built before (apt-get wants a path with a /)
else
  rm -f "$root"/installers/target/orrery_*.deb
  "$root/installers/jpackage.sh" deb
  deb=$(ls "$root"/installers/target/orrery_*.deb)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libgtk-3-0 libxtst6; do
  [[ ", $depends," == *", $dep,"* ]] || fail "Depends lacks $dep: $depends"
done

dpkg-deb -x "$deb" "$work/unpacked"
dpkg-deb -e "$deb" "$work/control"
desktop=$(ls "$work"/unpacked/opt/orrery/lib/*.desktop 2>/dev/null | head -n 1)
[ -n "$desktop" ] || fail "no desktop entry under /opt/orrery/lib"
grep -qx "Exec=/opt/orrery/bin/Orrery" "$desktop" || fail "the desktop entry does not start the launcher: $(cat "$desktop")"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$work/unpacked$icon" ] || fail "the desktop entry's icon $icon is not in the package"
cmp -s "$work/unpacked$icon" "$root/assets/icons/orrery.png" || fail "the icon is not assets/icons/orrery.png"
grep -q "^Categories=Development;" "$desktop" || fail "the desktop entry is not in the Development menu"
grep -q "xdg-desktop-menu install" "$work/control/postinst" || fail "postinst does not install the menu entry"
grep -q "ln -sf /opt/orrery/bin/Orrery /usr/bin/orrery" "$work/control/postinst" || fail "postinst does not link orrery onto the PATH"
grep -q "rm -f /usr/bin/orrery" "$work/control/prerm" || fail "prerm does not remove the orrery link"
# a word jpackage did not replace would be run as a command
! grep -nE '^[A-Z][A-Z_]{7,}$' "$work/control/postinst" "$work/control/prerm" || fail "placeholders left in the scripts"
echo "check-linux-package: $(basename "$deb"): Depends: $depends; menu entry, icon and /usr/bin/orrery link: ok"

if [ "$(id -u)" -ne 0 ] || [ "${ORRERY_INSTALL_CHECK:-1}" = 0 ]; then
  echo "check-linux-package: not root (or ORRERY_INSTALL_CHECK=0): the install was not tried"
  exit 0
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "apt-get install failed"; }
[ "$(readlink /usr/bin/orrery)" = /opt/orrery/bin/Orrery ] || fail "/usr/bin/orrery is not the launcher's link"
version=$(orrery --version) || fail "orrery --version exited $?"
orrery validate "$root/assets/samples/local-ml.orrery.yaml" || fail "orrery validate exited $?"
ls /usr/share/applications/*rrery*.desktop >/dev/null 2>&1 || fail "no menu entry in /usr/share/applications"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q orrery >"$work/remove.log" 2>&1 \
  || { cat "$work/remove.log" >&2; fail "apt-get remove failed"; }
[ ! -e /usr/bin/orrery ] && [ ! -L /usr/bin/orrery ] || fail "/usr/bin/orrery is still there after removal"
! ls /usr/share/applications/*rrery*.desktop >/dev/null 2>&1 || fail "the menu entry is still there after removal"
echo "check-linux-package: installed, ran '$version' from the PATH, removed: ok"
