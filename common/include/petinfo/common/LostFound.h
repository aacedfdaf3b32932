// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/Enums.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** Lost and found: reports finders send from a lost pet's public page (see docs/lost-and-found.md). */
namespace petinfo {

/** A found report is open until the pet is home again (it leaves lost status) or staff close it. */
enum class FoundReportState
{
    Open,
    Closed
};

template <>
struct EnumNames<FoundReportState>
{
    static constexpr std::array<std::string_view, 2> names{"open", "closed"};
};

/** A found animal's record is open while its family is looked for; reunited when staff marked a
 *  lost pet as this animal (the pet is home again); closed otherwise (adopted, transferred…). */
enum class FoundAnimalState
{
    Open,
    Reunited,
    Closed
};

template <>
struct EnumNames<FoundAnimalState>
{
    static constexpr std::array<std::string_view, 3> names{"open", "reunited", "closed"};
};

/** What a shelter or clinic knows of a stray it took in. */
struct FoundAnimalFacts
{
    Species species = Species::Dog;
    Sex sex = Sex::Unknown;
    std::string breed;
    std::string colour;
    AnimalSize size = AnimalSize::Unknown;
    std::optional<int> ageMonths; ///< estimated
    std::string microchip;        ///< as read by the scanner or typed
    std::string tagId;            ///< a Pet Info tag it wore
    std::string place;            ///< where it was found
    std::optional<Date> foundOn;
};

/** A stray a shelter or clinic took in, recorded to find its family (synced row `foundAnimal`,
 *  written by the app). */
struct FoundAnimal
{
    std::string id; ///< UUID
    Species species = Species::Dog;
    Sex sex = Sex::Unknown;
    std::string breed;
    std::string colour;
    AnimalSize size = AnimalSize::Unknown;
    std::optional<int> ageMonths; ///< estimated
    std::string microchip;        ///< as read or typed
    std::string tagId;            ///< a Pet Info tag it wore, or empty
    std::string place;            ///< where it was found
    Date foundOn;
    std::string notes;
    std::string photoSha256; ///< a photo in the blob store, or empty
    FoundAnimalState state = FoundAnimalState::Open;
    std::string reunitedPetId; ///< the lost pet it turned out to be
    std::int64_t closedAtMs = 0;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;

    friend bool operator==(const FoundAnimal&, const FoundAnimal&) = default;
};

/** What matching needs of a found animal. */
FoundAnimalFacts factsOf(const FoundAnimal& animal);

/** A lost pet as matching sees it. */
struct LostPetFacts
{
    std::string petId;
    Species species = Species::Dog;
    Sex sex = Sex::Unknown;
    std::string breed;
    std::string colour;
    AnimalSize size = AnimalSize::Unknown;
    std::optional<Date> birthDate;
    std::vector<std::string> microchips;
    std::string tagId;
    std::string area;              ///< words of where it was lost or lives (notes, address)
    std::optional<Date> lostSince; ///< when it was marked lost
};

/** Why a pet was scored as it was, for the match list to explain itself. */
enum class MatchReason
{
    Microchip,
    Tag,
    Sex,
    Breed,
    BreedWord,
    Colour,
    Size,
    Age,
    Place,
    Date
};

struct MatchCandidate
{
    std::string petId;
    bool certain = false; ///< a microchip or tag match
    int score = 0;        ///< 0-100; certain matches are 100
    std::vector<MatchReason> reasons;
};

/** Microchip numbers as digits and upper-case letters only ("982 000-123.456 789" → "982000123456789"). */
std::string normaliseMicrochip(std::string_view typed);
/** Whether two microchip readings name the same chip: equal once normalised, equal without
 *  leading zeros, or a 9- or 10-character reading (older AVID and FDX-A chips, scanners that show
 *  only the end) that is the end of the other. */
bool sameMicrochip(std::string_view a, std::string_view b);

/** Lost pets that may be the found animal, best first: certain matches (microchip, tag) first;
 *  then pets of the same species, scored by sex, breed, colour (Spanish, Portuguese and English
 *  colour words read alike), size, age, place words and how close the dates are. Pets of another
 *  species, of the other sex (both known), or lost after the animal was found, are left out, and
 *  so are those scoring under `minimumScore`. Ties: the most recently lost first, then by id. */
std::vector<MatchCandidate> rankLostPets(const FoundAnimalFacts& found, const std::vector<LostPetFacts>& lost,
                                         int minimumScore = 0);

} // namespace petinfo
