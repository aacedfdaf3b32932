#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is needed, builds build/ and runs the whole suite
# (with its own PostgreSQL, keyring and virtual display). Extra arguments go to ctest,
# e.g. `scripts/run-tests.sh -L unit` or `-R client.storage`.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
./scripts/install-deps.sh
./scripts/build.sh ci
echo "run-tests: built in $(( $(date +%s) - start )) s"
status=0
./scripts/test-env.sh ctest --preset ci --timeout 600 "$@" || status=$?
echo "run-tests: finished in $(( $(date +%s) - start )) s (exit $status)"
exit $status
