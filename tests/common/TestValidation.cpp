// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Random.h"
#include "petinfo/common/Validation.h"

#include <gtest/gtest.h>

using namespace petinfo;

namespace {

const Date kToday{2026, 11, 22};

Pet validPet()
{
    Pet pet;
    pet.id = newUuid();
    pet.name = "Zanahoria";
    return pet;
}

bool hasIssue(const ValidationReport& report, std::string_view field, ValidationCode code)
{
    for (const auto& issue : report.issues) {
        if (issue.field == field && issue.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

struct MicrochipCase
{
    const char* raw;
    bool valid;
    const char* normalized;
    std::optional<ValidationCode> issue;
    Severity severity;
};

class MicrochipTable : public ::testing::TestWithParam<MicrochipCase>
{};

TEST_P(MicrochipTable, Checks)
{
    const MicrochipCase& c = GetParam();
    const MicrochipCheck check = checkMicrochip(c.raw);
    EXPECT_EQ(check.valid, c.valid) << c.raw;
    if (c.valid) {
        EXPECT_EQ(check.normalized, c.normalized);
    }
    EXPECT_EQ(check.issue, c.issue) << c.raw;
    if (c.issue) {
        EXPECT_EQ(check.severity, c.severity) << c.raw;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Iso11784, MicrochipTable,
    ::testing::Values(
        MicrochipCase{"982000123456789", true, "982000123456789", std::nullopt, Severity::Error},
        MicrochipCase{"982 000 123 456 789", true, "982000123456789", std::nullopt, Severity::Error},
        MicrochipCase{"982-000-123-456-789", true, "982000123456789", std::nullopt, Severity::Error},
        MicrochipCase{"999000000000001", true, "999000000000001", ValidationCode::MicrochipTestCode, Severity::Warning},
        MicrochipCase{"AVID*012*345*678", true, "012345678", ValidationCode::MicrochipLegacy, Severity::Warning},
        MicrochipCase{"0a0123456b", true, "0A0123456B", ValidationCode::MicrochipLegacy, Severity::Warning},
        MicrochipCase{"98200012345678", false, "", ValidationCode::MicrochipFormat, Severity::Error},
        MicrochipCase{"9820001234567890", false, "", ValidationCode::MicrochipFormat, Severity::Error},
        MicrochipCase{"98200012345678X", false, "", ValidationCode::MicrochipFormat, Severity::Error},
        MicrochipCase{"0A0123456Z", false, "", ValidationCode::MicrochipFormat, Severity::Error},
        MicrochipCase{"", false, "", ValidationCode::MicrochipFormat, Severity::Error}));

struct PhoneCase
{
    const char* raw;
    const char* defaultCode;
    bool valid;
    const char* e164;
    std::optional<ValidationCode> issue;
};

class PhoneTable : public ::testing::TestWithParam<PhoneCase>
{};

TEST_P(PhoneTable, Normalizes)
{
    const PhoneCase& c = GetParam();
    const PhoneCheck check = normalizePhone(c.raw, c.defaultCode);
    EXPECT_EQ(check.valid, c.valid) << c.raw;
    EXPECT_EQ(check.e164, c.e164) << c.raw;
    EXPECT_EQ(check.issue, c.issue) << c.raw;
}

INSTANTIATE_TEST_SUITE_P(E164, PhoneTable,
                         ::testing::Values(PhoneCase{"+54 9 11 2345-6789", "", true, "+5491123456789", std::nullopt},
                                           PhoneCase{"0054 9 11 2345 6789", "", true, "+5491123456789", std::nullopt},
                                           PhoneCase{"(011) 2345-6789", "54", true, "+541123456789", std::nullopt},
                                           PhoneCase{"+1 (415) 555-0100", "", true, "+14155550100", std::nullopt},
                                           PhoneCase{"011 2345 6789", "", false, "",
                                                     ValidationCode::PhoneNoCountryCode},
                                           PhoneCase{"+54 11 CALL-NOW", "", false, "", ValidationCode::PhoneFormat},
                                           PhoneCase{"+12345", "", false, "", ValidationCode::PhoneFormat},
                                           PhoneCase{"+1234567890123456", "", false, "", ValidationCode::PhoneFormat},
                                           PhoneCase{"+0123456789", "", false, "", ValidationCode::PhoneFormat},
                                           PhoneCase{"+54+11", "", false, "", ValidationCode::PhoneFormat},
                                           PhoneCase{"", "", false, "", ValidationCode::PhoneFormat}));

TEST(Validation, Emails)
{
    EXPECT_TRUE(isValidEmail("ana@example.org"));
    EXPECT_TRUE(isValidEmail("first.last+pets@clinic.com.ar"));
    EXPECT_FALSE(isValidEmail("ana@"));
    EXPECT_FALSE(isValidEmail("@example.org"));
    EXPECT_FALSE(isValidEmail("ana@@example.org"));
    EXPECT_FALSE(isValidEmail("ana example@x.org"));
    EXPECT_FALSE(isValidEmail("ana@localhost"));
    EXPECT_FALSE(isValidEmail("ana@example..org"));
    EXPECT_FALSE(isValidEmail(".ana@example.org"));
}

TEST(Validation, LanguageTags)
{
    EXPECT_TRUE(isValidLanguageTag("es"));
    EXPECT_TRUE(isValidLanguageTag("pt-BR"));
    EXPECT_TRUE(isValidLanguageTag("es-419"));
    EXPECT_FALSE(isValidLanguageTag("e"));
    EXPECT_FALSE(isValidLanguageTag("spanish"));
    EXPECT_FALSE(isValidLanguageTag("es_AR"));
}

TEST(Validation, ValidPetPasses)
{
    Pet pet = validPet();
    pet.microchip = "982000123456789";
    pet.birthDate = Date{2020, 3, 1};
    const auto report = validate(pet, kToday);
    EXPECT_TRUE(report.issues.empty()) << englishMessage(report.issues.front());
}

TEST(Validation, PetNeedsNameAndLimitsLengthInCharacters)
{
    Pet pet = validPet();
    pet.name = "   ";
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "name", ValidationCode::Required));
    pet.name = std::string(120, 'a');
    EXPECT_TRUE(validate(pet, kToday).ok());
    // 120 two-byte characters are 240 bytes but still within the 120-character limit.
    pet.name.clear();
    for (int i = 0; i < 120; ++i) {
        pet.name += "ñ";
    }
    EXPECT_TRUE(validate(pet, kToday).ok());
    pet.name += "a";
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "name", ValidationCode::TooLong));
}

// Issue 15: control characters and ANSI escapes are refused in every text the app stores, as the
// server refuses them; the texts that may run over several lines keep TAB, LF and CR.
TEST(Validation, TextsRefuseControlCharacters)
{
    Pet pet = validPet();
    pet.name = "Luna\x1b[31m";
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "name", ValidationCode::ControlCharacter));
    pet = validPet();
    pet.breed = std::string("Mestizo\0", 8);
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "breed", ValidationCode::ControlCharacter));
    pet = validPet();
    pet.colour = "negro\u0085"; // NEL, a C1 control character
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "colour", ValidationCode::ControlCharacter));
    pet = validPet();
    pet.notes = "Line one\r\n\tLine two";
    pet.allergies = "pollen\nfleas";
    EXPECT_TRUE(validate(pet, kToday).ok());
    pet.notes = "beep\a";
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "notes", ValidationCode::ControlCharacter));

    Person person;
    person.id = "3f2b8c1e-9d4a-4b6f-8e2d-1a2b3c4d5e6f";
    person.name = "Ana\tPérez";
    EXPECT_TRUE(hasIssue(validate(person), "name", ValidationCode::ControlCharacter));
    person.name = "Ana Pérez";
    person.address = "Av. Santa Fe 1234\nPiso 3";
    EXPECT_TRUE(validate(person).ok());

    Note note;
    note.id = "3f2b8c1e-9d4a-4b6f-8e2d-1a2b3c4d5e6f";
    note.petId = "3f2b8c1e-9d4a-4b6f-8e2d-1a2b3c4d5e70";
    note.text = "Seen today.\nAll fine.";
    EXPECT_TRUE(validate(note).ok());
    note.text = "\x1b]0;owned\x07";
    EXPECT_TRUE(hasIssue(validate(note), "text", ValidationCode::ControlCharacter));
}

