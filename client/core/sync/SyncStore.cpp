// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncStore.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowChunk.h"

#include <sqlite3.h>

#include <array>

namespace petinfo::client {

namespace {

QString typeName(sync::EntityType type)
{
    return QString::fromLatin1(enumName(type));
}

std::string dump(const nlohmann::json& value)
{
    return value.dump();
}

nlohmann::json parse(const std::string& text)
{
    nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
    return value.is_discarded() ? nlohmann::json() : value;
}

nlohmann::json parse(const QString& text)
{
    return parse(text.toStdString());
}

ConflictRecord readConflict(const Query& q)
{
    ConflictRecord c;
    c.id = q.int64(0);
    c.type = enumFromString<sync::EntityType>(q.str(1)).value_or(sync::EntityType::Pet);
    c.rowId = q.text(2);
    c.field = q.text(3);
    c.winningValue = parse(q.text(4));
    c.winningClock = sync::Hlc::parse(q.str(5)).value_or(sync::Hlc{});
    c.losingValue = parse(q.text(6));
    c.losingClock = sync::Hlc::parse(q.str(7)).value_or(sync::Hlc{});
    c.createdAtMs = q.int64(8);
    c.restoredAtMs = q.int64(9);
    return c;
}

/** The domain table a synced type projects to: its row id as an SQL expression, the condition
 *  that finds one row by that id, and whether it has a trash and can keep synced rows in chunks
 *  (a `sync_ref` column, migration 5). Tags have no table of their own. */
struct DomainTable
{
    const char* table = nullptr;
    const char* rowId = "id";
    const char* key = "id = ?";
    bool trash = true;
    bool chunked = false;
};

std::optional<DomainTable> domainTable(sync::EntityType type)
{
    switch (type) {
    case sync::EntityType::Pet:
        return DomainTable{"pets", "id", "id = ?", true, true};
    case sync::EntityType::Person:
        return DomainTable{"persons", "id", "id = ?", true, true};
    case sync::EntityType::PetContact:
        return DomainTable{"pet_contacts", "pet_id || '/' || person_id", "pet_id = ? AND person_id = ?", false, true};
    case sync::EntityType::HealthRecord:
        return DomainTable{"health_records", "id", "id = ?", true, true};
    case sync::EntityType::Weight:
        return DomainTable{"weights"};
    case sync::EntityType::Note:
        return DomainTable{"notes"};
    case sync::EntityType::Attachment:
        return DomainTable{"attachments"};
    case sync::EntityType::Intake:
        return DomainTable{"intakes"};
    case sync::EntityType::AdoptionProfile:
        return DomainTable{"adoption_profiles", "pet_id", "pet_id = ?"};
    case sync::EntityType::StatusChange:
        return DomainTable{"status_changes", "id", "id = ?", false};
    case sync::EntityType::AdoptionApplication:
        return DomainTable{"adoption_applications"};
    case sync::EntityType::FoundAnimal:
        return DomainTable{"found_animals"};
    case sync::EntityType::Tag:
    case sync::EntityType::Reminder:
    case sync::EntityType::Message:
    case sync::EntityType::FoundReport:
        return std::nullopt;
    }
    return std::nullopt;
}

/** The domain table of a type whose synced rows can be kept in chunks. */
std::optional<DomainTable> chunkedTable(sync::EntityType type)
{
    auto table = domainTable(type);
    return table && table->chunked ? table : std::nullopt;
}

constexpr std::array kChunkedTypes = {sync::EntityType::Pet, sync::EntityType::Person, sync::EntityType::PetContact,
                                      sync::EntityType::HealthRecord};

/** Binds the key of a domain row: a link's id is "petId/personId". */
void bindKey(Query& q, sync::EntityType type, std::string_view id)
{
    if (type == sync::EntityType::PetContact) {
        const auto slash = id.find('/');
        q.bind(id.substr(0, slash)).bind(slash == std::string_view::npos ? std::string_view() : id.substr(slash + 1));
    } else {
        q.bind(id);
    }
}

const QString kChunksReleased = QStringLiteral("chunks.released");

} // namespace

bool SyncStore::isChunked(sync::EntityType type)
{
    return chunkedTable(type).has_value();
}

StorageResult<qint64> SyncStore::insertChunk(std::string_view packed)
{
    Query q(m_db, QStringLiteral("INSERT INTO sync_chunks (body) VALUES (?)"));
    q.bindBlob(packed);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return static_cast<qint64>(sqlite3_last_insert_rowid(m_db.handle()));
}

StorageResult<bool> SyncStore::hasLooseRow(sync::EntityType type, const std::string& id)
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM sync_rows WHERE type = ? AND id = ?"));
    q.bind(enumName(type)).bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next();
}

