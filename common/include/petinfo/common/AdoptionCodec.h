// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"
#include "petinfo/common/WireCodec.h"

namespace petinfo {

// The adoption records on the wire, in the conventions of WireCodec.h. An adoption profile's
// "id" is its pet's id; its "petId" is the same value.
nlohmann::json toJson(const Intake& intake);
nlohmann::json toJson(const AdoptionProfile& profile);
nlohmann::json toJson(const StatusChange& change);
nlohmann::json toJson(const AdoptionApplication& application);

Result<Intake, DecodeError> intakeFromFields(const FieldSource& fields);
Result<AdoptionProfile, DecodeError> adoptionProfileFromFields(const FieldSource& fields);
Result<StatusChange, DecodeError> statusChangeFromFields(const FieldSource& fields);
Result<AdoptionApplication, DecodeError> adoptionApplicationFromFields(const FieldSource& fields);

Result<Intake, DecodeError> intakeFromJson(const nlohmann::json& json);
Result<AdoptionProfile, DecodeError> adoptionProfileFromJson(const nlohmann::json& json);
Result<StatusChange, DecodeError> statusChangeFromJson(const nlohmann::json& json);
Result<AdoptionApplication, DecodeError> adoptionApplicationFromJson(const nlohmann::json& json);

} // namespace petinfo
