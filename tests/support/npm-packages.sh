# Shared by the tests that run official npm packages (otel-js/run.sh, app-js/run.sh): sourced, not run.
# A test that cannot have Node or its packages (offline) exits 77, ctest's SKIP_RETURN_CODE.

skip() {
    echo "SKIP: $*"
    exit 77
}
fail() {
    echo "FAIL: $*"
    exit 1
}

# require_node WHAT: node and npm, new enough for the pinned packages, or skip.
require_node() {
    command -v node >/dev/null 2>&1 || skip "node is not installed; $1 needs Node 18.19 or 20.6 and later"
    command -v npm >/dev/null 2>&1 || skip "npm is not installed; $1 needs it to install its packages"
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 6) || (a === 18 && b >= 19) ? 0 : 1)' \
        || skip "Node $(node --version) is older than $1 needs (18.19, or 20.6 and later)"
}

# install_packages DIR CACHE WHAT: the packages pinned in DIR/package.json and DIR/package-lock.json,
# into CACHE/node_modules (CACHE absolute), again only when the lock file changed; skips when npm cannot.
install_packages() {
    if ! cmp -s "$1/package-lock.json" "$2/package-lock.json" || [ ! -f "$2/node_modules/.package-lock.json" ]; then
        echo "installing the packages of $3 into $2 (npm ci)"
        rm -rf "$2/node_modules" "$2/package-lock.json"
        cp "$1/package.json" "$1/package-lock.json" "$2/" || fail "cannot copy package.json and package-lock.json to $2"
        if ! (cd "$2" && npm ci --no-audit --no-fund --ignore-scripts --prefer-offline --cache "$2/npm-cache" --fetch-retries 1 \
            --fetch-timeout 20000 --loglevel error) >"$2/npm.log" 2>&1; then
            tail -n 5 "$2/npm.log"
            rm -rf "$2/node_modules" "$2/package-lock.json"
            skip "npm could not install the packages of $3 (offline?); see $2/npm.log"
        fi
    fi
}

# prepare_packages WHAT FAPO CACHE: node, the fapo program, and the packages pinned in the calling test's
# folder ($here) installed in CACHE; sets cache to CACHE's absolute path.
prepare_packages() {
    require_node "$1"
    [ -x "$2" ] || fail "no fapo program at $2"
    mkdir -p "$3" || fail "cannot make $3"
    cache=$(cd "$3" && pwd)
    install_packages "$here" "$cache" "$1"
}
