// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cmath>

namespace petinfo::report::detail {

namespace {
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::DomainText)
};

/** `%n thing(s)`: translated with Qt's plural forms; untranslated English still reads right. */
QString plural(const char* text, int n)
{
    QString result = DomainText::tr(text, nullptr, n);
    result.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return result;
}

QString dateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}
} // namespace

QString speciesName(Species species)
{
    switch (species) {
    case Species::Dog:
        return DomainText::tr("Dog");
    case Species::Cat:
        return DomainText::tr("Cat");
    case Species::Rabbit:
        return DomainText::tr("Rabbit");
    case Species::Bird:
        return DomainText::tr("Bird");
    case Species::Reptile:
        return DomainText::tr("Reptile");
    case Species::Other:
        return DomainText::tr("Other");
    }
    return {};
}

QString sexName(Sex sex)
{
    switch (sex) {
    case Sex::Unknown:
        return DomainText::tr("Unknown", "sex");
    case Sex::Male:
        return DomainText::tr("Male");
    case Sex::Female:
        return DomainText::tr("Female");
    }
    return {};
}

QString neuteredName(Neutered neutered)
{
    switch (neutered) {
    case Neutered::Unknown:
        return DomainText::tr("Unknown", "neutered");
    case Neutered::Yes:
        return DomainText::tr("Yes", "neutered");
    case Neutered::No:
        return DomainText::tr("No", "neutered");
    }
    return {};
}

QString statusName(PetStatus status)
{
    switch (status) {
    case PetStatus::Owned:
        return DomainText::tr("Owned");
    case PetStatus::InCare:
        return DomainText::tr("In care");
    case PetStatus::Adoptable:
        return DomainText::tr("Adoptable");
    case PetStatus::Adopted:
        return DomainText::tr("Adopted");
    case PetStatus::Lost:
        return DomainText::tr("Lost");
    case PetStatus::Deceased:
        return DomainText::tr("Deceased");
    }
    return {};
}

QString healthKindName(HealthKind kind)
{
    switch (kind) {
    case HealthKind::Vaccine:
        return DomainText::tr("Vaccine");
    case HealthKind::Deworming:
        return DomainText::tr("Deworming");
    case HealthKind::FleaTick:
        return DomainText::tr("Flea and tick");
    case HealthKind::Treatment:
        return DomainText::tr("Treatment");
    case HealthKind::Surgery:
        return DomainText::tr("Surgery");
    case HealthKind::CheckUp:
        return DomainText::tr("Check-up");
    case HealthKind::Lab:
        return DomainText::tr("Lab test");
    }
    return {};
}

QString ageText(int months)
{
    if (months < 1) {
        return DomainText::tr("less than a month");
    }
    const int years = months / 12;
    const int rest = months % 12;
    if (years == 0) {
        return plural(QT_TRANSLATE_N_NOOP("petinfo::report::DomainText", "%n month(s)"), rest);
    }
    if (rest == 0) {
        return plural(QT_TRANSLATE_N_NOOP("petinfo::report::DomainText", "%n year(s)"), years);
    }
    return DomainText::tr("%1 %2", "years and months")
        .arg(plural(QT_TRANSLATE_N_NOOP("petinfo::report::DomainText", "%n year(s)"), years),
             plural(QT_TRANSLATE_N_NOOP("petinfo::report::DomainText", "%n month(s)"), rest));
}

QString formatDate(const Date& date, const QLocale& locale)
{
    if (!date.isValid()) {
        return {};
    }
    const QDate qdate(date.year, static_cast<int>(date.month), static_cast<int>(date.day));
    return locale.toString(qdate, dateFormat(locale));
}

QString formatDate(const std::optional<Date>& date, const QLocale& locale)
{
    return date ? formatDate(*date, locale) : QString();
}

QString formatTimestamp(std::int64_t msSinceEpoch, const QLocale& locale)
{
    if (msSinceEpoch <= 0) {
        return {};
    }
    const QDate date = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date();
    return locale.toString(date, dateFormat(locale));
}

QString formatKg(double kg, const QLocale& locale)
{
    // Two decimals below 100 kg (cats and small dogs are weighed to 10 g), so a column lines up.
    return locale.toString(kg, 'f', std::abs(kg) < 100 ? 2 : 1);
}

} // namespace petinfo::report::detail
