#!/usr/bin/env bash
# Runs Doorstep on its embedded defaults. Until the app lands this builds the core and fills a
# local encrypted demo store with synthetic families (./demo-data/doorstep.db).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --locked --bin doorstep
mkdir -p demo-data
export DOORSTEP_PASSPHRASE="${DOORSTEP_PASSPHRASE:-demo-passphrase-2026}"
./target/release/doorstep demo --db demo-data/doorstep.db
./target/release/doorstep db check --db demo-data/doorstep.db
