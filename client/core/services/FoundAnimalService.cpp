// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/FoundAnimalService.h"

#include "petinfo/common/FoundAnimalCodec.h"
#include "petinfo/common/Random.h"
#include "services/PetService.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "sync/ChangeTracker.h"
#include "sync/SyncStore.h"

#include <QCryptographicHash>

namespace petinfo::client {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/** When the pet was marked lost: the clock of its synced status field (another edit later does
 *  not move it). Unknown without sync, and matching then does not weigh dates. */
std::optional<Date> lostSince(SyncStore& store, const QString& petId)
{
    auto row = store.find(sync::EntityType::Pet, petId);
    if (!row || !*row) {
        return std::nullopt;
    }
    const auto it = (*row)->fields.find("status");
    if (it == (*row)->fields.end() || it->second.clock.wallMs <= 0) {
        return std::nullopt;
    }
    return Date::fromDays(it->second.clock.wallMs / (24 * 3600 * 1000LL)); // UTC day
}

} // namespace

FoundAnimalService::FoundAnimalService(PetService& pets, QObject* parent)
    : QObject(parent)
    , m_pets(pets)
    , m_repository(pets.database())
{
    // A pull may bring found animals recorded on another desktop.
    connect(&m_pets, &PetService::reset, this, [this] { Q_EMIT changed(QString()); });
}

Date FoundAnimalService::today() const
{
    return m_pets.clock().today();
}

StorageResult<std::vector<FoundAnimal>> FoundAnimalService::list(bool includeFinished)
{
    return m_repository.list(includeFinished);
}

StorageResult<std::optional<FoundAnimal>> FoundAnimalService::get(const QString& id)
{
    return m_repository.get(id);
}

StorageResult<FoundAnimal> FoundAnimalService::save(FoundAnimal animal, const std::optional<QByteArray>& photo)
{
    const qint64 now = m_pets.clock().nowMs();
    if (animal.id.empty()) {
        animal.id = newUuid();
    }
    auto existing = m_repository.get(qs(animal.id));
    if (!existing) {
        return fail(existing.error());
    }
    animal.createdAtMs = *existing ? (*existing)->createdAtMs : now;
    animal.updatedAtMs = now;
    normalize(animal);
    if (photo && !photo->isEmpty()) {
        animal.photoSha256 = QCryptographicHash::hash(*photo, QCryptographicHash::Sha256).toHex().toStdString();
    }
    const ValidationReport report = validate(animal, m_pets.clock().today());
    if (report.hasErrors()) {
        return fail(StorageError{StorageErrc::Invalid, errorSummary(report)});
    }
    auto r = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (photo && !photo->isEmpty()) {
            AttachmentRepository blobs(m_pets.database());
            if (auto stored = blobs.putData(qs(animal.photoSha256), *photo); !stored) {
                return stored;
            }
        }
        if (auto stored = store(animal); !stored) {
            return fail(stored.error());
        }
        return {};
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT changed(qs(animal.id));
    return animal;
}

StorageResult<FoundAnimal> FoundAnimalService::store(FoundAnimal animal)
{
    if (auto r = m_repository.upsert(animal); !r) {
        return fail(r.error());
    }
    if (auto r = m_pets.tracker().recordEntity(sync::EntityType::FoundAnimal, toJson(animal)); !r) {
        return fail(r.error());
    }
    return animal;
}

StorageResult<void> FoundAnimalService::remove(const QString& id)
{
    auto r = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto done = m_repository.setDeleted(id, m_pets.clock().nowMs()); !done) {
            return done;
        }
        return m_pets.tracker().recordDeleted(sync::EntityType::FoundAnimal, id, true);
    });
    if (r) {
        Q_EMIT changed(id);
    }
    return r;
}

StorageResult<void> FoundAnimalService::restore(const QString& id)
{
    auto r = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto done = m_repository.setDeleted(id, 0); !done) {
            return done;
        }
        return m_pets.tracker().recordDeleted(sync::EntityType::FoundAnimal, id, false);
    });
    if (r) {
        Q_EMIT changed(id);
    }
    return r;
}

