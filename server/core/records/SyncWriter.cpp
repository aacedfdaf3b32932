// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/SyncWriter.h"

#include "db/Database.h"
#include "http/HttpError.h"
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
    return m_sync.load(m_db, m_orgId, type, id, liveOnly);
}

std::vector<sync::SyncRow> SyncWriter::ofPet(const std::string& petId, sync::EntityType type)
{
    return m_sync.ofPet(m_db, m_orgId, petId, type);
}

std::vector<sync::SyncRow> SyncWriter::ofPet(const std::string& petId, sync::EntityType first, sync::EntityType second)
{
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

void SyncWriter::finish()
{
    if (m_owner && m_version != m_startVersion) {
        m_db.exec("UPDATE org_versions SET version = ? WHERE org_id = ?", m_version, m_orgId);
        m_sync.forgetVersion(m_orgId);
        m_startVersion = m_version;
    }
}

} // namespace petinfo::server
