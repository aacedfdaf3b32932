// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PreparedRow.h"

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
    for (std::size_t i = 0; i < response.rows.size(); ++i) {
        sync::SyncRow& row = response.rows[i];
        PreparedRow prepared;
        // The text is only kept once the row decoded from it: it reads back as the same row.
        prepared.text = haveTexts ? std::move(pulled.rowTexts[i]) : SyncStore::rowText(row);
        prepared.decoded = Projection::decode(row);
        prepared.row = std::move(row);
        page.rows.push_back(std::move(prepared));
    }
    return page;
}

} // namespace petinfo::client
