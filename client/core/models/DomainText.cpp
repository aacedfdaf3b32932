// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DomainText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace petinfo::client {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Domain", text, disambiguation, n);
}

} // namespace

QString speciesLabel(Species value)
{
    switch (value) {
    case Species::Dog:
        return tr("Dog");
    case Species::Cat:
        return tr("Cat");
    case Species::Rabbit:
        return tr("Rabbit");
    case Species::Bird:
        return tr("Bird");
    case Species::Reptile:
        return tr("Reptile");
    case Species::Other:
        break;
    }
    return tr("Other", "species");
}

QString sexLabel(Sex value)
{
    switch (value) {
    case Sex::Male:
        return tr("Male");
    case Sex::Female:
        return tr("Female");
    case Sex::Unknown:
        break;
    }
    return tr("Unknown", "sex");
}

QString neuteredLabel(Neutered value)
{
    switch (value) {
    case Neutered::Yes:
        return tr("Yes", "neutered");
    case Neutered::No:
        return tr("No", "neutered");
    case Neutered::Unknown:
        break;
    }
    return tr("Unknown", "neutered");
}

QString statusLabel(PetStatus value)
{
    switch (value) {
    case PetStatus::Owned:
        return tr("Owned");
    case PetStatus::InCare:
        return tr("In care");
    case PetStatus::Adoptable:
        return tr("Adoptable");
    case PetStatus::Adopted:
        return tr("Adopted");
    case PetStatus::Lost:
        return tr("Lost");
    case PetStatus::Deceased:
        break;
    }
    return tr("Deceased");
}

QString healthKindLabel(HealthKind value)
{
    switch (value) {
    case HealthKind::Vaccine:
        return tr("Vaccine");
    case HealthKind::Deworming:
        return tr("Deworming");
    case HealthKind::FleaTick:
        return tr("Flea/tick");
    case HealthKind::Treatment:
        return tr("Treatment");
    case HealthKind::Surgery:
        return tr("Surgery");
    case HealthKind::CheckUp:
        return tr("Check-up");
    case HealthKind::Lab:
        break;
    }
    return tr("Lab work");
}

QString contactRoleLabel(ContactRole value)
{
    switch (value) {
    case ContactRole::Owner:
        return tr("Owner");
    case ContactRole::Emergency:
        return tr("Emergency contact");
    case ContactRole::Foster:
        return tr("Foster");
    case ContactRole::Adopter:
        return tr("Adopter");
    case ContactRole::Vet:
        return tr("Vet");
    case ContactRole::Other:
        break;
    }
    return tr("Other", "contact role");
}

QString attachmentKindLabel(AttachmentKind value)
{
    return value == AttachmentKind::Photo ? tr("Photo") : tr("Document");
}

QString dueText(const Date& due, const Date& today)
{
    const auto days = static_cast<int>(due.toDays() - today.toDays());
    if (days < 0) {
        return tr("Overdue by %n day(s)", nullptr, -days);
    }
    if (days == 0) {
        return tr("Due today");
    }
    return tr("Due in %n day(s)", nullptr, days);
}

QString ageText(const std::optional<Date>& birthDate, const Date& today)
{
    if (!birthDate) {
        return {};
    }
    const int months = monthsBetween(*birthDate, today);
    if (months < 12) {
        return tr("%n month(s)", nullptr, months);
    }
    if (months % 12 == 0) {
        return tr("%n year(s)", nullptr, months / 12);
    }
    return tr("%1 y %2 m", "age in years and months").arg(months / 12).arg(months % 12);
}

QString weightText(double kg)
{
    return tr("%1 kg").arg(QLocale().toString(kg, 'f', kg < 10 ? 2 : 1));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString dateFormat()
{
    // Records outlive a century boundary: always four-digit years.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
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
