// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"
#include "petinfo/common/sync/Entity.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace petinfo::client {

class Database;

/** All SQL for the adoption records (client migration 9): intakes, adoption profiles, status
 *  changes and applications. Each table keeps the record's wire JSON (AdoptionCodec) beside the
 *  columns that lists filter and sort on, so a field added to the record needs no migration. The
 *  tables are a projection of the synced rows, written by sync (Projection) and by
 *  AdoptionService; they have no references to pets, since a pull may bring a profile before its
 *  pet. */
class AdoptionRepository final
{
public:
    explicit AdoptionRepository(Database& db)
        : m_db(db)
    {}

    /** `deletedAtMs` > 0 keeps the row as deleted (a synced tombstone); lists leave it out. */
    StorageResult<void> upsertProfile(const AdoptionProfile& profile, qint64 deletedAtMs = 0);
    StorageResult<void> upsertIntake(const Intake& intake, qint64 deletedAtMs = 0);
    /** Status changes are append-only; a synced copy replaces the stored one. */
    StorageResult<void> upsertStatusChange(const StatusChange& change);
    StorageResult<void> upsertApplication(const AdoptionApplication& application, qint64 deletedAtMs = 0);

    StorageResult<std::optional<AdoptionProfile>> profile(const QString& petId);
    /** Every live profile. */
    StorageResult<std::vector<AdoptionProfile>> profiles();
    /** The pet's intakes, oldest first. */
    StorageResult<std::vector<Intake>> intakesOf(const QString& petId);
    /** The latest intake of every pet that has one. */
    StorageResult<std::vector<Intake>> latestIntakes();
    /** The subject's changes in the order latestChange() uses (oldest first). */
    StorageResult<std::vector<StatusChange>> historyOf(const QString& subjectId);
    StorageResult<std::optional<AdoptionApplication>> application(const QString& id);
    /** Every live application, newest first. */
    StorageResult<std::vector<AdoptionApplication>> applications();

    /** The stored wire JSON of a row (for sync's first upload), or null when there is none. */
    StorageResult<nlohmann::json> body(sync::EntityType type, const QString& id);

    /** Applications looked at on this computer (local, like a mail's "read"). */
    StorageResult<QSet<QString>> seenApplications();
    StorageResult<void> markSeen(const std::vector<QString>& applicationIds, qint64 nowMs);

private:
    Database& m_db;
};

} // namespace petinfo::client
