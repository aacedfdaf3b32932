// SPDX-License-Identifier: GPL-3.0-or-later
// Slugs of the public adoption page made from organisation names, their shape, and fees as the
// page writes them.
#include "adoption/PublicSlugs.h"
#include "adoption/WebApplications.h"
#include "pages/AdoptionPage.h"

#include <gtest/gtest.h>

using namespace petinfo::server;

TEST(PublicSlugs, NamesBecomeReadableAsciiAddresses)
{
    EXPECT_EQ(slugs::fromName("Refugio Patitas Felices"), "refugio-patitas-felices");
    EXPECT_EQ(slugs::fromName("  São João dos Animais  "), "sao-joao-dos-animais");
    EXPECT_EQ(slugs::fromName("Asociación Protectora Ñandú"), "asociacion-protectora-nandu");
    EXPECT_EQ(slugs::fromName("Noah's Ark -- Shelter!!"), "noahs-ark-shelter");
    EXPECT_EQ(slugs::fromName("Straße & Œuvre"), "strasse-oeuvre");
    EXPECT_EQ(slugs::fromName("🐶🐱"), "shelter");
    EXPECT_EQ(slugs::fromName("流浪动物"), "shelter");
    EXPECT_EQ(slugs::fromName("Al"), "shelter-al");
    EXPECT_EQ(slugs::fromName("API"), "shelter-api");
    EXPECT_EQ(slugs::fromName("\xFF\xFE broken \xC3"), "broken");
    const std::string longName = slugs::fromName(std::string(30, 'a') + " " + std::string(30, 'b'));
    EXPECT_EQ(longName.size(), slugs::kMaxLength);
    EXPECT_TRUE(slugs::isValid(longName));
    for (const char* name : {"Refugio Patitas", "São João", "!!!", "a", "Noah's Ark", "x--y", "-a-"}) {
        EXPECT_TRUE(slugs::isValid(slugs::fromName(name))) << name;
    }
}

TEST(PublicSlugs, OnlyPlainLowercaseWordsWithSingleDashesAreValid)
{
    for (const char* good : {"abc", "refugio-patitas", "a1-b2-c3", "123"}) {
        EXPECT_TRUE(slugs::isValid(good)) << good;
    }
    for (const char* bad : {"", "ab", "Abc", "a--b", "-abc", "abc-", "a b c", "../abc", "abc/def", "abc%2f", "señor",
                            "abc\n", "abc.def"}) {
        EXPECT_FALSE(slugs::isValid(bad)) << bad;
    }
    EXPECT_FALSE(slugs::isValid(std::string(41, 'a')));
    EXPECT_TRUE(slugs::isReserved("api"));
    EXPECT_TRUE(slugs::isReserved("pet")); // /adopt/pet/<id> is the stable link of an animal
    EXPECT_FALSE(slugs::isReserved("refugio"));
}

TEST(PublicSlugs, FeesAreWrittenAsPeopleOfEachLanguageWriteThem)
{
    EXPECT_EQ(formatFee(1500000, "ARS", PageLanguage::Es), "ARS\u00a015.000");
    EXPECT_EQ(formatFee(1500050, "ARS", PageLanguage::En), "ARS\u00a015,000.50");
    EXPECT_EQ(formatFee(9990, "BRL", PageLanguage::PtBr), "BRL\u00a099,90");
    EXPECT_EQ(formatFee(25000, "CLP", PageLanguage::Es), "CLP\u00a025.000"); // no minor unit
    EXPECT_EQ(formatFee(5, "MXN", PageLanguage::En), "MXN\u00a00.05");
    EXPECT_EQ(formatFee(100, "", PageLanguage::En), "1");
    EXPECT_EQ(formatFee(10000000000, "USD", PageLanguage::En), "USD\u00a0100,000,000");
    EXPECT_EQ(formatFee(100, "<b>", PageLanguage::En), "&lt;b&gt;\u00a01");
}

TEST(PublicSlugs, PhonesAreReadInTheCountryOfTheFeeCurrency)
{
    EXPECT_EQ(regionOfCurrency("ARS"), "AR");
    EXPECT_EQ(regionOfCurrency("BRL"), "BR");
    EXPECT_EQ(regionOfCurrency("USD"), "");
    EXPECT_EQ(regionOfCurrency(""), "");
}
