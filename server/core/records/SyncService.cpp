// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/SyncService.h"

#include "adoption/AdoptionPolicy.h"

#include "accounts/Roles.h"
#include "billing/Entitlements.h"
#include "db/Database.h"
#include "http/AccessLog.h"
#include "http/HttpError.h"
#include "http/Metrics.h"
#include "petinfo/common/Random.h"
#include "records/RowStore.h"
#include "records/SyncWriter.h"

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::MutationResult;
using sync::MutationStatus;
using sync::RowProblem;
using sync::SyncRow;

namespace {

const std::string kServerNode = "server";

std::string stringField(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

MutationResult rejected(std::int64_t id, RowProblem problem)
{
    return MutationResult{id, MutationStatus::Rejected, 0, std::move(problem), {}};
}

RowProblem problem(std::string_view code, std::string field, std::string message)
{
    return RowProblem{std::string(code), std::move(field), std::move(message)};
}

} // namespace

SyncService::SyncService(Database& db, const ServerConfig& config, const Clock& clock, Metrics& metrics, AccessLog& log)
    : m_db(db)
    , m_config(config)
    , m_clock(clock)
    , m_metrics(metrics)
    , m_log(log)
    , m_hlc(clock, kServerNode, config.maxClockSkewSeconds * 1000)
    , m_versions(std::chrono::milliseconds(config.versionCacheMilliseconds))
{}

sync::Hlc SyncService::serverClock()
{
    std::lock_guard lock(m_hlcMutex);
    return m_hlc.now();
}

void SyncService::addObserver(SyncObserver* observer)
{
    m_observers.push_back(observer);
}

void SyncService::removeObserver(SyncObserver* observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

std::optional<SyncRow> SyncService::load(DbConnection& db, const std::string& orgId, EntityType type,
                                         const std::string& id, bool liveOnly)
{
    const SqlRows rows = db.rows("SELECT fields, clocks, version, deleted FROM sync_rows WHERE org_id = ? AND "
                                 "entity = ? AND row_id = ?",
                                 orgId, enumName(type), id);
    if (rows.empty() || (liveOnly && rows.boolean(0, 3))) {
        return std::nullopt;
    }
    return rowFromColumns(type, id, rows.text(0, 0), rows.text(0, 1), rows.integer(0, 2));
}

void SyncService::store(DbConnection& db, const std::string& orgId, const SyncRow& row)
{
    rowstore::store(db, orgId, std::span<const SyncRow>(&row, 1), m_clock.nowMs());
}

SyncService::TagClaim SyncService::claimTag(DbConnection& db, const std::string& orgId, const std::string& tagId)
{
    const SqlRows held = db.rows("SELECT org_id FROM tags WHERE tag_id = ?", tagId);
    if (!held.empty()) {
        return held.text(0, 0) == orgId ? TagClaim::Held : TagClaim::Taken;
    }
    // A new claim counts against the organisation's quota (plan plus paid add-on packs).
    if (m_entitlements && !m_entitlements->allowsTagClaims(db, orgId, 1)) {
        return TagClaim::OverQuota;
    }
    db.exec("INSERT INTO tags (tag_id, org_id, created_ms) VALUES (?, ?, ?) ON CONFLICT (tag_id) DO NOTHING", tagId,
            orgId, m_clock.nowMs());
    const SqlRows owner = db.rows("SELECT org_id FROM tags WHERE tag_id = ?", tagId);
    return !owner.empty() && owner.text(0, 0) == orgId ? TagClaim::Held : TagClaim::Taken;
}

sync::PushResponse SyncService::push(const Principal& caller, const sync::PushRequest& request,
                                     const std::string& remoteAddress)
{
    if (!sync::isSupportedSchemaVersion(request.schemaVersion)) {
        throw ApiError::badRequest(std::string(sync::errc::kUnsupportedSchema),
                                   "this server speaks sync schema " + std::to_string(sync::kSchemaVersion) +
                                       " (and the one before)",
                                   {{"supported", {sync::kSchemaVersion}}});
    }
    if (request.clientId != caller.clientId) {
        throw ApiError(403, std::string(sync::errc::kClientMismatch),
                       "clientId is not the one this device signed in with");
    }
    if (request.mutations.size() > sync::kMaxMutationsPerPush) {
        throw ApiError(413, "too_many_mutations",
                       "at most " + std::to_string(sync::kMaxMutationsPerPush) + " mutations per push");
    }

    sync::PushResponse response;
    bool publicChange = false;
    std::size_t applied = 0;
    m_db.transaction(true, [&](DbConnection& db) {
        // The organisation's version row is the lock every writer of the organisation takes
        // first: merges of one row never interleave, and versions commit in order.
        const SqlRows org = db.rows("SELECT version FROM org_versions WHERE org_id = ? {FOR_UPDATE}", caller.orgId);
        if (org.empty()) {
            throw ApiError::notFound("no such organisation");
        }
        const std::int64_t startVersion = org.integer(0, 0);
        std::int64_t version = startVersion;

        db.exec("INSERT INTO sync_clients (org_id, client_id, last_mutation_id, updated_ms) VALUES (?, ?, 0, ?) "
                "ON CONFLICT (org_id, client_id) DO NOTHING",
                caller.orgId, caller.clientId, m_clock.nowMs());
        const std::int64_t last = db.rows("SELECT last_mutation_id FROM sync_clients WHERE org_id = ? AND "
                                          "client_id = ? {FOR_UPDATE}",
                                          caller.orgId, caller.clientId)
                                      .integer(0, 0);
        std::int64_t expected = last + 1;
        for (const sync::Mutation& m : request.mutations) {
            if (m.id <= last) {
                continue;
            }
            if (m.id != expected) {
                throw ApiError::conflict(std::string(sync::errc::kMutationGap),
                                         "mutation ids must continue from " + std::to_string(last),
                                         {{"expectedMutationId", last + 1}, {"lastMutationId", last}});
            }
            ++expected;
        }

        applied = 0;
        std::size_t rejectedCount = 0;
        SyncWriter writer(*this, db, caller.orgId, version);
        std::vector<std::unique_ptr<SyncObserver::Session>> sessions;
        for (SyncObserver* observer : m_observers) {
            sessions.push_back(observer->begin(caller.orgId));
        }
        for (const auto& session : sessions) {
            session->preparing(writer, request.mutations);
        }
        for (const sync::Mutation& m : request.mutations) {
            if (m.id <= last) {
                response.results.push_back(MutationResult{m.id, MutationStatus::Duplicate, 0, std::nullopt, {}});
                continue;
            }
            MutationResult result = apply(db, caller, remoteAddress, m, version, writer, sessions);
            (result.status == MutationStatus::Applied ? applied : rejectedCount)++;
            response.results.push_back(std::move(result));
        }
        for (const auto& session : sessions) {
            session->finishing(writer);
        }
        writer.flush();
        response.lastMutationId = expected - 1;
        if (response.lastMutationId != last) {
            db.exec("UPDATE sync_clients SET last_mutation_id = ?, updated_ms = ? WHERE org_id = ? AND client_id = ?",
                    response.lastMutationId, m_clock.nowMs(), caller.orgId, caller.clientId);
        }
        if (version != startVersion) {
            db.exec("UPDATE org_versions SET version = ? WHERE org_id = ?", version, caller.orgId);
        }
        if (version != startVersion) {
            publicChange = true;
        }
        m_metrics.increment("petinfo_sync_mutations_total", "status", "applied", applied);
        m_metrics.increment("petinfo_sync_mutations_total", "status", "rejected", rejectedCount);
        m_metrics.increment("petinfo_sync_mutations_total", "status", "duplicate",
                            request.mutations.size() - applied - rejectedCount);
    });
    if (publicChange) {
        m_versions.erase(caller.orgId);
        ++m_publicGeneration;
        for (SyncObserver* observer : m_observers) {
            observer->committed();
        }
    }
    refreshStatistics(static_cast<std::int64_t>(applied));
    response.serverClock = serverClock();
    return response;
}

void SyncService::refreshStatistics(std::int64_t written)
{
    if (written <= 0 || m_db.engine() != Engine::Postgres) {
        return;
    }
    const std::int64_t total = m_rowsWritten += written;
    std::int64_t due = m_analyzeAt.load();
    // Each time the rows written have doubled: a handful of ANALYZEs over a large import.
    if (total < due || !m_analyzeAt.compare_exchange_strong(due, total * 2)) {
        return;
    }
    try {
        Lease db = m_db.acquire();
        db->exec("ANALYZE sync_rows");
    } catch (const DbError& e) {
        m_log.event("warning", "petinfo.server.sync", "could not refresh statistics", {{"reason", e.what()}});
    }
}

MutationResult SyncService::apply(DbConnection& db, const Principal& caller, const std::string& remoteAddress,
                                  const sync::Mutation& m, std::int64_t& version, SyncWriter& writer,
                                  const std::vector<std::unique_ptr<SyncObserver::Session>>& sessions)
{
    if (m.malformed) {
        return rejected(m.id, *m.malformed);
    }
    SyncRow change = m.change;
    if (!mayWrite(caller.role, change.type)) {
        return rejected(m.id, problem(sync::errc::kForbidden, {}, "your role may not change this kind of record"));
    }
    const std::int64_t limit = m_clock.nowMs() + m_config.maxClockSkewSeconds * 1000;
    for (const auto& [name, write] : change.fields) {
        if (sync::isServerOnlyField(change.type, name)) {
            return rejected(m.id, problem(sync::errc::kForbidden, name, "only the server writes this field"));
        }
        if (write.clock.wallMs > limit) {
            return rejected(m.id, problem(sync::errc::kClockSkew, name, "the clock of this change is in the future"));
        }
    }
    if (writer.isPending(change.type, change.id)) {
        writer.flush();
    }
    const SyncRow stored = load(db, caller.orgId, change.type, change.id, false).value_or(SyncRow{});
    if (auto p = sync::checkChange(stored, change)) {
        return rejected(m.id, std::move(*p));
    }
    if (auto p = adoption::writeProblem(caller.role, stored, change)) {
        return rejected(m.id, std::move(*p));
    }
    if (caller.role == Role::Kiosk) {
        adoption::stampKioskApplication(change, caller.clientId, remoteAddress);
    }
    const SyncRow effective = sync::withoutReplayedFields(stored, change);
    sync::MergeResult merged = sync::merge(stored, effective);
    if (!merged.changed()) {
        return MutationResult{m.id, MutationStatus::Applied, 0, std::nullopt, std::move(merged.conflicts)};
    }
    const Date tomorrow = Date::fromDays(m_clock.nowMs() / 86400000 + 1);
    if (auto p = sync::checkRow(merged.row, tomorrow)) {
        return rejected(m.id, std::move(*p));
    }
    // Only a live row claims its tag: a deleted pet wears none (issue 15: a tombstone's tagId,
    // never validated, reached the public tag table).
    std::string tag;
    if (!merged.row.isDeleted()) {
        if (change.type == EntityType::Tag) {
            tag = change.id;
        } else if (change.type == EntityType::Pet) {
            tag = stringField(merged.row, "tagId");
        }
    }
    if (!tag.empty() && !isTagId(tag)) {
        return rejected(
            m.id, problem(sync::errc::kInvalidId, change.type == EntityType::Pet ? "tagId" : "id", "not a tag id"));
    }
    std::optional<RowProblem> waiting;
    if (!tag.empty()) {
        const TagClaim claim = claimTag(db, caller.orgId, tag);
        if (claim == TagClaim::Taken) {
            return rejected(m.id, problem(sync::errc::kTagTaken, change.type == EntityType::Pet ? "tagId" : "id",
                                          "this tag belongs to another organisation"));
        }
        if (claim == TagClaim::OverQuota) {
            // Nobody's data is held hostage: the row is stored (a pet with its tagId, a blank tag
            // row), and the tag waits, unclaimed (its public page knows nothing), until a payment
            // raises the quota and claims it (BillingLedger::claimWaitingTags).
            waiting = problem(kPaymentRequired, change.type == EntityType::Pet ? "tagId" : "id",
                              "the record is saved, but its tag is not active: the organisation's tag claims are "
                              "used up; buy an add-on or upgrade and it is claimed at once");
        }
    }
    {
        std::lock_guard lock(m_hlcMutex);
        (void)m_hlc.receive(change.maxClock());
    }
    merged.row.version = ++version;
    store(db, caller.orgId, merged.row);
    for (const auto& session : sessions) {
        session->merged(writer, stored, merged.row);
    }
    return MutationResult{m.id, MutationStatus::Applied, merged.row.version, std::move(waiting),
                          std::move(merged.conflicts)};
}

sync::StoredPullResponse SyncService::pull(const Principal& caller, const sync::PullRequest& request)
{
    if (!sync::isSupportedSchemaVersion(request.schemaVersion)) {
        throw ApiError::badRequest(std::string(sync::errc::kUnsupportedSchema),
                                   "this server speaks sync schema " + std::to_string(sync::kSchemaVersion) +
                                       " (and the one before)",
                                   {{"supported", {sync::kSchemaVersion}}});
    }
    if (const auto known = m_versions.get(caller.orgId); known && *known == request.cursor) {
        sync::StoredPullResponse upToDate;
        upToDate.cursor = request.cursor;
        upToDate.serverClock = serverClock();
        return upToDate;
    }
    // One statement, so one snapshot: the horizon and the rows cannot disagree even while a
    // purge or a push commits.
    SqlRows rows;
    {
        Lease db = m_db.acquire();
        // The page is limited inside the subquery, so that it is read in version order from the
        // (org_id, version) index and stops there: limited after the join, PostgreSQL read and
        // sorted every row past the cursor for each page of a first sync.
        rows = db->rows("SELECT v.version, v.horizon, r.entity, r.row_id, r.fields, r.clocks, r.version "
                        "FROM org_versions v LEFT JOIN (SELECT org_id, entity, row_id, fields, clocks, version "
                        "FROM sync_rows WHERE org_id = ? AND version > ? ORDER BY version LIMIT ?) r "
                        "ON r.org_id = v.org_id WHERE v.org_id = ? ORDER BY r.version",
                        caller.orgId, request.cursor, request.limit + 1, caller.orgId);
    }
    if (rows.empty()) {
        throw ApiError::notFound("no such organisation");
    }
    const std::int64_t current = rows.integer(0, 0);
    const std::int64_t horizon = rows.integer(0, 1);
    m_versions.put(caller.orgId, current);
    if ((request.cursor > 0 && request.cursor < horizon) || request.cursor > current) {
        throw ApiError(410, std::string(sync::errc::kResyncRequired),
                       "this cursor is older than the tombstone horizon; download everything again from cursor 0",
                       {{"horizon", horizon}});
    }
    sync::StoredPullResponse response;
    response.cursor = request.cursor;
    std::size_t seen = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows.text(r, 3).empty()) {
            break; // no row matched: the LEFT JOIN's empty side
        }
        if (seen == static_cast<std::size_t>(request.limit)) {
            response.hasMore = true;
            break;
        }
        ++seen;
        const auto type = enumFromString<EntityType>(rows.text(r, 2));
        response.cursor = rows.integer(r, 6);
        if (!type || !mayRead(caller.role, *type) || !sync::isKnownToSchema(*type, request.schemaVersion)) {
            continue; // still moves the cursor past it
        }
        const std::int64_t version = rows.integer(r, 6);
        sync::StoredRow row{*type, rows.take(r, 3), rows.take(r, 4), rows.take(r, 5), version};
        if (!adoption::redactForRole(caller.role, row)) {
            continue;
        }
        response.rows.push_back(std::move(row));
    }
    if (!response.hasMore) {
        // The snapshot holds every row up to the organisation's version: a caller that has read
        // to the end is at that version, even when the newest rows were tombstones since purged.
        response.cursor = std::max(response.cursor, current);
    }
    response.serverClock = serverClock();
    return response;
}

