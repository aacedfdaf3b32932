// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/sync/Entity.h"

#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/LostFound.h"
#include "petinfo/common/Messaging.h"
#include "petinfo/common/Random.h"

#include <algorithm>
#include <array>

namespace petinfo::sync {

namespace {

template <typename E>
constexpr std::span<const std::string_view> namesOf()
{
    return std::span<const std::string_view>(EnumNames<E>::names);
}

constexpr FieldSpec str(std::string_view name)
{
    return FieldSpec{name, FieldKind::String, {}};
}
constexpr FieldSpec integer(std::string_view name)
{
    return FieldSpec{name, FieldKind::Integer, {}};
}

// The keys of WireCodec's toJson for each struct, without the row id.
const std::array kPetFields{str("name"),
                            FieldSpec{"species", FieldKind::Enum, namesOf<Species>()},
                            str("breed"),
                            FieldSpec{"sex", FieldKind::Enum, namesOf<Sex>()},
                            FieldSpec{"neutered", FieldKind::Enum, namesOf<Neutered>()},
                            FieldSpec{"birthDate", FieldKind::OptionalDate, {}},
                            FieldSpec{"birthDateEstimated", FieldKind::Bool, {}},
                            str("colour"),
                            str("microchip"),
                            str("microchip2"),
                            FieldSpec{"status", FieldKind::Enum, namesOf<PetStatus>()},
                            str("allergies"),
                            str("conditions"),
                            str("notes"),
                            str("tagId"),
                            str("photoId"),
                            integer("createdAt"),
                            integer("updatedAt")};
const std::array kPersonFields{
    str("name"),     FieldSpec{"phones", FieldKind::StringList, {}},  str("email"),         str("address"),
    str("language"), FieldSpec{"whatsappOptIn", FieldKind::Bool, {}}, integer("createdAt"), integer("updatedAt")};
const std::array kPetContactFields{str("petId"), str("personId"),
                                   FieldSpec{"role", FieldKind::Enum, namesOf<ContactRole>()},
                                   FieldSpec{"primary", FieldKind::Bool, {}}};
const std::array kHealthRecordFields{str("petId"),
                                     FieldSpec{"kind", FieldKind::Enum, namesOf<HealthKind>()},
                                     FieldSpec{"date", FieldKind::Date, {}},
                                     str("product"),
                                     str("batch"),
                                     FieldSpec{"nextDue", FieldKind::OptionalDate, {}},
                                     str("givenBy"),
                                     str("notes"),
                                     integer("createdAt")};
const std::array kWeightFields{str("petId"), FieldSpec{"date", FieldKind::Date, {}},
                               FieldSpec{"kg", FieldKind::Number, {}}, integer("createdAt")};
const std::array kNoteFields{str("petId"),         str("text"),   integer("createdAt"),
                             integer("updatedAt"), str("author"), FieldSpec{"showOnReports", FieldKind::Bool, {}}};
const std::array kAttachmentFields{
    str("petId"),    str("healthRecordId"), FieldSpec{"kind", FieldKind::Enum, namesOf<AttachmentKind>()},
    str("fileName"), str("mimeType"),       str("sha256"),
    integer("size"), integer("createdAt")};
const std::array kTagFields{str("petId"), integer("createdAt")};
// Server-authored. Times are milliseconds since the epoch, 0 for "not yet".
const std::array kReminderFields{str("petId"),
                                 str("healthRecordId"),
                                 FieldSpec{"kind", FieldKind::Enum, namesOf<ReminderKind>()},
                                 integer("days"), ///< before the due date (due_soon) or after it (overdue)
                                 FieldSpec{"dueDate", FieldKind::OptionalDate, {}},
                                 integer("sendAt"),
                                 FieldSpec{"state", FieldKind::Enum, namesOf<ReminderState>()},
                                 str("reason"), ///< why it was skipped or cancelled (a code)
                                 str("text"),   ///< a one-off reminder's words
                                 integer("createdAt"),
                                 integer("updatedAt")};
const std::array kMessageFields{str("petId"),
                                str("reminderId"),
                                str("personId"),
                                FieldSpec{"purpose", FieldKind::Enum, namesOf<MessagePurpose>()},
                                str("template"),
                                str("language"),
                                FieldSpec{"state", FieldKind::Enum, namesOf<MessageState>()},
                                str("error"), ///< the provider's code and reason, or ours
                                integer("attempts"),
                                integer("sentAt"),
                                integer("deliveredAt"),
                                integer("readAt"),
                                integer("failedAt"),
                                integer("statusAt"), ///< the provider's time of the status shown
                                integer("createdAt"),
                                integer("updatedAt")};

// Server-authored: what a finder typed on a lost pet's public page (see docs/lost-and-found.md).
const std::array kFoundReportFields{str("petId"),
                                    str("tagId"),
                                    str("finderName"),
                                    str("finderPhone"),     ///< as typed
                                    str("finderPhoneE164"), ///< when it reads as a number, else empty
                                    str("place"),
                                    str("message"),
                                    str("language"), ///< of the page the finder used
                                    FieldSpec{"state", FieldKind::Enum, namesOf<FoundReportState>()},
                                    integer("reportedAt"),
                                    integer("closedAt"),
                                    integer("createdAt"),
                                    integer("updatedAt")};

const FieldSpec kDeletedSpec{kDeletedField, FieldKind::Bool, {}};

bool isDateText(const nlohmann::json& value)
{
    return value.is_string() && Date::fromIso(value.get_ref<const std::string&>()).has_value();
}

} // namespace

bool isServerAuthored(EntityType type)
{
    return type == EntityType::Reminder || type == EntityType::Message || type == EntityType::FoundReport;
}

bool isKnownToSchema(EntityType type, int schemaVersion)
{
    return schemaVersion >= 3 || !isServerAuthored(type);
}

bool isAppendOnly(EntityType type)
{
    return type == EntityType::HealthRecord || type == EntityType::Attachment;
}

std::span<const FieldSpec> fieldSpecs(EntityType type)
{
    switch (type) {
    case EntityType::Pet:
        return kPetFields;
    case EntityType::Person:
        return kPersonFields;
    case EntityType::PetContact:
        return kPetContactFields;
    case EntityType::HealthRecord:
        return kHealthRecordFields;
    case EntityType::Weight:
        return kWeightFields;
    case EntityType::Note:
        return kNoteFields;
    case EntityType::Attachment:
        return kAttachmentFields;
    case EntityType::Tag:
        return kTagFields;
    case EntityType::Reminder:
        return kReminderFields;
    case EntityType::Message:
        return kMessageFields;
    case EntityType::FoundReport:
        return kFoundReportFields;
    }
    return {};
}

const FieldSpec* findField(EntityType type, std::string_view field)
{
    if (field == kDeletedField) {
        return &kDeletedSpec;
    }
    const auto specs = fieldSpecs(type);
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const FieldSpec& s) { return s.name == field; });
    return it == specs.end() ? nullptr : &*it;
}

