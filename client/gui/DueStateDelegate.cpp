// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DueStateDelegate.h"

#include "gui/Palette.h"
#include "petinfo/common/Domain.h"

namespace petinfo::client {

DueStateDelegate::DueStateDelegate(int dueStateRole, int iconColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(dueStateRole)
    , m_iconColumn(iconColumn)
{}

void DueStateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = static_cast<DueState>(index.data(m_role).toInt());
    if (state != DueState::Overdue && state != DueState::DueSoon) {
        return;
    }
    const bool overdue = state == DueState::Overdue;
    // Selected rows keep the highlight colours: tinted text on a highlight can be unreadable.
    if (!(option->state & QStyle::State_Selected)) {
        const QColor colour = overdue ? palette::errorText(option->palette) : palette::warningText(option->palette);
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::WindowText, colour);
    }
    if (overdue) {
        option->font.setBold(true);
    }
    if (index.column() == m_iconColumn) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = overdue ? palette::warningIcon(option->widget) : palette::informationIcon(option->widget);
        option->decorationSize = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
    }
}

} // namespace petinfo::client
