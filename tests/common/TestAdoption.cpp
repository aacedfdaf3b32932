// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Adoption.h"
#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "petinfo/common/sync/Merge.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace petinfo;
using nlohmann::json;

namespace {

const Date kToday{2026, 12, 7};

/** The animal's status path as docs/adoption.md states it, written out pair by pair. */
const std::set<std::pair<std::string, std::string>> kAnimalAllowed{
    {"intake", "in_care"},      {"intake", "on_hold"},       {"intake", "transferred"},  {"intake", "deceased"},
    {"in_care", "adoptable"},   {"in_care", "on_hold"},      {"in_care", "transferred"}, {"in_care", "deceased"},
    {"adoptable", "in_care"},   {"adoptable", "reserved"},   {"adoptable", "on_hold"},   {"adoptable", "transferred"},
    {"adoptable", "deceased"},  {"reserved", "adoptable"},   {"reserved", "adopted"},    {"reserved", "on_hold"},
    {"reserved", "deceased"},   {"adopted", "returned"},     {"on_hold", "in_care"},     {"on_hold", "adoptable"},
    {"on_hold", "transferred"}, {"on_hold", "deceased"},     {"returned", "in_care"},    {"returned", "adoptable"},
    {"returned", "on_hold"},    {"returned", "transferred"}, {"returned", "deceased"},   {"transferred", "intake"},
};

const std::set<std::pair<std::string, std::string>> kApplicationAllowed{
    {"new", "contacted"},      {"new", "declined"},        {"new", "withdrawn"},     {"contacted", "approved"},
    {"contacted", "declined"}, {"contacted", "withdrawn"}, {"approved", "declined"}, {"approved", "withdrawn"},
};

std::string drawnSignature()
{
    Signature s;
    s.width = 600;
    s.height = 200;
    s.strokes = {{{10, 150}, {40, 60}, {80, 150}}, {{120, 100}, {200, 100}, {260, 40}}};
    return encodeSignature(s);
}

AdoptionApplication validApplication()
{
    AdoptionApplication a;
    a.id = newUuid();
    a.petIds = {newUuid()};
    a.applicantName = "Lucía Fernández";
    a.phone = "+5491123456789";
    a.email = "lucia@example.org";
    a.address = "Av. Corrientes 1234, CABA";
    a.adults = 2;
    a.children = 2;
    a.childrenAges = "4, 9";
    a.otherPets = "One old cat";
    a.homeType = HomeType::Apartment;
    a.yard = Answer::No;
    a.landlordPermitsPets = LandlordPermission::Yes;
    a.experience = "Grew up with dogs";
    a.message = "We'd love to meet her";
    a.consentText = "I confirm the information is true and agree to a home visit.";
    a.consentAccepted = true;
    a.signatureStrokes = drawnSignature();
    a.channel = ApplicationChannel::Kiosk;
    a.deviceId = "kiosk-1";
    a.eventName = "Feria de adopción, Plaza Serrano";
    a.submittedAtMs = 1700000000000;
    a.createdAtMs = 1700000000000;
    a.updatedAtMs = 1700000000000;
    return a;
}

bool hasIssue(const ValidationReport& report, const std::string& field, ValidationCode code)
{
    for (const auto& issue : report.issues) {
        if (issue.field == field && issue.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(Adoption, EveryAnimalTransitionIsAllowedOrRefusedAsDocumented)
{
    int allowed = 0;
    for (std::size_t f = 0; f < enumCount<AdoptionStatus>(); ++f) {
        for (std::size_t t = 0; t < enumCount<AdoptionStatus>(); ++t) {
            const auto from = static_cast<AdoptionStatus>(f);
            const auto to = static_cast<AdoptionStatus>(t);
            const bool expected = kAnimalAllowed.count({std::string(enumName(from)), std::string(enumName(to))}) == 1;
            EXPECT_EQ(isAllowedTransition(from, to), expected) << enumName(from) << " -> " << enumName(to);

            StatusChange change{newUuid(),
                                StatusSubject::Animal,
                                newUuid(),
                                std::string(enumName(from)),
                                std::string(enumName(to)),
                                kToday,
                                1,
                                "",
                                ""};
            EXPECT_EQ(hasIssue(validate(change, kToday), "toStatus", ValidationCode::StatusTransition), !expected)
                << enumName(from) << " -> " << enumName(to);
            allowed += expected ? 1 : 0;
        }
    }
    EXPECT_EQ(allowed, static_cast<int>(kAnimalAllowed.size()));
    EXPECT_TRUE(nextStatuses(AdoptionStatus::Deceased).empty());
    EXPECT_EQ(nextStatuses(AdoptionStatus::Adopted), std::vector<AdoptionStatus>{AdoptionStatus::Returned});
}

TEST(Adoption, AnAnimalsFirstStatusIsAnArrival)
{
    for (std::size_t t = 0; t < enumCount<AdoptionStatus>(); ++t) {
        const auto to = static_cast<AdoptionStatus>(t);
        const bool expected =
            to == AdoptionStatus::Intake || to == AdoptionStatus::InCare || to == AdoptionStatus::Adoptable;
        EXPECT_EQ(isAllowedInitialStatus(to), expected) << enumName(to);
        StatusChange change{newUuid(), StatusSubject::Animal, newUuid(), "", std::string(enumName(to)), kToday, 1, "",
                            ""};
        EXPECT_EQ(validate(change, kToday).ok(), expected) << enumName(to);
    }
}

TEST(Adoption, EveryApplicationTransitionIsAllowedOrRefusedAsDocumented)
{
    for (std::size_t f = 0; f < enumCount<ApplicationStatus>(); ++f) {
        for (std::size_t t = 0; t < enumCount<ApplicationStatus>(); ++t) {
            const auto from = static_cast<ApplicationStatus>(f);
            const auto to = static_cast<ApplicationStatus>(t);
            const bool expected =
                kApplicationAllowed.count({std::string(enumName(from)), std::string(enumName(to))}) == 1;
            EXPECT_EQ(isAllowedTransition(from, to), expected) << enumName(from) << " -> " << enumName(to);
            StatusChange change{newUuid(),
                                StatusSubject::Application,
                                newUuid(),
                                std::string(enumName(from)),
                                std::string(enumName(to)),
                                kToday,
                                1,
                                "called twice",
                                "Ana <ana@example.org>"};
            EXPECT_EQ(validate(change, kToday).ok(), expected) << enumName(from) << " -> " << enumName(to);
        }
    }
    EXPECT_TRUE(isClosed(ApplicationStatus::Declined));
    EXPECT_TRUE(isClosed(ApplicationStatus::Withdrawn));
    EXPECT_FALSE(isClosed(ApplicationStatus::Approved));
    StatusChange first{newUuid(), StatusSubject::Application, newUuid(), "", "new", kToday, 1, "", ""};
    EXPECT_TRUE(validate(first, kToday).ok());
    first.toStatus = "approved";
    EXPECT_TRUE(hasIssue(validate(first, kToday), "toStatus", ValidationCode::StatusTransition));
}

TEST(Adoption, StatusChangeNamesAreChecked)
{
    StatusChange change{newUuid(), StatusSubject::Animal, newUuid(), "in_care", "adoptible", kToday, 1, "", ""};
    EXPECT_TRUE(hasIssue(validate(change, kToday), "toStatus", ValidationCode::UnknownValue));
    change.toStatus = "adoptable";
    change.fromStatus = "new"; // an application's status, not an animal's
    EXPECT_TRUE(hasIssue(validate(change, kToday), "fromStatus", ValidationCode::UnknownValue));
    change.fromStatus = "in_care";
    change.date = kToday.addDays(1);
    EXPECT_TRUE(hasIssue(validate(change, kToday), "date", ValidationCode::DateInFuture));
    change.date = kToday;
    change.subjectId = "not-an-id";
    EXPECT_TRUE(hasIssue(validate(change, kToday), "subjectId", ValidationCode::InvalidId));
}

TEST(Adoption, LatestChangeOrdersByDateThenTime)
{
    const std::string pet = newUuid();
    std::vector<StatusChange> history{
        {newUuid(), StatusSubject::Animal, pet, "in_care", "adoptable", Date{2026, 3, 1}, 50, "", ""},
        {newUuid(), StatusSubject::Animal, pet, "", "intake", Date{2026, 2, 1}, 900, "", ""},
        {newUuid(), StatusSubject::Animal, pet, "intake", "in_care", Date{2026, 3, 1}, 10, "", ""},
        {newUuid(), StatusSubject::Animal, newUuid(), "adoptable", "reserved", Date{2026, 4, 1}, 1, "", ""},
    };
    const StatusChange* latest = latestChange(history, pet);
    ASSERT_NE(latest, nullptr);
    EXPECT_EQ(latest->toStatus, "adoptable");
    EXPECT_EQ(latestChange(history, newUuid()), nullptr);
}

TEST(Adoption, DaysInCareCountFromTheIntake)
{
    Intake intake;
    intake.date = Date{2026, 11, 27};
    EXPECT_EQ(daysInCare(intake, kToday), 10);
    EXPECT_EQ(daysInCare(intake, Date{2026, 11, 27}), 0);
    EXPECT_EQ(daysInCare(Intake{}, kToday), std::nullopt);
}

TEST(Adoption, ValidApplicationPasses)
{
    const auto report = validate(validApplication());
    EXPECT_TRUE(report.ok()) << (report.issues.empty() ? "" : englishMessage(report.issues.front()));
}

TEST(Adoption, ApplicationValidationTable)
{
    struct Case
    {
        const char* name;
        void (*mutate)(AdoptionApplication&);
        const char* field;
        ValidationCode code;
    };
    const Case cases[] = {
        {"no name", [](AdoptionApplication& a) { a.applicantName = "  "; }, "applicantName", ValidationCode::Required},
        {"long name", [](AdoptionApplication& a) { a.applicantName = std::string(121, 'a'); }, "applicantName",
         ValidationCode::TooLong},
        {"no contact", [](AdoptionApplication& a) { a.phone.clear(), a.email.clear(); }, "phone",
         ValidationCode::ContactRequired},
        {"bad phone", [](AdoptionApplication& a) { a.phone = "+12"; }, "phone", ValidationCode::PhoneFormat},
        {"bad email", [](AdoptionApplication& a) { a.email = "lucia@"; }, "email", ValidationCode::EmailFormat},
        {"no pets", [](AdoptionApplication& a) { a.petIds.clear(); }, "petIds", ValidationCode::Required},
        {"bad pet id", [](AdoptionApplication& a) { a.petIds = {"x"}; }, "petIds[0]", ValidationCode::InvalidId},
        {"too many pets", [](AdoptionApplication& a) { a.petIds.assign(11, newUuid()); }, "petIds",
         ValidationCode::OutOfRange},
        {"no adults", [](AdoptionApplication& a) { a.adults = 0; }, "adults", ValidationCode::OutOfRange},
        {"many adults", [](AdoptionApplication& a) { a.adults = 21; }, "adults", ValidationCode::OutOfRange},
        {"negative children", [](AdoptionApplication& a) { a.children = -1, a.childrenAges.clear(); }, "children",
         ValidationCode::OutOfRange},
        {"ages not numbers", [](AdoptionApplication& a) { a.childrenAges = "four, nine"; }, "childrenAges",
         ValidationCode::AgesFormat},
        {"ages count", [](AdoptionApplication& a) { a.childrenAges = "4"; }, "childrenAges",
         ValidationCode::AgesFormat},
        {"adult child", [](AdoptionApplication& a) { a.childrenAges = "4, 19"; }, "childrenAges",
         ValidationCode::AgesFormat},
        {"no consent", [](AdoptionApplication& a) { a.consentAccepted = false; }, "consentAccepted",
         ValidationCode::ConsentRequired},
        {"consent text missing", [](AdoptionApplication& a) { a.consentText.clear(); }, "consentAccepted",
         ValidationCode::ConsentRequired},
        {"unsigned", [](AdoptionApplication& a) { a.signatureStrokes.clear(); }, "signature",
         ValidationCode::SignatureRequired},
        {"garbled strokes", [](AdoptionApplication& a) { a.signatureStrokes = "600x200:1,2 3"; }, "signatureStrokes",
         ValidationCode::SignatureFormat},
        {"typed other name",
         [](AdoptionApplication& a) {
             a.signatureStrokes.clear();
             a.signatureName = "Someone Else";
         },
         "signatureName", ValidationCode::SignatureMismatch},
        {"long message", [](AdoptionApplication& a) { a.message = std::string(4001, 'm'); }, "message",
         ValidationCode::TooLong},
        {"long address", [](AdoptionApplication& a) { a.address = std::string(401, 'a'); }, "address",
         ValidationCode::TooLong},
        {"bad person id", [](AdoptionApplication& a) { a.personId = "p1"; }, "personId", ValidationCode::InvalidId},
    };
    for (const Case& c : cases) {
        AdoptionApplication a = validApplication();
        c.mutate(a);
        const auto report = validate(a);
        EXPECT_FALSE(report.ok()) << c.name;
        EXPECT_TRUE(hasIssue(report, c.field, c.code)) << c.name;
        for (const auto& issue : report.issues) {
            EXPECT_FALSE(englishMessage(issue).empty());
        }
    }
}

TEST(Adoption, TypedSignatureOfTheSameNamePasses)
{
    AdoptionApplication a = validApplication();
    a.signatureStrokes.clear();
    a.signatureName = "  lucía   FERNÁNDEZ ";
    // Only ASCII case is folded: "Á" and "á" differ, so this must be refused...
    EXPECT_FALSE(validate(a).ok());
    a.signatureName = "  LUCía   FERNández ";
    EXPECT_TRUE(validate(a).ok());
    a.phone.clear(); // e-mail alone is enough to reach the applicant
    EXPECT_TRUE(validate(a).ok());
    a.children = 0;
    a.childrenAges.clear();
    EXPECT_TRUE(validate(a).ok());
}

TEST(Adoption, NormalizeReadsLocalPhonesAndTrims)
{
    AdoptionApplication a = validApplication();
    a.applicantName = "  Lucía Fernández\n";
    a.phone = "011 2345-6789";
    normalize(a, "AR");
    EXPECT_EQ(a.applicantName, "Lucía Fernández");
    EXPECT_EQ(a.phone, "+541123456789");
}

TEST(Adoption, SignatureTextRoundTripsAndRefusesGarbage)
{
    Signature s;
    s.width = 600;
    s.height = 200;
    s.strokes = {{{0, 0}, {600, 200}}, {{5, 7}}};
    const std::string text = encodeSignature(s);
    EXPECT_EQ(text, "600x200:0,0 600,200;5,7");
    EXPECT_EQ(decodeSignature(text), s);
    EXPECT_EQ(encodeSignature(Signature{}), "");
    EXPECT_TRUE(decodeSignature("")->isEmpty());
    for (const char* bad : {"600x200", "x200:1,1", "600x:1,1", "0x200:1,1", "600x200:601,1", "600x200:-1,1",
                            "600x200:1,1 2", "600x200:1;;", "600x200:a,b", "99999x200:1,1", "600x200:1,1,1"}) {
        EXPECT_FALSE(decodeSignature(bad).has_value()) << bad;
    }
    std::string many = "10x10:";
    for (std::size_t i = 0; i <= limits::kMaxSignatureStrokes; ++i) {
        many += i ? ";1,1" : "1,1";
    }
    EXPECT_FALSE(decodeSignature(many).has_value());
}

TEST(Adoption, ProfileValidation)
{
    AdoptionProfile p;
    p.petId = newUuid();
    p.feeMinor = 1500000;
    p.feeCurrency = "ARS";
    p.photoIds = {newUuid()};
    EXPECT_TRUE(validate(p).ok());
    p.feeCurrency = "ars";
    EXPECT_TRUE(hasIssue(validate(p), "feeCurrency", ValidationCode::CurrencyFormat));
    normalize(p);
    EXPECT_EQ(p.feeCurrency, "ARS");
    p.feeMinor = -1;
    EXPECT_TRUE(hasIssue(validate(p), "feeMinor", ValidationCode::OutOfRange));
    p.feeMinor = 0;
    p.feeCurrency.clear();
    EXPECT_TRUE(validate(p).ok()); // free adoption, no currency needed
    p.photoIds.assign(13, newUuid());
    EXPECT_TRUE(hasIssue(validate(p), "photoIds", ValidationCode::OutOfRange));
    p.photoIds = {"photo"};
    EXPECT_TRUE(hasIssue(validate(p), "photoIds[0]", ValidationCode::InvalidId));
}

TEST(Adoption, IntakeValidation)
{
    Intake i{newUuid(),
             newUuid(),
             Date{2026, 11, 1},
             IntakeSource::Surrender,
             "Marta Gómez",
             "+5491123456789",
             "",
             "Owner moving abroad",
             1};
    EXPECT_TRUE(validate(i, kToday).ok());
    i.date = kToday.addDays(2);
    EXPECT_TRUE(hasIssue(validate(i, kToday), "date", ValidationCode::DateInFuture));
    i.date = Date{2026, 11, 1};
    i.broughtByPhone = "abc";
    EXPECT_FALSE(validate(i, kToday).ok());
    i.broughtByPhone.clear();
    i.personId = "nobody";
    EXPECT_TRUE(hasIssue(validate(i, kToday), "personId", ValidationCode::InvalidId));
}

TEST(AdoptionCodec, RoundTrips)
{
    const Intake intake{newUuid(),     newUuid(), Date{2026, 10, 3}, IntakeSource::BornInCare, "", "", newUuid(),
                        "litter of 4", 42};
    const json ij = toJson(intake);
    EXPECT_EQ(ij["source"], "born_in_care");
    EXPECT_EQ(*intakeFromJson(ij), intake);

    AdoptionProfile profile;
    profile.petId = newUuid();
    profile.status = AdoptionStatus::OnHold;
    profile.statusDate = Date{2026, 12, 1};
    profile.description = "Calm senior dog, loves walks";
    profile.size = AnimalSize::Large;
    profile.energy = EnergyLevel::Low;
    profile.goodWithDogs = Answer::Yes;
    profile.goodWithCats = Answer::No;
    profile.feeMinor = 2500000;
    profile.feeCurrency = "ARS";
    profile.photoIds = {newUuid(), newUuid()};
    profile.updatedAtMs = 7;
    const json pj = toJson(profile);
    EXPECT_EQ(pj["id"], profile.petId);
    EXPECT_EQ(pj["status"], "on_hold");
    EXPECT_EQ(pj["goodWithChildren"], "unknown");
    EXPECT_EQ(*adoptionProfileFromJson(pj), profile);

    const StatusChange change{newUuid(), StatusSubject::Application, newUuid(), "new", "contacted", Date{2026, 12, 2},
                              99,        "Left a voicemail",         "Ana"};
    EXPECT_EQ(*statusChangeFromJson(toJson(change)), change);

    AdoptionApplication a = validApplication();
    a.status = ApplicationStatus::Approved;
    a.submittedFrom = "203.0.113.7";
    a.personId = newUuid();
    a.completedAtMs = 5;
    const json aj = toJson(a);
    EXPECT_EQ(aj["landlordPermitsPets"], "yes");
    EXPECT_EQ(aj["channel"], "kiosk");
    EXPECT_EQ(*adoptionApplicationFromJson(aj), a);
}

TEST(AdoptionCodec, DecodingIsStrict)
{
    json a = toJson(validApplication());
    a["homeType"] = "castle";
    EXPECT_EQ(adoptionApplicationFromJson(a).error().code, DecodeErrc::BadValue);
    a = toJson(validApplication());
    a["adults"] = 1LL << 40;
    EXPECT_EQ(adoptionApplicationFromJson(a).error().code, DecodeErrc::BadValue);
    a = toJson(validApplication());
    a["consentAccepted"] = "yes";
    EXPECT_EQ(adoptionApplicationFromJson(a).error().code, DecodeErrc::WrongType);
    a.erase("applicantName");
    EXPECT_FALSE(adoptionApplicationFromJson(a).hasValue());
    EXPECT_EQ(statusChangeFromJson(json::array()).error().code, DecodeErrc::NotAnObject);
    AdoptionProfile profile;
    profile.petId = newUuid();
    json p = toJson(profile);
    p.erase("petId"); // the row id stands for it
    EXPECT_EQ(adoptionProfileFromJson(p)->petId, p["id"]);
}

TEST(AdoptionSync, RowsCheckLikeEveryOtherEntity)
{
    using namespace petinfo::sync;
    const Hlc clock{1700000000000, 0, "device-a"};
    AdoptionApplication a = validApplication();
    SyncRow row = merge(SyncRow{}, changeFromEntity(EntityType::AdoptionApplication, toJson(a), clock)).row;
    EXPECT_EQ(checkRow(row, kToday), std::nullopt);
    for (const FieldSpec& spec : fieldSpecs(EntityType::AdoptionApplication)) {
        EXPECT_NE(row.value(spec.name), nullptr) << spec.name; // every wire key is a synced field
    }
    EXPECT_EQ(row.fields.size(), fieldSpecs(EntityType::AdoptionApplication).size());

    a.consentAccepted = false;
    row = merge(SyncRow{}, changeFromEntity(EntityType::AdoptionApplication, toJson(a), clock)).row;
    ASSERT_TRUE(checkRow(row, kToday).has_value());
    EXPECT_EQ(checkRow(row, kToday)->field, "consentAccepted");

    EXPECT_TRUE(isValidFieldValue(EntityType::AdoptionProfile, "status", "reserved"));
    EXPECT_FALSE(isValidFieldValue(EntityType::AdoptionProfile, "status", "sold"));
    EXPECT_FALSE(isValidFieldValue(EntityType::AdoptionApplication, "adults", "2"));

    // A profile is keyed by its pet: a profile row naming another pet is refused.
    AdoptionProfile profile;
    profile.petId = newUuid();
    json pj = toJson(profile);
    SyncRow prow = merge(SyncRow{}, changeFromEntity(EntityType::AdoptionProfile, pj, clock)).row;
    EXPECT_EQ(checkRow(prow, kToday), std::nullopt);
    pj["id"] = newUuid();
    prow = merge(SyncRow{}, changeFromEntity(EntityType::AdoptionProfile, pj, clock)).row;
    EXPECT_TRUE(checkRow(prow, kToday).has_value());

    // Status history is written once.
    EXPECT_TRUE(isAppendOnly(EntityType::StatusChange));
    const StatusChange change{newUuid(), StatusSubject::Animal, profile.petId, "", "intake", kToday, 1, "", ""};
    SyncRow stored = merge(SyncRow{}, changeFromEntity(EntityType::StatusChange, toJson(change), clock)).row;
    EXPECT_EQ(checkRow(stored, kToday), std::nullopt);
    const SyncRow edit =
        makeChange(EntityType::StatusChange, change.id, {{"toStatus", "adoptable"}}, Hlc{1700000000001, 0, "device-b"});
    ASSERT_TRUE(checkChange(stored, edit).has_value());
    EXPECT_EQ(checkChange(stored, edit)->code, "append_only");

    const Intake intake{newUuid(), profile.petId, kToday, IntakeSource::Stray, "", "", "", "", 1};
    EXPECT_EQ(checkRow(merge(SyncRow{}, changeFromEntity(EntityType::Intake, toJson(intake), clock)).row, kToday),
              std::nullopt);
}
