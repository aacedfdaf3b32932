// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PreparedRow.h"

#include "sync/SyncStore.h"

namespace petinfo::client {

PreparedPage prepare(sync::PullResponse&& response)
{
    PreparedPage page;
    page.cursor = response.cursor;
    page.hasMore = response.hasMore;
    page.serverClock = std::move(response.serverClock);
    page.rows.reserve(response.rows.size());
    for (sync::SyncRow& row : response.rows) {
        PreparedRow prepared;
        prepared.text = SyncStore::rowText(row);
        prepared.decoded = Projection::decode(row);
        prepared.row = std::move(row);
        page.rows.push_back(std::move(prepared));
    }
    return page;
}

} // namespace petinfo::client
