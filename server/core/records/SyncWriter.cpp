// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/SyncWriter.h"

#include "db/Database.h"
#include "http/HttpError.h"
#include "records/RowStore.h"
#include "records/SyncService.h"

namespace petinfo::server {

SyncWriter::SyncWriter(SyncService& sync, DbConnection& db, std::string orgId)
    : m_sync(sync)
    , m_db(db)
    , m_orgId(std::move(orgId))
    , m_version(m_ownVersion)
    , m_owner(true)
{
    const SqlRows org = db.rows("SELECT version FROM org_versions WHERE org_id = ? {FOR_UPDATE}", m_orgId);
    if (org.empty()) {
        throw ApiError::notFound("no such organisation");
    }
    m_ownVersion = org.integer(0, 0);
    m_startVersion = m_ownVersion;
}

SyncWriter::SyncWriter(SyncService& sync, DbConnection& db, std::string orgId, std::int64_t& version)
    : m_sync(sync)
    , m_db(db)
    , m_orgId(std::move(orgId))
    , m_version(version)
    , m_startVersion(version)
{}

std::optional<sync::SyncRow> SyncWriter::load(sync::EntityType type, const std::string& id, bool liveOnly)
{
    flush();
    return m_sync.load(m_db, m_orgId, type, id, liveOnly);
}

std::vector<sync::SyncRow> SyncWriter::ofPet(const std::string& petId, sync::EntityType type)
{
    flush();
    return m_sync.ofPet(m_db, m_orgId, petId, type);
}

std::vector<sync::SyncRow> SyncWriter::ofPet(const std::string& petId, sync::EntityType first, sync::EntityType second)
{
    flush();
    return m_sync.ofPet(m_db, m_orgId, petId, first, second);
}

std::optional<sync::SyncRow> SyncWriter::set(sync::EntityType type, const std::string& id, const nlohmann::json& values)
{
    const sync::SyncRow stored = load(type, id, false).value_or(sync::SyncRow{});
    sync::SyncRow change = sync::makeChange(type, id, values, m_sync.serverClock());
    sync::MergeResult merged = sync::merge(stored, change);
    // Only fields whose values differ make a new version: the same status twice changes nothing.
    bool differs = false;
    for (const auto& [name, field] : change.fields) {
        const nlohmann::json* before = stored.value(name);
        differs = differs || !before || *before != field.value;
    }
    if (!differs || !merged.changed()) {
        return std::nullopt;
    }
    merged.row.version = ++m_version;
    m_sync.store(m_db, m_orgId, merged.row);
    return merged.row;
}

std::map<std::string, std::vector<sync::SyncRow>, std::less<>>
SyncWriter::ofPets(const std::vector<std::string>& petIds, sync::EntityType first, sync::EntityType second)
{
    flush();
    return rowstore::ofPets(m_db, m_orgId, petIds, first, second);
}

std::map<std::string, sync::SyncRow, std::less<>> SyncWriter::loadMany(sync::EntityType type,
                                                                       const std::vector<std::string>& ids)
{
    flush();
    return rowstore::load(m_db, m_orgId, type, ids);
}

sync::SyncRow SyncWriter::insert(sync::EntityType type, const std::string& id, const nlohmann::json& values)
{
    sync::SyncRow row = sync::merge(sync::SyncRow{}, sync::makeChange(type, id, values, m_sync.serverClock())).row;
    if (isPending(type, id)) {
        flush(); // one statement may not write a key twice
    }
    row.version = ++m_version;
    m_pendingKeys.emplace(type, id);
    m_pending.push_back(row);
    return row;
}

bool SyncWriter::isPending(sync::EntityType type, const std::string& id) const
{
    return m_pendingKeys.contains({type, id});
}

void SyncWriter::flush()
{
    if (m_pending.empty()) {
        return;
    }
    rowstore::store(m_db, m_orgId, m_pending, m_sync.m_clock.nowMs());
    m_pending.clear();
    m_pendingKeys.clear();
}

void SyncWriter::finish()
{
    flush();
    if (m_owner && m_version != m_startVersion) {
        m_db.exec("UPDATE org_versions SET version = ? WHERE org_id = ?", m_version, m_orgId);
        m_sync.forgetVersion(m_orgId);
        m_startVersion = m_version;
    }
}

} // namespace petinfo::server
