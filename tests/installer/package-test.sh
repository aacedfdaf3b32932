#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# installer.packages: makes the two Debian packages from the built tree (cpack -G DEB, no build),
# checks them with lintian, installs them with apt, uses them as a clinic's administrator and a
# user would (petinfo-cli on a fresh database, the server with the packaged configuration, on
# SQLite and on PostgreSQL by one setting, the installed app on the display), then purges both and
# checks that nothing but user data is left.
#
# It changes the machine, so it needs root (or passwordless sudo), holds a lock, and puts back
# what it changed even when it fails. Exit 77 (skipped): not root, tools missing, or Pet Info is
# already installed here, except with CI=true, where each of these is a failure.
# Usage: package-test.sh BUILD_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
started=$(date +%s)
stage_start=$started
timings=()

log() { echo "package-test: $*"; }
fail() {
    echo "package-test: FAIL: $*" >&2
    exit 1
}
skip() {
    if [[ ${CI:-} == true ]]; then
        fail "$* (CI=true: not skipped)"
    fi
    echo "package-test: SKIP: $*"
    exit 77
}
stage() {
    local now
    now=$(date +%s)
    timings+=("$1 $((now - stage_start)) s")
    stage_start=$now
}

if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then
        exec sudo -n --preserve-env=CI,DISPLAY,XAUTHORITY,PETINFO_TEST_PG_URL "$0" "$@"
    fi
    skip "installs packages: run as root or with passwordless sudo"
fi
for tool in cpack dpkg-deb dpkg-shlibdeps apt-get lintian desktop-file-validate appstreamcli systemd-analyze \
    curl python3 man setpriv ss; do
    command -v "$tool" >/dev/null || skip "$tool is missing (scripts/install-deps.sh installs it)"
done

# One run at a time on a machine: the packages, the user and /var/lib/petinfo-server are global.
mkdir -p /run/lock
exec 9>/run/lock/petinfo-package-test.lock
flock -w 900 9 || fail "another package test holds /run/lock/petinfo-package-test.lock"

for package in petinfo petinfo-server; do
    if dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null | grep -q '^[a-z][a-zA-Z]'; then
        skip "package $package is installed on this machine; the test would replace and purge it"
    fi
done
[[ -e /var/lib/petinfo-server ]] && skip "/var/lib/petinfo-server exists: the test would mix with that server's data"
[[ -e /etc/petinfo ]] && skip "/etc/petinfo exists"
user_existed=false
getent passwd petinfo >/dev/null && user_existed=true

