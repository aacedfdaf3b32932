// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

namespace petinfo::client {

class PetService;

/** One pet's weight history, newest first, with the change since the previous weighing. */
class WeightModel final : public KeyedRowsModel<WeightEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        EntryDate,
        Weight,
        Change,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KgRole,   ///< double
        DateRole, ///< QDate
    };
    Q_ENUM(Column)

    explicit WeightModel(PetService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPetId(const QString& petId);
    const QString& petId() const { return m_petId; }
    StorageResult<void> reload();

    /** The entries oldest first, for a chart. */
    std::vector<WeightEntry> chronological() const { return {m_rows.rbegin(), m_rows.rend()}; }

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const WeightEntry& row) const override { return QString::fromStdString(row.id); }

private:
    StorageResult<std::vector<WeightEntry>> load() const;

    PetService& m_service;
    QString m_petId;
};

} // namespace petinfo::client