std::int64_t SyncService::purgeTombstones()
{
    const std::int64_t cutoff = m_clock.nowMs() - m_config.tombstoneRetentionSeconds * 1000;
    SqlRows orgs;
    {
        Lease db = m_db.acquire();
        orgs = db->rows("SELECT org_id, MAX(version) FROM sync_rows WHERE deleted = 1 AND updated_ms < ? GROUP BY "
                        "org_id",
                        cutoff);
    }
    std::int64_t purged = 0;
    for (std::size_t r = 0; r < orgs.size(); ++r) {
        const std::string orgId = orgs.text(r, 0);
        purged += m_db.transaction(true, [&](DbConnection& db) {
            db.rows("SELECT version FROM org_versions WHERE org_id = ? {FOR_UPDATE}", orgId);
            const SqlRows top = db.rows(
                "SELECT COALESCE(MAX(version), 0) FROM sync_rows WHERE org_id = ? AND deleted = 1 AND updated_ms < ?",
                orgId, cutoff);
            const std::int64_t horizon = top.integer(0, 0);
            if (horizon == 0) {
                return std::int64_t{0};
            }
            db.exec("UPDATE org_versions SET horizon = ? WHERE org_id = ? AND horizon < ?", horizon, orgId, horizon);
            return db.exec("DELETE FROM sync_rows WHERE org_id = ? AND deleted = 1 AND updated_ms < ? AND version <= ?",
                           orgId, cutoff, horizon);
        });
    }
    if (purged > 0) {
        m_versions.clear();
        ++m_publicGeneration;
        m_metrics.increment("petinfo_sync_tombstones_purged_total", "reason", "retention",
                            static_cast<std::uint64_t>(purged));
        m_log.event("info", "petinfo.server.sync", "purged tombstones", {{"rows", purged}});
    }
    return purged;
}

