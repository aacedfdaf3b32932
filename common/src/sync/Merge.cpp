// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/sync/Merge.h"

#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/FoundAnimalCodec.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/Validation.h"
#include "petinfo/common/WireCodec.h"
#include "petinfo/common/sync/Messages.h"

#include <algorithm>

namespace petinfo::sync {

using nlohmann::json;

namespace {

/** The total order of writes to one field: the clock, then (only for equal clocks, which a
 *  correct node never produces for different values) the serialised value. */
bool wins(const FieldValue& challenger, const FieldValue& holder)
{
    if (challenger.clock != holder.clock) {
        return holder.clock < challenger.clock;
    }
    return holder.value.dump() < challenger.value.dump();
}

bool isCreated(const SyncRow& row)
{
    return std::any_of(row.fields.begin(), row.fields.end(),
                       [](const auto& entry) { return entry.first != kDeletedField; });
}

RowProblem problem(std::string_view code, std::string field, std::string message)
{
    return RowProblem{std::string(code), std::move(field), std::move(message)};
}

std::optional<RowProblem> fromReport(const ValidationReport& report)
{
    for (const ValidationIssue& issue : report.issues) {
        if (issue.severity == Severity::Error) {
            return problem(errc::kValidation, issue.field, englishMessage(issue));
        }
    }
    return std::nullopt;
}

template <typename T>
std::optional<RowProblem> decodeAndValidate(const Result<T, DecodeError>& decoded, auto&& validator)
{
    if (!decoded) {
        return problem(errc::kValidation, {}, decoded.error().detail);
    }
    return fromReport(validator(*decoded));
}

bool isSha256Hex(const std::string& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(),
                                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

MergeResult merge(const SyncRow& stored, const SyncRow& incoming)
{
    MergeResult result{stored, {}, {}};
    if (stored.exists() && (stored.type != incoming.type || stored.id != incoming.id)) {
        return result;
    }
    result.row.type = incoming.type;
    result.row.id = incoming.id;
    for (const auto& [name, write] : incoming.fields) {
        const auto it = result.row.fields.find(name);
        if (it == result.row.fields.end()) {
            result.row.fields.emplace(name, write);
            result.changedFields.push_back(name);
            continue;
        }
        FieldValue& current = it->second;
        if (current.clock == write.clock && current.value.dump() == write.value.dump()) {
            continue;
        }
        const bool incomingWins = wins(write, current);
        if (current.value != write.value) {
            result.conflicts.push_back(ConflictEntry{incoming.type, incoming.id, name, current.value, current.clock,
                                                     write.value, write.clock,
                                                     incomingWins ? Winner::Incoming : Winner::Stored});
        }
        if (incomingWins) {
            current = write;
            result.changedFields.push_back(name);
        }
    }
    return result;
}

std::optional<RowProblem> checkChange(const SyncRow& stored, const SyncRow& change)
{
    if (!isValidRowId(change.type, change.id)) {
        return problem(errc::kInvalidId, "id", "not a valid row id for " + std::string(enumName(change.type)));
    }
    if (change.fields.empty()) {
        return problem(errc::kMalformed, {}, "the change sets no field");
    }
    for (const auto& [name, write] : change.fields) {
        // Every field, whether the row is deleted or not: a tombstone's values are stored and
        // read like any other (a deleted pet's tagId once reached the public tag table).
        if (const auto fault = fieldFault(change.type, name, write.value)) {
            switch (*fault) {
            case FieldFault::UnknownField:
                return problem(errc::kUnknownField, name, "no such field on " + std::string(enumName(change.type)));
            case FieldFault::WrongType:
                return problem(errc::kWrongType, name, "value of the wrong type or not an allowed value");
            case FieldFault::InvalidId:
                return problem(errc::kInvalidId, name, "not a valid id for this field");
            case FieldFault::TooLong:
                return problem(errc::kValidation, name, "longer than this field allows");
            case FieldFault::ControlCharacter:
                return problem(errc::kValidation, name, "contains control characters or is not UTF-8");
            }
        }
        if (!isValidNodeId(write.clock.node) || write.clock.wallMs <= 0) {
            return problem(errc::kMalformed, name, "missing or invalid clock");
        }
    }
    if (change.type == EntityType::PetContact) {
        const auto slash = change.id.find('/');
        if (slash != std::string::npos) {
            const json* pet = change.value("petId");
            const json* person = change.value("personId");
            if ((pet && *pet != change.id.substr(0, slash)) || (person && *person != change.id.substr(slash + 1))) {
                return problem(errc::kInvalidId, "id", "petId/personId do not match the row id");
            }
        }
    }
    if (isAppendOnly(change.type) && isCreated(stored)) {
        for (const auto& [name, write] : change.fields) {
            if (name == kDeletedField) {
                continue;
            }
            const json* current = stored.value(name);
            if (!current || *current != write.value) {
                return problem(errc::kAppendOnly, name,
                               std::string(enumName(change.type)) + " records cannot be edited, only deleted");
            }
        }
    }
    return std::nullopt;
}

SyncRow withoutReplayedFields(const SyncRow& stored, const SyncRow& change)
{
    if (!isAppendOnly(change.type) || !isCreated(stored)) {
        return change;
    }
    SyncRow out = change;
    std::erase_if(out.fields, [&](const auto& entry) {
        if (entry.first == kDeletedField) {
            return false;
        }
        const json* current = stored.value(entry.first);
        return current && *current == entry.second.value;
    });
    return out;
}

std::optional<RowProblem> checkRow(const SyncRow& row, const Date& today)
{
    if (row.isDeleted()) {
        return std::nullopt;
    }
    const json entity = entityJson(row);
    switch (row.type) {
    case EntityType::Pet:
        return decodeAndValidate(petFromJson(entity), [&](const Pet& p) { return validate(p, today); });
    case EntityType::Person:
        return decodeAndValidate(personFromJson(entity), [](const Person& p) { return validate(p); });
    case EntityType::PetContact:
        return decodeAndValidate(petContactFromJson(entity), [](const PetContact& c) {
            ValidationReport report;
            if (!isUuid(c.petId)) {
                report.add("petId", ValidationCode::InvalidId);
            }
            if (!isUuid(c.personId)) {
                report.add("personId", ValidationCode::InvalidId);
            }
            return report;
        });
    case EntityType::HealthRecord:
        return decodeAndValidate(healthRecordFromJson(entity),
                                 [&](const HealthRecord& h) { return validate(h, today); });
    case EntityType::Weight:
        return decodeAndValidate(weightEntryFromJson(entity), [&](const WeightEntry& w) { return validate(w, today); });
    case EntityType::Note:
        return decodeAndValidate(noteFromJson(entity), [](const Note& n) { return validate(n); });
    case EntityType::Attachment:
        return decodeAndValidate(attachmentFromJson(entity), [](const Attachment& a) {
            ValidationReport report;
            if (!isUuid(a.petId)) {
                report.add("petId", ValidationCode::InvalidId);
            }
            if (!a.healthRecordId.empty() && !isUuid(a.healthRecordId)) {
                report.add("healthRecordId", ValidationCode::InvalidId);
            }
            if (!isSha256Hex(a.sha256)) {
                report.add("sha256", ValidationCode::InvalidId);
            }
            if (a.size < 0) {
                report.add("size", ValidationCode::UnknownValue);
            }
            if (utf8Length(a.fileName) > limits::kShortText) {
                report.add("fileName", ValidationCode::TooLong);
            }
            return report;
        });
    case EntityType::Reminder:
    case EntityType::Message:
    case EntityType::FoundReport: {
        // Written by the server only; field types are checked like every row's.
        const json* pet = row.value("petId");
        if (pet && pet->is_string() && !pet->get_ref<const std::string&>().empty() &&
            !isUuid(pet->get_ref<const std::string&>())) {
            return problem(errc::kValidation, "petId", "not a valid id");
        }
        return std::nullopt;
    }
    case EntityType::Intake:
        return decodeAndValidate(intakeFromJson(entity), [&](const Intake& i) { return validate(i, today); });
    case EntityType::AdoptionProfile:
        return decodeAndValidate(adoptionProfileFromJson(entity), [&](const AdoptionProfile& p) {
            ValidationReport report = validate(p);
            if (p.petId != row.id) {
                report.add("petId", ValidationCode::InvalidId); // one profile per pet, keyed by it
            }
            return report;
        });
    case EntityType::StatusChange:
        return decodeAndValidate(statusChangeFromJson(entity),
                                 [&](const StatusChange& c) { return validate(c, today); });
    case EntityType::AdoptionApplication:
        return decodeAndValidate(adoptionApplicationFromJson(entity),
                                 [](const AdoptionApplication& a) { return validate(a); });
    case EntityType::FoundAnimal:
        return decodeAndValidate(foundAnimalFromJson(entity), [&](const FoundAnimal& a) { return validate(a, today); });
    case EntityType::Tag: {
        const json* pet = row.value("petId");
        if (pet && pet->is_string() && !pet->get_ref<const std::string&>().empty() &&
            !isUuid(pet->get_ref<const std::string&>())) {
            return problem(errc::kValidation, "petId", "not a valid id");
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace petinfo::sync
