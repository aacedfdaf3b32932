// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TagRepository.h"

#include "storage/Query.h"

namespace petinfo::client {

namespace {

TagRecord readTag(const Query& q)
{
    return TagRecord{q.text(0), q.text(1), q.int64(2), q.int64(3)};
}

constexpr auto kColumns = "tag_id, COALESCE(pet_id, ''), created_at, COALESCE(claimed_at, 0)";

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfZero(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

} // namespace

StorageResult<void> TagRepository::insert(const TagRecord& tag)
{
    Query q(m_db, QStringLiteral("INSERT INTO tags (tag_id, pet_id, created_at, claimed_at) VALUES (?, ?, ?, ?)"));
    q.bind(tag.tagId).bind(nullIfEmpty(tag.petId)).bind(tag.createdAtMs).bind(nullIfZero(tag.claimedAtMs));
    return q.exec();
}

StorageResult<std::optional<TagRecord>> TagRepository::find(const QString& tagId)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM tags WHERE tag_id = ?").arg(QLatin1String(kColumns)));
    q.bind(tagId);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    if (!q.next()) {
        return std::optional<TagRecord>();
    }
    return std::optional<TagRecord>(readTag(q));
}

StorageResult<std::vector<TagRecord>> TagRepository::blank(int limit)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM tags WHERE pet_id IS NULL ORDER BY created_at, tag_id LIMIT ?")
                      .arg(QLatin1String(kColumns)));
    q.bind(limit);
    if (auto r = q.exec(); !r) {
        return fail(r.error());
    }
    std::vector<TagRecord> tags;
    while (q.next()) {
        tags.push_back(readTag(q));
    }
    return tags;
}

StorageResult<void> TagRepository::upsert(const TagRecord& tag)
{
    Query update(m_db,
                 QStringLiteral("UPDATE tags SET pet_id = ?, claimed_at = COALESCE(claimed_at, ?) WHERE tag_id = ?"));
    update.bind(nullIfEmpty(tag.petId)).bind(nullIfZero(tag.claimedAtMs)).bind(tag.tagId);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    return insert(tag);
}

StorageResult<void> TagRepository::assign(const QString& tagId, const QString& petId, qint64 nowMs)
{
    Query update(m_db, QStringLiteral("UPDATE tags SET pet_id = ?, claimed_at = ? WHERE tag_id = ?"));
    update.bind(petId).bind(nowMs).bind(tagId);
    if (auto r = update.exec(); !r) {
        return r;
    }
    if (update.rowsAffected() == 1) {
        return {};
    }
    return insert(TagRecord{tagId, petId, nowMs, nowMs});
}

} // namespace petinfo::client
