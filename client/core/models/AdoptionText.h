// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"

#include <QString>

namespace petinfo::client {

/** Translated names of the adoption enums, for lists, filters and the editors' choices. */
QString adoptionStatusLabel(AdoptionStatus value);
QString applicationStatusLabel(ApplicationStatus value);
QString intakeSourceLabel(IntakeSource value);
QString answerLabel(Answer value);
QString energyLabel(EnergyLevel value);
QString animalSizeLabel(AnimalSize value);
QString homeTypeLabel(HomeType value);
QString landlordLabel(LandlordPermission value);
QString channelLabel(ApplicationChannel value);
/** A status change's wire name ("in_care") as its label; the name itself when unknown. */
QString statusNameLabel(StatusSubject subject, const std::string& wireName);
/** "25,000.00 ARS", or "No fee". */
QString feeText(std::int64_t feeMinor, const std::string& currency);

} // namespace petinfo::client
