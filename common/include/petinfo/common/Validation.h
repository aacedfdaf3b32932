// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"

#include <string>
#include <string_view>
#include <vector>

namespace petinfo {

enum class Severity
{
    Warning,
    Error
};

enum class ValidationCode
{
    Required,
    TooLong,
    MicrochipFormat,    ///< not 15 digits, nor an older 9/10-character chip
    MicrochipLegacy,    ///< an older 9 or 10 character chip: accepted with a warning
    MicrochipTestCode,  ///< 15 digits starting with 999: a test transponder
    MicrochipDuplicate, ///< the same number twice on one pet, or on another pet
    PhoneFormat,        ///< not a valid E.164 number
    PhoneNoCountryCode, ///< digits without +country code and no default to apply
    EmailFormat,
    LanguageFormat,
    DateInFuture,
    DateTooEarly,
    DueBeforeDate,
    WeightOutOfRange,
    PrimaryContactCount, ///< not exactly one primary contact
    InvalidId,
    UnknownValue,      ///< a value that is not one of the allowed choices (e.g. species "dragon")
    DateFormat,        ///< text that is not a date
    OutOfRange,        ///< a number outside its allowed range (adults, children, a fee)
    ContactRequired,   ///< neither a phone number nor an e-mail address
    ConsentRequired,   ///< the consent text was not accepted
    SignatureRequired, ///< neither a drawn nor a typed signature
    SignatureFormat,   ///< drawn strokes that cannot be read, or over the limits
    SignatureMismatch, ///< the typed signature is not the applicant's name
    CurrencyFormat,    ///< not an ISO 4217 code such as "ARS"
    StatusTransition,  ///< a status change the workflow does not allow
    AgesFormat,        ///< children's ages that are not whole years, or not one per child
    ControlCharacter,  ///< invisible control characters (escape sequences, NUL …) in a text
};

struct ValidationIssue
{
    std::string field; ///< wire name of the field, e.g. "microchip" or "phones[1]"
    ValidationCode code = ValidationCode::Required;
    Severity severity = Severity::Error;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

struct ValidationReport
{
    std::vector<ValidationIssue> issues;

    bool hasErrors() const;
    bool hasWarnings() const;
    bool ok() const { return !hasErrors(); }
    void add(std::string field, ValidationCode code, Severity severity = Severity::Error);
    void append(const ValidationReport& other);
};

/** English text for a code, for logs, the server and tests; people see translated text made in the
 *  client from the code. */
std::string englishMessage(const ValidationIssue& issue);
std::string_view codeName(ValidationCode code);

/** Strips ASCII whitespace at both ends. */
std::string trimmed(std::string_view text);
/** Number of Unicode code points in UTF-8 text (length limits are in characters, not bytes). */
std::size_t utf8Length(std::string_view text);

struct MicrochipCheck
{
    std::string normalized; ///< digits / upper-case hex without separators
    bool valid = false;     ///< usable (possibly with a warning)
    std::optional<ValidationCode> issue;
    Severity severity = Severity::Error;
};
/** ISO 11784/11785 chips have 15 digits; older 9-digit and 10-character chips are accepted with a
 *  warning. Spaces, dashes, dots and asterisks are ignored. */
MicrochipCheck checkMicrochip(std::string_view raw);

struct PhoneCheck
{
    std::string e164;
    bool valid = false;
    std::optional<ValidationCode> issue;
};
/** Normalises to E.164 (`+` and 7–15 digits). "00" counts as "+". Without a prefix, the
 *  `defaultCallingCode` (e.g. "54") is applied after dropping a national trunk '0'. */
PhoneCheck normalizePhone(std::string_view raw, std::string_view defaultCallingCode = {});

bool isValidEmail(std::string_view email);
bool isValidLanguageTag(std::string_view tag);

/** Trims text fields and normalises microchips in place (no-op for invalid values, which
 *  validation then reports). */
void normalize(Pet& pet);
/** Phone numbers are read as written in `region` (ISO 3166-1 alpha-2, e.g. "AR"; see Phone.h) and
 *  stored in E.164. */
void normalize(Person& person, std::string_view region = {});
void normalize(HealthRecord& record);

ValidationReport validate(const Pet& pet, const Date& today);
ValidationReport validate(const Person& person);
ValidationReport validate(const HealthRecord& record, const Date& today);
ValidationReport validate(const WeightEntry& entry, const Date& today);
ValidationReport validate(const Note& note);
ValidationReport validateContacts(const std::vector<PetContact>& contacts);

} // namespace petinfo
