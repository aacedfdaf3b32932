#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Inside a D-Bus session: start gnome-keyring's Secret Service with an unlocked login keyring,
# then run the command. Its "insecure fallback" is never used by Pet Info.
set -euo pipefail
eval "$(printf 'petinfo-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
if [[ -n "${GNOME_KEYRING_PID:-}" ]]; then
    kill "$GNOME_KEYRING_PID" 2>/dev/null || true
fi
exit $status
