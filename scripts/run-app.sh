#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs what is needed, builds build/, starts the local sync server
# on its embedded SQLite store and then the desktop app. Extra arguments go to the app.
# Without a graphical display (a headless machine) the app runs on a virtual display with a
# session keyring, and a screenshot is saved to build/screenshots/ so you can see it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
./scripts/install-deps.sh
targets=(petinfo petinfo-cli)
if [[ -f server/app/CMakeLists.txt ]]; then
    targets+=(petinfo-server)
fi
./scripts/build.sh ci "${targets[@]}"

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
port=${PETINFO_PORT:-8080}
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT INT TERM

server_url=""
if [[ -x build/server/app/petinfo-server ]]; then
    mkdir -p "$data_home/petinfo-server"
    build/server/app/petinfo-server --port "$port" --data-dir "$data_home/petinfo-server" \
        >"$data_home/petinfo-server/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 50); do
        if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
            break
        fi
        sleep 0.1
    done
    server_url="http://127.0.0.1:$port"
    echo "run-app: local server on $server_url (SQLite in $data_home/petinfo-server, log: server.log there)"
fi

app=(build/client/app/petinfo)
if [[ -n "$server_url" ]]; then
    app+=(--server-url "$server_url")
fi
app+=("$@")

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    status=0
    "${app[@]}" || status=$?
    if [[ $status -ne 0 ]]; then
        echo "run-app: the app exited with status $status." >&2
    fi
    exit "$status"
fi

# Headless: a virtual display and a keyring that persists under the user's data folder.
echo "run-app: no graphical display found; running the app on a virtual display (Xvfb)."
mkdir -p build/screenshots
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/petinfo-runtime.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
# Not exec: the EXIT trap must still stop the local server when the app is gone.
status=0
dbus-run-session -- "$root/scripts/lib/with-keyring.sh" \
    xvfb-run -a -s "-screen 0 1440x900x24" "$root/scripts/lib/headless-app.sh" "$root/build/screenshots" \
    "${app[@]}" || status=$?
exit "$status"
