#!/usr/bin/env bash
# Installs what Stilas needs on Debian 12 (only what is missing) and builds it into build/.
# Used by site.sh and test.sh; safe to run again. Arguments: CMake targets (default: stilas).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build pkg-config git ca-certificates libstemmer-dev libssl-dev libmimalloc-dev liblz4-dev
          libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libgit2-dev doctest-dev
          libcli11-dev nlohmann-json3-dev libicu-dev
          chromium)  # Debian's browser for the browser tests (scripts/browser-tests.sh)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Front-end packages (theme CSS, font, browser-test tools), pinned in package-lock.json.
if ! command -v npm >/dev/null; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [[ ! -f node_modules/.package-lock.json ]] || ! cmp -s package-lock.json node_modules/.stilas-lock; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.stilas-lock
fi
# The kulturskole theme's Designsystemet colour theme, made with its CLI (does nothing when current).
bash scripts/theme-assets.sh

build_type="${STILAS_BUILD_TYPE:-Release}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DSTILAS_WERROR="${STILAS_WERROR:-OFF}" >/dev/null
cmake --build build --target "${@:-stilas}"
