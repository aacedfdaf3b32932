// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"
#include "petinfo/common/Enums.h"
#include "petinfo/common/Validation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** The shelter's adoption workflow: intake, the animal's adoption status and its history, the public
 *  adoption profile, and applications from adopters. See docs/adoption.md. */
namespace petinfo {

enum class IntakeSource
{
    Stray,
    Surrender,
    Transfer,
    BornInCare
};

/** Where an animal is in the shelter's adoption path. */
enum class AdoptionStatus
{
    Intake,
    InCare,
    Adoptable,
    Reserved,
    Adopted,
    OnHold,
    Returned,
    Transferred,
    Deceased
};

enum class ApplicationStatus
{
    New,
    Contacted,
    Approved,
    Declined,
    Withdrawn
};

/** A yes / no / don't know answer ("good with cats", "has a yard"). */
enum class Answer
{
    Unknown,
    Yes,
    No
};

enum class EnergyLevel
{
    Unknown,
    Low,
    Medium,
    High
};

enum class HomeType
{
    House,
    Apartment,
    Farm,
    Other
};

/** Whether the landlord allows pets; "not applicable" for people who own their home. */
enum class LandlordPermission
{
    Unknown,
    NotApplicable,
    Yes,
    No
};

/** Where an application was made. */
enum class ApplicationChannel
{
    Kiosk, ///< on an adoption kiosk (deviceId, eventName)
    Web,   ///< on the public adoption page
    Staff  ///< typed in by staff, e.g. from a phone call
};

/** Whose status a StatusChange records. */
enum class StatusSubject
{
    Animal,
    Application
};

template <>
struct EnumNames<IntakeSource>
{
    static constexpr std::array<std::string_view, 4> names{"stray", "surrender", "transfer", "born_in_care"};
};
template <>
struct EnumNames<AdoptionStatus>
{
    static constexpr std::array<std::string_view, 9> names{"intake",  "in_care",  "adoptable",   "reserved", "adopted",
                                                           "on_hold", "returned", "transferred", "deceased"};
};
template <>
struct EnumNames<ApplicationStatus>
{
    static constexpr std::array<std::string_view, 5> names{"new", "contacted", "approved", "declined", "withdrawn"};
};
template <>
struct EnumNames<Answer>
{
    static constexpr std::array<std::string_view, 3> names{"unknown", "yes", "no"};
};
template <>
struct EnumNames<EnergyLevel>
{
    static constexpr std::array<std::string_view, 4> names{"unknown", "low", "medium", "high"};
};
template <>
struct EnumNames<HomeType>
{
    static constexpr std::array<std::string_view, 4> names{"house", "apartment", "farm", "other"};
};
template <>
struct EnumNames<LandlordPermission>
{
    static constexpr std::array<std::string_view, 4> names{"unknown", "not_applicable", "yes", "no"};
};
template <>
struct EnumNames<ApplicationChannel>
{
    static constexpr std::array<std::string_view, 3> names{"kiosk", "web", "staff"};
};
template <>
struct EnumNames<StatusSubject>
{
    static constexpr std::array<std::string_view, 2> names{"animal", "application"};
};

namespace limits {
inline constexpr std::size_t kApplicationText = 4000; ///< experience, message, other pets
inline constexpr std::size_t kMaxPetsPerApplication = 10;
inline constexpr std::size_t kMaxPublicPhotos = 12;
inline constexpr int kMaxAdults = 20;
inline constexpr int kMaxChildren = 20;
inline constexpr int kMaxChildAge = 17;
inline constexpr std::int64_t kMaxFeeMinor = 100'000'000'00; ///< a hundred million in major units
inline constexpr std::size_t kMaxSignatureStrokes = 200;
inline constexpr std::size_t kMaxSignaturePoints = 10000;
inline constexpr int kMaxSignatureExtent = 10000;        ///< largest width / height of the pad
inline constexpr std::size_t kMaxSignatureText = 120000; ///< encoded strokes, in bytes
inline constexpr std::size_t kAddressText = kShortText * 2;
inline constexpr std::size_t kNetworkAddress = 64;
} // namespace limits

/** How an animal came to the shelter. One per stay: an animal returned after a transfer gets a
 *  new intake. */
struct Intake
{
    std::string id;
    std::string petId;
    Date date;
    IntakeSource source = IntakeSource::Stray;
    std::string broughtBy;      ///< the finder's or previous owner's name, or the sending shelter
    std::string broughtByPhone; ///< E.164 or empty
    std::string personId;       ///< the person record of whoever brought it, when there is one
    std::string notes;
    std::int64_t createdAtMs = 0;

    friend bool operator==(const Intake&, const Intake&) = default;
};

/** The public side of an animal up for adoption, one per pet: its row id is the pet's id. It also
 *  holds the current adoption status (the history is in StatusChange rows). */
struct AdoptionProfile
{
    std::string petId;
    AdoptionStatus status = AdoptionStatus::Intake;
    std::optional<Date> statusDate; ///< the day the current status began
    std::string description;        ///< public text
    AnimalSize size = AnimalSize::Unknown;
    EnergyLevel energy = EnergyLevel::Unknown;
    Answer goodWithDogs = Answer::Unknown;
    Answer goodWithCats = Answer::Unknown;
    Answer goodWithChildren = Answer::Unknown;
    std::int64_t feeMinor = 0;         ///< in the currency's minor unit (centavos)
    std::string feeCurrency;           ///< ISO 4217, e.g. "ARS"; required when the fee is not 0
    std::vector<std::string> photoIds; ///< attachment ids chosen for the public, in display order
    std::int64_t updatedAtMs = 0;

