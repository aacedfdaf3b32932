// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Phone.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace petinfo;

namespace {

struct ParseCase
{
    const char* typed;
    const char* region;
    const char* e164; ///< empty: refused with `issue`
    std::optional<ValidationCode> issue;
};

class PhoneParse : public ::testing::TestWithParam<ParseCase>
{};

TEST_P(PhoneParse, ReadsWhatPeopleType)
{
    const ParseCase& c = GetParam();
    const phone::Parsed parsed = phone::parse(c.typed, c.region);
    EXPECT_EQ(parsed.e164, c.e164) << c.typed << " in " << c.region;
    EXPECT_EQ(parsed.issue, c.issue) << c.typed << " in " << c.region;
}

INSTANTIATE_TEST_SUITE_P(
    Countries, PhoneParse,
    ::testing::Values(
        // Argentina: trunk 0, area code, and the mobile "15" that becomes "9" after +54.
        ParseCase{"011 4321-9876", "AR", "+541143219876", std::nullopt},
        ParseCase{"(011) 4321-9876", "ar", "+541143219876", std::nullopt},
        ParseCase{"11 4321-9876", "AR", "+541143219876", std::nullopt},
        ParseCase{"011 15 4321-9876", "AR", "+5491143219876", std::nullopt},
        ParseCase{"+54 9 11 4321-9876", "AR", "+5491143219876", std::nullopt},
        ParseCase{"0054 9 11 4321 9876", "AR", "+5491143219876", std::nullopt},
        // Brazil: area code with or without the trunk 0, nine-digit mobiles.
        ParseCase{"(11) 98765-4321", "BR", "+5511987654321", std::nullopt},
        ParseCase{"011 98765-4321", "BR", "+5511987654321", std::nullopt},
        // Mexico and a number of another country typed in Argentina.
        ParseCase{"55 1234 5678", "MX", "+525512345678", std::nullopt},
        ParseCase{"+1 (415) 555-0100", "AR", "+14155550100", std::nullopt},
        // Refused.
        ParseCase{"011 4321-9876", "", "", ValidationCode::PhoneNoCountryCode},
        ParseCase{"011 4321-9876", "XX", "", ValidationCode::PhoneNoCountryCode},
        ParseCase{"+54 11 CALL-NOW", "AR", "", ValidationCode::PhoneFormat},
        ParseCase{"12", "AR", "", ValidationCode::PhoneFormat},
        ParseCase{"+12345", "AR", "", ValidationCode::PhoneFormat},
        ParseCase{"", "AR", "", ValidationCode::PhoneFormat}, ParseCase{"   ", "AR", "", ValidationCode::PhoneFormat},
        ParseCase{"++54 11 4321 9876", "AR", "+541143219876", std::nullopt})); // a doubled + is a slip

TEST(Phone, FormatsAsTheCountryWritesIt)
{
    EXPECT_EQ(phone::format("+541143219876", "AR"), "011 4321-9876");
    EXPECT_EQ(phone::format("+5491143219876", "AR"), "011 15-4321-9876");
    EXPECT_EQ(phone::format("+5511987654321", "BR"), "(11) 98765-4321");
    // Another country's number stays international, so it can be dialled from here.
    EXPECT_EQ(phone::format("+5511987654321", "AR"), "+55 11 98765-4321");
    EXPECT_EQ(phone::formatInternational("+541143219876"), "+54 11 4321-9876");
    // Whatever is not E.164 is shown as it is, never dropped.
    EXPECT_EQ(phone::format("call reception", "AR"), "call reception");
    EXPECT_EQ(phone::format("", "AR"), "");
}

TEST(Phone, ParsedNumbersFormatBackToWhatWasTyped)
{
    for (const char* typed : {"011 4321-9876", "011 15-4321-9876", "0351 423-4567"}) {
        const phone::Parsed parsed = phone::parse(typed, "AR");
        ASSERT_TRUE(parsed.valid()) << typed;
        EXPECT_EQ(phone::format(parsed.e164, "AR"), typed);
    }
}

TEST(Phone, StoredNumbersReadBackLikeParsedOnesInEveryRegion)
{
    // Stored E.164 text is read back without libphonenumber's parser (it is slow); every region's
    // example mobile, parsed the full way, must come back formatted exactly as the library wrote it.
    int checked = 0;
    for (const std::string& region : phone::regions()) {
        const std::string example = phone::exampleNumber(region);
        if (example.empty()) {
            continue;
        }
        const phone::Parsed parsed = phone::parse(example, region);
        ASSERT_TRUE(parsed.valid()) << region << " " << example;
        EXPECT_EQ(phone::format(parsed.e164, region), example) << region;
        EXPECT_FALSE(phone::searchForms(parsed.e164, region).empty()) << region;
        ++checked;
    }
    EXPECT_GT(checked, 200);
    // Leading zeros belong to the number in Italy (one) and in Côte d'Ivoire's old plan (two).
    const phone::Parsed rome = phone::parse("06 1234 5678", "IT");
    ASSERT_TRUE(rome.valid());
    EXPECT_EQ(rome.e164, "+390612345678");
    EXPECT_EQ(phone::format(rome.e164, "IT"), "06 1234 5678");
    EXPECT_EQ(phone::formatInternational(rome.e164), "+39 06 1234 5678");
    // Not E.164 at all: shown as stored.
    EXPECT_EQ(phone::format("+0123", "AR"), "+0123");
    EXPECT_EQ(phone::format("+999123456", "AR"), "+999123456");
}

TEST(Phone, SearchFormsHoldTheDigitsLocalsType)
{
    const auto forms = phone::searchForms("+541143219876", "AR");
    EXPECT_NE(std::find(forms.begin(), forms.end(), "+541143219876"), forms.end());
    EXPECT_NE(std::find(forms.begin(), forms.end(), "01143219876"), forms.end());
    const auto mobile = phone::searchForms("+5491143219876", "AR");
    EXPECT_NE(std::find(mobile.begin(), mobile.end(), "0111543219876"), mobile.end());
    EXPECT_NE(std::find(mobile.begin(), mobile.end(), "01143219876"), mobile.end()); // "011 4321-9876"
    EXPECT_EQ(phone::searchForms("not a number", "AR"), std::vector<std::string>{"not a number"});
}

TEST(Phone, Regions)
{
    EXPECT_EQ(phone::callingCode("AR"), 54);
    EXPECT_EQ(phone::callingCode("br"), 55);
    EXPECT_EQ(phone::callingCode("XX"), 0);
    EXPECT_EQ(phone::regionOf("+5511987654321"), "BR");
    EXPECT_EQ(phone::regionOf("+0"), "");
    EXPECT_TRUE(phone::isKnownRegion("MX"));
    EXPECT_FALSE(phone::isKnownRegion("ZZ"));
    const auto all = phone::regions();
    EXPECT_GT(all.size(), 200U);
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
    EXPECT_FALSE(phone::exampleNumber("AR").empty());
}

} // namespace
