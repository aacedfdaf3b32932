// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Phone.h"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>

namespace petinfo::phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string upper(std::string_view region)
{
    std::string out(region);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

/** Only E.164 text is parsed back from storage ("+" and digits). */
std::optional<PhoneNumber> fromE164(std::string_view e164)
{
    if (e164.size() < 3 || e164.front() != '+' ||
        !std::all_of(e164.begin() + 1, e164.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    // Stored numbers are what Format(E164) wrote: "+", a calling code (codes are prefix-free) and
    // the national significant number. Building the PhoneNumber from those parts gives what Parse
    // would, without its regular expressions (Parse costs ~100x more, and a 50,000-pet list reads
    // every owner's number at launch). Anything else goes through Parse.
    const std::string_view digits = e164.substr(1);
    for (std::size_t ccLength = 1; ccLength <= 3 && ccLength < digits.size(); ++ccLength) {
        int cc = 0;
        for (char c : digits.substr(0, ccLength)) {
            cc = cc * 10 + (c - '0');
        }
        std::string region;
        util().GetRegionCodeForCountryCode(cc, &region);
        if (digits.front() == '0' || region == "ZZ") {
            continue;
        }
        const std::string_view national = digits.substr(ccLength);
        if (national.size() > 17) {
            break;
        }
        PhoneNumber number;
        number.set_country_code(cc);
        std::uint64_t value = 0;
        for (char c : national) {
            value = value * 10 + static_cast<std::uint64_t>(c - '0');
        }
        number.set_national_number(value);
        const auto zeros = national.find_first_not_of('0');
        if (zeros != 0 && national.size() > 1) {
            // Italian-style leading zeros are part of the number ("+39 06 ...").
            number.set_italian_leading_zero(true);
            const auto count = zeros == std::string_view::npos ? national.size() - 1 : zeros;
            if (count > 1) {
                number.set_number_of_leading_zeros(static_cast<int>(count));
            }
        }
        return number;
    }
    PhoneNumber number;
    if (util().Parse(std::string(e164), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return std::nullopt;
    }
    return number;
}

std::string digitsOf(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            out += c;
        }
    }
    return out;
}

bool hasLetters(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
}

} // namespace

Parsed parse(std::string_view typed, std::string_view region)
{
    Parsed result;
    const std::string text = trimmed(typed);
    if (text.empty() || text.size() > 64 || hasLetters(text)) {
        // libphonenumber would read "1-800-FLOWERS" as digits; a clinic's records never need that,
        // and letters are far more often a slip of the keyboard.
        result.issue = ValidationCode::PhoneFormat;
        return result;
    }
    const std::string regionCode = isKnownRegion(region) ? upper(region) : std::string("ZZ");
    std::string international = text;
    if (international.starts_with("00")) {
        // "00" is the international prefix in most of Latin America and Europe.
        international = "+" + international.substr(2);
    }
    const bool hasPlus = international.front() == '+';
    if (!hasPlus && regionCode == "ZZ") {
        result.issue = ValidationCode::PhoneNoCountryCode;
        return result;
    }
    PhoneNumber number;
    if (util().Parse(international, regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.issue = ValidationCode::PhoneFormat;
        return result;
    }
    if (!util().IsPossibleNumber(number)) {
        result.issue = ValidationCode::PhoneFormat;
        return result;
    }
    util().Format(number, PhoneNumberUtil::E164, &result.e164);
    return result;
}

std::string format(std::string_view e164, std::string_view region)
{
    const auto number = fromE164(e164);
    if (!number) {
        return std::string(e164);
    }
    std::string out;
    // Written the local way wherever it is dialled the local way: every region sharing the calling
    // code (a Canadian number in the US, Guernsey's in the UK).
    const bool national =
        isKnownRegion(region) && util().GetCountryCodeForRegion(upper(region)) == number->country_code();
    util().Format(*number, national ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return out;
}

std::string formatInternational(std::string_view e164)
{
    const auto number = fromE164(e164);
    if (!number) {
        return std::string(e164);
    }
    std::string out;
    util().Format(*number, PhoneNumberUtil::INTERNATIONAL, &out);
    return out;
}

std::vector<std::string> searchForms(std::string_view e164, std::string_view region)
{
    std::vector<std::string> forms;
    const auto number = fromE164(e164);
    if (!number) {
        if (!e164.empty()) {
            forms.emplace_back(e164);
        }
        return forms;
    }
    forms.emplace_back(e164);
    std::string national;
    util().Format(*number, PhoneNumberUtil::NATIONAL, &national);
    auto add = [&](std::string form) {
        if (form.empty()) {
            return;
        }
        for (const std::string& have : forms) {
            if (have.find(form) != std::string::npos) {
                return; // already matched as part of another form
            }
        }
        forms.push_back(std::move(form));
    };
    add(digitsOf(national));
    // Argentine mobiles carry a 9 only in the international form: locals dial 0 + area + number
    // ("011 4321-9876", the "15" left out), which no other form contains.
    std::string significant;
    util().GetNationalSignificantNumber(*number, &significant);
    if (number->country_code() == 54 && significant.size() > 1 && significant.front() == '9') {
        add("0" + significant.substr(1));
    }
    (void)region; // every number also matches its own country's national form
    return forms;
}

std::string regionOf(std::string_view e164)
{
    const auto number = fromE164(e164);
    std::string out;
    if (number) {
        util().GetRegionCodeForNumber(*number, &out);
    }
    return out == "ZZ" ? std::string() : out;
}

int callingCode(std::string_view region)
{
    return isKnownRegion(region) ? util().GetCountryCodeForRegion(upper(region)) : 0;
}

const std::set<std::string>& supported()
{
    static const std::set<std::string> known = [] {
        std::set<std::string> set;
        util().GetSupportedRegions(&set);
        return set;
    }();
    return known;
}

bool isKnownRegion(std::string_view region)
{
    return region.size() == 2 && supported().count(upper(region)) != 0;
}

std::vector<std::string> regions()
{
    return {supported().begin(), supported().end()};
}

std::string exampleNumber(std::string_view region)
{
    if (!isKnownRegion(region)) {
        return "+54 9 11 2345-6789";
    }
    PhoneNumber number;
    if (!util().GetExampleNumberForType(upper(region), PhoneNumberUtil::MOBILE, &number)) {
        return {};
    }
    std::string out;
    util().Format(number, PhoneNumberUtil::NATIONAL, &out);
    return out;
}

} // namespace petinfo::phone
