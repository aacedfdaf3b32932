// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/Money.h"

#include <algorithm>

namespace petinfo::client {

QString formatMoney(qint64 minorUnits, const QString& currency, int exponent, const QLocale& locale)
{
    exponent = std::clamp(exponent, 0, 4);
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i) {
        scale *= 10;
    }
    const bool negative = minorUnits < 0;
    // Magnitude without overflow for the most negative value: minor units come from a server.
    const quint64 magnitude = negative ? static_cast<quint64>(-(minorUnits + 1)) + 1 : static_cast<quint64>(minorUnits);
    const auto whole = static_cast<qulonglong>(magnitude / static_cast<quint64>(scale));
    const auto fraction = static_cast<qulonglong>(magnitude % static_cast<quint64>(scale));

    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    const QString symbol = own ? locale.currencySymbol(QLocale::CurrencySymbol) : currency;
    // The locale's pattern around the whole units ("$499", "499 €", "US$499"), then the decimals
    // go in right after the last digit.
    QString text = locale.toCurrencyString(whole, symbol);
    const QString digits = locale.toString(whole);
    const qsizetype at = text.lastIndexOf(digits);
    if (exponent > 0 && at >= 0) {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        text.insert(at + digits.size(), locale.decimalPoint() + plain.toString(fraction).rightJustified(
                                                                    exponent, locale.zeroDigit().at(0)));
    }
    if (!own) {
        // An ISO code glued to the digits ("MXN499.00") reads badly: one no-break space between.
        const qsizetype pos = text.indexOf(symbol);
        if (pos == 0 && text.size() > symbol.size() && !text.at(symbol.size()).isSpace()) {
            text.insert(symbol.size(), QChar(0x00A0));
        } else if (pos > 0 && !text.at(pos - 1).isSpace()) {
            text.insert(pos, QChar(0x00A0));
        }
    }
    if (negative) {
        text = locale.negativeSign() + text;
    }
    return text;
}

} // namespace petinfo::client
