// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Random.h"
#include "petinfo/common/WireCodec.h"

#include <gtest/gtest.h>

using namespace petinfo;
using nlohmann::json;

TEST(WireCodec, PetRoundTrip)
{
    Pet pet;
    pet.id = newUuid();
    pet.name = "Zanahoria";
    pet.species = Species::Rabbit;
    pet.sex = Sex::Female;
    pet.neutered = Neutered::Yes;
    pet.birthDate = Date{2021, 6, 1};
    pet.birthDateEstimated = true;
    pet.microchip = "982000123456789";
    pet.status = PetStatus::Lost;
    pet.tagId = newTagId();
    pet.createdAtMs = 1700000000000;
    const json j = toJson(pet);
    EXPECT_EQ(j["species"], "rabbit");
    EXPECT_EQ(j["status"], "lost");
    EXPECT_EQ(j["birthDate"], "2021-06-01");
    const auto back = petFromJson(j);
    ASSERT_TRUE(back.hasValue()) << back.error().detail;
    EXPECT_EQ(*back, pet);
}

TEST(WireCodec, RecordsRoundTrip)
{
    HealthRecord rec{newUuid(),  newUuid(), HealthKind::FleaTick, Date{2026, 1, 2},
                     "Bravecto", "L-42",    Date{2026, 4, 2},     "Dr. Paz",
                     "chewable", 5};
    EXPECT_EQ(*healthRecordFromJson(toJson(rec)), rec);
    Person person{newUuid(), "Ana", {"+5491123456789"}, "ana@example.org", "Calle 1", "es", true, 1, 2};
    EXPECT_EQ(*personFromJson(toJson(person)), person);
    PetContact contact{newUuid(), newUuid(), ContactRole::Foster, true};
    EXPECT_EQ(*petContactFromJson(toJson(contact)), contact);
    WeightEntry weight{newUuid(), newUuid(), Date{2026, 1, 2}, 4.25, 3};
    EXPECT_EQ(*weightEntryFromJson(toJson(weight)), weight);
    Note note{newUuid(), newUuid(), "Shy with men", 1, 2, "Ana Díaz <ana@example.org>", true};
    EXPECT_EQ(*noteFromJson(toJson(note)), note);
    Attachment att{
        newUuid(), newUuid(), "", AttachmentKind::Document, "lab.pdf", "application/pdf", std::string(64, 'a'),
        1234,      9};
    EXPECT_EQ(*attachmentFromJson(toJson(att)), att);
}

struct BadPet
{
    const char* body;
    DecodeErrc code;
};

class DecodeRejects : public ::testing::TestWithParam<BadPet>
{};

TEST_P(DecodeRejects, WithCode)
{
    const auto parsed = parseJson(GetParam().body);
    if (!parsed) {
        EXPECT_EQ(parsed.error().code, GetParam().code);
        return;
    }
    const auto pet = petFromJson(*parsed);
    ASSERT_FALSE(pet.hasValue()) << GetParam().body;
    EXPECT_EQ(pet.error().code, GetParam().code) << pet.error().detail;
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, DecodeRejects,
    ::testing::Values(BadPet{"{", DecodeErrc::NotJson}, BadPet{"", DecodeErrc::NotJson},
                      BadPet{"[1,2]", DecodeErrc::NotAnObject}, BadPet{"\"pet\"", DecodeErrc::NotAnObject},
                      BadPet{R"({"name":"x"})", DecodeErrc::MissingField},
                      BadPet{R"({"id":"a","name":5})", DecodeErrc::WrongType},
                      BadPet{R"({"id":"a","name":"x","species":"dragon"})", DecodeErrc::BadValue},
                      BadPet{R"({"id":"a","name":"x","birthDate":"2021-02-30"})", DecodeErrc::BadValue},
                      BadPet{R"({"id":"a","name":"x","birthDate":20210101})", DecodeErrc::WrongType},
                      BadPet{R"({"id":"a","name":"x","birthDateEstimated":"yes"})", DecodeErrc::WrongType},
                      BadPet{R"({"id":"a","name":"x","createdAt":1.5})", DecodeErrc::WrongType}));

TEST(WireCodec, NotesFromBeforeAuthorsAndReportsStayInternal)
{
    // A note written by an older version has neither field: no author, not printed on reports.
    const auto note = noteFromJson(*parseJson(R"({"id":"n1","petId":"p1","text":"Muzzle for nail trims"})"));
    ASSERT_TRUE(note.hasValue());
    EXPECT_EQ(note->author, "");
    EXPECT_FALSE(note->showOnReports);
    EXPECT_FALSE(noteFromJson(*parseJson(R"({"id":"n1","petId":"p1","text":"x","showOnReports":"yes"})")));
}

TEST(WireCodec, NoteAuthors)
{
    EXPECT_EQ(noteAuthor("Ana Díaz", "ana@example.org"), "Ana Díaz <ana@example.org>");
    EXPECT_EQ(noteAuthor("", "ana@example.org"), "ana@example.org");
    EXPECT_EQ(noteAuthorName("Ana Díaz <ana@example.org>"), "Ana Díaz");
    EXPECT_EQ(noteAuthorName("ana@example.org"), "ana@example.org");
    EXPECT_EQ(noteAuthorName(""), "");
}

TEST(WireCodec, IgnoresUnknownKeys)
{
    const auto pet = petFromJson(json{{"id", "a"}, {"name", "x"}, {"futureField", {1, 2, 3}}});
    ASSERT_TRUE(pet.hasValue());
    EXPECT_EQ(pet->name, "x");
}
