#!/usr/bin/env bash
# ctest package_deb: `cpack -G DEB` makes a .deb whose Depends dpkg-shlibdeps computed from the
# programs (Qt's libraries among them) plus the plugins Qt loads at run time, and whose files sit
# under /usr as Debian expects.
#   check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail() { echo "package_deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >/dev/null) || fail "cpack failed"
deb="$(ls "$out"/fapo-studio_"$version"_*.deb 2>/dev/null | head -n 1)"
[ -n "$deb" ] || fail "no fapo-studio_${version}_*.deb in $(ls "$out")"

depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6core6 libqt6widgets6 libqt6sql6 libqt6charts6 libgvc6 libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
files="$(dpkg-deb --contents "$deb")"
for f in ./usr/bin/fapo ./usr/bin/fapo-studio ./usr/share/fapo-studio/prices.json \
  ./usr/share/fapo-studio/translations/fapo_de.qm ./usr/share/applications/org.fapostudio.FapoStudio.desktop \
  ./usr/share/metainfo/org.fapostudio.FapoStudio.metainfo.xml ./usr/share/icons/hicolor/48x48/apps/fapo-studio.png; do
  grep -q " $f\$" <<<"$files" || fail "the package lacks $f"
done
echo "package_deb: $(basename "$deb"), Depends: $depends"
