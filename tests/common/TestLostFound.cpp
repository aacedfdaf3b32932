// SPDX-License-Identifier: GPL-3.0-or-later
// Lost/found matching: microchip readings, and a table of found animals with the order in which
// the organisation's lost pets must be listed.
#include "petinfo/common/LostFound.h"

#include <gtest/gtest.h>

using namespace petinfo;

TEST(Microchip, ReadingsOfTheSameChip)
{
    EXPECT_EQ(normaliseMicrochip(" 982 000-123.456 789 "), "982000123456789");
    EXPECT_EQ(normaliseMicrochip("0a0b0c0d0e"), "0A0B0C0D0E");
    struct Case
    {
        const char* a;
        const char* b;
        bool same;
    };
    const Case cases[] = {
        {"982000123456789", "982 000 123 456 789", true},
        {"982000123456789", "982-000-123-456-789", true},
        {"982000123456789", "123456789", true},  // a 9-digit reading of its end
        {"982000123456789", "0123456789", true}, // a 10-digit reading of its end
        {"AVID*123*456*789", "123456789", true}, // AVID's own notation
        {"0A0B0C0D0E", "0a0b 0c0d 0e", true},    // FDX-A, hexadecimal, any case
        {"000123456789", "123456789", true},     // leading zeros
        {"982000123456789", "982000123456788", false},
        {"982000123456789", "12345678", false},   // 8 characters name no chip
        {"982000123456789", "9820001234", false}, // the start is not the chip
        {"982000123456789", "", false},
        {"", "", false},
        {"123456789", "223456789", false},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(sameMicrochip(c.a, c.b), c.same) << c.a << " / " << c.b;
        EXPECT_EQ(sameMicrochip(c.b, c.a), c.same) << c.b << " / " << c.a;
    }
}

namespace {

const Date kFound{2026, 11, 20};

LostPetFacts pet(std::string id, Species species, Sex sex, std::string breed, std::string colour, AnimalSize size,
                 std::optional<Date> birth, std::string area, std::optional<Date> lostSince,
                 std::vector<std::string> chips = {}, std::string tag = {})
{
    return LostPetFacts{
        std::move(id),  species,         sex,      std::move(breed), std::move(colour), size, birth, std::move(chips),
        std::move(tag), std::move(area), lostSince};
}

/** The organisation's lost pets used by every case. */
std::vector<LostPetFacts> lostPets()
{
    return {
        pet("luna", Species::Dog, Sex::Female, "Labrador Retriever", "negro", AnimalSize::Large, Date{2021, 5, 1},
            "Palermo, Plaza Italia", Date{2026, 11, 18}, {"982000123456789"}),
        pet("toby", Species::Dog, Sex::Male, "Labrador", "dorado", AnimalSize::Large, Date{2019, 1, 1}, "Belgrano",
            Date{2026, 11, 1}),
        pet("nina", Species::Dog, Sex::Female, "Mestiza", "negra y blanca", AnimalSize::Medium, Date{2023, 1, 1},
            "Palermo Soho", Date{2026, 11, 19}),
        pet("mora", Species::Dog, Sex::Female, "Caniche", "blanco", AnimalSize::Small, Date{2015, 1, 1}, "Caballito",
            Date{2026, 9, 1}, {}, "tag-mora"),
        pet("simba", Species::Cat, Sex::Male, "Común europeo", "atigrado naranja", AnimalSize::Small, Date{2022, 6, 1},
            "Palermo", Date{2026, 11, 19}),
        pet("kira", Species::Dog, Sex::Unknown, "", "", AnimalSize::Unknown, std::nullopt, "", std::nullopt),
        pet("late", Species::Dog, Sex::Female, "Labrador", "preta", AnimalSize::Large, Date{2021, 5, 1}, "Palermo",
            Date{2026, 11, 25}), // lost after the animal was found
    };
}

std::vector<std::string> order(const std::vector<MatchCandidate>& ranked)
{
    std::vector<std::string> ids;
    for (const MatchCandidate& c : ranked) {
        ids.push_back(c.petId);
    }
    return ids;
}

struct MatchCase
{
    std::string name;
    FoundAnimalFacts found;
    std::vector<std::string> expected; ///< pet ids, best first
};

FoundAnimalFacts found(Species species, Sex sex, std::string breed, std::string colour, AnimalSize size,
                       std::optional<int> ageMonths, std::string place, std::string chip = {}, std::string tag = {})
{
    return FoundAnimalFacts{
        species,          sex,   std::move(breed), std::move(colour), size, ageMonths, std::move(chip), std::move(tag),
        std::move(place), kFound};
}

} // namespace

