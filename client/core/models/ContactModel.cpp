// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ContactModel.h"

#include "models/DomainText.h"
#include "models/PhoneText.h"

namespace petinfo::client {

ContactModel::ContactModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ContactModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactModel::data(const QModelIndex& index, int role) const
{
    const ContactEntry* c = itemFromIndex(index);
    if (!c) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return c->person.name.empty() ? tr("(no name)") : QString::fromStdString(c->person.name);
        case Role:
            return contactRoleLabel(c->role);
        case Phones: {
            QStringList phones;
            for (const std::string& p : c->person.phones) {
                phones << phoneForDisplay(QString::fromStdString(p));
            }
            return phones.join(QStringLiteral(", "));
        }
        case Email:
            return QString::fromStdString(c->person.email);
        case Primary:
            return c->primary ? tr("Primary") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case PersonIdRole:
        return QString::fromStdString(c->person.id);
    case PrimaryRole:
        return c->primary;
    default:
        return {};
    }
}

QVariant ContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Phones:
        return tr("Phones");
    case Email:
        return tr("E-mail");
    case Primary:
        return tr("Primary");
    case ColumnCount:
        break;
    }
    return {};
}

void ContactModel::setContacts(std::vector<ContactEntry> contacts)
{
    beginResetModel();
    m_rows = std::move(contacts);
    endResetModel();
}

const ContactEntry* ContactModel::itemFromIndex(const QModelIndex& index) const
{
    // No index (nothing selected) is a normal question; checkIndex() is for indexes of another model.
    if (!index.isValid()) {
        return nullptr;
    }
    return checkIndex(index, CheckIndexOption::IndexIsValid) ? &m_rows[static_cast<std::size_t>(index.row())] : nullptr;
}

int ContactModel::addContact(ContactEntry entry)
{
    const int row = rowCount();
    entry.primary = m_rows.empty();
    beginInsertRows({}, row, row);
    m_rows.push_back(std::move(entry));
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void ContactModel::removeContact(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    const bool wasPrimary = m_rows[static_cast<std::size_t>(row)].primary;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    if (wasPrimary && !m_rows.empty()) {
        m_rows.front().primary = true;
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
    }
    Q_EMIT edited();
}

void ContactModel::setContact(int row, ContactEntry entry)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    ContactEntry& current = m_rows[static_cast<std::size_t>(row)];
    entry.primary = current.primary; // primary changes go through setPrimary()
    if (entry == current) {
        return;
    }
    current = std::move(entry);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT edited();
}

void ContactModel::setPrimary(int row)
{
    if (row < 0 || row >= rowCount() || m_rows[static_cast<std::size_t>(row)].primary) {
        return;
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].primary = static_cast<int>(i) == row;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT edited();
}

} // namespace petinfo::client
