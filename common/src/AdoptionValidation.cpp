// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Adoption.h"

#include "ValidationChecks.h"

#include "petinfo/common/Phone.h"
#include "petinfo/common/Random.h"

#include <algorithm>

namespace petinfo {

namespace {

constexpr int kEarliestYear = 1950;

void checkPhone(ValidationReport& report, const char* field, const std::string& value)
{
    if (value.empty()) {
        return;
    }
    const PhoneCheck check = normalizePhone(value);
    if (!check.valid) {
        report.add(field, check.issue.value_or(ValidationCode::PhoneFormat));
    }
}

void checkDate(ValidationReport& report, const char* field, const Date& date, const Date& today)
{
    if (!date.isValid()) {
        report.add(field, ValidationCode::Required);
    } else if (today < date) {
        report.add(field, ValidationCode::DateInFuture);
    } else if (date.year < kEarliestYear) {
        report.add(field, ValidationCode::DateTooEarly);
    }
}

bool isCurrencyCode(std::string_view code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string normalizedPhone(const std::string& phone, std::string_view region)
{
    if (trimmed(phone).empty()) {
        return {};
    }
    const phone::Parsed parsed = phone::parse(phone, region);
    return parsed.valid() ? parsed.e164 : trimmed(phone);
}

/** A status name of the subject's kind; empty text is "none". */
template <typename E>
std::optional<std::optional<E>> statusOf(const std::string& name)
{
    if (name.empty()) {
        return std::optional<E>{};
    }
    const auto value = enumFromString<E>(name);
    if (!value) {
        return std::nullopt;
    }
    return std::optional<E>{*value};
}

} // namespace

void normalize(Intake& intake, std::string_view region)
{
    intake.broughtBy = trimmed(intake.broughtBy);
    intake.broughtByPhone = normalizedPhone(intake.broughtByPhone, region);
    intake.notes = trimmed(intake.notes);
}

void normalize(AdoptionProfile& profile)
{
    profile.description = trimmed(profile.description);
    profile.feeCurrency = trimmed(profile.feeCurrency);
    std::transform(profile.feeCurrency.begin(), profile.feeCurrency.end(), profile.feeCurrency.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
}

void normalize(AdoptionApplication& a, std::string_view region)
{
    for (std::string* text : {&a.applicantName, &a.email, &a.address, &a.childrenAges, &a.otherPets, &a.experience,
                              &a.message, &a.signatureName, &a.eventName}) {
        *text = trimmed(*text);
    }
    a.phone = normalizedPhone(a.phone, region);
}

ValidationReport validate(const Intake& intake, const Date& today)
{
    ValidationReport report;
    checks::id(report, "id", intake.id);
    checks::id(report, "petId", intake.petId);
    checkDate(report, "date", intake.date, today);
    checks::length(report, "broughtBy", intake.broughtBy, limits::kName);
    checkPhone(report, "broughtByPhone", intake.broughtByPhone);
    checks::id(report, "personId", intake.personId, false);
    checks::length(report, "notes", intake.notes, limits::kLongText, true);
    return report;
}

ValidationReport validate(const AdoptionProfile& profile)
{
    ValidationReport report;
    checks::id(report, "petId", profile.petId);
    checks::length(report, "description", profile.description, limits::kLongText, true);
    if (profile.feeMinor < 0 || profile.feeMinor > limits::kMaxFeeMinor) {
        report.add("feeMinor", ValidationCode::OutOfRange);
    }
    if ((profile.feeMinor != 0 || !profile.feeCurrency.empty()) && !isCurrencyCode(profile.feeCurrency)) {
        report.add("feeCurrency", ValidationCode::CurrencyFormat);
    }
    if (profile.photoIds.size() > limits::kMaxPublicPhotos) {
        report.add("photoIds", ValidationCode::OutOfRange);
    }
    for (std::size_t i = 0; i < profile.photoIds.size(); ++i) {
        checks::id(report, "photoIds[" + std::to_string(i) + "]", profile.photoIds[i]);
    }
    return report;
}

ValidationReport validate(const StatusChange& change, const Date& today)
{
    ValidationReport report;
    checks::id(report, "id", change.id);
    checks::id(report, "subjectId", change.subjectId);
    checkDate(report, "date", change.date, today);
    checks::length(report, "note", change.note, limits::kLongText, true);
    checks::length(report, "author", change.author, limits::kShortText);
    if (change.subject == StatusSubject::Animal) {
        const auto from = statusOf<AdoptionStatus>(change.fromStatus);
        const auto to = statusOf<AdoptionStatus>(change.toStatus);
        if (!from) {
            report.add("fromStatus", ValidationCode::UnknownValue);
        }
        if (!to || !*to) {
            report.add("toStatus", to ? ValidationCode::Required : ValidationCode::UnknownValue);
        }
        if (from && to && *to && !(*from ? isAllowedTransition(**from, **to) : isAllowedInitialStatus(**to))) {
            report.add("toStatus", ValidationCode::StatusTransition);
        }
    } else {
        const auto from = statusOf<ApplicationStatus>(change.fromStatus);
        const auto to = statusOf<ApplicationStatus>(change.toStatus);
        if (!from) {
            report.add("fromStatus", ValidationCode::UnknownValue);
        }
        if (!to || !*to) {
            report.add("toStatus", to ? ValidationCode::Required : ValidationCode::UnknownValue);
        }
        if (from && to && *to && !(*from ? isAllowedTransition(**from, **to) : **to == ApplicationStatus::New)) {
            report.add("toStatus", ValidationCode::StatusTransition);
        }
    }
    return report;
}

ValidationReport validate(const AdoptionApplication& a)
{
    ValidationReport report;
    checks::id(report, "id", a.id);
    if (a.petIds.empty()) {
        report.add("petIds", ValidationCode::Required);
    } else if (a.petIds.size() > limits::kMaxPetsPerApplication) {
        report.add("petIds", ValidationCode::OutOfRange);
    }
    for (std::size_t i = 0; i < a.petIds.size() && i < limits::kMaxPetsPerApplication; ++i) {
        checks::id(report, "petIds[" + std::to_string(i) + "]", a.petIds[i]);
    }
    checks::required(report, "applicantName", a.applicantName, limits::kName);
    if (trimmed(a.phone).empty() && trimmed(a.email).empty()) {
        report.add("phone", ValidationCode::ContactRequired);
    }
    checkPhone(report, "phone", a.phone);
    if (!a.email.empty() && !isValidEmail(a.email)) {
        report.add("email", ValidationCode::EmailFormat);
    }
    checks::length(report, "email", a.email, limits::kShortText);
    checks::length(report, "address", a.address, limits::kAddressText, true);
    if (a.adults < 1 || a.adults > limits::kMaxAdults) {
        report.add("adults", ValidationCode::OutOfRange);
    }
    if (a.children < 0 || a.children > limits::kMaxChildren) {
        report.add("children", ValidationCode::OutOfRange);
    }
    const auto ages = parseChildrenAges(a.childrenAges);
    if (!ages || (!ages->empty() && static_cast<int>(ages->size()) != a.children) ||
        std::any_of(ages->begin(), ages->end(), [](int age) { return age < 0 || age > limits::kMaxChildAge; })) {
        report.add("childrenAges", ValidationCode::AgesFormat);
    }
    checks::length(report, "otherPets", a.otherPets, limits::kApplicationText, true);
    checks::length(report, "experience", a.experience, limits::kApplicationText, true);
    checks::length(report, "message", a.message, limits::kApplicationText, true);
    checks::length(report, "consentText", a.consentText, limits::kLongText, true);
    if (!a.consentAccepted || trimmed(a.consentText).empty()) {
        report.add("consentAccepted", ValidationCode::ConsentRequired);
    }
    const auto strokes = decodeSignature(a.signatureStrokes);
    checks::length(report, "signatureName", a.signatureName, limits::kName);
    if (!strokes) {
        report.add("signatureStrokes", ValidationCode::SignatureFormat);
    } else if (strokes->isEmpty() && trimmed(a.signatureName).empty()) {
        report.add("signature", ValidationCode::SignatureRequired);
    } else if (!trimmed(a.signatureName).empty() && !typedSignatureMatches(a.signatureName, a.applicantName)) {
        report.add("signatureName", ValidationCode::SignatureMismatch);
    }
    checks::length(report, "deviceId", a.deviceId, limits::kShortText);
    checks::length(report, "eventName", a.eventName, limits::kShortText);
    checks::length(report, "submittedFrom", a.submittedFrom, limits::kNetworkAddress);
    checks::length(report, "staffNotes", a.staffNotes, limits::kLongText, true);
    checks::id(report, "personId", a.personId, false);
    return report;
}

} // namespace petinfo