work=$(mktemp -d /tmp/petinfo-package-test.XXXXXX)
chmod 755 "$work" # apt reads the .deb files as its sandbox user; the server writes its port file
server_pid=""
app_pid=""
pg_database=""
installed=false
cleanup() {
    local status=$?
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [[ -n "$app_pid" ]] && kill -9 "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    if $installed; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq petinfo petinfo-server </dev/null >/dev/null 2>&1 || true
    fi
    # What a broken postrm could leave behind (the test then fails, but the machine is clean).
    rm -f /etc/systemd/system/petinfo-server.service /etc/systemd/system/*.wants/petinfo-server.service
    find /var/lib/systemd/deb-systemd-helper-enabled /var/lib/systemd/deb-systemd-helper-masked \
        -name 'petinfo-server.service*' -delete 2>/dev/null || true
    rm -rf /var/lib/petinfo-server /etc/petinfo
    if ! $user_existed && getent passwd petinfo >/dev/null; then
        userdel petinfo 2>/dev/null || true
        if getent group petinfo >/dev/null; then groupdel petinfo 2>/dev/null || true; fi
    fi
    if [[ -n "$pg_database" ]]; then
        psql -q "$PETINFO_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $pg_database" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. Packages from the built tree --------------------------------------------------------------
# What build/ holds, as scripts/run-tests.sh built it (cpack starts no build: CMAKE_SKIP_INSTALL_ALL_DEPENDENCY).
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
client_deb=$(ls "$work"/deb/petinfo_*.deb)
server_deb=$(ls "$work"/deb/petinfo-server_*.deb)
version=$(dpkg-deb -f "$client_deb" Version)
log "built $(basename "$client_deb") ($(du -k "$client_deb" | cut -f1) KiB) and $(basename "$server_deb") ($(du -k "$server_deb" | cut -f1) KiB)"
stage cpack

# --- 2. What the packages say and hold --------------------------------------------------------------
depends=$(dpkg-deb -f "$client_deb" Depends)
log "petinfo Depends: $depends"
depends_names=" $(sed -E 's/ *\([^)]*\)//g; s/ *\|[^,]*//g; s/,/ /g' <<<"$depends") "
grep -Eq 'libsqlite3|libqt6sql6-sqlite' <<<"$depends" && fail "package petinfo depends on plain SQLite: $depends"
[[ "$depends_names" == *" libsqlcipher0 "* ]] || fail "package petinfo does not depend on libsqlcipher0"
dpkg-deb -c "$client_deb" | grep -Eq 'sqldrivers|libsqlite3' && fail "package petinfo ships an SQL driver or SQLite"
# Each Qt plugin the app loads at run time: its package is among the dependencies.
while read -r plugin package; do
    [[ "$depends_names" == *" $package "* ]] || fail "$plugin is in $package, which package petinfo does not depend on"
done <"$build/installer/linux/runtime-qt-plugins.txt"
dpkg-deb -e "$server_deb" "$work/server-control"
grep -qx /etc/petinfo/petinfo-server.properties "$work/server-control/conffiles" ||
    fail "the server configuration is not a conffile"
# Lintian as an unprivileged user; overrides (with their reasons) are shipped in the packages.
chmod 644 "$work"/deb/*.deb
chmod 755 "$work/deb"
if ! setpriv --reuid=nobody --regid=nogroup --clear-groups -- env HOME=/nonexistent \
    lintian --fail-on error,warning --display-info "$client_deb" "$server_deb" >"$work/lintian.log" 2>&1; then
    cat "$work/lintian.log"
    fail "lintian reports errors or warnings"
fi
sed 's/^/  lintian: /' "$work/lintian.log"
stage checks

# --- 3. Install with apt ---------------------------------------------------------------------------
list_roots=()
for root in /etc /usr /opt /var/lib /bin /sbin /lib; do
    [[ -d $root && ! -L $root ]] && list_roots+=("$root")
done
snapshot() {
    find "${list_roots[@]}" -xdev \( -path /var/lib/dpkg -o -path /var/lib/apt \) -prune -o -print 2>/dev/null | sort
}
snapshot >"$work/before.txt"
installed=true
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 \
    "$client_deb" "$server_deb" </dev/null >"$work/apt-install.log" 2>&1 ||
    { cat "$work/apt-install.log"; fail "apt-get install failed"; }
for package in petinfo petinfo-server; do
    [[ $(dpkg-query -W -f='${Status}' "$package") == "install ok installed" ]] || fail "$package is not installed"
done
dpkg-query -L petinfo petinfo-server | sort -u >"$work/package-paths.txt"
# Not even indirectly: nothing petinfo depends on, all the way down, brings plain SQLite.
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances petinfo | grep -v '^ ' | sort -u)
grep -Eq '^(libsqlite3|libqt6sql6-sqlite)' <<<"$closure" &&
    fail "package petinfo pulls in plain SQLite: $(grep -E '^(libsqlite3|libqt6sql6-sqlite)' <<<"$closure")"
log "petinfo's dependencies, all the way down: $(wc -l <<<"$closure") packages, none of them plain SQLite"
stage install

# --- 4. Every executable answers --version, without a display ------------------------------------
for exe in /usr/bin/petinfo /usr/bin/petinfo-cli /usr/bin/petinfo-kiosk /usr/sbin/petinfo-server; do
    answer=$(env -i PATH=/usr/bin:/bin "$exe" --version 2>&1) || fail "$exe --version failed: $answer"
    [[ "$answer" == "$(basename "$exe") ${version%-*}" ]] || fail "$exe --version said: $answer"
done

# --- 5. Desktop integration, man pages --------------------------------------------------------------
out=$(desktop-file-validate /usr/share/applications/petinfo.desktop 2>&1) && [[ -z "$out" ]] ||
    fail "desktop-file-validate: $out"
appstreamcli validate --no-net /usr/share/metainfo/example.petinfo.PetInfo.metainfo.xml >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log"; fail "appstreamcli validate failed"; }
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/petinfo.png
    python3 - "$png" "$size" <<'EOF' || fail "$png is not a ${size}x${size} PNG"
import struct, sys
data = open(sys.argv[1], "rb").read(24)
size = int(sys.argv[2])
sys.exit(0 if data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (size, size) else 1)
EOF
done
[[ -f /usr/share/icons/hicolor/scalable/apps/petinfo.svg ]] || fail "no scalable icon"
for page in petinfo petinfo-cli petinfo-kiosk petinfo-server; do
    file=$(man -w "$page") || fail "no man page for $page"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] || fail "man $page: $warnings"
done
stage desktop

# --- 6. The command line on a fresh database (passphrase: there is no keychain here) --------------
home="$work/home"
mkdir -m 700 "$home"
cli() {
    env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 PETINFO_PASSPHRASE=correct-horse-battery "$@"
}
cli petinfo-cli init >"$work/cli.log" 2>&1 || { cat "$work/cli.log"; fail "petinfo-cli init failed"; }
database="$home/.local/share/Pet Info/petinfo/petinfo.db"
[[ -f "$database" ]] || fail "petinfo-cli init made no database at the default place: $(cat "$work/cli.log")"
cli petinfo-cli add-pet --name Zanahoria --species dog --microchip 982000123456789 --owner "Ana Díaz" \
    --phone "+54 9 11 2345-6789" >>"$work/cli.log" 2>&1 || { cat "$work/cli.log"; fail "petinfo-cli add-pet failed"; }
cli LD_DEBUG=files petinfo-cli list --json >"$work/list.json" 2>"$work/ld-cli.log" ||
    { cat "$work/cli.log" "$work/ld-cli.log"; fail "petinfo-cli list failed"; }
python3 - "$work/list.json" <<'EOF' || fail "petinfo-cli list does not show the pet: $(cat "$work/list.json")"
import json, sys
pets = json.load(open(sys.argv[1]))
pets = pets.get("pets", pets) if isinstance(pets, dict) else pets
sys.exit(0 if any(p.get("name") == "Zanahoria" and "982000123456789" in json.dumps(p) for p in pets) else 1)
EOF
[[ "$(head -c 15 "$database")" != "SQLite format 3" ]] || fail "the database is not encrypted"
grep -q 'file=libsqlcipher.so' "$work/ld-cli.log" || fail "petinfo-cli did not load SQLCipher"
grep -q 'file=libsqlite3.so' "$work/ld-cli.log" && fail "petinfo-cli loaded plain SQLite"
ldd /usr/bin/petinfo /usr/bin/petinfo-cli /usr/bin/petinfo-kiosk | grep -q libsqlite3 && fail "the client links plain SQLite"

# The installed app starts (the platform plugin comes from the package's dependencies) and
# never maps plain SQLite. It waits at the passphrase prompt; it is stopped there.
if [[ -n "${DISPLAY:-}" ]]; then
    display=(DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}")
    platform=libqxcb.so
else
    display=(QT_QPA_PLATFORM=offscreen)
    platform=libqoffscreen.so
fi
# No session bus: nothing may start a D-Bus daemon that outlives the test.
env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent "${display[@]}" \
    petinfo >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 100); do
    grep -q "$platform" "/proc/$app_pid/maps" 2>/dev/null && grep -q libsqlcipher "/proc/$app_pid/maps" && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "the installed app exited"; }
    sleep 0.1
done
sleep 1 # past the first event loop turns: keychain, plugins, the first window
maps=$(cat "/proc/$app_pid/maps") || { cat "$work/app.log"; fail "the installed app exited"; }
grep -q "$platform" <<<"$maps" || fail "the installed app did not load $platform"
grep -q libsqlite3 <<<"$maps" && fail "the installed app mapped plain SQLite"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
stage client

# --- 7. The server as its unit runs it, with the packaged configuration ----------------------------
unit=/lib/systemd/system/petinfo-server.service
out=$(systemd-analyze verify "$unit" 2>&1) && [[ -z "$out" ]] || fail "systemd-analyze verify: $out"
exposure=$(systemd-analyze security --offline=true --no-pager "$unit" 2>&1 | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
[[ -n "$exposure" ]] || fail "systemd-analyze security gave no exposure level"
python3 -c "import sys; sys.exit(0 if float('$exposure') <= 2.0 else 1)" ||
    fail "the unit's exposure level is $exposure (at most 2.0 allowed)"
unit_value() { sed -n "s/^$1=//p" "$unit" | head -n 1; }
service_user=$(unit_value User)
state_dir=/var/lib/$(unit_value StateDirectory)
read -r -a exec_start <<<"$(unit_value ExecStart)"
passwd=$(getent passwd "$service_user") || fail "postinst made no user $service_user"
IFS=: read -r _ _ uid _ _ user_home user_shell <<<"$passwd"
((uid < 1000)) || fail "$service_user is not a system user (uid $uid)"
[[ "$user_shell" == */nologin || "$user_shell" == /bin/false ]] || fail "$service_user can log in ($user_shell)"
[[ "$user_home" == "$state_dir" ]] || fail "$service_user's home is $user_home, not $state_dir"
[[ -L /etc/systemd/system/multi-user.target.wants/petinfo-server.service ]] || fail "the service is not enabled"
# What systemd does before ExecStart: the state directory for the user, then the command as that
# user. --port 0 (any free port) and --port-file override the packaged port only.
install -d -m 0700 -o "$service_user" -g "$service_user" "$state_dir"
install -d -m 0700 -o "$service_user" -g "$service_user" "$work/run"
server_env=() # what /etc/petinfo/petinfo-server.env (the unit's EnvironmentFile) would hold
run_server() { # CONFIG_ARGS...
    rm -f "$work/run/port"
    setpriv --reuid="$service_user" --regid="$service_user" --init-groups --inh-caps=-all -- \
        env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "${server_env[@]}" "$@" --port 0 --port-file "$work/run/port" \
        >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 150); do
        [[ -s "$work/run/port" ]] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "the server exited"; }
        sleep 0.1
    done
    [[ -s "$work/run/port" ]] || { cat "$work/server.log"; fail "the server did not start listening"; }
    port=$(cat "$work/run/port")
}
stop_server() {
    kill -TERM "$server_pid"
    local status=0
    wait "$server_pid" || status=$?
    server_pid=""
    ((status == 0)) || { cat "$work/server.log"; fail "the server exited with $status on SIGTERM"; }
}
run_server "${exec_start[@]}"
[[ "$(curl -fsS "http://127.0.0.1:$port/healthz")" == *'"status":"ok"'* ]] || fail "/healthz did not answer ok"
curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" || fail "/readyz: the database is not ready"
ss -Hltn "sport = :$port" | grep -q "127.0.0.1:$port" ||
    fail "the server does not listen on 127.0.0.1 only, as packaged: $(ss -Hltn "sport = :$port")"
grep '"database ready"' "$work/server.log" | grep -q "\"location\":\"$state_dir\"" ||
    fail "the server did not use the packaged data directory: $(cat "$work/server.log")"
[[ "$(stat -c %U "$state_dir/petinfo.db")" == "$service_user" ]] || fail "the database is not owned by $service_user"
stop_server

# PostgreSQL by one setting: the packaged configuration with its database.url line set, and the
# key that seals stored secrets in the environment file, as the configuration file says.
if [[ -n "${PETINFO_TEST_PG_URL:-}" ]] && command -v psql >/dev/null; then
    pg_database="petinfo_package_test_$$"
    psql -q "$PETINFO_TEST_PG_URL" -c "CREATE DATABASE $pg_database" || fail "cannot create a PostgreSQL database"
    sed "s|^#database.url = .*|database.url = ${PETINFO_TEST_PG_URL%/*}/$pg_database|" \
        /etc/petinfo/petinfo-server.properties >"$work/postgresql.properties"
    changed=$(diff /etc/petinfo/petinfo-server.properties "$work/postgresql.properties" | grep -c '^>' || true)
    ((changed == 1)) || fail "switching to PostgreSQL took $changed changed lines, not one"
    chmod 644 "$work/postgresql.properties"
    server_env=("PETINFO_SECRET_KEYS=k1:$(openssl rand -hex 32)")
    config=("${exec_start[@]}")
    for i in "${!config[@]}"; do
        [[ "${config[$i]}" == /etc/petinfo/petinfo-server.properties ]] && config[i]="$work/postgresql.properties"
    done
    run_server "${config[@]}"
    curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" || fail "/readyz on PostgreSQL: not ready"
    grep '"database ready"' "$work/server.log" | grep -q '"engine":"postgresql"' ||
        fail "the server did not use PostgreSQL: $(cat "$work/server.log")"
    stop_server
    log "PostgreSQL by one setting: ready"
else
    log "PostgreSQL by one setting: not checked (no PETINFO_TEST_PG_URL; run under scripts/test-env.sh)"
fi
stage server

# --- 8. An upgrade keeps the administrator's configuration (a conffile) and the service's state -
config=/etc/petinfo/petinfo-server.properties
sed -i 's/^server.host = 127.0.0.1$/server.host = 0.0.0.0/' "$config"
grep -qx 'server.host = 0.0.0.0' "$config" || fail "the packaged configuration has no server.host line to change"
dpkg-deb -R "$server_deb" "$work/upgrade"
sed -i "s/^Version: .*/Version: $version+upgrade/" "$work/upgrade/DEBIAN/control"
dpkg-deb -Zxz -b "$work/upgrade" "$work/deb/petinfo-server-upgrade.deb" >/dev/null
chmod 644 "$work/deb/petinfo-server-upgrade.deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 \
    "$work/deb/petinfo-server-upgrade.deb" </dev/null >"$work/apt-upgrade.log" 2>&1 ||
    { cat "$work/apt-upgrade.log"; fail "the upgrade failed"; }
[[ $(dpkg-query -W -f='${Version}' petinfo-server) == "$version+upgrade" ]] || fail "the upgrade was not installed"
grep -qx 'server.host = 0.0.0.0' "$config" || fail "the upgrade replaced the administrator's configuration"
compgen -G "/etc/petinfo/*.dpkg-*" >/dev/null && fail "the upgrade left $(echo /etc/petinfo/*.dpkg-*)"
[[ -L /etc/systemd/system/multi-user.target.wants/petinfo-server.service ]] || fail "the upgrade disabled the service"
[[ -f "$state_dir/petinfo.db" ]] || fail "the upgrade lost the server's records"
stage upgrade

# --- 9. Purge: nothing is left but user data ----------------------------------------------------------
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o Dpkg::Use-Pty=0 petinfo petinfo-server </dev/null \
    >"$work/apt-purge.log" 2>&1 || { cat "$work/apt-purge.log"; fail "apt-get purge failed"; }
installed=false
for package in petinfo petinfo-server; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null | grep -q '^[a-z][a-zA-Z]' &&
        fail "$package is still known to dpkg after purge"
done
while read -r path; do
    [[ -e "$path" || -L "$path" ]] || continue
    # A directory other packages still use (/usr/share/icons/hicolor/48x48/apps) stays, and so do
    # merged-/usr links such as /lib.
    if [[ -d "$path" ]]; then
        [[ -L "$path" ]] && continue
        dpkg-query -S "$path" >/dev/null 2>&1 && continue
    fi
    fail "$path was left after purge"
done <"$work/package-paths.txt"
snapshot >"$work/after.txt"
left=$(comm -13 "$work/before.txt" "$work/after.txt" | while read -r path; do
    case "$path" in
    "$state_dir" | "$state_dir"/*) continue ;;                 # the server's records: user data
    */mimeinfo.cache | */icon-theme.cache | /etc/*-) continue ;; # caches and adduser's backups
    esac
    dpkg-query -S "$path" >/dev/null 2>&1 && continue # a dependency apt installed
    echo "$path"
done)
[[ -z "$left" ]] || fail "left after purge: $left"
[[ -f "$state_dir/petinfo.db" ]] || fail "the purge removed the server's records"
[[ -f "$database" ]] || fail "the purge removed the user's records"
getent passwd "$service_user" >/dev/null || fail "the purge removed $service_user, who owns $state_dir"
stage purge

total=$(($(date +%s) - started))
log "passed in $total s: ${timings[*]}"
