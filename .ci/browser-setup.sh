#!/usr/bin/env bash
# Headless Chromium for the browser tests: Debian's /usr/bin/chromium (driven by Python Playwright with
# executable_path, so Playwright never downloads a browser), and the front-end libraries the pages load.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[browser]\033[0m %s\n' "$*" >&2; }
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    say "installing chromium and chromium-driver with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  elif command -v sudo >/dev/null 2>&1; then
    say "installing chromium and chromium-driver with sudo apt-get"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  else
    say "/usr/bin/chromium is missing and cannot be installed here: apt-get install -y chromium chromium-driver"
    exit 1
  fi
fi
say "$(/usr/bin/chromium --version 2>/dev/null || echo 'chromium installed')"
bash .ci/frontend-setup.sh
