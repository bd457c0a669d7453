#!/usr/bin/env bash
# Runs the Doorstep app on its embedded defaults: installs what is missing, builds the UI and a
# release binary where something changed (scripts/build-app.sh), and starts it
# (scripts/launch-app.sh). The store goes in the platform's app data folder, or in
# DOORSTEP_DATA_DIR if set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-app.sh release
exec bash scripts/launch-app.sh release
