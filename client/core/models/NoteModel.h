// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

namespace petinfo::client {

class PetService;

/** One pet's free notes, newest first; the list shows each note's first line. */
class NoteModel final : public KeyedRowsModel<Note>
{
    Q_OBJECT

public:
    enum Column
    {
        Written,
        Text,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FullTextRole,
    };
    Q_ENUM(Column)

    explicit NoteModel(PetService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPetId(const QString& petId);
    const QString& petId() const { return m_petId; }
    StorageResult<void> reload();
    /** The row of a note, or -1. */
    int rowOf(const QString& id) const;

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const Note& row) const override { return QString::fromStdString(row.id); }

private:
    PetService& m_service;
    QString m_petId;
};

} // namespace petinfo::client
