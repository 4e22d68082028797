#!/usr/bin/env bash
# Command 1: set up, build stilas, build the bundled knowledge base in content/ into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
./build/stilas build --source content --out public
cat <<'MSG'

The site is in public/. To look at it:
  python3 -m http.server --directory public 8000    then open http://localhost:8000/
MSG
