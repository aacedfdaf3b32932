// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Enums.h"

#include <QStringList>

#include <cstddef>

namespace petinfo::client {

/** Every label of an enum, in the language of the day: a column of them (TableColumns::Column's
 *  samples) is as wide as the widest. */
template <typename E>
QStringList allLabels(QString (*label)(E))
{
    QStringList labels;
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        labels << label(static_cast<E>(i));
    }
    return labels;
}

/** A full ISO 11784 microchip: 15 digits. */
QStringList microchipSample();

/** The dates of a year, one per month, as the lists write them (month names differ in width). */
QStringList dateSamples(const Date& today);

} // namespace petinfo::client