SyncService::Page SyncService::list(const std::string& orgId, EntityType type, int limit, const std::string& after)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT row_id, fields, clocks, version FROM sync_rows WHERE org_id = ? AND "
                                  "entity = ? AND deleted = 0 AND row_id > ? ORDER BY row_id LIMIT ?",
                                  orgId, enumName(type), after, limit + 1);
    Page page;
    for (std::size_t r = 0; r < rows.size() && r < static_cast<std::size_t>(limit); ++r) {
        page.rows.push_back(
            rowFromColumns(type, rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.integer(r, 3)));
    }
    if (rows.size() > static_cast<std::size_t>(limit)) {
        page.next = page.rows.back().id;
    }
    return page;
}

std::optional<SyncRow> SyncService::get(const std::string& orgId, EntityType type, const std::string& id)
{
    Lease db = m_db.acquire();
    return load(*db, orgId, type, id, true);
}

std::vector<SyncRow> SyncService::ofPet(const std::string& orgId, const std::string& petId, EntityType type)
{
    Lease db = m_db.acquire();
    return ofPet(*db, orgId, petId, type);
}

std::vector<SyncRow> SyncService::ofPet(DbConnection& db, const std::string& orgId, const std::string& petId,
                                        EntityType type)
{
    const SqlRows rows = db.rows("SELECT row_id, fields, clocks, version FROM sync_rows WHERE org_id = ? AND "
                                 "pet_id = ? AND entity = ? AND deleted = 0 ORDER BY row_id",
                                 orgId, petId, enumName(type));
    std::vector<SyncRow> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.push_back(rowFromColumns(type, rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.integer(r, 3)));
    }
    return out;
}

