// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "petinfo/common/Result.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace petinfo {

enum class DecodeErrc
{
    NotJson,
    NotAnObject,
    MissingField,
    WrongType,
    BadValue
};
using DecodeError = Error<DecodeErrc>;
std::string_view codeName(DecodeErrc code);

/** Parses JSON text without throwing; nesting and size are the caller's limits to enforce. */
Result<nlohmann::json, DecodeError> parseJson(std::string_view text);

// The wire format: JSON objects with camelCase keys, enums as their lower-case names, dates as
// "YYYY-MM-DD", absent optional dates as null. Decoding is strict about types and enum values and
// ignores unknown keys, so a newer peer can add fields.
nlohmann::json toJson(const Pet& pet);
nlohmann::json toJson(const Person& person);
nlohmann::json toJson(const PetContact& contact);
nlohmann::json toJson(const HealthRecord& record);
nlohmann::json toJson(const WeightEntry& entry);
nlohmann::json toJson(const Note& note);
nlohmann::json toJson(const Attachment& attachment);

/** Where a decoder finds an object's members: a JSON object, or (sync::RowFields) a synced row's
 *  fields, which are then decoded without being copied into a JSON object first. */
class FieldSource
{
public:
    virtual ~FieldSource() = default;
    /** The member's value, or nullptr when there is none. */
    virtual const nlohmann::json* find(std::string_view key) const = 0;
};

Result<Pet, DecodeError> petFromFields(const FieldSource& fields);
Result<Person, DecodeError> personFromFields(const FieldSource& fields);
Result<PetContact, DecodeError> petContactFromFields(const FieldSource& fields);
Result<HealthRecord, DecodeError> healthRecordFromFields(const FieldSource& fields);
Result<WeightEntry, DecodeError> weightEntryFromFields(const FieldSource& fields);
Result<Note, DecodeError> noteFromFields(const FieldSource& fields);
Result<Attachment, DecodeError> attachmentFromFields(const FieldSource& fields);

/** The same decoders over a JSON value, which must be an object. */
Result<Pet, DecodeError> petFromJson(const nlohmann::json& json);
Result<Person, DecodeError> personFromJson(const nlohmann::json& json);
Result<PetContact, DecodeError> petContactFromJson(const nlohmann::json& json);
Result<HealthRecord, DecodeError> healthRecordFromJson(const nlohmann::json& json);
Result<WeightEntry, DecodeError> weightEntryFromJson(const nlohmann::json& json);
Result<Note, DecodeError> noteFromJson(const nlohmann::json& json);
Result<Attachment, DecodeError> attachmentFromJson(const nlohmann::json& json);

} // namespace petinfo
