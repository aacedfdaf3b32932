// SPDX-License-Identifier: GPL-3.0-or-later
// The wire codec and validation: the first byte picks an entity decoder, the rest is its JSON.
// What decodes is validated and must encode and decode again to the same object. The text
// checks (dates, microchips, e-mail, language tags, phones, clean text) run on the raw text.
#include "FuzzCheck.h"
#include "petinfo/common/Date.h"
#include "petinfo/common/Text.h"
#include "petinfo/common/Validation.h"
#include "petinfo/common/WireCodec.h"

#include <cstdint>
#include <string_view>

using namespace petinfo;
using nlohmann::json;

namespace {

const Date kToday{2026, 12, 7};

template <typename Decode, typename Validate>
void check(const json& value, Decode decode, Validate validator)
{
    const auto decoded = decode(value);
    if (!decoded) {
        return;
    }
    (void)validator(*decoded);
    const json encoded = toJson(*decoded);
    const auto again = decode(encoded);
    FUZZ_CHECK(again.hasValue());
    FUZZ_CHECK(toJson(*again) == encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (const auto date = Date::fromIso(text)) {
        FUZZ_CHECK(Date::fromIso(date->toIso()) == date);
    }
    (void)checkMicrochip(text);
    (void)isValidEmail(text);
    (void)isValidLanguageTag(text);
    (void)normalizePhone(text, "54");
    (void)isCleanText(text, data[0] & 1);
    (void)utf8Length(text);

    const auto parsed = parseJson(text);
    if (!parsed) {
        return 0;
    }
    const json& value = *parsed;
    switch (data[0] % 7) {
    case 0:
        check(value, &petFromJson, [](const Pet& p) { return validate(p, kToday); });
        break;
    case 1:
        check(value, &personFromJson, [](const Person& p) { return validate(p); });
        break;
    case 2:
        check(value, &healthRecordFromJson, [](const HealthRecord& r) { return validate(r, kToday); });
        break;
    case 3:
        check(value, &weightEntryFromJson, [](const WeightEntry& w) { return validate(w, kToday); });
        break;
    case 4:
        check(value, &noteFromJson, [](const Note& n) { return validate(n); });
        break;
    case 5:
        check(value, &attachmentFromJson, [](const Attachment&) { return ValidationReport{}; });
        break;
    default:
        check(value, &petContactFromJson, [](const PetContact& c) { return validateContacts({c}); });
        break;
    }
    return 0;
}
