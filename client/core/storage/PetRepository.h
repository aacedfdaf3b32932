// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "storage/StorageError.h"

#include <QString>

#include <optional>
#include <vector>

namespace petinfo::client {

class Database;

/** One row of the pet list: what the list shows and what filter-as-you-type searches. */
struct PetSummary
{
    QString id;
    QString name;
    Species species = Species::Dog;
    QString breed;
    PetStatus status = PetStatus::Owned;
    QString microchip;
    QString microchip2;
    QString ownerName;
    QString ownerPhones; ///< space-separated E.164 numbers of the primary contact
    QString tagId;
    std::optional<Date> birthDate;
    qint64 updatedAtMs = 0;
    qint64 deletedAtMs = 0; ///< non-zero while in the trash
};

/** All SQL for pets. Deleting moves a pet to the trash (restorable); purging removes it for good. */
class PetRepository final
{
public:
    explicit PetRepository(Database& db)
        : m_db(db)
    {}

    /** Inserts a new pet; `syncRef` (when not 0) is where its synced copy is (SyncStore). */
    StorageResult<void> insert(const Pet& pet, qint64 syncRef = 0);
    StorageResult<void> update(const Pet& pet);
    /** A pet, also when it is in the trash. */
    StorageResult<Pet> get(const QString& id);
    StorageResult<PetSummary> summary(const QString& id);
    /** Every pet not in the trash (or only the trashed ones), ordered by name. */
    StorageResult<std::vector<PetSummary>> summaries(bool trashed = false);
    StorageResult<int> count(bool trashed = false);

    /** Writes a pet that arrived by sync: updates it or inserts it, with its trash state
     *  (`deletedAtMs` 0 = not in the trash). */
    StorageResult<void> upsert(const Pet& pet, qint64 deletedAtMs);
    StorageResult<void> moveToTrash(const QString& id, qint64 nowMs);
    StorageResult<void> restore(const QString& id);
    StorageResult<void> purge(const QString& id);
    /** Purges pets trashed before `cutoffMs`; returns how many. */
    StorageResult<int> purgeTrashedBefore(qint64 cutoffMs);

    /** The id of another pet (trashed ones included) that carries this microchip in either slot. */
    StorageResult<std::optional<QString>> findByMicrochip(const QString& microchip, const QString& excludingId = {});
    StorageResult<std::optional<QString>> findByTagId(const QString& tagId);

private:
    Database& m_db;
};

} // namespace petinfo::client
