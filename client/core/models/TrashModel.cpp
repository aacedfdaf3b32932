// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TrashModel.h"

#include "models/DomainText.h"
#include "services/PetService.h"

namespace petinfo::client {

TrashModel::TrashModel(PetService& service, QObject* parent)
    : KeyedRowsModel<PetSummary>(parent)
    , m_service(service)
{
    auto reloadNow = [this] {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    };
    // A pet leaves the list when it is trashed and comes back (petAdded) when it is restored.
    connect(&m_service, &PetService::petRemoved, this, reloadNow);
    connect(&m_service, &PetService::petAdded, this, reloadNow);
    connect(&m_service, &PetService::reset, this, reloadNow);
    reloadNow();
}

int TrashModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrashModel::data(const QModelIndex& index, int role) const
{
    const PetSummary* pet = itemFromIndex(index);
    if (!pet) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return pet->name;
        case Species:
            return speciesLabel(pet->species);
        case Microchip:
            return pet->microchip;
        case Owner:
            return pet->ownerName;
        case Deleted:
            return dateTimeText(pet->deletedAtMs);
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return pet->id;
    case DeletedAtRole:
        return pet->deletedAtMs;
    default:
        return {};
    }
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Species:
        return tr("Species");
    case Microchip:
        return tr("Microchip");
    case Owner:
        return tr("Owner");
    case Deleted:
        return tr("Deleted");
    case ColumnCount:
        break;
    }
    return {};
}

StorageResult<void> TrashModel::reload()
{
    auto rows = m_service.trashedPets();
    if (!rows) {
        return fail(rows.error());
    }
    replaceRows(std::move(*rows));
    return {};
}

} // namespace petinfo::client
