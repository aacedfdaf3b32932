// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NoteModel.h"

#include "models/DomainText.h"
#include "services/PetService.h"

namespace petinfo::client {

NoteModel::NoteModel(PetService& service, QObject* parent)
    : KeyedRowsModel<Note>(parent)
    , m_service(service)
{
    auto reloadFor = [this](const QString& petId) {
        if (petId == m_petId) {
            if (auto r = reload(); !r) {
                Q_EMIT loadFailed(r.error());
            }
        }
    };
    connect(&m_service, &PetService::notesChanged, this, reloadFor);
    connect(&m_service, &PetService::reset, this, [this, reloadFor] { reloadFor(m_petId); });
}

int NoteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteModel::data(const QModelIndex& index, int role) const
{
    const Note* n = itemFromIndex(index);
    if (!n) {
        return {};
    }
    const QString text = QString::fromStdString(n->text);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Written:
            return dateTimeText(n->updatedAtMs ? n->updatedAtMs : n->createdAtMs);
        case Author:
            return authorText(*n);
        case Text:
            return text.section(QLatin1Char('\n'), 0, 0);
        case OnReports:
        case ColumnCount:
            break;
        }
        return {};
    case Qt::CheckStateRole:
        // Shown, not edited here: the note editor's checkbox changes it.
        return index.column() == OnReports ? QVariant(n->showOnReports ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Author && !n->author.empty()) {
            return QString::fromStdString(n->author); // with the e-mail
        }
        if (index.column() == OnReports) {
            return n->showOnReports ? tr("Printed on the health report") : tr("Only for staff: not on reports");
        }
        return index.column() == Text && text.contains(QLatin1Char('\n')) ? text : QVariant();
    case IdRole:
        return QString::fromStdString(n->id);
    case FullTextRole:
        return text;
    case ShowOnReportsRole:
        return n->showOnReports;
    case AuthorRole:
        return QString::fromStdString(n->author);
    default:
        return {};
    }
}

QString NoteModel::authorText(const Note& note)
{
    // Notes written while no one was signed in name nobody in particular.
    return note.author.empty() ? tr("this computer") : QString::fromStdString(noteAuthorName(note.author));
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Written:
        return tr("Written");
    case Author:
        return tr("By");
    case OnReports:
        return tr("On report");
    case Text:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

void NoteModel::setPetId(const QString& petId)
{
    if (petId == m_petId) {
        return;
    }
    m_petId = petId;
    auto rows = m_petId.isEmpty() ? StorageResult<std::vector<Note>>(std::vector<Note>()) : m_service.notes(m_petId);
    resetRows(rows ? std::move(*rows) : std::vector<Note>());
    if (!rows) {
        Q_EMIT loadFailed(rows.error());
    }
}

StorageResult<void> NoteModel::reload()
{
    if (m_petId.isEmpty()) {
        replaceRows({});
        return {};
    }
    auto rows = m_service.notes(m_petId);
    if (!rows) {
        return fail(rows.error());
    }
    replaceRows(std::move(*rows));
    return {};
}

int NoteModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (QString::fromStdString(m_rows[i].id) == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace petinfo::client
