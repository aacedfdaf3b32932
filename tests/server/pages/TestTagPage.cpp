// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TagPage.h"

#include "petinfo/common/Random.h"
#include "petinfo/common/WireCodec.h"

#include <gtest/gtest.h>

using namespace petinfo;
using namespace petinfo::server;
using nlohmann::json;

namespace {

const Date kToday{2026, 3, 15};

SyncService::PublicTag tagFor(Pet pet)
{
    SyncService::PublicTag tag;
    tag.known = true;
    pet.id = newUuid();
    tag.pet =
        sync::merge(sync::SyncRow{}, sync::changeFromEntity(sync::EntityType::Pet, toJson(pet), sync::Hlc{1, 0, "a"}))
            .row;
    return tag;
}

} // namespace

TEST(TagPage, ShowsThePetAndEscapesEverything)
{
    Pet pet;
    pet.name = "<script>alert(1)</script> Rex";
    pet.species = Species::Dog;
    pet.breed = "Beagle & \"friends\"";
    pet.sex = Sex::Male;
    pet.birthDate = Date{2023, 1, 10};
    TagPage page;
    const std::string html = page.render(newTagId(), tagFor(pet), kToday);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; Rex"), std::string::npos);
    EXPECT_NE(html.find("Dog · Beagle &amp; &quot;friends&quot;"), std::string::npos);
    EXPECT_NE(html.find("3 years, 2 months"), std::string::npos);
    EXPECT_NE(html.find("Male"), std::string::npos);
    EXPECT_NE(html.find("name=\"viewport\""), std::string::npos);
    EXPECT_NE(html.find("not reported lost"), std::string::npos);
    EXPECT_EQ(html.find("tel:"), std::string::npos);
}

TEST(TagPage, ContactsOnlyWhenLost)
{
    Pet pet;
    pet.name = "Luna";
    pet.status = PetStatus::Lost;
    SyncService::PublicTag tag = tagFor(pet);
    tag.contacts.push_back(
        json{{"name", "Ana"}, {"phones", {"+54 9 11 2345-6789"}}, {"email", "ana@example.org"}, {"role", "owner"}});
    TagPage page;
    const std::string html = page.render(newTagId(), tag, kToday);
    EXPECT_NE(html.find("I am lost"), std::string::npos);
    EXPECT_NE(html.find("href=\"tel:+5491123456789\""), std::string::npos);
    EXPECT_NE(html.find("mailto:ana@example.org"), std::string::npos);

    pet.status = PetStatus::Owned;
    SyncService::PublicTag owned = tagFor(pet);
    owned.contacts = tag.contacts; // even if the caller passed some, a pet at home shows none
    const std::string home = page.render(newTagId(), owned, kToday);
    EXPECT_EQ(home.find("tel:"), std::string::npos);
    EXPECT_EQ(home.find("ana@example.org"), std::string::npos);
}

TEST(TagPage, UnclaimedTagsSayHowToClaimThem)
{
    SyncService::PublicTag tag;
    tag.known = true;
    const std::string id = newTagId();
    const std::string html = TagPage().render(id, tag, kToday);
    EXPECT_NE(html.find("not linked to a pet yet"), std::string::npos);
    EXPECT_NE(html.find(id), std::string::npos);
    EXPECT_NE(html.find("Link tag"), std::string::npos);
}

TEST(TagPage, StrictContentSecurityPolicy)
{
    const std::string csp = TagPage().contentSecurityPolicy();
    EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
    EXPECT_NE(csp.find("img-src 'self'"), std::string::npos);
    EXPECT_NE(csp.find("style-src 'sha256-"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe"), std::string::npos);
    EXPECT_EQ(csp.find("script-src"), std::string::npos); // default-src 'none' covers scripts
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
}

TEST(TagPage, AgeText)
{
    EXPECT_EQ(ageText(Date{2026, 1, 1}, kToday), "2 months");
    EXPECT_EQ(ageText(Date{2025, 3, 15}, kToday), "1 year");
    EXPECT_EQ(ageText(Date{2020, 2, 1}, kToday), "6 years, 1 month");
}
