#!/usr/bin/env bash
# The search engine against a real index: builds the bundled content with an already-built
# stilas into a temporary folder and runs tests/search/*.test.mjs (node --test) on it, with the
# engine's fetch replaced by reading the built files. Exits non-zero on failure.
# Usage: STILAS=path/to/stilas scripts/search-tests.sh   (default: build/stilas)
set -euo pipefail
cd "$(dirname "$0")/.."

stilas="$(realpath -m "${STILAS:-build/stilas}")"
fail() { echo "search-tests: $*" >&2; exit 1; }
[[ -x "$stilas" ]] || fail "no stilas at $stilas (build it first)"
command -v node >/dev/null || fail "node is missing (scripts/setup.sh installs it)"

work="$(mktemp -d "${TMPDIR:-/tmp}/stilas-search.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$stilas" build -q --source content --themes themes --out "$work/site" || fail "stilas could not build content/"
STILAS_SEARCH_SITE="$work/site" node --test tests/search/
