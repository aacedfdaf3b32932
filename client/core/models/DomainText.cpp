// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DomainText.h"

#include "models/DateInput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace petinfo::client {

namespace {} // namespace

QString speciesLabel(Species value)
{
    switch (value) {
    case Species::Dog:
        return QCoreApplication::translate("Domain", "Dog");
    case Species::Cat:
        return QCoreApplication::translate("Domain", "Cat");
    case Species::Rabbit:
        return QCoreApplication::translate("Domain", "Rabbit");
    case Species::Bird:
        return QCoreApplication::translate("Domain", "Bird");
    case Species::Reptile:
        return QCoreApplication::translate("Domain", "Reptile");
    case Species::Other:
        break;
    }
    return QCoreApplication::translate("Domain", "Other", "species");
}

QString sexLabel(Sex value)
{
    switch (value) {
    case Sex::Male:
        return QCoreApplication::translate("Domain", "Male");
    case Sex::Female:
        return QCoreApplication::translate("Domain", "Female");
    case Sex::Unknown:
        break;
    }
    return QCoreApplication::translate("Domain", "Unknown", "sex");
}

QString neuteredLabel(Neutered value)
{
    switch (value) {
    case Neutered::Yes:
        return QCoreApplication::translate("Domain", "Yes", "neutered");
    case Neutered::No:
        return QCoreApplication::translate("Domain", "No", "neutered");
    case Neutered::Unknown:
        break;
    }
    return QCoreApplication::translate("Domain", "Unknown", "neutered");
}

QString statusLabel(PetStatus value)
{
    switch (value) {
    case PetStatus::Owned:
        return QCoreApplication::translate("Domain", "Owned");
    case PetStatus::InCare:
        return QCoreApplication::translate("Domain", "In care");
    case PetStatus::Adoptable:
        return QCoreApplication::translate("Domain", "Adoptable");
    case PetStatus::Adopted:
        return QCoreApplication::translate("Domain", "Adopted");
    case PetStatus::Lost:
        return QCoreApplication::translate("Domain", "Lost");
    case PetStatus::Deceased:
        break;
    }
    return QCoreApplication::translate("Domain", "Deceased");
}

QString healthKindLabel(HealthKind value)
{
    switch (value) {
    case HealthKind::Vaccine:
        return QCoreApplication::translate("Domain", "Vaccine");
    case HealthKind::Deworming:
        return QCoreApplication::translate("Domain", "Deworming");
    case HealthKind::FleaTick:
        return QCoreApplication::translate("Domain", "Flea/tick");
    case HealthKind::Treatment:
        return QCoreApplication::translate("Domain", "Treatment");
    case HealthKind::Surgery:
        return QCoreApplication::translate("Domain", "Surgery");
    case HealthKind::CheckUp:
        return QCoreApplication::translate("Domain", "Check-up");
    case HealthKind::Lab:
        break;
    }
    return QCoreApplication::translate("Domain", "Lab work");
}

QString contactRoleLabel(ContactRole value)
{
    switch (value) {
    case ContactRole::Owner:
        return QCoreApplication::translate("Domain", "Owner");
    case ContactRole::Emergency:
        return QCoreApplication::translate("Domain", "Emergency contact");
    case ContactRole::Foster:
        return QCoreApplication::translate("Domain", "Foster");
    case ContactRole::Adopter:
        return QCoreApplication::translate("Domain", "Adopter");
    case ContactRole::Vet:
        return QCoreApplication::translate("Domain", "Vet");
    case ContactRole::Other:
        break;
    }
    return QCoreApplication::translate("Domain", "Other", "contact role");
}

QString attachmentKindLabel(AttachmentKind value)
{
    return value == AttachmentKind::Photo ? QCoreApplication::translate("Domain", "Photo")
                                          : QCoreApplication::translate("Domain", "Document");
}

QString dueText(const Date& due, const Date& today)
{
    const auto days = static_cast<int>(due.toDays() - today.toDays());
    if (days < 0) {
        return QCoreApplication::translate("Domain", "Overdue by %n day(s)", nullptr, -days);
    }
    if (days == 0) {
        return QCoreApplication::translate("Domain", "Due today");
    }
    return QCoreApplication::translate("Domain", "Due in %n day(s)", nullptr, days);
}

QString ageText(const std::optional<Date>& birthDate, const Date& today)
{
    if (!birthDate) {
        return {};
    }
    const int months = monthsBetween(*birthDate, today);
    if (months < 12) {
        return QCoreApplication::translate("Domain", "%n month(s)", nullptr, months);
    }
    if (months % 12 == 0) {
        // Counted apart: lupdate drops a translate() whose last argument is a bare division.
        const int years = months / 12;
        return QCoreApplication::translate("Domain", "%n year(s)", nullptr, years);
    }
    return QCoreApplication::translate("Domain", "%1 y %2 m", "age in years and months")
        .arg(months / 12)
        .arg(months % 12);
}

int kgDecimals(double kg)
{
    // As on the health report: two decimals below 100 kg (cats and small dogs are weighed to 10 g).
    return std::abs(kg) < 100 ? 2 : 1;
}

QString weightText(double kg)
{
    return QCoreApplication::translate("Domain", "%1 kg").arg(QLocale().toString(kg, 'f', kgDecimals(kg)));
}

QString weightChangeText(double delta, double kg)
{
    const QString number = QLocale().toString(delta, 'f', kgDecimals(kg));
    // A change that rounds to zero is "0.00 kg", never "-0.00 kg" or "+0.00 kg".
    if (QLocale().toDouble(number) == 0.0) {
        return QCoreApplication::translate("Domain", "%1 kg").arg(QLocale().toString(0.0, 'f', kgDecimals(kg)));
    }
    return delta > 0 ? QCoreApplication::translate("Domain", "+%1 kg").arg(number)
                     : QCoreApplication::translate("Domain", "%1 kg").arg(number);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString dateFormat()
{
    return fullYearDateFormat(QLocale());
}

QString dateText(const Date& date)
{
    return QLocale().toString(toQDate(date), dateFormat());
}

QString dateText(const std::optional<Date>& date)
{
    return date ? dateText(*date) : QString();
}

QString dateTimeText(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    return QLocale().toString(time.date(), dateFormat()) + QLatin1Char(' ') +
           QLocale().toString(time.time(), QLocale::ShortFormat);
}

} // namespace petinfo::client
