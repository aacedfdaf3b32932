// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace petinfo::report {

/** The version of ZXing-C++ that draws and reads the QR codes, as built against (for the About dialog). */
QString zxingVersion();

} // namespace petinfo::report
