#!/bin/sh
# The official OpenTelemetry JS exporters against a real `fapo serve` (the ctest case otel_js_exporter).
#   run.sh FAPO CACHE_DIR
# Installs the packages pinned in package.json and package-lock.json into CACHE_DIR (under the build
# tree; again only when the lock file changes), starts `fapo serve --port 0 --json`, lets
# exporter-test.cjs send through both exporters, reads `fapo runs --json` while the server runs, stops it
# with SIGINT and checks its summary against `fapo import` of the same spans.
# Exit 77 (ctest's SKIP_RETURN_CODE) when node or npm is missing or too old, or the install fails (offline).
set -u

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ne 2 ]; then
    echo "usage: $0 FAPO CACHE_DIR" >&2
    exit 2
fi
fapo=$1
cache=$2

. "$here/../support/npm-packages.sh"
prepare_packages "the OpenTelemetry JS exporter test" "$fapo" "$cache"

work=$(mktemp -d "$cache/run.XXXXXX") || fail "cannot make a directory in $cache"
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

LC_ALL=C.UTF-8
export LC_ALL
"$fapo" serve --port 0 --json --workspace "$work/live.fapo" >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
tries=0
until head -n 1 "$work/serve.out" | grep -q '}'; do
    kill -0 "$pid" 2>/dev/null || fail "fapo serve ended before listening: $(cat "$work/serve.err")"
    tries=$((tries + 1))
    [ "$tries" -le 150 ] || fail "fapo serve did not say where it listens within 15 s"
    sleep 0.1
done
url=$(head -n 1 "$work/serve.out" | sed -n 's/^{"listening": *"\(http:[^"]*\)"}$/\1/p')
[ -n "$url" ] || fail "fapo serve's first line is not {\"listening\": URL}: $(head -n 1 "$work/serve.out")"
echo "fapo serve listens on $url"

OTEL_EXPORTER_OTLP_ENDPOINT=$url node "$here/exporter-test.cjs" send "$cache" "$work/sent.otlp.json" \
    || fail "sending through the exporters failed (fapo serve said: $(cat "$work/serve.err"))"
"$fapo" runs --workspace "$work/live.fapo" --json >"$work/runs.json" || fail "fapo runs failed"

kill -INT "$pid"
wait "$pid"
code=$?
pid=
[ "$code" -eq 0 ] || fail "fapo serve exited $code after SIGINT: $(cat "$work/serve.err")"
sed 1d "$work/serve.out" >"$work/summary.json"
echo "fapo serve stored the session $(grep -c 'so far' "$work/serve.err") time(s) while the spans arrived"
"$fapo" import "$work/sent.otlp.json" --workspace "$work/file.fapo" --json >"$work/import.json" || fail "fapo import of the sent spans failed"
node "$here/exporter-test.cjs" check "$work" || exit 1
