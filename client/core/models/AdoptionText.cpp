// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AdoptionText.h"

#include <QCoreApplication>
#include <QLocale>

namespace petinfo::client {

QString adoptionStatusLabel(AdoptionStatus value)
{
    switch (value) {
    case AdoptionStatus::Intake:
        return QCoreApplication::translate("Adoption", "Intake");
    case AdoptionStatus::InCare:
        return QCoreApplication::translate("Adoption", "In care");
    case AdoptionStatus::Adoptable:
        return QCoreApplication::translate("Adoption", "Adoptable");
    case AdoptionStatus::Reserved:
        return QCoreApplication::translate("Adoption", "Reserved");
    case AdoptionStatus::Adopted:
        return QCoreApplication::translate("Adoption", "Adopted");
    case AdoptionStatus::OnHold:
        return QCoreApplication::translate("Adoption", "On hold");
    case AdoptionStatus::Returned:
        return QCoreApplication::translate("Adoption", "Returned");
    case AdoptionStatus::Transferred:
        return QCoreApplication::translate("Adoption", "Transferred");
    case AdoptionStatus::Deceased:
        break;
    }
    return QCoreApplication::translate("Adoption", "Deceased");
}

QString applicationStatusLabel(ApplicationStatus value)
{
    switch (value) {
    case ApplicationStatus::New:
        return QCoreApplication::translate("Adoption", "New");
    case ApplicationStatus::Contacted:
        return QCoreApplication::translate("Adoption", "Contacted");
    case ApplicationStatus::Approved:
        return QCoreApplication::translate("Adoption", "Approved");
    case ApplicationStatus::Declined:
        return QCoreApplication::translate("Adoption", "Declined");
    case ApplicationStatus::Withdrawn:
        break;
    }
    return QCoreApplication::translate("Adoption", "Withdrawn");
}

QString intakeSourceLabel(IntakeSource value)
{
    switch (value) {
    case IntakeSource::Stray:
        return QCoreApplication::translate("Adoption", "Stray");
    case IntakeSource::Surrender:
        return QCoreApplication::translate("Adoption", "Surrendered by owner");
    case IntakeSource::Transfer:
        return QCoreApplication::translate("Adoption", "Transfer from another shelter");
    case IntakeSource::BornInCare:
        break;
    }
    return QCoreApplication::translate("Adoption", "Born in care");
}

QString answerLabel(Answer value)
{
    switch (value) {
    case Answer::Yes:
        return QCoreApplication::translate("Adoption", "Yes");
    case Answer::No:
        return QCoreApplication::translate("Adoption", "No");
    case Answer::Unknown:
        break;
    }
    return QCoreApplication::translate("Adoption", "Don't know");
}

QString energyLabel(EnergyLevel value)
{
    switch (value) {
    case EnergyLevel::Low:
        return QCoreApplication::translate("Adoption", "Low", "energy");
    case EnergyLevel::Medium:
        return QCoreApplication::translate("Adoption", "Medium", "energy");
    case EnergyLevel::High:
        return QCoreApplication::translate("Adoption", "High", "energy");
    case EnergyLevel::Unknown:
        break;
    }
    return QCoreApplication::translate("Adoption", "Unknown", "energy");
}

QString animalSizeLabel(AnimalSize value)
{
    switch (value) {
    case AnimalSize::Small:
        return QCoreApplication::translate("Adoption", "Small");
    case AnimalSize::Medium:
        return QCoreApplication::translate("Adoption", "Medium", "size");
    case AnimalSize::Large:
        return QCoreApplication::translate("Adoption", "Large");
    case AnimalSize::Giant:
        return QCoreApplication::translate("Adoption", "Giant");
    case AnimalSize::Unknown:
        break;
    }
    return QCoreApplication::translate("Adoption", "Unknown", "size");
}

QString homeTypeLabel(HomeType value)
{
    switch (value) {
    case HomeType::House:
        return QCoreApplication::translate("Adoption", "House");
    case HomeType::Apartment:
        return QCoreApplication::translate("Adoption", "Apartment");
    case HomeType::Farm:
        return QCoreApplication::translate("Adoption", "Farm");
    case HomeType::Other:
        break;
    }
    return QCoreApplication::translate("Adoption", "Other", "home");
}

QString landlordLabel(LandlordPermission value)
{
    switch (value) {
    case LandlordPermission::NotApplicable:
        return QCoreApplication::translate("Adoption", "Owns the home");
    case LandlordPermission::Yes:
        return QCoreApplication::translate("Adoption", "Landlord permits pets");
    case LandlordPermission::No:
        return QCoreApplication::translate("Adoption", "Landlord does not permit pets");
    case LandlordPermission::Unknown:
        break;
    }
    return QCoreApplication::translate("Adoption", "Don't know");
}

QString channelLabel(ApplicationChannel value)
{
    switch (value) {
    case ApplicationChannel::Kiosk:
        return QCoreApplication::translate("Adoption", "Kiosk");
    case ApplicationChannel::Web:
        return QCoreApplication::translate("Adoption", "Adoption page");
    case ApplicationChannel::Staff:
        break;
    }
    return QCoreApplication::translate("Adoption", "Staff");
}

QString statusNameLabel(StatusSubject subject, const std::string& wireName)
{
    if (wireName.empty()) {
        return {};
    }
    if (subject == StatusSubject::Animal) {
        if (auto v = enumFromString<AdoptionStatus>(wireName)) {
            return adoptionStatusLabel(*v);
        }
    } else if (auto v = enumFromString<ApplicationStatus>(wireName)) {
        return applicationStatusLabel(*v);
    }
    return QString::fromStdString(wireName);
}

QString feeText(std::int64_t feeMinor, const std::string& currency)
{
    if (feeMinor == 0) {
        return QCoreApplication::translate("Adoption", "No fee");
    }
    return QLocale().toString(static_cast<double>(feeMinor) / 100.0, 'f', 2) + QLatin1Char(' ') +
           QString::fromStdString(currency);
}

} // namespace petinfo::client
