// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace petinfo::client::rowchunk {

/** Stored sync rows of a long pull, kept a few dozen at a time in one LZ4-compressed blob
 *  (table sync_chunks) and referenced from the domain rows they project to (column sync_ref =
 *  chunk id * kRowsPerChunk + index). A first sync then writes each row once, in its domain
 *  table, plus its text compressed together with its chunk's, instead of a second B-tree row
 *  of ~400 bytes. */
constexpr int kRowsPerChunk = 64; ///< part of the stored format (migration 5's triggers): never change

inline std::int64_t reference(std::int64_t chunkId, int index)
{
    return chunkId * kRowsPerChunk + index;
}
inline std::int64_t chunkOf(std::int64_t ref)
{
    return ref / kRowsPerChunk;
}
inline int indexOf(std::int64_t ref)
{
    return static_cast<int>(ref % kRowsPerChunk);
}

/** Compresses 1..kRowsPerChunk texts into one blob. */
std::string pack(const std::vector<std::string_view>& texts);

/** The text at `index`, or nullopt when the blob is damaged or has no such entry. */
std::optional<std::string> unpack(std::string_view packed, int index);

/** Registers the SQL functions petinfo_sync_row(blob, index) (unpack()) and
 *  petinfo_sync_row_version(blob, index) (that row's "version") on a connection, for the
 *  triggers that keep a chunked row when its domain row is deleted. A damaged blob is an SQL
 *  error, so the delete fails instead of losing the row. */
int registerSqlFunctions(sqlite3* db);

} // namespace petinfo::client::rowchunk
