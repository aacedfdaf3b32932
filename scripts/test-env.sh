#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a throw-away test environment:
#   - a real PostgreSQL server in a temp dir on a free loopback port (PETINFO_TEST_PG_URL),
#   - a D-Bus session with an unlocked gnome-keyring Secret Service (for QtKeychain tests),
#   - an Xvfb virtual display (DISPLAY) for tests that need real X11.
# Everything is removed when the command ends. Usage: scripts/test-env.sh CMD [ARGS...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

workdir=$(mktemp -d /tmp/petinfo-testenv.XXXXXX)
chmod 755 "$workdir"
pgdata="$workdir/pg"
pgsock="$workdir/pgsock"
pglog="$workdir/pgsock/postgresql.log"
pg_ctl_as=()

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
cleanup() {
    if [[ -n "${pg_bin}" && -f "$pgdata/postmaster.pid" ]]; then
        "${pg_ctl_as[@]}" "$pg_bin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

if [[ -n "$pg_bin" ]]; then
    mkdir -p "$pgdata" "$pgsock"
    if [[ $(id -u) -eq 0 ]]; then
        # initdb refuses to run as root: run the cluster as the postgres system user.
        chown postgres:postgres "$pgdata" "$pgsock"
        pg_ctl_as=(runuser -u postgres --)
    fi
    port=$(free_port)
    "${pg_ctl_as[@]}" "$pg_bin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$workdir/initdb.log" 2>&1 ||
        { cat "$workdir/initdb.log" >&2; exit 1; }
    "${pg_ctl_as[@]}" "$pg_bin/pg_ctl" -D "$pgdata" -w -l "$pglog" \
        -o "-p $port -k $pgsock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
        { cat "$pglog" >&2; exit 1; }
    export PETINFO_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    export PETINFO_TEST_PG_BIN="$pg_bin"
    echo "test-env: PostgreSQL on 127.0.0.1:$port"
else
    echo "test-env: PostgreSQL not installed; PostgreSQL tests will be skipped" >&2
fi

export XDG_RUNTIME_DIR="$workdir/runtime"
export XDG_DATA_HOME="$workdir/data"
export XDG_CONFIG_HOME="$workdir/config"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

status=0
dbus-run-session -- "$here/lib/with-keyring.sh" \
    xvfb-run -a -s "-screen 0 1600x1200x24 -nolisten tcp" "$@" || status=$?
exit $status
