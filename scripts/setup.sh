#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages only), builds, then runs the example or the tests.
#   scripts/setup.sh example   build and open the bundled example
#   scripts/setup.sh test      build and run the whole test suite (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-example}"

packages=(build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev
  qt6-l10n-tools qt6-tools-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libxkbcommon-dev
  nlohmann-json3-dev libsimdjson-dev libspdlog-dev libgraphviz-dev libdtl-dev qtkeychain-qt6-dev
  fonts-dejavu-core fonts-wqy-microhei)
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
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"

case "$mode" in
  test)
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)"
    ;;
  example)
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
    ;;
  *)
    echo "usage: scripts/setup.sh [example|test]" >&2
    exit 2
    ;;
esac