StorageResult<bool> SyncStore::hasLooseRows(sync::EntityType type)
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM sync_rows WHERE type = ? LIMIT 1"));
    q.bind(enumName(type));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next();
}

StorageResult<bool> SyncStore::domainRowExists(sync::EntityType type, const std::string& id, bool chunkedOnly)
{
    const auto table = chunkedTable(type);
    if (!table) {
        return false;
    }
    Query q(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE %2%3")
                      .arg(QLatin1String(table->table), QLatin1String(table->key),
                           chunkedOnly ? QStringLiteral(" AND sync_ref IS NOT NULL") : QString()));
    bindKey(q, type, id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next();
}

StorageResult<std::optional<sync::SyncRow>> SyncStore::findChunked(sync::EntityType type, const QString& id)
{
    const auto table = chunkedTable(type);
    if (!table) {
        return std::optional<sync::SyncRow>();
    }
    // In the subquery, id is the chunk's and sync_ref the domain row's.
    Query q(m_db, QStringLiteral("SELECT sync_ref, (SELECT body FROM sync_chunks WHERE id = sync_ref / %1) FROM %2 "
                                 "WHERE %3 AND sync_ref IS NOT NULL")
                      .arg(rowchunk::kRowsPerChunk)
                      .arg(QLatin1String(table->table), QLatin1String(table->key)));
    const std::string key = id.toStdString();
    bindKey(q, type, key);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return std::optional<sync::SyncRow>();
    }
    const auto text = rowchunk::unpack(q.bytes(1), rowchunk::indexOf(q.int64(0)));
    if (!text) {
        return fail(StorageErrc::Damaged, "the stored chunk of sync row " + key + " is damaged or missing");
    }
    auto decoded = sync::syncRowFromJson(parse(*text));
    if (!decoded || decoded->type != type || decoded->id != key) {
        return fail(StorageErrc::Damaged, "the chunked sync row " + key + " does not read back");
    }
    return std::optional<sync::SyncRow>(std::move(*decoded));
}

StorageResult<void> SyncStore::countReleased(qint64 rows)
{
    // The same statement as the delete triggers of migration 5.
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, "
                                 "COALESCE((SELECT value FROM sync_state WHERE key = ?1), 0) + ?2)"));
    q.bind(kChunksReleased).bind(rows);
    return q.exec();
}

StorageResult<void> SyncStore::dropReleasedChunks(qint64 atLeast)
{
    auto released = state(kChunksReleased);
    if (!released) {
        return fail(released.error());
    }
    if (released->isEmpty() || released->toLongLong() < atLeast) {
        return {};
    }
    QStringList used;
    for (sync::EntityType type : kChunkedTypes) {
        used << QStringLiteral("SELECT sync_ref / %1 FROM %2 WHERE sync_ref IS NOT NULL")
                    .arg(rowchunk::kRowsPerChunk)
                    .arg(QLatin1String(chunkedTable(type)->table));
    }
    Query q(m_db,
            QStringLiteral("DELETE FROM sync_chunks WHERE id NOT IN (%1)").arg(used.join(QLatin1String(" UNION "))));
    if (auto r = q.exec(); !r) {
        return r;
    }
    return removeState(kChunksReleased);
}

std::string SyncStore::rowText(const sync::SyncRow& row)
{
    // Rows and outbox entries are stored in the wire form with shared clocks (both forms read back).
    std::string text;
    text.reserve(512);
    sync::appendJson(text, row, sync::ClockForm::Shared);
    return text;
}

StorageResult<sync::SyncRow> SyncStore::row(sync::EntityType type, const QString& id)
{
    auto found = find(type, id);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return sync::SyncRow{type, id.toStdString(), {}, 0};
    }
    return std::move(**found);
}

