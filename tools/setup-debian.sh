#!/usr/bin/env bash
# Installs what building, running and testing Incident Commander needs on Debian 12 (Qt 6.4.2 from Debian).
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6-dev libgl-dev
    libfontconfig-dev       # the window starts fontconfig on a second thread (ui/fontconfigprewarm.h)
    fonts-noto-cjk          # Japanese in the window, in screenshots and embedded in PDF reports
    poppler-utils           # pdftotext/pdftoppm: the PDF report tests read the text back
    xvfb xauth              # a real X server for screenshots and manual runs without a display
    sqlite3                 # inspecting databases by hand
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
