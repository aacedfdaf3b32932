// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PersonPetsModel.h"

#include "models/DomainText.h"

namespace petinfo::client {

int PersonPetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonPetsModel::data(const QModelIndex& index, int role) const
{
    const PersonPet* row = itemFromIndex(index);
    if (!row) {
        return {};
    }
    const PetSummary& pet = row->pet;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return pet.name;
        case Species:
            return speciesLabel(pet.species);
        case Breed:
            return pet.breed;
        case Status:
            return statusLabel(pet.status);
        case Role:
            //: A person's role for a pet on their page, e.g. "Owner (primary contact)".
            return row->primary ? tr("%1 (primary contact)").arg(contactRoleLabel(row->role))
                                : contactRoleLabel(row->role);
        case Microchip:
            return pet.microchip;
        case ColumnCount:
            break;
        }
        return {};
    case PetIdRole:
        return pet.id;
    default:
        return {};
    }
}

QVariant PersonPetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Pet");
    case Species:
        return tr("Species");
    case Breed:
        return tr("Breed");
    case Status:
        return tr("Status");
    case Role:
        return tr("Role");
    case Microchip:
        return tr("Microchip");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace petinfo::client
