// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Validation.h"

#include "ValidationChecks.h"
#include "petinfo/common/Text.h"

#include "petinfo/common/Phone.h"
#include "petinfo/common/Random.h"

#include <algorithm>
#include <cctype>

namespace petinfo {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexUpper(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'F');
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

void checkMicrochipField(ValidationReport& report, const std::string& field, const std::string& value)
{
    if (value.empty()) {
        return;
    }
    const MicrochipCheck check = checkMicrochip(value);
    if (check.issue) {
        report.add(field, *check.issue, check.severity);
    }
}

constexpr int kEarliestYear = 1850;

} // namespace

bool ValidationReport::hasErrors() const
{
    return std::any_of(issues.begin(), issues.end(), [](const auto& i) { return i.severity == Severity::Error; });
}

bool ValidationReport::hasWarnings() const
{
    return std::any_of(issues.begin(), issues.end(), [](const auto& i) { return i.severity == Severity::Warning; });
}

void ValidationReport::add(std::string field, ValidationCode code, Severity severity)
{
    issues.push_back(ValidationIssue{std::move(field), code, severity});
}

void ValidationReport::append(const ValidationReport& other)
{
    issues.insert(issues.end(), other.issues.begin(), other.issues.end());
}

std::string_view codeName(ValidationCode code)
{
    switch (code) {
    case ValidationCode::Required:
        return "required";
    case ValidationCode::TooLong:
        return "too_long";
    case ValidationCode::MicrochipFormat:
        return "microchip_format";
    case ValidationCode::MicrochipLegacy:
        return "microchip_legacy";
    case ValidationCode::MicrochipTestCode:
        return "microchip_test_code";
    case ValidationCode::MicrochipDuplicate:
        return "microchip_duplicate";
    case ValidationCode::PhoneFormat:
        return "phone_format";
    case ValidationCode::PhoneNoCountryCode:
        return "phone_no_country_code";
    case ValidationCode::EmailFormat:
        return "email_format";
    case ValidationCode::LanguageFormat:
        return "language_format";
    case ValidationCode::DateInFuture:
        return "date_in_future";
    case ValidationCode::DateTooEarly:
        return "date_too_early";
    case ValidationCode::DueBeforeDate:
        return "due_before_date";
    case ValidationCode::WeightOutOfRange:
        return "weight_out_of_range";
    case ValidationCode::PrimaryContactCount:
        return "primary_contact_count";
    case ValidationCode::InvalidId:
        return "invalid_id";
    case ValidationCode::UnknownValue:
        return "unknown_value";
    case ValidationCode::DateFormat:
        return "date_format";
    case ValidationCode::OutOfRange:
        return "out_of_range";
    case ValidationCode::ContactRequired:
        return "contact_required";
    case ValidationCode::ConsentRequired:
        return "consent_required";
    case ValidationCode::SignatureRequired:
        return "signature_required";
    case ValidationCode::SignatureFormat:
        return "signature_format";
    case ValidationCode::SignatureMismatch:
        return "signature_mismatch";
    case ValidationCode::CurrencyFormat:
        return "currency_format";
    case ValidationCode::StatusTransition:
        return "status_transition";
    case ValidationCode::AgesFormat:
        return "ages_format";
    case ValidationCode::ControlCharacter:
        return "control_character";
    }
    return "unknown";
}