std::vector<SyncRow> SyncService::ofPet(DbConnection& db, const std::string& orgId, const std::string& petId,
                                        EntityType first, EntityType second)
{
    const SqlRows rows = db.rows("SELECT entity, row_id, fields, clocks, version FROM sync_rows WHERE org_id = ? AND "
                                 "pet_id = ? AND entity IN (?, ?) AND deleted = 0 ORDER BY entity, row_id",
                                 orgId, petId, enumName(first), enumName(second));
    std::vector<SyncRow> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const EntityType type = rows.text(r, 0) == enumName(first) ? first : second;
        out.push_back(rowFromColumns(type, rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.integer(r, 4)));
    }
    return out;
}

std::vector<std::string> SyncService::petsWithRecords(const std::string& orgId, const std::string& after, int limit)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT DISTINCT pet_id FROM sync_rows WHERE org_id = ? AND entity = 'healthRecord' "
                                  "AND deleted = 0 AND pet_id > ? ORDER BY pet_id LIMIT ?",
                                  orgId, after, limit);
    std::vector<std::string> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.push_back(rows.text(r, 0));
    }
    return out;
}

std::vector<SyncRow> SyncService::people(const std::string& afterOrg, const std::string& afterId, int limit,
                                         std::vector<std::string>& orgOfEach)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT org_id, row_id, fields, clocks, version FROM sync_rows WHERE entity = "
                                  "'person' AND deleted = 0 AND (org_id > ? OR (org_id = ? AND row_id > ?)) ORDER BY "
                                  "org_id, row_id LIMIT ?",
                                  afterOrg, afterOrg, afterId, limit);
    std::vector<SyncRow> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        orgOfEach.push_back(rows.text(r, 0));
        out.push_back(
            rowFromColumns(EntityType::Person, rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.integer(r, 4)));
    }
    return out;
}

