// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace petinfo::client {

/** Lower-cases and strips accents so that "Ñandú", "ñandu" and "NANDU" all match. ASCII text (the
 *  common case for microchips and most names) takes a fast path without Unicode normalisation. */
QString foldForSearch(QStringView text);

/** Digits (and a leading '+') of a phone number: "+54 9 11-2345" gives "+549112345". */
QString phoneDigits(QStringView text);

/** What the user typed in the filter box, prepared once per keystroke. */
struct SearchTerms
{
    /** Every term must occur in a row's search text. */
    QStringList terms;

    bool isEmpty() const { return terms.isEmpty(); }
    bool matches(const QString& searchText) const;

    /** Splits on whitespace, except when the text looks like a phone or microchip number ("11 2345-6789",
     *  "982 000 123"), which becomes one term without its separators. */
    static SearchTerms parse(QStringView typed);
};

} // namespace petinfo::client
