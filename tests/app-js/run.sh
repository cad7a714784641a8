#!/bin/sh
# An app pipeline written with the official SDKs (the ctest case app_js_sdk): app.mjs calls the model
# through @anthropic-ai/sdk (one call plain, one streamed) and sends its spans with the OpenTelemetry JS
# SDK's protobuf exporter, reading only FAPO_PROMPTS and the variables the SDKs read anyway.
#   run.sh FAPO CACHE_DIR
# Installs the packages pinned in package.json and package-lock.json into CACHE_DIR (again only when the
# lock file changes), runs the app with `fapo run` and checks the steps its calls and spans made, the
# cache on a second run, and that the key the SDK sent is nowhere in the workspace.
# Exit 77 (ctest's SKIP_RETURN_CODE) when node or npm is missing or too old, or the install fails (offline).
set -u

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ne 2 ]; then
    echo "usage: $0 FAPO CACHE_DIR" >&2
    exit 2
fi
fapo=$1
cache=$2

skip() {
    echo "SKIP: $*"
    exit 77
}
fail() {
    echo "FAIL: $*"
    exit 1
}

command -v node >/dev/null 2>&1 || skip "node is not installed; the SDK app test needs Node 18.19 or 20.6 and later"
command -v npm >/dev/null 2>&1 || skip "npm is not installed; the SDK app test needs it to install the SDKs"
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 6) || (a === 18 && b >= 19) ? 0 : 1)' \
    || skip "Node $(node --version) is older than the SDKs need (18.19, or 20.6 and later)"
[ -x "$fapo" ] || fail "no fapo program at $fapo"

mkdir -p "$cache" || fail "cannot make $cache"
cache=$(cd "$cache" && pwd)
if ! cmp -s "$here/package-lock.json" "$cache/package-lock.json" || [ ! -f "$cache/node_modules/.package-lock.json" ]; then
    echo "installing the Anthropic and OpenTelemetry JS packages into $cache (npm ci)"
    rm -rf "$cache/node_modules" "$cache/package-lock.json"
    cp "$here/package.json" "$here/package-lock.json" "$cache/" || fail "cannot copy package.json and package-lock.json to $cache"
    if ! (cd "$cache" && npm ci --no-audit --no-fund --ignore-scripts --prefer-offline --cache "$cache/npm-cache" --fetch-retries 1 \
        --fetch-timeout 20000 --loglevel error) >"$cache/npm.log" 2>&1; then
        tail -n 5 "$cache/npm.log"
        rm -rf "$cache/node_modules" "$cache/package-lock.json"
        skip "npm could not install the SDKs (offline?); see $cache/npm.log"
    fi
fi

# The app's folder sits in CACHE_DIR, so Node finds the packages in CACHE_DIR/node_modules.
work=$(mktemp -d "$cache/run.XXXXXX") || fail "cannot make a directory in $cache"
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM
cp -r "$here/app.mjs" "$here/pipeline.json" "$here/dataset.jsonl" "$here/rules.json" "$here/prompts" "$here/package.json" "$work/" \
    || fail "cannot copy the app to $work"
cd "$work" || fail "cannot enter $work"
LC_ALL=C.UTF-8
ANTHROPIC_API_KEY=sk-ant-test-0123456789-never-stored
export LC_ALL ANTHROPIC_API_KEY

"$fapo" run pipeline.json --dataset dataset.jsonl --trust --json >first.json 2>first.err \
    || fail "fapo run failed: $(tail -n 5 first.err)"
"$fapo" analyze pipeline.json --json >analysis.json 2>analysis.err || fail "fapo analyze failed: $(tail -n 5 analysis.err)"
"$fapo" run pipeline.json --dataset dataset.jsonl --json >second.json 2>second.err \
    || fail "the second fapo run failed: $(tail -n 5 second.err)"
grep -l "$ANTHROPIC_API_KEY" pipeline.fapo* >/dev/null 2>&1 && fail "the key the SDK sent is in the workspace"

node --input-type=module - <<'CHECK' || exit 1
import { readFileSync } from 'node:fs';
const read = (name) => JSON.parse(readFileSync(name, 'utf8'));
const fail = (message) => { console.log(`FAIL: ${message}`); process.exit(1); };
const first = read('first.json');
if (first.status !== 'done' || first.passed !== 2 || first.calls !== 4)
    fail(`the first run: ${JSON.stringify(first)}`);
if (first.notes.length !== 0)
    fail(`a call was left unnamed: ${first.notes.join('; ')}`);
// search: a span around no call; rewrite: named by its template; answer: named only by its span.
const steps = read('analysis.json').steps.map((s) => s.id).join(' ');
if (steps !== 'search rewrite answer app')
    fail(`the steps found are "${steps}", not "search rewrite answer app"`);
const second = read('second.json');
if (second.calls !== 0 || second.cache_hits !== 4 || second.passed !== 2)
    fail(`the second run did not come from the cache: ${JSON.stringify(second)}`);
console.log('the SDK app ran: steps search, rewrite, answer, app; the second run answered from the cache');
CHECK
