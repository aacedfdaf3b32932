#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# installer.server-config: the packaged configuration lists every setting the server reads
# (server/core/app/Config.cpp and the settings files it reads through), each exactly once, and no
# setting the server does not know. Keys with a variable part (billing.plan.<id>.name) are
# documented as examples and not checked.
# Usage: check-server-config.sh CONFIG_CPP PROPERTIES [MORE_SOURCES...]
set -euo pipefail
config=$1
properties=$2
shift 2
known=$(grep -ohE 'c\.get[A-Za-z0-9]*\("[a-zA-Z0-9.]+"' "$config" "$@" | sed -E 's/.*\("//; s/"$//' | sort -u)
listed=$(sed -nE 's/^#?([a-zA-Z][a-zA-Z0-9]*\.[a-zA-Z][a-zA-Z0-9]*) *=.*/\1/p' "$properties" | sort)
status=0
missing=$(comm -23 <(echo "$known") <(echo "$listed" | sort -u))
unknown=$(comm -13 <(echo "$known") <(echo "$listed" | sort -u))
twice=$(echo "$listed" | uniq -d)
[[ -z "$missing" ]] || { echo "FAIL: not in $properties: $missing"; status=1; }
[[ -z "$unknown" ]] || { echo "FAIL: the server does not read: $unknown"; status=1; }
[[ -z "$twice" ]] || { echo "FAIL: listed twice: $twice"; status=1; }
[[ $status -eq 0 ]] && echo "ok: $(echo "$known" | wc -l) settings"
exit $status