StorageResult<std::optional<sync::SyncRow>> SyncStore::find(sync::EntityType type, const QString& id)
{
    Query q(m_db, QStringLiteral("SELECT row, version FROM sync_rows WHERE type = ? AND id = ?"));
    q.bind(typeName(type)).bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return findChunked(type, id);
    }
    auto decoded = sync::syncRowFromJson(parse(q.str(0)));
    if (!decoded) {
        return fail(StorageErrc::Damaged, "sync row " + id.toStdString() + ": " + decoded.error().detail);
    }
    decoded->version = q.int64(1);
    return std::optional<sync::SyncRow>(std::move(*decoded));
}

StorageResult<void> SyncStore::insertRow(const sync::SyncRow& row, std::string_view text)
{
    if (isChunked(row.type)) {
        auto chunked = domainRowExists(row.type, row.id, true);
        if (!chunked) {
            return fail(chunked.error());
        }
        if (*chunked) {
            return fail(StorageErrc::Constraint, "sync row " + row.id + " is stored in a chunk");
        }
    }
    Query insert(m_db, QStringLiteral("INSERT INTO sync_rows (type, id, row, version) VALUES (?, ?, ?, ?)"));
    insert.bind(enumName(row.type)).bind(row.id).bind(text).bind(static_cast<qint64>(row.version));
    return insert.exec();
}

StorageResult<void> SyncStore::putRow(const sync::SyncRow& row)
{
    // Update, then insert if nothing matched; never INSERT OR REPLACE. A REPLACE may delete rows,
    // so SQLite gives it a statement journal, and SQLCipher encrypts every page that journal
    // copies: a pull of 130,000 rows spent most of its time there.
    const std::string text = rowText(row);
    Query update(m_db, QStringLiteral("UPDATE sync_rows SET row = ?, version = ? WHERE type = ? AND id = ?"));
    update.bind(text).bind(static_cast<qint64>(row.version)).bind(typeName(row.type)).bind(row.id);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    Query insert(m_db, QStringLiteral("INSERT INTO sync_rows (type, id, row, version) VALUES (?, ?, ?, ?)"));
    insert.bind(typeName(row.type)).bind(row.id).bind(text).bind(static_cast<qint64>(row.version));
    if (auto r = insert.exec(); !r) {
        return r;
    }
    // A row leaves its chunk the first time it changes (inserted above first: a crash in between
    // leaves two copies, and sync_rows wins).
    const auto table = chunkedTable(row.type);
    if (!table) {
        return {};
    }
    Query release(m_db, QStringLiteral("UPDATE %1 SET sync_ref = NULL WHERE %2 AND sync_ref IS NOT NULL")
                            .arg(QLatin1String(table->table), QLatin1String(table->key)));
    bindKey(release, row.type, row.id);
    if (auto r = release.exec(); !r) {
        return r;
    }
    return release.rowsAffected() > 0 ? countReleased(1) : StorageResult<void>();
}

StorageResult<qint64> SyncStore::rowCount()
{
    QString sql = QStringLiteral("SELECT (SELECT count(*) FROM sync_rows)");
    for (sync::EntityType type : kChunkedTypes) {
        sql += QStringLiteral(" + (SELECT count(*) FROM %1 WHERE sync_ref IS NOT NULL)")
                   .arg(QLatin1String(chunkedTable(type)->table));
    }
    Query q(m_db, sql);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next() ? q.int64(0) : 0;
}

