#!/usr/bin/env bash
# Builds the Doorstep app where something changed: the UI (only when its sources are newer than
# the last build) and the binary. scripts/run.sh (the README's first command) calls it before
# scripts/launch-app.sh.
# Usage: scripts/build-app.sh [release|debug]   (release by default)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
profile="${1:-release}"

# A UI build rewrites ui/dist, and that alone makes cargo rebuild the app (minutes on two
# cores), so the UI is built only when something it is built from is newer than ui/dist.
ui_inputs=(ui/src ui/index.html ui/package.json ui/package-lock.json ui/vite.config.ts
  ui/svelte.config.js ui/tsconfig.json)
if [ ! -f ui/dist/index.html ] ||
  [ -n "$(find "${ui_inputs[@]}" -newer ui/dist/index.html -print -quit)" ]; then
  (cd ui && npm run --silent build)
fi

case "$profile" in
  release) cargo build --release --locked -p doorstep-app ;;
  debug) cargo build --locked -p doorstep-app ;;
  *) echo "usage: $0 [release|debug]" >&2; exit 2 ;;
esac
