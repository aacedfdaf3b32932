#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# installer.manpages: each man page formats without a warning and names every long option its
# executable's --help lists, every command (petinfo-cli) and every PETINFO_* environment variable
# the help mentions, so that the pages cannot fall behind the programs.
# Usage: check-manpages.sh PAGE=EXECUTABLE...   e.g. build/installer/linux/man/petinfo-cli.1=build/.../petinfo-cli
set -euo pipefail
status=0
problem() {
    echo "FAIL: $*"
    status=1
}
for pair in "$@"; do
    page=${pair%%=*}
    exe=${pair#*=}
    name=$(basename "$page")
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] || problem "$name: $warnings"
    # The page's source with roff escapes for hyphens and fonts undone.
    text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$page")
    help=$(QT_QPA_PLATFORM=offscreen "$exe" --help 2>/dev/null)
    for option in $(grep -oE -- '--[a-z0-9][a-z0-9-]*' <<<"$help" | sort -u); do
        grep -Eq -- "${option}([^a-z0-9-]|$)" <<<"$text" || problem "$name does not describe $option"
    done
    for variable in $(grep -oE 'PETINFO_[A-Z_]+[A-Z]' <<<"$help" | sort -u); do
        grep -q "$variable" <<<"$text" || problem "$name does not describe $variable"
    done
    # petinfo-cli: the commands, listed after "Commands:".
    for command in $(sed -n '/^Commands:/,$p' <<<"$help" | sed -n 's/^  \([a-z-]*\) .*/\1/p'); do
        grep -Eq "^\.BI? $command( |$)" <<<"$text" || problem "$name does not describe the command $command"
    done
    echo "checked $name against $(basename "$exe") --help"
done
exit $status
