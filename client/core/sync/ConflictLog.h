// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"
#include "sync/SyncStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace petinfo::client {

class PetService;

/** Puts the losing value of a logged conflict back. It is a new edit by this device (a fresh clock,
 *  an outbox mutation), so it syncs and wins everywhere like any other edit; the log entry is marked
 *  restored. The views reload through PetService::reset(). */
StorageResult<void> restoreLosingValue(PetService& service, qint64 conflictId);

/** The conflict log as the app shows it: newest first, one row per overwritten field, with the
 *  values that met, the device each came from and which one won. */
class ConflictModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Record,
        Field,
        Kept,
        KeptFrom,
        Lost,
        LostFrom,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64 conflict id
        RestoredRole,              ///< bool: the losing value was put back
    };
    Q_ENUM(Column)

    explicit ConflictModel(PetService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    StorageResult<void> reload();
    const ConflictRecord* conflictAt(int row) const;
    /** Conflicts not yet restored. */
    int openCount() const;

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

private:
    struct Row
    {
        ConflictRecord conflict;
        QString record; ///< "Pet: Rex", "Weight of Rex", ...
    };
    QString describeRecord(SyncStore& store, const ConflictRecord& c) const;
    QString deviceText(const sync::Hlc& clock) const;

    PetService& m_service;
    std::vector<Row> m_rows;
    QString m_thisDevice;
};

/** A field value from the wire as the user reads it: text as is, booleans as yes/no, null as "(empty)". */
QString conflictValueText(const nlohmann::json& value);

} // namespace petinfo::client
