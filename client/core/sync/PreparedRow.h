// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Messages.h"
#include "sync/Projection.h"
#include "sync/SyncApi.h"

#include <string>
#include <vector>

namespace petinfo::client {

/** A pulled row with the work that needs no database done ahead, on the thread that fetches
 *  pages: its stored text and its domain object, both right as they are when the row is new
 *  here (nearly every row of a first sync). A row that meets a stored one is merged instead. */
struct PreparedRow
{
    sync::SyncRow row;
    /** Its stored form: as it arrived (in the page's answer), or SyncStore::rowText(row) (in the
     *  page's ownTexts). */
    std::string_view text;
    Projection::Decoded decoded;
    /** Where the text also is among the page's chunks (chunk * rowchunk::kRowsPerChunk +
     *  index), or -1. A row in a chunk is stored by referring to it from its new domain row. */
    std::int64_t chunkSlot = -1;
};

/** A pull answer whose rows are prepared. */
struct PreparedPage
{
    std::vector<PreparedRow> rows;
    std::vector<std::string> chunks;   ///< rowchunk::pack() of the texts of the rows that may be new
    QByteArray body;                   ///< the answer the rows' texts are in
    std::vector<std::string> ownTexts; ///< texts written anew (reserved up front: they never move)
    std::int64_t cursor = 0;
    bool hasMore = false;
    sync::Hlc serverClock;
};

/** Pages with fewer rows than this (the usual incremental sync) are stored row by row. */
constexpr std::size_t kMinRowsToChunk = 256;

PreparedPage prepare(PulledPage&& pulled);

} // namespace petinfo::client
