// SPDX-License-Identifier: GPL-3.0-or-later
// A pull answer as a desktop reads it from a server it cannot trust: the fast reader
// (readPullResponse, readPullHead, pullRowTexts) and the full parser (pullResponseFromJson),
// which must agree whenever the fast reader takes the text (Messages.h promises it).
#include "FuzzCheck.h"
#include "petinfo/common/sync/Messages.h"

#include <cstdint>
#include <string_view>

using namespace petinfo;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> slices;
    const std::optional<sync::PullResponse> fast = sync::readPullResponse(body, &slices);
    const std::optional<sync::PullHead> head = sync::readPullHead(body);
    const std::vector<std::string_view> texts = sync::pullRowTexts(body);
    for (std::string_view t : texts) {
        FUZZ_CHECK(t.data() >= body.data() && t.data() + t.size() <= body.data() + body.size());
    }

    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    const auto full = parsed.is_discarded() ? std::nullopt : std::optional(sync::pullResponseFromJson(parsed));
    if (fast) {
        FUZZ_CHECK(full.has_value() && full->hasValue());
        const sync::PullResponse& slow = **full;
        FUZZ_CHECK(fast->cursor == slow.cursor);
        FUZZ_CHECK(fast->hasMore == slow.hasMore);
        FUZZ_CHECK(fast->serverClock == slow.serverClock);
        FUZZ_CHECK(fast->rows == slow.rows);
        FUZZ_CHECK(slices.size() == fast->rows.size());
        if (head) {
            FUZZ_CHECK(head->cursor == fast->cursor && head->hasMore == fast->hasMore);
        }
    }
    if (full && full->hasValue()) {
        // What the client stores of each row reads back the same.
        for (const sync::SyncRow& row : (*full)->rows) {
            const auto again = sync::syncRowFromJson(sync::toJson(row, sync::ClockForm::Shared));
            FUZZ_CHECK(again.hasValue() && *again == row);
        }
    }
    return 0;
}
