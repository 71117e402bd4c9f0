#!/bin/sh
# The browser tests drive Debian's Chromium and Firefox ESR; they never download a browser.
# usage: need-browsers.sh [chromium|firefox]…   (both when none is named)
want="${*:-chromium firefox}"
missing=""
for b in $want; do
  case "$b" in
    chromium) [ -x "${CHROMIUM_BIN:-/usr/bin/chromium}" ] || missing="$missing chromium" ;;
    firefox) [ -x "${FIREFOX_BIN:-$(command -v firefox-esr || echo /usr/bin/firefox-esr)}" ] || missing="$missing firefox-esr" ;;
  esac
done
if [ -n "$missing" ]; then
  echo "Missing:$missing. On Debian/Ubuntu: sudo apt-get install -y$missing (or set CHROMIUM_BIN / FIREFOX_BIN)." >&2
  exit 1
fi
