// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/KeyedRowsModel.h"
#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

namespace petinfo::client {

class PetService;

/** One pet's photos and documents. The bytes stay in the database; the model lists metadata and
 *  which photo is the pet's main one. */
class AttachmentModel final : public KeyedRowsModel<Attachment>
{
    Q_OBJECT

public:
    enum Column
    {
        FileName,
        Kind,
        Size,
        Added,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        Sha256Role,
        MimeTypeRole,
        KindRole,      ///< AttachmentKind as int
        MainPhotoRole, ///< bool
    };
    Q_ENUM(Column)

    explicit AttachmentModel(PetService& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPetId(const QString& petId);
    const QString& petId() const { return m_petId; }
    StorageResult<void> reload();
    const QString& mainPhotoId() const { return m_mainPhotoId; }

Q_SIGNALS:
    void loadFailed(const petinfo::client::StorageError& error);

protected:
    QString keyOf(const Attachment& row) const override { return QString::fromStdString(row.id); }

private:
    void refreshMainPhoto();

    PetService& m_service;
    QString m_petId;
    QString m_mainPhotoId;
};

} // namespace petinfo::client
