#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# On a virtual display: start the app, save a screenshot once its window is up, keep it running
# until it exits or Ctrl+C. Usage: headless-app.sh SCREENSHOT_DIR APP [ARGS...]
# Exits with the app's status; says so plainly when the app died or never showed a window.
set -uo pipefail
shots=$1
shift
"$@" &
pid=$!
trap 'kill "$pid" 2>/dev/null' INT TERM

app_alive() { kill -0 "$pid" 2>/dev/null; }

window_up=0
for _ in $(seq 1 150); do
    if ! app_alive; then
        break
    fi
    if xwininfo -root -tree 2>/dev/null | grep -q '"Pet Info'; then
        window_up=1
        break
    fi
    sleep 0.1
done

if [[ $window_up -eq 1 ]]; then
    sleep 1
fi
if ! app_alive; then
    wait "$pid"
    status=$?
    echo "run-app: the app exited with status $status before it was usable (see the messages above)." >&2
    exit $((status == 0 ? 1 : status))
fi
if [[ $window_up -eq 0 ]]; then
    echo "run-app: the app is running but showed no window in 15 s." >&2
fi
if command -v import >/dev/null && import -window root "$shots/petinfo.png" 2>/dev/null; then
    echo "run-app: the app is running; screenshot: $shots/petinfo.png (Ctrl+C to stop)"
fi
wait "$pid"
status=$?
if [[ $status -ne 0 ]]; then
    echo "run-app: the app exited with status $status." >&2
fi
exit "$status"