    friend bool operator==(const AdoptionProfile&, const AdoptionProfile&) = default;
};

/** One dated status change of an animal or an application; written once, never edited. */
struct StatusChange
{
    std::string id;
    StatusSubject subject = StatusSubject::Animal;
    std::string subjectId;  ///< the pet's or the application's id
    std::string fromStatus; ///< wire name of the status before; empty for the first one
    std::string toStatus;   ///< wire name of the new status
    Date date;
    std::int64_t atMs = 0; ///< when it was recorded, orders changes made on one day
    std::string note;
    std::string author; ///< as Note::author

    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

/** A signature drawn with a finger or a mouse: strokes of points on a pad of width x height. */
struct Signature
{
    struct Point
    {
        int x = 0;
        int y = 0;
        friend bool operator==(const Point&, const Point&) = default;
    };
    int width = 0;
    int height = 0;
    std::vector<std::vector<Point>> strokes;

    bool isEmpty() const { return strokes.empty(); }
    friend bool operator==(const Signature&, const Signature&) = default;
};

/** The text form kept in an application: "WxH:x,y x,y;x,y x,y" (strokes separated by ';', points
 *  by spaces, integer coordinates). Empty text for an empty signature. */
std::string encodeSignature(const Signature& signature);
/** Reads encodeSignature's text; nullopt when malformed, out of the pad or over the limits. */
std::optional<Signature> decodeSignature(std::string_view text);

/** An application to adopt one or more animals. */
struct AdoptionApplication
{
    std::string id;
    std::vector<std::string> petIds; ///< the animals asked for
    // Applicant
    std::string applicantName;
    std::string phone; ///< E.164
    std::string email;
    std::string address;
    // Household
    int adults = 1;
    int children = 0;
    std::string childrenAges; ///< whole years, comma separated: "4, 9"
    std::string otherPets;
    HomeType homeType = HomeType::House;
    Answer yard = Answer::Unknown;
    LandlordPermission landlordPermitsPets = LandlordPermission::Unknown;
    std::string experience;
    std::string message;
    // Consent and signature
    std::string consentText; ///< exactly the text shown to the applicant
    bool consentAccepted = false;
    std::string signatureStrokes; ///< encodeSignature() of the drawn signature (kiosk, staff)
    std::string signatureName;    ///< the typed full name (public page: no script, no drawing)
    // When and where
    ApplicationChannel channel = ApplicationChannel::Kiosk;
    std::string deviceId;  ///< the kiosk's client id
    std::string eventName; ///< the adoption event, if any
    std::int64_t submittedAtMs = 0;
    std::string submittedFrom; ///< the applicant's network address as the server saw it (set by the server)
    // Staff
    ApplicationStatus status = ApplicationStatus::New;
    std::int64_t statusAtMs = 0;
    std::string staffNotes;
    std::string personId;           ///< the person made of the applicant when the adoption was completed
    std::int64_t completedAtMs = 0; ///< 0 until the adoption was completed
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;

    friend bool operator==(const AdoptionApplication&, const AdoptionApplication&) = default;
};

// Status paths

/** Whether an animal may go from `from` to `to` (never to the status it has). */
bool isAllowedTransition(AdoptionStatus from, AdoptionStatus to);
/** The statuses an animal's first recorded status may be (a new arrival, or one already in care
 *  when the shelter started using the workflow). */
bool isAllowedInitialStatus(AdoptionStatus status);
/** The statuses reachable from `from`, in declaration order. */
std::vector<AdoptionStatus> nextStatuses(AdoptionStatus from);

bool isAllowedTransition(ApplicationStatus from, ApplicationStatus to);
std::vector<ApplicationStatus> nextStatuses(ApplicationStatus from);
/** Declined and withdrawn applications are closed. */
bool isClosed(ApplicationStatus status);

/** The latest change of one subject (by date, then atMs, then id), or nullptr. */
const StatusChange* latestChange(const std::vector<StatusChange>& history, std::string_view subjectId);

/** Whole days since the intake, 0 on the day itself; nullopt without an intake date. */
std::optional<int> daysInCare(const Intake& intake, const Date& today);

/** Parses "4, 9, 12" into ages; nullopt when a part is not a whole number of years. */
std::optional<std::vector<int>> parseChildrenAges(std::string_view text);

/** Whether the typed signature matches the applicant's name (spaces and ASCII case ignored). */
bool typedSignatureMatches(std::string_view typed, std::string_view name);

// Normalisation and validation

void normalize(Intake& intake, std::string_view region = {});
void normalize(AdoptionProfile& profile);
/** Trims text, reads the phone as written in `region` into E.164. */
void normalize(AdoptionApplication& application, std::string_view region = {});

ValidationReport validate(const Intake& intake, const Date& today);
ValidationReport validate(const AdoptionProfile& profile);
/** Also checks that the transition is allowed for the subject. */
ValidationReport validate(const StatusChange& change, const Date& today);
/** Everything an applicant must give: a name, a phone or e-mail, the animals, the consent, and a
 *  signature (drawn or typed). */
ValidationReport validate(const AdoptionApplication& application);

} // namespace petinfo
