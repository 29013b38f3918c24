#!/usr/bin/env bash
# The single set-up command for a fresh Debian/Ubuntu machine: browsers, dependencies, build, then the demo.
#   bash scripts/setup.sh              opens the demo page in Chromium with the extension loaded
#   bash scripts/setup.sh --headless   saves docs/screenshot-demo.png instead
#   bash scripts/setup.sh --firefox    uses Firefox ESR
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
apt_install() {
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "Node.js 20 or newer is needed (https://nodejs.org or your distribution's nodejs 20+ package)." >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/firefox-esr ]; then
  "${sudo[@]}" apt-get update
fi
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || true
  if [ ! -x /usr/bin/chromium ]; then
    echo "Could not install Chromium at /usr/bin/chromium (Debian's 'chromium' package)." >&2
    exit 1
  fi
fi
if [ ! -x /usr/bin/firefox-esr ]; then
  if ! apt_install firefox-esr || [ ! -x /usr/bin/firefox-esr ]; then
    echo "warning: firefox-esr is not in your apt sources; on Ubuntu it comes from the mozillateam PPA:" >&2
    echo "  sudo add-apt-repository ppa:mozillateam/ppa && sudo apt-get install firefox-esr" >&2
    echo "Continuing with Chromium only." >&2
  fi
fi

# The French and Ukrainian language packs: the locale tests run both browsers in those languages.
if [ ! -f /usr/lib/chromium/locales/fr.pak ]; then
  apt_install chromium-l10n || echo "warning: no chromium-l10n: Chromium's locale tests will fail." >&2
fi
langpack=/usr/lib/firefox-esr/browser/extensions/langpack-uk@firefox-esr.mozilla.org.xpi
if [ -x /usr/bin/firefox-esr ] && [ ! -f "$langpack" ]; then
  apt_install firefox-esr-l10n-fr firefox-esr-l10n-uk || apt_install firefox-esr-locale-fr firefox-esr-locale-uk ||
    echo "warning: no French/Ukrainian language packs for Firefox ESR: its locale tests will fail." >&2
fi

npm ci
npm run build
exec node scripts/demo.mjs "$@"
