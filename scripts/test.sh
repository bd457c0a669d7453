#!/usr/bin/env bash
# The whole test suite: formatting, lints, every Rust test (unit, integration, CLI), content check.
# Run from anywhere; installs what a fresh Debian machine lacks first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check

step "clippy (-D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust tests (core, CLI, store on real SQLCipher files)"
cargo test --workspace --locked

step "content packs"
cargo run --quiet --locked --bin doorstep -- content check content

printf '\nAll tests passed.\n'
