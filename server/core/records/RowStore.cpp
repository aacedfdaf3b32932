// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RowStore.h"

#include "db/Database.h"
#include "db/SqlBatch.h"
#include "petinfo/common/Random.h"

namespace petinfo::server {

using nlohmann::json;
using sync::EntityType;
using sync::SyncRow;

namespace {

std::string stringField(const SyncRow& row, std::string_view field)
{
    const json* v = row.value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

json clocksJson(const SyncRow& row)
{
    json clocks = json::object();
    for (const auto& [name, field] : row.fields) {
        clocks[name] = field.clock.encode();
    }
    return clocks;
}

constexpr int kStoreColumns = 10;

void appendStoreParams(std::vector<SqlParam>& params, const std::string& orgId, const SyncRow& row, std::int64_t nowMs)
{
    // The tag a row wears: a pet's tagId, or a tag row's own id (the column is how tags that wait
    // for a claim are found: BillingStore::waitingTags).
    std::string tagId = row.type == EntityType::Pet   ? stringField(row, "tagId")
                        : row.type == EntityType::Tag ? row.id
                                                      : std::string();
    if (!isTagId(tagId)) {
        tagId.clear();
    }
    params.emplace_back(orgId);
    params.emplace_back(std::string(enumName(row.type)));
    params.emplace_back(row.id);
    params.emplace_back(row.values().dump());
    params.emplace_back(clocksJson(row).dump());
    params.emplace_back(row.isDeleted());
    params.emplace_back(petIdOf(row));
    params.emplace_back(std::move(tagId));
    params.emplace_back(row.version);
    params.emplace_back(nowMs);
}

} // namespace

std::string petIdOf(const SyncRow& row)
{
    switch (row.type) {
    case EntityType::Pet:
        return row.id;
    case EntityType::Person:
        return {};
    case EntityType::PetContact:
        if (const auto slash = row.id.find('/'); slash != std::string::npos) {
            return row.id.substr(0, slash);
        }
        return stringField(row, "petId");
    case EntityType::AdoptionProfile:
        return row.id;
    case EntityType::StatusChange:
        return stringField(row, "subject") == "animal" ? stringField(row, "subjectId") : std::string();
    case EntityType::AdoptionApplication:
        return {}; // may name several pets
    default:
        return stringField(row, "petId");
    }
}

SyncRow rowFromColumns(EntityType type, std::string id, const std::string& fields, const std::string& clocks,
                       std::int64_t version)
{
    SyncRow row{type, std::move(id), {}, version};
    const json values = json::parse(fields, nullptr, false);
    const json stamps = json::parse(clocks, nullptr, false);
    if (!values.is_object() || !stamps.is_object()) {
        throw DbError(DbError::Kind::Other, "corrupt sync row " + row.id);
    }
    for (const auto& [name, value] : values.items()) {
        const auto stamp = stamps.find(name);
        auto clock =
            stamp != stamps.end() && stamp->is_string() ? sync::Hlc::parse(stamp->get<std::string>()) : std::nullopt;
        row.fields.emplace(name, sync::FieldValue{value, clock.value_or(sync::Hlc{})});
    }
    return row;
}

namespace rowstore {

using sqlbatch::inChunks;
using sqlbatch::placeholders;

void store(DbConnection& db, const std::string& orgId, std::span<const SyncRow> rows, std::int64_t nowMs)
{
    inChunks(rows.size(), [&](std::size_t offset, std::size_t size) {
        std::vector<SqlParam> params;
        params.reserve(size * kStoreColumns);
        for (std::size_t i = offset; i < offset + size; ++i) {
            appendStoreParams(params, orgId, rows[i], nowMs);
        }
        db.execute("INSERT INTO sync_rows (org_id, entity, row_id, fields, clocks, deleted, pet_id, tag_id, version, "
                   "updated_ms) VALUES " +
                       placeholders(kStoreColumns, static_cast<int>(size)) +
                       " ON CONFLICT (org_id, entity, row_id) DO UPDATE SET fields = excluded.fields, "
                       "clocks = excluded.clocks, deleted = excluded.deleted, pet_id = excluded.pet_id, "
                       "tag_id = excluded.tag_id, version = excluded.version, updated_ms = excluded.updated_ms",
                   params);
    });
}

std::map<std::string, std::vector<SyncRow>, std::less<>> ofPets(DbConnection& db, const std::string& orgId,
                                                                const std::vector<std::string>& petIds,
                                                                EntityType first, EntityType second)
{
    std::map<std::string, std::vector<SyncRow>, std::less<>> out;
    inChunks(petIds.size(), [&](std::size_t offset, std::size_t size) {
        std::vector<SqlParam> params{SqlParam(orgId)};
        for (std::size_t i = offset; i < offset + size; ++i) {
            params.emplace_back(petIds[i]);
        }
        params.emplace_back(enumName(first));
        params.emplace_back(enumName(second));
        // Tombstones are skipped here rather than in the WHERE clause: with "deleted = 0" there,
        // SQLite chose the tombstone index (deleted, updated_ms) and read every live row of the
        // table for each statement (a 20,000-record push spent a quarter of its time in it).
        const SqlRows rows = db.query(
            "SELECT pet_id, entity, row_id, fields, clocks, version, deleted FROM sync_rows WHERE org_id = ? AND "
            "pet_id IN " +
                placeholders(static_cast<int>(size), 1) + " AND entity IN (?, ?) ORDER BY pet_id, entity, row_id",
            params);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows.boolean(r, 6)) {
                continue;
            }
            const EntityType type = rows.text(r, 1) == enumName(first) ? first : second;
            out[rows.text(r, 0)].push_back(
                rowFromColumns(type, rows.text(r, 2), rows.text(r, 3), rows.text(r, 4), rows.integer(r, 5)));
        }
    });
    return out;
}

std::map<std::string, SyncRow, std::less<>> load(DbConnection& db, const std::string& orgId, EntityType type,
                                                 const std::vector<std::string>& ids)
{
    std::map<std::string, SyncRow, std::less<>> out;
    inChunks(ids.size(), [&](std::size_t offset, std::size_t size) {
        std::vector<SqlParam> params{SqlParam(orgId), SqlParam(enumName(type))};
        for (std::size_t i = offset; i < offset + size; ++i) {
            params.emplace_back(ids[i]);
        }
        const SqlRows rows = db.query("SELECT row_id, fields, clocks, version FROM sync_rows WHERE org_id = ? AND "
                                      "entity = ? AND row_id IN " +
                                          placeholders(static_cast<int>(size), 1),
                                      params);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            out.emplace(rows.text(r, 0),
                        rowFromColumns(type, rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.integer(r, 3)));
        }
    });
    return out;
}

} // namespace rowstore

} // namespace petinfo::server
