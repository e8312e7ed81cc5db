#!/usr/bin/env bash
# First README command: install, build, start the desktop app on the database in the user's data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build build
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting under Xvfb (set DISPLAY to use your own)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/ui/incident-commander "$@"
fi
exec build/ui/incident-commander "$@"
