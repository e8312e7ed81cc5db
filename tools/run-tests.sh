#!/usr/bin/env bash
# Second README command (and CI): install, build everything with warnings as errors, run every test offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup-debian.sh
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON -DIC_WERROR=ON
cmake --build build-tests -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build-tests --output-on-failure -j "$(nproc)"
