#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages only), builds, then runs the example or the tests.
#   scripts/setup.sh example   build fapo and fapo-studio only, run the bundled example, open it
#   scripts/setup.sh test      build everything and run the whole test suite (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-example}"
case "$mode" in
  example | test) ;;
  *)
    echo "usage: scripts/setup.sh [example|test]" >&2
    exit 2
    ;;
esac

# What the build uses: compilers, CMake, and the libraries' -dev packages. After a build,
# scripts/check-setup-deps checks that these and their hard Depends cover every header, CMake
# package and library the build really used. Packages are installed without Recommends, so a
# Recommends the build needs is named here: libqt6opengl6-dev, which Qt6Charts' CMake package needs.
build_packages=(build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libxkbcommon-dev
  nlohmann-json3-dev libsimdjson-dev libspdlog-dev libgraphviz-dev libdtl-dev qtkeychain-qt6-dev zlib1g-dev libsqlite3-dev)

# Needs no build can see, because Qt loads them at run time.
# Qt's SQL driver plugins: SQLite for workspace files, PostgreSQL for a team's shared workspace.
sql_driver=(libqt6sql6-sqlite libqt6sql6-psql)
# Qt's platform plugins: xcb for the window, offscreen for the tests and --screenshot.
platform_plugins=(qt6-qpa-plugins)
# Qt's own texts in German and Chinese: dialog buttons, the command line's "Usage:".
qt_translations=(qt6-translations-l10n)
# Fonts: Latin text, and the CJK glyphs the Chinese translation and screenshots need.
fonts=(fonts-dejavu-core fonts-wqy-microhei)

# The test command only: python3 runs scripts/check-setup-deps; clang-format checks the layout of the
# code against .clang-format; clang and its runtime build
# the libFuzzer targets; appstream and desktop-file-utils validate the desktop metadata; dpkg-dev
# and file let CPack compute the .deb's Depends; postgresql is the server the *_postgresql tests
# start for themselves (initdb into a temporary folder, as the postgres user).
check_packages=(python3 clang libclang-rt-14-dev clang-format appstream desktop-file-utils dpkg-dev file postgresql)

packages=("${build_packages[@]}" "${sql_driver[@]}" "${platform_plugins[@]}" "${qt_translations[@]}" "${fonts[@]}")
[ "$mode" = test ] && packages+=("${check_packages[@]}")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout in ccache's keys, so another clone (CI's) reuses what this one compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# The targets use precompiled headers; without this ccache declines every call that includes one.
export CCACHE_SLOPPINESS=pch_defines,time_macros
# Both modes use the dev preset (build/, RelWithDebInfo), so the test command reuses what the example
# command compiled. It sets FAPO_WERROR: a warning in the project's own code fails the build.
cmake --preset dev >/dev/null

if [ "$mode" = test ]; then
  git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror # the tree stays formatted
  cmake --build --preset dev -j "$(nproc)"
  python3 scripts/check-setup-deps build scripts/setup.sh
  ctest --preset dev -j "$(nproc)"
  # The parsers of untrusted input under ASan and UBSan: each fuzz target on its seeds and 10 s of
  # mutations (the whole suite under the sanitizers is the asan preset, see the README).
  bash scripts/fuzz.sh 10
  exit 0
fi

cmake --build --preset dev -j "$(nproc)" --target fapo fapo-studio
./build/app/fapo validate examples/multihop/pipeline.json
./build/app/fapo run examples/multihop/pipeline.json --dataset examples/multihop/dataset.jsonl
./build/app/fapo analyze examples/multihop/pipeline.json
# One round of proposals for the Review panel (once: later runs keep the decisions already taken).
./build/app/fapo proposals examples/multihop/pipeline.json --json | grep -q '"id"' ||
  ./build/app/fapo optimize examples/multihop/pipeline.json --dataset examples/multihop/dataset.jsonl --approve none --quiet
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/fapo-studio examples/multihop/pipeline.json
fi
# No display (a server, a container): render each view to a picture instead.
mkdir -p build/screenshots
for view in graph inspector review charts; do
  QT_QPA_PLATFORM=offscreen ./build/app/fapo-studio examples/multihop/pipeline.json \
    --screenshot "build/screenshots/$view.png" --view "$view"
done
echo "setup: no display; the window was rendered to build/screenshots/*.png"
