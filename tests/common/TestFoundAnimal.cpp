// SPDX-License-Identifier: GPL-3.0-or-later
// A found animal on the wire: its codec, its validation, and the server's checks of its row.
#include "petinfo/common/FoundAnimalCodec.h"
#include "petinfo/common/sync/Entity.h"
#include "petinfo/common/sync/Merge.h"

#include <gtest/gtest.h>

using namespace petinfo;
using nlohmann::json;

namespace {

const Date kToday{2026, 11, 22};

FoundAnimal sample()
{
    FoundAnimal a;
    a.id = "3f2b8c1e-9d4a-4b6f-8e2d-1a2b3c4d5e6f";
    a.species = Species::Dog;
    a.sex = Sex::Female;
    a.breed = "mestiza";
    a.colour = "negra con pecho blanco";
    a.size = AnimalSize::Medium;
    a.ageMonths = 30;
    a.microchip = "982000123456789";
    a.place = "Plaza Italia";
    a.foundOn = Date{2026, 11, 20};
    a.notes = "collar rojo\nmuy mansa";
    a.photoSha256 = std::string(64, 'a');
    a.createdAtMs = 1795000000000;
    a.updatedAtMs = 1795000000500;
    return a;
}

sync::SyncRow rowOf(const json& entity)
{
    json values = entity;
    const std::string id = values.at("id");
    values.erase("id");
    return sync::makeChange(sync::EntityType::FoundAnimal, id, values, sync::Hlc{1795000000000, 0, {}});
}

} // namespace

TEST(FoundAnimal, RoundTripsAndEveryFieldFitsItsSpec)
{
    const FoundAnimal a = sample();
    const json j = toJson(a);
    auto back = foundAnimalFromJson(j);
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(*back, a);
    for (const auto& [key, value] : j.items()) {
        if (key == "id") {
            continue;
        }
        EXPECT_TRUE(sync::isValidFieldValue(sync::EntityType::FoundAnimal, key, value)) << key;
    }
    EXPECT_EQ(sync::fieldSpecs(sync::EntityType::FoundAnimal).size(), j.size() - 1);

    FoundAnimal unknownAge = a;
    unknownAge.ageMonths.reset();
    EXPECT_TRUE(toJson(unknownAge).at("ageMonths").is_null());
    EXPECT_EQ(*foundAnimalFromJson(toJson(unknownAge)), unknownAge);
}

TEST(FoundAnimal, ValidationNamesEachProblem)
{
    EXPECT_TRUE(validate(sample(), kToday).ok());
    const auto codes = [](const FoundAnimal& a) {
        std::vector<std::string> out;
        for (const ValidationIssue& i : validate(a, kToday).issues) {
            if (i.severity == Severity::Error) {
                out.push_back(i.field + ":" + std::string(codeName(i.code)));
            }
        }
        return out;
    };
    FoundAnimal a = sample();
    a.foundOn = Date{};
    EXPECT_EQ(codes(a), std::vector<std::string>{"foundOn:required"});
    a = sample();
    a.foundOn = kToday.addDays(1);
    EXPECT_EQ(codes(a), std::vector<std::string>{"foundOn:date_in_future"});
    a = sample();
    a.ageMonths = -1;
    EXPECT_EQ(codes(a), std::vector<std::string>{"ageMonths:out_of_range"});
    a = sample();
    a.microchip = "12AB";
    EXPECT_EQ(codes(a), std::vector<std::string>{"microchip:microchip_format"});
    a = sample();
    a.tagId = "<script>";
    EXPECT_EQ(codes(a), std::vector<std::string>{"tagId:invalid_id"});
    a = sample();
    a.place = std::string(201, 'x');
    EXPECT_EQ(codes(a), std::vector<std::string>{"place:too_long"});
    a = sample();
    a.state = FoundAnimalState::Reunited;
    EXPECT_EQ(codes(a), std::vector<std::string>{"reunitedPetId:required"});
    a.reunitedPetId = "3f2b8c1e-9d4a-4b6f-8e2d-1a2b3c4d5e70";
    EXPECT_TRUE(codes(a).empty());
    // An older 10-character chip is accepted with a warning.
    a = sample();
    a.microchip = "0A12345678";
    EXPECT_TRUE(validate(a, kToday).ok());
    EXPECT_TRUE(validate(a, kToday).hasWarnings());
}

TEST(FoundAnimal, NormalisesWhatWasTyped)
{
    FoundAnimal a = sample();
    a.microchip = " 982 000-123.456 789 ";
    a.place = "  Plaza Italia ";
    normalize(a);
    EXPECT_EQ(a.microchip, "982000123456789");
    EXPECT_EQ(a.place, "Plaza Italia");
}

TEST(FoundAnimal, TheServerRefusesRowsOfTheWrongShape)
{
    EXPECT_FALSE(sync::checkRow(rowOf(toJson(sample())), kToday));
    for (const auto& [field, value] : std::vector<std::pair<std::string, json>>{
             {"foundOn", "2026-13-40"},
             {"foundOn", "2027-01-01"},
             {"species", "dragon"},
             {"ageMonths", "thirty"},
             {"tagId", "../../etc/passwd"},
             {"photoSha256", "not-a-hash"},
             {"place", std::string("Plaza\x1b[31m", 10)},
             {"reunitedPetId", "x"},
         }) {
        json entity = toJson(sample());
        entity[field] = value;
        const sync::SyncRow row = rowOf(entity);
        bool refused = sync::checkRow(row, kToday).has_value();
        for (const auto& [name, fieldValue] : row.fields) {
            refused = refused || !sync::isValidFieldValue(sync::EntityType::FoundAnimal, name, fieldValue.value);
        }
        EXPECT_TRUE(refused) << field << " = " << value.dump();
    }
    // A desktop older than found animals (schema 2) is not sent them.
    EXPECT_FALSE(sync::isKnownToSchema(sync::EntityType::FoundAnimal, 2));
    EXPECT_TRUE(sync::isKnownToSchema(sync::EntityType::FoundAnimal, 3));
}