std::string englishMessage(const ValidationIssue& issue)
{
    const std::string& f = issue.field;
    switch (issue.code) {
    case ValidationCode::Required:
        return f + " is required";
    case ValidationCode::TooLong:
        return f + " is too long";
    case ValidationCode::MicrochipFormat:
        return f + ": type the 15 digits of the chip, e.g. 982000123456789 (an older chip has 9 or 10 characters)";
    case ValidationCode::MicrochipLegacy:
        return f + ": an older 9/10-character chip; not every scanner reads it, consider an ISO chip";
    case ValidationCode::MicrochipTestCode:
        return f + ": numbers starting with 999 belong to test transponders";
    case ValidationCode::MicrochipDuplicate:
        return f + ": this microchip number is already in use";
    case ValidationCode::PhoneFormat:
        return f + ": not a valid international phone number (E.164, e.g. +5491123456789)";
    case ValidationCode::PhoneNoCountryCode:
        return f + ": add the country code, e.g. +54 for Argentina";
    case ValidationCode::EmailFormat:
        return f + ": not a valid e-mail address";
    case ValidationCode::LanguageFormat:
        return f + ": not a language code such as \"es\" or \"pt-BR\"";
    case ValidationCode::DateInFuture:
        return f + " cannot be in the future";
    case ValidationCode::DateTooEarly:
        return f + " is implausibly early";
    case ValidationCode::DueBeforeDate:
        return f + " is before the date it was given";
    case ValidationCode::WeightOutOfRange:
        return f + " must be more than 0 and at most 1500 kg";
    case ValidationCode::PrimaryContactCount:
        return f + ": a pet with contacts has exactly one primary contact";
    case ValidationCode::InvalidId:
        return f + " is not a valid id";
    case ValidationCode::UnknownValue:
        return f + " is not one of the allowed values";
    case ValidationCode::DateFormat:
        return f + " is not a date (use YYYY-MM-DD or DD/MM/YYYY)";
    case ValidationCode::OutOfRange:
        return f + " is outside the allowed range";
    case ValidationCode::ContactRequired:
        return f + ": give a phone number or an e-mail address so the shelter can reach you";
    case ValidationCode::ConsentRequired:
        return f + ": the consent must be read and accepted";
    case ValidationCode::SignatureRequired:
        return f + ": sign the application";
    case ValidationCode::SignatureFormat:
        return f + ": the signature could not be read";
    case ValidationCode::SignatureMismatch:
        return f + ": type your full name exactly as in the name field";
    case ValidationCode::CurrencyFormat:
        return f + ": not a currency code such as ARS or BRL";
    case ValidationCode::StatusTransition:
        return f + ": this status change is not allowed";
    case ValidationCode::AgesFormat:
        return f + ": give each child's age in whole years, separated by commas, one per child";
    case ValidationCode::ControlCharacter:
        return f + " contains invisible control characters (such as an escape sequence); remove them";
    }
    return f + ": invalid";
}

std::string trimmed(std::string_view text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isAsciiSpace(text[begin])) {
        ++begin;
    }
    while (end > begin && isAsciiSpace(text[end - 1])) {
        --end;
    }
    return std::string(text.substr(begin, end - begin));
}

