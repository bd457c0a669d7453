#!/usr/bin/env bash
# End-to-end tests of the real app binary under Xvfb, through tauri-driver and WebKitWebDriver.
# Screenshots: target/e2e-screenshots/. Needs scripts/setup.sh and a built UI (ui/dist).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# scripts/test.sh runs `cargo test` first and uses the binaries it built (the app's tests build
# the app binary with their features): building them again with the app's features alone would
# cost every CI run minutes. Run on its own, this script builds them.
if [ -z "${DOORSTEP_E2E_TEST_BUILD:-}" ]; then
  cargo build --locked -p doorstep-app -p doorstep-server
fi
export DOORSTEP_APP="$PWD/target/debug/doorstep-app"
export DOORSTEP_SERVER="$PWD/target/debug/doorstep-server"
rm -rf target/e2e-screenshots
# The app keeps its device secret in a Secret Service, as on a practitioner's desktop.
timeout 900 bash scripts/with-keyring.sh xvfb-run -a -s "-screen 0 1280x1024x24" python3 tests/e2e/app_e2e.py
# The supervisor's pages in headless Chromium (no display needed).
timeout 300 python3 tests/e2e/supervisor_e2e.py
