// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PreparedRow.h"

#include "storage/RowChunk.h"
#include "sync/SyncStore.h"

namespace petinfo::client {

PreparedPage prepare(PulledPage&& pulled)
{
    sync::PullResponse& response = pulled.response;
    const bool haveTexts = pulled.rowTexts.size() == response.rows.size();
    PreparedPage page;
    page.cursor = response.cursor;
    page.hasMore = response.hasMore;
    page.serverClock = std::move(response.serverClock);
    page.rows.reserve(response.rows.size());
    page.body = std::move(pulled.body);
    if (!haveTexts) {
        page.ownTexts.reserve(response.rows.size());
    }
    for (std::size_t i = 0; i < response.rows.size(); ++i) {
        sync::SyncRow& row = response.rows[i];
        PreparedRow prepared;
        // The text is only kept once the row decoded from it: it reads back as the same row.
        if (haveTexts) {
            prepared.text = pulled.rowTexts[i];
        } else {
            prepared.text = page.ownTexts.emplace_back(SyncStore::rowText(row));
        }
        prepared.decoded = Projection::decode(row);
        prepared.row = std::move(row);
        page.rows.push_back(std::move(prepared));
    }
    if (page.rows.size() >= kMinRowsToChunk) {
        // Live rows that decode, of the types kept in chunks: stored with their domain row if
        // they turn out to be new here.
        std::vector<std::string_view> texts;
        texts.reserve(rowchunk::kRowsPerChunk);
        auto flush = [&] {
            if (!texts.empty()) {
                page.chunks.push_back(rowchunk::pack(texts));
                texts.clear();
            }
        };
        for (PreparedRow& prepared : page.rows) {
            const bool chunkable = SyncStore::isChunked(prepared.row.type) && prepared.row.exists() &&
                                   !prepared.row.isDeleted() && !prepared.decoded.error &&
                                   !std::holds_alternative<std::monostate>(prepared.decoded.entity);
            if (!chunkable) {
                continue;
            }
            prepared.chunkSlot =
                rowchunk::reference(static_cast<std::int64_t>(page.chunks.size()), static_cast<int>(texts.size()));
            texts.push_back(prepared.text);
            if (texts.size() == static_cast<std::size_t>(rowchunk::kRowsPerChunk)) {
                flush();
            }
        }
        flush();
    }
    return page;
}

} // namespace petinfo::client