std::size_t utf8Length(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

MicrochipCheck checkMicrochip(std::string_view raw)
{
    MicrochipCheck result;
    for (char c : raw) {
        if (isAsciiSpace(c) || c == '-' || c == '.' || c == '*' || c == '/') {
            continue;
        }
        result.normalized += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    // AVID's encrypted chips are printed as "AVID*012*345*678"; the prefix is not part of the number.
    if (result.normalized.size() == 13 && result.normalized.starts_with("AVID")) {
        result.normalized.erase(0, 4);
    }
    const std::string& n = result.normalized;
    const bool allDigits = !n.empty() && std::all_of(n.begin(), n.end(), isDigit);
    const bool allHex = !n.empty() && std::all_of(n.begin(), n.end(), isHexUpper);
    if (n.size() == 15 && allDigits) {
        result.valid = true;
        if (n.starts_with("999")) {
            result.issue = ValidationCode::MicrochipTestCode;
            result.severity = Severity::Warning;
        }
    } else if ((n.size() == 9 && allDigits) || (n.size() == 10 && allHex)) {
        result.valid = true;
        result.issue = ValidationCode::MicrochipLegacy;
        result.severity = Severity::Warning;
    } else {
        result.issue = ValidationCode::MicrochipFormat;
        result.severity = Severity::Error;
    }
    return result;
}

PhoneCheck normalizePhone(std::string_view raw, std::string_view defaultCallingCode)
{
    PhoneCheck result;
    std::string digits;
    bool plus = false;
    bool sawDigit = false;
    for (char c : raw) {
        if (isAsciiSpace(c) || c == '-' || c == '(' || c == ')' || c == '.' || c == '/') {
            continue;
        }
        if (c == '+' && !plus && !sawDigit) {
            plus = true;
            continue;
        }
        if (!isDigit(c)) {
            result.issue = ValidationCode::PhoneFormat;
            return result;
        }
        sawDigit = true;
        digits += c;
    }
    if (!plus && digits.starts_with("00")) {
        plus = true;
        digits.erase(0, 2);
    }
    if (!plus) {
        if (defaultCallingCode.empty() || digits.empty()) {
            result.issue = digits.empty() ? ValidationCode::PhoneFormat : ValidationCode::PhoneNoCountryCode;
            return result;
        }
        if (digits.starts_with('0')) {
            digits.erase(0, 1);
        }
        digits.insert(0, defaultCallingCode);
    }
    if (digits.size() < 7 || digits.size() > 15 || digits.front() == '0') {
        result.issue = ValidationCode::PhoneFormat;
        return result;
    }
    result.e164 = "+" + digits;
    result.valid = true;
    return result;
}

bool isValidEmail(std::string_view email)
{
    if (email.size() > 254) {
        return false;
    }
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const std::string_view local = email.substr(0, at);
    const std::string_view domain = email.substr(at + 1);
    if (local.size() > 64 || domain.size() < 3) {
        return false;
    }
    for (char c : email) {
        if (isAsciiSpace(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"' ||
            static_cast<unsigned char>(c) < 0x20) {
            return false;
        }
    }
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size() || domain.front() == '-' ||
        domain.find("..") != std::string_view::npos || local.front() == '.' || local.back() == '.') {
        return false;
    }
    return true;
}

bool isValidLanguageTag(std::string_view tag)
{
    // Primary language (2–3 letters), optionally a region: 2 letters or 3 digits ("es", "pt-BR", "es-419").
    const auto dash = tag.find('-');
    const std::string_view primary = tag.substr(0, dash);
    if (primary.size() < 2 || primary.size() > 3 || !std::all_of(primary.begin(), primary.end(), isAlpha)) {
        return false;
    }
    if (dash == std::string_view::npos) {
        return true;
    }
    const std::string_view region = tag.substr(dash + 1);
    return (region.size() == 2 && std::all_of(region.begin(), region.end(), isAlpha)) ||
           (region.size() == 3 && std::all_of(region.begin(), region.end(), isDigit));
}

void normalize(Pet& pet)
{
    pet.name = trimmed(pet.name);
    pet.breed = trimmed(pet.breed);
    pet.colour = trimmed(pet.colour);
    for (std::string* chip : {&pet.microchip, &pet.microchip2}) {
        if (chip->empty()) {
            continue;
        }
        const MicrochipCheck check = checkMicrochip(*chip);
        *chip = check.valid ? check.normalized : trimmed(*chip);
    }
    if (pet.microchip.empty() && !pet.microchip2.empty()) {
        std::swap(pet.microchip, pet.microchip2);
    }
}

void normalize(Person& person, std::string_view region)
{
    person.name = trimmed(person.name);
    person.email = trimmed(person.email);
    person.address = trimmed(person.address);
    person.language = trimmed(person.language);
    std::vector<std::string> phones;
    for (const std::string& phone : person.phones) {
        if (trimmed(phone).empty()) {
            continue;
        }
        const phone::Parsed parsed = phone::parse(phone, region);
        phones.push_back(parsed.valid() ? parsed.e164 : trimmed(phone));
    }
    person.phones = std::move(phones);
}

void normalize(HealthRecord& record)
{
    record.product = trimmed(record.product);
    record.batch = trimmed(record.batch);
    record.givenBy = trimmed(record.givenBy);
}

ValidationReport validate(const Pet& pet, const Date& today)
{
    ValidationReport report;
    checks::id(report, "id", pet.id);
    checks::required(report, "name", pet.name, limits::kName);
    checks::length(report, "breed", pet.breed, limits::kShortText);
    checks::length(report, "colour", pet.colour, limits::kShortText);
    checks::length(report, "allergies", pet.allergies, limits::kLongText, true);
    checks::length(report, "conditions", pet.conditions, limits::kLongText, true);
    checks::length(report, "notes", pet.notes, limits::kLongText, true);
    checkMicrochipField(report, "microchip", pet.microchip);
    checkMicrochipField(report, "microchip2", pet.microchip2);
    if (!pet.microchip.empty() && !pet.microchip2.empty() &&
        checkMicrochip(pet.microchip).normalized == checkMicrochip(pet.microchip2).normalized) {
        report.add("microchip2", ValidationCode::MicrochipDuplicate);
    }
    if (pet.birthDate) {
        if (today < *pet.birthDate) {
            report.add("birthDate", ValidationCode::DateInFuture);
        } else if (pet.birthDate->year < kEarliestYear) {
            report.add("birthDate", ValidationCode::DateTooEarly);
        }
    }
    if (!pet.tagId.empty() && !isTagId(pet.tagId)) {
        report.add("tagId", ValidationCode::InvalidId);
    }
    return report;
}

ValidationReport validate(const Person& person)
{
    ValidationReport report;
    checks::id(report, "id", person.id);
    checks::required(report, "name", person.name, limits::kName);
    for (std::size_t i = 0; i < person.phones.size(); ++i) {
        const PhoneCheck check = normalizePhone(person.phones[i]);
        if (!check.valid) {
            report.add("phones[" + std::to_string(i) + "]", check.issue.value_or(ValidationCode::PhoneFormat));
        }
    }
    if (!person.email.empty() && !isValidEmail(person.email)) {
        report.add("email", ValidationCode::EmailFormat);
    }
    checks::length(report, "address", person.address, limits::kShortText * 2, true);
    if (!person.language.empty() && !isValidLanguageTag(person.language)) {
        report.add("language", ValidationCode::LanguageFormat);
    }
    return report;
}

ValidationReport validate(const HealthRecord& record, const Date& today)
{
    ValidationReport report;
    checks::id(report, "id", record.id);
    checks::id(report, "petId", record.petId);
    if (!record.date.isValid()) {
        report.add("date", ValidationCode::Required);
    } else if (today < record.date) {
        report.add("date", ValidationCode::DateInFuture);
    } else if (record.date.year < kEarliestYear) {
        report.add("date", ValidationCode::DateTooEarly);
    }
    checks::length(report, "product", record.product, limits::kShortText);
    checks::length(report, "batch", record.batch, limits::kShortText);
    checks::length(report, "givenBy", record.givenBy, limits::kShortText);
    checks::length(report, "notes", record.notes, limits::kLongText, true);
    if (record.kind == HealthKind::Vaccine && trimmed(record.product).empty()) {
        report.add("product", ValidationCode::Required);
    }
    if (record.nextDue && record.date.isValid() && *record.nextDue < record.date) {
        report.add("nextDue", ValidationCode::DueBeforeDate);
    }
    return report;
}

ValidationReport validate(const WeightEntry& entry, const Date& today)
{
    ValidationReport report;
    checks::id(report, "id", entry.id);
    checks::id(report, "petId", entry.petId);
    if (!entry.date.isValid()) {
        report.add("date", ValidationCode::Required);
    } else if (today < entry.date) {
        report.add("date", ValidationCode::DateInFuture);
    }
    if (!(entry.kg > 0.0) || entry.kg > limits::kMaxWeightKg) {
        report.add("kg", ValidationCode::WeightOutOfRange);
    }
    return report;
}

ValidationReport validate(const Note& note)
{
    ValidationReport report;
    checks::id(report, "id", note.id);
    checks::id(report, "petId", note.petId);
    checks::required(report, "text", note.text, limits::kLongText, true);
    checks::length(report, "author", note.author, limits::kShortText);
    return report;
}

ValidationReport validateContacts(const std::vector<PetContact>& contacts)
{
    ValidationReport report;
    if (contacts.empty()) {
        return report;
    }
    const auto primaries = std::count_if(contacts.begin(), contacts.end(), [](const auto& c) { return c.primary; });
    if (primaries != 1) {
        report.add("contacts", ValidationCode::PrimaryContactCount);
    }
    return report;
}

} // namespace petinfo
