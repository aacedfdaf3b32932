// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Merge.h"
#include "petinfo/common/sync/Messages.h"
#include "storage/StorageError.h"

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace petinfo::client {

class Database;

/** A field where two values met, as the conflict log shows it. */
struct ConflictRecord
{
    qint64 id = 0;
    sync::EntityType type = sync::EntityType::Pet;
    QString rowId;
    QString field;
    nlohmann::json winningValue;
    sync::Hlc winningClock;
    nlohmann::json losingValue;
    sync::Hlc losingClock;
    qint64 createdAtMs = 0;
    qint64 restoredAtMs = 0;
};

/** A mutation the server refused for good (validation, permissions). */
struct RejectionRecord
{
    qint64 mutationId = 0;
    sync::EntityType type = sync::EntityType::Pet;
    QString rowId;
    QString code;
    QString field;
    QString message;
    qint64 createdAtMs = 0;
};

/** All SQL for the sync bookkeeping of one database: the merged rows, the outbox of this device's
 *  mutations, the conflict log, refused mutations, pending projections and key/value state. */
class SyncStore final
{
public:
    explicit SyncStore(Database& db)
        : m_db(db)
    {}

    /** The stored row, or an empty row (no fields) of that type and id. */
    StorageResult<sync::SyncRow> row(sync::EntityType type, const QString& id);
    /** The stored row, or nullopt when there is none. */
    StorageResult<std::optional<sync::SyncRow>> find(sync::EntityType type, const QString& id);
    StorageResult<void> putRow(const sync::SyncRow& row);
    /** Rows of these types (pets, people, links, health records) can be kept in compressed
     *  chunks referenced from their domain rows (storage/RowChunk.h): a long pull stores its new
     *  rows so. Every other row, and a chunked row once it changes, is in sync_rows. */
    static bool isChunked(sync::EntityType type);
    /** Stores a chunk (rowchunk::pack) and returns its id; rows refer to it as they are projected. */
    StorageResult<qint64> insertChunk(std::string_view packed);
    /** Whether sync_rows holds the row (a chunked row is not "loose"). */
    StorageResult<bool> hasLooseRow(sync::EntityType type, const std::string& id);
    /** Whether sync_rows holds any row of the type. */
    StorageResult<bool> hasLooseRows(sync::EntityType type);
    /** Whether the domain table of a chunked type has the row (with a chunk reference, if
     *  `chunkedOnly`); false for other types. */
    StorageResult<bool> domainRowExists(sync::EntityType type, const std::string& id, bool chunkedOnly = false);
    /** Counts rows that left their chunk, or chunked rows that were not used. */
    StorageResult<void> countReleased(qint64 rows);
    /** Deletes the chunks no row refers to any more, once at least `atLeast` rows have left
     *  chunks since the last time (it reads every domain row that can refer to one). */
    StorageResult<void> dropReleasedChunks(qint64 atLeast = 1);

    /** Stores a row that is not there yet, given as rowText(row). Fails with Constraint when the
     *  row is stored, in sync_rows or in a chunk. */
    StorageResult<void> insertRow(const sync::SyncRow& row, std::string_view text);
    /** The stored form of a row (the wire JSON with shared clocks). Needs no database. */
    static std::string rowText(const sync::SyncRow& row);
    StorageResult<qint64> rowCount();
    /** Type and id of every row the server has acknowledged (version > 0). */
    StorageResult<std::vector<std::pair<sync::EntityType, QString>>> serverKnownRows();

    /** Appends a change with the next mutation id (ids rise by exactly 1 and are never reused). */
    StorageResult<qint64> appendOutbox(const sync::SyncRow& change, qint64 nowMs);
    /** The oldest unacknowledged mutations, in id order. */
    StorageResult<std::vector<sync::Mutation>> pending(int limit);
    StorageResult<qint64> outboxCount();
    /** Drops mutations the server has consumed (id <= lastMutationId). */
    StorageResult<void> acknowledgeUpTo(qint64 lastMutationId);

    StorageResult<void> addConflicts(const std::vector<sync::ConflictEntry>& conflicts, qint64 nowMs);
    StorageResult<std::vector<ConflictRecord>> conflicts(int limit, bool includeRestored = false);
    StorageResult<ConflictRecord> conflict(qint64 id);
    StorageResult<void> markConflictRestored(qint64 id, qint64 nowMs);

    StorageResult<void> addRejection(const RejectionRecord& rejection);
    StorageResult<std::vector<RejectionRecord>> rejections(int limit);

    StorageResult<void> markPending(sync::EntityType type, const QString& id);
    StorageResult<void> clearPending(sync::EntityType type, const QString& id);
    StorageResult<std::vector<std::pair<sync::EntityType, QString>>> pendingProjections();

    StorageResult<QString> state(const QString& key, const QString& fallback = {});
    StorageResult<void> setState(const QString& key, const QString& value);
    StorageResult<void> removeState(const QString& key);

    /** When the domain row is in the trash (0 when it is not, or has no trash). */
    StorageResult<qint64> domainDeletedAt(sync::EntityType type, const QString& id);
    /** Ids of domain rows of `type` that have no synced row yet (written before sync was on). */
    StorageResult<QStringList> unsyncedIds(sync::EntityType type);

private:
    StorageResult<std::optional<sync::SyncRow>> findChunked(sync::EntityType type, const QString& id);

    Database& m_db;
};

} // namespace petinfo::client
