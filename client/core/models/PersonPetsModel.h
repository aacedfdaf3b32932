// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "services/PersonService.h"

namespace petinfo::client {

/** The pets of one person, on the person's page: each with the person's role for it. */
class PersonPetsModel final : public KeyedRowsModel<PersonPet>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Species,
        Breed,
        Status,
        Role,
        Microchip,
        ColumnCount
    };
    enum DataRole
    {
        PetIdRole = Qt::UserRole + 1,
    };
    Q_ENUM(Column)

    using KeyedRowsModel<PersonPet>::KeyedRowsModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPets(std::vector<PersonPet> pets) { replaceRows(std::move(pets)); }

protected:
    QString keyOf(const PersonPet& row) const override { return row.pet.id; }
};

} // namespace petinfo::client
