// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Enums.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace petinfo::sync {

/** The kinds of row that sync. Each maps to one domain struct of Domain.h (tag: a public QR tag).
 *  Reminders, messages and found reports are written by the server only (Messaging.h,
 *  LostFound.h); devices read them. */
enum class EntityType
{
    Pet,
    Person,
    PetContact,
    HealthRecord,
    Weight,
    Note,
    Attachment,
    Tag,
    Reminder,
    Message,
    FoundReport, ///< "I found this pet" from a lost pet's public page (server-authored)
    // The adoption workflow (Adoption.h). An adoption profile's row id is its pet's id.
    Intake,
    AdoptionProfile,
    StatusChange,
    AdoptionApplication,
    FoundAnimal ///< a stray a shelter or clinic took in, to find its family (LostFound.h)
};

/** Every row carries this boolean field; it is merged like any other field (see docs/sync-protocol.md). */
inline constexpr std::string_view kDeletedField = "deleted";

/** The JSON type a field must have on the wire (the values of WireCodec.h), and for strings that
 *  name another row or a blob, their shape. */
enum class FieldKind
{
    String, ///< at most `maxLength` characters
    Bool,
    Integer,
    OptionalInteger, ///< a whole number or null
    Number,
    Date,           ///< "YYYY-MM-DD"
    OptionalDate,   ///< "YYYY-MM-DD" or null
    StringList,     ///< at most kMaxListItems strings of at most `maxLength` characters
    Enum,           ///< one of `names`
    Id,             ///< a row id (UUID)
    OptionalId,     ///< a row id or ""
    OptionalTagId,  ///< a public tag id (isTagId) or ""
    OptionalSha256, ///< 64 lower-case hex digits or ""
};

inline constexpr std::size_t kMaxListItems = 50;

struct FieldSpec
{
    std::string_view name;
    FieldKind kind = FieldKind::String;
    std::span<const std::string_view> names{}; ///< allowed values of an Enum field
    std::size_t maxLength = 0;                 ///< String, StringList: Unicode code points
    bool multiLine = false;                    ///< String: TAB, LF and CR allowed (see isCleanText)
};

/** Why a value does not fit a field. */
enum class FieldFault
{
    UnknownField,
    WrongType,        ///< another JSON type, or not one of an enum's values
    InvalidId,        ///< not the shape of the id, tag id or hash the field holds
    TooLong,          ///< more characters (or list items) than the field allows
    ControlCharacter, ///< text with a control character (or not UTF-8): see isCleanText
};

/** Rows only the server writes: a push of one is refused (forbidden). */
bool isServerAuthored(EntityType type);

/** Fields of a device-authored type that only the server writes (a person's WhatsApp
 *  verification): a push that carries one is refused (forbidden). */
bool isServerOnlyField(EntityType type, std::string_view field);

/** Whether a peer speaking `schemaVersion` knows the type (reminders, messages and the adoption
 *  rows came with 3); a pull leaves other rows out for it. */
bool isKnownToSchema(EntityType type, int schemaVersion);

/** Health records, attachments and status changes are written once: create (idempotent by id)
 *  and delete or restore only; any other field edit is refused. */
bool isAppendOnly(EntityType type);

/** The syncable fields of a type, without `deleted` and without the row id. */
std::span<const FieldSpec> fieldSpecs(EntityType type);
const FieldSpec* findField(EntityType type, std::string_view field);

/** What is wrong with `value` for `field` (nullopt: nothing). Checked for every field a change
 *  carries, deleted rows included: the shape of a value never depends on the row's state.
 *  `deleted` is a Bool. */
std::optional<FieldFault> fieldFault(EntityType type, std::string_view field, const nlohmann::json& value);
inline bool isValidFieldValue(EntityType type, std::string_view field, const nlohmann::json& value)
{
    return !fieldFault(type, field, value).has_value();
}

/** Row ids: UUIDs; a petContact may also be "<petId>/<personId>"; a tag id is a public tag id. */
bool isValidRowId(EntityType type, std::string_view id);

} // namespace petinfo::sync

namespace petinfo {
template <>
struct EnumNames<sync::EntityType>
{
    static constexpr std::array<std::string_view, 16> names{"pet",
                                                            "person",
                                                            "petContact",
                                                            "healthRecord",
                                                            "weight",
                                                            "note",
                                                            "attachment",
                                                            "tag",
                                                            "reminder",
                                                            "message",
                                                            "foundReport",
                                                            "intake",
                                                            "adoptionProfile",
                                                            "statusChange",
                                                            "adoptionApplication",
                                                            "foundAnimal"};
};
} // namespace petinfo
