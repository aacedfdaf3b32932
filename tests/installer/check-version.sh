#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# installer.version: every executable answers --version with "NAME VERSION" and exit status 0,
# without a display (package scripts and ssh sessions have none).
# Usage: check-version.sh VERSION EXECUTABLE...
set -euo pipefail
version=$1
shift
status=0
for exe in "$@"; do
    expected="$(basename "$exe") $version"
    if ! answer=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$exe" --version 2>&1); then
        echo "FAIL: $exe --version exited with an error: $answer"
        status=1
    elif [[ "$answer" != "$expected" ]]; then
        echo "FAIL: $exe --version said \"$answer\", not \"$expected\""
        status=1
    else
        echo "ok: $answer"
    fi
done
exit $status
