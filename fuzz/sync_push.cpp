// SPDX-License-Identifier: GPL-3.0-or-later
// The server's side of a push, short of the database: the body parsed as every JSON body is
// (parseJsonBody), decoded (pushRequestFromJson), and each change checked, merged into an empty
// row and into itself, and validated, as SyncService::apply does.
#include "FuzzCheck.h"
#include "http/HttpError.h"
#include "http/Request.h"
#include "petinfo/common/sync/Merge.h"
#include "petinfo/common/sync/Messages.h"

#include <cstdint>
#include <string_view>

using namespace petinfo;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    nlohmann::json body;
    try {
        body = server::parseJsonBody(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const server::ApiError&) {
        return 0;
    }
    const auto request = sync::pushRequestFromJson(body);
    if (!request) {
        return 0;
    }
    const Date today{2026, 12, 7};
    for (const sync::Mutation& m : request->mutations) {
        if (m.malformed) {
            continue;
        }
        const sync::SyncRow& change = m.change;
        if (sync::checkChange(sync::SyncRow{}, change)) {
            continue;
        }
        const sync::MergeResult created = sync::merge(sync::SyncRow{}, change);
        (void)sync::checkRow(created.row, today);
        // A change applied twice (a retried push) is accepted and changes nothing the second time.
        FUZZ_CHECK(!sync::checkChange(created.row, change).has_value());
        const sync::MergeResult again = sync::merge(created.row, sync::withoutReplayedFields(created.row, change));
        FUZZ_CHECK(!again.changed());
        FUZZ_CHECK(again.row == created.row);
        // What the server stores reads back as the same row.
        const auto stored = sync::syncRowFromJson(sync::toJson(created.row));
        FUZZ_CHECK(stored.hasValue());
        FUZZ_CHECK(*stored == created.row);
    }
    // The answer's encoding of a request's results never throws (invalid UTF-8 is replaced).
    (void)sync::toJson(*request).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return 0;
}
