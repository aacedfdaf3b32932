// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/HealthRecordModel.h"

#include "models/DomainText.h"
#include "models/ReminderText.h"
#include "services/PetService.h"
#include "services/ReminderService.h"
#include "storage/HealthRepository.h"

#include <tuple>

namespace petinfo::client {

HealthRecordModel::HealthRecordModel(PetService& service, QObject* parent)
    : KeyedRowsModel<HealthRecord>(parent)
    , m_service(service)
{
    connect(&m_service, &PetService::healthChanged, this, [this](const QString& petId) {
        if (petId == m_petId) {
            if (auto r = reload(); !r) {
                Q_EMIT loadFailed(r.error());
            }
        }
    });
    connect(&m_service, &PetService::reset, this, [this] {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    });
}

int HealthRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthRecordModel::data(const QModelIndex& index, int role) const
{
    const HealthRecord* r = itemFromIndex(index);
    if (!r) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case RecordDate:
            return dateText(r->date);
        case Kind:
            return healthKindLabel(r->kind);
        case Product:
            return QString::fromStdString(r->product);
        case Batch:
            return QString::fromStdString(r->batch);
        case NextDue:
            if (r->nextDue && stateOf(*r) != DueState::None) {
                return tr("%1 (%2)").arg(dateText(r->nextDue), dueText(*r->nextDue, m_service.clock().today()));
            }
            return dateText(r->nextDue);
        case GivenBy:
            return QString::fromStdString(r->givenBy);
        case Notes:
            return QString::fromStdString(r->notes).section(QLatin1Char('\n'), 0, 0);
        case Reminder:
            return m_reminderText.value(QString::fromStdString(r->id));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Notes && !r->notes.empty()) {
            return QString::fromStdString(r->notes);
        }
        if (index.column() == NextDue && r->nextDue && !m_open.contains(QString::fromStdString(r->id))) {
            return tr("Replaced by a later record of the same kind");
        }
        return {};
    case IdRole:
        return QString::fromStdString(r->id);
    case DueStateRole:
        return static_cast<int>(stateOf(*r));
    case OpenRole:
        return m_open.contains(QString::fromStdString(r->id));
    default:
        return {};
    }
}

QVariant HealthRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case RecordDate:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Product:
        return tr("Product");
    case Batch:
        return tr("Batch/lot");
    case NextDue:
        return tr("Next due");
    case GivenBy:
        return tr("Given by");
    case Notes:
        return tr("Notes");
    case Reminder:
        return tr("WhatsApp reminder");
    case ColumnCount:
        break;
    }
    return {};
}

void HealthRecordModel::setReminderService(ReminderService* reminders)
{
    if (m_reminders) {
        disconnect(m_reminders, nullptr, this, nullptr);
    }
    m_reminders = reminders;
    if (m_reminders) {
        connect(m_reminders, &ReminderService::changed, this, [this] {
            loadReminders();
            if (rowCount() > 0) {
                Q_EMIT dataChanged(index(0, Reminder), index(rowCount() - 1, Reminder), {Qt::DisplayRole});
            }
        });
    }
    loadReminders();
}

void HealthRecordModel::loadReminders()
{
    m_reminderText.clear();
    if (!m_reminders || m_rows.empty()) {
        return;
    }
    QStringList ids;
    for (const HealthRecord& r : m_rows) {
        ids << QString::fromStdString(r.id);
    }
    auto statuses = m_reminders->statusOfRecords(ids);
    if (!statuses) {
        Q_EMIT loadFailed(statuses.error());
        return;
    }
    for (auto it = statuses->cbegin(); it != statuses->cend(); ++it) {
        m_reminderText.insert(it.key(), recordReminderText(it.value()));
    }
}

void HealthRecordModel::setPetId(const QString& petId)
{
    if (petId == m_petId) {
        return;
    }
    m_petId = petId;
    auto rows = load();
    resetRows(rows ? std::move(*rows) : std::vector<HealthRecord>());
    loadReminders();
    if (rows && !m_reminderText.isEmpty()) {
        Q_EMIT dataChanged(index(0, Reminder), index(rowCount() - 1, Reminder), {Qt::DisplayRole});
    }
    if (!rows) {
        Q_EMIT loadFailed(rows.error());
    }
}

StorageResult<void> HealthRecordModel::reload()
{
    auto rows = load();
    if (!rows) {
        return fail(rows.error());
    }
    replaceRows(std::move(*rows));
    loadReminders();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Reminder), index(rowCount() - 1, Reminder), {Qt::DisplayRole});
    }
    return {};
}

int HealthRecordModel::overdueCount() const
{
    int n = 0;
    for (const HealthRecord& r : m_rows) {
        n += stateOf(r) == DueState::Overdue ? 1 : 0;
    }
    return n;
}

StorageResult<std::vector<HealthRecord>> HealthRecordModel::load()
{
    if (m_petId.isEmpty()) {
        m_open.clear();
        return std::vector<HealthRecord>();
    }
    auto rows = m_service.healthRecords(m_petId);
    if (rows) {
        m_open = openRecords(*rows);
    }
    return rows;
}

QSet<QString> HealthRecordModel::openRecords(const std::vector<HealthRecord>& records)
{
    // The newest record of each series (by date, entry time, id) is the open one.
    QHash<QString, const HealthRecord*> newest;
    for (const HealthRecord& r : records) {
        const HealthRecord*& best = newest[HealthRepository::seriesOf(r)];
        if (!best || std::tie(best->date, best->createdAtMs, best->id) < std::tie(r.date, r.createdAtMs, r.id)) {
            best = &r;
        }
    }
    QSet<QString> open;
    for (const HealthRecord* r : std::as_const(newest)) {
        open.insert(QString::fromStdString(r->id));
    }
    return open;
}

DueState HealthRecordModel::stateOf(const HealthRecord& record) const
{
    if (!m_open.contains(QString::fromStdString(record.id))) {
        return DueState::None;
    }
    return dueState(record.nextDue, m_service.clock().today(), PetService::kDueSoonDays);
}

} // namespace petinfo::client
