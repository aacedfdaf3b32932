// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DueModel.h"

#include "models/DomainText.h"
#include "models/PhoneText.h"
#include "models/ReminderText.h"
#include "services/PetService.h"
#include "services/ReminderService.h"

namespace petinfo::client {

DueModel::DueModel(PetService& service, int pageSize, QObject* parent)
    : KeyedRowsModel<DueItem>(parent)
    , m_service(service)
    , m_pageSize(pageSize > 0 ? pageSize : kDefaultPageSize)
{
    // Any of these can move a record into or out of the list, or rename what a row shows.
    connect(&m_service, &PetService::healthChanged, this, &DueModel::refresh);
    connect(&m_service, &PetService::petAdded, this, &DueModel::refresh);
    connect(&m_service, &PetService::petChanged, this, &DueModel::refresh);
    connect(&m_service, &PetService::petRemoved, this, &DueModel::refresh);
    connect(&m_service, &PetService::reset, this, &DueModel::refresh);
    refresh();
}

void DueModel::setReminderService(ReminderService* reminders)
{
    if (m_reminders) {
        disconnect(m_reminders, nullptr, this, nullptr);
    }
    m_reminders = reminders;
    m_reminderText.clear();
    if (m_reminders) {
        connect(m_reminders, &ReminderService::changed, this, [this] {
            m_reminderText.clear();
            if (rowCount() > 0) {
                Q_EMIT dataChanged(index(0, Reminder), index(rowCount() - 1, Reminder), {Qt::DisplayRole});
            }
        });
    }
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Reminder), index(rowCount() - 1, Reminder), {Qt::DisplayRole});
    }
}

QString DueModel::reminderText(const QString& recordId) const
{
    if (!m_reminders) {
        return {};
    }
    if (const auto it = m_reminderText.constFind(recordId); it != m_reminderText.cend()) {
        return *it;
    }
    auto statuses = m_reminders->statusOfRecords({recordId});
    const QString text =
        statuses && statuses->contains(recordId) ? recordReminderText(statuses->value(recordId)) : QString();
    m_reminderText.insert(recordId, text);
    return text;
}

int DueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueModel::data(const QModelIndex& index, int role) const
{
    const DueItem* item = itemFromIndex(index);
    if (!item || !item->record.nextDue) {
        return {};
    }
    const Date today = m_service.clock().today();
    const Date due = *item->record.nextDue;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case DueDate:
            return dateText(due);
        case State:
            return dueText(due, today);
        case Pet:
            return item->petName;
        case Kind:
            return healthKindLabel(item->record.kind);
        case Product:
            return QString::fromStdString(item->record.product);
        case Owner:
            return item->ownerName;
        case Phone:
            return phonesForDisplay(item->ownerPhones).join(QStringLiteral(", "));
        case Reminder:
            return reminderText(QString::fromStdString(item->record.id));
        case ColumnCount:
            break;
        }
        return {};
    case PetIdRole:
        return QString::fromStdString(item->record.petId);
    case RecordIdRole:
        return QString::fromStdString(item->record.id);
    case DueStateRole:
        return static_cast<int>(dueState(due, today, PetService::kDueSoonDays));
    case DaysLeftRole:
        return static_cast<int>(due.toDays() - today.toDays());
    default:
        return {};
    }
}

QVariant DueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case DueDate:
        return tr("Due");
    case State:
        return tr("State");
    case Pet:
        return tr("Pet");
    case Kind:
        return tr("Kind");
    case Product:
        return tr("Product");
    case Owner:
        return tr("Owner");
    case Phone:
        return tr("Phone");
    case Reminder:
        return tr("WhatsApp reminder");
    case ColumnCount:
        break;
    }
    return {};
}

bool DueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    auto page = m_service.due(static_cast<int>(m_rows.size()), m_pageSize);
    if (!page) {
        m_atEnd = true; // do not retry in a loop from the view; refresh() tries again
        Q_EMIT loadFailed(page.error());
        return;
    }
    m_atEnd = static_cast<int>(page->size()) < m_pageSize;
    if (page->empty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page->begin()), std::make_move_iterator(page->end()));
    endInsertRows();
}

void DueModel::refresh()
{
    const int wanted = std::max(m_pageSize, static_cast<int>(m_rows.size()));
    auto rows = m_service.due(0, wanted);
    if (!rows) {
        Q_EMIT loadFailed(rows.error());
        return;
    }
    m_atEnd = static_cast<int>(rows->size()) < wanted;
    m_reminderText.clear();
    replaceRows(std::move(*rows));
    refreshCounts();
}

void DueModel::refreshCounts()
{
    auto counts = m_service.dueCounts();
    if (!counts) {
        Q_EMIT loadFailed(counts.error());
        return;
    }
    if (counts->overdue != m_counts.overdue || counts->dueSoon != m_counts.dueSoon) {
        m_counts = *counts;
        Q_EMIT countsChanged();
    }
}

} // namespace petinfo::client