StorageResult<QByteArray> FoundAnimalService::photo(const FoundAnimal& animal)
{
    if (animal.photoSha256.empty()) {
        return QByteArray();
    }
    AttachmentRepository blobs(m_pets.database());
    auto has = blobs.hasData(qs(animal.photoSha256));
    if (!has) {
        return fail(has.error());
    }
    if (!*has) {
        return QByteArray();
    }
    return blobs.data(qs(animal.photoSha256));
}

StorageResult<std::vector<FoundAnimalMatch>> FoundAnimalService::matches(const FoundAnimal& animal)
{
    auto ids = m_repository.lostPetIds();
    if (!ids) {
        return fail(ids.error());
    }
    ContactRepository contacts(m_pets.database());
    SyncStore store(m_pets.database());
    std::vector<LostPetFacts> lost;
    std::map<std::string, std::pair<QString, QString>, std::less<>> names; // id -> pet, owner
    for (const QString& id : *ids) {
        auto record = m_pets.loadPet(id);
        if (!record) {
            return fail(record.error());
        }
        const Pet& pet = record->pet;
        LostPetFacts facts;
        facts.petId = pet.id;
        facts.species = pet.species;
        facts.sex = pet.sex;
        facts.breed = pet.breed;
        facts.colour = pet.colour;
        facts.birthDate = pet.birthDate;
        for (const std::string& chip : {pet.microchip, pet.microchip2}) {
            if (!chip.empty()) {
                facts.microchips.push_back(chip);
            }
        }
        facts.tagId = pet.tagId;
        facts.area = pet.notes;
        QString owner;
        for (const ContactEntry& c : record->contacts) {
            facts.area += ' ' + c.person.address;
            if (c.primary || owner.isEmpty()) {
                owner = qs(c.person.name);
            }
        }
        facts.lostSince = lostSince(store, id);
        names.emplace(pet.id, std::make_pair(qs(pet.name), owner));
        lost.push_back(std::move(facts));
    }
    std::vector<FoundAnimalMatch> out;
    for (MatchCandidate& c : rankLostPets(factsOf(animal), lost)) {
        const auto& [petName, ownerName] = names.at(c.petId);
        out.push_back(FoundAnimalMatch{qs(c.petId), petName, ownerName, std::move(c)});
    }
    return out;
}

StorageResult<FoundAnimal> FoundAnimalService::reunite(const QString& foundId, const QString& petId)
{
    auto found = m_repository.get(foundId);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(StorageError{StorageErrc::NotFound, "no such found animal"});
    }
    auto record = m_pets.loadPet(petId);
    if (!record) {
        return fail(record.error());
    }
    FoundAnimal animal = **found;
    const qint64 now = m_pets.clock().nowMs();
    animal.state = FoundAnimalState::Reunited;
    animal.reunitedPetId = petId.toStdString();
    animal.closedAtMs = now;
    animal.updatedAtMs = now;
    auto r = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto stored = store(animal); !stored) {
            return fail(stored.error());
        }
        if (record->pet.status == PetStatus::Lost) {
            record->pet.status = PetStatus::Owned;
            if (auto updated = m_pets.updatePet(*record); !updated) {
                return fail(updated.error());
            }
        }
        return {};
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT changed(foundId);
    return animal;
}

StorageResult<FoundAnimal> FoundAnimalService::close(const QString& foundId)
{
    auto found = m_repository.get(foundId);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(StorageError{StorageErrc::NotFound, "no such found animal"});
    }
    FoundAnimal animal = **found;
    animal.state = FoundAnimalState::Closed;
    animal.closedAtMs = animal.updatedAtMs = m_pets.clock().nowMs();
    auto r = m_pets.database().transaction([&]() -> StorageResult<void> {
        if (auto stored = store(animal); !stored) {
            return fail(stored.error());
        }
        return {};
    });
    if (!r) {
        return fail(r.error());
    }
    Q_EMIT changed(foundId);
    return animal;
}

} // namespace petinfo::client