TEST(LostFoundMatching, TableOfCasesInExpectedOrder)
{
    const std::vector<MatchCase> cases{
        {"microchip typed with spaces beats everything, even another species' description",
         found(Species::Cat, Sex::Male, "", "", AnimalSize::Small, std::nullopt, "", "982 000 123 456 789"),
         {"luna", "simba"}},
        {"a 9-digit scanner reading is certain too",
         found(Species::Dog, Sex::Unknown, "", "", AnimalSize::Unknown, std::nullopt, "", "123456789"),
         {"luna", "nina", "toby", "mora", "kira"}},
        {"the tag it wore is certain",
         found(Species::Dog, Sex::Female, "Labrador", "negro", AnimalSize::Large, 60, "Palermo", "", "tag-mora"),
         {"mora", "luna", "nina", "kira"}},
        {"a black female labrador in Palermo: Luna, then Nina (black, Palermo, near date), never the male",
         found(Species::Dog, Sex::Female, "Labrador", "black", AnimalSize::Large, 60, "Plaza Italia, Palermo"),
         {"luna", "nina", "mora", "kira"}},
        {"Portuguese colour words read like Spanish ones",
         found(Species::Dog, Sex::Female, "labrador retriever", "preto", AnimalSize::Large, std::nullopt, ""),
         {"luna", "nina", "mora", "kira"}},
        {"a golden male: Toby first, the females are left out",
         found(Species::Dog, Sex::Male, "Labrador", "amarillo", AnimalSize::Large, 90, "Belgrano"),
         {"toby", "kira"}},
        {"mixed breed, black and white, medium: Nina",
         found(Species::Dog, Sex::Female, "mestizo", "blanco y negro", AnimalSize::Medium, 40, "Palermo"),
         {"nina", "luna", "mora", "kira"}},
        {"a cat: only cats, tabby ginger reads as the same colour",
         found(Species::Cat, Sex::Unknown, "", "naranja rayado", AnimalSize::Small, 48, "Palermo"),
         {"simba"}},
        {"nothing known but the species: every dog that may be it, the most recently lost first",
         found(Species::Dog, Sex::Unknown, "", "", AnimalSize::Unknown, std::nullopt, ""),
         {"nina", "luna", "toby", "mora", "kira"}},
        {"a rabbit: nobody", found(Species::Rabbit, Sex::Male, "", "", AnimalSize::Small, 12, ""), {}},
    };
    for (const MatchCase& c : cases) {
        EXPECT_EQ(order(rankLostPets(c.found, lostPets())), c.expected) << c.name;
    }
}

TEST(LostFoundMatching, ScoresExplainThemselves)
{
    const auto ranked = rankLostPets(
        found(Species::Dog, Sex::Female, "Labrador", "negro", AnimalSize::Large, 66, "Plaza Italia"), lostPets());
    ASSERT_FALSE(ranked.empty());
    const MatchCandidate& luna = ranked.front();
    EXPECT_EQ(luna.petId, "luna");
    EXPECT_FALSE(luna.certain);
    for (MatchReason r : {MatchReason::Sex, MatchReason::BreedWord, MatchReason::Colour, MatchReason::Size,
                          MatchReason::Age, MatchReason::Place, MatchReason::Date}) {
        EXPECT_NE(std::find(luna.reasons.begin(), luna.reasons.end(), r), luna.reasons.end()) << static_cast<int>(r);
    }
    EXPECT_GT(luna.score, 70);
    EXPECT_LE(luna.score, 100);
    // A minimum score leaves out the weak ones.
    EXPECT_EQ(
        order(rankLostPets(found(Species::Dog, Sex::Female, "Labrador", "negro", AnimalSize::Large, 66, "Plaza Italia"),
                           lostPets(), 40)),
        (std::vector<std::string>{"luna", "nina"}));
}
