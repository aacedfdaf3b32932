// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AdoptionContractLoader.h"

#include "models/DomainText.h"
#include "petinfo/report/TagUrl.h"
#include "services/AdoptionService.h"
#include "services/PetService.h"
#include "settings/Settings.h"

#include <QDateTime>

namespace petinfo::client {

StorageResult<report::ContractData> loadContractData(AdoptionService& service, const QString& applicationId,
                                                     const QString& petId, const QString& staffName)
{
    auto application = service.application(applicationId);
    if (!application) {
        return fail(application.error());
    }
    auto record = service.pets().loadPet(petId);
    if (!record) {
        return fail(record.error());
    }
    auto profile = service.profile(petId);
    if (!profile) {
        return fail(profile.error());
    }
    report::ContractData data;
    data.pet = std::move(record->pet);
    if (*profile) {
        data.profile = **profile;
    }
    data.application = std::move(*application);
    data.staffName = staffName.trimmed();
    const Settings& settings = Settings::instance();
    // Only an address a phone can open: a contract without a QR code is better than one whose
    // code leads nowhere.
    if (auto base = report::printableBaseUrl(settings.publicBaseUrl())) {
        data.publicBaseUrl = *base;
    }
    data.organisation = settings.text(Settings::Key::ClinicName);
    data.organisationAddress = settings.text(Settings::Key::ClinicAddress);
    data.date = data.application.completedAtMs != 0
                    ? fromQDate(QDateTime::fromMSecsSinceEpoch(data.application.completedAtMs).date())
                    : service.pets().clock().today();
    data.generatedAt = QDateTime::currentDateTime();
    data.locale = QLocale();
    return data;
}

} // namespace petinfo::client