TEST(Validation, PetDates)
{
    Pet pet = validPet();
    pet.birthDate = Date{2026, 11, 23};
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "birthDate", ValidationCode::DateInFuture));
    pet.birthDate = Date{1700, 1, 1};
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "birthDate", ValidationCode::DateTooEarly));
    pet.birthDate = kToday;
    EXPECT_TRUE(validate(pet, kToday).ok());
}

TEST(Validation, PetMicrochipsWarnOrFail)
{
    Pet pet = validPet();
    pet.microchip = "012345678";
    auto report = validate(pet, kToday);
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(report.hasWarnings());
    pet.microchip = "12345";
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "microchip", ValidationCode::MicrochipFormat));
    pet.microchip = "982000123456789";
    pet.microchip2 = "982 000 123 456 789";
    EXPECT_TRUE(hasIssue(validate(pet, kToday), "microchip2", ValidationCode::MicrochipDuplicate));
}

TEST(Validation, NormalizeMovesSecondChipUpAndStripsSeparators)
{
    Pet pet = validPet();
    pet.name = "  Luna ";
    pet.microchip2 = "982-000-123-456-789";
    normalize(pet);
    EXPECT_EQ(pet.name, "Luna");
    EXPECT_EQ(pet.microchip, "982000123456789");
    EXPECT_TRUE(pet.microchip2.empty());
}

