// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/ZxingVersion.h"

#include <ZXing/ZXVersion.h>

namespace petinfo::report {

QString zxingVersion()
{
    return QStringLiteral("%1.%2.%3").arg(ZXING_VERSION_MAJOR).arg(ZXING_VERSION_MINOR).arg(ZXING_VERSION_PATCH);
}

} // namespace petinfo::report
