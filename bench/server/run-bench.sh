#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Server benchmark: wrk on loopback, 64 connections, against
#   (a) GET /healthz — a trivial handler of the same server: the baseline,
#   (b) GET /t/<tagId> — the public tag page of a pet with a photo,
#   (c) POST /api/v1/sync/pull — an empty sync pull (authenticated),
# with the server on PostgreSQL. Prints req/s, p99 latency, the ratio to (a), and the server's
# RSS idle and under load. Goals: ratio >= 0.5, p99 < 20 ms, RSS < 30 MB idle, < 150 MB loaded.
# Usage: bench/server/run-bench.sh [path/to/petinfo-server]   (DURATION=10 CONNECTIONS=64)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
server=${1:-$root/build-release/server/app/petinfo-server}
duration=${DURATION:-10}
connections=${CONNECTIONS:-64}
threads=${WRK_THREADS:-2}

if [[ -z "${PETINFO_TEST_PG_URL:-}" ]]; then
    # Run inside the throw-away PostgreSQL of the test environment.
    exec "$root/scripts/test-env.sh" "$0" "$@"
fi
[[ -x "$server" ]] || { echo "bench: no server binary at $server (build the release preset)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "bench: wrk is not installed" >&2; exit 1; }

work=$(mktemp -d /tmp/petinfo-bench.XXXXXX)
pid=""
cleanup() {
    if [[ -n "$pid" ]]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    psql -q "$PETINFO_TEST_PG_URL" -c "DROP DATABASE IF EXISTS petinfo_bench WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

psql -q "$PETINFO_TEST_PG_URL" -c "CREATE DATABASE petinfo_bench" >/dev/null
db_url="${PETINFO_TEST_PG_URL%/*}/petinfo_bench"
secret_keys="bench:$(openssl rand -hex 32)" # seals stored secrets; one key for both servers
start_server() { # extra config lines
    cat > "$work/server.properties" <<CONF
auth.pbkdf2Iterations = 1000
log.file = $work/server.log
# wrk's connections all come from 127.0.0.1: they stand for many clients, not one.
http.maxConnectionsPerAddress = 0
security.secretKeys = $secret_keys
$1
CONF
    rm -f "$work/port"
    PETINFO_DATABASE_URL="$db_url" "$server" --port 0 --port-file "$work/port" --data-dir "$work/data" \
        --config "$work/server.properties" >> "$work/stdout.log" 2>&1 &
    pid=$!
    for _ in $(seq 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
    port=$(cat "$work/port")
    base="http://127.0.0.1:$port"
}
stop_server() {
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

start_server ""
# Fixture: an organisation, a device token, a tagged pet with a photo.
python3 - "$base" "$work" <<'PY'
import hashlib, json, sys, urllib.request, uuid, base64, zlib, struct
base, work = sys.argv[1], sys.argv[2]
def call(method, path, body=None, token=None, ctype="application/json"):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None: req.add_header("Content-Type", ctype)
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")
email = "bench@example.org"
call("POST", "/api/v1/auth/signup", {"email": email, "password": "benchmark password", "name": "Bench",
                                      "organisation": {"name": "Bench Clinic", "kind": "clinic"}})
token = call("POST", "/api/v1/auth/signin", {"email": email, "password": "benchmark password",
                                             "clientId": "bench"})["token"]
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
raw = b"".join(b"\x00" + bytes([200, 120, 40]) * 64 for _ in range(64))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)) + \
      chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
sha = hashlib.sha256(png).hexdigest()
call("PUT", "/api/v1/blobs/" + sha, png, token, "image/png")
tag = call("POST", "/api/v1/tags", {"count": 1}, token)["items"][0]["tagId"]
pet, photo = str(uuid.uuid4()), str(uuid.uuid4())
clock = "0190f0000000-0000-bench"
def change(i, entity, row, fields):
    return {"id": i, "entity": entity, "rowId": row, "fields": fields, "clocks": {k: clock for k in fields}}
call("POST", "/api/v1/sync/push", {"schemaVersion": 1, "clientId": "bench", "mutations": [
    change(1, "attachment", photo, {"petId": pet, "kind": "photo", "mimeType": "image/png", "sha256": sha,
                                    "size": len(png)}),
    change(2, "pet", pet, {"name": "Luna", "species": "cat", "breed": "Siamese", "sex": "female",
                           "birthDate": "2021-04-01", "tagId": tag, "photoId": photo})]}, token)
cursor = call("POST", "/api/v1/sync/pull", {"schemaVersion": 1, "cursor": 0}, token)["cursor"]
open(work + "/fixture.env", "w").write(f"TAG={tag}\nTOKEN={token}\nCURSOR={cursor}\n")
PY
source "$work/fixture.env"

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }

declare -A rps p99 peak
run() { # name, wrk arguments...
    local name=$1; shift
    wrk -t"$threads" -c"$connections" -d2s "$@" >/dev/null 2>&1 # warm-up
    local max=0
    ( while kill -0 "$pid" 2>/dev/null; do rss_kb; sleep 0.2; done ) > "$work/rss-$name" &
    local sampler=$!
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" > "$work/wrk-$name" 2>&1
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    max=$(sort -n "$work/rss-$name" | tail -n 1)
    rps[$name]=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk-$name")
    p99[$name]=$(awk '$1 == "99%" {print $2}' "$work/wrk-$name")
    peak[$name]=$max
    if grep -q "Non-2xx" "$work/wrk-$name"; then
        echo "bench: $name had non-2xx answers:" >&2; grep "Non-2xx" "$work/wrk-$name" >&2
    fi
}
to_ms() { # wrk prints 1.23ms, 456.00us or 1.02s
    awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 }
                           else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 }
                           else if (v ~ /s$/) { sub(/s$/, "", v); print v * 1000 } }'
}
report() { # title
    max_kb=0
    echo
    echo "$1 — wrk -t$threads -c$connections -d${duration}s, loopback, $(nproc) cores, PostgreSQL"
    printf "%-12s %12s %10s %8s %14s\n" "endpoint" "req/s" "p99 ms" "ratio" "peak RSS MB"
    for name in baseline tag-page empty-pull; do
        ratio=$(awk -v a="${rps[$name]}" -v b="${rps[baseline]}" 'BEGIN { printf "%.2f", a / b }')
        printf "%-12s %12s %10.2f %8s %14.1f\n" "$name" "${rps[$name]}" "$(to_ms "${p99[$name]}")" "$ratio" \
            "$(awk -v k="${peak[$name]}" 'BEGIN { print k / 1024 }')"
        if (( peak[$name] > max_kb )); then max_kb=${peak[$name]}; fi
    done
    printf "RSS idle: %.1f MB   RSS under load (max): %.1f MB\n" "$(awk -v k="$idle_kb" 'BEGIN { print k / 1024 }')" \
        "$(awk -v k="$max_kb" 'BEGIN { print k / 1024 }')"
}

measure_all() { # title
    sleep 1
    idle_kb=$(rss_kb)
    run baseline "$base/healthz"
    run tag-page "$base/t/$TAG"
    PETINFO_BENCH_TOKEN=$TOKEN PETINFO_BENCH_CURSOR=$CURSOR run empty-pull -s "$here/pull.lua" "$base/api/v1/sync/pull"
    report "$1"
}

measure_all "petinfo-server, production defaults (soft-state caches on)"
stop_server
start_server "auth.tokenCacheMilliseconds = 0
sync.versionCacheMilliseconds = 0
pages.cacheMilliseconds = 0"
measure_all "petinfo-server, caches off (every request goes to PostgreSQL)"
echo
echo "goals: ratio >= 0.5, p99 < 20 ms, RSS < 30 MB idle and < 150 MB under load (production defaults)"
echo "request log lines written: $(grep -c '"msg":"request"' "$work/server.log")"
