// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace petinfo::client {

/** Marks rows by their due state (the model's `dueStateRole`, a petinfo::DueState): overdue rows
 *  bold in the palette's error colour with a warning icon in `iconColumn`, due-soon rows in the
 *  warning colour. Not colour alone: the icon and the "Overdue by…" text say the same. */
class DueStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    DueStateDelegate(int dueStateRole, int iconColumn, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
    int m_iconColumn;
};

} // namespace petinfo::client
