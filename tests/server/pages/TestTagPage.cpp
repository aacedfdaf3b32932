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

TEST(TagPage, LostPetOffersWhatsAppAndTheFoundForm)
{
    Pet pet;
    pet.name = "Luna & <b>";
    pet.status = PetStatus::Lost;
    SyncService::PublicTag tag = tagFor(pet);
    tag.contacts.push_back(json{{"name", "Ana"}, {"phones", {"+5491123456789"}}, {"role", "owner"}});
    const std::string id = newTagId();
    const std::string html = TagPage().render(id, tag, kToday, PageLanguage::Es);
    EXPECT_NE(html.find("<html lang=\"es\">"), std::string::npos);
    EXPECT_NE(html.find("Estoy perdido"), std::string::npos);
    // Shown the Argentine way, dialled in full.
    EXPECT_NE(html.find(">Llamar 011 15-2345-6789<"), std::string::npos) << html;
    EXPECT_NE(html.find("href=\"tel:+5491123456789\""), std::string::npos);
    // The pet's name is in the typed message, percent-encoded, then escaped for the attribute.
    EXPECT_NE(html.find("href=\"https://wa.me/5491123456789?text=Hola%2C%20encontr%C3%A9%20a%20Luna%20%26%20%3Cb%3E"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("Escribir por WhatsApp"), std::string::npos);
    EXPECT_NE(html.find("action=\"/t/" + id + "/found\""), std::string::npos);
    EXPECT_NE(html.find(TagPage::kTokenSlot), std::string::npos);
    EXPECT_NE(html.find("name=\"website\""), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    // The switch offers the other two languages.
    EXPECT_NE(html.find("href=\"/t/" + id + "?lang=pt-BR\""), std::string::npos);
    EXPECT_NE(html.find("href=\"/t/" + id + "?lang=en\""), std::string::npos);

    const std::string withToken = withFormToken(html, "v1.a\"b");
    EXPECT_EQ(withToken.find(TagPage::kTokenSlot), std::string::npos);
    EXPECT_NE(withToken.find("name=\"form_token\" value=\"v1.a&quot;b\""), std::string::npos);
}

TEST(TagPage, NoFormWhileThePetIsHome)
{
    Pet pet;
    pet.name = "Luna";
    const std::string html = TagPage().render(newTagId(), tagFor(pet), kToday, PageLanguage::PtBr);
    EXPECT_EQ(html.find("<form"), std::string::npos);
    EXPECT_EQ(html.find(TagPage::kTokenSlot), std::string::npos);
    EXPECT_NE(html.find("<html lang=\"pt-BR\">"), std::string::npos);
    EXPECT_NE(html.find("não está marcado como perdido"), std::string::npos);
}

TEST(TagPage, FormShownAgainWithWhatWasTypedEscaped)
{
    Pet pet;
    pet.name = "Luna";
    pet.status = PetStatus::Lost;
    FoundFormState state;
    state.values = {{"name", "\"><script>x</script>"}, {"message", "</textarea><img src=x>"}};
    state.error = "Please fill in: <Your phone>";
    const std::string html = TagPage().render(newTagId(), tagFor(pet), kToday, PageLanguage::En, &state);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img src=x"), std::string::npos);
    EXPECT_NE(html.find("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), std::string::npos);
    EXPECT_NE(html.find("&lt;/textarea&gt;&lt;img src=x&gt;</textarea>"), std::string::npos);
    EXPECT_NE(html.find("id=\"form-error\" role=\"alert\">Please fill in: &lt;Your phone&gt;<"), std::string::npos);
}

TEST(TagPage, LanguageFromTheQueryThenAcceptLanguage)
{
    EXPECT_EQ(pickLanguage("", ""), PageLanguage::En);
    EXPECT_EQ(pickLanguage("", "es-AR,es;q=0.9,en;q=0.8"), PageLanguage::Es);
    EXPECT_EQ(pickLanguage("", "pt-BR"), PageLanguage::PtBr);
    EXPECT_EQ(pickLanguage("", "pt-PT;q=0.5, fr, en;q=0.6"), PageLanguage::En);
    EXPECT_EQ(pickLanguage("", "fr, de;q=0.5"), PageLanguage::En);
    EXPECT_EQ(pickLanguage("", "de, es;q=0.1"), PageLanguage::Es);
    EXPECT_EQ(pickLanguage("", "es;q=abc"), PageLanguage::En);
    EXPECT_EQ(pickLanguage("pt-BR", "es"), PageLanguage::PtBr);
    EXPECT_EQ(pickLanguage("es", "en"), PageLanguage::Es);
    EXPECT_EQ(pickLanguage("xx", "es"), PageLanguage::Es);
    EXPECT_EQ(pickLanguage("<script>", "pt"), PageLanguage::PtBr);
    EXPECT_EQ(ageText(Date{2020, 2, 1}, kToday, PageLanguage::Es), "6 años, 1 mes");
    EXPECT_EQ(ageText(Date{2025, 3, 15}, kToday, PageLanguage::PtBr), "1 ano");
}
