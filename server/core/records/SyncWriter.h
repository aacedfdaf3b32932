// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Row.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace petinfo::server {

class DbConnection;
class SyncService;

/** Changes the server makes to one organisation's synced rows (an opt-out, a reminder's state),
 *  inside the caller's write transaction. They are merged like a device's changes and get the
 *  next versions, so every desktop pulls them; their clocks are the server's.
 *
 *  Created on its own it locks the organisation's version row (the lock every writer of the
 *  organisation takes first) and stores the new version in finish(). Within a push it shares the
 *  push's lock and version counter. */
class SyncWriter
{
public:
    /** Locks the organisation. Throws when it does not exist. */
    SyncWriter(SyncService& sync, DbConnection& db, std::string orgId);
    /** Within a transaction that holds the organisation's lock and counts `version` itself. */
    SyncWriter(SyncService& sync, DbConnection& db, std::string orgId, std::int64_t& version);

    DbConnection& db() { return m_db; }
    const std::string& orgId() const { return m_orgId; }

    /** A stored row (deleted ones too unless `liveOnly`). */
    std::optional<sync::SyncRow> load(sync::EntityType type, const std::string& id, bool liveOnly = true);
    /** Live rows of one type that belong to a pet. */
    std::vector<sync::SyncRow> ofPet(const std::string& petId, sync::EntityType type);
    /** Live rows of two types that belong to a pet (one query). */
    std::vector<sync::SyncRow> ofPet(const std::string& petId, sync::EntityType first, sync::EntityType second);

    /** Sets the fields of `values` on a row, stamped with the server's clock now, merged with the
     *  stored row. Returns the row as stored, or nullopt when nothing changed (no new version). */
    std::optional<sync::SyncRow> set(sync::EntityType type, const std::string& id, const nlohmann::json& values);

    /** A row the caller knows is not stored (e.g. an id derived from a record it has just seen
     *  arrive), with the server's clock now. Its write is kept back and sent with the others in
     *  a few multi-row statements: before this writer next reads, on flush() and in finish().
     *  Planning reminders for a 100,000-record import wrote each row alone. */
    sync::SyncRow insert(sync::EntityType type, const std::string& id, const nlohmann::json& values);
    /** Writes the rows insert() kept back. */
    void flush();
    /** Whether a row insert() kept back has this key (a read of it must flush first). */
    bool isPending(sync::EntityType type, const std::string& id) const;
    /** Live rows of two types of several pets, in a few queries: pet id → its rows. */
    std::map<std::string, std::vector<sync::SyncRow>, std::less<>>
    ofPets(const std::vector<std::string>& petIds, sync::EntityType first, sync::EntityType second);
    /** Stored rows of one type (deleted ones too), by id, in a few queries. */
    std::map<std::string, sync::SyncRow, std::less<>> loadMany(sync::EntityType type,
                                                               const std::vector<std::string>& ids);

    /** Writes what insert() kept back and stores the organisation's new version (when this
     *  writer owns it). Call before commit. */
    void finish();
    bool changed() const { return m_version != m_startVersion; }

private:
    SyncService& m_sync;
    DbConnection& m_db;
    std::string m_orgId;
    std::int64_t m_ownVersion = 0;
    std::int64_t& m_version;
    std::int64_t m_startVersion = 0;
    bool m_owner = false;
    std::vector<sync::SyncRow> m_pending;
    std::set<std::pair<sync::EntityType, std::string>> m_pendingKeys;
};

} // namespace petinfo::server
