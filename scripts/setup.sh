#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build, run and test Doorstep.
# Safe to run again: it only installs what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # building the core (SQLCipher builds its own OpenSSL)
  build-essential pkg-config perl make curl file
  # the Tauri 2 app (WebKitGTK)
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  # end-to-end tests of the real app: a virtual display and WebKit's WebDriver
  xvfb xauth webkit2gtk-driver procps
  # the smoke check of the README's run command takes a screenshot of the window (xwd)
  x11-apps
  # the device-secret tests: a private D-Bus session bus with gnome-keyring's Secret Service,
  # started by the tests themselves (tests/device_secret.rs, scripts/e2e.sh)
  gnome-keyring dbus-daemon dbus-bin
  # GNOME's settings schemas: the app reads the desktop's text size from them (text_scale.rs)
  gsettings-desktop-schemas
  # secret-tool: the E2E test of the wait between wrong tries moves the keychain's copy of the
  # count back an hour, as it moves the file's (the app takes the later of the two)
  libsecret-tools
  # a window manager, so that the E2E test of the window-event lock can really minimise the
  # window (under bare Xvfb nothing iconifies it); started by that test only
  openbox
  # the supervisor's pages tested in a real browser (headless Chromium through WebDriver)
  chromium chromium-driver
  # the team server's PostgreSQL backend (tests start a throwaway cluster; nothing runs as a service)
  postgresql
  # the Welsh locale, so that the E2E test of a Welsh-speaking system has one (WebKit takes the
  # page's language from the system locale)
  locales
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The E2E test of a Welsh-speaking system (tests/e2e/app_e2e.py InWelsh) needs the locale.
if ! locale -a 2>/dev/null | grep -qi '^cy_GB\.utf-\?8$'; then
  "${sudo_cmd[@]}" sed -i 's/^# *\(cy_GB.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^cy_GB.UTF-8 UTF-8' /etc/locale.gen || echo 'cy_GB.UTF-8 UTF-8' | "${sudo_cmd[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo_cmd[@]}" locale-gen >/dev/null
fi

command -v cargo >/dev/null || { echo "Rust (cargo) is needed: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20 or newer with npm is needed" >&2; exit 1; }

# The WebDriver bridge for Tauri apps.
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --quiet

# Python's WebDriver client for the end-to-end tests.
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check 'selenium>=4.20,<5'

# Schemathesis, for the schema-driven fuzz run of the server's API (server/tests/hardening.rs).
python3 -c 'import schemathesis' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check 'schemathesis>=4,<5'

# The UI's packages, exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
