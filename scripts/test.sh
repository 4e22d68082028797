#!/usr/bin/env bash
# Command 2: set up and run every test (unit, end-to-end, the bundled content with zero
# diagnostics). Warnings are errors here, as in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
STILAS_WERROR=ON bash scripts/setup.sh stilas stilas_tests
ctest --test-dir build --output-on-failure
