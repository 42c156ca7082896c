#!/usr/bin/env sh
# The editor UI's browser tests drive Debian's Chromium (/usr/bin/chromium). A fresh machine does
# not have it: install Debian's package when running as root (as CI does); otherwise say how.
# A browser test is never skipped for want of a browser.
set -eu
browser="${NEWSGRAPH_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "The browser tests need Chromium at $browser. Install Debian's package (sudo apt-get install chromium)," >&2
    echo "or point NEWSGRAPH_CHROMIUM (and -Dnewsgraph.chromium) at a Chromium." >&2
    exit 1
fi
echo "Installing Debian's chromium for the browser tests (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing or stale on a fresh machine: update once, then install.
if ! apt-get install -y -q chromium >/dev/null 2>&1; then
    apt-get update -q
    apt-get install -y -q chromium
fi
[ -x "$browser" ] || { echo "chromium was installed but $browser is not there" >&2; exit 1; }
