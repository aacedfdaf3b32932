#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# On a virtual display: start the app, save a screenshot once its window is up, keep it running
# until it exits or Ctrl+C. Usage: headless-app.sh SCREENSHOT_DIR APP [ARGS...]
set -euo pipefail
shots=$1
shift
"$@" &
pid=$!
for _ in $(seq 1 100); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"Pet Info'; then
        break
    fi
    sleep 0.1
done
sleep 1
if command -v import >/dev/null && import -window root "$shots/petinfo.png" 2>/dev/null; then
    echo "run-app: the app is running; screenshot: $shots/petinfo.png (Ctrl+C to stop)"
fi
wait "$pid"
