// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Projection.h"

#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/FoundAnimalCodec.h"
#include "petinfo/common/WireCodec.h"

#include <algorithm>

namespace petinfo::client {

namespace {

/** The trash time for a deleted row: when it was deleted, by the clock of the delete. */
qint64 deletedAt(const sync::SyncRow& row)
{
    if (!row.isDeleted()) {
        return 0;
    }
    const auto it = row.fields.find(sync::kDeletedField);
    return it != row.fields.end() && it->second.clock.wallMs > 0 ? it->second.clock.wallMs : 1;
}

QString textField(const sync::RowFields& fields, std::string_view name)
{
    const nlohmann::json* v = fields.find(name);
    return v && v->is_string() ? QString::fromStdString(v->get_ref<const std::string&>()) : QString();
}

qint64 intField(const sync::RowFields& fields, std::string_view name)
{
    const nlohmann::json* v = fields.find(name);
    return v && v->is_number_integer() ? v->get<qint64>() : 0;
}

/** Server-authored rows are read leniently: a field this version does not know, or one the
 *  server has not set yet, takes its default rather than holding the row back. */
template <typename E>
E enumField(const sync::RowFields& fields, std::string_view name, E fallback)
{
    const nlohmann::json* v = fields.find(name);
    return v && v->is_string() ? enumFromString<E>(v->get_ref<const std::string&>()).value_or(fallback) : fallback;
}

ReminderEntry reminderFromFields(const sync::SyncRow& row, const sync::RowFields& fields)
{
    ReminderEntry r;
    r.id = QString::fromStdString(row.id);
    r.petId = textField(fields, "petId");
    r.healthRecordId = textField(fields, "healthRecordId");
    r.kind = enumField(fields, "kind", ReminderKind::DueSoon);
    r.days = static_cast<int>(intField(fields, "days"));
    if (const nlohmann::json* due = fields.find("dueDate"); due && due->is_string()) {
        r.dueDate = Date::fromIso(due->get_ref<const std::string&>());
    }
    r.sendAtMs = intField(fields, "sendAt");
    r.state = enumField(fields, "state", ReminderState::Planned);
    r.reason = textField(fields, "reason");
    r.text = textField(fields, "text");
    r.personId = textField(fields, "personId");
    r.createdAtMs = intField(fields, "createdAt");
    r.updatedAtMs = intField(fields, "updatedAt");
    return r;
}

MessageEntry messageFromFields(const sync::SyncRow& row, const sync::RowFields& fields)
{
    MessageEntry m;
    m.id = QString::fromStdString(row.id);
    m.petId = textField(fields, "petId");
    m.reminderId = textField(fields, "reminderId");
    m.personId = textField(fields, "personId");
    m.purpose = enumField(fields, "purpose", MessagePurpose::Reminder);
    m.templateName = textField(fields, "template");
    m.language = textField(fields, "language");
    m.state = enumField(fields, "state", MessageState::Queued);
    m.error = textField(fields, "error");
    m.attempts = static_cast<int>(intField(fields, "attempts"));
    m.sentAtMs = intField(fields, "sentAt");
    m.deliveredAtMs = intField(fields, "deliveredAt");
    m.readAtMs = intField(fields, "readAt");
    m.failedAtMs = intField(fields, "failedAt");
    m.statusAtMs = intField(fields, "statusAt");
    m.createdAtMs = intField(fields, "createdAt");
    m.updatedAtMs = intField(fields, "updatedAt");
    return m;
}

} // namespace

Projection::Projection(Database& db)
    : m_pets(db)
    , m_contacts(db)
    , m_health(db)
    , m_journal(db)
    , m_attachments(db)
    , m_tags(db)
    , m_reminders(db)
    , m_adoption(db)
    , m_foundAnimals(db)
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

Projection::Decoded Projection::decode(const sync::SyncRow& row)
{
    Decoded out;
    if (!row.exists()) {
        return out;
    }
    out.deletedAtMs = deletedAt(row);
    const sync::RowFields fields(row);
    auto take = [&](auto value) {
        if (!value) {
            out.error = StorageError{StorageErrc::Invalid,
                                     std::string(enumName(row.type)) + " " + row.id + ": " + value.error().detail};
        } else {
            out.entity = std::move(*value);
        }
    };
    switch (row.type) {
    case sync::EntityType::Pet:
        take(petFromFields(fields));
        break;
    case sync::EntityType::Person:
        take(personFromFields(fields));
        break;
    case sync::EntityType::PetContact:
        take(petContactFromFields(fields));
        break;
    case sync::EntityType::HealthRecord:
        take(healthRecordFromFields(fields));
        break;
    case sync::EntityType::Weight:
        take(weightEntryFromFields(fields));
        break;
    case sync::EntityType::Note:
        take(noteFromFields(fields));
        break;
    case sync::EntityType::Attachment:
        take(attachmentFromFields(fields));
        break;
    case sync::EntityType::FoundAnimal:
        take(foundAnimalFromFields(fields));
        break;
    case sync::EntityType::Reminder:
        out.entity = reminderFromFields(row, fields);
        break;
    case sync::EntityType::Message:
        out.entity = messageFromFields(row, fields);
        break;
    case sync::EntityType::Intake:
        take(intakeFromFields(fields));
        break;
    case sync::EntityType::AdoptionProfile:
        take(adoptionProfileFromFields(fields));
        break;
    case sync::EntityType::StatusChange:
        take(statusChangeFromFields(fields));
        break;
    case sync::EntityType::AdoptionApplication:
        take(adoptionApplicationFromFields(fields));
        break;
    case sync::EntityType::FoundReport:
        // Server-authored rows have no domain table: they stay in sync_rows, where the app
        // reads them.
        break;
    case sync::EntityType::Tag: {
        // Read by type, as the other decoders read: a wrong type is this row's error (a null
        // pet is a blank tag).
        const nlohmann::json* pet = fields.find("petId");
        const nlohmann::json* created = fields.find("createdAt");
        if ((pet && !pet->is_null() && !pet->is_string()) ||
            (created && !created->is_null() && !created->is_number_integer())) {
            out.error = StorageError{StorageErrc::Invalid,
                                     "tag " + row.id + ": petId must be text and createdAt a whole number"};
            break;
        }
        const QString petId =
            pet && pet->is_string() ? QString::fromStdString(pet->get_ref<const std::string&>()) : QString();
        const qint64 createdAt = created && created->is_number_integer() ? created->get<qint64>() : 0;
        out.entity = TagRecord{QString::fromStdString(row.id), petId, createdAt, petId.isEmpty() ? 0 : createdAt};
        break;
    }
    }
    return out;
}

StorageResult<void> Projection::apply(const sync::SyncRow& row)
{
    Decoded decoded = decode(row);
    return write(decoded);
}

StorageResult<void> Projection::write(Decoded& decoded, bool isNew, std::int64_t syncRef, bool petHasNoPrimary)
{
    if (decoded.error) {
        return fail(*decoded.error);
    }
    const qint64 deleted = decoded.deletedAtMs;
    return std::visit(
        [&](auto& entity) -> StorageResult<void> {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return {};
            } else if constexpr (std::is_same_v<T, Pet>) {
                if (syncRef) {
                    return m_pets.insert(entity, syncRef);
                }
                if (isNew && !deleted && m_pets.insert(entity)) {
                    return {};
                }
                return m_pets.upsert(entity, deleted);
            } else if constexpr (std::is_same_v<T, Person>) {
                if (syncRef) {
                    return m_contacts.insertPerson(entity, syncRef);
                }
                if (auto r = m_contacts.upsertPerson(entity); !r) {
                    return r;
                }
                if (isNew && !deleted) {
                    return {}; // inserted just now, not in the trash
                }
                return m_contacts.setPersonDeleted(QString::fromStdString(entity.id), deleted);
            } else if constexpr (std::is_same_v<T, PetContact>) {
                if (syncRef) {
                    return m_contacts.insertLink(entity, syncRef, petHasNoPrimary);
                }
                if (deleted) {
                    return m_contacts.removeLink(QString::fromStdString(entity.petId),
                                                 QString::fromStdString(entity.personId));
                }
                return m_contacts.upsertLink(entity);
            } else if constexpr (std::is_same_v<T, HealthRecord>) {
                return m_health.upsertSynced(entity, deleted);
            } else if constexpr (std::is_same_v<T, WeightEntry>) {
                return m_journal.upsertWeight(entity, deleted);
            } else if constexpr (std::is_same_v<T, Note>) {
                return m_journal.upsertNote(entity, deleted);
            } else if constexpr (std::is_same_v<T, Attachment>) {
                return m_attachments.upsertSynced(entity, deleted);
            } else if constexpr (std::is_same_v<T, ReminderEntry>) {
                return m_reminders.upsertReminder(entity, deleted);
            } else if constexpr (std::is_same_v<T, MessageEntry>) {
                return m_reminders.upsertMessage(entity, deleted);
            } else if constexpr (std::is_same_v<T, Intake>) {
                return m_adoption.upsertIntake(entity, deleted);
            } else if constexpr (std::is_same_v<T, AdoptionProfile>) {
                return m_adoption.upsertProfile(entity, deleted);
            } else if constexpr (std::is_same_v<T, StatusChange>) {
                return m_adoption.upsertStatusChange(entity); // history: append-only, never in a trash
            } else if constexpr (std::is_same_v<T, AdoptionApplication>) {
                return m_adoption.upsertApplication(entity, deleted);
            } else if constexpr (std::is_same_v<T, FoundAnimal>) {
                return m_foundAnimals.upsert(entity, deleted);
            } else {
                static_assert(std::is_same_v<T, TagRecord>);
                return m_tags.upsert(entity);
            }
        },
        decoded.entity);
}

