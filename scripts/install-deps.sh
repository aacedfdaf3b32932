#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 / Ubuntu packages the build, the app and the tests need.
# Fast when everything is already there (no apt-get call at all).
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ ccache clang-format pkg-config git curl
    # Qt 6 and the client's libraries
    qt6-base-dev qt6-base-dev-tools qt6-pdf-dev libqt6pdfwidgets6 qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-networkauth-dev qt6-qpa-plugins
    qt6-multimedia-dev qtkeychain-qt6-dev libzxing-dev libsqlcipher-dev sqlcipher liblz4-dev
    # Qt's own strings (file and print dialogs) in Spanish and Portuguese
    qt6-translations-l10n
    # server
    libpoco-dev libpq-dev libssl-dev nlohmann-json3-dev
    # common: phone numbers
    libphonenumber-dev
    # tests and benchmarks
    libgtest-dev libbenchmark-dev postgresql xvfb xauth x11-apps dbus dbus-x11 gnome-keyring
    libsecret-tools fonts-dejavu-core poppler-utils wrk chromium chromium-driver imagemagick procps
    zbar-tools
    python3
    # server tests: OpenAPI YAML -> JSON
    python3-yaml
    # first-start tests: a fake Secret Service on a private D-Bus session
    python3-dbus python3-gi
    # packages (cpack -G DEB) and their test: dependencies, lintian, the desktop entry, AppStream,
    # the systemd unit, man pages, the server's user and listening socket
    dpkg-dev lintian desktop-file-utils appstream systemd man-db adduser iproute2
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
