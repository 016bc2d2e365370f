#!/usr/bin/env bash
# Prints the path of Debian's Chromium, installing it with apt when it is missing. The browser
# tests drive it through playwright-core; no browser is ever downloaded from anywhere else.
set -euo pipefail
bin=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$bin" ]; then
  echo "chromium.sh: installing Debian's chromium" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q >/dev/null
  $sudo apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
echo "$bin"
