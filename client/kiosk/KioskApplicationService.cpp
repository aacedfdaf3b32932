// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/KioskApplicationService.h"

#include "petinfo/common/AdoptionCodec.h"
#include "petinfo/common/Random.h"
#include "storage/Database.h"
#include "sync/ChangeTracker.h"

namespace petinfo::client {

Result<std::string, SubmitError> KioskApplicationService::submit(AdoptionApplication application,
                                                                 const QString& eventName, std::string_view region)
{
    ChangeTracker tracker(m_db, m_clock);
    if (!tracker.enabled()) {
        // Without sync the application could never leave this device: refuse rather than keep it.
        return fail(SubmitError{{}, StorageError{StorageErrc::Sql, "the kiosk is not enrolled"}});
    }
    auto clientId = tracker.clientId();
    if (!clientId) {
        return fail(SubmitError{{}, clientId.error()});
    }
    const std::int64_t now = m_clock.nowMs();
    application.id = newUuid();
    application.channel = ApplicationChannel::Kiosk;
    application.deviceId = clientId->toStdString();
    application.eventName = eventName.trimmed().toStdString();
    application.status = ApplicationStatus::New;
    application.statusAtMs = now;
    application.submittedAtMs = now;
    application.createdAtMs = now;
    application.updatedAtMs = now;
    application.submittedFrom.clear(); // the server's to set
    normalize(application, region);
    ValidationReport report = validate(application);
    if (report.hasErrors()) {
        return fail(SubmitError{std::move(report), std::nullopt});
    }
    auto stored = m_db.transaction(
        [&]() { return tracker.recordEntity(sync::EntityType::AdoptionApplication, toJson(application)); });
    if (!stored) {
        return fail(SubmitError{{}, stored.error()});
    }
    return application.id;
}

} // namespace petinfo::client
