#!/usr/bin/env bash
# Makes sure a Chromium is on the machine for the browser tests and the bench (Debian's package).
set -euo pipefail
for p in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$p" ] && [ -x "$p" ]; then echo "browser: $p"; exit 0; fi
done
echo "No Chromium found: installing Debian's chromium package."
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "browser: $(command -v chromium)"
