// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ColumnSamples.h"

#include "models/DomainText.h"

namespace petinfo::client {

QStringList microchipSample()
{
    return {QString(15, QLatin1Char('0'))};
}

QStringList dateSamples(const Date& today)
{
    QStringList dates;
    for (unsigned month = 1; month <= 12; ++month) {
        dates << dateText(Date{today.year, month, 28});
    }
    return dates;
}

} // namespace petinfo::client
