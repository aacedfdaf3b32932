// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Enums.h"

#include <QComboBox>

namespace petinfo::client {

/** Fills a combo box with every value of a domain enum (item data: the value as int). */
template <typename E, typename LabelFn>
void fillEnumCombo(QComboBox* combo, LabelFn label)
{
    combo->clear();
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        combo->addItem(label(static_cast<E>(i)), static_cast<int>(i));
    }
}

template <typename E>
E comboValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E>
void setComboValue(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

} // namespace petinfo::client
