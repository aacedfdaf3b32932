// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

namespace petinfo::client {

class PetService;

/** One pet's free notes, newest first: when, who wrote it ("this computer" when no one was
 *  signed in), whether the health report prints it, and the note's first line. */
class NoteModel final : public KeyedRowsModel<Note>
{
    Q_OBJECT

public:
    enum Column
    {
        Written,
        Author,
        OnReports, ///< a check mark: printed on the health report
        Text,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FullTextRole,
        ShowOnReportsRole,
        AuthorRole, ///< the stored author text ("Name <e-mail>"), empty when not known
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
    /** Who wrote a note, for people: the name (or e-mail), or "this computer". */
    static QString authorText(const Note& note);

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const Note& row) const override { return QString::fromStdString(row.id); }

private:
    PetService& m_service;
    QString m_petId;
};

} // namespace petinfo::client
