#!/usr/bin/env bash
# Runs a command with a private D-Bus session bus and gnome-keyring's Secret Service on it (its
# login keyring created and unlocked), as a practitioner's desktop session would have, so that
# the app can keep its device secret. Both daemons are stopped when the command ends; nothing
# is left running and nothing outside a temporary folder is touched.
# Usage: scripts/with-keyring.sh <command> [args...]
set -euo pipefail
dir=$(mktemp -d)
mkdir -p "$dir/home" "$dir/data" "$dir/run"
chmod 700 "$dir/run"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$dir"
}
trap cleanup EXIT

bus="unix:path=$dir/run/bus"
env -u DISPLAY -u WAYLAND_DISPLAY HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" \
  dbus-daemon --session --nofork --nopidfile --address="$bus" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 200); do [ -S "$dir/run/bus" ] && break; sleep 0.05; done
printf '%s' "synthetic-e2e-keyring" |
  env -u DISPLAY -u WAYLAND_DISPLAY HOME="$dir/home" XDG_DATA_HOME="$dir/data" \
    XDG_RUNTIME_DIR="$dir/run" DBUS_SESSION_BUS_ADDRESS="$bus" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
pids+=($!)
up=""
for _ in $(seq 200); do
  if DBUS_SESSION_BUS_ADDRESS="$bus" dbus-send --session --print-reply --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q true; then
    up=1
    break
  fi
  sleep 0.05
done
[ -n "$up" ] || { echo "gnome-keyring's Secret Service did not start" >&2; exit 1; }

export DBUS_SESSION_BUS_ADDRESS="$bus"
"$@"
