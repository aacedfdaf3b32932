// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/sync/Entity.h"

#include "petinfo/common/Adoption.h"
#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/LostFound.h"
#include "petinfo/common/Messaging.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/Text.h"
#include "petinfo/common/Validation.h"

#include <algorithm>
#include <array>

namespace petinfo::sync {

namespace {

template <typename E>
constexpr std::span<const std::string_view> namesOf()
{
    return std::span<const std::string_view>(EnumNames<E>::names);
}

/** A string of at most `maxLength` characters. */
constexpr FieldSpec str(std::string_view name, std::size_t maxLength)
{
    return FieldSpec{name, FieldKind::String, {}, maxLength};
}
/** A text of several lines (a note, an address). */
constexpr FieldSpec lines(std::string_view name, std::size_t maxLength)
{
    return FieldSpec{name, FieldKind::String, {}, maxLength, true};
}
constexpr FieldSpec integer(std::string_view name)
{
    return FieldSpec{name, FieldKind::Integer, {}};
}
constexpr FieldSpec id(std::string_view name)
{
    return FieldSpec{name, FieldKind::Id, {}};
}
constexpr FieldSpec optionalId(std::string_view name)
{
    return FieldSpec{name, FieldKind::OptionalId, {}};
}

// Lengths are those of Validation.cpp where it checks them; fields whose format it checks
// instead (microchips, email, language, phones, MIME types) get a bound well above any valid
// value, so that no row is refused here that validation would accept.
constexpr std::size_t kFormatted = 254;

// The keys of WireCodec's toJson for each struct, without the row id.
const std::array kPetFields{str("name", limits::kName),
                            FieldSpec{"species", FieldKind::Enum, namesOf<Species>()},
                            str("breed", limits::kShortText),
                            FieldSpec{"sex", FieldKind::Enum, namesOf<Sex>()},
                            FieldSpec{"neutered", FieldKind::Enum, namesOf<Neutered>()},
                            FieldSpec{"birthDate", FieldKind::OptionalDate, {}},
                            FieldSpec{"birthDateEstimated", FieldKind::Bool, {}},
                            str("colour", limits::kShortText),
                            str("microchip", kFormatted),
                            str("microchip2", kFormatted),
                            FieldSpec{"status", FieldKind::Enum, namesOf<PetStatus>()},
                            lines("allergies", limits::kLongText),
                            lines("conditions", limits::kLongText),
                            lines("notes", limits::kLongText),
                            FieldSpec{"tagId", FieldKind::OptionalTagId, {}},
                            optionalId("photoId"),
                            integer("createdAt"),
                            integer("updatedAt")};
const std::array kPersonFields{str("name", limits::kName), FieldSpec{"phones", FieldKind::StringList, {}, kFormatted},
                               str("email", kFormatted), lines("address", limits::kShortText * 2),
                               str("language", kFormatted), FieldSpec{"whatsappOptIn", FieldKind::Bool, {}},
                               integer("createdAt"), integer("updatedAt"),
                               // Written by the server only (isServerOnlyField): the WhatsApp number
                               // the owner confirmed by one-time code, when, and who confirmed it.
                               str("whatsappVerifiedPhone", kFormatted), integer("whatsappVerifiedAt"),
                               str("whatsappVerifiedBy", limits::kShortText)};
const std::array kPetContactFields{id("petId"), id("personId"),
                                   FieldSpec{"role", FieldKind::Enum, namesOf<ContactRole>()},
                                   FieldSpec{"primary", FieldKind::Bool, {}}};
const std::array kHealthRecordFields{id("petId"),
                                     FieldSpec{"kind", FieldKind::Enum, namesOf<HealthKind>()},
                                     FieldSpec{"date", FieldKind::Date, {}},
                                     str("product", limits::kShortText),
                                     str("batch", limits::kShortText),
                                     FieldSpec{"nextDue", FieldKind::OptionalDate, {}},
                                     str("givenBy", limits::kShortText),
                                     lines("notes", limits::kLongText),
                                     integer("createdAt")};
const std::array kWeightFields{id("petId"), FieldSpec{"date", FieldKind::Date, {}},
                               FieldSpec{"kg", FieldKind::Number, {}}, integer("createdAt")};
const std::array kNoteFields{
    id("petId"),          lines("text", limits::kLongText),  integer("createdAt"),
    integer("updatedAt"), str("author", limits::kShortText), FieldSpec{"showOnReports", FieldKind::Bool, {}}};
const std::array kAttachmentFields{id("petId"),
                                   optionalId("healthRecordId"),
                                   FieldSpec{"kind", FieldKind::Enum, namesOf<AttachmentKind>()},
                                   str("fileName", limits::kShortText),
                                   str("mimeType", kFormatted),
                                   FieldSpec{"sha256", FieldKind::OptionalSha256, {}},
                                   integer("size"),
                                   integer("createdAt")};
const std::array kTagFields{optionalId("petId"), integer("createdAt")};
// Server-authored. Times are milliseconds since the epoch, 0 for "not yet". Texts the server
// copies from a provider's answer (reasons, errors) get the long bound: they are not typed.
const std::array kReminderFields{id("petId"),
                                 optionalId("healthRecordId"), ///< empty for a one-off reminder
                                 FieldSpec{"kind", FieldKind::Enum, namesOf<ReminderKind>()},
                                 integer("days"), ///< before the due date (due_soon) or after it (overdue)
                                 FieldSpec{"dueDate", FieldKind::OptionalDate, {}},
                                 integer("sendAt"),
                                 FieldSpec{"state", FieldKind::Enum, namesOf<ReminderState>()},
                                 lines("reason", limits::kLongText), ///< why it was skipped or cancelled (a code)
                                 lines("text", limits::kLongText),   ///< a one-off reminder's words
                                 optionalId("personId"),             ///< whom a one-off reminder is for
                                 integer("createdAt"),
                                 integer("updatedAt")};
const std::array kMessageFields{optionalId("petId"),      ///< empty for a message about no pet
                                optionalId("reminderId"), ///< empty for a message not sent for a reminder
                                id("personId"),
                                FieldSpec{"purpose", FieldKind::Enum, namesOf<MessagePurpose>()},
                                str("template", kFormatted),
                                str("language", kFormatted),
                                FieldSpec{"state", FieldKind::Enum, namesOf<MessageState>()},
                                lines("error", limits::kLongText), ///< the provider's code and reason, or ours
                                integer("attempts"),
                                integer("sentAt"),
                                integer("deliveredAt"),
                                integer("readAt"),
                                integer("failedAt"),
                                integer("statusAt"), ///< the provider's time of the status shown
                                integer("createdAt"),
                                integer("updatedAt")};

// Server-authored: what a finder typed on a lost pet's public page (see docs/lost-and-found.md).
const std::array kFoundReportFields{id("petId"),
                                    FieldSpec{"tagId", FieldKind::OptionalTagId, {}},
                                    str("finderName", limits::kShortText),
                                    str("finderPhone", kFormatted),     ///< as typed
                                    str("finderPhoneE164", kFormatted), ///< when it reads as a number, else empty
                                    str("place", limits::kShortText),
                                    lines("message", limits::kLongText),
                                    str("language", kFormatted), ///< of the page the finder used
                                    FieldSpec{"state", FieldKind::Enum, namesOf<FoundReportState>()},
                                    integer("reportedAt"),
                                    integer("closedAt"),
                                    integer("createdAt"),
                                    integer("updatedAt")};
// Adoption (AdoptionCodec.cpp). A drawn signature is "WxH:x,y x,y;..." (adoption::kMaxSignaturePoints).
constexpr std::size_t kSignatureText = 16 * 10000 + 64;
const std::array kIntakeFields{str("petId", kFormatted),
                               FieldSpec{"date", FieldKind::Date, {}},
                               FieldSpec{"source", FieldKind::Enum, namesOf<IntakeSource>()},
                               str("broughtBy", limits::kName),
                               str("broughtByPhone", kFormatted),
                               str("personId", kFormatted),
                               lines("notes", limits::kLongText),
                               integer("createdAt")};
const std::array kAdoptionProfileFields{str("petId", kFormatted),
                                        FieldSpec{"status", FieldKind::Enum, namesOf<AdoptionStatus>()},
                                        FieldSpec{"statusDate", FieldKind::OptionalDate, {}},
                                        lines("description", limits::kLongText),
                                        FieldSpec{"size", FieldKind::Enum, namesOf<AnimalSize>()},
                                        FieldSpec{"energy", FieldKind::Enum, namesOf<EnergyLevel>()},
                                        FieldSpec{"goodWithDogs", FieldKind::Enum, namesOf<Answer>()},
                                        FieldSpec{"goodWithCats", FieldKind::Enum, namesOf<Answer>()},
                                        FieldSpec{"goodWithChildren", FieldKind::Enum, namesOf<Answer>()},
                                        integer("feeMinor"),
                                        str("feeCurrency", kFormatted),
                                        FieldSpec{"photoIds", FieldKind::StringList, {}},
                                        integer("updatedAt")};
const std::array kStatusChangeFields{FieldSpec{"subject", FieldKind::Enum, namesOf<StatusSubject>()},
                                     str("subjectId", kFormatted),
                                     str("fromStatus", kFormatted),
                                     str("toStatus", kFormatted),
                                     FieldSpec{"date", FieldKind::Date, {}},
                                     integer("at"),
                                     lines("note", limits::kLongText),
                                     str("author", kFormatted)};
const std::array kAdoptionApplicationFields{
    FieldSpec{"petIds", FieldKind::StringList, {}},
    str("applicantName", limits::kName),
    str("phone", kFormatted),
    str("email", kFormatted),
    lines("address", limits::kLongText),
    integer("adults"),
    integer("children"),
    str("childrenAges", limits::kShortText),
    lines("otherPets", limits::kLongText),
    FieldSpec{"homeType", FieldKind::Enum, namesOf<HomeType>()},
    FieldSpec{"yard", FieldKind::Enum, namesOf<Answer>()},
    FieldSpec{"landlordPermitsPets", FieldKind::Enum, namesOf<LandlordPermission>()},
    lines("experience", limits::kLongText),
    lines("message", limits::kLongText),
    lines("consentText", limits::kLongText),
    FieldSpec{"consentAccepted", FieldKind::Bool, {}},
    str("signatureStrokes", kSignatureText),
    str("signatureName", limits::kName),
    FieldSpec{"channel", FieldKind::Enum, namesOf<ApplicationChannel>()},
    str("deviceId", kFormatted),
    str("eventName", limits::kShortText),
    integer("submittedAt"),
    str("submittedFrom", kFormatted),
    FieldSpec{"status", FieldKind::Enum, namesOf<ApplicationStatus>()},
    integer("statusAt"),
    lines("staffNotes", limits::kLongText),
    str("personId", kFormatted),
    integer("completedAt"),
    integer("createdAt"),
    integer("updatedAt")};
// Written by the app (FoundAnimalCodec.cpp).
const std::array kFoundAnimalFields{FieldSpec{"species", FieldKind::Enum, namesOf<Species>()},
                                    FieldSpec{"sex", FieldKind::Enum, namesOf<Sex>()},
                                    str("breed", limits::kShortText),
                                    str("colour", limits::kShortText),
                                    FieldSpec{"size", FieldKind::Enum, namesOf<AnimalSize>()},
                                    FieldSpec{"ageMonths", FieldKind::OptionalInteger, {}},
                                    str("microchip", kFormatted),
                                    FieldSpec{"tagId", FieldKind::OptionalTagId, {}},
                                    str("place", limits::kShortText),
                                    FieldSpec{"foundOn", FieldKind::Date, {}},
                                    lines("notes", limits::kLongText),
                                    FieldSpec{"photoSha256", FieldKind::OptionalSha256, {}},
                                    FieldSpec{"state", FieldKind::Enum, namesOf<FoundAnimalState>()},
                                    optionalId("reunitedPetId"),
                                    integer("closedAt"),
                                    integer("createdAt"),
                                    integer("updatedAt")};

const FieldSpec kDeletedSpec{kDeletedField, FieldKind::Bool, {}};

bool isDateText(const nlohmann::json& value)
{
    return value.is_string() && Date::fromIso(value.get_ref<const std::string&>()).has_value();
}

bool isSha256Hex(std::string_view text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(),
                                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::optional<FieldFault> textFault(const std::string& text, const FieldSpec& spec)
{
    if (spec.maxLength != 0 && (text.size() > spec.maxLength * 4 || utf8Length(text) > spec.maxLength)) {
        return FieldFault::TooLong;
    }
    if (!isCleanText(text, spec.multiLine)) {
        return FieldFault::ControlCharacter;
    }
    return std::nullopt;
}

} // namespace

bool isServerAuthored(EntityType type)
{
    return type == EntityType::Reminder || type == EntityType::Message || type == EntityType::FoundReport;
}

bool isServerOnlyField(EntityType type, std::string_view field)
{
    return type == EntityType::Person &&
           (field == "whatsappVerifiedPhone" || field == "whatsappVerifiedAt" || field == "whatsappVerifiedBy");
}

bool isKnownToSchema(EntityType type, int schemaVersion)
{
    // Found animals came after schema 3 was first spoken, but before any desktop speaking it
    // was released; an older desktop (schema 2) knows none of them.
    if (type == EntityType::FoundAnimal) {
        return schemaVersion >= 3;
    }
    return schemaVersion >= 3 || !isServerAuthored(type);
}

bool isAppendOnly(EntityType type)
{
    return type == EntityType::HealthRecord || type == EntityType::Attachment || type == EntityType::StatusChange;
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
    case EntityType::Intake:
        return kIntakeFields;
    case EntityType::AdoptionProfile:
        return kAdoptionProfileFields;
    case EntityType::StatusChange:
        return kStatusChangeFields;
    case EntityType::AdoptionApplication:
        return kAdoptionApplicationFields;
    case EntityType::FoundAnimal:
        return kFoundAnimalFields;
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

std::optional<FieldFault> fieldFault(EntityType type, std::string_view field, const nlohmann::json& value)
{
    const FieldSpec* spec = findField(type, field);
    if (!spec) {
        return FieldFault::UnknownField;
    }
    auto fits = [](bool ok) {
        return ok ? std::nullopt : std::optional<FieldFault>(FieldFault::WrongType);
    };
    auto shaped = [&](bool (*shape)(std::string_view)) -> std::optional<FieldFault> {
        if (!value.is_string()) {
            return FieldFault::WrongType;
        }
        const auto& text = value.get_ref<const std::string&>();
        return text.empty() || shape(text) ? std::nullopt : std::optional<FieldFault>(FieldFault::InvalidId);
    };
    switch (spec->kind) {
    case FieldKind::String:
        if (!value.is_string()) {
            return FieldFault::WrongType;
        }
        return textFault(value.get_ref<const std::string&>(), *spec);
    case FieldKind::Bool:
        return fits(value.is_boolean());
    case FieldKind::Integer:
        return fits(value.is_number_integer());
    case FieldKind::OptionalInteger:
        return fits(value.is_null() || value.is_number_integer());
    case FieldKind::Number:
        return fits(value.is_number());
    case FieldKind::Date:
        return fits(isDateText(value));
    case FieldKind::OptionalDate:
        return fits(value.is_null() || isDateText(value));
    case FieldKind::StringList:
        if (!value.is_array() ||
            !std::all_of(value.begin(), value.end(), [](const nlohmann::json& v) { return v.is_string(); })) {
            return FieldFault::WrongType;
        }
        if (value.size() > kMaxListItems) {
            return FieldFault::TooLong;
        }
        for (const nlohmann::json& item : value) {
            if (auto fault = textFault(item.get_ref<const std::string&>(), *spec)) {
                return fault;
            }
        }
        return std::nullopt;
    case FieldKind::Enum:
        return fits(value.is_string() && std::find(spec->names.begin(), spec->names.end(),
                                                   value.get_ref<const std::string&>()) != spec->names.end());
    case FieldKind::Id:
        if (!value.is_string()) {
            return FieldFault::WrongType;
        }
        return isUuid(value.get_ref<const std::string&>()) ? std::nullopt
                                                           : std::optional<FieldFault>(FieldFault::InvalidId);
    case FieldKind::OptionalId:
        return shaped(&isUuid);
    case FieldKind::OptionalTagId:
        return shaped(&isTagId);
    case FieldKind::OptionalSha256:
        return shaped(&isSha256Hex);
    }
    return FieldFault::WrongType;
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
