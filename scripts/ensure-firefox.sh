#!/bin/sh
# Firefox ESR for the Firefox e2e test: Debian's package (Puppeteer's own download
# cannot work on machines without general network access).
set -e
if [ -n "$FIREFOX_PATH" ] && [ -x "$FIREFOX_PATH" ]; then exit 0; fi
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
echo "Firefox ESR is missing: installing Debian's firefox-esr package…"
if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
/usr/bin/firefox-esr --version
