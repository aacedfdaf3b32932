// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace petinfo::client {

class Database;

struct TagRecord
{
    QString tagId;
    QString petId; ///< empty while the tag is blank
    qint64 createdAtMs = 0;
    qint64 claimedAtMs = 0;
};

/** All SQL for public QR tags. A pet's current tag is also its `tag_id`; this table also knows blank
 *  tags printed ahead of time. */
class TagRepository final
{
public:
    explicit TagRepository(Database& db)
        : m_db(db)
    {}

    StorageResult<void> insert(const TagRecord& tag);
    StorageResult<std::optional<TagRecord>> find(const QString& tagId);
    /** Blank tags, oldest first. */
    StorageResult<std::vector<TagRecord>> blank(int limit = 1000);
    /** Sync: insert or update. */
    StorageResult<void> upsert(const TagRecord& tag);
    /** Points the tag at a pet (creating the row for a tag printed on another device). */
    StorageResult<void> assign(const QString& tagId, const QString& petId, qint64 nowMs);

private:
    Database& m_db;
};

} // namespace petinfo::client
