// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictLog.h"

#include "models/DomainText.h"
#include "services/PetService.h"
#include "services/ValidationText.h"
#include "sync/ChangeTracker.h"
#include "sync/Projection.h"

#include <QCoreApplication>

namespace petinfo::client {

StorageResult<void> restoreLosingValue(PetService& service, qint64 conflictId)
{
    Database& db = service.database();
    SyncStore store(db);
    auto conflict = store.conflict(conflictId);
    if (!conflict) {
        return fail(conflict.error());
    }
    auto done = db.transaction([&]() -> StorageResult<void> {
        ChangeTracker& tracker = service.tracker();
        auto current = store.row(conflict->type, conflict->rowId);
        if (!current) {
            return fail(current.error());
        }
        const std::string field = conflict->field.toStdString();
        const auto held = current->fields.find(field);
        // Putting a value back is a deliberate edit: it must be newer than the value it replaces,
        // even when that value came from a device whose clock runs ahead of ours.
        if (held != current->fields.end()) {
            if (auto r = tracker.receive(held->second.clock); !r) {
                return r;
            }
        }
        auto stamp = tracker.tick();
        if (!stamp) {
            return fail(stamp.error());
        }
        if (held != current->fields.end() && *stamp <= held->second.clock) {
            const sync::Hlc& newest = held->second.clock;
            const bool carry = newest.counter >= sync::Hlc::kMaxCounter;
            stamp = sync::Hlc{carry ? newest.wallMs + 1 : newest.wallMs, carry ? 0 : newest.counter + 1, stamp->node};
        }
        sync::SyncRow change;
        change.type = conflict->type;
        change.id = conflict->rowId.toStdString();
        change.fields.emplace(field, sync::FieldValue{conflict->losingValue, *stamp});
        if (auto r = tracker.recordChange(std::move(change)); !r) {
            return r;
        }
        auto row = store.row(conflict->type, conflict->rowId);
        if (!row) {
            return fail(row.error());
        }
        if (auto r = Projection(db).apply(*row); !r) {
            return r;
        }
        return store.markConflictRestored(conflictId, service.clock().nowMs());
    });
    if (!done) {
        return done;
    }
    Q_EMIT service.reset();
    return {};
}

QString conflictValueText(const nlohmann::json& value)
{
    if (value.is_null()) {
        return QCoreApplication::translate("ConflictModel", "(empty)");
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? QCoreApplication::translate("ConflictModel", "yes")
                                 : QCoreApplication::translate("ConflictModel", "no");
    }
    if (value.is_string()) {
        const QString text = QString::fromStdString(value.get<std::string>());
        return text.isEmpty() ? QCoreApplication::translate("ConflictModel", "(empty)") : text;
    }
    return QString::fromStdString(value.dump());
}

ConflictModel::ConflictModel(PetService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &PetService::reset, this, [this] {
        if (auto r = reload(); !r) {
            Q_EMIT loadFailed(r.error());
        }
    });
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ConflictRecord* ConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].conflict : nullptr;
}

int ConflictModel::openCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.conflict.restoredAtMs == 0; }));
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const ConflictRecord& c = row.conflict;
    switch (role) {
    case IdRole:
        return c.id;
    case RestoredRole:
        return c.restoredAtMs != 0;
    case Qt::ToolTipRole:
        if (c.restoredAtMs != 0) {
            return tr("The lost value was put back on %1.").arg(dateTimeText(c.restoredAtMs));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return dateTimeText(c.createdAtMs);
        case Record:
            return row.record;
        case Field:
            return fieldLabel(c.field.toStdString());
        case Kept:
            return conflictValueText(c.winningValue);
        case KeptFrom:
            return deviceText(c.winningClock);
        case Lost:
            return c.restoredAtMs != 0 ? tr("%1 (put back)").arg(conflictValueText(c.losingValue))
                                       : conflictValueText(c.losingValue);
        case LostFrom:
            return deviceText(c.losingClock);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Kept:
        return tr("Kept value");
    case KeptFrom:
        return tr("Kept from");
    case Lost:
        return tr("Overwritten value");
    case LostFrom:
        return tr("Overwritten from");
    default:
        return {};
    }
}

StorageResult<void> ConflictModel::reload()
{
    SyncStore store(m_service.database());
    auto list = store.conflicts(1000, true);
    if (!list) {
        return fail(list.error());
    }
    auto device = m_service.tracker().clientId();
    std::vector<Row> rows;
    rows.reserve(list->size());
    m_thisDevice = device ? *device : QString();
    for (ConflictRecord& c : *list) {
        Row row{std::move(c), {}};
        row.record = describeRecord(store, row.conflict);
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

QString ConflictModel::describeRecord(SyncStore& store, const ConflictRecord& c) const
{
    auto nameOfPet = [&store](const std::string& petId) -> QString {
        auto pet = store.row(sync::EntityType::Pet, QString::fromStdString(petId));
        if (!pet) {
            return {};
        }
        const nlohmann::json* name = pet->value("name");
        return name && name->is_string() ? QString::fromStdString(name->get<std::string>()) : QString();
    };
    auto row = store.row(c.type, c.rowId);
    const nlohmann::json values = row ? row->values() : nlohmann::json::object();
    auto text = [&values](const char* field) -> QString {
        const auto it = values.find(field);
        return it != values.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    const QString petName = c.type == sync::EntityType::Pet ? text("name") : nameOfPet(text("petId").toStdString());
    switch (c.type) {
    case sync::EntityType::Pet:
        return tr("Pet %1").arg(petName);
    case sync::EntityType::Person:
        return tr("Contact %1").arg(text("name"));
    case sync::EntityType::PetContact:
        return tr("Contact of %1").arg(petName);
    case sync::EntityType::HealthRecord:
        return tr("Health record of %1").arg(petName);
    case sync::EntityType::Weight:
        return tr("Weight of %1").arg(petName);
    case sync::EntityType::Note:
        return tr("Note on %1").arg(petName);
    case sync::EntityType::Attachment:
        return tr("File of %1").arg(petName);
    case sync::EntityType::Tag:
        return tr("Tag %1").arg(c.rowId);
    case sync::EntityType::Reminder:
        return tr("Reminder for %1").arg(petName);
    case sync::EntityType::Message:
        return tr("Message about %1").arg(petName);
    case sync::EntityType::FoundReport:
        return tr("Found report about %1").arg(petName);
    case sync::EntityType::Intake:
        return tr("Intake of %1").arg(petName);
    case sync::EntityType::AdoptionProfile:
        return tr("Adoption profile of %1").arg(petName);
    case sync::EntityType::StatusChange:
        return tr("Status change %1").arg(c.rowId);
    case sync::EntityType::AdoptionApplication:
        return tr("Adoption application from %1").arg(text("applicantName"));
    case sync::EntityType::FoundAnimal:
        return tr("Found animal (%1)").arg(text("place"));
    }
    return c.rowId;
}

QString ConflictModel::deviceText(const sync::Hlc& clock) const
{
    const QString node = QString::fromStdString(clock.node.str());
    if (!m_thisDevice.isEmpty() && node == m_thisDevice) {
        return tr("This computer");
    }
    if (node == QStringLiteral("server")) {
        return tr("The server");
    }
    return tr("Device %1").arg(node.left(8));
}

} // namespace petinfo::client
