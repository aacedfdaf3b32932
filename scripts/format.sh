#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: scripts/format.sh --check | --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:---check}
cf=$(command -v clang-format || command -v clang-format-14 || true)
if [[ -z "$cf" ]]; then
    echo "format: clang-format not found" >&2
    exit 1
fi
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' | grep -v '^third_party/' || true)
[[ ${#files[@]} -eq 0 ]] && exit 0
if [[ "$mode" == "--fix" ]]; then
    "$cf" -i "${files[@]}"
else
    "$cf" --dry-run --Werror "${files[@]}"
    echo "format: ${#files[@]} files clean"
fi
