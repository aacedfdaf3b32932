// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/LostFound.h"

#include <QString>

namespace petinfo::client {

/** Translated names for found animals and their matches (the Found Animals window). */
QString animalSizeName(AnimalSize value);
QString foundAnimalStateName(FoundAnimalState value);
/** Why a lost pet was listed, in a few words: "same microchip", "colour", "found 2 days after". */
QString matchReasonName(MatchReason value);
/** "Dog, female, mixed breed, black and white, medium": the animal in a few words. */
QString foundAnimalSummary(const FoundAnimal& animal);

} // namespace petinfo::client