StorageResult<std::vector<std::pair<sync::EntityType, QString>>> SyncStore::serverKnownRows()
{
    Query q(m_db, QStringLiteral("SELECT type, id FROM sync_rows WHERE version > 0"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<std::pair<sync::EntityType, QString>> rows;
    while (q.next()) {
        if (auto type = enumFromString<sync::EntityType>(q.str(0))) {
            rows.emplace_back(*type, q.text(1));
        }
    }
    // Chunked rows all came from the server.
    for (sync::EntityType type : kChunkedTypes) {
        const auto table = chunkedTable(type);
        Query chunked(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE sync_ref IS NOT NULL")
                                .arg(QLatin1String(table->rowId), QLatin1String(table->table)));
        if (auto r = chunked.exec(); !r) {
            return fail(r.error());
        }
        while (chunked.next()) {
            rows.emplace_back(type, chunked.text(0));
        }
    }
    return rows;
}

StorageResult<qint64> SyncStore::appendOutbox(const sync::SyncRow& change, qint64 nowMs)
{
    auto next = state(QStringLiteral("mutation.next"), QStringLiteral("1"));
    if (!next) {
        return fail(next.error());
    }
    const qint64 id = next->toLongLong();
    Query q(m_db, QStringLiteral("INSERT INTO outbox (mutation_id, type, row_id, change, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    q.bind(id).bind(typeName(change.type)).bind(change.id).bind(rowText(change)).bind(nowMs);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (auto r = setState(QStringLiteral("mutation.next"), QString::number(id + 1)); !r) {
        return fail(r.error());
    }
    return id;
}

StorageResult<std::vector<sync::Mutation>> SyncStore::pending(int limit)
{
    Query q(m_db, QStringLiteral("SELECT mutation_id, change FROM outbox ORDER BY mutation_id LIMIT ?"));
    q.bind(limit);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<sync::Mutation> mutations;
    while (q.next()) {
        auto change = sync::syncRowFromJson(parse(q.str(1)));
        if (!change) {
            return fail(StorageErrc::Damaged, "outbox entry " + std::to_string(q.int64(0)));
        }
        mutations.push_back(sync::Mutation{q.int64(0), std::move(*change), std::nullopt});
    }
    return mutations;
}

StorageResult<qint64> SyncStore::outboxCount()
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM outbox"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next() ? q.int64(0) : 0;
}

StorageResult<void> SyncStore::acknowledgeUpTo(qint64 lastMutationId)
{
    Query q(m_db, QStringLiteral("DELETE FROM outbox WHERE mutation_id <= ?"));
    q.bind(lastMutationId);
    if (auto r = q.exec(); !r) {
        return r;
    }
    // Never hand out an id the server has already consumed (e.g. after restoring an old backup).
    auto next = state(QStringLiteral("mutation.next"), QStringLiteral("1"));
    if (next && next->toLongLong() <= lastMutationId) {
        return setState(QStringLiteral("mutation.next"), QString::number(lastMutationId + 1));
    }
    return {};
}

StorageResult<void> SyncStore::addConflicts(const std::vector<sync::ConflictEntry>& conflicts, qint64 nowMs)
{
    for (const sync::ConflictEntry& c : conflicts) {
        // Timestamps change on every edit; a clash there says nothing people need to see.
        if (c.field == "updatedAt" || c.field == "createdAt") {
            continue;
        }
        Query q(m_db, QStringLiteral(
                          "INSERT OR IGNORE INTO sync_conflicts (type, row_id, field, winning_value, winning_clock, "
                          "losing_value, losing_clock, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const bool storedWon = c.winner == sync::Winner::Stored;
        q.bind(typeName(c.type))
            .bind(c.rowId)
            .bind(c.field)
            .bind(dump(c.winningValue()))
            .bind((storedWon ? c.storedClock : c.incomingClock).encode())
            .bind(dump(c.losingValue()))
            .bind(c.losingClock().encode())
            .bind(nowMs);
        if (auto r = q.exec(); !r) {
            return r;
        }
    }
    return {};
}

StorageResult<std::vector<ConflictRecord>> SyncStore::conflicts(int limit, bool includeRestored)
{
    Query q(m_db, QStringLiteral("SELECT id, type, row_id, field, winning_value, winning_clock, losing_value, "
                                 "losing_clock, created_at, COALESCE(restored_at, 0) FROM sync_conflicts %1 "
                                 "ORDER BY id DESC LIMIT ?")
                      .arg(includeRestored ? QString() : QStringLiteral("WHERE restored_at IS NULL")));
    q.bind(limit);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<ConflictRecord> list;
    while (q.next()) {
        list.push_back(readConflict(q));
    }
    return list;
}

StorageResult<ConflictRecord> SyncStore::conflict(qint64 id)
{
    Query q(m_db,
            QStringLiteral("SELECT id, type, row_id, field, winning_value, winning_clock, losing_value, "
                           "losing_clock, created_at, COALESCE(restored_at, 0) FROM sync_conflicts WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return fail(StorageErrc::NotFound, "conflict " + std::to_string(id));
    }
    return readConflict(q);
}

StorageResult<void> SyncStore::markConflictRestored(qint64 id, qint64 nowMs)
{
    Query q(m_db, QStringLiteral("UPDATE sync_conflicts SET restored_at = ? WHERE id = ?"));
    q.bind(nowMs).bind(id);
    return q.exec();
}

StorageResult<void> SyncStore::addRejection(const RejectionRecord& r)
{
    Query q(m_db, QStringLiteral("INSERT OR REPLACE INTO sync_rejections (mutation_id, type, row_id, code, field, "
                                 "message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(r.mutationId)
        .bind(typeName(r.type))
        .bind(r.rowId)
        .bind(r.code)
        .bind(r.field)
        .bind(r.message)
        .bind(r.createdAtMs);
    return q.exec();
}

StorageResult<std::vector<RejectionRecord>> SyncStore::rejections(int limit)
{
    Query q(m_db, QStringLiteral("SELECT mutation_id, type, row_id, code, field, message, created_at "
                                 "FROM sync_rejections ORDER BY mutation_id DESC LIMIT ?"));
    q.bind(limit);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<RejectionRecord> list;
    while (q.next()) {
        list.push_back(RejectionRecord{q.int64(0),
                                       enumFromString<sync::EntityType>(q.str(1)).value_or(sync::EntityType::Pet),
                                       q.text(2), q.text(3), q.text(4), q.text(5), q.int64(6)});
    }
    return list;
}

StorageResult<void> SyncStore::markPending(sync::EntityType type, const QString& id)
{
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO sync_pending (type, id) VALUES (?, ?)"));
    q.bind(typeName(type)).bind(id);
    return q.exec();
}

StorageResult<void> SyncStore::clearPending(sync::EntityType type, const QString& id)
{
    Query q(m_db, QStringLiteral("DELETE FROM sync_pending WHERE type = ? AND id = ?"));
    q.bind(typeName(type)).bind(id);
    return q.exec();
}

StorageResult<std::vector<std::pair<sync::EntityType, QString>>> SyncStore::pendingProjections()
{
    Query q(m_db, QStringLiteral("SELECT type, id FROM sync_pending"));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<std::pair<sync::EntityType, QString>> list;
    while (q.next()) {
        if (auto type = enumFromString<sync::EntityType>(q.str(0))) {
            list.emplace_back(*type, q.text(1));
        }
    }
    return list;
}

StorageResult<QString> SyncStore::state(const QString& key, const QString& fallback)
{
    Query q(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bind(key);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next() ? q.text(0) : fallback;
}

StorageResult<void> SyncStore::setState(const QString& key, const QString& value)
{
    // Written once per mutation: update first, like putRow, to stay clear of REPLACE.
    Query update(m_db, QStringLiteral("UPDATE sync_state SET value = ? WHERE key = ?"));
    update.bind(value).bind(key);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    Query insert(m_db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"));
    insert.bind(key).bind(value);
    return insert.exec();
}

StorageResult<void> SyncStore::removeState(const QString& key)
{
    Query q(m_db, QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    q.bind(key);
    return q.exec();
}

StorageResult<qint64> SyncStore::domainDeletedAt(sync::EntityType type, const QString& id)
{
    const auto table = domainTable(type);
    if (!table || !table->trash) {
        return qint64{0};
    }
    Query q(m_db, QStringLiteral("SELECT COALESCE(deleted_at, 0) FROM %1 WHERE %2")
                      .arg(QLatin1String(table->table), QLatin1String(table->key)));
    q.bind(id);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    return q.next() ? q.int64(0) : 0;
}

StorageResult<QStringList> SyncStore::unsyncedIds(sync::EntityType type)
{
    const auto table = domainTable(type);
    if (!table) {
        return QStringList();
    }
    // Domain rows with no synced copy: none in sync_rows, and (where the table can) no chunk.
    Query q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE %3%1 NOT IN (SELECT id FROM sync_rows WHERE type = ?)")
                      .arg(QLatin1String(table->rowId), QLatin1String(table->table),
                           table->chunked ? QStringLiteral("sync_ref IS NULL AND ") : QString()));
    q.bind(typeName(type));
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    QStringList ids;
    while (q.next()) {
        ids << q.text(0);
    }
    return ids;
}

} // namespace petinfo::client
