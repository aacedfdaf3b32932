// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AttachmentModel.h"

#include "models/DomainText.h"
#include "services/PetService.h"

namespace petinfo::client {

AttachmentModel::AttachmentModel(PetService& service, QObject* parent)
    : KeyedRowsModel<Attachment>(parent)
    , m_service(service)
{
    auto reloadFor = [this](const QString& petId) {
        if (petId == m_petId) {
            if (auto r = reload(); !r) {
                Q_EMIT loadFailed(r.error());
            }
        }
    };
    connect(&m_service, &PetService::attachmentsChanged, this, reloadFor);
    connect(&m_service, &PetService::reset, this, [this, reloadFor] { reloadFor(m_petId); });
    // Choosing the main photo changes the pet, not its attachments.
    connect(&m_service, &PetService::petChanged, this, [this](const PetSummary& summary) {
        if (summary.id == m_petId) {
            refreshMainPhoto();
        }
    });
}

int AttachmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentModel::data(const QModelIndex& index, int role) const
{
    const Attachment* a = itemFromIndex(index);
    if (!a) {
        return {};
    }
    const bool main = !m_mainPhotoId.isEmpty() && QString::fromStdString(a->id) == m_mainPhotoId;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case FileName:
            return QString::fromStdString(a->fileName);
        case Kind:
            return main ? tr("%1 (main)").arg(attachmentKindLabel(a->kind)) : attachmentKindLabel(a->kind);
        case Size:
            return sizeText(a->size);
        case Added:
            return dateTimeText(a->createdAtMs);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return QString::fromStdString(a->id);
    case Sha256Role:
        return QString::fromStdString(a->sha256);
    case MimeTypeRole:
        return QString::fromStdString(a->mimeType);
    case KindRole:
        return static_cast<int>(a->kind);
    case MainPhotoRole:
        return main;
    default:
        return {};
    }
}

QVariant AttachmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case FileName:
        return tr("File");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Added:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

void AttachmentModel::setPetId(const QString& petId)
{
    if (petId == m_petId) {
        return;
    }
    m_petId = petId;
    auto rows = m_petId.isEmpty() ? StorageResult<std::vector<Attachment>>(std::vector<Attachment>())
                                  : m_service.attachments(m_petId);
    m_mainPhotoId.clear();
    if (!m_petId.isEmpty()) {
        if (auto record = m_service.loadPet(m_petId)) {
            m_mainPhotoId = QString::fromStdString(record->pet.photoId);
        }
    }
    resetRows(rows ? std::move(*rows) : std::vector<Attachment>());
    if (!rows) {
        Q_EMIT loadFailed(rows.error());
    }
}

StorageResult<void> AttachmentModel::reload()
{
    if (m_petId.isEmpty()) {
        replaceRows({});
        return {};
    }
    auto rows = m_service.attachments(m_petId);
    if (!rows) {
        return fail(rows.error());
    }
    replaceRows(std::move(*rows));
    refreshMainPhoto();
    return {};
}

void AttachmentModel::refreshMainPhoto()
{
    auto record = m_service.loadPet(m_petId);
    const QString mainId = record ? QString::fromStdString(record->pet.photoId) : QString();
    if (mainId == m_mainPhotoId) {
        return;
    }
    m_mainPhotoId = mainId;
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace petinfo::client
