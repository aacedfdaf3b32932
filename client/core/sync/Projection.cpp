// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Projection.h"

#include "petinfo/common/WireCodec.h"

#include <QHash>

#include <algorithm>

namespace petinfo::client {

namespace {

template <typename T>
StorageResult<T> decoded(Result<T, DecodeError> value, const sync::SyncRow& row)
{
    if (!value) {
        return fail(StorageErrc::Invalid, std::string(enumName(row.type)) + " " + row.id + ": " + value.error().detail);
    }
    return std::move(*value);
}

/** The trash time for a deleted row: when it was deleted, by the clock of the delete. */
qint64 deletedAt(const sync::SyncRow& row)
{
    if (!row.isDeleted()) {
        return 0;
    }
    const auto it = row.fields.find(sync::kDeletedField);
    return it != row.fields.end() && it->second.clock.wallMs > 0 ? it->second.clock.wallMs : 1;
}

} // namespace

Projection::Projection(Database& db)
    : m_pets(db)
    , m_contacts(db)
    , m_health(db)
    , m_journal(db)
    , m_attachments(db)
    , m_tags(db)
{}

int Projection::rank(sync::EntityType type)
{
    switch (type) {
    case sync::EntityType::Pet:
    case sync::EntityType::Person:
    case sync::EntityType::Tag:
        return 0;
    case sync::EntityType::HealthRecord:
        return 2;
    case sync::EntityType::Attachment:
        return 3;
    default:
        return 1;
    }
}

StorageResult<void> Projection::apply(const sync::SyncRow& row)
{
    if (!row.exists()) {
        return {};
    }
    const nlohmann::json entity = sync::entityJson(row);
    const qint64 deleted = deletedAt(row);
    switch (row.type) {
    case sync::EntityType::Pet: {
        auto pet = decoded(petFromJson(entity), row);
        return pet ? m_pets.upsert(*pet, deleted) : StorageResult<void>(fail(pet.error()));
    }
    case sync::EntityType::Person: {
        auto person = decoded(personFromJson(entity), row);
        if (!person) {
            return fail(person.error());
        }
        if (auto r = m_contacts.upsertPerson(*person); !r) {
            return r;
        }
        return m_contacts.setPersonDeleted(QString::fromStdString(person->id), deleted);
    }
    case sync::EntityType::PetContact: {
        auto link = decoded(petContactFromJson(entity), row);
        if (!link) {
            return fail(link.error());
        }
        if (deleted) {
            return m_contacts.removeLink(QString::fromStdString(link->petId), QString::fromStdString(link->personId));
        }
        return m_contacts.upsertLink(*link);
    }
    case sync::EntityType::HealthRecord: {
        auto record = decoded(healthRecordFromJson(entity), row);
        return record ? m_health.upsertSynced(*record, deleted) : StorageResult<void>(fail(record.error()));
    }
    case sync::EntityType::Weight: {
        auto weight = decoded(weightEntryFromJson(entity), row);
        return weight ? m_journal.upsertWeight(*weight, deleted) : StorageResult<void>(fail(weight.error()));
    }
    case sync::EntityType::Note: {
        auto note = decoded(noteFromJson(entity), row);
        return note ? m_journal.upsertNote(*note, deleted) : StorageResult<void>(fail(note.error()));
    }
    case sync::EntityType::Attachment: {
        auto attachment = decoded(attachmentFromJson(entity), row);
        return attachment ? m_attachments.upsertSynced(*attachment, deleted)
                          : StorageResult<void>(fail(attachment.error()));
    }
    case sync::EntityType::Tag: {
        const QString petId = QString::fromStdString(entity.value("petId", std::string()));
        const qint64 created = entity.value("createdAt", std::int64_t{0});
        return m_tags.upsert(TagRecord{QString::fromStdString(row.id), petId, created, petId.isEmpty() ? 0 : created});
    }
    }
    return {};
}

StorageResult<std::vector<Projection::Deferred>> Projection::applyAll(std::vector<const sync::SyncRow*> rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const sync::SyncRow* a, const sync::SyncRow* b) { return rank(a->type) < rank(b->type); });
    std::vector<Deferred> deferred;
    std::vector<const sync::SyncRow*> health;
    for (const sync::SyncRow* row : rows) {
        if (row->type == sync::EntityType::HealthRecord) {
            health.push_back(row);
            continue;
        }
        if (!health.empty()) { // the rows after them (attachments) may refer to them
            if (auto r = applyHealth(health, deferred); !r) {
                return fail(r.error());
            }
            health.clear();
        }
        if (auto r = apply(*row); !r) {
            if (!waits(r.error())) {
                return fail(r.error());
            }
            deferred.push_back(Deferred{row, r.error()});
        }
    }
    if (auto r = applyHealth(health, deferred); !r) {
        return fail(r.error());
    }
    return deferred;
}

StorageResult<void> Projection::applyHealth(const std::vector<const sync::SyncRow*>& rows,
                                            std::vector<Deferred>& deferred)
{
    std::vector<SyncedHealthRecord> records;
    QHash<QString, const sync::SyncRow*> byId;
    for (const sync::SyncRow* row : rows) {
        if (!row->exists()) {
            continue;
        }
        auto record = decoded(healthRecordFromJson(sync::entityJson(*row)), *row);
        if (!record) {
            deferred.push_back(Deferred{row, record.error()});
            continue;
        }
        byId.insert(QString::fromStdString(record->id), row);
        records.push_back(SyncedHealthRecord{std::move(*record), deletedAt(*row)});
    }
    if (records.empty()) {
        return {};
    }
    return m_health.upsertSyncedMany(records, [&](const SyncedHealthRecord& r, const StorageError& e) {
        if (!waits(e)) {
            return false;
        }
        deferred.push_back(Deferred{byId.value(QString::fromStdString(r.record.id)), e});
        return true;
    });
}

} // namespace petinfo::client