bool isValidFieldValue(EntityType type, std::string_view field, const nlohmann::json& value)
{
    const FieldSpec* spec = findField(type, field);
    if (!spec) {
        return false;
    }
    switch (spec->kind) {
    case FieldKind::String:
        return value.is_string();
    case FieldKind::Bool:
        return value.is_boolean();
    case FieldKind::Integer:
        return value.is_number_integer();
    case FieldKind::Number:
        return value.is_number();
    case FieldKind::Date:
        return isDateText(value);
    case FieldKind::OptionalDate:
        return value.is_null() || isDateText(value);
    case FieldKind::StringList:
        return value.is_array() &&
               std::all_of(value.begin(), value.end(), [](const nlohmann::json& v) { return v.is_string(); });
    case FieldKind::Enum:
        return value.is_string() && std::find(spec->names.begin(), spec->names.end(),
                                              value.get_ref<const std::string&>()) != spec->names.end();
    }
    return false;
}

bool isValidRowId(EntityType type, std::string_view id)
{
    if (type == EntityType::Tag) {
        return isTagId(id);
    }
    if (type == EntityType::PetContact) {
        const auto slash = id.find('/');
        if (slash != std::string_view::npos) {
            return isUuid(id.substr(0, slash)) && isUuid(id.substr(slash + 1));
        }
    }
    return isUuid(id);
}

} // namespace petinfo::sync
