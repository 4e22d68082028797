#!/usr/bin/env bash
# Browser tests, as a reader would meet the site: builds the bundled content with an already-built
# stilas into a temporary folder, serves it on 127.0.0.1, and runs tests/browser/ in Debian's
# Chromium (node --test). Screenshots go to tests/artifacts/browser/. Exits non-zero on failure.
# Usage: scripts/browser-tests.sh [path/to/stilas]   (default: build/stilas)
# STILAS_CONTENT_DIR=DIR builds another content folder (its themes/ beside it) instead of content/.
set -euo pipefail
cd "$(dirname "$0")/.."

stilas="$(realpath -m "${1:-build/stilas}")"
chromium="${STILAS_CHROMIUM:-/usr/bin/chromium}"
content="$(realpath -m "${STILAS_CONTENT_DIR:-content}")"

fail() { echo "browser-tests: $*" >&2; exit 1; }
[[ -x "$stilas" ]] || fail "no stilas at $stilas (build it first)"
[[ -x "$chromium" ]] || fail "no Chromium at $chromium (scripts/setup.sh installs it)"
command -v node >/dev/null || fail "node is missing (scripts/setup.sh installs it)"
[[ -d node_modules/playwright-core && -d node_modules/@axe-core/playwright ]] ||
  fail "node_modules lacks playwright-core or @axe-core/playwright (run npm ci or scripts/setup.sh)"

work="$(mktemp -d "${TMPDIR:-/tmp}/stilas-browser.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$stilas" build --source "$content" --out "$work/site" -q || fail "stilas could not build $content"

node tests/browser/serve.mjs "$work/site" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
site_url=""
for _ in $(seq 100); do
  site_url="$(head -n 1 "$work/server.out")"
  [[ -n "$site_url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || fail "the file server stopped: $(cat "$work/server.err")"
  sleep 0.1
done
[[ -n "$site_url" ]] || fail "the file server did not start"

artifacts="tests/artifacts/browser"
rm -rf "$artifacts"
mkdir -p "$artifacts"
echo "browser-tests: serving $work/site at $site_url; screenshots in $artifacts/"

status=0
STILAS_SITE_URL="$site_url" STILAS_SITE_DIR="$work/site" STILAS_CONTENT_DIR="$content" \
STILAS_ARTIFACTS_DIR="$PWD/$artifacts" STILAS_CHROMIUM="$chromium" \
  node --test --test-concurrency=1 tests/browser/ || status=$?
exit "$status"
