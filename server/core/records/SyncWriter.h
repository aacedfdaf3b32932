// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Row.h"

#include <cstdint>
#include <optional>
#include <string>
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

    /** Stores the organisation's new version (when this writer owns it). Call before commit. */
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
};

} // namespace petinfo::server
