#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# installer.server-config: the packaged configuration lists every setting the server reads
# (server/core/app/Config.cpp), each exactly once, and no setting the server does not know.
# Usage: check-server-config.sh CONFIG_CPP PROPERTIES
set -euo pipefail
known=$(grep -oE 'c\.get[A-Za-z0-9]*\("[a-zA-Z0-9.]+"' "$1" | sed -E 's/.*\("//; s/"$//' | sort -u)
listed=$(sed -nE 's/^#?([a-zA-Z][a-zA-Z0-9]*\.[a-zA-Z][a-zA-Z0-9]*) *=.*/\1/p' "$2" | sort)
status=0
missing=$(comm -23 <(echo "$known") <(echo "$listed" | sort -u))
unknown=$(comm -13 <(echo "$known") <(echo "$listed" | sort -u))
twice=$(echo "$listed" | uniq -d)
[[ -z "$missing" ]] || { echo "FAIL: not in $2: $missing"; status=1; }
[[ -z "$unknown" ]] || { echo "FAIL: the server does not read: $unknown"; status=1; }
[[ -z "$twice" ]] || { echo "FAIL: listed twice: $twice"; status=1; }
[[ $status -eq 0 ]] && echo "ok: $(echo "$known" | wc -l) settings"
exit $status
