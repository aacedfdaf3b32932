// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/KioskConfig.h"

#include "kiosk/StaffPin.h"
#include "storage/Database.h"
#include "sync/SyncStore.h"

namespace petinfo::client {

namespace {
const QString kPinHashKey = QStringLiteral("kiosk.pinHash");
const QString kEventKey = QStringLiteral("kiosk.eventName");
} // namespace

StorageResult<KioskConfig> KioskConfig::load(Database& db)
{
    SyncStore store(db);
    auto hash = store.state(kPinHashKey);
    if (!hash) {
        return fail(hash.error());
    }
    auto event = store.state(kEventKey);
    if (!event) {
        return fail(event.error());
    }
    KioskConfig config;
    config.pinHash = hash->toLatin1();
    config.eventName = *event;
    return config;
}

Result<AccountInfo, AccountError> enrolKiosk(Database& db, SecretStore& secrets, const QString& databaseId,
                                             EnrolmentRequest request)
{
    // The slow hash first: a failure after the server said yes should leave nothing half done.
    const QByteArray hash =
        StaffPin::hash(request.pin, request.pinIterations > 0 ? request.pinIterations : kDefaultPinIterations);
    if (hash.isEmpty()) {
        return fail(
            AccountError{AccountErrc::Storage, {}, StorageError{StorageErrc::Io, "the PIN could not be hashed"}});
    }
    SyncAccount account(db, secrets, databaseId);
    auto enrolled = account.enrolDevice(request.serverUrl, request.deviceToken, QStringLiteral("kiosk"));
    if (!enrolled) {
        return enrolled;
    }
    SyncStore store(db);
    auto saved = db.transaction([&]() -> StorageResult<void> {
        if (auto r = store.setState(kEventKey, request.eventName.trimmed()); !r) {
            return r;
        }
        return store.setState(kPinHashKey, QString::fromLatin1(hash));
    });
    if (!saved) {
        return fail(AccountError{AccountErrc::Storage, {}, saved.error()});
    }
    return enrolled;
}

} // namespace petinfo::client
