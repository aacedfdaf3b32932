#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds one libFuzzer target of fuzz/ (preset "fuzz": clang, ASan + UBSan) and runs it.
#   scripts/fuzz.sh NAME SECONDS [libFuzzer options...]     e.g. scripts/fuzz.sh http_request 600
#   scripts/fuzz.sh list
# It starts from the seed corpus (fuzz/corpus/NAME) and keeps what it finds in
# build-fuzz/fuzz-work/NAME; a crashing input is written to build-fuzz/fuzz-crashes/NAME/. Copy it
# to fuzz/regressions/NAME/ with the fix: ctest fuzz.NAME replays it on every build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${1:-} == list || $# -lt 1 ]]; then
    grep -l LLVMFuzzerTestOneInput fuzz/*.cpp | grep -v FuzzReplay | sed 's|fuzz/||; s|\.cpp$||'
    exit 0
fi
name=$1
seconds=${2:-600}
shift $(($# < 2 ? $# : 2))
[[ -f fuzz/$name.cpp ]] || { echo "fuzz.sh: no fuzz target '$name' (scripts/fuzz.sh list)" >&2; exit 2; }

# Builds share a lock on shared machines; the run itself does not hold it.
if command -v flock >/dev/null; then
    flock "${PETINFO_BUILD_LOCK:-/tmp/petinfo-build.lock}" ./scripts/build.sh fuzz "fuzz_$name"
else
    ./scripts/build.sh fuzz "fuzz_$name"
fi

case $name in
http_request) dict=fuzz/dicts/http.dict ;;
csv_import) dict=fuzz/dicts/csv.dict ;;
tag_scan) dict=fuzz/dicts/url.dict ;;
*) dict=fuzz/dicts/json.dict ;;
esac
work=build-fuzz/fuzz-work/$name
crashes=build-fuzz/fuzz-crashes/$name
mkdir -p "$work" "$crashes"
# Qt and Poco keep some allocations for the life of the process: leaks are not what we look for.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec "build-fuzz/fuzz/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 \
    -dict="$dict" -artifact_prefix="$crashes/" "$@" "$work" "fuzz/corpus/$name"
