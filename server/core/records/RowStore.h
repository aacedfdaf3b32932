// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Row.h"

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace petinfo::server {

class DbConnection;

/** The sync_rows table: one row's columns, and the reads and writes of many rows at once that a
 *  large push needs (a statement per row made planning reminders for an import cost four times
 *  the import itself: bench-reminders). Statements are cut as db/SqlBatch.h says. */
namespace rowstore {

/** Stores rows (insert, or replace the stored row with the same key). */
void store(DbConnection& db, const std::string& orgId, std::span<const sync::SyncRow> rows, std::int64_t nowMs);

/** Live rows of two types that belong to any of `petIds`: pet id → its rows, ordered by type
 *  and id (pets without rows are absent). */
std::map<std::string, std::vector<sync::SyncRow>, std::less<>> ofPets(DbConnection& db, const std::string& orgId,
                                                                      const std::vector<std::string>& petIds,
                                                                      sync::EntityType first, sync::EntityType second);

/** Stored rows of one type (deleted ones too) among `ids`: id → row. */
std::map<std::string, sync::SyncRow, std::less<>> load(DbConnection& db, const std::string& orgId,
                                                       sync::EntityType type, const std::vector<std::string>& ids);

} // namespace rowstore

/** The pet a row belongs to, kept in a column so that a pet's records are one index lookup. */
std::string petIdOf(const sync::SyncRow& row);

/** Builds a row from its stored columns. */
sync::SyncRow rowFromColumns(sync::EntityType type, std::string id, const std::string& fields,
                             const std::string& clocks, std::int64_t version);

} // namespace petinfo::server
