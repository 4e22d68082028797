#!/usr/bin/env bash
# Generates the files the kulturskole theme takes from npm but that npm does not ship ready-made:
# the Designsystemet colour theme, made offline by the @digdir/designsystemet CLI from
# themes/kulturskole/designsystemet.config.json into theme-build/kulturskole/ (git-ignored).
# Run by scripts/setup.sh after `npm ci`; safe to run again (does nothing when up to date).
set -euo pipefail
cd "$(dirname "$0")/.."

cli=node_modules/.bin/designsystemet
config=themes/kulturskole/designsystemet.config.json
out=theme-build/kulturskole
if [[ ! -x $cli ]]; then
  echo "theme-assets: fant ikke $cli; kjør scripts/setup.sh (npm ci) først" >&2
  exit 1
fi

# Rebuild only when the config or the installed packages changed.
stamp=$(cat "$config" package-lock.json "$0" | sha256sum | cut -d' ' -f1)
if [[ -f $out/kulturskole.css && "$(cat "$out/.stamp" 2>/dev/null)" == "$stamp" ]]; then
  exit 0
fi

echo "theme-assets: designsystemet tokens create + build → $out"
mkdir -p theme-build
work=$(mktemp -d theme-build/.work.XXXXXX)
trap 'rm -rf "$work"' EXIT
# style-dictionary (used by the CLI) declares Node >= 22 in its package.json, but tokens
# create/build run correctly on Node 20; the CLI is not networked.
"$cli" tokens create --config "$config" --out-dir "$work/tokens" --clean >"$work/create.log" 2>&1 ||
  { cat "$work/create.log" >&2; exit 1; }
"$cli" tokens build --config "$config" --tokens "$work/tokens" --out-dir "$work/css" --clean >"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; exit 1; }
if [[ ! -s $work/css/kulturskole.css ]]; then
  echo "theme-assets: the CLI made no kulturskole.css; see $config" >&2
  cat "$work/build.log" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"
cp "$work/css/kulturskole.css" "$out/kulturskole.css"
echo "$stamp" >"$out/.stamp"