TEST(Validation, PersonPhonesAndEmail)
{
    Person person;
    person.id = newUuid();
    person.name = "Ana";
    person.phones = {"+54 9 11 2345-6789", "  ", "(011) 4444-5555"};
    person.email = " ana@example.org ";
    normalize(person, "AR");
    EXPECT_EQ(person.phones, (std::vector<std::string>{"+5491123456789", "+541144445555"}));
    EXPECT_EQ(person.email, "ana@example.org");
    EXPECT_TRUE(validate(person).ok());
    person.phones.push_back("12");
    person.email = "nope";
    const auto report = validate(person);
    EXPECT_TRUE(hasIssue(report, "phones[2]", ValidationCode::PhoneNoCountryCode));
    EXPECT_TRUE(hasIssue(report, "email", ValidationCode::EmailFormat));
}

TEST(Validation, HealthRecords)
{
    HealthRecord rec;
    rec.id = newUuid();
    rec.petId = newUuid();
    rec.kind = HealthKind::Vaccine;
    rec.date = Date{2026, 1, 10};
    rec.product = "Rabies";
    rec.nextDue = Date{2027, 1, 10};
    EXPECT_TRUE(validate(rec, kToday).ok());
    rec.nextDue = Date{2025, 1, 10};
    EXPECT_TRUE(hasIssue(validate(rec, kToday), "nextDue", ValidationCode::DueBeforeDate));
    rec.nextDue.reset();
    rec.product.clear();
    EXPECT_TRUE(hasIssue(validate(rec, kToday), "product", ValidationCode::Required));
    rec.kind = HealthKind::CheckUp;
    EXPECT_TRUE(validate(rec, kToday).ok());
    rec.date = Date{2026, 12, 1};
    EXPECT_TRUE(hasIssue(validate(rec, kToday), "date", ValidationCode::DateInFuture));
    rec.date = Date{};
    EXPECT_TRUE(hasIssue(validate(rec, kToday), "date", ValidationCode::Required));
}

TEST(Validation, Weights)
{
    WeightEntry w{newUuid(), newUuid(), Date{2026, 5, 1}, 12.5, 0};
    EXPECT_TRUE(validate(w, kToday).ok());
    for (double bad : {0.0, -1.0, 1500.5}) {
        w.kg = bad;
        EXPECT_TRUE(hasIssue(validate(w, kToday), "kg", ValidationCode::WeightOutOfRange)) << bad;
    }
}

TEST(Validation, ContactsNeedOnePrimary)
{
    EXPECT_TRUE(validateContacts({}).ok());
    std::vector<PetContact> contacts{{"p", "a", ContactRole::Owner, false}, {"p", "b", ContactRole::Emergency, false}};
    EXPECT_FALSE(validateContacts(contacts).ok());
    contacts[0].primary = true;
    EXPECT_TRUE(validateContacts(contacts).ok());
    contacts[1].primary = true;
    EXPECT_FALSE(validateContacts(contacts).ok());
}

TEST(Validation, EveryCodeHasAMessage)
{
    for (int c = 0; c <= static_cast<int>(ValidationCode::ControlCharacter); ++c) {
        const ValidationIssue issue{"field", static_cast<ValidationCode>(c), Severity::Error};
        EXPECT_NE(codeName(issue.code), "unknown");
        EXPECT_GT(englishMessage(issue).size(), std::string("field").size() + 3);
    }
}
