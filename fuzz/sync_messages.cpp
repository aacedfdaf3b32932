// SPDX-License-Identifier: GPL-3.0-or-later
// Every other sync message decoder, on either side: the first byte picks the decoder, the rest is
// the text. Whatever decodes must encode and decode again to the same value.
#include "FuzzCheck.h"
#include "petinfo/common/sync/Hlc.h"
#include "petinfo/common/sync/Messages.h"

#include <cstdint>
#include <string_view>

using namespace petinfo;
using nlohmann::json;

namespace {

template <typename T, typename Decode>
void roundTrip(const json& value, Decode decode)
{
    const auto decoded = decode(value);
    if (!decoded) {
        return;
    }
    const json encoded = sync::toJson(*decoded);
    const auto again = decode(encoded);
    FUZZ_CHECK(again.hasValue());
    FUZZ_CHECK(sync::toJson(*again) == encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const unsigned selector = data[0] % 8;
    if (selector == 7) {
        if (const auto clock = sync::Hlc::parse(text)) {
            FUZZ_CHECK(sync::Hlc::parse(clock->encode()) == clock);
        }
        return 0;
    }
    const json value = json::parse(text, nullptr, false);
    if (value.is_discarded()) {
        return 0;
    }
    switch (selector) {
    case 0:
        roundTrip<sync::PullRequest>(value, &sync::pullRequestFromJson);
        break;
    case 1:
        roundTrip<sync::PushResponse>(value, &sync::pushResponseFromJson);
        break;
    case 2:
        roundTrip<sync::MutationResult>(value, &sync::mutationResultFromJson);
        break;
    case 3:
        roundTrip<sync::ConflictEntry>(value, &sync::conflictFromJson);
        break;
    case 4:
        roundTrip<sync::SyncRow>(value, &sync::syncRowFromJson);
        break;
    case 5:
        if (const auto m = sync::mutationFromJson(value); m && !m->malformed) {
            const auto again = sync::mutationFromJson(sync::toJson(*m, sync::ClockForm::Shared));
            FUZZ_CHECK(again.hasValue() && !again->malformed && again->change == m->change && again->id == m->id);
        }
        break;
    default:
        roundTrip<sync::PushRequest>(value, &sync::pushRequestFromJson);
        break;
    }
    return 0;
}
