// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "storage/PetRepository.h"

namespace petinfo::client {

class PetService;

/** Pets in the trash, most recently deleted first. They can be restored until they are purged. */
class TrashModel final : public KeyedRowsModel<PetSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Species,
        Microchip,
        Owner,
        Deleted,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DeletedAtRole, ///< qint64 ms since the epoch
    };
    Q_ENUM(Column)

    explicit TrashModel(PetService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    StorageResult<void> reload();

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const PetSummary& row) const override { return row.id; }

private:
    PetService& m_service;
};

} // namespace petinfo::client
