#!/usr/bin/env bash
# The whole test suite: UI checks and unit tests, formatting, lints, every Rust test (core,
# store on real SQLCipher files, CLI, app commands on Tauri's mock runtime), the content packs,
# and end-to-end tests of the real app under Xvfb.
# Run from anywhere; installs what a fresh Debian machine lacks first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

bash scripts/setup.sh

# A one-off build (CI's fresh clone) gains nothing from incremental state, and it is gigabytes.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

step "UI: type check, unit tests, build"
(cd ui && npm run --silent check && npm run --silent test && npm run --silent build)

step "rustfmt"
cargo fmt --all -- --check

step "clippy (-D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust tests"
cargo test --workspace --locked

step "dates in other time zones (the same build)"
# Where the device's date and UTC's differ for half of every day, and across clock changes:
# the tests that work with today's date, ages and "days since".
for tz in Pacific/Auckland America/Los_Angeles; do
  TZ=$tz cargo test --quiet --locked -p doorstep-app --test commands
  TZ=$tz cargo test --quiet --locked --test prompts --test day_plan --test scenarios
  TZ=$tz cargo test --quiet --locked -p doorstep-core --lib chronology
done

step "content packs"
cargo run --quiet --locked --bin doorstep -- content check content

step "end-to-end: the real app under Xvfb"
# With the binaries `cargo test` built above (see scripts/e2e.sh).
DOORSTEP_E2E_TEST_BUILD=1 bash scripts/e2e.sh

printf '\nAll tests passed.\n'
