// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ChangeTracker.h"

#include "petinfo/common/FoundAnimalCodec.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/WireCodec.h"
#include "petinfo/common/sync/Merge.h"
#include "storage/AdoptionRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/FoundAnimalRepository.h"
#include "storage/HealthRepository.h"
#include "storage/JournalRepository.h"
#include "storage/PetRepository.h"

namespace petinfo::client {

namespace {

const QString kEnabledKey = QStringLiteral("sync.enabled");
const QString kClientKey = QStringLiteral("client.id");
const QString kHlcKey = QStringLiteral("hlc.last");

} // namespace

ChangeTracker::ChangeTracker(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_store(db)
{}

bool ChangeTracker::enabled()
{
    if (!m_enabled) {
        auto value = m_store.state(kEnabledKey);
        m_enabled = value && *value == QStringLiteral("1");
    }
    return *m_enabled;
}

StorageResult<QString> ChangeTracker::clientId()
{
    return m_store.state(kClientKey);
}

StorageResult<sync::HlcClock> ChangeTracker::loadClock()
{
    auto node = clientId();
    if (!node) {
        return fail(node.error());
    }
    if (node->isEmpty()) {
        return fail(StorageErrc::Sql, "sync is not enabled");
    }
    sync::HlcClock clock(m_clock, node->toStdString());
    auto last = m_store.state(kHlcKey);
    if (!last) {
        return fail(last.error());
    }
    if (auto parsed = sync::Hlc::parse(last->toStdString())) {
        clock.restore(*parsed);
    }
    return clock;
}

StorageResult<sync::Hlc> ChangeTracker::tick()
{
    auto clock = loadClock();
    if (!clock) {
        return fail(clock.error());
    }
    const sync::Hlc stamp = clock->now();
    if (auto r = m_store.setState(kHlcKey, QString::fromStdString(stamp.encode())); !r) {
        return fail(r.error());
    }
    return stamp;
}

StorageResult<void> ChangeTracker::receive(const sync::Hlc& remote)
{
    auto clock = loadClock();
    if (!clock) {
        return fail(clock.error());
    }
    if (remote.isNull() || !clock->receive(remote)) {
        return {}; // a server clock far in the future is ignored rather than followed
    }
    return m_store.setState(kHlcKey, QString::fromStdString(clock->last().encode()));
}

StorageResult<void> ChangeTracker::recordChange(sync::SyncRow change)
{
    if (!change.exists()) {
        return {};
    }
    auto stored = m_store.row(change.type, QString::fromStdString(change.id));
    if (!stored) {
        return fail(stored.error());
    }
    sync::MergeResult merged = sync::merge(*stored, change);
    if (auto r = m_store.putRow(merged.row); !r) {
        return r;
    }
    auto id = m_store.appendOutbox(change, m_clock.nowMs());
    if (!id) {
        return fail(id.error());
    }
    return {};
}

StorageResult<void> ChangeTracker::recordEntity(sync::EntityType type, const nlohmann::json& entity)
{
    if (!enabled()) {
        return {};
    }
    const std::string id = sync::rowIdOf(type, entity);
    auto stored = m_store.row(type, QString::fromStdString(id));
    if (!stored) {
        return fail(stored.error());
    }
    auto stamp = tick();
    if (!stamp) {
        return fail(stamp.error());
    }
    sync::SyncRow change = sync::diffChange(type, id, sync::entityJson(*stored), entity, *stamp);
    if (type == sync::EntityType::HealthRecord || type == sync::EntityType::Attachment) {
        // Append-only: once created, only `deleted` may change.
        if (stored->exists()) {
            return {};
        }
    }
    // A link has no trash: one recorded is there, also when an earlier removal of it (a person
    // taken off a pet, then chosen for it again) left its synced row deleted.
    const bool revived = type == sync::EntityType::PetContact && stored->isDeleted();
    if (!stored->exists() || revived) {
        change.fields.emplace(std::string(sync::kDeletedField), sync::FieldValue{false, *stamp});
    }
    return recordChange(std::move(change));
}

StorageResult<void> ChangeTracker::recordDeleted(sync::EntityType type, const QString& id, bool deleted)
{
    if (!enabled()) {
        return {};
    }
    auto stamp = tick();
    if (!stamp) {
        return fail(stamp.error());
    }
    return recordChange(sync::makeDelete(type, id.toStdString(), *stamp, deleted));
}

StorageResult<void> ChangeTracker::seed(sync::EntityType type)
{
    auto ids = m_store.unsyncedIds(type);
    if (!ids) {
        return fail(ids.error());
    }
    PetRepository pets(m_db);
    ContactRepository contacts(m_db);
    HealthRepository health(m_db);
    JournalRepository journal(m_db);
    AttachmentRepository attachments(m_db);
    AdoptionRepository adoption(m_db);
    FoundAnimalRepository foundAnimals(m_db);
    for (const QString& id : *ids) {
        StorageResult<nlohmann::json> entity = nlohmann::json();
        switch (type) {
        case sync::EntityType::Pet:
            if (auto v = pets.get(id)) {
                entity = toJson(*v);
            }
            break;
        case sync::EntityType::Person:
            if (auto v = contacts.person(id)) {
                entity = toJson(*v);
            }
            break;
        case sync::EntityType::PetContact:
            if (auto v = contacts.link(id.section(QLatin1Char('/'), 0, 0), id.section(QLatin1Char('/'), 1))) {
                entity = toJson(*v);
            }
            break;
        case sync::EntityType::HealthRecord:
            if (auto v = health.get(id)) {
                entity = toJson(*v);
            }
            break;
        case sync::EntityType::Weight:
            if (auto v = journal.weight(id)) {
                entity = toJson(*v);
            }
            break;
        case sync::EntityType::Note:
            if (auto v = journal.note(id)) {
                entity = toJson(*v);
            }
            break;
        case sync::EntityType::Attachment:
            if (auto v = attachments.get(id)) {
                entity = toJson(*v);
            }
            break;
        case sync::EntityType::FoundAnimal:
            if (auto v = foundAnimals.get(id); v && *v) {
                entity = toJson(**v);
            }
            break;
        case sync::EntityType::Intake:
        case sync::EntityType::AdoptionProfile:
        case sync::EntityType::StatusChange:
        case sync::EntityType::AdoptionApplication:
            entity = adoption.body(type, id);
            if (!entity) {
                return fail(entity.error());
            }
            break;
        case sync::EntityType::Tag:
        case sync::EntityType::Reminder:
        case sync::EntityType::Message:
        case sync::EntityType::FoundReport:
            break;
        }
        if (entity->is_null()) {
            continue;
        }
        if (auto r = recordEntity(type, *entity); !r) {
            return r;
        }
        auto trashed = m_store.domainDeletedAt(type, id);
        if (trashed && *trashed > 0) {
            if (auto r = recordDeleted(type, id, true); !r) {
                return r;
            }
        }
    }
    return {};
}

StorageResult<qint64> ChangeTracker::enable()
{
    auto before = m_store.outboxCount();
    if (!before) {
        return fail(before.error());
    }
    auto done = m_db.transaction([&]() -> StorageResult<void> {
        auto id = clientId();
        if (!id) {
            return fail(id.error());
        }
        if (id->isEmpty()) {
            if (auto r = m_store.setState(kClientKey, QString::fromStdString(newUuid())); !r) {
                return r;
            }
        }
        if (auto r = m_store.setState(kEnabledKey, QStringLiteral("1")); !r) {
            return r;
        }
        m_enabled = true;
        for (auto type :
             {sync::EntityType::Pet, sync::EntityType::Person, sync::EntityType::PetContact,
              sync::EntityType::HealthRecord, sync::EntityType::Weight, sync::EntityType::Note,
              sync::EntityType::Attachment, sync::EntityType::Intake, sync::EntityType::AdoptionProfile,
              sync::EntityType::StatusChange, sync::EntityType::AdoptionApplication, sync::EntityType::FoundAnimal}) {
            if (auto r = seed(type); !r) {
                return r;
            }
        }
        return {};
    });
    if (!done) {
        m_enabled.reset();
        return fail(done.error());
    }
    auto after = m_store.outboxCount();
    if (!after) {
        return fail(after.error());
    }
    return *after - *before;
}

} // namespace petinfo::client
