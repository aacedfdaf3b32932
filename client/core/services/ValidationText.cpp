// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ValidationText.h"

#include "models/DateInput.h"
#include "models/PhoneText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace petinfo::client {

namespace {

const char* const kContext = "Validation";

QString plainLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Validation", "Id")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Validation", "Name")},
        {QStringLiteral("species"), QT_TRANSLATE_NOOP("Validation", "Species")},
        {QStringLiteral("breed"), QT_TRANSLATE_NOOP("Validation", "Breed")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("Validation", "Sex")},
        {QStringLiteral("neutered"), QT_TRANSLATE_NOOP("Validation", "Neutered")},
        {QStringLiteral("birthDate"), QT_TRANSLATE_NOOP("Validation", "Birth date")},
        {QStringLiteral("colour"), QT_TRANSLATE_NOOP("Validation", "Colour and markings")},
        {QStringLiteral("microchip"), QT_TRANSLATE_NOOP("Validation", "Microchip")},
        {QStringLiteral("microchip2"), QT_TRANSLATE_NOOP("Validation", "Second microchip")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Validation", "Status")},
        {QStringLiteral("allergies"), QT_TRANSLATE_NOOP("Validation", "Allergies")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("Validation", "Conditions")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Validation", "Notes")},
        {QStringLiteral("tagId"), QT_TRANSLATE_NOOP("Validation", "Tag id")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("Validation", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Validation", "E-mail")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Validation", "Address")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("Validation", "Language")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("Validation", "Date")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("Validation", "Product")},
        {QStringLiteral("batch"), QT_TRANSLATE_NOOP("Validation", "Batch")},
        {QStringLiteral("nextDue"), QT_TRANSLATE_NOOP("Validation", "Next due")},
        {QStringLiteral("givenBy"), QT_TRANSLATE_NOOP("Validation", "Given by")},
        {QStringLiteral("kg"), QT_TRANSLATE_NOOP("Validation", "Weight")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Validation", "Text")},
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("Validation", "Contacts")},
        {QStringLiteral("petId"), QT_TRANSLATE_NOOP("Validation", "Pet")},
        {QStringLiteral("ownerName"), QT_TRANSLATE_NOOP("Validation", "Owner name")},
        {QStringLiteral("ownerPhone"), QT_TRANSLATE_NOOP("Validation", "Owner phone")},
        {QStringLiteral("ownerEmail"), QT_TRANSLATE_NOOP("Validation", "Owner e-mail")},
        {QStringLiteral("ownerWhatsapp"), QT_TRANSLATE_NOOP("Validation", "WhatsApp opt-in")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("Validation", "Where found")},
        {QStringLiteral("foundOn"), QT_TRANSLATE_NOOP("Validation", "Date found")},
        {QStringLiteral("ageMonths"), QT_TRANSLATE_NOOP("Validation", "Estimated age")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : QCoreApplication::translate(kContext, *it);
}

} // namespace

QString fieldLabel(const std::string& field)
{
    // "contacts[0].phones[1]" -> "Contact 1, Phone 2"
    static const QRegularExpression part(QStringLiteral("^([A-Za-z0-9]+)(?:\\[(\\d+)\\])?$"));
    QStringList labels;
    for (const QString& piece : QString::fromStdString(field).split(QLatin1Char('.'))) {
        const auto m = part.match(piece);
        if (!m.hasMatch()) {
            labels << piece;
            continue;
        }
        const QString name = m.captured(1);
        if (m.captured(2).isEmpty()) {
            labels << plainLabel(name);
        } else if (name == QStringLiteral("contacts")) {
            labels << QCoreApplication::translate("Validation", "Contact %1").arg(m.captured(2).toInt() + 1);
        } else {
            labels << QCoreApplication::translate("Validation", "%1 %2")
                          .arg(plainLabel(name))
                          .arg(m.captured(2).toInt() + 1);
        }
    }
    return labels.join(QStringLiteral(", "));
}

QString describeIssue(const ValidationIssue& issue)
{
    QString text;
    switch (issue.code) {
    case ValidationCode::Required:
        text = QCoreApplication::translate("Validation", "is required");
        break;
    case ValidationCode::TooLong:
        text = QCoreApplication::translate("Validation", "is too long");
        break;
    case ValidationCode::MicrochipFormat:
        // What to type, not which standard: the number is printed under the chip's barcode.
        text = QCoreApplication::translate("Validation", "type the 15 digits of the chip, e.g. 982000123456789 "
                                                         "(an older chip has 9 or 10 characters)");
        break;
    case ValidationCode::MicrochipLegacy:
        text = QCoreApplication::translate("Validation",
                                           "an older 9/10-character chip: accepted, but not every scanner reads it");
        break;
    case ValidationCode::MicrochipTestCode:
        text = QCoreApplication::translate("Validation", "numbers starting with 999 belong to test transponders");
        break;
    case ValidationCode::MicrochipDuplicate:
        text = QCoreApplication::translate("Validation", "this microchip number is already used by another pet");
        break;
    case ValidationCode::PhoneFormat:
        text = QCoreApplication::translate("Validation", "not a phone number: type it as you would dial it, e.g. %1")
                   .arg(phoneExample());
        break;
    case ValidationCode::PhoneNoCountryCode:
        text = QCoreApplication::translate("Validation",
                                           "start with + and the country code, e.g. +54 9 11 2345-6789, or choose "
                                           "your country in Preferences to type local numbers");
        break;
    case ValidationCode::EmailFormat:
        text = QCoreApplication::translate("Validation", "not a valid e-mail address");
        break;
    case ValidationCode::LanguageFormat:
        text = QCoreApplication::translate("Validation", "use a language code such as \"es\" or \"pt-BR\"");
        break;
    case ValidationCode::DateInFuture:
        text = QCoreApplication::translate("Validation", "cannot be in the future");
        break;
    case ValidationCode::DateTooEarly:
        text = QCoreApplication::translate("Validation", "is implausibly early");
        break;
    case ValidationCode::DueBeforeDate:
        text = QCoreApplication::translate("Validation", "is before the date it was given");
        break;
    case ValidationCode::WeightOutOfRange:
        text = QCoreApplication::translate("Validation", "must be more than 0 and at most 1500 kg");
        break;
    case ValidationCode::PrimaryContactCount:
        text = QCoreApplication::translate("Validation", "exactly one contact must be the primary one");
        break;
    case ValidationCode::InvalidId:
        text = QCoreApplication::translate("Validation", "is not a valid id");
        break;
    case ValidationCode::UnknownValue:
        text = QCoreApplication::translate("Validation", "is not one of the allowed values");
        break;
    case ValidationCode::DateFormat:
        text = QCoreApplication::translate("Validation", "is not a date (use YYYY-MM-DD or DD/MM/YYYY)");
        break;
    case ValidationCode::OutOfRange:
        text = QCoreApplication::translate("Validation", "is outside the allowed range");
        break;
    case ValidationCode::ContactRequired:
        text = QCoreApplication::translate("Validation", "give a phone number or an e-mail address");
        break;
    case ValidationCode::ConsentRequired:
        text = QCoreApplication::translate("Validation", "the consent must be read and accepted");
        break;
    case ValidationCode::SignatureRequired:
        text = QCoreApplication::translate("Validation", "please sign the application");
        break;
    case ValidationCode::SignatureFormat:
        text = QCoreApplication::translate("Validation", "the signature could not be read; please sign again");
        break;
    case ValidationCode::SignatureMismatch:
        text = QCoreApplication::translate("Validation", "type your full name exactly as in the name field");
        break;
    case ValidationCode::CurrencyFormat:
        text = QCoreApplication::translate("Validation", "use a currency code such as ARS or BRL");
        break;
    case ValidationCode::StatusTransition:
        text = QCoreApplication::translate("Validation", "this status change is not allowed");
        break;
    case ValidationCode::AgesFormat:
        text = QCoreApplication::translate("Validation", "give each child's age in whole years, separated by commas");
        break;
    case ValidationCode::ControlCharacter:
        text = QCoreApplication::translate("Validation", "contains invisible control characters (perhaps pasted "
                                                         "from another program); delete and type it again");
        break;
    }
    return QCoreApplication::translate("Validation", "%1: %2").arg(fieldLabel(issue.field), text);
}

QString describeIssueAtField(const ValidationIssue& issue)
{
    const std::string& field = issue.field;
    const bool contactField = field.rfind("contacts[", 0) == 0;
    if (issue.code == ValidationCode::Required) {
        // What to do, in words about the thing rather than the form.
        if (field == "name") {
            return QCoreApplication::translate("Validation", "Type the pet's name.");
        }
        if (contactField && field.ends_with(".name")) {
            return QCoreApplication::translate("Validation", "Type the person's name.");
        }
        if (field == "product") {
            return QCoreApplication::translate("Validation", "Type the vaccine or product given.");
        }
        if (field == "text") {
            return QCoreApplication::translate("Validation", "Write the note first.");
        }
        if (field == "birthDate") {
            return QCoreApplication::translate("Validation", "Type the birth date, or untick Known.");
        }
        const std::string last = field.substr(field.rfind('.') == std::string::npos ? 0 : field.rfind('.') + 1);
        return QCoreApplication::translate("Validation", "%1 is required.").arg(fieldLabel(last));
    }
    if (issue.code == ValidationCode::MicrochipFormat) {
        // Short enough for one line beside the field; the list sentence adds the older chips.
        return QCoreApplication::translate("Validation", "15 digits, e.g. 982000123456789.");
    }
    if (issue.code == ValidationCode::DateFormat) {
        // An example in the order this computer's dates are written (day first in es, pt, en-GB).
        const QLocale locale;
        const QDate example(2020, 3, 15);
        return QCoreApplication::translate("Validation", "Not a date. Type it like %1.")
            .arg(locale.toString(example, fullYearDateFormat(locale)));
    }
    if (issue.code == ValidationCode::DateInFuture) {
        return QCoreApplication::translate("Validation", "%1 cannot be in the future.").arg(fieldLabel(issue.field));
    }
    // Otherwise the list sentence without its "Label: " (the label is beside the field), as a sentence.
    const QString sentence = describeIssue(issue);
    const QString label =
        fieldLabel(field) + QCoreApplication::translate("Validation", "%1: %2").arg(QString(), QString());
    QString text = sentence.startsWith(label) ? sentence.mid(label.size()) : sentence;
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
        if (!QStringLiteral(".!?").contains(text.back())) {
            text += QLatin1Char('.');
        }
    }
    return text;
}

QString describeErrors(const ValidationReport& report)
{
    QStringList lines;
    for (const auto& issue : report.issues) {
        if (issue.severity == Severity::Error) {
            lines << describeIssue(issue);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace petinfo::client
