// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace petinfo::client {

/** The app icon (a paw on a rounded square), drawn as vectors at whatever size and pixel ratio is
 *  asked for; resources/icons/petinfo.svg is the same drawing for desktop integration. */
QIcon appIcon();

} // namespace petinfo::client
