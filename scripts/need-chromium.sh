#!/bin/sh
# Browser tests and the demo drive Debian's Chromium; they never download a browser.
bin="${CHROMIUM_BIN:-/usr/bin/chromium}"
if [ ! -x "$bin" ]; then
  echo "Chromium is needed at $bin. On Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROMIUM_BIN)." >&2
  exit 1
fi
