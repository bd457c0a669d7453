#!/usr/bin/env bash
# Runs the Doorstep app on its embedded defaults: installs what is missing, builds the UI and a
# release binary, and starts it (the store goes in the platform's app data folder, or in
# DOORSTEP_DATA_DIR if set).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
(cd ui && npm run --silent build)
cargo build --release --locked -p doorstep-app
exec ./target/release/doorstep-app
