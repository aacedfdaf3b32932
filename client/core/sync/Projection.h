// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Row.h"
#include "storage/AdoptionRepository.h"
#include "storage/ContactRepository.h"
#include "storage/FoundAnimalRepository.h"
#include "storage/HealthRepository.h"
#include "storage/JournalRepository.h"
#include "storage/PetRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/TagRepository.h"

#include <variant>

namespace petinfo::client {

class Database;

/** Writes merged sync rows into the domain tables the app reads (the domain tables are a
 *  projection of sync_rows). A row whose parent has not arrived yet fails with Constraint; the
 *  caller keeps it pending and tries again after the pull. */
class Projection final
{
public:
    explicit Projection(Database& db);

    /** A row decoded into the domain object it projects to. Decoding needs no database, so a
     *  pull does it on the thread that fetches pages. */
    struct Decoded
    {
        std::variant<std::monostate, Pet, Person, PetContact, HealthRecord, WeightEntry, Note, Attachment, TagRecord,
                     ReminderEntry, MessageEntry, Intake, AdoptionProfile, StatusChange, AdoptionApplication,
                     FoundAnimal>
            entity; ///< monostate: the row has no fields, nothing to write
        qint64 deletedAtMs = 0;
        std::optional<StorageError> error; ///< Invalid: the row does not decode as its type
    };
    static Decoded decode(const sync::SyncRow& row);

    StorageResult<void> apply(const sync::SyncRow& row);

    /** A row to project, decoded already (by decode()). */
    struct Item
    {
        const sync::SyncRow* row = nullptr;
        Decoded* decoded = nullptr; ///< its object may be moved from
        /** The row had no synced copy here, so (as every domain row has one once sync is on) no
         *  domain row either: written with a plain insert, falling back to an upsert. */
        bool isNew = false;
        /** Not 0: the row is new and its synced copy is in a chunk (SyncStore): written with a
         *  plain insert that refers to it, and a failure, even a key clash, makes it wait. */
        std::int64_t syncRef = 0;
    };
    /** A row that cannot be projected yet: its parent has not arrived (Constraint) or it does not
     *  decode (Invalid). */
    struct Deferred
    {
        const sync::SyncRow* row = nullptr;
        StorageError error;
    };
    /** Projects the rows of one pull page in dependency order, the health records together so
     *  that each series is settled once. Returns the rows that wait; any other error fails. */
    StorageResult<std::vector<Deferred>> applyAll(std::vector<Item> items);

    /** Whether a projection error means "not yet" rather than a failure of the database. */
    static bool waits(const StorageError& error)
    {
        return error.code == StorageErrc::Constraint || error.code == StorageErrc::Invalid;
    }

    /** Dependency order: parents (pets, people) before the rows that refer to them. */
    static int rank(sync::EntityType type);

private:
    /** `petHasNoPrimary`: for a link, its pet is known to have no primary link yet. */
    StorageResult<void> write(Decoded& decoded, bool isNew = false, std::int64_t syncRef = 0,
                              bool petHasNoPrimary = false);
    StorageResult<void> applyHealth(const std::vector<Item>& items, const QSet<QString>& newPets,
                                    std::vector<Deferred>& deferred);

    PetRepository m_pets;
    ContactRepository m_contacts;
    HealthRepository m_health;
    JournalRepository m_journal;
    AttachmentRepository m_attachments;
    TagRepository m_tags;
    ReminderRepository m_reminders;
    AdoptionRepository m_adoption;
    FoundAnimalRepository m_foundAnimals;
};

} // namespace petinfo::client
