#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only when they are missing:
# Noto fonts for the PDF (any script a family writes in), chromium for the real-browser tests,
# poppler-utils to look at PDFs as pictures. Needs root (or sudo); otherwise says what to install.
set -euo pipefail
wanted=(fonts-noto-core chromium poppler-utils)
missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
  [ "${CI:-}" = "true" ] && exit 1 || exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