StorageResult<std::vector<Projection::Deferred>> Projection::applyAll(std::vector<Item> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return rank(a.row->type) < rank(b.row->type); });
    std::vector<Deferred> deferred;
    std::vector<Item> health;
    QSet<QString> newPets;      // created by this call: their series start empty, and no link is primary
    QSet<QString> givenPrimary; // pets that a link of this call may have made primary
    for (const Item& item : items) {
        if (item.row->type == sync::EntityType::HealthRecord) {
            health.push_back(item);
            continue;
        }
        if (!health.empty()) { // the rows after them (attachments) may refer to them
            if (auto r = applyHealth(health, newPets, deferred); !r) {
                return fail(r.error());
            }
            health.clear();
        }
        bool petHasNoPrimary = false;
        if (const auto* link = std::get_if<PetContact>(&item.decoded->entity)) {
            const QString pet = QString::fromStdString(link->petId);
            petHasNoPrimary = newPets.contains(pet) && !givenPrimary.contains(pet);
            if (link->primary) {
                givenPrimary.insert(pet);
            }
        }
        if (auto r = write(*item.decoded, item.isNew, item.syncRef, petHasNoPrimary); !r) {
            if (!waits(r.error())) {
                return fail(r.error());
            }
            deferred.push_back(Deferred{item.row, r.error()});
        } else if (item.isNew && item.row->type == sync::EntityType::Pet) {
            newPets.insert(QString::fromStdString(item.row->id));
        }
    }
    if (auto r = applyHealth(health, newPets, deferred); !r) {
        return fail(r.error());
    }
    return deferred;
}

StorageResult<void> Projection::applyHealth(const std::vector<Item>& items, const QSet<QString>& newPets,
                                            std::vector<Deferred>& deferred)
{
    std::vector<SyncedHealthRecord> records;
    records.reserve(items.size());
    for (const Item& item : items) {
        if (item.decoded->error) {
            deferred.push_back(Deferred{item.row, *item.decoded->error});
            continue;
        }
        auto* record = std::get_if<HealthRecord>(&item.decoded->entity);
        if (!record) {
            continue; // no fields
        }
        records.push_back(SyncedHealthRecord{std::move(*record), item.decoded->deletedAtMs, !item.isNew, item.syncRef});
    }
    if (records.empty()) {
        return {};
    }
    return m_health.upsertSyncedMany(
        std::move(records), newPets, [&](const SyncedHealthRecord& r, const StorageError& e) {
            if (!waits(e)) {
                return false;
            }
            // Rare (a record whose pet has not arrived): the row is looked up only then.
            const auto it =
                std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.row->id == r.record.id; });
            if (it == items.end()) {
                return false;
            }
            deferred.push_back(Deferred{it->row, e});
            return true;
        });
}

} // namespace petinfo::client
