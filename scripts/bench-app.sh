#!/usr/bin/env bash
# The app's numbers: release binary size, launch to first paint, unlock to families list and
# memory, beside an empty Tauri 2 app built with the same profile in the same run.
# Not part of the test suite (it is a benchmark). Results: target/bench-app.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
(cd ui && npm run --silent build)
cargo build --release --locked -p doorstep-app --bin doorstep-app
cargo build --release --locked -p doorstep --bin doorstep
cargo build --release --manifest-path bench/empty-tauri/Cargo.toml --target-dir target
timeout 900 xvfb-run -a -s "-screen 0 1280x1024x24" python3 tests/e2e/bench_app.py
