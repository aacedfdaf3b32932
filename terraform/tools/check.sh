#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest server.deploy.Terraform: installs the two HCL tools from package-lock.json (once, with
# npm ci) and runs validate.mjs. Exit 77 (skipped) without node/npm, except under CI=true.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "terraform check: node/npm not installed" >&2
    [[ "${CI:-}" == "true" ]] && exit 1
    exit 77
fi
if [[ ! -d "$here/node_modules/@cdktf/hcl2json" || ! -d "$here/node_modules/@cdktf/hcl-tools" ]]; then
    npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi
exec node "$here/validate.mjs" "$here/.."
