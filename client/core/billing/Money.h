// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace petinfo::client {

/** An amount in integer minor units (centavos; CLP has none) written the way `locale` writes
 *  money: its grouping, decimal sign and currency pattern. `exponent` is the currency's number of
 *  decimals. No floating point on the way: the whole and fractional parts are formatted apart.
 *  The locale's own currency gets its symbol ("$ 499,00" in es_AR); any other its ISO code
 *  ("MXN 499.00" in en_GB), so a peso is never mistaken for a dollar. */
QString formatMoney(qint64 minorUnits, const QString& currency, int exponent, const QLocale& locale = QLocale());

} // namespace petinfo::client