std::vector<std::string> SyncService::createTags(const Principal& caller, int count)
{
    std::vector<std::string> ids;
    m_db.transaction(true, [&](DbConnection& db) {
        std::int64_t version =
            db.rows("SELECT version FROM org_versions WHERE org_id = ? {FOR_UPDATE}", caller.orgId).integer(0, 0);
        if (m_entitlements) {
            m_entitlements->requireTagClaims(db, caller.orgId, count); // 402 naming the add-on that allows it
        }
        for (int i = 0; i < count; ++i) {
            const std::string tagId = newTagId();
            db.exec("INSERT INTO tags (tag_id, org_id, created_ms) VALUES (?, ?, ?)", tagId, caller.orgId,
                    m_clock.nowMs());
            SyncRow row = sync::makeChange(EntityType::Tag, tagId, json{{"petId", ""}, {"createdAt", m_clock.nowMs()}},
                                           serverClock());
            row.version = ++version;
            store(db, caller.orgId, row);
            ids.push_back(tagId);
        }
        db.exec("UPDATE org_versions SET version = ? WHERE org_id = ?", version, caller.orgId);
    });
    m_versions.erase(caller.orgId);
    ++m_publicGeneration;
    return ids;
}

std::vector<std::pair<std::string, std::string>> SyncService::listTags(const std::string& orgId)
{
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT t.tag_id, COALESCE(MIN(p.row_id), '') FROM tags t LEFT JOIN sync_rows p ON "
                                  "p.org_id = t.org_id AND p.entity = 'pet' AND p.tag_id = t.tag_id AND p.deleted = 0 "
                                  "WHERE t.org_id = ? GROUP BY t.tag_id, t.created_ms ORDER BY t.created_ms, t.tag_id",
                                  orgId);
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (isTagId(rows.text(r, 0))) { // what migration 6 removed cannot come back, but never list it
            out.emplace_back(rows.text(r, 0), rows.text(r, 1));
        }
    }
    return out;
}

