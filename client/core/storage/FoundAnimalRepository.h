// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/LostFound.h"
#include "storage/StorageError.h"

#include <QString>

#include <optional>
#include <vector>

namespace petinfo::client {

class Database;

/** All SQL for found animals (`found_animals`, client migration 10). */
class FoundAnimalRepository final
{
public:
    explicit FoundAnimalRepository(Database& db)
        : m_db(db)
    {}

    /** Inserts or replaces the row; `deletedAtMs` 0 keeps it out of the trash. */
    StorageResult<void> upsert(const FoundAnimal& animal, qint64 deletedAtMs = 0);
    StorageResult<std::optional<FoundAnimal>> get(const QString& id);
    /** Not in the trash, the most recently found first; closed and reunited ones only when asked. */
    StorageResult<std::vector<FoundAnimal>> list(bool includeFinished);
    StorageResult<void> setDeleted(const QString& id, qint64 deletedAtMs);
    /** Photo hashes of found animals whose bytes are not here yet (sync downloads them). */
    StorageResult<QStringList> missingPhotos();
    /** Pets in lost status, not in the trash (the candidates of matching). */
    StorageResult<QStringList> lostPetIds();

private:
    Database& m_db;
};

} // namespace petinfo::client
