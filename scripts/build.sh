#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds the tree with a CMake preset. Usage: scripts/build.sh [preset] [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-ci}
shift || true
# ccache: tolerate the macros and precompiled headers that differ only in timestamps.
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Paths relative to the checkout, so every clone of the project shares one cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(pwd)}
cmake --preset "$preset" >/dev/null
if [[ $# -gt 0 ]]; then
    cmake --build --preset "$preset" --target "$@"
else
    cmake --build --preset "$preset"
fi
