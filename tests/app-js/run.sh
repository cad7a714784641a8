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
case $fapo in /*) ;; *) fapo=$PWD/$fapo ;; esac # absolute: the test runs in the app's folder
cache=$2

. "$here/../support/npm-packages.sh"
prepare_packages "the SDK app test" "$fapo" "$cache"

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
