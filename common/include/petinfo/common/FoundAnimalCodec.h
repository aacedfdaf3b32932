// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/LostFound.h"
#include "petinfo/common/Validation.h"
#include "petinfo/common/WireCodec.h"

namespace petinfo {

// A found animal on the wire (synced row type `foundAnimal`), in the conventions of WireCodec.h.
nlohmann::json toJson(const FoundAnimal& animal);
Result<FoundAnimal, DecodeError> foundAnimalFromFields(const FieldSource& fields);
Result<FoundAnimal, DecodeError> foundAnimalFromJson(const nlohmann::json& json);

/** Trims text fields and writes the microchip without separators. */
void normalize(FoundAnimal& animal);
/** The day it was found is required and not in the future; an estimated age is 0-40 years; a
 *  microchip reads as one (checkMicrochip); a tag id has the tag shape; a reunited animal names
 *  the pet it was. Lengths as a pet's. */
ValidationReport validate(const FoundAnimal& animal, const Date& today);

} // namespace petinfo
