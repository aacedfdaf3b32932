// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Enums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo {

enum class Species
{
    Dog,
    Cat,
    Rabbit,
    Bird,
    Reptile,
    Other
};
enum class Sex
{
    Unknown,
    Male,
    Female
};
/** Neutered/spayed is often unknown for animals arriving at a shelter, so it has three states. */
enum class Neutered
{
    Unknown,
    Yes,
    No
};
enum class PetStatus
{
    Owned,
    InCare,
    Adoptable,
    Adopted,
    Lost,
    Deceased
};
enum class HealthKind
{
    Vaccine,
    Deworming,
    FleaTick,
    Treatment,
    Surgery,
    CheckUp,
    Lab
};
enum class ContactRole
{
    Owner,
    Emergency,
    Foster,
    Adopter,
    Vet,
    Other
};
enum class AttachmentKind
{
    Photo,
    Document
};

/** An animal's size, as shelters describe it (adoption profiles, found animals, lost/found matching). */
enum class AnimalSize
{
    Unknown,
    Small,
    Medium,
    Large,
    Giant
};

template <>
struct EnumNames<AnimalSize>
{
    static constexpr std::array<std::string_view, 5> names{"unknown", "small", "medium", "large", "giant"};
};
template <>
struct EnumNames<Species>
{
    static constexpr std::array<std::string_view, 6> names{"dog", "cat", "rabbit", "bird", "reptile", "other"};
};
template <>
struct EnumNames<Sex>
{
    static constexpr std::array<std::string_view, 3> names{"unknown", "male", "female"};
};
template <>
struct EnumNames<Neutered>
{
    static constexpr std::array<std::string_view, 3> names{"unknown", "yes", "no"};
};
template <>
struct EnumNames<PetStatus>
{
    static constexpr std::array<std::string_view, 6> names{"owned",   "in_care", "adoptable",
                                                           "adopted", "lost",    "deceased"};
};
template <>
struct EnumNames<HealthKind>
{
    static constexpr std::array<std::string_view, 7> names{"vaccine", "deworming", "flea_tick", "treatment",
                                                           "surgery", "check_up",  "lab"};
};
template <>
struct EnumNames<ContactRole>
{
    static constexpr std::array<std::string_view, 6> names{"owner", "emergency", "foster", "adopter", "vet", "other"};
};
template <>
struct EnumNames<AttachmentKind>
{
    static constexpr std::array<std::string_view, 2> names{"photo", "document"};
};

/** Field length limits shared by validation, the database and the server. */
namespace limits {
inline constexpr std::size_t kName = 120;
inline constexpr std::size_t kShortText = 200;
inline constexpr std::size_t kLongText = 20000;
inline constexpr double kMaxWeightKg = 1500.0;
inline constexpr int kMaxMicrochips = 2;
} // namespace limits

struct Pet
{
    std::string id; ///< UUID
    std::string name;
    Species species = Species::Dog;
    std::string breed;
    Sex sex = Sex::Unknown;
    Neutered neutered = Neutered::Unknown;
    std::optional<Date> birthDate;
    bool birthDateEstimated = false;
    std::string colour; ///< colour and markings
    std::string microchip;
    std::string microchip2;
    PetStatus status = PetStatus::Owned;
    std::string allergies;
    std::string conditions;
    std::string notes;
    std::string tagId;   ///< public QR tag id; empty until one is assigned
    std::string photoId; ///< attachment id of the main photo, or empty
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;

    friend bool operator==(const Pet&, const Pet&) = default;
};

/** An owner or another contact for one or more pets. */
struct Person
{
    std::string id;
    std::string name;
    std::vector<std::string> phones; ///< E.164, e.g. +5491123456789
    std::string email;
    std::string address;
    std::string language; ///< preferred language, BCP 47 primary tag ("es", "en", "pt-BR")
    bool whatsappOptIn = false;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;

    friend bool operator==(const Person&, const Person&) = default;
};

struct PetContact
{
    std::string petId;
    std::string personId;
    ContactRole role = ContactRole::Owner;
    bool primary = false;

    friend bool operator==(const PetContact&, const PetContact&) = default;
};

struct HealthRecord
{
    std::string id;
    std::string petId;
    HealthKind kind = HealthKind::Vaccine;
    Date date;
    std::string product; ///< vaccine, drug or procedure name
    std::string batch;   ///< batch / lot number
    std::optional<Date> nextDue;
    std::string givenBy;
    std::string notes;
    std::int64_t createdAtMs = 0;

    friend bool operator==(const HealthRecord&, const HealthRecord&) = default;
};

struct WeightEntry
{
    std::string id;
    std::string petId;
    Date date;
    double kg = 0.0;
    std::int64_t createdAtMs = 0;

    friend bool operator==(const WeightEntry&, const WeightEntry&) = default;
};

struct Note
{
    std::string id;
    std::string petId;
    std::string text;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    /** Who wrote it, as people read it: "Name <e-mail>" of the signed-in staff member, or just the
     *  e-mail; empty when it was written on a computer that was not signed in. */
    std::string author;
    /** Printed on the health report (the owner's copy). Off unless someone chooses it: staff
     *  notes ("muzzle for nail trims") are internal. */
    bool showOnReports = false;

    friend bool operator==(const Note&, const Note&) = default;
};

/** The author text for a signed-in user: "Name <e-mail>", or the e-mail alone without a name. */
std::string noteAuthor(std::string_view name, std::string_view email);
/** The name part of an author text ("Ana Díaz" of "Ana Díaz <ana@example.org>"). */
std::string noteAuthorName(std::string_view author);

/** A photo or document. The bytes live in a content-addressed blob store keyed by SHA-256. */
struct Attachment
{
    std::string id;
    std::string petId;
    std::string healthRecordId; ///< empty unless attached to a health record
    AttachmentKind kind = AttachmentKind::Photo;
    std::string fileName;
    std::string mimeType;
    std::string sha256; ///< lower-case hex of the content
    std::int64_t size = 0;
    std::int64_t createdAtMs = 0;

    friend bool operator==(const Attachment&, const Attachment&) = default;
};

/** Due state of a health record on a given day. */
enum class DueState
{
    None,
    Upcoming,
    DueSoon,
    Overdue
};

/** `nextDue` against today: overdue when past, due soon within `soonDays` days (inclusive). */
DueState dueState(const std::optional<Date>& nextDue, const Date& today, int soonDays = 30);

/** Age in whole months from a birth date, for "2 y 3 m" displays. */
std::optional<int> ageInMonths(const Pet& pet, const Date& today);

} // namespace petinfo
