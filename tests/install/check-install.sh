#!/usr/bin/env bash
# ctest install_layout: `cmake --install` into a scratch prefix puts every file where Debian expects
# it, the installed programs run and report the project's version, the desktop metadata validates,
# and the programs read their data from the installed folder (not only from their embedded copies).
#   check-install.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
fail() { echo "install_layout: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

for f in bin/fapo bin/fapo-studio \
  share/fapo-studio/prices.json \
  share/fapo-studio/translations/fapo_de.qm share/fapo-studio/translations/fapo_zh_CN.qm \
  share/fapo-studio/translations/fapo_en.qm \
  share/applications/org.fapostudio.FapoStudio.desktop \
  share/metainfo/org.fapostudio.FapoStudio.metainfo.xml \
  share/icons/hicolor/scalable/apps/fapo-studio.svg \
  share/icons/hicolor/48x48/apps/fapo-studio.png share/icons/hicolor/256x256/apps/fapo-studio.png; do
  [ -s "$prefix/$f" ] || fail "missing or empty: $f"
done

[ "$("$prefix/bin/fapo" --version)" = "fapo $version" ] || fail "fapo --version: $("$prefix/bin/fapo" --version)"
studio_version="$(QT_QPA_PLATFORM=offscreen "$prefix/bin/fapo-studio" --version)"
[ "$studio_version" = "FAPO Studio $version" ] || [ "$studio_version" = "fapo-studio $version" ] ||
  fail "fapo-studio --version: $studio_version"
grep -q "release version=\"$version\"" "$prefix/share/metainfo/org.fapostudio.FapoStudio.metainfo.xml" ||
  fail "the metainfo file does not name release $version"

appstreamcli validate --no-net "$prefix/share/metainfo/org.fapostudio.FapoStudio.metainfo.xml" >/dev/null ||
  fail "appstreamcli validate: $(appstreamcli validate --no-net "$prefix/share/metainfo/"*.xml)"
desktop-file-validate "$prefix/share/applications/org.fapostudio.FapoStudio.desktop" ||
  fail "desktop-file-validate failed"

# The installed catalogues are the ones read: in German the help is German; with the English
# catalogue installed under the German name, the same call comes out English.
help_de="$(LANGUAGE= LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 "$prefix/bin/fapo" --help)"
grep -q "Befehle" <<<"$help_de" || fail "fapo --help in German does not say Befehle: $help_de"
cp "$prefix/share/fapo-studio/translations/fapo_en.qm" "$prefix/share/fapo-studio/translations/fapo_de.qm"
help_swapped="$(LANGUAGE= LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 "$prefix/bin/fapo" --help)"
grep -q "Befehle" <<<"$help_swapped" && fail "fapo ignores the installed catalogue"

# The installed price table is the one read: a broken one is reported by its installed path.
echo '{ broken' >"$prefix/share/fapo-studio/prices.json"
work="$(mktemp -d)"
trap 'rm -rf "$prefix" "$work"' EXIT
cp -r "$(dirname "$0")/../../examples/multihop/." "$work/"
rm -f "$work"/*.fapo
out="$("$prefix/bin/fapo" run "$work/pipeline.json" --dataset "$work/dataset.jsonl" --limit 1 --quiet 2>&1 || true)"
grep -q "$prefix/share/fapo-studio/prices.json" <<<"$out" || fail "a broken installed prices.json went unnoticed: $out"
echo "install_layout: every file in place, version $version, data read from $prefix/share/fapo-studio"
