// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/WeightModel.h"

#include "models/DomainText.h"
#include "services/PetService.h"

#include <QLocale>

namespace petinfo::client {

WeightModel::WeightModel(PetService& service, QObject* parent)
    : KeyedRowsModel<WeightEntry>(parent)
    , m_service(service)
{
    auto reloadFor = [this](const QString& petId) {
        if (petId == m_petId) {
            if (auto r = reload(); !r) {
                Q_EMIT loadFailed(r.error());
            }
        }
    };
    connect(&m_service, &PetService::weightsChanged, this, reloadFor);
    connect(&m_service, &PetService::reset, this, [this, reloadFor] { reloadFor(m_petId); });
}

int WeightModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeightModel::data(const QModelIndex& index, int role) const
{
    const WeightEntry* e = itemFromIndex(index);
    if (!e) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case EntryDate:
            return dateText(e->date);
        case Weight:
            return weightText(e->kg);
        case Change: {
            // Rows are newest first: the previous weighing is the next row.
            const auto next = static_cast<std::size_t>(index.row()) + 1;
            if (next >= m_rows.size()) {
                return {};
            }
            return weightChangeText(e->kg - m_rows[next].kg, e->kg);
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != EntryDate) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return QString::fromStdString(e->id);
    case KgRole:
        return e->kg;
    case DateRole:
        return toQDate(e->date);
    default:
        return {};
    }
}

QVariant WeightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case EntryDate:
        return tr("Date");
    case Weight:
        return tr("Weight");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

void WeightModel::setPetId(const QString& petId)
{
    if (petId == m_petId) {
        return;
    }
    m_petId = petId;
    auto rows = load();
    resetRows(rows ? std::move(*rows) : std::vector<WeightEntry>());
    if (!rows) {
        Q_EMIT loadFailed(rows.error());
    }
}

StorageResult<void> WeightModel::reload()
{
    auto rows = load();
    if (!rows) {
        return fail(rows.error());
    }
    replaceRows(std::move(*rows));
    return {};
}

StorageResult<std::vector<WeightEntry>> WeightModel::load() const
{
    if (m_petId.isEmpty()) {
        return std::vector<WeightEntry>();
    }
    auto rows = m_service.weights(m_petId);
    if (rows) {
        std::reverse(rows->begin(), rows->end()); // the service gives oldest first
    }
    return rows;
}

} // namespace petinfo::client
