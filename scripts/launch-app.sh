#!/usr/bin/env bash
# Starts the Doorstep app as built (scripts/build-app.sh) on its defaults: the store goes in the
# platform's app data folder ($XDG_DATA_HOME/org.doorstep.app/ on Linux), or in
# DOORSTEP_DATA_DIR if that is set.
#
# The last line of scripts/run.sh (the README's first command), and the command the test suite's
# smoke check runs (tests/e2e/app_e2e.py, on the debug build the suite has), so the README's
# launch is the launch tested.
# Usage: scripts/launch-app.sh [release|debug]   (release by default)
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-release}"
case "$profile" in
  release | debug) ;;
  *) echo "usage: $0 [release|debug]" >&2; exit 2 ;;
esac
app="./target/$profile/doorstep-app"
[ -x "$app" ] || { echo "$app is not built: run scripts/build-app.sh $profile" >&2; exit 1; }
exec "$app"
