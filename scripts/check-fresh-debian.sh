#!/usr/bin/env bash
# Tries the README as a new user would, on machines that have nothing installed by hand: a fresh
# Debian 12 (debootstrap, minbase) with git and a clone of this repository's HEAD runs both set-up
# commands; then the .deb that build makes is installed into a second fresh Debian 12, where both
# programs must run from /usr/bin. CI runs on a machine where earlier installs stay, so only this shows
# a missing install step. Needs root and Debian's package mirror; about 35 minutes on 2 cores.
#   scripts/check-fresh-debian.sh [WORK_DIR]     (default: /tmp/fapo-fresh; removed first)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
work="${1:-/tmp/fapo-fresh}"
mirror="http://deb.debian.org/debian"

command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
mounts=()
cleanup() { for m in "${mounts[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT

fresh_debian() { # DIR: a minimal Debian 12 with /proc, /dev and /sys, reaching the mirror
  debootstrap --variant=minbase bookworm "$1" "$mirror" >"$1.log" 2>&1 || { tail "$1.log"; exit 1; }
  cp /etc/resolv.conf "$1/etc/resolv.conf"
  mount -t proc proc "$1/proc" && mounts+=("$1/proc")
  mount --bind /dev "$1/dev" && mounts+=("$1/dev")
  mount -t sysfs sys "$1/sys" && mounts+=("$1/sys")
}

cleanup
rm -rf "$work"
mkdir -p "$work"
echo "fresh-debian: a new Debian 12 with a clone of $(git rev-parse --short HEAD)"
fresh_debian "$work/dev"
chroot "$work/dev" bash -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git >/dev/null'
git clone -q "$repo" "$work/dev/root/fapo-studio"
for mode in example test; do
  start=$(date +%s)
  chroot "$work/dev" env HOME=/root bash -c "cd /root/fapo-studio && bash scripts/setup.sh $mode" >"$work/$mode.log" 2>&1 ||
    { tail -n 40 "$work/$mode.log"; echo "fresh-debian: setup.sh $mode FAILED (log: $work/$mode.log)"; exit 1; }
  echo "fresh-debian: setup.sh $mode passed in $(( ($(date +%s) - start) / 60 )) min (log: $work/$mode.log)"
done

chroot "$work/dev" bash -c 'cd /root/fapo-studio/build && cpack -G DEB -B /root/deb >/dev/null'
deb="$(ls "$work"/dev/root/deb/fapo-studio_*.deb)"
echo "fresh-debian: installing $(basename "$deb") into another new Debian 12"
fresh_debian "$work/pkg"
cp "$deb" "$work/pkg/tmp/"
cp -r examples/multihop "$work/pkg/root/example"
rm -f "$work"/pkg/root/example/*.fapo
chroot "$work/pkg" bash -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") >/dev/null
  set -e
  cd /root/example
  /usr/bin/fapo --version
  QT_QPA_PLATFORM=offscreen /usr/bin/fapo-studio --version
  /usr/bin/fapo run pipeline.json --dataset dataset.jsonl --quiet
  /usr/bin/fapo analyze pipeline.json >/dev/null
  QT_QPA_PLATFORM=offscreen /usr/bin/fapo-studio pipeline.json --screenshot /root/graph.png --view graph 2>/dev/null
  test -s /root/graph.png"
echo "fresh-debian: the package installs and both programs run (picture: $work/pkg/root/graph.png)"
