// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/FoundAnimalCodec.h"

#include "FieldReader.h"
#include "ValidationChecks.h"
#include "petinfo/common/Random.h"

namespace petinfo {

using nlohmann::json;
using wire::FieldReader;

namespace {

constexpr int kMaxAgeMonths = 40 * 12;

} // namespace

json toJson(const FoundAnimal& a)
{
    return json{{"id", a.id},
                {"species", enumName(a.species)},
                {"sex", enumName(a.sex)},
                {"breed", a.breed},
                {"colour", a.colour},
                {"size", enumName(a.size)},
                {"ageMonths", a.ageMonths ? json(*a.ageMonths) : json(nullptr)},
                {"microchip", a.microchip},
                {"tagId", a.tagId},
                {"place", a.place},
                {"foundOn", a.foundOn.toIso()},
                {"notes", a.notes},
                {"photoSha256", a.photoSha256},
                {"state", enumName(a.state)},
                {"reunitedPetId", a.reunitedPetId},
                {"closedAt", a.closedAtMs},
                {"createdAt", a.createdAtMs},
                {"updatedAt", a.updatedAtMs}};
}

Result<FoundAnimal, DecodeError> foundAnimalFromFields(const FieldSource& fields)
{
    FoundAnimal a;
    FieldReader r(fields);
    r.string("id", a.id, true);
    r.enumeration("species", a.species);
    r.enumeration("sex", a.sex);
    r.string("breed", a.breed);
    r.string("colour", a.colour);
    r.enumeration("size", a.size);
    if (const json* age = fields.find("ageMonths"); age && !age->is_null()) {
        int months = 0;
        r.smallInteger("ageMonths", months);
        a.ageMonths = months;
    }
    r.string("microchip", a.microchip);
    r.string("tagId", a.tagId);
    r.string("place", a.place);
    r.date("foundOn", a.foundOn, true);
    r.string("notes", a.notes);
    r.string("photoSha256", a.photoSha256);
    r.enumeration("state", a.state);
    r.string("reunitedPetId", a.reunitedPetId);
    r.integer("closedAt", a.closedAtMs);
    r.integer("createdAt", a.createdAtMs);
    r.integer("updatedAt", a.updatedAtMs);
    return wire::finish(r, std::move(a));
}

Result<FoundAnimal, DecodeError> foundAnimalFromJson(const json& j)
{
    return wire::fromObject(j, &foundAnimalFromFields);
}

void normalize(FoundAnimal& a)
{
    a.breed = trimmed(a.breed);
    a.colour = trimmed(a.colour);
    a.place = trimmed(a.place);
    a.notes = trimmed(a.notes);
    a.tagId = trimmed(a.tagId);
    if (const MicrochipCheck chip = checkMicrochip(a.microchip); chip.valid) {
        a.microchip = chip.normalized;
    } else {
        a.microchip = trimmed(a.microchip);
    }
}

ValidationReport validate(const FoundAnimal& a, const Date& today)
{
    ValidationReport report;
    if (!isUuid(a.id)) {
        report.add("id", ValidationCode::InvalidId);
    }
    checks::length(report, "breed", a.breed, limits::kShortText);
    checks::length(report, "colour", a.colour, limits::kShortText);
    checks::length(report, "place", a.place, limits::kShortText);
    checks::length(report, "notes", a.notes, limits::kLongText, true);
    if (!a.foundOn.isValid()) {
        report.add("foundOn", ValidationCode::Required);
    } else if (today < a.foundOn) {
        report.add("foundOn", ValidationCode::DateInFuture);
    }
    if (a.ageMonths && (*a.ageMonths < 0 || *a.ageMonths > kMaxAgeMonths)) {
        report.add("ageMonths", ValidationCode::OutOfRange);
    }
    if (!a.microchip.empty()) {
        const MicrochipCheck chip = checkMicrochip(a.microchip);
        if (chip.issue) {
            report.add("microchip", *chip.issue, chip.severity);
        }
    }
    if (!a.tagId.empty() && !isTagId(a.tagId)) {
        report.add("tagId", ValidationCode::InvalidId);
    }
    if (a.state == FoundAnimalState::Reunited && !isUuid(a.reunitedPetId)) {
        report.add("reunitedPetId", ValidationCode::Required);
    } else if (!a.reunitedPetId.empty() && !isUuid(a.reunitedPetId)) {
        report.add("reunitedPetId", ValidationCode::InvalidId);
    }
    return report;
}

FoundAnimalFacts factsOf(const FoundAnimal& a)
{
    FoundAnimalFacts f;
    f.species = a.species;
    f.sex = a.sex;
    f.breed = a.breed;
    f.colour = a.colour;
    f.size = a.size;
    f.ageMonths = a.ageMonths;
    f.microchip = a.microchip;
    f.tagId = a.tagId;
    f.place = a.place;
    if (a.foundOn.isValid()) {
        f.foundOn = a.foundOn;
    }
    return f;
}

} // namespace petinfo