SyncService::PublicTag SyncService::publicTag(const std::string& tagId, bool withContacts)
{
    PublicTag out;
    Lease db = m_db.acquire();
    const SqlRows rows = db->rows("SELECT t.org_id, COALESCE(p.row_id, ''), COALESCE(p.fields, ''), "
                                  "COALESCE(p.clocks, '') FROM tags t LEFT JOIN sync_rows p ON p.org_id = t.org_id "
                                  "AND p.entity = 'pet' AND p.tag_id = t.tag_id AND p.deleted = 0 "
                                  "WHERE t.tag_id = ? ORDER BY p.version DESC LIMIT 1",
                                  tagId);
    if (rows.empty()) {
        return out;
    }
    out.known = true;
    out.orgId = rows.text(0, 0);
    if (rows.text(0, 1).empty()) {
        return out;
    }
    out.pet = rowFromColumns(EntityType::Pet, rows.text(0, 1), rows.text(0, 2), rows.text(0, 3), 0);
    const std::string photoId = stringField(*out.pet, "photoId");
    if (!photoId.empty()) {
        if (auto photo = load(*db, out.orgId, EntityType::Attachment, photoId, true)) {
            const std::string sha = stringField(*photo, "sha256");
            const SqlRows blob =
                db->rows("SELECT mime_type FROM blobs WHERE org_id = ? AND sha256 = ?", out.orgId, sha);
            if (!blob.empty() && blob.text(0, 0).rfind("image/", 0) == 0) {
                out.photoSha256 = sha;
                out.photoMime = blob.text(0, 0);
            }
        }
    }
    if (withContacts && stringField(*out.pet, "status") == "lost") {
        const SqlRows links = db->rows("SELECT row_id, fields, clocks FROM sync_rows WHERE org_id = ? AND entity = "
                                       "'petContact' AND pet_id = ? AND deleted = 0 ORDER BY row_id",
                                       out.orgId, out.pet->id);
        for (std::size_t r = 0; r < links.size(); ++r) {
            const SyncRow link =
                rowFromColumns(EntityType::PetContact, links.text(r, 0), links.text(r, 1), links.text(r, 2), 0);
            const json entity = sync::entityJson(link);
            const std::string personId = entity.value("personId", "");
            if (auto person = load(*db, out.orgId, EntityType::Person, personId, true)) {
                json p = sync::entityJson(*person);
                p["role"] = entity.value("role", "owner");
                p["primary"] = entity.value("primary", false);
                out.contacts.push_back(std::move(p));
            }
        }
    }
    return out;
}

} // namespace petinfo::server
